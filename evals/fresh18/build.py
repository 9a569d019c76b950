# ruff: noqa: E501
"""Build the fresh18 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh18/build.py

It writes ``evals/fresh18/corpus/`` (six documents) and
``evals/fresh18/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Haute-Sarvène region (CRESS Haute-Sarvène, capital
Lormières), the Dourlaine département (préfecture Saint-Amblard), the Communauté
de communes du Val d'Orsenne and its communes (Mervaux, Ligny-sur-Orsenne,
Chantebrise, Saint-Préjet, Vaudrinel, Pont-de-Cassel, Les Aubiers-du-Val), the
people, the organisations and the figures. The set was written blind: its author
read only ``evals/fresh17/README.md`` and ``evals/fresh17/build.py`` (file format
and PDF/HTML plumbing), not the tool's code, its tests or any other eval set, and
did not run the tool.
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

DIAG = "diagnostic_territorial_ess_val_orsenne_2025.pdf"
DELIB = "deliberation_cc_val_orsenne_2026-018_fonds_initiatives_ess.pdf"
DEPT = "dourlaine-fr_aap-entreprendre-solidaire-2026.html"
CRESS = "cress-haute-sarvene_cr-ca_2026-03-10.md"
LETTRE = "orsenne-solidaire_lettre-12_2026-03.txt"
SCIC = "watts-orsenne-coop_faq.html"
DOCS = (DIAG, DELIB, DEPT, CRESS, LETTRE, SCIC)
PDFS = (DIAG, DELIB)
HTMLS = (DEPT, SCIC)
SRC = {"D": DIAG, "L": DELIB, "H": DEPT, "M": CRESS, "T": LETTRE, "S": SCIC}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"
LAYOUT_LAX = "--lax" in sys.argv

# ---------------------------------------------------------------------------
# PDF plumbing
# ---------------------------------------------------------------------------

# fpdf2 writes /CreationDate only; give the /Info dictionary the same /ModDate.
_orig_info_init = fpdf_output.PDFInfo.__init__


def _info_init_with_mod_date(self, *args, **kwargs):
    _orig_info_init(self, *args, **kwargs)
    self.mod_date = self.creation_date


fpdf_output.PDFInfo.__init__ = _info_init_with_mod_date

_HYPH = pyphen.Pyphen(lang="fr_FR")
# lower-case words only, not after an apostrophe, not inside compounds, e-mails or numbers
_WORD = re.compile(r"(?<![\w\-'’@.])[a-zà-öø-ÿœæ][a-zà-öø-ÿœæ]*(?![\w\-])(?![@.]\w)")


def hyphenate(text: str) -> str:
    """Insert soft hyphens (pyphen fr_FR) into lower-case words of 8 letters or more."""

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 8:
            return w
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
    """``~`` is a no-break space, ``^`` a narrow no-break space (thousands);
    French spacing inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP).replace("^", NNBSP)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


TEAL = (0, 110, 120)
PLUM = (110, 40, 90)


