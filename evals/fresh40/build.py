"""Build the fresh40 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh40/build.py

It writes ``evals/fresh40/corpus/`` (eight documents) and
``evals/fresh40/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the sha256 of every file.

Everything is fictional: the Auvélie region (Sermaizac) and its CRESS; the
Département de la Brézonne (Tarvanel); the Communauté de communes
Brézonne-Sorgelle (Saint-Ferjac); the PTCE Archipel Brézonne, the recyclerie
La Trouvaille, the tiers-lieu La Filature, the SCIC Pressoir de la Sorgelle and
every other structure; the communes, streets, people and all the figures. The
set was written blind: its author read only ``evals/fresh39/README.md`` and
``evals/fresh39/build.py`` (file format, checks and PDF/HTML/e-mail plumbing,
adapted here), the first five lines of ``evals/fresh39/questions.jsonl`` and
the ``[tool.ruff]`` settings, not the tool's code, its tests or any other eval
set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the text of every document as the checks see it;
``--names`` prints the capitalised words shared with fresh39;
``--no-determinism`` skips the second build; ``--build-only DIR`` only writes
the corpus and the questions into DIR (used for the determinism check).
"""

from __future__ import annotations

import base64
import csv
import email
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
from html import escape
from pathlib import Path

import fpdf.output as fpdf_output
from bs4 import BeautifulSoup
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from pypdf import PdfReader

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh40"
FRESH39 = HERE.parent / "fresh39"

RAP = "CRESS-Auvelie_Rapport-activite-2027_web.pdf"
PVC = "PV_conseil_communautaire_2028-03-14_CCBS.pdf"
DIA = "COPIL PTCE Archipel Brézonne - 8 février 2028.pdf"
WPA = "La Trouvaille ouvre une deuxième boutique à Saint-Ferjac – L'Écho de la Sorgelle.html"
AAP = "AAP_Inclusion-economie-proximite_2028_reglement.html"
EML = "Re_ Re_ Tr_ Marché réservé berges de la Sorgelle - on répond ensemble.eml"
NOT = "Accueil des nouveaux résidents 5c2e8a17f03b4d96a1e4b7c9d2f08e61.md"
CSV = "structures-ess-brezonne_extraction-opendata_2028-03 (csv).txt"
DOCS = (RAP, PVC, DIA, WPA, AAP, EML, NOT, CSV)
PDFS = (RAP, PVC, DIA)
HTMLS = (WPA, AAP)
TEXTS = (NOT, CSV)
SRC = {"R": RAP, "P": PVC, "D": DIA, "W": WPA, "A": AAP, "E": EML, "N": NOT, "C": CSV}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh39)
# ---------------------------------------------------------------------------

# fpdf2 writes /CreationDate only; give the /Info dictionary the same /ModDate.
_orig_info_init = fpdf_output.PDFInfo.__init__


def _info_init_with_mod_date(self, *args, **kwargs):
    _orig_info_init(self, *args, **kwargs)
    self.mod_date = self.creation_date


fpdf_output.PDFInfo.__init__ = _info_init_with_mod_date

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
MOIS_RE = "|".join(MOIS_FR)


def nb(text: str) -> str:
    """Typeset French: ``~`` is a no-break space; no break inside a figure, before a unit,
    inside « … », before : ; ? !, inside a date « 14 mars 2028 » or after « n° »."""
    text = text.replace("~", NBSP)
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|t\b|km\b|m²|ETP\b|salariés\b))", NBSP, text)
    text = re.sub(rf"\b(\d{{1,2}}|1er) ({MOIS_RE})\b", rf"\1{NBSP}\2", text)
    text = re.sub(rf"\b({MOIS_RE}) (20\d\d)\b", rf"\1{NBSP}\2", text)
    text = re.sub(r"(?<=\bn°) ", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def sp(n: int) -> str:
    """29450 -> '29 450' (ordinary space)."""
    return f"{n:,}".replace(",", " ")


def pct(part: float, whole: float, digits: int = 1) -> str:
    """French percentage with a decimal comma: 50, 87 -> '57,5'."""
    return f"{100 * part / whole:.{digits}f}".replace(".", ",")


def fr1(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


def paras(block: str) -> list[str]:
    """Paragraphs of a triple-quoted block: blank lines separate them, line ends are spaces."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", block.strip()) if p.strip()]


def one(block: str) -> str:
    """A triple-quoted block as one line."""
    return " ".join(block.split())


def jour(iso: str, weekday: bool = True, year: bool = True) -> str:
    """'2028-03-14' -> 'mardi 14 mars 2028' (the weekday is computed, never typed)."""
    d = date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MOIS_FR[d.month - 1]}" + (f" {d.year}" if year else "")
    return f"{JOURS[d.weekday()]} {text}" if weekday else text


def dmy(iso: str) -> str:
    """'2028-03-14' -> '14/03/2028'."""
    d = date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P", fmt: str | tuple[float, float] = "A4"):
        super().__init__(orientation=orientation, format=fmt, unit="mm")
        for fam, base in (
            ("Sans", "DejaVuSans"),
            ("Cond", "DejaVuSansCondensed"),
            ("Serif", "DejaVuSerif"),
        ):
            obl = "Oblique" if "Sans" in base else "Italic"
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-{obl}.ttf"))
        self.set_lang("fr-FR")

    def para(
        self,
        text: str,
        size: float = 10,
        style: str = "",
        after: float = 2.0,
        align: str = "J",
        family: str = "Serif",
        w: float = 0,
        lh: float = 1.45,
    ) -> None:
        self.set_font(family, style, size)
        self.multi_cell(
            w, size * lh * 0.3528, nb(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(after)


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
# 1. CRESS annual report, typeset in two columns (PDF, A4 portrait)
# ---------------------------------------------------------------------------

RAP_HEAD_L = "CRESS Auvélie · Rapport d'activité 2027"
RAP_AG = "2028-06-08"
# (famille, établissements 2026, 2027, salariés 2026, 2027)
RAP_FAM = [
    ("Associations", 8310, 8402, 78410, 79120),
    ("Coopératives", 662, 680, 12930, 13360),
    ("Mutuelles", 214, 206, 5870, 5790),
    ("Fondations", 118, 124, 6420, 6600),
]
RAP_ETAB = sum(r[2] for r in RAP_FAM)  # 9 412
RAP_SAL = sum(r[4] for r in RAP_FAM)  # 104 870
RAP_SAL0 = sum(r[3] for r in RAP_FAM)  # 103 630
# (département, établissements, salariés, part de l'emploi salarié privé)
RAP_DEP = [
    ("Brézonne", 1046, 11380, "13,4 %"),
    ("Haut-Lézan", 3872, 45160, "10,8 %"),
    ("Mardelle", 2618, 27940, "11,0 %"),
    ("Aubrelle", 1876, 20390, "9,1 %"),
]
RAP_PROD = [
    ("Région Auvélie (CPO 2027-2029)", 410000),
    ("État (DREETS)", 286000),
    ("FSE+", 198400),
    ("Départements", 74500),
    ("Cotisations des adhérents", 61200),
    ("Prestations et formations", 312700),
    ("Autres produits", 143400),
]
RAP_PRODUITS = sum(x[1] for x in RAP_PROD)  # 1 486 300
RAP_CHARGES = 1471900
RAP_KEY = [
    (sp(RAP_ETAB), "établissements employeurs de l'ESS"),
    (sp(RAP_SAL), "salariés, soit 11,2 % de l'emploi privé"),
    ("+ " + sp(RAP_SAL - RAP_SAL0), "emplois en un an"),
    ("187", "adhérents à la CRESS"),
    ("212", "événements pendant le Mois de l'ESS"),
]

RAP_FLOW: list[tuple] = [
    ("h1", "", "Le mot de la présidente"),
    (
        "p",
        f"""En 2027, la CRESS Auvélie a fêté les dix ans de son Mois de l'ESS et s'est
     installée dans ses nouveaux locaux de la Maison des coopérations, à Sermaizac. Surtout,
     l'économie sociale et solidaire de la région a continué de créer des emplois :
     {sp(RAP_SAL - RAP_SAL0)} salariés de plus en un an, alors que l'emploi privé
     stagnait.""",
    ),
    (
        "p",
        """Nous avons signé avec la Région une nouvelle convention pluriannuelle d'objectifs
     pour 2027-2029, et notre réseau compte désormais 187 adhérents. Je remercie les 14
     salariés de la CRESS, son directeur Thibault~Carensac, et les 24 administrateurs
     bénévoles qui font vivre notre maison commune.""",
    ),
    ("sig", "Murielle~Anglade, présidente de la CRESS Auvélie"),
    ("colbreak",),
    ("box",),
    ("h1", "1.", "L'ESS en Auvélie"),
    (
        "lead",
        """Le panorama 2027 de l'observatoire régional de l'ESS, animé par Leïla~Bensaïd,
     a été publié le 9 novembre 2027.""",
    ),
    (
        "p",
        f"""Fin 2027, l'ESS compte en Auvélie {sp(RAP_ETAB)} établissements employeurs et
     {sp(RAP_SAL)} salariés, soit 11,2 % de l'emploi salarié privé. Les femmes occupent
     67 % des emplois de l'ESS, et 29 % des salariés ont 50 ans ou plus.""",
    ),
    ("table_fam",),
    (
        "p",
        f"""Les associations rassemblent {pct(RAP_FAM[0][4], RAP_SAL)} % des salariés de
     l'ESS. Les coopératives progressent le plus : +{pct(13360 - 12930, 12930)} % de salariés
     en un an. L'action sociale reste le premier secteur employeur (41 % des salariés),
     devant l'enseignement (12 %) et la santé (9 %).""",
    ),
    (
        "p",
        """La Brézonne est le département où l'ESS pèse le plus : 13,4 % de l'emploi privé,
     avec 1 046 établissements et 11 380 salariés. Dans l'Aubrelle, cette part n'est que de
     9,1 %.""",
    ),
    ("table_dep",),
    ("h1", "2.", "Représenter et plaider"),
    (
        "p",
        """La CRESS a siégé dans 46 instances régionales et départementales en 2027, dont le
     CREFOP et les quatre conseils départementaux de l'insertion par l'activité économique
     (CDIAE).""",
    ),
    (
        "p",
        """Une convention pluriannuelle d'objectifs a été signée avec la Région Auvélie le
     23 mars 2027 pour la période 2027-2029. Elle apporte 410 000 € par an à la CRESS,
     contre 380 000 € sous la convention précédente.""",
    ),
    (
        "p",
        """Après les élections municipales de mars 2026, la CRESS a rencontré les présidents
     des 21~intercommunalités de la région ; 9 d'entre elles ont désormais un élu chargé
     de l'ESS.""",
    ),
    ("quote", "« Neuf intercommunalités sur vingt et une ont désormais un élu chargé de l'ESS. »"),
    ("h1", "3.", "Entreprendre en ESS"),
    (
        "p",
        """Le Germoir, l'incubateur de la CRESS, a accompagné sa troisième promotion :
     14 projets incubés pendant neuf mois, 9 structures créées à la fin de 2027 et 31 emplois
     à la clé. Il est animé par Jérôme~Favarel.""",
    ),
    (
        "p",
        """La CRESS a suivi 37 demandes d'agrément ESUS ; 33 ont abouti.""",
    ),
    (
        "p",
        """Quatre entreprises ont été reprises par leurs salariés sous forme de SCOP, pour
     58 emplois sauvegardés. La plus importante, l'entreprise de charpente Charpentes
     Ferjacoises, à Saint-Ferjac, est devenue une SCOP le 1er juillet 2027 avec 22 salariés,
     dont 17 associés.""",
    ),
    (
        "p",
        """Avec les opérateurs du DLA des quatre départements, dont Levain en Brézonne,
     126 structures ont été accompagnées.""",
    ),
    ("h1", "4.", "Achats socialement responsables"),
    (
        "p",
        """L'annuaire en ligne achat-ess-auvelie.org référence 312 structures, contre 268 fin
     2026. 29~acheteurs publics ont suivi la formation « Acheter à l'ESS » (deux jours).""",
    ),
    (
        "p",
        f"""Les Rencontres acheteurs-ESS se sont tenues le {jour("2027-10-14")} à Tarvanel :
     140 participants et 210 rendez-vous d'affaires de vingt minutes.""",
    ),
    ("h1", "5.", "Le Mois de l'ESS 2027"),
    (
        "p",
        """Pour sa dixième édition en Auvélie, le Mois de l'ESS a réuni 18 400 participants
     autour de 212 événements dans 44 communes. Le thème régional était « Coopérer pour
     habiter ».""",
    ),
    (
        "p",
        """Les Prix de l'ESS Auvélie 2027, dotés de 3 000 € chacun, ont été remis le
     30 novembre 2027 à Sermaizac : prix de l'utilité sociale à la recyclerie La Trouvaille
     (Coulandre), prix de la transition écologique à la SCIC Pressoir de la Sorgelle
     (Ostrac) et prix du public à l'épicerie solidaire La Cagette (Ostrac), qui a recueilli
     1 318 votes.""",
    ),
    ("photo", "Remise des Prix de l'ESS 2027 à Sermaizac. © CRESS Auvélie"),
    ("h1", "6.", "Vie associative"),
    (
        "p",
        """La CRESS compte 187 adhérents au 31 décembre 2027, soit 14 de plus qu'un an plus
     tôt : 121 associations, 38 coopératives, 9 mutuelles, 6 fondations et 13 réseaux.""",
    ),
    (
        "p",
        f"""Le conseil d'administration compte 24 membres répartis en quatre collèges.
     L'assemblée générale du {jour("2027-06-10")} a réélu Murielle~Anglade à la présidence,
     Patrice~Lavergne comme trésorier et Nadia~Cherkaoui comme secrétaire.""",
    ),
    (
        "p",
        """L'équipe salariée compte 14 personnes (12,6 ETP). En septembre 2027, la CRESS a
     quitté la rue~des~Cordiers pour la Maison des coopérations, 27 quai de la Brézonne à
     Sermaizac, qu'elle partage avec six autres réseaux.""",
    ),
    ("h1", "7.", "Comptes 2027"),
    (
        "p",
        f"""Les produits de l'exercice s'élèvent à {sp(RAP_PRODUITS)} € et les charges à
     {sp(RAP_CHARGES)} €, soit un excédent de {sp(RAP_PRODUITS - RAP_CHARGES)} €, affecté
     aux fonds propres. Les comptes ont été certifiés par le commissaire aux comptes le
     28 avril 2028.""",
    ),
    ("table_prod",),
    ("h1", "8.", "Perspectives 2028"),
    (
        "p",
        """En 2028, la CRESS ouvrira une antenne en Brézonne, à Tarvanel, et lancera un
     observatoire départemental de l'ESS avec le Département de la Brézonne.""",
    ),
    (
        "p",
        """Le Germoir accueillera sa quatrième promotion, de 16 projets, en septembre 2028.
     Les Assises régionales de l'ESS auront lieu les 9 et 10 octobre 2028 à Sermaizac.""",
    ),
    ("h1", "9.", "L'équipe"),
    ("li", "Direction : Thibault~Carensac"),
    ("li", "Observatoire régional de l'ESS : Leïla~Bensaïd"),
    ("li", "Incubateur Le Germoir : Jérôme~Favarel"),
    ("li", "Achats responsables et commande publique : Élodie~Marchal"),
    ("li", "Communication et Mois de l'ESS : Quentin~Roussille"),
    (
        "p",
        """L'antenne de Tarvanel sera animée à partir de juin 2028 par Yasmine~Toulza,
     recrutée en mars 2028. Contact : 05 36 49 61 20.""",
    ),
]


class RapPDF(BasePDF):
    TOP, BOTTOM = 21.0, 276.0
    COLS = ((15.0, 86.0), (109.0, 86.0))

    def __init__(self):
        super().__init__("P")
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(False)
        self.running = ""
        self.current = ""
        self.col = 0
        self.cy = self.TOP
        self.h1_pages: dict[str, int] = {}

    def header(self):
        if self.page_no() == 1:
            return
        self.set_text_color(110, 110, 110)
        self.set_font("Sans", "I", 7.5)
        self.set_xy(15, 9)
        self.cell(90, 4, RAP_HEAD_L)
        self.set_font("Sans", "B", 7.5)
        self.cell(90, 4, self.running, align="R")
        self.set_draw_color(150, 30, 70)
        self.set_line_width(0.4)
        self.line(15, 14.5, 195, 14.5)
        self.set_line_width(0.2)
        self.set_draw_color(200, 200, 200)
        self.line(105, self.TOP, 105, self.BOTTOM)
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_y(-13)
        odd = self.page_no() % 2 == 1
        self.set_x(15)
        self.cell(90, 4, "cress-auvelie.org" if odd else str(self.page_no()))
        self.cell(90, 4, str(self.page_no()) if odd else "cress-auvelie.org", align="R")
        self.set_text_color(0, 0, 0)

    # -- flow ---------------------------------------------------------------
    @property
    def cx(self) -> float:
        return self.COLS[self.col][0]

    @property
    def cw(self) -> float:
        return self.COLS[self.col][1]

    def next_col(self, running: str | None = None) -> None:
        if self.col == 0:
            self.col = 1
        else:
            self.running = running or self.current
            self.add_page()
            self.col = 0
        self.cy = self.TOP

    def need(self, h: float, running: str | None = None) -> None:
        if self.cy + h > self.BOTTOM:
            self.next_col(running)

    def lines(self, text: str, family: str, style: str, size: float, lh: float, w=None):
        self.set_font(family, style, size)
        return self.multi_cell(w or self.cw, lh, nb(text), align="L", dry_run=True, output="LINES")

    def put_lines(self, lines, family, style, size, lh, color=(0, 0, 0), align="L"):
        self.set_font(family, style, size)
        self.set_text_color(*color)
        for ln in lines:
            self.need(lh)
            self.set_xy(self.cx, self.cy)
            self.cell(self.cw, lh, ln, align=align)
            self.cy += lh
        self.set_text_color(0, 0, 0)

    def h1(self, num: str, title: str) -> None:
        label = f"{num} {title}".strip()
        self.need(9 + 3 * 4.3, running=label)
        if self.cy > self.TOP:
            self.cy += 3
        self.set_xy(self.cx, self.cy)
        self.set_font("Sans", "B", 12.5)
        self.set_text_color(150, 30, 70)
        self.cell(self.cw, 7, label)
        self.set_draw_color(150, 30, 70)
        self.line(self.cx, self.cy + 7.5, self.cx + 18, self.cy + 7.5)
        self.set_text_color(0, 0, 0)
        self.cy += 10
        self.current = label
        self.h1_pages[label] = self.page

    def para_flow(self, text: str, kind: str = "p") -> None:
        if kind == "lead":
            args = ("Sans", "I", 9.2, 4.4)
        elif kind == "sig":
            args = ("Serif", "I", 8.8, 4.2)
        else:
            args = ("Serif", "", 9, 4.3)
        lines = self.lines(text, *args)
        self.need(min(len(lines), 2) * args[3])
        self.put_lines(
            lines,
            *args,
            color=(60, 60, 60) if kind == "lead" else (0, 0, 0),
            align="R" if kind == "sig" else "L",
        )
        self.cy += 0.8 if kind == "li" else 2.2

    def quote(self, text: str) -> None:
        lines = self.lines(text, "Serif", "I", 12, 5.6, w=self.cw - 8)
        h = len(lines) * 5.6 + 8
        self.need(h)
        self.set_draw_color(150, 30, 70)
        self.set_line_width(0.6)
        self.line(self.cx + 4, self.cy + 1, self.cx + self.cw - 4, self.cy + 1)
        self.cy += 3.5
        self.set_font("Serif", "I", 12)
        self.set_text_color(150, 30, 70)
        for ln in lines:
            self.set_xy(self.cx + 4, self.cy)
            self.cell(self.cw - 8, 5.6, ln, align="C")
            self.cy += 5.6
        self.line(self.cx + 4, self.cy + 1.5, self.cx + self.cw - 4, self.cy + 1.5)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.cy += 5

    def box(self) -> None:
        h = 11 + len(RAP_KEY) * 12.2 + 2
        self.need(h)
        x, y, w = self.cx, self.cy, self.cw
        self.set_fill_color(246, 234, 238)
        self.rect(x, y, w, h, style="F")
        self.set_xy(x + 4, y + 3)
        self.set_font("Sans", "B", 9.5)
        self.set_text_color(150, 30, 70)
        self.cell(w - 8, 5, "Chiffres clés 2027")
        yy = y + 11
        for big, small in RAP_KEY:
            self.set_xy(x + 4, yy)
            self.set_font("Sans", "B", 15)
            self.set_text_color(150, 30, 70)
            self.cell(w - 8, 7, nb(big))
            self.set_xy(x + 4, yy + 7)
            self.set_font("Sans", "", 8)
            self.set_text_color(40, 40, 40)
            self.cell(w - 8, 4, nb(small))
            yy += 12.2
        self.set_text_color(0, 0, 0)
        self.cy = y + h + 5

    def caption(self, text: str, source: str | None = None) -> None:
        self.set_font("Sans", "B", 7.8)
        self.set_xy(self.cx, self.cy)
        self.multi_cell(self.cw, 3.8, nb(text), align="L")
        self.cy = self.get_y() + 1

    def source(self, text: str) -> None:
        self.set_font("Sans", "I", 6.8)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.cx, self.cy + 0.8)
        self.cell(self.cw, 3.5, nb(text))
        self.set_text_color(0, 0, 0)
        self.cy += 7

    def table_fam(self) -> None:
        w = (26, 15, 15, 15, 15)
        self.need(4 * 3.8 + 10 + (len(RAP_FAM) + 1) * 4.6 + 8)
        self.caption("Tableau 1 – Établissements employeurs et salariés de l'ESS par famille")
        x, y = self.cx, self.cy
        self.set_draw_color(120, 120, 120)
        self.set_fill_color(246, 234, 238)
        self.set_font("Cond", "B", 7.2)
        self.set_xy(x, y)
        self.cell(w[0], 10, "Famille", border=1, align="C", fill=True)
        self.cell(w[1] + w[2], 5, "Établissements", border=1, align="C", fill=True)
        self.cell(w[3] + w[4], 5, "Salariés", border=1, align="C", fill=True)
        self.set_xy(x + w[0], y + 5)
        for k, lab in enumerate(("2026", "2027", "2026", "2027"), 1):
            self.cell(w[k], 5, lab, border=1, align="C", fill=True)
        y += 10
        rows = [(r[0], *(sp(v) for v in r[1:])) for r in RAP_FAM]
        tot = ["Total ESS"] + [sp(sum(r[k] for r in RAP_FAM)) for k in range(1, 5)]
        for i, row in enumerate([*rows, tot]):
            self.set_font("Cond", "B" if i == len(rows) else "", 7.2)
            self.set_xy(x, y)
            for k, c in enumerate(row):
                self.cell(w[k], 4.6, nb(c), border=1, align="L" if k == 0 else "R")
            y += 4.6
        self.cy = y
        self.source("Source : Insee, traitement observatoire régional de l'ESS.")

    def table_dep(self) -> None:
        w = (21, 22, 18, 25)
        self.need(2 * 3.8 + 9 + (len(RAP_DEP) + 1) * 4.6 + 8)
        self.caption("Tableau 2 – L'ESS par département, fin 2027")
        x, y = self.cx, self.cy
        self.set_font("Cond", "B", 7.2)
        self.set_fill_color(246, 234, 238)
        self.set_xy(x, y)
        heads = ("Département", "Établissements", "Salariés", "Part de l'emploi privé")
        for k in range(len(heads)):
            self.cell(w[k], 8, "", border=1, fill=True)
        for k, h in enumerate(heads):
            self.set_xy(x + sum(w[:k]), y + 0.6)
            self.multi_cell(w[k], 3.4, h, align="C")
        y += 8
        rows = [(d, sp(e), sp(s), p) for d, e, s, p in RAP_DEP]
        rows.append(("Auvélie", sp(RAP_ETAB), sp(RAP_SAL), "11,2 %"))
        for i, row in enumerate(rows):
            self.set_font("Cond", "B" if i == len(rows) - 1 else "", 7.2)
            self.set_xy(x, y)
            for k, c in enumerate(row):
                self.cell(w[k], 4.6, nb(c), border=1, align="L" if k == 0 else "R")
            y += 4.6
        self.cy = y
        self.source("Source : observatoire régional de l'ESS, panorama 2027.")

    def table_prod(self) -> None:
        w = (46, 22, 18)
        self.need(3.8 + 5 + (len(RAP_PROD) + 1) * 4.6 + 8)
        self.caption("Tableau 3 – Origine des produits 2027")
        x, y = self.cx, self.cy
        self.set_font("Cond", "B", 7.2)
        self.set_fill_color(246, 234, 238)
        self.set_xy(x, y)
        for k, h in enumerate(("Origine", "Montant (€)", "Part")):
            self.cell(w[k], 5, h, border=1, align="C", fill=True)
        y += 5
        rows = [(o, sp(m), pct(m, RAP_PRODUITS) + " %") for o, m in RAP_PROD]
        rows.append(("Total des produits", sp(RAP_PRODUITS), "100 %"))
        for i, row in enumerate(rows):
            self.set_font("Cond", "B" if i == len(rows) - 1 else "", 7.2)
            self.set_xy(x, y)
            for k, c in enumerate(row):
                self.cell(w[k], 4.6, nb(c), border=1, align="L" if k == 0 else "R")
            y += 4.6
        self.cy = y
        self.source("Comptes certifiés ; montants arrondis à la centaine d'euros.")

    def photo(self, caption: str) -> None:
        self.need(44 + 8)
        self.set_fill_color(205, 205, 205)
        self.rect(self.cx, self.cy, self.cw, 44, style="F")
        self.cy += 45
        self.set_font("Sans", "I", 7)
        self.set_xy(self.cx, self.cy)
        self.cell(self.cw, 3.5, nb(caption))
        self.cy += 7


