"""Build the fresh3 held-out evaluation documents (fictional French ESS documents).

Usage (from the repository root):

    .venv/bin/python evals/fresh3/build.py [OUTDIR] [-v] [--dump]

OUTDIR defaults to evals/fresh3/corpus/. Writes, deterministically:

  cress-haute-brevanne-rapport-activite-2024.pdf          6-page typeset annual report
  ternaude-agglo-clauses-sociales-achats-responsables.html intercommunality web page
  scic-roue-libre-ardouvin-ag-2025-06-14.md               AGM decisions, YAML front matter
  reglement-interieur-fonds-lorbanais-solidaire.txt       fund rules, hard-wrapped

Then, if evals/fresh3/questions.jsonl exists, checks every case against the source strings
written here (not against a PDF extractor): each fact must occur in the text of one of its
sources, on a single line for the PDF, Markdown and text files, and for PDF cases on one of the
declared `pages`. For the PDF the lines are those computed by fpdf2 while typesetting (soft
hyphens inserted by `hyph` are honoured: a fact cut by a line-end hyphen is not on one line).
`--dump` prints every typeset PDF line with its page.

All territories, people, organisations and figures are invented.
"""
# ruff: noqa: E501  (the Markdown source keeps its paragraphs on one line; wrap_markdown wraps them)
from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, XPos, YPos
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NB = "\u00a0"
SHY = "\u00ad"

PDF_NAME = "cress-haute-brevanne-rapport-activite-2024.pdf"
HTML_NAME = "ternaude-agglo-clauses-sociales-achats-responsables.html"
MD_NAME = "scic-roue-libre-ardouvin-ag-2025-06-14.md"
TXT_NAME = "reglement-interieur-fonds-lorbanais-solidaire.txt"

MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
UNITS = ("%|€|euros|salariés|membres|habitants|établissements|ETP|ans|emplois|participants|"
         "heures|sociétaires|adhérents|événements|candidatures|porteurs|stagiaires|véhicules|"
         "réparations|trajets|élèves|administrateurs|séances|jours|mois|communes|projets|"
         "structures|marchés|personnes|voix|abstentions?|bénévoles|sessions|h|Ko|Mo|parts")


