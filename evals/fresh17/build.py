# ruff: noqa: E501
"""Build the fresh17 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh17/build.py

It writes ``evals/fresh17/corpus/`` (six documents) and
``evals/fresh17/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Brévalie region, the Vénéole département and its
préfecture Castelmorin, the Communauté d'agglomération du Pays de Sorlac and its
communes (Sorlac, Montvéran, Bréhanne, Saint-Ivoire-des-Prés, Quillemont,
Valfroide, Les Essarteaux), the people, the organisations and the figures.
The set was written blind: its author did not read the tool's code, its tests or
the other eval sets (only the file format and PDF/HTML plumbing of fresh16).
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

EVAL = "evaluation_plan_local_ess_pays_de_sorlac_2025.pdf"
CONV = "convention_objectifs_fabrique_a_cooperer_2025-2027.pdf"
HTML = "agglo-sorlac_trophees-ess-2025.html"
MD = "ag_reseau_ess_veneole_2025-06-14.md"
PRESS = "cp_grenier_partage_recyclerie_montveran_2025-10-06.txt"
FICHE = "cress_brevalie_fiche_pratique_agrement_esus.txt"
DOCS = (EVAL, CONV, HTML, MD, PRESS, FICHE)
PDFS = (EVAL, CONV)
SRC = {"E": EVAL, "C": CONV, "H": HTML, "M": MD, "P": PRESS, "F": FICHE}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
SHY = "\u00ad"
LAYOUT_LAX = False

# ---------------------------------------------------------------------------
# PDF plumbing
# ---------------------------------------------------------------------------

# fpdf2 writes /CreationDate only; give the /Info dictionary a fixed /ModDate too.
_orig_info_init = fpdf_output.PDFInfo.__init__


def _info_init_with_mod_date(self, *args, **kwargs):
    _orig_info_init(self, *args, **kwargs)
    self.mod_date = self.creation_date


fpdf_output.PDFInfo.__init__ = _info_init_with_mod_date

_HYPH = pyphen.Pyphen(lang="fr_FR")
_WORD = re.compile(r"(?<![\w\-'’@.])[a-zà-öø-ÿœæ][A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]*(?![\w\-])(?![@.]\w)")


def hyphenate(text: str) -> str:
    """Insert soft hyphens (pyphen fr_FR) into long lower-case words.

    Proper nouns, numbers, words after an apostrophe and words that already hold
    a hyphen stay whole, so every hyphen at a line end comes from a soft hyphen."""

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
    """``~`` marks a no-break space; French spacing inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


