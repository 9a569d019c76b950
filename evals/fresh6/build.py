#!/usr/bin/env python3
"""Build the *fresh6* held-out evaluation set (French ESS question answering).

Run from the repository root:

    .venv/bin/python evals/fresh6/build.py

It writes five fictional documents into ``evals/fresh6/corpus/`` and the
questions into ``evals/fresh6/questions.jsonl``, then checks every answerable
case (each fact occurs in its source document; for PDFs on the declared page,
after joining line-end hyphenation and collapsing whitespace, inside a single
sentence).  Exits with status 1 if any check fails.  Deterministic: no
randomness, fixed dates.

Everything (territories, organisations, people, figures) is invented.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path

import pyphen
from fpdf import FPDF
from fpdf.fonts import FontFace
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

NNBSP = "\u202f"  # espace fine insécable
NBSP = "\u00a0"  # espace insécable
SHY = "\u00ad"

FILES = {
    "A": "bilan_activite_2025_ptce_forges_solidaires.pdf",
    "B": "deliberation_CP-2025-11-087_haute-varenne.pdf",
    "C": "agglo-brevannes_aap-entreprendre-autrement-2026.html",
    "D": "cr_copil_pacte_ess_lormes_2025-10-02.md",
    "E": "observatoire_ess_loire-morvan_note14_2025-12.txt",
}

# Typographic conventions differ from one document to the other, as in real life.
STYLE = {
    "A": dict(thou=NNBSP, unit=NNBSP, curly=True),   # PAO soignée : fines insécables, apostrophes courbes
    "B": dict(thou=NBSP, unit=NBSP, curly=False),    # traitement de texte administratif
    "C": dict(thou=NBSP, unit=NBSP, curly=True),     # CMS (entités &nbsp;)
    "D": dict(thou=" ", unit=" ", curly=False),      # Markdown tapé à la main
    "E": dict(thou=NBSP, unit=NBSP, curly=False),    # texte brut exporté
}


def typo(s: str, key: str) -> str:
    st = STYLE[key]
    if st["curly"]:
        s = s.replace("'", "\u2019")
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", st["thou"], s)
    s = re.sub(r"(?<=\d) (?=[%€])", st["unit"], s)
    s = s.replace("« ", "«" + st["unit"]).replace(" »", st["unit"] + "»")
    s = s.replace("n° ", "n°" + st["unit"])
    return s


def fact_form(s: str, key: str) -> str:
    """Spelling of a fact as a reader of the document gets it.

    In the typeset deliberation (B) the no-break spaces share the glyph of the
    ordinary space, so text extracted from the PDF shows plain spaces; the
    narrow no-break spaces of document A survive extraction.
    """
    t = typo(s, key)
    if key == "B":
        t = t.replace(NBSP, " ")
    return t


_DIC = pyphen.Pyphen(lang="fr", left=3, right=3)
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")


def hyph(s: str) -> str:
    """Insert soft hyphens (rendered as '-' only at line end) in long common words."""

    def rep(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 8 or w[0].isupper():
            return w
        return _DIC.inserted(w, hyphen=SHY)

    return _WORD.sub(rep, s)


FIXED_DATE = {
    "A": dt.datetime(2026, 3, 24, 9, 30, tzinfo=dt.timezone.utc),
    "B": dt.datetime(2025, 11, 21, 8, 15, tzinfo=dt.timezone.utc),
}

# =============================================================================
# Document A : bilan d'activité 2025 du PTCE Forges Solidaires (PDF, 7 pages)
# =============================================================================

A_TOTAL_PAGES = 7


def TA(s: str) -> str:
    return typo(s, "A")


class BilanPDF(FPDF):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(95, 95, 95)
        self.set_xy(20, 10)
        self.cell(0, 4, TA("PTCE Forges Solidaires – Bilan d'activité 2025"), align="L")
        self.set_xy(20, 10)
        self.cell(0, 4, "Vallée de la Lisle · Haute-Varenne", align="R")
        self.set_draw_color(46, 110, 84)
        self.set_line_width(0.4)
        self.line(20, 15.5, 190, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(20, 22)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(95, 95, 95)
        self.cell(0, 4, f"Bilan 2025 · page {self.page_no() - 1}/{A_TOTAL_PAGES - 1}", align="C")
        self.set_text_color(0, 0, 0)


A_BODY = 9.5
A_LH = 4.6


def a_h1(pdf, text):
    pdf.ln(1.5)
    pdf.set_font("Sans", "B", 14)
    pdf.set_text_color(46, 110, 84)
    pdf.multi_cell(0, 7, TA(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1.5)


def a_h2(pdf, text):
    pdf.ln(1)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(0, 5.5, TA(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def a_para(pdf, text, after=2.2, style=""):
    pdf.set_font("Sans", style, A_BODY)
    pdf.multi_cell(0, A_LH, hyph(TA(text)), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def a_bullets(pdf, items, after=2.2):
    pdf.set_font("Sans", "", A_BODY)
    for it in items:
        x0 = pdf.l_margin
        y0 = pdf.get_y()
        pdf.set_xy(x0 + 1.5, y0)
        pdf.cell(4, A_LH, "•")
        pdf.set_xy(x0 + 6, y0)
        width = pdf.w - pdf.r_margin - x0 - 6
        pdf.multi_cell(width, A_LH, hyph(TA(it)), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(after)


def a_table(pdf, caption, headings, rows, widths, aligns):
    pdf.set_font("Sans", "B", 8.5)
    pdf.multi_cell(0, 4.5, TA(caption), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 8.5)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=widths,
        text_align=aligns,
        line_height=5,
        headings_style=FontFace(emphasis="BOLD", fill_color=(222, 236, 228)),
        width=sum(widths),
        align="LEFT",
    ) as table:
        r = table.row()
        for h in headings:
            r.cell(TA(h))
        for row in rows:
            r = table.row()
            for c in row:
                r.cell(TA(c))
    pdf.ln(3)


A_CHIFFRES = [
    ("Structures membres", "34", "39", "46"),
    ("Salariés des structures membres", "1 102", "1 197", "1 284"),
    ("Personnes en parcours d'insertion", "188", "203", "231"),
    ("Porteurs de projet accompagnés", "41", "52", "67"),
    ("Tonnes d'objets réemployés ou recyclés", "264", "318", "402"),
    ("Repas servis par la cuisine partagée", "–", "21 650", "38 900"),
    ("Sessions de formation proposées", "6", "7", "9"),
]

A_COMMUNES = [
    ("Montrevel-les-Forges", "512", "+4,1 %"),
    ("Cazeneuve", "208", "+15,6 %"),
    ("Saint-Aubin-sur-Lisle (hors communauté de communes)", "187", "+2,2 %"),
    ("Vaudrémont", "164", "+21,5 %"),
    ("Le Pin-Marcé", "71", "+1,4 %"),
    ("Sainte-Orne", "54", "–3,6 %"),
    ("Autres communes", "88", "+6,0 %"),
    ("Total", "1 284", "+7,3 %"),
]

A_FINANCEURS = [
    ("État – DREETS (soutien aux PTCE)", "120 000 €", "17,5 %"),
    ("Région Loire-Morvan", "95 000 €", "13,9 %"),
    ("Département de la Haute-Varenne", "68 000 €", "9,9 %"),
    ("Communauté de communes Cœur de Lisle", "54 000 €", "7,9 %"),
    ("Fonds social européen (FSE+)", "87 500 €", "12,8 %"),
    ("Fondations et mécénat d'entreprises", "41 200 €", "6,0 %"),
    ("Prestations, cotisations et produits divers", "218 600 €", "31,9 %"),
    ("Total des produits", "684 300 €", "100 %"),
]


def build_a(path: Path):
    pdf = BilanPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE["A"])
    pdf.set_title(TA("Bilan d'activité 2025 – PTCE Forges Solidaires"))
    pdf.set_author("Forges Solidaires")
    pdf.set_subject(TA("Rapport d'activité présenté à l'assemblée générale du 9 avril 2026"))
    pdf.set_creator("Forges Solidaires – service communication")
    pdf.set_producer("fpdf2")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("Sans", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_font("Sans", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=20)

    # ---- page 1 : couverture (non numérotée) --------------------------------
    pdf.add_page()
    pdf.set_fill_color(46, 110, 84)
    pdf.rect(0, 0, 210, 18, style="F")
    pdf.set_y(62)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(46, 110, 84)
    pdf.cell(0, 6, TA("PÔLE TERRITORIAL DE COOPÉRATION ÉCONOMIQUE"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 30)
    pdf.cell(0, 14, "Forges Solidaires", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("Sans", "B", 22)
    pdf.cell(0, 11, TA("Bilan d'activité 2025"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 7, TA("Vallée de la Lisle · Haute-Varenne · Région Loire-Morvan"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(205)
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 5.5, TA("Document présenté à l'assemblée générale ordinaire\ndu 9 avril 2026 à Montrevel-les-Forges"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(262)
    pdf.set_font("Sans", "", 8)
    pdf.set_text_color(95, 95, 95)
    pdf.multi_cell(0, 4, TA("Association loi 1901 · La Fonderie, 12 rue des Tanneurs, Montrevel-les-Forges\nCouverture : atelier de réparation de la ressourcerie La Boucle © Forges Solidaires / Inès Morvan"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    # ---- page 2 : mot de la présidente + le pôle en bref ----------------------
    pdf.add_page()
    a_h1(pdf, "Le mot de la présidente")
    a_para(pdf, "L'année 2025 restera pour Forges Solidaires celle du changement d'échelle. En neuf ans, le pôle est passé d'un petit cercle de cinq structures réunies autour d'une ressourcerie à un réseau de 46 membres qui emploient ensemble 1 284 salariés dans la vallée de la Lisle. Cette croissance n'est pas une fin en soi : elle traduit la conviction partagée que la coopération entre associations, coopératives, entreprises et collectivités permet de créer des activités utiles là où le marché seul ne les ferait pas naître.")
    a_para(pdf, "Trois chantiers ont marqué l'exercice. La cuisine partagée « Le Chaudron », ouverte à Vaudrémont au printemps 2024, a pratiquement doublé sa production. La ressourcerie « La Boucle » a ouvert le 3 juin 2025 une seconde boutique, ce qui nous rapproche des habitants du sud de la communauté de communes. Enfin, l'incubateur « Le Germoir » a accompagné un nombre record de porteurs de projet, dont plusieurs collectifs de salariés qui envisagent de reprendre leur entreprise sous forme coopérative.")
    a_para(pdf, "Ces résultats, nous les devons d'abord aux équipes salariées et bénévoles, mais aussi à la confiance de nos partenaires publics : l'État, la Région Loire-Morvan, le Département de la Haute-Varenne et la communauté de communes Cœur de Lisle, qui ont renouvelé leur soutien dans un contexte budgétaire pourtant tendu. Je veux aussi saluer l'engagement des entreprises dites « classiques » qui ont rejoint le pôle cette année : leur présence montre que la coopération économique n'est pas réservée aux acteurs de l'économie sociale et solidaire.")
    a_para(pdf, "2026 s'annonce comme une année de consolidation. L'ouverture du tiers-lieu « La Halle aux Forges », le passage à une convention pluriannuelle avec le Département et la préparation de notre prochain projet stratégique demanderont à chacun du temps et de l'énergie. Je sais pouvoir compter sur vous.", after=1.2)
    pdf.set_font("Sans", "I", A_BODY)
    pdf.cell(0, A_LH, TA("Odile Ferrand-Massot, présidente de Forges Solidaires"), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    a_h1(pdf, "1. Le pôle en bref")
    a_para(pdf, "Forges Solidaires est un pôle territorial de coopération économique (PTCE), c'est-à-dire un groupement d'acteurs implantés sur un même territoire, qui s'associent autour d'une stratégie commune de coopération et de mutualisation pour développer des projets économiques socialement innovants et créateurs d'emplois durables. Le pôle est porté par une association loi 1901 créée en 2016 à Montrevel-les-Forges ; il a été retenu en 2022 par l'appel à manifestation d'intérêt national destiné aux PTCE confirmés.")
    a_para(pdf, "Au 31 décembre 2025, le pôle fédère 46 structures membres réparties en trois collèges :", after=1.2)
    a_bullets(pdf, [
        "le collège des entreprises de l'ESS (associations employeuses, coopératives, structures d'insertion par l'activité économique, entreprises adaptées) : 27 membres ;",
        "le collège des entreprises du territoire (artisans, TPE et PME hors ESS) : 11 membres ;",
        "le collège des partenaires publics et académiques (communes, communauté de communes, lycée professionnel, organismes de formation) : 8 membres.",
    ], after=1.2)
    a_para(pdf, "L'équipe d'animation du pôle compte 9 salariés, soit 8,2 équivalents temps plein, installés à La Fonderie, rue des Tanneurs, à Montrevel-les-Forges. Le territoire d'action correspond à celui de la communauté de communes Cœur de Lisle, soit 31 communes et environ 42 600 habitants, auquel s'ajoutent quelques partenariats avec l'agglomération de Saint-Aubin-sur-Lisle.")

    # ---- page 3 : chiffres clés + début des actions (paragraphe à cheval) -----
    pdf.add_page()
    a_h1(pdf, "2. Chiffres clés")
    a_para(pdf, "Le tableau ci-dessous retrace l'évolution des principaux indicateurs d'activité du pôle et de ses membres sur les trois derniers exercices. Les données relatives à l'emploi sont issues de l'enquête annuelle conduite auprès des structures membres en janvier 2026, à laquelle 43 structures sur 46 ont répondu.")
    a_table(
        pdf,
        "Tableau 1 – Principaux indicateurs d'activité (au 31 décembre de chaque année)",
        ("Indicateur", "2023", "2024", "2025"),
        A_CHIFFRES,
        (95, 25, 25, 25),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    a_para(pdf, "Avec 1 284 salariés, les structures membres représentent désormais près d'un emploi privé sur dix dans la communauté de communes Cœur de Lisle. La progression de l'emploi, de 7,3 % en un an, est portée pour moitié par la cuisine partagée et par le développement des structures d'insertion. Les femmes occupent 61 % des postes et un salarié sur quatre travaille à temps partiel.")
    a_para(pdf, "Les structures membres ont accompagné 231 personnes en parcours d'insertion, dont 94 dans les ateliers de la ressourcerie. Le taux de sorties dynamiques (emploi durable, emploi de transition ou formation qualifiante) s'établit à 62 %, contre 58 % en 2024, un niveau supérieur à la moyenne départementale de la Haute-Varenne, qui est de 55 %.")
    a_para(pdf, "L'emploi reste concentré dans le bourg-centre, Montrevel-les-Forges, mais la création de la seconde boutique de la ressourcerie et le développement de la cuisine partagée ont renforcé le poids des communes du sud de la vallée :", after=1.5)
    a_table(
        pdf,
        "Tableau 2 – Salariés des structures membres selon la commune d'implantation (31 décembre 2025)",
        ("Commune", "Salariés", "Évolution sur un an"),
        A_COMMUNES,
        (100, 25, 40),
        ("LEFT", "RIGHT", "RIGHT"),
    )
    a_para(pdf, "Le nombre de porteurs de projet accompagnés a progressé de près de 30 % en un an. Cette hausse s'explique en partie par la permanence hebdomadaire ouverte en mars 2025 à la médiathèque de Cazeneuve, qui a permis de toucher un public plus jeune et plus féminin qu'auparavant : 44 % des porteurs accueillis en 2025 étaient des femmes et 31 % avaient moins de 30 ans.")
    a_h1(pdf, "3. Les actions phares de 2025")
    a_para(pdf, "Le programme d'actions 2025 s'inscrivait dans la continuité du projet stratégique 2023-2027 adopté par l'assemblée générale du 16 mars 2023. Ce projet fixe trois priorités : développer l'économie circulaire à l'échelle de la vallée, favoriser l'accès à l'emploi des personnes qui en sont le plus éloignées et accompagner la création d'activités nouvelles, en particulier sous forme coopérative. Chacune de ces priorités est pilotée par une commission ouverte à l'ensemble des membres, qui se réunit au moins quatre fois par an et rend compte de ses travaux au conseil d'administration. En 2025, les trois commissions ont tenu au total dix-sept réunions, auxquelles ont participé en moyenne quatorze personnes. Les pages qui suivent présentent les principales réalisations de l'année, projet par projet, ainsi que les difficultés rencontrées et les pistes d'amélioration identifiées par les équipes salariées et par les bénévoles qui les entourent au quotidien.")

    # (suite page 4, sans saut forcé : le paragraphe ci-dessus passe sur la page suivante)
    a_h2(pdf, "3.1 La ressourcerie « La Boucle »")
    a_para(pdf, "Installée depuis 2018 dans une ancienne halle industrielle de Montrevel-les-Forges, la ressourcerie collecte les objets dont les habitants souhaitent se séparer, les trie, les répare et les revend à petit prix. En 2025, La Boucle a collecté 587 tonnes d'objets et de matériaux, dont 402 tonnes ont été réemployées ou recyclées, soit un taux de valorisation de 68,5 %. Les deux boutiques ont enregistré 21 300 passages en caisse pour un chiffre d'affaires de 356 000 €.")
    a_para(pdf, "La seconde boutique, ouverte le 3 juin 2025 dans l'ancien bureau de poste de Cazeneuve, a réalisé à elle seule 18 % des ventes en sept mois. Elle emploie quatre salariés en parcours d'insertion, encadrés par une encadrante technique à mi-temps.")
    a_h2(pdf, "3.2 La cuisine partagée « Le Chaudron »")
    a_para(pdf, "La cuisine partagée de Vaudrémont est une société coopérative d'intérêt collectif (SCIC) dont le pôle est sociétaire. Elle prépare des repas pour la restauration scolaire et pour des établissements médico-sociaux à partir de produits locaux. En 2025, elle a servi 38 900 repas et approvisionne désormais onze cantines scolaires de la communauté de communes. La part des produits achetés à moins de 80 kilomètres atteint 46 %, et 29 % des denrées sont issues de l'agriculture biologique.")
    a_h2(pdf, "3.3 L'incubateur « Le Germoir »")
    a_para(pdf, "Le Germoir accompagne gratuitement les personnes qui souhaitent créer une activité à finalité sociale ou environnementale dans la vallée. Il propose un parcours en trois étapes (idéation, test, lancement) d'une durée maximale de dix-huit mois. En 2025, 67 porteurs de projet ont été accompagnés et 14 entreprises ont été immatriculées, dont 5 sous forme coopérative : trois SCOP et deux SCIC. Parmi les projets lancés cette année :", after=1.2)
    a_bullets(pdf, [
        "« Ferme des Quatre Vents » (Le Pin-Marcé) : légumerie collective destinée aux maraîchers de la vallée ;",
        "« Répar'Vélo » (Montrevel-les-Forges) : atelier mobile de réparation de cycles ;",
        "« Les Toits de la Lisle » (Cazeneuve) : SCIC d'habitat inclusif pour personnes âgées ;",
        "« Atelier Tissé » (Sainte-Orne) : SCOP de confection à partir de textiles de réemploi.",
    ])
    a_h2(pdf, "3.4 Emploi partagé et mobilité solidaire")
    a_para(pdf, "Le groupement d'employeurs « Lisle Emplois Partagés », créé en 2021 à l'initiative du pôle, met à disposition de ses adhérents des salariés à temps partagé. Il compte 23 salariés mis à disposition de 17 entreprises, principalement dans la comptabilité, la maintenance et la logistique.")
    a_para(pdf, "Le garage solidaire « Roue Libre » a réalisé 1 150 interventions à prix réduit pour des personnes en insertion ou aux revenus modestes. Il a également loué 64 véhicules, au tarif de 3 € par jour, à des personnes qui devaient se rendre à un entretien d'embauche ou à une formation.")

    # ---- page 5 : vie du réseau, en deux colonnes -----------------------------
    pdf.add_page()
    a_h1(pdf, "4. Vie du réseau et partenariats")
    top = pdf.get_y()
    colw, gap = 81, 8
    page_before = pdf.page
    pdf.set_left_margin(20)
    pdf.set_right_margin(210 - 20 - colw)
    pdf.set_xy(20, top)
    a_h2(pdf, "Rencontres et événements")
    a_para(pdf, "La sixième édition des Rencontres de la coopération s'est tenue le 2 octobre 2025 à la salle des fêtes de Montrevel-les-Forges. Elle a réuni 240 participants autour du thème « Coopérer pour relocaliser ». Les ateliers ont porté sur la commande publique responsable, le réemploi dans le bâtiment et la transmission d'entreprises à leurs salariés.")
    a_para(pdf, "Pendant le Mois de l'ESS, en novembre, les membres du pôle ont organisé 19 événements ouverts au public : portes ouvertes, visites d'entreprises, projections-débats et un marché de Noël solidaire qui a attiré près de 1 500 visiteurs à Cazeneuve.")
    a_h2(pdf, "Formation et échanges de pratiques")
    a_para(pdf, "Le pôle a proposé 9 sessions de formation à ses membres, suivies par 128 participants. Les thèmes les plus demandés ont été la gestion des ressources humaines dans les petites structures, la réponse aux marchés publics et la mesure de l'impact social. Un cycle de quatre petits-déjeuners consacrés à la transition énergétique a par ailleurs été organisé avec la chambre de métiers et de l'artisanat.")
    col1_end = pdf.get_y()
    pdf.set_left_margin(20 + colw + gap)
    pdf.set_right_margin(20)
    pdf.set_xy(20 + colw + gap, top)
    a_h2(pdf, "Partenariats")
    a_para(pdf, "Le pôle travaille en lien étroit avec la chambre régionale de l'économie sociale et solidaire (CRESS) Loire-Morvan, qui l'associe aux travaux de l'observatoire régional, et avec le fonds territorial « Lisle Active ». Ce dernier a accordé en 2025 des garanties et des prêts solidaires à six structures membres, pour un montant total de 412 000 €.")
    a_para(pdf, "Une convention de partenariat a été signée le 12 septembre 2025 avec l'IUT de Saint-Aubin-sur-Lisle afin d'accueillir chaque année des étudiants en alternance dans les structures membres. Au niveau national, Forges Solidaires participe au réseau des PTCE et a reçu en mai une délégation de quatre pôles venus de Bretagne et d'Occitanie.")
    a_h2(pdf, "Communication")
    a_para(pdf, "La lettre d'information mensuelle du pôle compte 1 900 abonnés, soit 300 de plus qu'un an plus tôt, et le site internet a reçu 27 400 visites. Le pôle a fait l'objet de onze articles dans la presse locale et d'un reportage de la télévision régionale consacré à la cuisine partagée.")
    col2_end = pdf.get_y()
    assert pdf.page == page_before, "two-column page overflowed"
    pdf.set_left_margin(20)
    pdf.set_right_margin(20)
    pdf.set_xy(20, max(col1_end, col2_end) + 2)
    pdf.set_draw_color(46, 110, 84)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(3)
    pdf.set_font("Sans", "I", 8.5)
    pdf.multi_cell(0, 4.2, hyph(TA("Bénévolat : au-delà des salariés, les structures membres s'appuient sur environ 430 bénévoles réguliers, dont une centaine interviennent dans les ateliers de la ressourcerie et du garage solidaire.")), align="J", new_x="LMARGIN", new_y="NEXT")

    # ---- page 6 : budget -------------------------------------------------------
    pdf.add_page()
    a_h1(pdf, "5. Budget et financements")
    a_para(pdf, "Les comptes 2025, certifiés par le commissaire aux comptes le 3 mars 2026, font apparaître un total de produits de 684 300 €, contre 597 800 € en 2024. L'exercice se solde par un excédent de 12 640 €, qu'il est proposé d'affecter au fonds associatif. Les charges de personnel représentent 71 % des charges d'exploitation.")
    a_table(
        pdf,
        "Tableau 3 – Origine des produits de l'exercice 2025",
        ("Financeur ou origine", "Montant", "Part"),
        A_FINANCEURS,
        (100, 35, 25),
        ("LEFT", "RIGHT", "RIGHT"),
    )
    a_para(pdf, "Les financements publics représentent environ 62 % des produits. La part des ressources propres, constituées des prestations et des cotisations, progresse de 27,4 % à 31,9 % grâce à la hausse des ventes de la ressourcerie et aux prestations d'accompagnement facturées aux collectivités.")
    a_para(pdf, "La cotisation annuelle est fixée à 150 € pour les structures de moins de 10 salariés et à 400 € pour les autres ; les collectivités membres versent une contribution de 0,20 € par habitant. Le soutien du Département de la Haute-Varenne, formalisé jusqu'ici par des conventions annuelles, devrait prendre en 2026 la forme d'une convention pluriannuelle d'objectifs couvrant la période 2026-2028.")
    a_para(pdf, "Principaux postes de charges de l'exercice :", after=1.2)
    a_bullets(pdf, [
        "salaires et charges sociales : 476 200 € ;",
        "loyers et charges locatives : 41 700 € ;",
        "sous-traitance et honoraires : 57 300 € ;",
        "déplacements, réceptions et événements : 24 800 €.",
    ])
    a_para(pdf, "La trésorerie s'établit à 214 000 € au 31 décembre 2025, soit un peu plus de trois mois de fonctionnement. Le décalage de versement de certaines subventions européennes, qui peut atteindre dix-huit mois, reste toutefois un point de vigilance pour le conseil d'administration.")

    # ---- page 7 : perspectives et gouvernance ----------------------------------
    pdf.add_page()
    a_h1(pdf, "6. Perspectives 2026")
    a_para(pdf, "Le conseil d'administration du 5 février 2026 a arrêté les orientations suivantes pour l'année à venir :", after=1.2)
    a_bullets(pdf, [
        "ouvrir au second semestre le tiers-lieu « La Halle aux Forges », dont les travaux représentent un investissement de 1,3 million d'euros ;",
        "porter à quinze le nombre de cantines approvisionnées par la cuisine partagée ;",
        "atteindre 55 structures membres à la fin de l'année, en ciblant en priorité les entreprises artisanales ;",
        "lancer une étude de faisabilité pour une monnaie locale complémentaire à l'échelle de la vallée ;",
        "préparer le projet stratégique 2028-2032 avec l'ensemble des membres.",
    ])
    a_para(pdf, "Le tiers-lieu occupera 1 200 m² d'anciens ateliers mécaniques situés en face de La Fonderie. Il accueillera un espace de travail partagé, une salle de formation, un atelier de fabrication numérique et un café associatif. Le plan de financement associe l'État, la Région Loire-Morvan, le Département et la communauté de communes ; la part d'autofinancement du pôle est limitée à 90 000 €.")
    a_h1(pdf, "7. Gouvernance")
    a_para(pdf, "Le conseil d'administration compte 18 administrateurs répartis entre les trois collèges. Il s'est réuni six fois en 2025 et l'assemblée générale ordinaire s'est tenue le 10 avril 2025. Le bureau est composé de :", after=1.2)
    a_bullets(pdf, [
        "Odile Ferrand-Massot, présidente (collège des entreprises de l'ESS) ;",
        "Thierry Gaudin, vice-président (collège des partenaires publics et académiques) ;",
        "Jean-Luc Rabier, trésorier (collège des entreprises du territoire).",
    ])
    a_para(pdf, "La direction du pôle est assurée par Karim Bensalem depuis septembre 2019. Il est secondé par une responsable administrative et financière et par trois chargés de mission, respectivement consacrés à l'économie circulaire, à l'emploi et à l'accompagnement des porteurs de projet.")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 9)
    pdf.cell(0, 5, "Contact", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 4.6, TA("Forges Solidaires – La Fonderie, 12 rue des Tanneurs, Montrevel-les-Forges\nTél. 03 53 73 40 25 · contact@forges-solidaires.example"), align="L", new_x="LMARGIN", new_y="NEXT")

    assert pdf.page == A_TOTAL_PAGES, f"document A has {pdf.page} pages, expected {A_TOTAL_PAGES}"
    pdf.output(str(path))


# =============================================================================
# Document B : délibération de la commission permanente (PDF)
# =============================================================================


def TB(s: str) -> str:
    return typo(s, "B")


B_REF = "CP-2025-11-087"


class DelibPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("Serif", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, TB(f"Délibération n° {B_REF} – Commission permanente du 17 novembre 2025 – Page {self.page_no()}/{{nb}}"), align="C")
        self.set_text_color(0, 0, 0)


B_BODY = 9.5
B_LH = 4.5


def b_para(pdf, text, after=2.0, style="", align="J", size=None):
    pdf.set_font("Serif", style, size or B_BODY)
    pdf.multi_cell(0, B_LH, hyph(TB(text)), align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def b_article(pdf, title, text, after=2.2):
    pdf.set_font("Serif", "B", B_BODY)
    pdf.cell(0, B_LH + 0.6, TB(title), new_x="LMARGIN", new_y="NEXT")
    b_para(pdf, text, after=after)


B_ANNEXE = [
    ("1", "SCIC Bois d'Ici", "Fontclaire", "Atelier de transformation du bois local", "24 000 €"),
    ("2", "Association Le Relais des Familles", "Saint-Aubin-sur-Lisle", "Épicerie solidaire itinérante", "18 500 €"),
    ("3", "SCOP Imprimerie Lislienne", "Lormes-la-Rivière", "Reprise de l'entreprise par ses salariés", "20 000 €"),
    ("4", "Association Vélo-Cité Lisle", "Saint-Aubin-sur-Lisle", "Atelier d'autoréparation de vélos", "9 000 €"),
    ("5", "Régie de quartier des Tilleuls", "Saint-Aubin-sur-Lisle", "Services de proximité aux habitants", "15 000 €"),
    ("6", "Jardin de Cocagne du Pin-Marcé", "Le Pin-Marcé", "Extension du maraîchage d'insertion", "22 000 €"),
    ("7", "Association Les Ateliers du Lin", "Sainte-Orne", "Recyclerie textile", "16 000 €"),
    ("8", "CAE Envol", "Lormes-la-Rivière", "Accompagnement d'entrepreneurs-salariés", "12 500 €"),
    ("9", "Association Café des Possibles", "Vaudrémont", "Café associatif et tiers-lieu rural", "8 000 €"),
    ("10", "Entreprise adaptée Atelier Horizon", "Cazeneuve", "Nouvelle ligne de conditionnement", "25 000 €"),
    ("11", "Association Mobilités Partagées", "Montrevel-les-Forges", "Transport solidaire à la demande", "10 500 €"),
    ("12", "SCIC Énergies Citoyennes de la Lisle", "Fontclaire", "Centrale photovoltaïque citoyenne", "6 000 €"),
]


def build_b(path: Path):
    total = sum(int(r[4].replace(" €", "").replace(" ", "")) for r in B_ANNEXE)
    assert total == 186500, total
    pdf = DelibPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE["B"])
    pdf.set_title(TB(f"Délibération {B_REF} – FDIS 2025 et convention Forges Solidaires"))
    pdf.set_author("Département de la Haute-Varenne")
    pdf.set_creator("Actes – Département de la Haute-Varenne")
    pdf.set_producer("fpdf2")
    pdf.add_font("Serif", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", "I", FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    # masthead
    pdf.set_font("Serif", "B", 9)
    y0 = pdf.get_y()
    pdf.multi_cell(80, 4.5, TB("DÉPARTEMENT DE LA HAUTE-VARENNE\nCONSEIL DÉPARTEMENTAL\nHôtel du Département\nSaint-Aubin-sur-Lisle"), align="L", new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(118, y0)
    pdf.multi_cell(70, 4.5, TB("RÉPUBLIQUE FRANÇAISE\nLiberté – Égalité – Fraternité"), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 4)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.5)
    pdf.line(22, pdf.get_y(), 188, pdf.get_y())
    pdf.ln(4)
    pdf.set_font("Serif", "B", 12)
    pdf.multi_cell(0, 6, TB("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDE LA COMMISSION PERMANENTE"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 6, TB("Réunion du lundi 17 novembre 2025"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 6, TB(f"Délibération n° {B_REF}"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    b_para(pdf, "Objet : Économie sociale et solidaire – Fonds départemental d'initiatives solidaires (FDIS) : attribution des subventions de la session 2025 – Approbation d'une convention pluriannuelle d'objectifs 2026-2028 avec l'association Forges Solidaires", style="B", align="L", after=1.5)
    b_para(pdf, "Rapporteur : Mme Hélène Vasseur-Diallo, vice-présidente chargée de l'insertion, de l'emploi et de l'économie sociale et solidaire", style="I", align="L", after=3)

    b_para(pdf, "L'an deux mille vingt-cinq, le dix-sept novembre à quatorze heures trente, la Commission permanente du Conseil départemental de la Haute-Varenne, régulièrement convoquée le 7 novembre 2025, s'est réunie à l'Hôtel du Département, à Saint-Aubin-sur-Lisle, sous la présidence de M. Bernard Lacombe, Président du Conseil départemental.")
    b_para(pdf, "Nombre de membres en exercice : 22 – Présents : 17 – Représentés : 3 – Absents : 2", style="B", align="L")
    b_para(pdf, "Présents : M. Bernard Lacombe, Mme Hélène Vasseur-Diallo, M. Alain Verdier, Mme Nadia Ferhat, M. Thierry Gaudin, Mme Sandrine Lefort, M. Patrick Morel-Dufour, Mme Josiane Cabrol, M. Olivier Tessier, Mme Leïla Haddad, M. Didier Fournial, Mme Marie-Christine Baud, M. Rémi Castaing, Mme Pauline Jourdan, M. Serge Lamarque, Mme Agnès Vidalenc, M. Yves Perrichon.")
    b_para(pdf, "Absents représentés : Mme Claire Poujol (pouvoir à M. Alain Verdier), M. Jean-Pierre Sabatier (pouvoir à Mme Josiane Cabrol), Mme Fabienne Ricard (pouvoir à M. Bernard Lacombe).")
    b_para(pdf, "Absents excusés : M. Lucien Barthe, Mme Émilie Costes.")
    b_para(pdf, "Secrétaire de séance : Mme Nadia Ferhat.", after=3)

    pdf.set_font("Serif", "B", B_BODY)
    pdf.cell(0, 6, TB("EXPOSÉ DES MOTIFS"), new_x="LMARGIN", new_y="NEXT")
    b_para(pdf, "Créé en 2019 dans le cadre du premier plan départemental en faveur de l'économie sociale et solidaire, le Fonds départemental d'initiatives solidaires soutient l'investissement et le démarrage de projets portés par des structures de l'ESS implantées en Haute-Varenne. Depuis sa création, il a permis d'accompagner 87 projets pour un montant cumulé de 1,12 million d'euros, avec un effet de levier estimé à 4,3 euros de financements complémentaires pour un euro apporté par le Département.")
    b_para(pdf, "La session 2025 a été marquée par une forte hausse des candidatures issues des territoires ruraux : 17 des 29 dossiers déposés provenaient de communes de moins de 3 500 habitants. Le comité technique, composé des services du Département, de la CRESS Loire-Morvan, de la direction régionale de l'économie, de l'emploi, du travail et des solidarités (DREETS) et du fonds territorial Lisle Active, a examiné les dossiers au regard des critères du règlement : utilité sociale, ancrage territorial, viabilité économique et gouvernance démocratique.")
    b_para(pdf, "Les douze projets proposés au soutien du Département représentent un investissement total de 612 000 € et devraient permettre de créer ou de consolider 58 emplois, dont 23 au bénéfice de personnes éloignées de l'emploi. Sept d'entre eux sont situés en zone rurale et trois dans le quartier prioritaire des Tilleuls, à Saint-Aubin-sur-Lisle. Les dossiers non retenus feront l'objet d'un retour écrit motivé et pourront, le cas échéant, être orientés vers d'autres dispositifs, notamment les prêts d'honneur et les garanties proposés par le fonds territorial.")
    b_para(pdf, "Par ailleurs, l'association Forges Solidaires, qui anime le pôle territorial de coopération économique de la vallée de la Lisle, bénéficiait jusqu'à présent de conventions annuelles, la dernière d'un montant de 68 000 € pour l'année 2025. Afin de lui donner une visibilité financière sur plusieurs exercices et de l'accompagner dans l'ouverture de son tiers-lieu, il est proposé de conclure avec elle une convention pluriannuelle d'objectifs d'une durée de trois ans.", after=3)

    pdf.set_font("Serif", "B", B_BODY)
    pdf.cell(0, 6, TB("LA COMMISSION PERMANENTE,"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for v in [
        "Vu le Code général des collectivités territoriales, et notamment ses articles L. 1111-10, L. 3211-1 et L. 3211-2 ;",
        "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, et notamment son article 10 ;",
        "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
        "Vu la délibération n° 2021-07-002 du Conseil départemental du 1er juillet 2021 portant délégation d'attributions à la Commission permanente ;",
        "Vu la délibération n° 2023-06-041 du Conseil départemental du 26 juin 2023 adoptant le schéma départemental de l'économie sociale et solidaire 2023-2028 ;",
        "Vu la délibération n° 2024-12-015 du Conseil départemental du 16 décembre 2024 adoptant le budget primitif 2025 ;",
        "Vu le règlement du Fonds départemental d'initiatives solidaires approuvé par la délibération n° CP-2024-03-022 du 18 mars 2024 ;",
        "Vu le rapport de M. le Président du Conseil départemental ;",
        "Vu l'avis favorable de la commission « Solidarités, insertion et emploi » réunie le 4 novembre 2025 ;",
    ]:
        b_para(pdf, v, after=1.0)
    pdf.ln(1.5)
    for c in [
        "Considérant que l'économie sociale et solidaire représente, selon les dernières données de l'observatoire régional, 9 870 emplois salariés en Haute-Varenne, soit 11,2 % de l'emploi privé du département, contre 10,7 % à l'échelle de la région Loire-Morvan ;",
        "Considérant que le schéma départemental de l'ESS 2023-2028 fixe pour objectif la création ou la consolidation de 600 emplois dans les structures de l'ESS d'ici 2028, en priorité dans les territoires ruraux et dans les quartiers prioritaires de la politique de la ville ;",
        "Considérant que l'appel à projets 2025 du FDIS, ouvert du 3 mars au 30 mai 2025, a suscité le dépôt de 29 dossiers, dont 12 ont été jugés éligibles et prioritaires par le comité technique réuni le 30 septembre 2025 ;",
        "Considérant que les crédits inscrits au budget primitif 2025 au titre du FDIS s'élèvent à 200 000 € ;",
        "Considérant que l'association Forges Solidaires contribue directement aux objectifs du schéma départemental et qu'il convient de sécuriser son financement pour la période 2026-2028 ;",
    ]:
        b_para(pdf, c, after=1.0)
    pdf.ln(1.5)
    b_para(pdf, "Après en avoir délibéré,", after=1)
    pdf.set_font("Serif", "B", B_BODY)
    pdf.cell(0, 6, TB("DÉCIDE :"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    b_article(pdf, "Article 1er", "D'attribuer, au titre de la session 2025 du Fonds départemental d'initiatives solidaires, des subventions d'un montant total de 186 500 € aux douze bénéficiaires figurant dans le tableau annexé à la présente délibération.")
    b_article(pdf, "Article 2", "De préciser que, conformément au règlement du FDIS, chaque subvention est plafonnée à 25 000 € et ne peut excéder 50 % du coût total éligible du projet. Les subventions d'un montant inférieur ou égal à 10 000 € sont versées en une seule fois à la notification. Les autres sont versées à hauteur de 70 % à la notification, le solde de 30 % étant versé sur présentation d'un bilan d'exécution et des justificatifs de dépenses, au plus tard le 30 juin 2027. À défaut de réalisation du projet dans un délai de dix-huit mois à compter de la notification, la subvention sera caduque et les sommes déjà versées feront l'objet d'un titre de recette.")
    b_article(pdf, "Article 3", "D'approuver la convention pluriannuelle d'objectifs 2026-2028 à conclure avec l'association Forges Solidaires, dont le siège est situé 12 rue des Tanneurs à Montrevel-les-Forges, prévoyant une participation départementale de 72 000 € par an, soit 216 000 € sur la durée de la convention, sous réserve du vote des crédits correspondants lors de chaque budget primitif. La convention fixe à l'association les objectifs suivants :", after=1.2)
    for item in [
        "a) accompagner chaque année au moins 50 porteurs de projet de l'ESS, dont 20 % issus des territoires ruraux isolés ;",
        "b) maintenir un taux de sorties dynamiques des salariés en insertion au moins égal à 55 % ;",
        "c) ouvrir le tiers-lieu « La Halle aux Forges » avant le 31 décembre 2026 ;",
        "d) produire chaque année un bilan d'activité et un rapport d'évaluation fondé sur des indicateurs partagés avec le Département.",
    ]:
        pdf.set_x(30)
        pdf.set_font("Serif", "", B_BODY)
        pdf.multi_cell(pdf.w - 30 - 22, B_LH, hyph(TB(item)), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.ln(1.6)
    b_article(pdf, "Article 4", "D'autoriser le Président du Conseil départemental, ou son représentant, à signer la convention mentionnée à l'article 3 ainsi que les arrêtés et conventions attributifs des subventions mentionnées à l'article 1er.")
    b_article(pdf, "Article 5", "Les dépenses correspondantes seront imputées sur les crédits du chapitre 65, article 6574, fonction 93, programme « ESS – FDIS » du budget départemental 2025 pour l'article 1er, et sur les crédits des budgets 2026, 2027 et 2028 pour l'article 3. Le reliquat de l'enveloppe 2025 du FDIS, soit 13 500 €, sera redéployé par décision modificative au profit de l'aide aux ateliers et chantiers d'insertion.")
    b_article(pdf, "Article 6", "La présente délibération peut faire l'objet d'un recours devant le tribunal administratif de Vérancourt dans un délai de deux mois à compter de sa publication. Le tribunal administratif peut être saisi au moyen de l'application « Télérecours citoyens » accessible sur le site www.telerecours.fr.", after=3)

    pdf.set_font("Serif", "B", B_BODY)
    pdf.cell(0, 6, TB("RÉSULTAT DU VOTE"), new_x="LMARGIN", new_y="NEXT")
    b_para(pdf, "Adopté. Votants : 19 – Pour : 17 – Contre : 0 – Abstentions : 2 (M. Rémi Castaing, Mme Agnès Vidalenc).", after=1)
    b_para(pdf, "M. Thierry Gaudin, vice-président de l'association Forges Solidaires, n'a pas pris part au débat ni au vote.", after=3)
    b_para(pdf, "Fait et délibéré à Saint-Aubin-sur-Lisle, les jour, mois et an susdits.", after=4)

    if pdf.get_y() > 230:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("Serif", "", B_BODY)
    pdf.multi_cell(75, B_LH, TB("La secrétaire de séance,\n\n\nNadia Ferhat"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(113, y)
    pdf.multi_cell(75, B_LH, TB("Le Président du Conseil départemental,\n\n\nBernard Lacombe"), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Serif", "I", 8.5)
    pdf.multi_cell(0, 4.2, TB("Acte certifié exécutoire – Transmis au représentant de l'État le 20 novembre 2025 – Publié sur le site internet du Département le 21 novembre 2025.\nIdentifiant de télétransmission : 071-227100015-20251117-CP2025110087-DE"), align="L", new_x="LMARGIN", new_y="NEXT")

    # annexe
    pdf.add_page()
    pdf.set_font("Serif", "B", 11)
    pdf.multi_cell(0, 6, TB(f"ANNEXE à la délibération n° {B_REF}\nSubventions attribuées au titre du FDIS – session 2025"), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "", 8.5)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(9, 48, 35, 52, 22),
        text_align=("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT"),
        line_height=4.6,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
        width=166,
    ) as table:
        r = table.row()
        for h in ("N°", "Bénéficiaire", "Commune", "Objet du projet", "Montant"):
            r.cell(TB(h))
        for row in B_ANNEXE:
            r = table.row()
            for c in row:
                r.cell(TB(c))
        r = table.row()
        r.cell(TB("Total – 12 bénéficiaires"), colspan=4, align="RIGHT")
        r.cell(TB("186 500 €"))
    pdf.ln(5)
    b_para(pdf, "Les montants ci-dessus sont exprimés toutes taxes comprises lorsque le bénéficiaire ne récupère pas la TVA. Chaque bénéficiaire s'engage à faire mention du soutien du Département de la Haute-Varenne sur l'ensemble de ses supports de communication relatifs au projet subventionné.", size=9)

    pdf.output(str(path))


# =============================================================================
# Document C : page web de l'agglomération (HTML)
# =============================================================================


def TC(s: str) -> str:
    return typo(s, "C")


def _wrap_html(text: str, width: int = 96) -> str:
    t = TC(" ".join(text.split()))
    w = textwrap.TextWrapper(width=width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(w.wrap(t))


def P(text: str, cls: str | None = None) -> str:
    c = f' class="{cls}"' if cls else ""
    return f"<p{c}>" + _wrap_html(text) + "</p>"


def UL(items, tag="ul") -> str:
    lis = "\n".join(f"  <li>{TC(i)}</li>" for i in items)
    return f"<{tag}>\n{lis}\n</{tag}>"


C_TABLE = [
    ("Investissements matériels (équipement, outillage, mobilier)", "Oui", "25 000 €"),
    ("Travaux d'aménagement de locaux", "Oui", "30 000 €"),
    ("Études, conseil et accompagnement", "Oui", "8 000 €"),
    ("Frais de personnel liés au lancement", "Oui, dans la limite de 12 mois", "15 000 €"),
    ("Véhicules", "Oui, si électriques ou mutualisés", "12 000 €"),
    ("Dépenses de fonctionnement courant (loyers, fluides, assurances)", "Non", "–"),
    ("Acquisitions foncières et immobilières", "Non", "–"),
]


def build_c(path: Path):
    rows = "\n".join(
        f"        <tr><td>{TC(a)}</td><td>{TC(b)}</td><td>{TC(c)}</td></tr>" for a, b, c in C_TABLE
    )
    contact = P('Mission économie sociale et solidaire – Service Développement économique<br>Camille Roussel, '
                'chargée de mission ESS<br>Tél. 03 53 73 02 18 – <a href="mailto:ess@agglo-brevannes.example">'
                'ess@agglo-brevannes.example</a>')
    main = f"""
      <nav class="breadcrumb" aria-label="Fil d'Ariane">
        <ol>
          <li><a href="/">Accueil</a></li>
          <li><a href="/economie-emploi">Économie &amp; emploi</a></li>
          <li><a href="/economie-emploi/economie-sociale-et-solidaire">Économie sociale et solidaire</a></li>
          <li aria-current="page">{TC("Appel à projets « Entreprendre autrement » 2026")}</li>
        </ol>
      </nav>

      <article class="node node--actualite">
        <header class="article-header">
          <span class="tag">Appel à projets</span>
          <h1>{TC("Appel à projets « Entreprendre autrement » 2026")}</h1>
          <p class="dates">Publié le <time datetime="2026-01-12">12 janvier 2026</time> –
            Mis à jour le <time datetime="2026-01-20">20 janvier 2026</time></p>
          <ul class="share" aria-label="Partager cette page">
            <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.agglo-brevannes.example%2Faap-entreprendre-autrement-2026">Facebook</a></li>
            <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.agglo-brevannes.example%2Faap-entreprendre-autrement-2026">LinkedIn</a></li>
            <li><a href="https://x.com/intent/post?url=https%3A%2F%2Fwww.agglo-brevannes.example%2Faap-entreprendre-autrement-2026">X</a></li>
            <li><a href="mailto:?subject=Appel%20%C3%A0%20projets%20Entreprendre%20autrement%202026">Envoyer par courriel</a></li>
            <li><a href="javascript:window.print()">Imprimer</a></li>
          </ul>
        </header>

        <div class="chapo">
{P("Pour la quatrième année consécutive, la Communauté d'agglomération du Pays de Brévannes lance son appel à projets « Entreprendre autrement ». Doté de 150 000 €, il soutient la création et le développement d'activités de l'économie sociale et solidaire sur les 27 communes du territoire. Les candidatures sont ouvertes jusqu'au 27 mars 2026 à midi.")}
        </div>

        <figure class="illustration">
          <img src="/sites/default/files/styles/large/public/2026-01/fabrique-a-vrac-sermaize.jpg" alt="{TC("Deux salariées de l'épicerie coopérative La Fabrique à Vrac derrière le comptoir")}" width="960" height="540">
          <figcaption>{TC("L'épicerie coopérative La Fabrique à Vrac, lauréate 2025, à Sermaize-la-Côte.")} <span class="credit">{TC("© Agglo du Pays de Brévannes / Julien Marchal")}</span></figcaption>
        </figure>

        <div class="text-formatted">
          <h2>{TC("L'ESS, un pilier de l'économie locale")}</h2>
{P("L'économie sociale et solidaire (ESS) regroupe les associations, coopératives, mutuelles, fondations et sociétés commerciales qui poursuivent un but d'utilité sociale, appliquent une gouvernance démocratique et réinvestissent l'essentiel de leurs bénéfices dans leur activité. Sur le territoire de l'Agglo, elle représente 3 140 emplois salariés répartis dans 286 établissements employeurs, soit 9,6 % de l'emploi privé.")}
{P("C'est moins que la moyenne du Val-d'Arroux (10,1 %) et de la région Loire-Morvan (10,7 %), et nettement moins qu'au niveau national (13,6 %) : les élus communautaires y voient une marge de progression importante. Depuis l'adoption de sa feuille de route ESS en septembre 2022, l'Agglo s'est dotée d'une mission dédiée au sein du service Développement économique, a ouvert un guichet d'orientation pour les porteurs de projet et a intégré des clauses sociales dans 38 % de ses marchés publics de travaux.")}

          <h2>Quels projets sont concernés ?</h2>
{P("L'appel à projets vise à faire émerger et à consolider des activités économiques durables qui répondent à des besoins du territoire pas ou mal satisfaits. Les projets devront s'inscrire dans au moins l'une des thématiques suivantes :")}
{UL([
    "alimentation durable et circuits courts ;",
    "économie circulaire, réemploi et réparation ;",
    "mobilité solidaire en milieu rural ;",
    "services aux personnes âgées et à leurs aidants ;",
    "insertion professionnelle des jeunes de moins de 26 ans ;",
    "culture et lien social dans les centres-bourgs.",
])}
{P("Une attention particulière sera portée aux projets implantés dans le quartier prioritaire des Tourelles, à Brévannes, et dans les communes de moins de 2 000 habitants.")}

          <h2>Qui peut candidater ?</h2>
{P("L'appel à projets est ouvert aux structures de l'ESS au sens de la loi du 31 juillet 2014 dont le siège ou un établissement est situé sur le territoire de l'Agglo, ou qui s'engagent à s'y implanter avant la fin de l'année 2026 :")}
{UL([
    "les associations déclarées (loi 1901), qu'elles soient employeuses ou non ;",
    "les coopératives : SCOP, SCIC et coopératives d'activité et d'emploi (CAE) ;",
    "les mutuelles et les fondations ;",
    "les sociétés commerciales bénéficiant de l'agrément « entreprise solidaire d'utilité sociale » (ESUS) ;",
    "les collectifs de citoyens en cours de structuration, à condition d'être accompagnés par une structure d'appui reconnue (incubateur, CAE, réseau d'accompagnement).",
])}
{P("Ne sont pas éligibles : les entreprises individuelles et les micro-entreprises qui ne disposent pas de l'agrément ESUS, les communes et leurs établissements publics, les projets déjà achevés à la date de dépôt du dossier, ainsi que les structures déjà aidées pour le même projet lors de l'une des deux éditions précédentes.")}

          <h2>Quel soutien financier ?</h2>
{P("L'enveloppe globale de l'édition 2026 s'élève à 150 000 €. La subvention accordée à chaque lauréat est comprise entre 3 000 € et 20 000 €. Elle ne peut dépasser 60 % du budget total du projet ; ce taux est porté à 80 % pour les projets implantés dans le quartier des Tourelles.")}
{P("Les projets en phase d'émergence (structure créée depuis moins d'un an ou en cours de création) peuvent en outre bénéficier d'un « bonus amorçage » de 5 000 €, cumulable avec la subvention dans la limite des plafonds ci-dessus.")}

          <h3>Dépenses éligibles</h3>
          <table class="table table--striped">
            <caption>{TC("Nature des dépenses prises en compte et plafonds de dépense retenue")}</caption>
            <thead>
              <tr><th scope="col">Type de dépense</th><th scope="col">Éligible</th><th scope="col">{TC("Plafond de dépense retenue")}</th></tr>
            </thead>
            <tbody>
{rows}
            </tbody>
          </table>
{P("Les dépenses engagées avant la date de dépôt du dossier ne sont pas prises en compte. Les contributions en nature (bénévolat, mise à disposition de locaux) peuvent être valorisées dans le plan de financement mais ne sont pas subventionnables.")}

          <h2>Comment les projets sont-ils sélectionnés ?</h2>
{P("Les dossiers complets sont examinés par un jury composé d'élus communautaires, de représentants de la CRESS Loire-Morvan, de France Travail, du Département du Val-d'Arroux et de deux lauréats des éditions précédentes. Chaque projet est noté sur 100 points selon la grille suivante :")}
{UL([
    "utilité sociale et réponse à un besoin du territoire : 30 points ;",
    "viabilité économique et modèle de financement : 25 points ;",
    "ancrage territorial et coopérations locales : 20 points ;",
    "gouvernance et implication des parties prenantes : 15 points ;",
    "impact environnemental : 10 points.",
], tag="ol")}
{P("Seuls les projets ayant obtenu une note d'au moins 60 points peuvent être retenus. Le jury peut proposer un montant inférieur à celui qui a été demandé.")}

          <h2>Calendrier</h2>
{UL([
    "<strong>15 janvier 2026</strong> : ouverture de l'appel à projets ;",
    "<strong>3 février 2026 à 18 h 30</strong> : réunion d'information à la Maison des associations de Brévannes, 9 rue Jean-Jaurès ;",
    "<strong>10 février 2026 à 12 h 30</strong> : webinaire de présentation (inscription en ligne) ;",
    "<strong>27 mars 2026 à 12 h</strong> : date limite de dépôt des dossiers ;",
    "<strong>du 13 au 24 avril 2026</strong> : audition des candidats par le jury ;",
    "<strong>19 mai 2026</strong> : décision du bureau communautaire ;",
    "<strong>juin 2026</strong> : remise des prix lors du Forum de l'emploi solidaire.",
])}

          <h2>Comment déposer sa candidature ?</h2>
{P("Le dossier est à déposer exclusivement en ligne, sur la plateforme des démarches de l'Agglo. Il comprend :")}
{UL([
    "le formulaire de candidature complété ;",
    "les statuts de la structure et la liste des membres de son conseil d'administration ou de son organe de direction ;",
    "le budget prévisionnel du projet sur trois ans et son plan de financement ;",
    "les derniers comptes approuvés (sauf pour les structures en création) ;",
    "un relevé d'identité bancaire.",
])}
{P("Avant tout dépôt, les porteurs de projet sont invités à prendre contact avec la mission ESS, qui peut les aider à vérifier l'éligibilité de leur projet et à compléter leur dossier. Un accompagnement gratuit est également proposé par l'incubateur « Ruches d'Arroux » et par la coopérative d'activité et d'emploi Coop'Arroux.")}
          <p class="downloads">
            <a class="btn btn--download" href="/sites/default/files/2026-01/reglement-aap-entreprendre-autrement-2026.pdf" type="application/pdf">{TC("Télécharger le règlement (PDF, 380 Ko)")}</a>
            <a class="btn btn--download" href="/sites/default/files/2026-01/dossier-candidature-aap-2026.docx">{TC("Télécharger le dossier de candidature (DOCX, 96 Ko)")}</a>
            <a class="btn btn--primary" href="https://demarches.agglo-brevannes.example/aap-entreprendre-autrement-2026">{TC("Déposer ma candidature en ligne")}</a>
          </p>

          <h2>Questions fréquentes</h2>
          <h3>Puis-je présenter plusieurs projets ?</h3>
{P("Non. Chaque structure ne peut déposer qu'un seul dossier par édition. Un même projet porté conjointement par plusieurs structures doit être présenté par un chef de file, qui sera l'unique bénéficiaire de la subvention et la reversera le cas échéant à ses partenaires.")}
          <h3>Mon projet est déjà soutenu par la Région : puis-je candidater ?</h3>
{P("Oui. L'aide de l'Agglo est cumulable avec d'autres financements publics (État, Région Loire-Morvan, Département du Val-d'Arroux, fonds européens), à condition que le total des aides publiques ne dépasse pas 80 % du budget du projet. Les cofinancements obtenus ou sollicités doivent être indiqués dans le dossier.")}
          <h3>Quand la subvention est-elle versée ?</h3>
{P("Une convention est signée avec chaque lauréat. La subvention est versée en deux fois : une avance de 50 % à la signature de la convention, puis le solde sur présentation d'un compte rendu d'exécution et des factures acquittées. Le projet doit être réalisé dans les vingt-quatre mois suivant la décision du bureau communautaire.")}
          <h3>Le projet doit-il être situé dans une commune précise ?</h3>
{P("Le projet peut être implanté dans n'importe laquelle des 27 communes de l'Agglo, de Brévannes à Saint-Jory-d'Arroux. Les projets qui rayonnent aussi sur des communes voisines situées hors du territoire, par exemple dans la communauté de communes des Coteaux de l'Arroux, restent éligibles si l'activité principale est exercée dans l'Agglo.")}

          <h2>{TC("Retour sur l'édition 2025")}</h2>
{P("En 2025, 34 dossiers avaient été déposés et 15 projets ont été retenus, pour un montant total de 138 000 €. Selon le bilan réalisé à l'automne, ces projets ont permis de créer ou de consolider 41 emplois, dont 12 dans le quartier des Tourelles.")}
{P("Parmi les lauréats figurent l'épicerie coopérative La Fabrique à Vrac à Sermaize-la-Côte, l'atelier de réparation d'électroménager Répare &amp; Vous à Orvilliers et l'association Les Mains Vertes, qui a aménagé un jardin d'insertion de 1,5 hectare aux Aubiers.")}
          <h3>Trois lauréats 2025 racontent</h3>
{P("<strong>La Fabrique à Vrac (Sermaize-la-Côte).</strong> Créée sous forme de SCIC par une vingtaine d'habitants, l'épicerie propose des produits sans emballage issus pour moitié de producteurs situés à moins de 50 kilomètres. La subvention de 14 000 € a financé l'aménagement du magasin et l'achat des silos. L'épicerie emploie aujourd'hui deux salariés et compte 310 sociétaires.")}
{P("<strong>Répare &amp; Vous (Orvilliers).</strong> Cet atelier associatif répare le petit et le gros électroménager et forme des jeunes au métier de technicien. Soutenu à hauteur de 9 500 €, il a remis en service plus de 1 800 appareils en un an et s'est associé à la déchetterie intercommunale pour récupérer les équipements réparables.")}
{P("<strong>Les Mains Vertes (Les Aubiers).</strong> L'association, qui porte un atelier et chantier d'insertion, a reçu 20 000 € pour aménager son jardin et construire une serre. Huit salariés en insertion y produisent des légumes vendus en paniers hebdomadaires et livrés à deux cantines de l'Agglo.")}
        </div>

        <aside class="contact-box">
          <h2>Contact</h2>
{contact}
        </aside>
      </article>
