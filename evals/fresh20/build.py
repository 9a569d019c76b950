# ruff: noqa: W291 - Markdown hard line breaks end two lines of the working-group minutes
# ruff: noqa: E501 - the question list and the document texts keep one statement per line
"""Build the fresh20 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh20/build.py

It writes ``evals/fresh20/corpus/`` (six documents) and
``evals/fresh20/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Auvanne-Sorelle region (CRESS Auvanne-Sorelle,
capital Bellegrave), the Vésère département (préfecture Montcalvet), its six
intercommunalities (Montcalvet Agglomération, the communautés de communes des
Monts de Sauvelade, Vallée de l'Oude, Causse de Vabrières, Pays de Ségalières
and Val de Lescoutal), the communes, the people, the organisations (La Boucle,
Tremplin Vésère, L'Escale, Réseau ESS Vésère…), the schemes (appel à projets
« Vésère Solidaire », Fonds municipal d'initiatives solidaires) and the figures.
The set was written blind: its author read only ``evals/fresh19/README.md`` and
``evals/fresh19/build.py`` (file format and PDF/HTML/Markdown plumbing), not the
tool's code, its tests or any other eval set, and did not run the tool.

Options: ``--notes`` lists unlisted pages that also hold all the facts of a
question; ``--where`` prints, for every fact of a PDF question, the pages where
it occurs (to review the ``pages`` field).
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

DIAG = "oress-auvanne-sorelle_diagnostic-ess-vesere-2026.pdf"
AAP = "vesere_reglement-aap-vesere-solidaire-2026.pdf"
DELIB = "montcalvet_deliberation-2026-03-021_fmis.pdf"
BOUCLE = "montsdesauvelade-fr_recyclerie-la-boucle-meyrolles.html"
GT = "gt-tiers-lieux-vesere_cr-reunion-3_2026-02-04.md"
LETTRE = "reseau-ess-vesere_lettre-31_mars-2026.txt"
DOCS = (DIAG, AAP, DELIB, BOUCLE, GT, LETTRE)
PDFS = (DIAG, AAP, DELIB)
HTMLS = (BOUCLE,)
SRC = {"D": DIAG, "A": AAP, "V": DELIB, "H": BOUCLE, "M": GT, "T": LETTRE}

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

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
    """``~`` is a no-break space, ``^`` a narrow no-break space; French spacing
    inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP).replace("^", NNBSP)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