class DocPDF(FPDF):
    def __init__(self, header_text: str, footer_text: str, accent: tuple[int, int, int]):
        super().__init__(format="A4", unit="mm")
        self.header_text = header_text
        self.footer_text = footer_text
        self.accent = accent
        self.notes: dict[int, list[str]] = {}
        for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
            self.add_font("Serif", style, str(FONT_DIR / f"DejaVuSerif{suffix}.ttf"))
        self.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()
        self.page_mode = "USE_OUTLINES"
        self.set_lang("fr-FR")

    def header(self):
        self.set_auto_page_break(True, margin=20)
        if self.page_no() == 1:
            self.set_y(22)
            return
        self.set_y(10)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, nb(self.header_text), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*self.accent)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        notes = self.notes.get(self.page_no())
        if notes:
            self.set_y(self.h - self.b_margin + 2)
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, self.y, self.l_margin + 50, self.y)
            self.ln(1.2)
            self.set_font("Serif", "", 7.5)
            for note in notes:
                self.multi_cell(0, 3.5, nb(note), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, nb(self.footer_text), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def reserve_notes(self, notes: list[str]) -> None:
        """Footnotes for the current page: raise its bottom margin so the notes fit."""
        self.set_font("Serif", "", 7.5)
        lines = sum(
            len(self.multi_cell(0, 3.5, nb(n), dry_run=True, output=MethodReturnValue.LINES))
            for n in notes
        )
        self.notes[self.page_no()] = notes
        self.set_auto_page_break(True, margin=20 + 4 + lines * 3.5)

    # -- blocks -------------------------------------------------------------
    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def title_block(self, lines: list[tuple[str, str, float]]) -> None:
        for text, style, size in lines:
            self.set_font("Sans", style, size)
            self.multi_cell(0, size * 0.5, nb(text), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1.5)
        self.ln(2)

    def heading(self, text: str, level: int = 0, bookmark: bool = True, need: float = 30) -> None:
        self.room(need)
        if bookmark:
            self.start_section(text, level)
        size = 13 if level == 0 else 10.5
        self.ln(2.5 if level == 0 else 1)
        self.set_font("Sans", "B", size)
        if level == 0:
            self.set_text_color(*self.accent)
        self.multi_cell(0, size * 0.48, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def _gap_for(self, lines: int, line_h: float) -> None:
        target = self.page_break_trigger - lines * line_h - 0.05
        gap = target - self.y
        if not 0 <= gap <= 24:
            if LAYOUT_LAX:
                print(f"LAYOUT: {lines} line(s), gap {gap:.1f} mm, page {self.page_no()}")
                return
            sys.exit(f"layout: cannot make {lines} line(s) end the page (gap {gap:.1f} mm, y {self.y:.1f})")
        self.ln(gap)

    def para(
        self,
        text: str,
        style: str = "",
        size: float = 10,
        after: float = 2.2,
        lines_before_break: int = 0,
        align: str = "J",
    ) -> None:
        """A justified paragraph. With lines_before_break=k, space is added before it
        so that exactly k of its lines end the current page."""
        self.set_font("Serif", style, size)
        if lines_before_break:
            self._gap_for(lines_before_break, size * 0.5)
        self.multi_cell(
            0, size * 0.5, hyphenate(nb(text)), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(after)

    def bullets(
        self,
        items: list[str],
        marks: list[str] | str = "•",
        size: float = 10,
        indent: float = 3,
        break_item: int = -1,
        lines_before_break: int = 0,
    ) -> None:
        """A list; with break_item=i and lines_before_break=k, item i starts k lines
        above the page break, so that it runs onto the next page."""
        self.set_font("Serif", "", size)
        for i, item in enumerate(items):
            mark = marks[i] if isinstance(marks, list) else marks
            if i == break_item:
                self._gap_for(lines_before_break, size * 0.5)
            self.set_x(self.l_margin + indent)
            self.cell(6, size * 0.5, mark)
            self.multi_cell(
                0, size * 0.5, hyphenate(nb(item)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(0.8)
        self.ln(1.4)

    def data_table(
        self,
        caption: str,
        rows: list[tuple[str, ...]],
        widths: tuple[float, ...],
        aligns: tuple[str, ...],
        bold_last: bool = False,
        size: float = 8.8,
        source: str = "",
        fill: tuple[int, int, int] = (225, 231, 242),
    ) -> None:
        self.room(14 + 6.4 * len(rows))
        self.set_font("Sans", "B", 9)
        self.multi_cell(0, 4.6, nb(caption), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)
        self.set_font("Sans", "", size)
        style = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(
            col_widths=widths,
            text_align=aligns,
            line_height=size * 0.55,
            headings_style=style,
            width=sum(widths),
            align="LEFT",
            padding=(1.0, 1.4),
        ) as table:
            for i, r in enumerate(rows):
                last = bold_last and i == len(rows) - 1
                row = table.row(style=FontFace(emphasis="BOLD") if last else None)
                for c in r:
                    row.cell(nb(c))
        if source:
            self.ln(0.8)
            self.set_font("Sans", "I", 7.5)
            self.multi_cell(0, 3.6, nb(source), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(3)

    def key_figures(self, title: str, bands: list[tuple[str, list[tuple[str, str]]]]) -> None:
        """A framed panel of key figures. Each band is ("figure_first" | "label_first",
        [(figure, label), …]): three columns, big figures on one line and their
        labels on the line below (or above)."""
        x0, w = self.l_margin, self.w - self.l_margin - self.r_margin
        height = 10 + 17 * len(bands)
        self.room(height + 4)
        y0 = self.y
        self.set_fill_color(234, 239, 248)
        self.set_draw_color(*self.accent)
        self.set_line_width(0.5)
        self.rect(x0, y0, w, height, style="DF")
        self.set_line_width(0.2)
        self.set_xy(x0, y0 + 2.5)
        self.set_font("Sans", "B", 10)
        self.cell(w, 5, nb(title), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)
        col = w / 3
        for kind, items in bands:
            lines = ("fig", "lab") if kind == "figure_first" else ("lab", "fig")
            for what in lines:
                self.set_x(x0)
                for figure, label in items:
                    if what == "fig":
                        self.set_font("Sans", "B", 17)
                        self.set_text_color(*self.accent)
                        self.cell(col, 8, nb(figure), align="C")
                    else:
                        self.set_font("Sans", "", 8.5)
                        self.set_text_color(40, 40, 40)
                        self.cell(col, 4.5, nb(label), align="C")
                self.set_text_color(0, 0, 0)
                self.ln(8 if what == "fig" else 4.5)
            self.ln(3.5)
        self.set_y(y0 + height + 4)


def save_pdf(
    pdf: DocPDF, name: str, title: str, subject: str, author: str, keywords: str, created: datetime
) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator("Microsoft Word pour Microsoft 365")
    pdf.set_producer("fpdf2")
    pdf.set_keywords(keywords)
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


# Sentences and list items that run across a page break: (document, page of the
# first half, end of the first half, start of the second half).
CROSS_PAGE = (
    (EVAL, 1, "ont réuni 72 participants à Sorlac, à", "Bréhanne et à Quillemont. Le comité de pilotage"),
    (EVAL, 6, "Ouvrir une permanence du guichet unique à Bréhanne", "demi-journée par semaine"),
    (CONV, 2, "le solde, soit 40~%, est versé après la", "du compte rendu financier de l'année écoulée"),
)

# Footnotes: (document, page, marker, start of the note).
FOOTNOTES = (
    (EVAL, 1, "¹", "Le taux d'engagement rapporte"),
    (EVAL, 1, "²", "Les données d'emploi portent"),
    (EVAL, 6, "³", "Le chargé de mission ESS consacre"),
)

BLUE = (31, 78, 140)
GREEN = (46, 110, 74)

# ---------------------------------------------------------------------------
# Document 1: mid-term evaluation of the local ESS plan (PDF, 8 pages)
# ---------------------------------------------------------------------------


def build_eval() -> None:
    pdf = DocPDF(
        "Évaluation à mi-parcours du Plan local ESS 2022-2026 · Agglomération du Pays de Sorlac",
        "Sillons & Territoires — Rapport final d'évaluation — juin 2025",
        BLUE,
    )
    pdf.add_page()
    pdf.start_section("Évaluation à mi-parcours du Plan local ESS 2022-2026", 0)
    pdf.title_block(
        [
            ("Communauté d'agglomération du Pays de Sorlac", "B", 10),
            ("Évaluation à mi-parcours du Plan local pour l'économie sociale et solidaire 2022-2026", "B", 17),
            ("« Pays de Sorlac, terre de coopérations »", "I", 11),
            (
                "Rapport final — juin 2025 — Sillons & Territoires (SCOP), avec l'Observatoire régional "
                "de l'ESS de la CRESS Brévalie",
                "",
                9,
            ),
        ]
    )
    pdf.heading("Synthèse", need=20)
    pdf.para(
        "Adopté par le conseil communautaire le 15~décembre~2021, le Plan local pour l'économie sociale "
        "et solidaire (ESS) 2022-2026 du Pays de Sorlac est doté d'un budget de 2,4 millions d'euros sur "
        "cinq ans. À mi-parcours, plus de la moitié de cette enveloppe est engagée et la plupart des "
        "actions ont démarré. L'évaluation conclut que le plan a trouvé son public auprès des porteurs "
        "de projets, mais qu'il reste peu visible des entreprises classiques et des communes rurales, et "
        "que son volet consacré aux achats responsables tarde à produire des effets."
    )
    pdf.key_figures(
        "Le Pays de Sorlac et son plan ESS : les chiffres clés",
        [
            (
                "figure_first",
                [
                    ("5~120", "salariés de l'ESS (2023)"),
                    ("451", "établissements employeurs"),
                    ("11,8~%", "de l'emploi salarié privé"),
                ],
            ),
            (
                "label_first",
                [
                    ("47", "projets financés depuis 2022"),
                    ("1,31~M€", "engagés fin 2024"),
                    ("+6,6~%", "salariés ESS depuis 2020"),
                ],
            ),
        ],
    )
    pdf.heading("1. Objet et méthode de l'évaluation", need=20)
    pdf.reserve_notes(
        [
            "¹ Le taux d'engagement rapporte les crédits engagés (subventions votées, marchés notifiés) au "
            "budget prévu pour l'ensemble de la période 2022-2026.",
            "² Les données d'emploi portent sur les établissements employeurs de l'ESS au sens de la loi du "
            "31 juillet 2014 ; les effectifs sont des postes salariés au 31 décembre.",
        ]
    )
    pdf.para(
        "Le plan prévoyait une évaluation à mi-parcours. Elle a été confiée, après une consultation "
        "lancée en juillet 2024, à la SCOP Sillons & Territoires, qui l'a conduite d'octobre 2024 à mars "
        "2025 sous l'autorité d'un comité de pilotage présidé par Maëlle Quérou, vice-présidente de "
        "l'Agglomération chargée de l'ESS et de l'économie de proximité. Trois questions ont guidé "
        "le travail : le plan a-t-il été mis en œuvre comme prévu (actions lancées, taux d'engagement¹) ? "
        "A-t-il produit les résultats attendus ? Reste-t-il adapté aux besoins des structures du territoire ?"
    )
    pdf.para(
        "Les évaluateurs ont croisé quatre sources : les données d'emploi de l'Observatoire régional de "
        "l'ESS² ; les tableaux de suivi financier de l'Agglomération ; 41 entretiens individuels avec des "
        "dirigeants de structures, des élus et des partenaires ; enfin une enquête en ligne, ouverte du "
        "18~novembre au 20~décembre~2024, à laquelle 128 structures ont répondu, soit un taux de réponse "
        "de 34~%."
    )
    pdf.para(
        lines_before_break=2,
        text="Au début de l'année 2025, trois ateliers de travail consacrés aux premiers constats de "
        "l'évaluation et aux pistes d'amélioration du plan ont réuni 72 participants à Sorlac, à Bréhanne "
        "et à Quillemont. Le comité de pilotage a validé le rapport final le 6~juin~2025, après deux "
        "versions intermédiaires.",
    )

    # Page 2
    pdf.heading("2. L'ESS dans le Pays de Sorlac")
    pdf.para(
        "Le Pays de Sorlac regroupe 31 communes et 141~380 habitants autour de Sorlac, sa ville-centre, "
        "qui en compte 58~920. Fin 2023, l'ESS y rassemblait 451 établissements employeurs et 5~120 "
        "salariés, soit 11,8~% de l'emploi salarié privé, contre 10,9~% en moyenne dans la région "
        "Brévalie. Entre 2020 et 2023, les effectifs salariés de l'ESS ont progressé de 6,6~%, plus vite "
        "que ceux du reste du secteur privé (+2,9~%)."
    )
    pdf.data_table(
        "Tableau 1 — L'emploi dans l'ESS par commune, 2020 et 2023",
        [
            (
                "Commune",
                "Établissements ESS (2023)",
                "Salariés ESS (2020)",
                "Salariés ESS (2023)",
                "Part de l'emploi privé en 2023 (%)",
            ),
            ("Sorlac", "214", "2~486", "2~655", "14,3"),
            ("Montvéran", "61", "712", "768", "12,1"),
            ("Bréhanne", "38", "402", "377", "10,4"),
            ("Saint-Ivoire-des-Prés", "29", "311", "349", "13,6"),
            ("Quillemont", "22", "198", "236", "9,2"),
            ("Valfroide", "17", "142", "151", "8,7"),
            ("Les Essarteaux", "12", "104", "118", "11,5"),
            ("Autres communes (24)", "58", "448", "466", "7,9"),
            ("Pays de Sorlac", "451", "4~803", "5~120", "11,8"),
        ],
        (46, 30, 28, 28, 38),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
        source="Source : Observatoire régional de l'ESS, CRESS Brévalie, d'après l'Insee (Flores).",
    )
    pdf.para(
        "Sorlac concentre plus de la moitié des salariés de l'ESS du territoire (52~%). Quillemont "
        "connaît la plus forte hausse (+19,2~%), grâce à l'ouverture en 2022 d'un foyer d'accueil "
        "médicalisé pour adultes handicapés, tandis que Bréhanne perd 25 emplois après la fermeture "
        "d'une agence bancaire mutualiste et le regroupement de deux associations d'aide à domicile."
    )
    pdf.para(
        "Les associations restent de loin la première famille de l'ESS : avec 3~904 salariés, elles "
        "emploient les trois quarts des effectifs (76~%). Les coopératives progressent nettement, portées "
        "par la création de deux sociétés coopératives d'intérêt collectif (SCIC) et par le développement "
        "de la coopérative d'activité et d'emploi Coopalia ; seules les mutuelles perdent des emplois."
    )
    pdf.data_table(
        "Tableau 2 — Établissements et salariés de l'ESS par famille (2023)",
        [
            ("Famille", "Établissements", "Salariés", "Évolution des salariés 2020-2023 (%)"),
            ("Associations", "372", "3~904", "+6,1"),
            ("Coopératives", "41", "612", "+11,3"),
            ("Mutuelles", "19", "287", "-3,7"),
            ("Fondations", "7", "241", "+9,0"),
            ("Sociétés commerciales de l'ESS", "12", "76", "+38,2"),
            ("Total", "451", "5~120", "+6,6"),
        ],
        (66, 32, 30, 42),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )

    # Page 3
    pdf.add_page()
    pdf.heading("3. La mise en œuvre budgétaire du plan")
    pdf.para(
        "Le plan s'organise en quatre axes, déclinés en 19 actions. Au 31~décembre~2024, 16 actions "
        "avaient démarré, deux étaient en préparation et une, la création d'une monnaie locale "
        "complémentaire, a été abandonnée en 2023 faute de porteur. Sur les 2~400~000~€ prévus pour "
        "2022-2026, 1~312~600~€ étaient engagés à la même date, soit un taux d'engagement de 54,7~%, "
        "conforme au rythme attendu à mi-parcours."
    )
    pdf.data_table(
        "Tableau 3 — Budget du plan par axe et crédits engagés au 31 décembre 2024",
        [
            ("Axe", "Budget prévu 2022-2026 (€)", "Engagé au 31/12/2024 (€)", "Taux d'engagement (%)"),
            ("Axe 1 — Entreprendre en ESS", "820~000", "512~400", "62,5"),
            ("Axe 2 — Emploi, insertion et achats responsables", "640~000", "301~800", "47,2"),
            ("Axe 3 — Transition écologique et alimentation locale", "560~000", "341~700", "61,0"),
            ("Axe 4 — Animation, coopération et visibilité", "380~000", "156~700", "41,2"),
            ("Total", "2~400~000", "1~312~600", "54,7"),
        ],
        (74, 34, 34, 28),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
        source="Source : Agglomération du Pays de Sorlac, direction des finances, tableaux de suivi du plan.",
    )
    pdf.para(
        "L'axe consacré à l'entrepreneuriat est le plus avancé, tiré par le fonds d'amorçage. À l'inverse, "
        "l'axe 4 n'a consommé qu'une faible part de son enveloppe : le recrutement d'un second chargé de "
        "mission, prévu en 2023, n'a pas eu lieu, et la plateforme numérique des acteurs de l'ESS n'a été "
        "mise en ligne qu'en septembre 2024."
    )
    pdf.heading("4. Les résultats par axe")
    pdf.heading("4.1 Axe 1 — Entreprendre en ESS", level=1, need=20)
    pdf.para(
        "Le fonds d'amorçage ESS, créé en 2022, accorde aux projets en création ou en développement une "
        "subvention plafonnée à 15~000~€. En trois ans, il a reçu 90 dossiers et soutenu 47 projets, pour "
        "un montant total de 404~700~€ (tableau 4). Le comité d'attribution se réunit deux fois par an, "
        "en mars et en octobre."
    )
    pdf.data_table(
        "Tableau 4 — Le fonds d'amorçage ESS de 2022 à 2024",
        [
            ("Année", "Dossiers déposés", "Projets soutenus", "Montant attribué (€)", "Aide moyenne (€)"),
            ("2022", "23", "12", "98~500", "8~208"),
            ("2023", "31", "17", "142~300", "8~371"),
            ("2024", "36", "18", "163~900", "9~106"),
            ("Total 2022-2024", "90", "47", "404~700", "8~611"),
        ],
        (38, 30, 30, 38, 34),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    pdf.para(
        "L'incubateur La Fabrique à Coopérer, soutenu au titre du même axe, a accompagné 38 projets depuis "
        "2022, dont 19 ont abouti à la création d'une structure : 11 associations, 5 SCOP ou SCIC et "
        "3 sociétés commerciales agréées ESUS. Le taux de survie à deux ans des structures créées atteint "
        "89~%."
    )

    # Page 4
    pdf.add_page()
    pdf.heading("4.2 Axe 2 — Emploi, insertion et achats responsables", level=1, need=20)
    pdf.para(
        "Les clauses sociales d'insertion, intégrées à 27 marchés de l'Agglomération et de la ville de "
        "Sorlac, ont procuré 71~450 heures de travail à des personnes éloignées de l'emploi entre 2022 et "
        "2024, soit l'équivalent de 44 emplois à temps plein sur la période. Elles ont bénéficié à 296 "
        "personnes, dont 38~% avaient moins de 26 ans."
    )
    pdf.para(
        "En revanche, la part des achats de l'Agglomération réalisés auprès de structures de l'ESS n'est "
        "passée que de 3,8~% en 2021 à 5,1~% en 2024, loin de la cible fixée pour 2026. Les évaluateurs "
        "relèvent trois freins :"
    )
    pdf.bullets(
        [
            "des lots souvent trop importants pour les structures d'insertion ;",
            "une offre de l'ESS mal connue des acheteurs publics ;",
            "l'absence de schéma de promotion des achats socialement et écologiquement responsables "
            "(SPASER), que l'Agglomération n'est pas tenue d'adopter.",
        ]
    )
    pdf.heading("4.3 Axe 3 — Transition écologique et alimentation locale", level=1, need=20)
    pdf.para(
        "Onze points de vente en circuit court ont été soutenus, dont trois épiceries associatives en "
        "milieu rural. La SCIC Les Paniers du Sorlacois approvisionne désormais 9 cantines scolaires en "
        "produits locaux. Le réemploi progresse : la recyclerie Le Grenier Partagé a collecté 286 tonnes "
        "d'objets en 2023, contre 190 tonnes en 2021."
    )
    pdf.heading("4.4 Axe 4 — Animation, coopération et visibilité", level=1, need=20)
    pdf.para(
        "Le guichet unique ESS, ouvert en mars 2022 au siège de l'Agglomération, a reçu 263 porteurs de "
        "projets en trois ans. Le Mois de l'ESS, organisé chaque année en novembre avec le Réseau ESS "
        "Vénéole, a réuni 3~260 participants en trois éditions. La plateforme numérique « Coop'Sorlac » "
        "recense 148 structures. Le tableau 5 compare les réalisations aux cibles fixées pour 2026."
    )
    pdf.data_table(
        "Tableau 5 — Indicateurs de réalisation : cibles 2026 et réalisations au 31 décembre 2024",
        [
            ("Indicateur", "Cible 2026", "Réalisé fin 2024", "Taux d'atteinte (%)"),
            ("Projets accompagnés par l'incubateur", "60", "38", "63"),
            ("Structures créées après incubation", "30", "19", "63"),
            ("Heures d'insertion (clauses sociales)", "120~000", "71~450", "60"),
            ("Part des achats de l'Agglomération auprès de l'ESS (%)", "8", "5,1", "64"),
            ("Points de vente en circuit court soutenus", "15", "11", "73"),
            ("Participants au Mois de l'ESS (cumul)", "4~000", "3~260", "82"),
        ],
        (82, 26, 32, 30),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        source="Source : tableaux de suivi du plan ; calculs Sillons & Territoires.",
    )

    # Page 5: two columns
    pdf.add_page()
    pdf.heading("5. Portraits de projets accompagnés")
    pdf.para(
        "Quatre structures rencontrées pendant l'évaluation illustrent la diversité des projets soutenus "
        "par le plan.",
        after=3,
    )
    cols_text = [
        ("h", "5.1 Le Grenier Partagé, recyclerie et chantier d'insertion"),
        (
            "p",
            "Créée en 2016 à Sorlac, l'association gère une recyclerie de 900~m² qui collecte, trie, "
            "répare et revend meubles, vaisselle, livres et vêtements. Elle emploie 19 salariés, dont 11 en "
            "parcours d'insertion. Le plan l'a soutenue à deux reprises : 12~000~€ du fonds d'amorçage en "
            "2022 pour équiper un atelier de réparation, puis une étude de faisabilité pour un second site.",
        ),
        ("h", "5.2 Les Paniers du Sorlacois, une SCIC alimentaire"),
        (
            "p",
            "Constituée en mai 2023 à Saint-Ivoire-des-Prés, la coopérative réunit 54 producteurs, "
            "6 communes et 112 consommateurs sociétaires. Sa plateforme logistique livre 9 cantines "
            "scolaires et 4 établissements pour personnes âgées. Elle a reçu en 2023 une aide de 15~000~€, "
            "le plafond du fonds d'amorçage.",
        ),
        ("h", "5.3 Cyclo'Pôle, l'atelier vélo de Montvéran"),
        (
            "p",
            "Fondée en 2019, l'association répare et revend des vélos d'occasion et anime des ateliers "
            "d'autoréparation. Ses 4 salariés et 35 bénévoles ont remis en circulation 1~300 vélos en "
            "2024. Cyclo'Pôle a été incubée par La Fabrique à Coopérer en 2022 et 2023 pour passer du "
            "bénévolat à l'emploi salarié.",
        ),
        ("col", ""),
        ("h", "5.4 L'Ourdissoir, tiers-lieu de Quillemont"),
        (
            "p",
            "Installé depuis 2022 dans une ancienne usine textile, le tiers-lieu réunit un espace de travail "
            "partagé, un atelier de fabrication numérique et une cantine associative. Il héberge 26 "
            "structures et a accueilli 7~800 visiteurs en 2024. Porté par une association, il prépare sa "
            "transformation en SCIC pour associer la commune et les usagers à sa gouvernance.",
        ),
        ("h", "5.5 Ce que montrent ces portraits"),
        (
            "p",
            "Les quatre structures ont combiné plusieurs dispositifs du plan : fonds d'amorçage, "
            "incubation, mise en réseau. Leurs dirigeants saluent la qualité de l'accompagnement, mais "
            "regrettent la lourdeur des démarches :",
        ),
        ("b", "un dossier différent pour chaque financeur ;"),
        ("b", "des délais de versement de trois à six mois ;"),
        ("b", "peu de visibilité sur les financements au-delà d'un an."),
        (
            "p",
            "Tous demandent une instruction commune des aides de l'Agglomération, du Département et de la "
            "Région.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.0) as cols:
        for kind, text in cols_text:
            if kind == "col":
                cols.new_column()
            elif kind == "h":
                pdf.set_font("Sans", "B", 9.6)
                with cols.paragraph(text_align="L", top_margin=1.5, bottom_margin=1.5) as par:
                    par.write(nb(text))
            elif kind == "p":
                pdf.set_font("Serif", "", 9.4)
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(hyphenate(nb(text)))
            else:
                pdf.set_font("Serif", "", 9.4)
                with cols.paragraph(indent=4, bullet_string="–", bottom_margin=0.8) as par:
                    par.write(hyphenate(nb(text)))

    # Page 6
    pdf.add_page()
    pdf.heading("6. Ce qu'en disent les acteurs")
    pdf.reserve_notes(
        [
            "³ Le chargé de mission ESS consacre en outre environ un cinquième de son temps au commerce de "
            "proximité, une compétence rattachée au même service."
        ]
    )
    pdf.para(
        "L'enquête en ligne mesure la notoriété des dispositifs du plan auprès des structures de l'ESS et "
        "la satisfaction de celles qui en ont bénéficié (tableau 6). Le Mois de l'ESS est de loin le "
        "dispositif le plus connu, tandis que le facilitateur des clauses sociales reste confidentiel."
    )
    pdf.data_table(
        "Tableau 6 — Notoriété et appréciation des dispositifs (enquête auprès de 128 structures)",
        [
            (
                "Dispositif",
                "Connaissent le dispositif (%)",
                "En ont bénéficié (%)",
                "Satisfaits parmi les bénéficiaires (%)",
            ),
            ("Fonds d'amorçage ESS", "71", "24", "88"),
            ("Incubateur La Fabrique à Coopérer", "64", "19", "92"),
            ("Guichet unique ESS", "48", "31", "76"),
            ("Facilitateur des clauses sociales", "39", "12", "81"),
            ("Mois de l'ESS", "83", "45", "79"),
        ],
        (68, 32, 32, 38),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.para(
        "Les structures placent en tête de leurs attentes l'accès à des locaux à loyer modéré (57~% des "
        "répondants), l'aide au recrutement (49~%) et le financement de leurs investissements (44~%). "
        "« Le fonds d'amorçage nous a permis de passer le cap de la première année ; sans lui, nous "
        "n'aurions pas embauché notre premier salarié », résume la gérante d'une SCOP de Valfroide."
    )
    pdf.heading("7. Forces et points de vigilance", need=20)
    pdf.para("Les évaluateurs retiennent trois forces :", after=1)
    pdf.bullets(
        [
            "un portage politique constant et un budget préservé malgré les contraintes financières ;",
            "des outils financiers appréciés et bien calibrés pour les petits projets ;",
            "un partenariat solide avec le Réseau ESS Vénéole et la CRESS Brévalie.",
        ]
    )
    pdf.para("Ils signalent aussi trois points de vigilance :", after=1)
    pdf.bullets(
        [
            "une faible visibilité auprès des entreprises classiques et des communes rurales ;",
            "un volet achats responsables en retard sur ses objectifs ;",
            "une équipe réduite : un seul chargé de mission pour 19 actions³.",
        ],
        marks="–",
    )
    pdf.heading("8. Recommandations", need=16)
    pdf.para(
        "Les évaluateurs formulent sept recommandations pour la seconde moitié du plan (2025-2026) :",
        after=1,
    )
    pdf.bullets(
        [
            "Recruter le second chargé de mission ESS prévu initialement, pour l'animation territoriale et "
            "les achats responsables.",
            "Allotir davantage les marchés publics et réserver certains lots aux structures d'insertion et "
            "aux entreprises adaptées.",
            "Créer avec le Département de la Vénéole et la Région Brévalie un dossier unique de demande "
            "d'aide pour les projets de l'ESS, instruit en commun par les trois collectivités lors d'un "
            "comité des financeurs réuni chaque trimestre.",
            "Porter le plafond du fonds d'amorçage de 15~000~€ à 20~000~€ pour les projets qui créent au "
            "moins deux emplois.",
            "Ouvrir une permanence du guichet unique à Bréhanne et à Quillemont, une demi-journée par "
            "semaine.",
            "Réaffecter les 60~000~€ prévus pour la monnaie locale complémentaire à un fonds de prêts "
            "d'honneur pour les créateurs d'entreprises de l'ESS.",
            "Préparer dès 2026 le plan suivant, en associant les communes et les structures dès la phase "
            "de diagnostic.",
        ],
        marks=["1.", "2.", "3.", "4.", "5.", "6.", "7."],
        break_item=4,
        lines_before_break=1,
    )

    # Page 7-8
    pdf.heading("9. Suites données", need=16)
    pdf.para(
        "Le bureau communautaire a pris connaissance du rapport le 19~juin~2025. Il a retenu les "
        "recommandations 1, 3 et 4, qui seront mises en œuvre à partir de janvier 2026, et demandé une "
        "étude complémentaire sur la recommandation 2."
    )
    pdf.heading("10. Définitions")
    pdf.bullets(
        [
            "Clause sociale d'insertion : disposition d'un marché public qui oblige l'entreprise titulaire "
            "à réserver une partie des heures de travail du marché à des personnes éloignées de l'emploi "
            "(chômeurs de longue durée, allocataires de minima sociaux, jeunes sans qualification).",
            "Fonds d'amorçage ESS : subvention de l'Agglomération, plafonnée à 15~000~€, qui finance les "
            "premières dépenses d'un projet de création ou de développement d'une structure de l'ESS "
            "(équipement, étude, premier emploi).",
            "Guichet unique ESS : point d'accueil de l'Agglomération qui oriente les porteurs de projets de "
            "l'ESS vers les aides et les accompagnements adaptés.",
            "Incubateur : structure qui accompagne des porteurs de projets pendant 12 à 18 mois, de l'idée "
            "à la création, par de la formation collective, un suivi individuel et la mise en relation avec "
            "des partenaires.",
            "SCIC (société coopérative d'intérêt collectif) : coopérative qui associe au moins trois "
            "catégories d'associés, dont obligatoirement les salariés et les bénéficiaires, autour de la "
            "production de biens ou de services d'intérêt collectif ; les collectivités peuvent en être "
            "sociétaires.",
            "Tiers-lieu : lieu ouvert et partagé où se croisent travail, formation, fabrication et "
            "convivialité, géré le plus souvent par un collectif d'usagers.",
        ]
    )
    pdf.heading("11. Comité de pilotage et équipe d'évaluation", need=24)
    pdf.para("Le comité de pilotage de l'évaluation réunissait :", after=1)
    pdf.bullets(
        [
            "Maëlle Quérou, vice-présidente de l'Agglomération chargée de l'ESS et de l'économie de "
            "proximité, présidente du comité ;",
            "Nadia Ferréol, directrice du développement économique de l'Agglomération ;",
            "Yannick Daubrée, chargé de mission ESS de l'Agglomération ;",
            "Paul-Henri Desmarets, responsable de l'Observatoire régional de l'ESS, CRESS Brévalie ;",
            "Sandrine Aulagnier, cheffe du service insertion et emploi, Département de la Vénéole ;",
            "Josiane Caubet, présidente du Réseau ESS Vénéole ;",
            "Thomas Verdaguer, directeur de La Fabrique à Coopérer.",
        ]
    )
    pdf.para(
        "L'évaluation a été réalisée par Clémence Fayolle, cheffe de projet, et Arnaud Villecroze, "
        "consultant, de la SCOP Sillons & Territoires (Aubemont)."
    )
    pdf.para(
        "Contact : Yannick Daubrée, chargé de mission ESS, Agglomération du Pays de Sorlac — "
        "ess@agglo-sorlac.fr — 05~47~62~18~30.",
        style="I",
        size=9,
    )
    save_pdf(
        pdf,
        EVAL,
        "Évaluation à mi-parcours du Plan local ESS 2022-2026 du Pays de Sorlac",
        "Rapport final d'évaluation — juin 2025",
        "Sillons & Territoires pour la Communauté d'agglomération du Pays de Sorlac",
        "économie sociale et solidaire; ESS; évaluation; Pays de Sorlac; Vénéole",
        datetime(2025, 6, 23, 10, 15, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: multi-year objectives agreement with the incubator (PDF, 3 pages)
# ---------------------------------------------------------------------------


def build_conv() -> None:
    pdf = DocPDF(
        "Convention pluriannuelle d'objectifs 2025-2027 · Agglomération du Pays de Sorlac / La Fabrique à Coopérer",
        "Convention n° CPO-2025-014",
        GREEN,
    )
    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*GREEN)
    pdf.cell(90, 5.5, "Communauté d'agglomération", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(90, 5.5, "du Pays de Sorlac", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8)
    pdf.cell(90, 4, "Direction du développement économique", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(90, 4, "Hôtel d'agglomération — 3, cours Lamartine — Sorlac", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(125, 22)
    pdf.multi_cell(
        65,
        4,
        nb("Convention n° CPO-2025-014\nAffaire suivie par : Yannick Daubrée\nDossier : Plan local ESS — axe 1"),
        align="R",
    )
    pdf.set_y(48)
    pdf.start_section("Convention pluriannuelle d'objectifs 2025-2027", 0)
    pdf.title_block(
        [
            ("CONVENTION PLURIANNUELLE D'OBJECTIFS 2025-2027", "B", 14),
            ("relative au soutien de l'incubateur d'entreprises de l'économie sociale et solidaire", "", 10.5),
        ]
    )
    pdf.set_font("Serif", "", 9.5)
    for vu in (
        "Vu le code général des collectivités territoriales ;",
        "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec "
        "les administrations, notamment son article 10 ;",
        "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
        "Vu la délibération n° 2021-241 du conseil communautaire du 15 décembre 2021 adoptant le Plan "
        "local pour l'économie sociale et solidaire 2022-2026 ;",
        "Vu la demande de subvention présentée par l'association La Fabrique à Coopérer le "
        "14 octobre 2024 ;",
    ):
        pdf.multi_cell(0, 4.6, nb(vu), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6)
    pdf.ln(2)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 5, "Entre les soussignés :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.para(
        "La Communauté d'agglomération du Pays de Sorlac, dont le siège est situé 3, cours Lamartine à "
        "Sorlac, représentée par son président, M. Bernard Tessandier, dûment habilité par la délibération "
        "n° 2024-198 du conseil communautaire du 12~décembre~2024, ci-après dénommée « l'Agglomération »,"
    )
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 5, "d'une part,", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, "et", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.para(
        "L'association La Fabrique à Coopérer, association régie par la loi du 1er juillet 1901, déclarée "
        "en préfecture de la Vénéole le 3~mai~2018, dont le siège est situé 5, rue des Vanniers à Sorlac, "
        "n° SIRET 842~317~905~00021, représentée par sa présidente, Mme Hélène Marchadier, ci-après "
        "dénommée « l'Association »,"
    )
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 5, "d'autre part,", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.heading("Préambule", need=20)
    pdf.para(
        "Par son Plan local pour l'économie sociale et solidaire 2022-2026, l'Agglomération s'est donné "
        "pour objectif de favoriser la création d'activités et d'emplois dans l'ESS. L'Association, "
        "créée en 2018, est le seul incubateur spécialisé dans l'ESS du département de la Vénéole. Son "
        "projet associatif est conforme à l'intérêt local. Considérant l'évaluation favorable de la "
        "convention précédente (2022-2024), les parties conviennent de ce qui suit."
    )
    pdf.heading("Article 1 – Objet", need=16)
    pdf.para(
        "La présente convention a pour objet de définir les objectifs que l'Association s'engage à "
        "poursuivre, à son initiative et sous sa responsabilité, ainsi que le montant et les conditions "
        "de la contribution financière de l'Agglomération. L'Agglomération soutient le programme "
        "d'incubation de l'Association, qui accompagne des porteurs de projets de l'ESS de l'idée à la "
        "création de leur structure, et ses actions de sensibilisation à l'entrepreneuriat collectif."
    )
    pdf.heading("Article 2 – Durée", need=16)
    pdf.para(
        "La convention est conclue pour une durée de trois ans, du 1er~janvier~2025 au "
        "31~décembre~2027. Elle ne peut être reconduite tacitement."
    )
    pdf.heading("Article 3 – Engagements de l'Association", need=16)
    pdf.para("L'Association s'engage, pour chaque année de la convention, à :", after=1)
    pdf.bullets(
        [
            "accompagner au moins 12 projets en incubation, dont au moins 4 portés par des habitants des "
            "communes de moins de 3~000 habitants ;",
            "organiser deux sessions de sensibilisation « Entreprendre autrement » ouvertes à tous ;",
            "tenir au moins 20 permanences d'information dans les communes de l'Agglomération ;",
            "participer au Mois de l'ESS et au comité d'attribution du fonds d'amorçage ESS ;",
            "informer sans délai l'Agglomération de toute modification de ses statuts ou de la "
            "composition de son conseil d'administration.",
        ],
        marks="–",
    )
    pdf.heading("Article 4 – Engagements de l'Agglomération", need=16)
    pdf.para(
        "L'Agglomération met gratuitement à la disposition de l'Association un bureau de 180~m² à la "
        "pépinière d'entreprises La Verrerie, à Sorlac, charges comprises ; cette aide en nature est "
        "valorisée à 21~600~€ par an. Elle oriente vers l'Association les porteurs de projets reçus par "
        "le guichet unique ESS, relaie ses appels à candidatures dans ses supports de communication et "
        "l'invite aux réunions du comité de pilotage du Plan local ESS."
    )
    pdf.heading("Article 5 – Coût du programme", need=16)
    pdf.para(
        "Le coût prévisionnel du programme d'incubation pour 2025 s'élève à 181~000~€, selon le budget "
        "présenté en annexe. La contribution de l'Agglomération ne peut excéder 45~% du coût total du "
        "programme constaté chaque année ; si ce coût est inférieur au budget prévisionnel, la "
        "contribution est réduite à due proportion. Le budget prévisionnel de 2026 et celui de 2027 sont "
        "transmis à l'Agglomération avant le 31~octobre de l'année précédente."
    )
    pdf.heading("Article 6 – Montant de la contribution financière", need=60)
    pdf.para(
        "L'Agglomération contribue au financement de l'Association pour un montant total de 231~000~€ "
        "sur la durée de la convention, réparti comme suit :"
    )
    pdf.data_table(
        "Contribution de l'Agglomération par année",
        [
            ("Année", "Fonctionnement (€)", "Programme d'incubation (€)", "Total (€)"),
            ("2025", "45~000", "30~000", "75~000"),
            ("2026", "45~000", "32~000", "77~000"),
            ("2027", "45~000", "34~000", "79~000"),
            ("Total", "135~000", "96~000", "231~000"),
        ],
        (34, 44, 54, 38),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
        fill=(226, 238, 230),
    )
    pdf.para(
        "Les montants de 2026 et de 2027 sont versés sous réserve du vote des crédits correspondants au "
        "budget de l'Agglomération. Ils peuvent être révisés par avenant si le nombre de projets incubés "
        "s'écarte de plus de 20~% de l'objectif fixé à l'article 3."
    )
    pdf.heading("Article 7 – Modalités de versement", need=12)
    pdf.para(
        "Pour chaque année, une avance de 60~% du montant annuel est versée dans les trente jours qui "
        "suivent le vote du budget de l'Agglomération ; le solde, soit 40~%, est versé après la "
        "production du compte rendu financier de l'année écoulée et du rapport d'activité, qui "
        "doivent parvenir à l'Agglomération au plus tard le 30~juin de l'année suivante.",
        lines_before_break=2,
    )
    pdf.para(
        "Les versements sont effectués sur le compte bancaire de l'Association dont le relevé d'identité "
        "bancaire est joint à la demande de subvention."
    )
    pdf.heading("Article 8 – Évaluation", need=16)
    pdf.para(
        "L'Association remet chaque année un bilan qui renseigne les indicateurs suivants : nombre de "
        "projets incubés ; nombre de structures créées et d'emplois créés ; taux de survie à deux ans des "
        "structures accompagnées ; nombre de participants aux sessions de sensibilisation. Un comité de "
        "suivi, composé de deux représentants de chaque partie, se réunit au moins une fois par an, en "
        "principe au mois de septembre. L'évaluation finale de la convention est conduite au cours du "
        "premier semestre 2027."
    )
    pdf.heading("Article 9 – Communication", need=16)
    pdf.para(
        "L'Association fait figurer le logo de l'Agglomération et la mention « avec le soutien de la "
        "Communauté d'agglomération du Pays de Sorlac » sur tous ses supports de communication."
    )
    pdf.heading("Article 10 – Contrôle", need=16)
    pdf.para(
        "L'Association tient une comptabilité conforme au plan comptable des associations. Elle "
        "transmet à l'Agglomération, dans les six mois qui suivent la clôture de chaque exercice, ses "
        "comptes annuels certifiés par un commissaire aux comptes."
    )
    pdf.heading("Article 11 – Avenant", need=16)
    pdf.para(
        "Toute modification de la présente convention fait l'objet d'un avenant signé par les deux "
        "parties."
    )
    pdf.heading("Article 12 – Résiliation", need=16)
    pdf.para(
        "En cas de non-respect par l'une des parties de ses engagements, la convention peut être "
        "résiliée par l'autre partie à l'expiration d'un préavis de trois mois suivant l'envoi d'une "
        "lettre recommandée avec accusé de réception restée sans effet. L'Agglomération peut alors "
        "exiger le remboursement de tout ou partie des sommes versées."
    )
    pdf.heading("Article 13 – Litiges", need=16)
    pdf.para(
        "Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le litige est porté "
        "devant le tribunal administratif de Castelmorin."
    )
    pdf.ln(2)
    pdf.room(40)
    pdf.set_font("Serif", "", 10)
    pdf.cell(
        0, 5, nb("Fait à Sorlac, le 17 février 2025, en deux exemplaires originaux."), new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(4)
    y = pdf.y
    pdf.set_font("Serif", "B", 10)
    pdf.set_xy(20, y)
    pdf.multi_cell(80, 5, "Pour l'Agglomération,\nle Président,\n\n\nBernard Tessandier", align="C")
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 5, "Pour l'Association,\nla Présidente,\n\n\nHélène Marchadier", align="C")
    pdf.set_y(y + 34)

    # Annex
    pdf.heading("Annexe – Budget prévisionnel 2025 du programme d'incubation", need=70)
    pdf.data_table(
        "Budget prévisionnel 2025 (en euros)",
        [
            ("Charges", "Montant (€)", "Produits", "Montant (€)"),
            ("Salaires et charges (2,6 ETP)", "142~000", "Agglomération du Pays de Sorlac", "75~000"),
            ("Prestations d'experts", "18~500", "Région Brévalie", "42~000"),
            ("Déplacements", "6~200", "Fonds social européen (FSE+)", "28~000"),
            ("Communication", "4~800", "Département de la Vénéole", "18~000"),
            ("Autres charges", "9~500", "Mécénat (Fondation Hêtraie)", "10~000"),
            ("", "", "Participation des porteurs de projets", "8~000"),
            ("Total des charges", "181~000", "Total des produits", "181~000"),
        ],
        (52, 26, 66, 26),
        ("LEFT", "RIGHT", "LEFT", "RIGHT"),
        bold_last=True,
        fill=(226, 238, 230),
    )
    save_pdf(
        pdf,
        CONV,
        "Convention pluriannuelle d'objectifs 2025-2027 — La Fabrique à Coopérer",
        "Convention n° CPO-2025-014 entre l'Agglomération du Pays de Sorlac et La Fabrique à Coopérer",
        "Communauté d'agglomération du Pays de Sorlac",
        "convention; subvention; incubateur; ESS; Pays de Sorlac",
        datetime(2025, 2, 17, 16, 40, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: news page of the agglomeration's website (HTML)
# ---------------------------------------------------------------------------

HTML_TEXT = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trophées de l’ESS 2025 : candidatez avant le 10 octobre | Agglomération du Pays de Sorlac</title>
<meta name="description" content="Les Trophées de l’économie sociale et solidaire du Pays de Sorlac reviennent pour une 4e édition. Cinq catégories, 18 000 € de dotations : candidatures jusqu’au 10 octobre 2025.">
<meta name="author" content="Direction de la communication — Agglomération du Pays de Sorlac">
<meta name="publisher" content="Communauté d’agglomération du Pays de Sorlac">
<meta name="date" content="2025-09-02">
<meta property="og:type" content="article">
<meta property="og:title" content="Trophées de l’ESS 2025 : les candidatures sont ouvertes">
<meta property="og:site_name" content="Agglomération du Pays de Sorlac">
<meta property="og:url" content="https://www.agglo-sorlac.fr/entreprendre/ess/trophees-ess-2025">
<meta property="og:image" content="https://www.agglo-sorlac.fr/medias/trophees-ess-2024-laureats.jpg">
<meta property="article:published_time" content="2025-09-02T09:30:00+02:00">
<meta property="article:modified_time" content="2025-09-08T14:05:00+02:00">
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.12">
<link rel="canonical" href="https://www.agglo-sorlac.fr/entreprendre/ess/trophees-ess-2025">
<script src="/assets/js/tarteaucitron/tarteaucitron.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
</script>
</head>
<body class="page-actualite">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies pour mesurer son audience et vous proposer des vidéos.
  Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix.</p>
  <button type="button" class="btn-accept">Tout accepter</button>
  <button type="button" class="btn-refuse">Tout refuser</button>
  <a href="/donnees-personnelles#cookies">Personnaliser</a>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-agglo-sorlac.svg" alt="Agglomération du Pays de Sorlac — retour à l’accueil"></a>
  <form class="search" action="/recherche"><input type="search" name="q" placeholder="Rechercher sur le site"><button>OK</button></form>
  <nav class="main-menu" aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/vivre">Vivre au quotidien</a></li>
      <li><a href="/entreprendre" aria-current="true">Entreprendre</a></li>
      <li><a href="/se-deplacer">Se déplacer</a></li>
      <li><a href="/environnement">Environnement et déchets</a></li>
      <li><a href="/agglo">L’Agglo</a></li>
      <li><a href="/demarches">Démarches en ligne</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d’Ariane">
  <a href="/">Accueil</a> › <a href="/entreprendre">Entreprendre</a> ›
  <a href="/entreprendre/ess">Économie sociale et solidaire</a> › <span>Trophées de l’ESS 2025</span>
</nav>
<div class="layout">
<main id="contenu">
<article class="actualite">
  <p class="categorie">Économie sociale et solidaire</p>
  <h1>Trophées de l’ESS 2025 : les candidatures sont ouvertes</h1>
  <p class="dates">Publié le 2 septembre 2025 · Mis à jour le 8 septembre 2025</p>
  <ul class="share">
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.agglo-sorlac.fr%2Fentreprendre%2Fess%2Ftrophees-ess-2025">Partager sur Facebook</a></li>
    <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.agglo-sorlac.fr%2Fentreprendre%2Fess%2Ftrophees-ess-2025">Partager sur LinkedIn</a></li>
    <li><a href="mailto:?subject=Troph%C3%A9es%20de%20l%E2%80%99ESS%202025">Envoyer par courriel</a></li>
    <li><a href="javascript:window.print()">Imprimer</a></li>
  </ul>
  <p class="chapo">Pour leur 4<sup>e</sup> édition, les Trophées de l’économie sociale et solidaire du
  Pays de Sorlac récompensent des associations, coopératives, mutuelles, fondations et entreprises
  solidaires qui créent des emplois et renforcent le lien social sur le territoire. Cinq prix,
  pour un total de 18&nbsp;000&nbsp;€, seront remis le 20 novembre 2025, pendant le Mois de l’ESS.</p>

  <figure>
    <img src="/medias/trophees-ess-2024-laureats.jpg" alt="Les lauréats 2024 sur la scène, diplôme à la main" width="960" height="540">
    <figcaption>Les lauréats de l’édition 2024, lors de la cérémonie organisée à la salle des fêtes de Bréhanne.
    Photo © Agglomération du Pays de Sorlac / Lucie Maréchaux</figcaption>
  </figure>

  <h2>Qui peut candidater ?</h2>
  <p>Le concours est ouvert aux structures qui remplissent les trois conditions suivantes :</p>
  <ul>
    <li>relever de l’économie sociale et solidaire : association, coopérative, mutuelle, fondation
    ou société commerciale titulaire de l’agrément « entreprise solidaire d’utilité sociale » (ESUS)&nbsp;;</li>
    <li>avoir son siège ou un établissement dans l’une des 31 communes de l’Agglomération&nbsp;;</li>
    <li>avoir été déclarée ou immatriculée avant le 1er janvier 2025.</li>
  </ul>
  <p>Les structures dont un dirigeant siège au jury ne peuvent pas concourir.</p>

  <h2>Cinq catégories, 18&nbsp;000&nbsp;€ de dotations</h2>
  <table class="tableau">
    <caption>Les catégories des Trophées de l’ESS 2025 et leur dotation</caption>
    <thead>
      <tr><th scope="col">Catégorie</th><th scope="col">Ce qui est récompensé</th><th scope="col">Dotation</th></tr>
    </thead>
    <tbody>
      <tr><td>Jeune pousse</td><td>Une structure créée depuis moins de trois ans</td><td>4&nbsp;000&nbsp;€</td></tr>
      <tr><td>Emploi et insertion</td><td>La création d’emplois durables ou l’accompagnement de personnes éloignées de l’emploi</td><td>4&nbsp;000&nbsp;€</td></tr>
      <tr><td>Transition écologique</td><td>Un projet de réemploi, d’alimentation durable, d’énergie ou de mobilité</td><td>4&nbsp;000&nbsp;€</td></tr>
      <tr><td>Coopération territoriale</td><td>Un projet porté par au moins deux structures, dont une de l’ESS</td><td>3&nbsp;000&nbsp;€</td></tr>
      <tr><td>Coup de cœur du public</td><td>La structure qui recueille le plus de votes en ligne</td><td>3&nbsp;000&nbsp;€</td></tr>
    </tbody>
  </table>
  <p>Chaque lauréat reçoit aussi un film de présentation de trois minutes réalisé par un
  vidéaste professionnel et une adhésion d’un an au Réseau ESS Vénéole, offerte par le réseau.</p>

  <h2>Comment les dossiers sont-ils évalués ?</h2>
  <p>Le jury, présidé par Maëlle Quérou, vice-présidente de l’Agglomération chargée de l’ESS et de
  l’économie de proximité, réunit des élus, des représentants de la CRESS Brévalie, du Réseau ESS
  Vénéole et de la Banque Solidaire de Brévalie, ainsi que deux lauréats de l’édition 2024. Il note
  les dossiers sur 100 points selon la grille suivante.</p>
  <table class="tableau">
    <caption>Grille d’évaluation des dossiers</caption>
    <thead>
      <tr><th scope="col">Critère</th><th scope="col">Points</th></tr>
    </thead>
    <tbody>
      <tr><td>Utilité sociale du projet</td><td>30</td></tr>
      <tr><td>Ancrage territorial et partenariats</td><td>25</td></tr>
      <tr><td>Viabilité économique</td><td>20</td></tr>
      <tr><td>Gouvernance démocratique</td><td>15</td></tr>
      <tr><td>Caractère innovant</td><td>10</td></tr>
      <tr><td>Total</td><td>100</td></tr>
    </tbody>
  </table>
  <p>Pour le prix « Coup de cœur du public », le jury présélectionne six structures parmi les
  candidats&nbsp;; les internautes votent ensuite sur le site de l’Agglomération, à raison d’un vote par
  adresse électronique.</p>

  <h2>Le calendrier</h2>
  <ul>
    <li>2 septembre 2025&nbsp;: ouverture des candidatures&nbsp;;</li>
    <li>10 octobre 2025 à 12&nbsp;h&nbsp;: clôture des candidatures&nbsp;;</li>
    <li>4 novembre 2025&nbsp;: réunion du jury&nbsp;;</li>
    <li>du 5 au 16 novembre 2025&nbsp;: vote en ligne pour le prix du public&nbsp;;</li>
    <li>20 novembre 2025 à 18&nbsp;h&nbsp;30&nbsp;: cérémonie de remise des prix à la Halle aux Grains de Montvéran.</li>
  </ul>

  <h2>Comment candidater ?</h2>
  <p>Le dossier de candidature se remplit en ligne sur la plateforme Coop’Sorlac. Il comprend une
  présentation de la structure, une description du projet en deux pages au plus et le dernier
  bilan comptable. Une réunion d’information en visioconférence aura lieu le 16 septembre 2025 à 12&nbsp;h&nbsp;30.</p>
  <p class="telechargements">
    <a href="/medias/trophees-ess-2025-reglement.pdf" class="download">Télécharger le règlement des Trophées 2025 (PDF, 300 Ko)</a><br>
    <a href="/medias/trophees-ess-2025-dossier.docx" class="download">Télécharger le dossier de candidature (DOCX, 85 Ko)</a>
  </p>

  <h2>Le palmarès 2024</h2>
  <p>L’édition 2024 avait reçu 42 candidatures. Les lauréats étaient&nbsp;:</p>
  <ul>
    <li>Jeune pousse&nbsp;: Les Paniers du Sorlacois (Saint-Ivoire-des-Prés)&nbsp;;</li>
    <li>Emploi et insertion&nbsp;: Le Grenier Partagé (Sorlac)&nbsp;;</li>
    <li>Transition écologique&nbsp;: Cyclo’Pôle (Montvéran)&nbsp;;</li>
    <li>Coopération territoriale&nbsp;: le tiers-lieu L’Ourdissoir (Quillemont)&nbsp;;</li>
    <li>Coup de cœur du public&nbsp;: la compagnie de théâtre Les Tréteaux d’Ivoire (Saint-Ivoire-des-Prés).</li>
  </ul>
  <blockquote>
    <p>«&nbsp;Le prix nous a donné une visibilité inespérée&nbsp;: trois cantines de plus nous ont
    contactés dans le mois qui a suivi.&nbsp;» — Pauline Grangier, cogérante des Paniers du Sorlacois</p>
  </blockquote>

  <h2>Questions fréquentes</h2>
  <div class="faq">
    <h3>Une association peut-elle candidater ?</h3>
    <p>Oui, les associations sont éligibles, qu’elles emploient des salariés ou qu’elles fonctionnent
    uniquement avec des bénévoles.</p>
    <h3>Peut-on déposer un dossier dans plusieurs catégories ?</h3>
    <p>Non, chaque structure ne présente qu’un seul dossier, dans une seule catégorie. Le jury peut
    toutefois le réorienter vers une autre catégorie.</p>
    <h3>Une entreprise classique peut-elle concourir ?</h3>
    <p>Non, sauf si elle détient l’agrément ESUS. Elle peut en revanche être partenaire d’un projet
    présenté dans la catégorie « Coopération territoriale ».</p>
    <h3>Les lauréats 2024 peuvent-ils se représenter ?</h3>
    <p>Oui, mais pas dans la catégorie où ils ont été primés en 2024.</p>
    <h3>Faut-il être adhérent du Réseau ESS Vénéole ?</h3>
    <p>Non, aucune adhésion n’est demandée pour concourir.</p>
    <h3>Comment la dotation est-elle versée ?</h3>
    <p>En une seule fois, par virement, dans les deux mois qui suivent la cérémonie.</p>
  </div>

  <div class="contact-box">
    <h2>Contact</h2>
    <p>Yannick Daubrée, chargé de mission ESS<br>
    Direction du développement économique<br>
    <a href="mailto:trophees-ess@agglo-sorlac.fr">trophees-ess@agglo-sorlac.fr</a> — 05&nbsp;47&nbsp;62&nbsp;18&nbsp;30</p>
  </div>
</article>
</main>
<aside class="sidebar" aria-label="Contenus associés">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/entreprendre/ess/mois-ess-2025">Mois de l’ESS 2025&nbsp;: plus de 40 rendez-vous en novembre</a></li>
    <li><a href="/entreprendre/ess/fonds-amorcage">Fonds d’amorçage ESS&nbsp;: prochaine session en octobre</a></li>
    <li><a href="/entreprendre/ess/evaluation-plan-local">Plan local ESS&nbsp;: les conclusions de l’évaluation</a></li>
  </ul>
  <div class="agenda">
    <h2>Agenda</h2>
    <p><strong>16 septembre</strong> — Réunion d’information Trophées (en ligne)</p>
    <p><strong>7 octobre</strong> — Petit-déjeuner des entreprises, pépinière La Verrerie</p>
    <p><strong>18 octobre</strong> — Inauguration de la recyclerie de Montvéran</p>
  </div>
  <div class="newsletter">
    <h2>Lettre d’information</h2>
    <form action="/newsletter"><input type="email" placeholder="Votre adresse électronique"><button>S’abonner</button></form>
  </div>
</aside>
</div>
<footer class="site-footer">
  <p><strong>Communauté d’agglomération du Pays de Sorlac</strong><br>
  Hôtel d’agglomération — 3, cours Lamartine — Sorlac<br>
  Standard&nbsp;: 05&nbsp;47&nbsp;62&nbsp;10&nbsp;00 — du lundi au vendredi, de 8&nbsp;h&nbsp;30 à 17&nbsp;h&nbsp;30</p>
  <ul class="footer-links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/contact">Contact</a></li>
  </ul>
  <p class="social">Suivez-nous : <a href="https://www.facebook.com/agglosorlac">Facebook</a> · <a href="https://www.linkedin.com/company/agglo-sorlac">LinkedIn</a> · <a href="https://www.instagram.com/agglosorlac">Instagram</a></p>
  <p class="copyright">© 2025 Agglomération du Pays de Sorlac</p>
</footer>
<script src="/assets/js/main.min.js?v=3.12" defer></script>
<script>tarteaucitron.init({"privacyUrl": "/donnees-personnelles", "orientation": "bottom"});</script>
</body>
</html>
"""


def build_html() -> None:
    (CORPUS / HTML).write_text(HTML_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Plain-text helpers
# ---------------------------------------------------------------------------


def wrap_blocks(text: str, width: int) -> str:
    """Hard-wrap paragraphs and list items; keep tables, headings, front matter and
    indented blocks as they are. Numbers and their units stay on one line."""
    glue = "\ue000"
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", glue, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|m²|heures|ans\b|mois\b|tonnes|salariés|km\b))", glue, text)
    text = re.sub(r" (?=[;:?!»])", glue, text).replace("« ", "«" + glue)
    text = re.sub(r"\b(n°|M\.|Mme) ", lambda m: m.group(1) + glue, text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    text = re.sub(rf"(?<=\d)(er)? (?=(?:{months})\b)", lambda m: (m.group(1) or "") + glue, text)
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("@@"):
            out.append(block.removeprefix("@@"))
            continue
        lines = block.split("\n")
        if lines[0].startswith(("|", "#", "---", "    ", "=", "*" * 3)):
            out.append(block)
            continue
        items: list[str] = []
        for line in lines:
            if re.match(r"^(- |\d+\. |\* )", line) or not items:
                items.append(line)
            else:
                items[-1] += " " + line.strip()
        wrapped = []
        for item in items:
            m = re.match(r"^(- |\d+\. |\* )", item)
            indent = " " * len(m.group(1)) if m else ""
            wrapped.append(
                textwrap.fill(
                    item,
                    width=width,
                    subsequent_indent=indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        out.append("\n".join(wrapped))
    return ("\n\n".join(out) + "\n").replace(glue, " ")


# ---------------------------------------------------------------------------
# Document 4: minutes of the general assembly of the ESS network (Markdown)
# ---------------------------------------------------------------------------

MD_FRONT = """---
title: "Procès-verbal de l'assemblée générale ordinaire du Réseau ESS Vénéole — 14 juin 2025"
publisher: "Réseau ESS Vénéole (association des acteurs de l'économie sociale et solidaire de la Vénéole)"
date: 2025-06-14
territory: "Département de la Vénéole, région Brévalie"
lang: fr
---
"""

MD_BODY = """
# Assemblée générale ordinaire du 14 juin 2025

@@**Lieu :** tiers-lieu L'Ourdissoir, 2 rue de la Teinturerie, Quillemont
**Horaires :** de 9 h 30 à 12 h 45, suivie d'un déjeuner partagé
**Rédaction :** Odile Prunet, secrétaire, avec l'appui de l'équipe salariée

## Quorum

Sur 117 adhérents à jour de leur cotisation 2024, 51 étaient présents et 13
représentés par un pouvoir, soit 64 adhérents présents ou représentés. Le quorum,
fixé par les statuts au tiers des adhérents (39), est atteint : l'assemblée peut
valablement délibérer.

La séance est ouverte à 9 h 40 par Josiane Caubet, présidente, qui remercie
l'équipe de L'Ourdissoir pour son accueil.

## Ordre du jour

1. Rapport moral de la présidente
2. Rapport d'activité 2024
3. Rapport financier et approbation des comptes 2024
4. Cotisations 2026
5. Élection des administrateurs
6. Orientations 2025-2026
7. Intervention de l'Agglomération du Pays de Sorlac

## 1. Rapport moral

Josiane Caubet rappelle que le réseau, créé en 2012, a changé d'échelle : il
compte désormais 117 adhérents, contre 97 un an plus tôt. Elle souligne l'arrivée
de cinq nouvelles collectivités membres associées et le renouvellement de la
convention avec la Région Brévalie pour 2025-2027. Elle annonce qu'elle ne
sollicitera pas un nouveau mandat de présidente, après six ans à ce poste, mais
qu'elle restera membre du conseil d'administration.

## 2. Rapport d'activité 2024

Kevin Lambertin, coordinateur du réseau, présente les principales actions de
l'année :

- 9 rencontres territoriales, qui ont réuni 412 participants ;
- 5 sessions de la formation « Gouvernance partagée », suivies par 68 dirigeants
  bénévoles et salariés ;
- la publication du guide « Acheter à l'ESS en Vénéole », diffusé à 230 acheteurs
  publics et privés ;
- la coordination du Mois de l'ESS dans le département : 46 manifestations et
  2 900 participants en novembre 2024 ;
- l'accompagnement de 17 structures dans leurs démarches de demande d'agrément
  ESUS.

Le nombre d'adhérents a progressé dans tous les collèges, sauf ceux des mutuelles
et des fondations :

| Collège | Adhérents 2023 | Adhérents 2024 |
|---|---:|---:|
| Associations | 58 | 66 |
| Coopératives | 17 | 21 |
| Mutuelles | 4 | 4 |
| Fondations | 3 | 3 |
| Entreprises agréées ESUS | 6 | 9 |
| Collectivités (membres associés) | 9 | 14 |
| **Total** | **97** | **117** |

L'équipe salariée compte 2,5 équivalents temps plein : un coordinateur, une
chargée d'animation territoriale et une apprentie en communication.

## 3. Rapport financier

Malik Benhaddou, trésorier, présente les comptes 2024, certifiés par le cabinet
Roudier & Associés. Les charges s'élèvent à 101 350 € et les produits à
98 600 €, soit un déficit de 2 750 €, dû au décalage du versement d'une
subvention européenne. Les fonds propres restent positifs (31 400 €).

| Produits 2024 | Montant (€) |
|---|---:|
| Région Brévalie (convention pluriannuelle) | 38 000 |
| Département de la Vénéole | 25 000 |
| Agglomération du Pays de Sorlac | 12 000 |
| Cotisations des adhérents | 11 700 |
| Prestations de formation | 9 800 |
| Autres produits | 2 100 |
| **Total** | **98 600** |

## 4. Cotisations 2026

Le conseil d'administration propose de maintenir les cotisations au niveau de
2025, sauf pour les collectivités :

- structures sans salarié ou de moins de 5 salariés : 40 € ;
- structures de 5 à 49 salariés : 120 € ;
- structures de 50 salariés ou plus : 300 € ;
- collectivités : 0,02 € par habitant, avec un minimum de 100 € (au lieu d'un
  forfait de 150 €).

## 5. Élection des administrateurs

Quatre sièges étaient à pourvoir. Sont élus pour trois ans : Karim Esteban
(SCOP L'Atelier Bois Vénéole), Laure Cassagnes (Le Grenier Partagé), Farid
Ouazzani (Mutuelle des Vallées de Vénéole) et Hélène Marchadier (La Fabrique à
Coopérer).

## Résultats des votes

| Résolution | Pour | Contre | Abstentions |
|---|---:|---:|---:|
| 1. Approbation du rapport moral | 62 | 0 | 2 |
| 2. Approbation des comptes 2024 | 60 | 1 | 3 |
| 3. Affectation du résultat en report à nouveau | 61 | 0 | 3 |
| 4. Cotisations 2026 | 55 | 4 | 5 |
| 5. Élection des administrateurs | 63 | 0 | 1 |

Toutes les résolutions sont adoptées.

## 6. Orientations 2025-2026

L'assemblée approuve trois priorités pour les deux années à venir :

1. faire reconnaître l'ESS dans les achats publics, en formant les acheteurs des
   collectivités et en publiant un annuaire de l'offre de l'ESS ;
2. préparer le renouvellement des dirigeants bénévoles, dont près d'un tiers a
   plus de 65 ans ;
3. ouvrir une antenne du réseau dans le sud du département, à Castelmorin, d'ici
   la fin de 2026.

## 7. Intervention de l'Agglomération du Pays de Sorlac

Maëlle Quérou, vice-présidente de l'Agglomération chargée de l'ESS, présente
les conclusions de l'évaluation à mi-parcours du Plan local ESS, dont le rapport
final a été validé le 6 juin. Elle annonce que l'Agglomération portera sa
subvention au réseau de 12 000 € à 15 000 € en 2026 pour soutenir l'animation
du Mois de l'ESS, et que les Trophées de l'ESS seront reconduits à l'automne.

## Conseil d'administration du 14 juin 2025

Réuni à l'issue de l'assemblée, le conseil d'administration a élu son bureau :

- président : Karim Esteban ;
- vice-présidente : Josiane Caubet ;
- trésorier : Malik Benhaddou (reconduit) ;
- secrétaire : Odile Prunet (Cyclo'Pôle).

La séance est levée à 12 h 45. La prochaine assemblée générale se tiendra au
printemps 2026, dans le sud du département.

## Sigles

- **ACI** : atelier et chantier d'insertion
- **CRESS** : chambre régionale de l'économie sociale et solidaire
- **ESUS** : entreprise solidaire d'utilité sociale
- **SCOP** : société coopérative et participative
- **SCIC** : société coopérative d'intérêt collectif
"""


def build_md() -> None:
    text = MD_FRONT + "\n" + wrap_blocks(MD_BODY, 80)
    (CORPUS / MD).write_text(text, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: press release of the Grenier Partagé (plain text, 72 columns)
# ---------------------------------------------------------------------------

PRESS_BODY = """
@@========================================================================
                        COMMUNIQUÉ DE PRESSE
========================================================================

Sorlac, le 6 octobre 2025

LE GRENIER PARTAGÉ OUVRE UNE DEUXIÈME RECYCLERIE À MONTVÉRAN

Six emplois créés, 650 m² dédiés au réemploi et une boutique ouverte
quatre jours par semaine.

Le Grenier Partagé, recyclerie et atelier et chantier d'insertion de
Sorlac, inaugure le samedi 18 octobre 2025 à 11 h sa deuxième recyclerie,
dans la zone artisanale des Garennes à Montvéran. Ce nouveau site de
650 m², installé dans un ancien entrepôt de négoce agricole, comprend un
espace de dépôt, un atelier de réparation de petit électroménager et une
boutique. Il doit permettre de collecter 150 tonnes d'objets
supplémentaires par an.

UN PROJET DE 380 000 EUROS

L'investissement, de 380 000 € au total, a été financé par :

- la Région Brévalie : 120 000 € ;
- un prêt de la Banque Solidaire de Brévalie : 100 000 € ;
- l'Agglomération du Pays de Sorlac : 90 000 € ;
- le Département de la Vénéole : 40 000 € ;
- les fonds propres de l'association : 30 000 €.

La subvention de l'Agglomération a été votée par le conseil communautaire
le 10 avril 2025, dans le cadre de l'axe 3 du Plan local pour l'économie
sociale et solidaire.

DES EMPLOIS POUR CELLES ET CEUX QUI EN SONT LE PLUS ÉLOIGNÉS

Le site de Montvéran emploie six salariés : un encadrant technique, une
vendeuse et quatre salariés en parcours d'insertion, recrutés en contrat
à durée déterminée d'insertion (CDDI) de quatre mois renouvelable. Avec
ce second site, Le Grenier Partagé compte désormais 25 salariés, dont 15
en parcours d'insertion.

« À Sorlac, nous refusons chaque semaine des dons faute de place. Ce
deuxième site nous permet aussi d'aller vers les habitants du nord de
l'agglomération, qui devaient faire quarante minutes de route pour venir
chez nous », explique Laure Cassagnes, directrice du Grenier Partagé.

« Ce projet montre ce que l'économie sociale et solidaire apporte à notre
territoire : des emplois, moins de déchets et des prix accessibles à
tous », souligne Maëlle Quérou, vice-présidente de l'Agglomération du Pays
de Sorlac chargée de l'économie sociale et solidaire.

LE GRENIER PARTAGÉ EN 2024

    Objets collectés                         312 tonnes
    Part réemployée ou recyclée              74 %
    Passages en caisse (boutique de Sorlac)  21 400
    Personnes en parcours d'insertion        23
    Sorties vers l'emploi ou la formation    61 %

En 2024, 23 personnes ont été accompagnées en parcours d'insertion ;
61 % de celles qui sont sorties du dispositif ont trouvé un emploi ou une
formation.

INFORMATIONS PRATIQUES

@@Recyclerie du Grenier Partagé - site de Montvéran
Zone artisanale des Garennes, 14 route de Quillemont, Montvéran
Dépôts : du mercredi au samedi, de 9 h à 12 h et de 14 h à 18 h
Boutique : du mercredi au samedi, de 10 h à 18 h
Accès : ligne 4 du réseau Sorlac Bus, arrêt « Les Garennes »

À PROPOS DU GRENIER PARTAGÉ

Créée en 2016 à Sorlac, l'association Le Grenier Partagé collecte, trie,
répare et revend des objets du quotidien. Conventionnée atelier et
chantier d'insertion (ACI) par l'État, elle a reçu en 2024 le trophée
« Emploi et insertion » des Trophées de l'ESS du Pays de Sorlac. Elle est
présidée par Gilles Aubertot.

CONTACT PRESSE

@@Romain Pélissou, chargé de communication
Téléphone : 06 72 15 48 93
Courriel : communication@grenier-partage.org
Site : www.grenier-partage.org
"""


def build_press() -> None:
    (CORPUS / PRESS).write_text(wrap_blocks(PRESS_BODY, 72), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: practical sheet of the CRESS (plain text, CRLF, unwrapped lines)
# ---------------------------------------------------------------------------

FICHE_BODY = """CRESS Brévalie - Fiche pratique n° 7 (mise à jour : mars 2025)

L'AGRÉMENT « ENTREPRISE SOLIDAIRE D'UTILITÉ SOCIALE » (ESUS)

Qu'est-ce que l'agrément ESUS ?
L'agrément « entreprise solidaire d'utilité sociale » (ESUS) est une reconnaissance délivrée par l'État aux entreprises de l'économie sociale et solidaire dont l'activité principale poursuit un objectif d'utilité sociale. Il leur ouvre l'accès à l'épargne salariale solidaire et à certains financements publics et privés réservés.

Qui peut l'obtenir ?
Les associations, coopératives, mutuelles et fondations peuvent le demander, ainsi que les sociétés commerciales qui respectent les principes de l'ESS inscrits dans leurs statuts. Certaines structures en bénéficient de plein droit, sans démarche : c'est le cas des structures d'insertion par l'activité économique, des entreprises adaptées et des établissements et services d'aide par le travail.

Quelles sont les conditions ?
- la recherche d'une utilité sociale doit être l'objectif principal de l'entreprise et figurer dans ses statuts ;
- les charges liées à cet objectif doivent peser de manière significative sur le compte de résultat ;
- la moyenne des cinq rémunérations les plus élevées ne doit pas dépasser sept fois le SMIC annuel ;
- la rémunération la plus élevée ne doit pas dépasser dix fois le SMIC annuel ;
- les titres de capital de l'entreprise ne doivent pas être négociés sur un marché financier.

Pour combien de temps ?
L'agrément est accordé pour cinq ans. Une entreprise créée depuis moins de trois ans l'obtient pour deux ans seulement ; elle peut ensuite demander son renouvellement pour cinq ans.

Où déposer la demande ?
En Vénéole, la demande est à adresser à la direction départementale de l'emploi, du travail et des solidarités (DDETS) de la Vénéole, à Castelmorin, de préférence par courriel. La DDETS dispose d'un délai de deux mois pour répondre ; sans réponse à l'issue de ce délai, la demande est réputée rejetée.

Les pièces à fournir :
- le formulaire de demande complété et signé ;
- les statuts à jour ;
- les comptes du dernier exercice clos (sauf pour les entreprises nouvelles) ;
- une note qui décrit l'objectif d'utilité sociale et les moyens qui lui sont consacrés ;
- une attestation sur l'honneur relative aux rémunérations.

Une SARL peut-elle obtenir l'agrément ?
Oui, à condition que ses statuts reprennent les principes de l'ESS (gouvernance démocratique, bénéfices majoritairement consacrés au maintien ou au développement de l'activité, réserves impartageables) et qu'elle remplisse les conditions ci-dessus.

L'agrément donne-t-il droit à une subvention ?
Non. L'agrément ne donne droit à aucune aide directe, mais il est souvent demandé par les financeurs solidaires et par certains concours, comme les Trophées de l'ESS du Pays de Sorlac.

Les chiffres en Vénéole
Au 1er janvier 2025, 38 entreprises détenaient l'agrément ESUS en Vénéole, dont 14 dans l'Agglomération du Pays de Sorlac. Un tiers d'entre elles sont des sociétés commerciales.

Se faire accompagner
La CRESS Brévalie relit gratuitement les dossiers de ses adhérents avant leur envoi.
Contact : Inès Gourdon, chargée d'accompagnement juridique - 05 47 30 72 16 - accompagnement@cress-brevalie.org
"""


def build_fiche() -> None:
    data = FICHE_BODY.replace("\n", "\r\n").encode("utf-8")
    (CORPUS / FICHE).write_bytes(data)


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "para", "en", "follow", "cross")


@dataclass
class Check:
    """An absence check for an unanswerable question.

    kind "absent":   ``regex`` matches nowhere in the scope;
    kind "near":     ``regex`` matches nowhere within ``window`` characters of ``term``
                     (and ``term`` occurs at least once, so that the check means something);
    kind "together": no sentence, list item or table row of the scope matches all ``regexes``
                     (and each regex occurs somewhere in the corpus).
    A scope of None is the whole corpus, else one or more document letters (E, C, H, M, P, F).
    Regexes run on the normalised text (case folded, apostrophes unified, whitespace collapsed).
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


PHONE = r"\b0\d(?:[ .]?\d\d){4}\b"

# fmt: off
QUESTIONS: list[Q] = [
    # --- Evaluation report (E) -------------------------------------------------------------
    A("Combien de salariés compte l'ESS dans le Pays de Sorlac ?", ["5 120"], "E", [1, 2]),
    A("Combien d'établissements employeurs de l'ESS y a-t-il dans l'agglo de Sorlac ?", ["451"], "E", [1, 2]),
    A("Quel est le poids de l'ESS dans l'emploi salarié privé de la communauté d'agglomération du Pays de Sorlac ?", ["11,8 %"], "E", [1, 2]),
    A("De combien l'emploi salarié de l'ESS a-t-il augmenté depuis 2020 sur l'agglomération ?", ["6,6 %"], "E", [1, 2]),
    A("Le plan ESS de Sorlac est doté de quel budget sur cinq ans ?", ["2,4 millions"], "E", [1]),
    A("Quand le plan local ESS du Pays de Sorlac a-t-il été adopté ?", ["15 décembre 2021"], "EC", [1], kind="date"),
    A("Quel prestataire a conduit l'évaluation à mi-parcours du plan ESS ?", ["Sillons & Territoires"], "E", [1, 7], kind="other"),
    A("Qui présidait le comité de pilotage de l'évaluation ?", ["Maëlle Quérou"], "E", [1, 7], kind="people"),
    A("Combien de structures ont répondu à l'enquête en ligne de l'évaluation ?", ["128"], "E", [1, 6]),
    A("Quel a été le taux de réponse à l'enquête en ligne ?", ["34 %"], "E", [1]),
    A("Les évaluateurs ont rencontré combien de personnes en tête-à-tête ?", ["41"], "E", [1], tags="para"),
    A("Pendant quelle période l'enquête en ligne était-elle ouverte ?", ["18 novembre", "20 décembre 2024"], "E", [1], kind="date"),
    A("Combien de personnes ont participé aux ateliers de l'évaluation, et dans quelles communes ont-ils eu lieu ?", ["72", "Sorlac", "Bréhanne", "Quillemont"], "E", [1, 2], tags="cross"),
    A("Quand le comité de pilotage a-t-il validé le rapport final de l'évaluation ?", ["6 juin 2025"], "E", [2], kind="date"),
    A("Que mesure le taux d'engagement dont parle le rapport d'évaluation ?", ["crédits engagés", "budget prévu"], "E", [1], kind="definition"),
    A("Combien d'habitants compte le Pays de Sorlac ?", ["141 380"], "E", [2]),
    A("Combien de communes regroupe l'agglomération du Pays de Sorlac ?", ["31"], "EH", [2]),
    A("Population de Sorlac, la ville-centre ?", ["58 920"], "E", [2]),
    A("Quelle est la part de l'ESS dans l'emploi privé en moyenne dans la région Brévalie ?", ["10,9 %"], "E", [2]),
    A("Et le reste du secteur privé ?", ["2,9 %"], "E", [2], tags="follow", history=["De combien ont progressé les effectifs salariés de l'ESS du Pays de Sorlac entre 2020 et 2023 ?"]),
    A("Combien de salariés dans l'ESS à Montvéran en 2023 ?", ["768"], "E", [2], tags="table"),
    A("Et en 2020 ?", ["712"], "E", [2], tags="table follow", history=["Combien de salariés dans l'ESS à Montvéran en 2023 ?"]),
    A("Nombre d'établissements ESS à Bréhanne ?", ["38"], "E", [2], tags="table"),
    A("Quel poids pèse l'ESS dans l'emploi privé à Saint-Ivoire-des-Prés ?", ["13,6"], "E", [2], tags="table"),
    A("Combien de salariés de l'ESS à Quillemont en 2020 ?", ["198"], "E", [2], tags="table"),
    A("Et trois ans plus tard ?", ["236"], "E", [2], tags="table follow", history=["Combien de salariés de l'ESS à Quillemont en 2020 ?"]),
    A("Combien de postes salariés l'ESS compte-t-elle aux Essarteaux en 2023 ?", ["118"], "E", [2], tags="table"),
    A("Valfroide, combien d'établissements de l'ESS ?", ["17"], "E", [2], tags="table"),
    A("Et combien d'établissements ?", ["29"], "E", [2], tags="table follow", history=["Combien de salariés dans l'ESS à Saint-Ivoire-des-Prés en 2023 ?"]),
    A("Parmi les communes détaillées une à une dans le tableau, laquelle a la plus faible part d'ESS dans l'emploi privé ?", ["Valfroide", "8,7"], "E", [2], tags="table"),
    A("Dans quelle commune l'ESS pèse-t-elle le plus dans l'emploi privé ?", ["Sorlac", "14,3"], "E", [2], tags="table"),
    A("Quelle commune a enregistré la plus forte hausse de l'emploi ESS entre 2020 et 2023 ?", ["Quillemont", "19,2 %"], "E", [2]),
    A("Pourquoi l'emploi dans l'ESS a-t-il baissé à Bréhanne ?", ["agence bancaire mutualiste"], "E", [2], kind="other"),
    A("Combien d'emplois de l'ESS Bréhanne a-t-elle perdus ?", ["25"], "E", [2]),
    A("Combien de salariés de l'ESS dans les 24 autres communes en 2023 ?", ["466"], "E", [2], tags="table"),
    A("Combien de salariés l'ESS comptait-elle à Sorlac en 2020 ?", ["2 486"], "E", [2], tags="table"),
    A("Quelle part des emplois de l'ESS du territoire se trouve dans la ville-centre ?", ["52 %"], "E", [2], tags="para"),
    A("How many ESS establishments are there in Montvéran?", ["61"], "E", [2], tags="table en"),
    A("How many people worked in the social economy in Valfroide in 2023?", ["151"], "E", [2], tags="table en para"),
    A("Combien de salariés emploient les associations dans le Pays de Sorlac ?", ["3 904"], "E", [2], tags="table"),
    A("Combien de coopératives employeuses sur le territoire ?", ["41"], "E", [2], tags="table"),
    A("De combien les effectifs des mutuelles ont-ils baissé entre 2020 et 2023 ?", ["3,7"], "E", [2], tags="table"),
    A("Combien de salariés dans les fondations de l'agglomération ?", ["241"], "E", [2], tags="table"),
    A("Quelle famille de l'ESS a connu la plus forte progression de ses effectifs ?", ["Sociétés commerciales", "38,2"], "E", [2], tags="table"),
    A("Combien d'établissements pour les sociétés commerciales de l'ESS ?", ["12"], "E", [2], tags="table"),
    A("What share of social economy jobs do associations account for in the Pays de Sorlac?", ["76"], "E", [2], tags="en"),
    A("Quelle est la seule famille de l'ESS qui perd des emplois ?", ["mutuelles"], "E", [2], kind="other"),
    A("Comment s'appelle la coopérative d'activité et d'emploi citée dans l'évaluation ?", ["Coopalia"], "E", [2], kind="other"),
    A("Combien d'actions compte le plan local ESS ?", ["19"], "E", [3, 6]),
    A("Combien d'actions du plan avaient démarré fin 2024 ?", ["16"], "E", [3]),
    A("Quelle action du plan a été abandonnée ?", ["monnaie locale complémentaire"], "E", [3], kind="other"),
    A("Pourquoi le projet de monnaie locale n'a-t-il pas abouti ?", ["faute de porteur"], "E", [3], kind="other", tags="para"),
    A("Quel montant exact était engagé au 31/12/2024 sur l'ensemble du plan ?", ["1 312 600"], "E", [3]),
    A("Taux d'engagement du plan ESS à fin 2024 ?", ["54,7 %"], "E", [3]),
    A("Quel budget est prévu pour l'axe 2 du plan ?", ["640 000"], "E", [3], tags="table"),
    A("Combien a été engagé sur l'axe transition écologique et alimentation locale ?", ["341 700"], "E", [3], tags="table"),
    A("Taux d'engagement de l'axe 4 ?", ["41,2"], "E", [3], tags="table"),
    A("Quel axe du plan a le taux d'engagement le plus bas ?", ["Axe 4", "41,2"], "E", [3], tags="table"),
    A("Quel axe du plan dispose de la plus grosse enveloppe ?", ["Entreprendre en ESS", "820 000"], "E", [3], tags="table"),
    A("Combien d'argent a déjà été mobilisé pour l'axe consacré à la création d'entreprises ?", ["512 400"], "E", [3], tags="table para"),
    A("Pourquoi l'axe 4 a-t-il pris du retard ?", ["second chargé de mission"], "E", [3], kind="other"),
    A("Quand la plateforme numérique des acteurs de l'ESS a-t-elle été mise en ligne ?", ["septembre 2024"], "E", [3], kind="date"),
    A("Quel est le plafond du fonds d'amorçage ESS ?", ["15 000 €"], "E", [3, 7]),
    A("Combien de dossiers ont été déposés au fonds d'amorçage en 2023 ?", ["31"], "E", [3], tags="table"),
    A("Combien de projets le fonds d'amorçage a-t-il soutenus en 2022 ?", ["12"], "E", [3], tags="table"),
    A("Et en 2024 ?", ["18"], "E", [3], tags="table follow", history=["Combien de projets le fonds d'amorçage a-t-il soutenus en 2022 ?"]),
    A("Montant attribué par le fonds d'amorçage en 2024 ?", ["163 900"], "E", [3], tags="table"),
    A("Quelle était l'aide moyenne du fonds d'amorçage en 2023 ?", ["8 371"], "E", [3], tags="table"),
    A("Combien le fonds d'amorçage a-t-il distribué au total depuis sa création ?", ["404 700"], "E", [3], tags="para"),
    A("How many applications did the ESS seed fund receive in total between 2022 and 2024?", ["90"], "E", [3], tags="en table"),
    A("How many projects has the seed fund supported since 2022?", ["47"], "E", [1, 3], tags="en"),
    A("En quelle année le fonds d'amorçage a-t-il reçu le plus de dossiers ?", ["2024", "36"], "E", [3], tags="table"),
    A("À quelle période se réunit le comité d'attribution du fonds d'amorçage ?", ["mars", "octobre"], "E", [3], kind="date"),
    A("Combien de projets l'incubateur La Fabrique à Coopérer a-t-il accompagnés depuis 2022 ?", ["38"], "E", [3, 4]),
    A("Combien de structures ont vu le jour après un passage par l'incubateur ?", ["19"], "E", [3, 4], tags="para"),
    A("Quel est le taux de survie à deux ans des structures créées via l'incubateur ?", ["89 %"], "E", [3]),
    A("Combien d'associations ont été créées après incubation ?", ["11"], "E", [3]),
    A("Combien d'heures de travail les clauses sociales ont-elles procurées ?", ["71 450"], "E", [4]),
    A("Dans combien de marchés des clauses sociales ont-elles été intégrées ?", ["27"], "E", [4]),
    A("Combien de personnes ont bénéficié des clauses sociales d'insertion ?", ["296"], "E", [4]),
    A("Quelle part des bénéficiaires des clauses sociales avait moins de 26 ans ?", ["38 %"], "E", [4]),
    A("Quelle part des achats de l'Agglomération va à des structures de l'ESS en 2024 ?", ["5,1 %"], "E", [4]),
    A("Et en 2021 ?", ["3,8 %"], "E", [4], tags="follow", history=["Quelle part des achats de l'Agglomération va à des structures de l'ESS en 2024 ?"]),
    A("Quels freins aux achats responsables les évaluateurs relèvent-ils ?", ["lots", "acheteurs publics", "SPASER"], "E", [4], kind="list"),
    A("Que veut dire SPASER ?", ["schéma de promotion des achats socialement et écologiquement responsables"], "E", [4], kind="definition"),
    A("L'Agglomération est-elle obligée d'adopter un SPASER ?", ["pas tenue"], "E", [4], kind="yesno"),
    A("Combien de points de vente en circuit court ont été soutenus à fin 2024 ?", ["11"], "E", [4], tags="table"),
    A("Combien de cantines scolaires la SCIC Les Paniers du Sorlacois approvisionne-t-elle ?", ["9"], "E", [4, 5]),
    A("Combien de tonnes d'objets Le Grenier Partagé a-t-il collectées en 2023 ?", ["286 tonnes"], "E", [4]),
    A("Et en 2021 ?", ["190 tonnes"], "E", [4], tags="follow", history=["Combien de tonnes d'objets Le Grenier Partagé a-t-il collectées en 2023 ?"]),
    A("Combien de porteurs de projets sont passés par le guichet unique ESS ?", ["263"], "E", [4]),
    A("Depuis quand le guichet unique ESS est-il ouvert ?", ["mars 2022"], "E", [4], kind="date"),
    A("Combien de structures sont référencées sur la plateforme Coop'Sorlac ?", ["148"], "E", [4]),
    A("Quelle est la cible 2026 pour les heures d'insertion ?", ["120 000"], "E", [4], tags="table"),
    A("Taux d'atteinte de l'indicateur sur les points de vente en circuit court ?", ["73"], "E", [4], tags="table"),
    A("Quel indicateur du plan est le plus proche de sa cible ?", ["Mois de l'ESS", "82"], "E", [4], tags="table"),
    A("Quel indicateur de réalisation est le plus en retard sur sa cible ?", ["Heures d'insertion", "60"], "E", [4], tags="table"),
    A("Combien de personnes ont participé au Mois de l'ESS organisé par l'agglo sur les trois éditions ?", ["3 260"], "E", [4]),
    A("How many projects should the incubator have supported by 2026?", ["60"], "E", [4], tags="en table"),
    A("Quelle est la surface de la recyclerie du Grenier Partagé à Sorlac ?", ["900 m²"], "E", [5]),
    A("Combien de salariés employait Le Grenier Partagé au moment de l'évaluation, et combien en insertion ?", ["19", "11"], "E", [5]),
    A("Combien Le Grenier Partagé a-t-il reçu du fonds d'amorçage en 2022 ?", ["12 000 €"], "E", [5]),
    A("Combien de producteurs réunit la SCIC Les Paniers du Sorlacois ?", ["54"], "E", [5]),
    A("Où est implantée la SCIC Les Paniers du Sorlacois ?", ["Saint-Ivoire-des-Prés"], "EH", [5], kind="other"),
    A("Combien de vélos Cyclo'Pôle a-t-il remis en circulation en 2024 ?", ["1 300"], "E", [5]),
    A("How many volunteers does Cyclo'Pôle have?", ["35"], "E", [5], tags="en"),
    A("Combien de structures sont hébergées au tiers-lieu L'Ourdissoir ?", ["26"], "E", [5]),
    A("Combien de visiteurs le tiers-lieu de Quillemont a-t-il accueillis en 2024 ?", ["7 800"], "E", [5]),
    A("Quelles difficultés les dirigeants des structures accompagnées signalent-ils ?", ["dossier différent", "trois à six mois", "au-delà d'un an"], "E", [5], kind="list"),
    A("Le tiers-lieu de Quillemont occupe quel type de bâtiment ?", ["ancienne usine textile"], "E", [5], kind="other", tags="para"),
    A("Quelle proportion des structures interrogées connaît le guichet unique ESS ?", ["48"], "E", [6], tags="table"),
    A("Quel dispositif du plan obtient le meilleur taux de satisfaction ?", ["Fabrique à Coopérer", "92"], "E", [6], tags="table"),
    A("Quel pourcentage des structures répondantes a bénéficié du fonds d'amorçage ?", ["24"], "E", [6], tags="table"),
    A("Satisfaction des bénéficiaires du Mois de l'ESS ?", ["79"], "E", [6], tags="table"),
    A("Quel dispositif est le moins connu des structures ?", ["clauses sociales", "39"], "E", [6], tags="table"),
    A("Quelles sont les trois principales attentes des structures interrogées ?", ["locaux", "recrutement", "investissements"], "E", [6], kind="list"),
    A("Quelle part des répondants réclame des locaux à loyer modéré ?", ["57 %"], "E", [6]),
    A("Quelles forces du plan l'évaluation met-elle en avant ?", ["portage politique", "outils financiers", "partenariat"], "E", [6], kind="list"),
    A("Quels sont les points de vigilance relevés par les évaluateurs ?", ["visibilité", "achats responsables", "équipe réduite"], "E", [6], kind="list"),
    A("À combien les évaluateurs proposent-ils de relever le plafond du fonds d'amorçage ?", ["20 000 €"], "E", [6]),
    A("Où faudrait-il ouvrir des permanences du guichet unique, et à quel rythme ?", ["Bréhanne", "Quillemont", "demi-journée par semaine"], "E", [6, 7], kind="other", tags="cross"),
    A("Que recommande l'évaluation de faire des 60 000 € prévus pour la monnaie locale ?", ["fonds de prêts d'honneur"], "E", [7], kind="other"),
    A("Quelles recommandations le bureau communautaire a-t-il retenues ?", ["1, 3 et 4"], "E", [7], kind="list"),
    A("Quand le bureau communautaire a-t-il pris connaissance du rapport d'évaluation ?", ["19 juin 2025"], "E", [7], kind="date"),
    A("Qu'est-ce qu'une clause sociale d'insertion ?", ["marché public", "personnes éloignées de l'emploi"], "E", [7], kind="definition"),
    A("C'est quoi une SCIC ?", ["société coopérative d'intérêt collectif", "trois catégories d'associés"], "E", [7], kind="definition"),
    A("Que signifie « guichet unique ESS » ?", ["point d'accueil"], "E", [7], kind="definition"),
    A("Combien de temps dure l'accompagnement en incubateur ?", ["12 à 18 mois"], "E", [7], kind="date"),
    A("Qu'est-ce qu'un tiers-lieu ?", ["lieu ouvert et partagé"], "E", [7], kind="definition"),
    A("Quelle est la fonction de Nadia Ferréol ?", ["directrice du développement économique"], "E", [7], kind="people"),
    A("Qui représentait la CRESS Brévalie au comité de pilotage de l'évaluation ?", ["Paul-Henri Desmarets"], "E", [7], kind="people"),
    A("Qui est cheffe du service insertion et emploi au Département de la Vénéole ?", ["Sandrine Aulagnier"], "E", [7], kind="people"),
    A("Who is the director of La Fabrique à Coopérer?", ["Thomas Verdaguer"], "E", [7], kind="people", tags="en"),
    A("Who led the evaluation team as project manager?", ["Clémence Fayolle"], "E", [7], kind="people", tags="en"),
    A("In which town is the consultancy Sillons & Territoires based?", ["Aubemont"], "E", [7], kind="other", tags="en"),
    A("Quel est le mail du chargé de mission ESS de l'agglo ?", ["ess@agglo-sorlac.fr"], "E", [7], kind="other"),
    A("What is the phone number of the agglomeration's ESS officer?", ["05 47 62 18 30"], "EH", [7], kind="other", tags="en"),
    A("Qui est le chargé de mission ESS de l'Agglomération du Pays de Sorlac ?", ["Yannick Daubrée"], "EH", [7], kind="people"),
    A("Qu'a déclaré la gérante d'une SCOP de Valfroide à propos du fonds d'amorçage ?", ["premier salarié"], "E", [6], kind="other"),

    # --- Convention (C) -------------------------------------------------------------------
    A("Quelle est la durée de la convention entre l'agglo et La Fabrique à Coopérer ?", ["trois ans"], "C", [1], kind="date"),
    A("Jusqu'à quand court la convention pluriannuelle d'objectifs de l'incubateur ?", ["31 décembre 2027"], "C", [1], kind="date"),
    A("Qui signe la convention pour l'association La Fabrique à Coopérer ?", ["Hélène Marchadier"], "C", [1, 3], kind="people"),
    A("Qui est le président de la communauté d'agglomération du Pays de Sorlac ?", ["Bernard Tessandier"], "C", [1, 3], kind="people"),
    A("Quel est le montant total de la subvention de l'Agglomération à La Fabrique à Coopérer sur 2025-2027 ?", ["231 000 €"], "C", [2]),
    A("Combien l'Agglomération versera-t-elle à l'incubateur en 2026 ?", ["77 000"], "C", [2], tags="table"),
    A("Et en 2027 ?", ["79 000"], "C", [2], tags="table follow", history=["Combien l'Agglomération verse-t-elle à La Fabrique à Coopérer en 2025 ?"]),
    A("Quel montant est prévu pour le programme d'incubation en 2027 ?", ["34 000"], "C", [2], tags="table"),
    A("Quelle est la part annuelle consacrée au fonctionnement de l'association ?", ["45 000"], "C", [2], tags="table"),
    A("Combien de projets l'incubateur doit-il accompagner chaque année au minimum ?", ["12"], "C", [2]),
    A("Combien de permanences d'information l'association doit-elle tenir par an ?", ["20"], "C", [2]),
    A("Quelle surface de bureau l'Agglomération met-elle à disposition de l'association ?", ["180 m²"], "C", [2]),
    A("À combien est valorisée l'aide en nature que représentent les locaux de La Verrerie ?", ["21 600 €"], "C", [2]),
    A("Jusqu'à quelle part du coût du programme l'Agglomération peut-elle aller ?", ["45 %"], "C", [2], tags="para"),
    A("Quel est le coût prévisionnel du programme d'incubation pour 2025 ?", ["181 000"], "C", [2, 4]),
    A("Quel pourcentage de la subvention annuelle est versé en avance ?", ["60 %"], "C", [2]),
    A("Avant quelle date l'association doit-elle envoyer son compte rendu financier ?", ["30 juin"], "C", [3], kind="date"),
    A("Comment la subvention annuelle est-elle versée à l'incubateur ?", ["60 %", "40 %", "compte rendu financier"], "C", [2, 3], kind="other", tags="cross"),
    A("Quel est le délai de préavis en cas de résiliation de la convention ?", ["trois mois"], "C", [3], kind="date"),
    A("Quel tribunal est compétent en cas de litige sur la convention ?", ["tribunal administratif de Castelmorin"], "C", [3], kind="other"),
    A("Quand la convention avec La Fabrique à Coopérer a-t-elle été signée ?", ["17 février 2025"], "C", [3], kind="date"),
    A("À quel moment de l'année se réunit le comité de suivi de la convention ?", ["septembre"], "C", [3], kind="date"),
    A("Quand La Fabrique à Coopérer a-t-elle été déclarée en préfecture ?", ["3 mai 2018"], "C", [1], kind="date"),
    A("What is La Fabrique à Coopérer's SIRET number?", ["842 317 905 00021"], "C", [1], kind="other", tags="en"),
    A("On which street is La Fabrique à Coopérer's head office?", ["rue des Vanniers"], "C", [1], kind="other", tags="en"),
    A("Quel numéro porte la délibération qui autorise le président à signer la convention ?", ["2024-198"], "C", [1], kind="other"),
    A("Combien la Région Brévalie apporte-t-elle au programme d'incubation en 2025 ?", ["42 000"], "C", [4], tags="table"),
    A("Combien le FSE+ finance-t-il dans le budget 2025 de l'incubateur ?", ["28 000"], "C", [4], tags="table"),
    A("Combien d'ETP sont prévus pour le programme d'incubation ?", ["2,6 ETP"], "C", [4], tags="table"),
    A("Quel est le plus gros poste de dépenses du budget prévisionnel de l'incubateur ?", ["Salaires et charges", "142 000"], "C", [4], tags="table"),
    A("Quel mécène soutient le programme d'incubation, et pour combien ?", ["Fondation Hêtraie", "10 000"], "C", [4], kind="other", tags="table"),
    A("Combien le Département de la Vénéole apporte-t-il à l'incubateur en 2025 ?", ["18 000"], "C", [4], tags="table"),
    A("Quel est le plus petit poste de charges du budget 2025 de l'incubateur ?", ["Communication", "4 800"], "C", [4], tags="table"),
    A("La convention peut-elle être reconduite tacitement ?", ["reconduite tacitement"], "C", [1], kind="yesno"),
    A("Les comptes de l'association doivent-ils être certifiés ?", ["commissaire aux comptes"], "C", [3], kind="yesno"),
    A("Quelle mention l'association doit-elle faire figurer sur ses supports de communication ?", ["avec le soutien de la Communauté d'agglomération du Pays de Sorlac"], "C", [3], kind="other"),
    A("Quels indicateurs l'incubateur doit-il renseigner dans son bilan annuel ?", ["projets incubés", "structures créées", "taux de survie", "sessions de sensibilisation"], "C", [3], kind="list"),
    A("Comment s'appellent les sessions de sensibilisation organisées par l'incubateur ?", ["Entreprendre autrement"], "C", [2], kind="other"),
    A("Who is in charge of the file at the agglomeration for this agreement?", ["Yannick Daubrée"], "C", [1], kind="people", tags="en"),
    A("Quand doit avoir lieu l'évaluation finale de la convention ?", ["premier semestre 2027"], "C", [3], kind="date"),
    A("Qu'est-ce que l'Agglomération apporte à l'incubateur en plus de l'argent ?", ["bureau de 180 m²", "La Verrerie"], "C", [2], kind="other", tags="para"),

    # --- HTML page (H) --------------------------------------------------------------------
    A("Quelle est la dotation totale des Trophées de l'ESS 2025 ?", ["18 000 €"], "H"),
    A("Date limite pour candidater aux Trophées de l'ESS du Pays de Sorlac ?", ["10 octobre 2025", "12 h"], "H", kind="date"),
    A("Quelles sont les catégories des Trophées de l'ESS 2025 ?", ["Jeune pousse", "Emploi et insertion", "Transition écologique", "Coopération territoriale", "Coup de cœur du public"], "H", kind="list", tags="table"),
    A("Quelle est la dotation de la catégorie Coopération territoriale ?", ["3 000 €"], "H", tags="table"),
    A("Combien touche le lauréat Jeune pousse ?", ["4 000 €"], "H", tags="table"),
    A("Et pour le coup de cœur du public ?", ["3 000 €"], "H", tags="table follow", history=["Quelle est la dotation du prix Emploi et insertion aux Trophées 2025 ?"]),
    A("Quelles structures peuvent concourir dans la catégorie Jeune pousse ?", ["moins de trois ans"], "H", kind="other", tags="table"),
    A("Sur quels critères le jury des Trophées note-t-il les dossiers ?", ["Utilité sociale", "Ancrage territorial", "Viabilité économique", "Gouvernance démocratique", "Caractère innovant"], "H", kind="list", tags="table"),
    A("Combien de points compte l'utilité sociale dans la grille des Trophées ?", ["30"], "H", tags="table"),
    A("Quel critère pèse le moins dans la notation des Trophées ?", ["Caractère innovant", "10"], "H", tags="table"),
    A("Combien de points pour la gouvernance démocratique ?", ["15"], "H", tags="table"),
    A("Quel critère de la grille des Trophées compte le plus de points ?", ["Utilité sociale", "30"], "H", tags="table"),
    A("Qui préside le jury des Trophées de l'ESS 2025 ?", ["Maëlle Quérou"], "H", kind="people"),
    A("Quand aura lieu la remise des prix des Trophées 2025 ?", ["20 novembre 2025"], "H", kind="date"),
    A("Et où ?", ["Halle aux Grains", "Montvéran"], "H", kind="other", tags="follow", history=["Quand aura lieu la remise des prix des Trophées 2025 ?"]),
    A("Quand le jury des Trophées se réunit-il ?", ["4 novembre 2025"], "H", kind="date"),
    A("Pendant quelle période peut-on voter pour le prix du public ?", ["5 au 16 novembre 2025"], "H", kind="date"),
    A("Combien de dossiers l'édition 2024 des Trophées avait-elle reçus ?", ["42"], "H"),
    A("Quel prix Le Grenier Partagé a-t-il remporté aux Trophées de l'ESS 2024 ?", ["Emploi et insertion"], "HP", kind="other"),
    A("Qui a gagné le coup de cœur du public en 2024 ?", ["Tréteaux d’Ivoire"], "H", kind="other"),
    A("Quel lauréat 2024 a été primé dans la catégorie Jeune pousse ?", ["Paniers du Sorlacois"], "H", kind="other"),
    A("Une association peut-elle candidater aux Trophées ?", ["éligibles"], "H", kind="yesno"),
    A("Peut-on déposer un dossier dans plusieurs catégories ?", ["un seul dossier"], "H", kind="yesno"),
    A("Une entreprise classique peut-elle concourir aux Trophées de l'ESS ?", ["agrément ESUS"], "H", kind="yesno"),
    A("Faut-il être adhérent du Réseau ESS Vénéole pour participer ?", ["aucune adhésion"], "H", kind="yesno"),
    A("Un lauréat de l'an dernier peut-il se représenter ?", ["pas dans la catégorie"], "H", kind="yesno", tags="para"),
    A("Comment et quand la dotation est-elle versée aux lauréats ?", ["virement", "deux mois"], "H", kind="other"),
    A("Que gagnent les lauréats en plus de la dotation ?", ["film de présentation", "Réseau ESS Vénéole"], "H", kind="list"),
    A("Que faut-il joindre au dossier de candidature des Trophées ?", ["présentation de la structure", "deux pages", "bilan comptable"], "H", kind="list"),
    A("Quand a lieu la réunion d'information sur les Trophées ?", ["16 septembre 2025"], "H", kind="date"),
    A("À quelle adresse électronique écrire pour les Trophées de l'ESS ?", ["trophees-ess@agglo-sorlac.fr"], "H", kind="other"),
    A("Quelles conditions faut-il remplir pour concourir aux Trophées ?", ["économie sociale et solidaire", "31 communes", "1er janvier 2025"], "H", kind="list"),
    A("Who took the photo of the 2024 winners?", ["Lucie Maréchaux"], "H", kind="people", tags="en"),
    A("In which town was the 2024 awards ceremony held?", ["Bréhanne"], "H", kind="other", tags="en"),
    A("Which award category is for projects run by at least two organisations?", ["Coopération territoriale"], "H", kind="other", tags="en table"),
    A("Which bank is represented on the jury of the ESS awards?", ["Banque Solidaire de Brévalie"], "H", kind="other", tags="en"),
    A("Quelle est la fonction de Pauline Grangier ?", ["cogérante"], "H", kind="people"),
    A("Combien de fois peut-on voter pour le prix du public ?", ["un vote par adresse électronique"], "H", kind="other", tags="para"),
    A("Les structures dont un dirigeant est membre du jury peuvent-elles participer ?", ["ne peuvent pas concourir"], "H", kind="yesno"),

    # --- Markdown minutes (M) ------------------------------------------------------------
    A("Combien d'adhérents compte le Réseau ESS Vénéole ?", ["117"], "M"),
    A("Et l'année d'avant ?", ["97"], "M", tags="follow", history=["Combien d'adhérents compte le Réseau ESS Vénéole ?"]),
    A("Combien de coopératives adhèrent au réseau en 2024 ?", ["21"], "M", tags="table"),
    A("Combien de collectivités étaient membres associées du réseau en 2023 ?", ["9"], "M", tags="table"),
    A("Quel collège compte le plus d'adhérents au Réseau ESS Vénéole ?", ["Associations", "66"], "M", tags="table"),
    A("Combien d'entreprises agréées ESUS sont adhérentes du réseau en 2024 ?", ["9"], "M", tags="table"),
    A("Combien d'adhérents étaient présents ou représentés à l'AG du 14 juin 2025 ?", ["64"], "M"),
    A("Quel était le quorum requis pour l'assemblée générale ?", ["39"], "M"),
    A("Qui a été élu président du Réseau ESS Vénéole en juin 2025 ?", ["Karim Esteban"], "M", kind="people"),
    A("Quelle est la fonction de Malik Benhaddou ?", ["trésorier"], "M", kind="people"),
    A("Qui coordonne le Réseau ESS Vénéole ?", ["Kevin Lambertin"], "M", kind="people"),
    A("Qui est la secrétaire du réseau ?", ["Odile Prunet"], "M", kind="people"),
    A("Quel est le déficit 2024 du Réseau ESS Vénéole ?", ["2 750 €"], "M"),
    A("À combien se sont élevées les charges du réseau en 2024 ?", ["101 350 €"], "M"),
    A("Combien la Région Brévalie a-t-elle versé au réseau en 2024 ?", ["38 000"], "M", tags="table"),
    A("Quelle subvention le Département de la Vénéole a-t-il accordée au réseau ?", ["25 000"], "M", tags="table"),
    A("Quel est le premier financeur du Réseau ESS Vénéole ?", ["Région Brévalie", "38 000"], "M", kind="other", tags="table"),
    A("Combien les cotisations des adhérents ont-elles rapporté au réseau en 2024 ?", ["11 700"], "M", tags="table"),
    A("Combien l'Agglomération du Pays de Sorlac a-t-elle donné au réseau en 2024 ?", ["12 000"], "M", tags="table"),
    A("Quelle cotisation paiera en 2026 une structure de 20 salariés ?", ["120 €"], "M", tags="para"),
    A("Comment est calculée la cotisation des collectivités pour 2026 ?", ["0,02 €", "100 €"], "M", kind="other"),
    A("Combien de voix contre pour la résolution sur les cotisations 2026 ?", ["4"], "M", tags="table"),
    A("Combien de voix pour l'approbation des comptes 2024 ?", ["60"], "M", tags="table"),
    A("Quelle résolution a recueilli le plus d'abstentions ?", ["Cotisations 2026", "5"], "M", tags="table"),
    A("Quels administrateurs ont été élus à l'AG 2025 ?", ["Karim Esteban", "Laure Cassagnes", "Farid Ouazzani", "Hélène Marchadier"], "M", kind="list"),
    A("Quelles sont les priorités du réseau pour 2025-2026 ?", ["achats publics", "renouvellement des dirigeants bénévoles", "antenne"], "M", kind="list"),
    A("Dans quelle ville le réseau veut-il ouvrir une antenne ?", ["Castelmorin"], "M", kind="other"),
    A("Combien de participants aux rencontres territoriales du réseau en 2024 ?", ["412"], "M"),
    A("Combien de dirigeants ont suivi la formation « Gouvernance partagée » ?", ["68"], "M"),
    A("Combien de manifestations et de participants pour le Mois de l'ESS 2024 en Vénéole ?", ["46", "2 900"], "M"),
    A("Combien l'Agglomération donnera-t-elle au réseau en 2026 ?", ["15 000 €"], "M"),
    A("Depuis quand existe le Réseau ESS Vénéole ?", ["2012"], "M", kind="date"),
    A("Où s'est tenue l'assemblée générale 2025 du réseau ?", ["L'Ourdissoir", "Quillemont"], "M", kind="other"),
    A("Combien d'équivalents temps plein dans l'équipe du réseau ?", ["2,5"], "M"),
    A("Which firm certified the network's 2024 accounts?", ["Roudier & Associés"], "M", kind="other", tags="en"),
    A("Who became vice-president of the Réseau ESS Vénéole after the June 2025 assembly?", ["Josiane Caubet"], "M", kind="people", tags="en"),
    A("To how many buyers was the guide on buying from the social economy sent?", ["230"], "M", tags="en para"),
    A("How many foundations are members of the network?", ["3"], "M", tags="en table"),
    A("Que signifie ACI ?", ["atelier et chantier d'insertion"], "MP", kind="definition"),
    A("C'est quoi une SCOP ?", ["société coopérative et participative"], "M", kind="definition"),
    A("Pourquoi le réseau est-il en déficit en 2024 ?", ["subvention européenne"], "M", kind="other"),
    A("À combien s'élèvent les fonds propres du réseau ?", ["31 400 €"], "M"),
    A("Combien de structures le réseau a-t-il aidées pour une demande d'agrément ESUS ?", ["17"], "M"),
    A("Josiane Caubet se représente-t-elle à la présidence ?", ["ne sollicitera pas un nouveau mandat"], "M", kind="yesno"),
    A("Who drafted the minutes of the general assembly?", ["Odile Prunet"], "M", kind="people", tags="en"),

    # --- Press release (P) ---------------------------------------------------------------
    A("Quand est inaugurée la recyclerie de Montvéran ?", ["18 octobre 2025"], "P", kind="date"),
    A("Quelle est la surface du nouveau site du Grenier Partagé ?", ["650 m²"], "P"),
    A("Combien a coûté le projet de deuxième recyclerie ?", ["380 000 €"], "P"),
    A("Combien la Région Brévalie a-t-elle apporté à la recyclerie de Montvéran ?", ["120 000 €"], "P"),
    A("Quelle subvention l'agglo a-t-elle accordée pour la recyclerie de Montvéran ?", ["90 000 €"], "P"),
    A("Quand a-t-elle été votée ?", ["10 avril 2025"], "P", kind="date", tags="follow", history=["Quelle subvention l'agglo a-t-elle accordée pour la recyclerie de Montvéran ?"]),
    A("Combien de salariés compte Le Grenier Partagé avec son second site ?", ["25"], "P"),
    A("Dont combien en insertion ?", ["15"], "P", tags="follow", history=["Combien de salariés compte Le Grenier Partagé avec son second site ?"]),
    A("Quels sont les horaires de la boutique de Montvéran ?", ["mercredi au samedi", "10 h à 18 h"], "P", kind="date"),
    A("Quand peut-on déposer des objets à Montvéran ?", ["9 h à 12 h", "14 h à 18 h"], "P", kind="date"),
    A("Quelle est l'adresse de la nouvelle recyclerie ?", ["14 route de Quillemont"], "P", kind="other"),
    A("Quelle ligne de bus dessert la recyclerie de Montvéran ?", ["ligne 4"], "P", kind="other"),
    A("Qui dirige Le Grenier Partagé ?", ["Laure Cassagnes"], "P", kind="people"),
    A("Qui préside l'association Le Grenier Partagé ?", ["Gilles Aubertot"], "P", kind="people"),
    A("Qui est le contact presse du Grenier Partagé ?", ["Romain Pélissou"], "P", kind="people"),
    A("Combien de tonnes Le Grenier Partagé a-t-il collectées en 2024 ?", ["312 tonnes"], "P", tags="table"),
    A("Quelle part des objets collectés est réemployée ou recyclée ?", ["74 %"], "P", tags="table"),
    A("Quel est le taux de sorties vers l'emploi ou la formation du chantier d'insertion ?", ["61 %"], "P", tags="table"),
    A("Combien de passages en caisse à la boutique de Sorlac en 2024 ?", ["21 400"], "P", tags="table"),
    A("Combien de tonnes supplémentaires le nouveau site doit-il permettre de collecter ?", ["150 tonnes"], "P"),
    A("What is the press officer's phone number?", ["06 72 15 48 93"], "P", kind="other", tags="en"),
    A("What is the press contact's email address?", ["communication@grenier-partage.org"], "P", kind="other", tags="en"),
    A("What is the name of the bus stop for the Montvéran recyclerie?", ["Les Garennes"], "P", kind="other", tags="en"),
    A("In what year was Le Grenier Partagé founded?", ["2016"], "PE", [5], kind="date", tags="en"),
    A("Quel type de contrat est proposé aux salariés en insertion du Grenier Partagé ?", ["CDDI"], "P", kind="other"),
    A("Quelle est la durée du CDDI proposé à Montvéran ?", ["quatre mois"], "P", kind="date"),
    A("Qui a prêté de l'argent pour la recyclerie de Montvéran, et combien ?", ["Banque Solidaire de Brévalie", "100 000 €"], "P", kind="other"),
    A("Combien de personnes ont été accompagnées en insertion au Grenier Partagé en 2024 ?", ["23"], "P"),
    A("Dans quel type de bâtiment s'installe la nouvelle recyclerie ?", ["ancien entrepôt de négoce agricole"], "P", kind="other", tags="para"),
    A("Dans quelle zone d'activités se trouve la recyclerie de Montvéran ?", ["zone artisanale des Garennes"], "P", kind="other"),
    A("Quel apport le Département de la Vénéole a-t-il fait à la recyclerie de Montvéran ?", ["40 000 €"], "P"),
    A("Combien l'association a-t-elle mis de sa poche dans la recyclerie de Montvéran ?", ["30 000 €"], "P", tags="para"),

    # --- Practical sheet (F) -------------------------------------------------------------
    A("Qu'est-ce que l'agrément ESUS ?", ["entreprise solidaire d'utilité sociale", "utilité sociale"], "F", kind="definition"),
    A("Pour combien de temps l'agrément ESUS est-il accordé ?", ["cinq ans"], "F", kind="date"),
    A("Et pour une entreprise créée depuis moins de trois ans ?", ["deux ans"], "F", kind="date", tags="follow", history=["Pour combien de temps l'agrément ESUS est-il accordé ?"]),
    A("Où faut-il déposer une demande d'agrément ESUS en Vénéole ?", ["DDETS"], "F", kind="other"),
    A("En combien de temps la DDETS doit-elle répondre à une demande d'agrément ESUS ?", ["deux mois"], "F", kind="date"),
    A("Que se passe-t-il si la DDETS ne répond pas dans le délai ?", ["réputée rejetée"], "F", kind="other"),
    A("Quelles conditions faut-il remplir pour obtenir l'agrément ESUS ?", ["utilité sociale", "sept fois le SMIC", "dix fois le SMIC", "marché financier"], "F", kind="list"),
    A("Quel plafond pour la rémunération la plus élevée dans une entreprise ESUS ?", ["dix fois le SMIC"], "F"),
    A("La moyenne des 5 plus hauts salaires d'une ESUS est plafonnée à combien ?", ["sept fois le SMIC"], "F", tags="para"),
    A("Une SARL peut-elle obtenir l'agrément ESUS ?", ["principes de l'ESS"], "F", kind="yesno"),
    A("L'agrément ESUS donne-t-il droit à une subvention ?", ["aucune aide directe"], "F", kind="yesno"),
    A("Combien d'entreprises ont l'agrément ESUS en Vénéole ?", ["38"], "F"),
    A("Et dans l'agglo de Sorlac ?", ["14"], "F", tags="follow", history=["Combien d'entreprises ont l'agrément ESUS en Vénéole ?"]),
    A("Quelles structures ont l'agrément ESUS de plein droit ?", ["insertion par l'activité économique", "entreprises adaptées", "aide par le travail"], "F", kind="list"),
    A("Quelles pièces faut-il fournir pour une demande d'agrément ESUS ?", ["formulaire", "statuts", "comptes", "note", "attestation"], "F", kind="list"),
    A("Qui contacter à la CRESS pour se faire aider sur l'agrément ESUS ?", ["Inès Gourdon"], "F", kind="people"),
    A("What is the email address of the CRESS legal support service?", ["accompagnement@cress-brevalie.org"], "F", kind="other", tags="en"),
    A("La relecture des dossiers ESUS par la CRESS est-elle payante ?", ["gratuitement"], "F", kind="yesno"),
    A("De quand date la dernière mise à jour de la fiche sur l'agrément ESUS ?", ["mars 2025"], "F", kind="date"),
    A("What number is the CRESS practical sheet on the ESUS accreditation?", ["7"], "F", kind="other", tags="en"),
    A("What is the phone number of Inès Gourdon at the CRESS?", ["05 47 30 72 16"], "F", kind="other", tags="en"),

    # --- Unanswerable near misses --------------------------------------------------------
    U("Combien de salariés dans l'ESS à Sorlac en 2019 ?", [together(r"\b2019\b", r"salari"), absent(r"salariés ess \(2019\)")]),
    U("Combien d'emplois de l'ESS à Combeferrier ?", [absent(r"combeferrier")]),
    U("Combien d'établissements de l'ESS à Montvéran en 2020 ?", [absent(r"établissements ess \(2020\)"), absent(r"établissements[^.¶]{0,12}\b2020\b")], tags="table"),
    U("Quelle est la part de l'ESS dans l'emploi privé du département de la Vénéole ?", [together(r"vénéole", r"emploi", r"%")]),
    U("Combien d'équivalents temps plein représente l'emploi ESS dans le Pays de Sorlac ?", [together(r"équivalents? temps plein|\betp\b", r"\bess\b", scope="E")]),
    U("Combien de projets le fonds d'amorçage a-t-il financés en 2025 ?", [together(r"fonds d'amorçage", r"\b2025\b")]),
    U("Combien avait-on engagé sur l'axe 2 au 31 décembre 2023 ?", [absent(r"31/12/2023|31 décembre 2023"), together(r"axe 2", r"\b2023\b", scope="E")]),
    U("Qui est le trésorier de La Fabrique à Coopérer ?", [together(r"trésori", r"fabrique")], kind="people"),
    U("Quel est le numéro de téléphone de La Fabrique à Coopérer ?", [together(PHONE, r"fabrique")], kind="other"),
    U("Combien l'Agglomération versera-t-elle à La Fabrique à Coopérer en 2028 ?", [absent(r"\b2028\b")]),
    U("Combien de projets La Fabrique à Coopérer a-t-elle incubés en 2023 ?", [together(r"incub", r"\b2023\b", r"\d+ projets")]),
    U("Quelle est la dotation du prix spécial du jury aux Trophées de l'ESS ?", [absent(r"prix spécial")]),
    U("Combien de candidatures les Trophées de l'ESS avaient-ils reçues en 2023 ?", [together(r"candidatures", r"\b2023\b")]),
    U("Où s'est déroulée la cérémonie des Trophées de l'ESS 2023 ?", [together(r"cérémonie", r"\b2023\b")], kind="other"),
    U("Combien de votes la compagnie Les Tréteaux d'Ivoire a-t-elle obtenus ?", [together(r"tréteaux", r"\bvotes?\b")]),
    U("Combien d'adhérents comptait le Réseau ESS Vénéole en 2022 ?", [together(r"adhérents", r"\b2022\b"), absent(r"adhérents 2022")], tags="table"),
    U("Combien la Région Brévalie a-t-elle versé au Réseau ESS Vénéole en 2023 ?", [absent(r"produits 2023"), together(r"région brévalie", r"\b2023\b", scope="M")], tags="table"),
    U("Combien de tonnes Le Grenier Partagé a-t-il collectées en 2022 ?", [together(r"tonnes", r"\b2022\b")]),
    U("Quels sont les prix pratiqués dans la boutique du Grenier Partagé ?", [absent(r"tarif|prix de vente|prix pratiqués")], kind="other"),
    U("Combien d'entreprises ont l'agrément ESUS à Valfroide ?", [together(r"esus", r"valfroide")]),
    U("Combien de demandes d'agrément ESUS ont été refusées en Vénéole en 2024 ?", [absent(r"\d+ (demandes|dossiers)[^.]{0,40}(refus|rejet)")]),
    U("Qui dirige la CRESS Brévalie ?", [together(r"cress", r"direct(eur|rice)")], kind="people"),
    U("Combien d'habitants à Montvéran ?", [together(r"montvéran", r"habitants")]),
    U("Quel est le taux de chômage à Bréhanne ?", [absent(r"taux de chômage")]),
    U("Combien d'heures d'insertion les clauses sociales ont-elles générées en 2022 seulement ?", [absent(r"heures[^.]{0,60}en 2022")]),
    U("Quelle était la dotation totale des Trophées de l'ESS 2024 ?", [together(r"dotation|18 000", r"\b2024\b")]),
    U("Quel budget est prévu pour le prochain plan local ESS 2027-2031 ?", [absent(r"2027-20\d\d"), absent(r"(prochain|plan suivant)[^.]{0,80}€")]),
    U("Combien de salariés emploie la SCIC Les Paniers du Sorlacois ?", [together(r"paniers", r"salarié")]),
    U("Combien de salariés compte la SCOP L'Atelier Bois Vénéole ?", [together(r"atelier bois", r"sociétaires|salariés")]),
    U("Quel est le salaire moyen dans l'ESS du Pays de Sorlac ?", [absent(r"salaire moyen|rémunération moyenne|salaire brut")]),
    U("Combien de salariés avait Cyclo'Pôle en 2022 ?", [together(r"cyclo", r"salariés", r"2022")]),
    U("Combien Cyclo'Pôle a-t-il reçu du fonds d'amorçage ?", [together(r"cyclo", r"€")]),
    U("Combien de bénévoles compte Le Grenier Partagé ?", [together(r"grenier", r"bénévoles")]),
    U("Quelle somme l'Agglomération a-t-elle versée à La Fabrique à Coopérer en 2024 ?", [together(r"\b2024\b", r"€", scope="C"), together(r"fabrique", r"€", scope="E")]),
    U("Combien d'habitants compte le département de la Vénéole ?", [together(r"vénéole", r"habitants")]),
    U("Quelle est la fonction de Farid Ouazzani au sein de sa mutuelle ?", [together(r"ouazzani", r"président|directeur|gérant|administrateur de la mutuelle")], kind="people"),
    U("Et en 2017 ?", [absent(r"\b2017\b", scope="E"), absent(r"salariés ess \(2017\)")], tags="table follow", history=["Combien de salariés dans l'ESS à Valfroide en 2023 ?"]),
    U("Et la Banque Solidaire de Brévalie ?", [absent(r"banque", scope="M")], tags="follow", history=["Combien la Région Brévalie a-t-elle donné au Réseau ESS Vénéole en 2024 ?"]),
    U("Et celle du prix de l'innovation ?", [absent(r"prix de l'innovation|innovation sociale")], tags="table follow", history=["Quelle est la dotation du prix Jeune pousse aux Trophées 2025 ?"]),
    U("How many ESS jobs were there in Quillemont in 2018?", [together(r"quillemont", r"\b2018\b"), absent(r"\(2018\)")], tags="en"),
    U("Who is the treasurer of Le Grenier Partagé?", [together(r"trésori", r"grenier")], kind="people", tags="en"),
    U("What is the phone number of the Réseau ESS Vénéole?", [absent(PHONE, scope="M")], kind="other", tags="en"),
    U("How many jobs will the Montvéran recyclerie have in 2027?", [absent(r"\b2027\b", scope="P")], tags="en"),
    U("How many ESUS-accredited companies are there in the whole Brévalie region?", [together(r"esus", r"brévalie", r"\d+ entreprises")], tags="en"),
    U("Who chaired the Réseau ESS Vénéole before Josiane Caubet?", [absent(r"précéd|succède|avant elle", scope="M")], kind="people", tags="en"),
    U("How many people took part in the Trophées 2024 public vote?", [together(r"vote", r"\b2024\b")], tags="en"),
]
# fmt: on

MIN_COUNTS = {
    "total": 180,
    "unanswerable": 35,
    "table": 50,
    "para": 15,
    "en": 25,
    "follow": 15,
    "cross": 3,
    "definition/answerable": 8,
    "yesno/answerable": 10,
}


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str, unify_apostrophes: bool = True) -> str:
    """Matching form: soft hyphens dropped, whitespace (NBSP too) collapsed, no space
    before %, case folded; apostrophes unified unless asked not to."""
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


BLOCK_END = re.compile(r"</(p|li|tr|h1|h2|h3|figcaption|caption|thead|title)>", re.I)


def html_texts() -> tuple[str, str]:
    """(text inside <article>, whole visible text) of the HTML page; block ends become ¶."""
    raw = (CORPUS / HTML).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.find("article").get_text(" "), soup.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s\+?-?\d[\d\s,]*(?:€|%)?){2,}\s*$")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|]|\d+\.\s|\s{4}))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(r"\n(?=[•–]|\d+\. |Vu |Article |Tableau )", " ¶ ", text)
        text = "\n".join(f"¶ {line} ¶" if _TABLE_ROW.match(line) else line for line in text.split("\n"))
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {name: pdf_page_texts(name) for name in PDFS}
        self.article, html_all = html_texts()
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.full[HTML] = html_all
        for name in (MD, PRESS, FICHE):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {EVAL: "pdf", CONV: "pdf", HTML: "html", MD: "md", PRESS: "txt", FICHE: "txt"}
        self.norm_full = {k: norm(v) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.units = {k: units(v, self.kind[k]) for k, v in self.full.items()}

    def answer_text(self, name: str, pages: list[int], unify: bool = True) -> str:
        if name in PDFS:
            return " ".join(
                norm(self.pages[name][p - 1], unify) for p in pages if p <= len(self.pages[name])
            )
        if name == HTML:
            return norm(self.article, unify)
        return norm(self.full[name], unify)


def run_check(c: Check, corpus: Corpus) -> str | None:
    names = [SRC[s] for s in c.scope] if c.scope else list(DOCS)
    for name in names:
        text = corpus.norm_full[name]
        if c.kind == "absent":
            m = re.search(c.regexes[0], text, re.I)
            if m:
                return f"{name}: /{c.regexes[0]}/ matches {text[max(0, m.start() - 60) : m.end() + 60]!r}"
        elif c.kind == "near":
            for t in re.finditer(re.escape(norm(c.term)), text, re.I):
                zone = text[max(0, t.start() - c.window) : t.end() + c.window]
                m = re.search(c.regexes[0], zone, re.I)
                if m:
                    return f"{name}: /{c.regexes[0]}/ near {c.term!r}: {zone[max(0, m.start() - 60) : m.end() + 60]!r}"
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
    n_eval, n_conv = len(corpus.pages[EVAL]), len(corpus.pages[CONV])
    if not 6 <= n_eval <= 9:
        problems.append(f"{EVAL}: {n_eval} pages, expected 6-9")
    if not 2 <= n_conv <= 4:
        problems.append(f"{CONV}: {n_conv} pages, expected 2-4")
    for name in PDFS:
        reader = PdfReader(CORPUS / name)
        meta = reader.metadata
        if not meta or not meta.title or not meta.author or not meta.subject:
            problems.append(f"{name}: title, author or subject missing from the metadata")
        if not meta or "/ModDate" not in meta or "/CreationDate" not in meta:
            problems.append(f"{name}: creation or modification date missing")
        if not reader.outline:
            problems.append(f"{name}: no outline")
        total = len(reader.pages)
        for i, page in enumerate(corpus.pages[name], 1):
            if f"Page {i} sur {total}" not in page:
                problems.append(f"{name}: page {i} has no « Page {i} sur {total} » footer")
            if i > 1 and "Pays de Sorlac" not in page.split("\n", 1)[0]:
                problems.append(f"{name}: page {i} has no running header")
    raw_eval = [p.extract_text() for p in PdfReader(CORPUS / EVAL).pages]
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in raw_eval)
    if breaks < 10:
        problems.append(f"{EVAL}: only {breaks} hyphenated line ends")
    if len(re.findall(r"Tableau \d —", corpus.full[EVAL])) < 5:
        problems.append(f"{EVAL}: fewer than 5 tables")
    for needle in ("chiffres clés", "• ", "– ", "1. Recruter", "Total", "(%)", "(€)", "Source :"):
        if needle not in corpus.full[EVAL]:
            problems.append(f"{EVAL}: {needle!r} missing")
    flat = corpus.full[EVAL].replace(NBSP, " ")
    if not re.search(r"5 120 451 11,8 %\nsalariés de l'ESS \(2023\) établissements employeurs", flat):
        problems.append(f"{EVAL}: key-figures panel (figures above labels) not found")
    if not re.search(r"projets financés depuis 2022.*\n47 1,31 M€ \+6,6 %", flat):
        problems.append(f"{EVAL}: key-figures panel (labels above figures) not found")
    xs = {round(x) for x, _, t in text_runs(EVAL, 5) if "Ourdissoir" in t or "Grenier Partagé, recyclerie" in t}
    if len(xs) < 2 or max(xs) - min(xs) < 60:
        problems.append(f"{EVAL}: page 5 is not laid out in two columns ({xs})")
    for name, page, first, second in CROSS_PAGE:
        pages = corpus.norm_pages[name]
        a, b = norm(nb(first)), norm(nb(second))
        if a not in pages[page - 1] or b not in pages[page] or b in pages[page - 1] or a in pages[page]:
            problems.append(f"{name}: {first!r}…{second!r} does not run from p. {page} to p. {page + 1}")
    for name, page, marker, note in FOOTNOTES:
        text = corpus.pages[name][page - 1]
        if text.count(marker) < 2 or norm(note) not in norm(text):
            problems.append(f"{name}: footnote {marker} and its note are not both on p. {page}")
        runs = text_runs(name, page)
        note_y = min((y for _, y, t in runs if t.startswith(("¹", "²", "³"))), default=None)
        body_bottom = max((y for _, y, t in runs if note_y is not None and y < note_y), default=0)
        if note_y is None or note_y - body_bottom < 4 or note_y > 280:
            problems.append(f"{name}: p. {page}: footnotes missing or too close to the body text")
    conv = norm(corpus.full[CONV])
    for needle in (
        "CONVENTION PLURIANNUELLE D'OBJECTIFS",
        "Vu le code général",
        "Entre les soussignés",
        "d'une part",
        "d'autre part",
        "Préambule",
        "Article 1 – Objet",
        "Article 2 – Durée",
        "Article 13 – Litiges",
        "Fait à Sorlac",
        "Pour l'Agglomération",
        "Pour l'Association",
        "Annexe",
    ):
        if norm(needle) not in conv:
            problems.append(f"{CONV}: {needle!r} missing")
    raw_html = (CORPUS / HTML).read_text(encoding="utf-8")
    for needle in (
        'property="og:title"',
        'property="og:site_name"',
        'property="article:published_time"',
        'name="author"',
        'name="publisher"',
        'name="date"',
        "<title>",
        "<nav",
        'class="breadcrumb"',
        'id="cookie-banner"',
        'class="share"',
        "<aside",
        "À lire aussi",
        "<footer",
        "Mentions légales",
        "<script",
        "<thead>",
        "<caption>",
        "<ul>",
        "&nbsp;€",
        "<figure>",
        "Photo ©",
        "(PDF, 300 Ko)",
        "Télécharger",
        "<h3>",
        "<article",
        "Questions fréquentes",
    ):
        if needle not in raw_html:
            problems.append(f"{HTML}: {needle!r} missing")
    if not re.search(r"<p[^>]*>[^<]*\n[^<]*</p>", raw_html):
        problems.append(f"{HTML}: no hard newline inside a <p>")
    faq = re.findall(r"<h3>[^<]*\?</h3>\s*<p>(Oui|Non)[,.]", raw_html)
    if not ({"Oui", "Non"} <= set(faq)):
        problems.append(f"{HTML}: FAQ answers starting « Oui » and « Non » missing")
    md = corpus.full[MD]
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not front or not all(
        re.search(rf"^{k}:", front.group(1), re.M) for k in ("title", "publisher", "date", "territory")
    ):
        problems.append(f"{MD}: YAML front matter incomplete")
    if "|---|" not in md or "## Sigles" not in md or "\n- " not in md or "\n1. " not in md:
        problems.append(f"{MD}: table, list or glossary missing")
    for name, width in ((MD, 80), (PRESS, 72)):
        for line in corpus.full[name].splitlines():
            if len(line) > width and not line.startswith(("|", "title:", "publisher:", "territory:")):
                problems.append(f"{name}: line longer than {width}: {line!r}")
    wrapped = [ln for ln in corpus.full[MD].split("\n\n") if ln.count("\n") >= 2 and not ln.startswith(("|", "-", "1.", "---"))]
    if not wrapped:
        problems.append(f"{MD}: no hard-wrapped paragraph")
    if not re.search(r"^\s{4}\S.*\s{2,}\d", corpus.full[PRESS], re.M) or "CONTACT PRESSE" not in corpus.full[PRESS]:
        problems.append(f"{PRESS}: plain-text table or contact block missing")
    raw_fiche = (CORPUS / FICHE).read_bytes()
    if b"\r\n" not in raw_fiche or b"\n" in raw_fiche.replace(b"\r\n", b""):
        problems.append(f"{FICHE}: expected CRLF line ends only")
    if max(len(x) for x in corpus.full[FICHE].splitlines()) < 200:
        problems.append(f"{FICHE}: expected long unwrapped lines")


def check_questions(questions: list[Q], corpus: Corpus, problems: list[str]) -> None:
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
        if pdf_sources and not q.pages:
            problems.append(f"{q.question!r}: PDF source without pages")
        if not pdf_sources and q.pages:
            problems.append(f"{q.question!r}: pages given without a PDF source")
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for name in names:
                if norm(fact) not in corpus.answer_text(name, q.pages):
                    where = f"pages {q.pages}" if name in PDFS else ("<article>" if name == HTML else "text")
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} ({where})")
                elif norm(fact, False) not in corpus.answer_text(name, q.pages, False):
                    problems.append(f"{q.question!r}: fact {fact!r} is in {name} with another apostrophe")
        for page in q.pages:
            if not any(
                page <= len(corpus.pages[n]) and norm(f) in corpus.norm_pages[n][page - 1]
                for n in pdf_sources
                for f in q.facts
            ):
                problems.append(f"{q.question!r}: no fact on listed page {page}")
        if "cross" in q.tags.split() and len(q.pages) != 2:
            problems.append(f"{q.question!r}: cross-page question needs two pages")
        if "en" in q.tags.split() and any(re.search(r"\d{4,}|\d \d{3}\b|,\d", f) and "@" not in f and not re.fullmatch(r"[\d ]+", f.replace(" ", "")) for f in q.facts):
            problems.append(f"{q.question!r}: English question with a fact an English answer would reformat")


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
    random.Random(17).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"fresh17-eval-{i:03d}",
                "question": q.question,
                "facts": q.facts,
                "sources": [SRC[s] for s in q.sources],
                "answerable": q.answerable,
                "history": q.history,
                "pages": sorted(q.pages),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_jsonl(problems: list[str]) -> None:
    ids = set()
    for line in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if list(row) != ["id", "question", "facts", "sources", "answerable", "history", "pages"]:
            problems.append(f"questions.jsonl: unexpected keys {list(row)}")
        if row["id"] in ids:
            problems.append(f"questions.jsonl: duplicate id {row['id']}")
        ids.add(row["id"])
        if row["answerable"] != bool(row["facts"]) or (not row["answerable"] and (row["sources"] or row["pages"])):
            problems.append(f"questions.jsonl: {row['id']} inconsistent answerable/facts/sources")
        if any(s not in DOCS for s in row["sources"]):
            problems.append(f"questions.jsonl: {row['id']} unknown source")


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_eval()
    build_conv()
    build_html()
    build_md()
    build_press()
    build_fiche()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    check_structure(corpus, problems)
    check_questions(QUESTIONS, corpus, problems)
    check_jsonl(problems)
    c = counts(QUESTIONS)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum} needed")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