"""
    head_title = TC("Appel à projets « Entreprendre autrement » 2026 | Agglo du Pays de Brévannes")
    html_doc = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{head_title}</title>
  <meta name="description" content="{TC("L'Agglo du Pays de Brévannes lance la 4e édition de son appel à projets en faveur de l'économie sociale et solidaire : 150 000 € pour les projets d'utilité sociale. Dépôt des dossiers jusqu'au 27 mars 2026.")}">
  <meta name="dcterms.title" content="{TC("Appel à projets « Entreprendre autrement » 2026")}">
  <meta name="dcterms.publisher" content="{TC("Communauté d'agglomération du Pays de Brévannes")}">
  <meta name="dcterms.date" content="2026-01-12">
  <meta name="dcterms.modified" content="2026-01-20">
  <meta name="dcterms.language" content="fr">
  <meta name="dcterms.spatial" content="{TC("Pays de Brévannes, Val-d'Arroux")}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Agglo du Pays de Brévannes">
  <meta property="og:title" content="{TC("Appel à projets « Entreprendre autrement » 2026")}">
  <meta property="og:image" content="https://www.agglo-brevannes.example/sites/default/files/2026-01/fabrique-a-vrac-sermaize.jpg">
  <meta property="article:published_time" content="2026-01-12T09:00:00+01:00">
  <meta property="article:modified_time" content="2026-01-20T16:42:00+01:00">
  <link rel="canonical" href="https://www.agglo-brevannes.example/economie-emploi/economie-sociale-et-solidaire/aap-entreprendre-autrement-2026">
  <link rel="stylesheet" href="/themes/custom/brevannes/css/style.min.css?t8x2k1">
  <script src="/themes/custom/brevannes/js/tarteaucitron.min.js"></script>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page_type": "actualite", "rubrique": "economie"}});</script>
</head>
<body class="path-node page-node-type-actualite">
  <a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>

  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
    <p>{TC("Ce site utilise des cookies pour mesurer l'audience et vous proposer des contenus vidéo. Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix à tout moment depuis la page « Gestion des cookies ».")}</p>
    <button type="button" class="btn">Tout accepter</button>
    <button type="button" class="btn">Tout refuser</button>
    <button type="button" class="btn btn--link">Personnaliser</button>
  </div>

  <header class="site-header" role="banner">
    <div class="header-top">
      <a href="/" class="logo" rel="home"><img src="/themes/custom/brevannes/logo.svg" alt="Agglo du Pays de Brévannes – Accueil" width="180" height="60"></a>
      <ul class="quick-links">
        <li><a href="/demarches">Mes démarches</a></li>
        <li><a href="/agenda">Agenda</a></li>
        <li><a href="/contact">Nous contacter</a></li>
        <li><a href="/recherche">Rechercher</a></li>
      </ul>
    </div>
    <nav class="main-menu" role="navigation" aria-label="Menu principal">
      <ul>
        <li><a href="/">Accueil</a></li>
        <li><a href="/l-agglo">{TC("L'Agglo")}</a></li>
        <li><a href="/vivre-habiter">Vivre &amp; habiter</a></li>
        <li class="is-active"><a href="/economie-emploi">Économie &amp; emploi</a></li>
        <li><a href="/environnement-dechets">Environnement &amp; déchets</a></li>
        <li><a href="/mobilites">Mobilités</a></li>
        <li><a href="/culture-loisirs">Culture &amp; loisirs</a></li>
        <li><a href="/demarches">Démarches en ligne</a></li>
      </ul>
    </nav>
  </header>

  <div class="layout-container">
    <main id="main-content" role="main">
{main}
    </main>

    <aside class="sidebar" role="complementary">
      <section class="block block--menu">
        <h2>Dans cette rubrique</h2>
        <ul>
          <li><a href="/economie-emploi/economie-sociale-et-solidaire">{TC("L'ESS dans le Pays de Brévannes")}</a></li>
          <li><a href="/economie-emploi/economie-sociale-et-solidaire/guichet">Le guichet ESS</a></li>
          <li><a href="/economie-emploi/clauses-sociales">Les clauses sociales</a></li>
          <li><a href="/economie-emploi/economie-sociale-et-solidaire/laureats">{TC("Les lauréats des éditions précédentes")}</a></li>
        </ul>
      </section>
      <section class="block block--agenda">
        <h2>Agenda</h2>
        <ul>
          <li><time datetime="2026-02-03">3 février</time> – {TC("Réunion d'information « Entreprendre autrement »")}</li>
          <li><time datetime="2026-02-18">18 février</time> – {TC("Café-rencontre des créateurs d'entreprise")}</li>
          <li><time datetime="2026-03-07">7 mars</time> – Repair café géant aux Aubiers</li>
        </ul>
      </section>
      <section class="block block--related">
        <h2>À lire aussi</h2>
        <ul>
          <li><a href="/actualites/forum-emploi-solidaire-2026">{TC("Le Forum de l'emploi solidaire revient le 11 juin")}</a></li>
          <li><a href="/actualites/mois-ess-2025-bilan">{TC("Mois de l'ESS 2025 : retour en images")}</a></li>
          <li><a href="/actualites/clauses-sociales-bilan-2025">{TC("Clauses sociales : un bilan encourageant")}</a></li>
        </ul>
      </section>
      <section class="block block--newsletter">
        <h2>Lettre d'information</h2>
        <form action="/newsletter" method="post">
          <label for="nl-email">Votre adresse électronique</label>
          <input type="email" id="nl-email" name="email">
          <button type="submit">{TC("S'abonner")}</button>
        </form>
      </section>
    </aside>
  </div>

  <footer class="site-footer" role="contentinfo">
    <div class="footer-address">
      <p><strong>{TC("Communauté d'agglomération du Pays de Brévannes")}</strong><br>
      {TC("Hôtel d'agglomération – 4 place du Champ-de-Foire – CS 30118 – Brévannes Cedex")}<br>
      Tél. 03 53 73 02 00 – Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h 30</p>
    </div>
    <ul class="footer-social">
      <li><a href="https://www.facebook.com/agglobrevannes.example">Facebook</a></li>
      <li><a href="https://www.linkedin.com/company/agglo-brevannes-example">LinkedIn</a></li>
      <li><a href="https://www.instagram.com/agglobrevannes.example">Instagram</a></li>
    </ul>
    <ul class="footer-links">
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/accessibilite">{TC("Accessibilité : partiellement conforme")}</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
      <li><a href="/donnees-personnelles">Données personnelles</a></li>
      <li><a href="#" id="cookie-settings">Gestion des cookies</a></li>
    </ul>
    <p class="copyright">{TC("© 2026 Agglo du Pays de Brévannes – Crédits photos : Julien Marchal, Agglo du Pays de Brévannes ; Adobe Stock")}</p>
  </footer>
  <script src="/themes/custom/brevannes/js/main.min.js?t8x2k1"></script>
</body>
</html>
"""
    html_doc = html_doc.replace(NBSP, "&nbsp;")
    path.write_text(html_doc, encoding="utf-8")


