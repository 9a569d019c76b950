"""Build the fresh2 held-out evaluation documents (fictional French ESS documents).

Usage (from the repository root):

    .venv/bin/python evals/fresh2/build.py [OUTDIR]

OUTDIR defaults to evals/fresh2/corpus/. Writes, deterministically:

  diagnostic-ess-cc-verasque-lindre-2024.pdf                 5-page typeset diagnostic
  departement-lauzadour-fonds-ess-emergence-2025.html        département web page (grant scheme)
  compte-rendu-copil-ptce-coop-olmieres-2025-05-22.md        steering-committee minutes, YAML front matter
  deliberation-2025-047-lauvergnac-fabrique-des-tanneurs.txt municipal deliberation, hard-wrapped

Then, if evals/fresh2/questions.jsonl exists, checks every case against the source strings
written here (not against a PDF extractor): each fact must occur in the text of one of its
sources, on a single line for the PDF, Markdown and text files, and for PDF cases on one of the
declared `pages`. For the PDF the lines are those computed by fpdf2 while typesetting.

All territories, people, organisations and figures are invented.
"""
from __future__ import annotations

import datetime as dt
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

PDF_NAME = "diagnostic-ess-cc-verasque-lindre-2024.pdf"
HTML_NAME = "departement-lauzadour-fonds-ess-emergence-2025.html"
MD_NAME = "compte-rendu-copil-ptce-coop-olmieres-2025-05-22.md"
TXT_NAME = "deliberation-2025-047-lauvergnac-fabrique-des-tanneurs.txt"

MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre")
UNITS = ("%|€|euros|salariés|membres|habitants|établissements|ETP|ans|emplois|participants|"
         "tonnes|parts|voix|réponses|entretiens|millions|communes|projets|m²|h|abstentions?|"
         "structures|mois|heures")