def nb(text: str) -> str:
    """French typography: non-breaking spaces inside figures, before units, inside dates."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NB, text)
    text = re.sub(rf"(?<=\d) (?=({UNITS})\b|%|€)", NB, text)
    text = re.sub(rf"(?<=\b\d) (?=({MONTHS})\b)", NB, text)
    text = re.sub(rf"(?<=\b\d\d) (?=({MONTHS})\b)", NB, text)
    text = re.sub(rf"(?<=\b1er) (?=({MONTHS})\b)", NB, text)
    text = re.sub(rf"\b({MONTHS}) (?=\d{{4}}\b)", lambda m: m.group(1) + NB, text)
    text = re.sub(r"(?<=n°) ", NB, text)
    text = re.sub(r"(?<=\S) (?=[;:!?»])", NB, text)  # no line break before ; : ! ? »
    text = re.sub(r"« ", "«" + NB, text)
    return text


def P(text: str) -> str:
    return nb(" ".join(text.split()))


# ---------------------------------------------------------------------------
# Hyphenation: soft hyphens at French syllable boundaries in long lower-case words
# ---------------------------------------------------------------------------

VOWELS = set("aeiouyàâäéèêëîïôöùûüÿœæ")
INSEPARABLE = {"bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr", "vr",
               "ch", "ph", "gn", "th"}


MUTE_END = re.compile(r"^[^aeiouyàâäéèêëîïôöùûüÿœæ]+(e|es|ent)$")  # no "-ses", "-les"


def _hyph_word(word: str, left: int = 3, right: int = 3) -> str:
    w = word.lower()
    n = len(w)
    vowel = [c in VOWELS for c in w]
    for i in range(1, n - 1):  # the u of qu, gu before a vowel is not a vowel
        if w[i] == "u" and w[i - 1] in "qg" and vowel[i + 1]:
            vowel[i] = False
    groups, j = [], 0
    while j < n:
        if vowel[j]:
            k = j
            while k < n and vowel[k]:
                k += 1
            groups.append((j, k))
            j = k
        else:
            j += 1
    cuts = []
    for (_, b), (c, _) in itertools.pairwise(groups):
        cons = w[b:c]
        if not cons:
            continue
        if cons == "x":
            cut = b + 1
        elif len(cons) == 1:
            cut = b
        elif len(cons) == 2:
            cut = b if cons in INSEPARABLE else b + 1
        else:
            cut = c - 2 if cons[-2:] in INSEPARABLE else b + 2
        if left <= cut <= n - right and not MUTE_END.match(w[cut:]):
            cuts.append(cut)
    out, prev = [], 0
    for cut in cuts:
        out.append(word[prev:cut])
        prev = cut
    out.append(word[prev:])
    return SHY.join(out)


def hyph(text: str) -> str:
    return re.sub(r"(?<![\w\-])[a-zà-ÿœæ]{7,}(?![\w\-])", lambda m: _hyph_word(m.group(0)), text)


# ---------------------------------------------------------------------------
# a. PDF — Rapport d'activité 2024 de la CRESS Haute-Brévanne
# ---------------------------------------------------------------------------

TEAL = (22, 104, 110)


class Rapport(FPDF):
    running = "CRESS Haute-Brévanne — Rapport d’activité 2024"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.lines: list[tuple[int, str]] = []  # (physical page, typeset line)

    def _mc(self, h: float, text: str, align: str = "J", w: float = 0):
        y0, page0 = self.get_y(), self.page_no()
        lines = self.multi_cell(w, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                                output=MethodReturnValue.LINES)
        if self.page_no() == page0:
            self.lines += [(page0, ln) for ln in lines]
        else:  # the paragraph broke across a page
            k = max(0, int((self.page_break_trigger - y0 + 1e-6) // h))
            self.lines += [(page0, ln) for ln in lines[:k]] + [(page0 + 1, ln) for ln in lines[k:]]

    def header(self):
        if self.page_no() == 1:
            self.set_y(18)
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 5, self.running, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Assemblée générale du 12 juin 2025", align="R")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.3)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Chambre régionale de l’économie sociale et solidaire de Haute-Brévanne",
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, text: str):
        if self.get_y() > self.page_break_trigger - 40:
            self.add_page()
        self.start_section(text, level=0)
        self.ln(2)
        self.set_font("Sans", "B", 14)
        self.set_text_color(*TEAL)
        self._mc(7, text, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, text: str):
        if self.get_y() > self.page_break_trigger - 28:
            self.add_page()
        self.start_section(text, level=1)
        self.ln(0.5)
        self.set_font("Sans", "B", 11)
        self.set_text_color(*TEAL)
        self._mc(6, text, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, text: str, size: float = 10.5, style: str = ""):
        self.set_font("Serif", style, size)
        self._mc(5.2, hyph(P(text)))
        self.ln(2)

    def bullets(self, items, size: float = 10.5, mark: str = "•"):
        self.set_font("Serif", "", size)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.cell(5, 5.2, mark)
            self.set_left_margin(self.l_margin + 8)
            self._mc(5.2, hyph(P(it)))
            self.set_left_margin(self.l_margin - 8)
            self.ln(0.6)
        self.ln(1.4)

    def table(self, caption, headings, rows, total, widths, aligns, source):
        if self.get_y() + 7 * (len(rows) + 3) + 10 > self.page_break_trigger:
            self.add_page()
        self.set_font("Sans", "B", 9.5)
        self._mc(6, caption, align="L")
        self.set_font("Sans", "", 9)
        self.set_draw_color(160, 160, 160)
        self.set_line_width(0.2)
        page = self.page_no()
        with super().table(col_widths=widths, text_align=aligns, line_height=5.5,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(218, 236, 236)),
                           first_row_as_headings=True) as t:
            r = t.row()
            for h in headings:
                r.cell(h)
                self.lines.append((page, h))
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(nb(c))
                    self.lines.append((page, nb(c)))
            if total:
                r = t.row()
                for c in total:
                    r.cell(nb(c), style=FontFace(emphasis="BOLD"))
                    self.lines.append((page, nb(c)))
        assert self.page_no() == page, caption
        self.set_font("Sans", "I", 8)
        self._mc(4.5, source, align="L")
        self.ln(2.5)

    def columns(self, left_blocks, right_blocks, gap: float = 8):
        """A two-column passage; must fit on the current page."""
        page, y0 = self.page_no(), self.get_y()
        lm, rm = self.l_margin, self.r_margin
        colw = (self.w - lm - rm - gap) / 2
        ends = []
        for x, blocks in ((lm, left_blocks), (lm + colw + gap, right_blocks)):
            self.set_left_margin(x)
            self.set_right_margin(self.w - x - colw)
            self.set_xy(x, y0)
            for kind, content in blocks:
                if kind == "h":
                    self.ln(0.5)
                    self.set_font("Sans", "B", 10.5)
                    self.set_text_color(*TEAL)
                    self._mc(5.5, content, align="L")
                    self.set_text_color(0, 0, 0)
                    self.ln(0.8)
                elif kind == "p":
                    self.para(content, size=9.5)
                elif kind == "b":
                    self.bullets(content, size=9.5, mark="–")
            ends.append(self.get_y())
            assert self.page_no() == page, "two-column passage overflowed its page"
        self.set_left_margin(lm)
        self.set_right_margin(rm)
        self.set_xy(lm, max(ends))


FAMILIES = [
    # famille, établissements employeurs, salariés, évolution 2022-2023
    ("Associations", "6 218", "71 460", "+1,8 %"),
    ("Coopératives", "1 104", "13 920", "+2,6 %"),
    ("Mutuelles", "412", "5 870", "−0,9 %"),
    ("Fondations", "96", "4 310", "+3,4 %"),
    ("Sociétés commerciales de l’ESS", "188", "1 240", "+12,7 %"),
]
FAMILIES_TOTAL = ("Total ESS", "8 018", "96 800", "+1,9 %")

YEARS = [
    # année, établissements employeurs, salariés, part de l'emploi salarié privé
    ("2019", "8 152", "92 130", "11,9 %"),
    ("2020", "8 097", "91 480", "12,1 %"),
    ("2021", "8 064", "93 640", "11,8 %"),
    ("2022", "8 041", "94 990", "11,6 %"),
    ("2023", "8 018", "96 800", "11,7 %"),
]

PRODUCTS = [
    ("Région Haute-Brévanne (convention pluriannuelle)", "612 000", "44,2 %"),
    ("État – DREETS", "298 000", "21,5 %"),
    ("Fonds social européen (FSE+)", "174 000", "12,6 %"),
    ("Prestations et formations", "148 000", "10,7 %"),
    ("Cotisations des adhérents", "86 000", "6,2 %"),
    ("Autres produits", "68 000", "4,9 %"),
]
PRODUCTS_TOTAL = ("Total des produits", "1 386 000", "100 %")


def _int(s: str) -> int:
    return int(s.replace(" ", "").replace(NB, ""))


def build_pdf(out: Path) -> list[tuple[int, str]]:
    for col in (1, 2):
        assert sum(_int(r[col]) for r in FAMILIES) == _int(FAMILIES_TOTAL[col]), col
    assert YEARS[-1][1:3] == FAMILIES_TOTAL[1:3]
    assert sum(_int(r[1]) for r in PRODUCTS) == _int(PRODUCTS_TOTAL[1])
    for r in PRODUCTS:  # shares, rounded to one decimal
        share = 100 * _int(r[1]) / _int(PRODUCTS_TOTAL[1])
        assert f"{share:.1f}".replace(".", ",") + " %" == r[2], (r, share)

    pdf = Rapport(format="A4", unit="mm")
    for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                     ("I", "DejaVuSerif-Italic.ttf")):
        pdf.add_font("Serif", style, str(FONT_DIR / f))
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 21, 22)
    pdf.set_auto_page_break(True, margin=19)
    pdf.set_title("Rapport d’activité 2024 – Chambre régionale de l’économie sociale et "
                  "solidaire de Haute-Brévanne")
    pdf.set_author("CRESS Haute-Brévanne")
    pdf.set_subject("Activité 2024, chiffres clés de l’ESS régionale, gouvernance et comptes")
    pdf.set_keywords("CRESS, ESS, rapport d’activité, observatoire, Mois de l’ESS, Haute-Brévanne")
    pdf.set_creator("Traitement de texte")
    pdf.set_creation_date(dt.datetime(2025, 5, 20, 9, 0, 0, tzinfo=dt.UTC))
    pdf.set_lang("fr-FR")

    # ---- Page 1: cover, key figures, editorial
    pdf.add_page()
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*TEAL)
    pdf._mc(5.5, "CRESS HAUTE-BRÉVANNE", align="L")
    pdf.set_font("Sans", "", 9.5)
    pdf._mc(5, "Chambre régionale de l’économie sociale et solidaire", align="L")
    pdf.ln(14)
    pdf.set_font("Sans", "B", 24)
    pdf._mc(11, "Rapport d’activité 2024", align="L")
    pdf.ln(1)
    pdf.set_font("Sans", "", 13)
    pdf._mc(6.5, "Fédérer, observer, accompagner l’économie sociale et solidaire", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(5)
    pdf.set_font("Sans", "I", 9.5)
    pdf._mc(5, P("Rapport présenté à l’assemblée générale ordinaire du 12 juin 2025, à la "
                 "Maison régionale des associations de Merlanges. Les données de l’observatoire "
                 "portent sur l’année 2023, dernière année disponible."), align="L")
    pdf.ln(8)
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(0.4)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 12.5)
    pdf.set_text_color(*TEAL)
    pdf._mc(6.5, "L’année 2024 en bref", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    pdf.bullets([
        "96 800 salariés travaillent dans l’ESS en Haute-Brévanne, soit 11,7 % de l’emploi "
        "salarié privé de la région (données 2023).",
        "221 adhérents au 31 décembre 2024, contre 203 un an plus tôt.",
        "142 porteurs de projet accueillis par le programme Cap ESS, dont 58 suivis en parcours "
        "long.",
        "163 événements organisés pendant le Mois de l’ESS, qui ont réuni 8 720 participants.",
        "1 386 000 euros de produits et un excédent de 14 200 euros.",
    ])
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10.5)
    pdf._mc(5.5, "Le mot de la présidente", align="L")
    pdf.para(
        "« En 2024, notre réseau a continué de grandir, malgré un contexte financier tendu pour "
        "beaucoup d’associations. L’emploi dans l’ESS progresse plus vite que dans le reste de "
        "l’économie privée, mais les difficultés de recrutement dans le soin et "
        "l’accompagnement restent notre première préoccupation. Je remercie les adhérents, les "
        "élus et l’équipe pour leur engagement. » Odile Ferrandier, présidente de la CRESS "
        "Haute-Brévanne.", size=10, style="I")

    # ---- Section 1
    pdf.add_page()
    pdf.h1("1. La CRESS, tête de réseau régionale de l’ESS")
    pdf.para(
        "Association régie par la loi du 1er juillet 1901, la chambre régionale de l’économie "
        "sociale et solidaire de Haute-Brévanne réunit les entreprises et les réseaux de l’ESS "
        "de la région : associations, coopératives, mutuelles, fondations et sociétés "
        "commerciales de l’ESS. Son siège est situé 14 quai des Teinturiers, à Merlanges. "
        "Conformément à l’article 6 de la loi n° 2014-856 du 31 juillet 2014 relative à "
        "l’économie sociale et solidaire, elle assure au plan local la promotion et le "
        "développement de l’ESS. Ses missions sont les suivantes :")
    pdf.bullets([
        "représenter auprès des pouvoirs publics les intérêts de l’économie sociale et "
        "solidaire ;",
        "appuyer la création, le développement et le maintien des entreprises de l’ESS ;",
        "appuyer la formation des dirigeants et des salariés des entreprises ;",
        "contribuer à la collecte, à l’exploitation et à la mise à disposition des données "
        "économiques et sociales relatives aux entreprises de l’ESS ;",
        "informer les entreprises sur la dimension européenne de l’ESS et les appuyer dans "
        "leurs projets de coopération internationale.",
    ])
    pdf.para(
        "La CRESS est agréée par l’État et conventionnée avec la Région Haute-Brévanne, qui lui "
        "a confié en 2022 l’animation du schéma régional de l’économie sociale et solidaire. "
        "Elle est membre du Conseil national des CRESS.")

    pdf.h1("2. Observer : les chiffres de l’ESS régionale")
    pdf.para(
        "L’observatoire régional de l’ESS, animé par la CRESS, publie chaque année les données "
        "de l’emploi dans les entreprises de l’ESS à partir des déclarations sociales des "
        "employeurs. En 2023, l’ESS compte 8 018 établissements employeurs et 96 800 salariés "
        "en Haute-Brévanne, soit 11,7 % de l’emploi salarié privé. La masse salariale brute "
        "versée s’élève à 2,41 milliards d’euros.")
    pdf.table(
        "Tableau 1 – Établissements et salariés de l’ESS par famille (2023)",
        ["Famille", "Établissements employeurs", "Salariés", "Évolution des salariés "
         "2022-2023"],
        FAMILIES, FAMILIES_TOTAL,
        widths=(56, 36, 28, 46), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        source="Source : observatoire régional de l’ESS, CRESS Haute-Brévanne, d’après les "
               "déclarations sociales nominatives 2023.")
    pdf.para(
        "Les associations concentrent près de trois emplois de l’ESS sur quatre. Les sociétés "
        "commerciales de l’ESS restent peu nombreuses mais connaissent la plus forte "
        "progression, portée par les entreprises agréées ESUS du réemploi et de l’énergie. "
        "Les mutuelles sont la seule famille dont l’emploi recule, sous l’effet des "
        "regroupements engagés depuis 2021.")
    pdf.h2("2.1 Cinq ans d’évolution")
    pdf.table(
        "Tableau 2 – L’emploi dans l’ESS en Haute-Brévanne, 2019-2023",
        ["Année", "Établissements employeurs", "Salariés", "Part de l’emploi salarié privé"],
        YEARS, None,
        widths=(30, 46, 40, 50), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        source="Source : observatoire régional de l’ESS, séries révisées en mars 2025.")
    pdf.para(
        "Entre 2019 et 2023, l’ESS a gagné 4 670 salariés tandis que le nombre d’établissements "
        "employeurs diminuait légèrement, du fait des fusions d’associations dans l’aide à "
        "domicile. La hausse de la part de l’ESS en 2020 s’explique par la meilleure résistance "
        "de ses emplois pendant la crise sanitaire.")
    pdf.h2("2.2 Les publications de l’année")
    pdf.para(
        "L’observatoire a publié en 2024 trois études : un panorama régional de l’ESS, une note "
        "sur l’égalité entre les femmes et les hommes dans les entreprises de l’ESS et une "
        "étude sur les départs à la retraite, qui estime à 21 300 le nombre de salariés de "
        "l’ESS qui partiront à la retraite d’ici 2030. Les femmes occupent 68 % des emplois de "
        "l’ESS régionale, mais seulement 41 % des présidences d’association employeuse.")

    # ---- Section 3
    pdf.h1("3. Accompagner les porteurs de projet et les entreprises")
    pdf.h2("3.1 Le programme Cap ESS")
    pdf.para(
        "Lancé en 2021 avec le soutien de la Région et du Fonds social européen, le programme "
        "Cap ESS accueille et oriente les personnes qui souhaitent créer une entreprise de "
        "l’ESS. En 2024, 142 porteurs de projet ont été accueillis lors de permanences dans "
        "huit villes de la région ; 58 d’entre eux ont bénéficié d’un parcours long de six "
        "mois, associant ateliers collectifs et rendez-vous individuels. Au cours de l’année, "
        "23 structures accompagnées ont été immatriculées ou déclarées, représentant 71 "
        "emplois.")
    pdf.para(
        "Les projets accompagnés relèvent principalement de l’alimentation durable, du "
        "réemploi, des services à la personne et de la culture. Près d’un porteur sur trois "
        "choisit le statut coopératif, le plus souvent sous la forme d’une société coopérative "
        "d’intérêt collectif (SCIC).")
    pdf.h2("3.2 Reprise d’entreprises par les salariés")
    pdf.para(
        "Avec l’union régionale des SCOP, la CRESS a sensibilisé 96 experts-comptables et "
        "conseillers des chambres consulaires à la reprise d’entreprises par leurs salariés. "
        "Quatre entreprises ont été reprises en SCOP en 2024, préservant 87 emplois, dont la "
        "menuiserie Brunel et Fils à Vaudricourt, devenue la SCOP Menuiseries du Vaudrais.")
    pdf.h2("3.3 Former les dirigeants")
    pdf.para(
        "Le catalogue de formation a proposé 27 sessions, suivies par 356 stagiaires, "
        "bénévoles ou salariés. Les thèmes les plus demandés ont été la fonction employeur, la "
        "recherche de financements et la gouvernance associative. Le taux de satisfaction "
        "mesuré à l’issue des sessions atteint 94 %.")

    # ---- Section 4
    pdf.h1("4. Promouvoir l’ESS")
    pdf.h2("4.1 Le Mois de l’ESS")
    pdf.para(
        "Coordonné par la CRESS en novembre 2024, le Mois de l’ESS a rassemblé 163 événements "
        "dans 57 communes : portes ouvertes, forums, visites d’entreprises, projections et "
        "débats. Ils ont réuni 8 720 participants, dont 2 150 collégiens et lycéens dans le "
        "cadre de l’opération « L’ESS s’invite au collège ».")
    pdf.h2("4.2 Le Prix régional de l’ESS")
    pdf.para(
        "Pour sa neuvième édition, le Prix régional de l’ESS a reçu 71 candidatures. Le jury, "
        "présidé par Jérôme Castagnède, directeur régional de la Banque des Territoires, a "
        "distingué quatre lauréats le 28 novembre 2024 :")
    pdf.bullets([
        "prix de l’utilité sociale : l’association Les Toits Partagés, à Merlanges, qui "
        "développe l’habitat intergénérationnel ;",
        "prix de la transition écologique : la SCOP Verre Retour, à Sainte-Ombeline, qui "
        "organise la collecte et le lavage de bouteilles consignées ;",
        "prix de l’égalité femmes-hommes : l’association Elles Bâtissent, à Vaudricourt, qui "
        "forme des femmes aux métiers du bâtiment ;",
        "prix coup de cœur du jury : la SCIC Le Fournil des Combes, boulangerie coopérative "
        "installée à Rieupeyre.",
    ])
    pdf.para(
        "Chacun des trois premiers lauréats a reçu une dotation de 3 000 euros ; le prix coup de "
        "cœur est doté de 1 500 euros.")

    # ---- Section 5: two-column page
    pdf.add_page()
    pdf.h1("5. Vie du réseau et gouvernance")
    pdf.columns(
        [
            ("h", "Les adhérents"),
            ("p", "Au 31 décembre 2024, la CRESS compte 221 adhérents, contre 203 un an plus "
                  "tôt : 132 associations, 41 coopératives, 14 mutuelles, 9 fondations, 13 "
                  "sociétés commerciales de l’ESS et 12 réseaux régionaux. La cotisation "
                  "annuelle varie de 80 euros pour une association sans salarié à 4 500 euros "
                  "pour les plus grandes entreprises."),
            ("h", "L’assemblée générale"),
            ("p", "L’assemblée générale ordinaire du 13 juin 2024, réunie à Sainte-Ombeline, "
                  "a rassemblé 118 adhérents présents ou représentés. Elle a approuvé les "
                  "comptes 2023 et renouvelé le tiers du conseil d’administration."),
            ("h", "Le conseil d’administration"),
            ("p", "Le conseil d’administration compte 21 administrateurs répartis en six "
                  "collèges : associations (7 sièges), coopératives (5), mutuelles (3), "
                  "fondations (2), sociétés commerciales de l’ESS (1) et réseaux régionaux "
                  "(3). Il s’est réuni six fois en 2024. Le bureau, composé de huit membres, "
                  "s’est réuni onze fois."),
        ],
        [
            ("h", "Le bureau"),
            ("b", [
                "Présidente : Odile Ferrandier, directrice générale de l’association Présence "
                "Domicile Brévanne ;",
                "Vice-président : Pascal Vidalenc, délégué régional de l’union régionale des "
                "SCOP ;",
                "Trésorière : Marie-Hélène Strozzi, administratrice de la Mutuelle des Pays de "
                "Brévanne ;",
                "Secrétaire : Théo Langlade-Morin, président de la Ligue de l’enseignement "
                "de Haute-Brévanne.",
            ]),
            ("h", "L’équipe"),
            ("p", "Dirigée par Samuel Delorme-Vitrac, directeur, l’équipe compte 15 "
                  "salariés, soit 13,6 ETP, répartis en trois pôles : observatoire et "
                  "études, accompagnement des entreprises, communication et vie du réseau. "
                  "Deux recrutements ont eu lieu en 2024 : une chargée d’études statistiques "
                  "et un chargé de mission achats responsables."),
            ("h", "Les partenariats"),
            ("p", "La CRESS participe au comité régional de l’emploi, à la conférence "
                  "régionale de l’ESS et au conseil d’orientation du dispositif local "
                  "d’accompagnement (DLA). Elle anime avec la Région le réseau des 14 "
                  "pôles territoriaux de coopération économique (PTCE) de Haute-Brévanne."),
        ],
    )

    # ---- Section 6: accounts
    pdf.ln(2)
    pdf.h1("6. Les comptes 2024")
    pdf.para(
        "Les comptes de l’exercice 2024, certifiés par le cabinet Audit Fiducial Merlanges, "
        "commissaire aux comptes, font apparaître 1 386 000 euros de produits et 1 371 800 euros "
        "de charges, soit un excédent de 14 200 euros, affecté aux fonds associatifs. Les "
        "charges de personnel représentent 68 % des charges.")
    pdf.table(
        "Tableau 3 – Origine des produits 2024",
        ["Origine", "Montant (euros)", "Part"],
        PRODUCTS, PRODUCTS_TOTAL,
        widths=(96, 40, 30), aligns=("LEFT", "RIGHT", "RIGHT"),
        source="Source : comptes annuels 2024 de la CRESS Haute-Brévanne.")
    pdf.para(
        "La part des financements publics reste élevée (78,3 % des produits). La convention "
        "pluriannuelle d’objectifs 2025-2027 signée avec la Région le 4 février 2025 sécurise "
        "le financement régional pour trois ans.")

    # ---- Section 7
    pdf.h1("7. Perspectives 2025")
    pdf.para("Le conseil d’administration a retenu quatre priorités pour 2025 :")
    pdf.bullets([
        "publier un premier baromètre régional de l’engagement bénévole dans les associations "
        "employeuses ;",
        "déployer le programme Cap ESS dans les deux départements du sud de la région, où "
        "aucune permanence n’existe encore ;",
        "accompagner les collectivités dans l’élaboration de leur schéma de promotion des "
        "achats socialement et écologiquement responsables ;",
        "célébrer la dixième édition du Prix régional de l’ESS.",
    ])
    pdf.h2("Glossaire")
    pdf.bullets([
        "DLA : dispositif local d’accompagnement.",
        "DREETS : direction régionale de l’économie, de l’emploi, du travail et des "
        "solidarités.",
        "ESUS : entreprise solidaire d’utilité sociale (agrément).",
        "PTCE : pôle territorial de coopération économique.",
        "SCIC : société coopérative d’intérêt collectif.",
    ], size=9.5, mark="–")
    pdf.ln(1)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf._mc(4.5, P("Contact : CRESS Haute-Brévanne, 14 quai des Teinturiers, Merlanges — "
                   "Chloé Marchadier, responsable communication et vie du réseau."), align="L")
    pdf.set_text_color(0, 0, 0)

    assert 4 <= pdf.page_no() <= 6, f"rapport has {pdf.page_no()} pages"
    pdf.output(str(out))
    return pdf.lines


# ---------------------------------------------------------------------------
# b. HTML — Ternaude Agglo, clauses sociales et achats responsables
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clauses sociales : l’achat public au service de l’emploi | Ternaude Agglo</title>
<meta name="description" content="Heures d’insertion, marchés réservés, SPASER : comment
 Ternaude Agglo utilise ses achats pour favoriser l’emploi des personnes qui en sont éloignées.">
<meta name="publisher" content="Communauté d’agglomération Ternaude Agglo">
<meta name="author" content="Direction de la commande publique – Ternaude Agglo">
<meta name="dcterms.date" content="2025-04-08">
<meta name="dcterms.modified" content="2025-04-22">
<meta property="og:type" content="article">
<meta property="og:title" content="Clauses sociales : l’achat public au service de l’emploi">
<meta property="og:site_name" content="Ternaude Agglo">
<meta property="article:published_time" content="2025-04-08T09:30:00+02:00">
<meta property="article:modified_time" content="2025-04-22T16:05:00+02:00">
<meta property="og:image" content="https://www.ternaude-agglo.fr/medias/2025/04/chantier-gymnase.jpg">
<link rel="canonical" href="https://www.ternaude-agglo.fr/entreprendre/achats-publics/clauses-sociales">
<link rel="stylesheet" href="/assets/css/ternaude.min.css?v=2.11.0">
<script src="/assets/js/axeptio-loader.js" defer></script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']);</script>
<style>.cookie-banner{position:fixed;bottom:0}.sr-only{position:absolute;left:-9999px}</style>
</head>
<body class="page-standard rubrique-entreprendre">

<div class="cookie-banner" id="axeptio-banner" role="dialog" aria-modal="true"
     aria-label="Votre vie privée">
  <p>Nous utilisons des cookies pour analyser la fréquentation du site et afficher des contenus
  vidéo. Vous pouvez modifier vos choix à tout moment depuis la page « Gestion des cookies ».</p>
  <button type="button" class="cookie-accept">J’accepte</button>
  <button type="button" class="cookie-deny">Je refuse</button>
  <button type="button" class="cookie-custom">Je choisis</button>
</div>

<ul class="skip-links">
  <li><a href="#main">Aller au contenu</a></li>
  <li><a href="#menu">Aller au menu</a></li>
  <li><a href="#recherche">Aller à la recherche</a></li>
</ul>

<header class="header" role="banner">
  <a class="logo" href="/"><img src="/assets/img/logo-ternaude-agglo.svg"
     alt="Ternaude Agglo – retour à l’accueil"></a>
  <ul class="header-tools">
    <li><a href="/espace-citoyen">Mon espace citoyen</a></li>
    <li><a href="/kiosque">Kiosque</a></li>
    <li><a href="/en-anglais">English</a></li>
  </ul>
  <form id="recherche" class="search" action="/recherche" method="get" role="search">
    <label class="sr-only" for="search-input">Rechercher</label>
    <input type="search" id="search-input" name="s" placeholder="Que recherchez-vous ?">
    <button type="submit">Rechercher</button>
  </form>
  <nav id="menu" class="main-menu" aria-label="Navigation principale">
    <ul>
      <li><a href="/agglo">L’Agglo</a></li>
      <li><a href="/vivre">Vivre au quotidien</a></li>
      <li><a href="/dechets">Déchets</a></li>
      <li><a href="/eau-assainissement">Eau et assainissement</a></li>
      <li><a href="/mobilites">Mobilités</a></li>
      <li class="current"><a href="/entreprendre">Entreprendre</a></li>
      <li><a href="/decouvrir">Découvrir</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb" aria-label="Vous êtes ici">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/entreprendre">Entreprendre</a></li>
    <li><a href="/entreprendre/achats-publics">Marchés publics</a></li>
    <li aria-current="page">Clauses sociales</li>
  </ol>
</nav>

<div class="layout">
<main id="main" class="content">
<article>
  <header class="page-header">
    <h1>Clauses sociales : l’achat public au service de l’emploi</h1>
    <p class="dates">Publié le 8 avril 2025 · Mis à jour le 22 avril 2025</p>
    <div class="share">
      <span>Partager :</span>
      <a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fwww.ternaude-agglo.fr%2Fclauses-sociales"
         class="share-fb">Facebook</a>
      <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.ternaude-agglo.fr%2Fclauses-sociales"
         class="share-x">X</a>
      <a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.ternaude-agglo.fr%2Fclauses-sociales"
         class="share-li">LinkedIn</a>
      <a href="mailto:?subject=Clauses%20sociales%20Ternaude%20Agglo" class="share-mail">Courriel</a>
    </div>
  </header>

  <figure class="main-visual">
    <img src="/medias/2025/04/chantier-gymnase.jpg" width="1200" height="600"
         alt="Deux ouvriers posent un bardage bois sur la façade d’un gymnase">
    <figcaption>Chantier de rénovation du gymnase Jean-Moulinier à Ternay-sur-Aude : 2 300 heures
    d’insertion y ont été réalisées. © Ternaude Agglo / Mathilde Orsoni</figcaption>
  </figure>

  <p class="chapo">En 2024, les marchés publics de Ternaude Agglo et de ses 34 communes ont permis
  de réaliser 48 600 heures de travail au bénéfice de 214 personnes éloignées de l’emploi. Les
  clauses sociales sont devenues un levier majeur de la politique d’insertion du territoire.</p>

  <h2>Qu’est-ce qu’une clause sociale ?</h2>
  <p>Une clause sociale est une disposition d’un marché public qui impose à l’entreprise
  titulaire de réserver une partie des heures de travail nécessaires à l’exécution du marché
  à des personnes rencontrant des difficultés d’accès à l’emploi. Elle est prévue par
  l’article L. 2112-2 du code de la commande publique, qui permet à l’acheteur de prendre en
  compte des considérations relatives à l’emploi dans les conditions d’exécution du marché.</p>
  <p>Ternaude Agglo mobilise aussi deux autres outils : les marchés réservés aux structures
  de l’insertion par l’activité économique (SIAE) et aux entreprises adaptées, et un critère
  d’attribution relatif à la performance en matière d’insertion, qui compte pour 10 % à 15 %
  de la note finale des offres.</p>

  <h2>Quels marchés sont concernés ?</h2>
  <p>Depuis le 1er janvier 2025, une clause sociale est systématiquement étudiée pour tous les
  marchés de travaux d’un montant supérieur à 500 000 euros HT et pour les marchés de
  services de plus de 90 000 euros HT dans les domaines de la propreté, des espaces verts, de
  la collecte des déchets et de la restauration. Le volume d’heures d’insertion représente en
  général entre 5 % et 7 % de la main-d’œuvre estimée du marché.</p>

  <h2>Qui peut bénéficier d’une clause sociale ?</h2>
  <p>Les heures d’insertion sont réservées aux personnes suivantes, dont l’éligibilité est
  validée par la facilitatrice avant l’embauche :</p>
  <ul>
    <li>les demandeurs d’emploi inscrits depuis plus de douze mois ;</li>
    <li>les allocataires du revenu de solidarité active (RSA) et leurs ayants droit ;</li>
    <li>les jeunes de moins de 26 ans sans diplôme ou sans expérience professionnelle ;</li>
    <li>les personnes reconnues travailleurs handicapés ;</li>
    <li>les demandeurs d’emploi de plus de 50 ans ;</li>
    <li>les salariés en parcours dans une structure de l’insertion par l’activité
    économique.</li>
  </ul>

  <h2>Comment l’entreprise remplit-elle son engagement ?</h2>
  <p>L’entreprise titulaire choisit librement la modalité la mieux adaptée à son activité :
  l’embauche directe d’une personne éligible, la mise à disposition de salariés par une
  entreprise de travail temporaire d’insertion (ETTI) ou un groupement d’employeurs pour
  l’insertion et la qualification (GEIQ), ou la sous-traitance d’une partie du marché à une
  SIAE. Les entreprises qui ne respectent pas leur engagement s’exposent à une pénalité de
  60 euros par heure d’insertion non réalisée.</p>

  <h2>Le bilan des clauses sociales depuis 2021</h2>
  <table class="table-bilan">
    <caption>Clauses sociales dans les marchés de Ternaude Agglo et des communes membres</caption>
    <thead>
      <tr><th scope="col">Année</th><th scope="col">Marchés avec clause</th>
      <th scope="col">Heures d’insertion réalisées</th><th scope="col">Personnes bénéficiaires</th>
      <th scope="col">Sorties vers l’emploi durable</th></tr>
    </thead>
    <tbody>
      <tr><td>2021</td><td>38</td><td>29 400</td><td>131</td><td>34 %</td></tr>
      <tr><td>2022</td><td>45</td><td>35 250</td><td>162</td><td>37 %</td></tr>
      <tr><td>2023</td><td>52</td><td>41 800</td><td>188</td><td>39 %</td></tr>
      <tr><td>2024</td><td>63</td><td>48 600</td><td>214</td><td>42 %</td></tr>
    </tbody>
  </table>
  <p class="note">Sortie vers l’emploi durable : CDI, CDD ou mission d’intérim de six mois ou
  plus, ou entrée en formation qualifiante, dans les six mois suivant la fin du contrat.</p>

  <p>Les travaux publics et le bâtiment représentent 71 % des heures réalisées en 2024. Parmi
  les personnes bénéficiaires, 29 % étaient des femmes et 36 % avaient moins de 26 ans. Les
  deux plus gros chantiers de l’année ont été la construction de la station d’épuration de
  Vallières (6 400 heures) et la réhabilitation de 120 logements sociaux du quartier des
  Saulniers à Ternay-sur-Aude (5 150 heures).</p>

  <h2>Le SPASER, feuille de route des achats responsables</h2>
  <p>Le conseil communautaire a adopté le 14 novembre 2024 son schéma de promotion des achats
  socialement et écologiquement responsables (SPASER) pour la période 2025-2028. Il fixe
  notamment les objectifs suivants :</p>
  <ul>
    <li>atteindre 60 000 heures d’insertion par an d’ici 2026 ;</li>
    <li>inclure une clause sociale ou environnementale dans 40 % des marchés notifiés ;</li>
    <li>réserver au moins 8 marchés par an aux SIAE et aux entreprises adaptées ;</li>
    <li>réduire à 30 jours le délai moyen de paiement des petites entreprises et des
    associations.</li>
  </ul>
  <p>« Chaque euro dépensé par la collectivité doit aussi créer de l’emploi sur notre
  territoire. Les clauses sociales en sont la preuve », souligne Rémi Castagnol, vice-président
  de Ternaude Agglo chargé du développement économique et de la commande publique.</p>

  <h2>Entreprises : un accompagnement gratuit</h2>
  <p>La facilitatrice des clauses sociales, rattachée à la Maison de l’emploi de Ternaude,
  accompagne gratuitement les entreprises attributaires : analyse des besoins, présentation de
  candidats, suivi des heures réalisées et lien avec les structures d’insertion. Un
  petit-déjeuner d’information destiné aux entreprises du BTP aura lieu le 22 mai 2025 à 8 h 30
  à l’hôtel d’agglomération.</p>

  <div class="contact-box">
    <h2>Contact</h2>
    <p><strong>Leïla Benchekroun</strong>, facilitatrice des clauses sociales<br>
    Maison de l’emploi de Ternaude – 7 rue des Cordiers – Ternay-sur-Aude<br>
    Tél. : 04 68 52 17 40 – clauses.sociales@ternaude-agglo.fr</p>
  </div>

  <div class="downloads">
    <h2>Télécharger</h2>
    <ul>
      <li><a href="/medias/2025/04/bilan-clauses-sociales-2024.pdf">Bilan 2024 des clauses
      sociales (PDF, 1,2 Mo)</a></li>
      <li><a href="/medias/2024/11/spaser-ternaude-2025-2028.pdf">SPASER 2025-2028 (PDF, 860
      Ko)</a></li>
      <li><a href="/medias/2025/01/guide-entreprises-clauses.pdf">Guide des clauses sociales à
      l’usage des entreprises (PDF, 540 Ko)</a></li>
    </ul>
  </div>
</article>
</main>

<aside class="sidebar" aria-label="Informations complémentaires">
  <section class="sidebar-block">
    <h2>Dans cette rubrique</h2>
    <ul>
      <li><a href="/entreprendre/achats-publics/consultations">Consultations en cours</a></li>
      <li><a href="/entreprendre/achats-publics/profil-acheteur">Profil acheteur</a></li>
      <li class="active"><a href="/entreprendre/achats-publics/clauses-sociales">Clauses
      sociales</a></li>
      <li><a href="/entreprendre/achats-publics/marches-attribues">Marchés attribués</a></li>
    </ul>
  </section>
  <section class="sidebar-block agenda">
    <h2>Agenda</h2>
    <ul>
      <li><time datetime="2025-05-15">15 mai</time> Forum de l’alternance, parc des
      expositions</li>
      <li><time datetime="2025-06-05">5 juin</time> Conseil communautaire, 18 h</li>
    </ul>
  </section>
  <section class="sidebar-block news">
    <h2>Actualités</h2>
    <ul>
      <li><a href="/actualites/nouvelle-ligne-bus-t4">Une nouvelle ligne de bus entre Vallières
      et la gare</a></li>
      <li><a href="/actualites/compostage-collectif">Compostage : 12 nouveaux sites
      collectifs</a></li>
    </ul>
  </section>
</aside>
</div>

<footer class="footer" role="contentinfo">
  <div class="footer-contact">
    <p><strong>Ternaude Agglo</strong><br>Hôtel d’agglomération – 2 avenue de la Libération –
    Ternay-sur-Aude<br>Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h</p>
  </div>
  <ul class="footer-links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : non conforme</a></li>
    <li><a href="/gestion-cookies">Gestion des cookies</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
  <ul class="footer-social">
    <li><a href="https://www.facebook.com/ternaudeagglo">Facebook</a></li>
    <li><a href="https://www.instagram.com/ternaude_agglo">Instagram</a></li>
    <li><a href="https://www.youtube.com/@ternaudeagglo">YouTube</a></li>
  </ul>
  <p class="copyright">© Ternaude Agglo 2025 – Tous droits réservés</p>
</footer>
<script src="/assets/js/main.min.js?v=2.11.0"></script>
</body>
</html>
"""