# =============================================================================
# Document D : compte rendu de comité de pilotage (Markdown)
# =============================================================================

_MD_PROTECT = re.compile(r"(?<=\d) (?=\d{3}(?!\d))|(?<=\d) (?=[%€h]\b|[%€])|(?<=n°) ")


def md_wrap(text: str, width: int = 80, indent: str = "", first: str = "") -> str:
    t = _MD_PROTECT.sub("\x00", " ".join(text.split()))
    w = textwrap.TextWrapper(width=width, initial_indent=first, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False)
    return w.fill(t).replace("\x00", " ")


def build_d(path: Path):
    W = md_wrap
    parts: list[str] = []
    add = parts.append
    add("""---
title: "Compte rendu du comité de pilotage du Pacte local pour l'ESS - séance du 2 octobre 2025"
publisher: "Ville de Lormes-la-Rivière - Direction du développement économique et de l'emploi"
date: 2025-10-02
territory: "Lormes-la-Rivière (Haute-Varenne, région Loire-Morvan)"
document_type: compte rendu
author: Farid Ouali
validated: 2025-10-09
---
""")
    add("# Comité de pilotage du Pacte local pour l'ESS\n")
    add("## Séance du jeudi 2 octobre 2025\n")
    add("**Lieu :** salle du conseil municipal, hôtel de ville de Lormes-la-Rivière  \n"
        "**Horaires :** 18 h 00 - 20 h 15  \n"
        "**Présidence :** Sophie Marchetti, maire-adjointe déléguée à l'économie sociale et solidaire et au commerce de proximité  \n"
        "**Secrétaire de séance :** Farid Ouali, chargé de mission ESS\n")
    add("### Participants\n")
    add("**Membres à voix délibérative présents (10) :**\n")
    add("\n".join("- " + x for x in [
        "Sophie Marchetti, maire-adjointe déléguée à l'ESS et au commerce de proximité",
        "Yannick Le Goff, conseiller municipal délégué à la vie associative",
        "Aurore Delmas, directrice du CCAS",
        "Laetitia Brun, chargée de développement territorial, CRESS Loire-Morvan",
        "Karim Bensalem, directeur du PTCE Forges Solidaires",
        "Élodie Carrère, co-gérante de la CAE Envol",
        "Paul Vidal, gérant de l'Imprimerie Lislienne (SCOP)",
        "Nathalie Roux, directrice de l'agence France Travail de Lormes-la-Rivière",
        "Hugo Lambert, représentant du conseil citoyen des Prés-Hauts",
        "Bénédicte Aubry, présidente de l'Union locale des associations (ULA)",
    ]) + "\n")
    add("**Assistaient également (voix consultative) :**\n")
    add("\n".join("- " + x for x in [
        "Farid Ouali, chargé de mission ESS, Ville de Lormes-la-Rivière",
        "Marion Texier, facilitatrice des clauses sociales, Maison de l'emploi de la vallée de la Lisle",
        "Julien Barre, responsable de la restauration scolaire",
    ]) + "\n")
    add("**Excusés :**\n")
    add("\n".join("- " + x for x in [
        "Gérard Poitevin, maire de Lormes-la-Rivière",
        "Hélène Vasseur-Diallo, vice-présidente du Conseil départemental de la Haute-Varenne",
        "Anne-Sophie Guérin, directrice de la proximité, Lisle Habitat",
    ]) + "\n")
    add("### Ordre du jour\n")
    add("\n".join([
        "1. Approbation du compte rendu de la séance du 12 juin 2025",
        "2. Point d'étape du Pacte local pour l'ESS 2024-2026",
        "3. Clauses sociales dans la commande publique",
        "4. Budget participatif ESS : règlement de la deuxième édition",
        "5. Mois de l'ESS 2025",
        "6. Questions diverses",
    ]) + "\n")
    add("---\n")
    add("## 1. Approbation du compte rendu du 12 juin 2025\n")
    add(W("Sophie Marchetti ouvre la séance à 18 h 05 et remercie les participants, en "
          "particulier les deux nouveaux membres du comité, Bénédicte Aubry pour l'Union "
          "locale des associations et Hugo Lambert pour le conseil citoyen des Prés-Hauts. "
          "Aucune remarque n'ayant été formulée sur le compte rendu de la séance du 12 juin "
          "2025, celui-ci est soumis au vote.") + "\n")
    add("> **Décision n° 1 :** le compte rendu de la séance du 12 juin 2025 est approuvé à\n"
        "> l'unanimité des membres présents (10 pour, 0 contre, 0 abstention).\n")
    add("## 2. Point d'étape du Pacte local pour l'ESS 2024-2026\n")
    add(W("Farid Ouali rappelle que le Pacte local pour l'ESS, adopté par le conseil "
          "municipal le 25 janvier 2024, comporte huit actions réparties en trois axes : "
          "faciliter l'accès des structures de l'ESS aux ressources de la Ville, faire de la "
          "commande publique un levier d'insertion et soutenir les initiatives citoyennes. Le "
          "budget consacré au Pacte en 2025 s'élève à 155 000 euros, hors frais de personnel. "
          "Le tableau ci-dessous présente l'état d'avancement de chaque action au 30 septembre "
          "2025.") + "\n")
    add("""| N° | Action | Pilote | Avancement au 30/09/2025 | Budget 2025 |
|---:|--------|--------|--------------------------|------------:|
| 1 | Guichet unique ESS en mairie | Ville | Réalisé | 8 000 € |
| 2 | Clauses sociales dans les marchés | Ville / Maison de l'emploi | En cours | 12 000 € |
| 3 | Budget participatif ESS | Ville | En cours | 40 000 € |
| 4 | Tiers-lieu des Prés-Hauts | Ville / Lisle Habitat | Retardé | 65 000 € |
| 5 | Épicerie sociale et solidaire | CCAS | Réalisé | 15 000 € |
| 6 | Achats locaux en restauration scolaire | Ville | En cours | 5 000 € |
| 7 | Formation des élus et des agents | CRESS Loire-Morvan | Réalisé | 3 500 € |
| 8 | Mois de l'ESS | Ville / CRESS | En cours | 6 500 € |
|  | **Total** |  |  | **155 000 €** |
""")
    add(W("Le guichet unique, ouvert à la mairie annexe des Prés-Hauts depuis le 3 mars 2025, a "
          "reçu 74 personnes ou structures en six mois ; près de la moitié des demandes "
          "concernaient la recherche de locaux. L'épicerie sociale et solidaire gérée par le "
          "CCAS compte désormais 212 foyers inscrits. Aurore Delmas précise que la "
          "fréquentation a augmenté de 20 % depuis la rentrée et que l'épicerie recherche "
          "des bénévoles pour le samedi matin.") + "\n")
    add(W("Le tiers-lieu des Prés-Hauts accuse en revanche un retard important : la découverte "
          "d'amiante dans les faux plafonds du rez-de-chaussée de l'immeuble a imposé un "
          "désamiantage qui n'était pas prévu. Le coût total de l'opération est réévalué à "
          "480 000 euros, contre 410 000 euros initialement, et l'ouverture, d'abord prévue "
          "en mars 2026, est repoussée à septembre 2026. Hugo Lambert regrette ce report et "
          "demande que les habitants en soient informés rapidement ; Sophie Marchetti "
          "s'engage à organiser une réunion publique avant la fin de l'année. Le surcoût sera "
          "partagé entre la Ville et Lisle Habitat, selon des modalités qui restent à "
          "préciser.") + "\n")
    add(W("Laetitia Brun indique que les sept sessions de formation organisées par la CRESS "
          "depuis janvier ont réuni 46 élus et agents de la Ville et du CCAS. Un module "
          "consacré aux achats responsables sera proposé au premier trimestre 2026.") + "\n")
    add("## 3. Clauses sociales dans la commande publique\n")
    add(W("Marion Texier présente le bilan des clauses sociales d'insertion. En 2024, les "
          "marchés de la Ville ont généré 7 850 heures d'insertion, contre 5 120 heures en "
          "2023. Au 30 septembre 2025, 6 420 heures avaient déjà été réalisées, pour un "
          "objectif annuel de 9 000 heures. Ces heures ont bénéficié à 38 personnes, dont 15 "
          "habitants du quartier des Prés-Hauts ; 9 d'entre elles ont obtenu un contrat de "
          "plus de six mois à l'issue de leur mission.") + "\n")
    add(W("La Ville renouvellera au 1er janvier 2026 son marché d'entretien des espaces verts. "
          "Il est proposé de réserver le lot n° 3 (entretien des parcs et squares, estimé à "
          "96 000 euros HT par an) aux structures d'insertion par l'activité économique et "
          "aux entreprises adaptées, comme le permet le Code de la commande publique. Paul "
          "Vidal s'interroge sur la capacité des structures locales à répondre à un lot de "
          "cette taille ; Karim Bensalem indique que deux membres du PTCE Forges Solidaires "
          "disposent du matériel et des encadrants nécessaires et pourraient se présenter "
          "en groupement.") + "\n")
    add("> **Décision n° 2 :** le comité émet un avis favorable à la réservation du lot n° 3\n"
        "> du marché d'entretien des espaces verts aux SIAE et aux entreprises adaptées\n"
        "> (8 pour, 1 contre, 1 abstention). La proposition sera soumise au conseil\n"
        "> municipal du 13 novembre 2025.\n")
    add("## 4. Budget participatif ESS : règlement de la deuxième édition\n")
    add(W("La première édition du budget participatif ESS, en 2024, avait mobilisé 1 412 "
          "votants et permis de financer 6 projets. Pour 2025, l'enveloppe est maintenue à "
          "40 000 euros. Vingt-trois projets ont été déposés ; 11 ont été jugés recevables "
          "par le comité technique et seront soumis au vote des habitants du 6 au 20 "
          "novembre 2025. Chaque projet peut recevoir au maximum 10 000 euros.") + "\n")
    add("Les principales modifications du règlement proposées par le comité technique sont\nles suivantes :\n")
    add("\n".join([
        W("l'âge minimal pour voter est abaissé de 16 à 12 ans, afin d'associer les "
          "collégiens ;", first="- ", indent="  "),
        W("le vote pourra se faire en ligne ou dans l'une des quatre urnes installées à "
          "l'hôtel de ville, à la médiathèque, au centre social des Prés-Hauts et à la mairie "
          "annexe de Saint-Clément ;", first="- ", indent="  "),
        W("chaque votant dispose de trois voix, qu'il peut répartir librement entre les "
          "projets ;", first="- ", indent="  "),
        W("les projets lauréats devront être réalisés dans un délai de dix-huit mois.",
          first="- ", indent="  "),
    ]) + "\n")
    add(W("Yannick Le Goff souhaite qu'une attention particulière soit portée à la "
          "communication auprès des associations sportives, peu présentes lors de la "
          "première édition. Paul Vidal propose que l'Imprimerie Lislienne réalise les "
          "affiches de la campagne à prix coûtant.") + "\n")
    add("> **Décision n° 3 :** le règlement de la deuxième édition du budget participatif\n"
        "> ESS est adopté (9 pour, 0 contre, 1 abstention).\n")
    add("## 5. Mois de l'ESS 2025\n")
    add(W("Laetitia Brun présente le programme du Mois de l'ESS, coordonné à l'échelle "
          "régionale par la CRESS Loire-Morvan, qui recense cette année plus de 260 "
          "événements dans la région. À Lormes-la-Rivière, 14 événements sont prévus en "
          "novembre. Le temps fort sera le forum des initiatives solidaires, le samedi 15 "
          "novembre 2025 de 10 h à 18 h à la halle Saint-Martin, où 35 exposants sont "
          "attendus.") + "\n")
    add("Répartition des tâches :\n")
    add("\n".join([
        "- communication et affichage : service communication de la Ville ;",
        "- logistique du forum (tables, barnums, électricité) : services techniques ;",
        "- animation des ateliers : CRESS Loire-Morvan et CAE Envol ;",
        "- buvette : Union locale des associations.",
    ]) + "\n")
    add("## 6. Questions diverses\n")
    add("\n".join([
        W("Élodie Carrère indique que la CAE Envol accompagne désormais 37 "
          "entrepreneurs-salariés, dont 11 résident à Lormes-la-Rivière, et sollicite la mise "
          "à disposition d'un bureau partagé au guichet unique. La demande sera étudiée par "
          "les services.", first="- ", indent="  "),
        W("Paul Vidal informe le comité que le dossier de l'Imprimerie Lislienne, reprise "
          "en SCOP par ses salariés, a été retenu par le comité technique du Fonds "
          "départemental d'initiatives solidaires ; la décision de la commission "
          "permanente du Département est attendue en novembre.", first="- ", indent="  "),
        W("Nathalie Roux annonce l'organisation par France Travail d'un job dating consacré "
          "aux métiers de l'ESS le 4 décembre 2025, à la médiathèque. Une quarantaine "
          "d'offres sont déjà recensées, principalement dans l'aide à domicile, l'animation "
          "et la restauration collective.", first="- ", indent="  "),
        W("Bénédicte Aubry signale que plusieurs associations employeuses rencontrent des "
          "difficultés de trésorerie liées au retard de versement de subventions. Sophie "
          "Marchetti propose d'inscrire à l'ordre du jour de la prochaine séance un point "
          "sur les avances de trésorerie que la Ville pourrait consentir, en lien avec le "
          "fonds territorial Lisle Active.", first="- ", indent="  "),
    ]) + "\n")
    add("## Relevé de décisions\n")
    add("\n".join([
        "1. Compte rendu du 12 juin 2025 approuvé à l'unanimité.",
        "2. Avis favorable à la réservation du lot n° 3 (espaces verts) aux SIAE et\n"
        "   entreprises adaptées.",
        "3. Règlement de la deuxième édition du budget participatif ESS adopté.",
    ]) + "\n")
    add(W("La séance est levée à 20 h 15. La prochaine réunion du comité de pilotage aura "
          "lieu le jeudi 5 février 2026 à 18 h, dans la salle du conseil municipal.") + "\n")
    add("*Compte rendu rédigé par Farid Ouali, chargé de mission ESS, et validé par Sophie\n"
        "Marchetti, présidente du comité, le 9 octobre 2025.*\n")
    path.write_text("\n".join(parts), encoding="utf-8")


