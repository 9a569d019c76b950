"""Build the fresh39 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh39/build.py

It writes ``evals/fresh39/corpus/`` (eight documents) and
``evals/fresh39/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the sha256 of every file.

Everything is fictional: the Valmaurie region (Brévignac) and its CRESS; the
Département de l'Orvanne (Montjaubert); the Communauté de communes du Val
d'Orvanne (Lussargues); the Ressourcerie Le Ricochet, the SCIC Racines du
Lizon, the entreprise d'insertion Sillons and every other structure; the
communes, streets, people and all the figures. The set was written blind: its
author read only ``evals/fresh38/README.md`` and ``evals/fresh38/build.py``
(file format and PDF/HTML/e-mail plumbing, adapted here), the first five lines
of ``evals/fresh38/questions.jsonl`` and the ``[tool.ruff]`` settings, not the
tool's code, its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the text of every document as the checks see it;
``--names`` prints the capitalised words shared with fresh38;
``--no-determinism`` skips the second build; ``--build-only DIR`` only writes
the corpus and the questions into DIR (used for the determinism check).
"""

from __future__ import annotations

import base64
import email
import hashlib
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
SET_NAME = "fresh39"
FRESH38 = HERE.parent / "fresh38"

STR = "CCVO_Strategie-ESS-2027-2031_adoptee.pdf"
TAB = "Suivi_conventions_IAE-ESS_2026_Orvanne (impression).pdf"
GDO = "Note de cadrage - Légumerie SCIC Racines du Lizon - Google Docs.html"
WIK = "Ressourcerie Le Ricochet — WikiCRESS Valmaurie.html"
VTT = "Webinaire_achats-responsables_11-02-2027_transcription.vtt.txt"
MKD = "fonds-amorcage.md"
EML = "Invitation _ Conseil local de l'ESS - séance d'installation (reportée).eml"
SUR = "enquete_besoins_ESS_ValOrvanne_2026_statistiques.txt"
DOCS = (STR, TAB, GDO, WIK, VTT, MKD, EML, SUR)
PDFS = (STR, TAB)
HTMLS = (GDO, WIK)
TEXTS = (VTT, MKD, SUR)
SRC = {"S": STR, "T": TAB, "G": GDO, "W": WIK, "V": VTT, "M": MKD, "E": EML, "Y": SUR}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh38)
# ---------------------------------------------------------------------------

# fpdf2 writes /CreationDate only; give the /Info dictionary the same /ModDate.
_orig_info_init = fpdf_output.PDFInfo.__init__


def _info_init_with_mod_date(self, *args, **kwargs):
    _orig_info_init(self, *args, **kwargs)
    self.mod_date = self.creation_date


fpdf_output.PDFInfo.__init__ = _info_init_with_mod_date


def nb(text: str) -> str:
    """``~`` is a no-break space; French spacing inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP)
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|t\b|km²|ETP\b))", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def sp(n: int) -> str:
    """29450 -> '29 450' (ordinary space)."""
    return f"{n:,}".replace(",", " ")


def pct(part: int, whole: int, digits: int = 1) -> str:
    """French percentage with a decimal comma: 50, 87 -> '57,5'."""
    return f"{100 * part / whole:.{digits}f}".replace(".", ",")


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
    """'2027-03-25' -> 'jeudi 25 mars 2027' (the weekday is computed, never typed)."""
    d = date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MOIS_FR[d.month - 1]} {d.year}"
    return f"{JOURS[d.weekday()]} {text}" if weekday else text


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P"):
        super().__init__(orientation=orientation, format="A4", unit="mm")
        for fam, base in (("Sans", "DejaVuSans"), ("Cond", "DejaVuSansCondensed"),
                          ("Serif", "DejaVuSerif")):
            obl = "Oblique" if "Sans" in base else "Italic"
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-{obl}.ttf"))
        self.set_lang("fr-FR")

    def para(self, text: str, size: float = 10, style: str = "", after: float = 2.0,
             align: str = "J", family: str = "Serif", w: float = 0, lh: float = 1.45) -> None:
        self.set_font(family, style, size)
        self.multi_cell(w, size * lh * 0.3528, nb(text), align=align,
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)
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
# 1. Intercommunal ESS strategy, LibreOffice Writer export (PDF, A4 portrait)
# ---------------------------------------------------------------------------

STR_HEAD_L = "Communauté de communes du Val d'Orvanne"
STR_HEAD_R = "Stratégie intercommunale ESS 2027-2031"
SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹"

STR_NOTES = {
    1: """Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire,
       article 1er.""",
    2: """Observatoire régional de l'ESS de la CRESS Valmaurie, données 2024 publiées en
       octobre 2026 ; périmètre des 14 communes.""",
    3: """Enquête « Besoins des structures de l'ESS » conduite en ligne du 3 novembre au
       4 décembre 2026, 87 réponses complètes.""",
    4: """Structures d'insertion par l'activité économique conventionnées par l'État
       (article L. 5132-1 du code du travail) : deux ACI, une EI, une AI et une ETTI.""",
    5: """Article L. 2113-13 du code de la commande publique.""",
    6: """Délibération n° 2026-118 du conseil communautaire du 15 décembre 2026, adoptée
       par 38 voix pour, 2 contre et 3 abstentions.""",
}

# (numéro, action, pilote, partenaires, budget 2027-2031 en euros, échéance)
STR_ACTIONS = [
    ("A1", "Fonds d'amorçage ESS du Val d'Orvanne (subventions de 1 500 à 10 000 €)",
     "CCVO – mission ESS", "Bouture, Ferment", 300000, "1er comité en juin 2027"),
    ("A2", "Parcours d'incubation de porteurs de projet", "CRESS Valmaurie (Ferment)",
     "CCVO, Région", 75000, "promotions 2027 à 2031"),
    ("A3", "Accompagnements DLA renforcés (6 par an)", "Bouture", "Département, État",
     40000, "chaque année"),
    ("A4", "Clauses sociales dans les marchés intercommunaux", "CCVO – commande publique",
     "Département (facilitatrice)", 30000, "décembre 2028"),
    ("A5", "Lot réservé aux SIAE pour l'entretien des espaces verts", "CCVO – services "
     "techniques", "SIAE du territoire", 0, "1er janvier 2028"),
    ("A6", "Plateforme de mobilité solidaire", "SCIC La Navette", "Département, France "
     "Travail", 180000, "septembre 2027"),
    ("A7", "Légumerie pour la restauration collective", "SCIC Racines du Lizon",
     "Département, Région", 150000, "printemps 2028"),
    ("A8", "Extension du tiers-lieu Le Fournil", "Association Le Fournil",
     "Commune de Vernouillac", 120000, "décembre 2028"),
    ("A9", "Second point de collecte du Ricochet à Gentiac", "Ressourcerie Le Ricochet",
     "Commune de Gentiac", 95000, "juin 2028"),
    ("A10", "Mois de l'ESS intercommunal", "CCVO – mission ESS", "CRESS Valmaurie",
     25000, "chaque novembre"),
    ("A11", "Observatoire local de l'ESS", "CRESS Valmaurie", "CCVO", 35000,
     "2027, 2029 et 2031"),
    ("A12", "Poste de chargée de mission ESS (1 ETP)", "CCVO – direction générale",
     "Région (50 % jusqu'en 2029)", 190000, "en poste depuis septembre 2026"),
]
STR_TOTAL = sum(a[4] for a in STR_ACTIONS)  # 1 240 000
STR_FIN = [("Communauté de communes du Val d'Orvanne", 455000),
           ("Département de l'Orvanne", 310000), ("Région Valmaurie", 285000),
           ("FSE+ (programme régional)", 140000), ("Fondations et mécénat", 50000)]

STR_PREAMBULE = paras("""
Le présent document fixe la stratégie de la Communauté de communes du Val d'Orvanne (CCVO)
en faveur de l'économie sociale et solidaire pour la période 2027-2031. Il a été élaboré de
mars à novembre 2026 avec les structures du territoire, au cours de cinq ateliers ouverts et
d'une enquête en ligne, puis adopté par le conseil communautaire le 15 décembre 2026{6}.

Il s'adresse aux élus des 14 communes, aux agents de la CCVO et aux partenaires. Il sera
actualisé après l'évaluation à mi-parcours prévue en 2029.
""")

STR_S11 = paras("""
Le Val d'Orvanne regroupe 14 communes et 23 480 habitants (recensement 2023) sur 612 km²,
le long de l'Orvanne et de son affluent le Lizon. Lussargues, ville-centre et siège de la
communauté, compte 6 910 habitants ; viennent ensuite Gentiac (2 840 habitants), Mirabosc
(2 115) et Cazalbert (1 960).

Le taux de chômage de la zone d'emploi atteint 8,9 % à la fin de 2025, contre 7,6 % dans la
région. Le territoire compte 1 260 foyers allocataires du RSA. La population vieillit : 34 %
des habitants ont 60 ans ou plus.
""")

STR_S12 = paras("""
Au sens de la loi de 2014{1}, l'ESS compte sur le territoire 98 établissements employeurs et
1 146 salariés, soit 11,8 % de l'emploi salarié privé, contre 10,4 % en moyenne régionale{2}.
Les associations en forment l'essentiel (79 établissements), devant les coopératives (12),
les mutuelles (4) et les fondations (3).

L'action sociale, l'enseignement et le sport concentrent 61 % des emplois de l'ESS. Près
d'un salarié sur trois (31 %) partira à la retraite d'ici 2031. Le territoire compte enfin
410 associations actives, dont une majorité sans salarié.

Cinq structures d'insertion{4} emploient 212 salariés en parcours en 2026 : la Ressourcerie
Le Ricochet à Mirabosc, l'ACI Les Pousses à Salvagnes, l'entreprise d'insertion Sillons à
Cazalbert, l'association intermédiaire AIDOR et l'ETTI Tremplin Intérim à Lussargues.
""")

STR_S13 = paras("""
Atouts : un tissu associatif dense, des coopératives ancrées (la SCOP Copeaux d'Orvanne à
Vernouillac, fondée en 1987, et la SCIC La Navette à Gentiac), un tiers-lieu actif, Le
Fournil, et des élus mobilisés depuis le premier forum ESS de 2024.