def build_html() -> str:
    # non-breaking spaces only in the visible text, not in attributes or scripts
    def fix(m: re.Match) -> str:
        return ">" + nb(m.group(1)) + "<"
    body = HTML.split("<body", 1)
    return body[0] + "<body" + re.sub(r">([^<>]+)<", fix, body[1])


# ---------------------------------------------------------------------------
# c. Markdown — relevé de décisions, AG of the SCIC Roue Libre Ardouvin
# ---------------------------------------------------------------------------

MD_SRC = """---
title: "Relevé de décisions de l’assemblée générale ordinaire de la SCIC Roue Libre Ardouvin – 14 juin 2025"
publisher: "SCIC Roue Libre Ardouvin (SAS coopérative à capital variable)"
date: 2025-06-14
territory: "Pays d’Ardouvin – Communauté de communes Ardouvin-Lézonne"
---

# Assemblée générale ordinaire du 14 juin 2025

**Relevé de décisions – exercice 2024**

Samedi 14 juin 2025, de 9 h 30 à 12 h 15, salle des fêtes de Cormeilhac.

## Ouverture de la séance

L’assemblée est présidée par Nadia Ferhat-Loubière, présidente de la SCIC. Sont désignés scrutateurs Bernard Ollivaud et Justine Keravec, et secrétaire de séance Élodie Marsac.

La feuille de présence fait apparaître 143 sociétaires présents ou représentés sur 268 inscrits au 31 décembre 2024. Le quorum statutaire d’un quart des sociétaires étant atteint, l’assemblée peut valablement délibérer.

Conformément aux statuts, les votes sont décomptés par collège, chaque collège disposant d’un poids fixe dans le résultat final :

| Collège | Sociétaires | Poids des voix |
|---|---:|---:|
| Salariés | 14 | 30 % |
| Usagers | 221 | 30 % |
| Partenaires de l’ESS et entreprises | 21 | 20 % |
| Collectivités locales | 12 | 20 % |
| **Total** | **268** | **100 %** |

## Rapport d’activité 2024

Thomas Quintard, directeur général, présente l’activité de l’année. La SCIC Roue Libre Ardouvin, créée en 2019, a pour objet de faciliter la mobilité des habitants du Pays d’Ardouvin qui n’ont pas de solution de transport pour travailler, se former ou se soigner. Elle emploie 14 salariés, dont 6 en contrat d’insertion.

Activités de l’année 2024 :

- garage solidaire de Cormeilhac : 612 réparations à prix réduit pour des personnes orientées par les travailleurs sociaux ;
- location solidaire : 18 véhicules (11 voitures et 7 scooters) loués pendant 4 300 jours, au tarif de 5 euros par jour ;
- auto-école sociale : 47 élèves accompagnés, 31 permis de conduire obtenus ;
- transport solidaire : 2 900 trajets assurés par 38 chauffeurs bénévoles, principalement vers les rendez-vous médicaux.

Justine Keravec, représentante du collège des usagers, souligne que le délai d’attente pour une location est passé de trois semaines à dix jours grâce aux quatre véhicules achetés en 2024.

## Comptes de l’exercice 2024

Aurélien Baptistin, expert-comptable, présente les comptes. Le chiffre d’affaires s’élève à 412 600 euros et les subventions d’exploitation à 238 900 euros. L’exercice se solde par un excédent de 18 740 euros, après un déficit de 6 320 euros en 2023. Le capital social atteint 96 450 euros au 31 décembre 2024, la part sociale étant fixée à 50 euros.

Le commissaire aux comptes, le cabinet Lévêque Associés, a certifié les comptes sans réserve.

## Résultats des votes

| N° | Résolution | Pour | Contre | Abstention | Résultat |
|---|---|---:|---:|---:|---|
| 1 | Approbation des comptes 2024 | 139 | 0 | 4 | Adoptée |
| 2 | Affectation du résultat | 141 | 0 | 2 | Adoptée |
| 3 | Quitus au conseil coopératif | 136 | 3 | 4 | Adoptée |
| 4 | Renouvellement de trois membres du conseil coopératif | 138 | 2 | 3 | Adoptée |
| 5 | Hausse du tarif de location des scooters | 97 | 31 | 15 | Adoptée |
| 6 | Ouverture d’une antenne à Saint-Lézin | 68 | 54 | 21 | Rejetée |

## Décisions

**Décision 1.** Les comptes de l’exercice 2024 sont approuvés.

**Décision 2.** L’excédent de 18 740 euros est affecté en totalité aux réserves impartageables : 2 811 euros à la réserve légale (15 %) et 15 929 euros à la réserve statutaire. Aucun intérêt n’est versé aux parts sociales.

**Décision 3.** Quitus est donné au conseil coopératif pour sa gestion de l’exercice 2024.

**Décision 4.** Sont élus au conseil coopératif pour trois ans :

- Justine Keravec (collège des usagers) ;
- Karim Zeroual (collège des salariés), mécanicien au garage solidaire ;
- Véronique Dastugue (collège des collectivités locales), conseillère communautaire déléguée aux mobilités de la Communauté de communes Ardouvin-Lézonne.

Le conseil coopératif compte neuf membres. À l’issue de l’assemblée, il a reconduit Nadia Ferhat-Loubière dans ses fonctions de présidente et Thomas Quintard dans celles de directeur général.

**Décision 5.** Le tarif de location des scooters passe de 3 euros à 4 euros par jour à compter du 1er septembre 2025. Le tarif des voitures est inchangé.

**Décision 6.** Le projet d’antenne à Saint-Lézin est rejeté. Le conseil coopératif présentera une étude de faisabilité complète lors de la prochaine assemblée générale.

## Questions diverses

Bernard Ollivaud, bénévole chauffeur, demande une revalorisation des indemnités kilométriques des chauffeurs bénévoles, fixées à 0,32 euro par kilomètre. Le conseil coopératif étudiera la question à sa séance de septembre.

La prochaine assemblée générale ordinaire se tiendra en juin 2026 ; la date sera communiquée aux sociétaires au moins quinze jours à l’avance.

*Relevé établi par Élodie Marsac, secrétaire de séance, et signé par la présidente.*
"""