# =============================================================================
# Document E : note de conjoncture de l'observatoire régional (texte brut)
# =============================================================================


def TE(s: str) -> str:
    return typo(s, "E")


def tw(text: str, width: int = 78, first: str = "", indent: str = "") -> str:
    w = textwrap.TextWrapper(width=width, initial_indent=first, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False)
    return w.fill(TE(" ".join(text.split())))


def build_e(path: Path):
    out: list[str] = []
    add = out.append
    add(TE("OBSERVATOIRE REGIONAL DE L'ECONOMIE SOCIALE ET SOLIDAIRE"))
    add(TE("Chambre régionale de l'ESS (CRESS) Loire-Morvan"))
    add("")
    add(TE("NOTE DE CONJONCTURE N° 14 - DECEMBRE 2025"))
    add("")
    add(TE("L'EMPLOI DANS L'ESS EN LOIRE-MORVAN - EDITION 2025 (DONNEES 2024)"))
    add("=" * 66)
    add("")
    add(TE("Publié le 11 décembre 2025"))
    add(TE("Rédaction : Mathieu Perrin, chargé d'études, avec l'équipe de l'Observatoire"))
    add(TE("Diffusion libre sous réserve de mention de la source."))
    add("")
    add("")
    add("RESUME")
    add("------")
    add("")
    add(tw("Fin 2024, l'économie sociale et solidaire employait 96 310 salariés en "
           "Loire-Morvan, répartis dans 8 420 établissements employeurs. Elle représente "
           "10,7 % de l'emploi privé régional, une part inférieure à la moyenne nationale "
           "(13,6 %) mais stable depuis cinq ans. L'emploi dans l'ESS a progressé de "
           "0,9 % sur un an, moins vite qu'en 2023 (+1,8 %) mais plus vite que l'emploi privé "
           "hors ESS (+0,3 %)."))
    add("")
    add(tw("Cette croissance reste très inégale selon les territoires et les secteurs : la "
           "Haute-Varenne et le Brenne-et-Loing tirent la progression, tandis que le "
           "Morvan-Nord perd des emplois pour la première fois depuis 2016. Le renouvellement "
           "des effectifs, avec de nombreux départs à la retraite attendus d'ici la fin de "
           "la décennie, constitue le principal défi pour les employeurs de l'ESS."))
    add("")
    add("")
    add("1. CHIFFRES CLES (REGION LOIRE-MORVAN, AU 31 DECEMBRE 2024)")
    add("-" * 60)
    add("")
    for item in [
        "Salariés de l'ESS : 96 310",
        "Etablissements employeurs : 8 420",
        "Part de l'ESS dans l'emploi privé : 10,7 % (France entière : 13,6 %)",
        "Masse salariale brute annuelle : 2,74 milliards d'euros",
        "Part des femmes parmi les salariés : 68 % (42 % dans le privé hors ESS)",
        "Part des salariés âgés de 55 ans et plus : 24 %",
        "Salaire brut annuel moyen en équivalent temps plein : 28 450 € "
        "(31 900 € dans le privé hors ESS)",
    ]:
        add(tw(item, first="  - ", indent="    "))
    add("")
    add("")
    add(TE("2. L'EMPLOI DANS L'ESS PAR DEPARTEMENT"))
    add("-" * 38)
    add("")
    add(tw("Les quatre départements de la région présentent des profils contrastés. Le "
           "tableau ci-dessous rapporte, pour chacun d'eux, le nombre de salariés de l'ESS, "
           "la part de l'ESS dans l'emploi privé et l'évolution des effectifs entre fin 2023 "
           "et fin 2024."))
    add("")
    table = [
        ("Département", "Salariés ESS", "Part dans", "Evolution"),
        ("", "fin 2024", "l'emploi privé", "2023-2024"),
        None,
        ("Brenne-et-Loing", "50 030", "10,4 %", "+1,2 %"),
        ("Val-d'Arroux", "21 450", "10,1 %", "+0,8 %"),
        ("Morvan-Nord", "14 960", "12,7 %", "-0,6 %"),
        ("Haute-Varenne", "9 870", "11,2 %", "+1,9 %"),
        None,
        ("Loire-Morvan", "96 310", "10,7 %", "+0,9 %"),
    ]
    for row in table:
        if row is None:
            add("  " + "-" * 18 + "  " + "-" * 13 + "  " + "-" * 15 + "  " + "-" * 10)
            continue
        a, b, c, d = (TE(x) for x in row)
        add(f"  {a:<18}  {b:>13}  {c:>15}  {d:>10}".rstrip())
    add("")
    add(tw("Source : Observatoire régional de l'ESS, d'après les déclarations sociales "
           "nominatives (DSN) au 31 décembre 2024.", first="  ", indent="  "))
    add("")
    add(tw("Le Morvan-Nord, département le plus rural de la région, présente la part la plus "
           "élevée de l'ESS dans l'emploi privé, mais il est le seul à perdre des emplois, en "
           "raison de la restructuration de deux grandes associations du secteur "
           "médico-social et de la fermeture d'un établissement d'hébergement pour personnes "
           "âgées. La Haute-Varenne enregistre la plus forte progression, portée notamment "
           "par l'insertion par l'activité économique et par le développement de "
           "coopérations territoriales comme le PTCE Forges Solidaires, dans la vallée de la "
           "Lisle. Le Brenne-et-Loing, qui concentre plus de la moitié des emplois de l'ESS "
           "de la région autour de sa métropole, bénéficie du dynamisme des activités "
           "financières et de l'enseignement."))
    add("")
    add(tw("Sur une période plus longue, l'emploi dans l'ESS régionale a progressé de 4,8 % "
           "entre fin 2019 et fin 2024, soit environ 4 400 postes supplémentaires, contre "
           "+2,9 % pour l'emploi privé hors ESS. La crise sanitaire de 2020 n'a interrompu "
           "cette progression que quelques mois : les associations du secteur sportif et "
           "culturel ont été les plus touchées, tandis que l'aide à domicile et "
           "l'hébergement médico-social ont continué de recruter. Entre 2019 et 2024, la "
           "Haute-Varenne est le département où l'ESS a le plus progressé (+7,6 %), devant "
           "le Brenne-et-Loing (+5,9 %) et le Val-d'Arroux (+3,2 %), alors que les effectifs "
           "du Morvan-Nord sont restés quasiment stables (+0,4 %)."))
    add("")
    add("")
    add("3. L'EMPLOI PAR FAMILLE JURIDIQUE")
    add("-" * 33)
    add("")
    add(tw("Les associations restent de très loin le premier employeur de l'ESS régionale. "
           "La répartition des salariés par famille est la suivante :"))
    add("")
    for item in [
        "a) associations : 75 020 salariés (77,9 %) ;",
        "b) coopératives : 12 710 salariés (13,2 %) ;",
        "c) mutuelles : 5 200 salariés (5,4 %) ;",
        "d) fondations : 3 380 salariés (3,5 %).",
    ]:
        add(tw(item, first="   ", indent="      "))
    add("")
    add(tw("Les coopératives affichent la croissance la plus soutenue (+3,4 % en un an), "
           "grâce notamment aux sociétés coopératives d'intérêt collectif (SCIC) : la région "
           "en compte désormais 61, contre 44 fin 2022. Les effectifs des mutuelles reculent "
           "légèrement (-1,1 %), sous l'effet des regroupements engagés au niveau national."))
    add("")
    add("")
    add(TE("4. L'EMPLOI PAR SECTEUR D'ACTIVITE"))
    add("-" * 34)
    add("")
    add(tw("La répartition des salariés de l'ESS par grand secteur d'activité s'établit comme "
           "suit en 2024 :"))
    add("")
    for item in [
        "action sociale (hébergement médico-social, aide à domicile, accueil de jeunes "
        "enfants) : 41,3 % ;",
        "enseignement et formation : 11,8 % ;",
        "activités financières et d'assurance : 9,6 % ;",
        "santé humaine : 8,7 % ;",
        "sport, culture et loisirs : 6,2 % ;",
        "commerce, industrie et construction : 5,1 % ;",
        "autres activités (services aux entreprises, soutien aux associations, etc.) : 17,3 %.",
    ]:
        add(tw(item, first="  - ", indent="    "))
    add("")
    add(tw("Dans l'action sociale, l'ESS assure 64 % des emplois privés de la région. Elle "
           "est en revanche très peu présente dans l'industrie, où elle se limite pour "
           "l'essentiel à quelques sociétés coopératives de production et aux entreprises "
           "adaptées."))
    add("")
    add("")
    add(TE("5. FOCUS : L'INSERTION PAR L'ACTIVITE ECONOMIQUE (IAE)"))
    add("-" * 54)
    add("")
    add(tw("La région compte 134 structures d'insertion par l'activité économique (SIAE) "
           "conventionnées par l'Etat : 58 ateliers et chantiers d'insertion, 37 entreprises "
           "d'insertion, 29 associations intermédiaires et 10 entreprises de travail "
           "temporaire d'insertion. Ensemble, elles ont accueilli 6 980 salariés en parcours "
           "d'insertion au cours de l'année 2024, encadrés par 1 240 salariés permanents."))
    add("")
    add(tw("Le taux de sorties dynamiques atteint 53 % au niveau régional, en hausse de "
           "deux points sur un an. Par ailleurs, 41 entreprises adaptées emploient 2 150 "
           "travailleurs en situation de handicap."))
    add("")
    add("")
    add("6. ZOOM : LES POLES TERRITORIAUX DE COOPERATION ECONOMIQUE (PTCE)")
    add("-" * 66)
    add("")
    add(tw("Un pôle territorial de coopération économique réunit, sur un même territoire, des "
           "entreprises de l'ESS, des entreprises classiques, des collectivités, des "
           "centres de recherche et des organismes de formation, qui mettent en oeuvre une "
           "stratégie commune de coopération au service de projets économiques innovants. "
           "La région compte sept PTCE en activité fin 2025 :"))
    add("")
    for item in [
        "- Brenne-et-Loing : trois pôles, dont deux en milieu urbain ;",
        "- Val-d'Arroux : un pôle consacré à l'alimentation durable ;",
        "- Morvan-Nord : un pôle centré sur la filière bois et l'écoconstruction ;",
        "- Haute-Varenne : deux pôles, dont Forges Solidaires dans la vallée de la Lisle.",
    ]:
        add(tw(item, first="  ", indent="    "))
    add("")
    add(tw("Selon l'enquête conduite par l'Observatoire au printemps 2025, les structures "
           "membres des sept PTCE emploient ensemble un peu plus de 4 600 salariés. Les "
           "coopérations les plus fréquentes portent sur la mutualisation d'emplois et de "
           "locaux, la réponse groupée aux marchés publics et le développement de filières "
           "de réemploi. Les PTCE de la région bénéficient en moyenne de 58 % de "
           "financements publics, une dépendance que plusieurs d'entre eux cherchent à "
           "réduire en développant des prestations de services."))
    add("")
    add("")
    add(TE("7. LES JEUNES SALARIES DE L'ESS"))
    add("-" * 31)
    add("")
    add(tw("Les salariés de moins de 30 ans représentent 17 % des effectifs de l'ESS "
           "régionale, contre 23 % dans le reste du secteur privé. Cet écart s'explique par "
           "le poids des métiers de l'action sociale et de la santé, qui exigent souvent une "
           "qualification et une expérience préalables, mais aussi par le faible nombre "
           "d'apprentis accueillis : l'ESS de Loire-Morvan ne compte que 1 870 contrats "
           "d'apprentissage en cours fin 2024. Le service civique constitue en revanche une "
           "porte d'entrée importante, avec 2 430 volontaires accueillis dans les "
           "associations de la région au cours de l'année."))
    add("")
    add(tw("Les jeunes salariés sont plus souvent en contrat à durée déterminée : c'est le "
           "cas de 38 % des moins de 30 ans, contre 14 % pour l'ensemble des salariés de "
           "l'ESS. Les écarts entre départements sont marqués : la part des moins de 30 ans "
           "atteint 20 % dans le Brenne-et-Loing, qui accueille la plupart des "
           "établissements d'enseignement supérieur de la région, mais seulement 13 % dans le "
           "Morvan-Nord."))
    add("")
    add("")
    add("8. ENJEUX ET PERSPECTIVES")
    add("-" * 25)
    add("")
    add(tw("Près d'un salarié de l'ESS sur quatre a 55 ans ou plus. L'Observatoire estime à "
           "23 100 le nombre de départs à la retraite d'ici 2030, dont plus de la moitié "
           "dans l'action sociale. Or les difficultés de recrutement sont déjà fortes : "
           "selon l'enquête menée en septembre 2025 auprès de 612 employeurs, sept "
           "employeurs du médico-social sur dix déclarent avoir renoncé à au moins un "
           "recrutement faute de candidats."))
    add("")
    add(tw("L'Observatoire formule trois recommandations à l'intention des pouvoirs publics "
           "et des réseaux de l'ESS :"))
    add("")
    for item in [
        "a) anticiper les départs à la retraite par des démarches de gestion prévisionnelle "
        "des emplois et des compétences (GPEC) à l'échelle des territoires ;",
        "b) renforcer l'attractivité des métiers du soin et de l'accompagnement, notamment "
        "par l'amélioration des conditions de travail et des rémunérations ;",
        "c) encourager la transmission d'entreprises aux salariés sous forme de SCOP ou de "
        "SCIC, alors que de nombreux dirigeants de PME partiront à la retraite dans les "
        "prochaines années.",
    ]:
        add(tw(item, first="   ", indent="      "))
    add("")
    add("")
    add("METHODOLOGIE ET DEFINITIONS")
    add("-" * 27)
    add("")
    add(tw("Les données sont issues des déclarations sociales nominatives (DSN) transmises "
           "par les employeurs, traitées par l'Observatoire régional de l'ESS à partir du "
           "périmètre défini par la loi du 31 juillet 2014 relative à l'économie sociale et "
           "solidaire. Les effectifs sont comptés au 31 décembre ; un salarié occupant "
           "plusieurs postes n'est compté qu'une fois, dans son établissement principal."))
    add("")
    add(tw("Emploi privé : ensemble des emplois salariés des employeurs de droit privé, hors "
           "agriculture et hors particuliers employeurs.", first="  - ", indent="    "))
    add(tw("Etablissement employeur : établissement ayant déclaré au moins un salarié au "
           "cours de l'année.", first="  - ", indent="    "))
    add(tw("Taux de sorties dynamiques : part des salariés en insertion qui, à la fin de "
           "leur parcours, accèdent à un emploi durable, à un emploi de transition ou à une "
           "formation qualifiante, rapportée au nombre total de sorties.",
           first="  - ", indent="    "))
    add("")
    add(tw("Les chiffres de la présente note peuvent différer légèrement de ceux publiés dans "
           "la note n° 13 (décembre 2024), en raison de la révision des données 2023 par les "
           "organismes collecteurs."))
    add("")
    add("")
    add("CONTACTS")
    add("--------")
    add("")
    add(TE("Observatoire régional de l'ESS - CRESS Loire-Morvan"))
    add(TE("Mathieu Perrin, chargé d'études : 03 53 73 11 42"))
    add(TE("Directrice de la CRESS : Sylvie Amadou"))
    add(TE("Président de la CRESS : Jacques Ferrier"))
    add("")
    add(TE("Prochaine publication : note n° 15, « Les dirigeants bénévoles des associations »,"))
    add(TE("prévue en juin 2026."))
    add("")
    path.write_text("\n".join(out), encoding="utf-8")


