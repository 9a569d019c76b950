"""Build the evaluation documents (fictional but realistic French ESS documents).

Usage:  .venv/bin/python evals/documents/build.py OUTDIR

Writes, deterministically:
  diagnostic-ess-2024-cc-vallee-aubrelle.pdf          7-page typeset report
  convention-belcourt-agglo-cress-2025-2027.pdf       3-page partnership agreement (no PDF title metadata)
  departement-orvanne-fonds-ess-2025.html             département web page with full web furniture
  compte-rendu-conseil-local-ess-rocheval-2025-03-11.md  minutes with YAML front matter
  appel-a-projets-tiers-lieux-serrieres-morvois-2025.txt  call for projects, hard-wrapped text

All territories, people, organisations and figures are invented.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
import textwrap
from pathlib import Path

import pyphen
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
NB = "\u00a0"  # non-breaking space used inside figures ("3 486", "14,2 %")
SHY = "\u00ad"

_DIC = pyphen.Pyphen(lang="fr", left=2, right=3)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]+")


def hy(text: str, minlen: int = 8) -> str:
    """Insert soft hyphens into long lower-case words (proper nouns are left alone)."""

    def rep(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < minlen or w[0].isupper():
            return w
        return _DIC.inserted(w, hyphen=SHY)

    return _WORD.sub(rep, text)


def n(text: str) -> str:
    """Typographic spaces: '3 486' and '14,2 %' and '45 000 €' get non-breaking spaces."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NB, text)
    text = re.sub(r"(?<=\d) (?=(%|€|euros\b|salariés\b|ha\b|tonnes\b|km\b))", NB, text)
    return text


def P(text: str) -> str:
    return hy(n(" ".join(text.split())))