def rap_cover(pdf: RapPDF) -> None:
    pdf.add_page()
    pdf.set_fill_color(150, 30, 70)
    pdf.rect(0, 0, 210, 120, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(20, 24)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(170, 7, "CRESS AUVÉLIE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 10)
    pdf.cell(
        170,
        6,
        "Chambre régionale de l'économie sociale et solidaire",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_xy(20, 70)
    pdf.set_font("Sans", "B", 30)
    pdf.cell(170, 14, "Rapport d'activité 2027", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(20)
    pdf.set_font("Sans", "", 11)
    pdf.cell(170, 7, nb(f"Présenté à l'assemblée générale du {jour(RAP_AG)} à Sermaizac"))
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(20, 250)
    pdf.set_font("Sans", "", 9)
    pdf.cell(
        170,
        5,
        "Maison des coopérations – 27 quai de la Brézonne – Sermaizac",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_x(20)
    pdf.cell(170, 5, nb("contact@cress-auvelie.org – 05 36 49 61 20 – cress-auvelie.org"))


def build_rap() -> None:
    pdf = RapPDF()
    rap_cover(pdf)
    pdf.running = pdf.current = "Le mot de la présidente"
    pdf.add_page()
    for el in RAP_FLOW:
        kind = el[0]
        if kind == "h1":
            pdf.h1(el[1], el[2])
        elif kind in ("p", "lead", "sig"):
            pdf.para_flow(one(el[1]), kind)
        elif kind == "li":
            pdf.para_flow("– " + el[1], kind)
        elif kind == "colbreak":
            pdf.next_col()
        elif kind == "quote":
            pdf.quote(el[1])
        elif kind == "photo":
            pdf.photo(el[1])
        else:
            getattr(pdf, kind)()
    save_pdf(
        pdf,
        RAP,
        {
            "title": "Rapport d'activité 2027",
            "subject": "CRESS Auvélie – rapport d'activité de l'exercice 2027",
            "author": "CRESS Auvélie",
            "creator": "Adobe InDesign 19.4 (Windows)",
            "producer": "Adobe PDF Library 17.0",
            "keywords": "CRESS, ESS, Auvélie, rapport d'activité, 2027",
        },
        datetime(2028, 5, 22, 14, 3, 27, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 2. Minutes of the conseil communautaire (PDF, A4 portrait): numbered délibérations,
#    vote counts, surnames in capitals, a préfecture acknowledgement stamp per délibération
# ---------------------------------------------------------------------------

PVC_DATE = "2028-03-14"
PVC_HEAD = "Conseil communautaire – séance du 14 mars 2028"
# (commune, [(prénom, nom, civilité)])
PVC_ELUS = [
    (
        "Saint-Ferjac",
        [
            ("Gérard", "Fontvieille", "M."),
            ("Didier", "Sabatier", "M."),
            ("Nathalie", "Couffignal", "Mme"),
            ("Laurent", "Issaly", "M."),
            ("Catherine", "Bessière", "Mme"),
            ("Hervé", "Guiraudou", "M."),
            ("Sylvie", "Moulinier", "Mme"),
            ("Thierry", "Aldebert", "M."),
            ("Brigitte", "Solignac", "Mme"),
        ],
    ),
    (
        "Bramevieille",
        [
            ("Véronique", "Lacombe", "Mme"),
            ("Frédéric", "Jouve", "M."),
            ("Monique", "Carrière", "Mme"),
            ("Stéphane", "Roques", "M."),
        ],
    ),
    (
        "Coulandre",
        [
            ("Philippe", "Estève", "M."),
            ("Claire", "Vialaret", "Mme"),
            ("Patrick", "Fabié", "M."),
            ("Valérie", "Teyssèdre", "Mme"),
        ],
    ),
    (
        "Ostrac",
        [
            ("Armelle", "Quintard", "Mme"),
            ("Yannick", "Bouscary", "M."),
            ("Christine", "Albouy", "Mme"),
        ],
    ),
    (
        "Vielmoulin",
        [("Isabelle", "Cayrel", "Mme"), ("Éric", "Malbert", "M."), ("Sophie", "Marcillac", "Mme")],
    ),
    (
        "Roudanès",
        [("Alain", "Boissière", "M."), ("Martine", "Delmas", "Mme"), ("Bruno", "Lafon", "M.")],
    ),
    ("Escoubiac", [("Chantal", "Peyrot", "Mme"), ("Gilles", "Marty", "M.")]),
    ("Mazerand", [("Marc", "Ribal", "M."), ("Odette", "Cambon", "Mme")]),
    ("Pierrelaure", [("Lucien", "Vayrac", "M."), ("Agnès", "Bonnafous", "Mme")]),
    ("Cabrejou", [("Rémi", "Costes", "M."), ("Hélène", "Puech", "Mme")]),
    ("Montelhac", [("Serge", "Lacan", "M."), ("Denise", "Foissac", "Mme")]),
    ("Lauzeral", [("Henri", "Gaubert", "M."), ("Josiane", "Mas", "Mme")]),
]
PVC_ROLES = {
    "Fontvieille": "président",
    "Quintard": "1re vice-présidente",
    "Sabatier": "2e vice-président",
    "Lacombe": "3e vice-présidente",
    "Estève": "4e vice-président",
    "Cayrel": "5e vice-présidente",
}
PVC_POUVOIRS = [
    ("Vialaret", "Estève"),
    ("Issaly", "Fontvieille"),
    ("Carrière", "Lacombe"),
    ("Puech", "Costes"),
    ("Mas", "Gaubert"),
]
PVC_ABSENTS = ["Lafon", "Peyrot", "Marty"]


def pvc_who(nom: str) -> str:
    for _, elus in PVC_ELUS:
        for p, n, c in elus:
            if n == nom:
                return f"{c} {p} {n.upper()}"
    raise KeyError(nom)


PVC_ALL = [n for _, elus in PVC_ELUS for _, n, _ in elus]
PVC_PRESENTS = [
    n for n in PVC_ALL if n not in PVC_ABSENTS and n not in [a for a, _ in PVC_POUVOIRS]
]

PVC_SUBV = [
    ("Tiers-lieu La Filature", "Vielmoulin", "Fonctionnement et programme d'animation", 24000),
    ("Recyclerie La Trouvaille", "Coulandre", "Boutique de Saint-Ferjac", 18500),
    ("Roulons Ensemble", "Bramevieille", "Garage solidaire", 15000),
    ("Sentiers Vifs (ACI)", "Escoubiac", "Encadrement technique", 9000),
    ("Épicerie solidaire La Cagette", "Ostrac", "Ateliers cuisine", 6000),
    ("Levain (opérateur DLA)", "Tarvanel", "Accompagnements DLA", 4500),
    ("Comptoir de Roudanès", "Roudanès", "Café associatif", 3500),
]
PVC_SUBV_TOTAL = sum(x[3] for x in PVC_SUBV)  # 80 500

# (numéro, objet, rapporteur, exposé, décision, vote, note)
#   vote: (votants, pour, contre, abstentions, qualifier); a table is inserted at « TABLE »
PVC_DELIBS = [
    (
        "2028-019",
        "Finances – Budget primitif 2028 – budget principal",
        "Sabatier",
        """Le projet de budget primitif 2028 a été présenté en commission des finances le
        28 février 2028, après le débat d'orientation budgétaire du 13 février. Il
        s'équilibre à 18 742 000 € en section de fonctionnement et à 9 316 500 € en section
        d'investissement.

        Les taux de fiscalité restent inchangés : cotisation foncière des entreprises
        27,14 %, taxe foncière sur les propriétés bâties 3,2 %. Le budget consacre
        412 000 € à l'économie sociale et solidaire (subventions, participation au PTCE et
        poste de chargée de mission ESS).

        M. Thierry ALDEBERT regrette qu'aucune baisse de la fiscalité ne soit proposée.
        M. le président rappelle que l'épargne brute atteint 1 184 000 €, soit un taux
        d'épargne brute de 6,3 %.""",
        """Article 1 : adopte le budget primitif 2028 du budget principal, voté par chapitre.
        Article 2 : maintient les taux de fiscalité de 2027.""",
        (35, 30, 3, 2, "ADOPTÉE À LA MAJORITÉ"),
        "Ont voté contre : M. Thierry ALDEBERT, Mme Brigitte SOLIGNAC, M. Marc RIBAL.",
    ),
    (
        "2028-020",
        "Économie sociale et solidaire – Subventions 2028",
        "Quintard",
        """Dans le cadre de sa stratégie ESS, la communauté soutient les structures de
        l'économie sociale et solidaire du territoire. La commission « ESS, emploi et
        insertion », réunie le 22 février 2028, a examiné 11 demandes et en propose 7,
        pour un total de 80 500 € :

        TABLE

        M. Frédéric JOUVE, trésorier de l'association Roulons Ensemble, quitte la salle et ne
        prend part ni au débat ni au vote.""",
        """Article 1 : attribue les subventions 2028 figurant au tableau ci-dessus.
        Article 2 : autorise le président à signer les conventions correspondantes pour les
        subventions supérieures à 10 000 €.""",
        (34, 34, 0, 0, "ADOPTÉE À L'UNANIMITÉ"),
        "",
    ),
    (
        "2028-021",
        "Économie sociale et solidaire – Entrée au capital de la SCIC Pressoir de la Sorgelle",
        "Quintard",
        """La SCIC Pressoir de la Sorgelle, créée en 2024 à Ostrac, transforme en jus, cidre
        et vinaigre les pommes de 36 vergers du territoire. Elle a pressé 410 tonnes de
        pommes en 2027 et emploie 7 salariés. Elle prépare l'achat d'une seconde ligne de
        pasteurisation (coût : 186 000 € HT).

        Il est proposé d'entrer dans le collège des collectivités publiques de la SCIC en
        souscrivant 50 parts sociales de 100 €, soit 5 000 €. La communauté ne détiendra
        ainsi que 3,1 % du capital, bien en dessous du plafond de 50 % prévu par la loi du
        10 septembre 1947 pour les collectivités.""",
        """Article 1 : décide de souscrire 50 parts sociales de la SCIC Pressoir de la
        Sorgelle, pour un montant de 5 000 €.
        Article 2 : désigne Mme Armelle QUINTARD pour représenter la communauté aux
        assemblées générales de la SCIC.""",
        (35, 33, 0, 2, "ADOPTÉE À LA MAJORITÉ"),
        "",
    ),
    (
        "2028-022",
        "Commande publique – Entretien des berges de la Sorgelle – Marché réservé aux SIAE",
        "Lacombe",
        """L'entretien de la ripisylve de la Sorgelle et de ses affluents est assuré
        jusqu'au 30 juin 2028 par une entreprise privée. Il est proposé de réserver le
        nouveau marché aux structures d'insertion par l'activité économique, en
        application de l'article L. 2113-13 du code de la commande publique.

        Le marché porte sur 25 km de berges, en deux lots : lot 1, secteur amont
        (14 km) ; lot 2, secteur aval (11 km). Il serait conclu pour trois ans à compter du
        1er juillet 2028, pour un montant estimé à 62 000 € HT par an, tous lots confondus.""",
        """Article 1 : approuve le recours à un marché réservé aux SIAE pour l'entretien des
        berges de la Sorgelle, selon une procédure adaptée.
        Article 2 : autorise le président à lancer la consultation et à signer le marché.""",
        (35, 35, 0, 0, "ADOPTÉE À L'UNANIMITÉ"),
        "",
    ),
    (
        "2028-023",
        "Économie sociale et solidaire – Convention pluriannuelle avec le PTCE Archipel "
        "Brézonne (2028-2030)",
        "Quintard",
        """Le pôle territorial de coopération économique Archipel Brézonne, créé en 2021 et
        installé au tiers-lieu La Filature à Vielmoulin, réunit 23 membres. Il porte la
        Matériauthèque de Mazerand, la cuisine partagée La Marmite et un groupement
        d'employeurs.

        Le PTCE avait sollicité 40 000 € par an. Compte tenu des contraintes budgétaires, il
        est proposé une convention pluriannuelle d'objectifs de trois ans (2028-2030) avec
        une subvention de 35 000 € par an, identique à celle de 2027.""",
        """Article 1 : approuve la convention pluriannuelle d'objectifs 2028-2030 avec
        l'association Archipel Brézonne.
        Article 2 : attribue au PTCE une subvention de 35 000 € pour 2028.""",
        (35, 31, 1, 3, "ADOPTÉE À LA MAJORITÉ"),
        "A voté contre : M. Thierry ALDEBERT.",
    ),
    (
        "2028-024",
        "Ressources humaines – Création d'un emploi de chargé(e) de mission économie circulaire",
        "Fontvieille",
        """Pour mettre en œuvre le programme local de prévention des déchets et accompagner
        les filières de réemploi, il est proposé de créer un emploi de chargé(e) de mission
        économie circulaire, de catégorie A, à temps complet, pour une durée de trois ans.
        Le poste serait financé à 50 % par la Région Auvélie.""",
        """Article 1 : crée un emploi non permanent de chargé(e) de mission économie
        circulaire à temps complet à compter du 1er mai 2028.""",
        (35, 35, 0, 0, "ADOPTÉE À L'UNANIMITÉ"),
        "",
    ),
    (
        "2028-025",
        "Sport – Tarifs 2028 du centre aquatique intercommunal",
        "Cayrel",
        """Il est proposé de fixer ainsi les tarifs du centre aquatique de Saint-Ferjac à
        compter du 1er avril 2028 : entrée adulte 4,80 € ; entrée enfant (4 à 17 ans)
        3,20 € ; carte de 10 entrées adulte 40 € ; gratuité pour les moins de 4 ans et les
        bénéficiaires de l'épicerie solidaire La Cagette.""",
        """Article 1 : fixe les tarifs du centre aquatique intercommunal comme indiqué
        ci-dessus.""",
        (35, 35, 0, 0, "ADOPTÉE À L'UNANIMITÉ"),
        "",
    ),
    (
        "2028-026",
        "Mobilités – Motion pour le maintien de la ligne ferroviaire Tarvanel – Saint-Ferjac",
        "Estève",
        """La Région envisage de remplacer par des autocars, à partir de 2030, les trains de
        la ligne Tarvanel – Saint-Ferjac, qui dessert Vielmoulin et Coulandre. La ligne a
        transporté 212 000 voyageurs en 2027, avec 6 allers-retours par jour en semaine.""",
        """Article 1 : demande à la Région Auvélie le maintien et la modernisation de la
        desserte ferroviaire Tarvanel – Saint-Ferjac.""",
        (35, 35, 0, 0, "ADOPTÉE À L'UNANIMITÉ"),
        "",
    ),
]

PVC_DECISIONS = [
    """Décision n° 2028-D-004 du 16 février 2028 : mise à disposition d'un local, 2 rue de la
    Gare à Bramevieille, à l'association Roulons Ensemble, pour un loyer de 350 € par
    mois.""",
    """Décision n° 2028-D-006 du 1er mars 2028 : attribution du marché de maîtrise d'œuvre de
    la rénovation du centre aquatique au cabinet Arcature, pour 84 600 € HT.""",
    """Décision n° 2028-D-007 du 6 mars 2028 : demande d'une subvention de 25 000 € à la
    Région Auvélie pour le poste de chargé(e) de mission économie circulaire.""",
]

PVC_DIVERS = [
    """Mme Isabelle CAYREL annonce que la fête de la Sorgelle aura lieu le
    dimanche 4 juin 2028 à Vielmoulin.""",
    """M. Alain BOISSIÈRE s'inquiète de la fermeture du guichet de la gare de Roudanès ;
    M. le président écrira à la Région.""",
    f"""Prochaine séance : {jour("2028-04-11")} à 18 h 30, à l'hôtel communautaire de
    Saint-Ferjac.""",
]


class PvcPDF(BasePDF):
    def __init__(self):
        super().__init__("P")
        self.set_margins(22, 18, 20)
        self.set_auto_page_break(True, margin=22)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(22, 9)
        self.cell(84, 4, "Communauté de communes Brézonne-Sorgelle")
        self.cell(84, 4, PVC_HEAD, align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(160, 160, 160)
        self.line(22, self.get_y(), 190, self.get_y())
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_x(22)
        self.cell(120, 5, "CCBS – Procès-verbal du conseil communautaire du 14/03/2028")
        self.cell(48, 5, f"Page {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def stamp(self, num: str) -> None:
        if self.y + 50 > self.page_break_trigger:
            self.add_page()
        ident = f"099-249900123-20280314-DEL{num.replace('-', '_')}-DE"
        x, y = 120, self.y
        self.set_draw_color(0, 90, 160)
        self.set_text_color(0, 90, 160)
        self.rect(x, y, 70, 14)
        self.set_font("Cond", "B", 6.5)
        self.set_xy(x + 1.5, y + 1)
        self.cell(67, 3.6, "Accusé de réception – Préfecture de la Brézonne")
        self.set_font("Cond", "", 6.5)
        self.set_xy(x + 1.5, y + 4.8)
        self.cell(67, 3.6, ident)
        self.set_xy(x + 1.5, y + 8.6)
        self.cell(67, 3.6, "Reçu le 17/03/2028 – Publié le 20/03/2028")
        self.set_text_color(0, 0, 0)
        self.set_y(y + 16)

    def band(self, text: str) -> None:
        self.set_fill_color(225, 232, 240)
        self.set_font("Sans", "B", 9.5)
        self.multi_cell(0, 5.5, nb(text), fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def label(self, label: str, text: str, size: float = 9.5) -> None:
        self.set_font("Serif", "B", size)
        w = self.get_string_width(label + " ") + 0.5
        self.cell(w, 5, label)
        self.set_font("Serif", "", size)
        self.multi_cell(0, 5, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pvc_table(pdf: PvcPDF) -> None:
    widths = (52, 28, 60, 28)
    pdf.set_font("Cond", "", 8.5)
    pdf.set_draw_color(120, 120, 120)
    with pdf.table(
        col_widths=widths,
        text_align=("L", "L", "L", "R"),
        line_height=4.4,
        width=sum(widths),
        align="LEFT",
        num_heading_rows=1,
        padding=(0.8, 1.2),
    ) as table:
        row = table.row()
        for h in ("Structure", "Commune", "Objet", "Montant 2028"):
            row.cell(h, align="CENTER")
        for s, c, o, m in PVC_SUBV:
            row = table.row()
            for v in (s, c, o, f"{sp(m)} €"):
                row.cell(nb(v))
        row = table.row()
        row.cell("Total", colspan=3)
        row.cell(nb(f"{sp(PVC_SUBV_TOTAL)} €"))
    pdf.ln(3)


def build_pvc() -> None:
    pdf = PvcPDF()
    pdf.add_page()
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(0, 70, 120)
    pdf.cell(100, 5.5, "COMMUNAUTÉ DE COMMUNES")
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(68, 5.5, "Département de la Brézonne", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(0, 70, 120)
    pdf.cell(100, 5.5, "BRÉZONNE-SORGELLE")
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(68, 5.5, "Arrondissement de Tarvanel", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8)
    pdf.cell(
        0,
        4.5,
        "Hôtel communautaire – 2 allée des Platanes – Saint-Ferjac",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(
        0,
        7,
        "PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL COMMUNAUTAIRE",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("Sans", "", 11)
    pdf.cell(
        0, 7, nb(f"Séance du {jour(PVC_DATE)}"), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(4)
    pdf.para(
        one("""L'an deux mille vingt-huit, le quatorze mars à dix-huit heures trente, le
        conseil communautaire de la Communauté de communes Brézonne-Sorgelle, dûment
        convoqué le 7 mars 2028, s'est réuni en séance publique à la salle des fêtes de
        Bramevieille, sous la présidence de M. Gérard FONTVIEILLE, président."""),
        size=9.5,
    )
    n_pres, n_pouv = len(PVC_PRESENTS), len(PVC_POUVOIRS)
    pdf.set_font("Sans", "B", 9)
    pdf.set_draw_color(120, 120, 120)
    for lab, val in (
        ("Conseillers en exercice", len(PVC_ALL)),
        ("Présents", n_pres),
        ("Pouvoirs", n_pouv),
        ("Votants", n_pres + n_pouv),
    ):
        pdf.set_x(22)
        pdf.set_font("Sans", "", 9)
        pdf.cell(60, 5.5, lab, border=1)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(20, 5.5, str(val), border=1, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pres = []
    for n in PVC_PRESENTS:
        who = pvc_who(n)
        pres.append(f"{who}, {PVC_ROLES[n]}" if n in PVC_ROLES else who)
    pdf.label("Étaient présents :", " ; ".join(pres) + ".", size=9)
    pdf.ln(1.5)
    pdf.label(
        "Avaient donné pouvoir :",
        " ; ".join(f"{pvc_who(a)} à {pvc_who(b)}" for a, b in PVC_POUVOIRS) + ".",
        size=9,
    )
    pdf.ln(1.5)
    pdf.label("Absents excusés :", ", ".join(pvc_who(a) for a in PVC_ABSENTS) + ".", size=9)
    pdf.ln(1.5)
    pdf.label("Secrétaire de séance :", f"{pvc_who('Marcillac')}.", size=9)
    pdf.ln(4)
    pdf.band("1. Approbation du procès-verbal de la séance du 13 février 2028")
    pdf.para(
        "Le procès-verbal de la séance du 13 février 2028 est approuvé à l'unanimité.", size=9.5
    )
    pdf.band("2. Décisions prises par le président par délégation du conseil")
    for d in PVC_DECISIONS:
        pdf.para("– " + one(d), size=9.5, after=1)
    pdf.ln(2)
    for k, (num, objet, rap, expose, decide, vote, note) in enumerate(PVC_DELIBS, 3):
        pdf.stamp(num)
        pdf.band(f"{k}. Délibération n° {num} – {objet}")
        rapp = pvc_who(rap)
        role = PVC_ROLES.get(rap, "")
        pdf.label(
            "Rapporteur :" if rapp.startswith("M.") else "Rapporteure :",
            f"{rapp}, {role}" if role else rapp,
        )
        pdf.ln(1)
        for p in paras(expose):
            if p == "TABLE":
                pvc_table(pdf)
            else:
                pdf.para(p, size=9.5)
        pdf.para("Le conseil communautaire, après en avoir délibéré,", size=9.5, style="I")
        for art in re.split(r"(?=Article \d+ :)", one(decide)):
            if art.strip():
                pdf.para(art.strip(), size=9.5, after=1)
        votants, pour, contre, abst, qual = vote
        pdf.set_font("Sans", "B", 9)
        pdf.cell(
            0,
            5.5,
            nb(f"Votants : {votants} – Pour : {pour} – Contre : {contre} – Abstentions : {abst}"),
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )
        if note:
            pdf.para(note, size=8.5, style="I", after=0.5)
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(0, 6, qual, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
    pdf.band(f"{len(PVC_DELIBS) + 3}. Questions diverses")
    for d in PVC_DIVERS:
        pdf.para("– " + one(d), size=9.5, after=1)
    pdf.ln(2)
    pdf.para("L'ordre du jour étant épuisé, la séance est levée à 21 h 05.", size=9.5)
    pdf.ln(6)
    if pdf.y + 30 > pdf.page_break_trigger:
        pdf.add_page()
    y = pdf.y
    pdf.set_font("Serif", "", 9.5)
    pdf.set_xy(22, y)
    pdf.multi_cell(70, 5, nb("La secrétaire de séance,\nSophie MARCILLAC"), align="C")
    pdf.set_xy(118, y)
    pdf.multi_cell(70, 5, nb("Le président,\nGérard FONTVIEILLE"), align="C")
    save_pdf(
        pdf,
        PVC,
        {
            "title": "Procès-verbal du conseil communautaire du 14 mars 2028",
            "subject": "Communauté de communes Brézonne-Sorgelle – conseil communautaire",
            "author": "Secrétariat général CCBS",
            "creator": "Microsoft® Word pour Microsoft 365",
            "producer": "Microsoft® Word pour Microsoft 365",
            "keywords": "conseil communautaire, délibérations, procès-verbal, 2028",
        },
        datetime(2028, 3, 20, 11, 48, 2, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 3. Slide deck exported from PowerPoint (PDF, 16:9, one slide per page)
# ---------------------------------------------------------------------------

DIA_DATE = "2028-02-08"
DIA_FOOT = "PTCE Archipel Brézonne | COPIL du 8 février 2028"
DIA_BUDGET = [
    ("Région Auvélie", 60000),
    ("État (appel à projets PTCE)", 50000),
    ("Département de la Brézonne", 40000),
    ("FSE+", 38000),
    ("CC Brézonne-Sorgelle", 35000),
    ("Prestations", 33000),
    ("Cotisations", 12400),
]
DIA_BUDGET_TOTAL = sum(x[1] for x in DIA_BUDGET)  # 268 400
# (financeur, 2027 réalisé, 2028 prévisionnel, statut)
DIA_PREV = [
    ("Région Auvélie", 60000, 60000, "acquis (CPO)"),
    ("État (PTCE)", 50000, 50000, "acquis jusqu'en 2029"),
    ("Département", 40000, 42000, "demandé"),
    ("FSE+", 38000, 40000, "demandé"),
    ("CC Brézonne-Sorgelle", 35000, 40000, "demandé – vote le 14 mars"),
    ("Prestations", 33000, 49600, "estimé"),
    ("Cotisations", 12400, 14400, "estimé"),
]
DIA_PREV_TOTAL = sum(x[2] for x in DIA_PREV)  # 296 000
DIA_TILES = [
    ("4", "chantiers coopératifs"),
    ("11", "emplois créés"),
    ("46", "emplois consolidés"),
    ("138 t", "de matériaux collectés"),
    ("1 920", "jours de location de véhicules"),
    ("12 400", "repas préparés à La Marmite"),
]
DIA_ROADMAP = [
    ("14 mars", "Vote de la convention CCBS 2028-2030"),
    ("avril", "La Marmite ouverte le samedi"),
    ("juin", "Boutique en ligne de la Matériauthèque"),
    ("septembre", "2 emplois partagés de plus au GE Archipel"),
    ("novembre", "Forum de la coopération (Mois de l'ESS)"),
    ("décembre", "Évaluation à mi-parcours du PTCE"),
]
# (titre, puces, encadré « Prochaine étape »)
DIA_CHANTIERS = [
    (
        "Chantier 1 – Matériauthèque de Mazerand",
        [
            "Ouverte le 6 septembre 2027 dans l'ancienne coopérative agricole (600 m²)",
            "138 tonnes de matériaux collectées en 4 mois : portes, fenêtres, bois, carrelage",
            "52 tonnes revendues à des particuliers et à des artisans",
            "2 salariés + 4 postes en insertion portés par l'ACI Sentiers Vifs",
            "Prix de vente : 30 à 50 % du prix du neuf",
        ],
        "Prochaine étape : boutique en ligne en juin 2028",
    ),
    (
        "Chantier 2 – Mobilité solidaire",
        [
            "Garage solidaire Roulons Ensemble, à Bramevieille",
            "Flotte de 74 véhicules : 38 voitures, 29 scooters, 7 vélos électriques",
            "1 920 jours de location en 2027, à 4 € par jour",
            "212 personnes orientées par France Travail, les SIAE et le Département",
            "61 % en emploi ou en formation six mois après",
        ],
        "Prochaine étape : antenne à Ostrac au printemps 2028",
    ),
    (
        "Chantier 3 – Cuisine partagée La Marmite (Ostrac)",
        [
            "Cuisine professionnelle de 120 m² louée à l'heure : 18 € HT",
            "9 entrepreneurs culinaires accompagnés, dont 6 femmes",
            "12 400 repas préparés en 2027 (traiteurs, restauration collective)",
            "2 clients représentent 58 % du chiffre d'affaires",
        ],
        "Prochaine étape : ouverture le samedi dès avril 2028",
    ),
    (
        "Chantier 4 – GE Archipel (groupement d'employeurs)",
        [
            "14 structures adhérentes",
            "7 salariés en temps partagé, soit 5,2 ETP",
            "Métiers : comptabilité, communication, entretien, animation numérique",
            "Tarif horaire refacturé : 29 € (comptabilité : 34 €)",
        ],
        "Prochaine étape : 2 nouveaux emplois partagés en septembre 2028",
    ),
]
DIA_W, DIA_H = 338.67, 190.5
TEAL = (0, 98, 105)
CORAL = (232, 106, 80)


class DiaPDF(BasePDF):
    def __init__(self):
        super().__init__("L", (DIA_H, DIA_W))
        self.set_margins(20, 14, 20)
        self.set_auto_page_break(False)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 9)
        self.set_text_color(120, 120, 120)
        self.set_xy(20, DIA_H - 11)
        self.cell(200, 5, DIA_FOOT)
        self.set_xy(DIA_W - 40, DIA_H - 11)
        self.cell(20, 5, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def slide(self, title: str) -> None:
        self.add_page()
        self.set_fill_color(*TEAL)
        self.rect(0, 0, DIA_W, 4, style="F")
        self.set_xy(20, 14)
        self.set_font("Sans", "B", 26)
        self.set_text_color(*TEAL)
        self.cell(DIA_W - 80, 13, nb(title))
        self.set_font("Sans", "B", 9)
        self.set_text_color(*CORAL)
        self.set_xy(DIA_W - 70, 15)
        self.cell(50, 5, "ARCHIPEL BRÉZONNE", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(38)

    def bullets(self, items: list[str], size: float = 17, x: float = 24) -> None:
        for it in items:
            self.set_x(x)
            self.set_font("Sans", "B", size)
            self.set_text_color(*CORAL)
            self.cell(8, size * 0.5, "•")
            self.set_text_color(30, 30, 30)
            self.set_font("Sans", "", size)
            self.multi_cell(
                DIA_W - x - 40, size * 0.5, nb(it), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(size * 0.22)
        self.set_text_color(0, 0, 0)

    def callout(self, text: str) -> None:
        self.set_fill_color(253, 236, 231)
        self.set_draw_color(*CORAL)
        self.rect(24, DIA_H - 36, DIA_W - 48, 14, style="DF")
        self.set_xy(30, DIA_H - 33)
        self.set_font("Sans", "B", 15)
        self.set_text_color(*CORAL)
        self.cell(DIA_W - 60, 8, nb(text))
        self.set_text_color(0, 0, 0)


def build_dia() -> None:
    pdf = DiaPDF()
    # 1. title slide
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, DIA_W, DIA_H, style="F")
    pdf.set_fill_color(*CORAL)
    pdf.rect(24, 58, 6, 52, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(38, 56)
    pdf.set_font("Sans", "B", 38)
    pdf.cell(280, 18, "Comité de pilotage")
    pdf.set_xy(38, 76)
    pdf.set_font("Sans", "", 24)
    pdf.cell(280, 12, "Bilan 2027 – Perspectives 2028")
    pdf.set_xy(38, 94)
    pdf.set_font("Sans", "B", 16)
    pdf.cell(280, 9, "PTCE Archipel Brézonne")
    pdf.set_xy(38, 148)
    pdf.set_font("Sans", "", 13)
    pdf.cell(280, 7, nb(f"{jour(DIA_DATE).capitalize()} – 14 h – La Filature, Vielmoulin"))
    pdf.set_text_color(0, 0, 0)
    # 2. agenda
    pdf.slide("Ordre du jour")
    for k, t in enumerate(
        [
            "Le PTCE en bref",
            "2027 en chiffres",
            "Bilan des quatre chantiers",
            "Budget 2027 et prévisionnel 2028",
            "Feuille de route 2028",
            "Décisions du comité de pilotage",
        ],
        1,
    ):
        pdf.set_x(30)
        pdf.set_font("Sans", "B", 20)
        pdf.set_text_color(*CORAL)
        pdf.cell(14, 12, f"{k}.")
        pdf.set_font("Sans", "", 20)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(250, 12, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    # 3. in short
    pdf.slide("Le PTCE en bref")
    pdf.bullets(
        [
            "Pôle territorial de coopération économique créé en 2021",
            "Association loi 1901 – siège : tiers-lieu La Filature, Vielmoulin",
            "23 membres : 15 structures de l'ESS, 5 entreprises, 3 collectivités",
            "Équipe : 2,4 ETP – coordination : Solène~Vaquié",
            "Président : Marc~Ségalas (SCOP Charpentes Ferjacoises)",
            "Lauréat de l'appel à projets PTCE de l'État en 2022",
        ]
    )
    # 4. key figures
    pdf.slide("2027 en chiffres")
    for i, (big, small) in enumerate(DIA_TILES):
        x = 24 + (i % 3) * 98
        y = 40 + (i // 3) * 62
        pdf.set_fill_color(230, 242, 243)
        pdf.rect(x, y, 92, 54, style="F")
        pdf.set_xy(x, y + 10)
        pdf.set_font("Sans", "B", 34)
        pdf.set_text_color(*TEAL)
        pdf.cell(92, 16, nb(big), align="C")
        pdf.set_xy(x + 4, y + 32)
        pdf.set_font("Sans", "", 13)
        pdf.set_text_color(40, 40, 40)
        pdf.cell(84, 7, nb(small), align="C")
    pdf.set_text_color(0, 0, 0)
    # 5-8. projects
    for title, items, nxt in DIA_CHANTIERS:
        pdf.slide(title)
        pdf.bullets(items)
        pdf.callout(nxt)
    # 9. bar chart
    pdf.slide(f"Budget 2027 réalisé : {sp(DIA_BUDGET_TOTAL)} €")
    top = max(v for _, v in DIA_BUDGET)
    for i, (lab, v) in enumerate(DIA_BUDGET):
        y = 42 + i * 16
        pdf.set_xy(24, y)
        pdf.set_font("Sans", "", 13)
        pdf.cell(82, 10, nb(lab), align="R")
        w = 170 * v / top
        pdf.set_fill_color(*(TEAL if i % 2 == 0 else CORAL))
        pdf.rect(110, y + 1, w, 8, style="F")
        pdf.set_xy(112 + w, y)
        pdf.set_font("Sans", "B", 13)
        pdf.cell(40, 10, nb(f"{sp(v)} €"))
    pdf.set_xy(24, DIA_H - 26)
    pdf.set_font("Sans", "I", 12)
    pdf.cell(280, 6, nb("Résultat 2027 : excédent de 3 200 € – comptes arrêtés le 26 janvier 2028"))
    # 10. forecast table
    pdf.slide(f"Budget prévisionnel 2028 : {sp(DIA_PREV_TOTAL)} €")
    widths = (80, 50, 55, 95)
    pdf.set_draw_color(255, 255, 255)
    pdf.set_x(24)
    pdf.set_fill_color(*TEAL)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 13)
    for w, h in zip(
        widths, ("Financeur", "2027 réalisé", "2028 prévisionnel", "Statut"), strict=True
    ):
        pdf.cell(w, 10, h, border=1, fill=True, align="C")
    pdf.ln(10)
    pdf.set_text_color(30, 30, 30)
    rows = [(f, f"{sp(a)} €", f"{sp(b)} €", s) for f, a, b, s in DIA_PREV]
    rows.append(("Total", f"{sp(DIA_BUDGET_TOTAL)} €", f"{sp(DIA_PREV_TOTAL)} €", ""))
    for i, row in enumerate(rows):
        pdf.set_x(24)
        pdf.set_fill_color(*((230, 242, 243) if i % 2 == 0 else (245, 250, 250)))
        pdf.set_font("Sans", "B" if row[0] == "Total" else "", 13)
        for k, (w, c) in enumerate(zip(widths, row, strict=True)):
            pdf.cell(w, 10, nb(c), border=1, fill=True, align="L" if k in (0, 3) else "R")
        pdf.ln(10)
    # 11. roadmap
    pdf.slide("Feuille de route 2028")
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(1.2)
    top, step = 44, 20
    pdf.line(74, top, 74, top + step * (len(DIA_ROADMAP) - 1) + 6)
    pdf.set_line_width(0.2)
    for i, (when, what) in enumerate(DIA_ROADMAP):
        y = top + step * i
        pdf.set_fill_color(*CORAL)
        pdf.ellipse(71, y, 6, 6, style="F")
        pdf.set_xy(24, y - 1)
        pdf.set_font("Sans", "B", 16)
        pdf.set_text_color(*TEAL)
        pdf.cell(44, 8, nb(when), align="R")
        pdf.set_xy(84, y - 1)
        pdf.set_font("Sans", "", 16)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(230, 8, nb(what))
    pdf.set_text_color(0, 0, 0)
    # 12. watch points
    pdf.slide("Points de vigilance")
    for i, t in enumerate(
        [
            "Fin du soutien de l'État au PTCE après 2029",
            "La Marmite dépend de 2 gros clients",
            "Recrutement difficile d'un encadrant technique à la Matériauthèque",
            "Trésorerie : 2,5 mois de charges",
        ]
    ):
        x = 24 + (i % 2) * 148
        y = 42 + (i // 2) * 60
        pdf.set_fill_color(253, 236, 231)
        pdf.rect(x, y, 142, 52, style="F")
        pdf.set_xy(x + 6, y + 6)
        pdf.set_font("Sans", "B", 22)
        pdf.set_text_color(*CORAL)
        pdf.cell(14, 12, "⚠")
        pdf.set_xy(x + 6, y + 22)
        pdf.set_font("Sans", "", 15)
        pdf.set_text_color(30, 30, 30)
        pdf.multi_cell(130, 7.5, nb(t), align="L")
    pdf.set_text_color(0, 0, 0)
    # 13. decisions
    pdf.slide("Décisions proposées au COPIL")
    for t in [
        f"Valider le budget prévisionnel 2028 ({sp(DIA_PREV_TOTAL)} €)",
        "Admettre 3 nouveaux membres : La Cagette, Comptoir de Roudanès, Imprimerie Vergé (SCOP)",
        "Lancer une étude de faisabilité d'une conserverie solidaire (12 000 €)",
        "Fixer la cotisation 2028 à 150 € pour les structures de moins de 10 salariés",
    ]:
        pdf.set_x(24)
        pdf.set_font("Sans", "", 20)
        pdf.set_text_color(*TEAL)
        pdf.cell(12, 10, "☐")
        pdf.set_font("Sans", "", 16)
        pdf.set_text_color(30, 30, 30)
        pdf.multi_cell(270, 8, nb(t), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
    # 14. thanks
    pdf.slide("Merci !")
    pdf.set_y(62)
    for size, style, t in (
        (18, "B", "Contact : Solène~Vaquié, coordinatrice du PTCE"),
        (16, "", "06 39 98 52 17"),
        (16, "", "coordination@archipel-brezonne.org"),
        (16, "", "archipel-brezonne.org"),
    ):
        pdf.set_x(24)
        pdf.set_font("Sans", style, size)
        pdf.cell(280, 12, nb(t), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    save_pdf(
        pdf,
        DIA,
        {
            "title": "COPIL PTCE Archipel Brézonne - 8 février 2028",
            "subject": "Bilan 2027 et perspectives 2028",
            "author": "Solène Vaquié",
            "creator": "Microsoft® PowerPoint® pour Microsoft 365",
            "producer": "Microsoft® PowerPoint® pour Microsoft 365",
            "keywords": "PTCE, COPIL, budget, feuille de route",
        },
        datetime(2028, 2, 7, 18, 22, 40, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 4. WordPress news article saved from the browser (Gutenberg blocks, share buttons,
#    related posts, FAQ in <details>, threaded comments, sidebar, cookie banner)
# ---------------------------------------------------------------------------

WPA_TITLE = "La Trouvaille ouvre une deuxième boutique à Saint-Ferjac"
WPA_SLUG = "la-trouvaille-ouvre-une-deuxieme-boutique-a-saint-ferjac"
WPA_HOURS = [
    ("Mardi", "14 h – 18 h"),
    ("Mercredi", "10 h – 18 h"),
    ("Vendredi", "14 h – 18 h"),
    ("Samedi", "10 h – 17 h"),
]
WPA_FAQ = [
    (
        "Peut-on déposer des dons à la boutique de Saint-Ferjac ?",
        """Non. Les dons se déposent à Coulandre (zone artisanale des Garennes), du mardi au
     samedi de 9 h à 17 h, ou sont enlevés à domicile sur rendez-vous (10 € par enlèvement,
     gratuit pour les bénéficiaires de La Cagette).""",
    ),
    (
        "La Trouvaille recrute-t-elle ?",
        """Oui : 6 postes en CDDI sont à pourvoir en 2028. Les candidatures passent par France
     Travail ou par un référent RSA.""",
    ),
    (
        "Comment devenir bénévole ?",
        """Écrivez à benevoles@latrouvaille-coulandre.fr. Les bénévoles interviennent surtout le
     samedi matin, au tri des livres et des jouets.""",
    ),
]
# (id, parent, auteur, date, heure, texte, auteur de l'article ?)
WPA_COMMENTS = [
    (
        3107,
        0,
        "Colette Barrau",
        "2028-02-12",
        "19 h 42 min",
        "Enfin une boutique en ville ! Est-ce qu'ils reprennent les matelas ?",
        False,
    ),
    (
        3109,
        3107,
        "Recyclerie La Trouvaille",
        "2028-02-13",
        "9 h 15 min",
        """Bonjour Colette, non : nous ne reprenons ni les matelas ni la literie, pour des
     raisons d'hygiène. La déchèterie de Coulandre les accepte.""",
        False,
    ),
    (
        3112,
        0,
        "Mounir K.",
        "2028-02-13",
        "11 h 03 min",
        """Bravo ! Pour les autres assos : l'appel à projets du Département qui finance ce genre
     de projet ferme le 15 mars, ne traînez pas.""",
        False,
    ),
    (
        3113,
        3112,
        "Margaux Fonteneau",
        "2028-02-13",
        "12 h 20 min",
        """Merci Mounir, petite correction : la date limite de l'appel à projets « Inclusion et
     économie de proximité » est le 31 mars 2028 à midi. C'est le webinaire d'information
     qui a déjà eu lieu, le 1er février.""",
        True,
    ),
    (
        3120,
        0,
        "Lise Garrigou",
        "2028-02-14",
        "8 h 51 min",
        "Le samedi, c'est bien jusqu'à 17 h seulement ?",
        False,
    ),
    (
        3121,
        3120,
        "Recyclerie La Trouvaille",
        "2028-02-14",
        "10 h 02 min",
        "Oui Lise, 17 h le samedi et 18 h les autres jours d'ouverture.",
        False,
    ),
    (
        3126,
        0,
        "Thierry V.",
        "2028-02-15",
        "21 h 17 min",
        """Dommage qu'il n'y ait pas de parking rue du Pont-Vieux. Bon, le parking de la Halle
     est à 200 m.""",
        False,
    ),
]
WPA_RELATED = [
    (
        "le-pressoir-de-la-sorgelle-ouvre-son-capital-aux-habitants",
        "Le Pressoir de la Sorgelle ouvre son capital aux habitants",
        "2028-01-08",
        "Économie",
    ),
    (
        "appel-a-projets-du-departement-jusqua-40-000-e-pour-linsertion",
        "Appel à projets du Département : jusqu'à 40 000 € pour l'insertion",
        "2028-01-20",
        "Économie",
    ),
    (
        "roulons-ensemble-74-vehicules-pour-aller-travailler",
        "Roulons Ensemble : 74 véhicules pour aller travailler",
        "2027-12-05",
        "Société",
    ),
]
WPA_RECENT = [
    "La Trouvaille ouvre une deuxième boutique à Saint-Ferjac",
    "Tarvanel – Saint-Ferjac : la ligne de train menacée ?",
    "Vielmoulin : le fablab Bobine fête ses trois ans",
    "Coulandre : le marché de producteurs passe au samedi",
    "Mois de l'ESS : retour en images",
]
WPA_ARCHIVES = [
    ("2028/02", "février 2028", 4),
    ("2028/01", "janvier 2028", 7),
    ("2027/12", "décembre 2027", 5),
    ("2027/11", "novembre 2027", 9),
]


def wpa_p(text: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>{escape(one(text), quote=False)}</p>"


def wpa_comment(c: tuple, children: str) -> str:
    cid, _, who, day, hour, text, is_author = c
    cls = "comment byuser comment-author-mfonteneau bypostauthor" if is_author else "comment"
    label = ' <span class="ast-highlight-text">Auteur</span>' if is_author else ""
    kids = f'<ol class="children">\n{children}</ol>\n' if children else ""
    hh, mm = re.findall(r"\d+", hour)
    stamp = f"{day}T{int(hh):02d}:{mm}:00+01:00"
    return f"""<li class="{cls} even thread-even depth-1" id="comment-{cid}">
<article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><img alt=""
src="https://secure.gravatar.com/avatar/{cid:x}?s=50&amp;d=mm&amp;r=g" class="avatar avatar-50
photo" height="50" width="50" loading="lazy"><b class="fn">{escape(who)}</b>{label}
<span class="says">dit :</span></div>
<div class="comment-metadata"><a href="#comment-{cid}"><time datetime="{stamp}">
{jour(day, weekday=False)} à {hour}</time></a></div></footer>
<div class="comment-content">{wpa_p(text)}</div>
<div class="reply"><a rel="nofollow" class="comment-reply-link"
href="?replytocom={cid}#respond" data-commentid="{cid}" aria-label="Répondre à {escape(who)}"
>Répondre</a></div>
</article>
{kids}</li>
"""


def wpa_comments() -> str:
    out = []
    for c in WPA_COMMENTS:
        if c[1] == 0:
            kids = "".join(wpa_comment(k, "") for k in WPA_COMMENTS if k[1] == c[0])
            out.append(wpa_comment(c, kids))
    return "".join(out)


def wpa_html() -> str:
    hours = "".join(f"<tr><td>{d}</td><td>{h}</td></tr>" for d, h in WPA_HOURS)
    faq = "".join(
        f'<details class="wp-block-details"><summary>{escape(q)}</summary>\n{wpa_p(a)}</details>\n'
        for q, a in WPA_FAQ
    )
    related = "".join(
        f'<div class="jp-relatedposts-post jp-relatedposts-post{i}" data-post-format="false">'
        f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" '
        f'href="https://echo-sorgelle.fr/{d[:7].replace("-", "/")}/{s}/">{escape(t)}</a></h4>'
        f'<p class="jp-relatedposts-post-date">{jour(d, weekday=False)}</p>'
        f'<p class="jp-relatedposts-post-context">Dans « {c} »</p></div>\n'
        for i, (s, t, d, c) in enumerate(WPA_RELATED)
    )
    recent = "".join(
        f'<li><a href="https://echo-sorgelle.fr/?p={2841 - 9 * i}">{escape(t)}</a></li>'
        for i, t in enumerate(WPA_RECENT)
    )
    archives = "".join(
        f'<li><a href="https://echo-sorgelle.fr/{u}/">{lab}</a>&nbsp;({n})</li>'
        for u, lab, n in WPA_ARCHIVES
    )
    return WPA_TEMPLATE.format(
        title=escape(WPA_TITLE),
        slug=WPA_SLUG,
        hours=hours,
        faq=faq,
        related=related,
        comments=wpa_comments(),
        n_comments=len(WPA_COMMENTS),
        recent=recent,
        archives=archives,
        date_pub=jour("2028-02-12", weekday=False),
        inauguration=jour("2028-03-17"),
        opening=jour("2028-03-04"),
    )


WPA_TEMPLATE = """<!DOCTYPE html>
<!-- saved from url=(0089)https://echo-sorgelle.fr/2028/02/{slug}/ -->
<html lang="fr-FR"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – L'Écho de la Sorgelle</title>
<meta name="robots" content="max-image-preview:large">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="L'Écho de la Sorgelle">
<meta property="article:published_time" content="2028-02-12T07:30:00+00:00">
<meta name="generator" content="WordPress 6.7.2">
<link rel="stylesheet" id="wp-block-library-css" href="./{slug}_files/style.min.css"
media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="./{slug}_files/main.min.css" media="all">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"{title}","datePublished":"2028-02-12T07:30:00+00:00","author":{{"@type":
"Person","name":"Margaux Fonteneau"}},"publisher":{{"@type":"Organization","name":
"L'Écho de la Sorgelle"}}}}</script>
<script src="./{slug}_files/jquery.min.js" id="jquery-core-js"></script>
</head>
<body class="post-template-default single single-post postid-2841 single-format-standard
wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.8.3">
<a class="skip-link screen-reader-text" href="#content">Aller au contenu</a>
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1"
id="masthead"><div class="ast-container"><div class="site-branding">
<p class="site-title"><a href="https://echo-sorgelle.fr/" rel="home">L'Écho de la Sorgelle</a>
</p><p class="site-description">Journal associatif d'information locale</p></div>
<nav class="main-header-bar-navigation" aria-label="Navigation du site"><ul id="primary-menu"
class="main-header-menu ast-nav-menu">
<li class="menu-item"><a href="https://echo-sorgelle.fr/">Accueil</a></li>
<li class="menu-item"><a href="https://echo-sorgelle.fr/actualites/">Actualités</a></li>
<li class="menu-item current-post-ancestor"><a href="https://echo-sorgelle.fr/economie/"
>Économie</a></li>
<li class="menu-item"><a href="https://echo-sorgelle.fr/culture/">Culture</a></li>
<li class="menu-item"><a href="https://echo-sorgelle.fr/agenda/">Agenda</a></li>
<li class="menu-item"><a href="https://echo-sorgelle.fr/adherer/">Nous soutenir</a></li>
</ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<nav class="ast-breadcrumbs" aria-label="Fil d'Ariane"><a href="https://echo-sorgelle.fr/"
>Accueil</a> » <a href="https://echo-sorgelle.fr/economie/">Économie</a> » <span
class="trail-end">{title}</span></nav>
<main id="main" class="site-main">
<article class="post-2841 post type-post status-publish format-standard has-post-thumbnail
category-economie tag-ess tag-insertion tag-recyclerie tag-saint-ferjac ast-article-single"
id="post-2841">
<header class="entry-header"><h1 class="entry-title">{title}</h1>
<div class="entry-meta">Publié le <time class="entry-date published"
datetime="2028-02-12T07:30:00+00:00">{date_pub}</time> par <span class="author vcard"><a
class="url fn n" href="https://echo-sorgelle.fr/author/mfonteneau/">Margaux Fonteneau</a>
</span> · <a href="#comments">{n_comments} commentaires</a></div></header>
<figure class="wp-block-image size-large post-thumbnail"><img width="1024" height="576"
src="./{slug}_files/trouvaille-pont-vieux-1024x576.jpg" alt="Façade de la nouvelle boutique"
decoding="async"><figcaption class="wp-element-caption">La future boutique, rue du Pont-Vieux.
Photo : L'Écho de la Sorgelle</figcaption></figure>
<div class="entry-content clear">
<p class="has-medium-font-size"><strong>Installée depuis 2017 à Coulandre, la recyclerie La
Trouvaille ouvre une boutique au cœur de Saint-Ferjac, au 8 rue du Pont-Vieux. Ouverture au
public le {opening}.</strong></p>
<p>Créée en 2017 par une poignée de bénévoles, La Trouvaille est devenue un atelier chantier
d'insertion (ACI) en 2019. Elle emploie aujourd'hui 41 salariés, dont 28 en contrat à durée
déterminée d'insertion (CDDI). En 2027, elle a collecté 212 tonnes d'objets et en a réemployé
61 %. Ce travail lui a valu, en novembre, le prix de l'utilité sociale des Prix de l'ESS
Auvélie.</p>
<h2 class="wp-block-heading">Une boutique de 240 m² dans une ancienne quincaillerie</h2>
<p>La nouvelle boutique occupe 240 m² dans l'ancienne quincaillerie de la rue du Pont-Vieux,
fermée depuis 2023. On y trouvera des vêtements, des livres, de la vaisselle et du petit
mobilier. Trois salariés en insertion y travailleront, encadrés par Hugo Lestrade, responsable
des boutiques.</p>
<blockquote class="wp-block-quote"><p>« Beaucoup d'habitants de Saint-Ferjac n'ont pas de
voiture pour venir jusqu'à Coulandre. Il fallait venir à eux. »</p><cite>Sandrine Pélissou,
directrice de La Trouvaille</cite></blockquote>
<h2 class="wp-block-heading">148 000 € de travaux et d'équipement</h2>
<p>Le projet a coûté 148 000 €. Il est financé par la Région Auvélie (40 000 €), le
Département de la Brézonne (45 000 €), la communauté de communes Brézonne-Sorgelle
(18 500 €), un prêt solidaire (30 000 €) et une campagne de financement participatif qui a
réuni 14 500 € auprès de 312 contributeurs.</p>
<p>« La Trouvaille, c'est exactement l'ESS que nous voulons soutenir : des emplois locaux et
moins de déchets », souligne Armelle Quintard, vice-présidente de la communauté de communes
chargée de l'ESS.</p>
<h2 class="wp-block-heading">Horaires et dépôts</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>
<th>Jour</th><th>Horaires</th></tr></thead><tbody>{hours}</tbody></table>
<figcaption class="wp-element-caption">Horaires de la boutique de Saint-Ferjac
</figcaption></figure>
<p>Ce qui est accepté au dépôt de Coulandre :</p>
<ul class="wp-block-list"><li>meubles en bon état ;</li><li>vaisselle et ustensiles de
cuisine ;</li><li>livres, CD et DVD ;</li><li>jouets complets ;</li><li>petit
électroménager en état de marche ;</li><li>vêtements et linge propres.</li></ul>
<h2 class="wp-block-heading">Inauguration le 17 mars</h2>
<p>L'inauguration officielle aura lieu le {inauguration} à 18 h, en présence des élus et des
partenaires. L'apéritif sera offert par la SCIC Pressoir de la Sorgelle.</p>
<h2 class="wp-block-heading">Questions fréquentes</h2>
{faq}<div class="wp-block-buttons"><div class="wp-block-button"><a
class="wp-block-button__link wp-element-button" href="https://latrouvaille-coulandre.fr/"
>Le site de La Trouvaille</a></div></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social
sd-social-icon-text sd-sharing"><h3 class="sd-title">Partager :</h3><div class="sd-content">
<ul><li class="share-facebook"><a class="share-facebook sd-button share-icon" href="?share=
facebook" target="_blank"><span>Facebook</span></a></li><li class="share-x"><a
class="share-x sd-button share-icon" href="?share=x" target="_blank"><span>X</span></a></li>
<li class="share-linkedin"><a class="share-linkedin sd-button share-icon" href="?share=
linkedin" target="_blank"><span>LinkedIn</span></a></li><li class="share-jetpack-whatsapp"><a
class="share-jetpack-whatsapp sd-button share-icon" href="?share=jetpack-whatsapp"
target="_blank"><span>WhatsApp</span></a></li><li class="share-email"><a class="share-email
sd-button share-icon" href="mailto:?subject=%5BArticle%20partag%C3%A9%5D"><span>E-mail</span>
</a></li><li class="share-print"><a class="share-print sd-button share-icon" href="#print"
><span>Imprimer</span></a></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper" id="like-post-wrapper"
><h3 class="sd-title">J'aime ça :</h3><div class="likes-widget-placeholder post-likes-widget-
placeholder"><span class="button"><span>J'aime</span></span> <span class="loading">
Chargement…</span></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em
>Articles similaires</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">
{related}</div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a
href="https://echo-sorgelle.fr/economie/" rel="category tag">Économie</a></span> <span
class="tags-links">Étiqueté <a href="https://echo-sorgelle.fr/tag/ess/" rel="tag">ESS</a>, <a
href="https://echo-sorgelle.fr/tag/insertion/" rel="tag">insertion</a>, <a
href="https://echo-sorgelle.fr/tag/recyclerie/" rel="tag">recyclerie</a>, <a
href="https://echo-sorgelle.fr/tag/saint-ferjac/" rel="tag">Saint-Ferjac</a></span>
</footer>
<div class="ast-single-author-box"><div class="ast-author-meta"><h4 class="author-title">
Margaux Fonteneau</h4><p class="ast-author-bio">Journaliste bénévole à L'Écho de la Sorgelle
depuis 2022, Margaux suit l'économie locale et la vie associative.</p></div></div>
<nav class="navigation post-navigation" aria-label="Publications"><div class="nav-links"><div
class="nav-previous"><a href="https://echo-sorgelle.fr/2028/02/tarvanel-saint-ferjac-ligne/"
rel="prev"><span class="ast-left-arrow">←</span> Article précédent</a></div></div></nav>
</article>
<div id="comments" class="comments-area"><h3 class="comments-title">{n_comments} réflexions
sur « <span>{title}</span> »</h3>
<ol class="ast-comment-list">
{comments}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"
>Laisser un commentaire</h3><form action="https://echo-sorgelle.fr/wp-comments-post.php"
method="post" id="commentform" class="comment-form" novalidate=""><p class="comment-notes"
><span id="email-notes">Votre adresse e-mail ne sera pas publiée.</span> <span
class="required-field-message">Les champs obligatoires sont indiqués avec <span
class="required">*</span></span></p><p class="comment-form-comment"><label for="comment"
>Commentaire <span class="required">*</span></label><textarea id="comment" name="comment"
cols="45" rows="8" required=""></textarea></p><p class="comment-form-author"><label
for="author">Nom <span class="required">*</span></label><input id="author" name="author"
type="text" value="" size="30" required=""></p><p class="comment-form-email"><label
for="email">E-mail <span class="required">*</span></label><input id="email" name="email"
type="email" value="" size="30" required=""></p><p class="form-submit"><input name="submit"
type="submit" id="submit" class="submit" value="Laisser un commentaire"></p></form></div>
</div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main"
><aside id="search-2" class="widget widget_search"><form role="search" method="get"
class="search-form" action="https://echo-sorgelle.fr/"><label><span
class="screen-reader-text">Rechercher :</span><input type="search" class="search-field"
placeholder="Rechercher…" value="" name="s"></label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title"
>Articles récents</h2><nav aria-label="Articles récents"><ul>{recent}</ul></nav></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2>
<nav aria-label="Archives"><ul>{archives}</ul></nav></aside>
<aside id="block-7" class="widget widget_block"><h2 class="widget-title">La lettre de
L'Écho</h2><p>Chaque vendredi, l'essentiel de l'actualité de la vallée dans votre boîte
mail.</p><form class="jetpack_subscription_widget"><input type="email" name="email"
placeholder="Votre adresse e-mail"><button type="submit">S'abonner</button></form></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div
class="ast-footer-copyright"><p>© 2028 L'Écho de la Sorgelle – association loi 1901 – <a
href="https://echo-sorgelle.fr/mentions-legales/">Mentions légales</a> – <a
href="https://echo-sorgelle.fr/politique-de-confidentialite/">Politique de
confidentialité</a></p><p>Fièrement propulsé par WordPress</p></div></div></footer>
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1
optin cmplz-bottom-right" aria-modal="true" role="dialog"><div class="cmplz-header"><div
class="cmplz-title">Gérer le consentement aux cookies</div></div><div class="cmplz-body"><div
class="cmplz-message"><p>Nous utilisons des cookies pour mesurer l'audience du site. Vous
pouvez accepter ou refuser ces cookies.</p></div></div><div class="cmplz-buttons"><button
class="cmplz-btn cmplz-accept">Accepter</button><button class="cmplz-btn cmplz-deny"
>Refuser</button><button class="cmplz-btn cmplz-view-preferences">Voir les préférences
</button></div></div></div>
<script src="./{slug}_files/e-202807.js" defer="defer"></script>
<script id="jetpack-stats-js-before">_stq = window._stq || [];_stq.push([ "view",
{{v:"ext",blog:"198402117",post:"2841",tz:"1",srv:"echo-sorgelle.fr"}} ]);</script>
</body></html>
"""


def build_wpa() -> None:
    (CORPUS / WPA).write_text(wpa_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 5. Call for projects saved from Word as « Page web filtrée » (windows-1252, MsoNormal,
#    Symbol-font bullets, hidden TOC page numbers, footnotes, SpellE spans, wrapped source)
# ---------------------------------------------------------------------------

AAP_TOC = [
    "Contexte et objectifs",
    "Qui peut candidater ?",
    "Projets éligibles",
    "Modalités de financement",
    "Critères de sélection",
    "Calendrier",
    "Constitution et dépôt du dossier",
    "Engagements des lauréats",
    "Contacts",
]
AAP_CRITERIA = [
    ("Pertinence au regard des besoins du territoire", 30),
    ("Effets sur l'accès à l'emploi des allocataires du RSA", 25),
    ("Partenariats et coopération", 20),
    ("Viabilité économique et cofinancements", 15),
    ("Ancrage rural", 10),
]
AAP_CALENDAR = [
    ("Lancement de l'appel à projets", "15 janvier 2028"),
    ("Webinaire d'information", "1er février 2028 à 10 h"),
    ("Date limite de dépôt", "31 mars 2028 à 12 h"),
    ("Auditions des porteurs", "du 2 au 12 mai 2028"),
    ("Comité de sélection", "24 mai 2028"),
    ("Vote en commission permanente", "26 juin 2028"),
    ("Notification des décisions", "juillet 2028"),
]
AAP_NOTES = {
    1: """Les structures en cours de création peuvent candidater si elles sont immatriculées
    ou déclarées avant le 30 juin 2028.""",
    2: """Le bilan final doit parvenir au Département au plus tard trois mois après la fin du
    projet.""",
}
AAP_SPELLE = ("Brézonne", "Oudjani", "Tarvanel", "Auvélie", "demarches.brezonne.fr")
# (kind, payload); in text, **…** is bold and {n} a footnote reference
AAP_BODY: list[tuple] = [
    ("center", "DÉPARTEMENT DE LA BRÉZONNE", 14, True),
    ("center", "Direction de l'insertion et des solidarités", 11, False),
    ("center", "Service insertion et économie solidaire", 11, False),
    ("center", "APPEL À PROJETS 2028", 20, True),
    ("center", "« Inclusion et économie de proximité »", 16, True),
    ("center", "Règlement de l'appel à projets", 12, False),
    ("center", f"Date limite de dépôt des dossiers : {jour('2028-03-31')} à 12 h", 12, True),
    ("center", "Version du 10 janvier 2028", 9, False),
    ("pagebreak",),
    ("toc",),
    ("pagebreak",),
    ("h1", 1),
    (
        "p",
        """Le Département de la Brézonne compte 6 840 foyers allocataires du RSA au
     30 septembre 2027 ; 38 % d'entre eux vivent dans une commune de moins de 2 000
     habitants, souvent sans transport en commun.""",
    ),
    (
        "p",
        """Le programme départemental d'insertion (PDI) 2026-2030, adopté le 15 décembre
     2025, fait de la levée des freins périphériques à l'emploi sa première priorité. Le
     présent appel à projets en est l'un des outils.""",
    ),
    (
        "p",
        """Il est doté d'une enveloppe de **420 000 €** pour 2028, dont 120 000 € de crédits
     du FSE+. Il poursuit trois objectifs :""",
    ),
    (
        "ul",
        [
            "faciliter l'accès à l'emploi des allocataires du RSA, en particulier en milieu "
            "rural ;",
            "développer des activités d'utilité sociale créatrices d'emplois non délocalisables ;",
            "encourager la coopération entre structures de l'ESS, entreprises et collectivités.",
        ],
    ),
    ("h1", 2),
    (
        "p",
        """Peuvent répondre à l'appel à projets, s'ils ont leur siège ou un établissement
     dans la Brézonne{1} :""",
    ),
    (
        "ul",
        [
            "les structures d'insertion par l'activité économique conventionnées par l'État "
            "(ACI, EI, AI, ETTI, EITI) ;",
            "les associations loi 1901 employant au moins un salarié ;",
            "les coopératives (SCOP, SCIC, coopératives d'activité et d'emploi) ;",
            "les entreprises agréées ESUS.",
        ],
    ),
    ("p", "Ne sont pas éligibles :"),
    (
        "ul",
        [
            "les collectivités territoriales et leurs établissements publics, dont les CCAS ;",
            "les structures en redressement ou en liquidation judiciaire ;",
            "les projets déjà commencés à la date de dépôt du dossier ;",
            "les structures n'ayant pas justifié l'emploi d'une aide départementale antérieure.",
        ],
    ),
    (
        "p",
        """Un même porteur ne peut déposer qu'un seul dossier. Les candidatures groupées de
     plusieurs structures sont possibles : un chef de file est alors désigné.""",
    ),
    ("h1", 3),
    ("p", "Les projets doivent relever de l'un des trois axes suivants :"),
    (
        "ul",
        [
            "**Axe A – Se déplacer pour travailler** : garages solidaires, location de "
            "véhicules à bas coût, auto-écoles sociales, covoiturage ;",
            "**Axe B – Lever les freins** : garde d'enfants à horaires atypiques, inclusion "
            "numérique, accès aux soins ;",
            "**Axe C – Créer de l'activité en milieu rural** : nouvelles activités "
            "d'insertion dans les communes de moins de 2 000 habitants ou classées France "
            "Ruralités Revitalisation.",
        ],
    ),
    (
        "p",
        """Au moins 50 % des bénéficiaires du projet doivent être allocataires du RSA. Le
     projet dure 12 mois au plus et doit être réalisé entre le 1er juillet 2028 et le
     30 juin 2029.""",
    ),
    ("h1", 4),
    (
        "p",
        """La subvention est comprise entre **5 000 € et 40 000 €** par projet. Elle ne peut
     dépasser 70 % du budget du projet, ou 80 % pour les projets de l'axe C.""",
    ),
    (
        "p",
        """**Dépenses éligibles** : frais de personnel affectés au projet, petit matériel,
     prestations, frais de déplacement et, dans la limite de 15 %, frais de structure.""",
    ),
    (
        "p",
        """**Dépenses non éligibles** : investissements immobiliers, véhicules neufs,
     dépenses engagées avant le dépôt du dossier.""",
    ),
    (
        "p",
        """Versement : 60 % à la notification, puis le solde de 40 % sur présentation du bilan
     final{2}.""",
    ),
    ("h1", 5),
    (
        "p",
        """Les dossiers recevables sont notés sur 100 points par un comité de sélection
     réunissant le Département, la DDETS, France Travail et la CRESS Auvélie.""",
    ),
    ("criteria",),
    (
        "p",
        """Un projet doit obtenir au moins 60 points pour être proposé au financement. Le
     comité peut auditionner les porteurs.""",
    ),
    ("h1", 6),
    ("calendar",),
    ("h1", 7),
    (
        "p",
        """Le dossier est déposé exclusivement sur la plateforme demarches.brezonne.fr. Aucun
     dossier papier ou envoyé par courriel ne sera accepté.""",
    ),
    ("p", "Pièces à joindre :"),
    (
        "ol",
        [
            "formulaire de candidature complété et signé ;",
            "budget prévisionnel du projet ;",
            "statuts et liste des dirigeants ;",
            "derniers comptes approuvés ;",
            "relevé d'identité bancaire ;",
            "attestations de régularité fiscale et sociale ;",
            "pour les SIAE, convention en cours avec l'État.",
        ],
    ),
    ("p", "Tout dossier incomplet à la date limite sera déclaré irrecevable."),
    ("h1", 8),
    ("p", "Les lauréats s'engagent à :"),
    (
        "ul",
        [
            "faire figurer le logo du Département sur leurs supports de communication ;",
            "transmettre un bilan qualitatif et financier ;",
            "participer à la journée des lauréats, en novembre 2028 ;",
            "signaler sans délai toute modification du projet.",
        ],
    ),
    ("h1", 9),
    (
        "p",
        """Les questions peuvent être posées jusqu'au 24 mars 2028 par courriel à
     aap.insertion@brezonne.fr ; les réponses sont publiées dans une foire aux questions sur
     le site du Département.""",
    ),
    (
        "p",
        """**Karim Oudjani**, chef du service insertion et économie solidaire –
     05 36 49 72 10""",
    ),
    (
        "p",
        """**Capucine Ferrand**, chargée de mission économie solidaire – 05 36 49 72 14 –
     c.ferrand@brezonne.fr""",
    ),
    (
        "p",
        """Département de la Brézonne – Hôtel du Département – 1 place de la Préfecture –
     Tarvanel""",
    ),
]

AAP_CSS = """<!--
 /* Font Definitions */
 @font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
@font-face
\t{font-family:"Calibri Light";
\tpanose-1:2 15 3 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:0cm;
\ttext-align:justify;
\tline-height:107%;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
h1
\t{mso-style-link:"Titre 1 Car";
\tmargin-top:12.0pt;
\tmargin-right:0cm;
\tmargin-bottom:6.0pt;
\tmargin-left:21.6pt;
\ttext-indent:-21.6pt;
\tpage-break-after:avoid;
\tfont-size:14.0pt;
\tfont-family:"Calibri Light",sans-serif;
\tcolor:#1F3864;
\tfont-weight:normal;}
p.MsoToc1, li.MsoToc1, div.MsoToc1
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:5.0pt;
\tmargin-left:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
\t{mso-style-link:"Note de bas de page Car";
\tmargin:0cm;
\tfont-size:10.0pt;
\tfont-family:"Calibri",sans-serif;}
span.MsoFootnoteReference
\t{vertical-align:super;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:0cm;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
\t{margin:0cm;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
\t{margin-top:0cm;
\tmargin-right:0cm;
\tmargin-bottom:8.0pt;
\tmargin-left:36.0pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.SpellE
\t{mso-style-name:"";}
.MsoChpDefault
\t{font-family:"Calibri",sans-serif;}
 /* Page Definitions */
 @page WordSection1
\t{size:595.3pt 841.9pt;
\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
\t{page:WordSection1;}
 /* List Definitions */
 ol
\t{margin-bottom:0cm;}
ul
\t{margin-bottom:0cm;}
-->"""

AAP_GAP = (
    "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
)


def aap_runs(text: str) -> str:
    """Word runs: **bold**, {n} footnote references, spelling-flagged proper nouns."""
    out = []
    for part in re.split(r"(\*\*.+?\*\*|\{\d\})", one(text)):
        if not part:
            continue
        if part.startswith("**"):
            bold = escape(part[2:-2].replace("'", "’"), quote=False)
            out.append(f"<b>{aap_spell(bold)}</b>")
        elif re.fullmatch(r"\{\d\}", part):
            n = part[1]
            out.append(
                f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><span '
                f"class=MsoFootnoteReference><span class=MsoFootnoteReference><span "
                f'style=\'font-size:11.0pt;line-height:107%;font-family:"Calibri",'
                f"sans-serif'>[{n}]</span></span></span></a>"
            )
        else:
            out.append(aap_spell(escape(part.replace("'", "’"), quote=False)))
    html = "".join(out)
    return re.sub(r" (?=[:;?!»])", "&nbsp;", html).replace("« ", "«&nbsp;")


def aap_spell(text: str) -> str:
    for w in AAP_SPELLE:
        text = re.sub(
            rf"(?<![\w.>]){re.escape(w)}(?![\w<])", f"<span class=SpellE>{w}</span>", text
        )
    return text


def aap_list(items: list[str], numbered: bool) -> list[str]:
    out = []
    for i, it in enumerate(items):
        pos = "First" if i == 0 else "Last" if i == len(items) - 1 else "Middle"
        mark = f"{i + 1}." if numbered else "<span style='font-family:Symbol'>·"
        close = "" if numbered else "</span>"
        out.append(
            f"<p class=MsoListParagraphCxSp{pos} style='text-indent:-18.0pt'>"
            f"{mark}{AAP_GAP}{close}{aap_runs(it)}</p>"
        )
    return out


def aap_table(head: tuple[str, str], rows: list[tuple[str, str]], total=None) -> str:
    def cell(text: str, w: int, bold: bool, shade: bool) -> str:
        bg = "background:#D9E2F3;" if shade else ""
        t = aap_runs(f"**{text}**" if bold else text)
        return (
            f"  <td width={w} valign=top style='width:{w * 0.75:.2f}pt;border:solid "
            f"windowtext 1.0pt;{bg}padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal "
            f"style='margin-bottom:0cm;text-align:left;line-height:normal'>{t}</p>\n"
            "  </td>\n"
        )

    out = [
        "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
        "style='border-collapse:collapse;border:none'>"
    ]
    out.append(
        " <tr>\n" + cell(head[0], 406, True, True) + cell(head[1], 198, True, True) + " </tr>"
    )
    for a, b in rows:
        out.append(" <tr>\n" + cell(a, 406, False, False) + cell(b, 198, False, False) + " </tr>")
    if total:
        out.append(
            " <tr>\n"
            + cell(total[0], 406, True, False)
            + cell(total[1], 198, True, False)
            + " </tr>"
        )
    out.append("</table>")
    return "\n".join(out)


def aap_wrap(line: str) -> str:
    """Word's filtered HTML wraps its source lines at about 76 characters."""
    if len(line) <= 76:
        return line
    return "\n".join(textwrap.wrap(line, width=76, break_long_words=False, break_on_hyphens=False))


def aap_html() -> str:
    blocks = []
    for el in AAP_BODY:
        kind = el[0]
        if kind == "center":
            _, text, size, bold = el
            inner = f"<span style='font-size:{size:.1f}pt;line-height:107%'>{aap_runs(text)}</span>"
            if bold:
                inner = f"<b>{inner}</b>"
            blocks.append(f"<p class=MsoNormal align=center style='text-align:center'>{inner}</p>")
        elif kind == "pagebreak":
            blocks.append(
                "<span style='font-size:11.0pt;line-height:107%;font-family:"
                "\"Calibri\",sans-serif'><br clear=all style='page-break-before:"
                "always'>\n</span>"
            )
        elif kind == "toc":
            blocks.append(
                "<p class=MsoNormal><b><span style='font-size:14.0pt;line-height:"
                "107%'>Sommaire</span></b></p>"
            )
            for k, t in enumerate(AAP_TOC, 1):
                blocks.append(
                    f'<p class=MsoToc1><span class=MsoHyperlink><a href="#_Toc18742{k:04d}">'
                    f"{k}.<span style='color:windowtext;text-decoration:none'>&nbsp;&nbsp; "
                    f"</span>{aap_runs(t)}<span style='color:windowtext;display:none;"
                    f"text-decoration:none'>. </span><span style='color:windowtext;"
                    f"display:none;text-decoration:none'>{2 + k // 3}</span></a></span></p>"
                )
        elif kind == "h1":
            k = el[1]
            blocks.append(
                f'<h1><a name="_Toc18742{k:04d}">{k}.{AAP_GAP}{aap_runs(AAP_TOC[k - 1])}</a></h1>'
            )
        elif kind == "p":
            blocks.append(f"<p class=MsoNormal>{aap_runs(el[1])}</p>")
        elif kind in ("ul", "ol"):
            blocks.extend(aap_list(el[1], kind == "ol"))
        elif kind == "criteria":
            rows = [(a, f"{b} points") for a, b in AAP_CRITERIA]
            total = sum(b for _, b in AAP_CRITERIA)
            blocks.append(aap_table(("Critère", "Pondération"), rows, ("Total", f"{total} points")))
            blocks.append("<p class=MsoNormal>&nbsp;</p>")
        elif kind == "calendar":
            blocks.append(aap_table(("Étape", "Date"), AAP_CALENDAR))
            blocks.append("<p class=MsoNormal>&nbsp;</p>")
    notes = []
    for n, text in AAP_NOTES.items():
        notes.append(
            f'<div id=ftn{n}>\n\n<p class=MsoFootnoteText><a href="#_ftnref{n}" '
            f'name="_ftn{n}" title=""><span class=MsoFootnoteReference><span '
            f"class=MsoFootnoteReference><span style='font-size:10.0pt;font-family:"
            f'"Calibri",sans-serif\'>[{n}]</span></span></span></a> '
            f"{aap_runs(text)}</p>\n\n</div>"
        )
    body = "\n\n".join(aap_wrap(b) for b in blocks)
    foot = "\n\n".join(aap_wrap(x) for x in notes)
    return (
        '<html>\n\n<head>\n<meta http-equiv=Content-Type content="text/html; '
        'charset=windows-1252">\n<meta name=Generator content="Microsoft Word 15 '
        '(filtered)">\n<title>AAP Inclusion et économie de proximité 2028</title>\n<style>\n'
        f'{AAP_CSS}\n</style>\n\n</head>\n\n<body lang=FR link="#0563C1" vlink="#954F72" '
        "style='word-wrap:break-word'>\n\n<div class=WordSection1>\n\n"
        f'{body}\n\n</div>\n\n<div><br clear=all>\n\n<hr align=left size=1 width="33%">\n\n'
        f"{foot}\n\n</div>\n\n</body>\n\n</html>\n"
    )


def build_aap() -> None:
    text = aap_html().replace("\n", "\r\n")
    (CORPUS / AAP).write_bytes(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 6. Thunderbird e-mail thread saved as .eml: plain text, 8bit, CRLF, replies quoted with
#    « > » up to four levels, an interleaved answer, a forwarded notice, « -- » signatures,
#    a vCard attachment
# ---------------------------------------------------------------------------

EML_SUBJECT = "Re: Re: Tr: Marché réservé berges de la Sorgelle – on répond ensemble ?"
EML_BOUNDARY = "------------a7Kc2Qm9R4tVx1Lb8Hn3Zp0W"
EML_IDS = [
    "b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d@brezonne-sorgelle.fr",
    "e8d7c6b5-a4f3-4e2d-9c1b-0a9f8e7d6c5b@sentiersvifs.org",
    "4c3b2a19-0f8e-4d7c-b6a5-948372615abc@horizons-paysage.fr",
    "9a8b7c6d-5e4f-4321-8fed-cba987654321@brezonne-sorgelle.fr",
    "7c1e4b2a-93f0-4d8e-b615-2a7f0c9d8e41@levain-dla.fr",
]
EML_PEOPLE = {
    "MR": ("Maëlys Rivoalen", "m.rivoalen@brezonne-sorgelle.fr"),
    "JA": ("Julien Arribat", "direction@sentiersvifs.org"),
    "AT": ("Aurélie Tessier", "a.tessier@horizons-paysage.fr"),
    "RA": ("Mathieu Rascol", "m.rascol@levain-dla.fr"),
}
EML_SIGS = {
    "MR": [
        "Maëlys Rivoalen",
        "Chargée de mission ESS et emploi",
        "Communauté de communes Brézonne-Sorgelle",
        "Hôtel communautaire – 2 allée des Platanes – Saint-Ferjac",
        "05 36 49 40 18",
    ],
    "JA": [
        "Julien Arribat",
        "Directeur – Sentiers Vifs (atelier chantier d'insertion)",
        "4 chemin des Teinturiers – Escoubiac",
        "06 39 98 14 72",
    ],
    "AT": [
        "Aurélie Tessier",
        "Gérante – Horizons Paysage, entreprise d'insertion",
        "ZA du Moulin – Cabrejou",
        "05 36 49 88 03",
    ],
    "RA": [
        "Mathieu Rascol",
        "Chargé de mission DLA – Levain",
        "Dispositif local d'accompagnement de la Brézonne",
        "05 36 49 83 40 – m.rascol@levain-dla.fr",
    ],
}
EML_AVIS = [
    "Objet : entretien des berges de la Sorgelle et de ses affluents.",
    "Procédure adaptée – marché réservé aux SIAE (article L. 2113-13 du code",
    "de la commande publique).",
    "Lot 1 : secteur amont, de Vielmoulin à Roudanès (14 km).",
    "Lot 2 : secteur aval, de Roudanès à Saint-Ferjac (11 km).",
    "Durée : 3 ans à compter du 1er juillet 2028.",
    f"Visite de site obligatoire : {jour('2028-04-04')} à 9 h,",
    "rendez-vous au pont de Roudanès.",
    "Critères : prix 40 %, valeur technique 40 %, insertion professionnelle 20 %.",
    f"Date limite de remise des offres : {jour('2028-04-14')} à 12 h.",
    "Dossier de consultation : marches.brezonne-sorgelle.fr, référence MAPA 2028-07.",
]
# (auteur, date d'envoi, heure, décalage, paragraphes)
EML_M1 = (
    "MR",
    "2028-03-20",
    "10:05",
    """
Bonjour Julien, bonjour Aurélie,

Comme annoncé au conseil communautaire du 14 mars, la consultation pour l'entretien des
berges est en ligne depuis ce matin. Je vous transfère l'avis ci-dessous.

Je ne peux pas vous aider à rédiger vos offres (égalité de traitement oblige), mais Mathieu,
de Levain, peut vous accompagner dans le cadre du DLA : je le mets en copie.

Belle journée,
Maëlys""",
)
EML_M2_PARTS = [
    """Salut Aurélie,""",
    """On y va ensemble ? Seuls, ni toi ni moi n'avons les équipes pour les deux lots.""",
    """Je propose un groupement momentané : Sentiers Vifs mandataire, le lot 1 (amont) pour
    nous et le lot 2 (aval) pour Horizons Paysage.""",
    """De notre côté : 12 salariés en parcours, dont 8 formés à l'abattage et au
    débroussaillage, et deux encadrants techniques. On a déjà entretenu les berges de la
    Brézonne pour le syndicat de rivière en 2026.""",
    """Dis-moi si ça te va.
    Julien""",
]
EML_M3_ANSWERS = [
    None,
    """Oui, clairement. On a 9 salariés en insertion cette année, pas plus.""",
    """OK pour que vous soyez mandataires. Le lot 2 nous va : on a le broyeur et la barque à
    fond plat, indispensable sur l'aval.""",
    """Question : qui fait le chiffrage ? On ne sait pas bien compter les heures
    d'insertion.""",
    None,
]
EML_M4 = (
    "MR",
    "2028-03-24",
    "17:05",
    """
Bonjour à tous,

Pour information, un avis rectificatif a été publié ce matin : la date limite de remise des
offres est repoussée au vendredi 21 avril 2028 à 12 h. La visite de site du 4 avril est
maintenue.

Et pour répondre à la question d'Aurélie : les groupements momentanés d'entreprises sont
autorisés, sans forme imposée (conjoint ou solidaire). Chaque membre doit être une SIAE
conventionnée.

Maëlys""",
)
EML_M5 = (
    "RA",
    "2028-03-27",
    "16:20",
    """
Bonjour à tous,

Suite à notre réunion de ce matin à Escoubiac, je récapitule :
- groupement conjoint, Sentiers Vifs mandataire
- lot 1 (amont) pour Sentiers Vifs, lot 2 (aval) pour Horizons Paysage
- Levain vous accompagne dans le cadre du DLA : 3 jours de conseil sur le
  chiffrage et le mémoire technique, pris en charge à 100 %
- prix cible : environ 60 000 € HT par an pour les deux lots (à affiner)
- au moins 3 200 heures d'insertion par an, à répartir entre les deux
  structures

Prochain point : mardi 4 avril, juste après la visite de site, au Comptoir
de Roudanès.

Bonne semaine,
Mathieu""",
)


def eml_wrap(text: str) -> list[str]:
    """Paragraphs wrapped at 72 columns as a mail client does; list items (« - ») wrapped
    with a hanging indent; blocks of short lines (greetings, sign-offs) kept as typed."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip("\n")):
        lines = [x.strip() for x in block.strip().split("\n")]
        if any(x.startswith("- ") for x in lines):
            items: list[str] = []
            for x in lines:
                if x.startswith("- ") or not items:
                    items.append(x)
                else:
                    items[-1] += " " + x
            for it in items:
                out += textwrap.wrap(
                    it,
                    width=72,
                    subsequent_indent="  " if it.startswith("- ") else "",
                    break_on_hyphens=False,
                )
        elif len(lines) > 1 and max(len(x) for x in lines) < 40:
            out += lines
        else:
            out += textwrap.wrap(" ".join(lines), width=72, break_on_hyphens=False)
        out.append("")
    return out[:-1]


def eml_sig(who: str) -> list[str]:
    return ["", "-- ", *EML_SIGS[who]]


def eml_quote(lines: list[str]) -> list[str]:
    return [">" if not x else "> " + x for x in lines]


def eml_attrib(iso: str, hour: str, who: str) -> str:
    return f"Le {dmy(iso)} à {hour}, {EML_PEOPLE[who][0]} a écrit :"


def eml_thread() -> list[str]:
    m1 = (
        eml_wrap(EML_M1[3])
        + eml_sig("MR")
        + [
            "",
            "",
            "-------- Message transféré --------",
            "Sujet : \tAvis de publicité – MAPA 2028-07 – Entretien des berges",
            "Date : \tMon, 20 Mar 2028 08:12:44 +0100",
            "De : \tService commande publique <marches@brezonne-sorgelle.fr>",
            "Pour : \tMaëlys Rivoalen <m.rivoalen@brezonne-sorgelle.fr>",
            "",
            *EML_AVIS,
        ]
    )
    m2_paras = [eml_wrap(p) for p in EML_M2_PARTS]
    m2 = [x for k, p in enumerate(m2_paras) for x in ([*p, ""] if k < len(m2_paras) - 1 else p)]
    m2 += [*eml_sig("JA"), "", eml_attrib(EML_M1[1], EML_M1[2], "MR"), *eml_quote(m1)]
    # Aurélie answers between the quoted paragraphs and keeps the rest of the quote
    m3 = [
        "Bonjour Julien,",
        "",
        "Réponses dans le texte.",
        "",
        eml_attrib("2028-03-21", "18:47", "JA"),
    ]
    for k, para in enumerate(m2_paras):
        m3 += eml_quote(para)
        if EML_M3_ANSWERS[k]:
            m3 += ["", *eml_wrap(EML_M3_ANSWERS[k]), ""]
        else:
            m3 += [">"]
    when = jour("2028-03-27", year=False)
    m3 += [*eml_wrap(f"On peut se voir {when} à 10 h chez vous, à Escoubiac ?"), "", "Aurélie"]
    m3 += eml_sig("AT")
    m3 += [
        "",
        *eml_quote(eml_sig("JA")[1:]),
        ">",
        *eml_quote([eml_attrib(EML_M1[1], EML_M1[2], "MR"), *eml_quote(m1)]),
    ]
    m4 = [*eml_wrap(EML_M4[3]), *eml_sig("MR"), "", eml_attrib("2028-03-22", "08:31", "AT")]
    m4 += eml_quote(m3)
    m5 = [*eml_wrap(EML_M5[3]), *eml_sig("RA"), "", eml_attrib(EML_M4[1], EML_M4[2], "MR")]
    m5 += eml_quote(m4)
    return m5


def qword(text: str) -> str:
    """RFC 2047 Q-encoded UTF-8 words, folded, as Thunderbird writes them."""
    if text.isascii():
        return text
    words, cur = [], ""
    for ch in text:
        enc = "".join(
            c
            if re.fullmatch(r"[A-Za-z0-9!*+\-/]", c)
            else "_"
            if c == " "
            else "".join(f"={b:02X}" for b in c.encode("utf-8"))
            for c in ch
        )
        if len(cur) + len(enc) > 60:
            words.append(cur)
            cur = ""
        cur += enc
    words.append(cur)
    return "\r\n ".join(f"=?UTF-8?Q?{w}?=" for w in words)


def eml_addr(key: str) -> str:
    name, mail = EML_PEOPLE[key]
    return f"{qword(name)} <{mail}>"


def eml_vcard() -> str:
    return "\r\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:4.0",
            "N:Rascol;Mathieu;;;",
            "FN:Mathieu Rascol",
            "ORG:Levain;Dispositif local d'accompagnement",
            "TITLE:Chargé de mission DLA",
            "TEL;TYPE=work,voice;VALUE=TEXT:05 36 49 83 40",
            "EMAIL;PREF=1:m.rascol@levain-dla.fr",
            "ADR;TYPE=work:;;12 rue des Tanneurs;Tarvanel;;;France",
            "END:VCARD",
            "",
        ]
    )


def eml_bytes() -> bytes:
    refs = "\r\n ".join(f"<{x}>" for x in EML_IDS[:4])
    headers = [
        f"Message-ID: <{EML_IDS[4]}>",
        "Date: Mon, 27 Mar 2028 16:20:37 +0200",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        f"Subject: {qword(EML_SUBJECT)}",
        "Content-Language: fr",
        f"To: {eml_addr('JA')}, {eml_addr('AT')}",
        f"Cc: {eml_addr('MR')}",
        f"References: {refs}",
        f"From: {eml_addr('RA')}",
        f"In-Reply-To: <{EML_IDS[3]}>",
        f'Content-Type: multipart/mixed; boundary="{EML_BOUNDARY}"',
    ]
    body = "\r\n".join(eml_thread()) + "\r\n"
    vcard = base64.encodebytes(eml_vcard().encode("utf-8")).decode("ascii")
    out = "\r\n".join(headers) + "\r\n\r\nThis is a multi-part message in MIME format.\r\n"
    out += (
        f"--{EML_BOUNDARY}\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n" + body + "\r\n"
    )
    out += (
        f"--{EML_BOUNDARY}\r\nContent-Type: text/vcard; charset=UTF-8;\r\n"
        ' name="mathieu_rascol.vcf"\r\nContent-Disposition: attachment;\r\n'
        ' filename="mathieu_rascol.vcf"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + vcard.replace("\n", "\r\n")
        + "\r\n"
    )
    out += f"--{EML_BOUNDARY}--\r\n"
    return out.encode("utf-8")


def eml_text(data: bytes) -> str:
    """Decoded headers, text part and vCard, as a reader of the mail sees them."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date"))
    parts = [p.get_content().replace("\r\n", "\n") for p in msg.iter_parts()]
    return head + "\n\n" + "\n\n".join(parts)


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())


# ---------------------------------------------------------------------------
# 7. Notion page exported as Markdown (property lines, <aside> callouts with emoji,
#    toggles as indented lists, to-do boxes, @mentions, links to a database CSV)
# ---------------------------------------------------------------------------

NOT_DB = (
    "Accueil%20des%20nouveaux%20r%C3%A9sidents%205c2e8a17f03b4d96a1e4b7c9d2f08e61/"
    "Planning%20des%20permanences%20e91d04c7b2a84f63a5d0c8b1e7f29a46.csv"
)
NOT_SUB = "R%C3%A8glement%20int%C3%A9rieur%202028%20a03f6e1d9c2b4875b4e0f1a2c3d5e7f9.md"


def not_text() -> str:
    ag = jour("2028-06-17")
    text = f"""# Accueil des nouveaux résidents

Propriétaire: Romane Delpuech
Dernière modification: 4 avril 2028 17:32
Étiquettes: accueil, règlement, tarifs
Statut: À jour

<aside>
👋 Bienvenue à La Filature ! Cette page rassemble tout ce qu’il faut savoir pour
¦t’installer. En cas de doute, passe au bureau d’accueil (rez-de-chaussée, à gauche de
¦l’entrée).

</aside>

## La Filature en bref

La Filature est un tiers-lieu associatif installé depuis 2019 dans l’ancienne filature de
¦laine de Vielmoulin, au bord de la Sorgelle. Le bâtiment fait 1 450 m² sur trois niveaux.

- 38 résidents : 21 salariés de 11 structures et 17 indépendants
- association loi 1901 présidée par Bernard Castagné
- coordination : @Romane Delpuech ; fablab Bobine : @Tom Azéma
- le PTCE Archipel Brézonne a son siège ici (bureau 7, 1er étage)

## Horaires et accès

| Espace | Horaires |
| --- | --- |
| Bâtiment (résidents, avec badge) | tous les jours, 7 h – 22 h |
| Accueil du public | du mardi au samedi, 9 h – 18 h |
| Café Le Fuseau | du mercredi au samedi, 11 h 30 – 18 h |
| Fablab Bobine (ouvert à tous) | mercredi et samedi, 14 h – 19 h |
| Fablab Bobine (résidents) | jeudi, 18 h – 21 h |

La gare de Vielmoulin (ligne Tarvanel – Saint-Ferjac) est à 400 m. Parking de 20 places
¦dans la cour, abri à vélos de 24 places.

## Tarifs 2028

| Espace | Résident | Extérieur |
| --- | --- | --- |
| Bureau fermé (12 m²) | 210 € / mois | – |
| Poste fixe en open space | 140 € / mois | – |
| Poste nomade | 12 € / jour | 15 € / jour |
| Salle Cardage (40 personnes) | 60 € / demi-journée | 110 € / demi-journée |
| Salle Écheveau (12 personnes) | gratuite | 45 € / demi-journée |
| Cuisine partagée | 8 € / heure | 15 € / heure |

<aside>
⚠️ Depuis le 1er avril 2028, la salle Cardage passe de 90 € à 110 € la demi-journée pour
¦les extérieurs (décision du CA du 14 mars 2028). Le tarif résident ne change pas.

</aside>

## Ton arrivée, étape par étape

- [x]  Signer la convention d’occupation (3 mois, renouvelable)
- [ ]  Verser le dépôt de garantie (un mois de loyer)
- [ ]  Adhérer à l’association : 20 € par an pour un indépendant, 60 € pour une structure
- [ ]  Récupérer ton badge à l’accueil (caution de 15 €)
- [ ]  T’inscrire au planning des permanences

## Règles de vie

- Ménage

    Chaque résident assure une permanence ménage de 2 heures par mois, selon le planning. Le
¦ménage des bureaux fermés est à la charge de leurs occupants.

- Déchets

    Tri en cinq flux (verre, papier, emballages, biodéchets, ordures ménagères). Le composteur
¦est au fond de la cour ; le fablab garde ses chutes pour l’atelier de réemploi.

- Appels et visio

    Deux cabines téléphoniques sont au 1er étage. Pas d’appel en open space après 10 minutes :
¦on sort ou on file en cabine.

- Animaux

    Les chiens sont acceptés au rez-de-chaussée, en laisse, mais jamais dans le fablab ni dans
¦la cuisine.

Le détail est dans le [Règlement intérieur 2028]({NOT_SUB}).

## Gouvernance

Tous les résidents sont membres de l’association. Le conseil d’administration compte 9
¦membres, dont 3 résidents élus pour deux ans. Le conseil des résidents se réunit le
¦premier lundi de chaque mois à 12 h 30, autour d’un repas partagé.

La prochaine assemblée générale aura lieu le {ag} à 10 h, dans la salle Cardage.

## Planning des permanences

[Planning des permanences]({NOT_DB})

## Contacts utiles

- Accueil : accueil@lafilature-vielmoulin.fr – 05 36 49 57 02
- @Romane Delpuech (coordination) : 06 39 98 21 64
- @Tom Azéma (fablab) : fablab@lafilature-vielmoulin.fr
- Astreinte bâtiment (soirs et week-ends) : 06 39 98 70 45
- Wifi : réseau « Filature-Residents », mot de passe affiché à l’accueil

## Historique des mises à jour

- 4 avril 2028

    Nouveau tarif de la salle Cardage pour les extérieurs ; ajout du créneau du jeudi soir au
¦fablab.

- 9 janvier 2028

    Tarifs 2028 ; le poste nomade passe de 10 € à 12 € par jour pour les résidents.

- 2 octobre 2027

    Création de la page.
"""
    return text.replace("\n¦", " ")


def build_not() -> None:
    (CORPUS / NOT).write_text(not_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 8. Open-data extract (CSV saved as .txt): UTF-8 with BOM, CRLF, « ; » separator, quoted
#    fields holding « ; », doubled quotes and a line break, decimal commas, empty cells
# ---------------------------------------------------------------------------

CSV_COLS = [
    "siret",
    "nom",
    "forme_juridique",
    "famille_ess",
    "agrement_esus",
    "type_siae",
    "commune",
    "epci",
    "adresse",
    "tranche_effectif",
    "etp_insertion",
    "date_creation",
    "adherent_cress",
    "site_web",
]
CCBS_S = "CC Brézonne-Sorgelle"
TARV = "CA Tarvanel Agglomération"
# (nom, forme, famille, esus, siae, commune, epci, adresse, effectif, etp, création, cress, web)
CSV_ROWS = [
    (
        "La Trouvaille",
        "Association loi 1901",
        "Association",
        "oui",
        "ACI",
        "Coulandre",
        CCBS_S,
        "ZA des Garennes; bâtiment B",
        "20 à 49 salariés",
        "19,6",
        "2017-05-23",
        "oui",
        "latrouvaille-coulandre.fr",
    ),
    (
        "Sentiers Vifs",
        "Association loi 1901",
        "Association",
        "oui",
        "ACI",
        "Escoubiac",
        CCBS_S,
        "4 chemin des Teinturiers",
        "20 à 49 salariés",
        "9,8",
        "2009-03-02",
        "oui",
        "sentiersvifs.org",
    ),
    (
        "Horizons Paysage",
        "SARL",
        "Société commerciale de l'ESS",
        "oui",
        "EI",
        "Cabrejou",
        CCBS_S,
        "ZA du Moulin",
        "10 à 19 salariés",
        "6,5",
        "2015-09-14",
        "non",
        "horizons-paysage.fr",
    ),
    (
        "Roulons Ensemble",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Bramevieille",
        CCBS_S,
        "2 rue de la Gare",
        "6 à 9 salariés",
        "",
        "2016-11-07",
        "oui",
        "",
    ),
    (
        "Épicerie solidaire La Cagette",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Ostrac",
        CCBS_S,
        "12 rue des Remparts",
        "1 ou 2 salariés",
        "",
        "2012-02-20",
        "non",
        "",
    ),
    (
        "Pressoir de la Sorgelle",
        "SCIC SAS",
        "Coopérative",
        "oui",
        "",
        "Ostrac",
        CCBS_S,
        "route des Vergers",
        "6 à 9 salariés",
        "",
        "2024-04-15",
        "oui",
        "pressoir-sorgelle.coop",
    ),
    (
        "Charpentes Ferjacoises",
        "SCOP SA",
        "Coopérative",
        "non",
        "",
        "Saint-Ferjac",
        CCBS_S,
        "18 avenue de la Gare",
        "20 à 49 salariés",
        "",
        "1994-10-03",
        "oui",
        "charpentes-ferjacoises.fr",
    ),
    (
        "La Filature",
        "Association loi 1901",
        "Association",
        "oui",
        "",
        "Vielmoulin",
        CCBS_S,
        "3 quai des Fileuses",
        "6 à 9 salariés",
        "",
        "2018-09-12",
        "oui",
        "lafilature-vielmoulin.fr",
    ),
    (
        "Archipel Brézonne",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Vielmoulin",
        CCBS_S,
        "La Filature\n3 quai des Fileuses",
        "3 à 5 salariés",
        "",
        "2021-02-08",
        "oui",
        "archipel-brezonne.org",
    ),
    (
        "GE Archipel",
        "Association loi 1901 (groupement d'employeurs)",
        "Association",
        "non",
        "",
        "Vielmoulin",
        CCBS_S,
        "3 quai des Fileuses",
        "6 à 9 salariés",
        "",
        "2022-09-01",
        "non",
        "",
    ),
    (
        "La Marmite",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Ostrac",
        CCBS_S,
        "5 rue des Remparts",
        "1 ou 2 salariés",
        "",
        "2023-03-01",
        "non",
        "",
    ),
    (
        "Levain",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Tarvanel",
        TARV,
        "12 rue des Tanneurs",
        "6 à 9 salariés",
        "",
        "2005-06-30",
        "oui",
        "levain-dla.fr",
    ),
    (
        "Comptoir de Roudanès",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Roudanès",
        CCBS_S,
        "place de l'Église",
        "1 ou 2 salariés",
        "",
        "2020-07-01",
        "non",
        "",
    ),
    (
        "Imprimerie Vergé",
        "SCOP SARL",
        "Coopérative",
        "non",
        "",
        "Tarvanel",
        TARV,
        "40 rue de l'Industrie",
        "10 à 19 salariés",
        "",
        "1988-03-15",
        "oui",
        "imprimerie-verge.fr",
    ),
    (
        "Relais Sorgelle",
        "Association loi 1901",
        "Association",
        "oui",
        "AI",
        "Saint-Ferjac",
        CCBS_S,
        "9 rue du Pont-Vieux",
        "3 à 5 salariés",
        "11,4",
        "1996-01-10",
        "oui",
        "",
    ),
    (
        "Élan Brézonne",
        "SAS",
        "Société commerciale de l'ESS",
        "oui",
        "ETTI",
        "Tarvanel",
        TARV,
        "27 boulevard Carnot",
        "3 à 5 salariés",
        "8,2",
        "2011-05-02",
        "non",
        "elan-brezonne.fr",
    ),
    (
        "Lavandière Brézonne",
        "SAS",
        "Société commerciale de l'ESS",
        "oui",
        "EI",
        "Mazerand",
        CCBS_S,
        "ZA de la Croix; lot 4",
        "10 à 19 salariés",
        "7,0",
        "2013-10-21",
        "oui",
        "",
    ),
    (
        "Coop'Alliage",
        "SCOP SA (coopérative d'activité et d'emploi)",
        "Coopérative",
        "non",
        "",
        "Tarvanel",
        TARV,
        "40 rue de l'Industrie",
        "10 à 19 salariés",
        "",
        "2010-01-18",
        "oui",
        "coopalliage.coop",
    ),
    (
        "Mutuelle familiale de la Brézonne",
        "Mutuelle (livre II)",
        "Mutuelle",
        "non",
        "",
        "Tarvanel",
        TARV,
        "6 place de la Préfecture",
        "50 à 99 salariés",
        "",
        "1947-11-05",
        "oui",
        "mfbrezonne.fr",
    ),
    (
        "Fondation Castelmary",
        "Fondation reconnue d'utilité publique",
        "Fondation",
        "non",
        "",
        "Pierrelaure",
        CCBS_S,
        "château de Castelmary",
        "100 à 199 salariés",
        "",
        "1962-06-28",
        "oui",
        "fondation-castelmary.org",
    ),
    (
        "CUMA des Coteaux de Montelhac",
        "CUMA",
        "Coopérative",
        "non",
        "",
        "Montelhac",
        CCBS_S,
        "lieu-dit Les Coteaux",
        "1 ou 2 salariés",
        "",
        "1978-02-14",
        "non",
        "",
    ),
    (
        "Crèche parentale Les Lutins",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Lauzeral",
        CCBS_S,
        "2 impasse des Écoles",
        "6 à 9 salariés",
        "",
        "2003-09-01",
        "non",
        "",
    ),
    (
        "Aide à domicile Brézonne-Sorgelle",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Saint-Ferjac",
        CCBS_S,
        "11 allée des Platanes",
        "50 à 99 salariés",
        "",
        "1982-04-19",
        "oui",
        "",
    ),
    (
        "Radio Galets",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Coulandre",
        CCBS_S,
        "1 rue du Stade",
        "3 à 5 salariés",
        "",
        "1984-10-12",
        "non",
        "radiogalets.fr",
    ),
    (
        'Compagnie "Les Pieds Nus"',
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Vielmoulin",
        CCBS_S,
        "3 quai des Fileuses",
        "1 ou 2 salariés",
        "",
        "2008-05-06",
        "non",
        "",
    ),
    (
        "Union sportive ferjacoise",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Saint-Ferjac",
        CCBS_S,
        "stade municipal",
        "3 à 5 salariés",
        "",
        "1921-08-30",
        "non",
        "",
    ),
    (
        "Énergies citoyennes de la Sorgelle",
        "SCIC SAS",
        "Coopérative",
        "oui",
        "",
        "Roudanès",
        CCBS_S,
        "mairie; 1 place de l'Église",
        "1 ou 2 salariés",
        "",
        "2022-06-20",
        "oui",
        "energies-sorgelle.coop",
    ),
    (
        "Maison familiale rurale de Cabrejou",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Cabrejou",
        CCBS_S,
        "route de Montelhac",
        "20 à 49 salariés",
        "",
        "1968-09-09",
        "oui",
        "mfr-cabrejou.fr",
    ),
    (
        "Atelier vélo Dérailleur",
        "Association loi 1901",
        "Association",
        "non",
        "",
        "Saint-Ferjac",
        CCBS_S,
        "14 rue du Pont-Vieux",
        "1 ou 2 salariés",
        "",
        "2019-03-25",
        "non",
        "",
    ),
    (
        "Méandre études",
        "SCOP SARL",
        "Coopérative",
        "non",
        "",
        "Tarvanel",
        TARV,
        "8 rue des Tanneurs",
        "6 à 9 salariés",
        "",
        "2014-12-01",
        "oui",
        "meandre-etudes.coop",
    ),
]


def csv_siret(k: int) -> str:
    """A fictional SIRET with a valid Luhn key, the same on every run."""
    rng = random.Random(4000 + k)
    while True:
        siren = "".join(str(rng.randrange(10)) for _ in range(9))
        digits = f"{siren}00{rng.randrange(10, 99)}"
        total = 0
        for i, ch in enumerate(reversed(digits + "0")):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        key = (10 - total % 10) % 10
        siret = digits + str(key)
        if siret[0] != "0":
            return siret


def csv_field(v: str) -> str:
    if any(c in v for c in ';"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_text() -> str:
    rows = [";".join(CSV_COLS)]
    for k, r in enumerate(CSV_ROWS):
        rows.append(";".join(csv_field(v) for v in (csv_siret(k), *r)))
    return "\ufeff" + "\r\n".join(rows) + "\r\n"


def build_csv() -> None:
    (CORPUS / CSV).write_bytes(csv_text().encode("utf-8"))


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
TAGS = (
    "table",
    "compare",
    "en",
    "follow",
    "staff",
    "box",
    "note",
    "faq",
    "conflict",
    "comment",
    "quoted",
    "typo",
    "slide",
)
WHY = ("year", "place", "person", "detail", "topic")
HEAD_RE = re.compile(
    r"\+?(U|[RPDWAENC]+) (figure|people|date|list|definition|yesno|other|"
    r"year|place|person|detail|topic)\b"
)


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
        if not HEAD_RE.match(head):
            raise ValueError(f"bad header: {head!r}")
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
            elif HEAD_RE.match(line):
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
    """Matching form: soft hyphens and BOM dropped, whitespace (NBSP and narrow NBSP too)
    collapsed, no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "").replace("\ufeff", "")
    if unify_apostrophes:
        text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


BLOCK_END = re.compile(
    r"</(p|li|tr|th|td|h1|h2|h3|h4|dt|dd|caption|div|section|ul|ol|nav|footer|header|table|"
    r"summary|details|figcaption|blockquote|cite|aside|form|label|button)>"
    r"|<br[^>]*>|<hr[^>]*>",
    re.I,
)


def html_text(name: str) -> str:
    """Visible text of a saved page as a browser lays it out (scripts, styles and head
    dropped; inline runs joined without a separator); block ends become ¶."""
    data = (CORPUS / name).read_bytes()
    raw = data.decode("cp1252" if name == AAP else "utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    return re.sub(r"\s*\n\s*", " ", soup.get_text(""))


def units(text: str) -> list[str]:
    """Sentences, list items, table rows, paragraphs and lines: the units of a together check."""
    parts = re.split(r"¶|\n|(?<=[.;!?])\s+", text)
    return [norm(p) for p in parts if p and p.strip()]


def line_units(text: str) -> list[str]:
    """Lines (¶-separated blocks for HTML) as a reader sees them: a fact must sit in one."""
    return [norm(p) for p in re.split(r"¶|\n", text) if p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {
            n: [p.extract_text() or "" for p in PdfReader(CORPUS / n).pages] for n in PDFS
        }
        self.full = {n: "\n".join(self.pages[n]) for n in PDFS}
        for n in HTMLS:
            self.full[n] = html_text(n)
        for n in TEXTS:
            self.full[n] = (CORPUS / n).read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        self.full[EML] = eml_text((CORPUS / EML).read_bytes())
        self.norm_full = {k: norm(v.replace("¶", " ")) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.page_lines = {k: [line_units(p) for p in v] for k, v in self.pages.items()}
        self.lines = {k: line_units(v) for k, v in self.full.items()}
        self.units = {k: units(v) for k, v in self.full.items()}

    def answer_texts(self, name: str, pages: list[int], unify: bool = True) -> list[str]:
        if name in PDFS:
            return [" ".join(norm(self.pages[name][p - 1], unify) for p in pages)]
        return [norm(self.full[name].replace("¶", " "), unify)]

    def in_one_line(self, name: str, pages: list[int], fact: str) -> bool:
        f = norm(fact)
        if name in PDFS:
            return any(f in ln for p in pages for ln in self.page_lines[name][p - 1])
        return any(f in ln for ln in self.lines[name])

    def on_page(self, name: str, page: int, fact: str) -> bool:
        return norm(fact) in self.norm_pages[name][page - 1]


def run_check(c: Check, corpus: Corpus) -> str | None:
    for name in DOCS:
        if c.kind == "absent":
            m = re.search(c.regexes[0], corpus.norm_full[name], re.I)
            if m:
                t = corpus.norm_full[name][max(0, m.start() - 60) : m.end() + 60]
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
    facts = [
        f
        for f in q.facts
        if len(q.sources) == 1 or any(corpus.on_page(name, p, f) for p in range(1, n + 1))
    ]
    per_fact = {f: [p for p in allowed if corpus.on_page(name, p, f)] for f in facts}
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
    + MOIS_RE
    + r")(?: (20\d\d))?",
    re.I,
)


def check_weekdays(corpus: Corpus, problems: list[str]) -> None:
    """Every « weekday day month [year] » names the right weekday (2028 when no year)."""
    seen = 0
    for t in corpus.full.values():
        for m in WEEKDAY_RE.finditer(plain(re.sub(r"[ \t]+", " ", t))):
            day = 1 if m.group(2) == "1er" else int(m.group(2))
            d = date(int(m.group(4) or 2028), MOIS_FR.index(m.group(3).lower()) + 1, day)
            seen += 1
            if JOURS[d.weekday()] != m.group(1).lower():
                problems.append(f"weekday: {m.group(0)!r} is a {JOURS[d.weekday()]}")
    if seen < 10:
        problems.append(f"weekday: only {seen} dated weekdays found")


def check_pdfs(corpus: Corpus, problems: list[str]) -> None:
    want = {RAP: (4, 6, (595, 842)), PVC: (4, 7, (595, 842)), DIA: (14, 14, (960, 540))}
    for name in PDFS:
        reader = PdfReader(CORPUS / name)
        lo, hi, size = want[name]
        if not lo <= len(reader.pages) <= hi:
            problems.append(f"{name}: {len(reader.pages)} pages")
        meta = reader.metadata or {}
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
            if not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if meta.get("/ModDate") != meta.get("/CreationDate"):
            problems.append(f"{name}: creation and modification dates differ")
        for i, p in enumerate(reader.pages, 1):
            if (round(float(p.mediabox.width)), round(float(p.mediabox.height))) != size:
                problems.append(f"{name}: page {i} has the wrong size")
    pages = corpus.pages
    # report: cover without header, running header with the section, outer page numbers
    for i, p in enumerate(pages[RAP], 1):
        first = p.split("\n", 1)[0]
        if i == 1 and RAP_HEAD_L in p:
            problems.append(f"{RAP}: running header on the cover")
        if i > 1 and not (first.startswith(RAP_HEAD_L) and len(first) > len(RAP_HEAD_L) + 3):
            problems.append(f"{RAP}: page {i} lacks the running header with its section")
        if i > 1 and not re.search(
            rf"(^|\n)({i} cress-auvelie\.org|cress-auvelie\.org {i})$", p.strip()
        ):
            problems.append(f"{RAP}: page {i} lacks its page number")
    heads = {p.split("\n", 1)[0][len(RAP_HEAD_L) :].strip() for p in pages[RAP][1:]}
    if len(heads) < 3:
        problems.append(f"{RAP}: the running header does not follow the sections ({heads})")
    text = plain(corpus.full[RAP])
    for needle in (
        "Famille",
        "Établissements Salariés",
        "2026 2027 2026 2027",
        f"Total ESS {sp(sum(r[1] for r in RAP_FAM))} {sp(RAP_ETAB)}",
        "Chiffres clés 2027",
        "Tableau 2",
        "Tableau 3",
    ):
        if needle not in text:
            problems.append(f"{RAP}: {needle!r} missing (merged header, sidebar or tables)")
    if sum(r[2] for r in RAP_DEP) != RAP_SAL or sum(r[1] for r in RAP_DEP) != RAP_ETAB:
        problems.append(f"{RAP}: the département table does not add up to the region")
    # minutes: page n / N, one stamp and one vote line per délibération, counts add up
    n = len(pages[PVC])
    for i, p in enumerate(pages[PVC], 1):
        if f"Page {i} / {n}" not in p:
            problems.append(f"{PVC}: « Page {i} / {n} » missing")
    text = plain(corpus.full[PVC])
    if text.count("Accusé de réception") != len(PVC_DELIBS) or len(
        re.findall(r"Votants : \d+ – Pour : \d+", text)
    ) != len(PVC_DELIBS):
        problems.append(f"{PVC}: stamps or vote lines missing")
    for num, *_rest, vote, _note in PVC_DELIBS:
        if vote[1] + vote[2] + vote[3] != vote[0] or f"DEL{num.replace('-', '_')}" not in text:
            problems.append(f"{PVC}: délibération {num} votes do not add up or stamp missing")
    if len(PVC_ALL) != len(PVC_PRESENTS) + len(PVC_POUVOIRS) + len(PVC_ABSENTS):
        problems.append(f"{PVC}: attendance does not add up")
    # slides: one per page, numbered from 2, budget adds up
    for i, p in enumerate(pages[DIA], 1):
        if i > 1 and not p.rstrip().endswith(f"{DIA_FOOT} {i}"):
            problems.append(f"{DIA}: slide {i} lacks its footer and number")
    if sum(x[1] for x in DIA_PREV) != DIA_BUDGET_TOTAL:
        problems.append(f"{DIA}: 2027 budget of the chart and of the table differ")


def check_others(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / WPA).read_text(encoding="utf-8")
    for needle in (
        "saved from url",
        "wp-block-details",
        "comment-list",
        'class="children"',
        "jp-relatedposts",
        "sharedaddy",
        "cmplz-cookiebanner",
        "widget_archive",
        "application/ld+json",
        "wp-block-table",
    ):
        if needle not in raw:
            problems.append(f"{WPA}: {needle} missing")
    if raw.count("<details") != len(WPA_FAQ) or raw.count('class="comment-body"') != len(
        WPA_COMMENTS
    ):
        problems.append(f"{WPA}: FAQ or comments missing")
    data = (CORPUS / AAP).read_bytes()
    try:
        data.decode("utf-8")
        problems.append(f"{AAP}: should be windows-1252, not UTF-8")
    except UnicodeDecodeError:
        pass
    raw = data.decode("cp1252")
    for needle in (
        "charset=windows-1252",
        "Microsoft Word 15 (filtered)",
        "class=MsoNormal",
        "MsoListParagraphCxSpFirst",
        "font-family:Symbol'>·",
        "display:none",
        "MsoFootnoteReference",
        "class=SpellE",
        "MsoTableGrid",
        "\r\n",
    ):
        if needle not in raw:
            problems.append(f"{AAP}: {needle!r} missing")
    if max(len(x) for x in raw.split("\r\n")) > 120 or sum(b for _, b in AAP_CRITERIA) != 100:
        problems.append(f"{AAP}: source lines not wrapped or criteria not adding up to 100")
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or all(b < 128 for b in data):
        problems.append(f"{EML}: not CRLF or not 8bit")
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = list(msg.iter_parts())
    if [p.get_content_type() for p in parts] != ["text/plain", "text/vcard"]:
        problems.append(f"{EML}: expected a text/plain part and a vCard")
    if str(msg["Subject"]) != EML_SUBJECT:
        problems.append(f"{EML}: subject wrong")
    body = parts[0].get_content()
    if "\n> > > > " not in body.replace("\r\n", "\n") or "-------- Message transféré" not in body:
        problems.append(f"{EML}: quotes not four levels deep or forwarded notice missing")
    text = corpus.full[NOT]
    for needle in (
        "Propriétaire: ",
        "<aside>\n",
        "- [x]  ",
        "- [ ]  ",
        "\n    ",
        ".csv)",
        "@Romane Delpuech",
        "| --- |",
    ):
        if needle not in text:
            problems.append(f"{NOT}: {needle!r} missing")
    data = (CORPUS / CSV).read_bytes()
    if not data.startswith(b"\xef\xbb\xbf") or re.search(rb"(?<!\r)\n(?=\d{14};)", data):
        problems.append(f"{CSV}: no BOM or rows not CRLF")
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True), delimiter=";"))
    if rows[0] != CSV_COLS or any(len(r) != len(CSV_COLS) for r in rows):
        problems.append(f"{CSV}: header or field counts wrong")
    if not any("\n" in v for r in rows for v in r) or not any('"' in v for r in rows for v in r):
        problems.append(f"{CSV}: no quoted line break or doubled quote")
    for r in rows[1:]:
        digits = [int(c) for c in reversed(r[0])]
        total = sum(
            d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits)
        )
        if len(r[0]) != 14 or total % 10:
            problems.append(f"{CSV}: SIRET {r[0]} fails the Luhn key")


PROPER_NAMES = [
    # region, départements, intercommunalities, communes, rivers, streets and places
    "Auvélie",
    "Sermaizac",
    "Brézonne",
    "Haut-Lézan",
    "Mardelle",
    "Aubrelle",
    "Tarvanel",
    "Sorgelle",
    "Saint-Ferjac",
    "Bramevieille",
    "Coulandre",
    "Ostrac",
    "Pierrelaure",
    "Mazerand",
    "Escoubiac",
    "Vielmoulin",
    "Roudanès",
    "Cabrejou",
    "Montelhac",
    "Lauzeral",
    "Platanes",
    "Cordiers",
    "Garennes",
    "Pont-Vieux",
    "Teinturiers",
    "Tanneurs",
    "Fileuses",
    "Remparts",
    "Castelmary",
    "Coteaux",
    # organisations, projects, rooms, products
    "Archipel",
    "Trouvaille",
    "Filature",
    "Pressoir",
    "Roulons Ensemble",
    "Cagette",
    "Charpentes Ferjacoises",
    "Levain",
    "Sentiers Vifs",
    "Horizons Paysage",
    "Germoir",
    "Matériauthèque",
    "Marmite",
    "Comptoir",
    "Bobine",
    "Fuseau",
    "Cardage",
    "Écheveau",
    "Vergé",
    "Méandre",
    "Relais",
    "Élan",
    "Lavandière",
    "Coop'Alliage",
    "Galets",
    "Dérailleur",
    "Pieds Nus",
    "Lutins",
    "Arcature",
    "Écho",
    # people
    "Murielle Anglade",
    "Thibault Carensac",
    "Leïla Bensaïd",
    "Patrice Lavergne",
    "Nadia Cherkaoui",
    "Jérôme Favarel",
    "Élodie Marchal",
    "Quentin Roussille",
    "Yasmine Toulza",
    "Gérard Fontvieille",
    "Armelle Quintard",
    "Maëlys Rivoalen",
    "Solène Vaquié",
    "Marc Ségalas",
    "Sandrine Pélissou",
    "Hugo Lestrade",
    "Romane Delpuech",
    "Bernard Castagné",
    "Tom Azéma",
    "Karim Oudjani",
    "Capucine Ferrand",
    "Julien Arribat",
    "Aurélie Tessier",
    "Mathieu Rascol",
    "Margaux Fonteneau",
    "Colette Barrau",
    "Mounir",
    "Lise Garrigou",
    *[f"{p} {n}" for _, elus in PVC_ELUS for p, n, _ in elus],
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux", "&"}
# capitalised words of the corpus and questions that also occur in fresh39: reviewed by hand
# (question and function words, common nouns and adjectives at the start of a sentence,
# heading, label or cell, acronyms of French law and schemes, months, software and formats)
_COMMON_OK_TEXT = """
    A ACI ADOPTÉE AI Abstentions Accompagnements Accueil Achats Acheter Agenda Aide Aller Alors
    Après Article Articles Association Associations Atelier Ateliers Au Aucun Autres Avec Axe B
    BEGIN Bienvenue Bilan Bonjour Bonne Boutique Bravo Budget Bureau Bâtiment C C3 CA CC CCAS CD
    CDDI COMMUNAUTAIRE COMMUNAUTÉ COMMUNES CONSEIL CPO CRESS Café Calendrier Cc Ce Cette Chambre
    Chantier Chaque Chargée Chiffres Combien Comité Commande Comme Comment Communauté Commune
    Communication Compte Conseil Contact Contexte Contre Convention Coopérative Coopératives
    Coopérer Critère Crèche Création Créer Créée Cuisine D DDETS DE DLA DU Dans Date De
    Department Depuis Dernière Deux Directeur Direction Dispositif Does Dont Dossier Durée
    DÉPARTEMENT Décision Délibération Département Dépenses E EI EMAIL END ESS ESUS ETP ETTI Elle
    En Enfin Entre Entreprendre Entretien Entrée Est Et Existe FSE Feuille Fin Fonctionnement
    Fondation Fondations Forum France From Garage Gouvernance Gérer HT Historique How Il Ils
    Imprimer In Incubateur Installée Is J Je Jour Jusqu K L LA La Le Les Lot M MAJORITÉ Maison
    Mar March Marché Mardi Merci Mercredi Message Microsoft Mobilité Mois Mon Montant Month
    Mutuelle Mutuelles Ménage N Ne Neuf Nom Non Nous Nouveau OK ORG Objet Observatoire On Ont
    Ordre Oui Ouverte Ouverture Où PDF PROJETS PTCE Page Parking Part Pas Peut Peuvent Pièces
    Points Politique Poste Pour Pourquoi Prix Prochain Prochaine Projets Présents Présenté
    Président Qu Quand Quatre Que Quel Quelle Quelles Quels Question Questions Qui R RSA Radio
    Rapport Re Rechercher Recrutement Ressources Reçu Région Répondre Réponses Résultat S SA
    SCIC SCOP SIAE SIRET SPASER Salariés Salle Samedi Se Secrétaire Service Société Soit
    Sommaire Source Sport Structure Subject Subventions Sur SÉANCE Séance T TEXT TITLE TYPE
    Tableau Tiers To Total Tous Tr Travail Tri Trois Un Une V VALUE VERSION Vendredi Versement
    Verser Version Voir Vote Votre Vous Webinaire What WhatsApp Where Which Who Word WordPress X
    Y À Ça Économie Épicerie Équipe Établissements Étaient État Évaluation
"""
COMMON_OK = set(_COMMON_OK_TEXT.split())


def fresh39_text() -> str | None:
    files = [FRESH39 / "README.md", FRESH39 / "build.py"]
    if not all(f.exists() for f in files):
        return None
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def in_text(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.I) is not None


def name_words() -> set[str]:
    return {
        w.casefold()
        for n in PROPER_NAMES
        for w in re.split(r"[\s\-'’]+", n)
        if w and w.casefold() not in _STOP
    }


def check_names(
    corpus: Corpus, questions: list[Q], problems: list[str], report: bool = False
) -> None:
    other = fresh39_text()
    if other is None:
        problems.append("names: evals/fresh39 not found, the name check cannot run")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh39")
    texts = [*corpus.full.values()]
    texts += [q.question for q in questions] + [f for q in questions for f in q.facts]
    texts += [h for q in questions for h in q.history]
    for name in PDFS:
        texts += [str(v) for v in (PdfReader(CORPUS / name).metadata or {}).values()]
    words = set()
    for t in texts:
        words.update(re.findall(r"(?<![\w@./])[A-ZÀ-ÖØ-Þ][\w]*", plain(t)))
    shared = sorted(w for w in words if in_text(w, other))
    clashes = [w for w in shared if w not in COMMON_OK]
    if report:
        print("SHARED WITH FRESH39", shared)
        print("NOT IN COMMON_OK", clashes)
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh39")
    for w in COMMON_OK:
        if w.casefold() in name_words():
            problems.append(f"names: {w!r} is both a name word and in COMMON_OK")


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|€|\d h\b|\d (janvier|février|mars|"
    r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)


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
        held: dict[str, list[str]] = {s: [] for s in q.sources}
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact or NNBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for s in q.sources:
                name = SRC[s]
                if name in PDFS and not q.pages:
                    continue
                if not any(norm(fact) in t for t in corpus.answer_texts(name, q.pages)):
                    continue
                held[s].append(fact)
                if not any(
                    norm(fact, False) in t for t in corpus.answer_texts(name, q.pages, False)
                ):
                    problems.append(f"{q.question!r}: fact {fact!r} has another apostrophe")
                if not corpus.in_one_line(name, q.pages, fact):
                    problems.append(
                        f"{q.question!r}: fact {fact!r} straddles a line break in {name}"
                    )
            if not any(fact in v for v in held.values()):
                problems.append(f"{q.question!r}: fact {fact!r} in none of {q.sources} {q.pages}")
        if len(q.sources) > 1 and not all(held.values()):
            problems.append(f"{q.question!r}: a source holds none of the facts {held}")
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
    c["french answerable"] = sum(q.answerable and "en" not in q.tags for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


MIN_COUNTS = {
    "total": 450,
    "unanswerable": 50,
    "en": 42,
    "follow": 25,
    "table": 40,
    "compare": 10,
    "staff": 8,
    "typo": 10,
    "definition/answerable": 8,
    "yesno/answerable": 15,
    "list/answerable": 15,
    "people/answerable": 30,
    "date/answerable": 30,
    "multi": 8,
    "conflict": 5,
    "comment": 5,
    "quoted": 5,
}
MAX_COUNTS = {"total": 580}
KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(40).shuffle(order)
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
            not row["answerable"] and (row["sources"] or row["pages"])
        ):
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
    build_pvc()
    build_dia()
    build_wpa()
    build_aap()
    build_eml()
    build_not()
    build_csv()


def digests(folder: Path) -> dict[str, str]:
    files = [*sorted((folder / "corpus").iterdir()), folder / "questions.jsonl"]
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def check_determinism(problems: list[str]) -> dict[str, str]:
    """Build everything again in a temporary folder, in a child process with another hash
    seed, and compare the bytes of every file."""
    mine = digests(HERE)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONHASHSEED="123")
        run = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--build-only", tmp],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
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
        for name in (WPA, AAP, EML, NOT, CSV):
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
# The questions (R CRESS report, P minutes, D slides, W WordPress article, A call for
# projects, E e-mail thread, N Notion page, C open-data extract)
# ---------------------------------------------------------------------------

Q_RAP = """
R figure @soit 11,2 % de l'emploi salarié privé
Combien de salariés compte l'ESS en Auvélie fin 2027 ?
= 104 870

R figure @Fin 2027, l'ESS compte
Quel poids a l'ESS dans l'emploi salarié privé en Auvélie ?
= 11,2 %

R figure
Quelle part des emplois de l'ESS est occupée par des femmes en Auvélie ?
= 67 %

R figure
Quelle proportion des salariés de l'ESS ont 50 ans ou plus ?
= 29 %

R figure table
Combien d'établissements associatifs employeurs en 2027 ?
= 8 402

R figure table compare
Comment a évolué le nombre de salariés des coopératives entre 2026 et 2027 ?
= 12 930 | 13 360

+R figure
Soit une hausse de combien en pourcentage ?
= +3,3 %

R figure table compare
Combien de fondations employeuses en 2026 et en 2027 ?
= 118 | 124

R yesno table compare
Les mutuelles ont-elles perdu des salariés entre 2026 et 2027 ?
= 5 870 | 5 790

R figure table
Combien de salariés dans les associations de l'ESS en 2027 ?
= 79 120

R figure
Quelle part des salariés de l'ESS travaille dans une association ?
= 75,4 %

R figure table @Total ESS
Combien d'établissements employeurs de l'ESS en 2026 ?
= 9 304

R figure table
Total des salariés de l'ESS en 2026 d'après le tableau 1 ?
= 103 630

R figure box
Combien d'emplois l'ESS a-t-elle gagnés en un an en Auvélie ?
= 1 240

R other
Quel est le premier secteur employeur de l'ESS en Auvélie ?
= L'action sociale | 41 %

R figure
Quel pourcentage des salariés de l'ESS travaille dans l'enseignement ?
= 12 %

R other @La Brézonne est le département
Quel département d'Auvélie a la plus forte part d'ESS dans l'emploi privé ?
= Brézonne | 13,4 %

R figure table
Combien de salariés de l'ESS en Haut-Lézan ?
= 45 160

R figure table
Combien d'établissements employeurs de l'ESS dans la Mardelle ?
= 2 618

R figure table @Aubrelle 1 876
Part de l'ESS dans l'emploi privé de l'Aubrelle ?
= 9,1 %

R figure table @Haut-Lézan
Combien de salariés de l'ESS dans la Brézonne fin 2027 ?
= 11 380

R figure typo staff @Haut-Lézan
combien d'etablissements ess en brezone
= 1 046

R date
Quand le panorama 2027 de l'observatoire a-t-il été publié ?
= 9 novembre 2027

R people @panorama 2027 de l'observatoire
Qui anime l'observatoire régional de l'ESS de la CRESS Auvélie ?
= Leïla Bensaïd

R figure
Dans combien d'instances la CRESS a-t-elle siégé en 2027 ?
= 46 instances

R date
Quand la CPO avec la Région Auvélie a-t-elle été signée ?
= 23 mars 2027

R figure compare
Combien la Région verse-t-elle chaque année à la CRESS avec la nouvelle CPO, et combien avant ?
= 410 000 € | 380 000 €

R figure
Combien d'intercommunalités de la région ont un élu chargé de l'ESS ?
= 21 intercommunalités | 9

R definition @troisième promotion
C'est quoi le Germoir ?
= l'incubateur de la CRESS

R figure
Combien de projets le Germoir a-t-il incubés dans sa troisième promotion ?
= 14 projets

+R figure
Et combien de structures ont été créées ?
= 9 structures créées

+R figure
Pour combien d'emplois ?
= 31 emplois

R people @Il est animé par
Qui anime le Germoir ?
= Jérôme Favarel

R figure
Combien de demandes d'agrément ESUS la CRESS a-t-elle suivies, et combien ont abouti ?
= 37 demandes | 33 ont abouti

R figure
Combien d'entreprises ont été reprises en SCOP par leurs salariés en 2027 ?
= Quatre entreprises

R figure
Combien d'emplois les reprises en SCOP ont-elles sauvegardés ?
= 58 emplois

R date
Depuis quand Charpentes Ferjacoises est-elle une SCOP ?
= 1er juillet 2027

R figure
Combien de salariés et d'associés compte la SCOP Charpentes Ferjacoises ?
= 22 salariés | 17 associés

R figure
Combien de structures ont été accompagnées par le DLA en Auvélie ?
= 126

R figure compare
Combien de structures sont référencées dans l'annuaire achat-ess-auvelie.org,
contre combien fin 2026 ?
= 312 structures | 268

R figure
Combien d'acheteurs publics ont suivi la formation « Acheter à l'ESS » ?
= 29 acheteurs

R date
Quand ont eu lieu les Rencontres acheteurs-ESS 2027 ?
= 14 octobre 2027

+R figure
Combien de participants ?
= 140 participants

+R figure
Et combien de rendez-vous d'affaires ?
= 210 rendez-vous

R figure
Quelle durée pour les rendez-vous d'affaires des Rencontres acheteurs-ESS ?
= vingt minutes

R figure
Combien de participants au Mois de l'ESS 2027 en Auvélie ?
= 18 400 participants

R figure
Combien d'événements et de communes pour le Mois de l'ESS 2027 ?
= 212 | 44 communes

R other
Quel était le thème régional du Mois de l'ESS 2027 ?
= Coopérer pour habiter

R list
Quels sont les lauréats des Prix de l'ESS Auvélie 2027 ?
= La Trouvaille | Pressoir de la Sorgelle | Cagette

R figure
Combien touche chaque lauréat des Prix de l'ESS Auvélie ?
= 3 000 €

R figure
Combien de votes a obtenu La Cagette pour le prix du public ?
= 1 318 votes

R date
Quand les Prix de l'ESS 2027 ont-ils été remis ?
= 30 novembre 2027

R other
La photo du rapport montre quoi ?
= Remise des Prix de l'ESS 2027 à Sermaizac

R figure @14 de plus
Combien d'adhérents compte la CRESS Auvélie fin 2027 ?
= 187 adhérents

R figure compare
De combien le nombre d'adhérents de la CRESS a-t-il augmenté en 2027 ?
= 14 de plus

R list
Comment se répartissent les adhérents de la CRESS par famille ?
= 121 associations | 38 coopératives | 9 mutuelles | 6 fondations | 13 réseaux

R people
Qui est le trésorier de la CRESS Auvélie ?
= Patrice Lavergne

R people
Qui est secrétaire du bureau de la CRESS ?
= Nadia Cherkaoui

R people en @présidente de la CRESS Auvélie
Who chairs the CRESS Auvélie?
= Murielle Anglade

R date
Quand a eu lieu l'assemblée générale qui a réélu la présidente de la CRESS ?
= 10 juin 2027

R figure
Combien d'administrateurs au conseil d'administration de la CRESS ?
= 24 membres

R figure
Combien de salariés et d'ETP dans l'équipe de la CRESS ?
= 14 personnes | 12,6 ETP

R other @contact@cress-auvelie.org
Quelle est l'adresse de la CRESS Auvélie ?
= 27 quai de la Brézonne

R date
Quand la CRESS a-t-elle déménagé à la Maison des coopérations ?
= septembre 2027

R other
Où était installée la CRESS avant son déménagement ?
= rue des Cordiers

R figure
Avec combien d'autres réseaux la CRESS partage-t-elle la Maison des coopérations ?
= six autres réseaux

R figure
Quel est le total des produits de la CRESS en 2027 ?
= 1 486 200 €

+R figure
Et les charges ?
= 1 471 900 €

R yesno
La CRESS Auvélie a-t-elle terminé l'exercice 2027 en excédent ?
= excédent | 14 300 €

R figure table
Combien la CRESS a-t-elle reçu du FSE+ en 2027 ?
= 198 400

R figure table
Quelle part des produits de la CRESS vient des prestations et formations ?
= 21,0 %

R figure table
Combien représentent les cotisations des adhérents dans les produits de la CRESS ?
= 61 200

R figure table
Combien l'État (DREETS) a-t-il versé à la CRESS en 2027 ?
= 286 000

R date
Quand les comptes 2027 de la CRESS ont-ils été certifiés ?
= 28 avril 2028

R other @ouvrira une antenne
Où la CRESS ouvrira-t-elle une antenne en 2028 ?
= Tarvanel

R yesno
La CRESS a-t-elle déjà une antenne dans la Brézonne ?
= En 2028, la CRESS ouvrira une antenne

R people
Qui animera l'antenne de la CRESS à Tarvanel ?
= Yasmine Toulza

+R date @Yasmine
À partir de quand ?
= juin 2028

R date
Quand auront lieu les Assises régionales de l'ESS ?
= 10 octobre 2028

R figure
Combien de projets dans la quatrième promotion du Germoir ?
= 16 projets

R people
Qui s'occupe des achats responsables à la CRESS Auvélie ?
= Élodie Marchal

R people
Qui est chargé de la communication et du Mois de l'ESS à la CRESS ?
= Quentin Roussille

R people staff @Direction :
directeur cress auvelie
= Thibault Carensac

R date
Quand aura lieu l'assemblée générale 2028 de la CRESS Auvélie ?
= 8 juin 2028

R other
D'où viennent les chiffres du tableau 1 du rapport ?
= Insee

R other en @contact@cress-auvelie.org
In which town is the CRESS Auvélie based?
= Sermaizac

R figure en @14 de plus
How many members did the CRESS Auvélie have at the end of 2027?
= 187

R figure en @44 communes
How many events took place during the 2027 ESS Month in Auvélie?
= 212

R other en @troisième promotion
What is the name of the CRESS incubator?
= Germoir

R people en @panorama 2027 de l'observatoire
Who runs the regional ESS observatory?
= Leïla Bensaïd

R figure en
How many employees does the cooperative Charpentes Ferjacoises have?
= 22

R figure typo @12,6 ETP
la cress a combien de salaries ?
= 14

R other en
Which shop won the social utility prize in 2027?
= La Trouvaille
"""

Q_PVC = """
P figure
Combien de conseillers communautaires sont en exercice à la CCBS ?
= 38

P figure @Conseillers en exercice
Combien de conseillers étaient présents à la séance du 14 mars 2028 ?
= 30

+P figure @Conseillers en exercice
Et combien de votants ?
= 35

P date
Quand le conseil communautaire a-t-il été convoqué pour la séance du 14 mars ?
= 7 mars 2028

P other
Où s'est tenue la séance du conseil communautaire du 14 mars 2028 ?
= salle des fêtes de Bramevieille

P people @sous la présidence
Qui préside la communauté de communes Brézonne-Sorgelle ?
= Gérard FONTVIEILLE

P people @Secrétaire de séance :
Qui était secrétaire de séance le 14 mars ?
= Sophie MARCILLAC

P list
Quels conseillers étaient absents excusés le 14 mars 2028 ?
= Bruno LAFON | Chantal PEYROT | Gilles MARTY

P people @Avaient donné pouvoir
À qui Claire Vialaret a-t-elle donné pouvoir ?
= Philippe ESTÈVE

P people @Avaient donné pouvoir
Laurent Issaly a donné pouvoir à qui ?
= Gérard FONTVIEILLE

P figure
Quel est le montant de la section de fonctionnement du budget primitif 2028 de la CCBS ?
= 18 742 000 €

+P figure
Et la section d'investissement ?
= 9 316 500 €

P figure
Quel est le taux de CFE pour 2028 ?
= 27,14 %

P figure staff
taux taxe foncière bâti ccbs
= 3,2 %

P figure
Combien le budget 2028 consacre-t-il à l'ESS ?
= 412 000 €

P figure
Quel est le taux d'épargne brute de la CCBS ?
= 6,3 %

P figure
À combien s'élève l'épargne brute de la communauté de communes ?
= 1 184 000 €

P list @Ont voté contre
Qui a voté contre le budget primitif 2028 ?
= Thierry ALDEBERT | Brigitte SOLIGNAC | Marc RIBAL

P figure @Ont voté contre
Combien de voix pour le budget primitif 2028 ?
= 30

P date
Quand le budget a-t-il été présenté en commission des finances ?
= 28 février 2028

P figure table
Combien la CCBS donne-t-elle à La Filature en 2028 ?
= 24 000 €

P figure table
Quelle subvention 2028 pour Roulons Ensemble ?
= 15 000 €

P figure table staff
subvention trouvaille 2028 ccbs
= 18 500 €

P figure table
Montant total des subventions ESS votées le 14 mars 2028 ?
= 80 500 €

P figure table
Combien touche Levain de la communauté de communes en 2028 ?
= 4 500 €

P figure table
Pour quoi le Comptoir de Roudanès reçoit-il une subvention, et de combien ?
= Café associatif | 3 500 €

P figure table
Combien l'ACI Sentiers Vifs reçoit-il de la CCBS ?
= 9 000 €

P figure
Combien de demandes la commission ESS a-t-elle examinées ?
= 11 demandes

P people
Quel élu n'a pas pris part au vote des subventions ESS, et pourquoi ?
= Frédéric JOUVE | trésorier de l'association Roulons Ensemble

P yesno @Votants : 34
Les subventions ESS 2028 ont-elles été votées à l'unanimité ?
= unanimité | 34

P figure
Au-delà de quel montant une convention est-elle signée pour les subventions ESS ?
= 10 000 €

P figure
Combien de parts sociales de la SCIC Pressoir de la Sorgelle la CCBS souscrit-elle ?
= 50 parts sociales

+P figure @Article 1 : décide de souscrire
Pour quel montant ?
= 5 000 €

+P figure
Ça représente quelle part du capital ?
= 3,1 %

P figure
Combien de tonnes de pommes le Pressoir de la Sorgelle a-t-il pressées en 2027 ?
= 410 tonnes

P figure
Combien de vergers approvisionnent le Pressoir de la Sorgelle ?
= 36 vergers

P figure
Combien coûte la seconde ligne de pasteurisation du Pressoir ?
= 186 000 € HT

P people @désigne Mme
Qui représente la CCBS aux assemblées générales de la SCIC Pressoir de la Sorgelle ?
= Armelle QUINTARD

P figure
Combien de salariés emploie le Pressoir de la Sorgelle ?
= 7 salariés

P figure
Combien de kilomètres de berges le marché réservé couvre-t-il ?
= 25 km

P figure
Quelle est la longueur du secteur amont (lot 1) dans la délibération ?
= 14 km

P figure
Quel est le montant estimé du marché des berges de la Sorgelle ?
= 62 000 € HT par an

P date
À partir de quand le marché réservé des berges démarre-t-il ?
= 1er juillet 2028

P other
Sur quel article du code de la commande publique repose le marché réservé aux SIAE ?
= L. 2113-13

P people @Rapporteure : Mme Véronique
Qui était rapporteure de la délibération sur le marché des berges ?
= Véronique LACOMBE

P other
Qu'est-ce que le marché réservé doit permettre d'entretenir ?
= ripisylve de la Sorgelle et de ses affluents

P definition table
C'est quoi Levain ?
= opérateur DLA

P figure
Combien la CCBS versera-t-elle au PTCE Archipel Brézonne en 2028 ?
= 35 000 €

P figure compare conflict
Le PTCE a-t-il obtenu les 40 000 € par an qu'il demandait à la communauté de communes ?
= 40 000 € | 35 000 €

P date
Pour quelle période la convention entre la CCBS et le PTCE est-elle conclue ?
= 2028-2030

P people @A voté contre
Qui a voté contre la convention avec le PTCE ?
= Thierry ALDEBERT

P figure
Combien de membres réunit le PTCE Archipel Brézonne selon la délibération ?
= 23 membres

P figure
De quelle catégorie est le poste de chargé de mission économie circulaire ?
= catégorie A

P other
Qui finance le poste de chargé(e) de mission économie circulaire et à quelle hauteur ?
= 50 % | Région Auvélie

P date
À partir de quand le poste économie circulaire est-il créé ?
= 1er mai 2028

P figure
Quel est le prix d'une entrée adulte au centre aquatique en 2028 ?
= 4,80 €

P figure typo
combien coute l'entree enfant a la piscine de st ferjac
= 3,20 €

P figure
Combien coûte la carte de 10 entrées adulte au centre aquatique ?
= 40 €

P yesno
Les bénéficiaires de La Cagette paient-ils l'entrée au centre aquatique ?
= gratuité

P figure
Combien de voyageurs sur la ligne Tarvanel – Saint-Ferjac en 2027 ?
= 212 000

P figure
Combien d'allers-retours par jour sur la ligne Tarvanel – Saint-Ferjac ?
= 6 allers-retours

P yesno
Le conseil a-t-il voté une motion sur la ligne de train ?
= Motion pour le maintien de la ligne

P date
À partir de quand la Région envisage-t-elle de remplacer les trains par des cars ?
= à partir de 2030

P date
Quand aura lieu la prochaine séance du conseil communautaire ?
= 11 avril 2028

P date
Quand aura lieu la fête de la Sorgelle ?
= 4 juin 2028

P other
À quelle heure la séance du 14 mars 2028 a-t-elle été levée ?
= 21 h 05

P figure
Quel loyer paie Roulons Ensemble pour son local de Bramevieille ?
= 350 € par mois

P other
Qui a obtenu le marché de maîtrise d'œuvre du centre aquatique, et pour combien ?
= Arcature | 84 600 € HT

P figure
Combien la CCBS demande-t-elle à la Région pour le poste économie circulaire ?
= 25 000 €

P yesno
Le procès-verbal de la séance du 13 février 2028 a-t-il été approuvé ?
= approuvé à l'unanimité

P other
Quel est l'identifiant de télétransmission de la délibération sur les subventions ESS ?
= 099-249900123-20280314-DEL2028_020-DE

P date @DEL2028_019
Quand les délibérations du 14 mars ont-elles été publiées ?
= 20/03/2028

P other @guichet
Qui s'inquiète de la fermeture du guichet de la gare de Roudanès ?
= Alain BOISSIÈRE

P people en @sous la présidence
Who chairs the Brézonne-Sorgelle community of communes?
= Gérard FONTVIEILLE

P figure en @Ont voté contre
How many councillors voted on the 2028 budget?
= 35

P other en @salle des fêtes
Which commune hosted the council meeting of 14 March 2028?
= Bramevieille

P figure en @Article 1 : décide de souscrire
How many shares of the cider cooperative does the community buy?
= 50

P people en @Secrétaire de séance :
Who was the secretary of the council session?
= Sophie MARCILLAC

P figure en
How many kilometres of riverbank does the reserved contract cover?
= 25 km

P people en @Rapporteur : M. Didier
Who presented the 2028 budget to the council?
= Didier SABATIER
"""

Q_DIA = """
D date slide @Perspectives 2028
Quand s'est tenu le comité de pilotage du PTCE Archipel Brézonne ?
= 8 février 2028

D other slide @Perspectives 2028
Où s'est réuni le COPIL du PTCE ?
= La Filature, Vielmoulin

D definition slide
C'est quoi un PTCE ?
= Pôle territorial de coopération économique

D date slide
En quelle année le PTCE Archipel Brézonne a-t-il été créé ?
= créé en 2021

D figure slide @Le PTCE en bref
Combien de membres compte le PTCE Archipel Brézonne ?
= 23 membres

+D list slide
Lesquels ?
= 15 structures de l'ESS | 5 entreprises | 3 collectivités

D people slide @coordination :
Qui coordonne le PTCE Archipel Brézonne ?
= Solène Vaquié

D people slide
Qui préside le PTCE ?
= Marc Ségalas

D figure slide
Combien d'ETP dans l'équipe du PTCE ?
= 2,4 ETP

D date slide
En quelle année le PTCE a-t-il été lauréat de l'appel à projets PTCE de l'État ?
= 2022

D figure slide @emplois créés
Combien d'emplois le PTCE a-t-il créés en 2027 ?
= 11

D figure slide
Combien d'emplois consolidés grâce au PTCE en 2027 ?
= 46

D date slide
Quand la Matériauthèque de Mazerand a-t-elle ouvert ?
= 6 septembre 2027

D figure slide
Quelle est la surface de la Matériauthèque ?
= 600 m²

D figure slide
Combien de tonnes de matériaux la Matériauthèque a-t-elle collectées ?
= 138 tonnes

+D figure slide
Et combien ont été revendues ?
= 52 tonnes

+D other slide
À qui ?
= des particuliers et à des artisans

D figure slide
À quel prix la Matériauthèque revend-elle les matériaux ?
= 30 à 50 % du prix du neuf

D other slide
Quelle structure porte les postes en insertion de la Matériauthèque ?
= Sentiers Vifs

D date slide @Matériauthèque de Mazerand
Quand la boutique en ligne de la Matériauthèque doit-elle ouvrir ?
= juin 2028

D figure slide
Combien de véhicules compte la flotte de Roulons Ensemble ?
= 74 véhicules

D list slide
Quels types de véhicules loue le garage solidaire ?
= 38 voitures | 29 scooters | 7 vélos électriques

D figure slide
Combien coûte la location d'un véhicule au garage solidaire ?
= 4 € par jour

D figure slide @Mobilité solidaire
Combien de jours de location en 2027 chez Roulons Ensemble ?
= 1 920 jours

D figure slide
Combien de personnes ont été orientées vers le garage solidaire ?
= 212 personnes

D figure slide
Quel taux d'emploi ou de formation six mois après pour les usagers du garage solidaire ?
= 61 %

D other slide @Mobilité solidaire
Où Roulons Ensemble doit-il ouvrir une antenne ?
= Ostrac

D definition slide
C'est quoi La Marmite ?
= Cuisine partagée

D figure slide
Combien coûte l'heure de location de la cuisine La Marmite ?
= 18 € HT

D figure slide
Quelle surface pour la cuisine partagée La Marmite ?
= 120 m²

D figure slide
Combien d'entrepreneurs culinaires La Marmite a-t-elle accompagnés ?
= 9 entrepreneurs culinaires

+D figure slide
Dont combien de femmes ?
= 6 femmes

D figure slide typo @Cuisine professionnelle
cb de repas a la marmite en 2027
= 12 400

D figure slide
Quelle part du chiffre d'affaires de La Marmite vient de ses deux principaux clients ?
= 58 %

D date slide
À partir de quand La Marmite ouvrira-t-elle le samedi ?
= avril 2028

D definition slide
C'est quoi GE Archipel ?
= groupement d'employeurs

D figure slide
Combien de structures adhèrent au GE Archipel ?
= 14 structures adhérentes

D figure slide staff
ge archipel etp
= 5,2 ETP

D figure slide
Combien de salariés en temps partagé au GE Archipel ?
= 7 salariés

D figure slide
Quel est le tarif horaire refacturé par le groupement d'employeurs ?
= 29 € | 34 €

D list slide
Quels métiers le GE Archipel propose-t-il en temps partagé ?
= comptabilité | communication | entretien | animation numérique

D figure slide @Résultat 2027
Quel était le budget réalisé du PTCE en 2027 ?
= 268 400 €

D figure slide @Résultat 2027
Combien la Région Auvélie a-t-elle apporté au PTCE en 2027 ?
= 60 000 €

D figure slide @Résultat 2027
Combien le FSE+ a-t-il apporté au PTCE en 2027 ?
= 38 000 €

D figure slide @Résultat 2027
Quelle est la plus petite ressource du PTCE en 2027 ?
= Cotisations | 12 400 €

D figure slide
Quel résultat le PTCE a-t-il dégagé en 2027 ?
= excédent de 3 200 €

D date slide
Quand les comptes 2027 du PTCE ont-ils été arrêtés ?
= 26 janvier 2028

D figure slide table @2028 prévisionnel
Quel est le budget prévisionnel 2028 du PTCE ?
= 296 000 €

D figure slide table compare
Combien le PTCE prévoit-il de recettes de prestations en 2028, contre combien en 2027 ?
= 49 600 € | 33 000 €

D figure slide table
Combien le PTCE demande-t-il au Département de la Brézonne pour 2028 ?
= 42 000 €

D other slide table
Le financement de l'État au PTCE est-il acquis ?
= acquis jusqu'en 2029

D yesno slide table
Au moment du COPIL, la CCBS avait-elle déjà voté sa subvention 2028 au PTCE ?
= vote le 14 mars

D date slide
Quand le PTCE prévoit-il son évaluation à mi-parcours ?
= décembre

D other slide
Qu'est-ce qui est prévu en novembre 2028 dans la feuille de route du PTCE ?
= Forum de la coopération

D list slide
Quels sont les points de vigilance du PTCE ?
= après 2029 | 2 gros clients | encadrant technique | 2,5 mois de charges

D list slide
Quels nouveaux membres le COPIL doit-il admettre ?
= La Cagette | Comptoir de Roudanès | Imprimerie Vergé

D figure slide
Quel budget pour l'étude de faisabilité d'une conserverie solidaire ?
= 12 000 €

D figure slide
Quelle cotisation 2028 est proposée pour les structures de moins de 10 salariés ?
= 150 €

D other slide
Quel est le numéro de téléphone de la coordinatrice du PTCE ?
= 06 39 98 52 17

D other slide en
What is the e-mail address of the PTCE's coordination team?
= coordination@archipel-brezonne.org

D figure slide en @Le PTCE en bref
How many members does the PTCE Archipel Brézonne have?
= 23

D people slide en
Who chairs the PTCE Archipel Brézonne?
= Marc Ségalas

D figure slide en
How many vehicles does the solidarity garage rent out?
= 74

D figure slide en
What share of the garage's users were in work or training six months later?
= 61 %

D figure slide en @Flotte de 74
How many scooters are in the Roulons Ensemble fleet?
= 29

D date slide en @acquis jusqu'en 2029
Which year does the PTCE's State funding run until?
= 2029
"""

Q_WPA = """
W date
Quand ouvre la boutique de La Trouvaille à Saint-Ferjac ?
= 4 mars 2028

W other
Quelle est l'adresse de la nouvelle boutique de La Trouvaille ?
= 8 rue du Pont-Vieux

W figure
Quelle est la surface de la nouvelle boutique de La Trouvaille ?
= 240 m²

W other
Qu'y avait-il avant à la place de la nouvelle boutique ?
= l'ancienne quincaillerie

W date
En quelle année La Trouvaille a-t-elle été créée ?
= 2017

W date
Depuis quand La Trouvaille est-elle un atelier chantier d'insertion ?
= 2019

W figure
Combien de salariés compte La Trouvaille ?
= 41 salariés

+W figure
Dont combien en CDDI ?
= 28

W definition
C'est quoi un CDDI ?
= contrat à durée déterminée d'insertion

W figure
Combien de tonnes d'objets La Trouvaille a-t-elle collectées en 2027 ?
= 212 tonnes

+W figure
Et quel taux de réemploi ?
= 61 %

W people
Qui dirige La Trouvaille ?
= Sandrine Pélissou

W people
Qui encadre les salariés de la boutique de Saint-Ferjac ?
= Hugo Lestrade

W figure
Combien de salariés en insertion travailleront dans la nouvelle boutique ?
= Trois salariés en insertion

W other
Pourquoi La Trouvaille ouvre-t-elle une boutique à Saint-Ferjac ?
= n'ont pas de voiture

W figure
Combien a coûté le projet de boutique de La Trouvaille ?
= 148 000 €

W figure
Combien la Région Auvélie a-t-elle mis dans la boutique de La Trouvaille ?
= 40 000 €

W figure
Combien le financement participatif a-t-il rapporté, et auprès de combien de contributeurs ?
= 14 500 € | 312 contributeurs

W figure
Quel est le montant du prêt solidaire de La Trouvaille ?
= 30 000 €

W figure
Combien le Département de la Brézonne a-t-il apporté à la boutique ?
= 45 000 €

W list
Qui finance la boutique de Saint-Ferjac ?
= Région Auvélie | Département de la Brézonne | Brézonne-Sorgelle
= prêt solidaire | financement participatif

W other table
Quels sont les horaires de la boutique le samedi ?
= 10 h | 17 h

W other table staff
horaires boutique trouvaille mercredi
= 10 h | 18 h

W list table
Quels jours la boutique de Saint-Ferjac est-elle ouverte ?
= Mardi | Mercredi | Vendredi | Samedi

W yesno table
La boutique de Saint-Ferjac est-elle ouverte le lundi ?
= Mardi | Mercredi | Vendredi | Samedi

W yesno faq
Peut-on déposer des dons à la boutique de Saint-Ferjac ?
= Non | Coulandre

W figure faq
Combien coûte un enlèvement à domicile par La Trouvaille ?
= 10 € par enlèvement

+W yesno faq
C'est gratuit pour quelqu'un ?
= gratuit pour les bénéficiaires de La Cagette

W other faq
Comment postuler à un emploi à La Trouvaille ?
= France Travail | référent RSA

W figure faq
Combien de postes en CDDI La Trouvaille doit-elle pourvoir en 2028 ?
= 6 postes en CDDI

W other faq
Comment devenir bénévole à La Trouvaille ?
= benevoles@latrouvaille-coulandre.fr

+W other faq
Ils font quoi, les bénévoles ?
= tri des livres et des jouets

W yesno comment
La Trouvaille reprend-elle les matelas ?
= ni les matelas ni la literie

+W other comment
Alors où les déposer ?
= La déchèterie de Coulandre

W date comment
Le samedi, la boutique ferme à quelle heure ?
= 17 h le samedi

W other comment
Où se garer pour aller à la boutique de la rue du Pont-Vieux ?
= parking de la Halle

W date
Quand aura lieu l'inauguration de la boutique de Saint-Ferjac ?
= 17 mars 2028 | 18 h

W other
Qui offre l'apéritif de l'inauguration de la boutique ?
= SCIC Pressoir de la Sorgelle

W list
Que peut-on déposer au dépôt de Coulandre ?
= meubles en bon état | vaisselle | livres | jouets complets | petit électroménager | vêtements

W other faq
Quelle est l'adresse du dépôt des dons de La Trouvaille ?
= zone artisanale des Garennes

W date faq
Quels sont les horaires du dépôt de Coulandre ?
= du mardi au samedi | 9 h | 17 h

W people
Qui a écrit l'article sur la nouvelle boutique de La Trouvaille ?
= Margaux Fonteneau

W date
Quand l'article de L'Écho de la Sorgelle sur La Trouvaille a-t-il été publié ?
= 12 février 2028

W people
Quelle élue de la communauté de communes est citée dans l'article ?
= Armelle Quintard

W figure en
How many employees does La Trouvaille have?
= 41

W figure en
How many of them are on integration contracts (CDDI)?
= 28

W other en faq
What is the e-mail address for volunteering at La Trouvaille?
= benevoles@latrouvaille-coulandre.fr

W people en
Who manages the shops of La Trouvaille?
= Hugo Lestrade

W date en
In which year was La Trouvaille founded?
= 2017

W figure en
How many people contributed to the crowdfunding campaign for the new shop?
= 312

W figure en
What share of collected items did La Trouvaille reuse in 2027?
= 61 %

W figure typo
la trouvaille a combien de salarie en insertion
= 28

W other en
On which street is the new shop?
= rue du Pont-Vieux
"""

Q_AAP = """
A figure
Quelle est l'enveloppe de l'appel à projets « Inclusion et économie de proximité » 2028 ?
= 420 000 €

+A figure
Dont combien de FSE+ ?
= 120 000 €

A figure
Combien de foyers allocataires du RSA dans la Brézonne ?
= 6 840 foyers

A figure
Quelle part des allocataires du RSA de la Brézonne vit dans une commune de moins
de 2 000 habitants ?
= 38 %

A date
Quand le PDI 2026-2030 a-t-il été adopté ?
= 15 décembre 2025

A definition
Que veut dire PDI ?
= programme départemental d’insertion

A list
Qui peut répondre à l'appel à projets du Département ?
= conventionnées par l’État | associations loi 1901 | coopératives | entreprises agréées ESUS

A yesno
Une association sans salarié peut-elle candidater à l'appel à projets ?
= employant au moins un salarié

A yesno
Un CCAS peut-il répondre à l'appel à projets ?
= dont les CCAS

A list
Qui n'est pas éligible à l'appel à projets ?
= collectivités territoriales | liquidation judiciaire | projets déjà commencés
= n’ayant pas justifié

A yesno note
Une structure en cours de création peut-elle candidater ?
= immatriculées ou déclarées avant le 30 juin 2028

A figure
Combien de dossiers un même porteur peut-il déposer ?
= un seul dossier

A yesno
Les candidatures groupées sont-elles possibles ?
= chef de file

A list
Quels sont les trois axes de l'appel à projets ?
= Se déplacer pour travailler | Lever les freins | Créer de l’activité en milieu rural

A other
Un garage solidaire entre dans quel axe ?
= Axe A

A other
Un projet de garde d'enfants à horaires atypiques relève de quel axe ?
= Axe B

A definition
C'est quoi l'axe C de l'appel à projets ?
= Créer de l’activité en milieu rural

A figure
Quelle part minimum des bénéficiaires doit être allocataire du RSA ?
= 50 %

A figure
Quelle est la durée maximale d'un projet ?
= 12 mois au plus

A date
Entre quelles dates les projets doivent-ils être réalisés ?
= 1er juillet 2028 | 30 juin 2029

A figure
Quels sont les montants minimum et maximum de la subvention ?
= 5 000 € | 40 000 €

A figure
Quel taux maximum de financement pour un projet de l'axe C ?
= 80 %

+A figure
Et pour les autres axes ?
= 70 %

A list
Quelles dépenses sont éligibles ?
= frais de personnel | petit matériel | prestations | frais de déplacement | frais de structure

A yesno
Peut-on financer l'achat d'un véhicule neuf avec l'appel à projets ?
= véhicules neufs

A figure
Dans quelle limite les frais de structure sont-ils éligibles ?
= 15 %

A figure
Comment la subvention est-elle versée ?
= 60 % à la notification | 40 %

A date note
Quand le bilan final doit-il être transmis ?
= trois mois après la fin du projet

A list
Qui siège au comité de sélection de l'appel à projets ?
= DDETS | France Travail | CRESS Auvélie

A figure table
Combien de points pèse le critère partenariats et coopération ?
= 20 points

A figure table
Quel est le critère le plus important et combien pèse-t-il ?
= Pertinence au regard des besoins du territoire | 30 points

A figure table
Combien de points pour l'ancrage rural ?
= 10 points

A figure table
Combien pèse la viabilité économique dans la notation ?
= 15 points

A figure
Quelle note minimale faut-il pour être proposé au financement ?
= 60 points

A date table
Quelle est la date limite de dépôt des dossiers ?
= 31 mars 2028 | 12 h

A date table
Quand a lieu le webinaire d'information sur l'appel à projets ?
= 1er février 2028 | 10 h

A date table
Quand se réunit le comité de sélection ?
= 24 mai 2028

A date table
Quand la commission permanente vote-t-elle les projets ?
= 26 juin 2028

A date table
Quand les porteurs seront-ils auditionnés ?
= du 2 au 12 mai 2028

A date table
Quand l'appel à projets a-t-il été lancé ?
= 15 janvier 2028

A date table
Quand les décisions seront-elles notifiées ?
= juillet 2028

A other
Où déposer le dossier de candidature ?
= demarches.brezonne.fr

A yesno
Peut-on envoyer son dossier par mail ?
= envoyé par courriel ne sera accepté

A list
Quelles pièces faut-il joindre au dossier de candidature ?
= formulaire de candidature | budget prévisionnel | statuts | derniers comptes approuvés
= relevé d’identité bancaire | régularité fiscale et sociale

A other
Quelle pièce supplémentaire est demandée aux SIAE ?
= convention en cours avec l’État

A yesno
Un dossier incomplet à la date limite peut-il être complété ensuite ?
= irrecevable

A date
Jusqu'à quand peut-on poser des questions sur l'appel à projets ?
= 24 mars 2028

A other
À quelle adresse envoyer ses questions sur l'appel à projets ?
= aap.insertion@brezonne.fr

A people
Qui est le chef du service insertion et économie solidaire du Département ?
= Karim Oudjani

A other
Quel est le numéro de téléphone de Capucine Ferrand ?
= 05 36 49 72 14

A people
Qui est chargée de mission économie solidaire au Département de la Brézonne ?
= Capucine Ferrand

A date
Quand a lieu la journée des lauréats ?
= novembre 2028

A date
De quand date la version du règlement de l'appel à projets ?
= 10 janvier 2028

A list
À quoi s'engagent les lauréats ?
= logo du Département | bilan qualitatif et financier | journée des lauréats
= modification du projet

A figure en
How many points does the rural anchoring criterion carry?
= 10

A figure en
What is the minimum score for a project to be funded?
= 60

A people en
Who heads the Department's social inclusion and solidarity economy service?
= Karim Oudjani

A other en
Where must applications be submitted?
= demarches.brezonne.fr

A figure en
What share of a project's beneficiaries must receive the RSA?
= 50 %

A figure en
What is the maximum funding rate for axis C projects?
= 80 %

A other en
Which e-mail address takes questions about the call for projects?
= aap.insertion@brezonne.fr

A date staff typo
appel a projet departement date limite
= 31 mars 2028

A figure typo
subvention max aap insertion brezone ?
= 40 000 €
"""

Q_EML = """
E date quoted
Quelle est désormais la date limite de remise des offres pour le marché des berges ?
= 21 avril 2028

E date quoted conflict
La date limite du marché des berges est-elle toujours le 14 avril ?
= 21 avril 2028 | 14 avril 2028

E date quoted
Quand a lieu la visite de site du marché des berges ?
= 4 avril 2028 | 9 h

+E other quoted
Où est le rendez-vous ?
= pont de Roudanès

+E yesno quoted
Elle est obligatoire ?
= Visite de site obligatoire

E list quoted
Quels sont les critères d'attribution du marché des berges ?
= prix 40 % | valeur technique 40 % | insertion professionnelle 20 %

E other quoted
Quelle est la référence de la consultation pour l'entretien des berges ?
= MAPA 2028-07

E other quoted
Où télécharger le dossier de consultation du marché des berges ?
= marches.brezonne-sorgelle.fr

E figure quoted
Quelle est la longueur du lot 2 du marché des berges ?
= 11 km

E other quoted
Le lot 1 va de quelle commune à quelle commune ?
= de Vielmoulin à Roudanès

E other
Qui sera mandataire du groupement pour le marché des berges ?
= Sentiers Vifs mandataire

E other
Quel lot Horizons Paysage prendra-t-il ?
= lot 2 (aval) pour Horizons Paysage

E other
Quelle forme de groupement Sentiers Vifs et Horizons Paysage ont-ils retenue ?
= groupement conjoint

E figure
Combien de jours d'accompagnement DLA Levain propose-t-il au groupement ?
= 3 jours de conseil

+E other
Sur quoi ?
= chiffrage et le mémoire technique

+E figure
Et c'est pris en charge à combien ?
= 100 %

E figure
Quel est le prix cible du groupement pour le marché des berges ?
= 60 000 € HT par an

E figure
Combien d'heures d'insertion par an au minimum le groupement prévoit-il ?
= 3 200 heures

E date
Quand est prévu le prochain point du groupement ?
= 4 avril

E other
Où aura lieu le prochain point du groupement après la visite ?
= Comptoir de Roudanès

E other
Où s'est tenue la réunion du 27 mars entre les structures ?
= Escoubiac

E figure quoted
Combien de salariés en parcours compte Sentiers Vifs ?
= 12 salariés en parcours

E figure quoted
Combien de salariés de Sentiers Vifs sont formés à l'abattage ?
= 8 formés à l'abattage

E figure quoted
Combien de salariés en insertion chez Horizons Paysage cette année ?
= 9 salariés en insertion

E list quoted
Quel matériel Horizons Paysage apporte-t-il pour le lot aval ?
= broyeur | barque à fond plat

E yesno quoted
Les groupements momentanés d'entreprises sont-ils autorisés pour le marché des berges ?
= sont autorisés

E other quoted
Quelle condition doit remplir chaque membre du groupement ?
= une SIAE

E other quoted
Pour qui Sentiers Vifs a-t-il déjà entretenu les berges de la Brézonne ?
= syndicat de rivière

E people
Qui dirige Sentiers Vifs ?
= Julien Arribat

E people
Qui est la gérante d'Horizons Paysage ?
= Aurélie Tessier

E other
Quel est le numéro de téléphone de Mathieu Rascol ?
= 05 36 49 83 40

E other quoted
Quel est le portable de Julien Arribat ?
= 06 39 98 14 72

E other quoted staff
tel aurelie tessier
= 05 36 49 88 03

E other quoted
Où est installée l'entreprise d'insertion Horizons Paysage ?
= ZA du Moulin – Cabrejou

E other quoted
Quelle est l'adresse de Sentiers Vifs ?
= 4 chemin des Teinturiers

E other quoted
Pourquoi Maëlys Rivoalen ne peut-elle pas aider à rédiger les offres ?
= égalité de traitement

E other
Qui est en copie du dernier message sur le marché des berges ?
= Maëlys Rivoalen

E date quoted
Quel jour Aurélie Tessier proposait-elle pour se voir ?
= 27 mars

E other en
Which structure leads the joint bid for the riverbank contract?
= Sentiers Vifs

E other en quoted
What is the reference of the riverbank call for tenders?
= MAPA 2028-07

E figure en quoted
How many kilometres does lot 1 cover?
= 14 km

E people en
Who provides DLA support to the bidders at Levain?
= Mathieu Rascol

E other en quoted
In which commune is Horizons Paysage based?
= Cabrejou

E date typo staff quoted
date limite marche berges sorgelle
= 21 avril 2028

E other en
Who is copied on the last e-mail of the thread?
= Maëlys Rivoalen
"""

Q_NOT = """
N figure
Quelle surface fait le bâtiment de La Filature ?
= 1 450 m²

N date
Depuis quand La Filature est-elle installée dans l'ancienne filature de laine ?
= depuis 2019

N figure
Combien de résidents à La Filature ?
= 38 résidents

+N list
Qui sont-ils ?
= 21 salariés de 11 structures | 17 indépendants

N people
Qui préside l'association La Filature ?
= Bernard Castagné

N people
Qui s'occupe du fablab Bobine ?
= Tom Azéma

N other
Où se trouve le bureau du PTCE à La Filature ?
= bureau 7

N other table
Quels sont les horaires d'accès au bâtiment pour les résidents ?
= 7 h | 22 h

N other table
Quand le café Le Fuseau est-il ouvert ?
= du mercredi au samedi | 11 h 30 | 18 h

N other table
Quand le fablab Bobine est-il ouvert à tous ?
= mercredi et samedi | 14 h | 19 h

N other table
Le fablab a-t-il un créneau réservé aux résidents ?
= jeudi | 18 h | 21 h

N other table
Quels sont les horaires de l'accueil du public à La Filature ?
= du mardi au samedi | 9 h | 18 h

N figure
À quelle distance de La Filature est la gare de Vielmoulin ?
= 400 m

N figure
Combien de places de parking à La Filature ?
= 20 places

N figure
Combien de places dans l'abri à vélos de La Filature ?
= 24 places

N figure table
Combien coûte un bureau fermé à La Filature ?
= 210 € / mois

N figure table
Prix d'un poste nomade pour un extérieur ?
= 15 € / jour

N figure table staff typo
tarif salle cardage exterieur
= 110 € / demi-journée

+N figure table
Et pour un résident ?
= 60 € / demi-journée

N figure table
Combien de personnes peut accueillir la salle Écheveau ?
= 12 personnes

N yesno table
La salle Écheveau est-elle payante pour les résidents ?
= gratuite

N figure table
Combien coûte la cuisine partagée pour un résident ?
= 8 € / heure

N figure table
Quel est le prix d'un poste fixe en open space ?
= 140 € / mois

N date
Depuis quand le nouveau tarif de la salle Cardage s'applique-t-il ?
= 1er avril 2028

N figure compare conflict
Combien coûtait la salle Cardage pour les extérieurs avant avril 2028 ?
= 90 €

N date
Quel jour le CA de La Filature a-t-il décidé le nouveau tarif de la salle Cardage ?
= 14 mars 2028

N figure compare
Combien coûtait le poste nomade pour un résident avant 2028 ?
= 10 €

N figure
Combien coûte l'adhésion à l'association La Filature pour un indépendant ?
= 20 € par an

+N figure
Et pour une structure ?
= 60 € pour une structure

N figure
Quelle est la caution du badge à La Filature ?
= caution de 15 €

N other
Quel est le montant du dépôt de garantie pour s'installer à La Filature ?
= un mois de loyer

N other
Quelle est la durée de la convention d'occupation à La Filature ?
= 3 mois, renouvelable

N list
Quelles sont les étapes pour s'installer à La Filature ?
= convention d’occupation | dépôt de garantie | Adhérer à l’association | badge
= planning des permanences

N figure
Combien d'heures de ménage par mois chaque résident doit-il assurer ?
= 2 heures par mois

N list
Quels sont les flux de tri à La Filature ?
= verre | papier | emballages | biodéchets | ordures ménagères

N yesno
Les chiens sont-ils acceptés à La Filature ?
= acceptés au rez-de-chaussée | jamais dans le fablab ni dans la cuisine

N figure
Combien de cabines téléphoniques à La Filature ?
= Deux cabines téléphoniques

N figure
Combien de membres au conseil d'administration de La Filature ?
= 9 membres

+N figure
Dont combien de résidents ?
= 3 résidents élus

N date
Quand se réunit le conseil des résidents de La Filature ?
= premier lundi de chaque mois | 12 h 30

N date
Quand aura lieu la prochaine assemblée générale de La Filature ?
= 17 juin 2028 | 10 h

N other
Quel est le nom du réseau wifi de La Filature ?
= Filature-Residents

N other
Quel numéro appeler en cas de souci sur le bâtiment un soir ou un week-end ?
= 06 39 98 70 45

N other
Comment contacter l'accueil de La Filature ?
= accueil@lafilature-vielmoulin.fr | 05 36 49 57 02

N other
Quel est le portable de la coordinatrice de La Filature ?
= 06 39 98 21 64

N people
Qui est propriétaire de la page d'accueil des nouveaux résidents ?
= Romane Delpuech

N date
Quand la page d'accueil des résidents a-t-elle été modifiée pour la dernière fois ?
= 4 avril 2028

N date
Quand la page d'accueil des résidents a-t-elle été créée ?
= 2 octobre 2027

N people en
Who chairs the La Filature association?
= Bernard Castagné

N figure en
How many residents does La Filature have?
= 38

N other en
What is the name of La Filature's fablab?
= Bobine

N other en
What is the e-mail address of the fablab?
= fablab@lafilature-vielmoulin.fr

N figure en
How many people does the Cardage room hold?
= 40

N other typo
c koi les horaires du cafe le fuseau
= 11 h 30 | 18 h
"""

Q_CSV = """
C other table
Quel est le SIRET de La Trouvaille ?
= 66738756100562

C other table
Quel est le numéro SIRET de l'Imprimerie Vergé ?
= 58235766600285

C other table staff
siret pressoir sorgelle
= 39912409900199

C date table
Quand l'association Sentiers Vifs a-t-elle été créée ?
= 2009-03-02

C date table
Date de création de Roulons Ensemble ?
= 2016-11-07

C other table
Dans quelle commune est située Lavandière Brézonne ?
= Mazerand

+C other table
C'est quel type de SIAE ?
= EI

C other table
Quelle est la forme juridique d'Horizons Paysage ?
= SARL

C figure table
Combien d'ETP en insertion chez Relais Sorgelle ?
= 11,4

+C other table
Et c'est quel type de structure d'insertion ?
= AI

C other table
Quel type de SIAE est Élan Brézonne ?
= ETTI

C figure table
Quelle est la tranche d'effectif de la Fondation Castelmary ?
= 100 à 199 salariés

C date table
En quelle année la Mutuelle familiale de la Brézonne a-t-elle été créée ?
= 1947

C other table
Quel est le site web de Coop'Alliage ?
= coopalliage.coop

C other table
Quelle est l'adresse de Lavandière Brézonne ?
= ZA de la Croix; lot 4

C other table
À quelle intercommunalité appartient Tarvanel ?
= CA Tarvanel Agglomération

C figure table
Combien d'ETP en insertion à La Trouvaille d'après l'extraction open data ?
= 19,6

C other table
Dans quelle famille de l'ESS est classée Élan Brézonne ?
= Société commerciale de l'ESS

C date table
Quand la Fondation Castelmary a-t-elle été créée ?
= 1962-06-28

C other table
Où est située la Maison familiale rurale de Cabrejou ?
= route de Montelhac

C date table
Quand a été créée l'Union sportive ferjacoise ?
= 1921-08-30

C other table
Quelle est la forme juridique de Coop'Alliage ?
= SCOP SA

C figure table
Quelle est la tranche d'effectif de l'Aide à domicile Brézonne-Sorgelle ?
= 50 à 99 salariés

C other table
Dans quelle commune se trouve la compagnie « Les Pieds Nus » ?
= Vielmoulin

C other table
Quelle est l'adresse d'Énergies citoyennes de la Sorgelle ?
= 1 place de l'Église

C date table
Quand la SCIC Énergies citoyennes de la Sorgelle a-t-elle été créée ?
= 2022-06-20

C figure table
Combien d'ETP en insertion chez Horizons Paysage ?
= 6,5

C other table
Quelle est la forme juridique de la Mutuelle familiale de la Brézonne ?
= Mutuelle (livre II)

C other table
Quel est le site internet de l'Imprimerie Vergé ?
= imprimerie-verge.fr

C other table
Où est installée la CUMA des Coteaux de Montelhac ?
= lieu-dit Les Coteaux

C figure table typo
effectif creche parentale lutins lauzeral
= 6 à 9 salariés

C other table en
What is the legal form of Charpentes Ferjacoises?
= SCOP SA

C other table en
Which commune is the bike workshop Dérailleur in?
= Saint-Ferjac

C date table en
In which year was Radio Galets founded?
= 1984

C other table en
What type of SIAE is Relais Sorgelle?
= AI

C other table en
What is the website of Méandre études?
= meandre-etudes.coop
"""

Q_MISC = """
WR other
Quel prix La Trouvaille a-t-elle reçu en 2027 ?
= prix de l'utilité sociale

PW figure
Combien la communauté de communes a-t-elle donné à La Trouvaille pour sa boutique de Saint-Ferjac ?
= 18 500 €

WA date conflict comment
Un commentaire dit que l'appel à projets du Département ferme le 15 mars : c'est juste ?
= 31 mars 2028

PE figure compare conflict
Le prix visé par le groupement colle-t-il à l'estimation de la communauté de communes ?
= 62 000 € HT par an | 60 000 € HT par an

PE figure
Le marché des berges porte sur combien de kilomètres, et pour quelle durée ?
= 25 km | 3 ans

DN other @siège :
Où est le siège du PTCE Archipel Brézonne ?
= La Filature | bureau 7

DC date
Quand l'association Archipel Brézonne a-t-elle été créée ?
= 2021

EC other
Quelle est l'adresse de Levain ?
= 12 rue des Tanneurs

RC other
Quelle est la forme juridique de Charpentes Ferjacoises, et depuis quand ?
= 1er juillet 2027 | SCOP SA

PC date
En quelle année a été créée la SCIC Pressoir de la Sorgelle ?
= 2024

WC date
Quand La Trouvaille a-t-elle été créée ?
= 2017

NC other
Quelle est l'adresse de La Filature ?
= 3 quai des Fileuses | Vielmoulin

U year figure
Combien de salariés comptait l'ESS en Auvélie en 2025 ?
& salariés && 2025

U year figure
Combien d'adhérents la CRESS Auvélie avait-elle fin 2025 ?
& adhérents && 2025

U year figure
Quel était le budget du PTCE Archipel Brézonne en 2026 ?
& budget && 2026

U year figure
Combien de tonnes La Trouvaille a-t-elle collectées en 2026 ?
& tonnes && 2026

U year figure
Quelle subvention la CCBS a-t-elle versée à La Filature en 2027 ?
& filature && 2027 && subvention|€

U year figure
Combien de participants au Mois de l'ESS 2026 en Auvélie ?
& mois de l'ess && 2026

U year figure
Quel sera le budget primitif 2029 de la communauté de communes ?
! budget primitif 2029

U year figure
Combien de repas La Marmite a-t-elle préparés en 2026 ?
& repas && 2026

U year figure
Combien de voyageurs la ligne Tarvanel – Saint-Ferjac a-t-elle transportés en 2026 ?
& voyageurs && 2026

U year figure en
How many apples did the Pressoir de la Sorgelle press in 2026?
& pommes && 2026

U year figure
Combien de tonnes de pommes le Pressoir prévoit-il de presser en 2028 ?
& pommes && 2028

U year figure
Combien de lauréats l'appel à projets du Département avait-il retenus en 2027 ?
& lauréats && 2027

U place figure
Combien de salariés de l'ESS à Sermaizac ?
& salariés && sermaizac

U place other
Quels sont les horaires de la Matériauthèque de Mazerand ?
& matériauthèque && \\d h\\b

U place figure
Quel est le prix d'entrée au centre aquatique de Tarvanel ?
& centre aquatique && tarvanel

U place figure
Combien de kilomètres de berges de la Brézonne Sentiers Vifs entretient-il ?
& km && brézonne

U place other
Quels sont les horaires de la déchèterie de Coulandre ?
& déchèterie && \\d h\\b

U place figure en
How much is an adult ticket at the Coulandre swimming pool?
& centre aquatique|piscine && coulandre

U person people
Qui est le trésorier de La Filature ?
& filature && trésori

U person people
Qui est le gérant de la SCIC Pressoir de la Sorgelle ?
& pressoir && président|présidente|gérant|gérante|directeur

U person people
Qui dirige Roulons Ensemble ?
& roulons && directeur|directrice|dirige|président

U person people
Qui dirige l'Imprimerie Vergé ?
& vergé && dirige|gérant|gérante|directeur

U person people
Qui est le maire de Vielmoulin ?
& maire && vielmoulin

U person people
Qui est la présidente de l'épicerie solidaire La Cagette ?
& cagette && président|présidente

U person people
Qui est le directeur général des services de la CCBS ?
! directeur général des services|\\bdgs\\b

U person people
Qui est le vice-président du Département chargé de l'insertion ?
& vice-président && insertion

U person people
Quel cabinet est commissaire aux comptes de la CRESS Auvélie ?
& commissaire aux comptes && cabinet

U person people en
Who is the mayor of Ostrac?
& maire && ostrac

U person people en
Who manages the Matériauthèque in Mazerand?
& matériauthèque && responsable|directeur|directrice|gère|encadrant technique :

U detail figure
Combien d'associés compte la SCIC Pressoir de la Sorgelle ?
& pressoir && associés|sociétaires

U detail figure
Quel est le chiffre d'affaires de La Trouvaille ?
& trouvaille && chiffre d'affaires

U detail figure
Quel est le loyer de la boutique de La Trouvaille à Saint-Ferjac ?
& loyer && pont-vieux|boutique|trouvaille

U detail figure
Combien de places de parking à la Matériauthèque ?
& parking && matériauthèque

U detail figure
Quel est le salaire prévu pour le poste de chargé de mission économie circulaire ?
& économie circulaire && salaire|rémunération|€

U detail other
Quelle est l'adresse e-mail de Karim Oudjani ?
! k\\.oudjani|oudjani@

U detail figure
Combien de dossiers ont été déposés à l'appel à projets 2028 ?
! dossiers déposés|dossiers reçus|candidatures reçues

U detail figure
Combien coûte l'adhésion à la CRESS Auvélie ?
& cotisation|adhésion && cress && €

U detail figure
Quelle est la capacité d'accueil de la crèche parentale Les Lutins ?
& lutins && places|enfants|berceaux

U detail figure
Quel est le chiffre d'affaires de la SCOP Charpentes Ferjacoises ?
& charpentes && chiffre d'affaires

U detail other
Quel est le site internet de Roulons Ensemble ?
& roulons && \\.fr|\\.org|\\.coop|www

U detail figure en
How much did it cost to set up the Matériauthèque?
& matériauthèque && €

U detail other en
Which bank granted La Trouvaille's solidarity loan?
& prêt && banque|crédit

U detail other en
Does La Trouvaille accept used tyres?
! pneu

U detail figure
Combien d'adhérents compte le fablab Bobine ?
& bobine && adhérents

U detail figure
Combien d'offres la CCBS a-t-elle reçues pour le marché des berges ?
& offres && reçu

U topic other
La communauté de communes Brézonne-Sorgelle a-t-elle un budget participatif ?
! budget participatif

U topic other
Existe-t-il une monnaie locale dans la vallée de la Sorgelle ?
! monnaie locale

U topic other
La CCBS a-t-elle un projet alimentaire territorial ?
! projet alimentaire|\\bpat\\b

U topic figure
Combien de logements sociaux à Saint-Ferjac ?
! logements? sociaux

U topic other
Le Département de la Brézonne a-t-il adopté un SPASER ?
! spaser

U topic other
Y a-t-il un projet d'habitat participatif dans la Brézonne ?
! habitat participatif

U topic other
La CRESS propose-t-elle une formation à la comptabilité associative ?
& formation && comptab

U topic other en
Does the Department fund driving licences for young people?
! permis de conduire

U topic other
Le Département finance-t-il le BAFA des jeunes animateurs ?
! bafa

U year figure
Combien d'heures d'insertion Sentiers Vifs a-t-il réalisées en 2027 ?
& heures d'insertion && 2027

U year figure
Quel était le montant des Prix de l'ESS Auvélie en 2026 ?
& prix && 2026

U year figure en
What was La Trouvaille's reuse rate in 2025?
& réemploi && 2025

U place figure
Combien de résidents compte le tiers-lieu de Coulandre ?
& tiers-lieu && coulandre

U person people
Qui est le président du Département de la Brézonne ?
& présidente?\\b && département de la brézonne

U person people
Qui est l'encadrant technique de Sentiers Vifs ?
& sentiers vifs && encadrant

U person people en
Who chairs the employers' group GE Archipel?
& ge archipel && président|présidente|préside

U detail figure
Combien coûte un vélo d'occasion à La Trouvaille ?
& vélo && trouvaille

U detail figure
Combien de bénévoles compte La Trouvaille ?
! \\d+ bénévoles

U detail figure
Quelle subvention la Région donne-t-elle au Pressoir pour sa ligne de pasteurisation ?
& pasteurisation && région

U detail figure
Quelle est la surface de la salle Cardage ?
& cardage && m²

U topic figure
Quel est le taux de chômage dans la Brézonne ?
! chômage

U topic other
La CCBS a-t-elle signé une convention territoriale globale avec la CAF ?
! \\bcaf\\b|convention territoriale globale

U topic other en
Is there a repair café at La Filature?
! repair café|café réparation|café-réparation
"""

QTEXT = "\n\n".join((Q_RAP, Q_PVC, Q_DIA, Q_WPA, Q_AAP, Q_EML, Q_NOT, Q_CSV, Q_MISC))


if __name__ == "__main__":
    sys.exit(main())