# =============================================================================
# Questions
# =============================================================================

A, B, C, D, E = (FILES[k] for k in "ABCDE")
KEY_OF = {v: k for k, v in FILES.items()}

# (slug, question, facts (plain spelling, converted to the document's typography),
#  source key, pages, history)
Q = []


def q(slug, question, facts, src=None, pages=None, history=None):
    Q.append(dict(slug=slug, question=question, facts=facts, src=src,
                  pages=pages or [], history=history or []))


# ---- A : bilan d'activité du PTCE -------------------------------------------
q("ptce", "Combien de structures adhèrent au PTCE Forges Solidaires fin 2025 ?", ["46 structures membres"], "A", [2])
q("ptce", "Et l'année précédente, il y en avait combien ?", ["39"], "A", [3],
  ["Combien de structures adhèrent au PTCE Forges Solidaires fin 2025 ?"])
q("ptce", "Nombre de salariés dans les structures membres du pôle de la vallée de la Lisle ?", ["1 284 salariés"], "A", [2, 3])
q("ptce", "En 2023, combien de personnes étaient salariées par les membres de Forges Solidaires ?", ["1 102"], "A", [3])
q("ptce", "Quel taux de sorties dynamiques les structures d'insertion du PTCE ont-elles atteint en 2025 ?", ["62 %"], "A", [3])
q("ptce", "Le PTCE fait-il mieux que la moyenne de la Haute-Varenne pour les sorties positives de l'insertion ?", ["62 %", "55 %"], "A", [3])
q("ptce", "Quel tonnage a été collecté par la ressourcerie La Boucle l'an dernier ?", ["587 tonnes"], "A", [4])
q("ptce", "Quelle quantité d'objets a été réemployée ou recyclée en 2023 ?", ["264"], "A", [3])
q("ptce", "La deuxième boutique de la ressourcerie a ouvert quand, et où ?", ["3 juin 2025", "Cazeneuve"], "A", [4])
q("ptce", "Combien de repas Le Chaudron a-t-il servis en 2025 ?", ["38 900"], "A", [3, 4])
q("ptce", "Et en 2024 ?", ["21 650"], "A", [3], ["Combien de repas Le Chaudron a-t-il servis en 2025 ?"])
q("ptce", "Combien de cantines scolaires sont livrées par la cuisine partagée de Vaudrémont ?", ["onze cantines scolaires"], "A", [4])
q("ptce", "Combien d'entreprises sont sorties de l'incubateur Le Germoir en 2025 ?", ["14 entreprises"], "A", [4])
q("ptce", "Et parmi elles, combien de coopératives ?", ["5 sous forme coopérative"], "A", [4],
  ["Combien d'entreprises sont sorties de l'incubateur Le Germoir en 2025 ?"])