def wrap_markdown(text: str, width: int = 88) -> str:
    """Wrap plain paragraphs only; front matter, headings, lists, tables, bold lines kept."""
    out, in_fm = [], False
    for i, line in enumerate(text.split("\n")):
        if line == "---":
            in_fm = not in_fm if i == 0 or in_fm else in_fm
            out.append(line)
            continue
        if in_fm or not line or line[0] in "#|-0123456789" or len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_on_hyphens=False,
                                     break_long_words=False))
    return "\n".join(out)


def build_markdown() -> str:
    body = MD_SRC.split("\n---\n", 1)
    return body[0] + "\n---\n" + wrap_markdown(nb(body[1]))


# ---------------------------------------------------------------------------
# d. TXT — règlement intérieur du Fonds Lorbanais Solidaire
# ---------------------------------------------------------------------------

TXT_WIDTH = 74


def build_txt() -> str:
    out: list[str] = []

    def para(t: str, indent: str = ""):
        out.extend(textwrap.wrap(P(t), width=TXT_WIDTH, initial_indent=indent,
                                 subsequent_indent=indent, break_on_hyphens=False,
                                 break_long_words=False))
        out.append("")

    def item(t: str, mark: str = "  - "):
        out.extend(textwrap.wrap(P(t), width=TXT_WIDTH, initial_indent=mark,
                                 subsequent_indent=" " * len(mark), break_on_hyphens=False,
                                 break_long_words=False))

    def line(t: str = ""):
        out.append(nb(t))

    def article(title: str):
        line(title)
        line("-" * len(title))
        line()

    line("PÔLE D’ÉQUILIBRE TERRITORIAL ET RURAL DU PAYS DU LORBANAIS")
    line("Association Lorbanais Initiative Solidaire")
    line()
    line("=" * TXT_WIDTH)
    line("RÈGLEMENT INTÉRIEUR DU FONDS LORBANAIS SOLIDAIRE")
    line("Avances remboursables à taux zéro pour les entreprises de l’ESS")
    line("=" * TXT_WIDTH)
    line()
    para("Adopté par le comité syndical du PETR du Pays du Lorbanais le 27 mars 2025 et par "
         "le conseil d’administration de l’association Lorbanais Initiative Solidaire le "
         "3 avril 2025. Version applicable aux demandes déposées à compter du 1er mai 2025.")
    line()
    article("PRÉAMBULE")
    para("Le Pays du Lorbanais regroupe trois communautés de communes et 58 communes. Les "
         "entreprises de l’économie sociale et solidaire y emploient environ 2 900 salariés. "
         "Beaucoup d’entre elles peinent à financer leurs investissements et leurs besoins de "
         "trésorerie, faute de fonds propres suffisants et de garanties à présenter aux "
         "banques.")
    para("Pour y répondre, le PETR a créé le Fonds Lorbanais Solidaire, dont la gestion est "
         "confiée à l’association Lorbanais Initiative Solidaire (ci-après « le gestionnaire ») "
         "par une convention du 3 avril 2025. Le présent règlement fixe les conditions "
         "d’attribution, de versement et de remboursement des avances.")
    article("ARTICLE 1 - OBJET DU FONDS")
    para("Le Fonds Lorbanais Solidaire accorde des avances remboursables sans intérêts ni "
         "frais de dossier aux entreprises de l’ESS du Pays du Lorbanais, pour financer la "
         "création, le développement ou la reprise d’une activité. L’avance a vocation à "
         "renforcer la structure financière de l’entreprise et à faciliter l’obtention d’un "
         "prêt bancaire ou d’autres financements : on parle d’effet de levier.")
    article("ARTICLE 2 - BÉNÉFICIAIRES")
    para("Peuvent bénéficier d’une avance, à condition d’avoir leur siège ou un établissement "
         "dans l’une des 58 communes du Pays du Lorbanais :")
    item("les associations employeuses ou qui s’engagent à créer au moins un emploi salarié "
         "dans les douze mois ;")
    item("les sociétés coopératives, notamment les SCOP, les SCIC et les coopératives "
         "d’activité et d’emploi ;")
    item("les sociétés commerciales agréées « entreprise solidaire d’utilité sociale » "
         "(ESUS) ;")
    item("les structures de l’insertion par l’activité économique conventionnées par "
         "l’État.")
    line()
    para("Sont exclues : les entreprises individuelles, les sociétés civiles immobilières, "
         "les associations dont l’activité principale est cultuelle ou politique, et les "
         "structures faisant l’objet d’une procédure collective. Une structure ne peut "
         "bénéficier que d’une seule avance en cours de remboursement.")
    article("ARTICLE 3 - MONTANT ET CONDITIONS DES AVANCES")
    para("Le montant de l’avance est compris entre 3 000 euros et 20 000 euros. Il ne peut "
         "excéder 40 % du besoin de financement total du projet, afin qu’au moins un autre "
         "financeur y participe.")
    para("L’avance est consentie à taux zéro, pour une durée de 12 à 60 mois. Un différé de "
         "remboursement de six mois au plus peut être accordé. Aucune garantie personnelle "
         "n’est demandée aux dirigeants bénévoles.")
    para("Les dépenses finançables sont les investissements matériels et immatériels, le "
         "besoin en fonds de roulement lié au démarrage ou au développement de l’activité et "
         "les frais de reprise d’une entreprise. Ne sont pas financés le remboursement de "
         "dettes existantes et le fonctionnement courant d’une activité déjà établie.")
    article("ARTICLE 4 - DÉPÔT DES DEMANDES")
    para("Les demandes sont déposées auprès du gestionnaire, au moins six semaines avant la "
         "séance du comité d’engagement. Le dossier comprend : une présentation du projet, le "
         "plan de financement, un budget prévisionnel sur trois ans, les statuts, les deux "
         "derniers bilans lorsqu’ils existent et une attestation de régularité sociale et "
         "fiscale.")
    para("Un chargé d’accompagnement du gestionnaire rencontre chaque porteur de projet avant "
         "la présentation du dossier en comité et rédige une note d’analyse.")
    article("ARTICLE 5 - COMITÉ D’ENGAGEMENT")
    para("Le comité d’engagement décide de l’attribution des avances. Il est composé de neuf "
         "membres nommés pour trois ans :")
    item("deux élus désignés par le comité syndical du PETR, dont le président du comité "
         "d’engagement ;")
    item("un représentant de chacune des trois communautés de communes ;")
    item("un représentant de la CRESS ;")
    item("un représentant d’un établissement bancaire partenaire ;")
    item("deux dirigeants d’entreprises de l’ESS du territoire.")
    line()
    para("Le comité d’engagement est présidé par Mme Claudine Reynaud-Boisset, "
         "vice-présidente du PETR chargée de l’économie de proximité. Il se réunit au moins "
         "quatre fois par an. Il ne peut valablement délibérer que si cinq de ses membres au "
         "moins sont présents. Les décisions sont prises à la majorité des membres présents ; "
         "en cas de partage égal des voix, celle du président est prépondérante.")
    para("Le comité peut accepter la demande, l’accepter pour un montant réduit, l’ajourner "
         "dans l’attente de pièces complémentaires ou la refuser. Sa décision est notifiée par "
         "écrit au demandeur sous quinze jours ; elle n’a pas à être motivée.")
    article("ARTICLE 6 - DÉONTOLOGIE")
    para("Un membre du comité qui exerce une fonction de dirigeant, de salarié ou de "
         "bénévole au sein d’une structure candidate, ou qui a un lien familial avec l’un de "
         "ses dirigeants, le déclare avant l’examen du dossier et quitte la salle pendant la "
         "délibération. Les membres du comité et les salariés du gestionnaire sont tenus à la "
         "confidentialité des informations dont ils ont connaissance.")
    article("ARTICLE 7 - VERSEMENT")
    para("Le versement intervient après signature d’un contrat d’avance entre le gestionnaire "
         "et le bénéficiaire, et sur justification de l’obtention des autres financements "
         "prévus au plan de financement. Si l’avance n’a pas été décaissée dans un délai de "
         "six mois suivant la décision du comité, elle est annulée.")
    article("ARTICLE 8 - REMBOURSEMENT")
    para("L’avance est remboursée par échéances mensuelles constantes, par prélèvement "
         "automatique. Le bénéficiaire peut rembourser par anticipation, à tout moment et sans "
         "pénalité. En cas de difficulté passagère, le gestionnaire peut accorder un report de "
         "trois échéances au plus, une seule fois pendant la durée de l’avance.")
    para("En cas d’impayé de plus de trois mois, de cessation d’activité ou d’utilisation des "
         "fonds non conforme à l’objet du contrat, le gestionnaire peut exiger le "
         "remboursement immédiat de la totalité du capital restant dû.")
    article("ARTICLE 9 - SUIVI DES BÉNÉFICIAIRES")
    para("Le bénéficiaire transmet chaque année au gestionnaire ses comptes annuels et un "
         "bilan des emplois créés ou maintenus. Le gestionnaire assure un suivi de chaque "
         "entreprise financée pendant toute la durée de l’avance.")
    article("ARTICLE 10 - DOTATION DU FONDS")
    para("Le fonds est doté de 450 000 euros à sa création, ainsi répartis :")
    item("Région : 200 000 euros ;")
    item("PETR du Pays du Lorbanais : 150 000 euros ;")
    item("Caisse d’épargne solidaire du Lorbanais : 100 000 euros.")
    line()
    para("Les remboursements des bénéficiaires abondent le fonds, qui fonctionne ainsi de "
         "manière renouvelable. Les frais de gestion du gestionnaire sont pris en charge par "
         "le PETR, dans la limite de 18 000 euros par an, et ne sont pas prélevés sur le "
         "fonds.")
    article("ARTICLE 11 - BILAN ET ÉVALUATION")
    para("Le gestionnaire présente chaque année, avant le 30 avril, un bilan d’activité au "
         "comité syndical du PETR : nombre et montant des avances accordées, emplois créés ou "
         "maintenus, taux d’impayés, effet de levier sur les financements bancaires.")
    article("ARTICLE 12 - MODIFICATION DU RÈGLEMENT")
    para("Le présent règlement peut être modifié par délibération concordante du comité "
         "syndical du PETR et du conseil d’administration du gestionnaire, après avis du "
         "comité d’engagement.")
    line()
    line("Fait à Lorban-le-Vieux, le 3 avril 2025.")
    line()
    line("Le président du PETR du Pays du Lorbanais,")
    line("Gilles Arnaudet")
    line()
    line("La présidente de l’association Lorbanais Initiative Solidaire,")
    line("Sabine Courtillet")
    line()
    line("Contact : fonds@lorbanais-solidaire.fr - 05 55 61 24 08")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------------------