def add_fonts(pdf: FPDF, family: str = "DejaVu") -> None:
    pdf.add_font(family, "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font(family, "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font(family, "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))


FIXED_DATE = dt.datetime(2024, 6, 28, 10, 0, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------
# 1. Diagnostic de l'ESS 2024 — Communauté de communes de la Vallée de l'Aubrelle (7 pages)
# ---------------------------------------------------------------------------

class Report(FPDF):
    short_title = "Diagnostic de l’ESS 2024 – Communauté de communes de la Vallée de l’Aubrelle"

    def header(self):
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 5, self.short_title, align="L")
        self.set_draw_color(170, 170, 170)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, f"CC Vallée de l’Aubrelle · Diagnostic ESS 2024 · page {self.page_no()}/{{nb}}",
                  align="C")
        self.set_text_color(0, 0, 0)

    # helpers
    def h1(self, text: str):
        self.start_section(text, level=0)
        self.ln(2)
        self.set_font("Sans", "B", 15)
        self.set_text_color(20, 70, 110)
        self.multi_cell(0, 7.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, text: str):
        self.start_section(text, level=1)
        self.ln(1.5)
        self.set_font("Sans", "B", 12)
        self.set_text_color(20, 70, 110)
        self.multi_cell(0, 6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, text: str, size: float = 10.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 5.3, P(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2.2)

    def bullets(self, items, size: float = 10.5):
        self.set_font("DejaVu", "", size)
        for it in items:
            x = self.l_margin
            self.set_x(x + 3)
            self.cell(5, 5.3, "•")
            self.multi_cell(0, 5.3, P(it), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.8)
        self.ln(1.5)


def build_report(out: Path) -> None:
    pdf = Report(format="A4", unit="mm")
    add_fonts(pdf)
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Diagnostic de l’économie sociale et solidaire 2024 – Communauté de communes de la Vallée de l’Aubrelle")
    pdf.set_author("Communauté de communes de la Vallée de l’Aubrelle – Service développement économique")
    pdf.set_subject("État des lieux de l’ESS sur les 27 communes de la Vallée de l’Aubrelle")
    pdf.set_keywords("ESS, diagnostic, emploi, associations, coopératives, Vallée de l’Aubrelle")
    pdf.set_creator("Traitement de texte")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_lang("fr-FR")

    # ---- Page 1: cover + l'essentiel
    pdf.add_page()
    pdf.ln(14)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(20, 70, 110)
    pdf.cell(0, 6, "Communauté de communes de la Vallée de l’Aubrelle", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Sans", "B", 24)
    pdf.multi_cell(0, 11, "Diagnostic de l’économie sociale et solidaire 2024",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "", 13)
    pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(0, 6.5, "État des lieux, enjeux et orientations pour la période 2025-2030",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "I", 10)
    pdf.multi_cell(0, 5.5, "Rapport réalisé par le cabinet Territoires & Coopérations pour la Communauté de "
                   "communes, avec l’appui de l’Observatoire régional de l’ESS. Juin 2024.",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.start_section("L’essentiel", level=0)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(20, 70, 110)
    pdf.cell(0, 7, "L’essentiel", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.bullets([
        "312 établissements employeurs de l’économie sociale et solidaire sont implantés sur les "
        "27 communes de la Vallée de l’Aubrelle.",
        "Ils emploient 3 486 salariés, soit 14,2 % de l’emploi salarié du territoire, contre 12,1 % "
        "à l’échelle du département et 10,5 % en moyenne nationale.",
        "La masse salariale versée par les structures de l’ESS atteint 98,6 millions d’euros bruts par an.",
        "L’emploi dans l’ESS a progressé de 6,8 % entre 2017 et 2022, deux fois plus vite que dans "
        "le reste du secteur privé (+3,1 %).",
        "Plus d’un salarié sur quatre a 55 ans ou plus : environ 940 départs à la retraite sont "
        "attendus d’ici 2032.",
        "Le conseil communautaire a retenu quatre axes stratégiques et une enveloppe de 180 000 euros "
        "par an pour la période 2025-2030.",
    ])

    # ---- Page 2: édito + méthodologie
    pdf.add_page()
    pdf.h1("Éditorial")
    pdf.set_font("DejaVu", "I", 10.5)
    edito = [
        "Notre vallée a toujours su s’organiser collectivement. Les coopératives laitières fondées "
        "au début du siècle dernier, les foyers ruraux, les associations d’aide à domicile nées dans "
        "les années 1960 : autant d’initiatives qui ont façonné un territoire où l’on préfère agir "
        "ensemble plutôt que d’attendre des solutions venues d’ailleurs.",
        "Ce diagnostic, le premier réalisé à l’échelle des 27 communes depuis la fusion de 2017, "
        "montre que cette tradition reste bien vivante. Avec plus de 3 400 salariés, l’économie "
        "sociale et solidaire est aujourd’hui l’un des premiers employeurs du territoire, devant "
        "l’industrie agroalimentaire. Il montre aussi des fragilités que nous ne pouvons ignorer : "
        "le vieillissement des bénévoles et des dirigeants, la difficulté à recruter dans les métiers "
        "du soin et de l’accompagnement, le manque de locaux adaptés.",
        "Les élus communautaires ont souhaité que ce travail débouche sur des engagements concrets. "
        "Les orientations présentées en dernière partie ont été débattues avec plus de soixante "
        "structures et adoptées par le conseil communautaire. Je remercie chaleureusement toutes "
        "celles et tous ceux qui y ont contribué.",
    ]
    for e in edito:
        pdf.multi_cell(0, 5.3, P(e), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2)
    pdf.ln(2)
    pdf.set_x(pdf.w - pdf.r_margin - 75)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(75, 5.5, "Gérard Mazeyrac", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(75, 5, "Président de la Communauté de communes de la Vallée de l’Aubrelle",
                   align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)

    pdf.h1("1. Objectifs et méthode")
    pdf.para(
        "L’économie sociale et solidaire (ESS) est définie par la loi du 31 juillet 2014. Elle "
        "regroupe les associations, les coopératives, les mutuelles et les fondations, ainsi que les "
        "sociétés commerciales qui poursuivent un but d’utilité sociale et appliquent une gouvernance "
        "démocratique et une lucrativité encadrée. Dans ce rapport, un établissement employeur est un "
        "établissement ayant versé au moins un salaire au cours de l’année de référence ; les "
        "associations fonctionnant uniquement avec des bénévoles ne sont donc pas comptées dans les "
        "effectifs salariés, mais elles sont prises en compte dans l’analyse de la vie associative.")
    pdf.para(
        "Les données statistiques proviennent du fichier Flores de l’Insee pour l’année 2022, "
        "retraitées par l’Observatoire régional de l’ESS. Elles ont été complétées par une enquête "
        "en ligne menée du 15 janvier au 29 février 2024, à laquelle 64 structures ont répondu, "
        "par 22 entretiens individuels avec des dirigeants et des partenaires, et par trois ateliers "
        "collectifs organisés à Montaurel, Lornac et Esparrou au mois de mars 2024.")

    # ---- Pages 3-4: panorama (a paragraph runs over the page break)
    pdf.add_page()
    pdf.h1("2. Panorama de l’ESS dans la Vallée de l’Aubrelle")
    pdf.h2("2.1 Un poids économique supérieur à la moyenne")
    pdf.para(
        "La Communauté de communes de la Vallée de l’Aubrelle compte 41 380 habitants répartis dans "
        "27 communes, dont la ville-centre de Montaurel (9 870 habitants), siège de l’intercommunalité. "
        "Le territoire accueille 312 établissements employeurs de l’ESS qui emploient 3 486 salariés. "
        "L’ESS représente ainsi 14,2 % de l’emploi salarié total, une proportion nettement plus élevée "
        "que dans le département (12,1 %) et qu’en France (10,5 %). Rapporté au seul emploi privé, le "
        "poids de l’ESS atteint même 19,6 %.")
    pdf.para(
        "Ce poids s’explique d’abord par la place des services à la personne et de l’accueil des "
        "personnes âgées dans un territoire rural vieillissant, où les grands établissements publics "
        "sont peu nombreux. Il s’explique aussi par une tradition coopérative agricole ancienne : "
        "la coopérative Terres d’Aubrelle, qui collecte le lait et les céréales de près de 480 "
        "exploitations, emploie à elle seule 164 salariés sur ses sites de Montaurel et de Bellegarde-"
        "sur-Aubrelle.")
    pdf.h2("2.2 Une ESS dominée par les associations")
    pdf.para(
        "Les associations regroupent 241 établissements employeurs et 2 604 salariés, soit près de "
        "trois emplois de l’ESS sur quatre. Les coopératives (52 établissements, 611 salariés) "
        "occupent une place plus importante qu’ailleurs grâce au secteur agricole et aux coopératives "
        "d’utilisation de matériel agricole (CUMA). Les mutuelles comptent 14 établissements et "
        "198 salariés, principalement dans l’assurance et la santé. Les fondations, enfin, ne sont "
        "présentes qu’à travers 5 établissements employant 73 salariés, dont l’institut médico-"
        "éducatif des Grands Prés à Lornac.")
    pdf.para(
        "Au-delà des structures employeuses, la vie associative est très dense. Le répertoire "
        "tenu par le service vie locale recense environ 640 associations actives sur le territoire, "
        "animées par quelque 6 200 bénévoles réguliers. Le tissu associatif sportif et culturel, "
        "très largement bénévole, joue un rôle essentiel dans l’attractivité des bourgs et le lien "
        "entre les générations.")
    pdf.h2("2.3 L’emploi : une croissance soutenue mais des métiers en tension")
    pdf.para(
        "Entre 2017 et 2022, le nombre de salariés de l’ESS a progressé de 6,8 %, alors que l’emploi "
        "dans le reste du secteur privé n’augmentait que de 3,1 %. Cette croissance est portée par "
        "l’aide à domicile, l’hébergement médico-social et, plus récemment, par l’insertion par "
        "l’activité économique. La masse salariale versée par les structures de l’ESS atteint "
        "98,6 millions d’euros bruts par an, ce qui en fait un moteur important de l’économie "
        "résidentielle. Les emplois sont toutefois marqués par une forte féminisation : 71 % des "
        "salariés de l’ESS sont des femmes, contre 46 % dans le reste de l’économie locale. Le temps "
        "partiel concerne 38 % des salariés, principalement dans l’aide à domicile et l’animation. "
        "Les employeurs interrogés déclarent des difficultés de recrutement persistantes pour les "
        "postes d’aide-soignant, d’accompagnant éducatif et social et d’auxiliaire de vie : "
        "l’association ADMR de la Vallée, premier employeur de l’ESS avec 286 salariés, indiquait "
        "au printemps 2024 une vingtaine de postes non pourvus, ce qui l’a conduite à refuser de "
        "nouvelles prises en charge dans les communes les plus éloignées de Montaurel. "
        "Le vieillissement des effectifs constitue l’autre enjeu majeur : 27 % des salariés ont "
        "55 ans ou plus, ce qui représente environ 940 départs à la retraite d’ici 2032. Dans "
        "les structures de moins de dix salariés, ce sont souvent les directeurs et les "
        "coordinateurs, détenteurs d’une mémoire et d’un réseau irremplaçables, qui partiront "
        "les premiers.")
    pdf.para(
        "La répartition géographique des emplois est très inégale. Montaurel concentre 46 % des "
        "emplois de l’ESS, et les quatre pôles secondaires (Lornac, Esparrou, Bellegarde-sur-Aubrelle "
        "et Saint-Vrain-d’Aubrelle) en réunissent 31 %. Les 22 autres communes, souvent de moins de "
        "500 habitants, se partagent le reste, principalement au travers de services d’aide à domicile "
        "et d’associations de loisirs.")

    # ---- Sector table (keeps flowing)
    pdf.h2("2.4 Répartition par secteur d’activité")
    pdf.para(
        "Le tableau ci-dessous présente la répartition des établissements employeurs et des salariés "
        "de l’ESS par grand secteur d’activité. L’action sociale, avec 1 412 salariés, rassemble à elle "
        "seule 40,5 % des emplois de l’ESS du territoire.")
    rows = [
        ("Action sociale (avec et sans hébergement)", "78", "1 412"),
        ("Enseignement et formation", "31", "398"),
        ("Activités financières et d’assurance", "27", "341"),
        ("Santé humaine", "9", "287"),
        ("Agriculture et sylviculture", "19", "233"),
        ("Sports et loisirs", "58", "176"),
        ("Commerce", "11", "142"),
        ("Soutien aux entreprises", "14", "118"),
        ("Industrie", "6", "95"),
        ("Arts et spectacles", "22", "64"),
        ("Autres activités et non classés", "37", "220"),
    ]
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 6, "Tableau 1 – Établissements et salariés de l’ESS par secteur (2022)",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_draw_color(150, 150, 150)
    with pdf.table(col_widths=(100, 30, 30), text_align=("LEFT", "RIGHT", "RIGHT"),
                   line_height=6, headings_style=FontFace(emphasis="BOLD", fill_color=(225, 234, 242)), first_row_as_headings=True) as table:
        hdr = table.row()
        for h in ("Secteur", "Établissements", "Salariés"):
            hdr.cell(h)
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(n(c))
        tot = table.row()
        for c in ("Total ESS", "312", "3 486"):
            tot.cell(n(c), style=FontFace(emphasis="BOLD"))
    pdf.set_font("Sans", "I", 8)
    pdf.cell(0, 5, "Source : Insee, Flores 2022 – traitement Observatoire régional de l’ESS.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.para(
        "Les activités financières et d’assurance regroupent les agences des banques coopératives et "
        "des mutuelles d’assurance implantées dans les bourgs. Le secteur agricole, qui comprend la "
        "coopérative Terres d’Aubrelle et 12 CUMA employeuses, pèse davantage que dans les territoires "
        "voisins. À l’inverse, les arts et spectacles restent peu structurés : la plupart des "
        "associations culturelles n’ont qu’un salarié à temps partiel, voire aucun.")

    # ---- Page 5: two-column portraits
    pdf.add_page()
    pdf.h1("3. Portraits d’acteurs")
    pdf.set_font("DejaVu", "I", 10)
    pdf.multi_cell(0, 5, P("Six structures rencontrées lors des entretiens illustrent la diversité de "
                           "l’ESS dans la vallée."), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    portraits = [
        ("La Remise, ressourcerie de Lornac",
         "Créée en 2016 sous forme d’association, La Remise est un atelier et chantier d’insertion qui "
         "collecte, répare et revend des objets, des meubles et des vêtements. En 2023, elle a collecté "
         "412 tonnes d’objets, dont 68 % ont été réemployés ou recyclés. Elle emploie 23 salariés en "
         "parcours d’insertion encadrés par quatre permanents, et sa boutique de Lornac accueille plus "
         "de 9 000 clients par an."),
        ("SCIC Bois Énergie Aubrelle",
         "Fondée en 2019, la société coopérative d’intérêt collectif Bois Énergie Aubrelle réunit "
         "112 sociétaires : des communes, des agriculteurs, des propriétaires forestiers et des "
         "habitants. Elle approvisionne en plaquettes forestières locales 14 chaufferies collectives, "
         "dont celles du collège et de la piscine intercommunale de Montaurel."),
        ("La Fabrique du Moulin, tiers-lieu d’Esparrou",
         "Installée depuis 2022 dans un ancien moulin rénové, La Fabrique du Moulin associe un "
         "espace de coworking, un atelier partagé de menuiserie et un café associatif. Portée par "
         "une association de 190 adhérents, elle accueille chaque semaine un point d’information "
         "France services et une permanence de la mission locale."),
        ("EHPAD associatif Les Tilleuls",
         "Avec 92 lits et 118 salariés, l’établissement géré par l’association Les Tilleuls à "
         "Montaurel est le deuxième employeur associatif du territoire. Il a ouvert en 2023 un "
         "accueil de jour de 12 places pour les personnes atteintes de troubles cognitifs."),
        ("Les Paniers de l’Aubrelle",
         "Ce jardin de cocagne installé à Saint-Vrain-d’Aubrelle cultive 4 hectares en agriculture "
         "biologique et distribue 260 paniers de légumes par semaine. Les 18 jardiniers salariés "
         "y suivent un parcours d’insertion d’une durée moyenne de quatorze mois."),
        ("Coopérative d’activité et d’emploi Oxalis-Vallée",
         "Antenne locale d’une coopérative d’activité et d’emploi régionale, Oxalis-Vallée héberge "
         "37 entrepreneurs-salariés, principalement dans l’artisanat, le conseil et les services. "
         "Dix d’entre eux sont devenus associés de la coopérative."),
    ]
    pdf.set_font("DejaVu", "", 9.5)
    y0 = pdf.get_y()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin - 8) / 2
    xs = (pdf.l_margin, pdf.l_margin + colw + 8)
    ys = [y0, y0]
    for i, (title, body) in enumerate(portraits):
        c = 0 if i < 3 else 1
        pdf.set_xy(xs[c], ys[c])
        pdf.set_font("Sans", "B", 10)
        pdf.set_text_color(20, 70, 110)
        pdf.multi_cell(colw, 5.2, title, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.set_x(xs[c])
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(colw, 4.9, P(body), align="J", new_x=XPos.LEFT, new_y=YPos.NEXT)
        ys[c] = pdf.get_y() + 4
    pdf.set_y(max(ys) + 2)

    # ---- Page 6: atouts et fragilités
    pdf.add_page()
    pdf.h1("4. Atouts et fragilités")
    pdf.h2("4.1 Les atouts du territoire")
    pdf.bullets([
        "Une culture coopérative ancienne, visible dans l’agriculture, l’énergie et les services.",
        "Un réseau dense d’associations d’aide à domicile et d’établissements médico-sociaux, qui "
        "maillent l’ensemble des communes.",
        "Cinq structures d’insertion par l’activité économique (SIAE) qui accueillent 187 salariés en "
        "parcours, avec un taux de sorties dynamiques de 58 % en 2023.",
        "Des élus mobilisés : une vice-présidence dédiée à l’ESS existe depuis 2020 et une chargée de "
        "mission ESS, Léa Fontanel, a été recrutée en septembre 2023.",
    ])
    pdf.h2("4.2 Les fragilités")
    pdf.bullets([
        "Le renouvellement des dirigeants bénévoles : 43 % des présidents d’associations employeuses "
        "ont plus de 65 ans, et un tiers d’entre eux souhaitent passer la main d’ici trois ans.",
        "Des difficultés de recrutement dans le soin et l’accompagnement, aggravées par la faiblesse "
        "des transports collectifs.",
        "Le manque de locaux adaptés et abordables, cité par 41 % des structures ayant répondu à "
        "l’enquête.",
        "Une trésorerie tendue : une structure sur cinq déclare moins d’un mois de charges d’avance, "
        "du fait des retards de versement des subventions.",
    ])
    pdf.h1("5. Les enjeux prioritaires")
    pdf.para(
        "Les ateliers de mars 2024 ont permis de hiérarchiser les enjeux. La transmission des "
        "structures et le renouvellement des bénévoles arrivent en tête, suivis de l’économie "
        "circulaire, pour laquelle la ressourcerie La Remise arrive à saturation et ne peut plus "
        "accepter les encombrants des communes du sud de la vallée. L’alimentation durable constitue "
        "le troisième enjeu : le projet alimentaire territorial, lancé en 2021, prévoit de porter à "
        "40 % la part des produits locaux dans la restauration collective d’ici 2027, contre 22 % "
        "aujourd’hui.")
    pdf.para(
        "Les participants ont enfin souligné que l’ESS reste mal connue des entreprises classiques "
        "et des habitants. Seules 9 communes sur 27 intègrent aujourd’hui des clauses sociales ou "
        "environnementales dans leurs marchés publics, et la commande publique responsable est "
        "identifiée comme un levier encore sous-exploité pour soutenir les structures locales.")

    # ---- Page 7: orientations + signature
    pdf.add_page()
    pdf.h1("6. Orientations stratégiques 2025-2030")
    pdf.para(
        "Sur la base de ce diagnostic, le conseil communautaire réuni le 27 juin 2024 a adopté une "
        "stratégie de développement de l’ESS organisée autour de quatre axes :")
    pdf.bullets([
        "Axe 1 – Accompagner la transmission des structures et le renouvellement des dirigeants, "
        "avec un programme de formation des bénévoles et un dispositif de tutorat entre dirigeants.",
        "Axe 2 – Structurer une filière du réemploi et de l’économie circulaire, en créant une "
        "seconde ressourcerie dans le sud de la vallée d’ici 2026.",
        "Axe 3 – Développer l’alimentation durable et les circuits courts, en lien avec le projet "
        "alimentaire territorial.",
        "Axe 4 – Faciliter l’accès au foncier et aux locaux, notamment par la création de deux "
        "nouveaux tiers-lieux à Bellegarde-sur-Aubrelle et à Saint-Vrain-d’Aubrelle.",
    ])
    pdf.para(
        "La Communauté de communes consacrera à cette stratégie une enveloppe de 180 000 euros par an, "
        "dont 120 000 euros pour un fonds d’amorçage des projets et 60 000 euros pour l’animation et "
        "l’accompagnement. Un comité de suivi, réunissant élus, acteurs de l’ESS et partenaires "
        "financiers, se réunira deux fois par an. Un premier bilan sera présenté au conseil "
        "communautaire en 2027, à mi-parcours.")
    pdf.para(
        "Les indicateurs de suivi retenus sont le nombre d’emplois de l’ESS, le nombre de projets "
        "accompagnés, les tonnages réemployés et la part des produits locaux dans la restauration "
        "collective. Les données seront actualisées chaque année avec l’Observatoire régional de l’ESS.")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 10.5)
    pdf.multi_cell(0, 5.3, "Fait à Montaurel, le 28 juin 2024.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_x(pdf.w - pdf.r_margin - 85)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(85, 5.5, "Nadia Bouzerar", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(85, 5, "Vice-présidente chargée du développement économique et de l’économie "
                   "sociale et solidaire", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4.5, P("Contact : Léa Fontanel, chargée de mission ESS, Communauté de communes "
                             "de la Vallée de l’Aubrelle, 4 place du Foirail, Montaurel – "
                             "ess@cc-vallee-aubrelle.fr"), align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)

    assert pdf.page_no() == 7, f"report has {pdf.page_no()} pages"
    pdf.output(str(out))


# ---------------------------------------------------------------------------
# 2. Convention de partenariat 2025-2027 (3 pages, no title metadata)
# ---------------------------------------------------------------------------

class Convention(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Sans", "", 8.5)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="R")


def build_convention(out: Path) -> None:
    pdf = Convention(format="A4", unit="mm")
    add_fonts(pdf, "Serif")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_creator("Microsoft® Word pour Microsoft 365")
    pdf.set_creation_date(dt.datetime(2025, 1, 20, 9, 30, 0, tzinfo=dt.UTC))

    def art(title):
        pdf.ln(1.5)
        pdf.set_font("Sans", "B", 11)
        pdf.multi_cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.8)

    def para(text):
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(0, 5.2, P(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.6)

    def items(lst):
        pdf.set_font("Serif", "", 10.5)
        for it in lst:
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(5, 5.2, "–")
            pdf.multi_cell(0, 5.2, P(it), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.6)
        pdf.ln(1)

    pdf.add_page()
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 5, "Belcourt Agglomération – Direction du développement économique", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.cell(0, 5, "Réf. : DDE/ESS/2025-004", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Sans", "B", 17)
    pdf.multi_cell(0, 8.5, "Convention de partenariat 2025-2027 entre Belcourt Agglomération et la "
                   "Chambre régionale de l’économie sociale et solidaire", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(0, 5.5, "Soutien au développement de l’économie sociale et solidaire sur le territoire "
                   "de l’agglomération", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 5.5, "Entre", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    para("Belcourt Agglomération, communauté d’agglomération dont le siège est situé 2 rue des Tanneurs, "
         "à Belcourt, représentée par son président, M. Olivier Ternaud, dûment habilité par la "
         "délibération n° 2024-187 du conseil communautaire du 12 décembre 2024, ci-après dénommée "
         "« l’Agglomération »,")
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 5.5, "Et", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    para("La Chambre régionale de l’économie sociale et solidaire Hauts-de-Loire, association régie par "
         "la loi du 1er juillet 1901, dont le siège est situé 14 quai de la Gabare à Belcourt, "
         "représentée par sa présidente, Mme Martine Ollivier-Keita, ci-après dénommée « la CRESS »,")
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 5.5, "Préambule", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    para("Belcourt Agglomération regroupe 34 communes et 128 600 habitants. L’économie sociale et "
         "solidaire y représente 1 047 établissements employeurs et 9 820 salariés, soit 11,8 % de "
         "l’emploi salarié. Par délibération du 29 juin 2023, l’Agglomération a adopté un plan d’action "
         "en faveur de l’ESS qui prévoit de s’appuyer sur les têtes de réseau régionales. La CRESS, "
         "reconnue par l’article 6 de la loi du 31 juillet 2014 relative à l’économie sociale et "
         "solidaire, assure la promotion et le développement de l’ESS à l’échelle régionale. Les deux "
         "parties ont donc souhaité formaliser leur partenariat pour les trois prochaines années.")
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 5.5, "Il est convenu ce qui suit :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)

    art("Article 1 – Objet de la convention")
    para("La présente convention a pour objet de définir les modalités du partenariat entre "
         "l’Agglomération et la CRESS pour le développement de l’économie sociale et solidaire sur le "
         "territoire de Belcourt Agglomération, ainsi que les engagements réciproques des parties.")
    art("Article 2 – Durée")
    para("La convention est conclue pour une durée de trois ans. Elle prend effet le 1er janvier 2025 et "
         "s’achève le 31 décembre 2027. Elle ne peut être renouvelée par tacite reconduction.")
    art("Article 3 – Programme d’actions")
    para("La CRESS s’engage à mettre en œuvre, sur le territoire de l’Agglomération, le programme "
         "d’actions suivant :")
    items([
        "l’animation du réseau local des acteurs de l’ESS, avec au moins deux rencontres territoriales "
        "par an ;",
        "la production d’une note annuelle de conjoncture sur l’emploi dans l’ESS, publiée chaque "
        "année avant le 30 septembre ;",
        "l’accompagnement de porteurs de projets par le dispositif « Fabrique à initiatives », à raison "
        "de 12 projets accompagnés par an au minimum ;",
        "la coordination locale du Mois de l’ESS en novembre ;",
        "la formation des acheteurs publics de l’Agglomération et de ses communes membres à l’achat "
        "socialement responsable, à raison de deux sessions par an.",
    ])
    art("Article 4 – Engagements financiers")
    para("Pour la réalisation du programme d’actions défini à l’article 3, l’Agglomération attribue à la "
         "CRESS une subvention de fonctionnement de 45 000 € pour l’année 2025, de 47 000 € pour "
         "l’année 2026 et de 48 000 € pour l’année 2027, soit un montant total de 140 000 € sur la "
         "durée de la convention. Les montants des années 2026 et 2027 sont attribués sous réserve "
         "du vote des crédits correspondants au budget primitif de l’Agglomération.")
    para("La subvention annuelle est versée en deux fois : une avance de 60 % après la signature de la "
         "convention pour la première année, puis avant le 31 mars de chaque année suivante ; le solde "
         "de 40 % après réception et validation du bilan d’activité et du compte rendu financier de "
         "l’année écoulée. Les sommes sont versées sur le compte bancaire de la CRESS.")
    para("L’Agglomération met en outre gratuitement à la disposition de la CRESS un bureau de 18 m² au "
         "sein de la pépinière d’entreprises Le Carré, à Belcourt, pour ses permanences locales. Cette "
         "mise à disposition est valorisée à 3 600 € par an.")
    art("Article 5 – Engagements de la CRESS")
    para("La CRESS s’engage à transmettre à l’Agglomération, avant le 30 avril de chaque année, un bilan "
         "d’activité et un compte rendu financier de l’année écoulée. Elle s’engage à faire figurer le "
         "logo de l’Agglomération sur tous les supports de communication relatifs aux actions "
         "financées, et à informer l’Agglomération sans délai de toute difficulté dans la mise en "
         "œuvre du programme.")
    art("Article 6 – Comité de pilotage")
    para("Un comité de pilotage est chargé du suivi de la convention. Il se réunit au moins deux fois "
         "par an. Il est coprésidé par le vice-président de l’Agglomération chargé de l’économie sociale "
         "et solidaire, M. Karim Belhadj, et par la présidente de la CRESS ou son représentant. Il "
         "associe la directrice de la CRESS, Mme Élodie Carrasco, ainsi que les services de "
         "l’Agglomération chargés du développement économique et de la commande publique.")
    art("Article 7 – Évaluation")
    para("L’évaluation porte sur la réalisation du programme d’actions à partir des indicateurs "
         "suivants :")
    items([
        "le nombre de structures et de porteurs de projets accompagnés ;",
        "le nombre de participants aux événements du Mois de l’ESS, avec un objectif de 1 500 "
        "participants par an ;",
        "le nombre d’acheteurs publics formés ;",
        "l’évolution de l’emploi dans l’ESS sur le territoire.",
    ])
    para("Une évaluation finale est présentée au conseil communautaire au cours du premier semestre 2028.")
    art("Article 8 – Résiliation")
    para("En cas de non-respect par l’une des parties de ses engagements, la convention peut être "
         "résiliée par l’autre partie à l’expiration d’un délai de trois mois suivant l’envoi d’une "
         "lettre recommandée avec accusé de réception valant mise en demeure restée sans effet. En cas "
         "de résiliation, la CRESS reverse les sommes perçues et non utilisées conformément à l’objet "
         "de la convention.")
    art("Article 9 – Litiges")
    para("Les parties s’efforcent de régler à l’amiable tout différend relatif à l’exécution de la "
         "présente convention. À défaut d’accord, le litige est porté devant le tribunal administratif "
         "territorialement compétent.")
    pdf.ln(2)
    para("Fait à Belcourt, le 20 janvier 2025, en deux exemplaires originaux.")
    pdf.ln(3)
    y = pdf.get_y()
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for i, (who, role, name) in enumerate([
        ("Pour Belcourt Agglomération,", "Le Président,", "Olivier Ternaud"),
        ("Pour la CRESS Hauts-de-Loire,", "La Présidente,", "Martine Ollivier-Keita"),
    ]):
        x = pdf.l_margin + i * half
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(half, 5.5, who, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.cell(half, 5.5, role, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.ln(12)
        pdf.set_x(x)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(half, 5.5, name, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    assert pdf.page_no() == 3, f"convention has {pdf.page_no()} pages"
    pdf.output(str(out))


# ---------------------------------------------------------------------------
# 3. HTML page — Département de l'Orvanne
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fonds départemental pour l’innovation sociale et solidaire 2025 | Département de l’Orvanne</title>
<meta name="description" content="Le Département de l’Orvanne lance l’édition 2025 de son fonds pour l’économie sociale et solidaire : 850 000 euros pour les projets d’utilité sociale.">
<link rel="canonical" href="https://www.orvanne.fr/economie-emploi/economie-sociale-et-solidaire/fonds-ess-2025">
<meta property="og:type" content="article">
<meta property="og:title" content="Économie sociale et solidaire : le Fonds départemental 2025 est ouvert">
<meta property="og:site_name" content="Département de l’Orvanne">
<meta property="og:url" content="https://www.orvanne.fr/economie-emploi/economie-sociale-et-solidaire/fonds-ess-2025">
<meta property="og:image" content="https://www.orvanne.fr/sites/default/files/styles/og/public/2025-02/ressourcerie-castelnaud.jpg">
<meta property="article:published_time" content="2025-02-04T09:15:00+01:00">
<meta property="article:modified_time" content="2025-02-11T16:42:00+01:00">
<meta property="article:section" content="Économie et emploi">
<link rel="stylesheet" href="/themes/orvanne/css/style.min.css?v=3.8.2">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
  var ORV = {lang: "fr", page: "fonds-ess-2025", section: "economie-emploi"};
</script>
</head>
<body class="page-node page-article">
<div id="tarteaucitronRoot" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies pour mesurer son audience et vous proposer des contenus
  vidéo. Vous pouvez accepter ou refuser ces cookies, et modifier vos choix à tout moment.</p>
  <button class="btn-accept">Tout accepter</button>
  <button class="btn-deny">Tout refuser</button>
  <button class="btn-custom">Personnaliser</button>
</div>
<a class="skip-link" href="#main">Aller au contenu principal</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/themes/orvanne/logo.svg" alt="Département de l’Orvanne – retour à l’accueil"></a>
  <nav class="main-menu" aria-label="Menu principal">
    <ul>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/colleges-jeunesse">Collèges et jeunesse</a></li>
      <li><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li class="active"><a href="/economie-emploi">Économie et emploi</a></li>
      <li><a href="/environnement">Environnement</a></li>
      <li><a href="/culture-sport">Culture et sport</a></li>
      <li><a href="/le-departement">Le Département</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche"><input type="search" name="q" placeholder="Rechercher sur le site"><button>OK</button></form>
</header>
<nav class="breadcrumb" aria-label="Fil d’Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/economie-emploi">Économie et emploi</a></li>
    <li><a href="/economie-emploi/economie-sociale-et-solidaire">Économie sociale et solidaire</a></li>
    <li aria-current="page">Fonds ESS 2025</li>
  </ol>
</nav>
<div class="layout">
<main id="main">
<article>
  <h1>Économie sociale et solidaire : le Fonds départemental 2025 est ouvert</h1>
  <p class="meta">Publié le <time datetime="2025-02-04">4 février 2025</time> – Mis à jour le 11 février 2025</p>
  <div class="share">
    <span>Partager :</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.orvanne.fr%2Ffonds-ess-2025">Facebook</a>
    <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.orvanne.fr%2Ffonds-ess-2025">X</a>
    <a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.orvanne.fr%2Ffonds-ess-2025">LinkedIn</a>
    <a href="mailto:?subject=Fonds%20ESS%202025">Courriel</a>
    <button onclick="window.print()">Imprimer</button>
  </div>
  <p class="chapo"><strong>Le Département de l’Orvanne reconduit en 2025 son Fonds départemental
  pour l’innovation sociale et solidaire (FDISS). Doté de 850 000 euros, il soutient
  les associations, coopératives et entreprises solidaires qui créent des activités et
  des emplois utiles au territoire.</strong></p>
  <figure>
    <img src="/sites/default/files/2025-02/ressourcerie-castelnaud.jpg" alt="Atelier de réparation de vélos à la ressourcerie de Castelnaud-sur-Orvanne" width="960" height="540">
    <figcaption>L’atelier vélo de la ressourcerie de Castelnaud-sur-Orvanne, lauréate du
    fonds en 2024. <span class="credit">© Photo : Julien Marchetti / Département de l’Orvanne</span></figcaption>
  </figure>
  <h2>Un fonds pour les projets d’utilité sociale</h2>
  <p>Créé en 2019, le FDISS est l’outil principal de la politique départementale en faveur de
  l’économie sociale et solidaire. L’économie sociale et solidaire représente
  dans l’Orvanne 2 310 établissements employeurs et 21 450 salariés, soit 12,7 % de l’emploi
  salarié du département.
  Le fonds finance des projets qui répondent à des besoins non
  ou mal satisfaits : services aux personnes âgées en milieu rural, mobilité solidaire,
  alimentation, réemploi, accès à l’emploi des personnes qui en sont éloignées.</p>
  <p>En 2024, 38 projets ont été soutenus pour un montant total de 742 000 euros. Ils ont permis
  de créer ou de consolider 164 emplois, dont 61 dans des structures d’insertion par l’activité
  économique.</p>
  <blockquote>
    <p>« L’économie sociale et solidaire, ce sont des emplois qui ne se délocalisent pas et des
    services qui restent au plus près des habitants. Avec ce fonds, nous voulons que chaque
    canton de l’Orvanne puisse voir naître de nouveaux projets. »</p>
    <footer>— Agnès Verdier-Lamotte, vice-présidente du Département chargée de l’insertion et de
    l’économie sociale et solidaire</footer>
  </blockquote>
  <h2>Qui peut déposer un projet ?</h2>
  <p>Le fonds est ouvert aux structures de l’économie sociale et solidaire dont le siège ou
  l’établissement porteur du projet est situé dans l’Orvanne :</p>
  <ul>
    <li>les associations loi 1901 ayant au moins un an d’existence ;</li>
    <li>les coopératives (SCOP, SCIC, coopératives d’activité et d’emploi) ;</li>
    <li>les entreprises commerciales bénéficiant de l’agrément « entreprise solidaire d’utilité
    sociale » (ESUS) ;</li>
    <li>les structures d’insertion par l’activité économique conventionnées.</li>
  </ul>
  <p>Les communes, les intercommunalités et les établissements publics ne sont pas éligibles,
  pas plus que les associations dont l’activité principale est cultuelle ou politique.</p>
  <h2>Quel montant ?</h2>
  <p>La subvention est comprise entre 5 000 et 40 000 euros par projet. Elle ne peut pas dépasser
  50 % des dépenses éligibles ; ce taux est porté à 70 % pour les projets implantés dans un
  quartier prioritaire de la politique de la ville ou dans une commune de moins de 2 000 habitants.
  Une même structure ne peut être aidée qu’une fois tous les deux ans.</p>
  <h2>Répartition de l’enveloppe 2025</h2>
  <table class="table">
    <caption>Enveloppe du FDISS 2025 par volet</caption>
    <thead>
      <tr><th scope="col">Volet</th><th scope="col">Objet</th><th scope="col">Montant</th></tr>
    </thead>
    <tbody>
      <tr><td>Volet 1</td><td>Création et développement d’activités</td><td>400 000 €</td></tr>
      <tr><td>Volet 2</td><td>Emploi et insertion</td><td>250 000 €</td></tr>
      <tr><td>Volet 3</td><td>Transition écologique et réemploi</td><td>150 000 €</td></tr>
      <tr><td>Volet 4</td><td>Études de faisabilité et ingénierie</td><td>50 000 €</td></tr>
      <tr class="total"><td><strong>Total</strong></td><td></td><td><strong>850 000 €</strong></td></tr>
    </tbody>
  </table>
  <h2>Calendrier</h2>
  <p>Les dossiers sont à déposer du 3 mars au 30 avril 2025 inclus, exclusivement sur la
  plateforme des aides du Département, aides.orvanne.fr. Un jury réunissant élus, représentants
  de la CRESS, de France Active et de la Banque des Territoires examinera les projets au mois de
  juin. Les subventions seront votées par la commission permanente du 7 juillet 2025.</p>
  <p>Deux webinaires d’information sont proposés aux porteurs de projets le 13 mars 2025 à 12 h 30
  et le 1er avril 2025 à 18 h. L’inscription est gratuite mais obligatoire.</p>
  <div class="download">
    <a href="/sites/default/files/2025-02/reglement-fdiss-2025.pdf" class="file-pdf">Télécharger le règlement (PDF, 412 Ko)</a>
    <a href="/sites/default/files/2025-02/dossier-candidature-fdiss-2025.docx" class="file-doc">Télécharger le dossier de candidature (DOCX, 86 Ko)</a>
  </div>
  <h2>Contact</h2>
  <p>Direction de l’attractivité et de l’emploi – Service économie sociale et solidaire<br>
  Téléphone : 05 63 41 72 90 – Courriel : fdiss@orvanne.fr</p>
  <div class="share share-bottom">
    <span>Cette page vous a-t-elle été utile ?</span> <button>Oui</button> <button>Non</button>
  </div>
</article>
</main>
<aside class="sidebar" aria-label="Actualités">
  <h2>À la une</h2>
  <ul class="news">
    <li><a href="/actualites/rd-912-travaux">RD 912 : travaux de renforcement de chaussée entre Lavaur-le-Haut et Sainte-Croix du 17 février au 28 mars</a></li>
    <li><a href="/actualites/restauration-colleges">Collèges : les inscriptions à la restauration scolaire pour la rentrée sont ouvertes</a></li>
    <li><a href="/actualites/nuits-orvanne">Festival des Nuits de l’Orvanne : la programmation 2025 dévoilée, 42 concerts dans 18 communes</a></li>
    <li><a href="/actualites/assistants-familiaux">Devenir assistant familial : réunion d’information le 20 février</a></li>
  </ul>
  <h2>Les chiffres du Département</h2>
  <p>312 000 habitants · 4 200 km de routes départementales · 27 collèges publics</p>
</aside>
</div>
<footer class="site-footer">
  <p>Département de l’Orvanne – Hôtel du Département, 1 place de la Préfecture, 81990 Castelnaud-sur-Orvanne</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="#" onclick="tarteaucitron.userInterface.openPanel();">Gestion des cookies</a></li>
  </ul>
  <p>© Département de l’Orvanne 2025</p>
</footer>
<script src="/themes/orvanne/js/main.min.js?v=3.8.2"></script>
<script>tarteaucitron.init({"privacyUrl": "/donnees-personnelles", "orientation": "bottom"});</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# 4. Markdown minutes — Conseil local de l'ESS de Rocheval
# ---------------------------------------------------------------------------

def _ws(text: str) -> str:
    """Collapse ASCII whitespace only (str.split() would also eat non-breaking spaces)."""
    return re.sub(r"[ \t\n]+", " ", text).strip()


def fr_nbsp(text: str) -> str:
    """French typography: non-breaking space inside guillemets and before ; : ? !"""
    text = text.replace("« ", "«" + NB).replace(" »", NB + "»")
    return re.sub(r" (?=[;:?!](\s|$))", NB, text)


def wrap_md(text: str, width: int = 72) -> str:
    out = []
    for block in text.strip("\n").split("\n\n"):
        block = fr_nbsp("\n".join(l.strip() for l in block.strip().split("\n")))
        lines = block.split("\n")
        if any(l.lstrip().startswith(("|", "-", "#", "*", "1.", "2.", "3.", "4.", "5.", "---", ">"))
               for l in lines) or block.startswith("title:"):
            out.append(block)
        else:
            out.append(textwrap.fill(_ws(block), width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n\n".join(out) + "\n"


def wrap_items(prefix: str, text: str, width: int = 72) -> str:
    return textwrap.fill(fr_nbsp(_ws(text)), width=width, initial_indent=prefix,
                         subsequent_indent=" " * len(prefix), break_long_words=False,
                         break_on_hyphens=False)


MD_FRONT = """---
title: "Compte rendu de la réunion du Conseil local de l’ESS de Rocheval – 11 mars 2025"
publisher: "Ville de Rocheval – Direction du développement économique et de l’emploi"
date: 2025-03-18
territory: "Rocheval"
type: compte-rendu
---
"""


def build_markdown() -> str:
    parts = [MD_FRONT.strip("\n"), ""]
    parts.append("# Compte rendu de la réunion du Conseil local de l’ESS du 11 mars 2025\n")
    parts.append(wrap_md(
        """Réunion tenue le mardi 11 mars 2025, de 18 h à 20 h 15, salle du conseil municipal
        de l’hôtel de ville de Rocheval. La séance est présidée par Sandrine Poulard, adjointe au
        maire chargée de l’économie sociale et solidaire et de la vie associative. Le secrétariat
        de séance est assuré par Thomas Guérin, chargé de mission ESS à la Ville."""))
    parts.append("## Participants\n")
    people = [
        "Sandrine Poulard, adjointe au maire chargée de l’ESS et de la vie associative (présidente de séance)",
        "Marc Desrosiers, conseiller municipal délégué au commerce de proximité",
        "Thomas Guérin, chargé de mission ESS, Ville de Rocheval",
        "Aïcha Benkirane, directrice de l’association Rocheval Emploi Solidarité (chantier d’insertion)",
        "Pierre-Yves Le Goff, gérant de la SCOP Atelier Menuiserie des Genêts",
        "Julie Ramos, coordinatrice de l’épicerie solidaire La Courte Échelle",
        "Bernard Chassagne, président du Secours populaire, comité de Rocheval",
        "Camille Ngo, chargée de développement territorial, CRESS",
        "Hugo Fabre, chargé d’affaires, France Active",
        "Émilie Vasseur, responsable de l’agence locale de Pôle emploi devenue France Travail",
    ]
    parts.append("\n".join(wrap_items("- ", p) for p in people) + "\n")
    parts.append(wrap_md(
        """Excusés : Laurent Mercier, maire de Rocheval ; Sophie Daguerre, directrice du centre
        communal d’action sociale."""))
    parts.append("## Ordre du jour\n")
    parts.append("1. Bilan du Mois de l’ESS 2024\n2. Bilan de l’appel à initiatives « Rocheval "
                 "Solidaire » 2024\n3. Appel à initiatives 2025 : enveloppe et calendrier\n"
                 "4. Projet de recyclerie dans le quartier des Genêts\n5. Clauses sociales dans "
                 "les marchés de la Ville\n6. Questions diverses\n")
    parts.append("## 1. Bilan du Mois de l’ESS 2024\n")
    parts.append(wrap_md(
        """Thomas Guérin présente le bilan de l’édition 2024 du Mois de l’ESS, organisée du 4 au
        29 novembre 2024. Vingt-trois événements ont été proposés par quatorze structures et ont
        réuni 1 120 participants, contre 860 en 2023. Le forum « Entreprendre autrement », organisé
        le 16 novembre 2024 à la halle Saint-Martin, a accueilli à lui seul 380 visiteurs et
        27 exposants.

        Les participants soulignent la bonne fréquentation des visites d’entreprises, mais
        regrettent la faible présence des collégiens et lycéens. Camille Ngo propose que la CRESS
        accompagne en 2025 deux établissements scolaires dans le cadre du programme « Mon ESS à
        l’école »."""))
    parts.append("## 2. Bilan de l’appel à initiatives « Rocheval Solidaire » 2024\n")
    parts.append(wrap_md(
        """L’appel à initiatives 2024, doté de 50 000 euros, a reçu 17 candidatures. Le jury
        a retenu six projets, pour un montant total de 48 500 euros. Le détail figure dans le
        tableau ci-dessous."""))
    parts.append(
        "| Porteur | Projet | Montant accordé | Emplois créés |\n"
        "|---|---|---:|---:|\n"
        "| La Courte Échelle | Extension de l’épicerie solidaire | 9 000 € | 1 |\n"
        "| Rocheval Emploi Solidarité | Atelier de réparation de vélos | 12 000 € | 3 |\n"
        "| SCOP Atelier Menuiserie des Genêts | Mobilier en bois de réemploi | 8 500 € | 1 |\n"
        "| Les Jardins du Plateau | Jardin partagé et vente de légumes | 6 000 € | 0 |\n"
        "| Association Parents Solidaires | Garde d’enfants à horaires décalés | 7 500 € | 2 |\n"
        "| Compagnie du Pas de Côté | Café culturel itinérant | 5 500 € | 1 |\n"
        "| **Total** | | **48 500 €** | **8** |\n")
    parts.append(wrap_md(
        """Julie Ramos indique que l’extension de l’épicerie solidaire a permis d’accueillir
        140 familles supplémentaires depuis septembre 2024. Aïcha Benkirane précise que l’atelier
        vélo a remis en circulation 310 vélos en six mois."""))
    parts.append("## 3. Appel à initiatives 2025 : enveloppe et calendrier\n")
    parts.append(wrap_md(
        """Sandrine Poulard annonce que le budget primitif 2025 de la Ville, voté le 6 février 2025,
        porte l’enveloppe de l’appel à initiatives à 60 000 euros. Le plafond de l’aide est fixé
        à 8 000 euros par projet, sauf pour les projets créant au moins deux emplois, pour lesquels
        il est porté à 12 000 euros. Une bonification est prévue pour les projets implantés dans
        les quartiers des Genêts et du Val-Fleuri.

        Hugo Fabre rappelle que France Active peut compléter les subventions par des garanties
        bancaires et des prêts d’honneur, et propose de participer au jury."""))
    parts.append("**Décisions :**\n")
    parts.append("\n".join(wrap_items("- ", d) for d in [
        "le conseil valide une enveloppe de 60 000 euros pour l’appel à initiatives 2025 ;",
        "l’appel à initiatives sera lancé le 2 avril 2025 et clos le 16 mai 2025 à midi ;",
        "le jury se réunira le 12 juin 2025 ; il comprendra deux élus, un représentant de la CRESS "
        "et un représentant de France Active ;",
        "les résultats seront présentés au conseil municipal du 3 juillet 2025.",
    ]) + "\n")
    parts.append("## 4. Projet de recyclerie dans le quartier des Genêts\n")
    parts.append(wrap_md(
        """Aïcha Benkirane présente le projet de recyclerie porté par Rocheval Emploi Solidarité
        dans l’ancien supermarché de l’avenue Jean-Jaurès, inoccupé depuis 2021. Le projet prévoit
        une surface de vente de 600 m², un atelier de réparation et la création de 12 postes en
        insertion et de 3 postes d’encadrants. Le besoin d’investissement est estimé à
        420 000 euros.

        Les membres du conseil soulignent l’intérêt du projet mais s’interrogent sur le coût de
        remise aux normes du bâtiment. Marc Desrosiers signale que des commerçants de l’avenue
        craignent une concurrence avec les dépôts-ventes existants."""))
    parts.append("**Décision :**\n")
    parts.append(wrap_md(
        """Le conseil donne un avis favorable au lancement d’une étude de faisabilité, confiée au
        cabinet Ecoval Conseil pour un montant de 18 500 euros HT, cofinancée par la Ville et par
        la Banque des Territoires. Les conclusions de l’étude sont attendues pour le 30 septembre
        2025."""))
    parts.append("## 5. Clauses sociales dans les marchés de la Ville\n")
    parts.append(wrap_md(
        """Thomas Guérin indique qu’en 2024, 11 marchés de la Ville comportaient une clause
        d’insertion, représentant 14 200 heures de travail réalisées par des personnes éloignées
        de l’emploi. L’objectif fixé par le schéma de promotion des achats socialement
        responsables est d’atteindre 20 000 heures en 2026. Deux marchés ont par ailleurs été
        réservés à des structures d’insertion : l’entretien des espaces verts du cimetière et le
        nettoyage des locaux associatifs."""))
    parts.append("## 6. Questions diverses\n")
    parts.append(wrap_md(
        """Bernard Chassagne demande que la Ville étudie la mise à disposition d’un local de
        stockage pour la collecte alimentaire. Sandrine Poulard indique qu’une réponse sera
        apportée lors de la prochaine réunion.

        La prochaine réunion du Conseil local de l’ESS aura lieu le mardi 24 juin 2025 à 18 h.

        *Compte rendu rédigé par Thomas Guérin et validé par Sandrine Poulard le 18 mars 2025.*"""))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# 5. Plain-text call for projects — CC Serrières-Morvois
# ---------------------------------------------------------------------------

def build_txt() -> str:
    W = 76

    def para(t):
        return textwrap.fill(fr_nbsp(_ws(t)), width=W, break_long_words=False,
                             break_on_hyphens=False)

    def item(t, prefix="  - "):
        return textwrap.fill(fr_nbsp(_ws(t)), width=W, initial_indent=prefix,
                             subsequent_indent=" " * len(prefix), break_long_words=False,
                             break_on_hyphens=False)

    def title(t):
        return t + "\n" + "-" * len(t)

    out = []
    out.append("COMMUNAUTÉ DE COMMUNES SERRIÈRES-MORVOIS")
    out.append("Pôle développement territorial")
    out.append("")
    out.append("=" * 62)
    out.append("APPEL À PROJETS 2025 « TIERS-LIEUX ET RÉEMPLOI »")
    out.append("Soutien aux initiatives de l’économie sociale et solidaire")
    out.append("=" * 62)
    out.append("")
    out.append("Date de publication : 6 janvier 2025")
    out.append("Date limite de dépôt des candidatures : 14 mars 2025 à 12 h")
    out.append("")
    out.append(title("1. Contexte"))
    out.append("")
    out.append(para(
        """La Communauté de communes Serrières-Morvois regroupe 19 communes et 23 750 habitants.
        Dans son projet de territoire 2021-2026, elle s’est fixé pour objectif de maintenir des
        services et des lieux de vie dans les bourgs, et de réduire de 15 % les déchets ménagers
        et assimilés par habitant d’ici 2030 par rapport à 2019. En 2023, chaque habitant a
        produit 548 kg de déchets ménagers et assimilés, dont 112 kg d’encombrants et de
        déchets apportés en déchèterie qui auraient pu, pour une part, être réemployés."""))
    out.append("")
    out.append(para(
        """Le présent appel à projets vise à soutenir les structures de l’économie sociale et
        solidaire qui créent des tiers-lieux ou développent des activités de réemploi, de
        réparation et de recyclage sur le territoire. Il est financé par la Communauté de
        communes avec le concours de l’État au titre du Fonds national d’aménagement et de
        développement du territoire (FNADT)."""))
    out.append("")
    out.append(title("2. Projets attendus"))
    out.append("")
    out.append(para("Deux catégories de projets peuvent être présentées :"))
    out.append("")
    out.append(item(
        """Catégorie A – Tiers-lieux : création ou développement de lieux partagés ouverts au
        public (espaces de travail partagés, ateliers de fabrication, cafés associatifs, espaces
        de services au public), situés de préférence dans une commune de moins de 1 500
        habitants."""))
    out.append(item(
        """Catégorie B – Réemploi et réparation : ressourceries, recycleries, repair cafés,
        ateliers de réparation de vélos ou d’électroménager, matériauthèques, légumeries ou
        bricothèques."""))
    out.append("")
    out.append(para(
        """Les projets doivent associer les habitants à leur conception ou à leur gouvernance et
        démontrer leur viabilité économique à trois ans."""))
    out.append("")
    out.append(title("3. Qui peut candidater ?"))
    out.append("")
    out.append(para("Sont éligibles les structures suivantes, dès lors que le projet est réalisé sur "
                    "le territoire de l’une des 19 communes :"))
    out.append("")
    for t in ["les associations loi 1901 déclarées depuis au moins six mois ;",
              "les sociétés coopératives (SCOP, SCIC) et les coopératives d’activité et d’emploi ;",
              "les entreprises bénéficiant de l’agrément ESUS (entreprise solidaire d’utilité sociale) ;",
              "les structures d’insertion par l’activité économique."]:
        out.append(item(t))
    out.append("")
    out.append(para(
        """Ne sont pas éligibles : les particuliers, les communes et leurs établissements publics,
        les entreprises commerciales ne disposant pas de l’agrément ESUS et les associations dont
        le projet relève principalement d’une activité cultuelle ou politique. Une association
        en cours de création peut déposer un dossier si ses statuts sont déposés en préfecture
        avant la date limite."""))
    out.append("")
    out.append(title("4. Montant de l’aide"))
    out.append("")
    out.append(para(
        """L’enveloppe totale de l’appel à projets est de 120 000 euros pour l’année 2025, dont
        80 000 euros pour la catégorie A et 40 000 euros pour la catégorie B."""))
    out.append("")
    out.append(para(
        """L’aide prend la forme d’une subvention. Elle peut atteindre 25 000 euros par projet pour
        les dépenses d’investissement (travaux, aménagement, équipement) et 10 000 euros par
        projet pour les dépenses de fonctionnement liées au démarrage (animation, salaires de la
        première année). Le taux d’aide publique ne peut excéder 60 % du coût total du projet ;
        un autofinancement ou des financements privés d’au moins 20 % sont exigés."""))
    out.append("")
    out.append(para(
        """Sont exclues des dépenses éligibles : l’acquisition de terrains ou de bâtiments, les
        véhicules, les dépenses engagées avant la date de dépôt du dossier et le remboursement
        d’emprunts."""))
    out.append("")
    out.append(title("5. Critères de sélection"))
    out.append("")
    out.append(para("Les projets sont notés sur 100 points selon la grille suivante :"))
    out.append("")
    out.append("    Critère                                           Points")
    out.append("    ------------------------------------------------  ------")
    out.append("    Utilité sociale et réponse à un besoin local          30")
    out.append("    Impact environnemental (déchets évités, réemploi)     25")
    out.append("    Viabilité économique et plan de financement           20")
    out.append("    Implication des habitants et des partenaires          15")
    out.append("    Création d’emplois locaux                             10")
    out.append("    ------------------------------------------------  ------")
    out.append("    Total                                                100")
    out.append("")
    out.append(para("Les projets n’obtenant pas au moins 50 points ne pourront pas être retenus."))
    out.append("")
    out.append(title("6. Calendrier"))
    out.append("")
    for t in [
        "6 janvier 2025 : lancement de l’appel à projets ;",
        "23 janvier 2025 à 18 h : réunion d’information à la Maison des services de Serrières, "
        "12 rue de la Poste (également retransmise en visioconférence) ;",
        "14 mars 2025 à 12 h : date limite de dépôt des dossiers ;",
        "du 7 au 9 avril 2025 : audition des candidats par le comité de sélection ;",
        "22 mai 2025 : décision du conseil communautaire ;",
        "à partir de juin 2025 : signature des conventions et versement d’une avance de 30 %.",
    ]:
        out.append(item(t))
    out.append("")
    out.append(para(
        """Les projets retenus devront avoir démarré avant le 31 décembre 2025 et être achevés au
        plus tard le 30 juin 2027."""))
    out.append("")
    out.append(title("7. Dossier de candidature"))
    out.append("")
    out.append(para(
        """Le dossier comprend : le formulaire de candidature, une présentation du projet de
        cinq pages maximum, le budget prévisionnel, les statuts et la liste des membres du
        conseil d’administration, le dernier bilan financier approuvé et un relevé d’identité
        bancaire. Il est envoyé par courriel à l’adresse ci-dessous ou déposé en un exemplaire
        papier au siège de la Communauté de communes, 3 place du Champ-de-Foire, Serrières."""))
    out.append("")
    out.append(title("8. Contact"))
    out.append("")
    out.append("Mathilde Arnoux, chargée de mission économie de proximité et ESS")
    out.append("Tél. : 03 86 52 18 40 – Courriel : aap-ess@cc-serrieres-morvois.fr")
    out.append("")
    out.append(para(
        """Un accompagnement au montage du dossier est proposé gratuitement aux porteurs de
        projets, sur rendez-vous, par la chargée de mission et par le dispositif local
        d’accompagnement (DLA)."""))
    out.append("")
    out.append("Serrières, le 6 janvier 2025")
    out.append("Le Président de la Communauté de communes,")
    out.append("Jean-Michel Dauvergne")
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    outdir = Path(argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    build_report(outdir / "diagnostic-ess-2024-cc-vallee-aubrelle.pdf")
    build_convention(outdir / "convention-belcourt-agglo-cress-2025-2027.pdf")
    (outdir / "departement-orvanne-fonds-ess-2025.html").write_text(HTML, encoding="utf-8")
    (outdir / "compte-rendu-conseil-local-ess-rocheval-2025-03-11.md").write_text(
        build_markdown(), encoding="utf-8")
    (outdir / "appel-a-projets-tiers-lieux-serrieres-morvois-2025.txt").write_text(
        build_txt(), encoding="utf-8")
    for p in sorted(outdir.iterdir()):
        print(f"{p.name}\t{p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