def nb(text: str) -> str:
    """French typography: non-breaking spaces inside figures, before units, inside dates."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NB, text)
    text = re.sub(rf"(?<=\d) (?=({UNITS})\b|%|€)", NB, text)
    text = re.sub(rf"(?<=\b\d) (?=({MONTHS})\b)", NB, text)
    text = re.sub(rf"(?<=\b\d\d) (?=({MONTHS})\b)", NB, text)
    text = re.sub(rf"(?<=\b1er) (?=({MONTHS})\b)", NB, text)
    text = re.sub(rf"\b({MONTHS}) (?=\d{{4}}\b)", lambda m: m.group(1) + NB, text)
    text = re.sub(r"(?<=n°) ", NB, text)
    return text


def P(text: str) -> str:
    return nb(" ".join(text.split()))


# ---------------------------------------------------------------------------
# a. PDF — Diagnostic territorial de l'ESS, Communauté de communes Vérasque et Lindre
# ---------------------------------------------------------------------------

GREEN = (46, 84, 122)


class Diagnostic(FPDF):
    running = "Communauté de communes Vérasque et Lindre — Diagnostic territorial de l’ESS — décembre 2024"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.lines: list[tuple[int, str]] = []  # (physical page, typeset line)

    # record every typeset line with its page
    def _mc(self, h: float, text: str, align: str = "J", w: float = 0):
        y0, page0 = self.get_y(), self.page_no()
        lines = self.multi_cell(w, h, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                                output=MethodReturnValue.LINES)
        if self.page_no() == page0:
            self.lines += [(page0, l) for l in lines]
        else:  # the paragraph broke across a page
            k = max(0, int((self.page_break_trigger - y0 + 1e-6) // h))
            self.lines += [(page0, l) for l in lines[:k]] + [(page0 + 1, l) for l in lines[k:]]

    def header(self):
        if self.page_no() == 1:
            self.set_y(18)
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 5, self.running, align="L")
        self.set_draw_color(*GREEN)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Ancrages Conseil pour la CC Vérasque et Lindre", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, text: str):
        if self.get_y() > self.page_break_trigger - 40:
            self.add_page()  # no heading at the foot of a page
        self.start_section(text, level=0)
        self.ln(2)
        self.set_font("Sans", "B", 14)
        self.set_text_color(*GREEN)
        self._mc(7, text, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def h2(self, text: str):
        if self.get_y() > self.page_break_trigger - 28:
            self.add_page()
        self.start_section(text, level=1)
        self.ln(0.5)
        self.set_font("Sans", "B", 11)
        self.set_text_color(*GREEN)
        self._mc(6, text, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, text: str, size: float = 10.5, style: str = ""):
        self.set_font("Serif", style, size)
        self._mc(5.2, P(text))
        self.ln(2)

    def bullets(self, items, size: float = 10.5, mark: str = "•"):
        self.set_font("Serif", "", size)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.cell(5, 5.2, mark)
            self.set_left_margin(self.l_margin + 8)
            self._mc(5.2, P(it))
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
        page = self.page_no()
        with super().table(col_widths=widths, text_align=aligns, line_height=5.5,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 233, 242)),
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
            r = t.row()
            for c in total:
                r.cell(nb(c), style=FontFace(emphasis="BOLD"))
                self.lines.append((page, nb(c)))
        self.set_font("Sans", "I", 8)
        self._mc(4.5, source, align="L")
        self.ln(2.5)


SECTORS = [
    # secteur, communes, habitants, établissements, salariés, part
    ("Lindre-Centre", "6", "18 420", "142", "1 386", "14,2 %"),
    ("Haut-Vérasque", "11", "7 930", "48", "412", "16,8 %"),
    ("Coteaux de Murel", "9", "9 615", "57", "503", "11,9 %"),
    ("Plaine de Sauvagnat", "8", "12 280", "71", "688", "9,7 %"),
    ("Val d’Escoubes", "7", "5 210", "29", "241", "13,5 %"),
]
SECTORS_TOTAL = ("Total intercommunal", "41", "53 455", "347", "3 230", "12,6 %")


def build_pdf(out: Path) -> list[tuple[int, str]]:
    # figures in the table must add up
    for col in range(1, 5):
        s = sum(int(r[col].replace(" ", "")) for r in SECTORS)
        assert s == int(SECTORS_TOTAL[col].replace(" ", "")), (col, s)

    pdf = Diagnostic(format="A4", unit="mm")
    for style, f in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                     ("I", "DejaVuSerif-Italic.ttf")):
        pdf.add_font("Serif", style, str(FONT_DIR / f))
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(22, 21, 22)
    pdf.set_auto_page_break(True, margin=19)
    pdf.set_title("Diagnostic territorial de l’économie sociale et solidaire – "
                  "Communauté de communes Vérasque et Lindre")
    pdf.set_author("Ancrages Conseil pour la Communauté de communes Vérasque et Lindre")
    pdf.set_subject("État des lieux 2024 de l’ESS et orientations 2025-2027")
    pdf.set_keywords("ESS, diagnostic, intercommunalité, emploi, associations, coopératives")
    pdf.set_creator("Traitement de texte")
    pdf.set_creation_date(dt.datetime(2024, 12, 5, 10, 0, 0, tzinfo=dt.UTC))
    pdf.set_lang("fr-FR")

    # ---- Page 1: cover and key figures
    pdf.add_page()
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*GREEN)
    pdf._mc(5.5, "COMMUNAUTÉ DE COMMUNES VÉRASQUE ET LINDRE", align="L")
    pdf.set_font("Sans", "", 9.5)
    pdf._mc(5, "Service Développement économique et emploi", align="L")
    pdf.ln(16)
    pdf.set_font("Sans", "B", 22)
    pdf._mc(10, "Diagnostic territorial de l’économie sociale et solidaire", align="L")
    pdf.ln(2)
    pdf.set_font("Sans", "", 13)
    pdf._mc(6.5, "État des lieux 2024 et orientations pour 2025-2027", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("Sans", "I", 9.5)
    pdf._mc(5, P("Étude conduite de janvier à octobre 2024 par le cabinet Ancrages Conseil "
                 "(Saint-Cyprien-de-Lindre), avec l’appui de l’observatoire de la chambre régionale "
                 "de l’économie sociale et solidaire (CRESS). Document présenté au conseil "
                 "communautaire du 12 décembre 2024."), align="L")
    pdf.ln(10)
    pdf.set_draw_color(*GREEN)
    pdf.set_line_width(0.4)
    y = pdf.get_y()
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 12.5)
    pdf.set_text_color(*GREEN)
    pdf._mc(6.5, "L’essentiel en chiffres (données 2022)", align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    pdf.bullets([
        "347 établissements employeurs relèvent de l’économie sociale et solidaire sur le "
        "territoire intercommunal.",
        "L’ESS emploie 3 230 salariés, soit 12,6 % de l’emploi salarié privé.",
        "La masse salariale brute versée par les employeurs de l’ESS atteint 78,4 millions "
        "d’euros par an.",
        "Près de trois emplois de l’ESS sur quatre (74 %) relèvent d’une association.",
        "Le territoire compte 41 communes et 53 455 habitants, répartis en cinq secteurs.",
    ], size=10.5)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10.5)
    pdf._mc(5.5, "Avant-propos", align="L")
    pdf.para(
        "« L’économie sociale et solidaire n’est pas un secteur à part : elle soigne nos aînés, "
        "accueille nos enfants, entretient nos chemins et fait vivre nos clubs. Ce diagnostic, le "
        "premier à l’échelle de notre intercommunalité, doit nous aider à mieux la connaître pour "
        "mieux la soutenir. » Annick Dorval, vice-présidente chargée du développement économique, "
        "de l’emploi et de l’économie sociale et solidaire.", size=10, style="I")

    # ---- Section 1
    pdf.add_page()
    pdf.h1("1. Pourquoi un diagnostic de l’ESS ?")
    pdf.para(
        "La Communauté de communes Vérasque et Lindre exerce la compétence de développement "
        "économique depuis sa création, le 1er janvier 2017, par la fusion de deux "
        "intercommunalités. Son projet de territoire 2022-2030 fait de l’économie sociale et "
        "solidaire l’un de ses quatre axes prioritaires, aux côtés de la transition agricole, de "
        "l’accueil d’entreprises et de la mobilité. Faute de données consolidées, le conseil "
        "communautaire a décidé, par délibération du 23 novembre 2023, de faire réaliser un "
        "diagnostic partagé de l’ESS.")
    pdf.para(
        "Le diagnostic poursuit trois objectifs : mesurer le poids économique de l’ESS dans "
        "chacun des cinq secteurs du territoire, identifier les besoins des structures et de "
        "leurs dirigeants, et proposer un plan d’action réaliste pour la période 2025-2027.")
    pdf.h2("1.1 Le périmètre retenu")
    pdf.para(
        "Conformément à la loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et "
        "solidaire, le diagnostic retient les personnes morales de droit privé qui respectent "
        "cumulativement les principes suivants :")
    pdf.bullets([
        "un but poursuivi autre que le seul partage des bénéfices ;",
        "une gouvernance démocratique, définie et organisée par les statuts, qui associe les "
        "associés, les salariés et les parties prenantes ;",
        "une gestion dans laquelle les bénéfices sont majoritairement consacrés au maintien ou "
        "au développement de l’activité ;",
        "des réserves obligatoires impartageables, qui ne peuvent pas être distribuées.",
    ])
    pdf.para(
        "Sont ainsi comptés les associations, les coopératives, les mutuelles, les fondations et "
        "les sociétés commerciales qui se réclament de l’ESS. Seuls les établissements "
        "employeurs figurent dans les statistiques : les associations sans salarié, estimées à "
        "environ 1 150 sur le territoire, sont abordées par l’enquête mais pas par les chiffres "
        "de l’emploi.")
    pdf.h2("1.2 Méthode")
    pdf.para(
        "Le diagnostic croise trois sources : les données statistiques 2022 de l’observatoire "
        "régional de l’ESS, une enquête en ligne ouverte du 4 mars au 19 avril 2024, qui a "
        "recueilli 112 réponses, et 46 entretiens individuels avec des dirigeants de structures, "
        "des élus et des partenaires. Quatre ateliers thématiques ont réuni 87 participants en "
        "juin 2024 à Lindre, Murel, Sauvagnat et Escoubes-le-Haut.")
    pdf.para(
        "Le comité de pilotage, présidé par Annick Dorval, vice-présidente chargée du "
        "développement économique et de l’ESS, s’est réuni à trois reprises. Il associait les "
        "services de la Communauté de communes, la CRESS, la délégation départementale à la vie "
        "associative, la chambre d’agriculture et six structures de l’ESS du territoire.")

    # ---- Section 2
    pdf.h1("2. Le poids de l’ESS dans l’économie locale")
    pdf.para(
        "En 2022, l’ESS compte 347 établissements employeurs et 3 230 salariés sur le territoire "
        "de la Communauté de communes, soit 12,6 % de l’emploi salarié privé. Cette part est "
        "légèrement supérieure à la moyenne régionale, qui s’établit à 11,8 %. Rapportés en "
        "équivalent temps plein, ces emplois représentent 2 610 ETP, le temps partiel étant "
        "fréquent dans l’aide à domicile et l’animation.")
    pdf.table(
        "Tableau 1 – L’ESS par secteur géographique (2022)",
        ["Secteur", "Communes", "Habitants", "Établissements employeurs ESS",
         "Salariés ESS", "Part de l’emploi privé"],
        SECTORS, SECTORS_TOTAL,
        widths=(38, 20, 22, 32, 24, 30), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        source="Sources : observatoire régional de l’ESS (données 2022), recensement de la "
               "population 2021 ; traitement Ancrages Conseil.")
    pdf.para(
        "Le secteur de Lindre-Centre, organisé autour de la ville-centre, concentre 43 % des "
        "salariés de l’ESS du territoire. Le Haut-Vérasque présente la part la plus élevée de "
        "l’emploi privé (16,8 %), en raison du poids de l’aide à domicile et de l’EHPAD associatif "
        "Résidence des Genêts, à Sauveterre-d’Aygue, premier employeur de l’ESS du secteur avec "
        "96 salariés. À l’inverse, la Plaine de Sauvagnat, marquée par l’industrie "
        "agroalimentaire, affiche la part la plus faible (9,7 %), alors même qu’elle accueille "
        "71 établissements employeurs de l’ESS.")

    # ---- Section 3
    pdf.h1("3. Un tissu dominé par les associations et l’action sociale")
    pdf.h2("3.1 Les familles de l’ESS")
    pdf.para(
        "Les associations regroupent 281 établissements et 2 402 salariés. Les coopératives "
        "comptent 43 établissements, dont 17 coopératives d’utilisation de matériel agricole et 5 "
        "sociétés coopératives et participatives, et emploient 531 salariés. Les mutuelles "
        "comptent 14 établissements et 176 salariés, les fondations 3 établissements et 84 "
        "salariés. Enfin, 6 sociétés commerciales de l’ESS emploient 37 salariés.")
    pdf.h2("3.2 Les secteurs d’activité")
    pdf.para("La répartition des salariés de l’ESS par grand secteur d’activité est la suivante :")
    pdf.bullets([
        "action sociale (aide à domicile, hébergement des personnes âgées ou handicapées, petite "
        "enfance) : 41 % des salariés ;",
        "enseignement et formation : 14 % ;",
        "sport, culture et loisirs : 9 % ;",
        "activités financières et d’assurance : 8 % ;",
        "agriculture et agroalimentaire : 7 % ;",
        "autres activités (commerce, services aux entreprises, environnement) : 21 %.",
    ])
    pdf.h2("3.3 Des emplois féminisés et souvent à temps partiel")
    pdf.para(
        "Les emplois de l’ESS sont occupés à 71 % par des femmes. Le temps partiel concerne 39 % "
        "des salariés, contre 22 % dans le reste du secteur privé du territoire. Le salaire brut "
        "horaire moyen s’établit à 15,90 euros, inférieur de 8 % à celui du secteur privé "
        "hors ESS, un écart qui s’explique largement par la structure des métiers.")

    # ---- Section 4
    pdf.h1("4. Les enjeux identifiés")
    pdf.h2("4.1 Le renouvellement des salariés et des bénévoles")
    pdf.para(
        "Au total, 27 % des salariés de l’ESS ont 55 ans ou plus : environ 870 départs à la "
        "retraite sont attendus d’ici 2032, principalement dans l’aide à domicile. Côté "
        "bénévolat, 38 % des présidents d’association ayant répondu à l’enquête ont plus de 70 "
        "ans, et 52 % déclarent ne pas avoir identifié de successeur.")
    pdf.h2("4.2 La mobilité et l’accès aux services")
    pdf.para(
        "Le Val d’Escoubes n’est desservi par aucune ligne régulière de transport en commun. "
        "L’épicerie solidaire itinérante La Roulotte d’Escoubes y assure chaque semaine une "
        "tournée dans les sept communes du secteur, mais son camion, acquis en 2011, arrive en "
        "fin de vie.")
    pdf.h2("4.3 Les locaux")
    pdf.para(
        "Dix-neuf structures ont signalé des locaux inadaptés, trop petits ou inaccessibles aux "
        "personnes à mobilité réduite. Plusieurs bâtiments publics vacants pourraient être "
        "mobilisés, dont l’ancienne gare de Lindre, propriété intercommunale depuis 2020.")
    pdf.h2("4.4 La coopération entre acteurs")
    pdf.para(
        "Les acteurs se connaissent mais coopèrent peu au-delà de leur secteur. Le territoire ne "
        "compte aucun pôle territorial de coopération économique (PTCE) ; plusieurs "
        "interlocuteurs ont exprimé le souhait d’un lieu et d’une animation communs.")

    pdf.h2("4.5 Les attentes des structures")
    pdf.para(
        "Interrogées sur leurs besoins prioritaires, les structures ayant répondu à l’enquête "
        "citent, par ordre de fréquence :")
    pdf.bullets([
        "l’accès à des financements pluriannuels (61 % des répondants) ;",
        "le recrutement et la fidélisation des salariés (54 %) ;",
        "la recherche de nouveaux bénévoles (47 %) ;",
        "la visibilité auprès des habitants et des collectivités (33 %) ;",
        "l’accès à des locaux adaptés (17 %).",
    ])

    # ---- Section 5
    pdf.h1("5. Orientations proposées pour 2025-2027")
    pdf.para("Le comité de pilotage propose six actions, à arbitrer lors du budget 2025 :")
    pdf.bullets([
        "Action 1 – créer un poste de chargé de mission ESS à la Communauté de communes, à "
        "hauteur de 0,8 ETP, pour animer le réseau et accompagner les porteurs de projet ;",
        "Action 2 – lancer un appel à initiatives intercommunal doté de 60 000 euros par an ;",
        "Action 3 – introduire des clauses sociales dans 20 % des marchés publics "
        "intercommunaux d’ici 2027 ;",
        "Action 4 – aménager un tiers-lieu de l’ESS dans l’ancienne gare de Lindre ;",
        "Action 5 – accompagner la reprise d’entreprises sous forme coopérative, avec l’union "
        "régionale des SCOP ;",
        "Action 6 – soutenir l’engagement bénévole, notamment par une plateforme en ligne « "
        "Bénévoles en Vérasque ».",
    ])
    pdf.para(
        "Le coût total des six actions est estimé à 412 000 euros sur trois ans, dont 245 000 "
        "euros à la charge de la Communauté de communes ; le solde est attendu de la Région, de "
        "l’État et de fondations. Un comité de suivi se réunira chaque année pour examiner les "
        "indicateurs du plan.")
    pdf.h2("Glossaire")
    pdf.bullets([
        "CRESS : chambre régionale de l’économie sociale et solidaire.",
        "CUMA : coopérative d’utilisation de matériel agricole.",
        "ETP : équivalent temps plein.",
        "PTCE : pôle territorial de coopération économique.",
        "SCOP : société coopérative et participative.",
    ], size=9.5, mark="–")
    pdf.ln(2)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf._mc(4.5, P("Contact : Julien Casteran, responsable du service Développement économique "
                   "et emploi, Communauté de communes Vérasque et Lindre, 2 place du Foirail, "
                   "Lindre."), align="L")
    pdf.set_text_color(0, 0, 0)

    assert 4 <= pdf.page_no() <= 6, f"diagnostic has {pdf.page_no()} pages"
    pdf.output(str(out))
    return pdf.lines


# ---------------------------------------------------------------------------
# b. HTML — Département du Lauzadour, fonds « Lauzadour ESS Émergence »
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fonds Lauzadour ESS Émergence 2025 : appel à projets | Département du Lauzadour</title>
<meta name="description" content="Le Département du Lauzadour soutient la création et le développement de projets de l’économie sociale et solidaire : subventions de 5 000 à 30 000 euros.">
<link rel="stylesheet" href="/themes/lauzadour/css/main.min.css?v=4.2.1">
<script src="/themes/lauzadour/js/tarteaucitron/tarteaucitron.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body class="page-article theme-economie">

<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies pour mesurer l’audience et vous proposer des vidéos. Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix.</p>
  <button type="button" class="btn-accept">Tout accepter</button>
  <button type="button" class="btn-refuse">Tout refuser</button>
  <a href="/donnees-personnelles">Personnaliser</a>
</div>

<a class="skip-link" href="#contenu">Aller au contenu</a>

<header class="site-header">
  <div class="brand">
    <a href="/"><img src="/themes/lauzadour/img/logo-lauzadour.svg" alt="Département du Lauzadour – Accueil"></a>
  </div>
  <form class="search" action="/recherche" role="search">
    <label for="q">Rechercher sur le site</label>
    <input id="q" name="q" type="search" placeholder="Rechercher…">
    <button type="submit">OK</button>
  </form>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/le-departement">Le Département</a></li>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li><a href="/colleges-jeunesse">Collèges et jeunesse</a></li>
      <li class="active"><a href="/economie-emploi">Économie et emploi</a></li>
      <li><a href="/culture-sport">Culture et sport</a></li>
      <li><a href="/environnement">Environnement</a></li>
      <li><a href="/aides-et-services">Aides et services</a></li>
    </ul>
  </nav>
</header>

<nav class="breadcrumb" aria-label="Fil d’Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/economie-emploi">Économie et emploi</a></li>
    <li><a href="/economie-emploi/economie-sociale-et-solidaire">Économie sociale et solidaire</a></li>
    <li aria-current="page">Fonds Lauzadour ESS Émergence 2025</li>
  </ol>
</nav>

<main id="contenu">
<article class="article">
  <p class="article-category">Appel à projets</p>
  <h1>Fonds Lauzadour ESS Émergence : jusqu’à 30 000 euros pour lancer votre projet solidaire</h1>
  <p class="article-meta">Publié le 17 février 2025 – Mis à jour le 3 mars 2025</p>

  <ul class="share-links" aria-label="Partager cette page">
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lauzadour.fr%2Ffonds-ess-emergence">Partager sur Facebook</a></li>
    <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.lauzadour.fr%2Ffonds-ess-emergence">Partager sur LinkedIn</a></li>
    <li><a href="mailto:?subject=Fonds%20Lauzadour%20ESS%20%C3%89mergence">Envoyer par courriel</a></li>
    <li><a href="javascript:window.print()">Imprimer</a></li>
  </ul>

  <p class="chapo">Le Département du Lauzadour lance la deuxième édition de son fonds de soutien à l’émergence et au développement des projets de l’économie sociale et solidaire. Doté de 640 000 euros en 2025, le fonds finance des projets qui créent de l’emploi durable et répondent à des besoins du territoire non ou mal satisfaits.</p>

  <p>Lors de la première édition, en 2024, 23 projets ont été soutenus pour un montant total de 512 000 euros : une ressourcerie à Pradelles-sur-Vaure, une conciergerie rurale en coopérative, un service de transport solidaire ou encore un atelier de réparation de vélos porté par une association d’insertion.</p>

  <blockquote>
    <p>« L’économie sociale et solidaire représente un emploi privé sur huit dans le Lauzadour. Avec ce fonds, nous voulons aider celles et ceux qui entreprennent autrement à passer de l’idée au projet. »</p>
    <footer>Nadège Pommerol, vice-présidente du Département chargée de l’insertion, de l’emploi et de l’économie sociale et solidaire</footer>
  </blockquote>

  <h2>Quels projets sont concernés ?</h2>
  <p>Le fonds soutient la création d’une nouvelle activité ou le développement d’une activité existante (nouveau service, nouveau site, changement d’échelle), dans tous les domaines : alimentation, mobilité, réemploi, services à la personne, culture, tourisme, numérique. Le projet doit être réalisé dans le Lauzadour et démarrer dans les douze mois qui suivent la notification de l’aide.</p>

  <h2>Qui peut candidater ?</h2>
  <p>Sont éligibles les structures suivantes, dès lors qu’elles ont leur siège ou un établissement dans le Lauzadour et emploient moins de 50 salariés :</p>
  <ul>
    <li>les associations loi 1901 déclarées depuis au moins un an ;</li>
    <li>les coopératives : SCOP, SCIC et coopératives d’activité et d’emploi ;</li>
    <li>les entreprises titulaires de l’agrément « entreprise solidaire d’utilité sociale » (ESUS) ;</li>
    <li>les structures de l’insertion par l’activité économique conventionnées par l’État ;</li>
    <li>les collectifs de citoyens, à condition d’être accompagnés par une structure porteuse juridiquement constituée.</li>
  </ul>
  <p>Ne sont pas éligibles : les collectivités territoriales et leurs groupements, les établissements publics, les associations cultuelles ou à objet politique, ainsi que les structures faisant l’objet d’une procédure collective.</p>

  <h2>Quel est le montant de l’aide ?</h2>
  <p>L’aide prend la forme d’une subvention comprise entre 5 000 euros et 30 000 euros. Elle ne peut pas dépasser 50 % des dépenses éligibles du projet. Ce taux est porté à 70 % pour les projets situés dans une commune de moins de 2 000 habitants ou dans un quartier prioritaire de la politique de la ville.</p>
  <p>Sont éligibles les dépenses d’investissement (petits équipements, aménagement de locaux, véhicules) et les dépenses de fonctionnement liées au projet : études de faisabilité, frais de formation et salaire du poste créé pendant ses douze premiers mois. Le fonctionnement courant de la structure et le remboursement d’emprunts ne sont pas pris en charge.</p>
  <p>La subvention est versée en deux fois : une avance de 60 % à la signature de la convention, puis le solde sur présentation d’un bilan d’exécution et des justificatifs de dépenses.</p>

  <h2>Comment les projets sont-ils sélectionnés ?</h2>
  <p>Les dossiers sont examinés par un comité de sélection réunissant des élus, les services du Département, la CRESS et des représentants des réseaux de l’accompagnement. Il s’appuie sur les critères suivants :</p>
  <ol>
    <li>l’utilité sociale du projet et la réponse apportée à un besoin du territoire ;</li>
    <li>l’ancrage territorial et les coopérations engagées avec d’autres acteurs ;</li>
    <li>la viabilité économique et la diversité des ressources ;</li>
    <li>le nombre et la qualité des emplois créés ou consolidés ;</li>
    <li>la gouvernance et la place des bénévoles, des salariés et des usagers ;</li>
    <li>la prise en compte de l’impact environnemental.</li>
  </ol>

  <h2>Calendrier 2025</h2>
  <table class="calendar">
    <thead><tr><th scope="col">Date</th><th scope="col">Étape</th></tr></thead>
    <tbody>
      <tr><td>3 mars 2025</td><td>Ouverture de l’appel à projets</td></tr>
      <tr><td>25 mars 2025, de 14 h à 15 h 30</td><td>Webinaire d’information (inscription en ligne)</td></tr>
      <tr><td>16 mai 2025 à 12 h</td><td>Date limite de dépôt des dossiers</td></tr>
      <tr><td>Du 10 au 20 juin 2025</td><td>Audition des porteurs de projet présélectionnés</td></tr>
      <tr><td>7 juillet 2025</td><td>Vote des aides par la commission permanente</td></tr>
      <tr><td>À partir de septembre 2025</td><td>Signature des conventions et versement de l’avance</td></tr>
    </tbody>
  </table>

  <h2>Comment déposer un dossier ?</h2>
  <p>Le dossier se dépose exclusivement en ligne sur la plateforme mesdemarches.lauzadour.fr, rubrique « Économie sociale et solidaire ». Il comprend une présentation du projet, un budget prévisionnel sur trois ans, les statuts et le dernier bilan de la structure. Aucun dossier papier ne sera accepté.</p>
  <p>Avant de déposer, les porteurs de projet peuvent se faire accompagner gratuitement par le dispositif local d’accompagnement (DLA) ou par l’incubateur La Ruche solidaire du Lauzadour.</p>

  <div class="encart-contact">
    <h2>Contact</h2>
    <p>Karim Benhadda, chargé de mission économie sociale et solidaire<br>
    Direction de l’emploi et de l’insertion – Service économie sociale et solidaire<br>
    Tél. : 05 63 48 21 70 – Courriel : ess@lauzadour.fr</p>
  </div>

  <div class="downloads">
    <h2>Documents à télécharger</h2>
    <ul>
      <li><a href="/sites/default/files/2025-02/reglement-fonds-ess-emergence-2025.pdf">Règlement du fonds Lauzadour ESS Émergence 2025 (PDF, 412 Ko)</a></li>
      <li><a href="/sites/default/files/2025-02/trame-budget-previsionnel.xlsx">Trame de budget prévisionnel (XLSX, 38 Ko)</a></li>
    </ul>
  </div>
</article>

<aside class="related">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/economie-emploi/clauses-sociales">Les clauses sociales dans les marchés du Département</a></li>
    <li><a href="/solidarites/insertion/rsa-et-emploi">RSA : l’accompagnement vers l’emploi</a></li>
    <li><a href="/actualites/forum-ess-2024">Retour sur le forum départemental de l’ESS 2024</a></li>
  </ul>
</aside>
</main>

<footer class="site-footer">
  <div class="footer-address">
    <p><strong>Département du Lauzadour</strong><br>Hôtel du Département – 12 allée des Platanes – Saint-Jorand<br>Accueil du lundi au vendredi, de 8 h 30 à 17 h 30</p>
  </div>
  <ul class="footer-links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/contact">Nous contacter</a></li>
  </ul>
  <ul class="social">
    <li><a href="https://www.facebook.com/lauzadour">Facebook</a></li>
    <li><a href="https://www.instagram.com/lauzadour">Instagram</a></li>
    <li><a href="https://www.linkedin.com/company/departement-lauzadour">LinkedIn</a></li>
  </ul>
  <p class="copyright">© 2025 Département du Lauzadour</p>
</footer>
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
# c. Markdown — minutes of the PTCE Coop'Olmières steering committee
# ---------------------------------------------------------------------------

MD_SRC = """---
title: "Compte rendu du comité de pilotage du PTCE Coop’Olmières – 22 mai 2025"
publisher: "PTCE Coop’Olmières (structure porteuse : association Olmières Coopérations)"
date: 2025-05-22
territory: "Pays d’Olmières – Communauté d’agglomération du Grand Olmières"
---