TEAL = (0, 105, 112)
PLUM = (112, 44, 92)
SAND = (204, 150, 54)
SLATE = (58, 66, 84)
VIOLET = (84, 56, 134)
MARINE = (22, 44, 92)


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P"):
        super().__init__(orientation=orientation, format="A4", unit="mm")
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed")):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-Oblique.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-BoldOblique.ttf"))
        for style, suffix in (("", ""), ("B", "-Bold"), ("I", "-Italic"), ("BI", "-BoldItalic")):
            self.add_font("Serif", style, str(FONT_DIR / f"DejaVuSerif{suffix}.ttf"))
            self.add_font("SerifC", style, str(FONT_DIR / f"DejaVuSerifCondensed{suffix}.ttf"))
        self.set_lang("fr-FR")
        self.notes: dict[int, list[str]] = {}
        self.base_margin = 20.0
        self.body_font = ("Sans", 9.0)
        self.line_factor = 0.5

    def reset_break(self) -> None:
        self.set_auto_page_break(True, margin=self.base_margin)

    def _notes_lines(self, notes: list[str]) -> int:
        self.set_font("Sans", "", 7.0)
        w = self.w - self.l_margin - self.r_margin
        return sum(len(self.multi_cell(w, 3.3, nb(n), dry_run=True, output=MethodReturnValue.LINES)) for n in notes)

    def reserve_notes(self, notes: list[str]) -> None:
        """Footnotes for the current page: raise its bottom margin so that they fit."""
        lines = self._notes_lines(notes)
        self.notes[self.page_no()] = notes
        self.set_auto_page_break(True, margin=self.base_margin + 5 + lines * 3.3)

    def draw_notes(self) -> None:
        notes = self.notes.get(self.page_no())
        if not notes:
            return
        lines = self._notes_lines(notes)
        self.set_font("Sans", "", 7.0)
        self.set_y(self.h - self.base_margin - lines * 3.3 - 1)
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.y - 1.2, self.l_margin + 45, self.y - 1.2)
        w = self.w - self.l_margin - self.r_margin
        for note in notes:
            self.set_x(self.l_margin)
            self.multi_cell(w, 3.3, nb(note), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def para(self, text: str, size: float | None = None, style: str = "", after: float = 2.0,
             align: str = "J", family: str | None = None, w: float = 0) -> None:
        fam, default = self.body_font
        size = size or default
        self.set_font(family or fam, style, size)
        self.multi_cell(w, size * self.line_factor, hyphenate(nb(text)), align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def rich(self, text: str, size: float | None = None, after: float = 2.0, align: str = "J") -> None:
        """A paragraph with **bold** runs (fpdf2 markdown)."""
        fam, default = self.body_font
        size = size or default
        self.set_font(fam, "", size)
        self.multi_cell(0, size * self.line_factor, hyphenate(nb(text)), align=align, markdown=True,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", size: float | None = None, indent: float = 4,
                after_item: float = 0.8, numbered: bool = False, mark_color: tuple[int, int, int] | None = None,
                mark_w: float = 5) -> None:
        fam, default = self.body_font
        size = size or default
        lh = size * self.line_factor
        for i, item in enumerate(items, 1):
            x0 = self.l_margin
            self.set_x(x0 + indent)
            self.set_font(fam, "B" if numbered else "", size)
            if mark_color:
                self.set_text_color(*mark_color)
            self.cell(mark_w, lh, f"{i}." if numbered else mark)
            self.set_text_color(0, 0, 0)
            self.set_font(fam, "", size)
            self.set_left_margin(x0 + indent + mark_w)
            self.multi_cell(0, lh, hyphenate(nb(item)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_left_margin(x0)
            self.set_x(x0)
            self.ln(after_item)
        self.ln(1.0)


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


def table_rows(table, rows, style: FontFace | None = None) -> None:
    for r in rows:
        row = table.row(style=style)
        for c in r:
            row.cell(nb(c))


def fr_int(n: int) -> str:
    """12460 -> '12~460' (no-break space as thousands separator)."""
    s = f"{n:,}".replace(",", "~")
    return s


def parse_int(s: str) -> int:
    return int(re.sub(r"[^\d-]", "", s.replace("~", "")))


# ---------------------------------------------------------------------------
# Document 1: territorial ESS diagnostic of the Vésère (PDF, 9 pages)
# ---------------------------------------------------------------------------

DIAG_HEADER_L = "OBSERVATOIRE RÉGIONAL DE L'ESS · CRESS AUVANNE-SORELLE"
DIAG_HEADER_R = "L'ESS en Vésère – Diagnostic territorial 2026"
DIAG_FOOTER = "Diagnostic territorial de l'ESS en Vésère · Février 2026"

# (territoire, établissements employeurs, salariés, part de l'emploi privé, évolution 2019-2024)
TERRITOIRES = [
    ("Montcalvet Agglomération", 512, 5980, "15,8", "+6,9"),
    ("CC Vallée de l'Oude", 214, 1790, "13,1", "+4,2"),
    ("CC des Monts de Sauvelade", 176, 1260, "17,4", "+8,1"),
    ("CC du Causse de Vabrières", 138, 890, "12,6", "-1,3"),
    ("CC Pays de Ségalières", 161, 1130, "14,2", "+3,5"),
    ("CC Val de Lescoutal", 117, 1410, "13,0", "+2,1"),
]
VESERE_TOTAL = (1318, 12460, "14,6", "+5,2")
REGION_ROW = ("Auvanne-Sorelle (région)", "14~905", "161~230", "13,2", "+4,6")

# (famille, établissements 2019, 2024, salariés 2019, 2024, part 2024)
FAMILLES = [
    ("Associations", 1102, 1121, 9680, 10140, "81,4~%"),
    ("Coopératives", 104, 112, 1010, 1090, "8,7~%"),
    ("Mutuelles", 46, 41, 690, 640, "5,1~%"),
    ("Fondations", 38, 44, 465, 590, "4,7~%"),
]

# (secteur, salariés de l'ESS, poids de l'ESS dans le secteur, part des femmes)
SECTEURS = [
    ("Action sociale sans hébergement", 3920, "61,5", "91"),
    ("Hébergement médico-social et social", 2870, "48,2", "82"),
    ("Enseignement", 1540, "19,7", "63"),
    ("Activités financières et d'assurance", 1080, "27,4", "64"),
    ("Santé humaine", 610, "6,8", "79"),
    ("Sports et loisirs", 430, "38,9", "44"),
    ("Arts et spectacles", 290, "29,5", "52"),
    ("Agriculture, industrie et construction", 520, "1,9", "27"),
    ("Commerce, transports, hébergement et restauration", 480, "2,6", "46"),
    ("Autres activités de services", 720, "8,3", "58"),
]

PROFIL = [
    ("Femmes (%)", "68", "41", "63"),
    ("Salariés à temps partiel (%)", "39", "17", "21"),
    ("Salariés de moins de 30 ans (%)", "16", "22", "12"),
    ("Salariés de 55 ans et plus (%)", "24", "18", "27"),
    ("CDD et contrats aidés (%)", "18", "11", "16"),
    ("Salaire brut annuel moyen par ETP (€)", "31~900", "36~400", "33~800"),
]

# (rang, employeur, commune, famille, activité, salariés)
EMPLOYEURS = [
    ("Vésère Aide à Domicile (AVAD)", "Montcalvet", "Association", "Aide et soins à domicile", 980),
    ("Fondation Bellefont", "Lescoutal", "Fondation", "EHPAD et foyers de vie", 540),
    ("Les Genêts d'Oude", "Larroque-d'Oude", "Association", "ESAT et foyers d'hébergement", 465),
    ("Banque Coopérative des Causses", "Montcalvet", "Coopérative", "Banque", 410),
    ("Mutuelle Sorelle Santé", "Montcalvet", "Mutuelle", "Assurance santé", 285),
    ("Sauvegarde de l'Enfance de la Vésère", "Montcalvet", "Association", "Protection de l'enfance", 262),
    ("Crèches Enfance et Familles", "Montcalvet", "Association", "Accueil de jeunes enfants", 214),
    ("Oude-Céréales", "Castanède", "Coopérative", "Collecte et stockage de céréales", 188),
    ("OGEC Notre-Dame-du-Causse", "Vabrières", "Association", "Enseignement privé sous contrat", 176),
    ("Domicile Rural des Monts", "Saint-Jorand-sur-Oude", "Association", "Aide à domicile", 158),
    ("Mutuelle Agricole Causses-Vésère", "Montcalvet", "Mutuelle", "Assurance de biens", 141),
    ("Centre de rééducation Le Pradal", "Ségalières", "Association", "Soins de suite et de réadaptation", 137),
    ("Familles Rurales Vésère", "Montcalvet", "Association", "Animation et accueils de loisirs", 122),
    ("Tremplin Vésère", "Montcalvet", "Association", "Insertion par l'activité économique", 118),
    ("Bâti-Causses (SCOP)", "Vabrières", "Coopérative", "Bâtiment", 96),
    ("Maison familiale rurale de Ségalières", "Ségalières", "Association", "Formation agricole par alternance", 84),
    ("La Boucle (recyclerie)", "Saint-Jorand-sur-Oude", "Association", "Réemploi et insertion", 52),
    ("L'Escale (SCIC)", "Montcalvet", "Coopérative", "Théâtre et spectacle vivant", 49),
    ("Union sportive montcalvétaise", "Montcalvet", "Association", "Club sportif omnisports", 46),
    ("Énergies Citoyennes de la Vésère (SCIC)", "Castanède", "Coopérative", "Production d'électricité solaire", 38),
]

GLOSSAIRE = [
    ("ETP", "Équivalent temps plein : un salarié à mi-temps compte pour 0,5 ETP."),
    ("ESUS", "Agrément « entreprise solidaire d'utilité sociale », délivré par la préfecture aux entreprises "
             "qui poursuivent un objectif d'utilité sociale, dont les sociétés commerciales de l'ESS."),
    ("PTCE", "Pôle territorial de coopération économique : groupement d'entreprises de l'ESS, d'entreprises "
             "classiques, de collectivités et de centres de recherche qui coopèrent sur un même territoire."),
    ("SIAE", "Structure d'insertion par l'activité économique, conventionnée par l'État pour embaucher des "
             "personnes éloignées de l'emploi et les accompagner."),
    ("Tiers-lieu", "Espace partagé et ouvert où se croisent travail, activités associatives, culturelles "
                   "ou marchandes, animé par une communauté d'usagers."),
]

DIAG_SECTIONS = (
    "1. Périmètre et méthode",
    "2. Le poids de l'ESS en Vésère",
    "3. Les secteurs d'activité",
    "4. L'emploi dans l'ESS",
    "5. Les principaux employeurs",
    "6. Dynamiques et leviers de développement",
    "7. Enjeux et recommandations",
)


class DiagPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.found: dict[str, int] = {}

    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(9)
        self.set_font("Cond", "B", 7.4)
        self.set_text_color(*TEAL)
        self.cell(0, 4, nb(DIAG_HEADER_L), align="L")
        self.set_x(self.l_margin)
        self.set_font("Cond", "I", 7.6)
        self.set_text_color(95, 95, 95)
        self.cell(0, 4, nb(DIAG_HEADER_R), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*TEAL)
        self.set_line_width(0.35)
        self.line(self.l_margin, 14, self.w - self.r_margin, 14)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        if self.page_no() == 1:
            return
        self.draw_notes()
        self.set_y(-13)
        self.set_fill_color(*SAND)
        self.rect(self.l_margin, self.h - 13.6, 12, 0.8, style="F")
        self.set_font("Cond", "", 7.4)
        self.set_text_color(95, 95, 95)
        self.cell(0, 4, nb(DIAG_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.set_font("Cond", "B", 8.4)
        self.set_text_color(*TEAL)
        self.cell(0, 4, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, level: int = 0, need: float = 30) -> None:
        self.room(need)
        self.start_section(text, level)
        if level == 0:
            self.found[text] = self.page_no()
            self.ln(1.8)
            num, _, title = text.partition(". ")
            self.set_fill_color(*TEAL)
            self.set_text_color(255, 255, 255)
            self.set_font("Cond", "B", 12.5)
            self.cell(9, 8, num + ".", align="C", fill=True)
            self.set_text_color(*TEAL)
            self.set_x(self.l_margin + 11)
            self.cell(0, 8, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_draw_color(*TEAL)
            self.line(self.l_margin, self.y + 0.6, self.w - self.r_margin, self.y + 0.6)
            self.ln(3.2)
        else:
            self.ln(0.8)
            self.set_font("Cond", "B", 10.2)
            self.set_text_color(*PLUM)
            self.cell(0, 5.2, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.9)
        self.set_text_color(0, 0, 0)

    def caption(self, text: str) -> None:
        self.set_font("Cond", "B", 8.8)
        self.set_text_color(*PLUM)
        self.multi_cell(0, 4.4, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def source(self, text: str) -> None:
        self.ln(0.6)
        self.set_font("Sans", "I", 6.9)
        self.set_text_color(85, 85, 85)
        self.multi_cell(0, 3.3, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2.2)


def diag_column(pdf: DiagPDF, x: float, w: float, y: float, blocks: list[tuple[str, str]], bottom: float) -> float:
    """One column of the two-column summary page: (bold lead, text) blocks."""
    pdf.set_left_margin(x)
    pdf.set_right_margin(pdf.w - x - w)
    pdf.set_xy(x, y)
    for lead, text in blocks:
        pdf.set_font("Cond", "B", 9.6)
        pdf.set_text_color(*PLUM)
        pdf.multi_cell(0, 4.6, nb(lead), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(0.6)
        pdf.set_font("Sans", "", 8.7)
        pdf.multi_cell(0, 4.35, hyphenate(nb(text)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3.2)
    if pdf.y > bottom:
        sys.exit(f"layout: summary column at x={x} runs to {pdf.y:.1f} mm (limit {bottom} mm)")
    return pdf.y


def build_diag(toc: dict[str, int]) -> dict[str, int]:
    """Build the diagnostic; ``toc`` maps section titles to pages (from a first
    pass). Returns the pages where the numbered sections actually start."""
    pdf = DiagPDF()
    pdf.set_margins(20, 20, 20)
    pdf.base_margin = 20
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.page_mode = "USE_OUTLINES"
    pdf.body_font = ("Sans", 9.0)

    # ---- Page 1: cover -------------------------------------------------------
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, pdf.w, 128, style="F")
    pdf.set_fill_color(*SAND)
    pdf.rect(0, 128, pdf.w, 3, style="F")
    for i, shade in enumerate(((0, 126, 134), (0, 140, 148), (0, 156, 163))):
        pdf.set_fill_color(*shade)
        pdf.rect(150 + i * 14, 18 + i * 14, 40, 40, style="F")
    pdf.set_xy(22, 30)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Cond", "B", 9.5)
    pdf.cell(0, 5, nb("OBSERVATOIRE RÉGIONAL DE L'ÉCONOMIE SOCIALE ET SOLIDAIRE"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(22, 62)
    pdf.start_section("L'économie sociale et solidaire en Vésère", 0)
    pdf.set_font("Sans", "B", 25)
    pdf.multi_cell(150, 11, nb("L'économie sociale\net solidaire en Vésère"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(22)
    pdf.ln(3)
    pdf.set_x(22)
    pdf.set_font("Sans", "", 12.5)
    pdf.cell(0, 7, nb("Diagnostic territorial · Édition 2026 (données 2024)"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(22, 146)
    pdf.set_font("Serif", "I", 11)
    pdf.multi_cell(166, 6, nb("Emploi, structures et dynamiques de l'économie sociale et solidaire dans les six "
                              "intercommunalités du département"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(22, 246)
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(0.4)
    pdf.line(22, 243, 188, 243)
    pdf.set_line_width(0.2)
    pdf.set_font("Cond", "", 8.6)
    pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(120, 4.4, nb("Une publication de la CRESS Auvanne-Sorelle,\nréalisée avec le soutien du "
                                "Département de la Vésère"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(148, 246)
    pdf.set_font("Cond", "B", 10)
    pdf.set_text_color(*TEAL)
    pdf.cell(40, 5, nb("Février 2026"), align="R")
    pdf.set_text_color(0, 0, 0)

    # ---- Page 2: two-column summary -----------------------------------------
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.start_section("L'essentiel", 0)
    pdf.set_font("Cond", "B", 17)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 9, nb("L'essentiel"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    tiles = (("12~460", "salariés dans l'ESS"), ("1~318", "établissements employeurs"),
             ("14,6~%", "de l'emploi salarié privé"), ("+5,2~%", "d'emplois entre 2019 et 2024"))
    y0 = pdf.y
    tile_w, gap = 39.5, 2.0
    for i, (big, small) in enumerate(tiles):
        x = 20 + i * (tile_w + gap)
        pdf.set_fill_color(232, 243, 243)
        pdf.rect(x, y0, tile_w, 22, style="F")
        pdf.set_fill_color(*SAND)
        pdf.rect(x, y0, tile_w, 1.2, style="F")
        pdf.set_xy(x, y0 + 3.5)
        pdf.set_font("Cond", "B", 15)
        pdf.set_text_color(*TEAL)
        pdf.cell(tile_w, 7, nb(big), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Cond", "", 8.2)
        pdf.set_text_color(40, 40, 40)
        pdf.cell(tile_w, 5, nb(small), align="C")
    pdf.set_text_color(0, 0, 0)
    top = y0 + 29
    colw, gut = 80, 6
    end1 = diag_column(pdf, 20, colw, top, [
        ("Un poids supérieur à la moyenne régionale",
         "Avec 12~460 salariés, l'ESS représente 14,6~% de l'emploi salarié privé de la Vésère, contre 13,2~% en "
         "moyenne en Auvanne-Sorelle. Le département se classe ainsi au deuxième rang des cinq départements de la "
         "région, derrière la Caubière."),
        ("Une croissance plus rapide que le reste du privé",
         "L'ESS a gagné 615 emplois entre 2019 et 2024 (+5,2~%), quand le reste de l'emploi privé progressait "
         "de 3,4~%. Cinq des six intercommunalités ont vu leurs effectifs augmenter ; seul le Causse de "
         "Vabrières recule."),
        ("Les territoires ruraux en première ligne",
         "C'est dans les Monts de Sauvelade que l'ESS pèse le plus : 17,4~% de l'emploi privé, grâce à l'aide à "
         "domicile, aux établissements médico-sociaux et à la recyclerie intercommunale. Montcalvet "
         "Agglomération concentre toutefois près de la moitié des emplois."),
    ], bottom=200)
    end2 = diag_column(pdf, 20 + colw + gut, colw, top, [
        ("Le social d'abord",
         "L'action sociale, avec ou sans hébergement, rassemble 6~790 salariés, soit plus de la moitié (54,5~%) "
         "des emplois de l'ESS. Les associations emploient à elles seules quatre salariés de l'ESS sur cinq."),
        ("Un défi démographique",
         "Près d'un salarié sur quatre (24~%) a 55 ans ou plus : environ 2~700 départs à la retraite sont "
         "attendus d'ici 2032, dont de nombreux postes de direction."),
        ("Des dynamiques à soutenir",
         "Les 24 structures d'insertion par l'activité économique, les 17 SCOP et 7 SCIC et les 19 tiers-lieux "
         "recensés témoignent de la vitalité de l'entrepreneuriat collectif, y compris dans les bourgs ruraux."),
    ], bottom=200)
    pdf.set_margins(20, 20, 20)
    # contents, filled in from a first pass
    y = max(end1, end2) + 4
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(0.35)
    pdf.line(20, y, 190, y)
    pdf.set_line_width(0.2)
    pdf.set_xy(20, y + 3)
    pdf.set_font("Cond", "B", 11)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 6, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    for title in DIAG_SECTIONS:
        pdf.set_font("Sans", "", 8.8)
        label = str(toc.get(title, "?"))
        w = pdf.get_string_width(nb(title)) + 2
        yy = pdf.y
        pdf.cell(w, 5.4, nb(title))
        pdf.set_draw_color(160, 160, 160)
        pdf.set_dash_pattern(dash=0.3, gap=1.0)
        pdf.line(20 + w + 1, yy + 4, 181, yy + 4)
        pdf.set_dash_pattern()
        pdf.set_x(182)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(8, 5.4, label, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    if pdf.y > 272:
        sys.exit(f"layout: contents run to {pdf.y:.1f} mm on p. 2")
    pdf.reset_break()

    # ---- Page 3: scope, weight --------------------------------------------------
    pdf.add_page()
    pdf.heading(DIAG_SECTIONS[0])
    pdf.reserve_notes([
        "¹ Flores (fichier localisé des rémunérations et de l'emploi salarié) : source de l'Insee qui couvre "
        "l'ensemble des employeurs publics et privés. Les effectifs sont comptés au 31~décembre, quel que soit le "
        "temps de travail."
    ])
    pdf.heading("1.1 Ce que recouvre l'ESS", level=1)
    pdf.para(
        "La loi du 31~juillet~2014 relative à l'économie sociale et solidaire définit l'ESS comme un mode "
        "d'entreprendre qui réunit les associations, les coopératives, les mutuelles et les fondations, ainsi que "
        "les sociétés commerciales qui poursuivent un objectif d'utilité sociale et respectent ses principes de "
        "gouvernance démocratique et de lucrativité limitée. Ces dernières peuvent obtenir l'agrément "
        "« entreprise solidaire d'utilité sociale » (ESUS), délivré par la préfecture : 46 entreprises en "
        "disposaient dans la Vésère au 31~décembre~2025."
    )
    pdf.heading("1.2 Sources et champ", level=1)
    pdf.para(
        "Les données d'emploi proviennent du fichier Flores de l'Insee¹ au 31~décembre~2024 et ne portent que sur "
        "les établissements employeurs. Les sociétés commerciales de l'ESS, dont le recensement reste "
        "incomplet, ne sont pas comptées dans les effectifs. Les données sur les structures d'insertion sont "
        "issues de l'extranet IAE ; celles sur les tiers-lieux, du recensement mené par la CRESS à "
        "l'automne~2025 auprès des communes et des réseaux."
    )
    pdf.para(
        "Le diagnostic a été piloté par un comité réunissant le Département de la Vésère, la DDETS, la CRESS "
        "Auvanne-Sorelle et le Réseau ESS Vésère. Ses premiers résultats lui ont été présentés le "
        "15~janvier~2026."
    )
    pdf.heading(DIAG_SECTIONS[1])
    pdf.heading("2.1 Emploi et établissements", level=1)
    pdf.para(
        "Fin 2024, 1~318 établissements de l'ESS emploient 12~460 salariés dans la Vésère. L'ESS représente "
        "11,3~% de l'emploi salarié total du département et 14,6~% de l'emploi salarié privé, contre 13,2~% en "
        "moyenne dans la région Auvanne-Sorelle. Elle verse chaque année 372 millions d'euros de rémunérations "
        "brutes."
    )
    pdf.para(
        "Entre 2019 et 2024, l'ESS a gagné 615 emplois, soit une hausse de 5,2~%, supérieure à celle du reste de "
        "l'emploi privé (+3,4~%). La croissance s'est concentrée dans l'hébergement médico-social et l'accueil "
        "de jeunes enfants. Les établissements de l'ESS sont en majorité de petite taille : 62~% d'entre eux "
        "comptent moins de 10 salariés, mais les 38 établissements de 100 salariés ou plus concentrent 41~% "
        "des emplois."
    )

    # ---- Page 4: territories and families -------------------------------------------
    pdf.add_page()
    pdf.heading("2.2 Une ESS présente dans toutes les intercommunalités", level=1)
    pdf.para(
        "Montcalvet Agglomération concentre près de la moitié des salariés de l'ESS du département (48~%), mais "
        "c'est dans les intercommunalités rurales que l'ESS pèse le plus dans l'économie locale. Dans les Monts "
        "de Sauvelade, elle représente 17,4~% de l'emploi privé, le taux le plus élevé du département."
    )
    pdf.caption("Tableau 1 – Établissements et salariés de l'ESS par intercommunalité en 2024")
    pdf.set_font("Sans", "", 8.2)
    with pdf.table(
        col_widths=(52, 28, 22, 30, 38),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.4,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
        padding=(0.9, 1.4),
    ) as table:
        table_rows(table, [("Territoire", "Établissements employeurs", "Salariés", "Part de l'emploi privé (%)",
                            "Évolution des salariés 2019-2024 (%)")])
        table_rows(table, [(t, fr_int(e), fr_int(s), p, ev) for t, e, s, p, ev in TERRITOIRES])
        e, s, p, ev = VESERE_TOTAL
        table_rows(table, [("Vésère", fr_int(e), fr_int(s), p, ev)],
                   style=FontFace(emphasis="BOLD", fill_color=(232, 243, 243)))
        table_rows(table, [REGION_ROW], style=FontFace(emphasis="ITALICS", color=(80, 80, 80)))
    pdf.source("Source : Insee, Flores 2019 et 2024 ; traitement Observatoire régional de l'ESS. Les "
               "intercommunalités sont celles en vigueur au 1er~janvier~2024.")
    pdf.para(
        "Le Causse de Vabrières est la seule intercommunalité où l'emploi de l'ESS a reculé depuis 2019, après "
        "la fermeture en 2022 d'un foyer d'hébergement de 34 places. À l'inverse, les Monts de Sauvelade "
        "affichent la plus forte progression, portée par l'ouverture de la recyclerie intercommunale et par le "
        "développement de l'aide à domicile."
    )
    pdf.heading("2.3 Les familles de l'ESS", level=1, need=60)
    pdf.para(
        "Les associations dominent largement : elles emploient 10~140 salariés, soit 81,4~% de l'emploi de l'ESS. "
        "Les fondations sont la famille qui a le plus progressé depuis 2019 (+26,9~% de salariés), portée par "
        "l'ouverture de deux EHPAD de la Fondation Bellefont. Les mutuelles sont la seule famille en recul, sous "
        "l'effet des fermetures d'agences et du regroupement des sièges à Bellegrave."
    )
    pdf.caption("Tableau 2 – Établissements et salariés par famille de l'ESS, 2019 et 2024")
    pdf.set_font("Sans", "", 8.2)
    with pdf.table(
        col_widths=(40, 24, 24, 24, 24, 34),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        num_heading_rows=2,
        line_height=4.4,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(240, 228, 238), color=PLUM),
        padding=(0.8, 1.4),
    ) as table:
        row = table.row()
        row.cell("Famille", rowspan=2, align="LEFT")
        row.cell(nb("Établissements employeurs"), colspan=2, align="CENTER")
        row.cell(nb("Salariés"), colspan=2, align="CENTER")
        row.cell(nb("Part des salariés de l'ESS en 2024"), rowspan=2, align="CENTER")
        row = table.row()
        for h in ("2019", "2024", "2019", "2024"):
            row.cell(h, align="CENTER")
        table_rows(table, [(f, fr_int(a), fr_int(b), fr_int(c), fr_int(d), p) for f, a, b, c, d, p in FAMILLES])
        tot = [sum(r[i] for r in FAMILLES) for i in range(1, 5)]
        table_rows(table, [("Ensemble de l'ESS", *(fr_int(t) for t in tot), "100,0~%")],
                   style=FontFace(emphasis="BOLD"))
    pdf.source("Source : Insee, Flores ; traitement Observatoire régional de l'ESS.")

    # ---- Page 5: sectors ------------------------------------------------------------------
    pdf.add_page()
    pdf.heading(DIAG_SECTIONS[2])
    pdf.para(
        "L'ESS est présente dans presque tous les secteurs, mais ses emplois se concentrent dans l'action "
        "sociale. L'aide à domicile, l'accueil de jeunes enfants et l'accompagnement des personnes handicapées "
        "relèvent de l'action sociale sans hébergement, premier secteur avec 3~920 salariés ; les EHPAD "
        "associatifs, les foyers et les maisons d'enfants, de l'hébergement médico-social et social."
    )
    pdf.caption("Tableau 3 – Salariés de l'ESS par secteur d'activité en 2024")
    pdf.set_font("Cond", "", 8.6)
    with pdf.table(
        col_widths=(78, 30, 34, 28),
        text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        borders_layout="NO_HORIZONTAL_LINES",
        cell_fill_color=(246, 240, 245),
        cell_fill_mode="ROWS",
        line_height=4.5,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
        padding=(0.8, 1.4),
    ) as table:
        table_rows(table, [("Secteur", "Salariés de l'ESS", "Poids de l'ESS dans le secteur (%)",
                            "Part des femmes (%)")])
        table_rows(table, [(s, fr_int(n), p, f) for s, n, p, f in SECTEURS])
        table_rows(table, [("Ensemble", fr_int(sum(r[1] for r in SECTEURS)), "11,3", "68")],
                   style=FontFace(emphasis="BOLD", fill_color=(255, 255, 255)))
    pdf.source("Poids de l'ESS : part des salariés du secteur (employeurs publics et privés) qui travaillent dans "
               "un établissement de l'ESS. Source : Insee, Flores 2024.")
    pdf.para(
        "Dans l'action sociale sans hébergement, l'ESS emploie près de deux salariés sur trois (61,5~%). Elle est "
        "aussi très présente dans les sports et loisirs et dans les arts et spectacles, où les associations "
        "emploient souvent des salariés à temps très partiel. Dans l'enseignement, elle regroupe les "
        "établissements privés sous contrat gérés par des associations et les maisons familiales rurales."
    )
    pdf.para(
        "Les femmes occupent 68~% des emplois de l'ESS ; cette part atteint 91~% dans l'action sociale sans "
        "hébergement. Les hommes sont majoritaires dans les sports et loisirs ainsi que dans les coopératives "
        "agricoles et du bâtiment."
    )
    # zoom box
    pdf.ln(1.5)
    y0 = pdf.y
    zoom = ("Quatre associations d'aide à domicile emploient à elles seules 1~620 salariés. Elles interviennent "
            "chaque année auprès de 8~300 personnes âgées ou en situation de handicap. Le secteur peine à "
            "recruter : 140 postes étaient vacants en septembre 2025, selon l'enquête menée par la CRESS auprès "
            "des employeurs.")
    pdf.set_font("Sans", "", 8.6)
    lines = len(pdf.multi_cell(150, 4.3, hyphenate(nb(zoom)), dry_run=True, output=MethodReturnValue.LINES))
    h = lines * 4.3 + 14
    pdf.set_fill_color(251, 244, 228)
    pdf.rect(20, y0, 170, h, style="F")
    pdf.set_fill_color(*SAND)
    pdf.rect(20, y0, 170, 1.4, style="F")
    pdf.set_xy(30, y0 + 4)
    pdf.set_font("Cond", "B", 9.6)
    pdf.set_text_color(*PLUM)
    pdf.cell(150, 5, nb("Zoom – L'aide à domicile, premier employeur de l'ESS"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 8.6)
    pdf.multi_cell(150, 4.3, hyphenate(nb(zoom)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y0 + h + 4)

    # ---- Page 6: employment -------------------------------------------------------------
    pdf.add_page()
    pdf.heading(DIAG_SECTIONS[3])
    pdf.reserve_notes([
        "² Avenant 43 à la convention collective de la branche de l'aide, de l'accompagnement, des soins et des "
        "services à domicile, entré en vigueur le 1er~octobre~2021."
    ])
    pdf.heading("4.1 Des emplois très féminisés, souvent à temps partiel", level=1)
    pdf.para(
        "Les salariés de l'ESS se distinguent nettement de ceux du reste du secteur privé : ils sont plus souvent "
        "des femmes, plus souvent à temps partiel et un peu plus âgés. Près de quatre sur dix travaillent à "
        "temps partiel, une situation fréquente dans l'aide à domicile et l'animation."
    )
    pdf.caption("Tableau 4 – Caractéristiques des salariés selon le type d'employeur en 2024")
    pdf.set_font("Sans", "", 8.2)
    with pdf.table(
        col_widths=(76, 30, 34, 30),
        text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
        borders_layout="ALL",
        line_height=4.6,
        width=170,
        align="LEFT",
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=PLUM),
        padding=(0.8, 1.4),
    ) as table:
        table_rows(table, [("Caractéristique", "ESS", "Privé hors ESS", "Public")])
        for r in PROFIL:
            row = table.row()
            row.cell(nb(r[0]), style=FontFace(fill_color=(240, 240, 240)))
            for c in r[1:]:
                row.cell(nb(c))
    pdf.source("Source : Insee, Flores 2024 et base Tous salariés ; traitement Observatoire régional de l'ESS.")
    pdf.para(
        "Le salaire brut annuel moyen par équivalent temps plein s'établit à 31~900~€ dans l'ESS, inférieur de "
        "12~% à celui du reste du privé. L'écart tient surtout au poids des métiers de l'aide et du soin, "
        "faiblement rémunérés malgré la revalorisation des salaires de la branche de l'aide à domicile². À "
        "métier égal, l'écart se réduit à 4~%."
    )
    pdf.heading("4.2 Le renouvellement des générations", level=1, need=40)
    pdf.para(
        "Fin 2024, 2~990 salariés de l'ESS ont 55 ans ou plus. En retenant un âge moyen de départ de 63 ans, "
        "l'observatoire estime à environ 2~700 le nombre de départs à la retraite d'ici 2032, soit plus d'un "
        "salarié sur cinq. Les métiers les plus concernés sont ceux d'aide à domicile (620 départs), "
        "d'aide-soignant (310) et d'éducateur spécialisé (180)."
    )
    pdf.para(
        "Les postes de direction sont particulièrement exposés : 38~% des directeurs et directrices "
        "d'établissements de l'ESS ont 55 ans ou plus. Dans les petites associations rurales, le départ d'un "
        "directeur ou d'une directrice met souvent en jeu la survie de la structure, faute de candidats pour "
        "reprendre le poste."
    )

    # ---- Page 7-8: main employers (table across the page break) ----------------------------
    pdf.add_page()
    pdf.heading(DIAG_SECTIONS[4])
    top20 = sum(r[4] for r in EMPLOYEURS)
    pdf.para(
        f"Les vingt premiers employeurs de l'ESS emploient {fr_int(top20)} salariés, soit 36,6~% de l'emploi de "
        "l'ESS du département. Dix d'entre eux ont leur siège à Montcalvet. Le premier, l'association Vésère "
        "Aide à Domicile (AVAD), intervient dans 212 communes avec 980 salariés ; il est suivi par la "
        "Fondation Bellefont, qui gère trois EHPAD et deux foyers de vie dans le Val de Lescoutal."
    )
    pdf.para(
        "La liste illustre la diversité de l'ESS : aux côtés des grandes associations sanitaires et sociales "
        "figurent une banque coopérative, deux mutuelles, une coopérative agricole, une SCOP du bâtiment, un "
        "théâtre coopératif et une SCIC de production d'énergie solaire. Cinq coopératives figurent parmi les "
        "vingt premiers employeurs, contre une seule fondation."
    )
    pdf.para(
        "Plusieurs de ces employeurs sont aussi des structures d'insertion ou d'accueil de personnes "
        "handicapées : l'ESAT des Genêts d'Oude, l'ensemblier Tremplin Vésère et la recyclerie La Boucle "
        "emploient ensemble plus de 300 travailleurs handicapés ou salariés en parcours d'insertion."
    )
    # bar chart: the twenty employers by family
    pdf.caption("Graphique 1 – Les vingt premiers employeurs par famille de l'ESS (salariés)")
    fams: dict[str, list[int]] = {}
    for _, _, fam, _, n in EMPLOYEURS:
        fams.setdefault(fam, []).append(n)
    fam_rows = sorted(fams.items(), key=lambda kv: -sum(kv[1]))
    top_sum = max(sum(v) for v in fams.values())
    y = y_start = pdf.y + 1
    for fam, vals in fam_rows:
        label = f"{fam}s ({len(vals)})" if len(vals) > 1 else f"{fam} ({len(vals)})"
        pdf.set_xy(20, y)
        pdf.set_font("Cond", "", 8.2)
        pdf.cell(34, 5.6, nb(label), align="R")
        width = 100 * sum(vals) / top_sum
        pdf.set_fill_color(*TEAL)
        pdf.rect(56, y + 0.8, width, 4.0, style="F")
        pdf.set_xy(57 + width, y)
        pdf.set_font("Cond", "B", 8.2)
        pdf.cell(30, 5.6, fr_int(sum(vals)).replace("~", NBSP))
        y += 7
    pdf.set_draw_color(150, 150, 150)
    pdf.line(56, y_start, 56, y - 1.4)
    pdf.set_y(y + 1)
    pdf.source("Entre parenthèses : nombre d'employeurs de la famille parmi les vingt premiers.")
    pdf.caption("Tableau 5 – Les vingt premiers employeurs de l'ESS en Vésère au 31 décembre 2024")
    pdf.set_font("Cond", "", 8.2)
    with pdf.table(
        col_widths=(10, 52, 34, 21, 37, 16),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        cell_fill_color=(242, 247, 247),
        cell_fill_mode="ROWS",
        line_height=4.3,
        width=170,
        align="LEFT",
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=SLATE),
        padding=(0.8, 1.2),
    ) as table:
        table_rows(table, [("Rang", "Employeur", "Commune", "Famille", "Activité", "Salariés"),
                           *[(str(i), e, c, f, a, fr_int(n)) for i, (e, c, f, a, n) in enumerate(EMPLOYEURS, 1)]])
    pdf.source("Effectif salarié de l'ensemble des établissements de la structure situés en Vésère. Commune : "
               "siège ou établissement principal.")
    pdf.heading(DIAG_SECTIONS[5], need=50)
    pdf.heading("6.1 L'insertion par l'activité économique", level=1)
    pdf.para(
        "La Vésère compte 24 structures d'insertion par l'activité économique (SIAE) : 11 ateliers et chantiers "
        "d'insertion, 6 entreprises d'insertion, 5 associations intermédiaires et 2 entreprises de travail "
        "temporaire d'insertion. Elles ont salarié 1~160 personnes en parcours en 2024, pour 402 équivalents "
        "temps plein. Le taux de sorties dynamiques atteint 58~%."
    )
    pdf.heading("6.2 Les coopératives", level=1, need=20)
    pdf.para(
        "Le département compte 17 SCOP et 7 SCIC, qui emploient ensemble 455 salariés. Cinq SCIC ont été créées "
        "depuis 2020, dont Énergies Citoyennes de la Vésère, qui exploite 14 centrales photovoltaïques sur des "
        "toits publics. La coopérative d'activité et d'emploi Ouvrages accompagne 63 entrepreneurs-salariés."
    )
    pdf.heading("6.3 Tiers-lieux et coopérations territoriales", level=1, need=20)
    pdf.para(
        "Le recensement de l'automne 2025 a identifié 19 tiers-lieux, dont 13 sont portés par une structure de "
        "l'ESS (9 associations et 4 SCIC). Un pôle territorial de coopération économique, « Oude Coopère », "
        "réunit depuis 2022 dans la vallée de l'Oude 27 entreprises, associations et collectivités autour de "
        "l'alimentation et du réemploi."
    )
    pdf.heading("6.4 Le bénévolat", level=1, need=20)
    pdf.para(
        "On estime à 6~900 le nombre d'associations actives dans le département, dont 1~121 employeuses. Elles "
        "mobilisent environ 52~000 bénévoles, dont un tiers au moins une fois par semaine."
    )

    # ---- Page 9: recommendations ------------------------------------------------------------
    pdf.add_page()
    pdf.heading(DIAG_SECTIONS[6])
    pdf.para(
        "Le comité de pilotage du diagnostic, réuni le 15~janvier~2026, a retenu six recommandations, qui "
        "nourriront la mise en œuvre de la stratégie départementale de l'ESS 2025-2030 :"
    )
    pdf.bullets([
        "anticiper les départs à la retraite, en priorité dans l'aide à domicile et sur les postes de direction, "
        "par un plan de formation et de transmission ;",
        "consolider le modèle économique des associations employeuses, notamment par des conventions "
        "pluriannuelles d'objectifs ;",
        "soutenir la création d'activités dans les territoires ruraux, grâce à l'appel à projets « Vésère "
        "Solidaire » du Département ;",
        "structurer un réseau départemental des tiers-lieux ;",
        "développer le réemploi et l'économie circulaire en s'appuyant sur les recycleries et les SIAE ;",
        "mieux faire connaître l'ESS auprès des jeunes et des acheteurs publics.",
    ], numbered=True, mark_color=TEAL, mark_w=6)
    pdf.heading("Glossaire", level=1, need=40)
    pdf.set_font("Sans", "", 8.2)
    with pdf.table(
        col_widths=(24, 146),
        text_align=("LEFT", "LEFT"),
        borders_layout="NONE",
        first_row_as_headings=False,
        line_height=4.2,
        width=170,
        align="LEFT",
        padding=(0.8, 1.2),
    ) as table:
        for term, definition in GLOSSAIRE:
            row = table.row()
            row.cell(nb(term), style=FontFace(emphasis="BOLD", color=TEAL))
            row.cell(nb(definition))
    pdf.ln(5)
    pdf.set_fill_color(232, 243, 243)
    pdf.set_font("Cond", "", 8.6)
    pdf.multi_cell(
        0, 4.4,
        nb("Pour en savoir plus : Observatoire régional de l'ESS – CRESS Auvanne-Sorelle, 4, quai des Carmes, "
           "Bellegrave\nNolwenn Quéré, chargée d'études – observatoire@cress-auvanne-sorelle.org – "
           "05~55~41~37~20\nDirectrice de la publication : Aurélie Sabatéry, directrice de la CRESS. "
           "Reproduction autorisée avec mention de la source."),
        fill=True, padding=3, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
    )
    save_pdf(
        pdf,
        DIAG,
        title="L'économie sociale et solidaire en Vésère – Diagnostic territorial 2026",
        subject="Diagnostic territorial de l'ESS dans le département de la Vésère (données 2024)",
        author="Observatoire régional de l'ESS – CRESS Auvanne-Sorelle",
        keywords="ESS, diagnostic territorial, emploi, Vésère, observatoire, CRESS Auvanne-Sorelle",
        creator="Adobe InDesign 19.5 (Windows)",
        created=datetime(2026, 2, 10, 9, 45, 12, tzinfo=UTC),
    )
    return pdf.found


# ---------------------------------------------------------------------------
# Document 2: rules of the département's call for projects (PDF, 4 pages)
# ---------------------------------------------------------------------------

AAP_FOOTER = "Règlement de l'appel à projets « Vésère Solidaire » 2026 – adopté par la commission permanente du 26 janvier 2026"

CRITERES = [
    ("1. Utilité sociale et réponse à un besoin du territoire", 25,
     "besoin identifié et documenté, public visé, caractère innovant de la réponse"),
    ("2. Création et qualité des emplois", 20,
     "emplois créés ou consolidés, nature des contrats, accès à la formation"),
    ("3. Ancrage territorial et coopérations", 20,
     "partenariats locaux, mobilisation des habitants, des communes et des autres structures"),
    ("4. Viabilité économique", 15,
     "plan de financement, diversité des ressources, perspectives au-delà de l'aide"),
    ("5. Gouvernance et participation", 10,
     "implication des bénéficiaires, des bénévoles et des salariés dans les décisions"),
    ("6. Impact environnemental", 10,
     "sobriété, réemploi, mobilité et alimentation durables"),
]

CALENDRIER = [
    ("Ouverture de l'appel à projets", "2 février 2026"),
    ("Webinaires d'information", "24 février et 19 mars 2026"),
    ("Date limite de dépôt des dossiers", "30 avril 2026 à 12 h"),
    ("Audition des porteurs présélectionnés", "du 2 au 4 juin 2026"),
    ("Comité de sélection", "11 juin 2026"),
    ("Vote de la commission permanente", "6 juillet 2026"),
    ("Démarrage des projets", "entre le 1er juillet 2026 et le 31 mars 2027"),
]


LAUREATS_2025 = [
    ("Tiers-lieu La Grange Commune (association)", "Castanède", "A", "32~000~€"),
    ("Épicerie solidaire Le Panier Partagé (association)", "Montcalvet", "B", "18~500~€"),
    ("Légumerie de la vallée de l'Oude (PTCE Oude Coopère)", "Larroque-d'Oude", "B", "35~000~€"),
    ("Atelier de réparation d'électroménager (La Boucle)", "Saint-Jorand-sur-Oude", "C", "27~500~€"),
    ("Garage solidaire Les Mécaniques du Causse (SCIC)", "Vabrières", "D", "40~000~€"),
    ("Transport solidaire Mobil'Ségalières (association)", "Ségalières", "D", "12~000~€"),
]


class AapPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Cond", "", 7.6)
        self.set_text_color(*VIOLET)
        self.cell(0, 4, nb("Département de la Vésère"), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, nb("Appel à projets « Vésère Solidaire » 2026 – Règlement"), align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(19)

    def footer(self):
        self.set_y(-15)
        self.set_fill_color(*VIOLET)
        self.rect(0, self.h - 16.5, self.w, 0.6, style="F")
        self.set_font("Cond", "", 7.0)
        self.set_text_color(90, 90, 90)
        self.multi_cell(150, 3.4, nb(AAP_FOOTER), align="L", new_x=XPos.LMARGIN, new_y=YPos.TOP)
        self.set_xy(self.w - self.r_margin - 20, self.h - 15)
        self.set_font("Cond", "B", 8.6)
        self.set_text_color(*VIOLET)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def article(self, num: int, title: str, paras: list[str], items: list[str] | None = None,
                after: list[str] | None = None, need: float = 24) -> None:
        self.room(need)
        self.ln(2.2)
        y = self.y
        self.set_fill_color(*VIOLET)
        self.rect(self.l_margin, y + 0.4, 5.2, 5.2, style="F")
        self.set_xy(self.l_margin, y)
        self.set_font("Cond", "B", 9)
        self.set_text_color(255, 255, 255)
        self.cell(5.2, 6, str(num), align="C")
        self.set_x(self.l_margin + 7.5)
        self.set_font("Cond", "B", 11)
        self.set_text_color(*VIOLET)
        self.cell(0, 6, nb(f"Article {num} – {title}"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)
        for p in paras:
            self.para(p, after=1.6, align="L")
        if items:
            self.bullets(items, mark="▪", indent=3, after_item=0.6, mark_color=VIOLET, mark_w=4.5)
        for p in after or []:
            self.para(p, after=1.6, align="L")


def build_aap() -> None:
    pdf = AapPDF()
    pdf.set_margins(22, 20, 22)
    pdf.base_margin = 21
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body_font = ("Cond", 9.4)
    pdf.line_factor = 0.49
    pdf.add_page()
    # letterhead
    pdf.set_fill_color(*VIOLET)
    pdf.ellipse(22, 13, 12, 12, style="F")
    pdf.set_fill_color(*SAND)
    pdf.ellipse(28, 19, 8, 8, style="F")
    pdf.set_xy(39, 13)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*VIOLET)
    pdf.cell(100, 5, nb("DÉPARTEMENT DE LA VÉSÈRE"), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Cond", "", 7.8)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(100, 4, nb("Direction du développement territorial · Mission économie sociale et solidaire"),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    # title band
    pdf.set_y(34)
    pdf.set_fill_color(239, 234, 246)
    pdf.rect(22, 34, 166, 30, style="F")
    pdf.set_fill_color(*VIOLET)
    pdf.rect(22, 34, 2.5, 30, style="F")
    pdf.set_xy(29, 37)
    pdf.set_font("Sans", "B", 16)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 8, nb("Appel à projets « Vésère Solidaire » 2026"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(29)
    pdf.set_font("Sans", "", 10.5)
    pdf.set_text_color(50, 50, 50)
    pdf.cell(0, 6, nb("Initiatives de l'économie sociale et solidaire dans tous les territoires"),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(29)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*SAND)
    pdf.cell(0, 7, nb("RÈGLEMENT"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    # key facts box: three cells side by side
    y = 70
    cells = (("Enveloppe 2026", "450~000~€"), ("Aide par projet", "de 5~000 à 40~000~€"),
             ("Date limite de dépôt", "30 avril 2026, 12~h"))
    for i, (k, v) in enumerate(cells):
        x = 22 + i * 56
        pdf.set_draw_color(*VIOLET)
        pdf.set_line_width(0.4)
        pdf.rect(x, y, 54, 15)
        pdf.set_line_width(0.2)
        pdf.set_xy(x, y + 2)
        pdf.set_font("Cond", "", 8)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(54, 4, nb(k), align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("Cond", "B", 11)
        pdf.set_text_color(*VIOLET)
        pdf.cell(54, 6, nb(v), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 20)

    pdf.article(1, "Contexte et objectifs", [
        "Par délibération du 13~octobre~2025, l'Assemblée départementale a adopté la stratégie départementale "
        "de l'économie sociale et solidaire 2025-2030. L'ESS emploie 12~460 salariés dans la Vésère, soit "
        "14,6~% de l'emploi privé, selon les premiers résultats du diagnostic de l'Observatoire régional de "
        "l'ESS présentés au comité de pilotage du 15~janvier~2026.",
        "L'appel à projets « Vésère Solidaire » met en œuvre l'axe 2 de cette stratégie, « Entreprendre "
        "autrement dans tous les territoires ». Il a pour objectifs de faire émerger et de consolider des "
        "activités d'utilité sociale créatrices d'emplois, en particulier dans les communes rurales, et de "
        "favoriser les coopérations entre structures.",
        "La première édition, en 2025, a reçu 38 candidatures et permis de soutenir 14 projets pour un montant "
        "total de 386~500~€.",
    ])
    pdf.article(2, "Thématiques", [
        "Les projets s'inscrivent dans l'une des quatre thématiques suivantes :",
    ], [
        "thématique A – services de proximité et lien social en milieu rural : tiers-lieux, commerces "
        "multiservices associatifs, services aux personnes âgées isolées ;",
        "thématique B – alimentation durable et solidaire : épiceries solidaires, légumeries, "
        "approvisionnement local de la restauration collective ;",
        "thématique C – réemploi et économie circulaire : recycleries, ateliers de réparation, réemploi des "
        "matériaux du bâtiment ;",
        "thématique D – mobilité solidaire : garages solidaires, transport solidaire, location de véhicules à "
        "faible coût.",
    ])
    pdf.article(3, "Structures éligibles", [
        "Peuvent répondre les structures de l'ESS qui ont leur siège ou un établissement dans la Vésère :",
    ], [
        "les associations régies par la loi du 1er~juillet~1901, déclarées depuis au moins un an à la date de "
        "dépôt du dossier ;",
        "les coopératives : SCOP, SCIC, coopératives d'activité et d'emploi et coopératives d'habitants ;",
        "les sociétés commerciales titulaires de l'agrément « entreprise solidaire d'utilité sociale » (ESUS).",
    ], [
        "Un projet peut être porté par plusieurs structures réunies en consortium ; l'une d'elles est alors "
        "désignée chef de file et signe seule la convention avec le Département.",
        "Ne sont pas éligibles : les collectivités territoriales et leurs établissements publics, les personnes "
        "physiques, les associations cultuelles ou politiques et les structures faisant l'objet d'une "
        "procédure de redressement ou de liquidation judiciaire.",
    ])
    pdf.article(4, "Projets éligibles", [
        "Les projets doivent être mis en œuvre dans la Vésère, démarrer entre le 1er~juillet~2026 et le "
        "31~mars~2027, durer 24 mois au plus et présenter un budget total d'au moins 15~000~€.",
        "Ne sont pas éligibles le fonctionnement courant d'une activité existante sans développement nouveau, "
        "les opérations immobilières (acquisition ou construction de bâtiments) et les projets déjà achevés à "
        "la date du dépôt.",
    ])
    pdf.article(5, "Nature et montant de l'aide", [
        "L'aide prend la forme d'une subvention, qui couvre au plus 50~% des dépenses éligibles. Ce taux est "
        "porté à 65~% pour les projets implantés dans l'une des 148 communes de la Vésère classées en zone "
        "France Ruralités Revitalisation (FRR).",
        "Le montant de l'aide est compris entre 5~000~€ et 40~000~€ par projet. L'enveloppe de l'édition 2026 "
        "s'élève à 450~000~€, contre 400~000~€ en 2025. Elle n'est pas répartie par thématique ; le comité de "
        "sélection veille toutefois à ce qu'au moins la moitié de l'enveloppe bénéficie à des projets situés "
        "hors de Montcalvet Agglomération.",
        "L'aide est cumulable avec d'autres financements publics, dans la limite de 80~% du budget du projet. "
        "Une même structure ne peut déposer qu'un seul dossier par édition, y compris comme membre d'un "
        "consortium.",
    ])
    pdf.article(6, "Dépenses éligibles", [
        "Sont éligibles les dépenses directement liées au projet, engagées à compter de la date de dépôt du "
        "dossier :",
    ], [
        "les frais de personnel affecté au projet (salaires et charges) ;",
        "les prestations externes : études, accompagnement, formation ;",
        "les équipements et petits investissements matériels, dans la limite de la moitié de l'aide accordée ;",
        "les dépenses de communication et d'animation ;",
        "les frais de déplacement.",
    ], [
        "Les contributions en nature (bénévolat, mises à disposition de locaux ou de personnel) peuvent figurer "
        "dans le budget du projet, mais ne sont pas subventionnables.",
    ])
    pdf.article(7, "Critères de sélection", [
        "Les dossiers recevables sont notés sur 100 points selon les critères suivants :",
    ], need=70)
    pdf.set_font("Cond", "", 8.8)
    with pdf.table(
        col_widths=(60, 25, 81),
        text_align=("LEFT", "CENTER", "LEFT"),
        borders_layout="ALL",
        line_height=4.3,
        width=166,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=VIOLET),
        cell_fill_color=(245, 242, 250),
        cell_fill_mode="ROWS",
        padding=(0.9, 1.4),
    ) as table:
        table_rows(table, [("Critère", "Pondération", "Éléments appréciés")])
        table_rows(table, [(c, f"{w} points", e) for c, w, e in CRITERES])
        table_rows(table, [("Total", f"{sum(w for _, w, _ in CRITERES)} points", "")],
                   style=FontFace(emphasis="BOLD", fill_color=(255, 255, 255)))
    pdf.ln(2)
    pdf.para(
        "Seuls les projets ayant obtenu au moins 55 points, dont au moins 12 au critère 1, peuvent être "
        "retenus. Les projets des thématiques A et D implantés en zone FRR bénéficient d'un bonus de 5 points.",
        after=1.6, align="L",
    )
    pdf.article(8, "Calendrier", [
        "L'appel à projets se déroule selon le calendrier suivant :",
    ], need=50)
    pdf.set_font("Cond", "", 8.8)
    with pdf.table(
        col_widths=(84, 82),
        text_align=("LEFT", "LEFT"),
        borders_layout="HORIZONTAL_LINES",
        line_height=4.4,
        width=166,
        headings_style=FontFace(emphasis="BOLD", color=VIOLET),
        padding=(0.8, 1.4),
    ) as table:
        table_rows(table, [("Étape", "Date"), *CALENDRIER])
    pdf.ln(2)
    pdf.para(
        "Les dossiers incomplets à la date limite ne sont pas instruits. Les lauréats sont informés par courrier "
        "après le vote de la commission permanente.",
        after=1.6, align="L",
    )
    pdf.article(9, "Dépôt des candidatures", [
        "Le dossier est déposé exclusivement sur la plateforme mesdemarches.vesere.fr. Il comprend :",
    ], [
        "le formulaire de candidature en ligne ;",
        "les statuts à jour et la composition de l'organe de direction ;",
        "le budget prévisionnel du projet et son plan de financement ;",
        "les derniers comptes approuvés et le dernier rapport d'activité ;",
        "un relevé d'identité bancaire ;",
        "le cas échéant, l'attestation d'agrément ESUS et les lettres de soutien des partenaires.",
    ], [
        "Un rendez-vous préalable avec la Mission ESS est vivement conseillé, mais n'est pas obligatoire.",
    ])
    pdf.article(10, "Instruction et sélection", [
        "La Mission ESS vérifie la recevabilité des dossiers et les instruit, avec l'appui de la CRESS "
        "Auvanne-Sorelle et de l'association Vésère Initiatives Actives (VIA).",
        "Le comité de sélection est présidé par Mme Mathilde Ferrandou, vice-présidente du Département chargée "
        "de l'économie de proximité, de l'ESS et de l'insertion. Il réunit trois autres conseillers "
        "départementaux et un représentant de chacune des structures suivantes : la DDETS de la Vésère, la "
        "CRESS Auvanne-Sorelle, VIA et le Réseau ESS Vésère. Il auditionne les porteurs présélectionnés et "
        "propose la liste des lauréats et le montant des aides à la commission permanente, qui décide.",
    ])
    pdf.article(11, "Versement de l'aide et engagements des lauréats", [
        "L'aide fait l'objet d'une convention lorsqu'elle dépasse 23~000~€, et d'un arrêté attributif en deçà. "
        "Elle est versée en deux fois : une avance de 40~% à la notification, puis le solde à la réception du "
        "bilan final, au plus tard trois mois après la fin du projet.",
        "Le lauréat s'engage à :",
    ], [
        "mentionner le soutien du Département et faire figurer son logo sur ses supports de communication ;",
        "transmettre un bilan intermédiaire à mi-parcours ;",
        "participer aux rencontres annuelles des lauréats de « Vésère Solidaire ».",
    ], [
        "En cas de non-réalisation totale ou partielle du projet, le Département peut exiger le reversement de "
        "tout ou partie de l'aide.",
    ])
    pdf.article(12, "Données personnelles et publicité", [
        "Les données recueillies sont traitées par le Département pour la seule instruction des dossiers et "
        "conservées cinq ans. La liste des lauréats et le montant des aides accordées sont publiés sur le site "
        "vesere.fr.",
    ])
    # annex: examples of projects supported in 2025
    pdf.room(60)
    pdf.ln(4)
    pdf.set_font("Cond", "B", 11)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 6, nb("Annexe – Exemples de projets soutenus en 2025"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    pdf.set_font("Cond", "", 8.8)
    with pdf.table(
        col_widths=(76, 34, 26, 30),
        text_align=("LEFT", "LEFT", "CENTER", "RIGHT"),
        borders_layout="SINGLE_TOP_LINE",
        line_height=4.4,
        width=166,
        headings_style=FontFace(emphasis="BOLD", color=VIOLET),
        padding=(0.8, 1.4),
    ) as table:
        table_rows(table, [("Projet (porteur)", "Commune", "Thématique", "Aide accordée"), *LAUREATS_2025])
    pdf.ln(1.5)
    pdf.para(
        f"Les six projets présentés ici ont reçu ensemble {fr_int(sum(parse_int(r[3]) for r in LAUREATS_2025))}~€, "
        "sur les 386~500~€ attribués aux quatorze lauréats de 2025.",
        size=8.4, style="I", align="L",
    )
    # contact box
    pdf.room(40)
    pdf.ln(4)
    y0 = pdf.y
    pdf.set_draw_color(*VIOLET)
    pdf.set_line_width(0.6)
    pdf.set_fill_color(239, 234, 246)
    pdf.rect(22, y0, 166, 31, style="DF", round_corners=True, corner_radius=2.5)
    pdf.set_line_width(0.2)
    pdf.set_xy(28, y0 + 3)
    pdf.set_font("Cond", "B", 10.5)
    pdf.set_text_color(*VIOLET)
    pdf.cell(0, 5.5, "Contact", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_left_margin(28)
    pdf.set_font("Cond", "", 9)
    pdf.multi_cell(154, 4.5, nb(
        "Mission économie sociale et solidaire – Direction du développement territorial\n"
        "Hôtel du Département, 2, allée des Marronniers, 47000 Montcalvet\n"
        "Yannick Bourdarias, chargé de mission ESS – 05~65~31~48~72 – vesere-solidaire@vesere.fr\n"
        "Inscription aux webinaires et dépôt des dossiers : mesdemarches.vesere.fr"),
        align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_left_margin(22)
    save_pdf(
        pdf,
        AAP,
        title="Règlement de l'appel à projets Vésère Solidaire 2026",
        subject="Appel à projets du Département de la Vésère en faveur des initiatives de l'économie sociale et solidaire",
        author="Département de la Vésère – Mission ESS",
        keywords="appel à projets, ESS, Vésère Solidaire, subvention, règlement",
        creator="Microsoft Word pour Microsoft 365",
        created=datetime(2026, 1, 29, 16, 20, 5, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: extract of a municipal council deliberation (PDF, 2 pages)
# ---------------------------------------------------------------------------

DELIB_NO = "2026-03-021"
DELIB_FOOTER = f"Ville de Montcalvet – Délibération n° {DELIB_NO} du 9 mars 2026"

PRESENTS = [
    "M. Gérard Pélissou, Maire", "Mme Leïla Benkirane", "M. Fabrice Courtiade", "Mme Hélène Roubichou",
    "M. Jacques Vernhes", "Mme Sandrine Albouy", "M. Rémi Cassagnes", "Mme Nadège Teulier",
    "M. Olivier Lacombe", "Mme Florence Issaly", "M. Bastien Fabre", "Mme Odile Marty-Cazes",
    "M. Thomas Vialaret", "Mme Christine Bouyssou", "M. Alain Rigal", "Mme Martine Delbès",
    "M. Karim Haddadi", "Mme Aurélie Cayla", "M. Julien Solignac", "Mme Patricia Garrigou",
    "M. Denis Calmels", "Mme Émilie Puech", "M. Yves Bouldoires", "Mme Samira Ouali",
    "M. Pierre Lagarrigue", "Mme Laure Vidalenc", "M. Mathieu Ségala",
]
POUVOIRS = [
    ("Mme Josiane Carrière", "M. Gérard Pélissou"),
    ("M. Lionel Bessière", "Mme Leïla Benkirane"),
    ("Mme Inès Maury", "M. Rémi Cassagnes"),
    ("M. Guillaume Pradalié", "Mme Florence Issaly"),
    ("Mme Véronique Alric", "M. Pierre Lagarrigue"),
]
ABSENTS = ["M. Stéphane Boyer", "Mme Chloé Andrieu", "M. Hugo Rouquié"]
EN_EXERCICE = len(PRESENTS) + len(POUVOIRS) + len(ABSENTS)

# (bénéficiaire, projet, rappel 2025, montant 2026)
SUBVENTIONS = [
    ("Le Panier Partagé (épicerie solidaire)", "Point de vente mobile dans le quartier des Buis", "8~000~€", "12~000~€"),
    ("Tremplin Vésère (atelier et chantier d'insertion)", "Atelier vélo et réparation au quartier Saint-Roch", "10~000~€", "14~500~€"),
    ("L'Escale (SCIC)", "Résidences d'artistes dans quatre écoles", "–", "9~000~€"),
    ("Repair café montcalvétais (association)", "Ateliers mensuels de réparation", "2~500~€", "3~000~€"),
    ("Coopérative jeunesse de services de Montcalvet", "Coopérative d'été pour 15 jeunes de 16 à 18 ans", "4~000~€", "4~500~€"),
    ("Crèches Enfance et Familles (association)", "Accueil en horaires atypiques", "15~000~€", "18~000~€"),
    ("Les Jardins du Causse (association)", "Jardin partagé du quartier des Buis", "–", "6~500~€"),
    ("La Vésérine (monnaie locale, association)", "Campagne d'adhésion des commerçants", "3~000~€", "3~500~€"),
    ("Le Quai des Possibles (SCIC en constitution)", "Étude de préfiguration d'un tiers-lieu", "–", "12~000~€"),
]
FMIS_ENVELOPPE = 96000


class DelibPDF(BasePDF):
    def header(self):
        self.reset_break()
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Serif", "I", 7.6)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, nb(f"Conseil municipal du 9 mars 2026 – Délibération n° {DELIB_NO} (suite)"), align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.y, self.w - self.r_margin, self.y)
        self.ln(1)
        self.set_font("Serif", "", 7.2)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, nb(DELIB_FOOTER), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def build_delib() -> None:
    pdf = DelibPDF()
    pdf.set_margins(20, 16, 20)
    pdf.base_margin = 18
    pdf.reset_break()
    pdf.alias_nb_pages()
    pdf.body_font = ("Serif", 8.6)
    pdf.line_factor = 0.48
    pdf.add_page()
    # top blocks
    pdf.set_xy(20, 14)
    pdf.set_font("Serif", "B", 8.4)
    pdf.multi_cell(70, 4.2, nb("RÉPUBLIQUE FRANÇAISE\nDépartement de la Vésère\nArrondissement de Montcalvet"),
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.set_x(20)
    pdf.set_font("Serif", "B", 12)
    pdf.set_text_color(*MARINE)
    pdf.cell(70, 6, nb("VILLE DE MONTCALVET"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(104, 14)
    pdf.set_font("Serif", "B", 10.5)
    pdf.multi_cell(86, 5.2, nb("EXTRAIT DU REGISTRE\nDES DÉLIBÉRATIONS\nDU CONSEIL MUNICIPAL"), align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(104, pdf.y + 1)
    pdf.set_font("Serif", "I", 9)
    pdf.cell(86, 5, nb("Séance du lundi 9 mars 2026"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # council numbers box (left) and convocation (right)
    y = 44
    pdf.set_draw_color(*MARINE)
    pdf.set_line_width(0.3)
    pdf.rect(20, y, 58, 27)
    pdf.set_xy(22, y + 1.5)
    pdf.set_font("Serif", "B", 7.8)
    pdf.cell(54, 4, nb("Nombre de conseillers municipaux"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    presents = len(PRESENTS)
    representes = len(POUVOIRS)
    for k, v in (("en exercice", EN_EXERCICE), ("présents", presents), ("représentés", representes),
                 ("votants", presents + representes)):
        pdf.set_x(22)
        pdf.set_font("Serif", "", 7.8)
        pdf.cell(38, 4.6, nb(f"– {k} :"))
        pdf.set_font("Serif", "B", 7.8)
        pdf.cell(14, 4.6, str(v), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(84, y)
    pdf.set_font("Serif", "", 8.6)
    pdf.multi_cell(106, 4.3, nb(
        "L'an deux mille vingt-six, le neuf mars, à dix-huit heures trente, le Conseil municipal de la ville de "
        "Montcalvet, légalement convoqué le 3~mars~2026, s'est réuni en séance publique à l'hôtel de ville, "
        "salle du Conseil, sous la présidence de M.~Gérard Pélissou, Maire."), align="J",
        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(84, pdf.y + 1)
    pdf.multi_cell(106, 4.3, nb("Date d'affichage de la convocation : 3~mars~2026"), align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y + 31)
    pdf.set_font("Serif", "", 7.8)
    pdf.multi_cell(0, 3.9, nb("Présents : " + ", ".join(PRESENTS) + "."), align="J", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(0.8)
    pdf.multi_cell(0, 3.9, nb("Absents représentés : " + ", ".join(f"{a} (pouvoir à {b})" for a, b in POUVOIRS) + "."),
                   align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(0.8)
    pdf.multi_cell(0, 3.9, nb("Absents : " + ", ".join(ABSENTS) + "."), align="J", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(0.8)
    pdf.multi_cell(0, 3.9, nb("Secrétaire de séance : M. Thomas Vialaret."), align="J", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.ln(2.5)
    # deliberation number and object
    pdf.set_fill_color(230, 234, 244)
    pdf.set_font("Serif", "B", 9.6)
    pdf.multi_cell(0, 5.2, nb(f"Délibération n° {DELIB_NO}\nObjet : Économie sociale et solidaire – Fonds municipal "
                              "d'initiatives solidaires (FMIS) – Attribution des subventions 2026"),
                   fill=True, padding=2, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 8.6)
    pdf.multi_cell(0, 4.3, nb("Rapporteure : Mme Leïla Benkirane, adjointe au maire déléguée à l'économie sociale "
                              "et solidaire et à la vie associative"), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    pdf.para(
        "Créé par délibération du 12~décembre~2022, le Fonds municipal d'initiatives solidaires (FMIS) soutient "
        "les projets d'utilité sociale portés par des structures de l'économie sociale et solidaire au bénéfice "
        "des habitants de Montcalvet, en priorité dans les quartiers des Buis et de Saint-Roch, classés "
        "quartiers prioritaires de la politique de la ville. Depuis 2023, il a accompagné 23 projets ; en "
        "2025, 8 projets ont été soutenus pour un montant total de 74~500~€.",
        after=1.4,
    )
    pdf.para(
        "Pour 2026, le budget primitif prévoit une enveloppe de 96~000~€, contre 80~000~€ en 2025. L'appel à "
        "candidatures, clos le 16~janvier~2026, a permis de recevoir 17 dossiers. Après instruction par la "
        "direction de la vie associative et de l'économie solidaire, la commission « Développement économique "
        "et solidarités » propose de retenir 9 projets.",
        after=2.2,
    )
    pdf.para("Le Conseil municipal,", style="B", after=1.2)
    vus = [
        "Vu le code général des collectivités territoriales, notamment ses articles L.~2121-29 et L.~2311-7 ;",
        "Vu la loi n°~2000-321 du 12~avril~2000 relative aux droits des citoyens dans leurs relations avec les "
        "administrations, notamment son article 10 ;",
        "Vu la loi n°~2014-856 du 31~juillet~2014 relative à l'économie sociale et solidaire ;",
        "Vu la délibération n°~2022-12-148 du 12~décembre~2022 portant création du Fonds municipal "
        "d'initiatives solidaires et approuvant son règlement ;",
        "Vu la délibération n°~2025-12-119 du 15~décembre~2025 portant adoption du budget primitif 2026 ;",
        "Vu l'avis favorable de la commission « Développement économique et solidarités » du 23~février~2026 ;",
    ]
    for v in vus:
        pdf.para(v, after=0.8)
    pdf.ln(0.8)
    considerants = [
        "Considérant que l'économie sociale et solidaire représente 15,8~% de l'emploi privé de Montcalvet "
        "Agglomération, selon le diagnostic publié en février 2026 par l'Observatoire régional de l'ESS ;",
        "Considérant que les projets proposés répondent aux critères du règlement du FMIS : utilité sociale, "
        "ancrage dans un quartier de la ville, création ou maintien d'emplois et implication des habitants ;",
        "Considérant que Mme Odile Marty-Cazes, présidente de l'association Le Panier Partagé, ne prend part ni "
        "au débat ni au vote ;",
    ]
    for c in considerants:
        pdf.para(c, after=0.8)
    pdf.ln(1.2)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 6, "Après en avoir délibéré, DÉCIDE :", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    total_2026 = sum(parse_int(r[3]) for r in SUBVENTIONS)

    def art(n: int, text: str) -> None:
        pdf.set_font("Serif", "BU", 8.6)
        pdf.cell(pdf.get_string_width(f"Article {n}") + 0.5, 4.3, f"Article {n}")
        pdf.set_font("Serif", "", 8.6)
        pdf.cell(4, 4.3, nb(" :"))
        pdf.multi_cell(0, 4.3, hyphenate(nb(" " + text)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)

    art(1, f"D'attribuer au titre du Fonds municipal d'initiatives solidaires 2026 les subventions suivantes, pour "
           f"un montant total de {fr_int(total_2026)}~€ :")
    pdf.set_font("Serif", "", 8.0)
    with pdf.table(
        col_widths=(60, 62, 22, 26),
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT"),
        borders_layout="ALL",
        line_height=3.9,
        width=170,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 234, 244)),
        padding=(0.7, 1.2),
    ) as table:
        table_rows(table, [("Bénéficiaire", "Projet soutenu", "Rappel 2025", "Subvention 2026"), *SUBVENTIONS])
        total_2025 = sum(parse_int(r[2]) for r in SUBVENTIONS if r[2] != "–")
        table_rows(table, [("Total", "", f"{fr_int(total_2025)}~€", f"{fr_int(total_2026)}~€")],
                   style=FontFace(emphasis="BOLD"))
    pdf.ln(2.5)
    art(2, "De verser les subventions en une seule fois lorsqu'elles sont inférieures ou égales à 5~000~€ et, "
           "au-delà, en deux fois : 70~% à la notification et le solde de 30~% sur présentation d'un bilan de "
           "l'action, au plus tard le 31~janvier~2027.")
    art(3, "D'autoriser M. le Maire à signer avec chaque bénéficiaire d'une subvention supérieure à 5~000~€ une "
           "convention d'attribution conforme au modèle annexé au règlement du FMIS.")
    art(4, "De dire que les crédits nécessaires sont inscrits au budget primitif 2026, chapitre 65, article 6574.")
    art(5, f"De préciser que le solde de l'enveloppe, soit {fr_int(FMIS_ENVELOPPE - total_2026)}~€, sera attribué "
           "lors d'une seconde session, après un appel à candidatures ouvert en juin 2026.")
    art(6, "De charger M. le Maire de l'exécution de la présente délibération.")
    pdf.ln(1)
    # votes box
    pdf.room(24)
    pdf.set_draw_color(*MARINE)
    y0 = pdf.y
    pdf.rect(20, y0, 170, 16)
    pdf.set_xy(23, y0 + 1.8)
    pdf.set_font("Serif", "B", 8.8)
    pdf.cell(0, 4.4, nb("Vote : adoptée à la majorité"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(23)
    pdf.set_font("Serif", "", 8.6)
    pdf.multi_cell(164, 4.4, nb(
        "Pour : 28 – Contre : 0 – Abstentions : 3 (Mme Patricia Garrigou, M. Denis Calmels, Mme Samira Ouali, "
        "groupe « Montcalvet Autrement ») – Ne prend pas part au vote : 1 (Mme Odile Marty-Cazes)"),
        align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(y0 + 20)
    pdf.para("Fait et délibéré en séance les jour, mois et an susdits. Pour extrait certifié conforme.", style="I",
             after=3)
    # signatures
    pdf.room(40)
    y = pdf.y
    pdf.set_xy(20, y)
    pdf.set_font("Serif", "", 8.6)
    pdf.multi_cell(80, 4.4, nb("Le secrétaire de séance,\n\n\nThomas Vialaret"), align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 4.4, nb("Le Maire,\n\n\nGérard Pélissou"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # round stamp
    pdf.set_draw_color(*MARINE)
    pdf.set_line_width(0.5)
    pdf.ellipse(122, y + 4.5, 14, 14)
    pdf.set_line_width(0.2)
    pdf.set_y(y + 24)
    # ACTES stamp and legal notice
    pdf.set_fill_color(245, 245, 245)
    pdf.set_font("Cond", "", 7.4)
    pdf.multi_cell(0, 3.7, nb(
        "Accusé de réception en préfecture : 047-214701758-20260309-2026-03-021-DE – reçu le 13/03/2026\n"
        "Acte certifié exécutoire après transmission en préfecture le 13~mars~2026 et publication le "
        "13~mars~2026."), fill=True, padding=2, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Serif", "I", 7.4)
    pdf.multi_cell(0, 3.7, nb(
        "La présente délibération peut faire l'objet d'un recours pour excès de pouvoir devant le tribunal "
        "administratif de Montcalvet dans un délai de deux mois à compter de sa publication. Le tribunal peut "
        "être saisi par l'application « Télérecours citoyens » sur le site www.telerecours.fr."),
        align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    save_pdf(
        pdf,
        DELIB,
        title=f"Délibération n° {DELIB_NO} – FMIS – attribution des subventions 2026",
        subject="Extrait du registre des délibérations du conseil municipal de Montcalvet, séance du 9 mars 2026",
        author="Ville de Montcalvet – Direction des affaires juridiques et des assemblées",
        keywords="délibération, conseil municipal, subventions, économie sociale et solidaire, FMIS",
        creator="iXBus Délibérations 6.2",
        created=datetime(2026, 3, 13, 11, 2, 40, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 4: web page of the communauté de communes on its recyclerie (HTML)
# ---------------------------------------------------------------------------

BOUCLE_TEXT = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>La Boucle des Monts s'installe à Meyrolles – Communauté de communes des Monts de Sauvelade</title>
<meta name="description" content="À partir du 1er avril 2026, la recyclerie intercommunale La Boucle des Monts ouvre dans un bâtiment de 1 450 m² à Meyrolles : horaires, dépôts, chiffres clés et questions fréquentes.">
<meta name="robots" content="index, follow">
<meta name="generator" content="WordPress 6.7.2">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Communauté de communes des Monts de Sauvelade">
<meta property="og:locale" content="fr_FR">
<meta property="og:title" content="La Boucle des Monts s'installe à Meyrolles">
<meta property="og:description" content="Une recyclerie agrandie dès le 1er avril 2026, zone du Pradel.">
<meta property="og:image" content="https://www.montsdesauvelade.fr/wp-content/uploads/2026/03/boucle-pradel-facade.jpg">
<meta property="og:url" content="https://www.montsdesauvelade.fr/actualites/la-boucle-des-monts-sinstalle-a-meyrolles/">
<meta property="article:published_time" content="2026-03-10T08:30:00+01:00">
<meta property="article:modified_time" content="2026-03-16T17:05:00+01:00">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.montsdesauvelade.fr/actualites/la-boucle-des-monts-sinstalle-a-meyrolles/">
<link rel="icon" href="/wp-content/themes/sauvelade/favicon.png">
<link rel="stylesheet" id="sauvelade-style-css" href="/wp-content/themes/sauvelade/style.css?ver=2.4.1" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"La Boucle des Monts s'installe à Meyrolles","datePublished":"2026-03-10T08:30:00+01:00","author":{"@type":"Organization","name":"Communauté de communes des Monts de Sauvelade"}}</script>
<script src="/wp-content/plugins/tarteaucitron/tarteaucitron.js?ver=1.19"></script>
<script>
  tarteaucitron.init({"privacyUrl": "/politique-de-confidentialite/", "orientation": "bottom", "showAlertSmall": false, "cookieslist": true});
  (tarteaucitron.job = tarteaucitron.job || []).push('matomo');
</script>
</head>
<body class="post-template-default single single-post postid-4182 theme-sauvelade">
<div id="tarteaucitronAlertBig" class="cookies-bandeau" role="dialog" aria-label="Gestion des cookies">
  <span class="cookies-bandeau__texte">Ce site utilise des cookies de mesure d'audience et permet l'affichage de contenus tiers (vidéos, cartes). Vous pouvez les accepter, les refuser ou choisir service par service.</span>
  <button type="button" id="tarteaucitronPersonalize2">Tout accepter</button>
  <button type="button" id="tarteaucitronAllDenied2">Tout refuser</button>
  <button type="button" id="tarteaucitronCloseAlert">Personnaliser</button>
</div>
<ul class="liens-evitement">
  <li><a href="#contenu">Aller au contenu</a></li>
  <li><a href="#menu">Aller au menu</a></li>
  <li><a href="#recherche">Aller à la recherche</a></li>
</ul>
<div class="bandeau-haut">
  <ul class="acces-rapides" aria-label="Accès rapides">
    <li><a href="/dechets/decheteries/">Horaires des déchèteries</a></li>
    <li><a href="/vivre/petite-enfance/">Petite enfance</a></li>
    <li><a href="/marches-publics/">Marchés publics</a></li>
    <li><a href="/contact/">Nous contacter</a></li>
  </ul>
</div>
<header class="entete" role="banner">
  <a class="entete__logo" href="/"><img src="/wp-content/themes/sauvelade/img/logo-monts-de-sauvelade.svg" alt="Communauté de communes des Monts de Sauvelade – accueil" width="210" height="64"></a>
  <nav id="menu" class="menu" aria-label="Navigation principale">
    <ul>
      <li><a href="/la-communaute/">La Communauté</a></li>
      <li><a href="/vivre/">Vivre ici</a></li>
      <li class="menu__item--courant"><a href="/environnement/" aria-current="true">Environnement &amp; déchets</a>
        <ul class="menu__sous-menu">
          <li><a href="/dechets/collecte/">Collecte des déchets</a></li>
          <li><a href="/dechets/decheteries/">Déchèteries</a></li>
          <li><a href="/dechets/reemploi/">Réemploi et recyclerie</a></li>
          <li><a href="/environnement/eau-assainissement/">Eau et assainissement</a></li>
        </ul>
      </li>
      <li><a href="/economie/">Économie &amp; emploi</a></li>
      <li><a href="/tourisme/">Tourisme</a></li>
      <li><a href="/actualites/">Actualités</a></li>
    </ul>
  </nav>
  <form id="recherche" class="recherche" role="search" method="get" action="/"><label for="s">Rechercher</label> <input type="search" id="s" name="s" placeholder="Mots-clés…"> <button type="submit">Rechercher</button></form>
</header>
<nav class="fil-ariane" aria-label="Vous êtes ici">
  <ul>
    <li><a href="/">Accueil</a> ›</li>
    <li><a href="/environnement/">Environnement &amp; déchets</a> ›</li>
    <li><a href="/dechets/reemploi/">Réemploi et recyclerie</a> ›</li>
    <li><span aria-current="page">La Boucle des Monts s'installe à Meyrolles</span></li>
  </ul>
</nav>
<div class="conteneur">
<main id="contenu" class="contenu-principal">
<article class="actualite">
  <header class="actualite__entete">
    <p class="actualite__rubrique">Réemploi</p>
    <h1>La Boucle des Monts s'installe à Meyrolles : une recyclerie agrandie dès le 1er avril</h1>
    <p class="actualite__date">Publié le <time datetime="2026-03-10">10/03/2026</time> – mis à jour le <time datetime="2026-03-16">16/03/2026</time></p>
    <div class="partage">
      <span>Partager :</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.montsdesauvelade.fr/actualites/la-boucle-des-monts-sinstalle-a-meyrolles/" target="_blank" rel="noopener" title="Partager sur Facebook (nouvelle fenêtre)">Facebook</a>
      <a href="https://bsky.app/intent/compose?text=La%20Boucle%20des%20Monts%20s%27installe%20%C3%A0%20Meyrolles" target="_blank" rel="noopener" title="Partager sur Bluesky (nouvelle fenêtre)">Bluesky</a>
      <a href="https://www.linkedin.com/sharing/share-offsite/?url=https://www.montsdesauvelade.fr/actualites/la-boucle-des-monts-sinstalle-a-meyrolles/" target="_blank" rel="noopener" title="Partager sur LinkedIn (nouvelle fenêtre)">LinkedIn</a>
      <a href="mailto:?subject=La%20Boucle%20des%20Monts%20s%27installe%20%C3%A0%20Meyrolles">Courriel</a>
    </div>
  </header>
  <p class="chapeau"><strong>Après cinq ans à Saint-Jorand-sur-Oude, la recyclerie intercommunale La Boucle des Monts ouvre le 1er avril 2026 dans un bâtiment de 1&nbsp;450&nbsp;m² de la zone d'activités du Pradel, à Meyrolles.</strong> Plus de place pour déposer, réparer et revendre, au service des 14&nbsp;200 habitants des 22 communes des Monts de Sauvelade.</p>
  <figure class="wp-block-image">
    <img src="/wp-content/uploads/2026/03/boucle-pradel-facade-1024x576.jpg" alt="Façade en bardage bois du nouveau bâtiment de la recyclerie, avec son quai de dépôt couvert" width="1024" height="576" loading="lazy">
    <figcaption>L'ancienne usine de meubles du Pradel, rénovée pour accueillir la recyclerie. <small class="credit">Photo&nbsp;: Jérémie Lafon / CC Monts de Sauvelade</small></figcaption>
  </figure>

  <h2>Pourquoi déménager&nbsp;?</h2>
  <p>Ouverte en mai 2021 dans l'ancienne gare de Saint-Jorand-sur-Oude, sur 380&nbsp;m², la recyclerie a vu ses apports plus que doubler en cinq ans.
  En 2025, 338 tonnes d'objets ont été collectées, mais faute de place, une partie des dons devait être refusée le samedi et les meubles étaient stockés sous des barnums.</p>

  <h2>Cinq ans de réemploi en chiffres</h2>
  <table class="tableau-donnees">
    <caption>Activité de La Boucle des Monts depuis son ouverture</caption>
    <thead>
      <tr><th scope="col">Année</th><th scope="col">Tonnes collectées</th><th scope="col">Tonnes réemployées</th><th scope="col">Taux de réemploi</th><th scope="col">Ventes de la boutique</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">2021 (mai à décembre)</th><td>142</td><td>61</td><td>43&nbsp;%</td><td>88&nbsp;400&nbsp;€</td></tr>
      <tr><th scope="row">2022</th><td>214</td><td>98</td><td>46&nbsp;%</td><td>141&nbsp;200&nbsp;€</td></tr>
      <tr><th scope="row">2023</th><td>267</td><td>129</td><td>48&nbsp;%</td><td>176&nbsp;900&nbsp;€</td></tr>
      <tr><th scope="row">2024</th><td>301</td><td>147</td><td>49&nbsp;%</td><td>203&nbsp;600&nbsp;€</td></tr>
      <tr><th scope="row">2025</th><td>338</td><td>172</td><td>51&nbsp;%</td><td>241&nbsp;300&nbsp;€</td></tr>
    </tbody>
  </table>
  <p class="note">Taux de réemploi&nbsp;: part des tonnes collectées qui sont revendues ou données, en l'état ou après réparation. Le reste est orienté vers les filières de recyclage.</p>

  <h2>Ce qui change au 1er avril</h2>
  <ul>
    <li>une boutique de 600&nbsp;m², contre 150&nbsp;m² à Saint-Jorand-sur-Oude&nbsp;;</li>
    <li>un quai de dépôt couvert, accessible en voiture et avec une remorque&nbsp;;</li>
    <li>un atelier de réparation de vélos et de petit électroménager&nbsp;;</li>
    <li>un espace de vente de matériaux de bricolage et de construction de réemploi&nbsp;;</li>
    <li>un café associatif, ouvert les jours de vente.</li>
  </ul>
  <p>L'ancien site de Saint-Jorand-sur-Oude reste ouvert comme point de dépôt le samedi matin, de 9&nbsp;h à 12&nbsp;h.</p>

  <h2>Un projet de 1,38 million d'euros</h2>
  <p>L'achat et la rénovation du bâtiment, l'aménagement de la boutique et des ateliers ont été financés par&nbsp;:</p>
  <ul class="financeurs">
    <li>la Communauté de communes des Monts de Sauvelade&nbsp;: 520&nbsp;000&nbsp;€&nbsp;;</li>
    <li>l'État, au titre de la dotation d'équipement des territoires ruraux (DETR)&nbsp;: 310&nbsp;000&nbsp;€&nbsp;;</li>
    <li>la Région Auvanne-Sorelle&nbsp;: 190&nbsp;000&nbsp;€&nbsp;;</li>
    <li>l'ADEME, au titre du fonds économie circulaire&nbsp;: 160&nbsp;000&nbsp;€&nbsp;;</li>
    <li>le Département de la Vésère&nbsp;: 120&nbsp;000&nbsp;€&nbsp;;</li>
    <li>un emprunt de l'association La Boucle&nbsp;: 80&nbsp;000&nbsp;€.</li>
  </ul>
  <p>La Communauté de communes reste propriétaire du bâtiment, qu'elle loue à l'association pour 1&nbsp;900&nbsp;€ par mois.</p>
  <blockquote class="citation">
    <p>«&nbsp;Chaque objet réemployé, c'est un déchet en moins à transporter et à traiter, et un emploi de plus dans nos villages.&nbsp;»</p>
    <cite>Sophie Lacassagne, vice-présidente chargée de l'environnement et de la prévention des déchets</cite>
  </blockquote>

  <h2>Une structure d'insertion au cœur du projet</h2>
  <p>L'association La Boucle est conventionnée atelier et chantier d'insertion depuis 2019.
  Elle emploie 52 salariés, dont 40 en parcours d'insertion encadrés par 5 encadrants techniques, et prévoit 12 postes en insertion supplémentaires d'ici 2027.
  En 2025, 61&nbsp;% des salariés sortis de leur parcours ont trouvé un emploi ou une formation.</p>
  <p>«&nbsp;Le nouveau site nous permet d'ouvrir de nouveaux métiers, comme la réparation d'électroménager ou la vente de matériaux&nbsp;», souligne Pierre-Yves Cabanel, directeur de La Boucle.</p>

  <h2>Infos pratiques</h2>
  <dl class="infos-pratiques">
    <dt>Adresse</dt>
    <dd>Zone d'activités du Pradel, 3 rue des Artisans, 47320 Meyrolles</dd>
    <dt>Boutique</dt>
    <dd>Mercredi et samedi de 9&nbsp;h&nbsp;30 à 18&nbsp;h&nbsp;; vendredi de 14&nbsp;h à 18&nbsp;h</dd>
    <dt>Dépôts</dt>
    <dd>Du mercredi au samedi, de 9&nbsp;h à 17&nbsp;h</dd>
    <dt>Accès</dt>
    <dd>Ligne de car régionale 412, arrêt Meyrolles-Pradel</dd>
  </dl>

  <h2>Questions fréquentes</h2>
  <div class="faq">
    <details>
      <summary>Que peut-on déposer à La Boucle&nbsp;?</summary>
      <p>Tout ce qui peut encore servir&nbsp;:</p>
      <ul>
        <li>meubles et décoration&nbsp;;</li>
        <li>vaisselle, livres, jouets et textiles&nbsp;;</li>
        <li>vélos et petit électroménager, même en panne&nbsp;;</li>
        <li>outils et matériaux de bricolage.</li>
      </ul>
      <p>Ne sont pas acceptés&nbsp;: le gros électroménager hors d'usage, les produits chimiques, les pneus et les matelas.</p>
    </details>
    <details>
      <summary>Le dépôt est-il payant&nbsp;?</summary>
      <p>Non, pour les particuliers. Les professionnels peuvent déposer sur rendez-vous, moyennant 12&nbsp;€ par mètre cube.</p>
    </details>
    <details>
      <summary>La Boucle peut-elle venir chercher mes meubles&nbsp;?</summary>
      <p>Oui, sur rendez-vous, pour les volumes importants (déménagement, succession). La collecte à domicile coûte 25&nbsp;€ sur le territoire de la Communauté de communes&nbsp;; elle est gratuite pour les personnes de plus de 75 ans et pour les bénéficiaires de minima sociaux.</p>
    </details>
    <details>
      <summary>Puis-je encore déposer des objets en déchèterie&nbsp;?</summary>
      <p>Oui&nbsp;: des caissons «&nbsp;réemploi&nbsp;» sont installés dans les déchèteries de Saint-Jorand-sur-Oude, Castanède et Puech-Arnal. La Boucle vide leur contenu deux fois par semaine.</p>
    </details>
    <details>
      <summary>Comment devenir bénévole&nbsp;?</summary>
      <p>La Boucle compte 35 bénévoles réguliers, qui participent au tri, à la réparation et à l'animation du café. Il suffit de contacter l'association par téléphone ou par courriel.</p>
    </details>
  </div>

  <h2>Inauguration le 4 avril</h2>
  <p>L'inauguration aura lieu le samedi 4 avril 2026 à 10&nbsp;h&nbsp;30, en présence de Didier Roumégoux, président de la Communauté de communes.
  Portes ouvertes toute la journée, atelier d'autoréparation de vélos et concert à 17&nbsp;h.</p>

  <h2>Documents à télécharger</h2>
  <ul class="telechargements">
    <li><a href="/wp-content/uploads/2026/03/plan-acces-pradel.pdf">Plan d'accès au site du Pradel</a> <span class="poids">(PDF, 310 Ko)</span></li>
    <li><a href="/wp-content/uploads/2026/03/la-boucle-rapport-activite-2025.pdf">Rapport d'activité 2025 de La Boucle</a> <span class="poids">(PDF, 2,4 Mo)</span></li>
    <li><a href="/wp-content/uploads/2025/06/guide-tri-reemploi.pdf">Guide du tri et du réemploi</a> <span class="poids">(PDF, 1,1 Mo)</span></li>
  </ul>

  <div class="encart-contact">
    <h2>Contacts</h2>
    <p><strong>La Boucle des Monts</strong> – 05&nbsp;65&nbsp;22&nbsp;71&nbsp;36 – <a href="mailto:contact@laboucle-recyclerie.fr">contact@laboucle-recyclerie.fr</a></p>
    <p><strong>Service prévention des déchets</strong> de la Communauté de communes&nbsp;: Mathieu Fraysse, 05&nbsp;65&nbsp;22&nbsp;40&nbsp;18, <a href="mailto:dechets@montsdesauvelade.fr">dechets@montsdesauvelade.fr</a></p>
  </div>
  <p class="etiquettes">Étiquettes&nbsp;: <a href="/tag/reemploi/">réemploi</a>, <a href="/tag/insertion/">insertion</a>, <a href="/tag/meyrolles/">Meyrolles</a></p>
</article>
</main>
<aside class="barre-laterale" aria-label="Informations complémentaires">
  <section class="bloc-agenda">
    <h2>Agenda</h2>
    <ul>
      <li><span class="date">26/03</span> <a href="/agenda/apero-ess/">Apéro ESS des Monts, Saint-Jorand-sur-Oude</a></li>
      <li><span class="date">04/04</span> <a href="/agenda/inauguration-boucle/">Inauguration de La Boucle des Monts</a></li>
      <li><span class="date">18/04</span> <a href="/agenda/broyage-vegetaux/">Journée broyage des végétaux, Castanède</a></li>
    </ul>
  </section>
  <section class="bloc-a-lire">
    <h2>À lire aussi</h2>
    <ul>
      <li><a href="/actualites/vesere-solidaire-2026/">Vésère Solidaire&nbsp;: l'appel à projets du Département est ouvert jusqu'au 30 avril</a></li>
      <li><a href="/actualites/decheteries-badges/">Déchèteries&nbsp;: le badge d'accès devient obligatoire</a></li>
      <li><a href="/actualites/compostage-partage/">Douze nouveaux composteurs partagés dans les bourgs</a></li>
    </ul>
  </section>
  <section class="bloc-lettre">
    <h2>Lettre d'information</h2>
    <form action="/lettre/" method="post"><label for="courriel-lettre">Votre courriel</label> <input id="courriel-lettre" type="email" name="courriel"> <button type="submit">Je m'inscris</button></form>
  </section>
</aside>
</div>
<footer class="pied" role="contentinfo">
  <div class="pied__coordonnees">
    <p><strong>Communauté de communes des Monts de Sauvelade</strong><br>6, avenue du Causse – 47310 Saint-Jorand-sur-Oude<br>Tél.&nbsp;: 05&nbsp;65&nbsp;22&nbsp;40&nbsp;00 – accueil du lundi au vendredi, 8&nbsp;h&nbsp;30-12&nbsp;h et 13&nbsp;h&nbsp;30-17&nbsp;h</p>
  </div>
  <ul class="pied__reseaux">
    <li><a href="https://www.facebook.com/montsdesauvelade">Facebook</a></li>
    <li><a href="https://www.instagram.com/montsdesauvelade">Instagram</a></li>
  </ul>
  <ul class="pied__liens">
    <li><a href="/mentions-legales/">Mentions légales</a></li>
    <li><a href="/politique-de-confidentialite/">Politique de confidentialité</a></li>
    <li><a href="/accessibilite/">Accessibilité&nbsp;: non conforme</a></li>
    <li><a href="/plan-du-site/">Plan du site</a></li>
    <li><a href="#tarteaucitron">Gestion des cookies</a></li>
  </ul>
  <p class="pied__credits">Crédits photos&nbsp;: Jérémie Lafon, CC Monts de Sauvelade, sauf mention contraire. © 2026 Communauté de communes des Monts de Sauvelade.</p>
</footer>
<script src="/wp-content/themes/sauvelade/js/menu.js?ver=2.4.1"></script>
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
</script>
</body>
</html>
"""


def build_boucle() -> None:
    (CORPUS / BOUCLE).write_text(BOUCLE_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 5: minutes of a departmental working group (Markdown)
# ---------------------------------------------------------------------------

GT_TEXT = """---
title: "Groupe de travail « Tiers-lieux et ESS en milieu rural » – compte rendu de la réunion n° 3"
organisation: "Département de la Vésère – Mission ESS"
partner: "CRESS Auvanne-Sorelle"
date: 2026-02-04
location: "La Grange Commune, Castanède"
author: "Yannick Bourdarias"
status: "validé par les participants le 18 février 2026"
participants:
  - "Yannick Bourdarias (Département de la Vésère, Mission ESS)"
  - "Nolwenn Quéré (CRESS Auvanne-Sorelle, Observatoire régional de l'ESS)"
  - "Camille Estrabaut (Réseau ESS Vésère)"
  - "Pierre-Yves Cabanel (La Boucle)"
  - "Élise Vayssettes (La Grange Commune)"
  - "Romain Lacoste (L'Établi)"
  - "Manon Cros (La Ruche de Puech-Arnal)"
tags: [tiers-lieux, ruralité, ESS, Vésère Solidaire]
lang: fr
---

# Groupe de travail « Tiers-lieux et ESS en milieu rural »

## Compte rendu de la réunion n° 3 du 4 février 2026

**Lieu :** La Grange Commune, 2 place de l'Église, Castanède  
**Horaires :** de 14 h à 17 h 15  
**Animation :** Yannick Bourdarias (Mission ESS du Département) et Nolwenn Quéré (CRESS Auvanne-Sorelle)

Seize personnes ont participé à la réunion : les coordinateurs ou responsables de sept tiers-lieux, le Réseau ESS Vésère, La Boucle, Vésère Initiatives Actives (VIA), deux communes (Castanède et Vabrières) et la Communauté de communes des Monts de Sauvelade. Le tiers-lieu Le Quartier Libre (Lescoutal) et la DDETS s'étaient excusés.

Ordre du jour :

1. validation du compte rendu de la réunion n° 2 du 26 novembre 2025 ;
2. état des lieux des tiers-lieux de la Vésère ;
3. le modèle économique des tiers-lieux ruraux ;
4. articulation avec l'appel à projets Vésère Solidaire 2026 ;
5. préparation d'une charte départementale des tiers-lieux.

Le compte rendu de la réunion n° 2 est validé sans modification.

## 1. État des lieux des tiers-lieux de la Vésère

Nolwenn Quéré présente les résultats du recensement mené par la CRESS à l'automne 2025 : 19 tiers-lieux sont en activité dans le département, dont 13 portés par une structure de l'ESS. Le tableau ci-dessous reprend les huit tiers-lieux membres du groupe de travail.

| Tiers-lieu | Commune | Structure porteuse | Ouverture | Surface (m²) | Usagers par mois | Salariés (ETP) |
|---|---|---|---:|---:|---:|---:|
| La Cordée | Montcalvet | SCIC | 2018 | 1 150 | 2 300 | 6,5 |
| La Grange Commune | Castanède | Association | 2019 | 420 | 610 | 2,5 |
| Le Relais de Vabrières | Vabrières | Commune (régie) | 2020 | 260 | 350 | 1,0 |
| L'Établi | Meyrolles | SCIC | 2021 | 780 | 940 | 4,0 |
| Les Communs de Ségalières | Ségalières | Association | 2022 | 340 | 420 | 1,5 |
| Fab'Oude | Larroque-d'Oude | Association | 2023 | 190 | 210 | 0,8 |
| Le Quartier Libre | Lescoutal | SAS agréée ESUS | 2024 | 510 | 380 | 2,0 |
| La Ruche de Puech-Arnal | Puech-Arnal | Association | 2025 | 150 | 90 | 0,5 |
| **Total** | | | | **3 800** | **5 300** | **18,8** |

*Source : recensement CRESS Auvanne-Sorelle, automne 2025 ; données déclarées par les tiers-lieux.*

Principaux enseignements :

- Les tiers-lieux ruraux sont jeunes : cinq des huit ont ouvert depuis 2021.
- Leurs activités sont très diverses :
  - espaces de travail partagé et accueil de télétravailleurs (7 sur 8) ;
  - ateliers de fabrication et de réparation (5 sur 8) ;
  - café ou restauration associative (4 sur 8) ;
  - permanences de services publics, dont France Services (3 sur 8).
- L'emploi reste fragile : hors La Cordée, aucun tiers-lieu ne compte plus de quatre ETP, et la moitié des postes reposent sur des contrats aidés ou des aides au poste.
- Les bénévoles sont indispensables : on en compte en moyenne 22 par tiers-lieu.

## 2. Le modèle économique des tiers-lieux ruraux

### 2.1 Des recettes encore fragiles

La CRESS a analysé les comptes 2024 de six tiers-lieux. La répartition moyenne de leurs recettes est la suivante :

| Source de recettes | Part moyenne |
|---|---:|
| Prestations et location d'espaces | 38 % |
| Subventions de fonctionnement | 31 % |
| Bar et restauration | 14 % |
| Adhésions et cotisations | 9 % |
| Mécénat et dons | 8 % |

Le budget annuel médian s'établit à 96 000 €. Les subventions de fonctionnement proviennent surtout des communes et de l'État (programme « Fabriques de territoire », dont bénéficient La Cordée et L'Établi).

### 2.2 Témoignages

**La Grange Commune (Castanède).** Élise Vayssettes, coordinatrice, explique que l'association a pu créer un deuxième poste grâce au soutien de Vésère Solidaire 2025 (32 000 € sur deux ans). Elle souligne le poids des charges de chauffage d'une ancienne grange : 9 400 € en 2025.

**L'Établi (Meyrolles).** Romain Lacoste, cogérant de la SCIC, indique que la coopérative compte 74 associés, dont la commune de Meyrolles. L'arrivée de la recyclerie La Boucle dans la zone du Pradel, à partir du 1er avril 2026, devrait amener de nouveaux usagers à l'atelier de réparation.

**La Ruche de Puech-Arnal.** Manon Cros, présidente, décrit un tiers-lieu entièrement bénévole, installé dans l'ancienne poste. L'association cherche à financer un premier emploi de coordination à mi-temps.

## 3. Articulation avec l'appel à projets Vésère Solidaire 2026

Yannick Bourdarias rappelle les principales règles de l'appel à projets, ouvert le 2 février :

- les tiers-lieux relèvent de la thématique A (services de proximité et lien social en milieu rural) ;
- l'aide va de 5 000 € à 40 000 € par projet, dans une enveloppe de 450 000 € ;
- le taux d'aide est porté à 65 % dans les communes classées France Ruralités Revitalisation ;
- les dossiers doivent être déposés avant le 30 avril 2026 à midi.

Plusieurs participants regrettent que les opérations immobilières soient exclues, alors que l'aménagement des bâtiments est le premier besoin des tiers-lieux ruraux. Yannick Bourdarias précise que les petits équipements restent éligibles, dans la limite de la moitié de l'aide.

**Décision :** la Mission ESS organisera le 10 mars 2026 un atelier collectif de préparation des candidatures réservé aux tiers-lieux.

## 4. Vers une charte départementale des tiers-lieux

Camille Estrabaut présente une première version de la charte, préparée par le Réseau ESS Vésère. Les tiers-lieux signataires s'engageraient à :

- être ouverts à tous et accessibles au moins trois jours par semaine ;
- associer les usagers à la gouvernance ;
- coopérer avec les acteurs économiques et associatifs de leur commune ;
- partager leurs données d'activité avec l'observatoire de la CRESS une fois par an.

Les participants demandent d'ajouter un engagement sur l'accessibilité aux personnes à mobilité réduite.

**Décision :** la version 2 de la charte sera soumise au groupe lors de la prochaine réunion, en vue d'une signature à l'automne 2026.

## 5. Relevé de décisions et actions

| N° | Action | Responsable | Échéance |
|---|---|---|---|
| 1 | Diffuser le recensement complet des 19 tiers-lieux | CRESS (Nolwenn Quéré) | 28 février 2026 |
| 2 | Atelier collectif de préparation des candidatures à Vésère Solidaire | Mission ESS (Yannick Bourdarias) | 10 mars 2026 |
| 3 | Version 2 de la charte départementale des tiers-lieux | Réseau ESS Vésère (Camille Estrabaut) | 20 mars 2026 |
| 4 | Formation « modèle économique » pour les coordinateurs | Réseau ESS Vésère et VIA | Mai 2026 |
| 5 | Étude d'un fonds d'aide à l'aménagement des tiers-lieux | Département | Avant le budget 2027 |

## 6. Prochaine réunion

La réunion n° 4 aura lieu le jeudi 2 avril 2026 à 14 h à L'Établi (Meyrolles). Elle sera suivie d'une visite de la nouvelle recyclerie La Boucle des Monts, guidée par Pierre-Yves Cabanel.

---

*Compte rendu rédigé par Yannick Bourdarias, chargé de mission ESS au Département de la Vésère. Contact : vesere-solidaire@vesere.fr*
"""


def build_gt() -> None:
    (CORPUS / GT).write_text(GT_TEXT, encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document 6: e-mail newsletter of the departmental ESS network (plain text)
# ---------------------------------------------------------------------------

LETTRE_WIDTH = 70
GLUE = "\ue000"


def wrap(text: str, width: int) -> str:
    """Hard-wrap paragraphs and list items at ``width`` columns. Blocks starting with
    two spaces, ``=``, ``-`` rules or ``@@`` are kept as they are (``@@`` is
    dropped). A number stays with its unit and a title with its name."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", GLUE, text)
    text = re.sub(r"(?<=\d) h (?=\d\d\b)", GLUE + "h" + GLUE, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|m²|tonnes|salariés|projets|ans\b|mois\b|points\b))", GLUE, text)
    text = re.sub(r" (?=[;:?!»])", GLUE, text).replace("« ", "«" + GLUE)
    text = re.sub(r"\b(n°|M\.|Mme) ", lambda m: m.group(1) + GLUE, text)
    months = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    text = re.sub(rf"(?<=\d)(er)? (?=(?:{months})\b)", lambda m: (m.group(1) or "") + GLUE, text)
    out = []
    for block in text.strip("\n").split("\n\n"):
        if block.startswith("@@"):
            out.append(block.removeprefix("@@").replace(GLUE, " "))
            continue
        if block.startswith(("  ", "=", "---")):
            out.append(block.replace(GLUE, " "))
            continue
        items: list[str] = []
        for line in block.split("\n"):
            if re.match(r"^(\* |\d+\. )", line) or not items:
                items.append(line)
            else:
                items[-1] += " " + line.strip()
        lines = []
        for item in items:
            m = re.match(r"^(\* |\d+\. )", item)
            indent = " " * len(m.group(1)) if m else ""
            lines.append(textwrap.fill(item, width=width, subsequent_indent=indent,
                                       break_long_words=False, break_on_hyphens=False))
        out.append("\n".join(lines))
    return ("\n\n".join(out) + "\n").replace(GLUE, " ")


RULE = "-" * LETTRE_WIDTH
DRULE = "=" * LETTRE_WIDTH


def centred(text: str) -> str:
    return " " * ((LETTRE_WIDTH - len(text)) // 2) + text


ADHERENTS = [
    ("Associations", 88, "+9"),
    ("Coopératives (SCOP, SCIC, CAE)", 21, "+4"),
    ("Mutuelles", 3, "0"),
    ("Fondations", 2, "+1"),
    ("Entreprises agréées ESUS", 7, "+2"),
    ("Collectivités partenaires", 3, "0"),
]

AGENDA = [
    ("19/03", "11 h", "Webinaire Vésère Solidaire", "En ligne"),
    ("26/03", "18 h 30", "Apéro ESS des Monts", "Saint-Jorand-sur-Oude"),
    ("04/04", "10 h 30", "Inauguration La Boucle", "Meyrolles"),
    ("07/04", "14 h", "Permanence dossiers AAP", "Montcalvet"),
    ("21/04", "14 h", "Permanence dossiers AAP", "Montcalvet"),
    ("30/04", "12 h", "Clôture Vésère Solidaire", "-"),
    ("21/05", "17 h", "AG du Réseau ESS Vésère", "Castanède"),
]


def aligned_table(head: tuple[str, ...], rows: list[tuple[str, ...]], right: tuple[int, ...] = (),
                  total: tuple[str, ...] | None = None) -> str:
    cols = len(head)
    allrows = [head, *rows] + ([total] if total else [])
    widths = [max(len(r[i]) for r in allrows) for i in range(cols)]

    def fmt(r: tuple[str, ...]) -> str:
        cells = [r[i].rjust(widths[i]) if i in right else r[i].ljust(widths[i]) for i in range(cols)]
        return ("  " + "  ".join(cells)).rstrip()

    rule = "  " + "  ".join("-" * w for w in widths)
    lines = [fmt(head), rule, *(fmt(r) for r in rows)]
    if total:
        lines += [rule, fmt(total)]
    return "\n".join(lines)


def lettre_text() -> str:
    total_adh = sum(n for _, n, _ in ADHERENTS)
    total_evol = sum(int(e) for _, _, e in ADHERENTS)
    adh_table = aligned_table(("Famille", "Adhérents", "Évolution sur un an"),
                              [(f, str(n), e) for f, n, e in ADHERENTS], right=(1, 2),
                              total=("Total", str(total_adh), f"+{total_evol}"))
    agenda_table = aligned_table(("Date", "Heure", "Rendez-vous", "Lieu"), AGENDA)
    fmis_total = fr_int(sum(parse_int(r[3]) for r in SUBVENTIONS)).replace("~", " ")
    return f"""
@@De : Réseau ESS Vésère <lettre@reseau-ess-vesere.org>
Envoyé : mardi 17 mars 2026 09:12
À : abonnes-lettre@reseau-ess-vesere.org
Objet : [Lettre n° 31] Vésère Solidaire, diagnostic, FMIS, La Boucle

Si ce message ne s'affiche pas correctement, lisez-le en ligne :
https://www.reseau-ess-vesere.org/lettre/31

@@{DRULE}
{centred("LA LETTRE DU RÉSEAU ESS VÉSÈRE")}
{centred("n° 31 - mars 2026")}
{DRULE}

@@AU SOMMAIRE
  1. Édito
  2. Vésère Solidaire : plus que six semaines pour candidater
  3. Diagnostic de l'ESS : ce qu'il faut retenir
  4. Montcalvet soutient neuf initiatives solidaires
  5. La Boucle des Monts déménage à Meyrolles
  6. Vie du réseau
  7. Agenda

@@{RULE}
1. ÉDITO
{RULE}

Bonjour à toutes et à tous,

Le diagnostic de l'économie sociale et solidaire en Vésère, présenté le 12 février à Montcalvet devant 140 personnes, confirme ce que nous vivons au quotidien : l'ESS, ce sont 12 460 salariés dans le département, et des emplois qui ne se délocalisent pas. Mais il pointe aussi un défi que nous ne pouvons plus repousser : près d'un quart des salariés de nos structures partiront à la retraite d'ici 2032.

Le Réseau fera de la transmission des postes de direction l'un de ses chantiers de l'année. Nous vous en reparlerons lors de notre assemblée générale du 21 mai.

Bonne lecture !

Marc-Antoine Delrieu, président du Réseau ESS Vésère

@@{RULE}
2. VÉSÈRE SOLIDAIRE : PLUS QUE SIX SEMAINES POUR CANDIDATER
{RULE}

L'appel à projets du Département est ouvert jusqu'au 30 avril 2026 à midi. Il finance des projets d'utilité sociale créateurs d'emplois, dans quatre thématiques : services de proximité en milieu rural, alimentation, réemploi et mobilité solidaire.

* Enveloppe : 450 000 EUR, contre 400 000 EUR l'an dernier.
* Aide : de 5 000 à 40 000 EUR par projet.
* Dernier webinaire d'information : jeudi 19 mars à 11 h.

Le Réseau vous aide à monter votre dossier lors de deux permanences, les mardis 7 et 21 avril de 14 h à 17 h, à la Maison des associations de Montcalvet. Inscription auprès de Léa Fontanges.

Bon à savoir : l'an dernier, 5 des 14 lauréats étaient adhérents du Réseau.

@@{RULE}
3. DIAGNOSTIC DE L'ESS : CE QU'IL FAUT RETENIR
{RULE}

Réalisé par l'Observatoire régional de l'ESS, le diagnostic porte sur les données 2024. À retenir :

* 12 460 salariés et 1 318 établissements employeurs ;
* 14,6 % de l'emploi privé, contre 13,2 % dans la région ;
* 615 emplois créés entre 2019 et 2024 ;
* un record dans les Monts de Sauvelade, où l'ESS pèse 17,4 % de l'emploi privé ;
* 19 tiers-lieux recensés, dont 13 portés par des structures de l'ESS.

Le document complet peut être téléchargé sur le site de la CRESS Auvanne-Sorelle.

@@{RULE}
4. MONTCALVET SOUTIENT NEUF INITIATIVES SOLIDAIRES
{RULE}

Le conseil municipal de Montcalvet a attribué le 9 mars {fmis_total} EUR à neuf projets au titre de son Fonds municipal d'initiatives solidaires (FMIS). Parmi eux, trois adhérents du Réseau : Tremplin Vésère pour son atelier vélo du quartier Saint-Roch, la SCIC L'Escale pour des résidences d'artistes dans les écoles, et Le Panier Partagé pour son point de vente mobile. Une seconde session aura lieu à l'automne : l'appel à candidatures ouvrira en juin.

@@{RULE}
5. LA BOUCLE DES MONTS DÉMÉNAGE À MEYROLLES
{RULE}

Après cinq ans dans l'ancienne gare de Saint-Jorand-sur-Oude, la recyclerie de l'association La Boucle ouvre le 1er avril dans la zone du Pradel, à Meyrolles. Quatre fois plus de surface de vente, un atelier de réparation et un café associatif : de quoi dépasser les 338 tonnes collectées en 2025. Inauguration le samedi 4 avril à 10 h 30, venez nombreux !

@@{RULE}
6. VIE DU RÉSEAU
{RULE}

Le Réseau comptait {total_adh} adhérents au 31 décembre 2025, soit {total_evol} de plus qu'un an plus tôt :

{adh_table}

Bienvenue à Léa Fontanges, qui a rejoint l'équipe le 2 mars comme chargée de projet « emploi et compétences ». Elle accompagnera notamment les adhérents sur le recrutement et la transmission des postes de direction.

L'assemblée générale du Réseau se tiendra le jeudi 21 mai 2026 à 17 h à La Grange Commune, à Castanède. Les candidatures au conseil d'administration sont à envoyer avant le 7 mai.

@@{RULE}
7. AGENDA
{RULE}

{agenda_table}

@@{RULE}
Réseau ESS Vésère - Maison des associations
9, rue du Pont-Vieux - 47000 Montcalvet
05 65 20 14 96 - contact@reseau-ess-vesere.org
Coordination de la lettre : Camille Estrabaut

Vous recevez cette lettre parce que vous êtes adhérent du Réseau ou
inscrit sur notre site. Pour vous désinscrire :
https://www.reseau-ess-vesere.org/lettre/desinscription
{RULE}
"""


def build_lettre() -> None:
    (CORPUS / LETTRE).write_text(wrap(lettre_text(), LETTRE_WIDTH), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "para", "en", "follow", "cross", "staff")


@dataclass
class Check:
    """An absence check for an unanswerable question.

    kind "absent":   ``regexes[0]`` matches nowhere in the scope;
    kind "near":     ``regexes[0]`` matches nowhere within ``window`` characters of
                     ``term`` (which must occur somewhere in the scope);
    kind "together": no sentence, list item or table row of the scope matches all
                     ``regexes`` (each of which must occur somewhere in the corpus).
    A scope of None is the whole corpus, else document letters (D, A, V, H, M, T).
    Regexes run on the normalised visible text (case folded, apostrophes unified,
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
    why: str = ""

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def A(question, facts, sources, pages=(), kind="figure", tags="", history=()):
    return Q(question, list(facts), sources, list(pages), kind, tags, list(history))


def U(question, checks, why, kind="figure", tags="", history=()):
    """An unanswerable near miss; ``why`` is one of year, place, person, detail, topic."""
    return Q(question, [], "", [], kind, tags, list(history), list(checks), why)


def follow(first: Q, second: Q) -> list[Q]:
    """A question and its follow-up: the follow-up's history is the first question."""
    second.history = [*first.history, first.question]
    second.tags = (second.tags + " follow").strip()
    return [first, second]


WHY = ("year", "place", "person", "detail", "topic")


# fmt: off
QUESTIONS: list[Q] = [
    # --- Diagnostic territorial de l'ESS en Vésère (D) -------------------------------------------
    *follow(
        A("Combien de salariés compte l'économie sociale et solidaire dans la Vésère ?", ["12 460"], "D", [2, 3, 4, 5]),
        A("Et combien d'établissements employeurs ?", ["1 318"], "D", [2, 3, 4]),
    ),
    *follow(
        A("Quel est le poids de l'ESS dans l'emploi salarié privé de la Vésère ?", ["14,6"], "D", [2, 3, 4]),
        A("Et dans l'ensemble de l'emploi salarié, public compris ?", ["11,3"], "D", [3, 5]),
    ),
    A("Quelle part de l'emploi privé l'ESS représente-t-elle en moyenne dans la région Auvanne-Sorelle ?", ["13,2"], "D", [2, 3, 4]),
    A("Combien d'emplois l'ESS a-t-elle gagnés dans la Vésère entre 2019 et 2024 ?", ["615"], "D", [2, 3]),
    A("De combien le reste de l'emploi privé a-t-il progressé entre 2019 et 2024 ?", ["3,4 %"], "D", [2, 3]),
    A("Quel montant de rémunérations brutes l'ESS verse-t-elle chaque année dans la Vésère ?", ["372 millions"], "D", [3]),
    A("Quelle part des établissements de l'ESS compte moins de 10 salariés ?", ["62 %"], "D", [3]),
    A("Combien d'employeurs de l'économie sociale ont au moins une centaine de salariés ?", ["38"], "D", [3], tags="para"),
    A("Quelle proportion des emplois de l'ESS se trouve dans les plus grosses structures, celles de 100 salariés et plus ?", ["41 %"], "D", [3], tags="para"),
    A("Combien d'entreprises avaient l'agrément ESUS dans la Vésère fin 2025 ?", ["46"], "D", [3]),
    A("Combien de salariés de l'ESS dans les Monts de Sauvelade ?", ["1 260"], "D", [4], tags="table"),
    A("combien d'etablissements ESS dans la CC vallee de l'Oude", ["214"], "D", [4], tags="table staff"),
    A("Quelle est la part de l'ESS dans l'emploi privé dans le Val de Lescoutal ?", ["13,0"], "D", [4], tags="table"),
    A("Quelle part de l'emploi privé représente l'ESS dans Montcalvet Agglomération ?", ["15,8"], "D", [4], tags="table"),
    A("Combien de salariés de l'ESS compte la région Auvanne-Sorelle ?", ["161 230"], "D", [4], tags="table"),
    A("Quelle intercommunalité de la Vésère compte le plus de salariés dans l'ESS ?", ["Montcalvet Agglomération", "5 980"], "D", [4], kind="other", tags="table compare"),
    A("Dans quelle intercommunalité l'ESS pèse-t-elle le plus dans l'emploi privé ?", ["Monts de Sauvelade", "17,4"], "D", [2, 4], kind="other", tags="table compare"),
    A("Quelle intercommunalité a le moins d'établissements employeurs de l'ESS ?", ["Val de Lescoutal", "117"], "D", [4], kind="other", tags="table compare"),
    *follow(
        A("Dans quelle intercommunalité l'emploi de l'ESS a-t-il baissé depuis 2019 ?", ["Causse de Vabrières"], "D", [2, 4], kind="other", tags="table compare"),
        A("De combien ?", ["-1,3"], "D", [4], tags="table"),
    ),
    A("How many places did the hostel that closed in the Causse de Vabrières have?", ["34"], "D", [4], tags="en"),
    A("Which family of the ESS employs the most people in the Vésère?", ["Associations"], "D", [2, 4], kind="other", tags="en table compare"),
    A("Pourquoi l'emploi de l'ESS a-t-il reculé dans le Causse de Vabrières ?", ["foyer d'hébergement", "34 places"], "D", [4], kind="other"),
    A("Quelle est l'évolution des salariés de l'ESS dans le Pays de Ségalières entre 2019 et 2024 ?", ["+3,5"], "D", [4], tags="table"),
    A("L'ESS pèse-t-elle plus lourd dans l'emploi privé du Causse de Vabrières que dans celui du Pays de Ségalières ?", ["12,6", "14,2"], "D", [4], kind="yesno", tags="table compare"),
    A("Quelle part des salariés de l'ESS de la Vésère travaille dans Montcalvet Agglomération ?", ["48 %"], "D", [4]),
    A("How many ESS employees are there in the Causse de Vabrières?", ["890"], "D", [4], tags="en table"),
    A("Which intercommunality has the highest share of ESS jobs in private employment?", ["Monts de Sauvelade"], "D", [2, 4], kind="other", tags="en table compare"),
    A("Combien de salariés emploient les associations dans la Vésère ?", ["10 140"], "D", [4], tags="table"),
    A("Combien de salariés comptaient les coopératives de l'ESS en 2019 ?", ["1 010"], "D", [4], tags="table"),
    A("nb d'etablissements employeurs mutuelles 2024", ["41"], "D", [4], tags="table staff"),
    A("Combien d'établissements employeurs l'ESS comptait-elle dans la Vésère en 2019 ?", ["1 290"], "D", [4], tags="table"),
    A("Quelle famille de l'ESS a le plus progressé depuis 2019 ?", ["fondations", "+26,9 %"], "D", [4], kind="other", tags="table compare"),
    A("Quelle famille de l'ESS a perdu des salariés entre 2019 et 2024 ?", ["Mutuelles", "640"], "D", [4], kind="other", tags="table compare"),
    A("Quelle part de l'emploi de l'ESS revient aux fondations ?", ["4,7 %"], "D", [4], tags="table"),
    A("Combien de salariés dans l'action sociale sans hébergement ?", ["3 920"], "D", [5], tags="table"),
    A("Quel est le poids de l'ESS dans le secteur des sports et loisirs ?", ["38,9"], "D", [5], tags="table"),
    A("Quelle est la part des femmes parmi les salariés de l'ESS dans l'enseignement ?", ["63"], "D", [5], tags="table"),
    A("Combien de salariés de l'ESS dans les activités financières et d'assurance ?", ["1 080"], "D", [5], tags="table"),
    A("Dans quel secteur l'ESS pèse-t-elle le moins ?", ["Agriculture, industrie et construction", "1,9"], "D", [5], kind="other", tags="table compare"),
    A("Après l'action sociale sans hébergement, quel secteur emploie le plus de salariés de l'ESS ?", ["Hébergement médico-social et social", "2 870"], "D", [5], kind="other", tags="table compare"),
    A("Quelle part des emplois de l'ESS relève de l'action sociale, avec ou sans hébergement ?", ["54,5 %"], "D", [2]),
    A("Quelle proportion des salariés de l'ESS sont des femmes ?", ["68"], "D", [5, 6]),
    A("Combien de salariés comptent les quatre associations d'aide à domicile ?", ["1 620"], "D", [5]),
    A("Combien de postes étaient vacants dans l'aide à domicile en septembre 2025 ?", ["140"], "D", [5]),
    A("Quelle proportion des salariés de l'ESS travaille à temps partiel ?", ["39"], "D", [6], tags="table"),
    *follow(
        A("Quel est le salaire brut annuel moyen par ETP dans l'ESS ?", ["31 900"], "D", [6], tags="table"),
        A("Et dans le privé hors ESS ?", ["36 400"], "D", [6], tags="table"),
    ),
    *follow(
        A("salaire moyen ESS vesere ?", ["31 900"], "D", [6], tags="staff"),
        U("Et en 2019 ?", [together(r"salaire", r"2019")], "year"),
    ),
    *follow(
        A("De combien le salaire moyen de l'ESS est-il inférieur à celui du reste du privé ?", ["12 %"], "D", [6]),
        A("Et à métier égal ?", ["4 %"], "D", [6]),
    ),
    A("Le salaire brut moyen est-il plus élevé dans le public que dans l'ESS ?", ["33 800", "31 900"], "D", [6], kind="yesno", tags="table compare"),
    A("Les salariés de l'ESS sont-ils plus souvent en CDD ou en contrat aidé que ceux du public ?", ["18", "16"], "D", [6], kind="yesno", tags="table compare"),
    A("Quelle part des salariés du public a moins de 30 ans ?", ["12"], "D", [6], tags="table"),
    A("Combien de salariés de l'ESS ont 55 ans ou plus ?", ["2 990"], "D", [6]),
    A("Combien de départs à la retraite sont attendus dans l'ESS de la Vésère d'ici 2032 ?", ["2 700"], "D", [2, 6]),
    A("Quel âge moyen de départ l'observatoire retient-il pour ses projections ?", ["63 ans"], "D", [6], tags="para"),
    A("Quels métiers seront les plus touchés par les départs à la retraite ?", ["aide à domicile", "aide-soignant", "éducateur spécialisé"], "D", [6], kind="list"),
    A("Quelle part des directeurs d'établissements de l'ESS a 55 ans ou plus ?", ["38 %"], "D", [6]),
    A("Combien de salariés emploient les vingt premiers employeurs de l'ESS ?", ["4 561"], "D", [7]),
    A("Quel est le premier employeur de l'ESS dans la Vésère ?", ["Vésère Aide à Domicile", "980"], "D", [7], kind="other", tags="table"),
    A("In how many municipalities does the AVAD operate?", ["212"], "D", [7], tags="en"),
    *follow(
        A("Combien de salariés compte la Fondation Bellefont dans la Vésère ?", ["540"], "D", [7], tags="table"),
        A("Combien d'EHPAD gère-t-elle ?", ["trois EHPAD"], "D", [7]),
    ),
    A("Combien de salariés a la Banque Coopérative des Causses ?", ["410"], "D", [7], tags="table"),
    A("Où est installée la coopérative Oude-Céréales ?", ["Castanède"], "D", [7], kind="other", tags="table"),
    A("Quel rang occupe Tremplin Vésère parmi les employeurs de l'ESS ?", ["14"], "D", [7], tags="table"),
    A("Combien de salariés compte la SCIC L'Escale ?", ["49"], "D", [8], tags="table"),
    A("Quel est le plus petit des vingt premiers employeurs de l'ESS ?", ["Énergies Citoyennes de la Vésère", "38"], "D", [8], kind="other", tags="table compare"),
    A("Parmi les vingt premiers employeurs de l'ESS, lesquels sont des mutuelles ?", ["Mutuelle Sorelle Santé", "Mutuelle Agricole Causses-Vésère"], "D", [7], kind="list", tags="table"),
    A("Combien d'associations figurent parmi les vingt premiers employeurs de l'ESS ?", ["12"], "D", [7], tags="table"),
    A("Combien de salariés cumulent les coopératives du top 20 des employeurs ?", ["781"], "D", [7], tags="table"),
    A("How many cooperatives are among the twenty largest ESS employers?", ["5"], "D", [7], tags="en table"),
    A("In which town is the Centre de rééducation Le Pradal?", ["Ségalières"], "D", [7], kind="other", tags="en table"),
    A("In which town is the Fondation Bellefont based?", ["Lescoutal"], "D", [7], kind="other", tags="en table"),
    A("How many employees does La Boucle have?", ["52"], "DH", [7], tags="en table"),
    *follow(
        A("Combien de personnes en parcours les SIAE de la Vésère ont-elles salariées en 2024 ?", ["1 160"], "D", [8]),
        A("Ça fait combien d'équivalents temps plein ?", ["402"], "D", [8]),
    ),
    A("Combien de structures d'insertion par l'activité économique compte la Vésère ?", ["24"], "D", [2, 8]),
    *follow(
        A("Combien d'ateliers et chantiers d'insertion dans la Vésère ?", ["11"], "D", [8]),
        U("Et en 2020 ?", [together(r"chantiers? d'insertion|siae|insertion par l'activité", r"2020")], "year"),
    ),
    A("How many temporary work integration companies (ETTI) are there in the Vésère?", ["2"], "D", [8], tags="en"),
    A("Quel est le taux de sorties dynamiques des SIAE de la Vésère ?", ["58 %"], "D", [8]),
    A("Combien de SCOP et de SCIC compte le département ?", ["17 SCOP", "7 SCIC"], "D", [2, 8]),
    A("Combien d'entrepreneurs-salariés accompagne la coopérative d'activité et d'emploi Ouvrages ?", ["63"], "D", [8]),
    A("Combien de centrales photovoltaïques exploite Énergies Citoyennes de la Vésère ?", ["14"], "D", [8]),
    A("Combien de tiers-lieux ont été recensés dans la Vésère ?", ["19"], "DM", [2, 8]),
    A("How many members does the PTCE Oude Coopère bring together?", ["27"], "D", [8], tags="en"),
    A("Combien de bénévoles les associations de la Vésère mobilisent-elles ?", ["52 000"], "D", [8]),
    A("Combien d'associations actives compte la Vésère ?", ["6 900"], "D", [8]),
    A("Quelles recommandations le diagnostic de l'ESS formule-t-il ?", ["départs à la retraite", "modèle économique", "territoires ruraux", "réseau départemental des tiers-lieux", "réemploi", "jeunes"], "D", [9], kind="list"),
    A("Quand le comité de pilotage du diagnostic s'est-il réuni ?", ["15 janvier 2026"], "D", [3, 9], kind="date"),
    A("Qui siégeait au comité qui a piloté le diagnostic ?", ["Département de la Vésère", "DDETS", "CRESS Auvanne-Sorelle", "Réseau ESS Vésère"], "D", [3], kind="list"),
    A("Qui est la directrice de la publication du diagnostic de l'ESS en Vésère ?", ["Aurélie Sabatéry"], "D", [9], kind="people"),
    A("Who should I contact about the ESS diagnostic of the Vésère?", ["Nolwenn Quéré", "observatoire@cress-auvanne-sorelle.org"], "D", [9], kind="people", tags="en"),
    A("Qu'est-ce qu'un PTCE ?", ["pôle territorial de coopération économique", "coopèrent sur un même territoire"], "D", [9], kind="definition"),
    A("Que veut dire ESUS ?", ["entreprise solidaire d'utilité sociale"], "D", [3, 9], kind="definition"),
    A("C'est quoi un ETP ?", ["Équivalent temps plein", "0,5"], "D", [9], kind="definition"),
    A("Qu'entend-on par tiers-lieu dans le diagnostic ?", ["Espace partagé", "communauté d'usagers"], "D", [9], kind="definition"),
    A("Qu'est-ce que l'ESS au sens de la loi de 2014 ?", ["associations", "coopératives", "mutuelles", "fondations", "sociétés commerciales"], "D", [3], kind="definition"),
    A("D'où viennent les données d'emploi du diagnostic ?", ["Flores"], "D", [3], kind="other"),
    A("Les sociétés commerciales de l'ESS sont-elles comptées dans les effectifs du diagnostic ?", ["ne sont pas comptées"], "D", [3], kind="yesno"),
    *follow(
        A("La Vésère est-elle le département de la région où l'ESS pèse le plus ?", ["deuxième rang", "Caubière"], "D", [2], kind="yesno"),
        A("Lequel la devance ?", ["Caubière"], "D", [2], kind="other"),
    ),
    A("What is the name of the solar energy SCIC in the Vésère?", ["Énergies Citoyennes de la Vésère"], "D", [8], kind="other", tags="en"),
    U("Combien de salariés comptait l'ESS dans la Vésère en 2015 ?", [absent(r"2015")], "year"),
    U("Combien de salariés de l'ESS en Haute-Sorelle ?", [absent(r"haute-sorelle")], "place"),
    U("Quelle est la part de l'ESS dans l'emploi privé de la commune de Meyrolles ?", [together(r"meyrolles", r"emploi privé")], "place"),
    U("Combien d'établissements employeurs de l'ESS comptaient les Monts de Sauvelade en 2019 ?", [together(r"sauvelade", r"2019")], "year"),
    U("Combien de salariés comptait la Mutuelle Sorelle Santé en 2019 ?", [together(r"sorelle santé", r"2019")], "year"),
    U("Quel est le salaire moyen des directeurs d'établissements de l'ESS ?", [together(r"salaire", r"direct")], "detail"),
    U("Combien de tiers-lieux compte la région Auvanne-Sorelle ?", [together(r"\d+ tiers-lieux", r"région")], "place"),
    U("Combien de bénévoles compte l'AVAD ?", [together(r"avad|aide à domicile", r"bénévoles")], "detail"),
    U("What share of ESS employees in the Vésère are under 25?", [absent(r"moins de 25 ans")], "detail", tags="en"),
    U("Quel est le chiffre d'affaires de la Banque Coopérative des Causses ?", [together(r"banque coopérative", r"chiffre d'affaires|€")], "detail"),

    # --- Règlement de l'appel à projets Vésère Solidaire 2026 (A) ----------------------------------
    *follow(
        A("Quelle est l'enveloppe de l'appel à projets Vésère Solidaire 2026 ?", ["450 000"], "A", [1, 2]),
        A("Et l'année dernière ?", ["400 000"], "A", [2]),
    ),
    A("Quel est le montant maximal de l'aide Vésère Solidaire par projet ?", ["40 000"], "A", [1, 2]),
    A("montant mini aide vesere solidaire", ["5 000"], "A", [1, 2], tags="staff"),
    *follow(
        A("Quel taux d'aide maximal pour un projet situé en zone FRR ?", ["65 %"], "A", [2]),
        A("Et hors zone FRR ?", ["50 %"], "A", [2]),
    ),
    A("How many municipalities in the Vésère are classified as France Ruralités Revitalisation areas?", ["148"], "A", [2], tags="en"),
    A("date limite AAP vesere solidaire", ["30 avril 2026"], "A", [1, 3], kind="date", tags="staff"),
    A("Quand se réunit le comité de sélection de Vésère Solidaire ?", ["11 juin 2026"], "A", [3], kind="date", tags="table"),
    A("Quand la commission permanente vote-t-elle les aides Vésère Solidaire ?", ["6 juillet 2026"], "A", [3], kind="date", tags="table"),
    A("Quand les porteurs présélectionnés sont-ils auditionnés ?", ["2 au 4 juin 2026"], "A", [3], kind="date", tags="table"),
    A("Quelles sont les dates des webinaires d'information sur Vésère Solidaire ?", ["24 février", "19 mars 2026"], "A", [3], kind="date", tags="table"),
    A("Quelles sont les thématiques de l'appel à projets Vésère Solidaire ?", ["services de proximité", "alimentation durable et solidaire", "réemploi et économie circulaire", "mobilité solidaire"], "A", [1], kind="list"),
    A("Quelles structures peuvent répondre à l'appel à projets Vésère Solidaire ?", ["associations", "coopératives", "ESUS"], "A", [1], kind="list"),
    A("Une commune peut-elle répondre à l'appel à projets Vésère Solidaire ?", ["Ne sont pas éligibles", "collectivités territoriales"], "A", [1], kind="yesno"),
    A("Une association créée il y a six mois peut-elle candidater à Vésère Solidaire ?", ["au moins un an"], "A", [1], kind="yesno", tags="para"),
    A("Quel budget minimum un projet doit-il présenter pour Vésère Solidaire ?", ["15 000"], "A", [2]),
    A("Combien de temps un projet soutenu peut-il durer au maximum ?", ["24 mois"], "A", [2], kind="date"),
    A("Peut-on faire financer l'achat d'un bâtiment par Vésère Solidaire ?", ["opérations immobilières"], "A", [2], kind="yesno", tags="para"),
    A("Quel critère de sélection de Vésère Solidaire pèse le plus ?", ["Utilité sociale", "25 points"], "A", [2], kind="other", tags="table compare"),
    A("Combien de points compte le critère impact environnemental ?", ["10 points"], "A", [2], tags="table"),
    A("How many points is job creation worth in the Vésère Solidaire scoring grid?", ["20"], "A", [2], tags="en table"),
    A("Quelle note minimale un projet doit-il obtenir pour être retenu ?", ["55 points"], "A", [2]),
    A("Quel bonus pour un projet de mobilité solidaire implanté en zone FRR ?", ["5 points"], "A", [2]),
    A("Quelles dépenses sont éligibles à Vésère Solidaire ?", ["frais de personnel", "prestations externes", "équipements", "communication", "déplacement"], "A", [2], kind="list"),
    A("Le bénévolat peut-il être subventionné par Vésère Solidaire ?", ["pas subventionnables"], "A", [2], kind="yesno"),
    A("Dans quelle limite peut-on cumuler l'aide du Département avec d'autres fonds publics ?", ["80 %"], "A", [2], tags="para"),
    A("Quelle part au moins de l'enveloppe doit aller à des projets situés hors de l'agglomération de Montcalvet ?", ["la moitié"], "A", [2], tags="para"),
    A("Une structure peut-elle déposer deux dossiers la même année ?", ["un seul dossier"], "A", [2], kind="yesno"),
    A("Sur quelle plateforme dépose-t-on un dossier Vésère Solidaire ?", ["mesdemarches.vesere.fr"], "A", [3, 4], kind="other"),
    A("Le rendez-vous préalable avec la Mission ESS est-il obligatoire ?", ["pas obligatoire"], "A", [3], kind="yesno"),
    *follow(
        A("Qui préside le comité de sélection de Vésère Solidaire ?", ["Mathilde Ferrandou"], "A", [3], kind="people"),
        A("Quelle est sa fonction au Département ?", ["vice-présidente", "économie de proximité"], "A", [3], kind="people"),
    ),
    A("Qui siège au comité de sélection de Vésère Solidaire, en plus des élus ?", ["DDETS", "CRESS Auvanne-Sorelle", "VIA", "Réseau ESS Vésère"], "A", [3], kind="list"),
    A("À partir de quel montant d'aide une convention est-elle signée ?", ["23 000"], "A", [3]),
    A("Quelle avance est versée aux lauréats à la notification ?", ["40 %"], "A", [3]),
    *follow(
        A("Combien de candidatures la première édition de Vésère Solidaire a-t-elle reçues ?", ["38"], "A", [1]),
        A("Et combien de projets ont été soutenus ?", ["14"], "A", [1]),
    ),
    A("Quel montant total Vésère Solidaire a-t-il attribué en 2025 ?", ["386 500"], "A", [1, 4]),
    A("Quelle aide a reçue le garage solidaire Les Mécaniques du Causse ?", ["40 000 €"], "A", [4], tags="table"),
    A("Parmi les exemples de projets soutenus en 2025, lequel a reçu l'aide la plus faible ?", ["Mobil'Ségalières", "12 000 €"], "A", [4], kind="other", tags="table compare"),
    A("Quelle aide La Grange Commune a-t-elle reçue de Vésère Solidaire en 2025 ?", ["32 000"], "AM", [4], tags="table"),
    A("Quand la stratégie départementale de l'ESS a-t-elle été adoptée ?", ["13 octobre 2025"], "A", [1], kind="date"),
    A("Quand le règlement de Vésère Solidaire a-t-il été adopté ?", ["26 janvier 2026"], "A", [1, 2, 3, 4], kind="date"),
    A("Combien de temps les données des candidats sont-elles conservées ?", ["cinq ans"], "A", [4], kind="date"),
    A("Qu'est-ce que la thématique A de Vésère Solidaire ?", ["services de proximité et lien social en milieu rural"], "AM", [1], kind="definition"),
    A("Who is the contact person for Vésère Solidaire?", ["Yannick Bourdarias"], "A", [4], kind="people", tags="en"),
    A("What is the phone number of the Département's ESS unit?", ["05 65 31 48 72"], "A", [4], kind="other", tags="en"),
    U("Quelle était l'enveloppe de Vésère Solidaire en 2024 ?", [absent(r"2024", scope="A"), together(r"vésère solidaire", r"2024")], "year"),
    U("Qui représente la DDETS au comité de sélection de Vésère Solidaire ?", [together(r"ddets", r"\b(m\.|mme)\s", scope="A")], "person", kind="people"),
    U("Quelle aide Vésère Solidaire a-t-il accordée au tiers-lieu Le Quartier Libre ?", [together(r"quartier libre", r"€|vésère solidaire")], "detail"),
    U("How many applications has the 2026 Vésère Solidaire call received so far?", [together(r"vésère solidaire", r"\d+ (candidatures|dossiers)")], "detail", tags="en"),

    # --- Délibération du conseil municipal de Montcalvet (V) --------------------------------------
    A("How many councillors sit on Montcalvet's municipal council?", ["35"], "V", [1], tags="en"),
    *follow(
        A("Combien de conseillers étaient présents à la séance du 9 mars 2026 ?", ["27"], "V", [1]),
        A("Et combien représentés ?", ["5"], "V", [1]),
    ),
    A("nb votants conseil municipal 9 mars", ["32"], "V", [1], tags="staff"),
    A("Qui était secrétaire de séance au conseil municipal du 9 mars 2026 ?", ["Thomas Vialaret"], "V", [1, 2], kind="people"),
    A("Qui a rapporté la délibération sur le FMIS ?", ["Leïla Benkirane"], "V", [1], kind="people"),
    A("Who chaired the Montcalvet council meeting of 9 March 2026?", ["Gérard Pélissou"], "V", [1], kind="people", tags="en"),
    A("À qui Mme Inès Maury a-t-elle donné pouvoir ?", ["Rémi Cassagnes"], "V", [1], kind="people"),
    A("Quels conseillers étaient absents sans être représentés ?", ["Stéphane Boyer", "Chloé Andrieu", "Hugo Rouquié"], "V", [1], kind="list"),
    A("Quand le conseil municipal a-t-il été convoqué ?", ["3 mars 2026"], "V", [1], kind="date"),
    A("Quand le Fonds municipal d'initiatives solidaires a-t-il été créé ?", ["12 décembre 2022"], "V", [1], kind="date"),
    A("Combien de projets le FMIS a-t-il accompagnés depuis 2023 ?", ["23"], "V", [1]),
    *follow(
        A("Quelle est l'enveloppe du FMIS en 2026 ?", ["96 000"], "V", [1]),
        A("Et en 2025 ?", ["80 000"], "V", [1]),
    ),
    A("Combien de dossiers la ville a-t-elle reçus pour le FMIS 2026 ?", ["17"], "V", [1]),
    A("Combien de projets le FMIS a-t-il soutenus en 2025, et pour quel montant ?", ["8 projets", "74 500"], "V", [1]),
    A("Que décide l'article 1 de la délibération sur le FMIS ?", ["Fonds municipal d'initiatives solidaires 2026", "83 000"], "V", [1, 2], kind="other", tags="cross"),
    *follow(
        A("Combien Tremplin Vésère reçoit-il au titre du FMIS 2026 ?", ["14 500 €"], "V", [2], tags="table"),
        A("Et combien avait-il reçu en 2025 ?", ["10 000 €"], "V", [2], tags="table"),
    ),
    A("Quelle structure reçoit la plus grosse subvention du FMIS en 2026 ?", ["Crèches Enfance et Familles", "18 000 €"], "V", [2], kind="other", tags="table compare"),
    A("Quelle est la plus petite subvention du FMIS 2026 ?", ["Repair café montcalvétais", "3 000 €"], "V", [2], kind="other", tags="table compare"),
    A("Quels bénéficiaires du FMIS 2026 n'avaient rien reçu en 2025 ?", ["L'Escale", "Les Jardins du Causse", "Le Quai des Possibles"], "V", [2], kind="list", tags="table compare"),
    A("Combien la monnaie locale La Vésérine reçoit-elle du FMIS ?", ["3 500 €"], "V", [2], tags="table"),
    *follow(
        A("Quelle subvention la SCIC L'Escale reçoit-elle du FMIS ?", ["9 000 €"], "V", [2], tags="table"),
        A("Pour quel projet ?", ["Résidences d'artistes dans quatre écoles"], "V", [2], kind="other", tags="table"),
    ),
    A("Quel projet du Quai des Possibles la ville finance-t-elle ?", ["Étude de préfiguration d'un tiers-lieu", "12 000 €"], "V", [2], kind="other", tags="table"),
    A("Combien de jeunes accueillera la coopérative jeunesse de services ?", ["15 jeunes"], "V", [2], tags="table"),
    A("Combien les bénéficiaires du FMIS 2026 avaient-ils reçu au total en 2025 ?", ["42 500"], "V", [2], tags="table"),
    *follow(
        A("Quelle somme reste-t-il dans l'enveloppe du FMIS après ces attributions ?", ["13 000"], "V", [2], tags="para"),
        A("Quand sera-t-elle attribuée ?", ["seconde session", "juin 2026"], "V", [2], kind="date"),
    ),
    A("Comment sont versées les subventions du FMIS supérieures à 5 000 € ?", ["70 %", "30 %"], "V", [2]),
    A("Avant quelle date le bilan de l'action doit-il être présenté pour le solde ?", ["31 janvier 2027"], "V", [2], kind="date"),
    A("Sur quel chapitre et quel article budgétaire les crédits du FMIS sont-ils inscrits ?", ["chapitre 65", "6574"], "V", [2], kind="other"),
    *follow(
        A("How many councillors voted in favour of the FMIS grants?", ["28"], "V", [2], tags="en"),
        A("And how many abstained?", ["3"], "V", [2], tags="en"),
    ),
    A("Qui n'a pas pris part au vote sur le FMIS, et pourquoi ?", ["Odile Marty-Cazes", "Le Panier Partagé"], "V", [1, 2], kind="people"),
    A("La délibération sur le FMIS a-t-elle été adoptée à l'unanimité ?", ["à la majorité"], "V", [2], kind="yesno"),
    A("Quel groupe s'est abstenu sur le FMIS ?", ["Montcalvet Autrement"], "V", [2], kind="other"),
    A("Quand la délibération a-t-elle été transmise en préfecture ?", ["13 mars 2026"], "V", [2], kind="date"),
    A("Devant quel tribunal et dans quel délai peut-on contester la délibération ?", ["tribunal administratif de Montcalvet", "deux mois"], "V", [2], kind="other"),
    A("Quels quartiers de Montcalvet sont prioritaires pour le FMIS ?", ["Buis", "Saint-Roch"], "V", [1], kind="list"),
    A("Quel est le numéro de la délibération sur le FMIS ?", ["2026-03-021"], "V", [1, 2], kind="other"),
    A("Who is the deputy mayor in charge of the social and solidarity economy in Montcalvet?", ["Leïla Benkirane"], "V", [1], kind="people", tags="en"),
    U("Quelle subvention le FMIS a-t-il accordée au Repair café en 2023 ?", [together(r"repair", r"2023")], "year"),
    U("Qui est le premier adjoint au maire de Montcalvet ?", [absent(r"premier adjoint|première adjointe")], "person", kind="people"),
    U("Quel est le budget total de la ville de Montcalvet pour 2026 ?", [absent(r"budget (global|de la ville|communal)|budget total de la ville"), together(r"budget primitif", r"millions?")], "detail"),
    U("Combien d'habitants compte Montcalvet ?", [together(r"montcalvet", r"\d habitants")], "topic"),
    U("What was the FMIS envelope in 2024?", [together(r"fmis|fonds municipal|enveloppe", r"2024")], "year", tags="en"),

    # --- Page web de la Communauté de communes sur La Boucle des Monts (H) ------------------------
    A("Quand la recyclerie La Boucle des Monts ouvre-t-elle à Meyrolles ?", ["1er avril 2026"], "H", kind="date"),
    A("Quelle est la surface du nouveau bâtiment de la recyclerie ?", ["1 450 m²"], "H"),
    *follow(
        A("Combien d'habitants compte la Communauté de communes des Monts de Sauvelade ?", ["14 200"], "H"),
        A("Et combien de communes ?", ["22"], "H"),
    ),
    *follow(
        A("Combien de tonnes La Boucle a-t-elle collectées en 2025 ?", ["338"], "HT", tags="table"),
        A("Dont combien ont été réemployées ?", ["172"], "H", tags="table"),
    ),
    A("Quel était le taux de réemploi de La Boucle en 2022 ?", ["46 %"], "H", tags="table"),
    A("Quel chiffre d'affaires la boutique de La Boucle a-t-elle réalisé en 2024 ?", ["203 600 €"], "H", tags="table"),
    A("Combien de tonnes La Boucle a-t-elle collectées en 2023 ?", ["267"], "H", tags="table"),
    A("En quelle année le taux de réemploi de La Boucle a-t-il dépassé 50 % ?", ["2025", "51 %"], "H", kind="date", tags="table compare"),
    A("Les apports de La Boucle ont-ils plus que doublé depuis sa première année ?", ["142", "338"], "H", kind="yesno", tags="table compare"),
    A("Quelle était la surface de la recyclerie dans l'ancienne gare ?", ["380 m²"], "H"),
    *follow(
        A("Quelle est la surface de la nouvelle boutique de La Boucle ?", ["600 m²"], "H"),
        A("Et celle de l'ancienne boutique ?", ["150 m²"], "H"),
    ),
    A("Qu'est-ce qui change avec le nouveau site de La Boucle ?", ["quai de dépôt", "atelier de réparation", "matériaux", "café associatif"], "H", kind="list"),
    A("Le site de Saint-Jorand-sur-Oude ferme-t-il complètement ?", ["point de dépôt", "samedi matin"], "H", kind="yesno"),
    A("Combien a coûté le projet de la nouvelle recyclerie ?", ["1,38 million"], "H"),
    A("Combien la Région Auvanne-Sorelle a-t-elle apporté au projet de recyclerie ?", ["190 000"], "H"),
    A("Quel financeur a le plus contribué au projet de recyclerie ?", ["Communauté de communes des Monts de Sauvelade", "520 000"], "H", kind="other"),
    A("Combien l'État a-t-il apporté au titre de la DETR ?", ["310 000"], "H"),
    A("Que signifie DETR ?", ["dotation d'équipement des territoires ruraux"], "H", kind="definition"),
    A("Quel loyer La Boucle paie-t-elle pour le bâtiment du Pradel ?", ["1 900 €"], "H"),
    A("Combien de salariés en parcours d'insertion emploie La Boucle ?", ["40"], "H"),
    A("Combien de postes en insertion supplémentaires La Boucle prévoit-elle d'ici 2027 ?", ["12"], "H"),
    A("Qui dirige La Boucle ?", ["Pierre-Yves Cabanel"], "HM", kind="people"),
    A("Qui est la vice-présidente chargée de l'environnement à la Communauté de communes ?", ["Sophie Lacassagne"], "H", kind="people"),
    A("Qui préside la Communauté de communes des Monts de Sauvelade ?", ["Didier Roumégoux"], "H", kind="people"),
    A("Quels sont les horaires de la boutique de La Boucle ?", ["9 h 30 à 18 h", "14 h à 18 h"], "H", kind="date"),
    A("Un artisan doit-il payer pour déposer des objets à la recyclerie ?", ["12 €"], "H", kind="yesno", tags="para"),
    A("Combien coûte la collecte de meubles à domicile ?", ["25 €"], "H"),
    A("Ma grand-mère a 80 ans : doit-elle payer l'enlèvement de ses meubles ?", ["plus de 75 ans"], "H", kind="yesno", tags="para"),
    A("Peut-on déposer un matelas à La Boucle ?", ["Ne sont pas acceptés", "matelas"], "H", kind="yesno"),
    A("Dans quelles déchèteries trouve-t-on des caissons réemploi ?", ["Saint-Jorand-sur-Oude", "Castanède", "Puech-Arnal"], "H", kind="list"),
    A("How many regular volunteers does La Boucle have?", ["35"], "H", tags="en"),
    A("Quand a lieu l'inauguration de la nouvelle recyclerie ?", ["4 avril 2026", "10 h 30"], "H", kind="date"),
    A("Comment se rendre à la recyclerie en transport en commun ?", ["412", "Meyrolles-Pradel"], "H", kind="other", tags="para"),
    A("taux de reemploi c'est quoi ?", ["revendues ou données"], "H", kind="definition", tags="staff"),
    A("tel la boucle ?", ["05 65 22 71 36"], "H", kind="other", tags="staff"),
    A("Who took the photo of the new recyclerie building?", ["Jérémie Lafon"], "H", kind="people", tags="en"),
    A("Who heads the waste prevention service of the Monts de Sauvelade?", ["Mathieu Fraysse"], "H", kind="people", tags="en"),
    A("What was La Boucle's reuse rate in 2021?", ["43"], "H", tags="en table"),
    A("Since what year has La Boucle been an approved integration workshop (ACI)?", ["2019"], "H", kind="date", tags="en"),
    U("Combien de tonnes La Boucle a-t-elle collectées en 2020 ?", [together(r"tonnes", r"2020")], "year"),
    U("Combien de salariés La Boucle employait-elle en 2021 ?", [together(r"salariés", r"2021")], "year"),
    U("Quelle subvention de fonctionnement la Communauté de communes verse-t-elle à La Boucle ?", [together(r"subvention", r"la boucle|recyclerie")], "detail"),
    U("Combien coûte un vélo d'occasion à La Boucle ?", [together(r"vélo", r"€", scope="H")], "detail"),
    U("What are La Boucle's opening hours on public holidays?", [absent(r"férié")], "detail", tags="en"),

    # --- Compte rendu du groupe de travail tiers-lieux (M) -----------------------------------------
    A("Quand a eu lieu la réunion n° 3 du groupe de travail sur les tiers-lieux ?", ["4 février 2026"], "M", kind="date"),
    A("Où s'est tenue la troisième réunion du groupe de travail tiers-lieux ?", ["La Grange Commune", "Castanède"], "M", kind="other"),
    A("Combien de personnes ont participé à la réunion du groupe tiers-lieux du 4 février ?", ["Seize"], "M"),
    A("Qui animait la réunion du groupe de travail tiers-lieux ?", ["Yannick Bourdarias", "Nolwenn Quéré"], "M", kind="people"),
    A("Quel tiers-lieu accueille le plus d'usagers par mois ?", ["La Cordée", "2 300"], "M", kind="other", tags="table compare"),
    A("Quelle est la surface de L'Établi ?", ["780"], "M", tags="table"),
    A("En quelle année Fab'Oude a-t-il ouvert ?", ["2023"], "M", kind="date", tags="table"),
    A("Combien d'ETP salariés compte La Grange Commune ?", ["2,5"], "M", tags="table"),
    A("Quel est le plus petit tiers-lieu du groupe de travail ?", ["La Ruche de Puech-Arnal", "150"], "M", kind="other", tags="table compare"),
    A("Quel est le plus ancien des tiers-lieux du groupe de travail ?", ["La Cordée", "2018"], "M", kind="other", tags="table compare"),
    A("Combien d'usagers par mois fréquentent les huit tiers-lieux du groupe au total ?", ["5 300"], "M", tags="table"),
    A("Quel tiers-lieu est géré en régie par une commune ?", ["Le Relais de Vabrières"], "M", kind="other", tags="table"),
    A("Quels tiers-lieux du groupe sont portés par une SCIC ?", ["La Cordée", "L'Établi"], "M", kind="list", tags="table"),
    A("nb tiers-lieux du groupe de travail", ["huit"], "M", tags="staff"),
    A("Combien de bénévoles compte en moyenne un tiers-lieu ?", ["22"], "M"),
    A("Quelle part des recettes des tiers-lieux vient des subventions de fonctionnement ?", ["31 %"], "M", tags="table"),
    A("Quelle est la première source de recettes des tiers-lieux ?", ["Prestations et location d'espaces", "38 %"], "M", kind="other", tags="table compare"),
    A("Quel est le budget annuel médian d'un tiers-lieu ?", ["96 000"], "M"),
    A("Combien La Grange Commune a-t-elle dépensé en chauffage en 2025 ?", ["9 400"], "M"),
    A("How many members does the SCIC L'Établi have?", ["74"], "M", tags="en"),
    *follow(
        A("Qui préside La Ruche de Puech-Arnal ?", ["Manon Cros"], "M", kind="people"),
        A("Combien de salariés y travaillent ?", ["0,5"], "M", tags="table"),
    ),
    A("Qui coordonne La Grange Commune ?", ["Élise Vayssettes"], "M", kind="people"),
    A("Quelle décision le groupe a-t-il prise pour aider les tiers-lieux à candidater à Vésère Solidaire ?", ["atelier collectif", "10 mars 2026"], "M", kind="other"),
    A("Quels engagements prévoit le projet de charte départementale des tiers-lieux ?", ["ouverts à tous", "gouvernance", "coopérer", "données d'activité"], "M", kind="list"),
    A("Qu'ont demandé d'ajouter les participants au projet de charte ?", ["personnes à mobilité réduite"], "M", kind="other"),
    A("Quand la charte des tiers-lieux doit-elle être signée ?", ["automne 2026"], "M", kind="date"),
    A("Qui est chargé de la formation modèle économique, et pour quand ?", ["Réseau ESS Vésère et VIA", "Mai 2026"], "M", kind="other", tags="table"),
    A("Quand et où aura lieu la prochaine réunion du groupe tiers-lieux ?", ["2 avril 2026", "L'Établi"], "M", kind="date"),
    A("Quel programme de l'État soutient La Cordée et L'Établi ?", ["Fabriques de territoire"], "M", kind="other"),
    A("En dehors de La Cordée, un tiers-lieu du groupe dépasse-t-il quatre ETP ?", ["aucun tiers-lieu ne compte plus de quatre ETP"], "M", kind="yesno"),
    A("Who wrote the minutes of the third tiers-lieux working group meeting?", ["Yannick Bourdarias"], "M", kind="people", tags="en"),
    A("Which tiers-lieu opened in 2024?", ["Le Quartier Libre"], "M", kind="other", tags="en table"),
    A("How many people a month use La Grange Commune?", ["610"], "M", tags="en table"),
    A("Who is the co-manager of L'Établi?", ["Romain Lacoste"], "M", kind="people", tags="en"),
    U("Quel est le budget annuel de La Cordée ?", [together(r"cordée", r"€|budget")], "detail"),
    U("Combien d'usagers par mois fréquentent Le Quai des Possibles ?", [together(r"quai des possibles", r"usagers")], "place"),
    U("Qui coordonne le tiers-lieu La Cordée ?", [together(r"cordée", r"coordinat|direct|gérant")], "person", kind="people"),
    U("Quand a eu lieu la réunion n° 1 du groupe de travail tiers-lieux ?", [absent(r"réunion n° ?1\b")], "detail", kind="date"),

    # --- Lettre d'information du Réseau ESS Vésère (T) --------------------------------------------
    A("Quand la lettre n° 31 du Réseau ESS Vésère a-t-elle été envoyée ?", ["17 mars 2026"], "T", kind="date"),
    A("Qui préside le Réseau ESS Vésère ?", ["Marc-Antoine Delrieu"], "T", kind="people"),
    *follow(
        A("Devant combien de personnes le diagnostic de l'ESS a-t-il été présenté ?", ["140"], "T"),
        A("Et quand ?", ["12 février"], "T", kind="date"),
    ),
    *follow(
        A("Combien d'adhérents compte le Réseau ESS Vésère ?", ["124"], "T", tags="table"),
        A("Combien de plus qu'un an plus tôt ?", ["16"], "T"),
    ),
    A("How many associations are members of the Réseau ESS Vésère?", ["88"], "T", tags="en table"),
    A("Quelle famille d'adhérents du Réseau a le plus progressé en un an ?", ["Associations", "+9"], "T", kind="other", tags="table compare"),
    A("Combien d'entreprises agréées ESUS sont adhérentes du Réseau ?", ["7"], "T", tags="table"),
    *follow(
        A("Quand a lieu l'assemblée générale du Réseau ESS Vésère ?", ["21 mai 2026"], "T", kind="date"),
        A("Où ?", ["La Grange Commune", "Castanède"], "T", kind="other"),
    ),
    A("Avant quelle date faut-il envoyer sa candidature au conseil d'administration du Réseau ?", ["7 mai"], "T", kind="date"),
    *follow(
        A("Qui est la nouvelle chargée de projet emploi et compétences du Réseau ?", ["Léa Fontanges"], "T", kind="people"),
        A("Depuis quand ?", ["2 mars"], "T", kind="date"),
    ),
    A("Quand ont lieu les permanences d'aide au montage des dossiers Vésère Solidaire ?", ["7 et 21 avril"], "T", kind="date"),
    A("Où se tiennent les permanences d'aide au montage des dossiers ?", ["Maison des associations"], "T", kind="other"),
    A("Combien de lauréats 2025 de Vésère Solidaire étaient adhérents du Réseau ?", ["5 des 14"], "T"),
    A("Quel rendez-vous est prévu le 26 mars à Saint-Jorand-sur-Oude ?", ["Apéro ESS des Monts", "18 h 30"], "T", kind="other", tags="table"),
    A("À quelle heure a lieu le dernier webinaire Vésère Solidaire ?", ["11 h"], "T", kind="date"),
    A("Le webinaire Vésère Solidaire a-t-il lieu en présentiel ?", ["En ligne"], "T", kind="yesno", tags="table"),
    A("Quel est le téléphone du Réseau ESS Vésère ?", ["05 65 20 14 96"], "T", kind="other"),
    A("Quelle surface de vente supplémentaire La Boucle aura-t-elle à Meyrolles, selon la lettre du Réseau ?", ["Quatre fois"], "T", tags="para"),
    A("Sur quel sujet le Réseau veut-il mettre l'accent cette année ?", ["transmission des postes de direction"], "T", kind="other", tags="para"),
    A("Selon l'édito, quelle part des salariés partira à la retraite d'ici 2032 ?", ["près d'un quart"], "T", tags="para"),
    A("Who coordinates the Réseau ESS Vésère newsletter?", ["Camille Estrabaut"], "T", kind="people", tags="en"),
    A("What is the postal address of the Réseau ESS Vésère?", ["9, rue du Pont-Vieux", "Montcalvet"], "T", kind="other", tags="en"),
    A("How many mutual societies are members of the Réseau ESS Vésère?", ["3"], "T", tags="en table"),
    A("Which FMIS grantees are members of the Réseau ESS Vésère?", ["Tremplin Vésère", "L'Escale", "Le Panier Partagé"], "T", kind="list", tags="en"),
    U("Combien d'adhérents comptait le Réseau ESS Vésère en 2023 ?", [together(r"adhérents", r"2023")], "year"),
    U("Quel est le montant de la cotisation au Réseau ESS Vésère ?", [together(r"cotisation", r"réseau|€")], "detail"),
    U("Qui est le trésorier du Réseau ESS Vésère ?", [absent(r"trésori")], "person", kind="people"),
    U("How many people attended the Apéro ESS des Monts?", [together(r"apéro", r"\d+ (personnes|participants)")], "detail", tags="en"),

    # --- Near misses on topics close to the corpus --------------------------------------------------
    U("Combien d'habitants compte la Vésère ?", [together(r"vésère", r"\d habitants")], "topic"),
    U("Qui est le président du Département de la Vésère ?", [absent(r"(?<!vice-)président(e)? du (conseil )?département")], "person", kind="people"),
    U("Quel est le taux de chômage dans la Vésère ?", [absent(r"chômage")], "topic"),
    U("Qui est le préfet de la Vésère ?", [absent(r"préfète?\b")], "person", kind="people"),
    U("How much does the Région contribute to Vésère Solidaire?", [together(r"région", r"vésère solidaire")], "detail", tags="en"),
    U("Combien de SCOP compte la région Auvanne-Sorelle ?", [together(r"scop", r"région|auvanne")], "place"),
    U("Combien de projets Vésère Solidaire seront retenus en 2026 ?", [together(r"vésère solidaire", r"retenus|lauréats", r"2026")], "year"),
    U("Quel est le salaire du directeur de La Boucle ?", [together(r"salaire", r"boucle|cabanel")], "detail"),
    U("What is the email address of Le Panier Partagé?", [near("Panier Partagé", r"@", 300)], "detail", tags="en"),
    U("Combien de salariés compte Le Quai des Possibles ?", [together(r"quai des possibles", r"salariés")], "detail"),
    U("Quel est le budget annuel de la CRESS Auvanne-Sorelle ?", [together(r"cress", r"budget")], "topic"),
]
# fmt: on

MIN_COUNTS = {
    "total": 180,
    "unanswerable": 22,
    "table": 40,
    "compare": 12,
    "para": 12,
    "en": 20,
    "follow": 14,
    "cross": 1,
    "staff": 8,
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


BLOCK_END = re.compile(
    r"</(p|li|tr|h1|h2|h3|dt|dd|summary|cite|figcaption|caption|thead|title|button|footer|div|section)>", re.I)


def html_texts(name: str) -> tuple[str, str]:
    """(text inside <main>, whole visible text) of an HTML page; block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    return soup.find("main").get_text(" "), soup.body.get_text(" ")


_TABLE_ROW = re.compile(r"^[^.;:!?]*?(?:\s\+?-?\d[\d\s,]*(?:€|%)?){2,}\s*$")
_RANK_ROW = re.compile(r"^\d{1,2} \S.*\s\d[\d\s]*$")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|>]|\d+\.\s|\*\*|\s{2}))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(r"\n(?=[•▪–]|\d+\. |\d+ Article |Article |Tableau |Graphique |Annexe |Vu |Considérant )", " ¶ ", text)
        text = "\n".join(f"¶ {line} ¶" if _TABLE_ROW.match(line) or _RANK_ROW.match(line) else line
                         for line in text.split("\n"))
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {name: pdf_page_texts(name) for name in PDFS}
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.main = {}
        for name in HTMLS:
            self.main[name], self.full[name] = html_texts(name)
        for name in (GT, LETTRE):
            self.full[name] = (CORPUS / name).read_text(encoding="utf-8")
        self.kind = {DIAG: "pdf", AAP: "pdf", DELIB: "pdf", BOUCLE: "html", GT: "md", LETTRE: "txt"}
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


def run_at(name: str, page: int, start: str) -> tuple[float, float] | None:
    for x, y, t in text_runs(name, page):
        if t.strip().startswith(start):
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


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f]", " ", text)


def check_pdf_common(corpus: Corpus, problems: list[str]) -> None:
    for name, lo, hi in ((DIAG, 8, 10), (AAP, 3, 5), (DELIB, 2, 2)):
        n = len(corpus.pages[name])
        if not lo <= n <= hi:
            problems.append(f"{name}: {n} pages, expected {lo}-{hi}")
    for name in PDFS:
        meta = PdfReader(CORPUS / name).metadata
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator"):
            if not meta or not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if not meta or "/ModDate" not in meta or "/CreationDate" not in meta or meta["/ModDate"] != meta["/CreationDate"]:
            problems.append(f"{name}: fixed creation and modification dates missing")


def footnote_ok(name: str, page: int, marker: str, note: str, corpus: Corpus) -> bool:
    text = corpus.pages[name][page - 1]
    if text.count(marker) < 2 or norm(note) not in norm(text):
        return False
    runs = text_runs(name, page)
    note_y = min((y for _, y, t in runs if t.startswith(marker)), default=None)
    body = [y for _, y, t in runs if note_y is not None and y < note_y - 0.5]
    return note_y is not None and bool(body) and note_y - max(body) >= 3 and note_y < 285


def check_diag(corpus: Corpus, problems: list[str], toc: dict[str, int]) -> None:
    reader = PdfReader(CORPUS / DIAG)
    pages = [plain(p) for p in corpus.pages[DIAG]]
    n = len(pages)
    outline = flat_outline(reader.outline)
    for title in (*DIAG_SECTIONS, "2.1 Emploi et établissements", "4.2 Le renouvellement des générations"):
        if title not in outline:
            problems.append(f"{DIAG}: outline lacks {title!r}")
    if reader.page_mode != "/UseOutlines":
        problems.append(f"{DIAG}: the outline is not shown on opening")
    header = f"{DIAG_HEADER_L} {DIAG_HEADER_R}"
    if header in pages[0] or "/ 9" in pages[0] or "Février 2026" not in pages[0]:
        problems.append(f"{DIAG}: page 1 is not a cover without running header and footer")
    for i, page in enumerate(pages[1:], 2):
        if not page.startswith(header):
            problems.append(f"{DIAG}: page {i} has no running header")
        if not page.rstrip().endswith(f"{DIAG_FOOTER} {i} / {n}"):
            problems.append(f"{DIAG}: page {i} has no « {i} / {n} » footer")
    for title in DIAG_SECTIONS:
        page = toc.get(title)
        if not page or f"{title} {page}" not in pages[1]:
            problems.append(f"{DIAG}: contents lack {title!r} … {page}")
        elif not re.search(rf"^{re.escape(title)}$", pages[page - 1], re.M):
            problems.append(f"{DIAG}: heading {title!r} is not on p. {page}")
    subs = re.findall(r"^\d\.\d [A-ZÀ-Ý]", "\n".join(pages), re.M)
    if len(subs) < 8:
        problems.append(f"{DIAG}: only {len(subs)} numbered sub-headings (1.1 …)")
    # two-column summary page
    left, right = run_at(DIAG, 2, "Un poids supérieur"), run_at(DIAG, 2, "Le social d'abord")
    if None in (left, right) or abs(left[1] - right[1]) > 1 or right[0] - left[0] < 80:
        problems.append(f"{DIAG}: page 2 is not in two columns ({left}, {right})")
    raw = [p.extract_text() for p in reader.pages]
    breaks = sum(len(re.findall(r"\w-\n\w", t)) for t in raw)
    if breaks < 10:
        problems.append(f"{DIAG}: only {breaks} hyphenated line ends")
    if sorted(set(re.findall(r"Tableau (\d) –", "\n".join(pages)))) != ["1", "2", "3", "4", "5"]:
        problems.append(f"{DIAG}: tables 1-5 not all captioned")
    if "Graphique 1 –" not in pages[6]:
        problems.append(f"{DIAG}: bar chart missing on p. 7")
    # table 1: « Territoire » first column, totals consistent
    if "Territoire Établissements employeurs Salariés Part de l'emploi privé (%)" not in pages[3]:
        problems.append(f"{DIAG}: table 1 header missing on p. 4")
    if (sum(t[1] for t in TERRITOIRES), sum(t[2] for t in TERRITOIRES)) != VESERE_TOTAL[:2]:
        problems.append(f"{DIAG}: table 1 rows do not add up to the Vésère row")
    if sum(r[1] for r in SECTEURS) != VESERE_TOTAL[1] or sum(f[4] for f in FAMILLES) != VESERE_TOTAL[1]:
        problems.append(f"{DIAG}: tables 2 and 3 do not add up to the total")
    # table 2: merged header cells on two rows
    head = [run_at(DIAG, 4, s) for s in ("Établissements employeurs", "2019")]
    if None in head or head[1][1] - head[0][1] < 2:
        problems.append(f"{DIAG}: table 2 has no two-row header ({head})")
    # table 5: across the page break with its header repeated
    head5 = "Rang Employeur Commune Famille Activité Salariés"
    if head5 not in pages[6] or head5 not in pages[7]:
        problems.append(f"{DIAG}: table 5 does not run from p. 7 to p. 8 with its header repeated")
    if "1 Vésère Aide à Domicile (AVAD)" not in pages[6] or "20 Énergies Citoyennes" not in pages[7]:
        problems.append(f"{DIAG}: table 5 rows are not split across pp. 7-8")
    for page, marker, note in ((3, "¹", "¹ Flores (fichier localisé"), (6, "²", "² Avenant 43")):
        if not footnote_ok(DIAG, page, marker, note, corpus):
            problems.append(f"{DIAG}: footnote {marker} missing or not below the body on p. {page}")
    if not re.search(r"\n1\. anticiper les départs.*\n6\. mieux faire connaître", pages[8], re.S):
        problems.append(f"{DIAG}: numbered recommendations missing on p. 9")


def check_aap(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.pages[AAP]]
    n = len(pages)
    full = "\n".join(pages)
    for i, page in enumerate(pages, 1):
        if not page.rstrip().endswith(f"{i}/{n}") or "adopté par la commission permanente du 26 janvier 2026" not in page:
            problems.append(f"{AAP}: page {i} lacks its footer « … {i}/{n} »")
        if i > 1 and not page.startswith("Département de la Vésère Appel à projets « Vésère Solidaire » 2026 – Règlement"):
            problems.append(f"{AAP}: page {i} lacks its running header")
    pos = [full.find(f"Article {k} – ") for k in range(1, 13)]
    if -1 in pos or pos != sorted(pos) or "Article 13" in full:
        problems.append(f"{AAP}: articles 1-12 missing or out of order ({pos})")
    if sum(w for _, w, _ in CRITERES) != 100 or "Total 100 points" not in full:
        problems.append(f"{AAP}: the criteria weights do not add up to 100")
    if "Critère Pondération Éléments appréciés" not in full:
        problems.append(f"{AAP}: criteria table header missing")
    if not all(f"{step} {date}" in full for step, date in CALENDRIER):
        problems.append(f"{AAP}: calendar table rows missing")
    if "Enveloppe 2026\n450 000 €" not in pages[0]:
        problems.append(f"{AAP}: key-figures box missing on p. 1")
    if not re.search(r"\nContact\nMission économie sociale et solidaire.*vesere-solidaire@vesere\.fr", pages[-1], re.S):
        problems.append(f"{AAP}: contact box missing on the last page")
    if "Annexe – Exemples de projets soutenus en 2025" not in full:
        problems.append(f"{AAP}: annex table missing")


def check_delib(corpus: Corpus, problems: list[str]) -> None:
    pages = [plain(p) for p in corpus.pages[DELIB]]
    p1, full = pages[0], "\n".join(pages)
    for needle in ("EXTRAIT DU REGISTRE", "DES DÉLIBÉRATIONS", "DU CONSEIL MUNICIPAL", "– en exercice : 35",
                   "– présents : 27", "– représentés : 5", "– votants : 32", "Secrétaire de séance",
                   f"Délibération n° {DELIB_NO}", "Le Conseil municipal,"):
        if needle not in p1:
            problems.append(f"{DELIB}: {needle!r} missing on p. 1")
    if EN_EXERCICE != 35 or len(PRESENTS) != 27:
        problems.append(f"{DELIB}: council numbers do not match the lists of members")
    if len(re.findall(r"^Vu ", full, re.M)) < 5 or len(re.findall(r"^Considérant ", full, re.M)) < 3:
        problems.append(f"{DELIB}: « Vu » or « Considérant » paragraphs missing")
    if "DÉCIDE :" not in full or not all(f"Article {k}  :" in full or f"Article {k} :" in full for k in range(1, 7)):
        problems.append(f"{DELIB}: « DÉCIDE » and articles 1-6 missing")
    total = sum(parse_int(r[3]) for r in SUBVENTIONS)
    if f"Total 42 500 € {fr_int(total).replace('~', ' ')} €" not in full:
        problems.append(f"{DELIB}: grant table total row missing or wrong")
    m = re.search(r"Pour : (\d+) – Contre : (\d+) – Abstentions : (\d+).*?Ne prend pas part au vote : (\d+)", full, re.S)
    if not m or sum(int(g) for g in m.groups()) != len(PRESENTS) + len(POUVOIRS):
        problems.append(f"{DELIB}: votes do not add up to the number of voters")
    for i, page in enumerate(pages, 1):
        if not page.rstrip().endswith(f"{DELIB_FOOTER} Page {i}/2"):
            problems.append(f"{DELIB}: page {i} lacks its footer")
    first, second = "D'attribuer au titre du Fonds municipal d'initiatives solidaires 2026", "pour un montant total de 83 000 €"
    if first not in pages[0] or second not in pages[1] or second in pages[0]:
        problems.append(f"{DELIB}: article 1 does not run from p. 1 to p. 2")
    sig = [run_at(DELIB, 2, s) for s in ("Le secrétaire de séance", "Le Maire,")]
    if None in sig or abs(sig[0][1] - sig[1][1]) > 0.5 or sig[1][0] - sig[0][0] < 60:
        problems.append(f"{DELIB}: signatures are not side by side ({sig})")


def check_html(problems: list[str]) -> None:
    raw = (CORPUS / BOUCLE).read_text(encoding="utf-8")
    for needle in ('property="og:title"', 'property="article:published_time"', 'name="description"', "<title>",
                   'rel="canonical"', "application/ld+json", "tarteaucitron", 'id="tarteaucitronAlertBig"',
                   "Tout accepter", "Tout refuser", "liens-evitement", 'aria-label="Navigation principale"',
                   "menu__sous-menu", 'role="search"', 'aria-label="Vous êtes ici"', 'class="partage"',
                   "<figure", 'class="credit"', "<table", "<caption>", "<thead>", 'scope="row"', "<blockquote",
                   "<cite>", "<dl", "<details>", "<summary>", 'class="telechargements"', "(PDF, 2,4 Mo)",
                   'class="encart-contact"', "<aside", "Agenda", "À lire aussi", "<footer", "Mentions légales",
                   "Crédits photos", "_paq.push", "&nbsp;€"):
        if needle not in raw:
            problems.append(f"{BOUCLE}: {needle!r} missing")
    soup = BeautifulSoup(raw, "html.parser")
    main = soup.find("main")
    if main is None or main.find(["aside", "nav", "form"]) or soup.find("aside") is None:
        problems.append(f"{BOUCLE}: <main> must hold the article only (sidebar, menus and forms outside)")
    if main is not None and len(main.find_all("details")) != 5:
        problems.append(f"{BOUCLE}: the FAQ should have five <details>")
    if len(soup.find_all("script")) < 4:
        problems.append(f"{BOUCLE}: fewer than four scripts")
    if not re.search(r"<p[^>]*>[^<]*\n[^<]*</p>", raw):
        problems.append(f"{BOUCLE}: no hard newline inside a <p>")


def md_table(text: str, first_header: str) -> list[list[str]]:
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith(f"| {first_header} |"))
    rows = []
    for ln in lines[start + 2:]:
        if not ln.startswith("|"):
            break
        rows.append([c.strip().strip("*") for c in ln.strip("|").split("|")])
    return rows


def check_md(corpus: Corpus, problems: list[str]) -> None:
    md = corpus.full[GT]
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not front or not all(re.search(rf"^{k}:", front.group(1), re.M) for k in ("title", "date", "author", "participants", "tags")):
        problems.append(f"{GT}: YAML front matter incomplete")
    elif not re.search(r"^participants:\n(  - .+\n)+", front.group(1) + "\n", re.M):
        problems.append(f"{GT}: participants are not a YAML list")
    body = md[front.end():] if front else md
    for level in ("# ", "## ", "### "):
        if not re.search(rf"^{level}\S", body, re.M):
            problems.append(f"{GT}: no heading of level {len(level) - 1}")
    if body.count("|---") < 3 or not re.search(r"^- .*\n  - ", body, re.M) or body.count("**Décision :**") < 2:
        problems.append(f"{GT}: pipe tables, nested lists or « **Décision :** » labels missing")
    if not re.search(r"^1\. .*\n2\. ", body, re.M) or max(len(ln) for ln in body.splitlines()) < 200:
        problems.append(f"{GT}: numbered list missing, or prose hard-wrapped")
    rows = md_table(body, "Tiers-lieu")
    *places, total = rows
    for col in (4, 5):
        if sum(parse_int(r[col]) for r in places) != parse_int(total[col]):
            problems.append(f"{GT}: tiers-lieux table column {col} does not add up")
    if sum(parse_int(r[1]) for r in md_table(body, "Source de recettes")) != 100:
        problems.append(f"{GT}: revenue shares do not add up to 100 %")


def check_txt(corpus: Corpus, problems: list[str]) -> None:
    txt = corpus.full[LETTRE]
    lines = txt.splitlines()
    for line in lines:
        if len(line) > LETTRE_WIDTH:
            problems.append(f"{LETTRE}: line longer than {LETTRE_WIDTH}: {line!r}")
    if [ln.split(" :")[0] for ln in lines[:4]] != ["De", "Envoyé", "À", "Objet"]:
        problems.append(f"{LETTRE}: e-mail header lines missing")
    if txt.count(DRULE) != 2 or len(re.findall(rf"^{RULE}\n\d\. [A-ZÀ-Ý' :]+\n{RULE}$", txt, re.M)) != 7:
        problems.append(f"{LETTRE}: = rules or the seven ruled section headings missing")
    if len(re.findall(r"^\* ", txt, re.M)) < 6:
        problems.append(f"{LETTRE}: bullet lists missing")
    adh = [ln for ln in lines if re.match(r"^  [A-Z][\w ,()]+ {2,}\d+ +[+0-9]+$", ln)]
    if len(adh) != 7 or len({len(ln) for ln in adh}) != 1:
        problems.append(f"{LETTRE}: the members table is not right-aligned ({len(adh)} rows)")
    ag = [ln for ln in lines if re.match(r"^  \d\d/\d\d  ", ln)]
    head = next((ln for ln in lines if ln.startswith("  Date ")), "")
    starts = [head.find(h) for h in ("Heure", "Rendez-vous", "Lieu")]
    if len(ag) != len(AGENDA) or -1 in starts or not all(ln[s] != " " and ln[s - 1] == " " for ln in ag for s in starts):
        problems.append(f"{LETTRE}: agenda table missing or its columns are not aligned")


def check_structure(corpus: Corpus, problems: list[str], toc: dict[str, int]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the six documents")
    check_pdf_common(corpus, problems)
    check_diag(corpus, problems, toc)
    check_aap(corpus, problems)
    check_delib(corpus, problems)
    check_html(problems)
    check_md(corpus, problems)
    check_txt(corpus, problems)


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")


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
            if q.why not in WHY:
                problems.append(f"{q.question!r}: unanswerable without a reason ({q.why!r})")
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
            ENGLISH_REFORMAT.search(f) and "@" not in f and not re.fullmatch(r"0\d( \d\d){4}", f) for f in q.facts
        ):
            problems.append(f"{q.question!r}: English question with a fact an English answer would reformat")
        if "compare" in q.tags.split() and "table" not in q.tags.split():
            problems.append(f"{q.question!r}: comparison questions are table lookups")


def where_report(questions: list[Q], corpus: Corpus) -> None:
    """--where: pages of each PDF fact, to review the ``pages`` field."""
    for q in questions:
        if not q.answerable:
            continue
        for s in q.sources:
            name = SRC[s]
            if name not in PDFS:
                continue
            found = {f: [i for i, p in enumerate(corpus.norm_pages[name], 1) if norm(f) in p] for f in q.facts}
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


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(20).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"fresh20-eval-{i:03d}",
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
        if not re.fullmatch(r"fresh20-eval-\d{3}", row["id"]) or row["id"] in ids:
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
    toc = build_diag({})        # first pass: where the sections fall
    found = build_diag(toc)     # second pass: the contents filled in
    build_aap()
    build_delib()
    build_boucle()
    build_gt()
    build_lettre()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    notes: list[str] = []
    if found != toc:
        problems.append(f"{DIAG}: contents changed between passes ({toc} → {found})")
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
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
