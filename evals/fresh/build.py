"""Build the fresh held-out evaluation documents (fictional French ESS documents).

Usage:  .venv/bin/python evals/fresh/build.py OUTDIR

Writes, deterministically (byte-identical on every run):
  feuille-de-route-ess-2025-2028-departement-sarsonne.pdf     6-page typeset roadmap
  grand-marvege-appel-a-projets-initiatives-solidaires-2025.html  intercommunality web page
  compte-rendu-comite-fonds-sorbelle-solidaire-2025-02-06.md  meeting minutes, YAML front matter
  charte-locale-ess-castelbrune.txt                           charter, hard-wrapped at 75 columns

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
NB = "\u00a0"   # non-breaking space inside figures ("17 930", "12,8 %")
SHY = "\u00ad"  # soft hyphen (justified, hyphenated typesetting)

_DIC = pyphen.Pyphen(lang="fr", left=2, right=3)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]+")

PDF_NAME = "feuille-de-route-ess-2025-2028-departement-sarsonne.pdf"
HTML_NAME = "grand-marvege-appel-a-projets-initiatives-solidaires-2025.html"
MD_NAME = "compte-rendu-comite-fonds-sorbelle-solidaire-2025-02-06.md"
TXT_NAME = "charte-locale-ess-castelbrune.txt"


def hy(text: str, minlen: int = 9) -> str:
    """Soft hyphens in long lower-case words (proper nouns left alone)."""

    def rep(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < minlen or w[0].isupper():
            return w
        return _DIC.inserted(w, hyphen=SHY)

    return _WORD.sub(rep, text)


def nb(text: str) -> str:
    """French typography: non-breaking spaces in figures and before units."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NB, text)
    text = re.sub(r"(?<=\d) (?=(%|€|euros\b|salariés\b|membres\b|habitants\b))", NB, text)
    return text


def P(text: str) -> str:
    return hy(nb(" ".join(text.split())))


# ---------------------------------------------------------------------------
# a. PDF — Feuille de route ESS 2025-2028 du Département de la Sarsonne
# ---------------------------------------------------------------------------

BLUE = (23, 92, 84)