# Comité de pilotage du PTCE Coop’Olmières

**Séance du jeudi 22 mai 2025, de 14 h à 16 h 45**
**Maison des coopérations, 8 rue des Tisserands, Olmières**

## Participants

Membres votants présents ou représentés : 12 sur 15 ; le quorum est atteint.

- Sylvie Quéméner, coprésidente du PTCE, directrice de la SCIC Énergies citoyennes d’Olmières
- Marc-Antoine Delpeuch, coprésident du PTCE, gérant de la SCOP Atelier Bois du Lendrou
- Lucien Aubertot, trésorier, directeur de l’association Les Potagers du Lendrou (atelier et chantier d’insertion)
- Gérald Mouchenot, vice-président de la Communauté d’agglomération du Grand Olmières chargé de l’économie de proximité
- Claire Vandamme, chargée de mission économie de proximité, Région
- Inès Barrachina, référente ESS, direction régionale de l’économie, de l’emploi, du travail et des solidarités (DREETS), unité départementale
- Fatoumata Sissoko, coordinatrice du PTCE (animation de la séance et secrétariat)
- six représentants des structures membres (liste d’émargement en annexe)

Excusée : Agnès Lerouvillois, déléguée générale de la Fondation Terre d’Olmières (pouvoir donné à Sylvie Quéméner).