q("ptce", "Quel est le montant total des produits du PTCE sur l'exercice 2025 ?", ["684 300 €"], "A", [6])
q("ptce", "Combien la Région Loire-Morvan a-t-elle apporté au pôle en 2025 ?", ["95 000 €"], "A", [6])
q("ptce", "Quelle part des recettes de Forges Solidaires vient du FSE+ ?", ["12,8 %"], "A", [6])
q("ptce", "Les comptes 2025 du pôle sont-ils déficitaires ?", ["excédent de 12 640 €"], "A", [6])
q("ptce", "Quelle cotisation paie une petite association adhérente de 5 salariés ?", ["150 €"], "A", [6])
q("ptce", "Qui préside Forges Solidaires ?", ["Odile Ferrand-Massot"], "A", [7])
q("ptce", "Who is the treasurer of the Forges Solidaires cooperation hub?", ["Jean-Luc Rabier"], "A", [7])
q("ptce", "Combien de personnes sont venues aux Rencontres de la coopération d'octobre 2025 ?", ["240 participants"], "A", [5])
q("ptce", "Quel montant de prêts et garanties Lisle Active a-t-il accordé aux membres du pôle ?", ["412 000 €"], "A", [5])
q("ptce", "Qu'est-ce qu'un PTCE ?", ["un même territoire", "stratégie commune de coopération"], "AE", [2])
q("ptce", "Que veut dire le sigle PTCE ?", ["pôle territorial de coopération économique"], "A", [2])
q("ptce", "What is the budget for the works on the Halle aux Forges third place?", ["1,3 million d'euros"], "A", [7])
q("ptce", "Quels objectifs le PTCE se fixe-t-il pour 2026 en nombre d'adhérents et de cantines ?", ["55 structures membres", "quinze"], "A", [7])
q("ptce", "Combien de véhicules le garage solidaire Roue Libre a-t-il loués, et à quel tarif ?", ["64 véhicules", "3 € par jour"], "A", [4])
q("ptce", "Depuis quand Karim Bensalem dirige-t-il le pôle ?", ["septembre 2019"], "A", [7])