class BasePDF(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed")):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-Oblique.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-BoldOblique.ttf"))
        for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
            self.add_font("Serif", style, str(FONT_DIR / f"DejaVuSerif{suffix}.ttf"))
        self.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
        self.set_lang("fr-FR")
        self.notes: dict[int, list[str]] = {}
        self.base_margin = 20.0
        self.body_font = ("Cond", 9.6)

    def reset_break(self) -> None:
        self.set_auto_page_break(True, margin=self.base_margin)

    def reserve_notes(self, notes: list[str]) -> None:
        """Footnotes for the current page: raise its bottom margin so that they fit."""
        self.set_font("Cond", "", 7.4)
        lines = sum(
            len(self.multi_cell(0, 3.4, nb(n), dry_run=True, output=MethodReturnValue.LINES)) for n in notes
        )
        self.notes[self.page_no()] = notes
        self.set_auto_page_break(True, margin=self.base_margin + 5 + lines * 3.4)

    def draw_notes(self) -> None:
        notes = self.notes.get(self.page_no())
        if not notes:
            return
        self.set_font("Cond", "", 7.4)
        lines = sum(
            len(self.multi_cell(0, 3.4, nb(n), dry_run=True, output=MethodReturnValue.LINES)) for n in notes
        )
        self.set_y(self.h - self.base_margin - lines * 3.4 - 1)
        self.set_draw_color(110, 110, 110)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1.2, self.l_margin + 45, self.y - 1.2)
        for note in notes:
            self.multi_cell(0, 3.4, nb(note), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def gap_for(self, lines: int, line_h: float) -> None:
        """Add space so that the next ``lines`` lines end the current page."""
        target = self.page_break_trigger - lines * line_h - 0.05
        gap = target - self.y
        if not 0 <= gap <= 30:
            if LAYOUT_LAX:
                print(f"LAYOUT: {lines} line(s), gap {gap:.1f} mm, page {self.page_no()}")
                return
            sys.exit(f"layout: cannot make {lines} line(s) end page {self.page_no()} (gap {gap:.1f} mm)")
        self.ln(gap)

    def para(self, text: str, size: float | None = None, style: str = "", after: float = 2.0,
             lines_before_break: int = 0, align: str = "J", lh: float = 0.5, family: str | None = None) -> None:
        fam, default = self.body_font
        size = size or default
        self.set_font(family or fam, style, size)
        if lines_before_break:
            self.gap_for(lines_before_break, size * lh)
        self.multi_cell(0, size * lh, hyphenate(nb(text)), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", size: float | None = None, indent: float = 4,
                break_item: int = -1, lines_before_break: int = 0, after_item: float = 0.9) -> None:
        fam, default = self.body_font
        size = size or default
        self.set_font(fam, "", size)
        for i, item in enumerate(items):
            if i == break_item:
                self.gap_for(lines_before_break, size * 0.5)
            self.set_x(self.l_margin + indent)
            self.cell(5, size * 0.5, mark)
            self.multi_cell(0, size * 0.5, hyphenate(nb(item)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(after_item)
        self.ln(1.2)


def save_pdf(pdf: FPDF, name: str, title: str, subject: str, author: str, keywords: str,
             creator: str, created: datetime) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer("fpdf2")
    pdf.set_keywords(keywords)
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


# ---------------------------------------------------------------------------
# Document 1: diagnostic territorial de l'ESS (PDF, 8 pages)
# ---------------------------------------------------------------------------

SURVEY_BREAK = (5, 1)
DIAG_FOOTER = "Diagnostic ESS — CC du Val d'Orsenne | {n}"

# Sentences and list items that run across a page break: (document, page of the
# first half, end of the first half, start of the second half).
CROSS_PAGE = (
    (DIAG, 4, "61 % d'entre eux emploient moins", "de 5 salariés et seuls 11 dépassent 50 salariés"),
    (DIAG, 5, "portent d'abord sur la gestion financière (39 %)", "et sur la gouvernance associative (28 %)"),
)

# Footnotes: (document, page, marker, start of the note).
FOOTNOTES = (
    (DIAG, 2, "¹", "Les données portent sur l'année 2024"),
    (DIAG, 2, "²", "Une restitution publique des premiers résultats"),
    (DIAG, 6, "³", "Une clause sociale d'insertion réserve"),
)


class DiagPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Cond", "I", 7.8)
        self.set_text_color(*TEAL)
        self.cell(0, 4, nb("Diagnostic territorial de l'économie sociale et solidaire"), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Décembre 2025", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*TEAL)
        self.set_line_width(0.25)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-13)
        self.set_draw_color(180, 180, 180)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1, self.w - self.r_margin, self.y - 1)
        self.set_font("Cond", "", 8)
        self.set_text_color(70, 70, 70)
        self.cell(0, 4, nb(DIAG_FOOTER.format(n=self.page_no())), align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, level: int = 0, need: float = 30) -> None:
        self.room(need)
        self.start_section(text, level)
        if level == 0:
            self.ln(2.5)
            self.set_font("Sans", "B", 12.5)
            self.set_text_color(*TEAL)
            self.multi_cell(0, 6, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(*TEAL)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.y + 0.5, self.l_margin + 18, self.y + 0.5)
            self.set_line_width(0.2)
            self.ln(3)
        else:
            self.ln(1)
            self.set_font("Serif", "BI", 10.2)
            self.set_text_color(40, 40, 40)
            self.multi_cell(0, 5, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1.2)
        self.set_text_color(0, 0, 0)

    def caption(self, text: str) -> None:
        self.set_font("Cond", "B", 9)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 4.6, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def source(self, text: str) -> None:
        self.ln(0.8)
        self.set_font("Cond", "I", 7.6)
        self.multi_cell(0, 3.6, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2.6)


def build_diag() -> None:
    pdf = DiagPDF()
    pdf.set_margins(20, 21, 20)
    pdf.reset_break()
    pdf.page_mode = "USE_OUTLINES"

    # ---- Page 1: cover ------------------------------------------------------
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 62, style="F")
    pdf.set_xy(20, 20)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, nb("COMMUNAUTÉ DE COMMUNES DU VAL D'ORSENNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, nb("24 communes · Dourlaine · Haute-Sarvène"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(92)
    pdf.start_section("Diagnostic territorial de l'économie sociale et solidaire", 0)
    pdf.set_font("Sans", "B", 24)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 11, nb("Diagnostic territorial de l'économie sociale et solidaire"), align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Serif", "I", 13)
    pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(0, 6.5, nb("État des lieux, besoins des structures et pistes d'action pour 2026-2028"),
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(1.2)
    pdf.line(20, pdf.y, 60, pdf.y)
    pdf.set_line_width(0.2)
    pdf.ln(6)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(0, 0, 0)
    pdf.cell(0, 8, "Décembre 2025", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Cond", "", 10)
    pdf.multi_cell(0, 5, nb("Rapport final présenté au conseil communautaire du 11~décembre~2025"),
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(236)
    pdf.set_font("Cond", "", 9)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(
        0, 4.6,
        nb("Étude réalisée par Atelier Trame (SCOP, Lormières), avec l'appui de l'Observatoire régional "
           "de l'ESS de la CRESS Haute-Sarvène.\nAvec le soutien financier du Département de la Dourlaine."),
        new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)

    # ---- Page 2: foreword, method ------------------------------------------
    pdf.add_page()
    pdf.heading("Avant-propos", need=20)
    pdf.para(
        "Avec 2~315 salariés, l'économie sociale et solidaire pèse davantage dans l'emploi de notre "
        "territoire que dans celui du département ou de la région. Elle prend soin de nos aînés, accueille "
        "nos enfants, fait vivre nos clubs et nos salles de spectacle, et invente des réponses nouvelles à "
        "la fermeture des commerces de centre-bourg. Ce diagnostic, le premier consacré à l'ESS depuis la "
        "création de la communauté de communes, doit nous aider à bâtir avec les acteurs un plan d'actions "
        "pour les trois années à venir. Je remercie toutes celles et tous ceux qui ont pris le temps de "
        "répondre à nos questions.",
        style="I", family="Serif", size=9.6,
    )
    pdf.set_font("Serif", "B", 9.2)
    pdf.cell(0, 4.6, "Gérard Maubuisson", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "I", 9)
    pdf.cell(0, 4.6, nb("Président de la Communauté de communes du Val d'Orsenne"), align="R",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.heading("1. Objet et méthode de l'étude", need=20)
    pdf.reserve_notes(
        [
            "¹ Les données portent sur l'année 2024 (postes salariés au 31~décembre). Le périmètre de l'ESS "
            "est celui de la loi du 31~juillet~2014 : associations, coopératives, mutuelles, fondations et "
            "sociétés commerciales de l'ESS.",
            "² Une restitution publique des premiers résultats a eu lieu le 18~novembre~2025 à la salle des "
            "fêtes de Ligny-sur-Orsenne.",
        ]
    )
    pdf.para(
        "La Communauté de communes a confié la réalisation de ce diagnostic à la SCOP Atelier Trame, "
        "installée à Lormières, à l'issue d'une consultation lancée en avril~2025. Conduite de juin à "
        "novembre~2025, l'étude a été suivie par un comité de pilotage présidé par Nadège Pellerin, "
        "vice-présidente chargée du développement économique et de l'ESS, qui s'est réuni à trois reprises. "
        "Son coût s'élève à 24~600~€ TTC, financé à 50~% par le Département de la Dourlaine."
    )
    pdf.para(
        "Le diagnostic croise quatre sources : les données de l'Observatoire régional de l'ESS de la CRESS "
        "Haute-Sarvène, issues du fichier Flores de l'Insee¹ ; 34 entretiens avec des dirigeants de "
        "structures, des élus et des partenaires financeurs ; un questionnaire en ligne adressé aux "
        "187 établissements employeurs et à 95 associations sans salarié ; enfin deux ateliers "
        "participatifs, à Mervaux le 16~octobre et à Saint-Préjet le 21~octobre~2025, qui ont réuni "
        "58 participants²."
    )
    pdf.para(
        "Le périmètre de l'étude est celui des 24 communes de la Communauté de communes. Les comparaisons "
        "portent sur le département de la Dourlaine et sur la région Haute-Sarvène ; les évolutions sont "
        "mesurées sur la période 2019-2024, la seule pour laquelle l'Observatoire dispose de séries "
        "homogènes à l'échelle communale."
    )

    # ---- Page 3: territory, table 1 ----------------------------------------
    pdf.add_page()
    pdf.heading("2. Le Val d'Orsenne et son économie sociale")
    pdf.para(
        "Issue le 1er~janvier~2017 de la fusion des communautés de communes du Haut-Orsenne et des Coteaux "
        "de Ligny, la Communauté de communes du Val d'Orsenne regroupe 24 communes et 38~640 habitants. "
        "Mervaux, ville-centre et siège de l'intercommunalité, en compte 9~870. Le territoire reste marqué "
        "par l'agriculture, l'industrie agroalimentaire et les services à la personne ; le taux de chômage y "
        "était de 7,1~% au troisième trimestre 2025 (zone d'emploi de Mervaux)."
    )
    pdf.para(
        "Fin 2024, l'ESS y comptait 187 établissements employeurs et 2~315 salariés, soit 13,4~% de l'emploi "
        "salarié privé, contre 11,2~% dans le département de la Dourlaine et 10,6~% en Haute-Sarvène. Elle "
        "représente une masse salariale brute de 58,7 millions d'euros."
    )
    pdf.caption("Tableau 1 – Population et emploi de l'ESS par commune (2024)")
    pdf.set_font("Cond", "", 8.8)
    t1 = [
        ("Mervaux", "9^870", "71", "1^046", "16,9"),
        ("Ligny-sur-Orsenne", "4^215", "24", "312", "14,8"),
        ("Chantebrise", "3^640", "19", "187", "11,3"),
        ("Saint-Préjet", "2^980", "16", "241", "19,7"),
        ("Vaudrinel", "2^105", "11", "96", "10,2"),
        ("Pont-de-Cassel", "1^870", "9", "58", "7,4"),
        ("Les Aubiers-du-Val", "1^320", "6", "71", "12,6"),
        ("17 autres communes", "12^640", "31", "304", "9,1"),
    ]
    with pdf.table(
        col_widths=(48, 27, 30, 30, 35),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.6,
        width=170,
        headings_style=FontFace(emphasis="BOLD", fill_color=(214, 236, 238)),
        padding=(1.0, 1.5),
    ) as table:
        row = table.row()
        for h in ("Commune", "Population", "Établissements ESS", "Salariés ESS", "Part de l'emploi privé (%)"):
            row.cell(nb(h))
        for r in t1:
            row = table.row()
            for c in r:
                row.cell(nb(c))
        row = table.row(style=FontFace(emphasis="BOLD", fill_color=(238, 238, 238)))
        for c in ("CC du Val d'Orsenne", "38^640", "187", "2^315", "13,4"):
            row.cell(nb(c))
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Haute-Sarvène, d'après Insee Flores 2024 ; "
               "population municipale 2022.")
    pdf.para(
        "Mervaux concentre 45~% des salariés de l'ESS du territoire. Saint-Préjet affiche la part la plus "
        "élevée (19,7~%) : l'ESAT Les Ateliers du Préjet et l'EHPAD associatif Résidence Sainte-Colombe y "
        "emploient à eux seuls 174 salariés. À l'inverse, à Pont-de-Cassel, commune à dominante industrielle, "
        "l'ESS ne pèse que 7,4~% de l'emploi privé."
    )
    pdf.para(
        "Le tissu associatif dépasse largement les seules structures employeuses : le répertoire national "
        "des associations recense 640 associations actives sur le territoire, dont 148 employeuses. "
        "On estime à 4~100 le nombre de bénévoles réguliers, soit près d'un habitant sur dix."
    )

    # ---- Page 4: profile, tables 2 and 3 ------------------------------------
    pdf.add_page()
    pdf.heading("3. Le profil de l'ESS du Val d'Orsenne")
    pdf.heading("3.1 Une ESS très majoritairement associative", level=1)
    pdf.para(
        "Les associations emploient plus de deux salariés de l'ESS sur trois. Les coopératives arrivent en "
        "deuxième position avec 398 salariés, dont 146 au siège et au silo de la coopérative agricole "
        "Terres d'Orsenne, à Mervaux. Les trois fondations, toutes actives dans le médico-social, emploient "
        "158 personnes."
    )
    pdf.caption("Tableau 2 – Établissements et salariés par famille juridique (2024)")
    pdf.set_font("Cond", "", 8.8)
    t2 = [
        ("Associations", "148", "1^602", "69,2"),
        ("Coopératives", "21", "398", "17,2"),
        ("Mutuelles", "9", "121", "5,2"),
        ("Fondations", "3", "158", "6,8"),
        ("Sociétés commerciales de l'ESS", "6", "36", "1,6"),
    ]
    with pdf.table(
        col_widths=(62, 34, 34, 34),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.6,
        width=164,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
        padding=(1.0, 1.5),
    ) as table:
        row = table.row()
        for h in ("Famille juridique", "Établissements", "Salariés", "Part des salariés (%)"):
            row.cell(nb(h))
        for r in t2:
            row = table.row()
            for c in r:
                row.cell(nb(c))
        row = table.row(style=FontFace(emphasis="BOLD", fill_color=(214, 236, 238)))
        for c in ("Ensemble de l'ESS", "187", "2^315", "100,0"):
            row.cell(nb(c))
        row = table.row(style=FontFace(emphasis="ITALICS"))
        row.cell(nb("dont 14 entreprises agréées ESUS et 6 structures d'insertion par l'activité économique (SIAE)"),
                 colspan=4, align="CENTER")
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Haute-Sarvène ; agréments ESUS : DDETS de la Dourlaine.")
    pdf.heading("3.2 Une ESS présente dans presque tous les secteurs", level=1, need=70)
    pdf.caption("Tableau 3 – Établissements et salariés de l'ESS par secteur d'activité (2024)")
    pdf.set_font("Cond", "", 8.6)
    t3 = [
        ("Action sociale (hors hébergement)", "38", "612", "71,4", "+6,3"),
        ("Hébergement médico-social", "12", "498", "58,2", "+11,7"),
        ("Enseignement", "14", "231", "19,5", "+2,2"),
        ("Sport, culture et loisirs", "41", "118", "44,0", "-3,3"),
        ("Activités financières et d'assurance", "17", "176", "31,8", "-4,9"),
        ("Agriculture et agroalimentaire", "9", "97", "8,6", "+18,3"),
        ("Commerce, services et autres", "56", "583", "7,1", "+12,4"),
    ]
    with pdf.table(
        col_widths=(50, 28, 20, 33, 33),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.4,
        width=164,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240)),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        for h in ("Secteur d'activité", "Établissements employeurs", "Salariés ESS",
                  "Poids de l'ESS dans le secteur (%)", "Évolution des salariés 2019-2024 (%)"):
            row.cell(nb(h))
        for r in t3:
            row = table.row()
            for c in r:
                row.cell(nb(c))
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Haute-Sarvène, nomenclature agrégée.")
    pdf.para(
        "L'action sociale et l'hébergement médico-social rassemblent à eux seuls 48,0~% des salariés de "
        "l'ESS. Dans l'aide à domicile, l'ADMR du Val d'Orsenne, qui fédère 7 associations locales, emploie "
        "203 salariés. La plus forte progression concerne l'agriculture et l'agroalimentaire (+18,3~%), "
        "portée par la légumerie d'insertion des Jardins de Saint-Préjet ; les activités financières "
        "reculent (-4,9~%) après la fermeture de deux agences bancaires coopératives."
    )
    pdf.para(
        "Les six structures d'insertion par l'activité économique (trois ateliers et chantiers d'insertion, "
        "deux entreprises d'insertion et une association intermédiaire) ont accompagné 212 personnes en "
        "parcours en 2024 ; 46~% des sorties se sont faites vers un emploi ou une formation."
    )
    pdf.para(
        lines_before_break=3,
        text="Ce constat doit être nuancé à l'échelle des établissements. Les grands employeurs du "
        "médico-social et de l'aide à domicile concentrent l'essentiel des postes, alors que les "
        "établissements employeurs de l'ESS demeurent, dans la grande majorité des cas, de très petites "
        "structures : 61~% d'entre eux emploient moins de 5 salariés et seuls 11 dépassent 50 salariés.",
    )

    # ---- Page 5: table 4, survey -------------------------------------------
    pdf.heading("3.3 Une croissance plus rapide que le reste de l'économie", level=1)
    pdf.caption("Tableau 4 – Évolution de l'emploi dans l'ESS du Val d'Orsenne, 2019-2024")
    pdf.set_font("Cond", "", 8.8)
    t4 = [
        ("Salariés de l'ESS", "2^141", "2^098", "2^167", "2^209", "2^262", "2^315"),
        ("Établissements employeurs", "179", "176", "181", "183", "186", "187"),
        ("Part de l'emploi privé (%)", "12,9", "13,0", "13,1", "13,2", "13,3", "13,4"),
    ]
    with pdf.table(
        col_widths=(50, 19, 19, 19, 19, 19, 19),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="NONE",
        cell_fill_color=(236, 244, 245),
        cell_fill_mode="ROWS",
        line_height=5,
        width=164,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=TEAL),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        for h in ("Au 31 décembre", "2019", "2020", "2021", "2022", "2023", "2024"):
            row.cell(nb(h))
        for r in t4:
            row = table.row()
            for c in r:
                row.cell(nb(c))
    pdf.source("Source : Observatoire régional de l'ESS – CRESS Haute-Sarvène, séries 2019-2024.")
    pdf.para(
        "Entre 2019 et 2024, l'emploi salarié de l'ESS a progressé de 8,1~%, contre 3,4~% pour le reste du "
        "secteur privé. Seule l'année 2020 marque un recul (43 postes de moins), dû à la crise sanitaire "
        "dans le sport, la culture et les loisirs. Les salariés de l'ESS sont à 74~% des femmes ; 38~% "
        "travaillent à temps partiel et 31~% ont 55 ans ou plus, contre 22~% dans le reste du privé."
    )
    pdf.caption("Tableau 6 – Profil des salariés : ESS et reste du secteur privé (2024, en %)")
    pdf.set_font("Cond", "", 8.8)
    with pdf.table(
        col_widths=(70, 30, 36),
        text_align=("LEFT", "CENTER", "CENTER"),
        borders_layout="INTERNAL",
        line_height=4.6,
        width=136,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD"),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        for h in ("Part des salariés…", "ESS", "Reste du privé"):
            row.cell(nb(h))
        for r in (
            ("femmes", "74", "46"),
            ("à temps partiel", "38", "17"),
            ("âgés de 55 ans ou plus", "31", "22"),
            ("en contrat à durée indéterminée", "79", "84"),
            ("cadres et professions intellectuelles", "12", "15"),
        ):
            row = table.row()
            for c in r:
                row.cell(nb(c))
    pdf.source("Source : Insee, DSN 2024, exploitation Observatoire régional de l'ESS.")
    pdf.para(
        "L'écart le plus marqué concerne le temps partiel, qui touche plus d'un salarié sur deux dans l'aide "
        "à domicile. Le salaire horaire brut médian y est inférieur de 9~% à celui du reste du privé, un écart "
        "qui se réduit à 3~% pour les cadres."
    )
    pdf.heading("4. La parole des structures : résultats de l'enquête", need=40)
    pdf.para(
        "Le questionnaire en ligne, ouvert du 8~septembre au 10~octobre~2025, a recueilli 63 réponses : "
        "48 structures employeuses et 15 associations sans salarié, soit un taux de réponse de 22~%. "
        "Les répondants reflètent bien la composition de l'ESS locale : 44 associations, 12 coopératives, "
        "4 mutuelles, 2 fondations et 1 société commerciale de l'ESS ; 37 d'entre eux ont leur siège hors de "
        "Mervaux. Les principaux enseignements sont les suivants :"
    )
    pdf.bullets(
        [
            "58~% des structures employeuses déclarent des difficultés de recrutement, en premier lieu pour "
            "les postes d'aide à domicile, d'aide-soignant et d'animateur ;",
            "l'accès aux financements est cité comme premier besoin par 52~% des répondants, devant les "
            "locaux (44~%) et la mutualisation de fonctions support (37~%) ;",
            "41~% des associations n'ont pas renouvelé leur bureau depuis plus de six ans ; dans une "
            "association sur trois, la présidence est assurée par une personne de plus de 70 ans ;",
            "27~% des répondants ont un projet d'investissement dans les deux ans, pour un montant cumulé "
            "déclaré de 3,2 millions d'euros ;",
            "seules 9 structures ont déjà répondu à un marché public de la Communauté de communes ou d'une "
            "commune ;",
            "les besoins de formation exprimés portent d'abord sur la gestion financière (39~%), puis sur le "
            "numérique (33~%) et sur la gouvernance associative (28~%).",
        ],
        break_item=SURVEY_BREAK[0], lines_before_break=SURVEY_BREAK[1],
    )
    pdf.reserve_notes(
        [
            "³ Une clause sociale d'insertion réserve une partie des heures de travail d'un marché public à "
            "des personnes éloignées de l'emploi, recrutées directement ou par l'intermédiaire d'une SIAE."
        ]
    )
    pdf.para(
        "Les entretiens confirment ces résultats. Plusieurs dirigeants regrettent de « ne connaître la "
        "Communauté de communes que par ses guichets de subventions » et souhaitent un interlocuteur "
        "identifié. Les élus des petites communes, eux, connaissent mal les structures de l'ESS installées "
        "hors de leur commune."
    )

    # ---- Page 6: issues and action plan -----------------------------------
    pdf.heading("5. Sept enjeux pour l'ESS du territoire")
    pdf.para(
        "Le croisement des données, des entretiens et des ateliers fait ressortir sept enjeux, classés "
        "par le comité de pilotage du 25~novembre~2025 par ordre de priorité :"
    )
    enjeux = [
        "Le renouvellement des dirigeants : une quinzaine de structures employeuses devront trouver un "
        "nouveau directeur ou une nouvelle directrice d'ici 2030, et les bureaux associatifs vieillissent.",
        "L'attractivité des métiers du soin et de l'accompagnement, où les postes vacants se comptent par "
        "dizaines dans l'aide à domicile et les EHPAD.",
        "L'accès à des locaux adaptés et abordables, en particulier à Mervaux ; le tiers-lieu Le Quai 12 "
        "affiche complet et tient une liste d'attente de 6 structures.",
        "La diversification des ressources des associations employeuses, dont 57~% des produits "
        "proviennent de financements publics.",
        "La place de l'ESS dans la commande publique : les clauses sociales d'insertion³ restent rares et "
        "limitées aux marchés de travaux.",
        "La mobilité des salariés et des bénéficiaires dans un territoire où 11 communes ne sont desservies "
        "par aucune ligne régulière de transport collectif.",
        "La coopération entre structures, aujourd'hui informelle, qui pourrait s'appuyer sur le Pôle ESS "
        "du Val d'Orsenne, association créée en 2021.",
    ]
    pdf.bullets(enjeux, mark="▪", after_item=1.2)
    pdf.heading("6. Pistes d'action pour 2026-2028", need=50)
    pdf.para(
        "Le comité de pilotage propose un plan d'actions en cinq axes, doté de 413~000~€ sur trois ans, hors "
        "dépenses de personnel et hors Fonds d'initiatives ESS. Ce fonds, créé en 2024 et doté de "
        "60~000~€ par an, serait maintenu ; en 2025, il a soutenu 5 projets pour 48~500~€. Le plan prévoit "
        "aussi le recrutement d'un chargé de mission ESS à temps plein dès 2026."
    )
    pdf.caption("Tableau 5 – Budget prévisionnel du plan d'actions par axe (en euros)")
    pdf.set_font("Cond", "", 8.8)
    t5 = [
        ("Axe 1 – Entreprendre en ESS", "42^000", "45^000", "45^000", "132^000"),
        ("Axe 2 – Achats responsables et commande publique", "18^000", "20^000", "20^000", "58^000"),
        ("Axe 3 – Tiers-lieux et coopérations", "35^000", "30^000", "30^000", "95^000"),
        ("Axe 4 – Emploi et insertion", "25^000", "28^000", "30^000", "83^000"),
        ("Axe 5 – Animation et observation", "15^000", "15^000", "15^000", "45^000"),
    ]
    with pdf.table(
        col_widths=(74, 22, 22, 22, 24),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        cell_fill_color=(245, 245, 245),
        cell_fill_mode="ROWS",
        line_height=4.6,
        width=164,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
        padding=(0.9, 1.4),
    ) as table:
        row = table.row()
        for h in ("Axe", "2026", "2027", "2028", "Total"):
            row.cell(h)
        for r in t5:
            row = table.row()
            for c in r:
                row.cell(nb(c))
        row = table.row(style=FontFace(emphasis="BOLD"))
        for c in ("Total", "135^000", "138^000", "140^000", "413^000"):
            row.cell(nb(c))
    pdf.source("Hors Fonds d'initiatives ESS et hors dépenses de personnel.")
    pdf.para(
        "Parmi les actions proposées figurent un « guichet unique ESS » à la maison des services de Mervaux, "
        "un marché réservé aux SIAE pour l'entretien des espaces verts intercommunaux, un appel à "
        "manifestation d'intérêt pour un second tiers-lieu au sud du territoire et l'organisation chaque "
        "année, en novembre, d'un forum des métiers de l'ESS."
    )
    # ---- Page 7: two-column portraits --------------------------------------
    pdf.add_page()
    pdf.heading("7. Portraits d'acteurs")
    pdf.para(
        "Six structures rencontrées pendant l'étude illustrent la diversité de l'ESS du territoire.",
        style="I",
    )
    portraits = [
        (
            "La Remise, ressourcerie (Chantebrise)",
            "Créée en 2014 par un collectif d'habitants, l'association collecte, trie et revend les objets "
            "dont les habitants se séparent. Conventionnée atelier et chantier d'insertion (ACI), elle "
            "emploie 14 salariés, dont 9 en parcours d'insertion. En 2024, elle a collecté 312 tonnes "
            "d'objets, dont 68~% ont été réemployés ou recyclés. Sa boutique, ouverte quatre jours par semaine, "
            "attire une clientèle très mélangée, des étudiants aux collectionneurs. Faute de place dans son "
            "entrepôt, l'association refuse désormais certains dons volumineux. Elle prépare l'ouverture d'une "
            "seconde boutique à Mervaux.",
        ),
        (
            "Les Watts d'Orsenne, SCIC (Mervaux)",
            "Fondée en 2019, cette société coopérative d'intérêt collectif installe et exploite des centrales "
            "photovoltaïques sur des toitures publiques. Fin 2024, elle réunissait 386 sociétaires, dont la "
            "Communauté de communes et huit communes, et exploitait 7 toitures pour une puissance de 980 kWc. "
            "Elle compte 2 salariés et s'appuie sur une trentaine de bénévoles, qui assurent notamment "
            "l'animation des réunions publiques et le suivi de la production. Les communes y voient un moyen "
            "de valoriser leurs toitures sans investir elles-mêmes.",
        ),
        (
            "Les Ateliers du Préjet, ESAT (Saint-Préjet)",
            "Géré par l'association Les Amis du Préjet, cet établissement et service d'aide par le travail "
            "accueille 86 travailleurs en situation de handicap, encadrés par 22 salariés, dans la "
            "blanchisserie, l'entretien d'espaces verts et le conditionnement pour l'industrie agroalimentaire "
            "locale. Sa blanchisserie traite le linge de quatre EHPAD du territoire. L'établissement cherche à "
            "développer les mises à disposition de travailleurs auprès d'entreprises classiques, encore rares.",
        ),
        (
            "Le Quai 12, tiers-lieu (Ligny-sur-Orsenne)",
            "Installé depuis 2023 dans l'ancienne halle aux marchandises de la gare, ce tiers-lieu associatif "
            "de 1~100~m² réunit un espace de coworking, un café associatif, un atelier de réparation et une "
            "salle de 120 places. Il héberge 11 structures résidentes et a accueilli 14~500 visiteurs en 2024. "
            "Son modèle reste fragile : les subventions publiques représentent encore 61~% de ses produits.",
        ),
        (
            "Les Jardins de Saint-Préjet, chantier d'insertion (Saint-Préjet)",
            "Créés en 2009, les Jardins cultivent 6 hectares de légumes biologiques avec 24 salariés en parcours "
            "d'insertion, encadrés par 5 permanents. Ils distribuent 180 paniers par semaine et, depuis 2023, "
            "leur légumerie prépare des légumes épluchés et découpés pour les restaurants scolaires de "
            "11 communes. En 2024, 38 tonnes de légumes y ont été transformées.",
        ),
        (
            "La Cagette d'Orsenne, épicerie participative (Vaudrinel)",
            "Née en 2021, l'association a ouvert en 2022 une épicerie participative dans l'ancienne "
            "boulangerie du bourg. Elle compte 240 adhérents, 2 salariés et 45 bénévoles, et réalise "
            "40~% de ses achats auprès de producteurs situés à moins de 50 km. Elle étudie un camion "
            "d'épicerie itinérante pour desservir 8 communes sans commerce.",
        ),
    ]
    pdf.set_font("Cond", "", 9.4)
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.05, balance=True) as cols:
        for title, body in portraits:
            with cols.paragraph(text_align="L", bottom_margin=1.2) as p:
                pdf.set_font("Cond", "B", 9.8)
                pdf.set_text_color(*TEAL)
                p.write(nb(title))
            pdf.set_text_color(0, 0, 0)
            with cols.paragraph(text_align="J", bottom_margin=4) as p:
                pdf.set_font("Cond", "", 9.4)
                p.write(hyphenate(nb(body)))
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Cond", "I", 8.4)
    pdf.set_fill_color(236, 244, 245)
    pdf.multi_cell(
        0, 4.2,
        nb("Les portraits ont été rédigés à partir des entretiens menés en septembre et octobre 2025, puis relus "
           "par les structures concernées. Les chiffres sont ceux qu'elles ont communiqués."),
        fill=True, padding=2.5, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )

    pdf.add_page()
    pdf.heading("Annexe – Glossaire et comité de pilotage", need=40)
    glossary = [
        ("ESUS", "agrément « entreprise solidaire d'utilité sociale », délivré pour cinq ans par la préfecture "
                 "de département aux entreprises de l'ESS dont l'objectif principal est la recherche d'une "
                 "utilité sociale."),
        ("SIAE", "structure d'insertion par l'activité économique : atelier et chantier d'insertion, "
                 "entreprise d'insertion, association intermédiaire ou entreprise de travail temporaire "
                 "d'insertion."),
        ("SCIC", "société coopérative d'intérêt collectif, qui associe à son capital des salariés, des "
                 "usagers, des collectivités et d'autres partenaires autour d'un même projet."),
        ("PTCE", "pôle territorial de coopération économique : groupement d'acteurs de l'ESS, d'entreprises "
                 "et de collectivités qui mènent ensemble des projets sur un territoire."),
        ("ESAT", "établissement et service d'aide par le travail, qui accueille des personnes en situation "
                 "de handicap ne pouvant travailler en milieu ordinaire."),
    ]
    pdf.set_font("Cond", "", 9)
    for term, definition in glossary:
        pdf.set_font("Cond", "B", 9)
        pdf.write(4.6, term + " : ")
        pdf.set_font("Cond", "", 9)
        pdf.write(4.6, hyphenate(nb(definition)))
        pdf.ln(5.4)
    pdf.ln(2)
    pdf.set_font("Cond", "B", 9)
    pdf.cell(0, 4.6, "Comité de pilotage", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.bullets(
        [
            "Nadège Pellerin, vice-présidente de la Communauté de communes, présidente du comité",
            "Thomas Berthonneau, responsable du service Développement économique de la Communauté de communes",
            "Sophie Trémeau, directrice de la CRESS Haute-Sarvène",
            "Yacine Hadjadj, chargé de mission ESS au Département de la Dourlaine",
            "Léa Montagnac, coordinatrice du Pôle ESS du Val d'Orsenne",
            "Benoît Ferrand, directeur de l'agence France Travail de Mervaux",
        ],
        mark="–", size=9, after_item=0.4,
    )
    pdf.para(
        "Équipe d'étude : Inès Darrigade (cheffe de projet) et Paul Azéma, Atelier Trame. Contact à la "
        "Communauté de communes : Thomas Berthonneau, t.berthonneau@cc-valdorsenne.fr, 02~47~61~30~18.",
        size=9,
    )
    save_pdf(
        pdf,
        DIAG,
        title="Diagnostic territorial de l'économie sociale et solidaire – CC du Val d'Orsenne",
        subject="État des lieux de l'ESS, enquête auprès des structures et pistes d'action 2026-2028",
        author="Atelier Trame pour la Communauté de communes du Val d'Orsenne",
        keywords="ESS, diagnostic, Val d'Orsenne, Dourlaine, emploi, plan d'actions",
        creator="Adobe InDesign 19.4 (Windows)",
        created=datetime(2025, 12, 4, 16, 22, 7, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: délibération du conseil communautaire (PDF, 2-3 pages)
# ---------------------------------------------------------------------------

DELIB_PRESENTS = (
    "M. Gérard Maubuisson, Mme Nadège Pellerin, M. Didier Castagnet, Mme Odile Carrère, M. Hervé Lachaume, "
    "Mme Sylvie Bonnafous, M. Jean-Claude Vernhes, Mme Martine Auzanneau, M. Frédéric Lapeyrade, "
    "Mme Catherine Delmas, M. Bruno Escoffier, Mme Nathalie Guérineau, M. Alain Puech, Mme Françoise Théron, "
    "M. Patrick Soulié, Mme Isabelle Marty, M. Christian Aymard, Mme Valérie Cabanes, M. Laurent Fabre, "
    "Mme Monique Rescanières, M. Sébastien Bories, Mme Anne-Laure Jouve, M. Thierry Maury, Mme Brigitte "
    "Salles, M. Olivier Vaissière, Mme Hélène Costes, M. Dominique Ribeyre, Mme Claudine Pagès, "
    "M. Stéphane Gaillac, Mme Aurore Bessière, M. Jacques Mialhe, Mme Elodie Causse"
)


class DelibPDF(BasePDF):
    def header(self):
        self.reset_break()
        self.set_y(18)

    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, nb("CC du Val d'Orsenne – Délibération n° 2026-018 du 12/02/2026 – ") + f"{self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_delib() -> None:
    pdf = DelibPDF()
    pdf.set_margins(22, 18, 22)
    pdf.base_margin = 22
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body_font = ("Serif", 9.3)
    pdf.add_page()
    # letterhead
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*PLUM)
    pdf.cell(95, 5, nb("COMMUNAUTÉ DE COMMUNES"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(95, 5, nb("DU VAL D'ORSENNE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 7.8)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(95, 3.8, nb("Maison des services – 4, rue du Moulin-Neuf – 28310 Mervaux"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(95, 3.8, "Département de la Dourlaine", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(0, 6, nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL COMMUNAUTAIRE"), align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5.5, nb("Séance du jeudi 12 février 2026"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    # box with numbers
    y0 = pdf.y
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("Serif", "", 8.6)
    pdf.set_x(22)
    pdf.multi_cell(
        58, 4.3,
        nb("Nombre de conseillers\nen exercice : 41\nprésents : 32\npouvoirs : 4\nvotants : 35\n"
           "Date de convocation :\n5 février 2026"),
        border=1, align="L", padding=(1.5, 2), new_x=XPos.RIGHT, new_y=YPos.TOP,
    )
    y1 = pdf.y
    pdf.set_xy(86, y0)
    pdf.set_font("Serif", "B", 10.2)
    pdf.multi_cell(0, 5, nb("Délibération n° 2026-018"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(86)
    pdf.set_font("Serif", "B", 9.6)
    pdf.multi_cell(
        0, 4.8,
        nb("Objet : Économie sociale et solidaire – Attribution des subventions du Fonds d'initiatives ESS "
           "au titre de l'année 2026"),
        new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_x(86)
    pdf.set_font("Serif", "I", 9)
    pdf.multi_cell(0, 4.6, nb("Rapporteur : Mme Nadège Pellerin, Vice-présidente chargée du développement "
                              "économique et de l'ESS"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(max(y1, pdf.y) + 4)
    pdf.para(
        "L'an deux mille vingt-six, le douze février à dix-huit heures trente, le conseil communautaire de la "
        "Communauté de communes du Val d'Orsenne, légalement convoqué, s'est réuni en séance publique à la "
        "salle des fêtes de Ligny-sur-Orsenne, sous la présidence de M. Gérard Maubuisson, Président.",
        size=9.2,
    )
    pdf.para("Présents : " + DELIB_PRESENTS + ".", size=8.2, lh=0.48, after=1)
    pdf.para(
        "Pouvoirs : Mme Chantal Gibert à M. Hervé Lachaume ; M. Loïc Perrichon à Mme Nadège Pellerin ; "
        "Mme Agnès Vidalenc à M. Gérard Maubuisson ; M. Samuel Rigaud à Mme Sylvie Bonnafous.",
        size=8.2, lh=0.48, after=1,
    )
    pdf.para(
        "Absents excusés : M. Pierre-Yves Dumesnil, Mme Estelle Rougier, M. Marc Authier, Mme Julie Caillaud, "
        "M. René Sabatier.",
        size=8.2, lh=0.48, after=1,
    )
    pdf.para("Secrétaire de séance : Mme Odile Carrère.", size=8.2, lh=0.48, after=3)
    pdf.para(
        "Mme la Vice-présidente rappelle que le Fonds d'initiatives ESS, créé en 2024, soutient des projets "
        "d'intérêt collectif portés par des structures de l'économie sociale et solidaire du territoire. "
        "L'appel à initiatives 2026, ouvert du 3 novembre 2025 au 16 janvier 2026, a reçu 9 dossiers, pour "
        "un montant total sollicité de 97~400~€. Le comité technique du fonds, réuni le 23 janvier 2026, "
        "propose de retenir six projets."
    )
    pdf.set_font("Serif", "", 9.6)
    vus = [
        "Vu le code général des collectivités territoriales, notamment ses articles L.~5214-16 et L.~1611-4 ;",
        "Vu la loi n°~2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
        "Vu les statuts de la Communauté de communes du Val d'Orsenne ;",
        "Vu la délibération n°~2024-067 du 27 juin 2024 portant création du Fonds d'initiatives ESS et "
        "approbation de son règlement ;",
        "Vu la délibération n°~2025-142 du 11 décembre 2025 prenant acte du diagnostic territorial de l'ESS ;",
        "Vu le budget primitif 2026 adopté le 29 janvier 2026 ;",
        "Vu l'avis favorable de la commission Développement économique du 28 janvier 2026 ;",
    ]
    for v in vus:
        pdf.para(v, after=0.4)
    pdf.ln(1)
    considerants = [
        "Considérant que l'économie sociale et solidaire représente 2~315 emplois salariés sur le territoire, "
        "soit 13,4~% de l'emploi salarié privé, selon le diagnostic territorial présenté le 11 décembre 2025 ;",
        "Considérant que les projets proposés répondent aux critères du règlement du fonds, notamment la "
        "création ou le maintien d'emplois et l'utilité sociale pour les habitants ;",
        "Considérant que l'enveloppe du Fonds d'initiatives ESS inscrite au budget 2026 s'élève à 60~000~€ ;",
    ]
    for c in considerants:
        pdf.para(c, after=0.4)
    pdf.ln(2)
    pdf.para("Le conseil communautaire, après en avoir délibéré,", after=1)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, "DÉCIDE :", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)

    def article(n: int, text: str) -> None:
        pdf.room(14)
        pdf.set_font("Serif", "B", 9.6)
        pdf.cell(0, 5, f"Article {n}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.para(text, after=1.6)

    article(1, "D'attribuer, au titre du Fonds d'initiatives ESS 2026, les subventions suivantes :")
    rows = [
        ("Association La Remise", "Chantebrise", "Seconde boutique de réemploi à Mervaux", "48~000", "12~000"),
        ("Association Le Quai 12", "Ligny-sur-Orsenne", "Atelier de réparation de vélos", "26~300", "9~500"),
        ("Association La Cagette d'Orsenne", "Vaudrinel", "Camion d'épicerie itinérante", "54~800", "11~000"),
        ("Familles Rurales de Pont-de-Cassel", "Pont-de-Cassel", "Garde d'enfants en horaires atypiques", "19~600", "6~500"),
        ("Les Jardins de Saint-Préjet", "Saint-Préjet", "Équipement de la légumerie d'insertion", "71~000", "10~000"),
        ("Compagnie La Traverse", "Les Aubiers-du-Val", "Spectacles itinérants dans les villages", "13~500", "4~000"),
    ]
    pdf.set_font("Serif", "", 8.2)
    with pdf.table(
        col_widths=(42, 31, 50, 21, 22),
        text_align=("LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=4.1,
        width=166,
        headings_style=FontFace(emphasis="BOLD", fill_color=(235, 225, 233)),
        padding=(0.8, 1.2),
    ) as table:
        row = table.row()
        for h in ("Bénéficiaire", "Commune du siège", "Projet soutenu", "Coût du projet (€)", "Subvention (€)"):
            row.cell(nb(h))
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(nb(c))
        row = table.row(style=FontFace(emphasis="BOLD"))
        row.cell("Total", colspan=3)
        row.cell(nb("233~200"))
        row.cell(nb("53~000"))
    pdf.ln(3)
    article(2, "Les subventions sont versées en deux fois : 70~% à la notification de la présente délibération, "
               "le solde de 30~% sur présentation d'un bilan de l'action avant le 31 janvier 2027. Une "
               "convention est signée avec chaque bénéficiaire dont la subvention dépasse 10~000~€.")
    article(3, "Les crédits correspondants sont inscrits au budget principal 2026, chapitre 65, article 6574.")
    article(4, "Le reliquat de l'enveloppe, soit 7~000~€, est affecté à une seconde session de l'appel à "
               "initiatives, ouverte jusqu'au 30 septembre 2026 et réservée aux projets situés dans les "
               "communes de moins de 1~000 habitants.")
    article(5, "Le Président, ou son représentant, est autorisé à signer les conventions et tout document "
               "relatif à l'exécution de la présente délibération.")
    article(6, "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de "
               "Saint-Amblard dans un délai de deux mois à compter de sa publication.")
    pdf.ln(1)
    pdf.room(40)
    pdf.para(
        "M. Didier Castagnet, président de l'association Le Quai 12, n'a pas pris part au débat ni au vote.",
        style="I", size=9,
    )
    pdf.set_font("Serif", "B", 9.6)
    pdf.multi_cell(0, 5, nb("Adoptée à la majorité : Pour : 32 – Contre : 1 – Abstentions : 2"),
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.para("Fait et délibéré les jour, mois et an susdits.", size=9.2)
    pdf.ln(2)
    y = pdf.y
    pdf.set_font("Serif", "", 9.4)
    pdf.set_xy(22, y)
    pdf.multi_cell(70, 4.8, nb("Le secrétaire de séance,\nOdile Carrère"), align="L")
    pdf.set_xy(118, y)
    pdf.multi_cell(70, 4.8, nb("Pour extrait conforme,\nLe Président,\nGérard Maubuisson"), align="C")
    pdf.ln(12)
    pdf.set_font("Mono", "", 7.2)
    pdf.set_text_color(40, 40, 40)
    pdf.set_draw_color(120, 120, 120)
    pdf.multi_cell(
        0, 3.6,
        nb("Accusé de réception en préfecture : 028-200067213-20260212-DEL2026_018-DE\n"
           "Date de télétransmission : 16/02/2026 – Date de réception préfecture : 16/02/2026\n"
           "Acte certifié exécutoire – Publié le 18/02/2026"),
        border=1, padding=(1.2, 2), new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    save_pdf(
        pdf,
        DELIB,
        title="Délibération n° 2026-018 – Attribution des subventions du Fonds d'initiatives ESS 2026",
        subject="Extrait du registre des délibérations du conseil communautaire du 12 février 2026",
        author="Communauté de communes du Val d'Orsenne",
        keywords="délibération, ESS, subventions, Fonds d'initiatives ESS",
        creator="PDFCreator 5.2",
        created=datetime(2026, 2, 16, 9, 41, 55, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: département website, call for projects (HTML)
# ---------------------------------------------------------------------------

DEPT_TEXT = """<!DOCTYPE html>
<html lang="fr" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Appel à projets « Entreprendre solidaire en Dourlaine » 2026 | Département de la Dourlaine</title>
<meta name="description" content="Associations, coopératives, entreprises ESUS : le Département de la Dourlaine ouvre la 4e édition de son appel à projets pour l’économie sociale et solidaire. Dépôt des dossiers jusqu’au 3 avril 2026.">
<meta name="publisher" content="Département de la Dourlaine">
<meta name="author" content="Direction de la communication">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Département de la Dourlaine">
<meta property="og:title" content="Entreprendre solidaire en Dourlaine : l’appel à projets 2026 est ouvert">
<meta property="og:description" content="Jusqu’à 40 000 € pour les projets de l’économie sociale et solidaire.">
<meta property="og:image" content="https://www.dourlaine.fr/sites/default/files/2026-02/atelier-velo-solidaire.jpg">
<meta property="og:url" content="https://www.dourlaine.fr/actualites/appel-projets-entreprendre-solidaire-2026">
<meta property="article:published_time" content="2026-02-02T09:30:00+01:00">
<meta property="article:modified_time" content="2026-02-10T16:05:00+01:00">
<meta property="article:section" content="Économie et emploi">
<link rel="canonical" href="https://www.dourlaine.fr/actualites/appel-projets-entreprendre-solidaire-2026">
<link rel="stylesheet" href="/themes/dourlaine/css/main.min.css?v=4.12.0">
<script>document.documentElement.className = document.documentElement.className.replace("no-js", "js");</script>
<script async src="/themes/dourlaine/js/tarteaucitron/tarteaucitron.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
  var _paq = window._paq = window._paq || [];
  _paq.push(['setDocumentTitle', 'Appel à projets ESS 2026 - 520 000 euros']);
</script>
</head>
<body class="page-node page-actualite">
<div id="tarteaucitronRoot" class="cookie-consent" role="dialog" aria-label="Gestion des cookies">
  <p>Le site dourlaine.fr utilise des cookies de mesure d’audience et des contenus tiers (vidéos, cartes).
  Vous pouvez les accepter, les refuser ou choisir finement.</p>
  <button type="button" id="tac-accept">Tout accepter</button>
  <button type="button" id="tac-deny">Tout refuser</button>
  <button type="button" id="tac-custom">Personnaliser</button>
</div>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="site-header__top">
    <a class="logo" href="/"><img src="/themes/dourlaine/img/logo-dourlaine.svg" alt="Département de la Dourlaine - accueil"></a>
    <ul class="quick-links">
      <li><a href="/demarches">Mes démarches</a></li>
      <li><a href="/agenda">Agenda</a></li>
      <li><a href="/recrutement">Le Département recrute</a></li>
    </ul>
    <form class="search" action="/recherche" method="get" role="search">
      <label for="q" class="visually-hidden">Rechercher</label>
      <input type="search" id="q" name="q" placeholder="Rechercher sur le site">
      <button type="submit">OK</button>
    </form>
  </div>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/colleges-jeunesse">Collèges &amp; jeunesse</a></li>
      <li><a href="/routes-mobilites">Routes &amp; mobilités</a></li>
      <li class="active"><a href="/economie-emploi">Économie &amp; emploi</a></li>
      <li><a href="/environnement">Environnement</a></li>
      <li><a href="/culture-sport">Culture &amp; sport</a></li>
      <li><a href="/le-departement">Le Département</a></li>
    </ul>
  </nav>
</header>

<main id="contenu" class="layout-two-cols">
<nav class="fil-ariane" aria-label="Fil d’Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/economie-emploi">Économie &amp; emploi</a></li>
    <li><a href="/economie-emploi/economie-sociale-solidaire">Économie sociale et solidaire</a></li>
    <li aria-current="page">Appel à projets Entreprendre solidaire 2026</li>
  </ol>
</nav>
<div class="node node--actualite">
  <p class="node__meta"><span class="tag">Économie sociale et solidaire</span>
  Publié le <time datetime="2026-02-02">2 février 2026</time> – mis à jour le <time datetime="2026-02-10">10 février 2026</time></p>
  <h1>Entreprendre solidaire en Dourlaine : l’appel à projets 2026 est ouvert</h1>
  <div class="share" aria-label="Partager cette page">
    <span>Partager :</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.dourlaine.fr%2Factualites%2Fappel-projets-entreprendre-solidaire-2026" class="share--facebook">Facebook</a>
    <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.dourlaine.fr%2Factualites%2Fappel-projets-entreprendre-solidaire-2026" class="share--linkedin">LinkedIn</a>
    <a href="mailto:?subject=Appel%20%C3%A0%20projets%20ESS%202026" class="share--mail">Courriel</a>
    <a href="javascript:window.print()" class="share--print">Imprimer</a>
  </div>
  <p class="chapo">Le Département de la Dourlaine lance la quatrième édition de son appel à projets
  « Entreprendre solidaire », doté de 520&nbsp;000&nbsp;€ en 2026. Associations, coopératives et
  entreprises agréées ESUS ont jusqu’au 3&nbsp;avril 2026 à midi pour déposer leur dossier.</p>
  <figure class="media media--image">
    <img src="/sites/default/files/2026-02/atelier-velo-solidaire.jpg" alt="Deux salariés réparent un vélo dans un atelier" width="960" height="540" loading="lazy">
    <figcaption>L’atelier vélo solidaire de la Maison des familles, à Saint-Amblard, lauréat de l’édition 2025.
    <span class="credit">Photo © Département de la Dourlaine / Julien Ferrand</span></figcaption>
  </figure>

  <h2>Un coup de pouce pour l’emploi et l’utilité sociale</h2>
  <p>Créé en 2023, l’appel à projets « Entreprendre solidaire » soutient la création et le développement
  d’activités de l’économie sociale et solidaire (ESS) qui créent des emplois durables en Dourlaine
  et répondent à des besoins mal couverts. En 2025, le jury a examiné 37 dossiers et retenu
  21 lauréats, qui ont reçu au total 412&nbsp;000&nbsp;€ ; ces projets doivent permettre de créer ou de
  consolider 64 emplois.</p>
  <blockquote>
    <p>« L’ESS, ce sont 17&nbsp;920 emplois en Dourlaine qui ne se délocalisent pas. Avec cette quatrième
    édition, nous voulons aider en priorité les projets qui maintiennent des services dans nos communes
    rurales. »</p>
    <footer>— Aurélie Fontanges, vice-présidente du Département chargée de l’insertion, de l’emploi et de l’économie sociale et solidaire</footer>
  </blockquote>

  <h2>Qui peut candidater ?</h2>
  <p>L’appel à projets est ouvert aux structures de l’ESS qui ont leur siège ou un établissement
  en Dourlaine :</p>
  <ul>
    <li>les associations loi 1901 ayant au moins un an d’existence (sauf pour le volet Amorçage) ;</li>
    <li>les coopératives : SCOP, SCIC, coopératives d’activité et d’emploi (CAE) ;</li>
    <li>les sociétés commerciales titulaires de l’agrément ESUS ;</li>
    <li>les groupements de ces structures, pour le volet Coopération.</li>
  </ul>
  <p>Ne sont pas éligibles : les collectivités et leurs groupements, les établissements publics,
  les entreprises individuelles ainsi que les associations cultuelles ou politiques.</p>

  <h2>Quels projets sont attendus ?</h2>
  <p>Les dossiers sont examinés selon cinq critères :</p>
  <ol>
    <li>la création ou la consolidation d’emplois en Dourlaine ;</li>
    <li>l’utilité sociale ou environnementale du projet ;</li>
    <li>son ancrage territorial et les partenariats noués ;</li>
    <li>sa viabilité économique à trois ans ;</li>
    <li>la qualité de la gouvernance et la place faite aux bénévoles, salariés et usagers.</li>
  </ol>
  <p>En 2026, une attention particulière sera portée à cinq thématiques : l’alimentation durable,
  le réemploi et l’économie circulaire, les services en milieu rural, la mobilité solidaire et
  l’inclusion numérique.</p>

  <h2>Montants et taux d’aide</h2>
  <table class="table table--striped">
    <caption>Les quatre volets de l’appel à projets 2026</caption>
    <thead>
      <tr><th scope="col">Volet</th><th scope="col">Projets concernés</th><th scope="col">Aide maximale</th><th scope="col">Taux maximal</th><th scope="col">Dépenses éligibles</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">1. Amorçage</th><td>Création d’activité par une structure de moins de 3 ans</td><td>15&nbsp;000&nbsp;€</td><td>50&nbsp;%</td><td>Fonctionnement et investissement</td></tr>
      <tr><th scope="row">2. Développement</th><td>Nouvelle activité ou changement d’échelle</td><td>30&nbsp;000&nbsp;€</td><td>40&nbsp;%</td><td>Fonctionnement et investissement</td></tr>
      <tr><th scope="row">3. Coopération</th><td>Projet commun porté par au moins 3 structures</td><td>40&nbsp;000&nbsp;€</td><td>60&nbsp;%</td><td>Fonctionnement</td></tr>
      <tr><th scope="row">4. Étude</th><td>Étude de faisabilité ou d’opportunité</td><td>8&nbsp;000&nbsp;€</td><td>80&nbsp;%</td><td>Prestations extérieures</td></tr>
    </tbody>
  </table>
  <p>Le coût total du projet doit atteindre au moins 10&nbsp;000&nbsp;€ (3&nbsp;000&nbsp;€ pour le volet Étude).
  Une majoration de 5&nbsp;000&nbsp;€ peut être accordée aux projets implantés dans une commune de moins
  de 2&nbsp;000 habitants ou dans un quartier prioritaire de la politique de la ville. Le total des
  aides publiques ne peut pas dépasser 80&nbsp;% du coût du projet.</p>

  <h2>Calendrier</h2>
  <ul class="timeline">
    <li><strong>2 février 2026</strong> : ouverture des candidatures ;</li>
    <li><strong>24 février 2026 à 11&nbsp;h</strong> : webinaire de présentation (inscription sur dourlaine.fr/agenda) ;</li>
    <li><strong>3 avril 2026 à 12&nbsp;h</strong> : clôture des dépôts ;</li>
    <li><strong>19 et 20 mai 2026</strong> : audition des candidats présélectionnés ;</li>
    <li><strong>22 juin 2026</strong> : vote des aides par la commission permanente.</li>
  </ul>
  <p>L’aide est versée en deux fois : 60&nbsp;% à la signature de la convention, le solde sur
  présentation du bilan de l’action.</p>

  <h2>Comment candidater ?</h2>
  <p>Les dossiers se déposent exclusivement en ligne, sur la plateforme
  <a href="https://aides.dourlaine.fr">Dourlaine Aides</a>. Il faut joindre :</p>
  <ul>
    <li>les statuts à jour et la liste des membres du conseil d’administration ou du bureau ;</li>
    <li>les derniers comptes approuvés ;</li>
    <li>le budget prévisionnel du projet, selon le modèle fourni ;</li>
    <li>l’attestation d’agrément ESUS, le cas échéant ;</li>
    <li>un relevé d’identité bancaire.</li>
  </ul>
  <ul class="downloads">
    <li><a href="/sites/default/files/2026-02/reglement-aap-entreprendre-solidaire-2026.pdf" class="file file--pdf">Télécharger le règlement (PDF, 380 Ko)</a></li>
    <li><a href="/sites/default/files/2026-02/modele-budget-previsionnel-2026.xlsx" class="file file--xlsx">Télécharger le modèle de budget prévisionnel (XLSX, 45 Ko)</a></li>
  </ul>

  <h2>Questions fréquentes</h2>
  <div class="accordion">
    <div class="accordion__item">
      <button class="accordion__toggle" aria-expanded="false" aria-controls="faq-1">Une association sans salarié peut-elle candidater ?</button>
      <div class="accordion__panel" id="faq-1" hidden><p>Oui, à condition que le projet prévoie
      la création d’au moins un emploi salarié dans les 24 mois qui suivent le vote de l’aide.</p></div>
    </div>
    <div class="accordion__item">
      <button class="accordion__toggle" aria-expanded="false" aria-controls="faq-2">Peut-on déposer plusieurs dossiers ?</button>
      <div class="accordion__panel" id="faq-2" hidden><p>Non. Une structure ne dépose qu’un seul dossier
      par édition, mais elle peut être partenaire d’un projet du volet Coopération porté par une autre structure.</p></div>
    </div>
    <div class="accordion__item">
      <button class="accordion__toggle" aria-expanded="false" aria-controls="faq-3">Les lauréats 2025 peuvent-ils se représenter ?</button>
      <div class="accordion__panel" id="faq-3" hidden><p>Oui, pour un projet différent, à condition d’avoir
      remis le bilan de l’action financée en 2025.</p></div>
    </div>
    <div class="accordion__item">
      <button class="accordion__toggle" aria-expanded="false" aria-controls="faq-4">Les dépenses déjà engagées sont-elles prises en compte ?</button>
      <div class="accordion__panel" id="faq-4" hidden><p>Non. Seules les dépenses engagées après la date
      de dépôt du dossier sont éligibles.</p></div>
    </div>
    <div class="accordion__item">
      <button class="accordion__toggle" aria-expanded="false" aria-controls="faq-5">Faut-il être adhérent de la CRESS ?</button>
      <div class="accordion__panel" id="faq-5" hidden><p>Non. La CRESS Haute-Sarvène et les pôles
      territoriaux de l’ESS peuvent toutefois vous aider gratuitement à préparer votre dossier.</p></div>
    </div>
  </div>

  <div class="contact-box">
    <h2>Contact</h2>
    <p>Direction de l’attractivité et de l’économie solidaire<br>
    Service économie sociale et solidaire<br>
    Votre interlocuteur : Yacine Hadjadj, chargé de mission ESS<br>
    Tél. : 03&nbsp;84&nbsp;52&nbsp;17&nbsp;40 – Courriel : <a href="mailto:ess@dourlaine.fr">ess@dourlaine.fr</a></p>
    <p>Permanence téléphonique le mardi de 9&nbsp;h à 12&nbsp;h.</p>
  </div>
</div>

<aside class="sidebar" aria-label="Autres actualités">
  <h2>Dans la même rubrique</h2>
  <ul class="news-list">
    <li><a href="/actualites/forum-emploi-insertion-2026">Forum emploi-insertion : rendez-vous le 12 mars à Saint-Amblard</a></li>
    <li><a href="/actualites/plan-departemental-insertion-2026-2030">Le nouveau plan départemental d’insertion adopté</a></li>
    <li><a href="/actualites/tiers-lieux-appel-manifestation-interet">Tiers-lieux : un appel à manifestation d’intérêt au printemps</a></li>
  </ul>
  <div class="newsletter">
    <h2>Restez informé</h2>
    <form action="/newsletter" method="post"><label for="nl">Votre courriel</label><input id="nl" type="email" name="email"><button type="submit">Je m’abonne</button></form>
  </div>
</aside>
</main>

<footer class="site-footer">
  <div class="site-footer__contact">
    <p><strong>Département de la Dourlaine</strong><br>Hôtel du Département – 12, cours Gambetta – 28000 Saint-Amblard<br>
    Standard : 03&nbsp;84&nbsp;52&nbsp;10&nbsp;00 – du lundi au vendredi, de 8&nbsp;h&nbsp;30 à 17&nbsp;h&nbsp;30</p>
  </div>
  <ul class="site-footer__links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="#" id="tarteaucitronManager">Gestion des cookies</a></li>
  </ul>
  <p class="copyright">© 2026 Département de la Dourlaine</p>
</footer>
<script src="/themes/dourlaine/js/main.min.js?v=4.12.0"></script>
<script>
  document.querySelectorAll('.accordion__toggle').forEach(function (b) {
    b.addEventListener('click', function () {
      var p = document.getElementById(b.getAttribute('aria-controls'));
      var open = b.getAttribute('aria-expanded') === 'true';
      b.setAttribute('aria-expanded', String(!open)); p.hidden = open;
    });
  });
</script>
</body>
</html>
"""


def build_dept() -> None:
    (CORPUS / DEPT).write_text(DEPT_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Plain-text helpers
# ---------------------------------------------------------------------------

GLUE = "\ue000"


def wrap(text: str, width: int) -> str:
    """Hard-wrap paragraphs and list items at ``width`` columns. Blocks starting with
    ``|``, ``#``, ``---``, ``>``, four spaces or ``@@`` are kept as they are (``@@`` is
    dropped). A number stays with its unit and a title with its name."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", GLUE, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|m²|kWc|MWh|tonnes|salariés|ans\b|mois\b|km\b))", GLUE, text)
    text = re.sub(r" (?=[;:?!»])", GLUE, text).replace("« ", "«" + GLUE)
    text = re.sub(r"\b(n°|M\.|Mme|p\.) ", lambda m: m.group(1) + GLUE, text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    text = re.sub(rf"(?<=\d)(er)? (?=(?:{months})\b)", lambda m: (m.group(1) or "") + GLUE, text)
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("@@"):
            out.append(block.removeprefix("@@"))
            continue
        if block.startswith(("|", "#", "---", ">", "    ")):
            out.append(block)
            continue
        items: list[str] = []
        for line in block.split("\n"):
            if re.match(r"^(- |\* |\d+\. |Q\. |R\. )", line) or not items:
                items.append(line)
            else:
                items[-1] += " " + line.strip()
        lines = []
        for item in items:
            m = re.match(r"^(- |\* |\d+\. |Q\. |R\. )", item)
            indent = " " * len(m.group(1)) if m else ""
            lines.append(textwrap.fill(item, width=width, subsequent_indent=indent,
                                       break_long_words=False, break_on_hyphens=False))
        out.append("\n".join(lines))
    return ("\n\n".join(out) + "\n").replace(GLUE, " ")


# ---------------------------------------------------------------------------
# Document 4: minutes of the CRESS board meeting (Markdown)
# ---------------------------------------------------------------------------

CRESS_FRONT = """---
title: "Compte rendu du conseil d'administration du 10 mars 2026"
publisher: "CRESS Haute-Sarvène"
date: 2026-03-10
territory: "Région Haute-Sarvène"
author: "Fatoumata Diallo, secrétaire"
statut: "validé par le bureau le 17 mars 2026"
lang: fr
---
"""

CRESS_BODY = """
# Conseil d'administration du 10 mars 2026 — compte rendu

@@**Lieu :** Maison de l'ESS, 9 rue des Tanneurs, Lormières, et en visioconférence<BR>
**Horaires :** 14 h – 17 h 15<BR>
**Présidence de séance :** Bertrand Lecœur, président

## Participants

Administrateurs présents ou représentés : 19 sur 26, dont 6 en visioconférence et 2 par pouvoir. Le quorum, fixé à la moitié des administrateurs, est atteint.

- Collège des associations : Fatoumata Diallo (Mouvement associatif Haute-Sarvène, secrétaire), Jérôme Vidal (Union régionale des associations sanitaires et sociales), Margaux Ternant (Ligue de l'enseignement), Rachid Benamar (Fédération des centres sociaux)
- Collège des coopératives : Bertrand Lecœur (Union régionale des SCOP et SCIC, président), Odette Pradines (Fédération des coopératives agricoles), Hugo Castéran (coopératives d'activité et d'emploi)
- Collège des mutuelles : Alain Gourdon (Mutualité française Haute-Sarvène, trésorier), Sabine Roumégoux (mutuelles d'assurance)
- Collège des fondations : Pierre-Alexis Vernier (Fondation Lormières Solidarités)
- Collège des réseaux territoriaux : Léa Montagnac (Pôle ESS du Val d'Orsenne), Kévin Ollier (réseau des tiers-lieux)
- Autres administrateurs présents : voir la feuille d'émargement annexée

Équipe salariée : Sophie Trémeau (directrice), Julien Escande (chargé d'études, Observatoire régional de l'ESS), Amandine Roux (chargée de communication).

Invitée pour le point 5 : Nadège Pellerin, vice-présidente de la Communauté de communes du Val d'Orsenne.

## Ordre du jour

1. Approbation du compte rendu du conseil d'administration du 9 décembre 2025
2. Comptes 2025 et budget prévisionnel 2026
3. Observatoire : premiers résultats du Panorama 2026
4. Mois de l'ESS 2026
5. Accompagnement de la Communauté de communes du Val d'Orsenne
6. Adhésions
7. Questions diverses

## 1. Compte rendu du 9 décembre 2025

Le compte rendu est approuvé à l'unanimité, après correction du nom d'un administrateur excusé.

## 2. Comptes 2025 et budget prévisionnel 2026

Alain Gourdon, trésorier, présente les comptes 2025. L'exercice se clôt sur un excédent de 11 840 €, pour 626 400 € de produits. Il propose d'affecter cet excédent au fonds associatif, ce qui porterait les fonds propres à 184 300 €, soit un peu plus de trois mois de fonctionnement. Le cabinet Audit Sarvène, commissaire aux comptes, a indiqué qu'il certifierait les comptes sans réserve.

Le budget prévisionnel 2026 s'équilibre à 650 000 €. Les charges de personnel en représentent 71 % ; l'équipe compte 8 salariés, soit 7,4 équivalents temps plein. Le budget intègre le recrutement, en mai 2026, d'un ou d'une chargée de mission « commande publique responsable », financé pour trois ans par la Région.

| Produits | Réalisé 2025 (€) | Budget 2026 (€) |
|---|---:|---:|
| Région Haute-Sarvène (convention pluriannuelle) | 295 000 | 310 000 |
| État (DREETS) | 118 000 | 120 000 |
| Cotisations des adhérents | 79 200 | 86 500 |
| Prestations (formations, études) | 71 300 | 64 000 |
| Départements | 38 000 | 42 000 |
| Autres (mécénat, fonds européens) | 24 900 | 27 500 |
| **Total** | **626 400** | **650 000** |

Plusieurs administrateurs s'inquiètent de la stagnation des crédits de l'État. Sophie Trémeau précise que la convention avec la Région, signée le 3 février 2026, couvre la période 2026-2028 et sécurise près de la moitié du budget. La baisse des prestations s'explique par la fin de l'étude réalisée en 2025 pour le Département de Belvézie.

Le conseil arrête les comptes 2025 à l'unanimité et adopte le budget prévisionnel 2026 par 18 voix pour et 1 abstention.

## 3. Observatoire : premiers résultats du Panorama 2026

Julien Escande présente les premiers résultats du Panorama régional de l'ESS, qui porte sur les données 2024. La Haute-Sarvène compte 72 830 salariés de l'ESS, soit 1 360 de plus qu'un an plus tôt (+1,9 %). L'ESS y représente 10,6 % de l'emploi salarié privé.

| Département | Établissements employeurs | Salariés | Part de l'emploi privé |
|---|---:|---:|---:|
| Belvézie | 1 302 | 15 870 | 10,1 % |
| Dourlaine | 1 486 | 17 920 | 11,2 % |
| Haut-Ferrain | 978 | 10 410 | 9,4 % |
| Marsange | 2 214 | 28 630 | 12,5 % |
| **Haute-Sarvène** | **5 980** | **72 830** | **10,6 %** |

Le Marsange, où se trouve Lormières, reste le département où l'ESS pèse le plus. Le conseil relève la progression de la Dourlaine, portée par le médico-social et par des intercommunalités rurales très dynamiques comme le Val d'Orsenne. Le Panorama complet sera présenté le 14 avril 2026 à Lormières, puis mis en ligne.

## 4. Mois de l'ESS 2026

Amandine Roux dresse le bilan de l'édition 2025 : 126 événements dans 38 communes et environ 9 400 participants. Pour 2026, le conseil retient le thème « L'ESS, ça se vit près de chez vous », un objectif de 150 événements et un budget de 18 500 €. Les Prix régionaux de l'ESS seront remis le 26 novembre 2026 ; les quatre lauréats recevront chacun 2 500 €.

## 5. Accompagnement de la Communauté de communes du Val d'Orsenne

Nadège Pellerin présente le diagnostic territorial de l'ESS réalisé par Atelier Trame avec l'appui de l'Observatoire : 2 315 salariés et 13,4 % de l'emploi privé, l'un des taux les plus élevés de la Dourlaine. La Communauté de communes souhaite que la CRESS l'aide à préfigurer son guichet unique ESS et à former ses élus.

> « Le diagnostic nous a montré que les structures ne savaient pas à quelle porte frapper. Nous voulons y répondre dès cette année. » — Nadège Pellerin

La convention proposée prévoit 22 jours d'intervention en 2026 pour un montant de 14 500 €. Sophie Trémeau propose de faire de cet accompagnement un modèle pour deux autres intercommunalités de la Dourlaine en 2027. Léa Montagnac, administratrice et coordinatrice du Pôle ESS du Val d'Orsenne, ne prend pas part au vote.

## 6. Adhésions

Le conseil examine quatre demandes d'adhésion :

- la SCIC Les Watts d'Orsenne (Mervaux) ;
- l'association La Remise, ressourcerie (Chantebrise) ;
- la SCOP Atelier Trame (Lormières) ;
- la coopérative d'activité et d'emploi Ozé Sarvène (Saint-Amblard).

Les quatre adhésions sont acceptées. La CRESS compte désormais 212 adhérents, contre 208 au 31 décembre 2025.

## 7. Questions diverses

- Jérôme Vidal, qui part à la retraite, quitte le conseil d'administration. Le conseil coopte pour lui succéder Nora Belkacem, directrice de l'Union régionale des associations sanitaires et sociales, jusqu'à l'assemblée générale.
- L'assemblée générale se tiendra le jeudi 4 juin 2026 à Saint-Amblard.
- Le prochain conseil d'administration aura lieu le mardi 16 juin 2026.

La séance est levée à 17 h 15.

## Relevé de décisions

1. **CA-2026-01** — Compte rendu du 9 décembre 2025 approuvé à l'unanimité.
2. **CA-2026-02** — Comptes 2025 arrêtés ; proposition à l'assemblée générale d'affecter l'excédent de 11 840 € au fonds associatif (unanimité).
3. **CA-2026-03** — Budget prévisionnel 2026 de 650 000 € adopté (18 voix pour, 1 abstention).
4. **CA-2026-04** — Recrutement d'un ou d'une chargée de mission « commande publique responsable » (unanimité).
5. **CA-2026-05** — Convention d'accompagnement avec la Communauté de communes du Val d'Orsenne, 14 500 € (unanimité des votants, Léa Montagnac ne prenant pas part au vote).
6. **CA-2026-06** — Admission de quatre nouveaux adhérents (unanimité).
7. **CA-2026-07** — Cooptation de Nora Belkacem au conseil d'administration (unanimité).

*Compte rendu établi par Fatoumata Diallo, secrétaire, et Sophie Trémeau, directrice.*
"""


def build_cress() -> None:
    text = CRESS_FRONT + "\n" + wrap(CRESS_BODY, 76).replace("<BR>", "  ")  # Markdown hard line breaks
    (CORPUS / CRESS).write_text(text, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: newsletter e-mail with an interview (plain text)
# ---------------------------------------------------------------------------

LETTRE_HEAD = """De : Pôle ESS du Val d'Orsenne <lettre@pole-ess-orsenne.fr>
À : abonnes@listes.pole-ess-orsenne.fr
Date : lun. 9 mars 2026 à 08:45
Objet : Orsenne Solidaire n° 12 - Mars 2026 - Entretien avec Mathilde
 Courtiade (La Remise)

Si ce message ne s'affiche pas correctement, consultez la version en
ligne : https://www.pole-ess-orsenne.fr/lettre/12

"""

LETTRE_BODY = """
@@    ORSENNE SOLIDAIRE
    La lettre du Pôle ESS du Val d'Orsenne
    N° 12 - mars 2026

@@SOMMAIRE
  1. Édito
  2. Entretien : « Chaque objet réparé, c'est de l'emploi ici »
  3. En bref
  4. Agenda
  5. Le chiffre du mois

------------------------------------------------------------------------

@@1. Édito
---------

Le diagnostic territorial de l'ESS, présenté en décembre au conseil communautaire, l'a confirmé : avec 2 315 salariés, soit 13,4 % de l'emploi privé, l'économie sociale et solidaire est un pilier du Val d'Orsenne. Il a aussi montré ce qui nous manque : des locaux, des bénévoles pour prendre la relève, et surtout des occasions de travailler ensemble.

C'est la raison d'être de notre pôle. Avec 4 nouveaux adhérents depuis janvier, nous sommes désormais 52. Bienvenue à eux, et bonne lecture !

Léa Montagnac, coordinatrice

------------------------------------------------------------------------

@@2. Entretien : « Chaque objet réparé, c'est de l'emploi ici »
-------------------------------------------------------------

Mathilde Courtiade dirige depuis 2019 La Remise, la ressourcerie de Chantebrise. Alors que l'association s'apprête à ouvrir une seconde boutique à Mervaux, elle revient sur douze ans d'aventure. Propos recueillis par Léa Montagnac.

Q. Comment est née La Remise ?

R. Tout est parti en 2014 d'un collectif de huit habitants de Chantebrise qui voyaient partir à la déchetterie des meubles en parfait état. Pendant deux ans, tout a reposé sur les bénévoles. Le premier salarié est arrivé en 2016 et nous sommes devenus atelier et chantier d'insertion en 2018.

Q. Quel bilan tirez-vous de l'année 2025 ?

R. Une très bonne année. Nous avons collecté 338 tonnes, contre 312 l'année précédente, et 71 % ont été réemployées ou recyclées. La boutique a enregistré un peu plus de 21 000 passages en caisse. Les ventes ont atteint 196 000 €, soit 41 % de nos produits, qui s'élèvent à 478 000 € ; le reste vient des aides aux postes d'insertion et des subventions.

Q. Et côté emploi ?

R. Nous sommes 14 salariés : 5 permanents et 9 postes en parcours d'insertion, occupés par 17 personnes différentes au cours de l'année. Sur les 11 personnes sorties en 2025, 6 ont trouvé un emploi durable ou une formation qualifiante. C'est notre vraie fierté.

Q. Où en est la boutique de Mervaux ?

R. Elle ouvrira le samedi 6 juin 2026, rue de la Halle, dans un ancien magasin de chaussures de 180 m². Le projet coûte 48 000 €. La Communauté de communes nous a accordé 12 000 € au titre du Fonds d'initiatives ESS ; nous avons demandé 15 000 € au Département dans le cadre de l'appel à projets Entreprendre solidaire et nous lançons une campagne de financement participatif pour 6 000 €. La boutique créera 3 postes : un vendeur permanent et deux postes en insertion.

Q. Quelles difficultés rencontrez-vous ?

R. Recruter des encadrants techniques d'insertion, c'est très difficile : le poste est resté vacant cinq mois l'an dernier. Et nous manquons de place, notre entrepôt de 600 m² est plein.

Q. Un message pour les autres structures ?

R. Coopérer, même sur des choses très concrètes. Depuis 2025, nous partageons un camion et un chauffeur avec La Cagette d'Orsenne. Cela nous fait économiser à chacun environ 9 000 € par an.

------------------------------------------------------------------------

@@3. En bref
----------

- Appel à projets départemental « Entreprendre solidaire » : les dossiers sont à déposer avant le 3 avril 2026 à midi. Le pôle tient deux permanences d'aide au montage, les 17 et 24 mars de 9 h à 12 h, au Quai 12.
- Fonds d'initiatives ESS : le 12 février, le conseil communautaire a retenu 6 projets pour 53 000 €. Une seconde session, réservée aux communes de moins de 1 000 habitants, reste ouverte jusqu'au 30 septembre.
- Le pôle recrute un ou une chargée de projet « emplois partagés » en CDD de 18 mois, à 28 heures par semaine. Candidatures avant le 27 mars 2026.
- Nouveaux adhérents : la CAE Ozé Sarvène, la Compagnie La Traverse, l'ADMR du Val d'Orsenne et la SCIC Les Watts d'Orsenne.

------------------------------------------------------------------------

@@4. Agenda
---------

    Jeu. 19 mars, 18 h 30  Café ESS « Reprendre une entreprise en SCOP »
                           Le Quai 12, Ligny-sur-Orsenne
    Mar. 24 mars, 9 h      Permanence appel à projets départemental
                           Le Quai 12, Ligny-sur-Orsenne
    Jeu. 2 avril, 14 h     Forum de l'emploi dans l'ESS : 30 employeurs
                           et 70 offres - salle polyvalente de Mervaux
    Sam. 6 juin, 10 h      Inauguration de La Remise Mervaux
                           rue de la Halle, Mervaux

------------------------------------------------------------------------

@@5. Le chiffre du mois
---------------------

4 100 : c'est le nombre de bénévoles réguliers estimé dans le Val d'Orsenne par le diagnostic territorial de l'ESS, soit près d'un habitant sur dix.

------------------------------------------------------------------------

@@Pôle ESS du Val d'Orsenne (PTCE)
Maison des services - 4, rue du Moulin-Neuf - 28310 Mervaux
Tél. : 02 47 61 30 45
Courriel : contact@pole-ess-orsenne.fr
Coordinatrice : Léa Montagnac
Permanences : lundi et jeudi, de 9 h à 12 h 30

Vous recevez cette lettre parce que vous êtes adhérent ou partenaire du Pôle ESS du Val d'Orsenne. Pour ne plus la recevoir : https://www.pole-ess-orsenne.fr/desinscription
"""


def build_lettre() -> None:
    body = wrap(LETTRE_BODY, 72)
    (CORPUS / LETTRE).write_text(LETTRE_HEAD + body, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: FAQ page of a renewable-energy SCIC (HTML)
# ---------------------------------------------------------------------------

SCIC_TEXT = """<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width,initial-scale=1">
  <title>FAQ – Les Watts d'Orsenne, l'énergie citoyenne du Val d'Orsenne</title>
  <meta name="description" content="Tout savoir sur Les Watts d'Orsenne, SCIC d'énergie solaire citoyenne : parts sociales, centrales, gouvernance, projets.">
  <meta property="og:title" content="Questions fréquentes – Les Watts d'Orsenne">
  <meta property="og:type" content="website">
  <meta property="og:site_name" content="Les Watts d'Orsenne">
  <meta property="og:locale" content="fr_FR">
  <link rel="icon" href="/favicon.svg">
  <link rel="stylesheet" href="/assets/style.css">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "FAQPage", "mainEntity": [
    {"@type": "Question", "name": "Combien coûte une part ?", "acceptedAnswer": {"@type": "Answer", "text": "Une part sociale coûte 50 euros."}},
    {"@type": "Question", "name": "Qui peut devenir sociétaire ?", "acceptedAnswer": {"@type": "Answer", "text": "Toute personne physique ou morale."}}
  ]}
  </script>
  <script defer data-domain="watts-orsenne.coop" src="https://plausible.io/js/script.js"></script>
</head>
<body>
  <header class="top">
    <a href="/" class="brand"><img src="/assets/logo-watts.svg" alt="" width="40" height="40"> Les Watts d'Orsenne</a>
    <nav aria-label="Navigation principale">
      <a href="/">Accueil</a>
      <a href="/centrales/">Nos centrales</a>
      <a href="/devenir-societaire/">Devenir sociétaire</a>
      <a href="/actualites/">Actualités</a>
      <a href="/faq/" aria-current="page">FAQ</a>
      <a href="/contact/">Contact</a>
    </nav>
    <a class="btn btn-cta" href="/devenir-societaire/">Je prends des parts</a>
  </header>

  <main>
    <section class="hero">
      <h1>Foire aux questions</h1>
      <p>Vous vous demandez comment fonctionne notre coopérative, ce que deviennent vos parts ou
      comment sont choisies les toitures ? Les réponses sont ici. Une autre question ?
      Écrivez-nous.</p>
      <p class="maj">Page mise à jour le 15 janvier 2026</p>
    </section>

    <section class="chiffres" aria-label="Les Watts d'Orsenne en chiffres au 31 décembre 2025">
      <div><span class="chiffre">412</span> <span class="legende">sociétaires</span></div>
      <div><span class="chiffre">9</span> <span class="legende">toitures équipées</span></div>
      <div><span class="chiffre">1 240 kWc</span> <span class="legende">de puissance installée</span></div>
      <div><span class="chiffre">1 395 MWh</span> <span class="legende">produits en 2025</span></div>
    </section>

    <section id="cooperative">
      <h2>La coopérative</h2>
      <details>
        <summary>Qu'est-ce que Les Watts d'Orsenne ?</summary>
        <div class="reponse">
          <p>Les Watts d'Orsenne est une société coopérative d'intérêt collectif (SCIC) constituée
          sous forme de société par actions simplifiée (SAS) à capital variable. Elle a été créée en
          2019 à Mervaux par un groupe d'habitants, la Communauté de communes du Val d'Orsenne et
          trois communes.</p>
          <p>Notre métier : installer des panneaux photovoltaïques sur des toitures publiques ou
          agricoles du territoire, puis vendre l'électricité produite. Les bénéfices servent d'abord
          à financer de nouvelles centrales et des actions de sobriété énergétique.</p>
        </div>
      </details>
      <details>
        <summary>Pourquoi avoir choisi le statut de SCIC ?</summary>
        <div class="reponse">
          <p>Parce qu'il permet de réunir dans une même société des habitants, des collectivités, des
          entreprises et des salariés, avec une règle simple : une personne, une voix. Les
          bénéfices mis en réserve (au moins 57,5 % chaque année) restent dans la coopérative et ne
          peuvent jamais être partagés entre les sociétaires.</p>
        </div>
      </details>
      <details>
        <summary>Où se trouvent vos centrales ?</summary>
        <div class="reponse">
          <p>Au 31 décembre 2025, nous exploitons 9 centrales sur des toitures du Val d'Orsenne :</p>
          <table>
            <thead>
              <tr><th>Site</th><th>Commune</th><th>Mise en service</th><th>Puissance (kWc)</th></tr>
            </thead>
            <tbody>
              <tr><td>Gymnase intercommunal</td><td>Mervaux</td><td>2020</td><td>248</td></tr>
              <tr><td>École Jules-Ferry</td><td>Mervaux</td><td>2020</td><td>96</td></tr>
              <tr><td>Salle des fêtes</td><td>Ligny-sur-Orsenne</td><td>2021</td><td>84</td></tr>
              <tr><td>Ateliers techniques intercommunaux</td><td>Chantebrise</td><td>2021</td><td>210</td></tr>
              <tr><td>Groupe scolaire</td><td>Saint-Préjet</td><td>2022</td><td>72</td></tr>
              <tr><td>Centre de secours</td><td>Vaudrinel</td><td>2023</td><td>118</td></tr>
              <tr><td>Maison de santé</td><td>Pont-de-Cassel</td><td>2024</td><td>152</td></tr>
              <tr><td>Restaurant scolaire</td><td>Les Aubiers-du-Val</td><td>2025</td><td>64</td></tr>
              <tr><td>Hangar de la coopérative Terres d'Orsenne</td><td>Mervaux</td><td>2025</td><td>196</td></tr>
            </tbody>
            <tfoot>
              <tr><th scope="row" colspan="3">Total</th><td>1 240</td></tr>
            </tfoot>
          </table>
        </div>
      </details>
      <details>
        <summary>Combien d'électricité produisez-vous ?</summary>
        <div class="reponse">
          <p>En 2025, nos centrales ont produit 1 395 MWh, soit la consommation annuelle (hors
          chauffage) d'environ 560 foyers. Toute l'électricité est vendue au fournisseur coopératif
          régional Sarvène Énergies Partagées, dans le cadre d'un contrat de 20 ans. Le chiffre
          d'affaires 2025 s'est élevé à 182 000 €.</p>
        </div>
      </details>
    </section>

    <section id="societaires">
      <h2>Devenir sociétaire</h2>
      <details>
        <summary>Qui peut devenir sociétaire ?</summary>
        <div class="reponse">
          <p>Toute personne physique ou morale qui partage notre projet : habitants, associations,
          entreprises, collectivités. Les mineurs peuvent souscrire avec l'accord de leurs parents.
          Il n'est pas nécessaire d'habiter le territoire, mais 83 % de nos sociétaires vivent dans
          le Val d'Orsenne.</p>
        </div>
      </details>
      <details>
        <summary>Combien coûte une part sociale ?</summary>
        <div class="reponse">
          <p>Une part coûte 50 €. Un particulier peut n'en prendre qu'une ; les entreprises et les
          associations souscrivent au moins 10 parts, les collectivités au moins 40 parts. Quel que
          soit le nombre de parts détenues, chaque sociétaire dispose d'une seule voix dans son
          collège.</p>
        </div>
      </details>
      <details>
        <summary>Comment souscrire ?</summary>
        <div class="reponse">
          <p>Remplissez le bulletin de souscription en ligne ou sur papier, puis réglez par virement
          ou par chèque à l'ordre des Watts d'Orsenne. Les nouvelles souscriptions sont validées
          chaque mois par le conseil d'administration ; vous recevez ensuite votre attestation par
          courriel.</p>
        </div>
      </details>
      <details>
        <summary>Puis-je récupérer mon argent ?</summary>
        <div class="reponse">
          <p>Oui. Les parts sont remboursées à leur valeur nominale, après un délai minimal de
          5 ans suivant la souscription. Le remboursement intervient après l'assemblée générale qui
          approuve les comptes de l'exercice de la demande.</p>
        </div>
      </details>
      <details>
        <summary>Les parts sont-elles rémunérées ?</summary>
        <div class="reponse">
          <p>Modestement, et pas tous les ans. Les premières années, tous les bénéfices ont été mis
          en réserve. L'assemblée générale de juin 2025 a voté, pour la première fois, un intérêt de
          1,5 % sur les parts, au titre de l'exercice 2024.</p>
        </div>
      </details>
      <details>
        <summary>Ma souscription ouvre-t-elle droit à une réduction d'impôt ?</summary>
        <div class="reponse">
          <p>Non, pas à ce jour. La coopérative n'est pas agréée « entreprise solidaire d'utilité
          sociale » (ESUS) : les souscriptions n'ouvrent donc pas droit à la réduction d'impôt sur le
          revenu réservée aux entreprises solidaires. Une demande d'agrément est à l'étude.</p>
        </div>
      </details>
    </section>

    <section id="gouvernance">
      <h2>Gouvernance</h2>
      <details>
        <summary>Comment les décisions sont-elles prises ?</summary>
        <div class="reponse">
          <p>Les grandes décisions sont prises en assemblée générale, une fois par an. Les
          sociétaires y votent au sein de quatre collèges, dont le poids est fixé par les statuts :</p>
          <table>
            <thead>
              <tr><th>Collège</th><th>Sociétaires au 31/12/2025</th><th>Poids des voix en AG</th></tr>
            </thead>
            <tbody>
              <tr><td>Habitants et consommateurs</td><td>371</td><td>40 %</td></tr>
              <tr><td>Partenaires (entreprises, associations)</td><td>28</td><td>30 %</td></tr>
              <tr><td>Collectivités locales</td><td>9</td><td>20 %</td></tr>
              <tr><td>Salariés et bénévoles actifs</td><td>4</td><td>10 %</td></tr>
              <tr><td><strong>Total</strong></td><td><strong>412</strong></td><td><strong>100 %</strong></td></tr>
            </tbody>
          </table>
          <p>Entre deux assemblées, la coopérative est administrée par un conseil d'administration de
          12 membres, présidé depuis juin 2023 par Jean-Baptiste Orliac, professeur de physique
          retraité. Camille Reboul, directrice, est l'une des deux salariées.</p>
        </div>
      </details>
      <details>
        <summary>Quand a lieu la prochaine assemblée générale ?</summary>
        <div class="reponse">
          <p>Le samedi 13 juin 2026 à 10 h, à la salle des fêtes de Ligny-sur-Orsenne. La
          convocation est envoyée par courriel trois semaines avant.</p>
        </div>
      </details>
    </section>

    <section id="projets">
      <h2>Nos projets</h2>
      <details>
        <summary>Quels sont vos projets pour les prochaines années ?</summary>
        <div class="reponse">
          <p>D'ici fin 2027, nous voulons atteindre 2 000 kWc installés grâce à six nouvelles
          centrales, dont des ombrières sur le parking de la piscine intercommunale de Mervaux
          (420 kWc). Ce programme représente un investissement de 1,1 million d'euros, financé à
          60 % par emprunt bancaire, à 25 % par les parts des sociétaires et à 15 % par une
          subvention de la Région Haute-Sarvène.</p>
          <p>Pour y parvenir, nous lançons une campagne de souscription : objectif 150 000 € de
          nouvelles parts d'ici le 31 décembre 2026.</p>
        </div>
      </details>
      <details>
        <summary>Ma commune peut-elle proposer une toiture ?</summary>
        <div class="reponse">
          <p>Oui. La toiture doit offrir au moins 300 m² bien exposés et être en bon état pour
          30 ans. Nous réalisons gratuitement une étude de préfaisabilité.</p>
        </div>
      </details>
    </section>

    <section id="contact" class="contact">
      <h2>Nous contacter</h2>
      <address>
        Les Watts d'Orsenne – Maison des services, 4, rue du Moulin-Neuf, 28310 Mervaux<br>
        Courriel : <a href="mailto:bonjour@watts-orsenne.coop">bonjour@watts-orsenne.coop</a><br>
        Tél. : 07 68 42 19 05
      </address>
      <p>Permanence le mercredi de 17 h à 19 h au tiers-lieu Le Quai 12, à Ligny-sur-Orsenne.</p>
    </section>
  </main>

  <footer class="bottom">
    <p>Les Watts d'Orsenne – SCIC SAS à capital variable – RCS Saint-Amblard 851 204 377</p>
    <p><a href="/mentions-legales/">Mentions légales</a> · <a href="/confidentialite/">Confidentialité</a> · <a href="/statuts.pdf">Nos statuts (PDF)</a></p>
    <p>Membre du réseau Énergie citoyenne Haute-Sarvène</p>
  </footer>
  <script src="/assets/faq.js" defer></script>
</body>
</html>
"""


def build_scic() -> None:
    (CORPUS / SCIC).write_text(SCIC_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "para", "en", "follow", "cross")


@dataclass
class Check:
    """An absence check for an unanswerable question.

    kind "absent":   ``regexes[0]`` matches nowhere in the scope;
    kind "near":     ``regexes[0]`` matches nowhere within ``window`` characters of
                     ``term`` (which must occur somewhere in the scope);
    kind "together": no sentence, list item or table row of the scope matches all
                     ``regexes`` (each of which must occur somewhere in the corpus).
    A scope of None is the whole corpus, else document letters (D, L, H, M, T, S).
    Regexes run on the normalised text (case folded, apostrophes unified,
    whitespace collapsed, no space before %).
    """

    kind: str
    regexes: tuple[str, ...]
    scope: str | None = None
    term: str = ""
    window: int = 0


def absent(regex: str, scope: str | None = None) -> Check:
    return Check("absent", (regex,), scope)


def near(term: str, regex: str, window: int = 200, scope: str | None = None) -> Check:
    return Check("near", (regex,), scope, term, window)


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

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def A(question, facts, sources, pages=(), kind="figure", tags="", history=()):
    return Q(question, list(facts), sources, list(pages), kind, tags, list(history))


def U(question, checks, kind="figure", tags="", history=()):
    return Q(question, [], "", [], kind, tags, list(history), list(checks))


def follow(first: Q, second: Q) -> list[Q]:
    """A question and its follow-up: the follow-up's history is the first question."""
    second.history = [*first.history, first.question]
    second.tags = (second.tags + " follow").strip()
    return [first, second]


# fmt: off
QUESTIONS: list[Q] = [
    # --- Diagnostic territorial (D) -----------------------------------------------------------
    A("Combien de salariés compte l'économie sociale et solidaire dans la CC du Val d'Orsenne ?", ["2 315"], "D", [2, 3, 4, 5]),
    A("Quel poids l'ESS représente-t-elle dans l'emploi salarié privé du Val d'Orsenne ?", ["13,4 %"], "D", [3]),
    A("Combien d'établissements employeurs de l'ESS recense-t-on sur l'intercommunalité ?", ["187"], "D", [2, 3, 4, 5]),
    A("Le Val d'Orsenne a-t-il plus ou moins d'emploi ESS, en proportion, que la Dourlaine et que la région ?", ["13,4 %", "11,2 %", "10,6 %"], "D", [3], tags="para"),
    A("À combien s'élève la masse salariale versée par les employeurs de l'ESS du territoire ?", ["58,7 millions"], "D", [3]),
    A("Quel bureau d'études a mené le diagnostic ESS de la communauté de communes ?", ["Atelier Trame"], "D", [1, 2, 8], kind="other"),
    A("Qui présidait le comité de pilotage du diagnostic ?", ["Nadège Pellerin"], "D", [2, 8], kind="people"),
    A("Combien a coûté l'étude et qui en a financé une partie ?", ["24 600 €", "Département de la Dourlaine"], "D", [1, 2]),
    A("Combien de personnes les consultants ont-ils interrogées en entretien ?", ["34"], "D", [2], tags="para"),
    A("Où et quand ont eu lieu les ateliers participatifs du diagnostic ?", ["Mervaux", "16 octobre", "Saint-Préjet", "21 octobre 2025"], "D", [2], kind="date"),
    A("Combien de participants ont réuni les deux ateliers ?", ["58"], "D", [2]),
    A("Y a-t-il eu une présentation publique des premiers résultats de l'étude ? Quand et où ?", ["18 novembre 2025", "Ligny-sur-Orsenne"], "D", [2], kind="date"),
    A("À quelle date le diagnostic a-t-il été présenté aux élus communautaires ?", ["11 décembre 2025"], "D", [1], kind="date"),
    A("Depuis quand la communauté de communes du Val d'Orsenne existe-t-elle ?", ["1er janvier 2017"], "D", [3], kind="date"),
    A("De la fusion de quelles intercommunalités le Val d'Orsenne est-il né ?", ["Haut-Orsenne", "Coteaux de Ligny"], "D", [3], kind="list"),
    A("Quelle est la population de la communauté de communes ?", ["38 640"], "D", [3]),
    A("Quel était le taux de chômage de la zone d'emploi de Mervaux au 3e trimestre 2025 ?", ["7,1 %"], "D", [3]),
    A("Combien de salariés de l'ESS travaillent à Ligny-sur-Orsenne ?", ["312"], "D", [3], tags="table"),
    A("Combien d'habitants compte Vaudrinel ?", ["2 105"], "D", [3], tags="table"),
    A("Combien d'établissements de l'ESS sont implantés à Chantebrise ?", ["19"], "D", [3], tags="table"),
    A("Quelle commune du Val d'Orsenne compte le plus d'emplois dans l'ESS ?", ["Mervaux", "1 046"], "D", [3], tags="table compare"),
    A("Dans quelle commune l'ESS pèse-t-elle le plus lourd dans l'emploi privé ?", ["Saint-Préjet", "19,7"], "D", [3], kind="other", tags="table compare"),
    A("Quelle commune a la plus faible part d'emploi ESS ?", ["Pont-de-Cassel", "7,4"], "D", [3], kind="other", tags="table compare"),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle aux Aubiers-du-Val ?", ["12,6"], "D", [3], tags="table"),
    A("Combien de salariés de l'ESS dans les communes qui ne sont pas détaillées dans le tableau ?", ["304"], "D", [3], tags="table para"),
    A("Entre Chantebrise et Saint-Préjet, quelle commune emploie le plus de salariés dans l'ESS ?", ["Saint-Préjet", "241"], "D", [3], kind="other", tags="table compare"),
    A("Quelle proportion des emplois de l'ESS est concentrée dans la ville-centre ?", ["45 %"], "D", [3], tags="para"),
    A("Combien de personnes l'ESAT et l'EHPAD associatif de Saint-Préjet emploient-ils ensemble ?", ["174"], "D", [3]),
    A("Combien d'associations en activité le territoire compte-t-il, et combien sont employeuses ?", ["640", "148"], "D", [3, 4]),
    A("Combien de salariés travaillent dans les coopératives du territoire ?", ["398"], "D", [4], tags="table"),
    A("Combien de personnes emploie la coopérative agricole Terres d'Orsenne à Mervaux ?", ["146"], "D", [4]),
    A("Quelle part des salariés de l'ESS relève des mutuelles ?", ["5,2"], "D", [4], tags="table"),
    A("Combien de salariés dans les fondations ?", ["158"], "D", [4], tags="table"),
    A("Quelle famille de l'ESS emploie le moins de monde ?", ["Sociétés commerciales de l'ESS", "36"], "D", [4], kind="other", tags="table compare"),
    A("Combien d'entreprises agréées ESUS y a-t-il dans le Val d'Orsenne ?", ["14"], "D", [4], tags="table"),
    *follow(
        A("Combien de personnes ont été accompagnées en 2024 par les structures d'insertion par l'activité économique du territoire ?", ["212"], "D", [4]),
        A("Et quelle part des sorties s'est faite vers un emploi ou une formation ?", ["46 %"], "D", [4]),
    ),
    A("Combien de salariés de l'ESS dans l'hébergement médico-social ?", ["498"], "D", [4], tags="table"),
    A("Quel est le poids de l'ESS dans l'enseignement sur le territoire ?", ["19,5"], "D", [4], tags="table"),
    A("Quel secteur a connu la plus forte croissance de l'emploi ESS depuis 2019 ?", ["Agriculture et agroalimentaire", "+18,3"], "D", [4], kind="other", tags="table compare"),
    A("Dans quels secteurs l'emploi de l'ESS a-t-il reculé entre 2019 et 2024 ?", ["Sport, culture et loisirs", "Activités financières et d'assurance"], "D", [4], kind="list", tags="table compare"),
    A("Combien d'établissements employeurs de l'ESS dans le sport, la culture et les loisirs ?", ["41"], "D", [4], tags="table"),
    A("Dans quel secteur l'ESS assure-t-elle la plus grande part des emplois ?", ["Action sociale", "71,4"], "D", [4], kind="other", tags="table compare"),
    A("Quelle part des salariés de l'ESS travaille dans l'action sociale ou le médico-social ?", ["48,0 %"], "D", [4]),
    *follow(
        A("Combien de salariés compte l'ADMR du Val d'Orsenne ?", ["203"], "D", [4]),
        A("Elle regroupe combien d'associations locales ?", ["7 associations locales"], "D", [4]),
    ),
    A("Pourquoi l'emploi de l'ESS baisse-t-il dans la banque et l'assurance ?", ["fermeture de deux agences bancaires coopératives"], "D", [4], kind="other", tags="para"),
    A("Les établissements de l'ESS du territoire sont-ils surtout de petite taille ? Combien dépassent 50 salariés ?", ["61 %", "seuls 11 dépassent 50 salariés"], "D", [4, 5], tags="cross"),
    A("Combien de salariés l'ESS du Val d'Orsenne comptait-elle en 2019 ?", ["2 141"], "D", [5], tags="table"),
    A("Combien d'établissements employeurs ESS en 2021 ?", ["181"], "D", [5], tags="table"),
    A("Quel était le poids de l'ESS dans l'emploi privé en 2022 ?", ["13,2"], "D", [5], tags="table"),
    A("Quelle année a vu l'emploi de l'ESS baisser, et de combien de postes ?", ["2020", "43"], "D", [5], tags="table compare"),
    *follow(
        A("De combien l'emploi salarié ESS a-t-il augmenté entre 2019 et 2024 ?", ["8,1 %"], "D", [5]),
        A("Et pour le reste du privé, sur la même période ?", ["3,4 %"], "D", [5]),
    ),
    A("Quelle est la proportion de femmes parmi les salariés de l'ESS du territoire ?", ["74"], "D", [5], tags="table"),
    A("Les salariés de l'ESS sont-ils plus souvent en CDI que ceux du reste du privé ?", ["79", "84"], "D", [5], kind="yesno", tags="table compare"),
    A("Quelle part de cadres dans l'ESS, par rapport au reste du secteur privé ?", ["12", "15"], "D", [5], tags="table compare"),
    A("Le temps partiel est-il plus fréquent dans l'ESS ? Quelle part des salariés concerne-t-il ?", ["38", "17"], "D", [5], kind="yesno", tags="table compare"),
    A("De combien le salaire horaire médian de l'ESS est-il inférieur à celui du reste du privé ?", ["9 %"], "D", [5]),
    A("Combien de structures ont rempli le questionnaire en ligne ?", ["63"], "D", [5]),
    A("Quel a été le taux de réponse au questionnaire ?", ["22 %"], "D", [5]),
    A("Pendant quelle période le questionnaire en ligne était-il ouvert ?", ["8 septembre", "10 octobre 2025"], "D", [5], kind="date"),
    A("Quelle part des employeurs de l'ESS peine à recruter ?", ["58 %"], "D", [5], tags="para"),
    A("Quel est le besoin le plus souvent cité par les structures interrogées ?", ["financements", "52 %"], "D", [5], kind="other", tags="para"),
    A("Sur quels sujets les structures disent-elles avoir besoin de formation ?", ["gestion financière", "gouvernance associative"], "D", [5, 6], kind="list", tags="cross"),
    A("Combien de structures ont déjà répondu à un marché public d'une collectivité locale ?", ["9 structures"], "D", [5]),
    A("Quel montant d'investissement les répondants prévoient-ils au total dans les deux ans ?", ["3,2 millions"], "D", [5]),
    A("Quels sont les enjeux identifiés par le diagnostic pour l'ESS du Val d'Orsenne ?", ["renouvellement des dirigeants", "locaux", "mobilité", "coopération entre structures"], "D", [6], kind="list"),
    A("Quel est l'enjeu jugé prioritaire par le comité de pilotage ?", ["renouvellement des dirigeants"], "D", [6], kind="other", tags="para"),
    A("Combien de communes n'ont aucune ligne régulière de transport collectif ?", ["11 communes"], "D", [6]),
    A("Quelle part des ressources des associations employeuses vient de l'argent public ?", ["57 %"], "D", [6], tags="para"),
    A("Le tiers-lieu Le Quai 12 peut-il accueillir de nouvelles structures ?", ["affiche complet", "liste d'attente de 6 structures"], "D", [6], kind="yesno"),
    A("C'est quoi une clause sociale d'insertion ?", ["réserve une partie des heures de travail d'un marché public"], "D", [6], kind="definition"),
    A("Quel budget est proposé pour le plan d'actions ESS 2026-2028 ?", ["413 000 €"], "D", [6]),
    A("Combien est prévu en 2027 pour l'axe achats responsables et commande publique ?", ["20 000"], "D", [6], tags="table"),
    A("Quel axe du futur plan d'actions reçoit le plus de crédits ?", ["Entreprendre en ESS", "132 000"], "D", [6], kind="other", tags="table compare"),
    A("Quel budget total le plan prévoit-il pour l'année 2028 ?", ["140 000"], "D", [6], tags="table"),
    A("Combien l'axe emploi et insertion mobiliserait-il sur toute la durée du plan ?", ["83 000"], "D", [6], tags="table"),
    A("Combien de projets le Fonds d'initiatives ESS a-t-il aidés en 2025, et pour quel montant ?", ["5 projets", "48 500 €"], "D", [6]),
    A("Quelles actions concrètes le diagnostic propose-t-il ?", ["guichet unique ESS", "marché réservé aux SIAE", "second tiers-lieu", "forum des métiers de l'ESS"], "D", [6], kind="list"),
    A("Le plan prévoit-il de recruter quelqu'un pour s'occuper de l'ESS à la communauté de communes ?", ["chargé de mission ESS à temps plein"], "D", [6], kind="yesno"),
    A("En quelle année la ressourcerie La Remise a-t-elle été fondée ?", ["2014"], "DT", [7], kind="date"),
    A("Quel tonnage La Remise a-t-elle collecté en 2024 ?", ["312"], "DT", [7]),
    *follow(
        A("Combien de paniers les Jardins de Saint-Préjet distribuent-ils chaque semaine ?", ["180 paniers"], "D", [7]),
        A("Et combien de salariés en insertion y travaillent ?", ["24 salariés"], "D", [7]),
    ),
    A("Pour combien de communes la légumerie des Jardins de Saint-Préjet prépare-t-elle les légumes des cantines ?", ["11 communes"], "D", [7]),
    A("How many hectares do the Jardins de Saint-Préjet cultivate?", ["6 hectares"], "D", [7], tags="en"),
    *follow(
        A("Combien de travailleurs handicapés accueille l'ESAT de Saint-Préjet ?", ["86"], "D", [7]),
        A("Et quelle association le gère ?", ["Les Amis du Préjet"], "D", [7], kind="other"),
    ),
    A("Quelle surface fait le tiers-lieu de Ligny-sur-Orsenne ?", ["1 100 m²"], "D", [7]),
    A("Combien de visiteurs le Quai 12 a-t-il reçus en 2024 ?", ["14 500"], "D", [7]),
    A("Combien d'adhérents pour l'épicerie participative de Vaudrinel ?", ["240"], "D", [7]),
    A("Combien de sociétaires avait la SCIC Les Watts d'Orsenne fin 2024, et quelle puissance exploitait-elle ?", ["386", "980 kWc"], "D", [7]),
    A("Qu'est-ce que l'agrément ESUS ?", ["entreprise solidaire d'utilité sociale", "cinq ans"], "D", [8], kind="definition"),
    A("Que signifie le sigle SIAE ?", ["structure d'insertion par l'activité économique"], "D", [8], kind="definition"),
    A("C'est quoi un PTCE ?", ["pôle territorial de coopération économique"], "D", [8], kind="definition"),
    A("Que veut dire ESAT ?", ["établissement et service d'aide par le travail"], "D", [7, 8], kind="definition"),
    A("Qui représentait le Département au comité de pilotage du diagnostic ?", ["Yacine Hadjadj"], "D", [8], kind="people"),
    A("Qui est l'interlocuteur de la communauté de communes pour le diagnostic, et comment le joindre ?", ["Thomas Berthonneau", "t.berthonneau@cc-valdorsenne.fr"], "D", [8], kind="people"),
    A("Qui était la cheffe de projet du diagnostic chez Atelier Trame ?", ["Inès Darrigade"], "D", [8], kind="people"),
    A("Who wrote the foreword of the ESS diagnostic?", ["Gérard Maubuisson"], "D", [2], kind="people", tags="en"),
    A("How many communes make up the Val d'Orsenne community of communes?", ["24"], "D", [1, 2, 3], tags="en"),
    A("How many ESS establishments are there in Mervaux?", ["71"], "D", [3], tags="en table"),
    A("How many employees does the La Remise second-hand store in Chantebrise have?", ["14"], "DT", [7], tags="en"),
    A("How many volunteers does La Cagette d'Orsenne rely on?", ["45"], "D", [7], tags="en"),
    A("Who represented France Travail on the steering committee?", ["Benoît Ferrand"], "D", [8], kind="people", tags="en"),
    A("How many seats does the meeting room of Le Quai 12 have?", ["120"], "D", [7], tags="en"),
    A("Which legal family employs the most ESS staff in Val d'Orsenne?", ["Associations"], "D", [4], kind="other", tags="en table compare"),

    # --- Délibération (L) -----------------------------------------------------------------
    A("Quel est le numéro de la délibération qui attribue les subventions du Fonds d'initiatives ESS 2026 ?", ["2026-018"], "L", [1, 2], kind="other"),
    A("Quand le conseil communautaire a-t-il voté les subventions ESS 2026 ?", ["12 février 2026"], "L", [1], kind="date"),
    A("Combien de conseillers communautaires sont en exercice au Val d'Orsenne ?", ["41"], "L", [1]),
    A("Combien d'élus étaient présents à la séance du 12 février ?", ["32"], "L", [1]),
    A("Où s'est réuni le conseil communautaire le 12 février 2026 ?", ["salle des fêtes de Ligny-sur-Orsenne"], "L", [1], kind="other"),
    A("Qui était secrétaire de séance ?", ["Odile Carrère"], "L", [1, 2], kind="people"),
    A("Quel élu a rapporté le dossier du Fonds d'initiatives ESS en conseil ?", ["Nadège Pellerin"], "L", [1], kind="people"),
    *follow(
        A("Combien de dossiers ont été déposés pour l'appel à initiatives ESS 2026 ?", ["9 dossiers"], "L", [1]),
        A("Pour quel montant total demandé ?", ["97 400 €"], "L", [1]),
    ),
    A("Quand le comité technique du fonds a-t-il examiné les dossiers ?", ["23 janvier 2026"], "L", [1], kind="date"),
    A("Par quelle délibération le Fonds d'initiatives ESS a-t-il été créé ?", ["2024-067", "27 juin 2024"], "L", [1], kind="other"),
    A("Qu'est-ce que le Fonds d'initiatives ESS de la communauté de communes ?", ["projets d'intérêt collectif", "créé en 2024"], "L", [1], kind="definition"),
    A("Quelle enveloppe le budget 2026 de la communauté de communes réserve-t-il au Fonds d'initiatives ESS ?", ["60 000 €"], "L", [1]),
    A("Combien la Cagette d'Orsenne obtient-elle pour son camion d'épicerie ?", ["11 000"], "L", [2], tags="table"),
    A("Quelle subvention pour la Compagnie La Traverse, et pour quel projet ?", ["4 000", "Spectacles itinérants dans les villages"], "L", [2], tags="table"),
    A("Quel bénéficiaire reçoit la plus grosse subvention du fonds en 2026 ?", ["La Remise", "12 000"], "L", [2], kind="other", tags="table compare"),
    A("Quel est le coût total du projet des Jardins de Saint-Préjet ?", ["71 000"], "L", [2], tags="table"),
    A("Pour quel projet l'association Familles Rurales de Pont-de-Cassel est-elle soutenue ?", ["Garde d'enfants en horaires atypiques"], "L", [2], kind="other", tags="table"),
    A("Quel montant total de subventions a été accordé le 12 février 2026 ?", ["53 000"], "L", [2], tags="table"),
    A("Quelle structure touche la plus petite subvention ?", ["Compagnie La Traverse", "4 000"], "L", [2], kind="other", tags="table compare"),
    A("Quelle association de Ligny-sur-Orsenne est aidée, et pour quoi faire ?", ["Le Quai 12", "Atelier de réparation de vélos"], "L", [2], kind="other", tags="table"),
    A("Quel projet a le coût le plus élevé parmi ceux soutenus ?", ["Équipement de la légumerie d'insertion", "71 000"], "L", [2], kind="other", tags="table compare"),
    A("Comment les subventions du fonds sont-elles payées ?", ["70 %", "30 %"], "L", [2], kind="other"),
    A("Avant quelle date les bénéficiaires doivent-ils rendre leur bilan ?", ["31 janvier 2027"], "L", [2], kind="date"),
    A("Faut-il signer une convention pour chaque subvention accordée ?", ["dépasse 10 000 €"], "L", [2], kind="yesno"),
    A("Que devient l'argent du fonds qui n'a pas été attribué ?", ["7 000 €", "30 septembre 2026"], "L", [2], kind="other", tags="para"),
    A("Quels projets pourront se présenter à la seconde session de l'appel à initiatives ?", ["moins de 1 000 habitants"], "L", [2], kind="other"),
    A("Quel a été le résultat du vote sur les subventions ESS ?", ["Pour : 32", "Contre : 1", "Abstentions : 2"], "L", [2]),
    A("Pourquoi Didier Castagnet n'a-t-il pas participé au vote ?", ["président de l'association Le Quai 12"], "L", [2], kind="other"),
    A("Sur quelle ligne budgétaire les subventions sont-elles imputées ?", ["chapitre 65", "article 6574"], "L", [2], kind="other"),
    A("Dans quel délai et devant quelle juridiction peut-on contester cette délibération ?", ["deux mois", "tribunal administratif de Saint-Amblard"], "L", [2], kind="other"),
    A("Quand la délibération a-t-elle été publiée ?", ["18/02/2026"], "L", [2], kind="date"),
    A("Qui a signé l'extrait de délibération pour extrait conforme ?", ["Gérard Maubuisson"], "L", [2], kind="people"),
    A("Who gave a proxy to Hervé Lachaume?", ["Chantal Gibert"], "L", [1], kind="people", tags="en"),
    A("How many councillors voted in favour of the ESS grants?", ["32"], "L", [2], tags="en"),
    A("In which town is the administrative court where the decision can be challenged?", ["Saint-Amblard"], "L", [2], kind="other", tags="en"),
    A("How many proxies were given at the council meeting of 12 February 2026?", ["4"], "L", [1], tags="en"),

    # --- Département web page (H) ---------------------------------------------------------
    A("Quelle est l'enveloppe de l'appel à projets Entreprendre solidaire en 2026 ?", ["520 000 €"], "H"),
    A("Jusqu'à quand peut-on déposer un dossier à l'appel à projets départemental ?", ["3 avril 2026"], "H", kind="date"),
    A("C'est la combientième édition de l'appel à projets du Département ?", ["quatrième édition"], "H", kind="other"),
    A("Depuis quelle année le Département organise-t-il cet appel à projets ESS ?", ["2023"], "H", kind="date"),
    A("Combien de dossiers le jury a-t-il examinés en 2025, et combien de projets ont été retenus ?", ["37 dossiers", "21 lauréats"], "H"),
    *follow(
        A("Combien d'argent le Département a-t-il distribué aux lauréats 2025 ?", ["412 000 €"], "H"),
        A("Et combien d'emplois ces projets doivent-ils créer ou consolider ?", ["64 emplois"], "H"),
    ),
    A("Quelle élue départementale porte l'ESS ?", ["Aurélie Fontanges"], "H", kind="people"),
    A("Combien d'emplois l'ESS représente-t-elle dans le département de la Dourlaine ?", ["17 920"], "HM"),
    A("Quelles structures peuvent répondre à l'appel à projets Entreprendre solidaire ?", ["associations loi 1901", "SCOP, SCIC", "agrément ESUS"], "H", kind="list"),
    A("Une commune peut-elle candidater à l'appel à projets départemental ?", ["collectivités et leurs groupements"], "H", kind="yesno"),
    A("Sur quels critères les dossiers sont-ils jugés ?", ["création ou la consolidation d’emplois", "utilité sociale ou environnementale", "viabilité économique"], "H", kind="list"),
    A("Quelles thématiques le Département veut-il privilégier en 2026 ?", ["alimentation durable", "mobilité solidaire", "inclusion numérique"], "H", kind="list", tags="para"),
    *follow(
        A("Quel est le plafond d'aide du volet Développement ?", ["30 000 €"], "H", tags="table"),
        A("Et le taux d'aide maximal pour ce volet ?", ["40 %"], "H", tags="table"),
    ),
    A("Quel taux maximal d'aide pour une étude de faisabilité ?", ["80 %"], "H", tags="table"),
    A("Quel volet de l'appel à projets permet d'obtenir l'aide la plus élevée ?", ["Coopération", "40 000 €"], "H", kind="other", tags="table compare"),
    A("Combien de structures doivent s'associer pour le volet Coopération ?", ["au moins 3 structures"], "H", tags="table"),
    A("C'est quoi le volet Amorçage ?", ["Création d’activité par une structure de moins de 3 ans", "15 000 €"], "H", kind="definition", tags="table"),
    A("Quel volet finance le taux le plus élevé ?", ["Étude", "80 %"], "H", kind="other", tags="table compare"),
    *follow(
        A("Quel doit être le coût minimum d'un projet présenté ?", ["10 000 €"], "H"),
        A("Et pour une étude ?", ["3 000 €"], "H"),
    ),
    A("Les projets situés dans une petite commune ont-ils droit à un bonus ?", ["majoration de 5 000 €", "moins de 2 000 habitants"], "H", kind="yesno", tags="para"),
    A("Quand a lieu le webinaire de présentation de l'appel à projets ?", ["24 février 2026", "11 h"], "H", kind="date"),
    A("Quand les aides seront-elles votées, et par quelle instance ?", ["22 juin 2026", "commission permanente"], "H", kind="date"),
    A("À quelles dates les candidats présélectionnés seront-ils auditionnés ?", ["19 et 20 mai 2026"], "H", kind="date"),
    A("Comment l'aide du Département est-elle versée ?", ["60 %", "signature de la convention"], "H", kind="other"),
    A("Sur quelle plateforme faut-il déposer sa candidature ?", ["Dourlaine Aides"], "H", kind="other"),
    A("Quelles pièces faut-il joindre au dossier de candidature ?", ["statuts", "derniers comptes approuvés", "budget prévisionnel", "relevé d’identité bancaire"], "H", kind="list"),
    A("Une association qui n'a pas de salarié peut-elle postuler ?", ["au moins un emploi salarié", "24 mois"], "H", kind="yesno"),
    A("Peut-on déposer deux projets la même année ?", ["un seul dossier"], "H", kind="yesno", tags="para"),
    A("Les dépenses faites avant le dépôt du dossier sont-elles finançables ?", ["engagées après la date de dépôt"], "H", kind="yesno"),
    A("Doit-on adhérer à la CRESS pour candidater ?", ["Non", "gratuitement"], "H", kind="yesno"),
    A("Qui contacter au Département pour l'appel à projets ?", ["Yacine Hadjadj", "ess@dourlaine.fr"], "H", kind="people"),
    A("Quel numéro appeler pour se renseigner sur l'appel à projets, et quand ?", ["03 84 52 17 40", "mardi"], "H", kind="other"),
    A("Who took the photo illustrating the call for projects?", ["Julien Ferrand"], "H", kind="people", tags="en"),
    A("What email address should applicants use to reach the département's ESS team?", ["ess@dourlaine.fr"], "H", kind="other", tags="en"),
    A("Which 2025 winner appears in the photo of the announcement?", ["Maison des familles"], "H", kind="other", tags="en"),

    # --- CRESS board minutes (M) ------------------------------------------------------------
    A("Quand s'est réuni le conseil d'administration de la CRESS Haute-Sarvène en mars 2026 ?", ["10 mars 2026"], "M", kind="date"),
    A("Combien d'administrateurs étaient présents ou représentés au CA de la CRESS ?", ["19 sur 26"], "M"),
    *follow(
        A("Qui préside la CRESS Haute-Sarvène ?", ["Bertrand Lecœur"], "M", kind="people"),
        A("Et qui en est le trésorier ?", ["Alain Gourdon"], "M", kind="people"),
    ),
    A("Qui dirige la CRESS Haute-Sarvène ?", ["Sophie Trémeau"], "MD", [8], kind="people"),
    A("Quel résultat la CRESS a-t-elle dégagé en 2025 ?", ["excédent de 11 840 €"], "M"),
    A("À combien s'élèveront les fonds propres de la CRESS après affectation du résultat ?", ["184 300 €"], "M"),
    A("Quel est le budget prévisionnel 2026 de la CRESS ?", ["650 000 €"], "M"),
    A("Combien de personnes travaillent à la CRESS ?", ["8 salariés", "7,4"], "M"),
    A("Combien la Région doit-elle verser à la CRESS en 2026 ?", ["310 000"], "M", tags="table"),
    A("Combien les cotisations des adhérents ont-elles rapporté à la CRESS en 2025 ?", ["79 200"], "M", tags="table"),
    A("Quelle recette de la CRESS diminue entre 2025 et 2026 ?", ["Prestations", "71 300", "64 000"], "M", kind="other", tags="table compare"),
    A("Quel est le deuxième financeur de la CRESS après la Région ?", ["DREETS", "120 000"], "M", kind="other", tags="table compare"),
    A("Combien les départements apportent-ils au budget 2026 de la CRESS ?", ["42 000"], "M", tags="table"),
    A("Pourquoi les recettes de prestations de la CRESS baissent-elles ?", ["Belvézie"], "M", kind="other", tags="para"),
    A("Quand la convention entre la CRESS et la Région a-t-elle été signée, et quelle période couvre-t-elle ?", ["3 février 2026", "2026-2028"], "M", kind="date"),
    A("Comment le budget 2026 de la CRESS a-t-il été adopté ?", ["18 voix pour", "1 abstention"], "M"),
    A("Combien de salariés l'ESS compte-t-elle en Haute-Sarvène ?", ["72 830"], "M", tags="table"),
    A("Combien d'établissements employeurs de l'ESS dans le Haut-Ferrain ?", ["978"], "M", tags="table"),
    A("Quel département de la région a la plus forte part d'ESS dans l'emploi privé ?", ["Marsange", "12,5 %"], "M", kind="other", tags="table compare"),
    A("Où l'ESS pèse-t-elle le moins dans la région ?", ["Haut-Ferrain", "9,4 %"], "M", kind="other", tags="table compare"),
    A("Quel est le poids de l'ESS dans l'emploi privé en Belvézie ?", ["10,1 %"], "M", tags="table"),
    A("Quel département compte le plus d'établissements employeurs de l'ESS ?", ["Marsange", "2 214"], "M", kind="other", tags="table compare"),
    A("De combien l'emploi ESS régional a-t-il progressé en un an ?", ["1 360", "+1,9 %"], "M"),
    A("Quand le Panorama régional de l'ESS sera-t-il présenté ?", ["14 avril 2026"], "M", kind="date"),
    A("Quel bilan pour le Mois de l'ESS 2025 ?", ["126 événements", "9 400 participants"], "M"),
    A("Quel est le thème retenu pour le Mois de l'ESS 2026 ?", ["L'ESS, ça se vit près de chez vous"], "M", kind="other"),
    *follow(
        A("Combien d'événements la CRESS vise-t-elle pour le Mois de l'ESS 2026 ?", ["150 événements"], "M"),
        A("Avec quel budget ?", ["18 500 €"], "M"),
    ),
    A("Combien recevra chaque lauréat des Prix régionaux de l'ESS ?", ["2 500 €"], "M"),
    A("Quand seront remis les Prix régionaux de l'ESS ?", ["26 novembre 2026"], "M", kind="date"),
    *follow(
        A("Combien de jours d'intervention la CRESS prévoit-elle pour accompagner le Val d'Orsenne ?", ["22 jours"], "M"),
        A("Pour quel montant ?", ["14 500 €"], "M"),
    ),
    A("Quelles structures ont rejoint la CRESS en mars 2026 ?", ["Les Watts d'Orsenne", "La Remise", "Atelier Trame", "Ozé Sarvène"], "M", kind="list"),
    A("Combien d'adhérents compte désormais la CRESS ?", ["212"], "M"),
    A("Qui succède à Jérôme Vidal au conseil d'administration de la CRESS ?", ["Nora Belkacem"], "M", kind="people"),
    A("Où et quand se tiendra l'assemblée générale de la CRESS ?", ["4 juin 2026", "Saint-Amblard"], "M", kind="date"),
    A("À quelle date est fixé le prochain CA de la CRESS ?", ["16 juin 2026"], "M", kind="date"),
    A("Sur quoi porte la décision CA-2026-04 ?", ["commande publique responsable"], "M", kind="other"),
    A("Léa Montagnac a-t-elle voté sur la convention avec le Val d'Orsenne ?", ["pas part au vote"], "M", kind="yesno"),
    A("Qui est chargée de la communication à la CRESS ?", ["Amandine Roux"], "M", kind="people"),
    A("Who presented the first results of the regional ESS Panorama?", ["Julien Escande"], "M", kind="people", tags="en"),
    A("Who took the minutes of the CRESS board meeting?", ["Fatoumata Diallo"], "M", kind="people", tags="en"),
    A("What is the street address of the Maison de l'ESS where the CRESS board met?", ["9 rue des Tanneurs", "Lormières"], "M", kind="other", tags="en"),
    A("How many events were organised during the 2025 ESS Month?", ["126"], "M", tags="en"),
    A("How many employees does the CRESS team have?", ["8"], "M", tags="en"),

    # --- Newsletter (T) ---------------------------------------------------------------------
    A("Depuis quand Mathilde Courtiade est-elle à la tête de La Remise ?", ["2019"], "T", kind="date"),
    A("Combien d'habitants ont lancé La Remise ?", ["huit habitants"], "T"),
    A("En quelle année La Remise est-elle devenue atelier et chantier d'insertion ?", ["2018"], "T", kind="date"),
    A("Quand La Remise a-t-elle embauché son premier salarié ?", ["2016"], "T", kind="date"),
    A("Combien de tonnes d'objets La Remise a-t-elle récupérées en 2025 ?", ["338 tonnes"], "T"),
    A("Quelle part des objets collectés a été réemployée ou recyclée en 2025 ?", ["71 %"], "T"),
    A("Combien rapportent les ventes de la boutique de La Remise, et quelle part des ressources cela représente ?", ["196 000 €", "41 %"], "T"),
    A("À combien s'élèvent les produits totaux de La Remise ?", ["478 000 €"], "T"),
    A("Combien de passages en caisse la boutique a-t-elle enregistrés en 2025 ?", ["21 000"], "T"),
    A("Combien de personnes ont occupé les postes d'insertion de La Remise en 2025 ?", ["17 personnes"], "T"),
    A("Combien de salariés en insertion sont sortis en 2025 et combien ont trouvé un emploi ou une formation ?", ["11 personnes sorties", "6 ont trouvé"], "T"),
    A("Quand ouvre la nouvelle boutique de La Remise à Mervaux ?", ["6 juin 2026"], "T", kind="date"),
    *follow(
        A("Où sera installée la boutique de La Remise à Mervaux ?", ["rue de la Halle"], "T", kind="other"),
        A("Elle fera quelle surface ?", ["180 m²"], "T"),
    ),
    A("Comment La Remise finance-t-elle sa boutique de Mervaux ?", ["12 000 €", "15 000 €", "6 000 €"], "T", tags="para"),
    A("Combien d'emplois la boutique de Mervaux va-t-elle créer ?", ["3 postes"], "T"),
    A("Le Département a-t-il déjà accordé une aide à La Remise pour sa boutique de Mervaux ?", ["avons demandé 15 000 €"], "T", kind="yesno"),
    A("Quels postes La Remise a-t-elle du mal à pourvoir ?", ["encadrants techniques d'insertion"], "T", kind="other"),
    A("Quelle est la surface de l'entrepôt de La Remise ?", ["600 m²"], "T"),
    *follow(
        A("Avec quelle structure La Remise partage-t-elle un camion et un chauffeur ?", ["La Cagette d'Orsenne"], "T", kind="other"),
        A("Et ça leur fait économiser combien ?", ["9 000 €"], "T"),
    ),
    A("Combien d'adhérents compte le Pôle ESS du Val d'Orsenne ?", ["52"], "T"),
    A("Quels sont les nouveaux membres du Pôle ESS ?", ["Ozé Sarvène", "Compagnie La Traverse", "ADMR du Val d'Orsenne"], "T", kind="list"),
    A("Quand le pôle aide-t-il à monter les dossiers pour l'appel à projets du Département ?", ["17 et 24 mars"], "T", kind="date"),
    A("Quel poste le Pôle ESS cherche-t-il à pourvoir, et à quelles conditions ?", ["emplois partagés", "18 mois", "28 heures"], "T", kind="other"),
    A("Jusqu'à quand peut-on candidater au poste proposé par le pôle ?", ["27 mars 2026"], "T", kind="date"),
    A("Quand a lieu le forum de l'emploi ESS et combien d'employeurs y sont attendus ?", ["2 avril", "30 employeurs"], "T", kind="date"),
    A("Sur quel thème porte le café ESS du 19 mars ?", ["Reprendre une entreprise en SCOP"], "T", kind="other"),
    A("Combien de bénévoles réguliers compte-t-on dans le Val d'Orsenne ?", ["4 100"], "TD", [3]),
    A("Quel est le numéro de téléphone du Pôle ESS du Val d'Orsenne ?", ["02 47 61 30 45"], "T", kind="other"),
    A("Quand peut-on trouver quelqu'un à la permanence du pôle ?", ["lundi et jeudi", "12 h 30"], "T", kind="date"),
    A("Who interviewed Mathilde Courtiade for the newsletter?", ["Léa Montagnac"], "T", kind="people", tags="en"),
    A("What is the Pôle ESS contact email address?", ["contact@pole-ess-orsenne.fr"], "T", kind="other", tags="en"),
    A("How many permanent staff does La Remise employ?", ["5"], "T", tags="en"),
    A("How many job offers are expected at the ESS job fair in Mervaux?", ["70"], "T", tags="en"),

    # --- SCIC FAQ (S) -----------------------------------------------------------------------
    A("Qu'est-ce que Les Watts d'Orsenne, juridiquement ?", ["société coopérative d'intérêt collectif", "société par actions simplifiée", "capital variable"], "S", kind="definition"),
    A("Combien de sociétaires compte aujourd'hui la coopérative solaire Les Watts d'Orsenne ?", ["412"], "S"),
    A("Combien coûte une part sociale des Watts d'Orsenne ?", ["50 €"], "S"),
    *follow(
        A("Combien de parts une collectivité doit-elle prendre au minimum aux Watts d'Orsenne ?", ["40 parts"], "S"),
        A("Et une association ?", ["10 parts"], "S"),
    ),
    A("Quelle puissance photovoltaïque la SCIC a-t-elle installée au total ?", ["1 240"], "S", tags="table"),
    A("Quelle est la puissance de la centrale du gymnase intercommunal ?", ["248"], "S", tags="table"),
    A("Quand la centrale de la maison de santé de Pont-de-Cassel a-t-elle été mise en service ?", ["2024"], "S", kind="date", tags="table"),
    A("Quelle est la plus grosse centrale des Watts d'Orsenne ?", ["Gymnase intercommunal", "248"], "S", kind="other", tags="table compare"),
    A("Quelle est la plus petite installation de la SCIC ?", ["Restaurant scolaire", "64"], "S", kind="other", tags="table compare"),
    A("Quelles centrales la SCIC exploite-t-elle à Mervaux ?", ["Gymnase intercommunal", "École Jules-Ferry", "Hangar de la coopérative Terres d'Orsenne"], "S", kind="list", tags="table"),
    A("Quelles toitures ont été équipées en 2025 ?", ["Restaurant scolaire", "Hangar de la coopérative Terres d'Orsenne"], "S", kind="list", tags="table"),
    A("Quelle installation solaire la coopérative a-t-elle à Vaudrinel, et de quelle puissance ?", ["Centre de secours", "118"], "S", kind="other", tags="table"),
    *follow(
        A("Combien d'électricité les centrales des Watts d'Orsenne ont-elles produite en 2025 ?", ["1 395 MWh"], "S"),
        A("Ça correspond à la consommation de combien de foyers ?", ["560 foyers"], "S"),
    ),
    A("À qui la coopérative vend-elle son électricité, et pour combien de temps ?", ["Sarvène Énergies Partagées", "20 ans"], "S", kind="other"),
    A("Quel chiffre d'affaires la SCIC a-t-elle réalisé en 2025 ?", ["182 000 €"], "S"),
    A("Faut-il habiter le Val d'Orsenne pour devenir sociétaire des Watts ?", ["pas nécessaire", "83 %"], "S", kind="yesno"),
    A("Peut-on se faire rembourser ses parts sociales ?", ["valeur nominale", "5 ans"], "S", kind="yesno"),
    A("Les parts de la SCIC rapportent-elles des intérêts ?", ["1,5 %", "exercice 2024"], "S", kind="yesno"),
    A("Une souscription aux Watts d'Orsenne donne-t-elle droit à une réduction d'impôt ?", ["n'est pas agréée", "ESUS"], "S", kind="yesno"),
    A("Quel poids ont les collectivités dans les votes de l'assemblée générale de la SCIC ?", ["20 %"], "S", tags="table"),
    A("Combien de sociétaires dans le collège des habitants et consommateurs ?", ["371"], "S", tags="table"),
    A("Quel collège pèse le plus lourd dans les votes de la SCIC ?", ["Habitants et consommateurs", "40 %"], "S", kind="other", tags="table compare"),
    *follow(
        A("Qui préside Les Watts d'Orsenne ?", ["Jean-Baptiste Orliac"], "S", kind="people"),
        A("Depuis quand ?", ["juin 2023"], "S", kind="date"),
    ),
    A("Qui est la directrice de la coopérative solaire ?", ["Camille Reboul"], "S", kind="people"),
    A("Quelle part des bénéfices la SCIC doit-elle mettre en réserve chaque année ?", ["57,5 %"], "S"),
    A("Quand aura lieu la prochaine AG des Watts d'Orsenne ?", ["13 juin 2026", "Ligny-sur-Orsenne"], "S", kind="date"),
    A("Quelle puissance la SCIC veut-elle atteindre d'ici fin 2027 ?", ["2 000 kWc"], "S"),
    A("Quelle puissance pour les ombrières du parking de la piscine de Mervaux ?", ["420 kWc"], "S"),
    A("Comment la coopérative va-t-elle financer ses nouvelles centrales ?", ["1,1 million", "60 %", "25 %", "15 %"], "S", tags="para"),
    A("Combien la SCIC espère-t-elle lever en nouvelles parts d'ici fin 2026 ?", ["150 000 €"], "S"),
    A("Quelles conditions doit remplir une toiture communale pour accueillir des panneaux de la SCIC ?", ["300 m²", "30 ans"], "S", kind="list"),
    A("Où et quand la coopérative tient-elle sa permanence ?", ["mercredi", "Le Quai 12"], "S", kind="other"),
    A("What is the phone number of Les Watts d'Orsenne?", ["07 68 42 19 05"], "S", kind="other", tags="en"),
    A("How many roofs does the solar cooperative operate?", ["9"], "S", tags="en"),
    A("How many members sit on the board of Les Watts d'Orsenne?", ["12"], "S", tags="en"),
    A("What email address can I use to contact the solar cooperative?", ["bonjour@watts-orsenne.coop"], "S", kind="other", tags="en"),

    # --- Unanswerable near misses -------------------------------------------------------------
    U("Combien de salariés l'ESS comptait-elle dans le Val d'Orsenne en 2018 ?", [together(r"salariés|emplois", r"\b2018\b")], tags="table"),
    U("Combien d'emplois de l'ESS y a-t-il à Saint-Amblard ?", [together(r"saint-amblard", r"salariés|emplois")]),
    U("Quel était le taux de chômage du Val d'Orsenne en 2024 ?", [together(r"chômage", r"\b2024\b")]),
    U("Qui dirige l'EHPAD Résidence Sainte-Colombe ?", [near("Sainte-Colombe", r"direct|présid|respons")], kind="people"),
    U("Quel est le chiffre d'affaires de la coopérative Terres d'Orsenne ?", [together(r"terres d'orsenne", r"chiffre d'affaires|€")]),
    U("Combien d'établissements de l'ESS comptait l'hébergement médico-social en 2019 ?", [together(r"hébergement médico-social", r"\b2019\b")], tags="table"),
    U("Quel budget le plan d'actions ESS prévoit-il pour 2029 ?", [absent(r"\b2029\b")], tags="table"),
    U("Combien de bénévoles compte la ressourcerie La Remise ?", [together(r"remise|ressourcerie", r"bénévoles", r"\d")]),
    U("Qui est le trésorier du Pôle ESS du Val d'Orsenne ?", [together(r"trésori", r"pôle")], kind="people"),
    U("Combien de SCOP sont implantées dans le Val d'Orsenne ?", [absent(r"\d+ scop")]),
    U("Quel est le salaire médian, en euros, des salariés de l'ESS du territoire ?", [together(r"salaire", r"€")]),
    U("How many ESS employees were there in Vaudrinel in 2019?", [together(r"vaudrinel", r"\b2019\b")], tags="en table"),
    U("Who manages the Atelier Trame cooperative?", [together(r"atelier trame", r"gérant|présid|dirig")], kind="people", tags="en"),
    U("Quel conseiller communautaire a voté contre les subventions ESS ?", [together(r"contre", r"\bm\. |\bmme ", scope="L"), absent(r"voté contre")], kind="people"),
    U("Quels projets n'ont pas été retenus par le comité technique du Fonds d'initiatives ESS ?", [absent(r"écarté|rejet|non retenu|refusé|ajourn")], kind="list"),
    U("Combien la communauté de communes avait-elle accordé au Quai 12 en 2025 ?", [together(r"quai 12", r"\b2025\b", r"€")]),
    U("What grant did the ESAT Les Ateliers du Préjet receive from the fund?", [near("Ateliers du Préjet", r"subvention|€|fonds")], tags="en"),
    U("Combien la Cagette d'Orsenne a-t-elle reçu du Fonds d'initiatives ESS en 2025 ?", [together(r"cagette", r"\b2025\b", r"€|subvention")]),
    U("Quel était le budget de l'appel à projets Entreprendre solidaire en 2024 ?", [absent(r"\b2024\b", scope="H")]),
    U("Combien de lauréats 2025 de l'appel à projets départemental sont situés dans le Val d'Orsenne ?", [together(r"lauréat", r"orsenne")]),
    U("À quelle heure se termine le webinaire de présentation de l'appel à projets ?", [near("webinaire", r"\d+ ?h ?(à|-|–) ?\d|jusqu'à \d|fin du webinaire|durée", 160)], kind="date"),
    U("Qui sont les membres du jury de l'appel à projets Entreprendre solidaire ?", [together(r"jury", r"compos|membres|présid")], kind="people"),
    U("What is the maximum grant for real-estate investments under the département's call for projects?", [absent(r"immobili")], tags="en table"),
    U("Quel est le budget prévisionnel 2027 de la CRESS Haute-Sarvène ?", [together(r"budget|produits", r"\b2027\b", scope="M")]),
    U("Combien de salariés comptait l'ESS en Dourlaine en 2023 ?", [together(r"dourlaine", r"\b2023\b", r"\d salariés|\d emplois")], tags="table"),
    U("Qui est le vice-président de la CRESS Haute-Sarvène ?", [together(r"vice-présid", r"cress")], kind="people"),
    U("Quel est le montant de la cotisation annuelle d'un adhérent à la CRESS ?", [together(r"cotisation", r"€")]),
    U("How many people took part in the 2024 ESS Month?", [together(r"mois de l'ess", r"\b2024\b")], tags="en"),
    U("Combien de salariés de l'ESS dans le département de la Vallonne ?", [absent(r"vallonne")], tags="table"),
    U("Quel était le chiffre d'affaires de La Remise en 2024 ?", [together(r"ventes?|chiffre d'affaires", r"\b2024\b")]),
    U("Quel salaire est proposé pour le poste de chargé de projet emplois partagés ?", [together(r"emplois partagés", r"salaire|€|rémunér|brut")]),
    U("Combien d'employeurs étaient présents au forum de l'emploi ESS 2025 ?", [together(r"forum", r"\b2025\b")]),
    U("Qui préside le Pôle ESS du Val d'Orsenne ?", [together(r"pôle ess", r"présid")], kind="people"),
    *follow(
        A("How many tonnes of goods did La Remise collect in 2025?", ["338"], "T", tags="en"),
        U("And in 2023?", [together(r"tonnes", r"\b2023\b")], tags="en"),
    ),
    U("Quel intérêt les parts des Watts d'Orsenne ont-elles rapporté au titre de 2025 ?", [absent(r"(exercice|au titre de) 2025")]),
    U("Combien d'électricité la coopérative Les Watts d'Orsenne a-t-elle produite en 2024 ?", [together(r"mwh", r"\b2024\b")]),
    U("À quel prix la SCIC vend-elle le kilowattheure ?", [absent(r"€ ?/ ?kwh|prix d(u|e) (kwh|l'électricité|kilowattheure)|tarif")]),
    *follow(
        A("Quelle est la puissance de la centrale de la salle des fêtes de Ligny-sur-Orsenne ?", ["84"], "S", tags="table"),
        U("Et celle de l'école de Ligny ?", [together(r"école", r"ligny")], tags="table"),
    ),
    U("What is the share capital of Les Watts d'Orsenne?", [together(r"capital", r"€")], tags="en"),
    U("Combien de logements sociaux compte Mervaux ?", [absent(r"logements? sociaux")]),
    U("Combien de jeunes en service civique les associations du Val d'Orsenne accueillent-elles ?", [absent(r"service civique")]),
    U("Combien de places de crèche gérées par des associations y a-t-il dans la communauté de communes ?", [absent(r"crèche")]),
]
# fmt: on

MIN_COUNTS = {
    "total": 200,
    "unanswerable": 35,
    "table": 40,
    "compare": 12,
    "para": 12,
    "en": 25,
    "follow": 15,
    "cross": 2,
    "definition/answerable": 8,
    "yesno/answerable": 10,
}


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str, unify_apostrophes: bool = True) -> str:
    """Matching form: soft hyphens dropped, whitespace (NBSP and narrow NBSP too)
    collapsed, no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "")
    if unify_apostrophes:
        text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


def pdf_page_texts(name: str) -> list[str]:
    """pypdf text of each page, with hyphenated line ends joined."""
    out = []
    for page in PdfReader(CORPUS / name).pages:
        raw = page.extract_text() or ""
        out.append(re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "", raw))
    return out


BLOCK_END = re.compile(r"</(p|li|tr|h1|h2|h3|summary|figcaption|caption|thead|title|button|address|div)>", re.I)


def html_texts(name: str) -> tuple[str, str]:
    """(text inside <main>, whole visible text) of an HTML page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.find("main").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s\+?-?\d[\d\s,]*(?:€|%)?){2,}\s*$")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>]|\d+\.\s|Q\.|R\.|\s{4}))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(r"\n(?=[•▪–]|Vu |Considérant|Article |Tableau )", " ¶ ", text)
        text = "\n".join(f"¶ {line} ¶" if _TABLE_ROW.match(line) else line for line in text.split("\n"))
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {name: pdf_page_texts(name) for name in PDFS}
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.main = {}
        for name in HTMLS:
            self.main[name], self.full[name] = html_texts(name)
        for name in (CRESS, LETTRE):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {DIAG: "pdf", DELIB: "pdf", DEPT: "html", SCIC: "html", CRESS: "md", LETTRE: "txt"}
        self.norm_full = {k: norm(v) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.units = {k: units(v, self.kind[k]) for k, v in self.full.items()}

    def answer_text(self, name: str, pages: list[int], unify: bool = True) -> str:
        if name in PDFS:
            return " ".join(norm(self.pages[name][p - 1], unify) for p in pages if p <= len(self.pages[name]))
        if name in HTMLS:
            return norm(self.main[name], unify)
        return norm(self.full[name], unify)


def run_check(c: Check, corpus: Corpus) -> str | None:
    names = [SRC[s] for s in c.scope] if c.scope else list(DOCS)
    for name in names:
        text = corpus.norm_full[name]
        if c.kind == "absent":
            m = re.search(c.regexes[0], text, re.I)
            if m:
                return f"{name}: /{c.regexes[0]}/ matches {text[max(0, m.start() - 60): m.end() + 60]!r}"
        elif c.kind == "near":
            for t in re.finditer(re.escape(norm(c.term)), text):
                zone = text[max(0, t.start() - c.window): t.end() + c.window]
                m = re.search(c.regexes[0], zone, re.I)
                if m:
                    return f"{name}: /{c.regexes[0]}/ near {c.term!r}: {zone[max(0, m.start() - 60): m.end() + 60]!r}"
        elif c.kind == "together":
            for u in corpus.units[name]:
                if all(re.search(r, u, re.I) for r in c.regexes):
                    return f"{name}: {c.regexes} together in {u[:220]!r}"
    if c.kind == "near" and not any(norm(c.term) in corpus.norm_full[n] for n in names):
        return f"near-term {c.term!r} occurs nowhere, the check is empty"
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


def check_structure(corpus: Corpus, problems: list[str]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the six documents")
    n_diag, n_delib = len(corpus.pages[DIAG]), len(corpus.pages[DELIB])
    if not 6 <= n_diag <= 8:
        problems.append(f"{DIAG}: {n_diag} pages, expected 6-8")
    if not 2 <= n_delib <= 3:
        problems.append(f"{DELIB}: {n_delib} pages, expected 2-3")
    for name in PDFS:
        reader = PdfReader(CORPUS / name)
        meta = reader.metadata
        if not meta or not meta.title:
            problems.append(f"{name}: no title in the metadata")
        if not meta or "/ModDate" not in meta or "/CreationDate" not in meta or meta["/ModDate"] != meta["/CreationDate"]:
            problems.append(f"{name}: fixed creation and modification dates missing")
    if not PdfReader(CORPUS / DIAG).outline:
        problems.append(f"{DIAG}: no outline")
    if PdfReader(CORPUS / DELIB).outline:
        problems.append(f"{DELIB}: should have no outline")
    # diagnostic: cover, running header and footer
    pages = corpus.pages[DIAG]
    if "Décembre 2025" not in pages[0] or "Diagnostic ESS —" in pages[0] or "Diagnostic territorial" not in pages[0]:
        problems.append(f"{DIAG}: page 1 is not a cover with title and date and no footer")
    for i, page in enumerate(pages[1:], 2):
        if not page.rstrip().endswith(f"Diagnostic ESS — CC du Val d'Orsenne | {i}"):
            problems.append(f"{DIAG}: page {i} has no « … | {i} » footer")
        if not page.startswith("Diagnostic territorial de l'économie sociale et solidaire Décembre 2025"):
            problems.append(f"{DIAG}: page {i} has no running header")
    raw = [p.extract_text() for p in PdfReader(CORPUS / DIAG).pages]
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in raw)
    if breaks < 10:
        problems.append(f"{DIAG}: only {breaks} hyphenated line ends")
    if len(set(re.findall(r"Tableau (\d) –", corpus.full[DIAG]))) < 4:
        problems.append(f"{DIAG}: fewer than 4 tables")
    if "Mervaux 9\u202f870 71 1\u202f046 16,9" not in raw[2]:
        problems.append(f"{DIAG}: table 1 lacks narrow no-break thousands separators")
    if "dont 14 entreprises agréées ESUS et 6 structures d'insertion" not in raw[3]:
        problems.append(f"{DIAG}: merged row of table 2 missing")
    head = [(round(y), t) for _, y, t in text_runs(DIAG, 4) if t.strip() in ("Poids de l'ESS", "dans le secteur", "Établissements", "employeurs")]
    if len({y for y, _ in head}) < 2:
        problems.append(f"{DIAG}: table 3 header cells do not wrap over two lines ({head})")
    xs = {round(x) for x, _, t in text_runs(DIAG, 7) if t.startswith(("La Remise, ressourcerie", "Le Quai 12, tiers-lieu", "Les Watts d'Orsenne, SCIC", "La Cagette"))}
    if len(xs) < 2 or max(xs) - min(xs) < 60:
        problems.append(f"{DIAG}: page 7 is not laid out in two columns ({xs})")
    for name, page, first, second in CROSS_PAGE:
        pg = corpus.norm_pages[name]
        a, b = norm(first), norm(second)
        if a not in pg[page - 1] or b not in pg[page] or b in pg[page - 1] or a in pg[page]:
            problems.append(f"{name}: {first!r}…{second!r} does not run from p. {page} to p. {page + 1}")
    for name, page, marker, note in FOOTNOTES:
        text = corpus.pages[name][page - 1]
        if text.count(marker) < 2 or norm(note) not in norm(text):
            problems.append(f"{name}: footnote {marker} and its note are not both on p. {page}")
        runs = text_runs(name, page)
        note_y = min((y for _, y, t in runs if t.startswith(marker)), default=None)
        body = [y for _, y, t in runs if note_y is not None and y < note_y - 0.5]
        if note_y is None or not body or note_y - max(body) < 3 or note_y > 285:
            problems.append(f"{name}: p. {page}: footnote {marker} missing or not below the body text")
    # délibération
    delib = norm(corpus.full[DELIB])
    for needle in ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS", "Vu le code général", "Considérant que", "DÉCIDE :",
                   "Article 1", "Article 6", "Pour : 32", "Contre : 1", "Abstentions : 2", "Pour extrait conforme",
                   "Le Président,", "Accusé de réception en préfecture", "Publié le 18/02/2026", "Subvention (€)"):
        if norm(needle) not in delib:
            problems.append(f"{DELIB}: {needle!r} missing")
    # HTML pages
    raw_dept = (CORPUS / DEPT).read_text(encoding="utf-8")
    for needle in ('property="og:title"', 'property="article:published_time"', 'name="publisher"', "<title>",
                   'class="main-nav"', 'class="fil-ariane"', 'id="tarteaucitronRoot"', 'class="share"', "<aside",
                   "<footer", "Mentions légales", "<script", "<table", "<thead>", "<caption>", "<ol>", "<ul>",
                   "<figure", "Photo ©", "Télécharger le règlement (PDF, 380 Ko)", "Questions fréquentes",
                   "contact-box", "&nbsp;€", "<blockquote>"):
        if needle not in raw_dept:
            problems.append(f"{DEPT}: {needle!r} missing")
    if not re.search(r"<p[^>]*>[^<]*\n[^<]*</p>", raw_dept):
        problems.append(f"{DEPT}: no hard newline inside a <p>")
    raw_scic = (CORPUS / SCIC).read_text(encoding="utf-8")
    if raw_scic.count("<details>") < 12 or raw_scic.count("<table>") < 2 or "application/ld+json" not in raw_scic:
        problems.append(f"{SCIC}: expected ≥ 12 <details>, 2 tables and JSON-LD")
    # Markdown
    md = corpus.full[CRESS]
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not front or not all(re.search(rf"^{k}:", front.group(1), re.M) for k in ("title", "publisher", "date", "territory")):
        problems.append(f"{CRESS}: YAML front matter incomplete")
    if md.count("|---|") < 2 or "## Relevé de décisions" not in md or "\n- " not in md or "\n1. " not in md:
        problems.append(f"{CRESS}: tables, lists or relevé de décisions missing")
    body = md[front.end():] if front else md
    for line in body.splitlines():
        if len(line) > 76 and not line.startswith(("|", ">", "**")):
            problems.append(f"{CRESS}: line longer than 76: {line!r}")
    if not [b for b in body.split("\n\n") if b.count("\n") >= 2 and not b.startswith(("|", "-", "1.", "#"))]:
        problems.append(f"{CRESS}: no hard-wrapped paragraph")
    # newsletter
    txt = corpus.full[LETTRE]
    for line in txt.splitlines():
        if len(line) > 72:
            problems.append(f"{LETTRE}: line longer than 72: {line!r}")
    for needle in ("De : ", "Objet : ", "Q. ", "R. ", "Tél. : ", "Courriel : ", "Pour ne plus la recevoir"):
        if needle not in txt:
            problems.append(f"{LETTRE}: {needle!r} missing")


def check_questions(questions: list[Q], corpus: Corpus, problems: list[str], notes: list[str]) -> None:
    seen = set()
    for q in questions:
        key = (q.question, tuple(q.history))
        if key in seen:
            problems.append(f"duplicate question {q.question!r}")
        seen.add(key)
        if q.kind not in KINDS:
            problems.append(f"{q.question!r}: unknown kind {q.kind}")
        if any(t not in TAGS for t in q.tags.split()):
            problems.append(f"{q.question!r}: unknown tag in {q.tags!r}")
        if ("follow" in q.tags.split()) != bool(q.history):
            problems.append(f"{q.question!r}: follow tag and history disagree")
        if not q.answerable:
            if not q.checks:
                problems.append(f"{q.question!r}: unanswerable without absence checks")
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
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact or NNBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for name in names:
                if norm(fact) not in corpus.answer_text(name, q.pages):
                    where = f"pages {q.pages}" if name in PDFS else ("<main>" if name in HTMLS else "text")
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} ({where})")
                elif norm(fact, False) not in corpus.answer_text(name, q.pages, False):
                    problems.append(f"{q.question!r}: fact {fact!r} is in {name} with another apostrophe")
        for page in q.pages:
            if not any(page <= len(corpus.pages[n]) and norm(f) in corpus.norm_pages[n][page - 1]
                       for n in pdf_sources for f in q.facts):
                problems.append(f"{q.question!r}: no fact on listed page {page}")
        for n in pdf_sources:
            for i, ptext in enumerate(corpus.norm_pages[n], 1):
                if i not in q.pages and all(norm(f) in ptext for f in q.facts) and len("".join(q.facts)) > 3:
                    notes.append(f"all facts of {q.question!r} also on unlisted p. {i} of {n}")
        if "cross" in q.tags.split() and len(q.pages) != 2:
            problems.append(f"{q.question!r}: cross-page question needs two pages")
        if "en" in q.tags.split() and any(
            re.search(r"\d{4,}|\d \d{3}\b|,\d|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)", f)
            and "@" not in f and not re.fullmatch(r"0\d( \d\d){4}", f)
            for f in q.facts
        ):
            problems.append(f"{q.question!r}: English question with a fact an English answer would reformat")
        if "compare" in q.tags.split() and "table" not in q.tags.split():
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
    c["multi"] = sum(len(q.sources) > 1 for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(18).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"fresh18-eval-{i:03d}",
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
    asked = set()
    for row in rows:
        if list(row) != ["id", "question", "facts", "sources", "answerable", "history", "pages"]:
            problems.append(f"questions.jsonl: unexpected keys {list(row)}")
        if not re.fullmatch(r"fresh18-eval-\d{3}", row["id"]) or row["id"] in ids:
            problems.append(f"questions.jsonl: bad or duplicate id {row['id']}")
        ids.add(row["id"])
        asked.add(row["question"])
        if row["answerable"] != bool(row["facts"]) or (not row["answerable"] and (row["sources"] or row["pages"])):
            problems.append(f"questions.jsonl: {row['id']} inconsistent answerable/facts/sources/pages")
        if any(s not in DOCS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} unknown source")
        if row["pages"] and not any(s in PDFS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} pages without a PDF source")
    for row in rows:
        for h in row["history"]:
            if h not in asked:
                problems.append(f"questions.jsonl: {row['id']} history {h!r} is not a question of the set")


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_diag()
    build_delib()
    build_dept()
    build_cress()
    build_lettre()
    build_scic()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    notes: list[str] = []
    check_structure(corpus, problems)
    check_questions(QUESTIONS, corpus, problems, notes)
    check_jsonl(problems)
    c = counts(QUESTIONS)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum} needed")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if "--notes" in sys.argv:
        for n in notes:
            print("NOTE:", n)
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