Fragilités : la mobilité (un ménage sur cinq n'a pas de voiture à Mirabosc), la dépendance
aux subventions et la difficulté à recruter. Parmi les structures ayant répondu à l'enquête
de 2026, 57,5 % citent le recrutement comme leur première difficulté{3}.
""")

STR_S21 = paras("""
Le comité de pilotage est présidé par Odile Fabre, vice-présidente chargée de l'ESS et de
l'emploi. Il réunit la CCVO, le Département de l'Orvanne, la Région Valmaurie, la CRESS
Valmaurie, la DDETS, France Travail et Bouture, opérateur du DLA, ainsi que deux
représentants des structures. Il se réunit trois fois par an.
""")

STR_S22 = paras("""
Un conseil local de l'ESS de 32 membres est créé. Il comprend quatre collèges : élus (8),
structures de l'ESS (14), partenaires institutionnels (6) et habitants (4). Il est
consultatif et se réunit deux fois par an ; ses deux co-présidents sont élus en son sein
pour trois ans.

Sa séance d'installation est fixée au jeudi 18 mars 2027 à Lussargues.
""")

STR_S23 = paras("""
La mission ESS de la CCVO est animée par Nolwenn Kerhervé, chargée de mission recrutée en
septembre 2026 sous l'autorité de Bastien Lhermet, directeur général des services. Le poste
est cofinancé à 50 % par la Région jusqu'en 2029.

Douze indicateurs sont suivis chaque année ; l'évaluation à mi-parcours aura lieu en 2029 et
l'évaluation finale en 2031.
""")

STR_AXES = [
    ("Axe 1 – Entreprendre autrement",
     """Faire émerger 15 nouvelles structures de l'ESS d'ici 2031 grâce au fonds d'amorçage,
     à l'incubation et au DLA, et accompagner les transmissions d'entreprises en SCOP."""),
    ("Axe 2 – Coopérer pour l'emploi",
     """Passer de 212 à 260 salariés en parcours d'insertion et porter de 9 % à 20 % la part
     des marchés intercommunaux comportant une clause sociale, grâce notamment à un premier
     lot réservé aux SIAE{5}."""),
    ("Axe 3 – Relocaliser les besoins essentiels",
     """Alimentation, mobilité et réemploi : une légumerie pour les cantines, une plateforme
     de mobilité solidaire et un second point de collecte du réemploi à Gentiac."""),
]

STR_RETENIR = [
    "3 axes et 12 actions pour 2027-2031",
    f"{sp(STR_TOTAL)} € sur cinq ans, dont 455 000 € apportés par la CCVO",
    "15 structures de l'ESS créées d'ici 2031",
    "260 salariés en parcours d'insertion visés en 2031",
    "un conseil local de l'ESS de 32 membres",
]

STR_S5 = paras(f"""
Le plan d'actions représente {sp(STR_TOTAL)} € sur cinq ans. La CCVO en apporte 455 000 €,
soit 36,7 % ; le reste est attendu du Département, de la Région, du FSE+ et de mécènes,
selon la répartition ci-dessous. Les montants sont inscrits chaque année au budget primitif,
au chapitre 65 pour les subventions.
""")

STR_SECTIONS = [
    ("1.", "Contexte et diagnostic", None),
    ("1.1", "Le territoire", STR_S11),
    ("1.2", "L'ESS en chiffres", STR_S12),
    ("1.3", "Atouts et fragilités", STR_S13),
    ("2.", "Gouvernance", None),
    ("2.1", "Le comité de pilotage", STR_S21),
    ("2.2", "Le conseil local de l'ESS", STR_S22),
    ("2.3", "Animation et évaluation", STR_S23),
    ("3.", "Orientations stratégiques", None),
    ("4.", "Plan d'actions", None),
    ("5.", "Financement", STR_S5),
]


def sup_marks(text: str) -> tuple[str, list[int]]:
    marks = [int(m) for m in re.findall(r"\{(\d)\}", text)]
    return re.sub(r"\{(\d)\}", lambda m: SUP[int(m.group(1))], text), marks


class StrPDF(BasePDF):
    def __init__(self, toc: dict[str, int], notes_at: dict[int, int]):
        super().__init__("P")
        self.toc_pages = toc
        self.notes_at = notes_at
        self.seen_heads: dict[str, int] = {}
        self.seen_marks: dict[int, int] = {}
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=48)

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "I", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(85, 4, STR_HEAD_L)
        self.cell(85, 4, STR_HEAD_R, align="R")
        self.set_draw_color(150, 150, 150)
        self.line(20, 15, 190, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        notes = sorted(n for n, p in self.notes_at.items() if p == self.page_no())
        if notes:
            self.set_y(252)
            self.set_draw_color(0, 0, 0)
            self.line(20, 252, 70, 252)
            self.set_y(254)
            self.set_font("Serif", "", 7.5)
            for n in notes:
                self.multi_cell(170, 3.4, nb(SUP[n] + " " + one(STR_NOTES[n])),
                                new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                self.ln(0.6)
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(60, 4, "Version 1.2 – janvier 2027")
        self.cell(50, 4, f"Page {self.page_no()} / {{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    def text_para(self, text: str, **kw) -> None:
        text, marks = sup_marks(text)
        self.para(text, **kw)
        for m in marks:
            self.seen_marks[m] = self.page

    def heading(self, num: str, title: str) -> None:
        level = 1 if num.endswith(".") else 2
        self.room(24 if level == 1 else 16)
        if level == 1:
            self.ln(3)
            self.set_font("Sans", "B", 14)
            self.set_text_color(0, 70, 110)
        else:
            self.set_font("Sans", "B", 11)
            self.set_text_color(40, 40, 40)
        self.start_section(f"{num} {title}", level=level - 1)
        self.cell(0, 8 if level == 1 else 6, f"{num} {title}",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.seen_heads[num] = self.page
        self.ln(1.5)

    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def toc(self) -> None:
        self.set_font("Sans", "B", 13)
        self.cell(0, 8, "Table des matières", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)
        for num, title, _ in STR_SECTIONS:
            level = 1 if num.endswith(".") else 2
            self.set_font("Serif", "B" if level == 1 else "", 10)
            indent = 0 if level == 1 else 6
            label = f"{num} {title}"
            page = str(self.toc_pages.get(num, 0))
            x0 = 20 + indent
            lw = self.get_string_width(label)
            pw = self.get_string_width(page)
            dot = self.get_string_width(".")
            ndots = int((170 - indent - lw - pw - 4) / dot)
            self.set_x(x0)
            self.cell(lw + 1, 5.6, nb(label))
            self.cell(170 - indent - lw - pw - 2, 5.6, "." * ndots, align="R")
            self.cell(pw + 1, 5.6, page, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def str_pdf(toc: dict[str, int], notes_at: dict[int, int]) -> StrPDF:
    pdf = StrPDF(toc, notes_at)
    pdf.add_page()
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(0, 70, 110)
    pdf.cell(0, 6, "COMMUNAUTÉ DE COMMUNES DU VAL D'ORVANNE", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4.5, "Maison de l'intercommunalité – 3 place des Tilleuls – Lussargues",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 20)
    pdf.multi_cell(0, 9, nb("Stratégie intercommunale de l'économie sociale et solidaire "
                            "2027-2031"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "I", 13)
    pdf.cell(0, 8, nb("« Val d'Orvanne, territoire coopératif »"), new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 6, "Document adopté en conseil communautaire – version 1.2 du 11 janvier 2027",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.toc()
    pdf.ln(6)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "Préambule", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for p in STR_PREAMBULE:
        pdf.text_para(p)
    pdf.add_page()
    for num, title, body in STR_SECTIONS:
        if num == "2.":
            pdf.add_page()
        pdf.heading(num, title)
        for p in body or []:
            pdf.text_para(p)
        if num == "3.":
            for title_axe, text in STR_AXES:
                pdf.room(20)
                pdf.set_font("Sans", "B", 10.5)
                pdf.cell(0, 6, nb(title_axe), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                pdf.text_para(one(text))
            pdf.room(45)
            pdf.ln(2)
            y0 = pdf.y
            pdf.set_fill_color(232, 242, 248)
            pdf.set_draw_color(0, 70, 110)
            pdf.set_line_width(0.5)
            pdf.rect(20, y0, 170, 8 + 5.4 * len(STR_RETENIR) + 4, style="DF")
            pdf.set_xy(25, y0 + 3)
            pdf.set_font("Sans", "B", 11)
            pdf.set_text_color(0, 70, 110)
            pdf.cell(0, 6, "À retenir", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Sans", "", 9.5)
            for item in STR_RETENIR:
                pdf.set_x(27)
                pdf.cell(0, 5.4, nb("▸ " + item), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_line_width(0.2)
            pdf.ln(8)
        if num == "4.":
            pdf.text_para(one("""Le tableau ci-dessous précise, pour chaque action, son pilote,
                ses principaux partenaires, son budget sur la période et son échéance."""))
            str_table(pdf)
        if num == "5.":
            pdf.room(40)
            pdf.set_font("Serif", "", 9.5)
            pdf.set_draw_color(120, 120, 120)
            for label, amount in [*STR_FIN, ("Total", STR_TOTAL)]:
                pdf.set_font("Serif", "B" if label == "Total" else "", 9.5)
                pdf.cell(110, 6, nb(label), border=1)
                pdf.cell(30, 6, nb(f"{sp(amount)} €"), border=1, align="R")
                pdf.cell(30, 6, nb(f"{pct(amount, STR_TOTAL)} %"), border=1, align="R",
                         new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
            pdf.text_para(one("""Fait à Lussargues, le 11 janvier 2027. Pour le président et
                par délégation, la vice-présidente chargée de l'ESS et de l'emploi, Odile
                Fabre."""), style="I", size=9.5)
    return pdf


def str_table(pdf: StrPDF) -> None:
    widths = (10, 52, 30, 32, 22, 24)
    head = ("N°", "Action", "Pilote", "Partenaires", "Budget 2027-2031", "Échéance")
    pdf.set_font("Sans", "", 8)
    pdf.set_draw_color(120, 120, 120)
    with pdf.table(col_widths=widths, text_align=("C", "L", "L", "L", "R", "L"),
                   line_height=3.9, width=sum(widths), align="LEFT", num_heading_rows=1,
                   repeat_headings=1, padding=(0.8, 1.2)) as table:
        row = table.row()
        for h in head:
            row.cell(h, align="CENTER")
        for a in STR_ACTIONS:
            row = table.row()
            for k, c in enumerate(a):
                row.cell(nb(f"{sp(c)} €" if k == 4 else c))
        row = table.row()
        row.cell("Total", colspan=4)
        row.cell(nb(f"{sp(STR_TOTAL)} €"))
        row.cell("")
    pdf.ln(4)


def build_str() -> None:
    toc: dict[str, int] = {}
    notes: dict[int, int] = {}
    for _ in range(3):
        pdf = str_pdf(toc, notes)
        if pdf.seen_heads == toc and pdf.seen_marks == notes:
            break
        toc, notes = dict(pdf.seen_heads), dict(pdf.seen_marks)
    pdf = str_pdf(toc, notes)
    save_pdf(pdf, STR, {
        "title": "Stratégie intercommunale ESS 2027-2031",
        "subject": "Économie sociale et solidaire – Val d'Orvanne",
        "author": "Nolwenn Kerhervé",
        "creator": "Writer",
        "producer": "LibreOffice 7.6",
        "keywords": "ESS, stratégie, CCVO, plan d'actions",
    }, datetime(2027, 1, 11, 15, 42, 9, tzinfo=UTC))

# ---------------------------------------------------------------------------
# 2. Follow-up spreadsheet printed to PDF (LibreOffice Calc, A4 landscape)
# ---------------------------------------------------------------------------

TAB_CATS = [
    ("ACI", "Ateliers et chantiers d'insertion (ACI)"),
    ("EI", "Entreprises d'insertion (EI)"),
    ("AI", "Associations intermédiaires (AI)"),
    ("ETTI", "Entreprises de travail temporaire d'insertion (ETTI)"),
    ("ESS", "Structures de l'ESS hors IAE – subventions de fonctionnement"),
]
# (catégorie, structure, commune, réf., signée le, durée, attribué, versé, ETP, sorties, référent)
TAB_ROWS = [
    ("ACI", "Ressourcerie Le Ricochet", "Mirabosc", "IAE-2026-003", "12/02/2026", "3 ans",
     46000, 34500, "24,0", "58 %", "S. Belkacem"),
    ("ACI", "Les Pousses", "Salvagnes", "IAE-2026-004", "12/02/2026", "3 ans", 38500, 28875,
     "18,5", "52 %", "S. Belkacem"),
    ("ACI", "Berges d'Orvanne", "Auzeval", "IAE-2026-007", "05/03/2026", "1 an", 29000, 29000,
     "12,0", "61 %", "S. Belkacem"),
    ("ACI", "Récup'Corlhac", "Corlhac", "IAE-2026-009", "05/03/2026", "3 ans", 33000, 24750,
     "14,0", "47 %", "S. Belkacem"),
    ("ACI", "Atelier Rustine", "Montjaubert", "IAE-2026-011", "19/03/2026", "1 an", 21500,
     21500, "8,0", "66 %", "S. Belkacem"),
    ("ACI", "Pierres Sèches d'Orvanne", "Puechmaure", "IAE-2026-012", "19/03/2026", "2 ans",
     26000, 19500, "10,5", "44 %", "S. Belkacem"),
    ("ACI", "Maraîchers de Valzergues", "Valzergues", "IAE-2026-015", "09/04/2026", "3 ans",
     35000, 26250, "16,0", "55 %", "S. Belkacem"),
    ("ACI", "Aiguillée (couture)", "Fenouillac", "IAE-2026-018", "09/04/2026", "1 an", 17000,
     12750, "7,0", "38 %", "S. Belkacem"),
    ("EI", "Sillons (espaces verts)", "Cazalbert", "IAE-2026-021", "23/04/2026", "3 ans",
     24000, 18000, "15,0", "63 %", "K. Vayssade"),
    ("EI", "Linéo (blanchisserie)", "Lussargues", "IAE-2026-022", "23/04/2026", "3 ans",
     19500, 14625, "11,0", "59 %", "K. Vayssade"),
    ("EI", "Pierre & Chaux", "Montjaubert", "IAE-2026-024", "07/05/2026", "2 ans", 16000,
     16000, "9,0", "50 %", "K. Vayssade"),
    ("EI", "Tri'Orvanne", "Corlhac", "IAE-2026-026", "07/05/2026", "1 an", 14500, 10875,
     "8,5", "57 %", "K. Vayssade"),
    ("EI", "Saveurs Lunaguet (traiteur)", "Lunaguet", "IAE-2026-027", "21/05/2026", "3 ans",
     12000, 9000, "6,0", "48 %", "K. Vayssade"),
    ("EI", "Propreté Valzergues", "Valzergues", "IAE-2026-029", "21/05/2026", "1 an", 11000,
     11000, "5,5", "70 %", "K. Vayssade"),
    ("AI", "AIDOR", "Lussargues", "IAE-2026-031", "04/06/2026", "3 ans", 15000, 11250, "9,2",
     "41 %", "M. Tournemire"),
    ("AI", "Tandem", "Montjaubert", "IAE-2026-032", "04/06/2026", "3 ans", 13500, 10125,
     "8,1", "46 %", "M. Tournemire"),
    ("AI", "Escale Emploi", "Fenouillac", "IAE-2026-034", "18/06/2026", "1 an", 9000, 9000,
     "4,3", "39 %", "M. Tournemire"),
    ("AI", "Allô Valzergues", "Valzergues", "IAE-2026-035", "18/06/2026", "1 an", 7500, 5625,
     "3,6", "44 %", "M. Tournemire"),
    ("ETTI", "Tremplin Intérim", "Lussargues", "IAE-2026-037", "02/07/2026", "3 ans", 12000,
     9000, "7,4", "64 %", "K. Vayssade"),
    ("ETTI", "Intermède", "Montjaubert", "IAE-2026-038", "02/07/2026", "2 ans", 10500, 7875,
     "6,2", "60 %", "K. Vayssade"),
    ("ETTI", "Boussole Intérim", "Corlhac", "IAE-2026-040", "16/07/2026", "1 an", 8000, 8000,
     "4,0", "53 %", "K. Vayssade"),
    ("ESS", "SCIC La Navette", "Gentiac", "ESS-2026-002", "26/03/2026", "1 an", 25000, 25000,
     "6,5", "–", "M. Tournemire"),
    ("ESS", "SCOP Copeaux d'Orvanne", "Vernouillac", "ESS-2026-005", "26/03/2026", "1 an",
     8000, 8000, "21,0", "–", "M. Tournemire"),
    ("ESS", "Tiers-lieu Le Fournil", "Vernouillac", "ESS-2026-006", "09/04/2026", "3 ans (CPO)",
     18000, 13500, "3,0", "–", "M. Tournemire"),
    ("ESS", "Épicerie solidaire La Musette", "Gentiac", "ESS-2026-008", "09/04/2026", "1 an",
     9500, 9500, "1,5", "–", "M. Tournemire"),
    ("ESS", "Café associatif Le Chardon", "Brassalou", "ESS-2026-010", "23/04/2026", "1 an",
     4000, 4000, "0,8", "–", "M. Tournemire"),
    ("ESS", "SCIC Racines du Lizon (étude)", "Auzeval", "ESS-2026-013", "21/05/2026", "1 an",
     30000, 15000, "0,5", "–", "M. Tournemire"),
    ("ESS", "Auto-école sociale Démarreur", "Lussargues", "ESS-2026-014", "21/05/2026", "1 an",
     12000, 12000, "2,0", "–", "M. Tournemire"),
    ("ESS", "Bouture (opérateur DLA)", "Montjaubert", "ESS-2026-016", "04/06/2026",
     "3 ans (CPO)", 22000, 16500, "4,0", "–", "M. Tournemire"),
    ("ESS", "CRESS Valmaurie – Ferment", "Brévignac", "ESS-2026-017", "04/06/2026", "1 an",
     15000, 7500, "11,0", "–", "M. Tournemire"),
    ("ESS", "Ludothèque Les Dés Bleus", "Corlhac", "ESS-2026-019", "18/06/2026", "1 an", 5500,
     5500, "1,2", "–", "M. Tournemire"),
    ("ESS", "Radio Ondes d'Orvanne", "Puechmaure", "ESS-2026-020", "18/06/2026", "1 an", 6000,
     6000, "2,5", "–", "M. Tournemire"),
    ("ESS", "Les Toits du Lizon (habitat)", "Montjaubert", "ESS-2026-023", "02/07/2026",
     "1 an", 7000, 3500, "1,0", "–", "M. Tournemire"),
    ("ESS", "Pédale Douce (cyclo-logistique)", "Montjaubert", "ESS-2026-025", "02/07/2026",
     "1 an", 6500, 6500, "2,0", "–", "M. Tournemire"),
]
TAB_ENVELOPE = 720000
TAB_W = (8, 52, 25, 24, 20, 19, 23, 23, 22, 16, 16, 29)
TAB_GROUPS = [("Structure", 3), ("Convention", 3), ("Financement départemental 2026 (€)", 3),
              ("Suivi", 3)]
TAB_HEAD = ("N°", "Structure", "Commune", "Réf.", "Signée le", "Durée", "Attribué", "Versé",
            "Reste à verser", "ETP", "Sorties dyn.", "Référent")


def tab_sums(rows) -> tuple[int, int, int, float]:
    a = sum(r[6] for r in rows)
    v = sum(r[7] for r in rows)
    e = sum(float(r[8].replace(",", ".")) for r in rows)
    return a, v, a - v, e


def fr1(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


class TabPDF(BasePDF):
    def __init__(self):
        super().__init__("L")
        self.set_margins(10, 10, 10)
        self.set_auto_page_break(False)

    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_xy(10, 7)
        self.cell(92, 4, "Département de l'Orvanne – DIE – service insertion")
        self.set_font("Sans", "B", 9)
        self.cell(93, 4, "Suivi des conventions IAE et subventions ESS – exercice 2026",
                  align="C")
        self.set_font("Sans", "", 7.5)
        self.cell(92, 4, "Situation au 31/01/2027", align="R")
        self.set_y(14)
        self.head_rows()

    def footer(self):
        self.set_y(-10)
        self.set_font("Sans", "", 7)
        self.cell(92, 4, "suivi_conventions_IAE-ESS_2026_v4.ods")
        self.cell(93, 4, f"Feuille : Suivi_2026 — Page {self.page_no()} de {{nb}}",
                  align="C")
        self.cell(92, 4, "Imprimé le 03/02/2027 à 09:14", align="R")

    def head_rows(self):
        self.set_draw_color(90, 90, 90)
        self.set_line_width(0.2)
        self.set_fill_color(204, 221, 238)
        self.set_font("Cond", "B", 8)
        x = 10
        k = 0
        for label, span in TAB_GROUPS:
            w = sum(TAB_W[k:k + span])
            self.set_xy(x, 14)
            self.cell(w, 5.5, nb(label), border=1, align="C", fill=True)
            x += w
            k += span
        self.set_xy(10, 19.5)
        self.set_fill_color(228, 236, 245)
        for w, h in zip(TAB_W, TAB_HEAD, strict=True):
            self.cell(w, 5.5, h, border=1, align="C", fill=True)
        self.set_xy(10, 25)

    def line_row(self, cells, style="", fill=None, aligns=None):
        if self.y + 5.2 > 197:
            self.add_page()
        self.set_font("Cond", style, 7.8)
        if fill:
            self.set_fill_color(*fill)
        aligns = aligns or ("C", "L", "L", "L", "C", "C", "R", "R", "R", "R", "R", "L")
        for w, c, a in zip(TAB_W, cells, aligns, strict=True):
            self.cell(w, 5.2, nb(c), border=1, align=a, fill=bool(fill))
        self.ln(5.2)

    def span_row(self, text, fill):
        if self.y + 5.2 > 197:
            self.add_page()
        self.set_font("Cond", "B", 7.8)
        self.set_fill_color(*fill)
        self.cell(sum(TAB_W), 5.2, nb(text), border=1, fill=True)
        self.ln(5.2)


def build_tab() -> None:
    pdf = TabPDF()
    pdf.add_page()
    n = 0
    for code, label in TAB_CATS:
        pdf.span_row(label, (242, 242, 242))
        rows = [r for r in TAB_ROWS if r[0] == code]
        for r in rows:
            n += 1
            reste = r[6] - r[7]
            pdf.line_row([str(n), r[1], r[2], r[3], r[4], r[5], sp(r[6]), sp(r[7]), sp(reste),
                          r[8], r[9], r[10]])
        a, v, rest, e = tab_sums(rows)
        pdf.line_row(["", f"Sous-total {code} ({len(rows)} structures)", "", "", "", "",
                      sp(a), sp(v), sp(rest), fr1(e), "", ""], style="B", fill=(255, 244, 204))
    a, v, rest, e = tab_sums(TAB_ROWS)
    pdf.line_row(["", f"TOTAL GÉNÉRAL ({len(TAB_ROWS)} structures)", "", "", "", "", sp(a),
                  sp(v), sp(rest), fr1(e), "", ""], style="B", fill=(255, 221, 153))
    pdf.ln(3)
    pdf.set_font("Sans", "", 7.5)
    notes = [
        f"Enveloppe votée au BP 2026 (chapitre 65, article 6574) : {sp(TAB_ENVELOPE)} € – "
        f"taux d'engagement : {pct(a, TAB_ENVELOPE)} %.",
        "ETP : postes conventionnés pour les SIAE (aide départementale en complément de l'aide "
        "au poste de l'État) ; effectif salarié en ETP pour les structures hors IAE.",
        "Sorties dyn. : taux de sorties dynamiques 2026 déclaré par la structure (objectif "
        "départemental : 55 %). Solde versé sur bilan avant le 30/06/2027.",
    ]
    for t in notes:
        if pdf.y + 4 > 197:
            pdf.add_page()
        pdf.cell(0, 4, nb(t), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    save_pdf(pdf, TAB, {
        "title": "Suivi_2026",
        "subject": "Suivi des conventions IAE et subventions ESS 2026",
        "author": "Samia Belkacem",
        "creator": "Calc",
        "producer": "LibreOffice 7.6",
        "keywords": "IAE, ESS, conventions, subventions, 2026",
    }, datetime(2027, 2, 3, 9, 14, 51, tzinfo=UTC))

# ---------------------------------------------------------------------------
# 3. Google Docs document exported as HTML (c1, c2… classes, every run in a span)
# ---------------------------------------------------------------------------

GDO_INVEST = [("Achat et rénovation du bâtiment", 312000),
              ("Équipements de transformation (laveuse, éplucheuse, ensacheuse)", 214000),
              ("Chambre froide positive (60 m³)", 68000), ("Véhicule frigorifique", 46000)]
GDO_FIN = [("Région Valmaurie (investissement agroalimentaire)", 160000),
           ("Département de l'Orvanne", 96000),
           ("Communauté de communes du Val d'Orvanne (action A7)", 150000),
           ("Prêt bancaire sur 12 ans", 194000), ("Fonds propres de la SCIC", 40000)]
GDO_COLLEGES = [("Producteurs", "35 %", 29), ("Salariés", "20 %", 6),
                ("Restauration collective (clients)", "20 %", 9),
                ("Collectivités publiques", "15 %", 4), ("Soutiens et habitants", "10 %", 23)]
GDO_COMMENTS = [
    ("a", """Samia Belkacem : attention, le Département ne pourra pas dépasser 15 % de la
     dépense éligible ; les 96 000 € sont donc un maximum."""),
    ("b", """Nolwenn Kerhervé : la stratégie intercommunale indique encore « printemps 2028 »
     pour l'action A7 ; à corriger lors de sa prochaine révision."""),
    ("c", """Nolwenn Kerhervé : proposer une présentation de dix minutes au conseil local de
     l'ESS du 25 mars."""),
    ("d", """Marius Caussanel : OK, on retient 120 tonnes comme seuil de rentabilité (chiffre
     de l'étude)."""),
]
GDO_NOTES = [
    ("1", """Loi n° 2001-624 du 17 juillet 2001 créant la société coopérative d'intérêt
     collectif ; une collectivité peut détenir jusqu'à 50 % du capital."""),
    ("2", """Étude de faisabilité du cabinet Ortolan Conseil, rendue en juin 2026, financée
     par le Département de l'Orvanne (30 000 €)."""),
]

GDO_CSS = (
    "ol{margin:0;padding:0}table td,table th{padding:0}"
    ".c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;"
    "font-size:11pt;font-family:\"Arial\";font-style:normal}"
    ".c1{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;"
    "font-size:11pt;font-family:\"Arial\";font-style:normal}"
    ".c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;"
    "text-align:left}"
    ".c3{padding-top:18pt;padding-bottom:6pt;line-height:1.15;page-break-after:avoid;"
    "text-align:left}"
    ".c4{color:#1f4e79;font-weight:700;font-size:14pt;font-family:\"Arial\"}"
    ".c5{color:#666666;font-weight:400;font-size:9pt;font-family:\"Arial\";font-style:italic}"
    ".c6{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;"
    "border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;"
    "vertical-align:top;border-right-color:#000000;border-left-width:1pt;"
    "border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:234pt;"
    "border-top-color:#000000;border-bottom-style:solid}"
    ".c7{background-color:#d9e2f3}.c8{margin-left:auto;border-spacing:0;"
    "border-collapse:collapse;margin-right:auto}"
    ".c9{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:right}"
    ".c10{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}"
    ".c11{color:inherit;text-decoration:inherit}.c12{font-size:20pt;font-weight:700;"
    "font-family:\"Arial\"}.c13{margin-left:36pt;padding-left:0pt}"
    ".c14{background-color:#fff2cc}.c15{vertical-align:super;font-size:8pt}"
    ".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;"
    "font-family:\"Arial\";line-height:1.15;page-break-after:avoid;text-align:left}"
    "li{color:#000000;font-size:11pt;font-family:\"Arial\"}p{margin:0;color:#000000;"
    "font-size:11pt;font-family:\"Arial\"}"
)

GDO_BODY = [
    ("title", "Note de cadrage – Légumerie du Val d'Orvanne"),
    ("sub", "SCIC Racines du Lizon – version de travail du 2 février 2027 – rédaction : "
            "Marius Caussanel, gérant – relecture : mission ESS de la CCVO"),
    ("h", "1. Objet du projet"),
    ("p", """La SCIC Racines du Lizon veut ouvrir une **légumerie** : un atelier qui lave,
     épluche, découpe et conditionne sous vide des légumes produits localement, pour la
     restauration collective. Les clients visés sont les 11 collèges publics du Département
     de l'Orvanne (dont 4 dans le Val d'Orvanne), deux EHPAD et la cuisine centrale de
     Lussargues, qui sert **1 450 repas par jour**."""),
    ("p", """La SCIC a été immatriculée le 18 septembre 2025{1} à Auzeval. Elle est gérée par
     Marius Caussanel, maraîcher à Salvagnes, assisté d'une coordinatrice à mi-temps,
     Salomé Tarrade."""),
    ("h", "2. Site et capacité"),
    ("p", """Le site retenu est l'ancienne coopérative laitière d'Auzeval, **14 route de
     Gentiac** : un bâtiment de 420 m² sur un terrain de 2 300 m². Le permis de construire
     a été déposé le 14 octobre 2026 ; son obtention est attendue en avril 2027."""),
    ("p", """La capacité est de **95 tonnes** de légumes la première année et de
     **180 tonnes** par an à pleine charge, en 2030. Le seuil de rentabilité est estimé à
     120 tonnes par an{2}[d]. Vingt-trois producteurs situés dans un rayon de 60 km ont
     signé une lettre d'intention. Le prix moyen de vente visé est de 2,35 € HT le kilo."""),
    ("h", "3. Emplois"),
    ("p", """À l'ouverture, la légumerie emploiera 6,5 ETP : un chef de production, un
     chauffeur-livreur, la coordinatrice à mi-temps et **quatre salariés en parcours
     d'insertion** mis à disposition par l'ACI Les Pousses, qui assure leur
     accompagnement socioprofessionnel."""),
    ("h", "4. Sociétariat"),
    ("p", """Au 31 janvier 2027, la SCIC compte 71 associés et un capital de 52 400 €. La
     CCVO est entrée au capital pour 8 000 € par délibération du 15 décembre 2026. Les
     droits de vote sont répartis en cinq collèges :"""),
    ("colleges", ""),
    ("h", "5. Budget d'investissement et plan de financement"),
    ("p", """Le coût total du projet est de **640 000 € HT**. Le plan de financement
     prévisionnel est le suivant :"""),
    ("budget", ""),
    ("p", """La subvention du Département est sollicitée au titre de l'investissement{a} ;
     la part de la CCVO correspond à l'action A7 de la stratégie intercommunale."""),
    ("h", "6. Calendrier"),
    ("ul", ["obtention du permis de construire : avril 2027",
            "travaux : de mai 2027 à mai 2028",
            "recrutement du chef de production : janvier 2028",
            "**ouverture : septembre 2028**, pour la rentrée scolaire{b}"]),
    ("h", "7. Points de vigilance et prochaines étapes"),
    ("ul", ["dépendance aux commandes publiques : 70 % du chiffre d'affaires prévu",
            "marché des collèges à renouveler en juillet 2028 (possibilité de lot réservé "
            "aux structures d'insertion à étudier avec le Département)",
            "présentation du projet au conseil local de l'ESS{c}",
            "dépôt du dossier régional avant le 30 avril 2027"]),
]