## Ordre du jour

1. Approbation du compte rendu de la séance du 13 février 2025
2. Bilan d’activité 2024
3. Budget prévisionnel 2025
4. Adhésion de nouveaux membres
5. Recrutement d’un chargé de développement
6. Questions diverses

## 1. Approbation du compte rendu du 13 février 2025

Le compte rendu de la séance du 13 février 2025 est approuvé sans modification.

**Décision n° 1 : le compte rendu du 13 février 2025 est approuvé à l’unanimité.**

## 2. Bilan d’activité 2024

Fatoumata Sissoko rappelle qu’un pôle territorial de coopération économique (PTCE) est un regroupement, sur un même territoire, d’entreprises de l’ESS qui s’associent à des entreprises commerciales, des collectivités, des établissements de formation ou de recherche pour mettre en œuvre une stratégie commune et continue de coopération au service de projets économiques innovants et socialement utiles. Le PTCE Coop’Olmières, créé en 2021, est porté juridiquement par l’association Olmières Coopérations.

Au 31 décembre 2024, le PTCE compte 34 membres : 27 structures de l’ESS, 4 entreprises commerciales et 3 collectivités.

Principales réalisations de l’année 2024 :

- ouverture en octobre 2024 de la légumerie solidaire de Saint-Véran-les-Ormes, qui a transformé 62 tonnes de légumes locaux pour la restauration collective en trois mois ;
- création de 11 emplois dans les structures membres, dont 7 en parcours d’insertion ;
- lancement d’un groupement d’achat d’énergie entre 9 associations ;
- organisation de la première Fabrique à projets, qui a accompagné 6 porteurs de projet.