# ---- B : délibération de la commission permanente ---------------------------
q("delib", "Quel montant total le Département a-t-il voté pour la session 2025 du FDIS ?", ["186 500 €"], "B", [2])
q("delib", "Combien de dossiers ont été déposés au fonds départemental d'initiatives solidaires en 2025 ?", ["29 dossiers"], "B", [1, 2])
q("delib", "Et combien ont été retenus ?", ["12 ont été jugés éligibles"], "B", [2],
  ["Combien de dossiers ont été déposés au fonds départemental d'initiatives solidaires en 2025 ?"])
q("delib", "Quelle subvention pour la SCIC Bois d'Ici ?", ["24 000 €"], "B", [4])
q("delib", "Combien reçoit le jardin d'insertion du Pin-Marcé au titre du FDIS ?", ["22 000 €"], "B", [4])
q("delib", "Quelle structure obtient la subvention la plus élevée de la session 2025 ?", ["Atelier Horizon"], "B", [4])
q("delib", "Quelles structures de Saint-Aubin-sur-Lisle sont aidées par le FDIS en 2025 ?", ["Le Relais des Familles", "Vélo-Cité Lisle"], "B", [4])
q("delib", "Combien le Département versera-t-il chaque année à Forges Solidaires dans la nouvelle convention ?", ["72 000 €"], "B", [3])
q("delib", "Sur les trois ans, ça représente combien ?", ["216 000 €"], "B", [3],
  ["Combien le Département versera-t-il chaque année à Forges Solidaires dans la nouvelle convention ?"])
q("delib", "Et en 2025, quel était le montant de la convention annuelle ?", ["68 000 €"], "B", [2],
  ["Combien le Département versera-t-il chaque année à Forges Solidaires dans la nouvelle convention ?",
   "Sur les trois ans, ça représente combien ?"])
q("delib", "Quel est le plafond d'une aide du FDIS ?", ["25 000 €", "50 %"], "B", [2])
q("delib", "Qui était secrétaire de séance de la commission permanente du 17 novembre 2025 ?", ["Nadia Ferhat"], "B", [1])
q("delib", "Quel élu a présenté le rapport sur l'ESS en commission permanente ?", ["Hélène Vasseur-Diallo"], "B", [1])
q("delib", "Qui s'est abstenu lors du vote sur les subventions FDIS ?", ["Rémi Castaing", "Agnès Vidalenc"], "B", [3])
q("delib", "Pourquoi Thierry Gaudin n'a-t-il pas voté ?", ["vice-président de l'association Forges Solidaires"], "B", [3])
q("delib", "Selon le Département, quel poids a l'ESS dans l'emploi privé haut-varennais ?", ["11,2 %"], "B", [2])
q("delib", "How many projects has the departmental solidarity fund supported since 2019?", ["87 projets"], "B", [1])
q("delib", "À quelle date la délibération a-t-elle été transmise au préfet ?", ["20 novembre 2025"], "B", [3])
q("delib", "Une subvention de 9 000 € est-elle payée en une seule fois ?", ["inférieur ou égal à 10 000 €"], "B", [2])
q("delib", "Quel délai a le bénéficiaire pour réaliser son projet avant que l'aide ne soit caduque ?", ["dix-huit mois"], "B", [2])
q("delib", "Jusqu'à quelle date le solde peut-il être versé ?", ["30 juin 2027"], "B", [2])
q("delib", "Quels engagements la convention 2026-2028 impose-t-elle à Forges Solidaires pour l'accompagnement de porteurs de projet ?", ["au moins 50 porteurs de projet"], "B", [3])
q("delib", "Que devient le reste de l'enveloppe FDIS 2025 non attribué ?", ["13 500 €"], "B", [3])
q("delib", "Combien de conseillers siègent à la commission permanente ?", ["membres en exercice : 22"], "B", [1])

# ---- C : page web de l'agglomération ---------------------------------------
q("aap", "Quel est le budget de l'appel à projets Entreprendre autrement 2026 ?", ["150 000 €"], "C")
q("aap", "Jusqu'à quand peut-on envoyer sa candidature à l'AAP de l'agglo de Brévannes ?", ["27 mars 2026"], "C")
q("aap", "Une association peut-elle répondre à l'appel à projets Entreprendre autrement ?", ["associations déclarées"], "C")
q("aap", "Je suis auto-entrepreneur sans agrément, puis-je candidater à Entreprendre autrement ?", ["micro-entreprises"], "C")
q("aap", "Quel est le montant maximum d'aide par projet dans l'AAP 2026 ?", ["20 000 €"], "C")
q("aap", "Quel taux d'aide maximum pour un projet situé aux Tourelles ?", ["80 %"], "C")
q("aap", "Combien rapporte le bonus amorçage ?", ["5 000 €"], "C")
q("aap", "L'achat d'un véhicule peut-il être financé par l'appel à projets de l'agglo ?", ["si électriques ou mutualisés"], "C")
q("aap", "Quel plafond pour les travaux d'aménagement de locaux ?", ["30 000 €"], "C")
q("aap", "Combien de points compte le critère d'utilité sociale dans la grille du jury ?", ["30 points"], "C")
q("aap", "Quelle est la note minimale à obtenir pour être lauréat ?", ["60 points"], "C")
q("aap", "Où et quand a lieu la réunion d'information sur Entreprendre autrement ?", ["Maison des associations", "3 février 2026"], "C")
q("aap", "Quand le bureau communautaire se prononce-t-il sur les lauréats ?", ["19 mai 2026"], "C")
q("aap", "Combien de projets avaient été retenus lors de l'édition 2025 de l'appel à projets de Brévannes ?", ["15 projets"], "C")
q("aap", "Pour quel montant au total ?", ["138 000 €"], "C", None,
  ["Combien de projets avaient été retenus lors de l'édition 2025 de l'appel à projets de Brévannes ?"])