def gdo_runs(text: str) -> str:
    """Runs as spans; **bold** runs, {n} footnote refs and [x] comment anchors."""
    out = []
    for part in re.split(r"(\*\*.+?\*\*|\{\d\}|\{[a-z]\}|\[[a-z]\])", one(text)):
        if not part:
            continue
        if part.startswith("**"):
            out.append(f'<span class="c1">{escape(part[2:-2], quote=False)}</span>')
        elif re.fullmatch(r"\{\d\}", part):
            n = part[1]
            out.append(f'<sup><a href="#ftnt{n}" id="ftnt_ref{n}">[{n}]</a></sup>')
        elif re.fullmatch(r"\{[a-z]\}|\[[a-z]\]", part):
            c = part[1]
            k = "abcd".index(c) + 1
            out.append(f'<sup><a href="#cmnt{k}" id="cmnt_ref{k}">[{c}]</a></sup>')
        else:
            out.append(f'<span class="c0">{escape(part, quote=False)}</span>')
    return "".join(out)


def gdo_cell(text: str, bold: bool = False, right: bool = False, head: bool = False) -> str:
    cls = "c6 c7" if head else "c6"
    pcls = "c9" if right else "c2"
    span = "c1" if bold or head else "c0"
    return (f'<td class="{cls}" colspan="1" rowspan="1"><p class="{pcls}">'
            f'<span class="{span}">{escape(text, quote=False)}</span></p></td>')


def gdo_html() -> str:
    body = []
    hid = 0
    for kind, val in GDO_BODY:
        if kind == "title":
            body.append(f'<p class="c2 title" id="h.r7k2m9xq1a0b"><span class="c12">'
                        f'{escape(val)}</span></p>')
        elif kind == "sub":
            body.append(f'<p class="c2"><span class="c5">{escape(val)}</span></p>'
                        '<p class="c2"><span class="c0"></span></p>')
        elif kind == "h":
            hid += 1
            body.append(f'<p class="c3" id="h.{hid:02d}x4t8c{hid * 7:03d}"><span class="c4">'
                        f'{escape(val)}</span></p>')
        elif kind == "p":
            body.append(f'<p class="c2">{gdo_runs(val)}</p><p class="c2">'
                        '<span class="c0"></span></p>')
        elif kind == "ul":
            items = "".join(f'<li class="c2 c13 li-bullet-0">{gdo_runs(x)}</li>' for x in val)
            body.append(f'<ul class="c11 lst-kix_u3n0d8w2f1-0 start">{items}</ul>')
        elif kind == "colleges":
            rows = ['<tr class="c7">' + gdo_cell("Collège", head=True)
                    + gdo_cell("Droits de vote", head=True)
                    + gdo_cell("Associés", head=True) + "</tr>"]
            rows += [f"<tr>{gdo_cell(a)}{gdo_cell(b, right=True)}{gdo_cell(str(c), right=True)}"
                     "</tr>" for a, b, c in GDO_COLLEGES]
            total = sum(c for _, _, c in GDO_COLLEGES)
            rows.append(f"<tr>{gdo_cell('Total', bold=True)}{gdo_cell('100 %', True, True)}"
                        f"{gdo_cell(str(total), True, True)}</tr>")
            body.append(f'<table class="c8">{"".join(rows)}</table><p class="c2">'
                        '<span class="c0"></span></p>')
        elif kind == "budget":
            rows = ['<tr class="c7">' + gdo_cell("Dépenses", head=True)
                    + gdo_cell("Montant HT", head=True) + gdo_cell("Recettes", head=True)
                    + gdo_cell("Montant", head=True) + "</tr>"]
            n = max(len(GDO_INVEST), len(GDO_FIN))
            for i in range(n):
                a = GDO_INVEST[i] if i < len(GDO_INVEST) else ("", None)
                b = GDO_FIN[i] if i < len(GDO_FIN) else ("", None)
                rows.append("<tr>" + gdo_cell(a[0])
                            + gdo_cell(f"{sp(a[1])} €" if a[1] else "", right=True)
                            + gdo_cell(b[0])
                            + gdo_cell(f"{sp(b[1])} €" if b[1] else "", right=True) + "</tr>")
            ti, tf = sum(x[1] for x in GDO_INVEST), sum(x[1] for x in GDO_FIN)
            rows.append("<tr>" + gdo_cell("Total des dépenses", True)
                        + gdo_cell(f"{sp(ti)} €", True, True)
                        + gdo_cell("Total des recettes", True)
                        + gdo_cell(f"{sp(tf)} €", True, True) + "</tr>")
            body.append(f'<table class="c8">{"".join(rows)}</table><p class="c2">'
                        '<span class="c0"></span></p>')
    body.append('<hr class="c14"><div>')
    for n, text in GDO_NOTES:
        body.append(f'<p class="c2"><a href="#ftnt_ref{n}" id="ftnt{n}">[{n}]</a>'
                    f'<span class="c5">&nbsp;{escape(one(text), quote=False)}</span></p>')
    body.append("</div>")
    for k, (c, text) in enumerate(GDO_COMMENTS, 1):
        body.append(f'<div class="c14"><p class="c2"><a href="#cmnt_ref{k}" id="cmnt{k}">'
                    f'[{c}]</a><span class="c0">{escape(one(text), quote=False)}</span></p>'
                    "</div>")
    return ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            f'<style type="text/css">{GDO_CSS}</style></head><body class="c10 doc-content">'
            + "".join(body) + "</body></html>")