# Check questions.jsonl against the source strings
# ---------------------------------------------------------------------------

class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def norm(s: str) -> str:
    s = s.replace(NB, " ").replace("\u202f", " ").replace("’", "'").replace(SHY, "")
    return " ".join(s.split())


def check(questions: Path, pdf_lines, html: str, md: str, txt: str) -> int:
    p = _Text()
    p.feed(html)
    units = {
        PDF_NAME: [(pg, norm(ln)) for pg, ln in pdf_lines],
        HTML_NAME: [(None, norm(" ".join(p.parts)))],
        MD_NAME: [(None, norm(ln)) for ln in md.splitlines()],
        TXT_NAME: [(None, norm(ln)) for ln in txt.splitlines()],
    }
    errors, n, ids = 0, 0, set()
    for ln in questions.read_text(encoding="utf-8").splitlines():
        if not ln.strip():
            continue
        c = json.loads(ln)
        n += 1
        cid = c["id"]
        assert cid.startswith("fresh3-"), cid
        assert cid not in ids, f"duplicate id {cid}"
        ids.add(cid)
        assert set(c) >= {"id", "question", "facts", "sources", "answerable", "history"}, cid
        assert all(isinstance(h, str) for h in c["history"]), cid
        if not c["answerable"]:
            if c["facts"] or c["sources"] or c.get("pages"):
                print(f"ERROR {cid}: unanswerable case with facts, sources or pages")
                errors += 1
            continue
        if not c["facts"] or not c["sources"]:
            print(f"ERROR {cid}: answerable case without facts or sources")
            errors += 1
            continue
        if (PDF_NAME in c["sources"]) != bool(c.get("pages")):
            print(f"ERROR {cid}: `pages` must be given for, and only for, PDF sources")
            errors += 1
        for f in c["facts"]:
            nf = norm(f)
            found_pages = set()
            found = False
            for src in c["sources"]:
                for pg, text in units[src]:
                    if nf.lower() in text.lower():
                        found = True
                        if pg is not None:
                            found_pages.add(pg)
            if not found:
                print(f"ERROR {cid}: fact {f!r} not found (on a single line) in {c['sources']}")
                errors += 1
            elif c.get("pages") and not (found_pages & set(c["pages"])):
                print(f"ERROR {cid}: fact {f!r} on pages {sorted(found_pages)}, not {c['pages']}")
                errors += 1
            elif PDF_NAME in c["sources"] and found_pages and "-v" in sys.argv:
                print(f"  {cid}: {f!r} on pages {sorted(found_pages)}")
    print(f"checked {n} cases, {errors} error(s)")
    return errors


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("-")]
    outdir = Path(args[0]) if args else HERE / "corpus"
    outdir.mkdir(parents=True, exist_ok=True)
    pdf_lines = build_pdf(outdir / PDF_NAME)
    if "--dump" in argv:
        for pg, ln in pdf_lines:
            print(f"{pg}\t{norm(ln) if SHY in ln else ln}")
    html = build_html()
    (outdir / HTML_NAME).write_text(html, encoding="utf-8")
    md = build_markdown()
    (outdir / MD_NAME).write_text(md, encoding="utf-8")
    txt = build_txt()
    assert max(len(ln) for ln in txt.splitlines()) <= TXT_WIDTH
    (outdir / TXT_NAME).write_text(txt, encoding="utf-8")
    for p in sorted(outdir.iterdir()):
        print(f"{p.name}\t{p.stat().st_size} bytes")
    q = HERE / "questions.jsonl"
    if q.exists():
        return 1 if check(q, pdf_lines, html, md, txt) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
