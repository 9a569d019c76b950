"""Build the fresh38 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh38/build.py

It writes ``evals/fresh38/corpus/`` (eight documents) and
``evals/fresh38/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the sha256 of every file.

Everything is fictional: the Aubrevalle region (Castelvigne) and its CRESS;
the Département de la Drevanne (Corbérac); the Communauté de communes du
Pays d'Ambrelle; the entreprise d'insertion Ébénia at Quinsac; the
associations Tisserande and Les Potagers de la Vézanne; the SCIC Rouages;
the PTCE Vézanne Coopère; the communes, streets, people and all the figures.
The set was written blind: its author read only ``evals/fresh37/README.md``
and ``evals/fresh37/build.py`` (file format and PDF/HTML/e-mail plumbing,
adapted here), the first five lines of ``evals/fresh37/questions.jsonl`` and
the ``[tool.ruff]`` settings, not the tool's code, its tests or any other
eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the text of every document as the checks see it;
``--names`` prints the capitalised words shared with fresh37;
``--no-determinism`` skips the second build; ``--build-only DIR`` only writes
the corpus and the questions into DIR (used for the determinism check).
"""

from __future__ import annotations

import base64
import email
import hashlib
import io
import json
import os
import quopri
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
from pathlib import Path

import fpdf.output as fpdf_output
import pyphen
from bs4 import BeautifulSoup
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from pypdf import PdfReader

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh38"
FRESH37 = HERE.parent / "fresh37"

RAP = "Ebenia_Rapport-activite-2025_web.pdf"
DEL = "CP-2027-03-112_deliberation_ESS-et-territoires_Drevanne.pdf"
FRM = "Tisserande_dossier-AAP-ESS-2027_signe.pdf"
WP = "Les Potagers de la Vézanne – Jardin d'insertion bio à Lavergnolle.html"
ODP = "data.aubrevalle.fr - Emploi salarié ESS par commune - Drevanne 2024.html"
OBS = "2026-11-24 SCIC Rouages - garage solidaire.md"
TMS = "COPIL PTCE Vezanne Coopere - 14-01-2027 - Transcription.txt"
EML = "RE_ RE_ Marché mobilier collèges - lot 3 réservé SIAE - bilan 2026.eml"
DOCS = (RAP, DEL, FRM, WP, ODP, OBS, TMS, EML)
PDFS = (RAP, DEL, FRM)
HTMLS = (WP, ODP)
SRC = {"R": RAP, "D": DEL, "F": FRM, "W": WP, "O": ODP, "N": OBS, "T": TMS, "E": EML}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh37)
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
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|t\b|m²|ha\b|ETP\b))", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def sp(n: int) -> str:
    """29450 -> '29 450' (ordinary space)."""
    return f"{n:,}".replace(",", " ")


def paras(block: str) -> list[str]:
    """Paragraphs of a triple-quoted block: blank lines separate them, line ends are spaces."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", block.strip()) if p.strip()]


def one(block: str) -> str:
    """A triple-quoted block as one line."""
    return " ".join(block.split())


JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MOIS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)


def jour(iso: str, weekday: bool = True) -> str:
    """'2027-03-08' -> 'lundi 8 mars 2027' (the weekday is computed, never typed)."""
    d = date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MOIS_FR[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {text}" if weekday else text


GREY = (110, 112, 118)


class BasePDF(FPDF):
    def __init__(self, page_format: str = "A4"):
        super().__init__(orientation="P", format=page_format, unit="mm")
        fonts = (
            ("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed"),
            ("Serif", "DejaVuSerif"), ("SerifC", "DejaVuSerifCondensed"),
        )
        for fam, base in fonts:
            obl = "Oblique" if "Sans" in base else "Italic"
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-{obl}.ttf"))
            self.add_font(fam, "BI", str(FONT_DIR / f"{base}-Bold{obl}.ttf"))
        self.add_font("Mono", "", str(FONT_DIR / "DejaVuSansMono.ttf"))
        self.set_lang("fr-FR")
        self.body = ("Serif", 10.0)
        self.lf = 0.5

    def hy(self, text: str) -> str:
        return hyphenate(nb(text))

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def para(self, text: str, size: float | None = None, style: str = "", after: float = 2.0,
             align: str = "J", family: str | None = None, w: float = 0,
             color: tuple[int, int, int] | None = None, hyph: bool = True) -> None:
        fam, default = self.body
        size = size or default
        self.set_font(family or fam, style, size)
        if color:
            self.set_text_color(*color)
        self.multi_cell(w, size * self.lf, self.hy(text) if hyph else nb(text), align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", indent: float = 2, mark_w: float = 4,
                size: float | None = None, after_item: float = 0.6) -> None:
        fam, default = self.body
        size = size or default
        lh = size * self.lf
        for item in items:
            x0 = self.l_margin
            self.set_x(x0 + indent)
            self.set_font(fam, "", size)
            self.cell(mark_w, lh, mark)
            self.set_left_margin(x0 + indent + mark_w)
            self.multi_cell(0, lh, self.hy(item), align="J", new_x=XPos.LMARGIN,
                            new_y=YPos.NEXT)
            self.set_left_margin(x0)
            self.set_x(x0)
            self.ln(after_item)
        self.ln(1.0)

    def grid(self, widths, aligns, head, rows, size=8.0, family="Sans", repeat=0,
             line_height=4.2, row_styles=None, fill=(225, 232, 240)) -> None:
        """A table; a cell is a text or a (text, colspan) tuple."""
        self.set_font(family, "", size)
        self.set_draw_color(140, 140, 140)
        self.set_line_width(0.15)
        style = FontFace(emphasis="BOLD", fill_color=fill)
        with self.table(col_widths=widths, text_align=aligns, line_height=line_height,
                        width=sum(widths), align="LEFT", num_heading_rows=1,
                        headings_style=style, padding=(0.8, 1.2),
                        repeat_headings=repeat) as table:
            row = table.row()
            for cell in head:
                row.cell(nb(cell), align="CENTER")
            for k, r in enumerate(rows):
                row = table.row(style=row_styles[k] if row_styles else None)
                for c in r:
                    if isinstance(c, tuple):
                        row.cell(nb(c[0]), colspan=c[1])
                    else:
                        row.cell(nb(c))
        self.ln(2)

    def scribble(self, x: float, y: float, seed: int, n: int = 14) -> None:
        """A signature's scribble, drawn from a seeded generator."""
        rng = random.Random(seed)
        self.set_draw_color(20, 30, 90)
        self.set_line_width(0.45)
        self.polyline([(x + i * 2.6, y + rng.uniform(-4, 4)) for i in range(n)])
        self.set_draw_color(0, 0, 0)


def save_pdf(pdf: FPDF, name: str, meta: dict[str, str], created: datetime) -> None:
    pdf.set_title(meta["title"])
    pdf.set_subject(meta["subject"])
    pdf.set_author(meta["author"])
    pdf.set_creator(meta["creator"])
    pdf.set_producer(meta["producer"])
    pdf.set_keywords(meta["keywords"])
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))

# ---------------------------------------------------------------------------
# Document R: the activity report of the entreprise d'insertion Ébénia (PDF, A4, InDesign-like
# two-column layout: cover band, running header and footer with page numbers, pull quotes, a
# key-figures box, a table of results by year, footnotes at the foot of the page)
# ---------------------------------------------------------------------------

ROUGE = (176, 66, 36)
SABLE = (246, 238, 226)
RAP_HEAD = "ÉBÉNIA · RAPPORT D'ACTIVITÉ 2025"
RAP_TOP = 26.0
COL_W = 86.0
GAP = 8.0
# indicator, 2022, 2023, 2024, 2025
RAP_TABLE = [
    ("Chiffre d'affaires (€)", "1 052 000", "1 198 000", "1 341 000", "1 486 000"),
    ("Aide au poste de l'État (€)", "176 800", "201 600", "229 400", "258 060"),
    ("ETP d'insertion conventionnés", "16", "18", "20", "22"),
    ("Salariés en parcours", "47", "52", "58", "64"),
    ("Sorties dynamiques (%)", "54", "58", "57", "61"),
    ("Palettes reconditionnées", "33 500", "37 900", "41 700", "48 200"),
    ("Résultat net (€)", "18 400", "-6 200⁵", "24 900", "31 750"),
]
RAP_FIGURES = [
    ("64", "salariés en parcours accompagnés"),
    ("22", "ETP d'insertion conventionnés"),
    ("61 %", "de sorties dynamiques"),
    ("48 200", "palettes reconditionnées"),
    ("1 320 t", "de bois réemployé ou recyclé"),
    ("1 486 000 €", "de chiffre d'affaires"),
]
RAP_NOTES = {
    "¹": one("""Entreprise d'insertion : structure d'insertion par l'activité économique (SIAE) qui
        produit des biens et des services marchands tout en accompagnant des salariés en contrat
        à durée déterminée d'insertion (CDDI), au sens de l'article L. 5132-5 du code du
        travail."""),
    "²": one("""ETP : équivalent temps plein ; les 22 ETP conventionnés en 2025 correspondent à
        35 354 heures de travail rémunérées."""),
    "³": one("""Sorties dynamiques : emploi durable, emploi de transition et sorties positives
        (formation qualifiante, entrée dans une autre SIAE), selon la définition retenue par
        l'État pour les SIAE."""),
    "⁴": "Pesée à l'entrée du site ; bois de classes A et B.",
    "⁵": one("""Résultat 2023 négatif en raison des charges exceptionnelles liées au
        déménagement dans la ZA des Prunelliers (41 300 €)."""),
}
RAP_EDITO = paras("""
2025 restera pour Ébénia l'année de tous les records : 64 salariés en parcours d'insertion
accompagnés, 48 200 palettes reconditionnées et un chiffre d'affaires qui franchit pour la
première fois le cap de 1,4 million d'euros. Ces résultats sont d'abord ceux des équipes,
permanents et salariés en parcours, qui ont tenu la cadence malgré la panne de notre scie à
format en février.

Nous avons aussi pris un virage : depuis le 1er juillet 2025, Ébénia est titulaire du lot 3,
réservé aux structures d'insertion, du marché de mobilier scolaire des collèges de la
Drevanne. C'est une reconnaissance et un défi : 1 800 heures d'insertion par an à garantir
pendant quatre ans.

En 2026, nous ouvrirons avec le DLA de la Drevanne une réflexion sur notre statut : rester une
SAS agréée ESUS ou devenir une SCIC, pour associer les salariés, les clients publics et les
partenaires à la gouvernance.
""")
RAP_QUI = paras("""
Créée en 2014 à Quinsac par quatre menuisiers et une conseillère en insertion, Ébénia est une
entreprise d'insertion (EI)¹ constituée en SAS et agréée « entreprise solidaire d'utilité
sociale » (ESUS) depuis 2019. Elle est conventionnée par l'État (DDETS de la Drevanne) pour
22 postes en équivalent temps plein² en 2025, contre 20 en 2024.

Depuis mars 2023, l'entreprise occupe un bâtiment de 2 600 mètres carrés au 7 rue des Charrons, dans
la zone artisanale des Prunelliers, loué à la Communauté de communes du Pays d'Ambrelle. Elle y
exerce trois métiers : le reconditionnement et la réparation de palettes, la menuiserie de
réemploi (mobilier fabriqué à partir de bois de récupération) et la déconstruction soignée de
charpentes et de planchers sur des chantiers de rénovation.

L'équipe permanente compte 9 salariés : la directrice, Mathilde Garrigou ; une responsable
administrative et financière ; deux encadrants techniques d'insertion, dont Damien Carrère,
responsable de l'atelier palettes ; une conseillère en insertion professionnelle, Léonie
Barrau ; un chef d'atelier menuiserie ; un commercial ; un chauffeur-livreur et un agent de
maintenance.

Le capital de la SAS, 60 000 €, est détenu à 51 % par l'association fondatrice Aubier, à 29 %
par les salariés et à 20 % par deux investisseurs solidaires. Le comité stratégique, présidé
par Hervé Solignac, s'est réuni quatre fois en 2025.
""")
RAP_PARCOURS = paras("""
En 2025, Ébénia a accompagné 64 salariés en parcours d'insertion (58 en 2024), dont 38 entrés
dans l'année. Ils ont été orientés par France Travail (27 personnes), par les services du
Département au titre du RSA (15), par la mission locale de la Drevanne (14) et par le CCAS de
Corbérac (8).

Parmi eux, 41 hommes et 23 femmes ; 19 jeunes de moins de 26 ans (30 %) et 11 seniors de
50 ans et plus ; 30 bénéficiaires du RSA (47 %) ; 9 travailleurs handicapés (RQTH) et 22
habitants d'un quartier prioritaire de la politique de la ville. La durée moyenne des parcours
est de 11,5 mois, pour un contrat de 26 heures hebdomadaires en moyenne.

Léonie Barrau a conduit 612 entretiens individuels. 46 salariés ont suivi au moins une
formation, pour 1 940 heures au total : 17 ont obtenu le certificat de conduite de chariot
élévateur et 6 le titre professionnel d'agent de fabrication industrielle.

Sur les 18 salariés sortis en 2025, 11 ont connu une sortie dynamique³, soit 61 % (57 % en
2024) : 6 sorties vers l'emploi durable (4 CDI et 2 CDD de plus de six mois), 3 vers un emploi
de transition et 2 sorties positives (une formation qualifiante d'ébéniste, une entrée dans
une autre SIAE). L'objectif fixé par la DDETS était de 55 %.

Les freins périphériques n'ont pas été oubliés : 14 permis de conduire financés (9 obtenus),
7 solutions de logement trouvées avec les bailleurs sociaux et 12 locations de scooters avec
l'association MobiDrev.
""")
RAP_ACTIVITES = paras("""
Palettes. L'atelier a reconditionné 48 200 palettes en 2025 (41 700 en 2024) pour 62 clients
industriels et logisticiens du département. Le premier client reste la coopérative agricole
Terres de Rochenaud, avec 9 400 palettes.

Menuiserie de réemploi. L'atelier a honoré 214 commandes (163 en 2024), dont 96 pour des
collectivités et des établissements publics. Au titre du lot 3 du marché de mobilier des
collèges, Ébénia a livré à la rentrée 2025 ses premières tables de réfectoire et ses premiers
bancs : 412 pièces dans 5 collèges, et a réalisé 870 heures d'insertion au second semestre.

Déconstruction. Ébénia a mené 9 chantiers de déconstruction soignée, dont la charpente de
l'ancienne grange dîmière de Fonbrune : 47 tonnes de chêne récupérées et stockées pour la
menuiserie.

Au total, 1 320 tonnes de bois⁴ ont été détournées de l'enfouissement ou du broyage, soit
environ 1 950 tonnes d'équivalent CO2 évitées.
""")
RAP_COMPTES = paras("""
Les produits d'exploitation atteignent 1 812 400 €, dont 1 486 000 € de chiffre d'affaires
(82 %), 258 060 € d'aide au poste de l'État, 42 000 € du FSE+ pour l'accompagnement
renforcé, 25 000 € du Département de la Drevanne au titre du programme « ESS et territoires »
et 1 340 € d'autres produits.

La masse salariale s'élève à 1 118 300 €, soit 63 % des charges d'exploitation
(1 780 650 €). Le résultat net, 31 750 €, est affecté en totalité aux réserves.

Les investissements de l'année, 138 000 €, comprennent la nouvelle scie à format (46 500 €),
un chariot élévateur électrique (38 200 €) et l'aménagement du show-room (53 300 €). Ils ont
été financés par un prêt de 80 000 € sur sept ans, une aide de 8 000 € de la Communauté de
communes du Pays d'Ambrelle et l'autofinancement.
""")
RAP_PERSPECTIVES = [
    "passer à 26 ETP d'insertion conventionnés (demande déposée auprès de la DDETS en novembre "
    "2025) ;",
    "ouvrir au printemps 2026 un point de vente de mobilier de réemploi à Corbérac ;",
    "rejoindre le PTCE Vézanne Coopère avec Tisserande, Les Potagers de la Vézanne et la SCIC "
    "Rouages ;",
    "engager un accompagnement DLA sur l'évolution du statut (SAS agréée ESUS ou SCIC) ;",
    "réduire de 15 % la consommation d'électricité de l'atelier.",
]
RAP_CONTACT = one("""Ébénia SAS – 7 rue des Charrons – ZA des Prunelliers – Quinsac ·
    04 65 71 48 90 · contact@ebenia-insertion.fr · ebenia-insertion.fr. Directrice de la
    publication : Mathilde Garrigou. Mise en page : Studio Lignière, Castelvigne. Photos :
    Damien Carrère. Imprimé sur papier recyclé, avril 2026.""")


class RapPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(15, RAP_TOP, 15)
        self.set_auto_page_break(True, margin=36)
        self.body = ("Serif", 8.9)
        self.lf = 0.47
        self.col = 0
        self.col_top = RAP_TOP
        self.notes: dict[int, list[str]] = {}

    def set_col(self, col: int) -> None:
        self.col = col
        x = 15 + col * (COL_W + GAP)
        self.set_left_margin(x)
        self.set_right_margin(self.w - x - COL_W)
        self.set_x(x)

    def accept_page_break(self) -> bool:
        if self.col == 0:
            self.set_col(1)
            self.set_y(self.col_top)
            return False
        self.set_col(0)
        return True

    def need(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            if self.col == 0:
                self.set_col(1)
                self.set_y(self.col_top)
            else:
                self.set_col(0)
                self.add_page()

    def header(self):
        self.col_top = RAP_TOP
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "B", 7.2)
        self.set_text_color(*ROUGE)
        self.set_x(15)
        self.cell(90, 4, RAP_HEAD)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.set_x(105)
        self.cell(90, 4, "Entreprise d'insertion – Quinsac (Drevanne)", align="R")
        self.set_draw_color(*ROUGE)
        self.set_line_width(0.4)
        self.line(15, 15.5, 195, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(RAP_TOP)

    def footer(self):
        notes = self.notes.get(self.page_no(), [])
        y = self.h - 33
        if notes:
            self.set_draw_color(*GREY)
            self.set_line_width(0.2)
            self.line(15, y, 60, y)
            self.set_xy(15, y + 1)
            self.set_font("Sans", "", 6.4)
            for mark in notes:
                self.set_x(15)
                self.multi_cell(180, 2.9, nb(f"{mark} {RAP_NOTES[mark]}"),
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(self.h - 12)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.set_x(15)
        self.cell(60, 4, "ebenia-insertion.fr")
        self.set_x(75)
        self.cell(60, 4, f"– {self.page_no()} –", align="C")
        self.set_x(135)
        self.cell(60, 4, "Rapport d'activité 2025", align="R")
        self.set_text_color(0, 0, 0)

    def note_marks(self, text: str) -> None:
        """Footnotes are placed by a first pass (see ``build_rap``); nothing to do here."""

    def heading(self, text: str) -> None:
        self.need(22)
        self.ln(1.5)
        self.start_section(text, 0)
        self.set_font("Sans", "B", 11.5)
        self.set_text_color(*ROUGE)
        self.multi_cell(0, 5.6, nb(text.upper()), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*ROUGE)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.y + 0.5, self.l_margin + 14, self.y + 0.5)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)

    def text(self, items: list[str]) -> None:
        for p in items:
            self.need(10)
            self.para(p, after=1.6)
            self.note_marks(p)

    def quote(self, text: str, who: str) -> None:
        self.need(34)
        self.ln(1)
        y0 = self.y
        self.set_font("Serif", "I", 11.5)
        self.set_text_color(*ROUGE)
        self.set_x(self.l_margin + 5)
        self.multi_cell(COL_W - 6, 5.4, nb(text), align="L", new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)
        self.set_font("Sans", "B", 7.4)
        self.set_text_color(*GREY)
        self.set_x(self.l_margin + 5)
        self.multi_cell(COL_W - 6, 3.6, nb(who), align="L", new_x=XPos.LMARGIN,
                        new_y=YPos.NEXT)
        self.set_draw_color(*ROUGE)
        self.set_line_width(1.2)
        self.line(self.l_margin + 1, y0, self.l_margin + 1, self.y)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def figures_box(self) -> None:
        h = 10 + 9.4 * len(RAP_FIGURES)
        self.need(h + 4)
        x0, y0 = self.l_margin, self.y
        self.set_fill_color(*SABLE)
        self.rect(x0, y0, COL_W, h, style="F")
        self.set_xy(x0 + 4, y0 + 3)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*ROUGE)
        self.cell(COL_W - 8, 5, "2025 EN CHIFFRES", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for big, label in RAP_FIGURES:
            self.set_x(x0 + 4)
            self.set_font("Sans", "B", 14)
            self.set_text_color(*ROUGE)
            self.cell(34, 9.4, nb(big))
            self.set_font("Sans", "", 8)
            self.set_text_color(0, 0, 0)
            self.cell(COL_W - 42, 9.4, nb(label), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(y0 + h + 4)

    def results(self) -> None:
        self.need(56)
        self.set_font("Sans", "B", 8.4)
        self.set_text_color(*ROUGE)
        self.cell(0, 5, "Évolution des résultats 2022-2025", new_x=XPos.LMARGIN,
                  new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.grid([30, 14, 14, 14, 14], ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
                  ["Indicateur", "2022", "2023", "2024", "2025"], RAP_TABLE, size=6.9,
                  family="Cond", line_height=3.4, fill=SABLE)
        self.note_marks("⁵")
        self.set_font("Sans", "I", 6.6)
        self.multi_cell(0, 3, "Source : comptes annuels certifiés et bilans DDETS.",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(3)


def build_rap() -> None:
    """Two passes: the first finds the page of every footnote mark, the second prints the
    notes at the foot of those pages (the notes sit in the bottom margin: same layout)."""
    first = bytes(rap_pdf({}).output())
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(first)).pages]
    notes: dict[int, list[str]] = {}
    for mark in RAP_NOTES:
        where = [i for i, t in enumerate(pages, 1) if re.search(rf"[\w)]{mark}", t)]
        notes.setdefault(where[0], []).append(mark)
    save_pdf(rap_pdf(notes), RAP, {
        "title": "Ébénia – Rapport d'activité 2025",
        "subject": "Rapport d'activité 2025 de l'entreprise d'insertion Ébénia (Quinsac)",
        "author": "Ébénia SAS – Studio Lignière",
        "keywords": "insertion, entreprise d'insertion, réemploi, bois, palettes, Drevanne",
        "creator": "Adobe InDesign 19.2 (Macintosh)",
        "producer": "Adobe PDF Library 17.0",
    }, datetime(2026, 4, 28, 16, 12, 40, tzinfo=UTC))


def rap_pdf(notes: dict[int, list[str]]) -> RapPDF:
    pdf = RapPDF()
    pdf.notes = notes
    pdf.add_page()
    pdf.set_fill_color(*ROUGE)
    pdf.rect(0, 0, 210, 62, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 14)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, "ÉBÉNIA · ENTREPRISE D'INSERTION · QUINSAC", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 30)
    pdf.cell(0, 15, nb("Rapport d'activité 2025"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Serif", "I", 12)
    pdf.cell(0, 7, nb("Le bois de réemploi, un métier pour repartir"), new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.col_top = 70
    pdf.set_col(0)
    pdf.set_y(70)
    pdf.heading("Édito")
    pdf.text(RAP_EDITO)
    pdf.set_font("Serif", "BI", 8.9)
    pdf.multi_cell(0, 4.2, nb("Hervé Solignac, président d'Ébénia"), align="R",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.heading("Qui sommes-nous ?")
    pdf.text(RAP_QUI)
    pdf.heading("Les salariés en parcours")
    pdf.text(RAP_PARCOURS[:2])
    pdf.figures_box()
    pdf.text(RAP_PARCOURS[2:])
    pdf.quote("« Ici, on ne recycle pas seulement du bois : on remet des parcours debout. »",
              "Léonie Barrau, conseillère en insertion professionnelle")
    pdf.heading("Nos activités en 2025")
    pdf.text(RAP_ACTIVITES)
    pdf.quote("« Le marché des collèges nous donne quatre ans de visibilité : c'est ce qui nous "
              "permet d'embaucher. »", "Mathilde Garrigou, directrice")
    pdf.heading("Résultats et comptes 2025")
    pdf.results()
    pdf.text(RAP_COMPTES)
    pdf.heading("Perspectives 2026")
    pdf.bullets(RAP_PERSPECTIVES, mark="›")
    pdf.need(30)
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(0, 3.4, nb(RAP_CONTACT), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    return pdf

# ---------------------------------------------------------------------------
# Document D: a délibération of the Commission permanente of the Département de la Drevanne
# (PDF, A4: letterhead, « Vu… » and « Considérant… » recitals, numbered articles, vote count,
# « Pour extrait conforme » signature block, annex table of grants per beneficiary spanning a
# page break with a repeated header row; running header from page 2, « Page n/N » footer)
# ---------------------------------------------------------------------------

DEL_NUM = "CP-2027-03-112"
DEL_HEAD = "Département de la Drevanne – Commission permanente du 8 mars 2027"
VERT_D = (0, 92, 84)
# beneficiary, commune, object, nature (F/I), requested, granted
DEL_ROWS = [
    ("Ébénia (SAS, entreprise d'insertion)", "Quinsac",
     "Atelier de mobilier de réemploi pour les collèges", "I", 40000, 30000),
    ("Tisserande (association, ACI)", "Pradinès",
     "Atelier de couture solidaire et boutique textile « Seconde Maille »", "F", 24000, 20000),
    ("Les Potagers de la Vézanne (ACI)", "Lavergnolle", "Légumerie et paniers solidaires", "I",
     35000, 25000),
    ("SCIC Rouages", "Saugières", "Garage solidaire : pont élévateur et outillage", "I", 18000,
     15000),
    ("Recyclerie La Trémie", "Ambrelle", "Collecte des encombrants en milieu rural", "F", 15000,
     12000),
    ("Café associatif L'Azerole", "Fonbrune", "Animation du café et programme culturel", "F",
     8000, 6000),
    ("Épicerie solidaire Le Grenier d'Estirac", "Estirac", "Épicerie itinérante", "F", 12000,
     10000),
    ("Passerelle ESS Drevanne (DLA)", "Corbérac",
     "Cofinancement du dispositif local d'accompagnement", "F", 20000, 20000),
    ("SCIC Terres de Rochenaud", "Rochenaud", "Atelier de transformation de légumes secs", "I",
     30000, 18000),
    ("MobiDrev", "Corbérac", "Location solidaire de scooters", "F", 16000, 14000),
    ("Régie de quartier des Aubépines", "Corbérac", "Conciergerie de quartier", "F", 22000,
     18000),
    ("Bouquins Voyageurs", "Saugières", "Bibliobus associatif et ateliers numériques", "F",
     6500, 5000),
    ("SCOP Ardoise et Lauze", "Rochenaud", "Formation de couvreurs en insertion", "F", 14000,
     10000),
    ("Cuisine commune de Tréviel", "Tréviel", "Cuisine partagée et traiteur d'insertion", "I",
     25000, 20000),
    ("Coopérative jeunesse de services de Corbérac", "Corbérac",
     "Coopérative jeunesse de services (été 2027)", "F", 5000, 5000),
    ("Ressourcerie du Castagnol", "Castagnols", "Extension de la boutique", "I", 20000, 12000),
    ("Association Dérailleur", "Ambrelle", "Atelier d'autoréparation de cycles", "F", 7000,
     6000),
    ("Habitat partagé de Bessonac", "Bessonac", "Habitat inclusif pour personnes âgées", "F",
     18000, 12000),
    ("GEIQ BTP Drevanne", "Corbérac", "Recrutement de 12 alternants", "F", 15000, 12000),
    ("Germoir ESS (CRESS Aubrevalle)", "Castelvigne", "Incubation de 8 projets drevannais", "F",
     20000, 16000),
    ("Les Semeurs de Quinsac", "Quinsac", "Jardins partagés et épicerie vrac", "F", 4000, 3500),
    ("Tiers-lieu La Cardabelle", "Estirac", "Fab-lab et espace de travail partagé", "I", 30000,
     20000),
    ("Radio Vézanne", "Ambrelle", "Émissions mensuelles sur l'ESS", "F", 5000, 4000),
    ("SCOP Les Presses de Quinsac", "Quinsac", "Reprise de l'imprimerie par ses salariés", "I",
     35000, 25000),
    ("Entraide Pradinès (association intermédiaire)", "Pradinès",
     "Mise à disposition de personnel en milieu rural", "F", 12000, 10000),
    ("Ferme de Combebelle (ACI)", "Tréviel", "Poulailler mobile", "I", 16000, 12000),
    ("Clic & Causette", "Bessonac", "Médiation numérique pour les seniors", "F", 9000, 7000),
]
DEL_F = sum(r[5] for r in DEL_ROWS if r[3] == "F")  # 190 500
DEL_I = sum(r[5] for r in DEL_ROWS if r[3] == "I")  # 177 000
DEL_ASKED = sum(r[4] for r in DEL_ROWS)
DEL_ENV = (400000, 220000, 180000)
DEL_VOTE = {"membres": 24, "présents": 19, "représentés": 3, "absents": 2, "votants": 21,
            "pour": 19, "contre": 0, "abstentions": 2, "nppv": 1}
DEL_VU = [
    "Vu le code général des collectivités territoriales, et notamment ses articles L. 3211-1, "
    "L. 3211-2 et L. 3221-1 ;",
    "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire, "
    "notamment son article 1er ;",
    "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs "
    "relations avec les administrations, notamment son article 10, et le décret n° 2001-495 du "
    "6 juin 2001 ;",
    "Vu la délibération n° CD-2025-07-02 du Conseil départemental du 3 juillet 2025 portant "
    "délégation d'attributions à la Commission permanente ;",
    "Vu la délibération n° CD-2026-06-18 du Conseil départemental du 26 juin 2026 approuvant le "
    "règlement du programme « ESS et territoires » pour la période 2027-2029 ;",
    "Vu la délibération n° CD-2026-12-04 du Conseil départemental du 14 décembre 2026 adoptant "
    "le budget primitif 2027 ;",
    "Vu le rapport de la Présidente du Conseil départemental ;",
    "Vu l'avis favorable de la commission Solidarités, insertion et ESS réunie le 22 février "
    "2027 ;",
]
DEL_CONS = [
    "Considérant que le Département soutient, au titre de ses compétences en matière "
    "d'insertion et de solidarités territoriales, les structures de l'économie sociale et "
    "solidaire qui créent des emplois non délocalisables sur son territoire ;",
    "Considérant que l'appel à projets « ESS et territoires » 2027, ouvert du 1er septembre au "
    "30 novembre 2026, a reçu 41 dossiers, dont 5 irrecevables et 9 ne répondant pas aux "
    "critères du règlement ;",
    "Considérant que les 27 projets retenus ont été analysés le 1er février 2027 par un comité "
    "technique réunissant les services du Département, la DDETS de la Drevanne, la CRESS "
    "Aubrevalle et le DLA ;",
    "Considérant que l'enveloppe 2027 du programme s'élève à 400 000 €, dont 220 000 € en "
    "fonctionnement et 180 000 € en investissement ;",
    "Considérant que les subventions d'investissement sont plafonnées à 50 % de la dépense "
    "éligible et à 30 000 € par projet, conformément au règlement du programme ;",
]
DEL_ARTICLES = [
    f"D'attribuer 27 subventions, pour un montant total de {sp(DEL_F + DEL_I)} €, dont "
    f"{sp(DEL_F)} € en fonctionnement et {sp(DEL_I)} € en investissement, aux bénéficiaires et "
    "selon les montants figurant dans le tableau annexé à la présente délibération.",
    "D'approuver la convention type jointe en annexe 2 ; une convention d'objectifs sera "
    "conclue avec chaque bénéficiaire dont la subvention dépasse 23 000 €, soit Ébénia, "
    "Les Potagers de la Vézanne et la SCOP Les Presses de Quinsac.",
    "Les subventions de fonctionnement seront versées en deux fois : 70 % à la notification et "
    "le solde de 30 % sur présentation du bilan de l'action avant le 31 mars 2028. Les "
    "subventions d'investissement seront versées sur justificatifs de dépenses, une avance de "
    "30 % pouvant être versée au démarrage des travaux. Une subvention d'investissement devient "
    "caduque si l'opération n'a pas commencé dans un délai de deux ans.",
    "De rejeter les 14 demandes non retenues ; la Présidente du Conseil départemental en "
    "informera les porteurs de projet par courrier motivé.",
    "Les crédits sont imputés au budget départemental 2027 : chapitre 65, article 6574 pour le "
    "fonctionnement ; chapitre 204, article 20422 pour l'investissement.",
    "De prendre acte que le solde de l'enveloppe, soit 32 500 €, sera proposé à la Commission "
    "permanente du 5 juillet 2027.",
    "D'autoriser la Présidente du Conseil départemental à signer les conventions et tout acte "
    "nécessaire à l'exécution de la présente délibération.",
    "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif "
    "de Castelvigne dans un délai de deux mois à compter de sa publication, y compris par "
    "l'application Télérecours citoyens.",
]


class DelPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(22, 20, 20)
        self.set_auto_page_break(True, margin=22)
        self.body = ("Serif", 9.2)
        self.lf = 0.5

    def header(self):
        if self.page_no() == 1:
            return
        self.set_y(10)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb(DEL_HEAD), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Délibération n° {DEL_NUM}", align="R")
        self.set_draw_color(*VERT_D)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(20)

    def footer(self):
        self.set_y(self.h - 14)
        self.set_font("Sans", "", 7.2)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"Délibération {DEL_NUM} – Page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build_del() -> None:
    pdf = DelPDF()
    pdf.add_page()
    pdf.start_section("Délibération", 0)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*VERT_D)
    pdf.cell(90, 6, "DÉPARTEMENT DE LA DREVANNE")
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 6, "RÉPUBLIQUE FRANÇAISE", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8)
    pdf.cell(0, 4, nb("Hôtel du Département – 12 cours des Cordelières – Corbérac"),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, 5.5, nb("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION "
                              "PERMANENTE"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9.5)
    pdf.cell(0, 5.5, nb(f"Réunion du {jour('2027-03-08')}"), align="C", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_draw_color(*VERT_D)
    pdf.set_line_width(0.5)
    y0 = pdf.y
    pdf.set_x(pdf.l_margin + 3)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 6, f"Délibération n° {DEL_NUM}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for label, value in (
        ("Objet", "Programme départemental « ESS et territoires » 2027 – Attribution de "
                  "subventions (1re session)"),
        ("Rapporteur", "M. Tanguy Fourcade, vice-président chargé de l'insertion, de "
                       "l'économie sociale et solidaire et de la vie associative"),
        ("Commission", "Solidarités, insertion et ESS"),
    ):
        pdf.set_x(pdf.l_margin + 3)
        pdf.set_font("Sans", "B", 8.8)
        pdf.cell(24, 4.6, f"{label} :")
        pdf.set_font("Sans", "", 8.8)
        pdf.multi_cell(140, 4.6, nb(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.rect(pdf.l_margin, y0 - 1, pdf.w - pdf.l_margin - pdf.r_margin, pdf.y - y0 + 3)
    pdf.ln(6)
    pdf.para(
        "L'an deux mille vingt-sept, le huit mars à 14 h 30, la Commission permanente du "
        "Conseil départemental de la Drevanne, régulièrement convoquée le 26 février 2027, "
        "s'est réunie à l'Hôtel du Département, salle Vézanne, à Corbérac, sous la présidence "
        "de Mme Micheline Roques, présidente du Conseil départemental.")
    v = DEL_VOTE
    pdf.para(f"Membres en exercice : {v['membres']} – Présents : {v['présents']} – "
             f"Représentés : {v['représentés']} – Absents : {v['absents']}", style="B",
             align="L", family="Sans", size=8.8)
    pdf.para(
        "Absents excusés : Mme Laetitia Costes, M. Florent Trémoulet. Pouvoirs : Mme Armelle "
        "Boissière à M. Tanguy Fourcade ; M. Gaëtan Loubière à Mme Chantal Puech ; Mme "
        "Bernadette Vialard à Mme Micheline Roques. Secrétaire de séance : M. Sébastien "
        "Aymard.", size=8.8)
    pdf.para("LA COMMISSION PERMANENTE,", style="B", align="L")
    for vu in DEL_VU:
        pdf.para(vu, after=1.2)
    pdf.ln(1)
    for c in DEL_CONS:
        pdf.para(c, after=1.2)
    pdf.ln(1)
    pdf.para("Après en avoir délibéré,", align="L")
    pdf.para("DÉCIDE :", style="B", align="L")
    for n, text in enumerate(DEL_ARTICLES, 1):
        pdf.room(16)
        pdf.set_font("Serif", "B", 9.8)
        pdf.cell(0, 5, f"Article {n}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.para(text)
    pdf.room(40)
    pdf.para(
        "Mme Josiane Lacaze, conseillère départementale et présidente de l'association Les "
        "Potagers de la Vézanne, a quitté la salle et n'a pas pris part au vote.", style="I")
    pdf.set_font("Sans", "B", 8.8)
    pdf.set_fill_color(230, 242, 240)
    pdf.multi_cell(0, 5, nb(
        f"Votants : {v['votants']} – Pour : {v['pour']} – Contre : {v['contre']} – "
        f"Abstentions : {v['abstentions']} (M. Olivier Bessières, Mme Chantal Puech) – "
        f"Ne prend pas part au vote : {v['nppv']}"), fill=True, new_x=XPos.LMARGIN,
        new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 6, "Adoptée à l'unanimité des suffrages exprimés.", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.room(48)
    y = pdf.y
    pdf.set_font("Sans", "", 7.6)
    pdf.set_text_color(*GREY)
    pdf.multi_cell(70, 3.8, nb(
        "Certifié exécutoire. Reçu en préfecture le 11 mars 2027. Publié le 12 mars 2027. "
        "Identifiant de télétransmission : 099-229900017-20270308-CP2027-03-112-DE"),
        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(110, y)
    pdf.set_font("Serif", "", 9.6)
    for line in ("Pour extrait conforme,", "Fait à Corbérac, le 10 mars 2027",
                 "La Présidente du Conseil départemental,"):
        pdf.set_x(110)
        pdf.cell(0, 5, nb(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.scribble(120, pdf.y + 8, seed=3811)
    pdf.set_xy(110, pdf.y + 16)
    pdf.set_font("Serif", "B", 9.6)
    pdf.cell(0, 5, "Micheline Roques", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    # annex
    pdf.add_page()
    pdf.start_section("Annexe 1 – Subventions attribuées", 0)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*VERT_D)
    pdf.multi_cell(0, 5.5, nb(f"ANNEXE 1 À LA DÉLIBÉRATION N° {DEL_NUM}"), align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 5, nb("Programme « ESS et territoires » 2027 – 1re session – "
                            "Subventions attribuées"), align="C", new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    rows = [(str(i), r[0], r[1], r[2], r[3], sp(r[4]), sp(r[5]))
            for i, r in enumerate(DEL_ROWS, 1)]
    rows.append(("", "TOTAL", "", "", "", sp(DEL_ASKED), sp(DEL_F + DEL_I)))
    styles = [None] * len(DEL_ROWS) + [FontFace(emphasis="BOLD", fill_color=(230, 242, 240))]
    pdf.grid([7, 42, 19, 54, 8, 19, 19],
             ("CENTER", "LEFT", "LEFT", "LEFT", "CENTER", "RIGHT", "RIGHT"),
             ["N°", "Bénéficiaire", "Commune", "Objet de la demande", "F/I", "Demandé (€)",
              "Attribué (€)"], rows, size=7.6, repeat=1, line_height=4.6, row_styles=styles,
             fill=(230, 242, 240))
    pdf.set_font("Sans", "I", 7.6)
    pdf.multi_cell(0, 4, nb(
        f"F : fonctionnement ({sp(DEL_F)} €) ; I : investissement ({sp(DEL_I)} €). Les "
        "montants demandés sont ceux des dossiers déposés ; les montants attribués tiennent "
        "compte des plafonds du règlement."), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    save_pdf(pdf, DEL, {
        "title": f"Délibération {DEL_NUM} – Programme ESS et territoires 2027",
        "subject": "Commission permanente du 8 mars 2027 – attribution de subventions ESS",
        "author": "Département de la Drevanne – Direction des assemblées",
        "keywords": "délibération, commission permanente, ESS, subventions, Drevanne",
        "creator": "Microsoft Word pour Microsoft 365",
        "producer": "Microsoft Word pour Microsoft 365",
    }, datetime(2027, 3, 10, 11, 4, 22, tzinfo=UTC))

# ---------------------------------------------------------------------------
# Document F: a filled grant application form (PDF, A4, Cerfa-like: numbered section bars,
# field labels with typed values on the same line, ☒/☐ boxes, a budget table with charges and
# produits side by side, a sworn statement with signature, a « cadre réservé » box)
# ---------------------------------------------------------------------------

FRM_NUM = "ESS27-0418"
BLEU_F = (0, 51, 102)
ENCRE = (20, 40, 140)
FRM_CHARGES = [
    ("60 – Achats (fournitures, mercerie, petit matériel)", 9400),
    ("61 – Services extérieurs (loyer, assurances)", 12600),
    ("62 – Autres services extérieurs (formation, déplacements)", 4200),
    ("63 – Impôts et taxes", 1100),
    ("64 – Charges de personnel", 96500),
    ("65 – Autres charges de gestion courante", 700),
    ("68 – Dotations aux amortissements", 2500),
]
FRM_PRODUITS = [
    ("70 – Ventes de marchandises (boutique)", 31000),
    ("74 – État : aide au poste ACI (DDETS)", 38400),
    ("74 – Département de la Drevanne (sollicité)", 24000),
    ("74 – Région Aubrevalle", 10000),
    ("74 – CC du Pays d'Ambrelle", 6000),
    ("74 – Commune de Pradinès", 3000),
    ("74 – FSE+", 12000),
    ("75 – Cotisations et dons", 1600),
    ("Fonds propres", 1000),
]
FRM_TOTAL = sum(x[1] for x in FRM_CHARGES)  # 127 000
FRM_CVN = 14800
BOX_ON, BOX_OFF = "☒", "☐"


class FrmPDF(BasePDF):
    def __init__(self):
        super().__init__()
        self.set_margins(16, 18, 16)
        self.set_auto_page_break(True, margin=18)

    def header(self):
        self.set_y(8)
        self.set_font("Sans", "", 7)
        self.set_text_color(*GREY)
        self.cell(0, 4, nb("Département de la Drevanne · Appel à projets « ESS et territoires » "
                           "2027 · Formulaire de candidature"))
        self.set_x(self.l_margin)
        self.set_font("Sans", "B", 7)
        self.cell(0, 4, f"Dossier n° {FRM_NUM}", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(15)

    def footer(self):
        self.set_y(self.h - 11)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(*GREY)
        self.cell(0, 4, f"Formulaire AAP-ESS-2027 v2 – page {self.page_no()}/{{nb}}",
                  align="R")
        self.set_text_color(0, 0, 0)

    def section(self, text: str) -> None:
        self.room(24)
        self.ln(2)
        self.start_section(text, 0)
        self.set_fill_color(*BLEU_F)
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 9)
        self.cell(0, 6, nb(" " + text.upper()), fill=True, new_x=XPos.LMARGIN,
                  new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def field(self, label: str, value: str, lw: float = 52) -> None:
        self.room(6)
        self.set_font("Sans", "", 7.8)
        self.set_text_color(70, 70, 70)
        self.cell(lw, 5.2, nb(label + " :"))
        self.set_font("Mono", "", 8.6)
        self.set_text_color(*ENCRE)
        x, y = self.x, self.y
        self.multi_cell(0, 5.2, nb(value), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.1)
        self.set_dash_pattern(dash=0.4, gap=0.6)
        self.line(x, y + 5.0, self.w - self.r_margin, y + 5.0)
        self.set_dash_pattern()
        self.set_text_color(0, 0, 0)
        self.ln(0.6)

    def boxes(self, label: str, options: list[tuple[bool, str]], lw: float = 52) -> None:
        self.room(6)
        self.set_font("Sans", "", 7.8)
        self.set_text_color(70, 70, 70)
        self.cell(lw, 5.2, nb(label + " :"))
        self.set_text_color(0, 0, 0)
        text = "   ".join(f"{BOX_ON if on else BOX_OFF} {opt}" for on, opt in options)
        self.set_font("Sans", "", 7.8)
        self.multi_cell(0, 5.2, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(0.6)

    def free(self, label: str, text: str) -> None:
        self.room(14)
        self.set_font("Sans", "", 7.8)
        self.set_text_color(70, 70, 70)
        self.cell(0, 5, nb(label + " :"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Mono", "", 8.2)
        self.set_text_color(*ENCRE)
        y0 = self.y
        self.set_x(self.l_margin + 2)
        self.multi_cell(self.w - self.l_margin - self.r_margin - 4, 4.3, nb(text), align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.15)
        self.rect(self.l_margin, y0 - 1, self.w - self.l_margin - self.r_margin,
                  self.y - y0 + 2)
        self.set_text_color(0, 0, 0)
        self.ln(2.5)


FRM_DESCRIPTION = one("""Tisserande collecte, trie et revalorise depuis 2017 les textiles
    usagés du Pays d'Ambrelle. En 2025, l'association a collecté 58 tonnes de textiles dans ses
    23 bornes, dont 31 % ont été revendus dans sa boutique de Pradinès ; le reste est cédé à un
    opérateur de recyclage. Le projet « Seconde Maille » crée un atelier de couture solidaire
    (retouches, upcycling, confection de sacs et de linge de maison à partir des textiles
    invendables) et agrandit la boutique, qui ouvrira aussi le samedi. Il permettra de passer
    de 10 à 14 salariés en parcours d'insertion et d'ouvrir l'atelier au public lors de six
    ateliers « couture et réparation » par mois.""")
FRM_PUBLIC = one("""Personnes éloignées de l'emploi orientées par France Travail, le service
    insertion du Département et la mission locale : bénéficiaires du RSA, demandeurs d'emploi
    de longue durée, femmes isolées. En 2027 : 14 salariés en parcours, dont au moins 9
    femmes.""")
FRM_INDIC = [
    "tonnes de textiles collectées : 58 t en 2025, objectif 75 t en 2027",
    "part des textiles revendus en boutique : 31 % en 2025, objectif 40 %",
    "taux de sorties dynamiques des salariés en parcours : objectif 50 % au moins",
    "ateliers ouverts au public : 6 par mois, soit 66 ateliers de mars à décembre 2027",
    "bénévolat : 1 200 heures valorisées (14 800 €)",
]


def build_frm() -> None:
    pdf = FrmPDF()
    pdf.add_page()
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(*BLEU_F)
    pdf.multi_cell(120, 6.5, nb("Dossier de demande de subvention\nProgramme « ESS et "
                                "territoires » 2027"), new_x=XPos.RIGHT, new_y=YPos.TOP)
    # received stamp
    pdf.set_draw_color(190, 30, 30)
    pdf.set_text_color(190, 30, 30)
    pdf.set_line_width(0.6)
    pdf.rect(148, 17, 46, 16)
    pdf.set_xy(148, 18.5)
    pdf.set_font("Sans", "B", 8.5)
    pdf.cell(46, 4.5, "REÇU LE 16 OCT. 2026", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 6.5)
    pdf.cell(46, 3.5, "Direction de l'insertion", align="C", new_x=XPos.LEFT,
             new_y=YPos.NEXT)
    pdf.cell(46, 3.5, "et de l'économie solidaire", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, 34)
    pdf.set_font("Sans", "", 7.6)
    pdf.multi_cell(0, 3.8, nb(
        "À retourner complété et signé avant le 30 novembre 2026 à l'adresse "
        "ess-territoires@drevanne.fr ou par courrier à l'Hôtel du Département. Les champs "
        "marqués * sont obligatoires. Un dossier incomplet est irrecevable."),
        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.section("1. Identification de la structure")
    pdf.field("Nom de la structure *", "Tisserande")
    pdf.boxes("Forme juridique *", [(True, "Association loi 1901"),
                                    (False, "Coopérative (SCOP, SCIC)"),
                                    (False, "Société commerciale ESUS"), (False, "Fondation")])
    pdf.field("N° SIRET *", "948 512 370 00016")
    pdf.field("N° RNA", "W041002873")
    pdf.field("Date de déclaration en préfecture", "28/04/2017")
    pdf.field("Adresse du siège *", "11 rue des Remparts, Pradinès")
    pdf.field("Téléphone / courriel", "04 65 71 63 20 / contact@tisserande-asso.fr")
    pdf.boxes("Agrément ESUS", [(False, "Oui"), (True, "Non")])
    pdf.boxes("Conventionnement IAE", [(True, "Oui : atelier et chantier d'insertion (ACI) "
                                             "depuis le 1er janvier 2021"), (False, "Non")])
    pdf.field("Représentant(e) légal(e) *", "Véronique Sabatié, présidente")
    pdf.field("Personne chargée du dossier *", "Fanny Labarthe, coordinatrice")
    pdf.field("Téléphone / courriel", "06 39 98 52 14 / f.labarthe@tisserande-asso.fr")
    pdf.section("2. Moyens humains et financiers au 31/12/2025")
    pdf.field("Nombre d'adhérents", "148")
    pdf.field("Bénévoles réguliers", "37")
    pdf.field("Salariés", "14, dont 10 en CDDI (salariés en parcours), soit 9,6 ETP")
    pdf.field("Encadrante technique couture", "Amandine Roucayrol")
    pdf.field("Budget 2025 de la structure", "412 600 € (résultat 2025 : +6 180 €)")
    pdf.field("Subventions du Département", "2024 : 0 € ; 2025 : 10 000 € ; 2026 : 12 000 €")
    pdf.field("Commissaire aux comptes", "Cabinet Teulier & associés, Corbérac")
    pdf.section("3. Présentation du projet")
    pdf.field("Intitulé du projet *", "« Seconde Maille » : atelier de couture solidaire et "
                                      "boutique textile de Pradinès")
    pdf.boxes("Axe du programme *", [(False, "Axe 1 – Émergence et création"),
                                     (True, "Axe 2 – Consolidation et développement"),
                                     (False, "Axe 3 – Coopérations territoriales")])
    pdf.boxes("Nature de la demande *", [(True, "Fonctionnement"), (False, "Investissement")])
    pdf.boxes("Type", [(False, "Nouveau projet"), (True, "Développement d'une action existante")])
    pdf.field("Dates de réalisation *", "du 01/03/2027 au 31/12/2027")
    pdf.field("Lieu de réalisation", "local de 210 m² au 11 rue des Remparts, Pradinès, et "
                                     "bornes de collecte dans 9 communes")
    pdf.free("Description du projet *", FRM_DESCRIPTION)
    pdf.free("Public visé", FRM_PUBLIC)
    pdf.free("Indicateurs d'évaluation", "\n".join("- " + x for x in FRM_INDIC))
    pdf.field("Partenaires du projet", "CC du Pays d'Ambrelle (bornes de collecte), Ébénia "
                                       "(mobilier de la boutique), France Travail")
    pdf.section("4. Budget prévisionnel du projet (en euros)")
    n = max(len(FRM_CHARGES), len(FRM_PRODUITS))
    rows = []
    for i in range(n):
        c = FRM_CHARGES[i] if i < len(FRM_CHARGES) else ("", None)
        p = FRM_PRODUITS[i] if i < len(FRM_PRODUITS) else ("", None)
        rows.append((c[0], sp(c[1]) if c[1] else "", p[0], sp(p[1]) if p[1] else ""))
    rows.append(("TOTAL DES CHARGES", sp(FRM_TOTAL), "TOTAL DES PRODUITS", sp(FRM_TOTAL)))
    rows.append(("86 – Emploi des contributions volontaires en nature", sp(FRM_CVN),
                 "87 – Contributions volontaires (bénévolat)", sp(FRM_CVN)))
    bold = FontFace(emphasis="BOLD", fill_color=(226, 232, 242))
    styles = [None] * n + [bold, FontFace(emphasis="ITALICS")]
    pdf.grid([62, 20, 78, 18], ("LEFT", "RIGHT", "LEFT", "RIGHT"),
             ["CHARGES", "Montant", "PRODUITS", "Montant"], rows, size=7.4, line_height=4,
             row_styles=styles, fill=(226, 232, 242))
    pdf.field("Montant sollicité auprès du Département *",
              "24 000 €, soit 18,9 % du budget du projet", lw=62)
    pdf.add_page()
    pdf.section("5. Attestation sur l'honneur")
    pdf.set_font("Sans", "", 8)
    pdf.multi_cell(0, 4.4, nb("Je soussignée Véronique Sabatié, représentante légale de "
                              "l'association Tisserande :"), new_x=XPos.LMARGIN,
                   new_y=YPos.NEXT)
    for on, text in (
        (True, "certifie que l'association est régulièrement déclarée ;"),
        (True, "certifie que l'association est en règle au regard de ses obligations sociales "
               "et fiscales ;"),
        (True, "certifie exactes les informations du présent dossier ;"),
        (True, "atteste que l'association a perçu en 2025 plus de 153 000 € de subventions "
               "publiques et que ses comptes sont certifiés ;"),
        (False, "demande l'agrément ESUS en même temps que la subvention."),
    ):
        pdf.set_x(pdf.l_margin + 3)
        pdf.multi_cell(0, 4.4, nb(f"{BOX_ON if on else BOX_OFF} {text}"), new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
    pdf.ln(1)
    pdf.field("Fait à", "Pradinès, le 14 octobre 2026", lw=20)
    pdf.set_font("Sans", "", 7.8)
    pdf.cell(0, 5, "Signature et cachet :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.scribble(pdf.l_margin + 30, pdf.y + 4, seed=3822)
    pdf.set_xy(pdf.l_margin + 26, pdf.y + 10)
    pdf.set_font("Mono", "", 8.2)
    pdf.set_text_color(*ENCRE)
    pdf.cell(60, 4, "Véronique Sabatié", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    pdf.section("6. Pièces jointes")
    pdf.set_font("Sans", "", 8)
    for on, text in ((True, "Statuts"), (True, "Composition du conseil d'administration"),
                     (True, "Rapport d'activité 2025"), (True, "Comptes 2025 approuvés"),
                     (True, "RIB"), (False, "Attestation d'agrément ESUS (sans objet)"),
                     (True, "Budget prévisionnel 2027 de la structure")):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(0, 4.4, f"{BOX_ON if on else BOX_OFF} {text}", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.room(22)
    y0 = pdf.y
    pdf.set_draw_color(*BLEU_F)
    pdf.set_line_width(0.4)
    pdf.set_x(pdf.l_margin + 3)
    pdf.set_font("Sans", "B", 8)
    pdf.cell(0, 5, "CADRE RÉSERVÉ AU DÉPARTEMENT", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8)
    for line in ("Date de réception : 16/10/2026 – Dossier complet : ☒ oui ☐ non",
                 "Instructrice : Mireille Castagné – Avis du comité technique : favorable "
                 "(01/02/2027)"):
        pdf.set_x(pdf.l_margin + 3)
        pdf.cell(0, 5, nb(line), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.rect(pdf.l_margin, y0 - 1, pdf.w - pdf.l_margin - pdf.r_margin, pdf.y - y0 + 2)
    save_pdf(pdf, FRM, {
        "title": "Dossier de demande de subvention – AAP ESS et territoires 2027 – Tisserande",
        "subject": f"Dossier n° {FRM_NUM} – atelier de couture solidaire Seconde Maille",
        "author": "Fanny Labarthe",
        "keywords": "subvention, ESS, ACI, textile, Pradinès, Drevanne",
        "creator": "Adobe Acrobat Pro 2024 – formulaire rempli",
        "producer": "Adobe Acrobat Pro 2024",
    }, datetime(2026, 10, 14, 17, 48, 3, tzinfo=UTC))

# ---------------------------------------------------------------------------
# Document W: the WordPress site of the association Les Potagers de la Vézanne, saved from the
# browser (HTML: cookie banner, nav menu, sidebar widgets, an agenda of events with dates, an
# FAQ in <details>/<summary>, a footer with the legal mentions)
# ---------------------------------------------------------------------------

WP_EVENTS = [
    ("2027-04-17", "10 h – 17 h", "Journée portes ouvertes à la ferme",
     "Visite des serres, marché de plants potagers et buvette. Entrée libre."),
    ("2027-05-05", "14 h – 16 h", "Atelier « semis et repiquage » pour les familles",
     "Gratuit, sur inscription (12 places)."),
    ("2027-05-20", "18 h 30", "Assemblée générale de l'association",
     "Salle des fêtes de Lavergnolle. Ordre du jour : rapport moral, comptes 2026, élection de "
     "4 administrateurs."),
    ("2027-06-12", "à partir de 11 h", "Fête des paniers",
     "Repas partagé, concert de la fanfare Les Cuivres de Fonbrune et stand de la SCIC "
     "Rouages."),
    ("2027-06-29", "9 h – 12 h", "Job dating « maraîchage » avec France Travail",
     "À l'agence France Travail d'Ambrelle : 6 postes en CDDI à pourvoir."),
]
WP_FAQ = [
    ("Comment s'abonner à un panier ?",
     "Remplissez le formulaire en ligne ou passez à la ferme le mardi. L'abonnement court sur "
     "6 mois minimum, avec une adhésion annuelle de 15 €. Le paiement peut être mensualisé."),
    ("Puis-je suspendre mon panier pendant mes vacances ?",
     "Oui, jusqu'à 4 semaines par an, en nous prévenant au moins 7 jours à l'avance."),
    ("Comment être recruté comme salarié en parcours d'insertion ?",
     "Les recrutements se font sur orientation de France Travail, de la mission locale, du "
     "service insertion du Département ou d'un autre prescripteur habilité. Le contrat est un "
     "CDDI de 26 heures par semaine, de 4 mois renouvelable jusqu'à 24 mois. Aucune expérience "
     "du maraîchage n'est demandée."),
    ("Vos légumes sont-ils bio ?",
     "Oui, toutes nos parcelles sont certifiées en agriculture biologique depuis 2011."),
    ("Un don ouvre-t-il droit à une réduction d'impôt ?",
     "Oui : l'association est reconnue d'intérêt général. Un don ouvre droit à une réduction "
     "d'impôt de 66 % de son montant, dans la limite de 20 % du revenu imposable. Un don de "
     "100 € vous revient donc à 34 €."),
    ("Acceptez-vous des bénévoles ?",
     "Oui, le samedi matin de mars à octobre et pour les livraisons. 47 bénévoles nous ont "
     "aidés en 2026."),
]


def h(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wp_html() -> str:
    events = []
    for iso, hours, title, note in WP_EVENTS:
        d = date.fromisoformat(iso)
        events.append(f"""<article class="tribe-events-calendar-list__event">
<time class="tribe-event-date-start" datetime="{iso}">{h(jour(iso).capitalize())}, \
{h(hours)}</time>
<h3 class="tribe-events-calendar-list__event-title">{h(title)}</h3>
<p>{h(note)}</p>
<span class="screen-reader-text">{d.day:02d}/{d.month:02d}/{d.year}</span>
</article>""")
    faq = "\n".join(
        f'<details class="wp-block-details"><summary>{h(q)}</summary>\n<p>{h(a)}</p></details>'
        for q, a in WP_FAQ)
    return WP_TEMPLATE.replace("{EVENTS}", "\n".join(events)).replace("{FAQ}", faq)


WP_TEMPLATE = """<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Les Potagers de la Vézanne – Jardin d&#039;insertion bio à Lavergnolle</title>
<meta name="generator" content="WordPress 6.7.2">
<link rel="stylesheet" id="astra-theme-css-css"
 href="/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3"
 media="all">
<link rel="stylesheet" id="cmplz-general-css"
 href="/wp-content/plugins/complianz-gdpr/assets/css/cookieblocker.min.css"
 media="all">
<script src="https://potagers-vezanne.org/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"
 id="jquery-core-js"></script>
</head>
<body class="home page-template-default page page-id-7 wp-custom-logo ast-right-sidebar">
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show"
 role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Gérer le
 consentement aux cookies</div></div>
<div class="cmplz-message">Pour offrir les meilleures expériences, nous utilisons des
 technologies telles que les cookies pour mesurer l'audience du site. Vous pouvez accepter,
 refuser ou personnaliser vos choix à tout moment.</div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accepter</button>
<button class="cmplz-btn cmplz-deny">Refuser</button>
<button class="cmplz-btn cmplz-view-preferences">Voir les préférences</button></div>
</div></div>
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<header class="site-header" id="masthead">
<div class="site-branding"><p class="site-title"><a href="https://potagers-vezanne.org/"
 rel="home">Les Potagers de la Vézanne</a></p>
<p class="site-description">Jardin d'insertion bio à Lavergnolle depuis 2009</p></div>
<nav id="site-navigation" class="main-header-bar-navigation" aria-label="Menu principal">
<ul id="primary-menu" class="main-header-menu">
<li class="menu-item current-menu-item"><a href="https://potagers-vezanne.org/"
 aria-current="page">Accueil</a></li>
<li class="menu-item"><a href="https://potagers-vezanne.org/association/">L'association</a></li>
<li class="menu-item"><a href="https://potagers-vezanne.org/paniers/">Nos paniers</a></li>
<li class="menu-item"><a href="https://potagers-vezanne.org/recrutement/">Recrutement</a></li>
<li class="menu-item"><a href="https://potagers-vezanne.org/agenda/">Agenda</a></li>
<li class="menu-item"><a href="https://potagers-vezanne.org/soutenir/">Nous soutenir</a></li>
<li class="menu-item"><a href="https://potagers-vezanne.org/contact/">Contact</a></li>
</ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article id="post-7" class="post-7 page type-page status-publish">
<div class="entry-content">
<h1 class="entry-title">Bienvenue aux Potagers de la Vézanne</h1>
<p>Créée en 2009, l'association Les Potagers de la Vézanne est un atelier et chantier
 d'insertion (ACI) conventionné par l'État. Sur 4,5 hectares cultivés en agriculture biologique
 au lieu-dit Combelongue, à Lavergnolle, dont 3 200 m² de serres, 24 salariés en parcours
 d'insertion produisent chaque semaine plus de 300 paniers de légumes de saison.</p>
<h2 class="wp-block-heading">L'année 2026 en quelques chiffres</h2>
<ul class="wp-block-list">
<li><strong>24</strong> salariés en parcours d'insertion (CDDI) et <strong>6</strong> salariés
 permanents</li>
<li><strong>310</strong> paniers livrés par semaine en moyenne</li>
<li><strong>62</strong> variétés de légumes cultivées</li>
<li><strong>4,2 tonnes</strong> de légumes données aux épiceries solidaires du territoire</li>
<li><strong>58 %</strong> de sorties dynamiques</li>
<li><strong>412</strong> foyers adhérents</li>
</ul>
<h2 class="wp-block-heading">Nos paniers</h2>
<figure class="wp-block-table"><table>
<thead><tr><th>Formule</th><th>Pour qui</th><th>Prix par semaine</th></tr></thead>
<tbody>
<tr><td>Petit panier</td><td>1 à 2 personnes</td><td>12 €</td></tr>
<tr><td>Grand panier</td><td>3 à 4 personnes</td><td>19 €</td></tr>
<tr><td>Panier solidaire</td><td>Sur orientation d'un travailleur social (bénéficiaires du RSA
 ou de minima sociaux)</td><td>4 €</td></tr>
</tbody></table>
<figcaption>La différence de prix du panier solidaire est financée par le CCAS d'Ambrelle et
 par nos donateurs.</figcaption></figure>
<h3 class="wp-block-heading">Où retirer mon panier ?</h3>
<ul class="wp-block-list">
<li>À la ferme, lieu-dit Combelongue, Lavergnolle : le mardi de 16 h 30 à 19 h</li>
<li>Ambrelle, Recyclerie La Trémie : le mercredi de 17 h à 19 h</li>
<li>Corbérac, Régie de quartier des Aubépines : le jeudi de 17 h 30 à 19 h</li>
<li>Quinsac, show-room d'Ébénia : le vendredi de 12 h à 14 h</li>
</ul>
<h2 class="wp-block-heading">L'équipe</h2>
<p>L'association est présidée par Josiane Lacaze. L'équipe permanente est animée par Quentin
 Ribes, directeur, avec Aline Pagès, encadrante technique maraîchère, et Karim Benali,
 accompagnateur socioprofessionnel.</p>
<h2 class="wp-block-heading">Agenda</h2>
<div class="tribe-events-calendar-list">
{EVENTS}
</div>
<h2 class="wp-block-heading">Questions fréquentes</h2>
{FAQ}
</div>
</article>
</main>
</div>
<aside id="secondary" class="widget-area secondary" role="complementary">
<section id="block-3" class="widget widget_block"><h2 class="widget-title">Boutique à la
 ferme</h2><p>Mardi et vendredi : 16 h 30 – 19 h<br>Samedi : 9 h – 12 h<br>Fermée en
 août.</p></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Derniers
 articles</h2><ul>
<li><a href="https://potagers-vezanne.org/2027/03/15/departement-legumerie/">Le Département
 soutient notre future légumerie : 25 000 € votés le 8 mars</a>
 <span class="post-date">15 mars 2027</span></li>
<li><a href="https://potagers-vezanne.org/2027/02/02/travaux-legumerie/">Légumerie : les travaux
 démarrent en septembre 2027</a> <span class="post-date">2 février 2027</span></li>
<li><a href="https://potagers-vezanne.org/2027/01/18/bilan-2026/">Bilan 2026 : 58 % de sorties
 dynamiques</a> <span class="post-date">18 janvier 2027</span></li>
</ul></section>
<section id="block-5" class="widget widget_block"><h2 class="widget-title">Lettre
 d'information</h2><form class="mc4wp-form" method="post"><label for="nl-email">Votre
 e-mail</label><input id="nl-email" type="email" name="EMAIL" required>
<button type="submit">Je m'inscris</button></form></section>
<section id="block-6" class="widget widget_block"><h2 class="widget-title">Ils nous
 soutiennent</h2><ul><li>État – DDETS de la Drevanne</li><li>Département de la Drevanne</li>
<li>Région Aubrevalle</li><li>Communauté de communes du Pays d'Ambrelle</li>
<li>Fonds social européen (FSE+)</li></ul></section>
</aside>
</div></div>
<footer class="site-footer" id="colophon">
<div class="footer-widget-area"><p>Les Potagers de la Vézanne – 2 chemin de Combelongue,
 Lavergnolle – 04 65 71 35 82 – bonjour@potagers-vezanne.org</p></div>
<div class="ast-small-footer"><p><a href="https://potagers-vezanne.org/mentions-legales/">Mentions
 légales</a> : association loi 1901 déclarée le 3 mars 2009 – SIRET 512 334 908 00027 –
 Directeur de la publication : Quentin Ribes – Hébergeur : Serveurs Libres SCIC, Castelvigne.
 | <a href="https://potagers-vezanne.org/confidentialite/">Politique de confidentialité</a>
 | © 2027 Les Potagers de la Vézanne</p></div>
</footer>
<script id="cmplz-cookiebanner-js"
 src="/wp-content/plugins/complianz-gdpr/cookiebanner/js/complianz.min.js"></script>
<!-- Page mise en cache le 2027-03-22 07:41:09 -->
</body>
</html>
"""


def build_wp() -> None:
    (CORPUS / WP).write_text(wp_html(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Document O: a dataset page of the regional open-data portal (HTML: description, an English
# summary, metadata in a <dl>, a preview <table> of ESS employment by commune, the licence,
# reuses and a discussion thread)
# ---------------------------------------------------------------------------

# commune, establishments, jobs, share of private employment (%), associations, cooperatives,
# mutuals, foundations ("s": statistical secrecy)
ODP_ROWS = [
    ("Ambrelle", 88, 742, "15,4", "561", "97", "48", "36"),
    ("Bessonac", 8, 72, "16,0", "29", "0", "0", "43"),
    ("Castagnols", 11, 49, "8,7", "44", "5", "0", "0"),
    ("Corbérac", 312, 3486, "13,1", "2 604", "402", "318", "162"),
    ("Estirac", 15, 87, "10,3", "79", "8", "0", "0"),
    ("Fonbrune", 12, 58, "9,6", "52", "6", "0", "0"),
    ("Lavergnolle", 14, 96, "32,4", "88", "8", "0", "0"),
    ("Pradinès", 29, 274, "14,9", "231", "31", "12", "0"),
    ("Quinsac", 41, 618, "18,2", "476", "138", "s", "s"),
    ("Rochenaud", 36, 611, "21,7", "183", "402", "s", "22"),
    ("Saugières", 17, 121, "11,8", "104", "11", "6", "0"),
    ("Tréviel", 9, 64, "12,5", "58", "6", "0", "0"),
]
ODP_META = [
    ("Producteur", "Observatoire régional de l'ESS – CRESS Aubrevalle"),
    ("Contact", "Héloïse Cambon, chargée d'études – observatoire@cress-aubrevalle.fr"),
    ("Licence", "Licence Ouverte / Open Licence version 2.0"),
    ("Fréquence de mise à jour", "Annuelle (en juin)"),
    ("Couverture temporelle", "Situation au 31/12/2024"),
    ("Couverture géographique", "Département de la Drevanne (47 communes)"),
    ("Date de création", "18 septembre 2025"),
    ("Dernière mise à jour", "4 juin 2026"),
    ("Format", "CSV (séparateur point-virgule, encodage UTF-8), JSON, XLSX"),
    ("Nombre d'enregistrements", "47"),
    ("Identifiant", "ess-emploi-communes-drevanne-2024"),
    ("Mots-clés", "ESS, emploi, associations, coopératives, mutuelles, fondations, Drevanne"),
    ("Téléchargements", "1 284"),
    ("Millésime précédent", "2023 (8 117 salariés, 896 établissements)"),
]


def odp_html() -> str:
    rows = "\n".join(
        "<tr>" + "".join(f"<td>{h(str(c) if not isinstance(c, int) else sp(c))}</td>"
                         for c in r) + "</tr>" for r in ODP_ROWS)
    meta = "\n".join(f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in ODP_META)
    return ODP_TEMPLATE.replace("{ROWS}", rows).replace("{META}", meta)


ODP_TEMPLATE = """<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Emploi salarié de l'ESS par commune – Drevanne – 2024 — data.aubrevalle.fr</title>
<meta name="description" content="Jeu de données de l'Observatoire régional de l'ESS">
<link rel="stylesheet" href="/static/portal.css?v=2026.5">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Dataset",
"name": "Emploi salarié de l'ESS par commune – Drevanne – 2024",
"license": "https://www.etalab.gouv.fr/licence-ouverte-open-licence"}</script>
</head>
<body>
<header class="portal-header">
<a class="portal-logo" href="/">data.aubrevalle.fr</a>
<span class="portal-tagline">Le portail des données ouvertes de la Région Aubrevalle</span>
<nav class="portal-nav"><ul>
<li><a href="/explore/">Données</a></li><li><a href="/reuses/">Réutilisations</a></li>
<li><a href="/organizations/">Organisations</a></li><li><a href="/about/">À propos</a></li>
<li><a href="/login/">Se connecter</a></li>
</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane"><ol><li><a href="/">Accueil</a></li>
<li><a href="/explore/?theme=economie">Économie</a></li>
<li aria-current="page">Emploi salarié de l'ESS par commune – Drevanne – 2024</li></ol></nav>
<main id="dataset">
<h1>Emploi salarié de l'économie sociale et solidaire par commune – Drevanne – 2024</h1>
<p class="dataset-org">Publié par <a href="/organizations/cress-aubrevalle/">Observatoire régional
 de l'ESS – CRESS Aubrevalle</a></p>
<ul class="tabs"><li class="active">Informations</li><li>Tableau</li><li>Carte</li>
<li>Export</li><li>API</li></ul>
<section class="dataset-description">
<h2>Description</h2>
<p>Ce jeu de données présente, pour chacune des 47 communes de la Drevanne comptant au moins
 un établissement employeur de l'ESS, le nombre d'établissements employeurs, le nombre de
 salariés au 31 décembre 2024 et la part de l'ESS dans l'emploi salarié privé de la
 commune.</p>
<p>Au total, la Drevanne compte 8 412 salariés de l'ESS dans 913 établissements employeurs,
 soit 12,6 % de l'emploi salarié privé du département, contre 10,9 % en moyenne en
 Aubrevalle. Les associations concentrent 76 % de ces emplois, les coopératives 14 %, les
 mutuelles 6 % et les fondations 4 %.</p>
<h3>Méthode</h3>
<p>Le périmètre de l'ESS est celui de l'article 1er de la loi du 31 juillet 2014 :
 associations, coopératives, mutuelles, fondations et sociétés commerciales de l'ESS. Les
 données sont issues des déclarations sociales nominatives (DSN). Les effectifs sont des
 postes au 31 décembre et non des équivalents temps plein. Les valeurs comprises entre 1 et 4
 sont masquées au titre du secret statistique et notées « s ». Les sociétés commerciales de
 l'ESS, trop peu nombreuses, sont comptées dans le total mais pas dans les colonnes par
 famille.</p>
<div class="dataset-description-en" lang="en">
<h3>About this dataset (English summary)</h3>
<p>This dataset gives, for each of the 47 municipalities of the Drevanne département with at
 least one social and solidarity economy employer, the number of employer establishments and
 of salaried jobs on 31 December 2024. Figures are head counts, not full-time equivalents.
 Values from 1 to 4 are suppressed for confidentiality and shown as "s". The dataset is
 updated once a year, in June, by the regional social economy observatory.</p>
</div>
</section>
<section class="dataset-metadata">
<h2>Métadonnées</h2>
<dl>
{META}
</dl>
</section>
<section class="dataset-preview">
<h2>Aperçu des données</h2>
<p class="preview-note">12 premières lignes sur 47, par ordre alphabétique des communes.</p>
<table class="records">
<thead><tr><th>commune</th><th>etablissements_ess</th><th>salaries_ess</th>
<th>part_emploi_prive_pct</th><th>associations</th><th>cooperatives</th><th>mutuelles</th>
<th>fondations</th></tr></thead>
<tbody>
{ROWS}
</tbody>
</table>
<p><a class="button"
 href="/api/explore/v2.1/catalog/datasets/ess-emploi-communes-drevanne-2024/exports/csv"
 >Télécharger le fichier CSV</a></p>
</section>
<section class="dataset-licence">
<h2>Licence</h2>
<p>Ces données sont publiées sous la Licence Ouverte / Open Licence version 2.0 : vous pouvez
 les réutiliser librement, y compris à des fins commerciales, à condition de mentionner la
 source (« Observatoire régional de l'ESS – CRESS Aubrevalle, 2026 ») et la date de dernière
 mise à jour.</p>
</section>
<section class="dataset-reuses">
<h2>Réutilisations (2)</h2>
<ul>
<li><strong>Carte interactive de l'ESS en Drevanne</strong> – Département de la Drevanne,
 publiée le 9 octobre 2025</li>
<li><strong>Tableau de bord du PTCE Vézanne Coopère</strong> – Coralie Estèbe, publié le 2
 février 2026</li>
</ul>
</section>
<section class="dataset-discussion">
<h2>Discussions (1)</h2>
<div class="discussion">
<p class="discussion-meta">Question de Lucien Fargues, le 10 juin 2026</p>
<p>Pourquoi Lavergnolle affiche-t-elle une part de 32,4 %, bien au-dessus des autres
 communes ?</p>
<p class="discussion-meta">Réponse de Héloïse Cambon (Observatoire régional de l'ESS), le 12
 juin 2026</p>
<p>Lavergnolle compte peu d'emplois privés et accueille l'atelier et chantier d'insertion Les
 Potagers de la Vézanne, premier employeur de la commune. Le taux est donc élevé, mais il
 porte sur de petits effectifs.</p>
</div>
</section>
</main>
<footer class="portal-footer">
<p>Région Aubrevalle – Hôtel de Région, 40 quai des Gabares, Castelvigne</p>
<ul><li><a href="/mentions-legales/">Mentions légales</a></li>
<li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li>
<li><a href="/cgu/">Conditions générales d'utilisation</a></li></ul>
</footer>
<script src="/static/portal.js?v=2026.5"></script>
</body>
</html>
"""


def build_odp() -> None:
    (CORPUS / ODP).write_text(odp_html(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Document N: an Obsidian note of the intercommunality's ESS officer (Markdown: YAML front
# matter, callouts > [!info] / [!question] / [!warning] / [!tip], [[wikilinks]], an embed,
# task lists with Tasks-plugin dates, a Markdown table with a bold total row)
# ---------------------------------------------------------------------------

OBS_COLLEGES = [("Salariés", 3, 1500, 30), ("Usagers", 40, 2000, 20),
                ("Structures de l'ESS", 5, 11500, 20), ("Collectivités", 2, 15000, 20),
                ("Soutiens et partenaires", 12, 15000, 10)]
OBS_INVEST = [("rachat et aménagement du local", 98000),
              ("pont élévateur 2 colonnes et outillage", 36000),
              ("8 véhicules de location (occasion)", 52000)]
OBS_FIN = [("capital des associés", 45000),
           ("Département de la Drevanne, AAP « ESS et territoires » (demandé)", 18000),
           ("Région Aubrevalle", 30000), ("prêt bancaire sur 7 ans", 60000),
           ("financement participatif", 8000),
           ("apport de MobiDrev (4 véhicules cédés)", 25000)]


def obs_text() -> str:
    rows = "\n".join(f"| {c} | {n} | {sp(k)} € | {v} % |" for c, n, k, v in OBS_COLLEGES)
    tot_n = sum(x[1] for x in OBS_COLLEGES)
    tot_k = sum(x[2] for x in OBS_COLLEGES)
    tot_v = sum(x[3] for x in OBS_COLLEGES)
    invest = "\n".join(f"- {k} : {sp(v)} €" for k, v in OBS_INVEST)
    fin = "\n".join(f"- {k} : {sp(v)} €" for k, v in OBS_FIN)
    total_inv = sum(v for _, v in OBS_INVEST)
    return f"""---
title: SCIC Rouages – garage solidaire
created: 2026-11-24
updated: 2026-12-02
tags:
  - ess
  - scic
  - mobilité
projet: "[[PTCE Vézanne Coopère]]"
statut: en cours
référente: Coralie Estèbe
aliases:
  - Garage solidaire de Saugières
---

# SCIC Rouages – garage solidaire de Saugières

> [!info] En bref
> Garage solidaire porté par la future **SCIC Rouages** (SAS coopérative à capital variable),
> 22 route d'Estirac à Saugières. Ouverture prévue le **1er avril 2027**. Gérant pressenti :
> [[Romain Cabanes]], mécanicien, 14 ans dans une concession de Corbérac.

## Contexte

- 38 % des demandeurs d'emploi suivis par l'agence France Travail d'Ambrelle citent la
  mobilité comme premier frein (diagnostic mobilité du Pays d'Ambrelle, 2025)
- aucun garage solidaire à moins de 60 km
- local : l'ancienne station-service de la route d'Estirac, 340 m², achetée par la commune
  de Saugières en 2024 ; loyer prévu 650 € par mois
- visite du local avec Romain le 24/11 ; maire de Saugières : Patrice Vigouroux, très
  partant

## Activités prévues

1. réparation et entretien à tarif solidaire : taux horaire de 32 € HT (contre 68 € HT en
   moyenne dans les garages du secteur), réservé aux personnes orientées par un prescripteur
   (France Travail, CCAS, mission locale, service insertion du Département)
2. location de voitures à 5 € par jour (8 véhicules) pour les personnes en reprise d'emploi
   ou en formation, pour 3 mois au plus
3. vente de véhicules d'occasion reconditionnés (objectif : 25 par an)
4. atelier d'autoréparation le samedi matin (adhésion de 20 € par an)

> [!question] Pourquoi une SCIC ?
> La SCIC (société coopérative d'intérêt collectif, loi du 17 juillet 2001) permet d'associer
> au capital les salariés, les bénéficiaires, les collectivités et les partenaires. Chaque
> associé a une voix dans son collège ; les votes sont ensuite pondérés par collège. Au moins
> 57,5 % des bénéfices doivent aller aux réserves impartageables.

## Capital et collèges

| Collège | Associés prévus | Capital souscrit | Droits de vote |
|---|---:|---:|---:|
{rows}
| **Total** | **{tot_n}** | **{sp(tot_k)} €** | **{tot_v} %** |

Part sociale à 50 €. Collectivités : [[CC Pays d'Ambrelle]] 10 000 € et commune de
Saugières 5 000 €. Structures de l'ESS : [[Ébénia]] (5 000 €), MobiDrev, [[Tisserande]],
[[Les Potagers de la Vézanne]] et la Recyclerie La Trémie.

> [!warning] Plafond des collectivités
> Les collectivités publiques ne peuvent pas détenir ensemble plus de 50 % du capital d'une
> SCIC. Ici 15 000 € sur 45 000 €, soit 33 % : OK. Le conseil communautaire doit délibérer
> sur la prise de parts **avant l'AG constitutive**.

## Investissement : {sp(total_inv)} €

{invest}

Plan de financement :

{fin}

## Emplois

- 3 salariés au démarrage : Romain Cabanes (gérant et mécanicien), un second mécanicien et
  un·e chargé·e d'accueil et de location à mi-temps
- conventionnement en atelier et chantier d'insertion envisagé en 2028 pour 4 postes en CDDI
  (à voir avec la DDETS)

## Accompagnement DLA

- [[DLA Drevanne]] : chargé de mission Raphaël Izard (Passerelle ESS Drevanne)
- diagnostic partagé réalisé le 15/10/2026
- ingénierie : 4 jours d'accompagnement individuel par Sofiane Haddad, juriste spécialiste
  des coopératives, et 2 jours collectifs sur la gouvernance coopérative

## À faire

- [x] visiter le local avec Romain Cabanes ✅ 2026-11-24
- [x] envoyer le dossier AAP « ESS et territoires » au Département (18 000 € en
  investissement) ✅ 2026-11-20
- [ ] délibération du conseil communautaire sur la prise de parts (10 000 €) 📅 2026-12-15
- [ ] relire le projet de statuts avec Sofiane Haddad 📅 2026-12-04
- [ ] AG constitutive le 9 décembre 2026 à 18 h, salle du conseil de la mairie de Saugières
- [ ] convention d'occupation du local avec la commune de Saugières
- [ ] présenter le projet au [[COPIL PTCE 2027-01-14]]

> [!tip] Idée
> Mutualiser le futur camion d'[[Ébénia]] pour rapatrier les véhicules en panne ? À creuser
> avec Mathilde Garrigou.

## Liens

- [[Ébénia]] · [[Tisserande]] · [[Les Potagers de la Vézanne]] · [[PTCE Vézanne Coopère]]
- ![[plan-local-rouages.png]]
"""


def build_obs() -> None:
    (CORPUS / OBS).write_text(obs_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# Document T: a Microsoft Teams transcript saved as text (title, date and duration, « a
# commencé la transcription », speaker name and elapsed time on one line and the speech below,
# hesitations, an external guest speaking English, decisions stated mid-discussion)
# ---------------------------------------------------------------------------

TMS_TURNS = [
    ("Coralie Estèbe", "0:04", """Bon, euh, je crois qu'on est... on est à peu près tous là.
Bonjour à tous, merci d'être connectés pour ce COPIL du PTCE. Alors l'ordre du jour : un,
l'association porteuse ; deux, le poste de chargé de coopération ; trois, le camion mutualisé ;
quatre, le budget 2027 ; et cinq, la candidature à l'appel à projets national PTCE. Et on a
une invitée, Siobhan Gallagher, du West Cork Social Enterprise Network, qui va nous parler de
leur camionnette partagée."""),
    ("Héloïse Cambon", "1:12", """Oui, juste avant de commencer, pour ceux qui découvrent : un
PTCE, un pôle territorial de coopération économique, c'est, euh, au sens de l'article 9 de la
loi ESS de 2014, un regroupement sur un même territoire d'entreprises de l'ESS qui
s'associent avec d'autres entreprises, des collectivités, des centres de formation ou de
recherche, pour mettre en œuvre une stratégie commune de coopération. Voilà, c'est ça
l'idée."""),
    ("Coralie Estèbe", "2:03", """Merci Héloïse. Alors premier point, l'association porteuse. On
avait deux options : soit la CC porte le PTCE, soit on crée une association. Romain, tu voulais
dire un mot sur Rouages avant ?"""),
    ("Romain Cabanes", "2:31", """Oui, rapidement. L'AG constitutive de Rouages a eu lieu le 9
décembre, on a finalement 58 associés et 41 500 euros de capital, un peu moins que prévu. Et,
euh, mauvaise nouvelle, le pont élévateur ne sera livré que fin avril, donc l'ouverture du
garage est décalée au lundi 3 mai 2027 au lieu du 1er avril."""),
    ("Mathilde Garrigou", "3:20", """Pour l'association porteuse, nous chez Ébénia on est
clairement pour une association, avec la CC dedans mais pas toute seule. Sinon ça reste un
projet de la collectivité."""),
    ("Fanny Labarthe", "3:48", """Pareil pour Tisserande. Et du coup il faudrait que le siège
soit à la CC, à Ambrelle, pour que ce soit neutre."""),
    ("Coralie Estèbe", "4:15", """OK, donc si personne n'est contre... non ? Bon. Donc on acte :
le PTCE sera porté par une association, Vézanne Coopère, avec son siège à la Communauté de
communes, 9 place du Foirail à Ambrelle. L'AG constitutive aura lieu le jeudi 4 mars 2027 à
18 h, chez Ébénia à Quinsac. Héloïse, la CRESS peut nous envoyer un modèle de statuts ?"""),
    ("Héloïse Cambon", "5:02", """Oui, je vous envoie ça d'ici fin janvier."""),
    ("Coralie Estèbe", "5:10", """Super. Point deux, le chargé de coopération. Quentin ?"""),
    ("Quentin Ribes", "5:18", """Alors, euh, l'idée c'est un poste mutualisé à 0,8 ETP, porté
par l'association, qui anime le PTCE, monte les projets communs et suit les achats groupés. On
a chiffré le coût à 38 000 euros par an charges comprises. Pour moi le recrutement doit se
faire pour le 1er juin 2027, pas avant, sinon on n'aura pas les financements."""),
    ("Nadia Ferhat", "6:40", """Côté France Travail, on peut diffuser l'offre, et je rappelle
qu'on a 212 demandeurs d'emploi sur l'agence d'Ambrelle qui déclarent un problème de mobilité.
Donc le garage de Romain et le camion, ça nous intéresse beaucoup. On peut aussi organiser un
job dating commun, par exemple celui du 29 juin avec les Potagers."""),
    ("Coralie Estèbe", "7:35", """Très bien. On valide le poste à 0,8 ETP, recrutement pour le
1er juin. Point trois, le camion. Mathilde ?"""),
    ("Mathilde Garrigou", "7:48", """Oui. On a trouvé un camion de 20 mètres cubes avec hayon,
occasion récente, à 38 500 euros HT. Ébénia l'achète et le met à disposition des membres par
une convention, avec un planning partagé. On refacturerait 0,45 euro du kilomètre, euh,
carburant compris. Tisserande pour la collecte textile, les Potagers pour les livraisons de
paniers, et Romain pour rapatrier les voitures."""),
    ("Siobhan Gallagher (Externe)", "9:30", """If I may add something here... Hi everyone,
sorry, my French is not good enough. In West Cork we started a shared van scheme in 2023 with
eleven social enterprises. We have three vans now, booked through a simple online calendar,
and we charge forty cents per kilometre. The biggest lesson: appoint one coordinator who owns
the bookings, and sort out the insurance first. Insurance was the hardest part, it took us
five months."""),
    ("Coralie Estèbe", "10:41", """Thank you Siobhan, very useful. Donc pour résumer en français :
un coordinateur unique pour les réservations, et l'assurance à régler en premier, ça leur a
pris cinq mois. Mathilde, tu peux regarder l'assurance dès maintenant ?"""),
    ("Mathilde Garrigou", "11:05", """Oui, je vois avec notre assureur la semaine prochaine."""),
    ("Coralie Estèbe", "11:20", """Point quatre, le budget 2027. Je vous l'ai envoyé hier : 84 000
euros au total. En recettes : la CC du Pays d'Ambrelle 25 000, la Région 20 000, l'appel à
projets national, on espère 30 000, et les cotisations des membres, 1 500 euros par membre,
donc 9 000 pour six membres. En dépenses, le poste pour 38 000 sur une année pleine, le
camion... enfin l'amortissement, la communication 6 000, etc."""),
    ("Fanny Labarthe", "12:34", """Euh, 1 500 euros pour Tisserande c'est beaucoup, on a collecté
61 tonnes en 2026, on grossit, mais la trésorerie est juste. On attend la réponse du
Département en mars pour Seconde Maille."""),
    ("Coralie Estèbe", "13:02", """On peut prévoir un étalement en deux fois. Bon, je propose
qu'on vote le budget : qui est contre ? Personne. Qui s'abstient ? Nadia, France Travail ne
vote pas, c'est noté, tu es observatrice. Donc budget 2027 adopté à l'unanimité des
membres."""),
    ("Coralie Estèbe", "13:40", """Dernier point, l'appel à projets national PTCE : date limite
le 26 mars 2027. Héloïse, tu veux bien tenir la plume ?"""),
    ("Héloïse Cambon", "13:52", """Oui, je fais une première version pour le 5 mars, juste après
l'AG constitutive, et je la fais relire à Raphaël Izard du DLA."""),
    ("Coralie Estèbe", "14:20", """Parfait. Prochain COPIL le jeudi 8 avril 2027 à 14 h, en
présentiel cette fois, chez Tisserande à Pradinès. Merci à tous, et thank you again
Siobhan."""),
    ("Siobhan Gallagher (Externe)", "14:41", """Thanks, good luck with the van!"""),
]


def tms_text() -> str:
    out = ["COPIL PTCE Vézanne Coopère", "14 janvier 2027, 14:02", "15 min 3 s", "",
           "Coralie Estèbe a commencé la transcription", ""]
    for who, at, text in TMS_TURNS:
        out += [f"{who}   {at}", one(text), ""]
    out += ["Coralie Estèbe a arrêté la transcription", ""]
    return "\n".join(out)


def build_tms() -> None:
    (CORPUS / TMS).write_text(tms_text(), encoding="utf-8", newline="\r\n")

# ---------------------------------------------------------------------------
# Document E: an Outlook reply chain (RFC 5322, CRLF, 7-bit): Exchange headers (Thread-Topic,
# Thread-Index, X-MS-*), a base64 UTF-8 subject, multipart/alternative with a quoted-printable
# text/plain part and a base64 text/html part (Word HTML: MsoNormal paragraphs, the
# « De : … Envoyé : … » blocks of the quoted messages), signatures with phone numbers
# ---------------------------------------------------------------------------

EML_SUBJECT = "RE: RE: Marché mobilier collèges – lot 3 réservé SIAE – bilan 2026"
EML_DATE = datetime(2027, 2, 3, 8, 12, 47)
EML_ID = "PR3P192MB0741A2F5C3B8E9D1C7A4B2E6A5D12"
EML_BOUNDARY = f"_000_{EML_ID}PR3P192MB0741EURP_"
MG = "Mathilde Garrigou <direction@ebenia-insertion.fr>"
TV = "Thibault Valade <t.valade@drevanne.fr>"
EM = "Elsa Montagut <e.montagut@drevanne.fr>"
DC = "Damien Carrère <atelier@ebenia-insertion.fr>"
SIG_MG = ["Mathilde Garrigou", "Directrice", "Ébénia – entreprise d'insertion",
          "7 rue des Charrons – ZA des Prunelliers – Quinsac",
          "Tél. 04 65 71 48 90 | Port. 06 39 98 27 63", "www.ebenia-insertion.fr"]
SIG_TV = ["Thibault Valade", "Chargé de mission achats responsables",
          "Direction de la commande publique – Département de la Drevanne",
          "Tél. 04 65 71 20 36 – Port. 06 39 98 11 52"]
SIG_EM = ["Elsa Montagut", "Facilitatrice des clauses sociales",
          "Direction de l'insertion et de l'économie solidaire – Département de la Drevanne",
          "Tél. 04 65 71 20 58"]
# sender, sent (Paris time), to, cc, subject, paragraphs ("- " items), signature
EML_MSGS = [
    (MG, "2027-02-03 09:12", [TV], [EM, DC], EML_SUBJECT, [
        "Bonjour Thibault,",
        "Merci pour votre message. Voici les éléments demandés pour le bilan 2026 du lot 3 :",
        "- heures d'insertion réalisées en 2026 : 2 140 heures (objectif contractuel : 1 800 "
        "heures par an) ;",
        "- salariés en parcours mobilisés sur le marché : 7, dont 3 femmes ;",
        "- sorties : 2 salariés du lot 3 ont signé un CDI en 2026, l'un chez un menuisier de "
        "Rochenaud, l'autre chez nous comme agent de fabrication ;",
        "- pièces livrées en 2026 : 1 036 (tables, bancs, tabourets et étagères) dans 11 "
        "collèges.",
        "Le total de 2 140 heures est identique à celui du suivi d'Elsa (voir plus bas).",
        "Pour la commande 2027 (bon de commande n° 27-0142), nous confirmons la livraison des "
        "38 tables de réfectoire et des 152 tabourets avant le 30 avril 2027, en deux fois : "
        "le collège de Fonbrune la semaine du 12 avril, puis le collège de la Vézanne à "
        "Ambrelle la semaine du 26 avril.",
        "Pour la réunion de bilan, le jeudi 18 février à 14 h 30 me convient. Damien Carrère, "
        "notre encadrant technique, m'accompagnera.",
        "Bien cordialement,",
    ], SIG_MG),
    (TV, "2027-02-01 17:42", [MG], [EM],
     "RE: Marché mobilier collèges – lot 3 réservé SIAE – bilan 2026", [
        "Bonjour Madame Garrigou,",
        "Dans le cadre du bilan annuel du marché n° 2025-DRV-031 « Fourniture de mobilier "
        "scolaire en bois pour les collèges », dont le lot 3 est réservé aux structures "
        "d'insertion par l'activité économique (article L. 2113-13 du code de la commande "
        "publique), pourriez-vous me transmettre avant le 10 février :",
        "- le nombre d'heures d'insertion réalisées en 2026 ;",
        "- le nombre de salariés en parcours mobilisés et leurs sorties ;",
        "- le nombre de pièces livrées.",
        "Pour information, le montant facturé au titre du lot 3 en 2026 s'élève à 186 420 € HT, "
        "pour un maximum annuel de 240 000 € HT (accord-cadre à bons de commande de 4 ans, "
        "notifié le 16 juin 2025). Le bon de commande n° 27-0142 du 25 janvier 2027 porte sur "
        "38 tables de réfectoire et 152 tabourets, pour 41 860 € HT, livrables avant le 30 "
        "avril 2027.",
        "Je vous propose une réunion de bilan le jeudi 18 février 2027 à 14 h 30 à l'Hôtel du "
        "Département (salle Vézanne), avec Elsa Montagut.",
        "Cordialement,",
    ], SIG_TV),
    (EM, "2027-01-29 11:05", [TV], [MG],
     "Marché mobilier collèges – lot 3 réservé SIAE – bilan 2026", [
        "Bonjour Thibault,",
        "En vue du bilan, voici mon suivi 2026 des clauses sociales du Département :",
        "- 61 870 heures d'insertion réalisées sur 43 marchés (objectif : 55 000 heures) ;",
        "- 214 personnes ont bénéficié d'un contrat, dont 38 % de bénéficiaires du RSA ;",
        "- lot 3 du marché de mobilier (Ébénia) : 2 140 heures réalisées pour 1 800 heures "
        "prévues.",
        "Le bilan consolidé sera présenté à la commission Solidarités, insertion et ESS du 22 "
        "février 2027.",
        "Bonne journée,",
    ], SIG_EM),
]
EML_CONFID = one("""Ce message et ses pièces jointes sont confidentiels et destinés à leurs
    seuls destinataires. Avant d'imprimer, pensez à l'environnement.""")


def _sent(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{JOURS[d.weekday()]} {d.day} {MOIS_FR[d.month - 1]} {d.year} {d:%H:%M}"


def _addr_name(a: str) -> str:
    return a.split(" <")[0]


def eml_plain() -> str:
    out: list[str] = []
    for k, (frm, sent, to, cc, subj, body, sig) in enumerate(EML_MSGS):
        if k:
            out += ["", f"De : {frm}", f"Envoyé : {_sent(sent)}", f"À : {'; '.join(to)}"]
            out += [f"Cc : {'; '.join(cc)}"] if cc else []
            out += [f"Objet : {subj}", ""]
        for p in body:
            if not p.startswith("- ") and out and out[-1].startswith("- "):
                out.append("")
            out += [p] if p.startswith("- ") else [p, ""]
        if out[-1]:
            out.append("")
        out += [*sig, ""]
        if frm != MG:
            out += [EML_CONFID, ""]
    return "\n".join(out)


def eml_html() -> str:
    def ps(text: str) -> str:
        return f'<p class="MsoNormal">{h(text)}<o:p></o:p></p>'

    parts: list[str] = []
    for k, (frm, sent, to, cc, subj, body, sig) in enumerate(EML_MSGS):
        if k:
            rows = [("De", frm), ("Envoyé", _sent(sent)), ("À", "; ".join(to))]
            rows += [("Cc", "; ".join(cc))] if cc else []
            rows += [("Objet", subj)]
            head = "<br>\n".join(f"<b>{h(a)}&nbsp;:</b> {h(b)}" for a, b in rows)
            parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                         'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
                         f"{head}<o:p></o:p></p>\n</div>\n<p class=\"MsoNormal\">&nbsp;</p>")
        items: list[str] = []
        for p in body:
            if p.startswith("- "):
                items.append(f'<li class="MsoListParagraph">{h(p[2:])}</li>')
                continue
            if items:
                parts.append("<ul>" + "\n".join(items) + "</ul>")
                items = []
            parts.append(ps(p))
        if items:
            parts.append("<ul>" + "\n".join(items) + "</ul>")
        parts.append('<p class="MsoNormal"><span style="color:#1F3864">'
                     + "<br>\n".join(h(s) for s in sig) + "</span><o:p></o:p></p>")
        if frm != MG:
            parts.append(f'<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">'
                         f"{h(EML_CONFID)}</span></p>")
    body = "\n".join(parts)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
li.MsoListParagraph {{margin-left:36.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}}
@page WordSection1 {{size:612.0pt 792.0pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="FR" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def rfc_date(d: datetime) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")
    return f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} {d:%H:%M:%S} +0000"


def bword(text: str) -> str:
    """RFC 2047 base64 UTF-8 words (folded), as Outlook writes a non-ASCII subject."""
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode("utf-8")) > 39:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\r\n ".join(
        f"=?utf-8?B?{base64.b64encode(w.encode('utf-8')).decode('ascii')}?=" for w in words)


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def eml_bytes() -> bytes:
    subject = bword(EML_SUBJECT)
    headers = [
        "Received: from PR3P192MB0741.EURP192.PROD.OUTLOOK.COM (2603:10a6:102:1c4::19)",
        f" by AM9P192MB1342.EURP192.PROD.OUTLOOK.COM with HTTPS; {rfc_date(EML_DATE)}",
        "From: =?utf-8?B?TWF0aGlsZGUgR2Fycmlnb3U=?= <direction@ebenia-insertion.fr>",
        f"To: {TV.split(' <')[0]} <t.valade@drevanne.fr>",
        "CC: Elsa Montagut <e.montagut@drevanne.fr>,",
        f"\t=?utf-8?B?{base64.b64encode(b'Damien Carr' + 'è'.encode() + b're').decode()}?="
        " <atelier@ebenia-insertion.fr>",
        f"Subject: {subject}",
        f"Thread-Topic: {bword(EML_SUBJECT[8:])}",
        "Thread-Index: AQHbdE3kq2W8vN0xT0yY7u1c5Qm8cLKxQ7WAgAJ4pXA=",
        f"Date: {rfc_date(EML_DATE)}",
        f"Message-ID: <{EML_ID}@PR3P192MB0741.EURP192.PROD.OUTLOOK.COM>",
        "References: <AM9P192MB13420E1F7B4D2C9A8E6F5B31D4C22@"
        "AM9P192MB1342.EURP192.PROD.OUTLOOK.COM>",
        "In-Reply-To: <AM9P192MB1342B7C1E9F0A4D3B2C8E6F71A9D4@"
        "AM9P192MB1342.EURP192.PROD.OUTLOOK.COM>",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "x-ms-exchange-organization-authas: Internal",
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative;",
        f'\tboundary="{EML_BOUNDARY}"',
    ]
    plain = crlf(quopri.encodestring(eml_plain().encode("utf-8")))
    html = crlf(base64.encodebytes(eml_html().encode("utf-8")))
    out = ("\r\n".join(headers) + "\r\n\r\n").encode("ascii")
    out += (f"--{EML_BOUNDARY}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n").encode("ascii") + plain
    out += (f"\r\n--{EML_BOUNDARY}\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n").encode("ascii") + html
    out += f"\r\n--{EML_BOUNDARY}--\r\n".encode("ascii")
    return out


def eml_parts(data: bytes) -> tuple[str, str]:
    """(main headers decoded + text/plain part; visible text of the text/html part)."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "CC", "Subject", "Date"))
    plain = msg.get_body(preferencelist=("plain",)).get_content().replace("\r\n", "\n")
    html = msg.get_body(preferencelist=("html",)).get_content()
    soup = BeautifulSoup(re.sub(r"(?i)<br\s*/?>|</(p|li|div)>", lambda m: m.group(0) + "\n",
                                html), "html.parser")
    for tag in soup(["style", "title"]):
        tag.decompose()
    return head + "\n\n" + plain, soup.get_text("")


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())

# ---------------------------------------------------------------------------
# Questions: a small line format, one block per question, blocks separated by blank lines.
#   header   ``R figure table @anchor``: source letters, kind, tags, optional PDF anchor
#            (``+R …`` continues the follow-up chain of the block above; ``U why kind tags``
#            is an unanswerable near miss)
#   question one or more lines
#   ``= fact | fact``    facts, verbatim from the document
#   ``! regex``          unanswerable: the regex matches nowhere in the corpus
#   ``& regex && regex`` unanswerable: no sentence, list item, row or line matches them all
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "en", "follow", "staff", "para", "box", "note", "faq", "quote")
WHY = ("year", "place", "person", "detail", "topic")


@dataclass
class Check:
    kind: str
    regexes: tuple[str, ...]


@dataclass
class Q:
    question: str
    facts: list[str]
    sources: str
    kind: str = "figure"
    tags: list[str] = field(default_factory=list)
    at: str = ""
    history: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    why: str = ""
    pages: list[int] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def parse_questions(text: str) -> list[Q]:
    out: list[Q] = []
    chain: list[Q] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [x.strip() for x in block.strip().split("\n")]
        head, rest = lines[0], lines[1:]
        at = ""
        if "@" in head:
            head, at = (x.strip() for x in head.split("@", 1))
        words = head.split()
        is_follow = words[0].startswith("+")
        words[0] = words[0].lstrip("+")
        qtext, facts, checks = [], [], []
        for line in rest:
            if line.startswith("= "):
                facts += [f.strip() for f in line[2:].split(" | ")]
            elif line.startswith("! "):
                checks.append(Check("absent", (line[2:].strip(),)))
            elif line.startswith("& "):
                checks.append(Check("together", tuple(r.strip() for r in line[2:].split("&&"))))
            elif re.match(r"\+?(U|[RDFWONTE]+) (figure|people|date|list|definition|yesno|other|"
                          r"year|place|person|detail|topic)\b", line):
                raise ValueError(f"a header inside a block: {line!r}")
            else:
                qtext.append(line)
        question = " ".join(qtext)
        if words[0] == "U":
            q = Q(question, [], "", words[2], words[3:], checks=checks, why=words[1])
        else:
            q = Q(question, facts, words[0], words[1], words[2:], at=at)
        if is_follow:
            q.history = [c.question for c in chain]
            q.tags.append("follow")
            chain.append(q)
        else:
            chain = [q]
        out.append(q)
    return out

# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str, unify_apostrophes: bool = True) -> str:
    """Matching form: soft hyphens dropped, whitespace (NBSP and narrow NBSP too) collapsed,
    no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "").replace("\ufeff", "")
    if unify_apostrophes:
        text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


def dehyphenate(raw: str, keep_hyphen: bool) -> str:
    """Join a word cut at a line end: without the hyphen (soft hyphenation) or with it."""
    return re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "-" if keep_hyphen else "", raw)


BLOCK_END = re.compile(
    r"</(p|li|tr|th|td|h1|h2|h3|dt|dd|summary|details|time|caption|figcaption|div|section|"
    r"article|ul|ol|nav|aside|footer|header)>|<br[^>]*>", re.I)


def html_text(name: str) -> str:
    """Visible text of a saved page (scripts and styles dropped); block ends become ¶."""
    raw = (CORPUS / name).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    return soup.get_text(" ")


def units(text: str) -> list[str]:
    """Sentences, list items, table rows, paragraphs and lines: the units of a together check."""
    parts = re.split(r"¶|\n|(?<=[.;!?])\s+", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.raw = {n: [p.extract_text() or "" for p in PdfReader(CORPUS / n).pages]
                    for n in PDFS}
        self.pages = {n: [dehyphenate(p, False) for p in v] for n, v in self.raw.items()}
        self.pages_keep = {n: [dehyphenate(p, True) for p in v] for n, v in self.raw.items()}
        self.full = {n: "\n".join(self.pages[n]) for n in PDFS}
        for n in HTMLS:
            self.full[n] = html_text(n)
        self.full[OBS] = (CORPUS / OBS).read_text(encoding="utf-8")
        self.full[TMS] = (CORPUS / TMS).read_bytes().decode("utf-8").replace("\r\n", "\n")
        self.full[EML], self.eml_html = eml_parts((CORPUS / EML).read_bytes())
        self.norm_full = {k: norm(v.replace("¶", " ")) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.norm_keep = {k: [norm(p) for p in v] for k, v in self.pages_keep.items()}
        self.units = {k: units(v) for k, v in self.full.items()}

    def answer_texts(self, name: str, pages: list[int], unify: bool = True) -> list[str]:
        if name in PDFS:
            return [" ".join(norm(v[p - 1], unify) for p in pages)
                    for v in (self.pages[name], self.pages_keep[name])]
        return [norm(self.full[name].replace("¶", " "), unify)]

    def on_page(self, name: str, page: int, fact: str) -> bool:
        f = norm(fact)
        return f in self.norm_pages[name][page - 1] or f in self.norm_keep[name][page - 1]


def run_check(c: Check, corpus: Corpus) -> str | None:
    for name in DOCS:
        if c.kind == "absent":
            m = re.search(c.regexes[0], corpus.norm_full[name], re.I)
            if m:
                t = corpus.norm_full[name][max(0, m.start() - 60):m.end() + 60]
                return f"{name}: /{c.regexes[0]}/ matches {t!r}"
        else:
            for u in corpus.units[name]:
                if all(re.search(r, u, re.I) for r in c.regexes):
                    return f"{name}: {c.regexes} together in {u[:200]!r}"
    if c.kind == "together":
        for r in c.regexes:
            if not any(re.search(r, corpus.norm_full[n], re.I) for n in DOCS):
                return f"together: /{r}/ occurs nowhere in the corpus, the check is empty"
    return None


def resolve_pages(q: Q, corpus: Corpus, problems: list[str]) -> None:
    """The physical pages of the facts of a PDF question: the one page holding all of them
    (and the anchor, when given), or else, fact by fact, the one page holding each."""
    pdf = [SRC[s] for s in q.sources if SRC[s] in PDFS]
    if not pdf:
        if q.at:
            problems.append(f"{q.question!r}: anchor without a PDF source")
        return
    if len(pdf) > 1:
        problems.append(f"{q.question!r}: two PDF sources")
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


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u00ad]", lambda m: "" if m.group(0) == SHY else " ", text)


WEEKDAY_RE = re.compile(
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) ("
    + "|".join(MOIS_FR) + r")(?: (20\d\d))?", re.I)


def check_weekdays(corpus: Corpus, problems: list[str]) -> None:
    """Every « weekday day month [year] » names the right weekday (2027 when no year)."""
    seen = 0
    for t in [*corpus.full.values(), corpus.eml_html]:
        for m in WEEKDAY_RE.finditer(plain(t)):
            day = 1 if m.group(2) == "1er" else int(m.group(2))
            d = date(int(m.group(4) or 2027), MOIS_FR.index(m.group(3).lower()) + 1, day)
            seen += 1
            if JOURS[d.weekday()] != m.group(1).lower():
                problems.append(f"weekday: {m.group(0)!r} is a {JOURS[d.weekday()]}")
    if seen < 12:
        problems.append(f"weekday: only {seen} dated weekdays found")


def check_pdfs(corpus: Corpus, problems: list[str]) -> None:
    want = {RAP: (3, 4), DEL: (3, 4), FRM: (3, 3)}
    for name in PDFS:
        reader = PdfReader(CORPUS / name)
        lo, hi = want[name]
        if not lo <= len(reader.pages) <= hi:
            problems.append(f"{name}: {len(reader.pages)} pages")
        meta = reader.metadata or {}
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
            if not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if meta.get("/ModDate") != meta.get("/CreationDate"):
            problems.append(f"{name}: creation and modification dates differ")
        if not reader.outline:
            problems.append(f"{name}: no outline")
        for i, p in enumerate(reader.pages, 1):
            if (round(float(p.mediabox.width)), round(float(p.mediabox.height))) != (595, 842):
                problems.append(f"{name}: page {i} is not A4")
    raw = corpus.raw
    # activity report: running header from page 2, page numbers, footnotes, box, table
    if not all(RAP_HEAD in plain(p) for p in raw[RAP][1:]) or RAP_HEAD in plain(raw[RAP][0]):
        problems.append(f"{RAP}: running header missing or on the cover")
    for i, p in enumerate(raw[RAP], 1):
        if f"– {i} –" not in p:
            problems.append(f"{RAP}: page number {i} missing")
    for mark, note in RAP_NOTES.items():
        found = [i for i, p in enumerate(corpus.pages[RAP], 1) if norm(mark + " " + note[:30])
                 in norm(p)]
        body = [i for i, p in enumerate(raw[RAP], 1) if re.search(rf"[\w)]{mark}", p)]
        if len(found) != 1 or found != body:
            problems.append(f"{RAP}: footnote {mark} on pages {found}, mark on pages {body}")
    if "2025 EN CHIFFRES" not in corpus.full[RAP] or corpus.full[RAP].count("« ") < 2:
        problems.append(f"{RAP}: key-figures box or pull quotes missing")
    # délibération: recitals, articles, vote count, signature, annex over two pages
    text = plain(corpus.full[DEL])
    v = DEL_VOTE
    if (v["présents"] + v["représentés"] != v["votants"] + v["nppv"]
            or v["pour"] + v["contre"] + v["abstentions"] != v["votants"]
            or v["présents"] + v["représentés"] + v["absents"] != v["membres"]):
        problems.append(f"{DEL}: the vote count does not add up")
    if (text.count("Vu ") < 6 or text.count("Considérant") < 4 or "Pour extrait conforme" not in
            text or not all(f"Article {n}" in text for n in range(1, len(DEL_ARTICLES) + 1))):
        problems.append(f"{DEL}: recitals, articles or signature block missing")
    heads = [i for i, p in enumerate(raw[DEL], 1) if "Objet de la demande" in p]
    if len(heads) < 2:
        problems.append(f"{DEL}: the annex table does not repeat its header on two pages")
    total, env_f, env_i = DEL_ENV
    if total != DEL_F + DEL_I + 32500 or env_f < DEL_F or env_i < DEL_I:
        problems.append(f"{DEL}: grants and envelope disagree")
    # form: boxes, budget balanced
    text = corpus.full[FRM]
    if text.count(BOX_ON) < 12 or text.count(BOX_OFF) < 10:
        problems.append(f"{FRM}: too few ☒/☐ boxes")
    if sum(x[1] for x in FRM_PRODUITS) != FRM_TOTAL or "18,9 %" not in plain(text):
        problems.append(f"{FRM}: the budget is not balanced")


def check_others(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WP).read_text(encoding="utf-8")
    for needle in ("cmplz-cookiebanner", "<nav", "<aside", "<details", "<summary",
                   "tribe-events", "Mentions", "<footer"):
        if needle not in raw:
            problems.append(f"{WP}: {needle} missing")
    if raw.count("<details") != len(WP_FAQ) or raw.count("<time") != len(WP_EVENTS):
        problems.append(f"{WP}: FAQ or agenda incomplete")
    raw = (CORPUS / ODP).read_text(encoding="utf-8")
    if raw.count("<dt>") != len(ODP_META) or raw.count("<tr>") != len(ODP_ROWS) + 1:
        problems.append(f"{ODP}: metadata list or preview table incomplete")
    for r in ODP_ROWS:
        fam = [int(x.replace(" ", "")) for x in r[4:] if x != "s"]
        secret = sum(x == "s" for x in r[4:])
        if not sum(fam) <= r[2] <= sum(fam) + 4 * secret:
            problems.append(f"{ODP}: the families of {r[0]} do not add up")
    text = corpus.full[OBS]
    if not text.startswith("---\n") or text.count("> [!") < 4 or "- [x]" not in text:
        problems.append(f"{OBS}: front matter, callouts or tasks missing")
    if (sum(x[2] for x in OBS_COLLEGES) != 45000 or sum(x[3] for x in OBS_COLLEGES) != 100
            or sum(x[1] for x in OBS_FIN) != sum(x[1] for x in OBS_INVEST)):
        problems.append(f"{OBS}: capital, votes or financing plan do not add up")
    data = (CORPUS / TMS).read_bytes()
    if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data):
        problems.append(f"{TMS}: not CRLF")
    if "a commencé la transcription" not in corpus.full[TMS]:
        problems.append(f"{TMS}: transcription start missing")
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or any(b > 127 for b in data):
        problems.append(f"{EML}: not CRLF or not 7-bit")
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = list(msg.iter_parts())
    if ([p.get_content_type() for p in parts] != ["text/plain", "text/html"]
            or [p["Content-Transfer-Encoding"] for p in parts] != ["quoted-printable", "base64"]):
        problems.append(f"{EML}: expected a quoted-printable text part and a base64 HTML part")
    if str(msg["Subject"]) != EML_SUBJECT or "=?utf-8?B?" not in data.decode("ascii"):
        problems.append(f"{EML}: subject wrong")
    if corpus.full[EML].count("Envoyé : ") != 2 or corpus.eml_html.count("Envoyé") != 2:
        problems.append(f"{EML}: the two quoted messages are missing")

PROPER_NAMES = [
    # region, département, intercommunality, communes, river, places
    "Aubrevalle", "Castelvigne", "Drevanne", "Corbérac", "Ambrelle", "Quinsac", "Lavergnolle",
    "Pradinès", "Saugières", "Fonbrune", "Rochenaud", "Estirac", "Tréviel", "Castagnols",
    "Castagnol", "Bessonac", "Vézanne", "Combelongue", "Prunelliers", "Charrons", "Foirail",
    "Cordelières", "Remparts", "Gabares",
    # organisations, projects, products
    "Ébénia", "Aubier", "Tisserande", "Seconde Maille", "Potagers", "Rouages", "Coopère",
    "MobiDrev", "Trémie", "Azerole", "Grenier", "Passerelle", "Aubépines", "Bouquins",
    "Voyageurs", "Ardoise", "Lauze", "Dérailleur", "Germoir", "Semeurs", "Cardabelle", "Presses",
    "Entraide", "Combebelle", "Clic & Causette", "Terres", "Cuivres", "Lignière", "Serveurs Libres",
    "Teulier", "West Cork",
    # people
    "Mathilde Garrigou", "Hervé Solignac", "Damien Carrère", "Léonie Barrau", "Véronique Sabatié",
    "Fanny Labarthe", "Amandine Roucayrol", "Josiane Lacaze", "Quentin Ribes", "Aline Pagès",
    "Karim Benali", "Romain Cabanes", "Coralie Estèbe", "Héloïse Cambon", "Raphaël Izard",
    "Nadia Ferhat", "Siobhan Gallagher", "Sofiane Haddad", "Patrice Vigouroux", "Thibault Valade",
    "Elsa Montagut", "Micheline Roques", "Tanguy Fourcade", "Laetitia Costes",
    "Florent Trémoulet", "Armelle Boissière", "Gaëtan Loubière", "Chantal Puech",
    "Bernadette Vialard", "Sébastien Aymard", "Olivier Bessières", "Mireille Castagné",
    "Lucien Fargues",
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux", "&"}
# capitalised words of the corpus and questions that also occur in fresh37: question and
# function words, common nouns and adjectives at the start of a sentence, heading, label, button
# or cell, acronyms of French law and schemes, real public bodies, months and format words
COMMON_OK = {
    "A", "AAP", "ACI", "ACTIVITÉ", "ACTIVITÉS", "AG", "ANNEXE", "ATTESTATION", "AU", "About",
    "Abstentions", "Accepter", "Accessibilité", "Accompagnement", "According", "Accueil",
    "Achats", "Activités", "Adoptée", "Adresse", "Agenda", "Agrément", "Aide", "Appel", "Après",
    "Are", "Article", "Assemblée", "Association", "Atelier", "Attestation", "Attribution",
    "Attribué", "Au", "Aucune", "Autres", "Avant", "Avec", "Avis", "Axe", "B", "BTP", "BUDGET",
    "Bienvenue", "Bilan", "Bon", "Bonjour", "Boutique", "Budget", "Bénévoles", "C", "CA", "CADRE",
    "CD", "CDD", "CDI", "CHARGES", "COMMISSION", "COMPTES", "COPIL", "CRESS", "Cabinet", "Café",
    "Capital", "Ce", "Chaque", "Charges", "Chargé", "Chiffre", "Collecte", "Collectivités",
    "Collège", "Combien", "Comment", "Commissaire", "Commission", "Communauté", "Commune",
    "Comptes", "Conditions", "Conseil", "Consolidation", "Contact", "Contexte", "Contre",
    "Contributions", "Conventionnement", "Coopérative", "Cotisations", "Couverture", "Côté", "D",
    "DDETS", "DE", "DES", "DLA", "DU", "Dans", "Date", "Dates", "De", "December", "Demandé",
    "Depuis", "Dernier", "Derniers", "Dernière", "Description", "Devant", "Directeur",
    "Direction", "Directrice", "Does", "Données", "Dont", "Dossier", "Dotations", "DÉCIDE",
    "DÉLIBÉRATION", "DÉPARTEMENT", "Déconstruction", "Délibération", "Département",
    "Développement", "EI", "EN", "ENTREPRISE", "ESS", "ESUS", "ET", "ETP", "EUROS", "Elle",
    "Emploi", "En", "English", "Entreprise", "Entrée", "Envoyé", "Et", "Export", "Externe", "F",
    "FINANCIERS", "Fait", "Faut", "Feb", "Ferme", "Fermée", "Figures", "Fonctionnement", "Fonds",
    "For", "Format", "Formation", "Formulaire", "Fourniture", "French", "From", "Fête", "GEIQ",
    "Grand", "Gratuit", "Gérer", "HT", "HUMAINS", "How", "Hôtel", "I", "IAE", "INSERTION", "Ici",
    "Idée", "If", "Il", "Ils", "Imprimé", "Impôts", "In", "InDesign", "Investissement", "JSON",
    "Jardin", "Je", "Jeudi", "Job", "Journée", "June", "Jusqu", "L", "LA", "LE", "LES", "La",
    "Le", "Les", "Lettre", "Library", "Licence", "Lieu", "Location", "M", "MOYENS", "Madame",
    "March", "Marché", "Mardi", "Membres", "Mentions", "Merci", "Mercredi", "Microsoft", "Mise",
    "Mme", "Mois", "Montant", "Mots", "N", "NOS", "NOUS", "Nature", "Ne", "Nom", "Nombre", "Non",
    "Nos", "Nous", "Nouveau", "OCT", "OK", "Objet", "Observatoire", "On", "Open", "Ordre",
    "Organisations", "Oui", "Ouverte", "Ouverture", "Où", "PARCOURS", "PDF", "PERMANENTE",
    "PERSPECTIVES", "PIÈCES", "PRODUITS", "PROJET", "PRÉSENTATION", "PRÉVISIONNEL", "Page",
    "Panier", "Parfait", "Parmi", "Part", "Partenaires", "Personne", "Personnes", "Petit", "Peut",
    "Plafond", "Plan", "Point", "Politique", "Pour", "Pourquoi", "Pouvoirs", "Prix", "Programme",
    "Présents", "Présidente", "Public", "QUI", "Qu", "Quand", "Que", "Quel", "Quelle", "Quelles",
    "Quels", "Question", "Questions", "Qui", "RAPPORT", "RE", "REÇU", "RNA", "RQTH", "RSA",
    "Rapport", "Recrutement", "Refuser", "Reprise", "Représentant", "Représentés", "Ressourcerie",
    "Reçu", "RÉSERVÉ", "Région", "Réponse", "Résultat", "Réunion", "SALARIÉS", "SAS", "SCIC",
    "SIAE", "SIRET", "STRUCTURE", "SUR", "Salariés", "Salle", "Samedi", "Se", "Secrétaire",
    "Selon", "Services", "Signature", "Social", "Solidarités", "Sorties", "Source", "Sous",
    "Soutiens", "Statuts", "Structures", "Subject", "Subventions", "Super", "Sur", "TOTAL",
    "Tableau", "The", "Tiers", "To", "Total", "Travail", "Type", "Tél", "Télécharger",
    "Téléphone", "UTF", "Un", "Une", "Usagers", "Values", "Ventes", "Visite", "Voilà", "Voir",
    "Vos", "Votre", "Vous", "Vu", "Wed", "What", "When", "Which", "Who", "Word", "ZA", "À",
    "ÉDITO", "Économie", "Épicerie", "État",
}


def fresh37_text() -> str | None:
    files = [FRESH37 / "README.md", FRESH37 / "build.py"]
    if not all(f.exists() for f in files):
        return None
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def in_text(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.I) is not None


def name_words() -> set[str]:
    return {w.casefold() for n in PROPER_NAMES for w in re.split(r"[\s\-'’]+", n)
            if w and w.casefold() not in _STOP}


def check_names(corpus: Corpus, questions: list[Q], problems: list[str],
                report: bool = False) -> None:
    other = fresh37_text()
    if other is None:
        print("note: evals/fresh37 not found, the name check against it is skipped")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh37")
    texts = [*corpus.full.values(), corpus.eml_html]
    texts += [q.question for q in questions] + [f for q in questions for f in q.facts]
    for name in PDFS:
        texts += [str(v) for v in (PdfReader(CORPUS / name).metadata or {}).values()]
    words = set()
    for t in texts:
        words.update(re.findall(r"(?<![\w@./])[A-ZÀ-ÖØ-Þ][\w]*", plain(t)))
    shared = sorted(w for w in words if in_text(w, other))
    clashes = [w for w in shared if w not in COMMON_OK]
    if report:
        print("SHARED WITH FRESH37", shared)
        print("NOT IN COMMON_OK", clashes)
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh37")
    for w in COMMON_OK:
        if w.casefold() in name_words():
            problems.append(f"names: {w!r} is both a name word and in COMMON_OK")


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|€|\d h\b|\d (janvier|février|mars|"
    r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)")


def check_questions(questions: list[Q], corpus: Corpus, problems: list[str]) -> None:
    seen = set()
    for q in questions:
        key = (q.question, tuple(q.history))
        if key in seen:
            problems.append(f"duplicate question {q.question!r}")
        seen.add(key)
        if q.kind not in KINDS or any(t not in TAGS for t in q.tags):
            problems.append(f"{q.question!r}: unknown kind or tag")
        if not q.answerable:
            if not q.checks or q.why not in WHY or q.sources:
                problems.append(f"{q.question!r}: unanswerable without checks or reason")
            for c in q.checks:
                err = run_check(c, corpus)
                if err:
                    problems.append(f"unanswerable {q.question!r}: {err}")
            continue
        if len(set(q.sources)) != len(q.sources) or any(s not in SRC for s in q.sources):
            problems.append(f"{q.question!r}: bad sources {q.sources!r}")
            continue
        resolve_pages(q, corpus, problems)
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact or NNBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for s in q.sources:
                name = SRC[s]
                if name in PDFS and not q.pages:
                    continue
                if not any(norm(fact) in t for t in corpus.answer_texts(name, q.pages)):
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} {q.pages}")
                elif not any(norm(fact, False) in t
                             for t in corpus.answer_texts(name, q.pages, False)):
                    problems.append(f"{q.question!r}: fact {fact!r} has another apostrophe")
                if name == EML and norm(fact) not in norm(corpus.eml_html + corpus.full[EML]
                                                          .split("\n\n")[0]):
                    problems.append(f"{q.question!r}: fact {fact!r} not in the mail's HTML part")
        if "en" in q.tags and any(ENGLISH_REFORMAT.search(f) and "@" not in f for f in q.facts):
            problems.append(f"{q.question!r}: English question with a reformattable fact")


def counts(questions: list[Q]) -> dict[str, int]:
    c: dict[str, int] = {"total": len(questions)}
    c["answerable"] = sum(q.answerable for q in questions)
    c["unanswerable"] = c["total"] - c["answerable"]
    for k in KINDS:
        c[f"{k}/answerable"] = sum(q.kind == k and q.answerable for q in questions)
        c[f"{k}/unanswerable"] = sum(q.kind == k and not q.answerable for q in questions)
    for t in TAGS:
        c[t] = sum(t in q.tags for q in questions)
        c[f"{t}/unanswerable"] = sum(t in q.tags and not q.answerable for q in questions)
    for w in WHY:
        c[f"unanswerable/{w}"] = sum(q.why == w for q in questions)
    c["multi"] = sum(len(q.sources) > 1 for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
        c[f"any/{name}"] = sum(letter in q.sources for q in questions)
    return c


MIN_COUNTS = {"total": 450, "unanswerable": 50, "en": 42, "follow": 18, "table": 50,
              "compare": 10, "staff": 8, "definition/answerable": 8, "yesno/answerable": 15,
              "list/answerable": 15, "people/answerable": 30, "date/answerable": 30,
              "multi": 8}
MAX_COUNTS = {"total": 550}
KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(38).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {"id": f"{SET_NAME}-eval-{i:03d}", "question": q.question, "facts": q.facts,
                   "sources": [SRC[s] for s in q.sources], "answerable": q.answerable,
                   "history": q.history, "pages": sorted(q.pages)}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_jsonl(problems: list[str]) -> None:
    rows = [json.loads(x) for x in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines()]
    asked = {row["question"] for row in rows}
    ids = set()
    for row in rows:
        if list(row) != KEYS:
            problems.append(f"questions.jsonl: unexpected keys {list(row)}")
        if not re.fullmatch(rf"{SET_NAME}-eval-\d{{3}}", row["id"]) or row["id"] in ids:
            problems.append(f"questions.jsonl: bad or duplicate id {row['id']}")
        ids.add(row["id"])
        if row["answerable"] != bool(row["facts"]) or (
                not row["answerable"] and (row["sources"] or row["pages"])):
            problems.append(f"questions.jsonl: {row['id']} inconsistent answerable/facts")
        if row["answerable"] and not row["sources"]:
            problems.append(f"questions.jsonl: {row['id']} answerable without sources")
        if any(s in PDFS for s in row["sources"]) != bool(row["pages"]):
            problems.append(f"questions.jsonl: {row['id']} pages and PDF source disagree")
        if any(x not in asked for x in row["history"]):
            problems.append(f"questions.jsonl: {row['id']} history not made of set questions")


def build_all() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_rap()
    build_del()
    build_frm()
    build_wp()
    build_odp()
    build_obs()
    build_tms()
    build_eml()


def digests(folder: Path) -> dict[str, str]:
    files = [*sorted((folder / "corpus").iterdir()), folder / "questions.jsonl"]
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def check_determinism(problems: list[str]) -> dict[str, str]:
    """Build everything again in a temporary folder, in a child process with another hash
    seed, and compare the bytes of every file."""
    mine = digests(HERE)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONHASHSEED="123")
        run = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--build-only", tmp],
                             env=env, capture_output=True, text=True, check=False)
        if run.returncode != 0:
            problems.append(f"determinism: the second build failed: {run.stderr[-500:]}")
            return mine
        theirs = digests(Path(tmp))
    if mine != theirs:
        diff = [k for k in mine if mine.get(k) != theirs.get(k)]
        problems.append(f"determinism: files differ between two builds: {diff}")
    return mine


def main() -> int:
    global CORPUS, QUESTIONS_FILE
    questions = parse_questions(QTEXT)
    if "--build-only" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--build-only") + 1])
        CORPUS, QUESTIONS_FILE = out / "corpus", out / "questions.jsonl"
        build_all()
        check_questions(questions, Corpus(), [])  # resolves the pages
        write_questions(questions)
        return 0
    build_all()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the eight documents")
    check_pdfs(corpus, problems)
    check_others(corpus, problems)
    check_weekdays(corpus, problems)
    check_questions(questions, corpus, problems)
    check_names(corpus, questions, problems, report="--names" in sys.argv)
    write_questions(questions)
    check_jsonl(problems)
    c = counts(questions)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum}")
    for key, maximum in MAX_COUNTS.items():
        if c[key] > maximum:
            problems.append(f"{c[key]} questions of type {key!r}, at most {maximum}")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if "--where" in sys.argv:
        for q in questions:
            if q.pages:
                print(f"WHERE {q.sources} {q.pages} {q.question[:80]!r}")
    if "--dump" in sys.argv:
        for name in PDFS:
            for i, p in enumerate(corpus.pages[name], 1):
                print(f"===== {name} p. {i}\n{p}")
        for name in (WP, ODP, OBS, TMS, EML):
            print(f"===== {name}\n{corpus.full[name]}")
    if "--no-determinism" not in sys.argv:
        for name, digest in check_determinism(problems).items():
            print(f"sha256 {digest}  {name}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0

# ---------------------------------------------------------------------------
# The questions (R report, D délibération, F form, W WordPress page, O open-data page,
# N Obsidian note, T Teams transcript, E Outlook mail)
# ---------------------------------------------------------------------------

Q_RAP = """
R figure @dont 38 entrés
Combien de salariés en parcours Ébénia a-t-elle accompagnés en 2025 ?
= 64

+R figure @dont 38 entrés
Et combien d'entre eux sont entrés dans l'année ?
= 38

R figure
Qui oriente le plus de salariés vers Ébénia, et combien ?
= France Travail | 27

R figure @mission locale de la Drevanne (14)
Combien de salariés en insertion d'Ébénia ont été orientés par la mission locale en 2025 ?
= 14

R figure @Corbérac (8)
Combien de personnes le CCAS de Corbérac a-t-il orientées vers Ébénia ?
= 8

R figure
Combien de femmes parmi les salariés en parcours d'Ébénia en 2025 ?
= 23 femmes

R figure
Quelle part des salariés en parcours d'Ébénia touchait le RSA en 2025 ?
= 47 %

R figure
Combien de jeunes de moins de 26 ans Ébénia a-t-elle accompagnés en 2025 ?
= 19 jeunes

R figure @9 travailleurs handicapés
Combien de travailleurs handicapés parmi les salariés en parcours d'Ébénia ?
= 9

R figure
Quelle est la durée moyenne d'un parcours chez Ébénia ?
= 11,5 mois

R figure
Combien d'heures par semaine travaille en moyenne un salarié en parcours chez Ébénia ?
= 26 heures

R figure
Combien d'entretiens individuels la conseillère en insertion d'Ébénia a-t-elle menés en 2025 ?
= 612

R people @612 entretiens
Qui est la CIP d'Ébénia ?
= Léonie Barrau

R figure
Combien d'heures de formation les salariés d'Ébénia ont-ils suivies en 2025 ?
= 1 940

R figure @17 ont obtenu
Combien de salariés d'Ébénia ont obtenu le certificat de conduite de chariot élévateur ?
= 17

R figure
Quel est le taux de sorties dynamiques d'Ébénia en 2025 ?
= 61 %

+R figure
Et l'année précédente ?
= 57 %

+R yesno
L'objectif fixé par la DDETS est-il atteint ?
= 55 %

R figure @Sur les 18 salariés
Combien de salariés sont sortis d'Ébénia en 2025 ?
= 18

R list
Quelles ont été les sorties vers l'emploi durable chez Ébénia en 2025 ?
= 4 CDI | 2 CDD

R figure @permis de conduire financés
Combien de permis de conduire Ébénia a-t-elle financés, et combien ont été obtenus ?
= 14 | 9

R other
Avec quelle association Ébénia loue-t-elle des scooters pour ses salariés ?
= MobiDrev

R figure @62 clients
Combien de palettes Ébénia a-t-elle reconditionnées en 2025 ?
= 48 200

R figure table
Combien de palettes reconditionnées en 2022 à Quinsac ?
= 33 500

R other
Quel est le premier client de l'atelier palettes d'Ébénia ?
= Terres de Rochenaud | 9 400

R figure
Combien de commandes la menuiserie de réemploi a-t-elle honorées en 2025 ? et en 2024 ?
= 214 | 163

R figure
Combien de commandes de la menuiserie venaient de collectivités ou d'établissements publics ?
= 96

R figure
Combien d'heures d'insertion Ébénia a-t-elle réalisées sur le lot 3 en 2025 ?
= 870 heures

R figure @412 pièces
Combien de pièces de mobilier Ébénia a-t-elle livrées aux collèges à la rentrée 2025 ?
= 412 | 5

R figure @1 320 tonnes de bois
Combien de tonnes de bois Ébénia a-t-elle détournées de l'enfouissement en 2025 ?
= 1 320

R figure
Combien de tonnes de chêne ont été récupérées sur la grange dîmière de Fonbrune ?
= 47 tonnes

R figure
Combien de CO2 Ébénia estime-t-elle avoir évité en 2025 ?
= 1 950 tonnes

R figure @Les produits d'exploitation atteignent
Quel est le chiffre d'affaires d'Ébénia en 2025 ?
= 1 486 000

R figure table
Quel était le CA d'Ébénia en 2023 ?
= 1 198 000

R figure table
Chiffre d'affaires Ébénia 2024 ?
= 1 341 000

R figure table staff
ebenia CA 2022
= 1 052 000

R figure table
Quel montant d'aide au poste l'État a-t-il versé à Ébénia en 2024 ?
= 229 400

R figure table @conventionnés 16 18 20 22
Combien d'ETP d'insertion étaient conventionnés chez Ébénia en 2023 ?
= 18

R figure table @Salariés en parcours 47
Combien de salariés en parcours en 2022 chez Ébénia ?
= 47

R figure table
Quel a été le résultat net d'Ébénia en 2023 ?
= -6 200

+R figure note
Pourquoi était-il négatif ?
= déménagement | 41 300

R figure table compare
En quelle année Ébénia a-t-elle eu son meilleur résultat net entre 2022 et 2025 ?
= 2025 | 31 750

R figure table compare
De combien le nombre de palettes reconditionnées a-t-il progressé entre 2024 et 2025 ?
= 41 700 | 48 200

R figure table compare @Sorties dynamiques (%) 54
Le taux de sorties dynamiques d'Ébénia a-t-il baissé une année entre 2022 et 2025 ?
= 58 | 57

R figure table compare
Combien d'ETP d'insertion Ébénia avait-elle en 2022 par rapport à 2025 ?
= 16 | 22

R figure
Combien le Département de la Drevanne a-t-il versé à Ébénia en 2025 ?
= 25 000

R figure
Combien Ébénia a-t-elle reçu du FSE+ en 2025 ?
= 42 000

R figure
Quel est le montant total des produits d'exploitation d'Ébénia en 2025 ?
= 1 812 400

R figure
À combien s'élève la masse salariale d'Ébénia et quelle part des charges représente-t-elle ?
= 1 118 300 | 63 %

R figure
Combien Ébénia a-t-elle investi en 2025 ?
= 138 000

R figure
Combien a coûté la nouvelle scie à format d'Ébénia ?
= 46 500

R figure
Quel prêt Ébénia a-t-elle contracté pour ses investissements 2025 ?
= 80 000 | sept ans

R figure
Combien la Communauté de communes a-t-elle apporté aux investissements d'Ébénia ?
= 8 000

R figure
Quel est le capital de la SAS Ébénia ?
= 60 000

R other
Qui détient la majorité du capital d'Ébénia ?
= Aubier | 51 %

R people @présidé par
Qui préside le comité stratégique d'Ébénia ?
= Hervé Solignac

R people @directrice, Mathilde Garrigou
Qui dirige l'entreprise d'insertion Ébénia ?
= Mathilde Garrigou

R people @l'atelier palettes ;
Qui est responsable de l'atelier palettes chez Ébénia ?
= Damien Carrère

R date
En quelle année Ébénia a-t-elle été créée ?
= 2014

R yesno
Ébénia est-elle agréée ESUS ?
= depuis 2019

R other @zone artisanale des Prunelliers
Où se trouvent les locaux d'Ébénia ?
= 7 rue des Charrons | Prunelliers

R figure
Quelle est la surface du bâtiment d'Ébénia ?
= 2 600

R other @loué à la Communauté
À qui Ébénia loue-t-elle son bâtiment ?
= Communauté de communes du Pays d'Ambrelle

R list @trois métiers
Quels sont les trois métiers d'Ébénia ?
= palettes | menuiserie de réemploi | déconstruction soignée

R definition note
C'est quoi une entreprise d'insertion, d'après le rapport d'Ébénia ?
= L. 5132-5 | contrat à durée déterminée d'insertion

R definition note
Que recouvrent les sorties dynamiques ?
= emploi durable | emploi de transition | sorties positives

R figure note
À combien d'heures rémunérées correspondent les 22 ETP conventionnés d'Ébénia ?
= 35 354

R figure @L'équipe permanente compte
Combien de salariés permanents compte Ébénia ?
= 9

R figure @passer à 26
Combien d'ETP d'insertion Ébénia veut-elle atteindre en 2026 ?
= 26

R other @point de vente
Où Ébénia veut-elle ouvrir un point de vente de mobilier ?
= Corbérac

R figure
De combien Ébénia veut-elle réduire la consommation d'électricité de son atelier ?
= 15 %

R people quote @parcours debout
Qui dit « on remet des parcours debout » dans le rapport d'Ébénia ?
= Léonie Barrau

R people quote @quatre ans de visibilité
Qui parle de « quatre ans de visibilité » grâce au marché des collèges ?
= Mathilde Garrigou

R date
Depuis quand Ébénia est-elle titulaire du lot 3 du marché de mobilier des collèges ?
= 1er juillet 2025

R figure
Combien d'heures d'insertion par an Ébénia doit-elle garantir sur le marché des collèges ?
= 1 800 heures

R other
Qui a fait la mise en page du rapport d'activité d'Ébénia ?
= Studio Lignière

R list
Quels projets Ébénia prévoit-elle pour 2026 ?
= 26 ETP | Corbérac | PTCE Vézanne Coopère | DLA

R other box
Quels sont les chiffres clés 2025 d'Ébénia mis en avant dans l'encadré ?
= 64 | 22 | 61 % | 48 200 | 1 320 t | 1 486 000

R people en @présidé par
Who chairs Ébénia's strategic committee?
= Hervé Solignac

R date en
In which year was Ébénia founded?
= 2014

R figure en @L'équipe permanente compte
How many permanent employees does Ébénia have?
= 9

R figure en
What share of Ébénia's workers in integration received the RSA in 2025?
= 47 %

R other en
Which cooperative is the largest customer of Ébénia's pallet workshop?
= Terres de Rochenaud

R figure en
What was Ébénia's rate of dynamic exits in 2025?
= 61 %

RE other
Quel est le numéro de téléphone fixe d'Ébénia ?
= 04 65 71 48 90

U year figure
Combien de salariés en parcours Ébénia a-t-elle accompagnés en 2021 ?
& \\b2021\\b && salariés

U year figure table
Quel était le chiffre d'affaires d'Ébénia en 2021 ?
& \\b2021\\b && chiffre d'affaires

U year figure
Combien de palettes Ébénia a-t-elle reconditionnées en 2026 ?
& palettes && \\b2026\\b

U detail figure
Quel loyer Ébénia paie-t-elle pour son bâtiment de la ZA des Prunelliers ?
& loyer && ébénia|prunelliers|charrons

U person people
Qui est la responsable administrative et financière d'Ébénia ?
! responsable administrative et financière,
! responsable administrative et financière :

U detail figure
Combien Ébénia a-t-elle payé la location de son chariot élévateur ?
& chariot && location

U person people en
Who is the sales representative of Ébénia?
! commercial,
! commercial :

U detail figure
Combien de bancs Ébénia a-t-elle livrés au collège de Fonbrune en 2025 ?
& bancs && fonbrune
"""
Q_DEL = """
D other @Rapporteur
Quel est le numéro de la délibération qui attribue les subventions « ESS et territoires » 2027 ?
= CP-2027-03-112

D date
Quand la Commission permanente a-t-elle voté les subventions ESS et territoires 2027 ?
= lundi 8 mars 2027

D people
Qui était le rapporteur de la délibération sur le programme ESS et territoires ?
= Tanguy Fourcade

D people @sous la présidence
Qui présidait la Commission permanente du 8 mars 2027 ?
= Micheline Roques

D figure @Membres en exercice
Combien de membres en exercice compte la Commission permanente ?
= 24

D figure @Membres en exercice
Combien d'élus étaient présents et représentés le 8 mars 2027 ?
= 19 | 3

D people
Qui était secrétaire de séance de la Commission permanente du 8 mars 2027 ?
= Sébastien Aymard

D people
Qui a donné pouvoir à Tanguy Fourcade ?
= Armelle Boissière

D list
Quels élus étaient absents excusés à la Commission permanente ?
= Laetitia Costes | Florent Trémoulet

D figure
Combien de dossiers ont été déposés à l'appel à projets ESS et territoires 2027 ?
= 41

+D figure @5 irrecevables
Combien étaient irrecevables ?
= 5

D date
Quand l'appel à projets « ESS et territoires » 2027 était-il ouvert ?
= 1er septembre | 30 novembre 2026

D figure
Quelle est l'enveloppe 2027 du programme ESS et territoires du Département ?
= 400 000

+D figure
Comment se répartit-elle entre fonctionnement et investissement ?
= 220 000 | 180 000

D figure @plafonnées
Quel est le plafond des subventions d'investissement du programme ESS et territoires ?
= 50 % | 30 000

D figure @D'attribuer 27 subventions
Combien de subventions la Commission permanente a-t-elle attribuées le 8 mars 2027 et pour
quel montant ?
= 27 | 367 500

D figure @D'attribuer 27 subventions
Quel montant de subventions de fonctionnement a été voté le 8 mars 2027 ?
= 190 500

D figure @D'attribuer 27 subventions
Et en investissement, combien au total pour la 1re session 2027 ?
= 177 000

D list @convention d'objectifs
Avec quels bénéficiaires le Département signera-t-il une convention d'objectifs ?
= Ébénia | Les Potagers de la Vézanne | SCOP Les Presses de Quinsac

D figure @convention d'objectifs
À partir de quel montant une convention est-elle obligatoire ?
= 23 000

D other @à la notification
Comment sont versées les subventions de fonctionnement du programme ESS et territoires ?
= 70 % | 30 %

D date
Avant quelle date le bilan de l'action doit-il être remis pour toucher le solde ?
= 31 mars 2028

D other
Une subvention d'investissement peut-elle devenir caduque ?
= deux ans

D other
Sur quelle ligne budgétaire sont imputées les subventions de fonctionnement ?
= chapitre 65, article 6574

D other
Quel article budgétaire pour les subventions d'investissement ESS ?
= 20422

D figure
Quel est le solde de l'enveloppe ESS et territoires après la 1re session 2027, et quand
sera-t-il proposé ?
= 32 500 | 5 juillet 2027

D other
Devant quel tribunal peut-on contester la délibération CP-2027-03-112 ?
= tribunal administratif de Castelvigne | deux mois

D figure @Votants
Combien de votants pour la délibération du 8 mars 2027 ?
= 21

D list
Qui s'est abstenu lors du vote sur les subventions ESS ?
= Olivier Bessières | Chantal Puech

D people
Quelle élue n'a pas pris part au vote, et pourquoi ?
= Josiane Lacaze | Potagers de la Vézanne

D yesno
La délibération a-t-elle été adoptée à l'unanimité ?
= unanimité des suffrages exprimés

D figure @Votants
Combien de voix pour, contre et d'abstentions ?
= 19 | 0 | 2

D date
Quand la délibération a-t-elle été reçue en préfecture et publiée ?
= 11 mars 2027 | 12 mars 2027

D date
À quelle date la présidente a-t-elle signé l'extrait de délibération ?
= 10 mars 2027

D date
Quand la Commission permanente a-t-elle été convoquée ?
= 26 février 2027

D other
Où s'est réunie la Commission permanente du 8 mars ?
= salle Vézanne | Corbérac

D date
Quand la commission Solidarités, insertion et ESS a-t-elle donné son avis sur les subventions ?
= 22 février 2027

D other
Quelle délibération a approuvé le règlement du programme ESS et territoires 2027-2029 ?
= CD-2026-06-18 | 26 juin 2026

D other
Quand le budget primitif 2027 du Département a-t-il été adopté ?
= CD-2026-12-04 | 14 décembre 2026

D list
Qui siégeait au comité technique qui a analysé les projets ESS ?
= DDETS de la Drevanne | CRESS | DLA

D other
Quelle loi sur l'économie sociale et solidaire est visée par la délibération ?
= loi n° 2014-856 du 31 juillet 2014

D figure table @mobilier de réemploi pour les
Combien le Département a-t-il accordé à Ébénia en 2027 ?
= 30 000

+D figure table @mobilier de réemploi pour les
Et combien avait-elle demandé ?
= 40 000

D figure table @Atelier de couture solidaire et boutique
Quelle subvention Tisserande a-t-elle obtenue pour Seconde Maille ?
= 20 000

D figure table @Légumerie et paniers solidaires
Combien les Potagers de la Vézanne ont-ils obtenu pour leur légumerie ?
= 25 000

D figure table @pont élévateur
Combien la SCIC Rouages a-t-elle obtenu du Département ?
= 15 000

D figure table @Collecte des encombrants
Quelle somme a été attribuée à la Recyclerie La Trémie ?
= 12 000

D other table
Dans quelle commune se trouve le café associatif L'Azerole ?
= Fonbrune

D other table
Quel projet porte l'épicerie solidaire Le Grenier d'Estirac ?
= Épicerie itinérante

D figure table @Cofinancement du dispositif
Combien pour le DLA porté par Passerelle ESS Drevanne ?
= 20 000

D figure table @légumes secs
Combien la SCIC Terres de Rochenaud a-t-elle reçu pour son atelier de légumes secs ?
= 18 000

D figure table
Combien MobiDrev a-t-elle obtenu pour la location solidaire de scooters ?
= 14 000

D other table
Quel projet finance-t-on à la Régie de quartier des Aubépines ?
= Conciergerie de quartier

D figure table
Combien l'association Bouquins Voyageurs a-t-elle reçu ?
= 5 000

D other table
Pour quoi la SCOP Ardoise et Lauze demande-t-elle une aide ?
= Formation de couvreurs en insertion

D figure table @traiteur d'insertion
Montant attribué à la Cuisine commune de Tréviel ?
= 20 000

D other table
Quel est le projet de la Ressourcerie du Castagnol ?
= Extension de la boutique

D other table
Que finance la subvention à l'association Dérailleur ?
= autoréparation de cycles

D figure table @Recrutement de 12
Combien d'alternants le GEIQ BTP Drevanne veut-il recruter ?
= 12

D figure table @Incubation de 8
Combien de projets le Germoir ESS va-t-il incuber, et avec quelle aide ?
= 8 | 16 000

D figure table
Quelle est la subvention des Semeurs de Quinsac ?
= 3 500

D other table
Où est situé le tiers-lieu La Cardabelle ?
= Estirac

D figure table
Combien Radio Vézanne a-t-elle obtenu ?
= 4 000

D other table
Quel projet porte la SCOP Les Presses de Quinsac ?
= Reprise de l'imprimerie

D figure table staff
subv Entraide Pradinès 2027
= 10 000

D other table
Qu'est-ce que la Ferme de Combebelle va financer avec sa subvention ?
= Poulailler mobile

D figure table @Médiation numérique
Combien pour Clic & Causette, à Bessonac ?
= 7 000

D figure table compare
Quelle est la plus petite subvention attribuée par la Commission permanente du 8 mars 2027 ?
= Les Semeurs de Quinsac | 3 500

D figure table compare @TOTAL
Quel est le montant total demandé par les 27 bénéficiaires retenus ?
= 481 500

D list table compare
Quels bénéficiaires ont obtenu exactement le montant qu'ils demandaient ?
= Passerelle ESS Drevanne | Coopérative jeunesse de services de Corbérac

D people en @sous la présidence
Who chaired the Commission permanente on 8 March 2027?
= Micheline Roques

D figure en
How many applications did the ESS et territoires call receive?
= 41

D other en @tribunal administratif
Which administrative court hears appeals against this decision?
= Castelvigne

D list en
Which councillors abstained in the vote?
= Olivier Bessières | Chantal Puech

D figure en @plafonnées
What is the maximum share of eligible expenditure an investment grant can cover?
= 50 %

D other en table
In which commune is the Café associatif L'Azerole?
= Fonbrune

DW figure
Combien le Département a-t-il voté pour la légumerie des Potagers de la Vézanne ?
= 25 000

U year figure
Combien de dossiers avaient été déposés à l'appel à projets ESS et territoires 2025 ?
& dossiers && \\b2025\\b

U place figure
Quelle subvention la Recyclerie de Montbazel a-t-elle obtenue ?
! montbazel

U detail figure
Combien de conseillers départementaux compte l'assemblée plénière de la Drevanne ?
! conseillers départementaux

U detail other
Quels sont les 14 porteurs de projet dont la demande a été rejetée ?
& rejet && trémie|azerole|grenier
! dossiers non retenus :

U detail date
Quand se tiendra la deuxième session 2027 du programme pour l'investissement ?
! 2e session|deuxième session|seconde session

U person people
Quel est le directeur général des services du Département de la Drevanne ?
! directeur général des services
! directrice générale des services

U detail figure
Quel est le budget primitif 2027 total du Département de la Drevanne ?
& budget primitif && € && \\d

U year figure
Quelle subvention Tisserande avait-elle reçue du Département en 2023 ?
& tisserande && \\b2023\\b
! \\b2023 : \\d

U place figure en
How much did the Département give to social enterprises in Lanzac?
! lanzac
"""
Q_FRM = """
F other
Comment s'appelle le projet pour lequel Tisserande demande une subvention au Département ?
= Seconde Maille

F figure @Montant sollicité
Combien Tisserande demande-t-elle au Département pour Seconde Maille ?
= 24 000

+F figure
Quelle part du budget du projet cela représente-t-il ?
= 18,9 %

F figure table
Quel est le budget total du projet Seconde Maille ?
= 127 000

F figure table
Combien Tisserande prévoit-elle en charges de personnel pour Seconde Maille ?
= 96 500

F figure table
Combien de ventes la boutique de Tisserande doit-elle réaliser dans le budget du projet ?
= 31 000

F figure table
Quelle aide au poste ACI est attendue de l'État dans le budget de Seconde Maille ?
= 38 400

F figure table @74 – Région Aubrevalle
Combien la Région Aubrevalle apporte-t-elle au projet de Tisserande ?
= 10 000

+F figure table @Commune de Pradinès
Et la commune de Pradinès ?
= 3 000

F figure table @74 – FSE+
Quel montant de FSE+ figure dans le budget prévisionnel de Tisserande ?
= 12 000

F figure table
À combien est valorisé le bénévolat dans le dossier de Tisserande ?
= 14 800

F figure
Combien d'heures de bénévolat Tisserande prévoit-elle de valoriser ?
= 1 200 heures

F figure table @Services extérieurs (loyer
Combien de loyer et d'assurances dans le budget de Seconde Maille ?
= 12 600

F figure table
Quel est le montant des achats (fournitures, mercerie) prévu par Tisserande ?
= 9 400

F figure table
Combien de dotations aux amortissements dans le budget du projet Seconde Maille ?
= 2 500

F other
Quel est le numéro SIRET de Tisserande ?
= 948 512 370 00016

F other
Quel est le numéro RNA de l'association Tisserande ?
= W041002873

F date
Quand Tisserande a-t-elle été déclarée en préfecture ?
= 28/04/2017

F other
Quelle est l'adresse du siège de Tisserande ?
= 11 rue des Remparts

F people @Représentant(e) légal(e)
Qui est la présidente de Tisserande ?
= Véronique Sabatié

F people
Qui suit le dossier de demande de subvention chez Tisserande ?
= Fanny Labarthe | coordinatrice

+F other
Comment la joindre ?
= 06 39 98 52 14 | f.labarthe@tisserande-asso.fr

F yesno @Agrément ESUS : ☐
Tisserande est-elle agréée ESUS ?
= Non

F yesno
Tisserande est-elle conventionnée au titre de l'IAE ?
= atelier et chantier d'insertion | 1er janvier 2021

F figure
Combien d'adhérents compte Tisserande ?
= 148

F figure
Combien de bénévoles réguliers chez Tisserande ?
= 37

F figure @dont 10 en CDDI
Combien de salariés Tisserande emploie-t-elle, dont combien en CDDI ?
= 14 | 10

F figure
Combien d'ETP chez Tisserande fin 2025 ?
= 9,6

F people
Qui est l'encadrante technique couture de Tisserande ?
= Amandine Roucayrol

F figure
Quel était le budget 2025 de Tisserande, et son résultat ?
= 412 600 | +6 180

F figure @Subventions du Département
Quelles subventions Tisserande a-t-elle reçues du Département en 2025 et en 2026 ?
= 10 000 | 12 000

F other
Qui est le commissaire aux comptes de Tisserande ?
= Cabinet Teulier & associés

F other
Dans quel axe du programme s'inscrit la demande de Tisserande ?
= Axe 2 – Consolidation et développement

F other
La demande de Tisserande porte-t-elle sur du fonctionnement ou de l'investissement ?
= Fonctionnement

F date
Quelles sont les dates de réalisation du projet Seconde Maille ?
= 01/03/2027 | 31/12/2027

F figure
Quelle est la surface du local de Tisserande rue des Remparts ?
= 210 m²

F figure @23 bornes
Combien de bornes de collecte textile Tisserande gère-t-elle ?
= 23

F figure
Combien de tonnes de textiles Tisserande a-t-elle collectées en 2025 ?
= 58 tonnes

+F figure
Quel est l'objectif pour 2027 ?
= 75 t

F figure @revendus dans sa boutique
Quelle part des textiles collectés Tisserande revend-elle en boutique ?
= 31 %

F figure @En 2027 : 14
Combien de salariés en parcours Tisserande veut-elle avoir avec Seconde Maille ?
= 14

F figure
Combien d'ateliers couture ouverts au public sont prévus de mars à décembre 2027 ?
= 66

F figure @dont au moins 9
Combien de femmes au moins parmi les salariés en parcours de Tisserande en 2027 ?
= 9

F list
Quels sont les partenaires du projet Seconde Maille ?
= CC du Pays d'Ambrelle | Ébénia | France Travail

F date
Quand la présidente de Tisserande a-t-elle signé le dossier ?
= 14 octobre 2026

F date
Quand le Département a-t-il reçu le dossier de Tisserande ?
= 16/10/2026

F date
Jusqu'à quand pouvait-on déposer un dossier pour l'AAP ESS et territoires 2027 ?
= 30 novembre 2026

F other
À quelle adresse mail envoyer un dossier ESS et territoires ?
= ess-territoires@drevanne.fr

F people
Qui instruit le dossier de Tisserande au Département ?
= Mireille Castagné

F other
Quel a été l'avis du comité technique sur le dossier de Tisserande ?
= favorable

F other @Nom de la structure
Quel est le numéro du dossier de Tisserande ?
= ESS27-0418

F other
Quelle pièce jointe Tisserande n'a-t-elle pas fournie ?
= Attestation d'agrément ESUS

F yesno
Tisserande a-t-elle touché plus de 153 000 € de subventions publiques en 2025 ?
= 153 000

F list
Quelles pièces Tisserande a-t-elle jointes à sa demande ?
= Statuts | RIB | Rapport d'activité 2025 | Comptes 2025 approuvés

F people en @Représentant(e) légal(e)
Who is the legal representative of Tisserande?
= Véronique Sabatié

F other en
What is the name of Tisserande's project?
= Seconde Maille

F people en
Who is the contact person for Tisserande's application?
= Fanny Labarthe

F figure en
How many members does Tisserande have?
= 148

F figure en @revendus dans sa boutique
What share of the collected textiles did Tisserande resell in its shop in 2025?
= 31 %

F figure en
How many textile collection bins does Tisserande operate?
= 23

U year figure
Combien de tonnes de textiles Tisserande a-t-elle collectées en 2023 ?
& textile && \\b2023\\b

U detail other
Quel est l'IBAN de Tisserande ?
! iban
! fr76

U person people
Qui est le trésorier de Tisserande ?
! trésorier
! trésorière

U detail figure
Quel est le loyer mensuel du local de Tisserande rue des Remparts ?
& remparts && loyer

U detail figure
Combien Tisserande facture-t-elle une retouche dans son atelier de couture ?
& retouche && €

U detail figure en
How many volunteers did Tisserande have in 2023?
& bénévoles && \\b2023\\b
"""

Q_WP = """
W date
En quelle année l'association Les Potagers de la Vézanne a-t-elle été créée ?
= 2009

W definition
Quel type de structure d'insertion sont les Potagers de la Vézanne ?
= atelier et chantier d'insertion

W figure
Combien d'hectares cultivent les Potagers de la Vézanne ?
= 4,5 hectares

+W figure
Dont combien de serres ?
= 3 200 m²

W figure
Combien de salariés en parcours travaillent aux Potagers de la Vézanne ?
= 24

W figure
Combien de salariés permanents aux Potagers ?
= 6

W figure
Combien de paniers les Potagers de la Vézanne livrent-ils par semaine en moyenne ?
= 310

W figure
Combien de variétés de légumes sont cultivées aux Potagers de la Vézanne ?
= 62

W figure
Combien de légumes les Potagers ont-ils donnés aux épiceries solidaires en 2026 ?
= 4,2 tonnes

W figure
Quel est le taux de sorties dynamiques des Potagers de la Vézanne en 2026 ?
= 58 %

W figure
Combien de foyers adhèrent aux Potagers de la Vézanne ?
= 412

W figure table
Combien coûte un petit panier aux Potagers de la Vézanne ?
= 12 €

W other table
Qui peut bénéficier du panier solidaire ?
= travailleur social | RSA

W other
Qui finance la différence de prix du panier solidaire ?
= CCAS d'Ambrelle

W list
Où peut-on retirer son panier des Potagers de la Vézanne ?
= Combelongue | La Trémie | Aubépines | Ébénia

W date
Quel jour et à quelle heure récupérer son panier à Corbérac ?
= jeudi | 17 h 30

W date
Quand retire-t-on les paniers au show-room d'Ébénia à Quinsac ?
= vendredi | 12 h

W people
Qui préside les Potagers de la Vézanne ?
= Josiane Lacaze

W people
Qui dirige l'équipe des Potagers de la Vézanne ?
= Quentin Ribes

W people
Qui est l'encadrante technique maraîchère des Potagers ?
= Aline Pagès

W people
Qui est l'accompagnateur socioprofessionnel aux Potagers de la Vézanne ?
= Karim Benali

W date
Quand a lieu la journée portes ouvertes des Potagers de la Vézanne ?
= 17 avril 2027 | 10 h | 17 h

W date
Quand se tient l'atelier semis et repiquage pour les familles ?
= 5 mai 2027

W date
Quand et où se tient l'assemblée générale des Potagers de la Vézanne ?
= 20 mai 2027 | 18 h 30 | salle des fêtes de Lavergnolle

+W figure
Combien d'administrateurs seront élus ?
= 4 administrateurs

W date
Quelle est la date de la Fête des paniers ?
= 12 juin 2027

W other
Quelle fanfare joue à la Fête des paniers ?
= Les Cuivres de Fonbrune

W date
Quand a lieu le job dating maraîchage avec France Travail ?
= 29 juin 2027 | 9 h | 12 h

W figure
Combien de postes en CDDI sont à pourvoir au job dating des Potagers ?
= 6

W figure faq
Quelle est la durée minimale d'un abonnement aux paniers ?
= 6 mois

W figure faq
Combien coûte l'adhésion annuelle aux Potagers de la Vézanne ?
= 15 €

W yesno faq
Peut-on suspendre son panier pendant les vacances ?
= 4 semaines | 7 jours

W other faq
Quel contrat signe un salarié en parcours aux Potagers de la Vézanne ?
= CDDI | 26 heures | 4 mois | 24 mois

W yesno faq
Faut-il de l'expérience en maraîchage pour être recruté aux Potagers ?
= Aucune expérience

W list faq
Qui peut orienter un candidat vers les Potagers de la Vézanne ?
= France Travail | mission locale | service insertion du Département

W date faq
Depuis quand les légumes des Potagers sont-ils certifiés bio ?
= 2011

W figure faq
Un don de 100 € aux Potagers me coûte combien après réduction d'impôt ?
= 34 €

W figure faq
Quel est le taux de réduction d'impôt pour un don aux Potagers de la Vézanne ?
= 66 %

W figure faq
Combien de bénévoles ont aidé les Potagers en 2026 ?
= 47

W date
Quels sont les horaires de la boutique à la ferme ?
= 16 h 30 | 9 h

W yesno
La boutique à la ferme est-elle ouverte en août ?
= août

W date
Quand démarrent les travaux de la légumerie des Potagers ?
= septembre 2027

W other
Quel est le SIRET des Potagers de la Vézanne ?
= 512 334 908 00027

W date
Quand l'association Les Potagers de la Vézanne a-t-elle été déclarée ?
= 3 mars 2009

W other
Qui héberge le site des Potagers de la Vézanne ?
= Serveurs Libres SCIC

W other
Quel est le téléphone des Potagers de la Vézanne ?
= 04 65 71 35 82

W other
Quelle est l'adresse mail des Potagers de la Vézanne ?
= bonjour@potagers-vezanne.org

W list
Quels financeurs soutiennent les Potagers de la Vézanne ?
= DDETS de la Drevanne | Département de la Drevanne | Région Aubrevalle | FSE+

W date en
When was Les Potagers de la Vézanne founded?
= 2009

W people en
Who chairs Les Potagers de la Vézanne?
= Josiane Lacaze

W figure en
How many vegetable varieties do they grow?
= 62

W date en faq
Since which year have their vegetables been certified organic?
= 2011

W figure en faq
For how many weeks per year can a subscriber pause the vegetable box?
= 4

W figure en faq
What tax reduction does a donation give?
= 66 %

W people en
Who is the director of publication of the Potagers website?
= Quentin Ribes

U year figure
Combien de paniers les Potagers de la Vézanne livraient-ils par semaine en 2024 ?
& paniers && \\b2024\\b

U detail figure
Combien coûte la légumerie des Potagers de la Vézanne ?
& légumerie && coût|coûte|budget

U detail date
Quand a lieu la fête des Potagers en septembre ?
& potagers && septembre && fête

U person people
Qui est la trésorière des Potagers de la Vézanne ?
! trésorière
! trésorier

U detail figure
Combien de paniers solidaires les Potagers distribuent-ils chaque semaine ?
& paniers solidaires && \\d+ paniers

U detail other en
What is the price of a family vegetable box for 6 people?
! 6 personnes
! 5 à 6
"""
Q_ODP = """
O figure
Combien de salariés compte l'ESS en Drevanne fin 2024 ?
= 8 412

+O figure
Dans combien d'établissements employeurs ?
= 913

+O figure
Quelle part de l'emploi salarié privé cela représente-t-il ?
= 12,6 %

O figure
Quelle est la part de l'ESS dans l'emploi privé en moyenne en Aubrevalle ?
= 10,9 %

O figure
Quelle part des emplois de l'ESS de la Drevanne est dans les associations ?
= 76 %

O figure
Et dans les coopératives, quelle part des emplois ESS en Drevanne ?
= 14 %

O list
Comment se répartissent les emplois ESS de la Drevanne entre familles ?
= 76 % | 14 % | 6 % | 4 %

O figure
Combien de communes de la Drevanne comptent au moins un employeur de l'ESS ?
= 47

O figure table
Combien de salariés de l'ESS à Corbérac en 2024 ?
= 3 486

O figure table
Quelle est la part de l'ESS dans l'emploi privé à Corbérac ?
= 13,1

O figure table
Combien de salariés des mutuelles à Corbérac ?
= 318

O figure table
Combien d'emplois ESS à Ambrelle en 2024 ?
= 742

O figure table
Part de l'ESS dans l'emploi privé à Ambrelle ?
= 15,4

O figure table
Combien de salariés dans l'ESS à Quinsac ?
= 618

O figure table
Quelle part de l'emploi privé l'ESS pèse-t-elle à Quinsac ?
= 18,2

O figure table
Combien de salariés des coopératives à Rochenaud ?
= 402

O figure table
Combien de salariés ESS à Rochenaud et quelle part de l'emploi privé ?
= 611 | 21,7

O figure table
Combien de salariés de l'ESS à Lavergnolle ?
= 96

O figure table
Combien de salariés ESS à Pradinès fin 2024 ?
= 274

O figure table
Combien d'établissements employeurs de l'ESS à Pradinès ?
= 29

O figure table
Combien d'emplois dans l'ESS à Saugières ?
= 121

O figure table staff
emploi ESS Fonbrune 2024
= 58

O figure table
Combien de salariés ESS à Estirac ?
= 87

O figure table
Quelle est la part de l'ESS dans l'emploi privé à Castagnols ?
= 8,7

O figure table
Combien de salariés des fondations à Bessonac ?
= 43

O figure table compare
Quelle commune a la plus forte part d'emploi ESS dans l'aperçu du jeu de données ?
= Lavergnolle | 32,4

+O other
Pourquoi ce taux est-il si élevé ?
= Potagers de la Vézanne | premier employeur

O figure table compare
Quelle commune a la plus faible part de l'ESS dans l'emploi privé parmi les 12 affichées ?
= Castagnols | 8,7

O figure table compare
Qui a le plus de salariés de l'ESS, Quinsac ou Rochenaud ?
= 618 | 611

O figure table compare
Quelle commune compte le plus de salariés de coopératives dans l'aperçu, hors Corbérac ?
= Rochenaud | 402

O other
Qui produit le jeu de données sur l'emploi ESS par commune ?
= Observatoire régional de l'ESS – CRESS Aubrevalle

O people
Qui contacter pour le jeu de données emploi ESS Drevanne ?
= Héloïse Cambon | observatoire@cress-aubrevalle.fr

O other
Sous quelle licence est publié le jeu de données emploi ESS Drevanne 2024 ?
= Licence Ouverte / Open Licence version 2.0

O other
À quelle fréquence le jeu de données est-il mis à jour ?
= Annuelle | juin

O date
Quand le jeu de données a-t-il été mis à jour pour la dernière fois ?
= 4 juin 2026

O date
Quand le jeu de données a-t-il été créé ?
= 18 septembre 2025

O figure
Combien de fois le jeu de données a-t-il été téléchargé ?
= 1 284

O figure
Combien de salariés ESS comptait la Drevanne dans le millésime 2023 ?
= 8 117 | 896

O other
Quel est l'identifiant du jeu de données sur l'emploi ESS ?
= ess-emploi-communes-drevanne-2024

O other
D'où viennent les données sur l'emploi ESS par commune ?
= déclarations sociales nominatives

O yesno
Les effectifs du jeu de données sont-ils en ETP ?
= non des équivalents temps plein

O definition
Que signifie « s » dans le tableau de l'emploi ESS ?
= secret statistique | entre 1 et 4

O definition
Quel périmètre de l'ESS est retenu par l'Observatoire ?
= article 1er de la loi du 31 juillet 2014

O list
Quelles réutilisations du jeu de données sont signalées ?
= Carte interactive de l'ESS en Drevanne | Tableau de bord du PTCE Vézanne Coopère

O people
Qui a posé la question sur le taux de Lavergnolle dans les discussions du jeu de données ?
= Lucien Fargues

O date
Quand l'Observatoire a-t-il répondu à la question sur Lavergnolle ?
= 12 juin 2026

O list
Dans quels formats peut-on télécharger les données ?
= CSV | JSON | XLSX

O other en
Under which licence is the ESS employment dataset published?
= Open Licence

O people en
Who is the contact person for the ESS employment dataset?
= Héloïse Cambon

O other en
In which month is the dataset updated every year?
= June

O yesno en
Are the dataset's figures full-time equivalents?
= not full-time equivalents

O other en table compare
Which commune shows the highest share of ESS jobs in the preview table?
= Lavergnolle

O figure en
What share of the Drevanne's ESS jobs are in associations?
= 76 %

O figure en
How many municipalities does the dataset cover?
= 47

U year figure
Combien de salariés de l'ESS en Drevanne en 2020 ?
! \\b2020\\b

U place figure
Combien de salariés de l'ESS à Castelvigne ?
& castelvigne && salari && \\d

U detail figure
Combien de salariés des sociétés commerciales de l'ESS à Quinsac ?
& sociétés commerciales && quinsac

U detail figure
Combien d'ETP dans l'ESS à Corbérac ?
& corbérac && etp

U place figure en
How many ESS jobs are there in Montbazel?
! montbazel

U detail figure
Combien de salariés dans l'ESS à Mirande ?
! mirande
"""

Q_OBS = """
N other
Où sera installé le garage solidaire de la SCIC Rouages ?
= 22 route d'Estirac | Saugières

N date
Quand l'ouverture du garage solidaire Rouages était-elle prévue dans la note de novembre ?
= 1er avril 2027

N people
Qui doit gérer le garage solidaire de Saugières ?
= Romain Cabanes | 14 ans

N figure
Quelle part des demandeurs d'emploi de l'agence d'Ambrelle citent la mobilité comme frein ?
= 38 %

N figure
À quelle distance se trouve le garage solidaire le plus proche ?
= 60 km

N figure
Quelle est la surface de l'ancienne station-service de Saugières ?
= 340 m²

N figure
Quel loyer est prévu pour le local de Rouages ?
= 650 €

N people
Qui est le maire de Saugières ?
= Patrice Vigouroux

N figure
Quel taux horaire pratiquera le garage solidaire ?
= 32 € HT

+N figure
Et dans un garage classique du secteur ?
= 68 € HT

N figure
Combien coûtera la location d'une voiture au garage Rouages ?
= 5 €

N figure
Combien de véhicules Rouages mettra-t-il en location ?
= 8

N figure
Combien de temps peut-on louer une voiture chez Rouages au maximum ?
= 3 mois

N figure
Combien de voitures d'occasion Rouages veut-il vendre par an ?
= 25

N other
Quand a lieu l'atelier d'autoréparation et combien coûte l'adhésion ?
= samedi matin | 20 €

N definition box
Qu'est-ce qu'une SCIC ?
= société coopérative d'intérêt collectif | loi du 17 juillet 2001

N figure box
Quelle part des bénéfices d'une SCIC doit aller aux réserves impartageables ?
= 57,5 %

N figure table
Quel est le capital prévu de la SCIC Rouages ?
= 45 000 €

N figure
Combien vaut une part sociale de Rouages ?
= 50 €

N figure table
Combien d'associés étaient prévus au capital de Rouages ?
= 62

N figure table
Combien d'usagers associés sont prévus dans la SCIC Rouages ?
= 40

N figure table
Quel poids a le collège des salariés dans les votes de Rouages ?
= 30 %

N figure table
Combien les collectivités mettent-elles au capital de Rouages ?
= 15 000 €

N figure table
Combien le collège des soutiens et partenaires souscrit-il ?
= 15 000 € | 10 %

N yesno box
Les collectivités dépassent-elles le plafond de capital dans la SCIC Rouages ?
= 50 % | 33 %

N list
Quelles structures de l'ESS entrent au capital de Rouages ?
= Ébénia | MobiDrev | Tisserande | Les Potagers de la Vézanne | Recyclerie La Trémie

N figure
Combien Ébénia met-elle au capital de Rouages ?
= 5 000 €

N figure
Quel est le montant total de l'investissement du garage solidaire ?
= 186 000 €

N figure
Combien coûtent le pont élévateur et l'outillage ?
= 36 000 €

N figure
Combien coûtent les 8 voitures de location de Rouages ?
= 52 000 €

N figure
Combien la Région Aubrevalle apporte-t-elle au projet Rouages ?
= 30 000 €

N figure
Quel prêt bancaire pour le garage solidaire ?
= 60 000 € | 7 ans

N figure
Combien le financement participatif doit-il rapporter à Rouages ?
= 8 000 €

N other
Qu'apporte MobiDrev au plan de financement de Rouages ?
= 4 véhicules | 25 000 €

ND figure
Combien la SCIC Rouages a-t-elle demandé au Département ?
= 18 000

N figure
Combien de salariés au démarrage du garage Rouages ?
= 3

N date
Quand Rouages pourrait-il être conventionné en ACI ?
= 2028 | 4

N people
Qui est le chargé de mission DLA qui suit Rouages ?
= Raphaël Izard

N people
Qui accompagne Rouages sur les statuts ?
= Sofiane Haddad

N figure
Combien de jours d'accompagnement DLA pour Rouages ?
= 4 jours | 2 jours

N date
Quand le diagnostic DLA de Rouages a-t-il été fait ?
= 15/10/2026

N date
Quand le dossier de Rouages a-t-il été envoyé au Département ?
= 2026-11-20

N date
Quand le conseil communautaire doit-il délibérer sur les parts de Rouages ?
= 2026-12-15

N date
Quand l'AG constitutive de Rouages était-elle prévue ?
= 9 décembre 2026 | 18 h

N list
Qu'est-ce qui reste à faire sur le dossier Rouages ?
= délibération du conseil communautaire | statuts
= AG constitutive | convention d'occupation | COPIL PTCE

N people
Qui a écrit la note sur le garage solidaire (référente) ?
= Coralie Estèbe

N other
Quel est le statut du projet Rouages dans la note ?
= en cours

N other box
Quelle idée de mutualisation la note propose-t-elle ?
= camion | Mathilde Garrigou

N people en
Who is expected to run the Rouages garage?
= Romain Cabanes

N figure en
How many cars will Rouages rent out?
= 8

N figure en table
What share of the votes does the employees' college hold in Rouages?
= 30 %

N people en
Who is the DLA officer following Rouages?
= Raphaël Izard

N other en
In which commune will the solidarity garage open?
= Saugières

U detail figure
Combien de réparations le garage Rouages prévoit-il par an ?
! réparations par an|\\d+ réparations

U person people
Qui sera le second mécanicien du garage Rouages ?
! second mécanicien,
! second mécanicien :

U detail figure
Quel est le chiffre d'affaires prévisionnel de Rouages ?
& rouages && chiffre d'affaires

U year figure
Combien d'associés la SCIC Rouages compte-t-elle en 2028 ?
& associés && \\b2028\\b

U detail figure en
How much will the Rouages garage charge for a tyre change?
! pneu
"""
Q_TMS = """
T date
Quand a eu lieu le COPIL du PTCE Vézanne Coopère en visio ?
= 14 janvier 2027

T list
Quel était l'ordre du jour du COPIL du PTCE du 14 janvier ?
= association porteuse | chargé de coopération
= camion mutualisé | budget 2027 | appel à projets national PTCE

T definition
C'est quoi un PTCE ?
= pôle territorial de coopération économique | article 9

T figure
Combien d'associés compte Rouages après son AG constitutive ?
= 58

+T figure
Avec quel capital ?
= 41 500

T date
Quelle est la nouvelle date d'ouverture du garage Rouages ?
= lundi 3 mai 2027

+T other
Pourquoi ce report ?
= pont élévateur

T other
Qu'a décidé le COPIL sur le portage du PTCE ?
= association | Vézanne Coopère

T other
Où sera le siège de l'association Vézanne Coopère ?
= 9 place du Foirail

T date
Quand aura lieu l'AG constitutive de Vézanne Coopère ?
= jeudi 4 mars 2027 | 18 h

+T other
Et où ?
= chez Ébénia à Quinsac

T figure
Quel temps de travail pour le poste de chargé de coopération du PTCE ?
= 0,8 ETP

T figure
Combien coûtera le chargé de coopération par an ?
= 38 000

T date
Pour quand le chargé de coopération doit-il être recruté ?
= 1er juin 2027

T people
Qui a présenté le poste de chargé de coopération au COPIL ?
= Quentin Ribes

T figure
Combien de demandeurs d'emploi de l'agence France Travail d'Ambrelle déclarent un problème de
mobilité ?
= 212

T people
Qui représentait France Travail au COPIL du PTCE ?
= Nadia Ferhat

T figure
Quel camion le PTCE veut-il mutualiser, et à quel prix ?
= 20 mètres cubes | 38 500

T other
Qui achètera le camion mutualisé ?
= Ébénia

T figure
Combien sera refacturé le kilomètre de camion ?
= 0,45

T other
Quelle structure étrangère a témoigné au COPIL du PTCE ?
= West Cork Social Enterprise Network

T figure
Combien d'entreprises sociales partagent les camionnettes en West Cork ?
= eleven

T other
Selon Siobhan Gallagher, quelle a été la partie la plus difficile ?
= insurance | five months

T people
Qui va voir l'assurance du camion ?
= Mathilde Garrigou

T figure
Quel est le budget 2027 du PTCE Vézanne Coopère ?
= 84 000

+T figure
Combien la CC du Pays d'Ambrelle met-elle ?
= 25 000

T figure
Quelle cotisation chaque membre du PTCE paiera-t-il ?
= 1 500

T figure
Quel budget de communication pour le PTCE en 2027 ?
= 6 000

T figure
Combien de tonnes Tisserande a-t-elle collectées en 2026 ?
= 61

T yesno
Le budget 2027 du PTCE a-t-il été adopté ?
= unanimité

T other
Pourquoi Nadia Ferhat n'a-t-elle pas voté ?
= observatrice

T date
Quelle est la date limite de l'appel à projets national PTCE ?
= 26 mars 2027

T people
Qui rédige la candidature à l'appel à projets national PTCE ?
= Héloïse Cambon

+T people
Et qui la relira ?
= Raphaël Izard

T date
Quand et où aura lieu le prochain COPIL du PTCE ?
= jeudi 8 avril 2027 | Pradinès

T people
Qui animait le COPIL du PTCE ?
= Coralie Estèbe

T other
Pourquoi Fanny Labarthe veut-elle le siège du PTCE à la CC ?
= neutre

T other en
What legal structure did the steering committee choose for the PTCE?
= Vézanne Coopère

T figure en
How many vans does the West Cork network run?
= three vans

T other en
According to Siobhan Gallagher, what was the hardest part of the shared van scheme?
= insurance

T people en
Who will look into the insurance for the shared truck?
= Mathilde Garrigou

T people en
Who chaired the PTCE steering committee meeting?
= Coralie Estèbe

T date en
In which year did West Cork start its shared van scheme?
= 2023

T people en
Who represented France Travail at the meeting?
= Nadia Ferhat

U detail figure
Combien de kilomètres le camion mutualisé fera-t-il par an ?
& camion && km|kilomètres par an

U person people
Qui sera recruté comme chargé de coopération du PTCE ?
& chargé de coopération && recruté|embauché && [A-Z]\\w+ [A-Z]\\w+

U detail figure
Combien la Région Aubrevalle donne-t-elle au PTCE en 2028 ?
& \\b2028\\b && région

U detail other
Quelle compagnie assure le camion de West Cork ?
! compagnie d'assurance|insurance company|insurer

U detail figure en
How much did the West Cork vans cost?
& vans && cost|euro
"""

Q_EML = """
E figure
Combien d'heures d'insertion Ébénia a-t-elle réalisées sur le lot 3 en 2026 ?
= 2 140

+E figure
Pour quel objectif ?
= 1 800

E figure
Combien de salariés en parcours Ébénia a-t-elle mobilisés sur le marché de mobilier en 2026 ?
= 7 | 3

E figure
Combien de salariés du lot 3 ont signé un CDI en 2026 ?
= 2

E figure
Combien de pièces Ébénia a-t-elle livrées aux collèges en 2026 ?
= 1 036 | 11

E other
Quel est le numéro du bon de commande 2027 du lot 3 ?
= 27-0142

+E list
Que comprend-il ?
= 38 tables de réfectoire | 152 tabourets

+E figure
Pour quel montant ?
= 41 860 € HT

E date
Avant quelle date le mobilier commandé en 2027 doit-il être livré ?
= 30 avril 2027

E date
Quand le collège de Fonbrune sera-t-il livré ?
= semaine du 12 avril

E date
Quand sera livré le collège de la Vézanne à Ambrelle ?
= semaine du 26 avril

E other
Quel est le numéro du marché de mobilier scolaire des collèges ?
= 2025-DRV-031

E other
Quel est l'intitulé du marché dont Ébénia a le lot 3 ?
= Fourniture de mobilier scolaire en bois pour les collèges

E other
Sur quel article du code de la commande publique repose le lot réservé ?
= L. 2113-13

E figure
Combien a été facturé sur le lot 3 en 2026 ?
= 186 420 € HT

E figure
Quel est le montant maximum annuel du lot 3 ?
= 240 000 € HT

E date
Quand l'accord-cadre de mobilier a-t-il été notifié et pour quelle durée ?
= 16 juin 2025 | 4 ans

E date
Quand et où a lieu la réunion de bilan du lot 3 ?
= jeudi 18 février 2027 | 14 h 30 | salle Vézanne

E figure
Combien d'heures d'insertion les clauses sociales du Département ont-elles générées en 2026 ?
= 61 870 | 43

E figure
Combien de personnes ont bénéficié des clauses sociales du Département en 2026 ?
= 214 | 38 %

E other
Quel est le téléphone de Thibault Valade ?
= 04 65 71 20 36 | 06 39 98 11 52

E other
Quel est le numéro d'Elsa Montagut ?
= 04 65 71 20 58

E other
Quel est le portable de la directrice d'Ébénia ?
= 06 39 98 27 63

E people
Quelle est la fonction de Thibault Valade ?
= Chargé de mission achats responsables

E people
Qui est la facilitatrice des clauses sociales du Département ?
= Elsa Montagut

E date
Quand Thibault Valade a-t-il écrit à Mathilde Garrigou ?
= lundi 1 février 2027

E date
Quand Elsa Montagut a-t-elle envoyé son suivi des clauses ?
= vendredi 29 janvier 2027

E date
Avant quand Ébénia devait-elle transmettre son bilan ?
= 10 février

E people
Qui accompagnera Mathilde Garrigou à la réunion de bilan ?
= Damien Carrère

E date
Quand le bilan consolidé des clauses sociales sera-t-il présenté ?
= 22 février 2027

E yesno
Les heures déclarées par Ébénia correspondent-elles au suivi d'Elsa ?
= 2 140

E other
Dans quelle direction travaille Thibault Valade ?
= Direction de la commande publique

E people en
Who is the Département's social clause facilitator?
= Elsa Montagut

E figure en
How many public contracts carried social clauses in 2026?
= 43

E figure en
How many women worked on lot 3 in 2026?
= 3

E list en
Who was copied on Mathilde Garrigou's reply?
= Elsa Montagut | Damien Carrère

E people en
Who asked Ébénia for the 2026 figures?
= Thibault Valade

E other en
Which lot of the school furniture contract is reserved for integration enterprises?
= lot 3

U year figure
Combien d'heures d'insertion Ébénia a-t-elle réalisées sur le lot 3 en 2027 ?
& heures && \\b2027\\b && réalisées

U detail figure
Combien coûte une table de réfectoire fabriquée par Ébénia ?
& table && € && unitaire|pièce|l'unité

U detail other
Quels sont les 11 collèges livrés par Ébénia en 2026 ?
! collège du
! collège jean

U person people
Qui est le directeur de la commande publique du Département ?
! directeur de la commande publique
! directrice de la commande publique

U detail figure en
How many hours of integration did the Département's social clauses generate in 2025?
& clauses && \\b2025\\b && heures
"""

Q_MISC = """
NT people
Qui est le gérant de la SCIC Rouages ?
= Romain Cabanes

OW other
Quel est le premier employeur de Lavergnolle ?
= Potagers de la Vézanne

WT date
Quand a lieu le job dating commun avec France Travail et les Potagers ?
= 29 juin

TF other @Description du projet
Pour quel projet Tisserande attend-elle la réponse du Département en mars ?
= Seconde Maille

ER people @directrice, Mathilde Garrigou
Comment s'appelle la directrice d'Ébénia qui a répondu à Thibault Valade ?
= Mathilde Garrigou

R definition note
Que veut dire CDDI ?
= contrat à durée déterminée d'insertion

R definition note
Que signifie ETP dans le rapport d'Ébénia ?
= équivalent temps plein

T yesno
Le COPIL a-t-il validé le poste de chargé de coopération ?
= 0,8 ETP

O yesno
Les sociétés commerciales de l'ESS apparaissent-elles dans les colonnes par famille ?
= pas dans les colonnes par famille

E figure staff
heures insertion lot 3 ébénia objectif annuel
= 1 800

D date staff
date CP subventions ESS 2027
= lundi 8 mars 2027

T figure staff
budget PTCE 2027 total
= 84 000

N figure staff
capital SCIC Rouages collectivités %
= 33 %

W figure staff
prix grand panier potagers
= 19 €

U topic figure
Combien de places en crèche associative y a-t-il dans le Pays d'Ambrelle ?
! crèche

U topic other
Quelle mutuelle santé le Département propose-t-il aux salariés de l'ESS ?
! mutuelle santé|complémentaire santé

U topic date
Quand aura lieu le Mois de l'ESS 2027 en Drevanne ?
! mois de l'ess

U topic figure
Combien de logements sociaux la Régie de quartier des Aubépines gère-t-elle ?
! logements

U place figure
Combien de salariés en parcours compte la ressourcerie de Cazerolles ?
! cazerolles

U topic other en
Does the Drevanne département have a social impact bond?
! impact bond
! contrat à impact

U person people
Qui est le président de la CRESS Aubrevalle ?
& président && cress

U topic figure
Combien de SCOP y a-t-il en Drevanne ?
! scop en drevanne|nombre de scop

U detail figure
Quel est le montant de l'aide au poste par ETP en ACI ?
! par etp

U topic other en
What is the name of the Drevanne's ESS incubator director?
& germoir && directeur|directrice|director

U place date
Quand ouvre le garage solidaire de Fonbrune ?
& garage && fonbrune

U year figure
Combien de subventions la Commission permanente a-t-elle attribuées en mars 2026 ?
! mars 2026

U detail figure
Combien de tonnes de textiles Tisserande a-t-elle collectées à Corbérac ?
& textile && corbérac

U detail other
Quel est le numéro de téléphone de la CRESS Aubrevalle ?
& cress && 04 65|tél

U person people en
Who is the mayor of Quinsac?
& maire && quinsac

U year figure en
What was Ébénia's net result in 2021?
& résultat && \\b2021\\b
"""

QTEXT = "\n\n".join((Q_RAP, Q_DEL, Q_FRM, Q_WP, Q_ODP, Q_OBS, Q_TMS, Q_EML, Q_MISC))


if __name__ == "__main__":
    sys.exit(main())