Gérald Mouchenot salue « un bilan qui montre que la coopération produit de l’activité réelle sur le territoire ». Claire Vandamme indique que la Région examinera à l’automne le renouvellement de son soutien pluriannuel.

## 3. Budget prévisionnel 2025

Lucien Aubertot présente le budget prévisionnel 2025, qui s’élève à 186 400 euros, contre 171 000 euros réalisés en 2024. La hausse tient principalement au recrutement prévu au point 5.

| Financeur | Montant 2025 | Part du budget |
|---|---:|---:|
| État – DREETS | 50 000 € | 26,8 % |
| Région | 40 000 € | 21,5 % |
| Communauté d’agglomération du Grand Olmières | 45 000 € | 24,1 % |
| Fondation Terre d’Olmières | 20 000 € | 10,7 % |
| Cotisations des membres | 8 400 € | 4,5 % |
| Prestations et autofinancement | 23 000 € | 12,4 % |
| **Total** | **186 400 €** | **100 %** |

Inès Barrachina précise que la participation de l’État est confirmée pour 2025 mais qu’elle ne pourra pas être garantie au même niveau en 2026. Un membre demande que la part d’autofinancement progresse ; le bureau proposera des pistes à la prochaine séance.

**Décision n° 2 : le budget prévisionnel 2025, d’un montant de 186 400 euros, est adopté par 11 voix pour et 1 abstention.**