q("aap", "Quelle part de l'emploi privé l'ESS représente-t-elle dans l'agglomération du Pays de Brévannes ?", ["9,6 %"], "C")
q("aap", "Quel est le poids de l'ESS dans l'emploi privé du Val-d'Arroux ?", ["10,1 %"], "CE")
q("aap", "Who is the contact person for the Entreprendre autrement call for projects?", ["Camille Roussel"], "C")
q("aap", "Quel numéro appeler pour joindre la mission ESS de l'agglo ?", ["03 53 73 02 18"], "C")
q("aap", "Quelles pièces faut-il fournir dans le dossier de candidature ?", ["budget prévisionnel", "relevé d'identité bancaire"], "C")
q("aap", "Combien de communes composent l'Agglo du Pays de Brévannes ?", ["27 communes"], "C")
q("aap", "Sur quelles thématiques les projets doivent-ils porter ?", ["circuits courts", "mobilité solidaire en milieu rural"], "C")
q("aap", "Combien d'emplois les lauréats de l'an dernier ont-ils créés ou consolidés ?", ["41 emplois"], "C")
q("aap", "Combien l'épicerie La Fabrique à Vrac a-t-elle reçu de l'agglo ?", ["14 000 €"], "C")

# ---- D : compte rendu du comité de pilotage --------------------------------
q("copil", "Qui présidait le comité de pilotage ESS de Lormes-la-Rivière le 2 octobre 2025 ?", ["Sophie Marchetti"], "D")
q("copil", "Combien d'heures d'insertion les marchés de la ville de Lormes ont-ils générées en 2024 ?", ["7 850 heures"], "D")
q("copil", "Et l'année d'avant ?", ["5 120 heures"], "D", None,
  ["Combien d'heures d'insertion les marchés de la ville de Lormes ont-ils générées en 2024 ?"])
q("copil", "Quel objectif d'heures d'insertion la ville vise-t-elle pour 2025 ?", ["9 000 heures"], "D")
q("copil", "Quel budget 2025 est prévu pour le tiers-lieu des Prés-Hauts dans le pacte ?", ["65 000 €"], "D")
q("copil", "Quand le tiers-lieu des Prés-Hauts doit-il ouvrir ?", ["septembre 2026"], "D")
q("copil", "Pourquoi ce report ?", ["amiante"], "D", None,
  ["Quand le tiers-lieu des Prés-Hauts doit-il ouvrir ?"])
q("copil", "Quel est le nouveau coût total de l'opération du tiers-lieu ?", ["480 000 euros"], "D")
q("copil", "Quel a été le résultat du vote sur le lot espaces verts réservé aux SIAE ?", ["8 pour, 1 contre, 1 abstention"], "D")
q("copil", "Quelles actions du pacte local ESS sont déjà terminées ?", ["Guichet unique ESS en mairie", "Épicerie sociale et solidaire"], "D")
q("copil", "Dès quel âge pourra-t-on voter au budget participatif ESS ?", ["12 ans"], "D")
q("copil", "Combien d'habitants ont voté lors de la première édition du budget participatif ESS ?", ["1 412"], "D")
q("copil", "Les habitants voteront à quelles dates pour le budget participatif ?", ["du 6 au 20 novembre 2025"], "D")
q("copil", "When is the next meeting of the Lormes-la-Rivière ESS steering committee?", ["5 février 2026"], "D")
q("copil", "Combien d'entrepreneurs-salariés la CAE Envol accompagne-t-elle aujourd'hui ?", ["37 entrepreneurs-salariés"], "D")
q("copil", "Où se tient le forum des initiatives solidaires du Mois de l'ESS à Lormes ?", ["halle Saint-Martin"], "D")
q("copil", "Combien de foyers sont inscrits à l'épicerie sociale du CCAS ?", ["212 foyers"], "D")
q("copil", "Qui représentait la CRESS à ce comité de pilotage ?", ["Laetitia Brun"], "D")
q("copil", "Le maire assistait-il à la réunion du comité de pilotage du pacte ESS ?", ["Gérard Poitevin"], "D")
q("copil", "Combien de personnes sont passées par le guichet unique ESS depuis son ouverture ?", ["74 personnes"], "D")

# ---- E : note de l'observatoire régional -------------------------------------
q("obs", "Combien de salariés compte l'ESS en Loire-Morvan fin 2024 ?", ["96 310"], "E")
q("obs", "Quel est le poids de l'ESS dans l'emploi privé à l'échelle de la France ?", ["13,6 %"], "EC")
q("obs", "Quelle est la part de l'ESS dans l'emploi privé du Morvan-Nord ?", ["12,7 %"], "E")
q("obs", "Et l'évolution des effectifs sur un an dans ce département ?", ["-0,6 %"], "E", None,
  ["Quelle est la part de l'ESS dans l'emploi privé du Morvan-Nord ?"])
q("obs", "Combien de salariés l'ESS emploie-t-elle dans le Val-d'Arroux ?", ["21 450"], "E")
q("obs", "Quel département de la région a connu la plus forte hausse de l'emploi ESS en 2024 ?", ["Haute-Varenne", "+1,9 %"], "E")
q("obs", "Combien de personnes travaillent dans les coopératives de la région ?", ["12 710"], "E")
q("obs", "Quelle proportion de femmes parmi les salariés de l'ESS régionale ?", ["68 %"], "E")
q("obs", "Combien de départs en retraite sont attendus dans l'ESS d'ici 2030 ?", ["23 100"], "E")
q("obs", "Combien la région compte-t-elle de SIAE ?", ["134 structures"], "E")
q("obs", "Combien d'ateliers et chantiers d'insertion en Loire-Morvan ?", ["58 ateliers et chantiers d'insertion"], "E")
q("obs", "Quel est le salaire moyen brut annuel en ETP dans l'ESS en Loire-Morvan ?", ["28 450 €"], "E")
q("obs", "What share of ESS employees work in social action in the region?", ["41,3 %"], "E")
q("obs", "Who wrote observatory note no. 14?", ["Mathieu Perrin"], "E")
q("obs", "Qui est le président de la CRESS Loire-Morvan ?", ["Jacques Ferrier"], "E")
q("obs", "Comment l'observatoire définit-il le taux de sorties dynamiques ?", ["emploi durable", "formation qualifiante"], "E")
q("obs", "D'où proviennent les données utilisées par l'observatoire régional ?", ["déclarations sociales nominatives"], "E")
q("obs", "Combien y a-t-il de SCIC dans la région ?", ["61"], "E")
q("obs", "Quelle est la masse salariale de l'ESS régionale ?", ["2,74 milliards d'euros"], "E")

# ---- Questions sans réponse dans le corpus (quasi-homonymes et hors sujet) ----
q("none", "Qui est le secrétaire du bureau de Forges Solidaires ?", [])
q("none", "Combien de structures membres le PTCE Forges Solidaires comptait-il en 2021 ?", [])
q("none", "Quel était le budget total de Forges Solidaires en 2023 ?", [])
q("none", "Quelle subvention le FDIS a-t-il accordée à Vélo-Cité Lisle en 2024 ?", [])
q("none", "Quel montant le Département prévoit-il pour Forges Solidaires en 2029 ?", [])
q("none", "Quelle était l'enveloppe de l'appel à projets Entreprendre autrement en 2024 ?", [])
q("none", "Quelle est la part de l'ESS dans l'emploi privé à Sermaize-la-Côte ?", [])
q("none", "Quelle est la date limite de l'appel à projets ESS de la communauté de communes Cœur de Lisle ?", [])
q("none", "Combien d'heures d'insertion les marchés de Lormes-la-Rivière ont-ils produit en 2022 ?", [])
q("none", "Combien de votants a réuni la deuxième édition du budget participatif ESS de Lormes ?", [])
q("none", "Combien de salariés l'ESS comptait-elle dans le Morvan-Nord en 2020 ?", [])
q("none", "Combien de structures d'insertion par l'activité économique y a-t-il en Haute-Varenne ?", [])
q("none", "What is the ESS share of private employment in the town of Lormes-la-Rivière?", [])
q("none", "Qui est le vice-président de la CRESS Loire-Morvan ?", [])
q("none", "Quels sont les horaires de la piscine intercommunale le dimanche ?", [])
q("none", "How do I renew my passport at the town hall?", [])


# =============================================================================
# Text extraction and checks
# =============================================================================

WS = re.compile(r"[ \t\r\n]+")  # ASCII whitespace only: U+00A0 / U+202F are kept


def norm(s: str) -> str:
    return WS.sub(" ", s).strip()


def pdf_page_text(page) -> str:
    t = page.extract_text() or ""
    t = re.sub(r"-[ \t]*\n[ \t]*(?=[a-zà-öø-ÿœ])", "", t)  # line-end hyphenation
    t = re.sub(r"-[ \t]*\n[ \t]*(?=[A-ZÀ-ÖØ-Þ])", "-", t)  # hyphenated proper nouns
    return norm(t)


_ABBR = ("M.", "L.", "MM.", "Tél.", "art.", "n.")


def sentences(text: str) -> list[str]:
    pieces = re.split(r"(?<=[.!?])\s+(?=[«\"(]?[A-ZÀ-ÖØ-Þ0-9])|\s*•\s*", text)
    out: list[str] = []
    for p in pieces:
        if out and out[-1].endswith(_ABBR):
            out[-1] = out[-1] + " " + p
        else:
            out.append(p)
    return out


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in ("p", "li", "br", "tr", "td", "th", "h1", "h2", "h3", "div", "figcaption"):
            self.buf.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in ("p", "li", "td", "th", "h1", "h2", "h3", "div"):
            self.buf.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_text(raw: str) -> str:
    p = _Visible()
    p.feed(raw)
    return norm("".join(p.buf))


def doc_text(key: str) -> str:
    path = CORPUS / FILES[key]
    if key in ("A", "B"):
        return norm(" ".join(pdf_page_text(pg) for pg in PdfReader(str(path)).pages))
    raw = path.read_text(encoding="utf-8")
    if key == "C":
        return html_text(raw)
    return norm(raw)


def word_count(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", text))


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    build_a(CORPUS / FILES["A"])
    build_b(CORPUS / FILES["B"])
    build_c(CORPUS / FILES["C"])
    build_d(CORPUS / FILES["D"])
    build_e(CORPUS / FILES["E"])

    # ---- write questions ----
    counters: dict[str, int] = {}
    records = []
    for item in Q:
        counters[item["slug"]] = counters.get(item["slug"], 0) + 1
        rid = f"fresh6-{item['slug']}-{counters[item['slug']]:02d}"
        if item["src"] is None:
            rec = {"id": rid, "question": item["question"], "facts": [], "sources": [],
                   "answerable": False, "history": item["history"], "pages": []}
        else:
            keys = item["src"]
            assert sum(k in ("A", "B") for k in keys) <= 1, "at most one PDF per question"
            forms = {tuple(fact_form(f, k) for f in item["facts"]) for k in keys}
            assert len(forms) == 1, f"fact spelling differs between sources: {item['question']}"
            rec = {"id": rid, "question": item["question"],
                   "facts": list(forms.pop()),
                   "sources": [FILES[k] for k in keys], "answerable": True,
                   "history": item["history"],
                   "pages": item["pages"] if any(k in ("A", "B") for k in keys) else []}
        records.append(rec)
    with QUESTIONS.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # ---- checks ----
    errors: list[str] = []
    texts = {k: doc_text(k) for k in FILES}
    pages = {k: [pdf_page_text(p) for p in PdfReader(str(CORPUS / FILES[k])).pages] for k in ("A", "B")}

    for k, t in texts.items():
        n = word_count(t)
        if not 1500 <= n <= 4000:
            errors.append(f"{FILES[k]}: {n} words (expected 1500-4000)")
    if len(pages["A"]) != A_TOTAL_PAGES:
        errors.append(f"A: {len(pages['A'])} pages")
    if not 2 <= len(pages["B"]) <= 4:
        errors.append(f"B: {len(pages['B'])} pages")
    # running footer labels of A differ from physical pages (cover unnumbered)
    for i, ptxt in enumerate(pages["A"], start=1):
        label = f"Bilan 2025 · page {i - 1}/{A_TOTAL_PAGES - 1}"
        if (i > 1) != (label in ptxt):
            errors.append(f"A page {i}: running footer problem")
    # paragraph straddling the page break between physical pages 3 and 4
    if not ("Le programme d’actions 2025" in pages["A"][2]
            and "bénévoles qui les entourent au quotidien" in pages["A"][3]
            and "bénévoles qui les entourent au quotidien" not in pages["A"][2]):
        errors.append("A: the section 3 paragraph does not run over the page 3/4 break")
    # line-end hyphenation actually occurs in both PDFs
    for k in ("A", "B"):
        raw = " ".join(p.extract_text() for p in PdfReader(str(CORPUS / FILES[k])).pages)
        if len(re.findall(r"[a-zé]-\n[a-zé]", raw)) < 5:
            errors.append(f"{k}: too little line-end hyphenation")
    # HTML: at least one <p> whose source holds hard newlines
    rawc = (CORPUS / FILES["C"]).read_text(encoding="utf-8")
    if not re.search(r"<p>[^<]*\n[^<]*</p>", rawc):
        errors.append("C: no <p> with hard newline")

    ids = set()
    n_ans = n_un = n_en = n_fu = 0
    for rec, item in zip(records, Q):
        if rec["id"] in ids:
            errors.append(f"duplicate id {rec['id']}")
        ids.add(rec["id"])
        if re.search(r"\b(what|who|how|when|where|which|is|are|does|the)\b", rec["question"].lower()):
            n_en += 1
            if "-v" in sys.argv:
                print("  English:", rec["question"])
        if rec["history"]:
            n_fu += 1
        if not rec["answerable"]:
            n_un += 1
            if rec["facts"] or rec["sources"] or rec["pages"]:
                errors.append(f"{rec['id']}: unanswerable with facts/sources")
            continue
        n_ans += 1
        if not 1 <= len(rec["facts"]) <= 2:
            errors.append(f"{rec['id']}: {len(rec['facts'])} facts")
        for key, fact in ((k, f) for k in item["src"] for f in rec["facts"]):
            if fact not in texts[key]:
                errors.append(f"{rec['id']}: fact {fact!r} not found in {FILES[key]}")
            if key in ("A", "B"):
                if not rec["pages"]:
                    errors.append(f"{rec['id']}: no pages for PDF source")
                for pg in rec["pages"]:
                    ptxt = pages[key][pg - 1]
                    if fact not in ptxt:
                        errors.append(f"{rec['id']}: fact {fact!r} not on page {pg}")
                    elif not any(fact in s for s in sentences(ptxt)):
                        errors.append(f"{rec['id']}: fact {fact!r} not within one sentence on page {pg}")
            elif rec["pages"] and not any(k in ("A", "B") for k in item["src"]):
                errors.append(f"{rec['id']}: pages given for non-PDF source")

    if len(records) < 90:
        errors.append(f"only {len(records)} questions")
    if n_un < 14:
        errors.append(f"only {n_un} unanswerable questions")

    print(f"documents: {', '.join(FILES.values())}")
    print("words: " + ", ".join(f"{k}={word_count(t)}" for k, t in texts.items()))
    print(f"pages: A={len(pages['A'])}, B={len(pages['B'])}")
    print(f"questions: {len(records)} (answerable {n_ans}, unanswerable {n_un}, "
          f"English {n_en}, follow-ups {n_fu})")
    if errors:
        print(f"{len(errors)} CHECK(S) FAILED:")
        for e in errors:
            print("  - " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