def build_gdo() -> None:
    (CORPUS / GDO).write_text(gdo_html(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# 4. MediaWiki page of the CRESS intranet wiki, saved from the browser (Vector skin)
# ---------------------------------------------------------------------------

WIK_TITLE = "Ressourcerie Le Ricochet"
WIK_SLUG = "Ressourcerie_Le_Ricochet"
WIK_INFO = [
    ("Forme juridique", "Association loi 1901"),
    ("Création", "14 mai 2009"),
    ("Siège", "7 chemin de la Coustière, Mirabosc"),
    ("Président", "Arthur Vigneron"),
    ("Directeur", "Yvan Couderc"),
    ("Conventionnement", "Atelier chantier d'insertion depuis 2012"),
    ("Agrément ESUS", "2019"),
    ("Effectif (2025)", "46 salariés, dont 34 postes en parcours"),
    ("Budget 2025", "1,38 M€"),
    ("Adhérent CRESS", "depuis 2015"),
    ("SIRET", "512 734 906 00028"),
    ("Site web", "ricochet-mirabosc.fr"),
]
WIK_FIG = [
    ("Tonnes collectées", "486", "531", "574", "612"),
    ("Taux de réemploi", "41 %", "43 %", "45 %", "48 %"),
    ("Chiffre d'affaires des boutiques (k€)", "318", "352", "389", "421"),
    ("Personnes en parcours sur l'année", "52", "55", "57", "61"),
    ("Sorties dynamiques", "49 %", "53 %", "51 %", "56 %"),
]
WIK_SECTIONS = [
    ("Histoire", None, """
<p>L'association est créée le 14 mai 2009 à Mirabosc par des membres du collectif Zéro Déchet
Orvanne et du CCAS de la commune. La première boutique ouvre en 2010 dans un ancien garage de
l'avenue du Champ-de-Foire.</p>
<p>Conventionnée comme atelier chantier d'insertion en 2012, la structure s'installe en 2018
dans l'ancienne scierie de la Coustière (1 800 m²), achetée avec l'appui de la commune de
Mirabosc<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>. Elle
obtient l'agrément ESUS en 2019 et ouvre un atelier vélo en 2023.</p>"""),
    ("Activités", None, """
<p>Le Ricochet collecte des objets dans trois déchèteries (Mirabosc, Lussargues et Cazalbert),
par apport volontaire au dépôt et à domicile sur rendez-vous (forfait de 15 € par
enlèvement). Les objets sont triés, nettoyés et réparés (meubles, électroménager, vélos,
vaisselle, livres) puis revendus.</p>
<ul><li>Boutique de Mirabosc : mercredi, vendredi et samedi, de 10 h à 18 h.</li>
<li>Atelier vélo : samedi matin, réparation accompagnée à prix libre.</li>
<li>Sensibilisation : 42 classes accueillies en 2025.</li></ul>"""),
    ("Parcours d'insertion", None, """
<p>Les 34 postes en parcours sont des CDDI de 26 heures par semaine. L'équipe permanente
compte quatre encadrants techniques et une conseillère en insertion professionnelle, Lucie
Ginestet. La durée moyenne de parcours est de 13 mois. Le taux de sorties dynamiques
provisoire de 2026 est de 58 %<sup id="cite_ref-2" class="reference">
<a href="#cite_note-2">[2]</a></sup>.</p>"""),
    ("Chiffres clés", None, "FIGURES"),
    ("Gouvernance", None, """
<p>Le conseil d'administration compte 12 membres. Le bureau est composé d'Arthur Vigneron,
président depuis 2021, d'Anouk Bérenger, trésorière, et de Mathis Cassan, secrétaire.
L'assemblée générale se tient chaque année en juin ; la dernière a eu lieu le 14 juin
2026.</p>"""),
    ("Partenaires", None, """
<ul><li>Département de l'Orvanne : 46 000 € en 2026 (aide départementale aux ACI).</li>
<li>Communauté de communes du Val d'Orvanne : mise à disposition des déchèteries.</li>
<li>Commune de Mirabosc : garantie de l'emprunt de 2018.</li>
<li>SICTOM de l'Orvanne : convention de détournement des encombrants.</li>
<li>France Travail et DDETS : conventionnement et orientations.</li></ul>"""),
    ("Projets", None, """
<p>Un second point de collecte avec boutique doit ouvrir à Gentiac, dans l'ancienne
gendarmerie. L'ouverture est désormais envisagée en septembre 2028 ; le projet est inscrit
comme action A9 de la stratégie intercommunale<sup id="cite_ref-3" class="reference">
<a href="#cite_note-3">[3]</a></sup>, avec un budget de 95 000 €. Il créerait six postes en
parcours supplémentaires.</p>"""),
]
WIK_REFS = [
    "Rapport d'activité 2025, présenté à l'assemblée générale du 14 juin 2026.",
    "Bilan de la convention départementale IAE-2026-003, janvier 2027.",
    "Communauté de communes du Val d'Orvanne, Stratégie intercommunale ESS 2027-2031, "
    "action A9.",
]
WIK_CATS = ["Ressourceries", "Ateliers chantiers d'insertion", "Val d'Orvanne",
            "Adhérents de la CRESS Valmaurie", "Structures ESUS"]


def wik_anchor(title: str) -> str:
    return title.replace(" ", "_").replace("'", "%27")


def wik_html() -> str:
    info = "".join(f'<tr><th scope="row" class="infobox-label">{escape(k)}</th>'
                   f'<td class="infobox-data">{escape(v)}</td></tr>' for k, v in WIK_INFO)
    infobox = ('<table class="infobox infobox-structure" style="width:22em">'
               f'<caption class="infobox-title">{WIK_TITLE}</caption>'
               '<tr><td colspan="2" class="infobox-image"><span class="mw-default-size">'
               '<img alt="Logo du Ricochet" src="/images/thumb/logo-ricochet.png" '
               'width="180" height="120"></span></td></tr>'
               f"{info}</table>")
    toc = "".join(f'<li class="toclevel-1 tocsection-{i}"><a href="#{wik_anchor(t)}">'
                  f'<span class="tocnumber">{i}</span> <span class="toctext">{escape(t)}'
                  "</span></a></li>"
                  for i, (t, _, _) in enumerate([*WIK_SECTIONS, ("Références", 0, 0)], 1))
    parts = []
    for i, (title, _, body) in enumerate(WIK_SECTIONS, 1):
        if body == "FIGURES":
            rows = "".join("<tr><td>" + escape(r[0]) + "</td>" + "".join(
                f'<td style="text-align:right">{escape(c)}</td>' for c in r[1:]) + "</tr>\n"
                for r in WIK_FIG)
            body = ('<table class="wikitable">\n<caption>Évolution 2022-2025</caption>\n'
                    "<tr><th>Indicateur</th><th>2022</th><th>2023</th><th>2024</th>"
                    f"<th>2025</th></tr>\n{rows}</table>")
        parts.append(
            f'<h2><span class="mw-headline" id="{wik_anchor(title)}">{escape(title)}</span>'
            '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
            f'<a href="/index.php?title={WIK_SLUG}&amp;veaction=edit&amp;section={i}" '
            f'class="mw-editsection-visualeditor" title="Modifier la section : '
            f'{escape(title)}">modifier</a><span class="mw-editsection-divider"> | </span>'
            f'<a href="/index.php?title={WIK_SLUG}&amp;action=edit&amp;section={i}" '
            f'title="Modifier le code de la section : {escape(title)}">modifier le code</a>'
            '<span class="mw-editsection-bracket">]</span></span></h2>\n' + body.strip())
    refs = "".join(f'<li id="cite_note-{i}"><span class="mw-cite-backlink"><a href="#cite_ref-'
                   f'{i}">↑</a></span> <span class="reference-text">{escape(r)}</span></li>'
                   for i, r in enumerate(WIK_REFS, 1))
    n = len(WIK_SECTIONS) + 1
    parts.append(
        f'<h2><span class="mw-headline" id="R.C3.A9f.C3.A9rences">Références</span>'
        '<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
        f'<a href="/index.php?title={WIK_SLUG}&amp;veaction=edit&amp;section={n}">modifier</a>'
        '<span class="mw-editsection-divider"> | </span>'
        f'<a href="/index.php?title={WIK_SLUG}&amp;action=edit&amp;section={n}">modifier le '
        'code</a><span class="mw-editsection-bracket">]</span></span></h2>\n'
        f'<div class="reflist"><ol class="references">{refs}</ol></div>')
    cats = "".join(f'<li><a href="/index.php/Cat%C3%A9gorie:{wik_anchor(c)}" '
                   f'title="Catégorie:{escape(c)}">{escape(c)}</a></li>' for c in WIK_CATS)
    return WIK_TEMPLATE.format(
        slug=WIK_SLUG, title=WIK_TITLE, infobox=infobox, toc=toc, sections="\n".join(parts),
        cats=cats)


WIK_TEMPLATE = """<!DOCTYPE html>
<!-- saved from url=(0071)https://wiki.cress-valmaurie.fr/index.php/{slug} -->
<html class="client-js vector-feature-language-in-header-enabled" lang="fr" dir="ltr">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title} — WikiCRESS Valmaurie</title>
<script>document.documentElement.className="client-js";RLCONF={{"wgPageName":"{slug}",
"wgTitle":"{title}","wgCurRevisionId":2817,"wgRevisionId":2817,"wgArticleId":412,
"wgIsArticle":true,"wgUserName":"Pauline Vidalenc","wgCategories":["Ressourceries"],
"wgRelevantPageName":"{slug}","wgSiteName":"WikiCRESS Valmaurie"}};</script>
<link rel="stylesheet" href="./{slug}_files/load.php">
<meta name="generator" content="MediaWiki 1.39.6">
<link rel="edit" title="Modifier" href="/index.php?title={slug}&amp;action=edit">
</head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject mw-editable
page-{slug} rootpage-{slug} skin-vector action-view skin-vector-legacy">
<div id="mw-page-base" class="noprint"></div><div id="mw-head-base" class="noprint"></div>
<div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice"><p>Rappel : l'assemblée générale de la CRESS
Valmaurie se tiendra le jeudi 10 juin 2027 à Brévignac.</p></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span
class="mw-page-title-main">{title}</span></h1>
<div id="bodyContent" class="vector-body">
<div id="siteSub" class="noprint">Un article de WikiCRESS Valmaurie.</div>
<div id="contentSub"></div>
<a class="mw-jump-link" href="#mw-head">Aller à la navigation</a>
<a class="mw-jump-link" href="#searchInput">Aller à la recherche</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="fr" dir="ltr">
<div class="mw-parser-output">{infobox}
<p>La <b>Ressourcerie Le Ricochet</b> est une association d'insertion par l'activité
économique installée à Mirabosc, dans le Val d'Orvanne. Elle collecte, valorise et revend des
objets de seconde main et emploie des personnes éloignées de l'emploi en atelier chantier
d'insertion (ACI).</p>
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><input
type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox"
style="display:none"><div class="toctitle" lang="fr" dir="ltr"><h2
id="mw-toc-heading">Sommaire</h2><span class="toctogglespan"><label class="toctogglelabel"
for="toctogglecheckbox"></label></span></div>
<ul>{toc}</ul></div>
{sections}
<!--
NewPP limit report
Parsed by wiki01
Cached time: 20270209152247
CPU time usage: 0.041 seconds
-->
</div></div>
<div class="printfooter" data-nosnippet="">Récupérée de
« <a dir="ltr" href="https://wiki.cress-valmaurie.fr/index.php?title={slug}&amp;oldid=2817">
https://wiki.cress-valmaurie.fr/index.php?title={slug}&amp;oldid=2817</a> »</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks"
class="mw-normal-catlinks"><a href="/index.php/Sp%C3%A9cial:Cat%C3%A9gories"
title="Spécial:Catégories">Catégories</a> : <ul>{cats}</ul></div></div>
</div></div>
<div id="mw-navigation"><h2>Menu de navigation</h2>
<div id="mw-head"><nav id="p-personal" class="vector-menu" aria-labelledby="p-personal-label">
<h3 id="p-personal-label" class="vector-menu-heading">Outils personnels</h3><ul>
<li id="pt-userpage"><a href="/index.php/Utilisateur:Pauline_Vidalenc">Pauline Vidalenc</a>
</li><li id="pt-mytalk"><a href="/index.php/Discussion_utilisateur:Pauline_Vidalenc">Discussion
</a></li><li id="pt-preferences"><a href="/index.php/Sp%C3%A9cial:Pr%C3%A9f%C3%A9rences">
Préférences</a></li><li id="pt-watchlist"><a href="/index.php/Sp%C3%A9cial:Liste_de_suivi">
Liste de suivi</a></li><li id="pt-logout"><a href="/index.php?title=Sp%C3%A9cial:D%C3%A9connexion">
Se déconnecter</a></li></ul></nav>
<div id="left-navigation"><nav id="p-namespaces" class="vector-menu vector-menu-tabs"><ul>
<li id="ca-nstab-main" class="selected"><a href="/index.php/{slug}">Page</a></li>
<li id="ca-talk"><a href="/index.php/Discussion:{slug}">Discussion</a></li></ul></nav></div>
<div id="right-navigation"><nav id="p-views" class="vector-menu vector-menu-tabs"><ul>
<li id="ca-view" class="selected"><a href="/index.php/{slug}">Lire</a></li>
<li id="ca-ve-edit"><a href="/index.php?title={slug}&amp;veaction=edit">Modifier</a></li>
<li id="ca-edit"><a href="/index.php?title={slug}&amp;action=edit">Modifier le code</a></li>
<li id="ca-history"><a href="/index.php?title={slug}&amp;action=history">Voir
l'historique</a></li></ul></nav>
<div id="p-search" role="search"><form action="/index.php" id="searchform"><input
type="search" name="search" placeholder="Rechercher dans WikiCRESS Valmaurie"
id="searchInput"><input type="submit" name="go" value="Lire" id="searchButton"></form>
</div></div></div>
<div id="mw-panel"><div id="p-logo" role="banner"><a class="mw-wiki-logo"
href="/index.php/Accueil" title="Visiter la page d'accueil"></a></div>
<nav id="p-navigation" class="vector-menu vector-menu-portal portal"><h3>Navigation</h3>
<ul><li><a href="/index.php/Accueil">Accueil</a></li>
<li><a href="/index.php/Annuaire_des_adh%C3%A9rents">Annuaire des adhérents</a></li>
<li><a href="/index.php/Sp%C3%A9cial:Modifications_r%C3%A9centes">Modifications
récentes</a></li><li><a href="/index.php/Sp%C3%A9cial:Page_au_hasard">Page au hasard</a></li>
<li><a href="/index.php/Aide:Accueil">Aide</a></li></ul></nav>
<nav id="p-tb" class="vector-menu vector-menu-portal portal"><h3>Outils</h3>
<ul><li><a href="/index.php/Sp%C3%A9cial:Pages_li%C3%A9es/{slug}">Pages liées</a></li>
<li><a href="/index.php/Sp%C3%A9cial:Pages_sp%C3%A9ciales">Pages spéciales</a></li>
<li><a href="/index.php?title={slug}&amp;printable=yes">Version imprimable</a></li>
<li><a href="/index.php?title={slug}&amp;oldid=2817">Lien permanent</a></li>
<li><a href="/index.php?title={slug}&amp;action=info">Informations sur la page</a></li>
</ul></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> La dernière modification de cette page a été faite le 9 février
2027 à 16:22.</li>
<li id="footer-info-viewcount">Cette page a été consultée 214 fois.</li></ul>
<ul id="footer-places"><li><a href="/index.php/WikiCRESS:Confidentialit%C3%A9">Politique de
confidentialité</a></li><li><a href="/index.php/WikiCRESS:%C3%80_propos">À propos de
WikiCRESS Valmaurie</a></li><li><a href="/index.php/WikiCRESS:Avertissements">Avertissements
</a></li></ul>
<ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/"><img src="./{slug}_files/poweredby_mediawiki_88x31.png"
alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul>
</footer>
<script>(RLQ=window.RLQ||[]).push(function(){{mw.config.set({{"wgBackendResponseTime":187,
"wgHostname":"wiki01"}});}});</script>
</body></html>
"""


def build_wik() -> None:
    (CORPUS / WIK).write_text(wik_html(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# 5. Webinar transcript, WebVTT saved as .txt (cues, voice tags, split sentences)
# ---------------------------------------------------------------------------

AR, SB, EP, CA, MS, NK = ("Agathe Rouquié", "Samia Belkacem", "Estelle Pradal",
                          "Christelle Aubagnac", "Mehdi Sahraoui", "Nolwenn Kerhervé")
# A turn is split into cues at « | ».
VTT_TURNS = [
    (AR, """Bonjour à toutes et à tous, | bienvenue à ce webinaire de la CRESS Valmaurie |
     consacré aux achats responsables. | Je suis Agathe Rouquié, directrice de la CRESS. |
     Nous sommes 74 participants connectés ce matin, | merci d'être là. | Le replay et le
     support seront envoyés dans les 48 heures. | Posez vos questions dans la conversation,
     | Mehdi Sahraoui les relaiera."""),
    (AR, """On commence avec le Département de l'Orvanne. | Samia, à vous."""),
    (SB, """Merci Agathe. | Samia Belkacem, je suis cheffe du service insertion et emploi |
     au Département. | Alors, euh, notre schéma des achats responsables, le SPASER, | a été
     adopté le 27 juin 2025. | Il fixe un objectif de 25 % de marchés avec une clause
     sociale | d'ici 2028. | En 2026, on a notifié 63 marchés avec une clause sociale, | sur
     248 marchés au total. | Ça a représenté 41 200 heures d'insertion réalisées, | pour un
     objectif de 36 000 heures. | Et 112 personnes en ont bénéficié, | dont 43 femmes."""),
    (AR, """C'est au-delà de l'objectif, bravo. | Estelle, vous êtes la facilitatrice, |
     comment ça se passe concrètement ?"""),
    (EP, """Oui, bonjour. | Estelle Pradal, facilitatrice des clauses sociales au Département.
     | Il y a trois outils, en fait. | La clause d'exécution, d'abord, | qui oblige le
     titulaire à réserver des heures à des personnes en insertion. | Ensuite le critère
     d'attribution, | qui note la qualité du volet insertion. | Et enfin le marché réservé,
     | prévu par l'article L. 2113-13 du code de la commande publique, | où seules les
     structures d'insertion | et structures équivalentes peuvent candidater. | Pour calculer
     les heures, | on prend en général 7 % du coût de main-d'œuvre estimé, | divisé par un
     coût horaire de 35 euros."""),
    (EP, """Notre premier marché réservé, c'est l'entretien des espaces verts | de sept
     collèges. | Il a été notifié le 1er septembre 2025 pour trois ans, | pour 186 000 euros
     HT par an. | Et c'est l'entreprise d'insertion Sillons qui l'a remporté."""),
    (AR, """Justement, Christelle Aubagnac, | vous dirigez Sillons, | comment avez-vous vécu
     ce marché ?"""),
    (CA, """Bonjour. | Alors, Sillons, c'est une entreprise d'insertion à Cazalbert, | on fait
     des espaces verts. | On a 15 postes d'insertion conventionnés, | et on a accompagné 31
     salariés en parcours sur 2026. | Sur le lot des collèges, | il y a neuf salariés en
     parcours en permanence. | Ce marché, c'est 38 % de notre chiffre d'affaires. | Sans lui,
     on n'aurait pas pu embaucher | deux encadrants techniques de plus. | Préparer la
     réponse nous a pris onze jours, | c'était la première fois, | on a été aidés par
     Bouture dans le cadre du DLA."""),
    (MS, """J'ai plusieurs questions dans la conversation. | La première vient de la mairie
     de Valzergues : | peut-on réserver un marché à une SCOP ?"""),
    (EP, """Bonne question. | Pas au titre de l'article L. 2113-13, | qui ne vise que les
     structures d'insertion | et les structures équivalentes. | En revanche, l'article
     L. 2113-15 permet de réserver | certains marchés de services sociaux, de santé ou
     culturels | aux entreprises de l'ESS, | pour une durée de trois ans au maximum. | Une
     SCOP peut en bénéficier si elle remplit les conditions."""),
    (MS, """Deuxième question : | à partir de quel montant d'achats | un SPASER est-il
     obligatoire ?"""),
    (SB, """Il est obligatoire au-delà de 50 millions d'euros | d'achats par an. | Nous, on
     est autour de 94 millions par an, | donc on était concernés."""),
    (MS, """Troisième question, pour Nolwenn Kerhervé de la communauté de communes : | la
     CCVO prévoit-elle aussi un lot réservé ?"""),
    (NK, """Oui, bonjour à tous. | C'est l'action A5 de notre stratégie intercommunale. | Un
     lot réservé aux SIAE pour l'entretien des espaces verts | des bâtiments
     intercommunaux, | à partir du 1er janvier 2028. | On en parlera aussi au conseil local
     de l'ESS, | dont la séance d'installation a été reportée au 25 mars, | à Lussargues."""),
    (MS, """Dernière question : | existe-t-il une formation pour les acheteurs ?"""),
    (AR, """Oui, la CRESS organise une formation « Acheter solidaire » | les 8 et 9 avril
     2027 à Montjaubert. | Il y a 12 places. | Elle est gratuite pour les adhérents, | et
     coûte 90 euros pour les autres. | Inscriptions jusqu'au 26 mars."""),
    (AR, """Merci à toutes les intervenantes. | Notre prochain webinaire aura lieu le
     jeudi 13 mai 2027, | sur les tiers-lieux et l'ESS. | Bonne journée à tous !"""),
]


def vtt_time(t: float) -> str:
    ms = round(t * 1000)
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def vtt_text() -> str:
    out = ["WEBVTT", "Kind: captions", "Language: fr", "",
           "NOTE", "Webinaire CRESS Valmaurie – Achats responsables : réserver des marchés aux "
           "SIAE et à l'ESS", f"Enregistré le {jour('2027-02-11')}, 10:00-11:30 (heure de "
           "Paris). Transcription automatique, non relue.", ""]
    t = 4.12
    n = 0
    for speaker, text in VTT_TURNS:
        for piece in one(text).split(" | "):
            n += 1
            dur = 0.9 + len(piece) * 0.062
            out += [str(n), f"{vtt_time(t)} --> {vtt_time(t + dur)}",
                    f"<v {speaker}>{piece.strip()}", ""]
            t += dur + 0.35
        t += 1.4
    return "\n".join(out)


def build_vtt() -> None:
    (CORPUS / VTT).write_text(vtt_text(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# 6. MkDocs Material page (front matter, admonitions, tabs, abbreviations, footnotes)
# ---------------------------------------------------------------------------

MKD_SESSIONS = [("1", "2027-04-30", "2027-06-03"), ("2", "2027-09-03", "2027-10-07"),
                ("3", "2027-11-05", "2027-12-09")]


def mkd_text() -> str:
    sessions = "\n".join(f"| {n} | {jour(a, False)} | {jour(b)} |" for n, a, b in MKD_SESSIONS)
    return f"""---
title: Fonds d'amorçage ESS du Val d'Orvanne
description: Subventions de démarrage pour les nouvelles structures de l'ESS du territoire
tags:
  - financement
  - création
  - subvention
date: 2027-01-20
authors:
  - nkerherve
hide:
  - navigation
---

# Fonds d'amorçage ESS

Le fonds d'amorçage est l'action A1 de la stratégie ESS 2027-2031 de la CCVO. Il est doté de
**60 000 € par an**, soit 300 000 € sur la durée de la stratégie, et finance le démarrage des
nouvelles structures de l'ESS du Val d'Orvanne.

!!! note "Nouveau plafond en 2027"
    Le plafond de la subvention passe de 10 000 € à **8 000 € par projet** (délibération du
    bureau communautaire n° B-2027-004 du 12 janvier 2027), afin d'aider davantage de
    projets. Le plancher reste fixé à 1 500 €.

## Qui peut en bénéficier ?

Le fonds s'adresse aux structures de l'ESS au sens de la loi de 2014[^1] qui remplissent
toutes les conditions suivantes :

- siège ou établissement dans l'une des 14 communes de la CCVO ;
- structure créée depuis moins de trois ans, ou en cours de création ;
- création d'au moins un emploi (salarié ou porteur de projet) dans les 18 mois ;
- rendez-vous préalable avec la mission ESS.

=== "Association"

    Association loi 1901 à gestion désintéressée, avec au moins un salarié prévu.
    Les associations sportives et les comités des fêtes ne sont pas éligibles.

=== "Coopérative (SCOP, SCIC)"

    SCOP ou SCIC immatriculée ou en cours d'immatriculation. Pour une SCIC, la
    participation de la CCVO au capital n'empêche pas l'aide du fonds.

=== "Société commerciale ESUS"

    Société commerciale de l'ESS titulaire de l'agrément ESUS, ou l'ayant demandé à la
    DDETS avant le dépôt du dossier[^2].

??? info "Communes et établissements publics"
    Les communes, les CCAS et les établissements publics ne peuvent pas déposer de dossier.

## Dépenses aidées

| Type de dépense | Éligible | Taux maximal |
|---|---|---|
| Investissements matériels | oui | 50 % |
| Études, conseil, formation du porteur | oui | 50 % |
| Premiers salaires (six mois au plus) | oui | 30 % |
| Loyers et charges courantes | non | – |
| Remboursement d'emprunts | non | – |

!!! warning "Cumul et versement"
    L'aide ne peut dépasser 50 % du budget total du projet. Elle est versée en deux fois :
    **70 % à la signature** de la convention et 30 % sur justificatifs, dans les 12 mois.

## Calendrier 2027

| Session | Dépôt des dossiers avant le | Comité d'engagement |
|---|---|---|
{sessions}

Le comité d'engagement est présidé par Odile Fabre, vice-présidente chargée de l'ESS. Il
réunit deux élus communautaires, Bouture (opérateur du DLA), Ferment (l'incubateur de la
CRESS Valmaurie) et deux membres du conseil local de l'ESS.

## Déposer un dossier

1. Prendre rendez-vous avec la mission ESS (entretien de 45 minutes).
2. Remplir le formulaire en ligne et joindre le budget prévisionnel sur trois ans.
3. Présenter le projet au comité d'engagement (10 minutes de présentation).

??? question "Un porteur seul, sans structure, peut-il être aidé ?"
    Oui, si la structure est immatriculée ou déclarée avant le premier versement.

??? question "Peut-on cumuler le fonds avec un accompagnement DLA ?"
    Oui. Bouture peut même vous aider à préparer le dossier.

??? question "Une structure déjà aidée peut-elle redéposer ?"
    Non, une structure ne peut être aidée qu'une seule fois par le fonds.

## Contact

```text
Mission ESS – Communauté de communes du Val d'Orvanne
Maison de l'intercommunalité
3 place des Tilleuls
Lussargues
Tél. 05 36 49 20 14 – ess@valdorvanne.fr
```

[^1]: Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire.
[^2]: Article L. 3332-17-1 du code du travail.

*[ESS]: Économie sociale et solidaire
*[ESUS]: Entreprise solidaire d'utilité sociale
*[DLA]: Dispositif local d'accompagnement
*[CCVO]: Communauté de communes du Val d'Orvanne
*[SCIC]: Société coopérative d'intérêt collectif
"""


def build_mkd() -> None:
    (CORPUS / MKD).write_text(mkd_text(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# 7. Outlook meeting invitation (.eml, text + HTML + text/calendar METHOD:REQUEST)
# ---------------------------------------------------------------------------

EML_SUBJECT = "Conseil local de l'ESS – séance d'installation (reportée au 25 mars)"
EML_DATE = datetime(2027, 2, 15, 10, 12, 4)
EML_ID = "PAZP264MB3318C4E1A9F27B05D6E3A8C1D72F0"
EML_BOUNDARY = f"_000_{EML_ID}PAZP264MB3318FRAP_"
EML_FROM = ("Nolwenn Kerhervé", "n.kerherve@valdorvanne.fr")
EML_TO = [("Odile Fabre", "o.fabre@valdorvanne.fr"),
          ("Agathe Rouquié", "a.rouquie@cress-valmaurie.fr"),
          ("Samia Belkacem", "s.belkacem@orvanne.fr"),
          ("Clémence Aussel", "c.aussel@bouture-dla.fr"),
          ("Yvan Couderc", "direction@ricochet-mirabosc.fr"),
          ("Inès Marchadier", "ines.marchadier@lanavette-scic.fr"),
          ("Marius Caussanel", "gerance@racinesdulizon.fr")]
EML_CC = [("Bastien Lhermet", "dgs@valdorvanne.fr")]
EML_AGENDA = [
    ("14 h 00", "Accueil café"),
    ("14 h 15", "Mot d'accueil d'Odile Fabre, vice-présidente chargée de l'ESS et de l'emploi"),
    ("14 h 30", "Installation des quatre collèges et élection des deux co-présidents"),
    ("15 h 15", "Résultats de l'enquête sur les besoins des structures de l'ESS (87 réponses "
                "complètes)"),
    ("15 h 45", "Présentation du projet de légumerie de la SCIC Racines du Lizon, par Marius "
                "Caussanel"),
    ("16 h 15", "Feuille de route 2027 et calendrier du fonds d'amorçage"),
    ("16 h 45", "Questions diverses"),
]
EML_INTRO = [
    f"""Comme annoncé, la séance d'installation du conseil local de l'ESS, initialement prévue
    le {jour('2027-03-18')}, est reportée au {jour('2027-03-25')}, de 14 h à 17 h, en raison
    de la session budgétaire du conseil départemental le 18 mars. Elle se tiendra dans la
    salle du conseil de la Maison de l'intercommunalité, 3 place des Tilleuls à
    Lussargues.""",
    """Le conseil compte 32 membres répartis en quatre collèges : élus (8), structures de
    l'ESS (14), partenaires institutionnels (6) et habitants (4), nommés pour trois ans.""",
]
EML_AFTER = [
    f"""Les candidatures à la co-présidence (une lettre d'une page) sont à m'adresser avant le
    {jour('2027-03-19')}. Merci de confirmer votre présence en répondant à cette invitation
    avant le {jour('2027-03-22')}.""",
    """Accès : parking gratuit place des Tilleuls. Les personnes sans véhicule peuvent
    réserver le transport à la demande de la SCIC La Navette la veille avant 17 h au
    05 36 49 31 70.""",
    """Participation à distance possible : réunion Microsoft Teams, ID de réunion
    372 914 508 611, code secret Xq7mVb.""",
]
EML_SIG = ["Nolwenn Kerhervé", "Chargée de mission ESS",
           "Communauté de communes du Val d'Orvanne",
           "Maison de l'intercommunalité – 3 place des Tilleuls – Lussargues",
           "Tél. 05 36 49 20 14 – Port. 06 39 98 47 21"]
EML_LEGAL = one("""Ce message et ses pièces jointes sont confidentiels et établis à l'attention
    exclusive de leurs destinataires. Pensez à l'environnement avant d'imprimer ce
    message.""")


def rfc_date(d: datetime) -> str:
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")
    return f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year} {d:%H:%M:%S} +0000"


def bword(text: str) -> str:
    """RFC 2047 base64 UTF-8 words (folded), as Outlook writes a non-ASCII header."""
    words, cur = [], ""
    for ch in text:
        if len((cur + ch).encode("utf-8")) > 39:
            words.append(cur)
            cur = ""
        cur += ch
    words.append(cur)
    return "\r\n ".join(
        f"=?utf-8?B?{base64.b64encode(w.encode('utf-8')).decode('ascii')}?=" for w in words)


def addr(name: str, mail: str) -> str:
    if name.isascii():
        return f"{name} <{mail}>"
    return f"=?utf-8?B?{base64.b64encode(name.encode()).decode()}?= <{mail}>"


def crlf(data: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def eml_plain() -> str:
    lines = ["Bonjour à toutes et à tous,", ""]
    for p in EML_INTRO:
        lines += [one(p), ""]
    lines += ["Ordre du jour :"]
    lines += [f"{h} – {t}" for h, t in EML_AGENDA]
    lines += [""]
    for p in EML_AFTER:
        lines += [one(p), ""]
    lines += ["Bien cordialement,", "", *EML_SIG, "", "_" * 40, EML_LEGAL, ""]
    return "\n".join(lines)


def eml_html() -> str:
    def p(text: str) -> str:
        return f'<p class="MsoNormal">{escape(text, quote=False)}<o:p></o:p></p>\n'

    rows = "".join(f'<tr><td style="padding:2pt 8pt"><p class="MsoNormal"><b>{escape(h)}</b>'
                   f'</p></td><td style="padding:2pt 8pt"><p class="MsoNormal">'
                   f"{escape(t, quote=False)}</p></td></tr>\n" for h, t in EML_AGENDA)
    body = p("Bonjour à toutes et à tous,") + p("\u00a0")
    body += "".join(p(one(x)) + p("\u00a0") for x in EML_INTRO)
    body += (p("Ordre du jour :") + '<table class="MsoNormalTable" border="0" '
             f'cellspacing="0" cellpadding="0">\n{rows}</table>\n' + p("\u00a0"))
    body += "".join(p(one(x)) + p("\u00a0") for x in EML_AFTER)
    body += p("Bien cordialement,") + p("\u00a0")
    body += "".join(p(x) for x in EML_SIG)
    body += ('<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">'
             f"{escape(EML_LEGAL, quote=False)}</span></p>\n")
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\","
            "sans-serif;} --></style>\n</head>\n"
            f'<body lang="FR" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            f"{body}</div>\n</body>\n</html>\n")


def ics_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace(
        "\n", "\\n")


def ics_fold(line: str) -> list[str]:
    """Fold at 75 octets, continuation lines start with a space (RFC 5545)."""
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def eml_ics() -> str:
    desc = ics_escape(eml_plain().split("Bien cordialement")[0].strip())
    att = [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{m}"
           for n, m in EML_TO]
    att += [f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{m}"
            for n, m in EML_CC]
    lines = [
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
        "VERSION:2.0", "BEGIN:VTIMEZONE", "TZID:Romance Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
        "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        f"ORGANIZER;CN={EML_FROM[0]}:mailto:{EML_FROM[1]}", *att,
        f"DESCRIPTION;LANGUAGE=fr-FR:{desc}",
        "UID:040000008200E00074C5B7101A82E0080000000070D3F2A9C1F7DA01000000000000000"
        "0100000004F6A2B9E8C1D7E4AB3F05C6D8E9A1B2C",
        f"SUMMARY;LANGUAGE=fr-FR:{ics_escape(EML_SUBJECT)}",
        "DTSTART;TZID=Romance Standard Time:20270325T140000",
        "DTEND;TZID=Romance Standard Time:20270325T170000",
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20270215T101204Z", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:1",
        "LOCATION;LANGUAGE=fr-FR:" + ics_escape("Salle du conseil, Maison de "
                                                "l'intercommunalité, 3 place des Tilleuls, "
                                                "Lussargues"),
        "X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
        "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(x for line in lines for x in ics_fold(line)) + "\r\n"


def eml_bytes() -> bytes:
    to = ",\r\n\t".join(addr(n, m) for n, m in EML_TO)
    headers = [
        "Received: from PAZP264MB3318.FRAP264.PROD.OUTLOOK.COM (2603:10a6:102:1f2::8)",
        f" by MR1P264MB2905.FRAP264.PROD.OUTLOOK.COM with HTTPS; {rfc_date(EML_DATE)}",
        f"From: {addr(*EML_FROM)}",
        f"To: {to}",
        f"CC: {addr(*EML_CC[0])}",
        f"Subject: {bword(EML_SUBJECT)}",
        f"Thread-Topic: {bword(EML_SUBJECT)}",
        "Thread-Index: AdmF3kq7Vb2wT0yY8u1c5Qm8cLKxQw==",
        f"Date: {rfc_date(EML_DATE)}",
        f"Message-ID: <{EML_ID}@PAZP264MB3318.FRAP264.PROD.OUTLOOK.COM>",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach:",
        "X-MS-TNEF-Correlator:",
        "X-MS-Exchange-Organization-SCL: -1",
        "MIME-Version: 1.0",
        "Content-Type: multipart/alternative;",
        f'\tboundary="{EML_BOUNDARY}"',
    ]
    plain = crlf(quopri.encodestring(eml_plain().encode("utf-8")))
    html = crlf(base64.encodebytes(eml_html().encode("utf-8")))
    ics = crlf(base64.encodebytes(eml_ics().encode("utf-8")))
    out = ("\r\n".join(headers) + "\r\n\r\n").encode("ascii")
    out += (f"--{EML_BOUNDARY}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\n").encode("ascii") + plain
    out += (f"\r\n--{EML_BOUNDARY}\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n").encode("ascii") + html
    out += (f"\r\n--{EML_BOUNDARY}\r\nContent-Type: text/calendar; charset=\"utf-8\"; "
            "method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode("ascii") + ics
    out += f"\r\n--{EML_BOUNDARY}--\r\n".encode("ascii")
    return out


def eml_parts(data: bytes) -> tuple[str, str, str]:
    """(main headers decoded + text/plain part; visible text of the HTML part; ICS text)."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "CC", "Subject", "Date"))
    parts = {p.get_content_type(): p for p in msg.iter_parts()}
    plain = parts["text/plain"].get_content().replace("\r\n", "\n")
    html = parts["text/html"].get_content()
    ics = parts["text/calendar"].get_content().replace("\r\n ", "").replace("\r\n", "\n")
    soup = BeautifulSoup(re.sub(r"(?i)<br\s*/?>|</(p|li|div|tr)>", lambda m: m.group(0) + "\n",
                                html), "html.parser")
    for tag in soup(["style", "title"]):
        tag.decompose()
    return head + "\n\n" + plain, soup.get_text(" "), ics


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())

# ---------------------------------------------------------------------------
# 8. Survey results, plain-text export of LimeSurvey « statistiques rapides »
# ---------------------------------------------------------------------------

SUR_N = 87
# (code, question, type, options [(label, count)]) ; type L single, M multiple, T free text
SUR_QUESTIONS = [
    ("G01Q01", "Quelle est la forme juridique de votre structure ?", "L",
     [("Association", 64), ("SCOP", 5), ("SCIC", 6), ("Société commerciale ESUS", 4),
      ("Mutuelle ou fondation", 3), ("Structure en cours de création", 5)]),
    ("G01Q02", "Où se situe le siège de votre structure ?", "L",
     [("Lussargues", 29), ("Gentiac", 14), ("Mirabosc", 11), ("Cazalbert", 9),
      ("Vernouillac", 8), ("Autre commune du Val d'Orvanne", 16)]),
    ("G01Q03", "Combien de salariés (en ETP) votre structure emploie-t-elle ?", "L",
     [("Aucun salarié", 31), ("Moins de 1 ETP", 12), ("De 1 à 4 ETP", 22),
      ("De 5 à 19 ETP", 15), ("20 ETP et plus", 7)]),
    ("G02Q01", "Quelles sont vos principales difficultés ? (trois réponses au plus)", "M",
     [("Recruter des salariés ou des bénévoles", 50), ("Trouver des financements", 47),
      ("Trouver des locaux adaptés", 26), ("Mobilité des salariés et des publics", 24),
      ("Se faire connaître", 21), ("Gérer l'administratif et le numérique", 19),
      ("Autre", 6)]),
    ("G02Q02", "Dans quels domaines auriez-vous besoin d'un accompagnement ?", "M",
     [("Modèle économique et financement", 48), ("Ressources humaines", 33),
      ("Communication", 29), ("Coopération avec d'autres structures", 27),
      ("Gouvernance", 14), ("Aucun besoin", 7)]),
    ("G02Q03", "Connaissez-vous le dispositif local d'accompagnement (DLA) ?", "L",
     [("Oui, et nous en avons bénéficié", 18), ("Oui, mais nous n'en avons pas bénéficié",
                                                 23), ("Non", 46)]),
    ("G03Q01", "Votre structure serait-elle intéressée par des marchés publics réservés ou "
               "comportant une clause sociale ?", "L",
     [("Oui", 21), ("Peut-être, nous manquons d'information", 30), ("Non", 36)]),
    ("G03Q02", "Seriez-vous prêts à mutualiser avec d'autres structures ?", "M",
     [("Des locaux", 39), ("Des véhicules", 22), ("Un emploi partagé", 31),
      ("Des achats groupés", 28), ("Rien pour le moment", 12)]),
    ("G03Q03", "Souhaitez-vous participer au futur conseil local de l'ESS ?", "L",
     [("Oui, comme membre", 19), ("Oui, pour suivre ses travaux", 33), ("Non", 35)]),
    ("G04Q01", "Comment évaluez-vous l'appui de la CCVO à l'ESS aujourd'hui (1 = très "
               "insuffisant, 5 = très satisfaisant) ?", "L",
     [("1", 9), ("2", 17), ("3", 31), ("4", 22), ("5", 8)]),
    ("G04Q02", "Quelle action la CCVO devrait-elle engager en priorité ?", "T", [
        "Un fonds pour aider au démarrage des projets, même petit.",
        "Des locaux partagés à Lussargues, on paie trop cher pour un bureau.",
        "Un annuaire des structures de l'ESS du territoire.",
        "Une navette pour que nos salariés viennent de Mirabosc sans voiture.",
        "Aider les associations à recruter : un groupement d'employeurs ?",
        "Acheter local pour les cantines, avec les producteurs du Lizon.",
        "Faire connaître l'ESS aux élus des petites communes.",
        "Simplifier les dossiers de subvention (un seul dossier pour la CCVO et le "
        "Département).",
        "Une ressourcerie à Gentiac.",
        "Former les bénévoles dirigeants à la gestion.",
    ]),
]


def sur_text() -> str:
    out = [
        "LimeSurvey – Statistiques rapides",
        "Questionnaire 748215 : Enquête sur les besoins des structures de l'ESS du Val "
        "d'Orvanne",
        "Communauté de communes du Val d'Orvanne – mission ESS",
        "",
        "Période de réponse : du 03/11/2026 au 04/12/2026",
        "Nombre d'enregistrements dans cette requête : 99",
        "Réponses complètes : 87",
        "Réponses incomplètes : 12 (exclues des statistiques ci-dessous)",
        "Invitations envoyées : 214 (taux de réponse complète : "
        f"{pct(SUR_N, 214)} %)",
        "Filtre : réponses complètes uniquement",
        "Exporté le 07/12/2026 à 11:36 par nkerherve",
        "",
    ]
    for code, question, kind, opts in SUR_QUESTIONS:
        out += ["=" * 78, f"Résumé du champ pour {code} :", question, ""]
        if kind == "T":
            out += [f"Réponses textuelles : {len(opts)} (sur {SUR_N} répondants)", ""]
            out += [f"  [{i}] {t}" for i, t in enumerate(opts, 1)]
            out += [""]
            continue
        out += [f"{'Réponse':<52}{'Décompte':>10}{'Pourcentage':>14}"]
        for i, (label, n) in enumerate(opts, 1):
            out += [f"{label + f' (A{i})':<52}{n:>10}{pct(n, SUR_N, 2) + ' %':>14}"]
        if kind == "L":
            out += [f"{'Sans réponse':<52}{0:>10}{'0,00 %':>14}"]
        else:
            out += ["(plusieurs réponses possibles : les pourcentages sont calculés sur "
                    f"{SUR_N} répondants)"]
        if code == "G04Q01":
            mean = sum(int(a) * n for a, n in opts) / SUR_N
            out += ["", f"Moyenne : {mean:.2f}".replace(".", ","), "Médiane : 3"]
        out += [""]
    out += ["=" * 78, "Fin du rapport – LimeSurvey Community Edition 6.4", ""]
    return "\n".join(out)


def build_sur() -> None:
    (CORPUS / SUR).write_text(sur_text(), encoding="utf-8", newline="\n")

# ---------------------------------------------------------------------------
# Questions: a small line format, one block per question, blocks separated by blank lines.
#   header   ``S figure table @anchor``: source letters, kind, tags, optional PDF anchor
#            (``+S …`` continues the follow-up chain of the block above; ``U why kind tags``
#            is an unanswerable near miss)
#   question one or more lines
#   ``= fact | fact``    facts, verbatim from the document
#   ``! regex``          unanswerable: the regex matches nowhere in the corpus
#   ``& regex && regex`` unanswerable: no sentence, list item, row or line matches them all
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "compare", "en", "follow", "staff", "box", "note", "faq", "conflict",
        "chat", "comment")
WHY = ("year", "place", "person", "detail", "topic")
HEAD_RE = re.compile(r"\+?(U|[STGWVMEY]+) (figure|people|date|list|definition|yesno|other|"
                     r"year|place|person|detail|topic)\b")


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
    """Matching form: soft hyphens dropped, whitespace (NBSP and narrow NBSP too) collapsed,
    no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "").replace("\ufeff", "")
    if unify_apostrophes:
        text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


def dehyphenate(raw: str, keep_hyphen: bool) -> str:
    """Join a word cut at a line end: without the hyphen or with it."""
    return re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "-" if keep_hyphen else "", raw)


BLOCK_END = re.compile(
    r"</(p|li|tr|th|td|h1|h2|h3|dt|dd|caption|div|section|ul|ol|nav|footer|header|table)>"
    r"|<br[^>]*>|<hr[^>]*>", re.I)


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
        for n in TEXTS:
            self.full[n] = (CORPUS / n).read_text(encoding="utf-8")
        self.full[EML], self.eml_html, self.eml_ics = eml_parts((CORPUS / EML).read_bytes())
        self.norm_full = {k: norm(v.replace("¶", " ")) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.norm_keep = {k: [norm(p) for p in v] for k, v in self.pages_keep.items()}
        self.units = {k: units(v) for k, v in self.full.items()}
        self.units[EML] += units(self.eml_html) + units(self.eml_ics)
        self.norm_full[EML] += " " + norm(self.eml_ics)

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
    facts = [f for f in q.facts if len(q.sources) == 1 or norm(f) in corpus.norm_full[name]
             or any(corpus.on_page(name, p, f) for p in range(1, n + 1))]
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
    + "|".join(MOIS_FR) + r")(?: (20\d\d))?", re.I)


def check_weekdays(corpus: Corpus, problems: list[str]) -> None:
    """Every « weekday day month [year] » names the right weekday (2027 when no year)."""
    seen = 0
    for t in [*corpus.full.values(), corpus.eml_html]:
        for m in WEEKDAY_RE.finditer(plain(re.sub(r"\s+", " ", t))):
            day = 1 if m.group(2) == "1er" else int(m.group(2))
            d = date(int(m.group(4) or 2027), MOIS_FR.index(m.group(3).lower()) + 1, day)
            seen += 1
            if JOURS[d.weekday()] != m.group(1).lower():
                problems.append(f"weekday: {m.group(0)!r} is a {JOURS[d.weekday()]}")
    if seen < 10:
        problems.append(f"weekday: only {seen} dated weekdays found")


def check_pdfs(corpus: Corpus, problems: list[str]) -> None:
    want = {STR: (4, 6, (595, 842)), TAB: (2, 3, (842, 595))}
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
    raw = corpus.raw
    # strategy: outline, running header from page 2, page numbers, TOC, footnotes, box, table
    if not PdfReader(CORPUS / STR).outline:
        problems.append(f"{STR}: no outline")
    n = len(raw[STR])
    if not all(STR_HEAD_R in p for p in raw[STR][1:]) or STR_HEAD_R in raw[STR][0]:
        problems.append(f"{STR}: running header missing or on the first page")
    for i, p in enumerate(raw[STR], 1):
        if f"Page {i} / {n}" not in p:
            problems.append(f"{STR}: « Page {i} / {n} » missing")
    for num, title, _ in STR_SECTIONS:
        m = re.search(rf"^{re.escape(num)} {re.escape(title)} \.{{5,}} (\d)$", raw[STR][0],
                      re.M)
        on = [i for i, p in enumerate(raw[STR], 1) if i > 1
              and re.search(rf"^{re.escape(num)} {re.escape(title)}$", p, re.M)]
        if not m or on != [int(m.group(1))]:
            problems.append(f"{STR}: TOC entry {num} {title} wrong ({on})")
    for k, note in STR_NOTES.items():
        found = [i for i, p in enumerate(corpus.pages[STR], 1)
                 if norm(SUP[k] + " " + one(note)[:30]) in norm(p)]
        body = [i for i, p in enumerate(raw[STR], 1) if re.search(rf"[\w)»]{SUP[k]}", p)]
        if len(found) != 1 or found != body:
            problems.append(f"{STR}: footnote {k} on pages {found}, mark on pages {body}")
    if "À retenir" not in corpus.full[STR] or sum(x[1] for x in STR_FIN) != STR_TOTAL:
        problems.append(f"{STR}: box missing or financing plan not balanced")
    # spreadsheet: two-level header and « Page n de N » on every page, totals
    n = len(raw[TAB])
    for i, p in enumerate(raw[TAB], 1):
        if (f"Page {i} de {n}" not in p or "Feuille : Suivi_2026" not in p
                or "Financement départemental 2026" not in p or "Reste à verser" not in p):
            problems.append(f"{TAB}: page {i} lacks the repeated header or the footer")
    a, v, r, _ = tab_sums(TAB_ROWS)
    if (f"TOTAL GÉNÉRAL ({len(TAB_ROWS)} structures) {sp(a)} {sp(v)} {sp(r)}"
            not in plain(corpus.full[TAB])):
        problems.append(f"{TAB}: grand total line wrong")
    if plain(corpus.full[TAB]).count("Sous-total") != len(TAB_CATS) or a > TAB_ENVELOPE:
        problems.append(f"{TAB}: subtotals missing or envelope exceeded")


def check_others(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / GDO).read_text(encoding="utf-8")
    soup = BeautifulSoup(raw, "html.parser")
    loose = [t for t in soup.body.find_all(string=True)
             if t.strip() and t.parent.name not in ("span", "a")]
    if loose or not re.search(r'class="c\d+"', raw) or raw.count("<table") != 2:
        problems.append(f"{GDO}: runs outside spans ({loose[:3]}) or table missing")
    for k in range(1, len(GDO_COMMENTS) + 1):
        if f'id="cmnt{k}"' not in raw or f'id="cmnt_ref{k}"' not in raw:
            problems.append(f"{GDO}: comment {k} anchor or target missing")
    for n, _ in GDO_NOTES:
        if f'id="ftnt{n}"' not in raw or f'id="ftnt_ref{n}"' not in raw:
            problems.append(f"{GDO}: footnote {n} anchor or target missing")
    if (sum(x[1] for x in GDO_INVEST) != sum(x[1] for x in GDO_FIN) != 640000
            or sum(int(b[:-2]) for _, b, _ in GDO_COLLEGES) != 100):
        problems.append(f"{GDO}: budget or votes do not add up")
    raw = (CORPUS / WIK).read_text(encoding="utf-8")
    for needle in ('id="toc"', "infobox", 'class="references"', 'id="catlinks"', "mw-panel",
                   'id="footer"', "saved from url"):
        if needle not in raw:
            problems.append(f"{WIK}: {needle} missing")
    if corpus.full[WIK].count("modifier le code") != len(WIK_SECTIONS) + 1:
        problems.append(f"{WIK}: edit-section links missing")
    text = corpus.full[VTT]
    if not text.startswith("WEBVTT\n"):
        problems.append(f"{VTT}: no WEBVTT header")
    cues = re.findall(r"^(\d+)\n(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n<v [^>]+>",
                      text, re.M)
    if [int(c[0]) for c in cues] != list(range(1, len(cues) + 1)) or len(cues) < 80:
        problems.append(f"{VTT}: cues not numbered 1..n")
    times = [t for c in cues for t in c[1:]]
    if times != sorted(times):
        problems.append(f"{VTT}: timestamps not increasing")
    text = corpus.full[MKD]
    for needle in ("---\ntitle:", '!!! note "', '!!! warning "', '??? question "', '=== "',
                   "*[ESS]:", "[^1]:", "```text", "| Session |"):
        if needle not in text:
            problems.append(f"{MKD}: {needle!r} missing")
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or any(b > 127 for b in data):
        problems.append(f"{EML}: not CRLF or not 7-bit")
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = list(msg.iter_parts())
    if ([p.get_content_type() for p in parts] != ["text/plain", "text/html", "text/calendar"]
            or parts[2].get_param("method") != "REQUEST"):
        problems.append(f"{EML}: expected text, HTML and text/calendar METHOD=REQUEST parts")
    if str(msg["Subject"]) != EML_SUBJECT:
        problems.append(f"{EML}: subject wrong")
    ics = parts[2].get_content()
    for needle in ("METHOD:REQUEST", "DTSTART;TZID=Romance Standard Time:20270325T140000",
                   "DTEND;TZID=", "LOCATION;", "ORGANIZER;", "ATTENDEE;", "SUMMARY;", "\\,"):
        if needle not in ics:
            problems.append(f"{EML}: {needle!r} missing from the ICS part")
    if any(len(x.encode()) > 75 for x in ics.split("\r\n")) or "\r\n " not in ics:
        problems.append(f"{EML}: ICS lines not folded at 75 octets")
    text = corpus.full[SUR]
    for code, _, kind, opts in SUR_QUESTIONS:
        if kind == "L" and sum(n for _, n in opts) != SUR_N:
            problems.append(f"{SUR}: {code} does not add up to {SUR_N}")
        if f"Résumé du champ pour {code} :" not in text:
            problems.append(f"{SUR}: {code} missing")

PROPER_NAMES = [
    # region, département, intercommunality, communes, rivers, streets and places
    "Valmaurie", "Brévignac", "Orvanne", "Montjaubert", "Lussargues", "Brassalou",
    "Cazalbert", "Vernouillac", "Mirabosc", "Gentiac", "Auzeval", "Salvagnes", "Corlhac",
    "Valzergues", "Fenouillac", "Puechmaure", "Lunaguet", "Lizon", "Tilleuls", "Coustière",
    "Champ-de-Foire",
    # organisations, projects, products
    "Racines", "Ricochet", "Sillons", "AIDOR", "Tremplin", "Pousses", "Copeaux", "Navette",
    "Fournil", "Musette", "Chardon", "Démarreur", "Bouture", "Ferment", "Berges", "Récup",
    "Rustine", "Pierres Sèches", "Maraîchers", "Aiguillée", "Linéo", "Chaux", "Saveurs",
    "Propreté", "Tandem", "Escale", "Allô", "Intermède", "Boussole", "Ludothèque",
    "Dés Bleus", "Ondes", "Toits", "Pédale Douce", "Ortolan", "Zéro Déchet", "WikiCRESS",
    "SICTOM", "Tri'Orvanne",
    # people
    "Odile Fabre", "Nolwenn Kerhervé", "Bastien Lhermet", "Samia Belkacem",
    "Agathe Rouquié", "Mehdi Sahraoui", "Pauline Vidalenc", "Yvan Couderc",
    "Inès Marchadier", "Christelle Aubagnac", "Clémence Aussel", "Marius Caussanel",
    "Salomé Tarrade", "Arthur Vigneron", "Anouk Bérenger", "Mathis Cassan", "Lucie Ginestet",
    "Estelle Pradal", "Vayssade", "Tournemire",
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux", "&"}
# capitalised words of the corpus and questions that also occur in fresh38: reviewed by hand
# (question and function words, common nouns and adjectives at the start of a sentence,
# heading, label or cell, acronyms of French law and schemes, months and format words)
COMMON_OK = {
    "A3", "A4", "ACI", "ACTION", "AG", "AI", "Accueil", "Achats", "Action", "Activités",
    "Adhérents", "Agrément", "Aide", "Aller", "Alors", "Animation", "Article", "Association",
    "Associations", "Associés", "Atelier", "Ateliers", "Attribué", "Au", "Aucun", "Autre", "Avant",
    "Axe", "B", "Bien", "Bilan", "Bonjour", "Bonne", "Boutique", "Budget", "C", "CC", "CCAS",
    "CDDI", "CIP", "CLASS", "COMMUNAUTÉ", "COMMUNES", "CRESS", "Café", "Ce", "Cette", "Chargée",
    "Chiffre", "Chiffres", "Cinq", "Clauses", "Collectivités", "Collège", "Combien", "Comité",
    "Comme", "Comment", "Communauté", "Commune", "Communes", "Communication", "Conseil", "Contact",
    "Contexte", "Convention", "Conventionnement", "Conventionnée", "Coopération", "Coopérative",
    "Création", "D", "DDETS", "DE", "DESCRIPTION", "DLA", "DU", "Dans", "Date", "De", "Depuis",
    "Dernière", "Des", "Deuxième", "Directeur", "Discussion", "Dispositif", "Document", "Does",
    "Dont", "Droits", "Durée", "Délibération", "Département", "Dépenses", "Déposer", "EI", "END",
    "ESS", "ESUS", "ETP", "Elle", "Emploi", "Emplois", "En", "Ensuite", "Entreprise",
    "Entreprises", "Enveloppe", "Et", "Exchange", "Extension", "FALSE", "FR", "FSE", "Faire",
    "Fait", "Feb", "Fin", "Financement", "Fondations", "Fonds", "Forme", "France", "From",
    "Gouvernance", "GÉNÉRAL", "Gérer", "HT", "How", "IAE", "ID", "Il", "Imprimé", "In",
    "Indicateur", "Informations", "Investissements", "J", "Je", "Jusqu", "K", "Kind", "L",
    "LANGUAGE", "LOCATION", "La", "Language", "Le", "Les", "Lien", "Lire", "Loi", "Lot",
    "Légumerie", "M", "METHOD", "MICROSOFT", "Maison", "Menu", "Merci", "Microsoft", "Mission",
    "Mobilité", "Modèle", "Moins", "Mois", "Mon", "Montant", "Mot", "Moyenne", "Mutuelle", "N",
    "NEEDS", "NOTE", "Navigation", "Nombre", "Non", "Note", "Notre", "Nous", "Nouveau", "OK",
    "OPT", "Objet", "Observatoire", "On", "Ordre", "Oui", "Où", "PTCE", "PUBLIC", "Page", "Pages",
    "Par", "Parcours", "Paris", "Parmi", "Partenaires", "Pas", "Passer", "Pendant", "Pensez",
    "Personnes", "Peut", "Plan", "Plus", "Points", "Politique", "Port", "Poste", "Pour",
    "Pourquoi", "Premiers", "Prendre", "Projets", "Près", "Préférences", "Présentation",
    "Présenter", "Président", "Prêt", "Période", "Qu", "Quand", "Que", "Quel", "Quelle", "Quelles",
    "Quels", "Questions", "Qui", "RNA", "ROLE", "RSA", "Radio", "Rapport", "Recettes", "Recruter",
    "Ressourcerie", "Reste", "Région", "Réponse", "Résultats", "S", "SCIC", "SCOP", "SIAE",
    "SIRET", "STANDARD", "START", "STATUS", "SUMMARY", "Sa", "Salariés", "Salle", "Sans", "Se",
    "Second", "Selon", "Session", "Site", "Situation", "Siège", "Société", "Soit", "Solde",
    "Sorties", "Sous", "Soutiens", "Standard", "Stratégie", "Structure", "Structures", "Subject",
    "Subventions", "Suivi", "Sur", "TOTAL", "TRUE", "Table", "Taux", "Teams", "Tiers", "Time",
    "To", "Tonnes", "Total", "Transcription", "Travail", "Type", "Tél", "Un", "Une", "VERSION",
    "Version", "Versé", "Vingt", "Voir", "Votre", "What", "When", "Where", "Which", "Who", "Wi",
    "X", "Y", "À", "Ça", "Économie", "Éligible", "Épicerie", "État", "Études", "Évolution"
}


def fresh38_text() -> str | None:
    files = [FRESH38 / "README.md", FRESH38 / "build.py"]
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
    other = fresh38_text()
    if other is None:
        print("note: evals/fresh38 not found, the name check against it is skipped")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh38")
    texts = [*corpus.full.values(), corpus.eml_html, corpus.eml_ics]
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
        print("SHARED WITH FRESH38", shared)
        print("NOT IN COMMON_OK", clashes)
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh38")
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
        held = {s: [] for s in q.sources}
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
                if not any(norm(fact, False) in t
                           for t in corpus.answer_texts(name, q.pages, False)):
                    problems.append(f"{q.question!r}: fact {fact!r} has another apostrophe")
                if name == EML and norm(fact) not in norm(corpus.eml_html + corpus.full[EML]
                                                          .split("\n\n")[0]):
                    problems.append(f"{q.question!r}: fact {fact!r} not in the mail's HTML part")
            if not any(fact in v for v in held.values()):
                problems.append(f"{q.question!r}: fact {fact!r} in none of {q.sources} "
                                f"{q.pages}")
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
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


MIN_COUNTS = {"total": 450, "unanswerable": 50, "en": 42, "follow": 20, "table": 50,
              "compare": 10, "staff": 8, "definition/answerable": 8, "yesno/answerable": 15,
              "list/answerable": 15, "people/answerable": 30, "date/answerable": 30,
              "multi": 8, "conflict": 4}
MAX_COUNTS = {"total": 550}
KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(39).shuffle(order)
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
    build_str()
    build_tab()
    build_gdo()
    build_wik()
    build_vtt()
    build_mkd()
    build_eml()
    build_sur()


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
        for name in (GDO, WIK, VTT, MKD, EML, SUR):
            print(f"===== {name}\n{corpus.full[name]}")
        print(f"===== ICS\n{corpus.eml_ics}")
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
# The questions (S strategy, T spreadsheet, G Google Doc, W wiki, V webinar, M MkDocs page,
# E invitation, Y survey)
# ---------------------------------------------------------------------------

Q_STR = """
S other en @ville-centre
Which commune is the seat of the Val d'Orvanne community of communes?
= Lussargues

S figure
Combien d'habitants compte le Val d'Orvanne ?
= 23 480

S figure @regroupe 14 communes
Combien de communes la communauté de communes du Val d'Orvanne regroupe-t-elle ?
= 14 communes

S figure
Quelle est la superficie de la CCVO ?
= 612 km²

S figure
Combien d'habitants à Lussargues ?
= 6 910

S other @2 840
Quelle est la deuxième commune la plus peuplée du Val d'Orvanne après Lussargues ?
= Gentiac

S figure
Quel est le taux de chômage de la zone d'emploi du Val d'Orvanne fin 2025 ?
= 8,9 %

+S figure
Et celui de la région ?
= 7,6 %

S figure
Combien de foyers touchent le RSA dans la CCVO ?
= 1 260

S figure
Quelle part des habitants du Val d'Orvanne a 60 ans ou plus ?
= 34 %

S figure
Combien d'établissements employeurs de l'ESS compte le Val d'Orvanne ?
= 98

+S figure
Et combien de salariés ?
= 1 146

+S figure
Ça représente quelle part de l'emploi salarié privé ?
= 11,8 %

S figure compare
Le poids de l'ESS dans l'emploi privé du Val d'Orvanne est-il supérieur à la moyenne régionale ?
= 11,8 % | 10,4 %

S figure
Combien d'établissements associatifs parmi les employeurs de l'ESS du territoire ?
= 79

S figure @devant les coopératives
Combien de coopératives employeuses dans le Val d'Orvanne ?
= 12

S figure
Combien de mutuelles et de fondations employeuses sont recensées dans la stratégie ?
= mutuelles (4) | fondations (3)

S figure
Quels secteurs concentrent 61 % des emplois de l'ESS du territoire ?
= L'action sociale, l'enseignement et le sport

S figure
Quelle proportion des salariés de l'ESS du Val d'Orvanne partira à la retraite d'ici 2031 ?
= 31 %

S figure
Combien d'associations actives dans la CCVO ?
= 410

S figure @Cinq structures d'insertion
Combien de salariés en parcours les SIAE du Val d'Orvanne emploient-elles en 2026 ?
= 212

S list
Quelles sont les cinq structures d'insertion du Val d'Orvanne ?
= Ricochet | Les Pousses | Sillons | AIDOR | Tremplin Intérim

S other
Dans quelle commune se trouve l'ACI Les Pousses ?
= Salvagnes

S date
En quelle année la SCOP Copeaux d'Orvanne a-t-elle été fondée ?
= 1987

S other @fondée en 1987
Où est implantée la SCIC La Navette ?
= Gentiac

S figure
Quelle part des structures ayant répondu à l'enquête cite le recrutement comme première difficulté ?
= 57,5 %

S figure
À Mirabosc, quelle proportion des ménages n'a pas de voiture ?
= un ménage sur cinq

S date
Depuis quand les élus du Val d'Orvanne sont-ils mobilisés sur l'ESS ?
= premier forum ESS de 2024

S people @Le comité de pilotage est présidé
Qui préside le comité de pilotage de la stratégie ESS de la CCVO ?
= Odile Fabre

S list
Quels partenaires siègent au comité de pilotage de la stratégie ESS ?
= Département de l'Orvanne | Région Valmaurie | CRESS | DDETS | France Travail | Bouture

S figure
Combien de fois par an se réunit le comité de pilotage ?
= trois fois par an

S figure @est créé
Combien de membres compte le conseil local de l'ESS ?
= 32 membres

S list
Quels sont les collèges du conseil local de l'ESS et leur nombre de sièges ?
= élus (8) | structures de l'ESS (14) | partenaires institutionnels (6) | habitants (4)

S yesno
Le conseil local de l'ESS a-t-il un pouvoir de décision ?
= consultatif

S figure
Pour combien de temps sont élus les co-présidents du conseil local ?
= trois ans

S date conflict
D'après la stratégie, quand doit se tenir la séance d'installation du conseil local de l'ESS ?
= jeudi 18 mars 2027

S people
Qui anime la mission ESS de la communauté de communes ?
= Nolwenn Kerhervé

+S date @recrutée en
Depuis quand est-elle en poste ?
= septembre 2026

S people
Qui est le DGS de la CCVO ?
= Bastien Lhermet

S figure @cofinancé à 50 %
Quelle part du poste de chargée de mission ESS est financée par la Région ?
= 50 %

S date @l'évaluation à mi-parcours aura lieu
Quand aura lieu l'évaluation à mi-parcours de la stratégie ESS ?
= 2029

S figure
Combien d'indicateurs la CCVO suivra-t-elle chaque année ?
= Douze indicateurs

S figure @Faire émerger 15
Combien de nouvelles structures ESS la CCVO veut-elle voir naître d'ici 2031 ?
= 15

S figure @Passer de 212 à 260
Quel objectif de salariés en parcours d'insertion la stratégie fixe-t-elle ?
= 260

S figure
Quelle part des marchés intercommunaux doit comporter une clause sociale, contre combien
aujourd'hui ?
= 20 % | 9 %

S list
Quels sont les trois axes de la stratégie ESS du Val d'Orvanne ?
= Entreprendre autrement | Coopérer pour l'emploi | Relocaliser les besoins essentiels

S figure box
Combien d'actions compte le plan d'actions de la stratégie ESS ?
= 12 actions

S figure box @À retenir
Quel est le budget total de la stratégie ESS 2027-2031 ?
= 1 240 000 €

S figure @36,7 %
Combien la CCVO apporte-t-elle au financement de la stratégie, et quelle part cela représente-t-il ?
= 455 000 € | 36,7 %

S figure table
Combien le Département de l'Orvanne apporte-t-il au plan d'actions ESS de la CCVO ?
= 310 000 €

S figure table
Quelle est la contribution de la Région Valmaurie au plan d'actions ?
= 285 000 €

S figure table
Combien de FSE+ est attendu pour la stratégie ESS ?
= 140 000 €

S figure table
Quelle part du financement de la stratégie provient des fondations et du mécénat ?
= 4,0 %

S other
À quel chapitre budgétaire sont inscrites les subventions de la stratégie ESS ?
= chapitre 65

S figure table @A1
Quel budget est prévu pour le fonds d'amorçage ESS dans la stratégie ?
= 300 000 €

S figure table conflict @A1
Selon la stratégie, quel est le montant maximal d'une subvention du fonds d'amorçage ?
= 10 000 €

S date table
Quand doit se tenir le premier comité du fonds d'amorçage selon le plan d'actions ?
= juin 2027

S people table
Qui pilote l'action d'incubation des porteurs de projet ?
= CRESS Valmaurie (Ferment)

S figure table
Combien d'accompagnements DLA renforcés sont prévus par an ?
= 6 par an

S figure table @A6
Quel budget pour la plateforme de mobilité solidaire ?
= 180 000 €

S date table
Pour quand est prévue la plateforme de mobilité solidaire portée par La Navette ?
= septembre 2027

S date table conflict
D'après le plan d'actions, quand la légumerie doit-elle ouvrir ?
= printemps 2028

S figure table @A7
Combien la stratégie consacre-t-elle à la légumerie ?
= 150 000 €

S figure table @A8
Quel est le budget de l'extension du tiers-lieu Le Fournil ?
= 120 000 €

S date table
Quelle est l'échéance de l'extension du Fournil ?
= décembre 2028

S date table conflict
Selon la stratégie, quand le second point de collecte du Ricochet à Gentiac doit-il être prêt ?
= juin 2028

S figure table @A5 Lot réservé
Combien coûte le lot réservé aux SIAE pour l'entretien des espaces verts ?
= 0 €

S date table
À partir de quand la CCVO réservera-t-elle un lot aux SIAE pour ses espaces verts ?
= 1er janvier 2028

S figure table @A10
Quel budget la stratégie prévoit-elle pour le Mois de l'ESS intercommunal ?
= 25 000 €

S date table
En quelles années l'observatoire local de l'ESS sera-t-il produit ?
= 2027, 2029 et 2031

S figure table @A12
Combien coûte le poste de chargée de mission ESS sur la période ?
= 190 000 €

S other table
Qui est partenaire de l'action sur le second point de collecte à Gentiac ?
= Commune de Gentiac

S people table
Qui pilote l'action A4 sur les clauses sociales ?
= CCVO – commande publique

S date
Quand le conseil communautaire a-t-il adopté la stratégie ESS ?
= 15 décembre 2026

S figure note
Quel est le numéro de la délibération adoptant la stratégie ESS du Val d'Orvanne ?
= 2026-118

S figure note
Quel a été le résultat du vote sur la stratégie ESS au conseil communautaire ?
= 38 voix pour | 2 contre | 3 abstentions

S other note
Quel article de loi encadre le lot réservé aux SIAE mentionné dans la stratégie ?
= L. 2113-13

S definition note
Comment la stratégie définit-elle les SIAE ?
= conventionnées par l'État

S other note
Quelle est la source des chiffres de l'ESS utilisés dans le diagnostic ?
= Observatoire régional de l'ESS

S figure note
Combien de réponses complètes l'enquête de 2026 a-t-elle recueillies selon la stratégie ?
= 87 réponses complètes

S date
Quelle est la version du document de stratégie ESS et sa date ?
= version 1.2 du 11 janvier 2027

S figure
Combien d'ateliers ouverts ont servi à élaborer la stratégie ESS ?
= cinq ateliers

S people @Fait à Lussargues
Qui signe la stratégie ESS pour le président de la CCVO ?
= Odile Fabre

S other staff
stratégie ESS CCVO adresse siège
= 3 place des Tilleuls

S figure staff @A9
budget A9 ricochet gentiac
= 95 000 €

S other en
What is the motto of the Val d'Orvanne ESS strategy?
= territoire coopératif

S people en @Le comité de pilotage est présidé
Who chairs the steering committee of the Val d'Orvanne ESS strategy?
= Odile Fabre

S figure en
How many inhabitants aged 60 or over, as a share, live in the Val d'Orvanne?
= 34 %

S list en
What are the three strategic axes of the CCVO's ESS strategy?
= Entreprendre autrement | Coopérer pour l'emploi | Relocaliser les besoins essentiels

S date en @l'évaluation à mi-parcours aura lieu
In which year will the mid-term evaluation of the strategy take place?
= 2029
"""

Q_TAB = """
T other en table @Propreté
Which structure had the highest dynamic exit rate in the follow-up table?
= Propreté Valzergues

T figure table
Combien le Département a-t-il attribué à la Ressourcerie Le Ricochet en 2026 ?
= 46 000

+T figure table @Ricochet
Et combien restait-il à lui verser au 31 janvier 2027 ?
= 11 500

T figure table
Quel est le numéro de convention de l'ACI Les Pousses ?
= IAE-2026-004

T date table
Quand la convention de Berges d'Orvanne a-t-elle été signée ?
= 05/03/2026

T figure table
Quel est le taux de sorties dynamiques de l'Atelier Rustine ?
= 66 %

T figure table @Pierres Sèches
Combien d'ETP sont conventionnés chez Pierres Sèches d'Orvanne ?
= 10,5

T other table
Dans quelle commune est installé l'ACI Maraîchers de Valzergues ?
= Valzergues

T figure table
Quel ACI a le plus faible taux de sorties dynamiques en 2026 ?
= Aiguillée | 38 %

T figure table
Quel est le montant total attribué aux ACI en 2026 ?
= 246 000

T figure table @Sous-total ACI
Combien d'ETP conventionnés au total dans les ACI ?
= 110,0

T figure table @Sillons
Combien le Département a-t-il attribué à l'entreprise d'insertion Sillons ?
= 24 000

+T figure table @Sillons
Et quel est son taux de sorties dynamiques ?
= 63 %

T other table
Quelle est l'activité de Linéo ?
= blanchisserie

T figure table
Quelle structure affiche le meilleur taux de sorties dynamiques du tableau ?
= Propreté Valzergues | 70 %

T figure table
Quel montant a été attribué aux entreprises d'insertion en 2026 ?
= 97 000

T figure table @Tri'Orvanne
Combien a été versé à Tri'Orvanne ?
= 10 875

T other table
Quelle entreprise d'insertion de Lunaguet est suivie par le Département ?
= Saveurs Lunaguet

T figure table @Sous-total AI
Combien les associations intermédiaires ont-elles reçu au total en 2026 ?
= 45 000

T figure table @AIDOR
Combien a été attribué à AIDOR ?
= 15 000

T figure table @Tandem
Quelle est la durée de la convention de Tandem ?
= 3 ans

T other table
Quelle association intermédiaire est basée à Fenouillac ?
= Escale

T figure table @Allô Valzergues
Combien reste-t-il à verser à Allô Valzergues ?
= 1 875

T figure table @Sous-total ETTI
Combien d'ETTI figurent dans le tableau de suivi ?
= 3 structures

T figure table @Tremplin
Quel est le taux de sorties dynamiques de Tremplin Intérim ?
= 64 %

T figure table @Sous-total ETTI
Quel est le total attribué aux ETTI ?
= 30 500

T other table @Boussole
Dans quelle commune se trouve Boussole Intérim ?
= Corlhac

T figure table @Navette
Combien la SCIC La Navette a-t-elle reçu du Département en 2026 ?
= 25 000

T figure table @Copeaux
Combien d'ETP compte la SCOP Copeaux d'Orvanne ?
= 21,0

T figure table @Fournil
Quel type de convention lie le tiers-lieu Le Fournil au Département ?
= 3 ans (CPO)

T figure table @Racines
Combien le Département a-t-il attribué à la SCIC Racines du Lizon, et combien a été versé ?
= 30 000 | 15 000

T figure table @Démarreur
Combien la subvention de l'auto-école sociale Démarreur s'élève-t-elle ?
= 12 000

T figure table @Bouture
Combien reste-t-il à verser à Bouture ?
= 5 500

T figure table @Ferment
Combien a été versé à la CRESS Valmaurie pour Ferment ?
= 7 500

T figure table @Dés Bleus
Quel montant pour la ludothèque Les Dés Bleus ?
= 5 500

T figure table @Ondes
Quelle subvention pour la radio Ondes d'Orvanne ?
= 6 000

T date table @Toits du Lizon
Quand la convention des Toits du Lizon a-t-elle été signée ?
= 02/07/2026

T other table
Quelle est l'activité de Pédale Douce ?
= cyclo-logistique

T figure table @Chardon
Combien le café associatif Le Chardon a-t-il reçu ?
= 4 000

T figure table
Quel est le total attribué aux structures de l'ESS hors IAE ?
= 168 500

T figure table
Combien de structures au total dans le suivi des conventions 2026 ?
= 34 structures

T figure table
Quel est le montant total attribué dans le tableau de suivi 2026 ?
= 587 000

+T figure table
Combien a déjà été versé ?
= 470 000

+T figure table
Et combien reste à verser ?
= 117 000

T figure
Quelle enveloppe a été votée au BP 2026 pour ces conventions ?
= 720 000

T figure
Quel est le taux d'engagement de l'enveloppe 2026 ?
= 81,5 %

T other
Sur quel article budgétaire est imputée l'enveloppe des conventions ESS et IAE ?
= article 6574

T figure @objectif départemental
Quel est l'objectif départemental de sorties dynamiques ?
= 55 %

T date
Avant quelle date le solde des subventions 2026 sera-t-il versé ?
= 30/06/2027

T date @Page 1 de 2
À quelle date la situation du tableau de suivi est-elle arrêtée ?
= 31/01/2027

T people table
Qui est le référent du Département pour les ACI ?
= S. Belkacem

T people table @AIDOR
Qui suit les associations intermédiaires au Département ?
= M. Tournemire

T people table
Quel référent suit les entreprises d'insertion et les ETTI ?
= K. Vayssade

T other @Page 1 de 2
Quel est le nom du fichier du tableau de suivi des conventions ?
= suivi_conventions_IAE-ESS_2026_v4.ods

T figure table compare @Récup
Qui a reçu le plus entre Récup'Corlhac et Berges d'Orvanne ?
= Récup'Corlhac | 33 000

T figure table compare @Sous-total AI
Les AI ont-elles reçu plus ou moins que les ETTI en 2026 ?
= 45 000 | 30 500

T yesno table @Maraîchers
Les Maraîchers de Valzergues atteignent-ils l'objectif départemental de 55 % de sorties dynamiques ?
= 55 %

T figure table @Intermède
Quelle durée pour la convention d'Intermède ?
= 2 ans

T definition @Sorties dyn. :
Que mesure la colonne « Sorties dyn. » du tableau de suivi ?
= taux de sorties dynamiques 2026 déclaré par la structure

T definition @ETP :
Que recouvre la colonne ETP pour les SIAE dans le tableau de suivi ?
= postes conventionnés pour les SIAE

T figure table compare @Les Pousses
Qui a le plus d'ETP conventionnés entre Les Pousses et les Maraîchers de Valzergues ?
= 18,5 | 16,0

T figure staff table @Linéo
linéo subvention 2026 versé
= 14 625

T figure staff table @Pédale
montant pédale douce
= 6 500

T figure en table
What was the dynamic exit rate of Ressourcerie Le Ricochet in 2026?
= 58 %

T people en table
Which department officer is the contact for the ETTIs?
= K. Vayssade

T figure en table @TOTAL GÉNÉRAL
How many structures are listed in the 2026 follow-up table?
= 34

T figure en @objectif départemental
What is the Département's target for dynamic exits?
= 55 %
"""

Q_GDO = """
G people en
Who is the coordinator of the vegetable processing project?
= Salomé Tarrade

G other en
Which consultancy carried out the feasibility study for the vegetable unit?
= Ortolan Conseil

G definition
Que fera la légumerie de la SCIC Racines du Lizon ?
= lave, épluche, découpe et conditionne sous vide

G figure
Combien de collèges la légumerie veut-elle approvisionner ?
= 11 collèges

+G figure
Dont combien dans le Val d'Orvanne ?
= dont 4

G figure
Combien de repas par jour sert la cuisine centrale de Lussargues ?
= 1 450 repas

G date
Quand la SCIC Racines du Lizon a-t-elle été immatriculée ?
= 18 septembre 2025

G people
Qui est le gérant de la SCIC Racines du Lizon ?
= Marius Caussanel

G people
Comment s'appelle la coordinatrice de la légumerie ?
= Salomé Tarrade

G other
Où sera installée la légumerie ?
= 14 route de Gentiac

G other
Quel bâtiment accueillera la légumerie d'Auzeval ?
= ancienne coopérative laitière

G figure
Quelle surface a le bâtiment de la future légumerie ?
= 420 m²

G date
Quand le permis de construire de la légumerie a-t-il été déposé ?
= 14 octobre 2026

G figure
Quelle capacité la légumerie aura-t-elle la première année ?
= 95 tonnes

+G figure
Et à pleine charge ?
= 180 tonnes

G figure comment
Quel est le seuil de rentabilité de la légumerie ?
= 120 tonnes

G figure
Combien de producteurs ont signé une lettre d'intention pour la légumerie ?
= Vingt-trois producteurs

G figure
Dans quel rayon se trouvent les producteurs partenaires de la légumerie ?
= 60 km

G figure
Quel prix de vente moyen vise la légumerie ?
= 2,35 € HT le kilo

G figure
Combien d'ETP la légumerie emploiera-t-elle à l'ouverture ?
= 6,5 ETP

G other
Quelle structure mettra à disposition les salariés en insertion de la légumerie ?
= ACI Les Pousses

G figure
Combien de salariés en parcours d'insertion travailleront à la légumerie ?
= quatre salariés en parcours

G figure
Combien d'associés compte la SCIC Racines du Lizon ?
= 71 associés

G figure
Quel est le capital de la SCIC Racines du Lizon ?
= 52 400 €

G figure
Pour quel montant la CCVO est-elle entrée au capital de la SCIC ?
= 8 000 €

G figure table
Quelle part des droits de vote détient le collège des producteurs ?
= 35 %

G figure table
Combien d'associés dans le collège des soutiens et habitants ?
= 23

G figure table
Quel poids ont les collectivités publiques dans les votes de la SCIC ?
= 15 %

G list table
Quels sont les collèges de vote de la SCIC Racines du Lizon ?
= Producteurs | Salariés | Restauration collective | Collectivités publiques | Soutiens et habitants

G figure
Quel est le coût total du projet de légumerie ?
= 640 000 € HT

G figure table
Combien coûtent l'achat et la rénovation du bâtiment de la légumerie ?
= 312 000 €

G figure table
Quel budget pour les équipements de transformation ?
= 214 000 €

G figure table
Combien coûte la chambre froide ?
= 68 000 €

G figure table
Combien la Région apporte-t-elle au projet de légumerie ?
= 160 000 €

G figure table
Quel montant est demandé au Département pour la légumerie ?
= 96 000 €

G figure table
Quel prêt bancaire est prévu pour la légumerie ?
= 194 000 €

G figure table
Quels fonds propres la SCIC apporte-t-elle ?
= 40 000 €

G figure comment
Quelle est la limite de l'aide du Département à la légumerie ?
= 15 % de la dépense éligible

G people comment
Qui a signalé que le Département ne pourra pas dépasser 15 % ?
= Samia Belkacem

G date conflict
Quand la légumerie doit-elle ouvrir selon la note de cadrage ?
= septembre 2028

G yesno comment conflict
La date d'ouverture de la légumerie dans la stratégie intercommunale est-elle à jour ?
= printemps 2028

G date
Quand le chef de production de la légumerie sera-t-il recruté ?
= janvier 2028

G date
Quelle est la durée des travaux de la légumerie ?
= de mai 2027 à mai 2028

G figure
Quelle part du chiffre d'affaires de la légumerie dépendra des commandes publiques ?
= 70 %

G date
Quand le marché des collèges doit-il être renouvelé ?
= juillet 2028

G date
Avant quand le dossier régional de la légumerie doit-il être déposé ?
= 30 avril 2027

G other note
Qui a réalisé l'étude de faisabilité de la légumerie ?
= Ortolan Conseil

G figure note
Combien l'étude de faisabilité a-t-elle coûté au Département ?
= 30 000 €

G other note
Quelle loi a créé la SCIC ?
= 17 juillet 2001

G figure note
Jusqu'à quelle part du capital d'une SCIC une collectivité peut-elle détenir ?
= 50 %

G figure comment
Combien de temps pour présenter la légumerie au conseil local de l'ESS ?
= dix minutes

G date
De quand date la version de la note de cadrage ?
= 2 février 2027

G other
À quel métier exerce Marius Caussanel en dehors de la SCIC ?
= maraîcher à Salvagnes

G figure staff table
légumerie financement CCVO montant
= 150 000 €

G people en
Who manages the Racines du Lizon cooperative?
= Marius Caussanel

G figure en
How many members does the Racines du Lizon SCIC have?
= 71

G date en
In which year is the vegetable processing unit due to open, according to the framing note?
= 2028

G other en
Which insertion workshop will provide the workers in integration for the vegetable unit?
= Les Pousses
"""

Q_WIK = """
W date en
In which year was Le Ricochet founded?
= 2009

W people en
Who is the professional integration adviser at Le Ricochet?
= Lucie Ginestet

W date
Quand la Ressourcerie Le Ricochet a-t-elle été créée ?
= 14 mai 2009

W other
Quelle est la forme juridique du Ricochet ?
= Association loi 1901

W other
Quelle est l'adresse du siège du Ricochet ?
= 7 chemin de la Coustière

W people
Qui préside la Ressourcerie Le Ricochet ?
= Arthur Vigneron

+W date
Depuis quand ?
= depuis 2021

W people
Qui dirige Le Ricochet ?
= Yvan Couderc

W date
Depuis quand Le Ricochet est-il conventionné en ACI ?
= 2012

W date
En quelle année Le Ricochet a-t-il obtenu l'agrément ESUS ?
= 2019

W figure
Combien de salariés compte Le Ricochet en 2025 ?
= 46 salariés

W figure
Combien de postes en parcours au Ricochet ?
= 34 postes

W figure
Quel était le budget 2025 du Ricochet ?
= 1,38 M€

W date
Depuis quand Le Ricochet adhère-t-il à la CRESS ?
= depuis 2015

W figure
Quel est le numéro SIRET du Ricochet ?
= 512 734 906 00028

W other
Quel est le site web de la ressourcerie de Mirabosc ?
= ricochet-mirabosc.fr

W other
Qui a fondé Le Ricochet ?
= collectif Zéro Déchet Orvanne | CCAS

W date
Quand la première boutique du Ricochet a-t-elle ouvert ?
= 2010

W other
Où se trouvait la première boutique du Ricochet ?
= avenue du Champ-de-Foire

W date
En quelle année Le Ricochet s'est-il installé dans l'ancienne scierie ?
= 2018

W figure
Quelle est la surface de l'ancienne scierie de la Coustière ?
= 1 800 m²

W date
Quand l'atelier vélo du Ricochet a-t-il ouvert ?
= 2023

W list
Dans quelles déchèteries Le Ricochet collecte-t-il ?
= Mirabosc, Lussargues et Cazalbert

W figure
Combien coûte un enlèvement à domicile par Le Ricochet ?
= 15 €

W other
Quels jours la boutique du Ricochet à Mirabosc est-elle ouverte ?
= mercredi, vendredi et samedi

+W other
À quelles heures ?
= de 10 h à 18 h

W other
Quand a lieu l'atelier vélo du Ricochet ?
= samedi matin

W figure
Combien de classes Le Ricochet a-t-il accueillies en 2025 ?
= 42 classes

W figure
Combien d'heures par semaine font les CDDI du Ricochet ?
= 26 heures

W people
Qui est la CIP du Ricochet ?
= Lucie Ginestet

W figure
Combien d'encadrants techniques au Ricochet ?
= quatre encadrants techniques

W figure
Quelle est la durée moyenne de parcours au Ricochet ?
= 13 mois

W figure
Quel est le taux provisoire de sorties dynamiques du Ricochet en 2026 ?
= 58 %

W figure table
Combien de tonnes Le Ricochet a-t-il collectées en 2025 ?
= 612

W figure table compare
Comment a évolué le tonnage collecté par Le Ricochet entre 2022 et 2025 ?
= 486 | 612

W figure table
Quel était le taux de réemploi du Ricochet en 2024 ?
= 45 %

W figure table
Quel chiffre d'affaires ont fait les boutiques du Ricochet en 2025 ?
= 421

W figure table
Combien de personnes sont passées en parcours au Ricochet en 2023 ?
= 55

W figure table
Quel était le taux de sorties dynamiques du Ricochet en 2024 ?
= 51 %

W figure table compare
En quelle année le taux de sorties dynamiques du Ricochet a-t-il baissé ?
= 53 % | 51 %

W figure
Combien de membres au conseil d'administration du Ricochet ?
= 12 membres

W people
Qui est la trésorière du Ricochet ?
= Anouk Bérenger

W people
Qui est secrétaire de l'association Le Ricochet ?
= Mathis Cassan

W date
Quand a eu lieu la dernière AG du Ricochet ?
= 14 juin 2026

W figure
Combien le Département a-t-il versé au Ricochet en 2026 selon le wiki ?
= 46 000 €

W other
Quel est le rôle de la commune de Mirabosc auprès du Ricochet ?
= garantie de l'emprunt de 2018

W other
Quelle convention lie Le Ricochet au SICTOM de l'Orvanne ?
= détournement des encombrants

W other
Où ouvrira le second point de collecte du Ricochet ?
= Gentiac | ancienne gendarmerie

W date conflict
Quand le point de collecte de Gentiac doit-il ouvrir d'après le wiki de la CRESS ?
= septembre 2028

W figure
Combien de postes en parcours créerait le site de Gentiac ?
= six postes

W list
Dans quelles catégories du wiki est classée la page du Ricochet ?
= Ressourceries | Ateliers chantiers d'insertion | Val d'Orvanne | Structures ESUS

W date
Quand la page du Ricochet sur le wiki a-t-elle été modifiée pour la dernière fois ?
= 9 février 2027

W date
Quand aura lieu l'AG de la CRESS Valmaurie ?
= jeudi 10 juin 2027

W other
Où se tiendra l'assemblée générale de la CRESS Valmaurie en 2027 ?
= Brévignac

W figure table compare
Le taux de réemploi du Ricochet a-t-il progressé entre 2022 et 2025 ?
= 41 % | 48 %

W list
Quels objets Le Ricochet répare-t-il ?
= meubles, électroménager, vélos

W list
Qui compose le bureau du Ricochet ?
= Arthur Vigneron | Anouk Bérenger | Mathis Cassan

W figure staff table
ricochet taux réemploi 2025
= 48 %

W people en
Who is the director of Ressourcerie Le Ricochet?
= Yvan Couderc

W date en
When was Le Ricochet granted the ESUS approval?
= 2019

W figure en table
How many tonnes did Le Ricochet collect in 2023?
= 531

W people en
Who is the treasurer of Le Ricochet?
= Anouk Bérenger

W figure en
How many classes did Le Ricochet host in 2025?
= 42
"""

Q_VTT = """
V people en
Who is the Département's social clause facilitator?
= Estelle Pradal

V figure
Combien de participants étaient connectés au webinaire de la CRESS sur les achats responsables ?
= 74 participants

V date
Quand a eu lieu le webinaire sur les achats responsables ?
= jeudi 11 février 2027

V other
Dans quel délai le replay du webinaire sera-t-il envoyé ?
= 48 heures

V people
Qui a animé le webinaire sur les achats responsables ?
= Agathe Rouquié

V people
Qui relaie les questions de la conversation pendant le webinaire ?
= Mehdi Sahraoui

V people
Quelle est la fonction de Samia Belkacem ?
= cheffe du service insertion et emploi

V date
Quand le SPASER du Département de l'Orvanne a-t-il été adopté ?
= 27 juin 2025

V figure
Quel objectif de marchés avec clause sociale le SPASER fixe-t-il ?
= 25 %

+V date
À quelle échéance ?
= d'ici 2028

V figure
Combien de marchés avec clause sociale le Département a-t-il notifiés en 2026 ?
= 63 marchés

+V figure
Sur combien de marchés au total ?
= 248

V figure
Combien d'heures d'insertion les clauses sociales du Département ont-elles générées en 2026 ?
= 41 200 heures

+V figure compare
Pour quel objectif ?
= 36 000 heures

V figure
Combien de personnes ont bénéficié des clauses sociales du Département en 2026 ?
= 112 personnes

+V figure
Dont combien de femmes ?
= 43 femmes

V people
Qui est la facilitatrice des clauses sociales du Département ?
= Estelle Pradal

V list
Quels sont les trois outils de la commande publique présentés par la facilitatrice ?
= clause d'exécution | critère d'attribution | marché réservé

V other
Quel article permet de réserver un marché aux structures d'insertion ?
= L. 2113-13

V figure
Comment la facilitatrice calcule-t-elle le nombre d'heures d'insertion d'un marché ?
= 7 % du coût de main-d'œuvre | 35 euros

V definition
Qu'est-ce qu'un marché réservé selon la facilitatrice ?
= seules les structures d'insertion

V other
Quel a été le premier marché réservé du Département ?
= entretien des espaces verts

+V figure
Pour combien de collèges ?
= sept collèges

+V figure
Quel est son montant annuel ?
= 186 000 euros HT par an

V date
Quand le marché réservé des espaces verts des collèges a-t-il été notifié ?
= 1er septembre 2025

V other
Quelle entreprise a remporté le marché réservé des collèges ?
= Sillons

V people
Qui dirige l'entreprise d'insertion Sillons ?
= Christelle Aubagnac

V figure
Combien de postes d'insertion conventionnés chez Sillons selon sa directrice ?
= 15 postes

V figure
Combien de salariés en parcours Sillons a-t-elle accompagnés en 2026 ?
= 31

V figure
Combien de salariés en parcours travaillent en permanence sur le lot des collèges ?
= neuf salariés

V figure
Quelle part du chiffre d'affaires de Sillons représente le marché des collèges ?
= 38 %

V figure
Combien de temps a-t-il fallu à Sillons pour préparer sa réponse ?
= onze jours

V other
Qui a aidé Sillons à répondre au marché réservé ?
= Bouture | DLA

V other
Qu'est-ce que le marché réservé a permis à Sillons ?
= deux encadrants techniques

V other chat
D'où venait la question sur la réservation d'un marché à une SCOP ?
= mairie de Valzergues

V yesno chat
Peut-on réserver un marché à une SCOP au titre de l'article L. 2113-13 ?
= ne vise que les structures d'insertion

V other chat
Quel article permet de réserver certains marchés aux entreprises de l'ESS ?
= L. 2113-15

+V figure chat
Pour quelle durée maximale ?
= trois ans au maximum

V figure chat
À partir de quel montant d'achats un SPASER est-il obligatoire ?
= 50 millions d'euros

V figure chat
Combien le Département achète-t-il chaque année ?
= 94 millions

V yesno chat
La CCVO prévoit-elle un lot réservé aux SIAE ?
= action A5

V date chat conflict
À quelle date Nolwenn Kerhervé annonce-t-elle la séance d'installation du conseil local ?
= reportée au 25 mars

V other
Quel est le nom de la formation de la CRESS pour les acheteurs ?
= Acheter solidaire

V date
Quand a lieu la formation Acheter solidaire ?
= 8 et 9 avril 2027

V other
Où se tient la formation « Acheter solidaire » ?
= Montjaubert

V figure
Combien de places pour la formation Acheter solidaire ?
= 12 places

V figure
Combien coûte la formation Acheter solidaire pour un non-adhérent ?
= 90 euros

V yesno
La formation de la CRESS est-elle payante pour les adhérents ?
= gratuite pour les adhérents

V date
Jusqu'à quand peut-on s'inscrire à la formation Acheter solidaire ?
= 26 mars

V date
Quand aura lieu le prochain webinaire de la CRESS ?
= jeudi 13 mai 2027

+V other
Sur quel thème ?
= tiers-lieux

V people staff
facilitatrice clauses sociales département orvanne
= Estelle Pradal

V figure en
How many participants attended the CRESS webinar on responsible purchasing?
= 74

V people en
Who runs the insertion company Sillons?
= Christelle Aubagnac

V figure en
How many women benefited from the Département's social clauses in 2026?
= 43

V figure en
What share of Sillons' turnover comes from the schools' green spaces contract?
= 38 %

V other en
Where will the "Acheter solidaire" training be held?
= Montjaubert
"""

Q_MKD = """
M other en
Which DLA operator can help prepare a seed fund application?
= Bouture

M figure
De combien le fonds d'amorçage ESS est-il doté chaque année ?
= 60 000 € par an

M figure conflict
Quel est le plafond de la subvention du fonds d'amorçage en 2027 ?
= 8 000 € par projet

+M figure conflict
Et quel était-il avant ?
= 10 000 €

M other
Quelle délibération a modifié le plafond du fonds d'amorçage ?
= B-2027-004

+M date
De quand date-t-elle ?
= 12 janvier 2027

M figure
Quel est le montant minimal d'une aide du fonds d'amorçage ?
= 1 500 €

M list
Quelles sont les conditions pour bénéficier du fonds d'amorçage ESS ?
= 14 communes | moins de trois ans | au moins un emploi | rendez-vous préalable

M figure
Dans quel délai le projet doit-il créer un emploi pour être éligible au fonds d'amorçage ?
= 18 mois

M yesno
Un club sportif peut-il demander le fonds d'amorçage ?
= associations sportives

M yesno
Une SCIC dont la CCVO est associée peut-elle recevoir le fonds d'amorçage ?
= n'empêche pas l'aide du fonds

M other
Que doit avoir une société commerciale pour être éligible au fonds d'amorçage ?
= agrément ESUS

M yesno
Une commune peut-elle déposer un dossier au fonds d'amorçage ?
= ne peuvent pas déposer

M figure table
Quel taux maximal pour les investissements matériels ?
= 50 %

M figure table
À quel taux les premiers salaires sont-ils aidés ?
= 30 %

M yesno table
Les loyers sont-ils pris en charge par le fonds d'amorçage ?
= Loyers et charges courantes | non

M yesno table
Le fonds rembourse-t-il les emprunts ?
= Remboursement d'emprunts | non

M figure table
Pendant combien de temps les premiers salaires peuvent-ils être aidés ?
= six mois au plus

M figure
Quelle part maximale du budget du projet l'aide peut-elle couvrir ?
= 50 % du budget total

M figure
Comment l'aide du fonds d'amorçage est-elle versée ?
= 70 % à la signature | 30 % sur justificatifs

M date table
Quelle est la date limite de dépôt pour la première session du fonds d'amorçage ?
= 30 avril 2027

+M date table
Et quand se réunit le comité ?
= jeudi 3 juin 2027

M date table
Quand se tient le comité d'engagement de la deuxième session ?
= jeudi 7 octobre 2027

M date table
Avant quand faut-il déposer pour la troisième session ?
= 5 novembre 2027

M date table
Quand a lieu le dernier comité d'engagement de 2027 ?
= jeudi 9 décembre 2027

M figure table
Combien de sessions du fonds d'amorçage en 2027 ?
= 3

M people
Qui préside le comité d'engagement du fonds d'amorçage ?
= Odile Fabre

M list
Qui siège au comité d'engagement du fonds d'amorçage ?
= deux élus communautaires | Bouture | Ferment | deux membres du conseil local

M figure
Combien de temps dure l'entretien avec la mission ESS ?
= 45 minutes

M figure
Sur combien d'années doit porter le budget prévisionnel joint au dossier ?
= trois ans

M figure
Combien de temps pour présenter son projet au comité ?
= 10 minutes

M yesno faq
Un porteur sans structure peut-il être aidé ?
= avant le premier versement

M yesno faq
Peut-on cumuler le fonds d'amorçage et le DLA ?
= Bouture peut même vous aider

M yesno faq
Une structure déjà aidée peut-elle redéposer un dossier au fonds ?
= qu'une seule fois

M other
Quel est le téléphone de la mission ESS de la CCVO ?
= 05 36 49 20 14

M other
Quelle est l'adresse électronique de la mission ESS ?
= ess@valdorvanne.fr

M definition
Que signifie ESUS ?
= Entreprise solidaire d'utilité sociale

M definition
Que veut dire DLA ?
= Dispositif local d'accompagnement

M definition
Que signifie SCIC ?
= Société coopérative d'intérêt collectif

M definition
Que signifie CCVO ?
= Communauté de communes du Val d'Orvanne

M definition
Que veut dire ESS ?
= Économie sociale et solidaire

M other note
Quel article du code du travail concerne l'agrément ESUS ?
= L. 3332-17-1

M date
Quand la page du fonds d'amorçage a-t-elle été mise à jour ?
= 2027-01-20

M other
De quelle action de la stratégie le fonds d'amorçage relève-t-il ?
= action A1

M figure staff
fonds amorçage plancher plafond
= 1 500 € | 8 000 €

M figure en
What share of the project budget can the seed fund cover at most?
= 50 %

M people en
Who chairs the seed fund's commitment committee?
= Odile Fabre

M other en
What is the e-mail address of the CCVO's ESS team?
= ess@valdorvanne.fr

M other en
What is the phone number of the CCVO's ESS team?
= 05 36 49 20 14
"""

Q_EML = """
E other en
Which cooperative offers on-demand transport to reach the local ESS council meeting?
= La Navette

E date conflict
À quelle date la séance d'installation du conseil local de l'ESS est-elle reportée ?
= jeudi 25 mars 2027

+E date
Elle était prévue quand au départ ?
= jeudi 18 mars 2027

+E other
Pourquoi a-t-elle été reportée ?
= session budgétaire du conseil départemental

E other
Où se tiendra la séance d'installation du conseil local de l'ESS ?
= salle du conseil | 3 place des Tilleuls

E other
À quelle heure commence et finit le conseil local de l'ESS du 25 mars ?
= de 14 h à 17 h

E people
Qui a envoyé l'invitation au conseil local de l'ESS ?
= Nolwenn Kerhervé

E list
Qui est invité à la séance d'installation du conseil local ?
= Odile Fabre | Agathe Rouquié | Samia Belkacem
= Clémence Aussel | Yvan Couderc | Inès Marchadier | Marius Caussanel

E people
Qui est en copie de l'invitation au conseil local ?
= Bastien Lhermet

E other
À quelle heure Odile Fabre prend-elle la parole au conseil local ?
= 14 h 15

E other
Quand est prévue l'élection des co-présidents du conseil local de l'ESS ?
= 14 h 30

E other
À quelle heure est présenté le projet de légumerie au conseil local ?
= 15 h 45

+E people
Par qui ?
= Marius Caussanel

E list
Quels sont les points à l'ordre du jour du conseil local de l'ESS ?
= Installation des quatre collèges | Résultats de l'enquête
= légumerie | Feuille de route 2027 | Questions diverses

E figure
Combien de réponses complètes à l'enquête seront présentées au conseil local ?
= 87 réponses complètes

E date
Avant quand faut-il candidater à la co-présidence du conseil local de l'ESS ?
= vendredi 19 mars 2027

+E other
Sous quelle forme ?
= une lettre d'une page

E date
Avant quand faut-il confirmer sa présence au conseil local ?
= lundi 22 mars 2027

E other
Comment venir au conseil local sans voiture ?
= transport à la demande de la SCIC La Navette

+E other
Quel numéro appeler ?
= 05 36 49 31 70

+E other
Jusqu'à quand réserver ?
= la veille avant 17 h

E yesno
Peut-on suivre le conseil local de l'ESS à distance ?
= Microsoft Teams

E other
Quel est l'identifiant de la réunion Teams du conseil local ?
= 372 914 508 611

E other
Quel est le code secret de la réunion Teams ?
= Xq7mVb

E other
Quel est le portable de Nolwenn Kerhervé ?
= 06 39 98 47 21

E other
Quelle est l'adresse e-mail de Samia Belkacem ?
= s.belkacem@orvanne.fr

E other
Quelle est l'adresse électronique d'Inès Marchadier ?
= ines.marchadier@lanavette-scic.fr

E other
Quelle est l'adresse de la direction du Ricochet ?
= direction@ricochet-mirabosc.fr

E figure
Combien de membres nommés au conseil local et pour quelle durée ?
= 32 membres | trois ans

E other
Y a-t-il un parking pour le conseil local ?
= parking gratuit place des Tilleuls

E date
Quand l'invitation au conseil local a-t-elle été envoyée ?
= 15 Feb 2027

E other staff
invitation conseil local ESS ordre du jour 16 h 15
= Feuille de route 2027 et calendrier du fonds d'amorçage

E people en
Who sent the invitation to the local ESS council meeting?
= Nolwenn Kerhervé

E other en
What is the secret code of the Teams meeting for the local ESS council?
= Xq7mVb

E people en
Who is copied on the invitation to the local ESS council?
= Bastien Lhermet

E other en
What is Agathe Rouquié's e-mail address?
= a.rouquie@cress-valmaurie.fr

E figure en
How many members will sit on the local ESS council?
= 32
"""

Q_SUR = """
Y figure en
How many respondents want to join the local ESS council as members?
= 19

Y figure en
How many incomplete responses were excluded from the survey statistics?
= 12

Y figure
Combien de réponses complètes l'enquête sur les besoins des structures ESS a-t-elle reçues ?
= Réponses complètes : 87

Y figure
Combien de réponses incomplètes ont été exclues de l'enquête ?
= 12

Y date
Sur quelle période l'enquête sur les besoins des structures ESS s'est-elle déroulée ?
= du 03/11/2026 au 04/12/2026

Y figure
Combien d'invitations à répondre à l'enquête ont été envoyées ?
= 214

+Y figure
Quel taux de réponse complète cela donne-t-il ?
= 40,7 %

Y figure
Combien d'associations ont répondu à l'enquête de la CCVO ?
= 64

+Y figure
Quel pourcentage des répondants cela représente-t-il ?
= 73,56 %

Y figure
Combien de SCIC ont répondu à l'enquête ?
= SCIC (A3) 6

Y figure
Combien de structures en cours de création ont répondu à l'enquête ?
= 5

Y figure
Quelle part des répondants a son siège à Lussargues ?
= 33,33 %

Y figure
Combien de répondants ont leur siège à Gentiac ?
= 14

Y figure
Combien de structures répondantes n'ont aucun salarié ?
= 31

+Y figure
Soit quel pourcentage ?
= 35,63 %

Y figure
Combien de répondants emploient 20 ETP ou plus ?
= 7

Y figure
Quelle part des répondants emploie de 5 à 19 ETP ?
= 17,24 %

Y figure
Combien de structures citent le recrutement parmi leurs principales difficultés ?
= 50

Y figure compare
Quelles sont les deux principales difficultés citées dans l'enquête ?
= Recruter des salariés ou des bénévoles | Trouver des financements

Y figure
Combien de répondants ont du mal à trouver des locaux ?
= 26

Y figure
Quelle part des structures signale des difficultés de mobilité ?
= 27,59 %

Y figure
Combien de structures ont besoin d'aide sur le modèle économique et le financement ?
= 48

Y figure
Combien de structures disent n'avoir aucun besoin d'accompagnement ?
= 7

Y figure
Quelle part des répondants demande un accompagnement en ressources humaines ?
= 37,93 %

Y figure
Combien de structures ont déjà bénéficié du DLA ?
= 18

Y figure
Combien de répondants ne connaissent pas le DLA ?
= 46

+Y figure
En pourcentage ?
= 52,87 %

Y figure
Combien de structures sont intéressées par des marchés réservés ou à clause sociale ?
= Oui (A1) 21

Y figure
Combien de répondants manquent d'information sur les marchés réservés ?
= 30

Y figure
Que sont prêtes à mutualiser le plus de structures ?
= Des locaux | 39

Y figure
Combien de structures envisagent un emploi partagé ?
= 31

Y figure
Combien de répondants veulent être membres du conseil local de l'ESS ?
= 19

+Y figure
Et combien veulent seulement suivre ses travaux ?
= 33

Y figure
Quelle note moyenne les structures donnent-elles à l'appui de la CCVO à l'ESS ?
= Moyenne : 3,03

Y figure
Combien de répondants ont donné la note 5 à l'appui de la CCVO ?
= 5 (A5) 8

Y figure
Quelle est la note médiane donnée à la CCVO ?
= Médiane : 3

Y figure
Combien de réponses libres sur l'action prioritaire de la CCVO ?
= Réponses textuelles : 10

Y list
Quelles actions prioritaires les répondants proposent-ils à la CCVO ?
= fonds | locaux partagés | annuaire | navette | ressourcerie à Gentiac

Y other
Un répondant demande-t-il un groupement d'employeurs ?
= groupement d'employeurs

Y other
Quelle simplification administrative les structures demandent-elles ?
= un seul dossier pour la CCVO et le Département

Y other
Quel est le numéro du questionnaire LimeSurvey ?
= 748215

Y date
Quand les résultats de l'enquête ont-ils été exportés ?
= 07/12/2026

Y figure compare
Plus de structures ont-elles besoin d'aide sur le financement ou sur la communication ?
= 48 | 29

Y figure staff
enquête besoins ESS taux réponse
= 40,7 %

Y figure staff
nombre SCOP répondantes enquête
= SCOP (A2) 5

Y figure en
How many complete responses did the needs survey receive?
= 87

Y figure en
How many respondents have already used the DLA?
= 18

Y figure en
How many respondents said they were interested in reserved public contracts?
= 21

Y figure en
How many respondents have no employees?
= 31

Y other en
Which survey tool produced the needs survey statistics?
= LimeSurvey
"""

Q_MISC = """
U year figure
Combien d'heures d'insertion le Département vise-t-il pour 2027 ?
& heures && 2027 && objectif

U person people
Qui est la présidente de la SCIC La Navette ?
& navette && président|présidente|gérant

U detail figure
Quel est le chiffre d'affaires de la SCOP Copeaux d'Orvanne ?
& copeaux && chiffre d'affaires

U place other
Où se trouve l'antenne de Bouture à Lussargues ?
& bouture && lussargues

U detail date
Avant quelle date la légumerie doit-elle déposer son dossier au Département ?
& légumerie|racines && département && avant le|date limite

U year figure en
How many participants attended the CRESS webinar in 2026?
& webinaire && 2026 && participants

U detail figure
Combien de véhicules la SCIC La Navette possède-t-elle ?
& navette && véhicules

U topic figure
Quel est le montant de la taxe de séjour à Lussargues ?
! taxe de séjour

SE date conflict
La séance d'installation du conseil local de l'ESS a-t-elle toujours lieu le 18 mars ?
= jeudi 18 mars 2027 | jeudi 25 mars 2027

MS figure conflict @A1
Le plafond du fonds d'amorçage est-il de 10 000 € ou de 8 000 € ?
= 8 000 € par projet | 10 000 €

GS date conflict @A7
La légumerie ouvrira-t-elle au printemps 2028 ?
= septembre 2028 | printemps 2028

WS date conflict @A9
Le point de collecte du Ricochet à Gentiac ouvrira-t-il en juin 2028 ?
= septembre 2028 | juin 2028

TW figure
Les deux sources concordent-elles sur la subvention départementale 2026 du Ricochet ?
= 46 000

YS figure
Quelle part des structures cite le recrutement comme difficulté ?
= 57,47 % | 57,5 %

VS other
Le lot réservé de la CCVO concerne quelle activité ?
= espaces verts

GT figure @Racines
Combien a coûté l'étude de faisabilité de la légumerie, et combien en a été versé ?
= 30 000 | 15 000

WY other
La ressourcerie à Gentiac demandée dans l'enquête est-elle en projet ?
= Une ressourcerie à Gentiac | Gentiac

VT figure @Sillons
Combien de postes d'insertion compte Sillons ?
= 15 postes | 15,0

U year figure
Combien le Département a-t-il attribué au Ricochet en 2025 ?
& ricochet && 2025 && attribué|subvention|département

U year figure
Quel était le taux de sorties dynamiques du Ricochet en 2021 ?
! \\b2021\\b.{0,80}sorties|sorties.{0,80}\\b2021\\b

U year figure
Combien de tonnes Le Ricochet a-t-il collectées en 2026 ?
& tonnes && 2026

U year figure
Quel est le budget du fonds d'amorçage en 2032 ?
! 2032

U year figure
Combien de marchés avec clause sociale le Département a-t-il notifiés en 2025 ?
& marchés && 2025 && notifi

U year figure
Combien d'heures d'insertion les clauses du Département ont-elles générées en 2024 ?
& heures && 2024

U year figure
Combien de structures la CCVO a-t-elle suivies dans le tableau de suivi 2025 ?
! exercice 2025|suivi_2025

U year figure en
What was Le Ricochet's shop turnover in 2021?
& chiffre d'affaires && \\b2021\\b

U year figure
Quel était le chiffre d'affaires des boutiques du Ricochet en 2026 ?
& chiffre d'affaires && 2026 && boutique

U year date
Quand aura lieu le Mois de l'ESS intercommunal de 2026 ?
& mois de l'ess && 2026

U year figure
Combien de réponses avait reçu l'enquête sur les besoins en 2024 ?
& enquête && 2024

U place figure
Combien d'habitants compte Montjaubert ?
& montjaubert && habitants

U place figure
Combien de salariés en parcours compte l'ACI de Brassalou ?
& brassalou && aci|parcours

U place figure
Quel est le taux de chômage de Gentiac ?
& gentiac && chômage

U place other
Où se trouve le second tiers-lieu de la CCVO à Cazalbert ?
& tiers-lieu && cazalbert

U place figure
Combien la commune de Lunaguet verse-t-elle à Saveurs Lunaguet ?
& lunaguet && commune

U place other en
Where is the seed fund committee held in Brévignac?
& comité && brévignac

U person people
Qui est le président de la Communauté de communes du Val d'Orvanne ?
& président && communauté de communes|ccvo

U person people
Qui préside la CRESS Valmaurie ?
& président|préside && cress valmaurie

U person people
Qui est le maire de Mirabosc ?
! \\bmaires?\\b

U person people
Qui dirige Bouture ?
& bouture && directeur|directrice|dirige|président

U person people
Qui est le gérant de la SCOP Copeaux d'Orvanne ?
& copeaux && gérant|dirige

U person people
Qui est la présidente du Département de l'Orvanne ?
& président && département de l'orvanne

U person people en
Who manages the tiers-lieu Le Fournil?
& fournil && direct|gérant|coordin|responsable

U person people
Qui est le chef de production de la légumerie ?
& chef de production && recruté|nommé|s'appelle

U person people
Qui est le directeur de l'ETTI Tremplin Intérim ?
& tremplin && direct

U person people
Quel élu représente Gentiac au conseil local de l'ESS ?
& gentiac && élu

U detail figure
Quel est le montant de l'aide au poste de l'État pour un ACI ?
! aide au poste de l'état (?:est|s'élève)|€ par poste

U detail figure
Quel est le chiffre d'affaires total de Sillons ?
& sillons && chiffre d'affaires.{0,20}\\d

U detail figure
Combien de bénévoles compte Le Ricochet ?
! bénévoles? (?:du|au) ricochet|ricochet.{0,60}bénévoles

U detail other
Quel est le code secret Wi-Fi de la Maison de l'intercommunalité ?
! wi-?fi

U detail figure
Quel est le taux d'intérêt du prêt bancaire de la légumerie ?
! taux d'intérêt

U detail figure
Combien coûte le véhicule de la SCIC La Navette ?
& navette && véhicule && €

U detail figure
Combien de places compte la salle du conseil de Lussargues ?
& salle du conseil && places

U detail figure
Quel est le loyer de l'ancienne gendarmerie de Gentiac ?
! loyer de

U detail other
Quel est le numéro RNA du Ricochet ?
! \\brna\\b

U detail figure
Combien de salariés compte l'ETTI Intermède ?
& intermède && salariés

U detail figure
Combien d'élèves compte le collège de Gentiac ?
! élèves

U detail figure
Quel est le salaire de la chargée de mission ESS ?
! salaire de|rémunération

U detail other
Quel est le lien de la réunion Teams pour le webinaire de la CRESS ?
& webinaire && teams

U detail figure
Combien de personnes ont assisté à la dernière AG du Ricochet ?
& assemblée générale && participants|présents

U detail figure
Combien de kilomètres de berges l'ACI Berges d'Orvanne entretient-il ?
! kilomètres|\\bkm de berges

U detail other
Quelle est la date de fin du marché réservé des collèges ?
& marché réservé && 2028 && fin|expire|termine

U detail figure
Combien de temps de travail représente le poste de coordinatrice de la SCIC La Navette ?
& navette && coordinat

U detail figure en
What is the hourly wage of the workers in integration at Sillons?
! salaire horaire|smic

U detail figure en
How much did the CRESS webinar cost to attend?
& webinaire && gratuit|€|euros && inscri

U detail date
Quand se réunira le comité de pilotage de la stratégie ESS pour la première fois ?
& comité de pilotage && première

U detail figure
Combien de dossiers le fonds d'amorçage a-t-il reçus en 2026 ?
& dossiers && 2026 && fonds d'amorçage

U topic figure
Combien de logements sociaux compte le Val d'Orvanne ?
! logements? sociaux

U topic other
Le Département propose-t-il une garantie d'emprunt aux SCOP ?
& garantie && scop

U topic figure
Combien de crèches associatives y a-t-il dans la CCVO ?
! crèche

U topic other en
Does the CCVO run a local currency scheme?
! monnaie locale

U topic figure
Quel est le montant du budget participatif de la CCVO ?
! budget participatif

U topic other
La CCVO a-t-elle signé un contrat de ville ?
! contrat de ville

U topic figure en
How many electric bikes does La Navette rent?
! vélos? électriques?

U topic other
Quelle mutuelle couvre les salariés de la SCIC Racines du Lizon ?
! mutuelle (?:santé|couvr)|complémentaire santé

U topic other
Le Val d'Orvanne a-t-il un PTCE labellisé ?
! ptce

U place figure
Combien de salariés en parcours compte l'ACI de Roquefière ?
! roquefière
"""

QTEXT = "\n\n".join((Q_STR, Q_TAB, Q_GDO, Q_WIK, Q_VTT, Q_MKD, Q_EML, Q_SUR, Q_MISC))


if __name__ == "__main__":
    sys.exit(main())