## 4. Adhésion de nouveaux membres

Deux candidatures ont été reçues : la SCIC Bois Bocage Olmières, qui valorise le bois issu de l’entretien des haies en plaquettes de chauffage, et l’association Vélo-Solidaire Olmières, atelier participatif de réparation de vélos.

Le comité rappelle le barème de cotisation annuelle : 250 € pour les structures de moins de 10 salariés, 600 € pour les structures de 10 salariés et plus, adhésion gratuite pour les collectifs non constitués.

**Décision n° 3 : l’adhésion de la SCIC Bois Bocage Olmières et de l’association Vélo-Solidaire Olmières est acceptée à l’unanimité. Le PTCE comptera ainsi 36 membres.**

## 5. Recrutement d’un chargé de développement

Pour structurer la filière alimentaire autour de la légumerie, le bureau propose de recruter un chargé de développement « filière alimentation ». Le poste est cofinancé par la Fondation Terre d’Olmières.

**Décision n° 4 : le comité approuve le recrutement d’un chargé de développement « filière alimentation » en contrat à durée déterminée de 18 mois, à temps plein, à compter de septembre 2025. Un jury composé des deux coprésidents et de la coordinatrice conduira les entretiens.**

## 6. Questions diverses

Marc-Antoine Delpeuch signale que l’atelier de menuiserie partagé cherche de nouveaux locaux, le bail actuel prenant fin en mars 2026. Les membres sont invités à faire remonter toute piste à la coordinatrice.