class Roadmap(FPDF):
    running = "Département de la Sarsonne — Feuille de route de l’économie sociale et solidaire 2025-2028"

    def header(self):
        if self.page_no() == 1:
            self.set_y(20)
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(105, 105, 105)
        self.set_xy(self.l_margin, 9)
        self.cell(0, 5, self.running, align="L")
        self.set_draw_color(*BLUE)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(105, 105, 105)
        self.cell(0, 5, "Feuille de route ESS 2025-2028", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"{self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def h1(self, text: str):
        self.start_section(text, level=0)
        self.ln(1.5)
        self.set_font("Sans", "B", 14.5)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 7.2, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.8)

    def h2(self, text: str):
        self.start_section(text, level=1)
        self.ln(1)
        self.set_font("Sans", "B", 11.5)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(0.8)

    def para(self, text: str, style: str = "", size: float = 10.5):
        self.set_font("Serif", style, size)
        self.multi_cell(0, 5.25, P(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2)

    def bullets(self, items, size: float = 10.5, mark: str = "–"):
        self.set_font("Serif", "", size)
        for it in items:
            self.set_x(self.l_margin + 3)
            self.cell(5, 5.25, mark)
            self.multi_cell(0, 5.25, P(it), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.7)
        self.ln(1.3)

    def table(self, caption, headings, rows, total, widths, aligns, source):
        if self.get_y() + 6 * (len(rows) + 3) + 8 > self.page_break_trigger:
            self.add_page()  # keep the caption with its table
        self.set_font("Sans", "B", 9.5)
        self.cell(0, 6, caption, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Sans", "", 9.5)
        self.set_draw_color(150, 150, 150)
        with super().table(col_widths=widths, text_align=aligns, line_height=6,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(221, 236, 233)),
                           first_row_as_headings=True) as t:
            r = t.row()
            for h in headings:
                r.cell(h)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(nb(c))
            r = t.row()
            for c in total:
                r.cell(nb(c), style=FontFace(emphasis="BOLD"))
        self.set_font("Sans", "I", 8)
        self.cell(0, 5, source, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(2.5)


def build_pdf(out: Path) -> None:
    pdf = Roadmap(format="A4", unit="mm")
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(21, 21, 21)
    pdf.set_auto_page_break(True, margin=19)
    pdf.set_title("Feuille de route de l’économie sociale et solidaire 2025-2028 – Département de la Sarsonne")
    pdf.set_author("Département de la Sarsonne – Direction de l’attractivité et des solidarités territoriales")
    pdf.set_subject("Stratégie départementale de soutien à l’économie sociale et solidaire")
    pdf.set_keywords("ESS, feuille de route, PTCE, Sarsonne, emploi, coopération")
    pdf.set_creator("Traitement de texte")
    pdf.set_creation_date(dt.datetime(2025, 3, 20, 9, 30, 0, tzinfo=dt.UTC))
    pdf.set_lang("fr-FR")

    # ---- Page 1: cover + « En bref »
    pdf.add_page()
    pdf.ln(10)
    pdf.set_font("Sans", "B", 11)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 6, "DÉPARTEMENT DE LA SARSONNE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("Sans", "B", 23)
    pdf.multi_cell(0, 10.5, "Feuille de route de l’économie sociale et solidaire 2025-2028",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Sans", "", 13)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(0, 6.5, "Entreprendre autrement, coopérer partout", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Sans", "I", 10)
    pdf.multi_cell(0, 5.5, "Document adopté par l’Assemblée départementale le 14 mars 2025 "
                   "(délibération n° 2025-03-41).", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(12)
    pdf.start_section("En bref", level=0)
    pdf.set_font("Sans", "B", 13)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 7, "En bref", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)
    pdf.bullets([
        "1 486 établissements employeurs de l’économie sociale et solidaire et 17 930 salariés en "
        "2023, soit 12,8 % de l’emploi salarié du département.",
        "Des effectifs salariés de l’ESS en hausse de 4,9 % entre 2019 et 2023.",
        "Quatre orientations et dix-huit actions, dotées de 2,4 millions d’euros sur quatre ans.",
        "Trois pôles territoriaux de coopération économique (PTCE) déjà actifs, et un quatrième en "
        "préparation sur le Plateau de Chanteval.",
        "Un comité de pilotage partenarial réuni deux fois par an et une conférence départementale "
        "de l’ESS chaque automne.",
    ], mark="•")

    # ---- Page 2: éditorial + définitions
    pdf.add_page()
    pdf.h1("Éditorial")
    for e in [
        "En Sarsonne, bien des services essentiels reposent sur des associations, des coopératives "
        "et des mutuelles : l’aide à domicile dans nos villages, les épiceries solidaires, les "
        "chantiers d’insertion qui entretiennent nos rivières, les coopératives agricoles qui "
        "transforment nos céréales et notre lait. Ces entreprises ne se délocalisent pas ; elles "
        "créent des emplois là où vivent les habitants.",
        "Avec cette première feuille de route, le Département affirme son rôle de partenaire de "
        "l’économie sociale et solidaire. Elle a été élaborée pendant une année avec plus de cent "
        "vingt structures, les cinq intercommunalités et nos partenaires institutionnels. Elle "
        "engage notre collectivité jusqu’en 2028.",
    ]:
        pdf.para(e, style="I")
    pdf.set_x(pdf.w - pdf.r_margin - 80)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(80, 5.5, "Hélène Castagnède", align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(80, 5, "Présidente du Département de la Sarsonne", align="C",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    pdf.h1("1. Qu’est-ce que l’économie sociale et solidaire ?")
    pdf.para(
        "L’économie sociale et solidaire (ESS) désigne l’ensemble des entreprises qui cherchent à "
        "concilier activité économique et utilité sociale, en plaçant la personne, et non le "
        "capital, au cœur de leur projet. Reconnue par la loi du 31 juillet 2014, elle regroupe les "
        "associations, les coopératives, les mutuelles et les fondations, ainsi que les sociétés "
        "commerciales qui en respectent les principes et recherchent une utilité sociale.")
    pdf.para("Ces entreprises partagent quatre principes communs, inscrits dans la loi :")
    pdf.bullets([
        "un but poursuivi autre que le seul partage des bénéfices ;",
        "une gouvernance démocratique, qui associe les membres, les salariés et les parties "
        "prenantes aux décisions, selon le principe « une personne, une voix » ;",
        "une lucrativité limitée : les bénéfices sont majoritairement consacrés au maintien ou au "
        "développement de l’activité ;",
        "des réserves obligatoires impartageables, qui ne peuvent pas être distribuées aux associés.",
    ])
    pdf.h2("Qu’est-ce qu’un PTCE ?")
    pdf.para(
        "Un pôle territorial de coopération économique (PTCE) est un groupement, sur un même "
        "territoire, d’entreprises de l’ESS, d’entreprises classiques, de collectivités locales et "
        "d’établissements de formation ou de recherche, qui mettent en œuvre une stratégie commune "
        "et continue de coopération au service de projets économiques socialement innovants. Un "
        "PTCE dispose d’une structure porteuse, le plus souvent une association ou une SCIC, et "
        "d’une équipe d’animation.")

    # ---- Page 3 (flows to 4): chiffres clés
    pdf.add_page()
    pdf.h1("2. L’ESS en Sarsonne : les chiffres clés")
    pdf.h2("2.1 Un poids supérieur à la moyenne régionale")
    pdf.para(
        "Le Département de la Sarsonne compte 412 600 habitants et 140 300 emplois salariés. En "
        "2023, 1 486 établissements employeurs de l’ESS y emploient 17 930 salariés, soit 12,8 % de "
        "l’emploi salarié, contre 11,4 % en moyenne régionale. Entre 2019 et 2023, les effectifs "
        "salariés de l’ESS ont progressé de 4,9 %, soit 838 emplois supplémentaires, alors que "
        "l’emploi privé hors ESS ne progressait que de 2,2 %.")
    pdf.para(
        "Les associations rassemblent 1 214 établissements et 13 420 salariés, soit les trois "
        "quarts des emplois de l’ESS. Les coopératives, très présentes dans l’agriculture et la "
        "banque, comptent 178 établissements et 2 655 salariés ; les mutuelles 61 établissements et "
        "1 287 salariés ; les fondations 33 établissements et 568 salariés.")
    pdf.h2("2.2 Des situations contrastées selon les intercommunalités")
    pdf.para(
        "Le poids de l’ESS varie sensiblement d’une intercommunalité à l’autre, comme le montre le "
        "tableau ci-dessous.")
    pdf.table(
        "Tableau 1 – L’ESS par intercommunalité (2023)",
        ("Intercommunalité", "Établissements", "Salariés", "Part de l’emploi salarié"),
        [
            ("Pont-Ardel Agglomération", "612", "8 245", "14,1 %"),
            ("CC du Pays de Vernèges", "248", "2 967", "12,6 %"),
            ("CC des Coteaux de l’Isaure", "231", "2 514", "11,9 %"),
            ("CC de Haute-Sarsonne", "214", "2 380", "13,4 %"),
            ("CC du Plateau de Chanteval", "181", "1 824", "10,2 %"),
        ],
        ("Total Sarsonne", "1 486", "17 930", "12,8 %"),
        (60, 34, 28, 46), ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        "Source : Insee, Flores 2023 – traitement Observatoire régional de l’ESS.")
    pdf.para(
        "Pont-Ardel Agglomération concentre 46 % des salariés de l’ESS du département. La ville de "
        "Pont-Ardel compte à elle seule 5 610 salariés de l’ESS, principalement dans le "
        "médico-social, la santé et l’enseignement privé. Hors de la préfecture, l’ESS reste un "
        "employeur de premier plan dans les bourgs-centres : à Vernèges, ville-centre de 7 900 "
        "habitants, elle emploie 1 312 salariés ; à Saint-Hilaire-d’Isaure, 784 salariés ; à "
        "Chanteval-le-Haut, 395 salariés, soit près d’un emploi salarié sur cinq dans cette commune "
        "de montagne.")
    pdf.h2("2.3 Des défis partagés")
    pdf.para(
        "Les rencontres organisées dans les cinq intercommunalités au cours de l’année 2024 ont "
        "fait ressortir des difficultés communes à l’ensemble des territoires. La première est "
        "celle du recrutement : les structures de l’aide à domicile, de l’accueil des personnes "
        "âgées et de l’accompagnement des personnes handicapées déclarent toutes des postes non "
        "pourvus, et l’absence de transports collectifs pénalise les candidats qui n’ont pas de "
        "véhicule. La deuxième tient au renouvellement des dirigeants bénévoles : dans de nombreuses "
        "associations employeuses, les présidents sont en fonction depuis plus de quinze ans et ne "
        "trouvent pas de successeur. La troisième concerne les modèles économiques : la hausse des "
        "prix de l’énergie et des salaires a fragilisé les budgets, tandis que les financements "
        "publics restent souvent annuels et versés tardivement. Les acteurs ont enfin souligné le "
        "manque de visibilité de l’ESS auprès des jeunes et des entreprises classiques, qui "
        "connaissent mal les coopératives et les structures d’insertion présentes près de chez "
        "eux. Plusieurs participants ont rappelé que les entreprises de l’ESS du département "
        "forment chaque année plusieurs centaines de jeunes en apprentissage ou en service "
        "civique, sans que cette contribution soit reconnue. Pour répondre à ces défis, les "
        "acteurs ont demandé au Département d’agir comme un ensemblier : réunir les financeurs "
        "autour d’un dossier unique, mettre en relation les structures avec les entreprises du "
        "territoire et donner aux projets une visibilité pluriannuelle, au-delà du seul soutien "
        "financier ponctuel.")

    # ---- principes d'action, orientations, PTCE
    pdf.h1("3. Nos principes d’action")
    pdf.para(
        "La feuille de route repose sur cinq principes d’action, définis avec les acteurs lors des "
        "Rencontres départementales de l’ESS d’octobre 2024 :")
    pdf.bullets([
        "la coconstruction : chaque action est conçue et suivie avec les structures concernées ;",
        "l’équité territoriale : au moins 40 % des crédits bénéficient aux territoires situés hors "
        "de Pont-Ardel Agglomération ;",
        "la sobriété : les projets économes en ressources et en foncier sont privilégiés ;",
        "la simplification : un dossier unique de demande d’aide et une réponse sous deux mois ;",
        "l’évaluation partagée : les résultats sont présentés chaque année aux acteurs.",
    ])
    pdf.h1("4. Quatre orientations, dix-huit actions")
    pdf.bullets([
        "Orientation 1 – Entreprendre autrement : soutenir la création, le développement et la "
        "reprise d’entreprises de l’ESS, notamment la transformation de PME en SCOP lors du départ "
        "à la retraite de leurs dirigeants.",
        "Orientation 2 – Coopérer dans les territoires : accompagner les PTCE et les tiers-lieux, "
        "et faire émerger un quatrième PTCE sur le Plateau de Chanteval d’ici 2026.",
        "Orientation 3 – Acheter responsable et favoriser l’insertion : porter de 9 % à 15 % d’ici "
        "2028 la part des marchés du Département comportant une clause sociale.",
        "Orientation 4 – Faire connaître l’ESS : sensibiliser les collégiens, soutenir le Mois de "
        "l’ESS et publier un annuaire en ligne des structures.",
    ])
    pdf.h2("Les PTCE du département")
    pdf.para(
        "Trois PTCE sont aujourd’hui actifs. Le PTCE Réemploi Pont-Ardel fédère 34 membres autour "
        "de la collecte, de la réparation et de la revente d’objets. Le PTCE Isaure Alimentation "
        "Durable, installé à Saint-Hilaire-d’Isaure, réunit 27 membres, dont 11 exploitations "
        "agricoles, et approvisionne les cantines de neuf collèges. Le PTCE Mobilités Vernèges, "
        "lancé en 2023 avec 16 membres, organise le transport solidaire et l’autopartage dans les "
        "communes rurales du Pays de Vernèges.")

    # ---- moyens, gouvernance, glossaire
    pdf.h1("5. Les moyens financiers")
    pdf.para(
        "Le Département consacre 2,4 millions d’euros à la feuille de route sur la période "
        "2025-2028, soit 600 000 euros par an, répartis entre les quatre orientations.")
    pdf.table(
        "Tableau 2 – Crédits de la feuille de route par orientation (2025-2028)",
        ("Orientation", "Crédits 2025-2028"),
        [
            ("1 – Entreprendre autrement", "820 000 €"),
            ("2 – Coopérer dans les territoires", "640 000 €"),
            ("3 – Acheter responsable et favoriser l’insertion", "540 000 €"),
            ("4 – Faire connaître l’ESS", "400 000 €"),
        ],
        ("Total", "2 400 000 €"),
        (120, 48), ("LEFT", "RIGHT"),
        "Source : délibération n° 2025-03-41 du 14 mars 2025.")
    pdf.para(
        "Ces crédits s’ajoutent à ceux que le Département consacre à l’insertion par l’activité "
        "économique dans le cadre de son programme départemental d’insertion.")
    pdf.h1("6. Gouvernance et suivi")
    pdf.para(
        "Le comité de pilotage de la feuille de route est présidé par Yannick Roumégoux, "
        "vice-président chargé de l’insertion et de l’économie sociale et solidaire. Il réunit des "
        "élus départementaux, la chambre régionale de l’ESS, les cinq intercommunalités, l’État, la "
        "Région, les réseaux d’accompagnement et des représentants des structures. Il se réunit "
        "deux fois par an, au printemps et à l’automne.")
    pdf.para(
        "Une conférence départementale de l’ESS, ouverte à tous les acteurs, est organisée chaque "
        "année en novembre. Une évaluation à mi-parcours sera conduite en 2027 par un prestataire "
        "extérieur ; ses conclusions permettront d’ajuster les actions pour la dernière année.")
    pdf.h2("Glossaire")
    pdf.bullets([
        "ESUS : entreprise solidaire d’utilité sociale ; agrément délivré par le préfet aux "
        "entreprises de l’ESS dont l’activité a un impact social significatif.",
        "SCIC : société coopérative d’intérêt collectif, qui associe des salariés, des "
        "bénéficiaires et d’autres parties prenantes, dont des collectivités.",
        "SIAE : structure d’insertion par l’activité économique (chantier d’insertion, entreprise "
        "d’insertion, association intermédiaire).",
    ], size=9.5)
    pdf.ln(2)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(0, 4.5, P(
        "Contact : Mathilde Ferrandou, cheffe du service Économie de proximité et ESS, Direction de "
        "l’attractivité et des solidarités territoriales, Hôtel du Département, 1 cours de la "
        "Préfecture, Pont-Ardel."), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)

    assert 4 <= pdf.page_no() <= 6, f"roadmap has {pdf.page_no()} pages"
    pdf.output(str(out))


# ---------------------------------------------------------------------------
# b. HTML — Grand Marvège Agglomération, appel à projets 2025
# ---------------------------------------------------------------------------

HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Appel à projets « Initiatives solidaires de proximité » 2025 | Grand Marvège Agglomération</title>
<meta name="description" content="L&rsquo;Agglomération du Grand Marvège soutient les projets d&rsquo;économie sociale et solidaire de proximité. Candidatures jusqu&rsquo;au 16 mai 2025.">
<link rel="canonical" href="https://www.grand-marvege.fr/entreprendre/ess/appel-a-projets-initiatives-solidaires-2025">
<meta property="og:title" content="Initiatives solidaires de proximité : l&rsquo;appel à projets 2025 est ouvert">
<meta property="og:site_name" content="Grand Marvège Agglomération">
<meta property="article:published_time" content="2025-03-17T08:30:00+01:00">
<link rel="stylesheet" href="/assets/css/gma.min.css?v=2.14.0">
<script>
  var _paq = window._paq = window._paq || [];
  _paq.push(['requireConsent']);
  _paq.push(['trackPageView']);
  (function(){ var u="https://stats.grand-marvege.fr/"; _paq.push(['setSiteId', '3']); })();
</script>
<style>
  .cookie-consent{position:fixed;bottom:0;left:0;right:0;background:#1b3d5c;color:#fff;padding:1rem}
  .sidebar .news-item{border-bottom:1px solid #ddd}
</style>
</head>
<body class="page-template-article">
<div class="cookie-consent" id="cookie-consent" role="dialog" aria-live="polite">
  <p>Nous utilisons des cookies pour améliorer votre expérience et réaliser des statistiques de
  visite anonymes. <a href="/donnees-personnelles">En savoir plus</a></p>
  <button type="button" data-consent="accept">J&rsquo;accepte</button>
  <button type="button" data-consent="refuse">Je refuse</button>
</div>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="top">
  <a href="/" class="brand"><img src="/assets/img/logo-gma.svg" alt="Grand Marvège Agglomération – accueil"></a>
  <ul class="quick-links">
    <li><a href="/espace-citoyen">Mon espace citoyen</a></li>
    <li><a href="/offres-emploi">Offres d&rsquo;emploi</a></li>
    <li><a href="/contact">Contact</a></li>
  </ul>
  <nav aria-label="Navigation principale">
    <ul class="menu">
      <li><a href="/agglo">L&rsquo;Agglo</a></li>
      <li><a href="/vivre">Vivre au quotidien</a></li>
      <li><a href="/dechets">Déchets et propreté</a></li>
      <li><a href="/mobilites">Bus et mobilités</a></li>
      <li class="current"><a href="/entreprendre">Entreprendre</a></li>
      <li><a href="/culture-loisirs">Culture et loisirs</a></li>
    </ul>
  </nav>
  <form role="search" action="/recherche"><label for="q">Rechercher</label><input id="q" name="q" type="search"><button>Go</button></form>
</header>

<ol class="breadcrumb">
  <li><a href="/">Accueil</a></li>
  <li><a href="/entreprendre">Entreprendre</a></li>
  <li><a href="/entreprendre/ess">Économie sociale et solidaire</a></li>
  <li aria-current="page">Appel à projets 2025</li>
</ol>

<div class="layout">
<main id="contenu">
<article>
  <p class="kicker">Économie sociale et solidaire</p>
  <h1>Appel à projets « Initiatives solidaires de proximité » 2025</h1>
  <p class="meta">Publié le 17 mars 2025 – Mis à jour le 24 mars 2025 – Temps de lecture : 5 min</p>
  <div class="share">
    <a href="#" class="share-fb">Partager sur Facebook</a>
    <a href="#" class="share-li">Partager sur LinkedIn</a>
    <a href="#" class="share-mail">Envoyer par courriel</a>
    <a href="javascript:window.print()">Imprimer</a>
  </div>
  <figure>
    <img src="/medias/2025/03/epicerie-solidaire-bessac.jpg" alt="Bénévoles dans une épicerie solidaire">
    <figcaption>L&rsquo;épicerie solidaire de Bessac, lauréate en 2024. © GMA / P. Ternaud</figcaption>
  </figure>

  <p class="chapo">Pour la troisième année, Grand Marvège Agglomération lance son appel à projets
  « Initiatives solidaires de proximité ». Doté de 150&nbsp;000&nbsp;euros, il soutient
  des projets d&rsquo;économie sociale et solidaire qui répondent à des besoins du quotidien
  dans les 22&nbsp;communes de l&rsquo;agglomération : alimentation, mobilité,
  réemploi, accès aux droits et lien social.</p>

  <h2>Qui peut candidater ?</h2>
  <p>L&rsquo;appel à projets est ouvert aux structures suivantes, dont le siège ou
  un établissement est situé sur le territoire de l&rsquo;agglomération :</p>
  <ul>
    <li>les associations loi 1901 déclarées depuis au moins un an à la date de dépôt du dossier ;</li>
    <li>les coopératives : SCOP, SCIC et coopératives d&rsquo;activité et d&rsquo;emploi (CAE) ;</li>
    <li>les entreprises bénéficiant de l&rsquo;agrément ESUS ;</li>
    <li>les fondations et fonds de dotation portant un projet local.</li>
  </ul>
  <p>Les communes, leurs établissements publics (CCAS, caisses des écoles) et les
  entreprises individuelles ne sont pas éligibles. Ils peuvent en revanche
  être partenaires d&rsquo;un projet porté par une structure éligible.</p>

  <h2>Quels projets ?</h2>
  <p>Les projets doivent être mis en œuvre sur le territoire de l&rsquo;agglomération
  entre le 1<sup>er</sup> septembre 2025 et le 31 août 2026.</p>
  <h3>Qu&rsquo;entend-on par projet de proximité ?</h3>
  <p>Un projet de proximité est un projet dont les bénéficiaires habitent ou travaillent
  principalement dans la commune ou le quartier où il est mis en œuvre, et qui associe
  les habitants à sa conception ou à son fonctionnement.</p>
  <p>Ne sont pas financés : les dépenses de fonctionnement courant de la structure,
  les projets déjà achevés à la date du dépôt, les investissements immobiliers et
  les manifestations ponctuelles sans suite.</p>

  <h2>Montant de l&rsquo;aide</h2>
  <p>La subvention est comprise entre 2&nbsp;000 et 12&nbsp;000&nbsp;euros par projet,
  dans la limite de 60&nbsp;% du budget du projet. Ce taux est porté à 80&nbsp;%
  pour les projets mis en œuvre dans un quartier prioritaire de la politique de la ville.
  L&rsquo;aide est versée en deux fois : 70&nbsp;% à la signature de la convention,
  le solde sur présentation du bilan.</p>

  <h2>Critères de sélection</h2>
  <p>Les dossiers sont examinés par un comité de sélection réunissant des élus,
  des techniciens de l&rsquo;Agglomération et des représentants de la CRESS, selon
  quatre critères :</p>
  <ol>
    <li>l&rsquo;utilité sociale du projet et la réponse à un besoin identifié ;</li>
    <li>l&rsquo;ancrage local et les partenariats noués ;</li>
    <li>la participation des habitants et des bénéficiaires ;</li>
    <li>la viabilité économique et la capacité à se poursuivre après l&rsquo;aide.</li>
  </ol>

  <h2>Calendrier</h2>
  <ul class="timeline">
    <li><strong>17 mars 2025</strong> : ouverture de l&rsquo;appel à projets</li>
    <li><strong>2 avril 2025, 18 h 30</strong> : réunion d&rsquo;information à la Maison de l&rsquo;ESS,
    12 rue des Tanneurs à Marvège</li>
    <li><strong>16 mai 2025, 17 h</strong> : date limite de dépôt des dossiers</li>
    <li><strong>fin juin 2025</strong> : comité de sélection</li>
    <li><strong>juillet 2025</strong> : notification des résultats aux candidats</li>
  </ul>
  <p>Les dossiers sont déposés exclusivement en ligne, sur la plateforme
  de demande de subventions de l&rsquo;Agglomération.</p>

  <h2>Les lauréats 2024 en chiffres</h2>
  <p>En 2024, 19&nbsp;projets ont été soutenus pour un montant total de
  131&nbsp;500&nbsp;euros, sur 41&nbsp;dossiers déposés.</p>
  <table class="table-striped">
    <caption>Projets soutenus en 2024 par commune</caption>
    <thead>
      <tr><th scope="col">Commune</th><th scope="col">Projets soutenus</th><th scope="col">Montant attribué</th></tr>
    </thead>
    <tbody>
      <tr><td>Marvège</td><td>8</td><td>58&nbsp;000&nbsp;€</td></tr>
      <tr><td>Saint-Jory-en-Marvège</td><td>4</td><td>27&nbsp;500&nbsp;€</td></tr>
      <tr><td>Bessac</td><td>3</td><td>21&nbsp;000&nbsp;€</td></tr>
      <tr><td>Orlanges</td><td>2</td><td>13&nbsp;500&nbsp;€</td></tr>
      <tr><td>Valmoutier</td><td>2</td><td>11&nbsp;500&nbsp;€</td></tr>
    </tbody>
    <tfoot>
      <tr><th scope="row">Total</th><td>19</td><td>131&nbsp;500&nbsp;€</td></tr>
    </tfoot>
  </table>

  <h2>Contact</h2>
  <p>Pour toute question sur votre candidature, contactez
  Clémence Arbogast, chargée de mission économie sociale et solidaire à la direction
  du développement économique : <a href="mailto:ess@grand-marvege.fr">ess@grand-marvege.fr</a>
  ou 05&nbsp;47&nbsp;18&nbsp;62&nbsp;30 (du lundi au jeudi).</p>

  <div class="downloads">
    <h2>Documents à télécharger</h2>
    <ul>
      <li><a href="/medias/2025/03/reglement-aap-isp-2025.pdf">Règlement de l&rsquo;appel à projets (PDF, 412 Ko)</a></li>
      <li><a href="/medias/2025/03/budget-previsionnel-type.xlsx">Modèle de budget prévisionnel (XLSX, 38 Ko)</a></li>
    </ul>
  </div>
  <p class="tags">Mots-clés : <a href="/tag/ess">ESS</a> <a href="/tag/associations">Associations</a> <a href="/tag/subventions">Subventions</a></p>
</article>
</main>

<aside class="sidebar" aria-label="Actualités">
  <h2>À la une</h2>
  <div class="news-item"><a href="/actu/encombrants-2025">Collecte des encombrants : le nouveau calendrier 2025</a><span class="date">12 mars 2025</span></div>
  <div class="news-item"><a href="/actu/ligne-4">Bus : la ligne 4 prolongée jusqu&rsquo;à Valmoutier</a><span class="date">5 mars 2025</span></div>
  <div class="news-item"><a href="/actu/piscine-aqualis">Piscine Aqualis : fermeture technique du 14 au 20 avril</a><span class="date">28 février 2025</span></div>
  <div class="news-item"><a href="/actu/conseil-communautaire">Conseil communautaire du 3 avril : ordre du jour</a><span class="date">27 février 2025</span></div>
  <h2>Newsletter</h2>
  <form action="/newsletter"><input type="email" placeholder="Votre adresse électronique"><button>Je m&rsquo;abonne</button></form>
</aside>
</div>

<footer class="site-footer">
  <div class="footer-address">
    <strong>Grand Marvège Agglomération</strong><br>
    Hôtel d&rsquo;agglomération – 3 boulevard du Commandant-Rives – Marvège<br>
    Accueil du lundi au vendredi, 8 h 30 – 17 h 30
  </div>
  <ul class="footer-links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="#" onclick="openCookies();return false;">Gestion des cookies</a></li>
  </ul>
  <p class="copyright">© 2025 Grand Marvège Agglomération – Tous droits réservés</p>
</footer>
<script src="/assets/js/gma.bundle.js?v=2.14.0" defer></script>
<script>
  document.querySelectorAll('[data-consent]').forEach(function(b){
    b.addEventListener('click', function(){ document.getElementById('cookie-consent').remove(); });
  });
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# c. Markdown — compte rendu du comité d'attribution du Fonds Sorbelle Solidaire
# ---------------------------------------------------------------------------

def fr_nbsp(text: str) -> str:
    """Non-breaking spaces in figures, inside guillemets and before ; : ? !"""
    text = text.replace("« ", "«" + NB).replace(" »", NB + "»")
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NB, text)
    text = re.sub(r"(?<=\d) (?=(€|%))", NB, text)
    return re.sub(r" (?=[;:?!](\s|$))", NB, text)


def md_block(text: str, width: int = 78) -> str:
    """Wrap each paragraph; lists, tables, headings and front matter are kept as written."""
    out = []
    for block in textwrap.dedent(text).strip("\n").split("\n\n"):
        lines = [l.rstrip() for l in block.strip("\n").split("\n")]
        first = lines[0].lstrip()
        if first.startswith(("|", "#", "---")):
            out.append("\n".join(fr_nbsp(l) for l in lines))
        elif first.startswith(("- ", "* ", "1. ")):
            items, cur = [], []
            for l in lines:
                if l.lstrip().startswith(("- ", "* ")) or re.match(r"\s*\d+\. ", l):
                    if cur:
                        items.append(cur)
                    cur = [l.strip()]
                else:
                    cur.append(l.strip())
            items.append(cur)
            rendered = []
            for it in items:
                m = re.match(r"(- |\* |\d+\. )", it[0])
                prefix = m.group(1)
                body = " ".join(it)[len(prefix):]
                rendered.append(textwrap.fill(fr_nbsp(" ".join(body.split(" "))), width=width,
                                              initial_indent=prefix,
                                              subsequent_indent=" " * len(prefix),
                                              break_long_words=False, break_on_hyphens=False))
            out.append("\n".join(rendered))
        else:
            out.append(textwrap.fill(fr_nbsp(" ".join(l.strip() for l in lines)), width=width,
                                     break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(out)


MD_FRONT = """---
title: "Compte rendu du comité d’attribution du Fonds Sorbelle Solidaire – séance du 6 février 2025"
publisher: "Syndicat mixte du Pays de Sorbelle – Pôle développement local"
date: 2025-02-13
territory: "Pays de Sorbelle"
lang: fr
---"""

MD_BODY = """
# Comité d’attribution du Fonds Sorbelle Solidaire

## Séance du jeudi 6 février 2025

Séance tenue de 14 h à 16 h 40, salle des Tilleuls de la Maison du Pays, à
Vaubrenne. La séance est présidée par Odile Ferracci, vice-présidente du
Syndicat mixte du Pays de Sorbelle chargée de l’économie de proximité.

Pour mémoire, le Fonds Sorbelle Solidaire est un fonds de subvention d’amorçage
créé en 2021 par le Pays de Sorbelle pour aider les structures de l’économie
sociale et solidaire à lancer une activité nouvelle ou à changer d’échelle sur
les 31 communes du Pays.

### Membres présents (avec voix délibérative)

- Odile Ferracci, vice-présidente du Pays de Sorbelle, présidente du comité
- Thierry Vasseuil, maire de Coursac
- Annick Peyrelongue, maire de Villerange-sur-Sorbe
- Karim Benchetrit, conseiller délégué à l’emploi de la communauté de communes
  Sorbe et Causses
- Géraldine Morvan-Lacaze, conseillère régionale
- Luc Estebenet, délégué territorial de la chambre régionale de l’ESS
- Patricia Ournac, directrice de Sorbelle Initiative, plateforme de prêts
  d’honneur
- Didier Calmejane, représentant de la Caisse d’épargne solidaire du Sud-Ouest
- Inès Taillefer, représentante du collectif des associations employeuses

### Excusés

- Hervé Dumoulin-Tréguier, président de l’Union des coopératives du Pays
- Martine Sallaberry, conseillère départementale (pouvoir donné à Odile Ferracci)
- Jérôme Abadie, représentant de la Banque des coopératives locales

### Assistent également (sans voix délibérative)

- Léonie Garric, chargée de mission ESS du Pays de Sorbelle, secrétaire de séance
- Bastien Roque, gestionnaire administratif et financier du Pays

Le quorum est atteint : 9 membres votants sont présents sur 12, et un pouvoir a
été remis. Toutefois, conformément au règlement du fonds, les pouvoirs ne sont
pas pris en compte pour les votes sur les dossiers.

## 1. Approbation du compte rendu de la séance du 21 novembre 2024

Le compte rendu de la séance du 21 novembre 2024 est approuvé à l’unanimité,
sans modification.

## 2. Bilan 2024 du fonds

Léonie Garric présente le bilan de l’année 2024. Le fonds a reçu 23 dossiers,
dont 14 ont été financés, pour un montant total engagé de 168 400 euros. Les
projets soutenus relèvent principalement de l’alimentation (5 projets), du
réemploi (4 projets) et de la mobilité (3 projets). Quatre projets financés en
2023 ont déjà créé au total 11 emplois salariés.

Patricia Ournac souligne que six des porteurs soutenus en 2024 ont également
obtenu un prêt d’honneur de Sorbelle Initiative, ce qui confirme l’intérêt d’un
guichet commun.

## 3. Examen des demandes de subvention

Cinq dossiers sont présentés par la secrétaire de séance. Luc Estebenet, membre
du conseil d’administration de la SCIC Énergies du Sorbelle, quitte la salle et
ne prend pas part au vote sur ce dossier.

| Porteur | Commune | Projet | Demandé | Décision | Vote |
|---|---|---|---|---|---|
| Association « Le Panier voyageur » | Vaubrenne | Épicerie solidaire itinérante dans 12 villages | 15 000 € | 12 000 € accordés | Unanimité |
| SCIC Énergies du Sorbelle | Coursac | Centrale photovoltaïque citoyenne sur le gymnase | 25 000 € | 20 000 € accordés | 7 pour, 1 abstention |
| SCOP Menuiserie des Trois Ponts | Villerange-sur-Sorbe | Atelier de réemploi du bois de chantier | 10 000 € | 10 000 € accordés | Unanimité |
| Association Ressourcerie du Haut-Sorbelle | Pradines-le-Haut | Seconde boutique de réemploi | 18 000 € | Dossier ajourné | – |
| Collectif « Café des Ponts » | Coursac | Café associatif | 8 000 € | Non éligible | – |

Le dossier de la Ressourcerie du Haut-Sorbelle est ajourné : le plan de
financement ne mentionne pas la participation de la commune de Pradines-le-Haut,
annoncée oralement. Il sera de nouveau examiné à la prochaine séance, sous réserve
de la production d’un plan de financement complet.

La demande du collectif « Café des Ponts » est déclarée non éligible, le
collectif n’étant pas constitué en association. Léonie Garric lui proposera un
accompagnement à la création de la structure.

Au total, le comité accorde 42 000 euros au titre de cette séance.

## 4. Modification du règlement du fonds

La présidente propose deux modifications du règlement : porter le plafond de la
subvention de 20 000 à 25 000 euros pour les projets créant au moins deux emplois,
et ouvrir le fonds aux coopératives d’activité et d’emploi.

Après débat, la modification est adoptée par 7 voix pour, 1 voix contre et 1
abstention. Didier Calmejane, qui a voté contre, estime qu’un plafond plus élevé
réduira le nombre de projets soutenus. Le nouveau règlement s’appliquera aux
dossiers déposés à compter du 1er mars 2025.

## 5. Enveloppe 2025

Bastien Roque indique que l’enveloppe 2025 du fonds s’élève à 175 000 euros,
dont 105 000 euros apportés par le Pays de Sorbelle et 70 000 euros par la
Région. Après les décisions de ce jour, 133 000 euros restent disponibles pour
l’année.

## 6. Questions diverses

- Le Forum de l’ESS du Pays de Sorbelle aura lieu le samedi 14 juin 2025 à
  Vaubrenne ; un appel à bénévoles sera diffusé en avril.
- Inès Taillefer demande que les délais de versement soient raccourcis ; la
  présidente s’engage à présenter un point d’étape à la prochaine séance.

## Prochaine séance

La prochaine séance du comité d’attribution se tiendra le jeudi 10 avril 2025 à
14 h, à la mairie de Coursac.

La séance est levée à 16 h 40.

*Compte rendu établi par Léonie Garric, secrétaire de séance, et validé par Odile
Ferracci, présidente du comité.*
"""


def build_markdown() -> str:
    return MD_FRONT + "\n\n" + md_block(MD_BODY) + "\n"


# ---------------------------------------------------------------------------
# d. Plain text — Charte locale de l'ESS de la Ville de Castelbrune
# ---------------------------------------------------------------------------

TXT_WIDTH = 75
_GLUE = "\u2060"  # placeholder keeping "300 000" or "7 %" on one line; restored to a space


def _glue(t: str) -> str:
    t = re.sub(r"(?<=\d) (?=\d{3}\b)", _GLUE, " ".join(t.split()))
    return re.sub(r"(?<=\d) (?=(%|euros\b))", _GLUE, t)


def build_txt() -> str:
    out: list[str] = []

    def para(t: str):
        out.append(textwrap.fill(_glue(t), width=TXT_WIDTH,
                                 break_long_words=False, break_on_hyphens=False))
        out.append("")

    def item(t: str, prefix: str = "  - "):
        out.append(textwrap.fill(_glue(t), width=TXT_WIDTH, initial_indent=prefix,
                                 subsequent_indent=" " * len(prefix),
                                 break_long_words=False, break_on_hyphens=False))

    def title(t: str, ch: str = "-"):
        out.append(t)
        out.append(ch * len(t))
        out.append("")

    out.append("VILLE DE CASTELBRUNE")
    out.append("Direction de l'économie locale et de l'emploi")
    out.append("")
    big = "CHARTE LOCALE DE L'ÉCONOMIE SOCIALE ET SOLIDAIRE DE CASTELBRUNE"
    out.append("=" * len(big))
    out.append(big)
    out.append("=" * len(big))
    out.append("")
    out.append("Adoptée par délibération du conseil municipal du 23 septembre 2024")
    out.append("Version consolidée au 15 janvier 2025")
    out.append("")

    title("PRÉAMBULE")
    para("""La Ville de Castelbrune compte de nombreuses associations, coopératives et
    entreprises engagées qui font vivre ses quartiers : épiceries solidaires,
    ateliers de réparation, crèches parentales, régies de quartier, chantiers
    d'insertion. Par la présente charte, la Ville et les structures signataires
    s'engagent à coopérer pour développer une économie au service des habitants,
    respectueuse des personnes et de l'environnement.""")
    para("""La charte n'est pas un label et n'ouvre droit à aucune subvention
    automatique. Elle constitue un cadre d'engagements réciproques, librement
    consentis, qui fait l'objet d'un suivi public.""")

    title("ARTICLE 1 - DÉFINITIONS")
    para("Pour l'application de la présente charte :")
    item("""On entend par « structure de l'ESS » toute personne morale de droit
    privé qui exerce une activité économique et respecte les principes de
    l'économie sociale et solidaire : association, coopérative, mutuelle,
    fondation ou société commerciale agréée ESUS.""")
    item("""La « clause sociale d'insertion » désigne une disposition d'un marché
    public qui réserve une part des heures de travail à des personnes éloignées
    de l'emploi, recrutées directement ou par l'intermédiaire d'une structure
    d'insertion.""")
    item("""On entend par « achat socialement responsable » tout achat de la Ville
    qui intègre, dès la définition du besoin, des objectifs d'insertion,
    d'égalité ou de réduction des impacts environnementaux.""")
    item("""Le « comité de la charte » désigne l'instance paritaire chargée de
    suivre la mise en œuvre de la charte, d'examiner les demandes d'adhésion et
    de proposer ses évolutions.""")
    item("""Un « signataire » désigne toute structure dont la demande d'adhésion a
    été acceptée par le comité de la charte.""")
    out.append("")

    title("ARTICLE 2 - VALEURS PARTAGÉES")
    para("Les signataires et la Ville partagent les six valeurs suivantes :")
    for i, v in enumerate([
        "la primauté de la personne sur le capital ;",
        "la coopération plutôt que la concurrence ;",
        "l'ancrage dans les quartiers et la proximité avec les habitants ;",
        "la transparence de la gestion et des décisions ;",
        "l'égalité réelle entre les femmes et les hommes ;",
        "le respect de l'environnement et la sobriété dans l'usage des ressources.",
    ], 1):
        item(v, prefix=f"  {i}. ")
    out.append("")

    title("ARTICLE 3 - ENGAGEMENTS DE LA VILLE")
    para("La Ville de Castelbrune s'engage à :")
    for t in [
        """désigner au sein de ses services un référent ESS, interlocuteur unique des
        signataires ;""",
        """réserver aux clauses sociales d'insertion au moins 7 % des heures de
        travail de ses marchés de travaux d'un montant supérieur à 300 000 euros
        hors taxes ;""",
        """mettre à la disposition des signataires, à un tarif réduit de moitié, les
        salles de la Maison des initiatives, 14 rue du Four-à-Chaux ;""",
        """organiser chaque année, en novembre, le Mois de l'ESS de Castelbrune ;""",
        """publier chaque année un bilan de la charte, présenté en conseil
        municipal.""",
    ]:
        item(t)
    out.append("")

    title("ARTICLE 4 - ENGAGEMENTS DES SIGNATAIRES")
    para("Chaque signataire s'engage à :")
    for t in [
        """faire vivre les valeurs de l'article 2 dans son fonctionnement ;""",
        """participer au moins une fois par an à une rencontre des signataires ;""",
        """privilégier, à qualité égale, les fournisseurs et prestataires locaux et
        les autres signataires ;""",
        """transmettre chaque année au référent ESS ses principaux indicateurs :
        effectifs salariés, nombre de bénévoles, activités menées.""",
    ]:
        item(t)
    out.append("")

    title("ARTICLE 5 - ADHÉSION")
    para("""Toute structure de l'ESS ayant son siège ou un établissement à
    Castelbrune peut demander à signer la charte, en adressant au référent ESS
    un formulaire de demande accompagné de ses statuts et de son dernier rapport
    d'activité. Le comité de la charte se prononce dans un délai de deux mois.
    L'adhésion à la charte est gratuite.""")
    para("""Les entreprises individuelles et les sociétés commerciales non agréées
    ESUS ne peuvent pas signer la charte ; elles peuvent toutefois participer
    aux rencontres des signataires en qualité d'invitées.""")

    title("ARTICLE 6 - COMITÉ DE LA CHARTE")
    para("""Le comité de la charte comprend six représentants de la Ville et six
    représentants des signataires, élus pour deux ans par la rencontre annuelle
    des signataires. Il est présidé par Fabrice Lemarquis, adjoint au maire
    délégué à l'économie locale et à l'emploi. Il se réunit au moins trois fois
    par an.""")

    title("ARTICLE 7 - DURÉE ET RÉVISION")
    para("""La présente charte est conclue pour une durée de trois ans à compter de
    son adoption. Elle peut être révisée à tout moment sur proposition du
    comité de la charte, après avis de la rencontre des signataires.""")

    title("ARTICLE 8 - SIGNATAIRES AU 31 DÉCEMBRE 2024")
    para("""Au 31 décembre 2024, la charte compte 46 structures signataires, qui
    emploient ensemble 595 salariés. Leur répartition par quartier est la
    suivante :""")
    out.append("  Quartier                  Signataires   Salariés")
    out.append("  ------------------------  -----------   --------")
    for q, s, e in [
        ("Centre-ville", "17", "214"),
        ("Les Gravières", "12", "158"),
        ("La Butte-aux-Loups", "9", "127"),
        ("Bellerive", "8", "96"),
    ]:
        out.append(f"  {q:<24}  {s:>11}   {e:>8}")
    out.append("  ------------------------  -----------   --------")
    out.append(f"  {'Total':<24}  {'46':>11}   {'595':>8}")
    out.append("")
    para("""La liste nominative des signataires est tenue à jour par le référent ESS
    et consultable à l'accueil de la Maison des initiatives.""")

    title("CONTACT")
    para("""Nora Benslimane, référente ESS de la Ville de Castelbrune, Maison des
    initiatives, 14 rue du Four-à-Chaux. Courriel : ess@ville-castelbrune.fr.""")
    return "\n".join(out).rstrip("\n").replace(_GLUE, " ") + "\n"


# ---------------------------------------------------------------------------

def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    outdir = Path(argv[1])
    outdir.mkdir(parents=True, exist_ok=True)
    build_pdf(outdir / PDF_NAME)
    (outdir / HTML_NAME).write_text(HTML, encoding="utf-8")
    (outdir / MD_NAME).write_text(build_markdown(), encoding="utf-8")
    txt = build_txt()
    assert max(len(l) for l in txt.splitlines()) <= TXT_WIDTH
    (outdir / TXT_NAME).write_text(txt, encoding="utf-8")
    for p in sorted(outdir.iterdir()):
        print(f"{p.name}\t{p.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
