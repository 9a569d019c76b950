# ruff: noqa: E501
"""Build the fresh16 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh16/build.py

It writes ``evals/fresh16/corpus/`` (five documents) and
``evals/fresh16/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Méridanne region, the Lirande département and its
préfecture Vaubrune, the Communauté de communes du Val de Lirande, its communes (Saint-Aurel-sur-Lirande, Mornevault, Castelvaur, Fontcléry,
Pradecombe, Les Aubrinières…), the people, the organisations and the figures.
The set was written blind: its author did not read the tool's code, its tests or
the other eval sets (only the file format and PDF/HTML plumbing of fresh15).
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

DIAG = "diagnostic_ess_val_de_lirande_2025.pdf"
DELIB = "deliberation_2025-087_fonds_ess_val_de_lirande.pdf"
HTML = "lirande_appel_a_projets_lirande_solidaire_2025.html"
MD = "copil_ptce_communs_de_lirande_2025-09-18.md"
TXT = "terre_et_ouvrage_rapport_activite_2024.txt"
DOCS = (DIAG, DELIB, HTML, MD, TXT)
PDFS = (DIAG, DELIB)
SRC = {"D": DIAG, "L": DELIB, "H": HTML, "M": MD, "T": TXT}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
SHY = "\u00ad"

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
    a hyphen are left whole, so every hyphen at a line end comes from a soft hyphen.
    """

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
    def __init__(self, header_text: str, footer_text: str, first_header: bool = True):
        super().__init__(format="A4", unit="mm")
        self.header_text = header_text
        self.footer_text = footer_text
        self.first_header = first_header
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
        if self.page_no() == 1 and not self.first_header:
            self.set_y(22)
            return
        self.set_y(10)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, nb(self.header_text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
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
        self.cell(0, 4, nb(f"{self.footer_text} — p. {self.page_no()}/{{nb}}"), align="C")
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
        size = 13 if level == 0 else 11
        self.ln(2 if level == 0 else 1)
        self.set_font("Sans", "B", size)
        self.multi_cell(0, size * 0.48, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def para(
        self,
        text: str,
        style: str = "",
        size: float = 10,
        after: float = 2.2,
        lines_before_break: int = 0,
        align: str = "J",
    ) -> None:
        """A justified paragraph. With lines_before_break=k, a little space is added
        before it so that exactly k of its lines end the current page."""
        self.set_font("Serif", style, size)
        if lines_before_break:
            target = self.page_break_trigger - lines_before_break * size * 0.5 - 0.05
            gap = target - self.y
            if not 0 <= gap <= 20:
                sys.exit(f"layout: cannot place paragraph {text[:40]!r} (gap {gap:.1f} mm)")
            self.ln(gap)
        self.multi_cell(
            0, size * 0.5, hyphenate(nb(text)), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(after)

    def bullets(
        self, items: list[str], mark: str = "•", size: float = 10, indent: float = 3
    ) -> None:
        self.set_font("Serif", "", size)
        for item in items:
            self.set_x(self.l_margin + indent)
            self.cell(5, size * 0.5, mark)
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
    ) -> None:
        self.room(12 + 6.2 * len(rows))
        self.set_font("Sans", "B", 9)
        self.multi_cell(0, 4.6, nb(caption), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)
        self.set_font("Sans", "", size)
        style = FontFace(emphasis="BOLD", fill_color=(222, 232, 226))
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
        self.set_fill_color(238, 244, 240)
        self.set_draw_color(60, 110, 80)
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
                        self.set_text_color(30, 90, 55)
                        self.cell(col, 8, nb(figure), align="C")
                    else:
                        self.set_font("Sans", "", 8.5)
                        self.set_text_color(40, 40, 40)
                        self.cell(col, 4.5, nb(label), align="C")
                self.set_text_color(0, 0, 0)
                self.ln(8 if what == "fig" else 4.5)
            self.ln(3.5)
        self.set_y(y0 + height + 4)

    def bar_chart(self, values: list[tuple[str, int, str]], caption: str) -> None:
        """A simple bar chart (label, value, printed value) with a caption below."""
        self.room(68)
        x0, y0 = self.l_margin + 25, self.y + 4
        chart_h, bar_w, gap = 42, 16, 9
        top = max(v for _, v, _ in values)
        base = 2800
        self.set_draw_color(80, 80, 80)
        self.line(x0 - 3, y0 + chart_h, x0 + len(values) * (bar_w + gap) + 2, y0 + chart_h)
        for i, (label, value, shown) in enumerate(values):
            h = (value - base) / (top - base) * (chart_h - 8) + 4
            x = x0 + i * (bar_w + gap)
            self.set_fill_color(70, 140, 100)
            self.rect(x, y0 + chart_h - h, bar_w, h, style="F")
            self.set_font("Sans", "", 7.5)
            self.set_xy(x - 3, y0 + chart_h - h - 4.5)
            self.cell(bar_w + 6, 4, nb(shown), align="C")
            self.set_xy(x - 3, y0 + chart_h + 1)
            self.cell(bar_w + 6, 4, label, align="C")
        self.set_y(y0 + chart_h + 7)
        self.set_font("Sans", "I", 8.5)
        self.multi_cell(0, 4.2, nb(caption), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(3)


def save_pdf(
    pdf: DocPDF, name: str, title: str, subject: str, author: str, created: datetime
) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator("Service communication")
    pdf.set_keywords("économie sociale et solidaire; ESS; Val de Lirande")
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


# Sentences that run across a page break: (document, page of the first half,
# end of the first half, start of the second half).
CROSS_PAGE = (
    (
        DIAG,
        1,
        "Sa population a progressé de 1,8~% entre 2015 et",
        "2021, portée par la ville-centre",
    ),
    (DIAG, 5, "Les besoins de financement restent", "pourtant le premier frein au développement"),
    (DELIB, 2, "une avance de 70~% à la", "notification de la décision, puis le solde"),
)

# Footnotes: (document, page, marker, start of the note).
FOOTNOTES = (
    (DIAG, 1, "¹", "Sont comptés les établissements employeurs"),
    (DIAG, 1, "²", "Les effectifs sont exprimés en postes"),
    (DIAG, 5, "³", "L'équivalent temps plein (ETP) rapporte"),
)


# ---------------------------------------------------------------------------
# Document 1: territorial ESS diagnostic of the Val de Lirande (PDF, 7 pages)
# ---------------------------------------------------------------------------


def build_diag() -> None:
    pdf = DocPDF(
        "CRESS Méridanne · Observatoire régional de l'ESS · Diagnostic ESS du Val de Lirande",
        "Diagnostic de l'ESS — Communauté de communes du Val de Lirande — Édition 2025",
        first_header=False,
    )
    pdf.add_page()
    pdf.start_section("Diagnostic de l'économie sociale et solidaire du Val de Lirande", 0)
    pdf.title_block(
        [
            (
                "Observatoire régional de l'économie sociale et solidaire — CRESS Méridanne",
                "B",
                9.5,
            ),
            ("Diagnostic de l'économie sociale et solidaire", "B", 19),
            ("Communauté de communes du Val de Lirande", "B", 13),
            ("Édition 2025 — données au 31 décembre 2023 — publiée en avril 2025", "", 9.5),
        ]
    )
    pdf.heading("Avant-propos", need=20)
    pdf.para(
        "Les associations, coopératives, mutuelles et fondations du Val de Lirande soignent, éduquent, "
        "nourrissent, transportent et divertissent les habitants de nos vingt-quatre communes. Elles "
        "emploient plus de salariés que l'industrie agroalimentaire du territoire, mais leur poids restait "
        "mal connu. C'est pourquoi la Communauté de communes a confié à l'Observatoire régional de l'ESS "
        "de la CRESS Méridanne, par une convention de partenariat signée le 12~mars~2024, la réalisation "
        "de ce premier diagnostic. Il servira de socle à la stratégie communautaire de l'économie sociale "
        "et solidaire que le conseil communautaire adoptera avant la fin de l'année 2025."
    )
    pdf.para(
        "Thierry Castanède, vice-président de la Communauté de communes du Val de Lirande chargé du "
        "développement économique et de l'économie sociale et solidaire",
        style="I",
        size=9,
    )
    pdf.key_figures(
        "L'ESS dans le Val de Lirande : les chiffres clés (2023)",
        [
            (
                "figure_first",
                [
                    ("312", "établissements employeurs"),
                    ("3~486", "salariés"),
                    ("14,7~%", "de l'emploi salarié privé"),
                ],
            ),
            (
                "label_first",
                [
                    ("2~940", "équivalents temps plein"),
                    ("86,9~M€", "masse salariale brute"),
                    ("71~%", "de femmes parmi les salariés"),
                ],
            ),
        ],
    )
    pdf.heading("1. Méthodologie", need=20)
    pdf.reserve_notes(
        [
            "¹ Sont comptés les établissements employeurs des associations, coopératives, mutuelles, "
            "fondations et sociétés commerciales de l'ESS au sens de l'article 1er de la loi du 31 juillet 2014.",
            "² Les effectifs sont exprimés en postes au 31 décembre : une personne qui occupe deux postes "
            "dans deux établissements différents est comptée deux fois.",
        ]
    )
    pdf.para(
        "Le périmètre retenu est celui de la Communauté de communes, qui regroupe 24 communes et 41~860 "
        "habitants. Les données statistiques portent sur les établissements employeurs de l'ESS¹ et sur "
        "leurs salariés² au 31 décembre 2023 ; elles ont été traitées par l'Observatoire régional de l'ESS "
        "à partir des sources fiscales et sociales de l'Insee. Elles ont été complétées par une enquête en "
        "ligne, ouverte du 4 novembre au 13 décembre 2024, à laquelle 87 structures ont répondu, et par "
        "22 entretiens avec des dirigeants de structures, des élus et des partenaires. Deux ateliers de "
        "restitution ont réuni 64 participants, à Saint-Aurel-sur-Lirande et à Castelvaur, en février 2025."
    )
    pdf.heading("2. Le territoire", need=16)
    pdf.para(
        lines_before_break=3,
        text="Née le 1er janvier 2017 de la fusion des communautés de communes du Haut-Lirandais et du "
        "Pays de Mornevault, la Communauté de communes du Val de Lirande s'étend sur 486~km² au nord-est "
        "du département de la Lirande. Sa population a progressé de 1,8~% entre 2015 et 2021, portée par "
        "la ville-centre, Saint-Aurel-sur-Lirande, et par les communes de la vallée ; celles du plateau, "
        "à l'est, continuent de perdre des habitants, et près d'un tiers de ses habitants vit dans une "
        "commune de moins de 1~000 habitants.",
    )
    pdf.para(
        "L'économie locale reste marquée par l'agriculture, l'agroalimentaire et la sous-traitance "
        "mécanique. Le territoire compte 23~710 salariés du secteur privé, et le taux de chômage de la zone "
        "d'emploi s'établissait à 7,4~% à la fin de l'année 2023. Les six communes de plus de 1~900 "
        "habitants rassemblent 83~% des salariés de l'ESS."
    )
    pdf.data_table(
        "Tableau 1 — L'ESS dans les communes du Val de Lirande en 2023",
        [
            (
                "Commune",
                "Population (2021)",
                "Établissements ESS",
                "Salariés ESS",
                "Part de l'emploi privé (%)",
            ),
            ("Saint-Aurel-sur-Lirande", "9~420", "98", "1~412", "17,9"),
            ("Mornevault", "5~310", "46", "562", "15,2"),
            ("Castelvaur", "4~185", "37", "418", "13,8"),
            ("Fontcléry", "3~260", "24", "236", "11,6"),
            ("Pradecombe", "2~740", "19", "171", "12,4"),
            ("Les Aubrinières", "1~905", "11", "94", "9,7"),
            ("Autres communes (18)", "15~040", "77", "593", "11,0"),
            ("Val de Lirande", "41~860", "312", "3~486", "14,7"),
        ],
        (46, 26, 32, 24, 42),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
        source="Source : Observatoire régional de l'ESS, CRESS Méridanne, d'après l'Insee.",
    )
    pdf.para(
        "Saint-Aurel-sur-Lirande concentre à elle seule 40~% des salariés de l'ESS du territoire. La "
        "ville accueille le siège de Lirande Aide et Soins à Domicile, le premier employeur de l'ESS du "
        "Val de Lirande, ainsi que le lycée agricole privé des Cordeliers, géré par une association. À "
        "l'inverse, aux Aubrinières, l'ESS ne pèse que 9,7~% de l'emploi privé, la commune étant surtout "
        "tournée vers l'industrie du bois."
    )

    pdf.heading("3. Le poids de l'ESS dans l'économie locale")
    pdf.para(
        "Avec 312 établissements employeurs et 3~486 salariés, l'ESS représente 14,7~% de l'emploi "
        "salarié privé du Val de Lirande, une proportion nettement supérieure à celles du département "
        "(12,1~%) et de la région Méridanne (11,3~%). Rapportée à la population, elle compte 83 salariés "
        "pour 1~000 habitants."
    )
    pdf.data_table(
        "Tableau 2 — Le Val de Lirande comparé au département et à la région (2023)",
        [
            (
                "Territoire",
                "Établissements ESS",
                "Salariés ESS",
                "Part de l'emploi privé (%)",
                "Évolution des salariés 2019-2023 (%)",
            ),
            ("Val de Lirande", "312", "3~486", "14,7", "+4,6"),
            ("Département de la Lirande", "2~148", "24~930", "12,1", "+2,8"),
            ("Région Méridanne", "14~760", "171~300", "11,3", "+1,9"),
        ],
        (44, 32, 24, 32, 38),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.para(
        "Les associations dominent largement : elles regroupent 251 établissements et 75,2~% des "
        "salariés. Les coopératives, deuxième famille de l'ESS, emploient 486 salariés, principalement "
        "dans la banque coopérative, les coopératives agricoles et deux SCOP du bâtiment. Les mutuelles "
        "et les fondations emploient chacune moins de 200 salariés, tandis que les sociétés commerciales "
        "de l'ESS, apparues récemment, ne comptent encore que 7 établissements."
    )
    pdf.data_table(
        "Tableau 3 — Établissements, salariés et masse salariale par famille juridique (2023)",
        [
            (
                "Famille",
                "Établissements",
                "Salariés",
                "Part des salariés (%)",
                "Masse salariale (M€)",
            ),
            ("Associations", "251", "2~620", "75,2", "61,8"),
            ("Coopératives", "38", "486", "13,9", "14,2"),
            ("Mutuelles", "12", "174", "5,0", "5,9"),
            ("Fondations", "4", "163", "4,7", "4,3"),
            ("Sociétés commerciales de l'ESS", "7", "43", "1,2", "0,7"),
            ("Total", "312", "3~486", "100,0", "86,9"),
        ],
        (56, 30, 22, 30, 32),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    pdf.bar_chart(
        [
            ("2015", 3052, "3~052"),
            ("2017", 3168, "3~168"),
            ("2019", 3333, "3~333"),
            ("2021", 3391, "3~391"),
            ("2023", 3486, "3~486"),
        ],
        "Figure 1 — Évolution du nombre de salariés de l'ESS dans le Val de Lirande, 2015-2023 "
        "(source : Observatoire régional de l'ESS)",
    )
    pdf.para(
        "Entre 2015 et 2023, l'emploi dans l'ESS a progressé de 14,2~% sur le territoire, alors que "
        "l'emploi privé hors ESS n'augmentait que de 3,1~%. La croissance a été la plus forte entre 2017 "
        "et 2019, avec l'ouverture de la Ressourcerie du Val et l'extension de l'EHPAD associatif Les "
        "Tilleuls à Castelvaur ; elle a ralenti pendant la crise sanitaire, avant de repartir en 2022."
    )
    pdf.heading("3.1 La taille des établissements", level=1, need=60)
    pdf.para(
        "L'ESS du territoire repose sur un grand nombre de petites structures : 58~% des établissements "
        "emploient moins de 10 salariés, mais ils ne regroupent qu'un dixième des emplois. À l'autre bout "
        "de l'échelle, les neuf établissements de 50 salariés ou plus emploient à eux seuls plus d'un "
        "quart des salariés de l'ESS."
    )
    pdf.data_table(
        "Tableau 4 — Répartition des établissements et des salariés par taille (2023)",
        [
            (
                "Taille de l'établissement",
                "Établissements",
                "Part des établissements (%)",
                "Salariés",
                "Part des salariés (%)",
            ),
            ("De 1 à 9 salariés", "181", "58,0", "366", "10,5"),
            ("De 10 à 19 salariés", "70", "22,4", "840", "24,1"),
            ("De 20 à 49 salariés", "52", "16,7", "1~380", "39,6"),
            ("50 salariés ou plus", "9", "2,9", "900", "25,8"),
            ("Total", "312", "100,0", "3~486", "100,0"),
        ],
        (50, 30, 34, 24, 32),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )

    # Page 4: sectors table, then two columns.
    pdf.add_page()
    pdf.heading("4. Secteurs d'activité et acteurs")
    pdf.data_table(
        "Tableau 5 — Les salariés de l'ESS par secteur d'activité (2023)",
        [
            (
                "Secteur",
                "Établissements",
                "Salariés",
                "Part des femmes (%)",
                "Évolution 2019-2023 (%)",
            ),
            ("Action sociale", "64", "1~538", "82", "+6,1"),
            ("Enseignement", "21", "402", "68", "+1,3"),
            ("Santé humaine", "9", "266", "79", "+3,9"),
            ("Activités financières et d'assurance", "19", "231", "58", "-2,5"),
            ("Sport et loisirs", "58", "118", "44", "+8,3"),
            ("Arts et spectacles", "31", "87", "52", "+12,9"),
            ("Agriculture, agroalimentaire et commerce", "27", "256", "41", "+9,4"),
            ("Autres activités", "83", "588", "68", "+0,7"),
            ("Ensemble", "312", "3~486", "71", "+4,6"),
        ],
        (62, 30, 22, 28, 28),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    cols_text = [
        ("h", "4.1 Une ESS tournée vers le soin et le lien social"),
        (
            "p",
            "L'action sociale concentre 44~% des salariés de l'ESS du territoire : aide à domicile, accueil "
            "des jeunes enfants, hébergement des personnes âgées et des personnes handicapées. Ce secteur "
            "emploie 82~% de femmes. Le sport et les loisirs comptent de nombreux établissements (58) mais "
            "peu de salariés, la plupart des clubs fonctionnant grâce aux bénévoles. Les arts et spectacles "
            "ont connu la plus forte progression depuis 2019 (+12,9~%), à la faveur du festival itinérant "
            "« Scènes de villages ».",
        ),
        (
            "p",
            "Neuf établissements de l'ESS emploient 50 salariés ou plus ; à l'inverse, 58~% en emploient moins "
            "de 10. La banque coopérative et l'assurance mutualiste sont les seuls secteurs en recul.",
        ),
        ("h", "4.2 Portraits d'acteurs"),
        (
            "p",
            "Lirande Aide et Soins à Domicile (LASD). Premier employeur de l'ESS du territoire avec 214 "
            "salariés, l'association intervient dans les 24 communes auprès de 1~150 personnes âgées ou en "
            "situation de handicap. Elle peine à recruter : 17 postes d'aide à domicile étaient vacants en "
            "décembre 2024.",
        ),
        (
            "p",
            "Les Jardins du Moulin. Atelier et chantier d'insertion porté par l'association Terre & Ouvrage à "
            "Mornevault, il cultive 4,5 hectares de légumes biologiques et accompagne chaque année une "
            "quarantaine de personnes éloignées de l'emploi.",
        ),
        ("col", ""),
        (
            "p",
            "La Ressourcerie du Val. Installée depuis 2018 dans une ancienne coopérative laitière de "
            "Castelvaur, elle a collecté 212 tonnes d'objets en 2023, dont 71~% ont été réemployés ou "
            "recyclés. Elle emploie 14 salariés.",
        ),
        (
            "p",
            "SCIC Bois Énergie Lirande. Créée en 2019 à Pradecombe, la coopérative réunit 63 sociétaires, "
            "dont 9 communes, et approvisionne 17 chaufferies collectives en plaquettes forestières locales.",
        ),
        (
            "p",
            "Mobil'Aurel. Ce garage solidaire de Saint-Aurel-sur-Lirande répare à prix réduit les véhicules "
            "des personnes à faibles revenus et loue 12 voitures et 8 scooters pour les trajets vers l'emploi "
            "ou la formation.",
        ),
        (
            "p",
            "Les Communs de Lirande. Constitué en association en 2022, ce pôle territorial de coopération "
            "économique (PTCE) fédère 27 membres autour de trois chantiers :",
        ),
        ("b", "l'alimentation de proximité ;"),
        ("b", "le réemploi et la réparation ;"),
        ("b", "la mobilité solidaire."),
        (
            "p",
            "Sa coordinatrice, Nadège Ourliac, anime les groupes de travail depuis juin 2023.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.0) as cols:
        for kind, text in cols_text:
            if kind == "col":
                cols.new_column()
            elif kind == "h":
                pdf.set_font("Sans", "B", 10)
                with cols.paragraph(text_align="L", top_margin=1.5, bottom_margin=1.5) as par:
                    par.write(nb(text))
            elif kind == "p":
                pdf.set_font("Serif", "", 9.4)
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(hyphenate(nb(text)))
            else:
                pdf.set_font("Serif", "", 9.4)
                with cols.paragraph(indent=4, bullet_string="•", bottom_margin=0.8) as par:
                    par.write(hyphenate(nb(text)))

    pdf.add_page()
    pdf.heading("5. Emploi et ressources humaines")
    pdf.reserve_notes(
        [
            "³ L'équivalent temps plein (ETP) rapporte la durée de travail rémunérée des salariés à celle "
            "d'un emploi à temps complet sur l'ensemble de l'année."
        ]
    )
    pdf.para(
        "Les 3~486 salariés de l'ESS du Val de Lirande occupent 2~940 équivalents temps plein³. Les "
        "emplois y sont plus souvent à temps partiel que dans le reste du secteur privé, et un peu moins "
        "souvent en contrat à durée indéterminée, comme le montre le tableau 6."
    )
    pdf.data_table(
        "Tableau 6 — Conditions d'emploi des salariés (2023)",
        [
            ("Indicateur", "ESS Val de Lirande", "Privé hors ESS Val de Lirande", "ESS Méridanne"),
            ("Part des CDI (%)", "78", "84", "80"),
            ("Part des temps partiels (%)", "38", "17", "35"),
            ("Salariés de 55 ans ou plus (%)", "24", "19", "22"),
            ("Salaire brut annuel moyen par ETP (€)", "29~560", "33~180", "30~410"),
        ],
        (62, 32, 44, 32),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.para(
        "L'écart de salaire avec le privé hors ESS (-10,9~%) s'explique en grande partie par le poids des "
        "métiers de l'aide à domicile et de l'animation, où les temps partiels sont fréquents. Le "
        "vieillissement des effectifs est marqué : 24~% des salariés ont 55 ans ou plus. D'ici 2033, "
        "environ 840 départs à la retraite sont à anticiper, dont près de la moitié dans l'aide à domicile "
        "et l'hébergement des personnes âgées."
    )
    pdf.para(
        "Interrogées sur leurs difficultés de recrutement, les structures qui ont répondu à l'enquête "
        "citent en premier lieu les métiers suivants (nombre de structures qui les citent) :"
    )
    pdf.bullets(
        [
            "aide à domicile (31 structures) ;",
            "aide-soignant ou aide-soignante (18) ;",
            "animateur ou animatrice périscolaire (14) ;",
            "éducateur spécialisé ou éducatrice spécialisée (9) ;",
            "comptable ou gestionnaire administratif (7).",
        ]
    )
    pdf.para(
        "Le bénévolat reste un pilier de l'ESS locale. L'enquête estime à 4~300 le nombre de bénévoles "
        "réguliers dans les associations du territoire, mais 62~% des associations répondantes déclarent "
        "des difficultés à renouveler leurs dirigeants bénévoles, en particulier dans les clubs sportifs "
        "et les comités des fêtes des petites communes."
    )
    pdf.para(
        "Les femmes occupent 71~% des emplois de l'ESS du territoire, mais seulement 48~% des postes de "
        "direction dans les établissements de plus de 10 salariés. À temps de travail égal, leur salaire "
        "moyen reste inférieur de 8~% à celui des hommes."
    )
    pdf.para(
        "En 2024, 1~140 salariés de l'ESS du Val de Lirande ont suivi au moins une formation financée par "
        "leur opérateur de compétences, soit un sur trois. Les salariés des établissements de moins de 10 "
        "salariés y accèdent deux fois moins souvent que les autres."
    )
    pdf.heading("6. Dynamiques et accompagnement", need=25)
    pdf.para(
        "Entre 2019 et 2023, 41 établissements employeurs de l'ESS ont été créés dans le Val de Lirande et "
        "29 ont fermé, soit un solde positif de 12 établissements. Les créations concernent surtout "
        "l'économie circulaire, l'alimentation et la culture. Les besoins de financement restent pourtant "
        "le premier frein au développement : l'enquête montre en effet que 38~% des structures répondantes "
        "déclarent avoir renoncé à un projet d'investissement depuis 2022, faute de fonds propres ou de "
        "prêt bancaire.",
        lines_before_break=3,
    )
    pdf.para(
        "Le tableau 7 retrace l'activité des principaux dispositifs d'accompagnement et de financement "
        "mobilisés par les structures du territoire au cours des trois dernières années."
    )
    pdf.data_table(
        "Tableau 7 — Accompagnement et financement des structures du Val de Lirande",
        [
            ("Dispositif", "2022", "2023", "2024"),
            ("Structures accompagnées par le DLA", "6", "8", "9"),
            ("Lauréats de l'appel à projets Lirande Solidaire", "2", "3", "3"),
            ("Prêts d'honneur solidaires accordés", "3", "2", "4"),
            ("Heures d'insertion des clauses sociales communautaires", "6~200", "8~450", "11~800"),
        ],
        (92, 22, 22, 22),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.para(
        "En 2024, seuls 9~% des marchés publics de la Communauté de communes comportaient une clause "
        "sociale. Le Fonds communautaire d'initiatives ESS, créé par le conseil communautaire en décembre "
        "2024, doit permettre de soutenir chaque année une dizaine de projets."
    )
    pdf.heading("6.1 Forces et fragilités", level=1, need=40)
    pdf.para("Les atouts de l'ESS du Val de Lirande sont les suivants :", after=1.2)
    pdf.bullets(
        [
            "un poids dans l'emploi supérieur aux moyennes départementale et régionale ;",
            "un tissu associatif dense, présent dans toutes les communes ;",
            "des coopérations déjà engagées au sein du PTCE Les Communs de Lirande ;",
            "des structures d'insertion reconnues par les entreprises du territoire.",
        ]
    )
    pdf.para("Ses fragilités appellent une attention particulière :", after=1.2)
    pdf.bullets(
        [
            "la forte dépendance aux financements publics des associations employeuses ;",
            "les difficultés de recrutement dans les métiers du soin et de l'accompagnement ;",
            "le vieillissement des salariés et des dirigeants bénévoles ;",
            "une faible présence de l'ESS dans les communes du plateau.",
        ],
        mark="–",
    )
    pdf.heading("7. Préconisations", need=40)
    pdf.para(
        "Au terme du diagnostic, l'Observatoire formule six préconisations à l'intention de la "
        "Communauté de communes et de ses partenaires :",
        after=1.2,
    )
    pdf.bullets(
        [
            "1. adopter une stratégie communautaire de l'ESS et désigner un référent ESS dans chaque commune ;",
            "2. pérenniser le Fonds communautaire d'initiatives ESS avec une enveloppe annuelle d'au moins 120~000~€ ;",
            "3. porter à 25~% d'ici 2027 la part des marchés communautaires comportant une clause sociale ;",
            "4. construire avec les structures d'aide à domicile et le service public de l'emploi un plan "
            "territorial pour les métiers du soin ;",
            "5. soutenir le PTCE Les Communs de Lirande, en particulier son projet de légumerie partagée ;",
            "6. organiser chaque année, pendant le Mois de l'ESS, des rencontres de l'ESS du Val de Lirande.",
        ],
        mark="",
        indent=0,
    )
    pdf.heading("Annexe — Définitions, sources et contacts", need=40)
    pdf.para(
        "Économie sociale et solidaire (ESS) : ensemble des associations, coopératives, mutuelles, "
        "fondations et sociétés commerciales qui poursuivent un but autre que le seul partage des "
        "bénéfices, ont une gouvernance démocratique et réinvestissent la majorité de leurs excédents dans "
        "leur activité, conformément à la loi du 31 juillet 2014."
    )
    pdf.para(
        "Établissement employeur : établissement qui compte au moins un salarié au 31 décembre de l'année "
        "considérée. Les structures sans salarié, qui sont les plus nombreuses parmi les associations, ne "
        "sont pas comptées dans les statistiques d'emploi."
    )
    pdf.para(
        "Insertion par l'activité économique (IAE) : dispositif qui permet à des personnes éloignées de "
        "l'emploi d'être salariées d'une structure conventionnée par l'État, comme un atelier et chantier "
        "d'insertion (ACI), tout en bénéficiant d'un accompagnement social et professionnel."
    )
    pdf.para(
        "Ce diagnostic a été réalisé par Élodie Ferrandon, chargée d'études à l'Observatoire régional de "
        "l'ESS, sous la responsabilité de Julien Morvaillac, directeur de la CRESS Méridanne. Le comité "
        "de suivi, présidé par Thierry Castanède, s'est réuni à trois reprises entre mai 2024 et février "
        "2025."
    )
    pdf.para(
        "Contacts : Observatoire régional de l'ESS, CRESS Méridanne, observatoire@cress-meridanne.org. "
        "Communauté de communes du Val de Lirande, service Développement économique, Marion Escoubès, "
        "economie@valdelirande.fr.",
        after=1,
    )
    save_pdf(
        pdf,
        DIAG,
        "Diagnostic de l'économie sociale et solidaire — Communauté de communes du Val de Lirande (édition 2025)",
        "Diagnostic territorial de l'ESS : établissements, emploi, secteurs, acteurs et préconisations (données 2023)",
        "Observatoire régional de l'ESS — CRESS Méridanne",
        datetime(2025, 4, 14, 9, 30, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: deliberation of the community council (PDF, 3 pages)
# ---------------------------------------------------------------------------

PRESENT = (
    "Bernadette Lagarrigue, Thierry Castanède, Arnaud Lestrade, Coralie Vidalenc, Alain Pujolas, "
    "Josiane Bourrel, Michel Cabanès, Sylvie Delmas-Roques, Jérôme Fabrègue, Nicole Gaubert, Henri "
    "Lacombe, Sandrine Malaval, Patrick Nègre, Odile Pradal, Rémi Quintard, Christine Rouquette, Serge "
    "Salvan, Valérie Teulier, Bruno Vaysse, Anne-Marie Aldebert, Didier Bonnafous, Laurence Cayrou, "
    "Gilbert Durand-Astruc, Émilie Espinasse, Francis Guiral, Isabelle Hermet, Jean-Luc Izard, Maryse "
    "Jouve, Claude Lapeyre"
)


def build_delib() -> None:
    pdf = DocPDF(
        "Communauté de communes du Val de Lirande · Conseil communautaire du 26 juin 2025 · Délibération n° 2025-087",
        "Extrait du registre des délibérations — Délibération n° 2025-087",
        first_header=False,
    )
    pdf.add_page()
    # Letterhead
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(30, 90, 55)
    pdf.cell(95, 6, "Communauté de communes", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(95, 6, "du Val de Lirande", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8)
    pdf.cell(
        95,
        4,
        "Maison de l'intercommunalité — 2, place des Tanneurs",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.cell(
        95,
        4,
        "Saint-Aurel-sur-Lirande — Département de la Lirande",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(120, 22)
    pdf.set_font("Sans", "", 8)
    pdf.multi_cell(
        70,
        4,
        nb(
            "République française\nDépartement de la Lirande\nArrondissement de Saint-Aurel-sur-Lirande"
        ),
        align="R",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_y(44)
    pdf.set_draw_color(30, 90, 55)
    pdf.line(20, 42, 190, 42)
    pdf.start_section("Extrait du registre des délibérations", 0)
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(
        0,
        6.5,
        nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL COMMUNAUTAIRE"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(1)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(
        0,
        5,
        nb("Séance du jeudi 26 juin 2025 — Délibération n° 2025-087"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(3)
    pdf.set_font("Sans", "B", 9.5)
    pdf.set_fill_color(238, 244, 240)
    pdf.multi_cell(
        0,
        5.2,
        nb(
            "Objet : Fonds communautaire d'initiatives ESS — attribution des subventions de la session 2025"
        ),
        border=1,
        fill=True,
        align="L",
        padding=2,
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    pdf.data_table(
        "Nombre de conseillers communautaires",
        [
            ("En exercice", "Présents", "Représentés", "Votants"),
            ("38", "29", "5", "33"),
        ],
        (42, 42, 42, 44),
        ("CENTER", "CENTER", "CENTER", "CENTER"),
    )
    pdf.para(
        "Date de la convocation : 19 juin 2025. Date d'affichage de la convocation : 19 juin 2025.",
        size=9,
    )
    pdf.para(
        "L'an deux mille vingt-cinq, le vingt-six juin à dix-huit heures trente, le conseil communautaire "
        "de la Communauté de communes du Val de Lirande, régulièrement convoqué, s'est réuni en séance "
        "publique dans la salle du conseil de la Maison de l'intercommunalité, à Saint-Aurel-sur-Lirande, "
        "sous la présidence de Mme Bernadette Lagarrigue, présidente.",
        size=9.5,
    )
    pdf.para(f"Étaient présents : Mmes et MM. {PRESENT}.", size=9)
    pdf.para(
        "Étaient représentés : Mme Patricia Marcillac (pouvoir à Mme Bernadette Lagarrigue), M. Éric "
        "Noguès (pouvoir à M. Thierry Castanède), Mme Hélène Ouradou (pouvoir à Mme Coralie Vidalenc), "
        "M. Stéphane Puech (pouvoir à M. Arnaud Lestrade), Mme Agnès Raynal (pouvoir à M. Serge Salvan).",
        size=9,
    )
    pdf.para(
        "Étaient absents : M. Daniel Soulié, M. Fabrice Trémoulet, Mme Ginette Vigouroux, M. Yves Azémar.",
        size=9,
    )
    pdf.para(
        "Le quorum, fixé à 20 membres, étant atteint, la séance a été ouverte. Mme Coralie Vidalenc, "
        "conseillère communautaire de Pradecombe, a été désignée secrétaire de séance.",
        size=9.5,
    )
    pdf.para(
        "Rapporteur : M. Thierry Castanède, vice-président chargé du développement économique et de "
        "l'économie sociale et solidaire.",
        style="B",
        size=9.5,
    )
    pdf.heading("Exposé des motifs", need=30)
    pdf.para(
        "Par délibération du 12 décembre 2024, le conseil communautaire a créé le Fonds communautaire "
        "d'initiatives ESS, destiné à soutenir les projets des associations, coopératives et entreprises "
        "de l'économie sociale et solidaire implantées sur le territoire. Le règlement du fonds prévoit "
        "une aide comprise entre 2~000~€ et 20~000~€ par projet, dans la limite de 50~% des dépenses "
        "éligibles, et un examen des dossiers par un comité d'attribution composé de six élus et de deux "
        "personnes qualifiées.",
        size=9.5,
    )
    pdf.para(
        "L'appel à projets de la session 2025, ouvert le 3 mars 2025, a été clos le 16 mai 2025 : 19 "
        "dossiers ont été déposés, pour un montant total sollicité de 214~300~€. Réuni le 10 juin 2025, le "
        "comité d'attribution a retenu 8 projets, pour un montant total de 96~500~€. Les onze dossiers "
        "non retenus ont fait l'objet d'un courrier motivé ; quatre d'entre eux sont invités à se "
        "présenter de nouveau à la session d'automne.",
        size=9.5,
    )
    pdf.heading("Visas et considérants", need=30)
    pdf.para("Le conseil communautaire,", size=9.5, after=1)
    pdf.bullets(
        [
            "Vu le Code général des collectivités territoriales, et notamment ses articles L.~5211-1 et suivants ;",
            "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
            "Vu les statuts de la Communauté de communes du Val de Lirande ;",
            "Vu la délibération n° 2024-152 du 12 décembre 2024 portant création du Fonds communautaire "
            "d'initiatives ESS et approbation de son règlement ;",
            "Vu la délibération n° 2025-031 du 27 mars 2025 portant adoption du budget primitif 2025 ;",
            "Vu l'avis du comité d'attribution du 10 juin 2025 ;",
            "Vu l'avis favorable de la commission Développement économique et ESS du 16 juin 2025 ;",
        ],
        mark="",
        indent=0,
        size=9.5,
    )
    pdf.bullets(
        [
            "Considérant que, selon le diagnostic réalisé par l'Observatoire régional de l'ESS de la CRESS "
            "Méridanne, l'économie sociale et solidaire représente 14,7~% de l'emploi salarié privé du "
            "territoire ;",
            "Considérant que les projets retenus répondent aux priorités du règlement du fonds : "
            "alimentation de proximité, réemploi, mobilité, petite enfance et vie culturelle des villages ;",
            "Considérant que les crédits nécessaires, soit 120~000~€, sont inscrits au budget primitif 2025 ;",
        ],
        mark="",
        indent=0,
        size=9.5,
    )
    pdf.para(
        "Après en avoir délibéré, M. Alain Pujolas, président de l'association Mobil'Aurel, ayant quitté "
        "la salle et n'ayant pas pris part au vote,",
        size=9.5,
    )
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 7, "DÉCIDE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.start_section("Article 1er — Attribution des subventions", 1)
    pdf.para(
        "Article 1er — D'attribuer au titre du Fonds communautaire d'initiatives ESS, session 2025, les "
        "subventions suivantes :",
        size=9.5,
    )
    pdf.data_table(
        "Tableau des bénéficiaires — session 2025",
        [
            ("N°", "Bénéficiaire", "Commune", "Projet", "Montant (€)"),
            (
                "1",
                "Terre & Ouvrage",
                "Mornevault",
                "Création d'une légumerie pour les Jardins du Moulin",
                "18~000",
            ),
            (
                "2",
                "La Ressourcerie du Val",
                "Castelvaur",
                "Ouverture d'un atelier de réparation de vélos",
                "12~500",
            ),
            (
                "3",
                "Crèche parentale Les Petits Castors",
                "Fontcléry",
                "Aménagement d'un jardin pédagogique",
                "4~000",
            ),
            (
                "4",
                "Les Communs de Lirande (PTCE)",
                "Saint-Aurel-sur-Lirande",
                "Poste de coordination du PTCE (année 2025)",
                "20~000",
            ),
            (
                "5",
                "SCIC Bois Énergie Lirande",
                "Pradecombe",
                "Étude de faisabilité d'une plateforme de stockage",
                "9~500",
            ),
            (
                "6",
                "Le Panier Lirandais",
                "Saint-Aurel-sur-Lirande",
                "Extension de l'épicerie solidaire",
                "11~000",
            ),
            (
                "7",
                "Compagnie Les Arpenteurs",
                "Les Aubrinières",
                "Festival itinérant « Scènes de villages » 2025",
                "6~500",
            ),
            (
                "8",
                "Mobil'Aurel",
                "Saint-Aurel-sur-Lirande",
                "Location solidaire de véhicules",
                "15~000",
            ),
            ("", "Total", "", "", "96~500"),
        ],
        (9, 42, 42, 53, 24),
        ("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT"),
        bold_last=True,
        size=8.3,
    )
    pdf.start_section("Articles 2 à 6", 1)
    pdf.para(
        "Article 2 — De préciser que les subventions d'un montant égal ou supérieur à 10~000~€ font l'objet "
        "d'une convention entre la Communauté de communes et le bénéficiaire, qui en fixe l'objet, le "
        "montant, les conditions d'utilisation et les modalités de contrôle.",
        size=9.5,
    )
    pdf.para(
        "Article 3 — De dire que chaque subvention sera versée en deux fois : une avance de 70~% à la "
        "notification de la décision, puis le solde de 30~% sur présentation d'un bilan de l'action et d'un "
        "compte rendu financier, au plus tard le 31 mars 2026. À défaut, le solde ne sera pas versé.",
        size=9.5,
    )
    pdf.para(
        "Article 4 — De dire que les dépenses correspondantes seront imputées au chapitre 65, article "
        "6574, du budget principal 2025. Le reliquat de l'enveloppe, soit 23~500~€, sera mobilisé lors de la "
        "session d'automne du fonds, dont le dépôt des dossiers sera clos le 10 octobre 2025.",
        size=9.5,
    )
    pdf.para(
        "Article 5 — D'autoriser Mme la Présidente, ou son représentant, à signer les conventions prévues à "
        "l'article 2 et tout document relatif à l'exécution de la présente délibération.",
        size=9.5,
    )
    pdf.para(
        "Article 6 — La présente délibération peut faire l'objet d'un recours devant le tribunal "
        "administratif de Vaubrune dans un délai de deux mois à compter de sa publication. Le tribunal "
        "administratif peut être saisi par l'application Télérecours citoyens.",
        size=9.5,
    )
    pdf.heading("Résultat du vote", need=40)
    pdf.data_table(
        "Vote",
        [
            ("Votants", "Pour", "Contre", "Abstentions"),
            ("33", "30", "0", "3"),
        ],
        (42, 42, 42, 44),
        ("CENTER", "CENTER", "CENTER", "CENTER"),
    )
    pdf.para(
        "Se sont abstenus : Mme Sandrine Malaval, M. Patrick Nègre et M. Rémi Quintard. La délibération est "
        "adoptée à la majorité des suffrages exprimés.",
        size=9.5,
    )
    pdf.para(
        "Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme.",
        size=9.5,
        style="I",
    )
    pdf.room(45)
    y = pdf.y + 2
    pdf.set_xy(20, y)
    pdf.set_font("Sans", "", 8.5)
    pdf.multi_cell(
        90,
        4.4,
        nb(
            "Transmis au représentant de l'État le 1er juillet 2025\nPublié sur le site internet de la "
            "Communauté de communes le 1er juillet 2025\nIdentifiant de télétransmission : "
            "LIR-248600417-20250626-2025-087-DE"
        ),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(115, y)
    pdf.set_font("Serif", "", 9.5)
    pdf.multi_cell(
        75,
        5,
        nb(
            "Fait à Saint-Aurel-sur-Lirande,\nle 30 juin 2025\n\nLa Présidente,\n\n\nBernadette Lagarrigue"
        ),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(115, y + 19)
    pdf.set_draw_color(120, 120, 120)
    pdf.set_font("Sans", "I", 7)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(75, 4, "[signature électronique]", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, y + 36)
    pdf.set_font("Serif", "", 9)
    pdf.multi_cell(
        75,
        4.5,
        nb("La secrétaire de séance,\nCoralie Vidalenc"),
        align="L",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        DELIB,
        "Délibération n° 2025-087 — Fonds communautaire d'initiatives ESS : attribution des subventions 2025",
        "Extrait du registre des délibérations du conseil communautaire du Val de Lirande, séance du 26 juin 2025",
        "Communauté de communes du Val de Lirande",
        datetime(2025, 7, 1, 10, 15, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: call for projects web page of the Département de la Lirande (HTML)
# ---------------------------------------------------------------------------

HTML_TEXT = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Appel à projets « Lirande Solidaire » 2025 : l'ESS au service des territoires | Département de la Lirande</title>
<meta name="description" content="Le Département de la Lirande lance la 4e édition de son appel à projets en faveur de l'économie sociale et solidaire. Candidatures jusqu'au 30 avril 2025.">
<meta name="author" content="Direction de la communication du Département de la Lirande">
<meta property="og:type" content="article">
<meta property="og:title" content="Appel à projets « Lirande Solidaire » 2025 : l'ESS au service des territoires">
<meta property="og:site_name" content="Département de la Lirande">
<meta property="og:url" content="https://www.lirande.fr/actualites/appel-a-projets-lirande-solidaire-2025">
<meta property="og:image" content="https://www.lirande.fr/medias/2025/03/laureats-lirande-solidaire-2024.jpg">
<meta property="article:published_time" content="2025-03-03T09:00:00+01:00">
<meta property="article:modified_time" content="2025-03-17T14:20:00+01:00">
<meta property="article:section" content="Économie et emploi">
<link rel="stylesheet" href="/assets/css/site.min.css">
<script async src="/assets/js/analytics.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
</script>
</head>
<body class="page-actualite">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Le site lirande.fr utilise des cookies de mesure d'audience. Vous pouvez accepter ou refuser
  leur dépôt, et modifier votre choix à tout moment.</p>
  <button type="button" class="btn-accept">Tout accepter</button>
  <button type="button" class="btn-refuse">Tout refuser</button>
  <a href="/donnees-personnelles#cookies">Personnaliser</a>
</div>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-lirande.svg" alt="Département de la Lirande — accueil"></a>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/le-departement">Le Département</a></li>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/education-jeunesse">Éducation et jeunesse</a></li>
      <li><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li class="active"><a href="/economie-emploi">Économie et emploi</a></li>
      <li><a href="/culture-sport">Culture et sport</a></li>
      <li><a href="/aides-et-demarches">Aides et démarches</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche"><input type="search" name="q" placeholder="Rechercher"></form>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/economie-emploi">Économie et emploi</a></li>
    <li><a href="/economie-emploi/ess">Économie sociale et solidaire</a></li>
    <li aria-current="page">Appel à projets Lirande Solidaire 2025</li>
  </ol>
</nav>
<main id="contenu">
<article class="actualite">
  <header>
    <p class="categorie">Économie sociale et solidaire</p>
    <h1>Appel à projets « Lirande Solidaire » 2025 : l'ESS au service des territoires</h1>
    <p class="meta">Publié le <time datetime="2025-03-03">3 mars 2025</time> — mis à jour le
    <time datetime="2025-03-17">17 mars 2025</time></p>
    <ul class="share">
      <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lirande.fr%2Factualites%2Fappel-a-projets-lirande-solidaire-2025">Partager sur Facebook</a></li>
      <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.lirande.fr%2Factualites%2Fappel-a-projets-lirande-solidaire-2025">Partager sur LinkedIn</a></li>
      <li><a href="mailto:?subject=Appel%20%C3%A0%20projets%20Lirande%20Solidaire%202025">Envoyer par courriel</a></li>
      <li><a href="javascript:window.print()">Imprimer</a></li>
    </ul>
  </header>

  <p class="chapo">Le Département de la Lirande lance la quatrième édition de son appel à projets
  « Lirande Solidaire ». Doté de 350&nbsp;000&nbsp;€ en 2025, contre 320&nbsp;000&nbsp;€ l'an dernier,
  il soutient les projets de l'économie sociale et solidaire qui répondent
  aux besoins des habitants, en particulier dans les territoires ruraux.</p>

  <p>Créé en 2022, l'appel à projets a déjà permis d'accompagner 58 projets
  dans tout le département. Cette année, le Département souhaite
  encourager les coopérations entre structures et les projets portés
  dans les communes les moins peuplées.</p>

  <h2>Qui peut candidater ?</h2>
  <p>L'appel à projets est ouvert aux structures suivantes, dès lors que leur siège
  ou leur établissement principal est situé dans le département de la Lirande :</p>
  <ul>
    <li>les associations relevant de la loi du 1er juillet 1901 ;</li>
    <li>les coopératives, notamment les SCOP et les SCIC ;</li>
    <li>les entreprises bénéficiant de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) ;</li>
    <li>les structures de l'insertion par l'activité économique (SIAE).</li>
  </ul>
  <p>La structure doit justifier d'au moins un an d'existence à la date de dépôt
  du dossier et être à jour de ses obligations sociales et fiscales.</p>

  <h2>Trois axes prioritaires</h2>
  <p>Les projets doivent s'inscrire dans l'un des trois axes de l'appel à projets :
  l'alimentation durable et les circuits courts ; la mobilité et l'accès aux droits
  en milieu rural ; l'économie circulaire et le réemploi.</p>

  <h2>Quel soutien ?</h2>
  <p>La subvention, d'investissement ou de fonctionnement, est comprise entre
  5&nbsp;000&nbsp;€ et 30&nbsp;000&nbsp;€. Elle ne peut dépasser 50&nbsp;% du coût total du projet.
  Ce taux est porté à 60&nbsp;% pour les projets situés dans une commune
  de moins de 2&nbsp;000 habitants.</p>
  <p>Les dépenses doivent être engagées après le 3 mars 2025 et réalisées
  dans un délai de 18 mois à compter de la notification de l'aide.</p>

  <blockquote>
    <p>« L'économie sociale et solidaire crée des emplois qui ne se délocalisent pas et
    répond à des besoins que personne d'autre ne couvre. Avec Lirande Solidaire, nous voulons
    qu'aucune commune ne reste à l'écart. »</p>
    <footer>— Hélène Barascud, vice-présidente du Département chargée de l'insertion et de
    l'économie sociale et solidaire</footer>
  </blockquote>

  <h2>Calendrier</h2>
  <table class="calendrier">
    <caption>Calendrier de l'appel à projets 2025</caption>
    <thead>
      <tr><th scope="col">Étape</th><th scope="col">Date</th></tr>
    </thead>
    <tbody>
      <tr><td>Ouverture de l'appel à projets</td><td>3 mars 2025</td></tr>
      <tr><td>Webinaire d'information</td><td>20 mars 2025, à 11 h</td></tr>
      <tr><td>Date limite de dépôt des candidatures</td><td>30 avril 2025, à 12 h</td></tr>
      <tr><td>Auditions des porteurs de projets présélectionnés</td><td>du 2 au 6 juin 2025</td></tr>
      <tr><td>Vote de la commission permanente</td><td>7 juillet 2025</td></tr>
      <tr><td>Notification des décisions</td><td>à partir du 15 juillet 2025</td></tr>
    </tbody>
  </table>

  <h2>Critères de sélection</h2>
  <p>Les dossiers sont notés sur 100 points par un comité de sélection qui réunit
  des élus départementaux, la CRESS Méridanne et des représentants des réseaux de l'ESS.</p>
  <table class="criteres">
    <caption>Grille de notation</caption>
    <thead>
      <tr><th scope="col">Critère</th><th scope="col">Points</th></tr>
    </thead>
    <tbody>
      <tr><td>Utilité sociale et réponse à un besoin du territoire</td><td>30</td></tr>
      <tr><td>Ancrage territorial et partenariats</td><td>25</td></tr>
      <tr><td>Viabilité économique du projet</td><td>20</td></tr>
      <tr><td>Impact environnemental</td><td>15</td></tr>
      <tr><td>Gouvernance et participation des usagers</td><td>10</td></tr>
      <tr><td>Total</td><td>100</td></tr>
    </tbody>
  </table>
  <p>Un projet qui obtient moins de 50 points ne peut pas être retenu.</p>

  <h2>Le bilan de l'édition 2024</h2>
  <p>En 2024, 47 dossiers ont été déposés et 21 projets ont été retenus, pour un
  montant total de 312&nbsp;000&nbsp;€. Le taux de sélection s'est établi à 45&nbsp;%.</p>
  <table class="bilan">
    <caption>Lirande Solidaire 2024 : dossiers, lauréats et montants par axe</caption>
    <thead>
      <tr><th scope="col">Axe</th><th scope="col">Dossiers déposés</th><th scope="col">Lauréats</th><th scope="col">Montant attribué (€)</th></tr>
    </thead>
    <tbody>
      <tr><td>Alimentation durable et circuits courts</td><td>18</td><td>8</td><td>121&nbsp;500</td></tr>
      <tr><td>Mobilité et accès aux droits</td><td>12</td><td>6</td><td>94&nbsp;000</td></tr>
      <tr><td>Économie circulaire et réemploi</td><td>17</td><td>7</td><td>96&nbsp;500</td></tr>
      <tr><td>Total</td><td>47</td><td>21</td><td>312&nbsp;000</td></tr>
    </tbody>
  </table>

  <figure>
    <img src="/medias/2025/03/laureats-lirande-solidaire-2024.jpg" alt="Les lauréats 2024 réunis sur le parvis de l'hôtel du Département" width="960" height="540">
    <figcaption>Les lauréats 2024 réunis à l'hôtel du Département, le 15 octobre 2024.
    Photo : © Département de la Lirande / Mathilde Roussange</figcaption>
  </figure>

  <h2>Comment candidater ?</h2>
  <p>Le dossier se dépose uniquement en ligne, sur la plateforme
  aides.lirande.fr, avant le 30 avril 2025 à 12 h. Il comprend le formulaire
  de candidature, le budget prévisionnel du projet, les statuts de la structure
  et ses derniers comptes approuvés.</p>
  <ul class="downloads">
    <li><a href="/medias/2025/03/reglement-lirande-solidaire-2025.pdf" download>Télécharger le règlement de l'appel à projets (PDF, 1,2 Mo)</a></li>
    <li><a href="/medias/2025/03/budget-previsionnel-lirande-solidaire-2025.xlsx" download>Télécharger le modèle de budget prévisionnel (XLSX, 48 Ko)</a></li>
  </ul>
  <p>Pour toute question, le service Économie de proximité et ESS répond
  par courriel à lirande-solidaire@lirande.fr ou par téléphone
  au 04 65 71 20 48, du lundi au vendredi, de 9 h à 12 h.</p>

  <h2>Questions fréquentes</h2>
  <section class="faq">
    <h3>Une association créée en janvier 2025 peut-elle candidater ?</h3>
    <p>Non, la structure doit avoir au moins un an d'existence à la date de dépôt du dossier.</p>
    <h3>Une commune peut-elle déposer un projet ?</h3>
    <p>Non, les collectivités ne peuvent pas être porteuses de projet. Elles peuvent en revanche
    être partenaires d'un projet porté par une structure de l'ESS.</p>
    <h3>Peut-on présenter plusieurs projets ?</h3>
    <p>Non, chaque structure ne peut déposer qu'un seul dossier par édition.</p>
    <h3>Un lauréat de 2024 peut-il candidater de nouveau ?</h3>
    <p>Oui, à condition de présenter un projet différent de celui qui a déjà été soutenu.</p>
    <h3>Les salaires sont-ils pris en compte dans les dépenses ?</h3>
    <p>Oui, les dépenses de personnel sont éligibles dans la limite de 40&nbsp;% du budget du projet.</p>
    <h3>L'aide peut-elle se cumuler avec celle d'une intercommunalité ?</h3>
    <p>Oui, le cumul est possible, dans la limite de 80&nbsp;% d'aides publiques sur le coût total du projet.</p>
  </section>

  <p class="maj">Article rédigé par la Direction de la communication, avec la Direction de
  l'attractivité et de l'économie de proximité.</p>
</article>

<aside class="sidebar" aria-label="À lire aussi">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/actualites/mois-de-l-ess-2025-appel-a-participation">Mois de l'ESS 2025 : les organisateurs d'événements sont attendus avant le 30 septembre</a></li>
    <li><a href="/actualites/pacte-territorial-insertion-2025-2027">Insertion : le Département signe le pacte territorial 2025-2027</a></li>
    <li><a href="/actualites/laureats-lirande-solidaire-2024">Lirande Solidaire : les 21 lauréats de 2024</a></li>
  </ul>
  <div class="agenda">
    <h2>Agenda</h2>
    <p>20 mars 2025 — Webinaire Lirande Solidaire (inscription sur aides.lirande.fr)</p>
  </div>
</aside>
</main>

<footer class="site-footer">
  <div class="contact">
    <p>Département de la Lirande — Hôtel du Département, 1, cours de la Préfecture, Vaubrune</p>
    <p>Standard : 04 65 71 20 00</p>
  </div>
  <ul class="legal">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/donnees-personnelles#cookies">Gestion des cookies</a></li>
  </ul>
  <p class="copyright">© 2025 Département de la Lirande</p>
</footer>
<script src="/assets/js/cookie-banner.js"></script>
<script src="/assets/js/site.min.js"></script>
</body>
</html>
"""


def build_html() -> None:
    (CORPUS / HTML).write_text(HTML_TEXT, encoding="utf-8")


# ---------------------------------------------------------------------------
# Plain-text helpers
# ---------------------------------------------------------------------------


def wrap_blocks(text: str, width: int) -> str:
    """Hard-wrap paragraphs and list items; keep tables, headings, front matter and
    indented blocks as they are. Numbers and their units stay on one line."""
    glue = "\ue000"
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", glue, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|ha\b|heures|ans\b|mois\b|tonnes|km\b))", glue, text)
    text = re.sub(r" (?=[;:?!»])", glue, text).replace("« ", "«" + glue)
    text = re.sub(r"\b(n°|art\.|M\.|Mme) ", lambda m: m.group(1) + glue, text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    text = re.sub(rf"(?<=\d)(er)? (?=(?:{months})\b)", lambda m: (m.group(1) or "") + glue, text)
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("@@"):
            out.append(block.removeprefix("@@"))
            continue
        lines = block.split("\n")
        if lines[0].startswith(("|", "#", "---", "    ", "=")):
            out.append(block)
            continue
        items: list[str] = []
        for line in lines:
            if re.match(r"^(- |\d+\. |\d+\.\d+ |\* )", line) or not items:
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
# Document 4: minutes of the PTCE steering committee (Markdown)
# ---------------------------------------------------------------------------

MD_FRONT = """---
title: "Compte rendu du comité de pilotage du PTCE Les Communs de Lirande — 18 septembre 2025"
publisher: "Les Communs de Lirande, pôle territorial de coopération économique"
date: 2025-09-18
territory: "Communauté de communes du Val de Lirande (département de la Lirande, région Méridanne)"
lang: fr
---
"""

MD_BODY = """
# Compte rendu du comité de pilotage du 18 septembre 2025

Réunion tenue de 14 h à 17 h 15 au tiers-lieu La Filature, à Mornevault.
Compte rendu rédigé par Nadège Ourliac et validé par les co-présidents le
25 septembre 2025.

## Participants

Présents :

- Sabine Ventadour, gérante, SCIC Bois Énergie Lirande (co-présidente du PTCE)
- Jean-Baptiste Farjou, directeur, Terre & Ouvrage (co-président du PTCE)
- Nadège Ourliac, coordinatrice, Les Communs de Lirande
- Thierry Castanède, vice-président chargé du développement économique et de l'ESS, Communauté de communes du Val de Lirande
- Marion Escoubès, chargée de mission développement économique, Communauté de communes du Val de Lirande
- Karim Benhadji, chargé de mission ESS, Département de la Lirande
- Élodie Ferrandon, chargée d'études, CRESS Méridanne
- Lucas Peyrelade, responsable, La Ressourcerie du Val
- Fatou Diallo-Mercier, présidente, Mobil'Aurel
- Gaëlle Tournemire, directrice, Lirande Aide et Soins à Domicile
- Pierre-Yves Calmette, chargé d'affaires, Caisse solidaire Méridanne

Excusés : Hélène Barascud, vice-présidente du Département de la Lirande ;
Arnaud Lestrade, maire de Castelvaur.

## Ordre du jour

1. Point d'étape : adhésions et financements 2025
2. Projet de légumerie partagée
3. Mobilité solidaire : résultats de l'expérimentation de transport
   solidaire
4. Feuille de route 2026
5. Questions diverses

## 1. Point d'étape : adhésions et financements 2025

Sabine Ventadour ouvre la séance et remercie Fatou Diallo-Mercier, qui rejoint
le comité de pilotage au titre de Mobil'Aurel. Le PTCE comptera 31 membres à
l'issue de la réunion, contre 27 à la fin de l'année 2024. La crèche parentale
Les Petits Castors et la Compagnie Les Arpenteurs ont été admises par le comité
de pilotage du 3 avril 2025 ; la commune de Castelvaur et la menuiserie Arnal
et Fils présentent leur candidature ce jour.

| Collège | Fin 2024 | Septembre 2025 |
|---|---:|---:|
| Structures de l'ESS | 15 | 17 |
| Entreprises | 5 | 6 |
| Collectivités | 5 | 6 |
| Partenaires (formation, recherche, finance) | 2 | 2 |
| Total | 27 | 31 |

La cotisation annuelle reste fixée à 150 € pour les structures de moins de
10 salariés et à 400 € pour les autres membres. Les cotisations 2025 atteignent
3 100 €.

Nadège Ourliac présente les financements obtenus pour 2025 :

- Communauté de communes du Val de Lirande : 20 000 € pour le poste de
  coordination, attribués par la délibération du 26 juin 2025 au titre du Fonds
  communautaire d'initiatives ESS ;
- Région Méridanne : 30 000 € sur deux ans (2025-2026), dans le cadre de
  l'appel à manifestation d'intérêt (AMI) régional en faveur des PTCE ;
- Département de la Lirande : 25 000 € pour la légumerie partagée, au titre de
  l'appel à projets Lirande Solidaire, voté en commission permanente le
  7 juillet 2025.

Le budget de fonctionnement 2025 du PTCE s'élève à 68 400 €. Karim Benhadji
précise que le Département a reçu 63 dossiers à Lirande Solidaire cette année
et en a retenu 24.

## 2. Projet de légumerie partagée

Jean-Baptiste Farjou présente le projet. La légumerie sera installée dans un
bâtiment agricole rénové sur le site des Jardins du Moulin, à Mornevault. Elle
lavera, épluchera et découpera les légumes des producteurs locaux pour les
cantines scolaires et l'EHPAD Les Tilleuls. Sa capacité est de 120 tonnes de
légumes par an, soit l'équivalent de 1 400 repas par jour. Terre & Ouvrage
portera l'investissement et exploitera la légumerie, qui permettra de créer
6 postes en insertion et un poste d'encadrant technique.

| Ressources | Montant (€) |
|---|---:|
| Région Méridanne (investissement) | 78 000 |
| Fonds européens LEADER | 52 000 |
| Département de la Lirande (Lirande Solidaire) | 25 000 |
| Communauté de communes (Fonds communautaire d'initiatives ESS) | 18 000 |
| Prêt de la Caisse solidaire Méridanne | 60 000 |
| Fonds propres de Terre & Ouvrage | 27 000 |
| Total | 260 000 |

Le coût total du projet, de 260 000 €, se décompose en 142 000 € de travaux,
96 000 € d'équipements et 22 000 € d'études et de maîtrise d'œuvre.
Pierre-Yves Calmette confirme l'accord de principe de la Caisse solidaire pour
un prêt sur 12 ans. La subvention régionale doit encore être votée en
commission permanente le 21 novembre 2025. La mise en service est prévue en
septembre 2026.

Gaëlle Tournemire demande si la légumerie pourra fournir le service de
portage de repas de LASD. Jean-Baptiste Farjou répond que cette possibilité
sera étudiée en 2026, une fois la production stabilisée.

## 3. Mobilité solidaire : résultats de l'expérimentation de transport solidaire

Fatou Diallo-Mercier présente le bilan de l'expérimentation de transport
solidaire menée de janvier à juin 2025 sur les communes du plateau. 19
conducteurs bénévoles ont assuré 412 trajets pour 86 personnes, principalement
vers les rendez-vous médicaux et les démarches d'emploi. Le coût pour
l'usager est de 0,30 € par kilomètre, reversés aux conducteurs au titre de
leurs frais.

Le comité souhaite pérenniser le service et l'étendre aux communes de la
vallée. Marion Escoubès rappelle que la Communauté de communes est autorité
organisatrice de la mobilité depuis le 1er juillet 2021 et propose d'intégrer
le transport solidaire au plan de mobilité simplifié en cours d'élaboration.

## 4. Feuille de route 2026

Les membres retiennent quatre priorités pour 2026 :

1. réussir le lancement de la légumerie partagée ;
2. pérenniser le transport solidaire et l'étendre à l'ensemble du territoire ;
3. créer un atelier partagé de réparation entre la Ressourcerie du Val et
   Mobil'Aurel ;
4. accompagner la Communauté de communes dans l'élaboration de sa stratégie
   ESS, en s'appuyant sur le diagnostic de la CRESS Méridanne.

Élodie Ferrandon indique que la CRESS pourra mettre à jour les chiffres du
diagnostic en 2026, lorsque les données de 2024 seront disponibles.

## 5. Questions diverses

Les Rencontres de l'ESS du Val de Lirande se tiendront le 13 novembre 2025 à
la salle des fêtes de Fontcléry, dans le cadre du Mois de l'ESS. Lucas
Peyrelade propose d'y organiser un « repair café » géant.

## Décisions

| N° | Décision | Vote |
|---|---|---|
| 1 | Admission de la commune de Castelvaur et de la menuiserie Arnal et Fils | unanimité |
| 2 | Validation du plan de financement de la légumerie partagée (260 000 €) | unanimité |
| 3 | Pérennisation du transport solidaire en 2026 | unanimité moins une abstention |
| 4 | Adoption des quatre priorités de la feuille de route 2026 | unanimité |

## Prochaines étapes

- 15 octobre 2025 : dépôt du dossier LEADER (Jean-Baptiste Farjou) ;
- 13 novembre 2025 : Rencontres de l'ESS du Val de Lirande, à Fontcléry ;
- 21 novembre 2025 : vote de la subvention régionale pour la légumerie ;
- 4 décembre 2025, 14 h : prochain comité de pilotage, en mairie de Castelvaur ;
- 31 janvier 2026 : remise du bilan 2025 du transport solidaire (Fatou
  Diallo-Mercier).

## Glossaire

- **ACI** : atelier et chantier d'insertion
- **AMI** : appel à manifestation d'intérêt
- **CRESS** : chambre régionale de l'économie sociale et solidaire
- **ESS** : économie sociale et solidaire
- **LASD** : Lirande Aide et Soins à Domicile
- **LEADER** : programme européen de développement rural (liaison entre actions de développement de l'économie rurale)
- **PTCE** : pôle territorial de coopération économique
- **SCIC** : société coopérative d'intérêt collectif
"""


def build_md() -> None:
    (CORPUS / MD).write_text(MD_FRONT + "\n" + wrap_blocks(MD_BODY, 80), encoding="utf-8")


# ---------------------------------------------------------------------------
# Document 5: annual activity report of an integration workshop (plain text)
# ---------------------------------------------------------------------------

TXT_BODY = """
@@========================================================================
TERRE & OUVRAGE
Atelier et chantier d'insertion Les Jardins du Moulin
RAPPORT D'ACTIVITÉ 2024 - SYNTHÈSE
Présenté à l'assemblée générale du 12 juin 2025, à Mornevault
========================================================================

1. PRÉSENTATION

Terre & Ouvrage est une association loi 1901 créée en 2009 à Mornevault,
dans le Val de Lirande. Elle porte l'atelier et chantier d'insertion (ACI)
Les Jardins du Moulin, conventionné par l'État au titre de l'insertion par
l'activité économique. Le conventionnement 2024 porte sur 24 postes en
équivalent temps plein.

L'association emploie des personnes éloignées de l'emploi (chômeurs de longue
durée, bénéficiaires du RSA, jeunes sans qualification) sur deux activités
supports :
- le maraîchage biologique, sur 4,5 ha, au Moulin de la Rauze ;
- l'entretien des espaces naturels (sentiers de randonnée, berges de la
  Lirande) pour le compte des communes et de la Communauté de communes.

2. LES PERSONNES ACCOMPAGNÉES

En 2024, 41 personnes ont été salariées en parcours d'insertion, contre 38
en 2023. Elles ont effectué au total 34 870 heures de travail.

Profil des salariés en parcours :
- 29 hommes et 12 femmes ;
- 17 bénéficiaires du RSA ;
- 9 jeunes de moins de 26 ans et 11 personnes de 50 ans ou plus ;
- 23 personnes résidant dans un quartier ou une commune rurale prioritaire.

La durée moyenne des parcours est de 13,5 mois. Chaque salarié bénéficie d'un
entretien individuel avec la conseillère en insertion professionnelle au
moins deux fois par mois. En 2024, 28 salariés ont suivi au moins une
formation (permis de conduire, CACES, hygiène alimentaire, savoirs de base),
pour un total de 2 140 heures de formation.

3. LES SORTIES

Dix-neuf salariés ont terminé leur parcours en 2024. Le taux de sorties
dynamiques (emploi durable, emploi de transition et sorties positives)
atteint 63 %, au-dessus de l'objectif de 60 % fixé par la convention avec
l'État.

    Type de sortie                               Nombre    Part
    -------------------------------------------  ------  ------
    Emploi durable (CDI, CDD de 6 mois ou plus)       5    26 %
    Emploi de transition (CDD court, intérim)         4    21 %
    Sortie positive (formation qualifiante...)        3    16 %
    Autres sorties                                    7    37 %
    -------------------------------------------  ------  ------
    Total                                            19   100 %

Parmi les emplois durables, deux anciens salariés ont été recrutés par
l'EHPAD Les Tilleuls et un par la SCIC Bois Énergie Lirande.

4. L'ACTIVITÉ DE PRODUCTION

Maraîchage : 46,8 tonnes de légumes ont été récoltées en 2024 (52 variétés),
contre 43,1 tonnes en 2023. Les légumes sont vendus en paniers
hebdomadaires (265 paniers par semaine en moyenne, pour 310 foyers abonnés),
à la boutique du Moulin et aux cantines de quatre communes.

Espaces naturels : les équipes ont entretenu 38 km de sentiers et 6 km de
berges pour le compte de 14 communes et de la Communauté de communes.

5. LES COMPTES 2024

Le budget réalisé s'élève à 881 000 € de produits pour 874 200 € de charges,
soit un excédent de 6 800 €. Les ventes et prestations représentent 28 % des
produits.

    Produits 2024                                  Montant (€)
    ---------------------------------------------  -----------
    Aide au poste de l'État                            512 400
    Département de la Lirande (contrats RSA)            86 000
    Communauté de communes du Val de Lirande            15 000
    Ventes de légumes                                  148 600
    Prestations d'entretien des espaces naturels        97 300
    Autres produits                                     21 700
    ---------------------------------------------  -----------
    Total des produits                                 881 000

6. L'ÉQUIPE

L'équipe permanente compte 7 salariés (6,4 équivalents temps plein) :
le directeur, Jean-Baptiste Farjou ; trois encadrants techniques ; une
conseillère en insertion professionnelle, Aurélie Sabatier ; une assistante
administrative et une chargée de la commercialisation des paniers.
L'association est présidée par Marcel Couderc, agriculteur retraité, et son
conseil d'administration compte 11 membres bénévoles.

7. PERSPECTIVES 2025

- Création d'une légumerie sur le site du Moulin, en lien avec le PTCE
  Les Communs de Lirande. Une subvention de 18 000 € a été demandée au Fonds
  communautaire d'initiatives ESS de la Communauté de communes.
- Renouvellement du conventionnement de l'ACI pour la période 2025-2027, avec
  une demande portée à 26 postes en équivalent temps plein.
- Ouverture d'une deuxième journée de vente à la boutique du Moulin, le
  mardi.

@@------------------------------------------------------------------------
CONTACT

@@Terre & Ouvrage - Les Jardins du Moulin
Moulin de la Rauze, 12 chemin du Moulin, Mornevault
Téléphone : 04 65 71 33 06
Courriel : contact@terre-et-ouvrage.org
Site : www.terre-et-ouvrage.org
Boutique du Moulin : vendredi de 16 h à 19 h
Directeur : Jean-Baptiste Farjou
------------------------------------------------------------------------
"""


def build_txt() -> None:
    (CORPUS / TXT).write_text(wrap_blocks(TXT_BODY, 72), encoding="utf-8")


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
    A scope of None is the whole corpus, else one or more document letters (D, L, H, M, T).
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
    # --- Diagnostic (D) ------------------------------------------------------------------
    A("Combien d'établissements employeurs de l'ESS compte la communauté de communes du Val de Lirande ?", ["312"], "D", [1]),
    A("Combien de salariés travaillent dans l'ESS sur le territoire du Val de Lirande ?", ["3 486"], "D", [1]),
    A("Quel poids représente l'ESS dans l'emploi privé de notre intercommunalité ?", ["14,7 %"], "D", [1]),
    A("Ça représente combien d'équivalents temps plein, les emplois de l'ESS dans le Val de Lirande ?", ["2 940"], "D", [1]),
    A("À combien s'élève la masse salariale brute versée par les employeurs de l'ESS du territoire ?", ["86,9 M€"], "D", [1]),
    A("Quelle est la proportion de femmes parmi les salariés de l'ESS du Val de Lirande ?", ["71 %"], "D", [1]),
    A("Combien d'habitants compte la communauté de communes du Val de Lirande ?", ["41 860"], "D", [1]),
    A("How many structures answered the online survey carried out for the diagnostic?", ["87"], "D", [1], tags="en"),
    A("Combien d'entretiens individuels ont été menés pour préparer le diagnostic ?", ["22 entretiens"], "D", [1]),
    A("How many people took part in the two feedback workshops of the diagnostic?", ["64"], "D", [1], tags="en"),
    A("Pendant quelle période l'enquête en ligne du diagnostic était-elle ouverte ?", ["4 novembre", "13 décembre 2024"], "D", [1], kind="date"),
    A("De quand date la convention signée avec la CRESS pour réaliser le diagnostic ?", ["12 mars 2024"], "D", [1], kind="date"),
    A("Quand la stratégie communautaire de l'ESS doit-elle être adoptée ?", ["2025"], "D", [1], kind="date"),
    A("Qui signe l'avant-propos du diagnostic ESS ?", ["Thierry Castanède"], "D", [1], kind="people"),
    A("Depuis quelle date la Communauté de communes du Val de Lirande existe-t-elle ?", ["1er janvier 2017"], "D", [1], kind="date"),
    A("De la fusion de quelles intercommunalités le Val de Lirande est-il issu ?", ["Haut-Lirandais", "Pays de Mornevault"], "D", [1], kind="other"),
    A("Quelle est la superficie de la communauté de communes ?", ["486 km²"], "D", [1]),
    A("Comment la population de la communauté de communes a-t-elle évolué entre 2015 et 2021, et quelles communes ont porté cette évolution ?", ["1,8 %", "ville-centre", "communes de la vallée"], "D", [1, 2], tags="cross"),
    A("Quelle part de la population habite une commune de moins de 1 000 habitants ?", ["près d'un tiers"], "D", [2]),
    A("How many communes make up the Communauté de communes du Val de Lirande?", ["24"], "D", [1], tags="en"),
    A("Combien y a-t-il de salariés du privé au total sur le territoire ?", ["23 710"], "D", [2]),
    A("Quel était le taux de chômage de la zone d'emploi fin 2023 ?", ["7,4 %"], "D", [2]),
    A("Combien de salariés de l'ESS à Mornevault ?", ["562"], "D", [2], tags="table"),
    A("Quelle est la part de l'ESS dans l'emploi privé à Castelvaur ?", ["13,8"], "D", [2], tags="table"),
    A("Combien d'établissements de l'ESS et combien de salariés à Fontcléry ?", ["24", "236"], "D", [2], tags="table"),
    A("Quelle est la population de Pradecombe ?", ["2 740"], "D", [2], tags="table"),
    A("Which commune of the Val de Lirande has the lowest share of ESS jobs in private employment?", ["Les Aubrinières"], "D", [2], tags="table en"),
    A("Combien de salariés de l'ESS travaillent à Saint-Aurel-sur-Lirande ?", ["1 412"], "D", [2], tags="table"),
    A("Dans la ville-centre, quelle part de l'emploi privé relève de l'ESS ?", ["17,9"], "D", [2], tags="table para"),
    A("Les 18 petites communes qui ne sont pas détaillées, ça fait combien de salariés de l'ESS au total ?", ["593"], "D", [2], tags="table para"),
    A("Quelle part des salariés de l'ESS du territoire se trouve à Saint-Aurel-sur-Lirande ?", ["40 %"], "D", [2]),
    A("Pourquoi l'ESS pèse-t-elle si peu dans l'emploi aux Aubrinières ?", ["industrie du bois"], "D", [2], kind="other"),
    A("Quel est le premier employeur de l'ESS dans le Val de Lirande ?", ["Lirande Aide et Soins à Domicile"], "D", [2, 4], kind="other"),
    A("What is the largest ESS employer in the Val de Lirande, and how many employees does it have?", ["Lirande Aide et Soins à Domicile", "214"], "D", [4], kind="other", tags="en"),
    A("Quelle est la part de l'ESS dans l'emploi privé pour l'ensemble du département de la Lirande ?", ["12,1"], "D", [2], tags="table"),
    A("Et pour la région Méridanne ?", ["11,3"], "D", [2], tags="table follow", history=["Quelle est la part de l'ESS dans l'emploi privé pour l'ensemble du département de la Lirande ?"]),
    A("Combien de salariés compte l'ESS dans toute la région Méridanne ?", ["171 300"], "D", [2], tags="table"),
    A("Comment a évolué le nombre de salariés de l'ESS dans le département de la Lirande entre 2019 et 2023 ?", ["+2,8"], "D", [2], tags="table"),
    A("Combien d'établissements employeurs de l'ESS dans le département de la Lirande ?", ["2 148"], "D", [2], tags="table"),
    A("How many ESS employees are there per 1,000 inhabitants in the Val de Lirande?", ["83"], "D", [2], tags="en"),
    A("L'ESS pèse-t-elle davantage dans l'emploi privé du Val de Lirande qu'en moyenne dans la région ?", ["14,7 %", "11,3 %"], "D", [2], kind="yesno"),
    A("Combien de personnes sont salariées par des associations dans le Val de Lirande ?", ["2 620"], "D", [3], tags="table"),
    A("Quelle part des salariés de l'ESS travaille dans une coopérative ?", ["13,9"], "D", [3], tags="table"),
    A("Quelle est la masse salariale des mutuelles du territoire ?", ["5,9"], "D", [3], tags="table"),
    A("Combien de salariés emploient les fondations du territoire ?", ["163"], "D", [3], tags="table"),
    A("Combien d'établissements compte la famille des sociétés commerciales de l'ESS ?", ["7 établissements"], "D", [2]),
    A("Dans quels domaines travaillent surtout les salariés des coopératives ?", ["banque coopérative", "coopératives agricoles", "SCOP"], "D", [2], kind="list"),
    A("Combien de salariés de l'ESS y avait-il dans le Val de Lirande en 2015 ?", ["3 052"], "D", [3]),
    A("Et en 2019 ?", ["3 333"], "D", [3], tags="follow", history=["Combien de salariés de l'ESS y avait-il dans le Val de Lirande en 2015 ?"]),
    A("De combien l'emploi dans l'ESS a-t-il augmenté sur le territoire entre 2015 et 2023 ?", ["14,2 %"], "D", [3]),
    A("Et l'emploi privé hors ESS, sur la même période ?", ["3,1 %"], "D", [3], tags="follow", history=["De combien l'emploi dans l'ESS a-t-il augmenté sur le territoire entre 2015 et 2023 ?"]),
    A("À quelle période l'emploi de l'ESS a-t-il le plus progressé, et grâce à quoi ?", ["2017", "2019", "Ressourcerie du Val", "Les Tilleuls"], "D", [3], kind="other"),
    A("Combien d'établissements de l'ESS emploient entre 10 et 19 salariés ?", ["70"], "D", [3], tags="table"),
    A("Quelle part des salariés de l'ESS travaille dans un établissement de 20 à 49 salariés ?", ["39,6"], "D", [3], tags="table"),
    A("Combien de salariés au total dans les établissements de l'ESS de 50 salariés ou plus ?", ["900"], "D", [3], tags="table"),
    A("Les toutes petites structures, celles de moins de 10 salariés, pèsent combien dans l'emploi de l'ESS ?", ["10,5"], "D", [3], tags="table para"),
    A("Quelle proportion des établissements de l'ESS emploie moins de 10 salariés ?", ["58 %"], "D", [3]),
    A("Quelle part des établissements de l'ESS compte 50 salariés ou plus ?", ["2,9"], "D", [3], tags="table"),
    A("Combien de salariés dans l'action sociale ?", ["1 538"], "D", [4], tags="table"),
    A("Quelle est la part des femmes parmi les salariés de l'ESS dans l'enseignement ?", ["68"], "D", [4], tags="table"),
    A("Quel secteur de l'ESS a connu la plus forte hausse de ses effectifs depuis 2019 ?", ["Arts et spectacles", "+12,9"], "D", [4], tags="table"),
    A("Quels secteurs de l'ESS ont perdu des emplois entre 2019 et 2023 ?", ["-2,5", "banque coopérative", "assurance mutualiste"], "D", [4], tags="table"),
    A("Combien d'établissements et de salariés l'ESS compte-t-elle dans le sport et les loisirs ?", ["58", "118"], "D", [4], tags="table"),
    A("Combien de salariés de l'ESS dans la santé humaine ?", ["266"], "D", [4], tags="table"),
    A("Quelle part des salariés de l'ESS travaille dans l'action sociale ?", ["44 %"], "D", [4]),
    A("Dans le social, les emplois de l'ESS sont-ils majoritairement occupés par des femmes ?", ["82 %"], "D", [4], kind="yesno", tags="para"),
    A("Combien de personnes âgées ou handicapées LASD accompagne-t-elle ?", ["1 150"], "D", [4]),
    A("How many home-help positions were vacant at LASD in December 2024?", ["17"], "D", [4], tags="en"),
    A("Combien de tonnes d'objets la Ressourcerie du Val a-t-elle collectées en 2023 ?", ["212 tonnes"], "D", [4]),
    A("Quelle part des objets collectés par la ressourcerie de Castelvaur a été réemployée ou recyclée ?", ["71 %"], "D", [4]),
    A("Depuis quand la Ressourcerie du Val est-elle installée à Castelvaur ?", ["2018"], "D", [4], kind="date"),
    A("Combien de sociétaires compte la SCIC Bois Énergie Lirande, et combien de communes parmi eux ?", ["63", "9 communes"], "D", [4]),
    A("Combien de chaufferies collectives la coopérative bois-énergie de Pradecombe alimente-t-elle ?", ["17 chaufferies"], "D", [4], tags="para"),
    A("Combien de véhicules le garage solidaire Mobil'Aurel propose-t-il à la location ?", ["12 voitures", "8 scooters"], "D", [4]),
    A("Quels sont les trois chantiers du PTCE Les Communs de Lirande ?", ["alimentation", "réemploi", "mobilité"], "D", [4], kind="list"),
    A("Qui coordonne le PTCE Les Communs de Lirande, et depuis quand ?", ["Nadège Ourliac", "juin 2023"], "D", [4], kind="people"),
    A("C'est quoi un PTCE ?", ["pôle territorial de coopération économique"], "DM", [4], kind="definition"),
    A("Combien de membres comptait le PTCE Les Communs de Lirande fin 2024 ?", ["27"], "MD", [4], tags="table"),
    A("Sur quelle surface les Jardins du Moulin cultivent-ils leurs légumes ?", ["4,5"], "DT", [4]),
    A("Quelle est la part des CDI parmi les salariés de l'ESS du Val de Lirande ?", ["78"], "D", [5], tags="table"),
    A("Et dans le privé hors ESS ?", ["84"], "D", [5], tags="table follow", history=["Quelle est la part des CDI parmi les salariés de l'ESS du Val de Lirande ?"]),
    A("Quel est le salaire brut annuel moyen par ETP dans l'ESS du Val de Lirande ?", ["29 560"], "D", [5], tags="table"),
    A("Quelle est la part des temps partiels dans l'ESS au niveau régional ?", ["35"], "D", [5], tags="table"),
    A("Quel est l'écart de salaire entre l'ESS et le reste du secteur privé sur le territoire ?", ["-10,9 %"], "D", [5]),
    A("Combien de départs à la retraite faut-il anticiper dans l'ESS d'ici 2033 ?", ["840"], "D", [5]),
    A("Quelle proportion des salariés de l'ESS du Val de Lirande a 55 ans ou plus ?", ["24 %"], "D", [5]),
    A("Sur quels métiers les employeurs de l'ESS ont-ils le plus de mal à recruter ?", ["aide à domicile", "aide-soignant", "animateur", "éducateur spécialisé", "comptable"], "D", [5], kind="list"),
    A("Combien de structures citent l'aide à domicile comme un métier difficile à recruter ?", ["31"], "D", [5]),
    A("Combien de bénévoles réguliers dans les associations du territoire ?", ["4 300"], "D", [5]),
    A("Quelle part des associations a du mal à renouveler ses dirigeants bénévoles ?", ["62 %"], "D", [5]),
    A("Que veut dire ETP ?", ["équivalent temps plein"], "D", [5], kind="definition"),
    A("Combien d'établissements de l'ESS ont été créés entre 2019 et 2023 ?", ["41"], "D", [5]),
    A("Et combien ont fermé ?", ["29"], "D", [5], tags="follow", history=["Combien d'établissements de l'ESS ont été créés entre 2019 et 2023 ?"]),
    A("Selon le diagnostic, quel est le principal obstacle au développement des structures de l'ESS ?", ["besoins de financement", "premier frein"], "D", [5, 6], kind="other", tags="cross para"),
    A("Quelle part des structures interrogées a renoncé à un investissement depuis 2022 ?", ["38 %"], "D", [6]),
    A("Combien de structures du territoire le DLA a-t-il accompagnées en 2022, 2023 et 2024 ?", ["6", "8", "9"], "D", [6], tags="table"),
    A("Combien d'heures d'insertion les clauses sociales de la communauté de communes ont-elles générées en 2024 ?", ["11 800"], "D", [6], tags="table"),
    A("Et en 2022 ?", ["6 200"], "D", [6], tags="table follow", history=["Combien d'heures d'insertion les clauses sociales de la communauté de communes ont-elles générées en 2024 ?"]),
    A("Combien de prêts d'honneur solidaires ont été accordés aux structures du territoire en 2024 ?", ["4"], "D", [6], tags="table"),
    A("Quelle part des marchés publics de l'intercommunalité comportait une clause sociale en 2024 ?", ["9 %"], "D", [6]),
    A("Quel objectif le diagnostic propose-t-il pour les clauses sociales dans les marchés communautaires ?", ["25 %", "2027"], "D", [6]),
    A("Quels sont les atouts de l'ESS du Val de Lirande selon le diagnostic ?", ["tissu associatif", "Les Communs de Lirande", "structures d'insertion"], "D", [6], kind="list"),
    A("Et ses fragilités ?", ["financements publics", "recrutement", "vieillissement", "plateau"], "D", [6], kind="list", tags="follow", history=["Quels sont les atouts de l'ESS du Val de Lirande selon le diagnostic ?"]),
    A("Quelle enveloppe annuelle minimale le diagnostic recommande-t-il pour le fonds communautaire ESS ?", ["120 000"], "D", [6]),
    A("Le diagnostic conseille-t-il de désigner un référent ESS dans chaque commune ?", ["référent ESS"], "D", [6], kind="yesno"),
    A("Quand le Fonds communautaire d'initiatives ESS a-t-il été créé ?", ["décembre 2024"], "DL", [1, 6], kind="date"),
    A("Qu'est-ce qu'un établissement employeur au sens du diagnostic ?", ["au moins un salarié"], "D", [7], kind="definition"),
    A("Que désigne l'IAE ?", ["insertion par l'activité économique"], "D", [7], kind="definition"),
    A("Comment le diagnostic définit-il l'économie sociale et solidaire ?", ["gouvernance démocratique", "31 juillet 2014"], "D", [7], kind="definition"),
    A("Who carried out the ESS diagnostic of the Val de Lirande?", ["Élodie Ferrandon"], "D", [7], kind="people", tags="en"),
    A("Qui dirige la CRESS Méridanne ?", ["Julien Morvaillac"], "D", [7], kind="people"),
    A("Who chaired the follow-up committee of the diagnostic?", ["Thierry Castanède"], "D", [7], kind="people", tags="en"),
    A("Quelle adresse e-mail pour joindre l'Observatoire régional de l'ESS ?", ["observatoire@cress-meridanne.org"], "D", [7], kind="other"),
    A("Qui contacter au service développement économique de la communauté de communes ?", ["Marion Escoubès"], "D", [7], kind="people"),
    A("Les associations qui n'ont aucun salarié sont-elles prises en compte dans les chiffres de l'emploi ?", ["pas comptées"], "D", [7], kind="yesno", tags="para"),
    U("Combien de salariés de l'ESS compte la commune de Sérignol ?", [absent(r"s[ée]rignol")]),
    U("Et à Sérignol ?", [absent(r"s[ée]rignol")], tags="follow", history=["Combien de salariés de l'ESS à Mornevault ?"]),
    U("Combien de salariés comptait l'ESS dans le Val de Lirande en 2012 ?", [absent(r"\b2012\b")]),
    U("Quelle est la part des CDI dans l'ESS à l'échelle du département de la Lirande ?", [together(r"\bcdi\b", r"départ")]),
    U("Combien de bénévoles les associations de Castelvaur comptent-elles ?", [together(r"bénévole", r"castelvaur")]),
    U("Quelle est la masse salariale de l'ESS à Mornevault ?", [together(r"masse salariale", r"mornevault")]),
    U("How many ESS jobs are there in the Haute-Corvelle département?", [absent(r"corvelle")], tags="en"),
    U("Quel est le numéro de téléphone de l'Observatoire régional de l'ESS ?", [absent(PHONE, scope="D"), near("cress-meridanne", PHONE, 300)], kind="other"),
    U("Quelle était la part de l'ESS dans l'emploi privé de Fontcléry en 2019 ?", [together(r"fontcl[ée]ry", r"2019")]),
    U("Combien de salariés emploie l'EHPAD Les Tilleuls ?", [together(r"tilleuls", r"\d+ salari")]),
    U("Combien d'établissements de l'ESS ont été créés dans le Val de Lirande en 2024 ?", [together(r"créé|création", r"2024", r"établissement")]),
    U("Quelle est la part des temps partiels dans l'ESS du département de la Lirande ?", [together(r"temps partiel", r"départ")]),
    U("Combien de salariés de l'ESS à Pradecombe en 2019 ?", [together(r"pradecombe", r"2019", r"salari")]),
    U("Quel est le salaire moyen des femmes salariées de l'ESS du Val de Lirande, en euros ?", [together(r"salaire", r"femmes", r"€"), absent(r"salaire moyen des femmes (est|s'élève|atteint)")]),
    U("Combien de salariés compte le secteur de l'aide à domicile dans l'ESS du territoire ?", [absent(r"(salariés|emplois) (de|dans) l'aide à domicile|l'aide à domicile (emploie|compte|regroupe)")]),
    U("What share of ESS employees in the Val de Lirande are under 25?", [absent(r"moins de 25 ans"), together(r"moins de 2\d ans", r"ess")], tags="en"),
    U("Quel est le taux de chômage à Mornevault ?", [together(r"chômage", r"mornevault")]),
    # --- Deliberation (L) ------------------------------------------------------------------
    A("Combien de conseillers communautaires étaient présents à la séance du 26 juin 2025 ?", ["29"], "L", [1], tags="table"),
    A("Combien de conseillers communautaires sont en exercice ?", ["38"], "L", [1], tags="table"),
    A("How many councillors voted on the ESS fund deliberation?", ["33"], "L", [1, 3], tags="table en"),
    A("Quel a été le résultat du vote sur l'attribution des subventions du fonds ESS ?", ["30", "3"], "L", [3], tags="table"),
    A("Qui s'est abstenu lors du vote sur le fonds ESS ?", ["Sandrine Malaval", "Patrick Nègre", "Rémi Quintard"], "L", [3], kind="list"),
    A("Pourquoi Alain Pujolas n'a-t-il pas pris part au vote ?", ["Mobil'Aurel"], "L", [2], kind="other"),
    A("Which organisation does the councillor who left the room before the vote chair?", ["Mobil'Aurel"], "L", [2], kind="other", tags="en para"),
    A("Qui a rapporté la délibération sur le fonds ESS ?", ["Thierry Castanède"], "L", [1], kind="people"),
    A("Qui était secrétaire de séance le 26 juin 2025 ?", ["Coralie Vidalenc"], "L", [1], kind="people"),
    A("À qui Patricia Marcillac avait-elle donné pouvoir ?", ["Bernadette Lagarrigue"], "L", [1], kind="people"),
    A("Quels conseillers étaient absents sans être représentés ?", ["Daniel Soulié", "Fabrice Trémoulet", "Ginette Vigouroux", "Yves Azémar"], "L", [1], kind="list"),
    A("Quel est le quorum du conseil communautaire ?", ["20 membres"], "L", [1]),
    A("Quand les conseillers ont-ils été convoqués ?", ["19 juin 2025"], "L", [1], kind="date"),
    A("Combien de dossiers ont été déposés au fonds communautaire d'initiatives ESS pour la session 2025 ?", ["19"], "L", [1]),
    A("Quel montant total les porteurs de projets ont-ils demandé ?", ["214 300"], "L", [1]),
    A("Combien de projets ont été retenus et pour quel montant total ?", ["8", "96 500"], "L", [1]),
    A("Et le PTCE, il a eu combien ?", ["20 000"], "LM", [2], tags="table follow", history=["Combien de projets ont été retenus et pour quel montant total ?"]),
    A("Quelle subvention a été accordée à la Ressourcerie du Val ?", ["12 500"], "L", [2], tags="table"),
    A("Et pour le Panier Lirandais ?", ["11 000"], "L", [2], tags="table follow", history=["Quelle subvention a été accordée à la Ressourcerie du Val ?"]),
    A("Pour quel projet la ressourcerie de Castelvaur est-elle subventionnée ?", ["réparation de vélos"], "L", [2], kind="other", tags="table para"),
    A("Combien Terre & Ouvrage reçoit-elle du fonds communautaire pour sa légumerie ?", ["18 000"], "LM", [2], tags="table"),
    A("Quel montant pour la crèche parentale Les Petits Castors ?", ["4 000"], "L", [2], tags="table"),
    A("Quels bénéficiaires du fonds ESS sont installés à Saint-Aurel-sur-Lirande ?", ["Les Communs de Lirande", "Le Panier Lirandais", "Mobil'Aurel"], "L", [2], kind="list", tags="table"),
    A("Which organisation received a grant for the « Scènes de villages » festival?", ["Compagnie Les Arpenteurs"], "L", [2], kind="other", tags="table en"),
    A("Combien touche la compagnie de théâtre des Aubrinières ?", ["6 500"], "L", [2], tags="table para"),
    A("Quel est le montant de la subvention attribuée à Mobil'Aurel ?", ["15 000"], "L", [2], tags="table"),
    A("Qu'est-ce qui est financé pour la SCIC Bois Énergie Lirande, et à quelle hauteur ?", ["plateforme de stockage", "9 500"], "L", [2], tags="table"),
    A("Entre quels montants se situe l'aide du fonds communautaire d'initiatives ESS ?", ["2 000 €", "20 000 €"], "L", [1]),
    A("Quel pourcentage des dépenses éligibles le fonds ESS peut-il couvrir au maximum ?", ["50 %"], "L", [1]),
    A("Comment est composé le comité d'attribution du fonds ?", ["élus", "personnes qualifiées"], "L", [1], kind="list"),
    A("Quand le comité d'attribution s'est-il réuni ?", ["10 juin 2025"], "L", [1], kind="date"),
    A("À quelle date l'appel à projets 2025 du fonds communautaire a-t-il été clos ?", ["16 mai 2025"], "L", [1], kind="date"),
    A("Une association qui obtient 9 500 € doit-elle signer une convention avec la communauté de communes ?", ["10 000"], "L", [2], kind="yesno", tags="para"),
    A("Comment les subventions du fonds sont-elles versées ?", ["70 %", "30 %"], "L", [2, 3], tags="cross"),
    A("Jusqu'à quand les bénéficiaires ont-ils pour transmettre leur bilan ?", ["31 mars 2026"], "L", [3], kind="date"),
    A("Que reste-t-il dans l'enveloppe du fonds après cette attribution ?", ["23 500"], "L", [3]),
    A("Jusqu'à quand peut-on déposer un dossier pour la session d'automne du fonds ?", ["10 octobre 2025"], "L", [3], kind="date"),
    A("Sur quelle imputation budgétaire les subventions sont-elles payées ?", ["chapitre 65", "6574"], "L", [3], kind="other"),
    A("Dans quel délai et devant quelle juridiction peut-on contester la délibération ?", ["deux mois", "Vaubrune"], "L", [3], kind="other"),
    A("Quand la délibération a-t-elle été envoyée au préfet ?", ["1er juillet 2025"], "L", [3], kind="date", tags="para"),
    A("Quel est le numéro de la délibération qui a créé le fonds ESS ?", ["2024-152"], "L", [2], kind="other"),
    A("Combien de crédits sont inscrits au budget 2025 pour le fonds communautaire d'initiatives ESS ?", ["120 000"], "L", [2]),
    A("Who signed the extract of the deliberation?", ["Bernadette Lagarrigue"], "L", [3], kind="people", tags="en"),
    A("Quelles priorités du règlement du fonds les projets retenus respectent-ils ?", ["alimentation de proximité", "réemploi", "mobilité", "petite enfance", "vie culturelle"], "L", [2], kind="list"),
    A("La demande de subvention de Terre & Ouvrage pour la légumerie a-t-elle été acceptée par la communauté de communes ?", ["18 000"], "LT", [2], kind="yesno"),
    U("De quelle commune Henri Lacombe est-il l'élu ?", [near("Henri Lacombe", r"maire|commune|élu", 60)], kind="people"),
    U("Combien de conseillers ont voté contre le budget primitif 2025 ?", [together(r"budget primitif", r"contre")]),
    U("Quel montant le Panier Lirandais obtiendra-t-il à la session d'automne 2025 du fonds ?", [together(r"automne", r"panier")]),
    U("Quelle subvention la Ressourcerie du Val a-t-elle reçue de la communauté de communes en 2024 ?", [together(r"ressourcerie", r"2024")]),
    U("Combien de conseillers communautaires représentent la commune de Castelvaur ?", [together(r"castelvaur", r"conseill")]),
    U("Combien Mobil'Aurel avait-elle demandé au fonds communautaire ?", [together(r"mobil'aurel", r"sollicit|demand")]),
    U("Quand le conseil communautaire votera-t-il les subventions de la session d'automne du fonds ESS ?", [together(r"automne", r"conseil|vote|séance")], kind="date"),
    U("Quel montant le fonds communautaire d'initiatives ESS avait-il attribué en 2024 ?", [together(r"fonds communautaire", r"2024", r"attribu")]),
    U("How much did Lirande Aide et Soins à Domicile receive from the community's ESS fund?", [together(r"lasd|aide et soins", r"subvention|€")], tags="en"),
    U("How many applications did the autumn 2025 session of the ESS fund receive?", [together(r"automne", r"dossiers (ont été )?déposés|reçu")], tags="en"),
    # --- HTML page (H) ---------------------------------------------------------------------
    A("Quel est le budget de l'appel à projets Lirande Solidaire en 2025 ?", ["350 000"], "H"),
    A("Et l'an dernier ?", ["320 000"], "H", tags="follow", history=["Quel est le budget de l'appel à projets Lirande Solidaire en 2025 ?"]),
    A("Depuis quand existe l'appel à projets Lirande Solidaire ?", ["2022"], "H", kind="date"),
    A("Combien de projets Lirande Solidaire a-t-il soutenus depuis sa création ?", ["58 projets"], "H"),
    A("Quelles structures peuvent candidater à Lirande Solidaire ?", ["associations", "coopératives", "ESUS", "SIAE"], "H", kind="list"),
    A("Quels sont les axes prioritaires de l'appel à projets du Département ?", ["alimentation durable", "mobilité", "économie circulaire"], "H", kind="list"),
    A("Quel est le montant minimum et maximum de la subvention Lirande Solidaire ?", ["5 000 €", "30 000 €"], "H"),
    A("Pour un projet dans une commune de 1 500 habitants, jusqu'à quel pourcentage du coût le Département peut-il financer ?", ["60 %"], "H", tags="para"),
    A("Quelle est la date limite pour déposer un dossier Lirande Solidaire ?", ["30 avril 2025", "12 h"], "H", kind="date", tags="table"),
    A("Quand a lieu le webinaire d'information sur l'appel à projets ?", ["20 mars 2025", "11 h"], "H", kind="date", tags="table"),
    A("Quand la commission permanente du Département vote-t-elle les aides Lirande Solidaire 2025 ?", ["7 juillet 2025"], "HM", kind="date", tags="table"),
    A("Quand auront lieu les auditions des porteurs de projets ?", ["du 2 au 6 juin 2025"], "H", kind="date", tags="table"),
    A("À partir de quand les décisions seront-elles notifiées aux candidats ?", ["15 juillet 2025"], "H", kind="date", tags="table"),
    A("How many points is the social utility criterion worth in the scoring grid?", ["30"], "H", tags="table en"),
    A("Combien de points pèse l'impact environnemental dans la grille de notation ?", ["15"], "H", tags="table"),
    A("Quelle note minimale un projet doit-il atteindre pour être retenu ?", ["50 points"], "H"),
    A("Qui siège au comité de sélection de Lirande Solidaire ?", ["élus", "CRESS Méridanne", "réseaux de l'ESS"], "H", kind="list"),
    A("How many applications were submitted to Lirande Solidaire in 2024?", ["47"], "H", tags="table en"),
    A("Combien de lauréats sur l'axe mobilité en 2024, et pour quel montant ?", ["6", "94 000"], "H", tags="table"),
    A("Quel montant a été attribué en 2024 aux projets d'alimentation durable ?", ["121 500"], "H", tags="table"),
    A("Et pour l'économie circulaire ?", ["96 500"], "H", tags="table follow", history=["Quel montant a été attribué en 2024 aux projets d'alimentation durable ?"]),
    A("Combien de dossiers avaient été déposés sur l'axe économie circulaire en 2024 ?", ["17"], "H", tags="table"),
    A("Quel était le taux de sélection de l'appel à projets en 2024 ?", ["45 %"], "H"),
    A("Quelle est la taille du fichier du règlement de l'appel à projets ?", ["1,2 Mo"], "H", kind="other"),
    A("On which platform must Lirande Solidaire applications be submitted?", ["aides.lirande.fr"], "H", kind="other", tags="en"),
    A("Quelles pièces faut-il joindre au dossier de candidature ?", ["formulaire de candidature", "budget prévisionnel", "statuts", "comptes"], "H", kind="list"),
    A("Quel numéro appeler pour une question sur Lirande Solidaire ?", ["04 65 71 20 48"], "H", kind="other"),
    A("What email address should applicants write to with questions?", ["lirande-solidaire@lirande.fr"], "H", kind="other", tags="en"),
    A("Quelle fonction occupe Hélène Barascud ?", ["vice-présidente du Département", "insertion"], "H", kind="people"),
    A("Who took the photo of the 2024 winners?", ["Mathilde Roussange"], "H", kind="people", tags="en"),
    A("Où et quand les lauréats 2024 ont-ils été réunis ?", ["hôtel du Département", "15 octobre 2024"], "H", kind="date"),
    A("Une association créée en janvier 2025 peut-elle répondre à l'appel à projets ?", ["Non", "un an d'existence"], "H", kind="yesno"),
    A("Une mairie peut-elle porter elle-même un projet Lirande Solidaire ?", ["Non", "partenaires"], "H", kind="yesno", tags="para"),
    A("Peut-on cumuler l'aide du Département avec une aide de la communauté de communes ?", ["Oui", "80 %"], "H", kind="yesno", tags="para"),
    A("Les frais de personnel sont-ils finançables par Lirande Solidaire ?", ["Oui", "40 %"], "H", kind="yesno", tags="para"),
    A("Une structure peut-elle présenter deux projets la même année ?", ["Non", "un seul dossier"], "H", kind="yesno"),
    A("Un lauréat de l'an dernier peut-il postuler de nouveau ?", ["Oui", "projet différent"], "H", kind="yesno"),
    A("Des dépenses engagées en février 2025 sont-elles éligibles ?", ["3 mars 2025"], "H", kind="yesno"),
    A("Dans quel délai le projet subventionné doit-il être réalisé ?", ["18 mois"], "H", kind="date"),
    U("Combien de projets ont été retenus à Lirande Solidaire en 2023 dans tout le département ?", [absent(r"2023", scope="H"), together(r"2023", r"retenu|lauréat", scope="M")]),
    U("Quelle sera l'enveloppe de Lirande Solidaire en 2026 ?", [together(r"2026", r"lirande solidaire|enveloppe")]),
    U("Qui préside le Département de la Lirande ?", [absent(r"(?<!vice-)pr[ée]sident(e)? du d[ée]partement")], kind="people"),
    U("What is the phone number of the Communauté de communes du Val de Lirande?", [near("Val de Lirande", PHONE, 150), near("valdelirande.fr", PHONE, 300)], kind="other", tags="en"),
    U("Combien de dossiers Lirande Solidaire venaient du Val de Lirande en 2024 ?", [together(r"dossiers", r"val de lirande")]),
    U("Combien de temps dure le webinaire d'information ?", [together(r"webinaire", r"dur[ée]e|jusqu|se termine|fin ")], kind="date"),
    U("Qui dirige la Direction de l'attractivité et de l'économie de proximité du Département ?", [near("Direction de l'attractivité", r"directeur|directrice", 150)], kind="people"),
    U("Quelle était la date limite de dépôt des dossiers de l'édition 2024 ?", [together(r"2024", r"date limite|dépôt")]),
    # --- Markdown minutes (M) --------------------------------------------------------------
    A("Où s'est tenu le comité de pilotage du PTCE du 18 septembre 2025 ?", ["La Filature", "Mornevault"], "M", kind="other"),
    A("Who wrote the minutes of the steering committee?", ["Nadège Ourliac"], "M", kind="people", tags="en"),
    A("Quand le compte rendu a-t-il été validé ?", ["25 septembre 2025"], "M", kind="date"),
    A("Qui co-préside le PTCE Les Communs de Lirande ?", ["Sabine Ventadour", "Jean-Baptiste Farjou"], "M", kind="people"),
    A("Quelle est la fonction de Karim Benhadji ?", ["chargé de mission ESS", "Département de la Lirande"], "M", kind="people"),
    A("Qui représentait la Caisse solidaire Méridanne au comité de pilotage ?", ["Pierre-Yves Calmette"], "M", kind="people"),
    A("Qui était excusé au comité de pilotage ?", ["Hélène Barascud", "Arnaud Lestrade"], "M", kind="list"),
    A("Combien de membres le PTCE compte-t-il à l'issue du comité de septembre 2025 ?", ["31"], "M", tags="table"),
    A("Combien de structures de l'ESS sont membres du PTCE, fin 2024 puis en septembre 2025 ?", ["15", "17"], "M", tags="table"),
    A("Combien de collectivités sont membres du PTCE en septembre 2025 ?", ["6"], "M", tags="table"),
    A("Quelles structures ont été admises au PTCE par le comité d'avril 2025 ?", ["Les Petits Castors", "Les Arpenteurs"], "M", kind="list"),
    A("Combien doit payer de cotisation au PTCE une association de 25 salariés ?", ["400 €"], "M", tags="para"),
    A("Combien les cotisations ont-elles rapporté au PTCE en 2025 ?", ["3 100"], "M"),
    A("Quel soutien la Région Méridanne apporte-t-elle au PTCE ?", ["30 000", "2025-2026"], "M"),
    A("Quel est le budget de fonctionnement 2025 du PTCE ?", ["68 400"], "M"),
    A("Combien de dossiers le Département a-t-il reçus pour Lirande Solidaire 2025, et combien en a-t-il retenus ?", ["63", "24"], "M"),
    A("Combien le Département a-t-il accordé pour la légumerie partagée, et par quel dispositif ?", ["25 000", "Lirande Solidaire"], "M", tags="table"),
    A("Quel est le coût total du projet de légumerie ?", ["260 000"], "M", tags="table"),
    A("Et combien Terre & Ouvrage met-elle sur ses fonds propres ?", ["27 000"], "M", tags="table follow", history=["Quel est le coût total du projet de légumerie ?"]),
    A("Quelle aide la Région doit-elle apporter à l'investissement de la légumerie ?", ["78 000"], "M", tags="table"),
    A("Combien de fonds européens LEADER sont prévus pour la légumerie ?", ["52 000"], "M", tags="table"),
    A("Quel emprunt est prévu pour la légumerie, et sur quelle durée ?", ["60 000", "12 ans"], "M", tags="table"),
    A("Combien coûtent les travaux de la légumerie ?", ["142 000"], "M"),
    A("Quelle quantité de légumes la légumerie pourra-t-elle traiter ?", ["120 tonnes", "1 400 repas"], "M"),
    A("Combien d'emplois la légumerie va-t-elle créer ?", ["6 postes", "encadrant technique"], "M"),
    A("Quand la légumerie doit-elle entrer en service ?", ["septembre 2026"], "M", kind="date"),
    A("Quand la Région doit-elle voter sa subvention pour la légumerie ?", ["21 novembre 2025"], "M", kind="date"),
    A("La légumerie pourra-t-elle approvisionner le portage de repas à domicile de LASD ?", ["2026"], "M", kind="yesno", tags="para"),
    A("How many volunteer drivers took part in the solidarity transport trial?", ["19"], "M", tags="en"),
    A("Combien de personnes ont profité du transport solidaire ?", ["86"], "M"),
    A("Sur quelle période ?", ["janvier à juin 2025"], "M", kind="date", tags="follow", history=["Combien de personnes ont profité du transport solidaire ?"]),
    A("Combien de trajets le transport solidaire a-t-il assurés ?", ["412"], "M"),
    A("Combien paie un usager du transport solidaire ?", ["0,30 €"], "M"),
    A("Depuis quand la communauté de communes est-elle autorité organisatrice de la mobilité ?", ["1er juillet 2021"], "M", kind="date"),
    A("Quelles sont les priorités du PTCE pour 2026 ?", ["légumerie", "transport solidaire", "réparation", "stratégie"], "M", kind="list"),
    A("Quand et où se tiendront les Rencontres de l'ESS du Val de Lirande ?", ["13 novembre 2025", "Fontcléry"], "M", kind="date"),
    A("Quand aura lieu le prochain comité de pilotage du PTCE ?", ["4 décembre 2025", "14 h"], "M", kind="date"),
    A("Where will the next steering committee meeting of the PTCE be held?", ["Castelvaur"], "M", kind="other", tags="en"),
    A("Qui doit déposer le dossier LEADER, et avant quelle date ?", ["Jean-Baptiste Farjou", "15 octobre 2025"], "M", kind="date"),
    A("La pérennisation du transport solidaire a-t-elle été votée à l'unanimité ?", ["une abstention"], "M", kind="yesno", tags="table"),
    A("Quand la CRESS pourra-t-elle actualiser les chiffres du diagnostic ?", ["2026"], "M", kind="date"),
    A("Que signifie SCIC ?", ["société coopérative d'intérêt collectif"], "M", kind="definition"),
    A("Que veut dire AMI ?", ["appel à manifestation d'intérêt"], "M", kind="definition"),
    A("Qu'est-ce que LEADER ?", ["programme européen de développement rural"], "M", kind="definition"),
    U("Quel montant la Région a-t-elle finalement voté pour la légumerie le 21 novembre 2025 ?", [absent(r"subvention régionale (a été|est) (votée|accordée)"), absent(r"région a (voté|accordé)")]),
    U("Combien de trajets le transport solidaire avait-il assurés en 2024 ?", [together(r"trajets", r"2024")]),
    U("Quel est le numéro de téléphone de Nadège Ourliac ?", [near("Ourliac", PHONE, 300)], kind="other"),
    U("Combien de personnes ont participé aux Rencontres de l'ESS du 13 novembre 2025 ?", [together(r"rencontres", r"participants")]),
    U("Quelle subvention la Région Méridanne versera-t-elle au PTCE en 2027 ?", [together(r"2027", r"région")]),
    U("Combien de salariés emploie le PTCE Les Communs de Lirande ?", [together(r"ptce", r"\d+ salariés")]),
    U("Combien coûtera l'atelier partagé de réparation prévu en 2026 ?", [together(r"atelier partagé", r"€")]),
    U("How many members did the PTCE have in 2023?", [together(r"membres", r"2023")], tags="en"),
    # --- Activity report of Terre & Ouvrage (T) --------------------------------------------
    A("En quelle année l'association Terre & Ouvrage a-t-elle été créée ?", ["2009"], "T", kind="date"),
    A("Combien de postes en équivalent temps plein sont conventionnés pour l'ACI en 2024 ?", ["24 postes"], "T"),
    A("Sur quelles activités supports repose le chantier d'insertion Les Jardins du Moulin ?", ["maraîchage", "espaces naturels"], "T", kind="list"),
    A("How many people were employed on integration pathways at Terre & Ouvrage in 2024?", ["41"], "T", tags="en"),
    A("Et combien d'entre elles étaient des femmes ?", ["12 femmes"], "T", tags="follow", history=["How many people were employed on integration pathways at Terre & Ouvrage in 2024?"]),
    A("Combien de salariés en insertion l'association a-t-elle accueillis en 2023 ?", ["38"], "T"),
    A("Combien d'heures de travail les salariés en parcours ont-ils effectuées en 2024 ?", ["34 870"], "T"),
    A("Combien d'allocataires du RSA parmi les salariés en insertion de Terre & Ouvrage ?", ["17"], "T", tags="para"),
    A("Quelle est la durée moyenne d'un parcours d'insertion aux Jardins du Moulin ?", ["13,5 mois"], "T"),
    A("Combien d'heures de formation les salariés en insertion ont-ils suivies en 2024 ?", ["2 140"], "T"),
    A("Quel est le taux de sorties dynamiques de l'ACI en 2024 ?", ["63 %"], "T"),
    A("Quel objectif de sorties dynamiques la convention avec l'État fixe-t-elle ?", ["60 %"], "T"),
    A("Combien de salariés sont sortis vers un emploi durable, et quelle part des sorties cela représente-t-il ?", ["5", "26 %"], "T", tags="table"),
    A("Quelle part des sorties relève des « autres sorties » ?", ["37 %"], "T", tags="table"),
    A("Combien de sorties en emploi de transition en 2024 ?", ["4", "21 %"], "T", tags="table"),
    A("Combien de tonnes de légumes les Jardins du Moulin ont-ils récoltées en 2024 ?", ["46,8 tonnes"], "T"),
    A("Et l'année d'avant ?", ["43,1 tonnes"], "T", tags="follow", history=["Combien de tonnes de légumes les Jardins du Moulin ont-ils récoltées en 2024 ?"]),
    A("How many vegetable varieties were grown in 2024?", ["52"], "T", tags="en"),
    A("Combien de paniers de légumes sont vendus chaque semaine, et à combien de foyers abonnés ?", ["265", "310"], "T"),
    A("Combien de kilomètres de sentiers les équipes ont-elles entretenus ?", ["38 km"], "T"),
    A("Pour combien de communes l'association entretient-elle des espaces naturels ?", ["14 communes"], "T"),
    A("Quel est le résultat de l'exercice 2024 de Terre & Ouvrage ?", ["6 800"], "T"),
    A("À combien s'élève l'aide au poste de l'État en 2024 ?", ["512 400"], "T", tags="table"),
    A("Combien la communauté de communes a-t-elle versé à Terre & Ouvrage en 2024 ?", ["15 000"], "T", tags="table"),
    A("Combien ont rapporté les ventes de légumes en 2024 ?", ["148 600"], "T", tags="table"),
    A("Quelle part des produits de l'association provient de ses ventes et prestations ?", ["28 %"], "T"),
    A("Combien de salariés permanents compte Terre & Ouvrage ?", ["7 salariés", "6,4"], "T"),
    A("Qui est la conseillère en insertion professionnelle de l'ACI ?", ["Aurélie Sabatier"], "T", kind="people"),
    A("Who chairs the Terre & Ouvrage association?", ["Marcel Couderc"], "T", kind="people", tags="en"),
    A("Combien de postes l'association demande-t-elle pour le conventionnement 2025-2027 ?", ["26 postes"], "T"),
    A("Quel jour la boutique du Moulin ouvrira-t-elle en plus ?", ["mardi"], "T", kind="date"),
    A("Quand peut-on acheter ses légumes à la boutique du Moulin aujourd'hui ?", ["vendredi", "16 h à 19 h"], "T", kind="date", tags="para"),
    A("Quelle est l'adresse de Terre & Ouvrage ?", ["12 chemin du Moulin", "Mornevault"], "T", kind="other"),
    A("What is Terre & Ouvrage's phone number?", ["04 65 71 33 06"], "T", kind="other", tags="en"),
    A("Quelle adresse e-mail pour écrire à Terre & Ouvrage ?", ["contact@terre-et-ouvrage.org"], "T", kind="other"),
    A("Quand a eu lieu l'assemblée générale qui a présenté le rapport d'activité 2024 ?", ["12 juin 2025"], "T", kind="date"),
    A("Quels employeurs ont embauché d'anciens salariés en insertion de l'ACI ?", ["EHPAD Les Tilleuls", "SCIC Bois Énergie Lirande"], "T", kind="list"),
    A("Combien de membres au conseil d'administration de Terre & Ouvrage ?", ["11 membres"], "T"),
    U("Quel était le taux de sorties dynamiques de l'ACI en 2023 ?", [together(r"sorties", r"2023")]),
    U("Combien de tonnes de légumes Terre & Ouvrage prévoit-elle de récolter en 2025 ?", [together(r"tonnes", r"2025")]),
    U("Combien de salariés en insertion ont obtenu leur permis de conduire en 2024 ?", [absent(r"permis de conduire[^.]{0,40}obtenu|obtenu[^.]{0,60}permis")]),
    U("How many people did Terre & Ouvrage employ on integration contracts in 2022?", [together(r"2022", r"parcours|en insertion")], tags="en"),
    U("Qui est le trésorier de Terre & Ouvrage ?", [absent(r"trésori")], kind="people"),
    U("Combien de paniers de légumes étaient vendus chaque semaine en 2023 ?", [together(r"paniers", r"2023")]),
    U("Combien de femmes parmi les encadrants techniques de Terre & Ouvrage ?", [together(r"encadrant", r"femme")]),
    U("What was Terre & Ouvrage's surplus in 2023?", [together(r"excédent|résultat", r"2023")], tags="en"),
    U("Combien de salariés en parcours habitent Mornevault ?", [together(r"mornevault", r"parcours|résid")]),
]
# fmt: on

MIN_COUNTS = {
    "total": 180,
    "unanswerable": 27,
    "table": 40,
    "para": 12,
    "en": 18,
    "follow": 14,
    "cross": 2,
}


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str) -> str:
    """Matching form: soft hyphens dropped, apostrophes unified, whitespace (NBSP too)
    collapsed, no space before %, case folded."""
    text = text.replace(SHY, "").replace("\u2019", "'")
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


BLOCK_END = re.compile(r"</(p|li|tr|h1|h2|h3|figcaption|caption|thead|title|td|th)>", re.I)


def html_texts() -> tuple[str, str]:
    """(text inside <article>, whole visible text) of the HTML page; block ends become ¶."""
    raw = (CORPUS / HTML).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.find("article").get_text(" "), soup.get_text(" ")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows or cells: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|]|\d+\.\s|\s{4}))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(r"\n(?=[•–]|\d\. |Vu |Considérant |Article )", " ¶ ", text)
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {name: pdf_page_texts(name) for name in PDFS}
        self.article, html_all = html_texts()
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.full[HTML] = html_all
        self.full[MD] = (CORPUS / MD).read_text(encoding="utf-8")
        self.full[TXT] = (CORPUS / TXT).read_text(encoding="utf-8")
        self.kind = {DIAG: "pdf", DELIB: "pdf", HTML: "html", MD: "md", TXT: "txt"}
        self.norm_full = {k: norm(v) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.units = {k: units(v, self.kind[k]) for k, v in self.full.items()}

    def answer_text(self, name: str, pages: list[int]) -> str:
        if name in PDFS:
            return " ".join(
                self.norm_pages[name][p - 1] for p in pages if p <= len(self.pages[name])
            )
        if name == HTML:
            return norm(self.article)
        return self.norm_full[name]


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


def text_lines_with_y(name: str, page_no: int) -> list[tuple[float, str]]:
    """(y from the top of the page in mm, text) of the text runs of one PDF page."""
    page = PdfReader(CORPUS / name).pages[page_no - 1]
    height = float(page.mediabox.height)
    runs: list[tuple[float, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            y = tm[5] * cm[3] + cm[5] if cm[3] else tm[5]
            runs.append(((height - y) * 25.4 / 72, text))

    page.extract_text(visitor_text=visit)
    return runs


def check_structure(corpus: Corpus, problems: list[str]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the five documents")
    n_diag, n_delib = len(corpus.pages[DIAG]), len(corpus.pages[DELIB])
    if not 6 <= n_diag <= 8:
        problems.append(f"{DIAG}: {n_diag} pages, expected 6-8")
    if not 2 <= n_delib <= 4:
        problems.append(f"{DELIB}: {n_delib} pages, expected 2-4")
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
            if f"p. {i}/{total}" not in page:
                problems.append(f"{name}: page {i} has no « p. {i}/{total} » footer")
            if i > 1 and "Val de Lirande" not in page.split("\n", 1)[0]:
                problems.append(f"{name}: page {i} has no running header")
    diag_raw = [p.extract_text() for p in PdfReader(CORPUS / DIAG).pages]
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in diag_raw)
    if breaks < 10:
        problems.append(f"{DIAG}: only {breaks} hyphenated line ends")
    if len(re.findall(r"Tableau \d —", corpus.full[DIAG])) < 5:
        problems.append(f"{DIAG}: fewer than 5 tables")
    for needle in ("Figure 1 —", "chiffres clés", "• ", "– ", "Total", "(%)", "(€)", "(M€)"):
        if needle not in corpus.full[DIAG]:
            problems.append(f"{DIAG}: {needle!r} missing")
    # key-figures panel: the big figures on one line, their labels on the next (or the line before)
    if not re.search(
        r"312 3 486 14,7 %\nétablissements employeurs salariés",
        corpus.full[DIAG].replace(NBSP, " "),
    ):
        problems.append(f"{DIAG}: key-figures panel (figures above labels) not found")
    if not re.search(
        r"équivalents temps plein masse salariale brute .*\n2 940 86,9 M€ 71 %",
        corpus.full[DIAG].replace(NBSP, " "),
    ):
        problems.append(f"{DIAG}: key-figures panel (labels above figures) not found")
    # two-column page: text runs on page 4 start at two different x positions
    for name, page, first, second in CROSS_PAGE:
        pages = corpus.norm_pages[name]
        a, b = norm(nb(first)), norm(nb(second))
        if (
            a not in pages[page - 1]
            or b not in pages[page]
            or b in pages[page - 1]
            or a in pages[page]
        ):
            problems.append(
                f"{name}: sentence {first!r}…{second!r} does not run from p. {page} to p. {page + 1}"
            )
    for name, page, marker, note in FOOTNOTES:
        text = corpus.pages[name][page - 1]
        if text.count(marker) < 2 or norm(note) not in norm(text):
            problems.append(f"{name}: footnote {marker} and its note are not both on p. {page}")
        runs = text_lines_with_y(name, page)
        note_y = min((y for y, t in runs if t.startswith(("¹", "²", "³"))), default=None)
        body_bottom = max((y for y, t in runs if note_y is not None and y < note_y), default=0)
        if note_y is None or note_y - body_bottom < 4 or note_y > 280:
            problems.append(f"{name}: p. {page}: footnotes missing or too close to the body text")
    runs4 = text_lines_with_y(DIAG, 4)
    if not any("4.2 Portraits" in t for _, t in runs4):
        problems.append(f"{DIAG}: the two-column section is not on page 4")
    delib = norm(corpus.full[DELIB])
    for needle in (
        "EXTRAIT DU REGISTRE",
        "En exercice",
        "Présents",
        "Représentés",
        "Votants",
        "Rapporteur",
        "Vu ",
        "Considérant",
        "DÉCIDE",
        "Article 1er",
        "Pour",
        "Contre",
        "Abstentions",
        "La Présidente",
    ):
        if norm(needle) not in delib:
            problems.append(f"{DELIB}: {needle!r} missing")
    raw_html = (CORPUS / HTML).read_text(encoding="utf-8")
    for needle in (
        'property="og:title"',
        'property="og:site_name"',
        'property="article:published_time"',
        'name="author"',
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
        "<ul>",
        "&nbsp;€",
        "&nbsp;%",
        "<figure>",
        "©",
        "(PDF, 1,2 Mo)",
        "<h3>",
        "<article",
    ):
        if needle not in raw_html:
            problems.append(f"{HTML}: {needle!r} missing")
    if not re.search(r"<p[^>]*>[^<]*\n[^<]*</p>", raw_html):
        problems.append(f"{HTML}: no hard newline inside a <p>")
    faq = re.findall(r"<h3>[^<]*\?</h3>\s*<p>(Oui|Non),", raw_html)
    if not ({"Oui", "Non"} <= set(faq)):
        problems.append(f"{HTML}: FAQ answers starting « Oui, » and « Non, » missing")
    md = corpus.full[MD]
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not front or not all(
        re.search(rf"^{k}:", front.group(1), re.M)
        for k in ("title", "publisher", "date", "territory")
    ):
        problems.append(f"{MD}: YAML front matter incomplete")
    if "## Glossaire" not in md or "|---|" not in md:
        problems.append(f"{MD}: glossary or table missing")
    for name, width in ((MD, 80), (TXT, 72)):
        for line in corpus.full[name].splitlines():
            if len(line) > width and not line.startswith(("|", "title:", "territory:")):
                problems.append(f"{name}: line longer than {width}: {line!r}")
    if (
        not re.search(r"^\s{4}-{20,}\s+-{4,}", corpus.full[TXT], re.M)
        or "CONTACT" not in corpus.full[TXT]
    ):
        problems.append(f"{TXT}: plain-text table or contact block missing")


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
        names = [SRC[s] for s in q.sources]
        pdf_sources = [n for n in names if n in PDFS]
        if pdf_sources and not q.pages:
            problems.append(f"{q.question!r}: PDF source without pages")
        if not pdf_sources and q.pages:
            problems.append(f"{q.question!r}: pages given without a PDF source")
        for fact in q.facts:
            for name in names:
                if norm(fact) not in corpus.answer_text(name, q.pages):
                    where = (
                        f"pages {q.pages}"
                        if name in PDFS
                        else ("<article>" if name == HTML else "text")
                    )
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} ({where})")
        for page in q.pages:
            if not any(
                page <= len(corpus.pages[n]) and norm(f) in corpus.norm_pages[n][page - 1]
                for n in pdf_sources
                for f in q.facts
            ):
                problems.append(f"{q.question!r}: no fact on listed page {page}")
        if "cross" in q.tags.split() and len(q.pages) != 2:
            problems.append(f"{q.question!r}: cross-page question needs two pages")


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
    random.Random(16).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"fresh16-eval-{i:03d}",
                "question": q.question,
                "facts": q.facts,
                "sources": [SRC[s] for s in q.sources],
                "answerable": q.answerable,
                "history": q.history,
                "pages": sorted(q.pages),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_diag()
    build_delib()
    build_html()
    build_md()
    build_txt()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    check_structure(corpus, problems)
    check_questions(QUESTIONS, corpus, problems)
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