## Prochaine réunion

Le prochain comité de pilotage se tiendra le jeudi 18 septembre 2025 à 14 h, à la légumerie solidaire de Saint-Véran-les-Ormes.

*Compte rendu établi par Fatoumata Sissoko, coordinatrice, et validé par les coprésidents le 2 juin 2025.*
"""


def wrap_markdown(text: str, width: int = 88) -> str:
    """Wrap plain paragraphs only; front matter, headings, lists, tables, bold lines kept."""
    out, in_fm = [], False
    for i, line in enumerate(text.split("\n")):
        if line == "---":
            in_fm = not in_fm if i == 0 or in_fm else in_fm
            out.append(line)
            continue
        if in_fm or not line or line[0] in "#|*-0123456789" or len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width=width, break_on_hyphens=False,
                                     break_long_words=False))
    return "\n".join(out)


def build_markdown() -> str:
    body = MD_SRC.split("\n---\n", 1)
    return body[0] + "\n---\n" + wrap_markdown(nb(body[1]))


# ---------------------------------------------------------------------------
# d. TXT — deliberation of the municipal council of Lauvergnac
# ---------------------------------------------------------------------------

TXT_WIDTH = 72


def build_txt() -> str:
    out: list[str] = []

    def para(t: str, indent: str = ""):
        out.extend(textwrap.wrap(P(t), width=TXT_WIDTH, initial_indent=indent,
                                 subsequent_indent=indent, break_on_hyphens=False,
                                 break_long_words=False))
        out.append("")

    def item(t: str):
        out.extend(textwrap.wrap(P(t), width=TXT_WIDTH, initial_indent="  - ",
                                 subsequent_indent="    ", break_on_hyphens=False,
                                 break_long_words=False))

    def line(t: str = ""):
        out.append(nb(t))

    line("VILLE DE LAUVERGNAC")
    line()
    line("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL")
    line("=" * 57)
    line()
    line("Séance du 24 juin 2025")
    line()
    line("Nombre de conseillers en exercice : 33")
    line("Présents : 27 - Représentés : 4 - Votants : 31")
    line("Date de convocation : 18 juin 2025")
    line()
    para("L’an deux mille vingt-cinq, le vingt-quatre juin à dix-huit heures trente, le Conseil "
         "municipal de la Ville de Lauvergnac, légalement convoqué, s’est réuni en séance "
         "publique dans la salle du conseil de l’hôtel de ville, sous la présidence de "
         "M. Thierry Roubaud-Lasserre, maire.")
    line("Secrétaire de séance : Mme Louise Ancelin")
    line()
    line("-" * TXT_WIDTH)
    line("DÉLIBÉRATION N° 2025-047")
    line()
    para("Objet : Économie sociale et solidaire - Soutien au projet de tiers-lieu « La Fabrique "
         "des Tanneurs » : entrée de la commune au capital de la SCIC, subvention "
         "d’investissement et bail emphytéotique administratif")
    para("Rapporteure : Mme Hélène Vasseur, adjointe au maire déléguée au développement "
         "économique, au commerce et à l’économie sociale et solidaire")
    line("-" * TXT_WIDTH)
    line()
    line("EXPOSÉ DES MOTIFS")
    line()
    para("La Ville est propriétaire depuis 2019 de l’ancienne tannerie Malbec, rue du "
         "Moulin-Neuf, un ensemble de bâtiments inoccupé d’une surface de 1 850 m². Après une "
         "concertation menée en 2023 et 2024 avec les habitants et les associations, un collectif "
         "d’acteurs locaux a proposé d’y installer un tiers-lieu consacré au réemploi, à "
         "l’alimentation et à la vie associative.")
    para("Ce collectif a constitué, le 14 janvier 2025, la société coopérative d’intérêt "
         "collectif (SCIC) « La Fabrique des Tanneurs », société par actions simplifiée à "
         "capital variable. Elle réunit à ce jour 62 associés répartis en quatre catégories :")
    item("les salariés de la coopérative ;")
    item("les usagers et bénévoles ;")
    item("les structures de l’économie sociale et solidaire partenaires ;")
    item("les collectivités publiques et leurs groupements.")
    line()
    para("Son capital s’élève à 38 500 euros. Le projet comprend une ressourcerie, un atelier "
         "de réparation de vélos, une cantine solidaire, un espace de travail partagé et une "
         "salle mise à disposition des associations. Il doit permettre la création de 14 "
         "emplois d’ici 2027, dont 8 en parcours d’insertion.")
    para("Le coût total du projet est estimé à 1 240 000 euros HT. Le plan de financement "
         "prévisionnel est le suivant :")
    item("Région : 310 000 euros ;")
    item("État, au titre du fonds de recyclage des friches : 280 000 euros ;")
    item("Communauté de communes : 120 000 euros ;")
    item("Ville de Lauvergnac : 90 000 euros ;")
    item("apports des associés et financement participatif : 100 000 euros ;")
    item("emprunt bancaire : 340 000 euros.")
    line()
    para("L’article 19 septies de la loi n° 47-1775 du 10 septembre 1947 portant statut de la "
         "coopération permet aux collectivités territoriales et à leurs groupements de détenir "
         "ensemble jusqu’à 50 % du capital d’une SCIC. L’entrée de la Ville au capital lui "
         "donnera une voix à l’assemblée générale de la coopérative, dans le collège des "
         "collectivités publiques.")
    para("Vu le code général des collectivités territoriales, notamment ses articles L. 1311-2 "
         "et L. 2121-29 ; vu la loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale "
         "et solidaire ; vu l’avis favorable de la commission Développement économique et "
         "attractivité du 10 juin 2025 ;")
    line("Après en avoir délibéré, le Conseil municipal :")
    line()
    para("Article 1 : APPROUVE l’entrée de la Ville au capital de la SCIC « La Fabrique des "
         "Tanneurs » par la souscription de 50 parts sociales de 100 euros, soit 5 000 euros.")
    para("Article 2 : DÉSIGNE M. Karim Oudjani, conseiller municipal délégué à la vie "
         "associative, pour représenter la Ville à l’assemblée générale de la SCIC, et "
         "Mme Hélène Vasseur en qualité de suppléante.")
    para("Article 3 : ATTRIBUE à la SCIC une subvention d’investissement de 90 000 euros, "
         "versée pour 50 % à la signature de la convention et pour le solde à la réception des "
         "travaux, prévue au premier semestre 2026.")
    para("Article 4 : APPROUVE la conclusion avec la SCIC d’un bail emphytéotique administratif "
         "d’une durée de 35 ans portant sur l’ancienne tannerie Malbec, moyennant une redevance "
         "annuelle de 1 800 euros, les trois premières années étant exonérées de redevance.")
    para("Article 5 : AUTORISE le maire ou son représentant à signer la convention de "
         "financement, le bail et tout document nécessaire à l’exécution de la présente "
         "délibération.")
    para("Article 6 : DIT que les crédits nécessaires sont inscrits au budget primitif 2025, "
         "chapitre 204 (subventions d’équipement versées) et chapitre 26 (participations).")
    line("Vote : adopté à la majorité.")
    line("Pour : 26 voix - Contre : 2 voix - Abstentions : 3")
    line()
    para("Fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme.")
    line("Le maire,")
    line("Thierry Roubaud-Lasserre")
    line()
    para("La présente délibération peut faire l’objet d’un recours devant le tribunal "
         "administratif dans un délai de deux mois à compter de sa publication ou de sa "
         "transmission au représentant de l’État.")
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
    s = s.replace(NB, " ").replace("\u202f", " ").replace("’", "'")
    return " ".join(s.split())


def check(questions: Path, pdf_lines, html: str, md: str, txt: str) -> int:
    p = _Text()
    p.feed(html)
    units = {
        PDF_NAME: [(pg, norm(l)) for pg, l in pdf_lines],
        HTML_NAME: [(None, norm(" ".join(p.parts)))],
        MD_NAME: [(None, norm(l)) for l in md.splitlines()],
        TXT_NAME: [(None, norm(l)) for l in txt.splitlines()],
    }
    errors, n = 0, 0
    for ln in questions.read_text(encoding="utf-8").splitlines():
        if not ln.strip():
            continue
        c = json.loads(ln)
        n += 1
        cid = c["id"]
        assert cid.startswith("fresh2-"), cid
        if not c["answerable"]:
            if c["facts"] or c["sources"]:
                print(f"ERROR {cid}: unanswerable case with facts or sources"); errors += 1
            continue
        for f in c["facts"]:
            nf = norm(f)
            found_pages = set()
            found = False
            for src in c["sources"]:
                for pg, text in units[src]:
                    if nf in text:
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
    html = build_html()
    (outdir / HTML_NAME).write_text(html, encoding="utf-8")
    md = build_markdown()
    (outdir / MD_NAME).write_text(md, encoding="utf-8")
    txt = build_txt()
    assert max(len(l) for l in txt.splitlines()) <= TXT_WIDTH
    (outdir / TXT_NAME).write_text(txt, encoding="utf-8")
    for p in sorted(outdir.iterdir()):
        print(f"{p.name}\t{p.stat().st_size} bytes")
    q = HERE / "questions.jsonl"
    if q.exists():
        return 1 if check(q, pdf_lines, html, md, txt) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
