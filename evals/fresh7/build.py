"""Build the fresh7 held-out evaluation set for esschat.

Run from the repository root:

    .venv/bin/python evals/fresh7/build.py

Writes five fictional French documents into evals/fresh7/corpus/ and the
questions into evals/fresh7/questions.jsonl, then checks that every fact of
every answerable question occurs in its source (for PDFs: on a declared page,
after pypdf extraction, joining of line-end hyphenation and whitespace
collapsing). Exits 1 when a check fails. Everything is deterministic: no
randomness, fixed dates.

All territories, organisations, people and figures are invented: the
département de la Sorlanne, the Communauté de communes des Coteaux de
l'Aubrette (CCCA), its communes and the CRESS Ardance-Vallées do not exist.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import datetime, timezone
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pyphen
from fpdf import FPDF
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")

DIAG = "diagnostic_ess_cc_coteaux_aubrette_2024.pdf"
CONV = "convention_partenariat_fabrique_aubrette_2024-2026.pdf"
AAP = "departement-sorlanne_appel-a-projets-sorlanne-solidaire-2024.html"
COPIL = "cr_copil_ptce_coteaux_en_transition_2024-10-03.md"
NOTE = "note_bureau_clauses_sociales_bilan_2023.txt"

NBSP = "\u00a0"
SHY = "\u00ad"
HYPH = pyphen.Pyphen(lang="fr_FR", left=3, right=3)
LONG_WORD = re.compile(r"(?<![\w-])[a-zàâäçéèêëîïôöùûüÿœæ]{9,}(?![\w-])")


# --------------------------------------------------------------------------- typography


def fr(text: str) -> str:
    """French typesetting: curly apostrophes and non-breaking spaces."""
    text = text.replace("'", "’")
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)
    text = re.sub(r" ([%:;?!»])", NBSP + r"\1", text)
    text = text.replace("« ", "«" + NBSP)
    return text


def hyph(text: str) -> str:
    """Insert soft hyphens in long lowercase words so fpdf2 can break them."""
    return LONG_WORD.sub(lambda m: HYPH.inserted(m.group(0), hyphen=SHY), text)


# --------------------------------------------------------------------------- PDF helpers


class Doc(FPDF):
    def __init__(self, head_left: str, head_right: str, foot_left: str) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.foot_left = foot_left
        for style, name in (("", "Regular"), ("B", "Bold"), ("I", "Italic")):
            self.add_font("Serif", style, str(FONT_DIR / f"LiberationSerif-{name}.ttf"))
            self.add_font("Sans", style, str(FONT_DIR / f"LiberationSans-{name}.ttf"))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_lang("fr-FR")

    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(95, 95, 95)
        self.set_xy(20, 10)
        self.cell(130, 4, fr(self.head_left))
        self.cell(0, 4, fr(self.head_right), align="R")
        self.set_draw_color(160, 160, 160)
        self.line(20, 15.5, 190, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_xy(20, 22)

    def footer(self) -> None:
        self.set_draw_color(160, 160, 160)
        self.line(20, 282, 190, 282)
        self.set_xy(20, 283.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(95, 95, 95)
        self.cell(130, 4, fr(self.foot_left))
        self.cell(0, 4, f"page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    # -- blocks
    def heading(self, text: str, level: int = 0, outline: bool = True) -> None:
        if outline:
            self.start_section(fr(text), level=level)
        self.ln(2.5 if level == 0 else 1.5)
        self.set_font("Sans", "B", 14 if level == 0 else 11.5)
        self.set_text_color(20, 60, 110)
        self.multi_cell(0, 6.5 if level == 0 else 5.5, fr(text), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)

    def para(self, text: str, size: float = 10.5, w: float = 0, x: float | None = None,
             style: str = "", align: str = "J", lh: float = 5.0, after: float = 2.0) -> None:
        self.set_font("Serif", style, size)
        if x is not None:
            self.set_x(x)
        self.multi_cell(w, lh, hyph(fr(text)), align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", size: float = 10.5, indent: float = 4.0,
                lh: float = 5.0) -> None:
        self.set_font("Serif", "", size)
        for item in items:
            y = self.get_y()
            self.set_xy(self.l_margin + indent, y)
            self.cell(5, lh, mark)
            self.set_xy(self.l_margin + indent + 5, y)
            self.multi_cell(self.epw - indent - 5, lh, hyph(fr(item)), align="J",
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.2)

    def table(self, caption: str, headers: list[str], rows: list[list[str]],
              widths: list[float], total: bool = True) -> None:
        self.set_font("Sans", "B", 9.5)
        self.multi_cell(0, 5, fr(caption), new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        self.set_font("Sans", "B", 8.5)
        self.set_fill_color(222, 231, 242)
        for i, (head, wid) in enumerate(zip(headers, widths)):
            self.cell(wid, 7, fr(head), border=1, align="L" if i == 0 else "C", fill=True)
        self.ln()
        for r, row in enumerate(rows):
            last = total and r == len(rows) - 1
            self.set_font("Sans", "B" if last else "", 9)
            if last:
                self.set_fill_color(240, 240, 240)
            for i, (val, wid) in enumerate(zip(row, widths)):
                self.cell(wid, 6.2, fr(val), border=1, align="L" if i == 0 else "R", fill=last)
            self.ln()
        self.ln(1.5)

    def note(self, text: str) -> None:
        self.set_font("Serif", "I", 8.5)
        self.multi_cell(0, 4.2, fr(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def finish(pdf: Doc, path: Path, title: str, author: str, subject: str, date: datetime) -> None:
    pdf.set_title(fr(title))
    pdf.set_author(author)
    pdf.set_subject(fr(subject))
    pdf.set_keywords("économie sociale et solidaire, ESS, Sorlanne, Coteaux de l’Aubrette")
    pdf.set_creator("Microsoft® Word pour Microsoft 365")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(date)
    pdf.output(str(path))


# --------------------------------------------------------------------------- document 1: diagnostic (8 pages)


def build_diag(path: Path) -> None:
    pdf = Doc("Diagnostic territorial de l'ESS – Communauté de communes des Coteaux de l'Aubrette",
              "Édition 2024", "CRESS Ardance-Vallées – Observatoire régional de l'ESS")

    # page 1: cover and editorial
    pdf.add_page()
    pdf.set_fill_color(20, 60, 110)
    pdf.rect(20, 26, 170, 62, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(28, 32)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, fr("CRESS Ardance-Vallées · Observatoire régional de l'ESS"))
    pdf.set_xy(28, 42)
    pdf.set_font("Sans", "B", 21)
    pdf.multi_cell(154, 9.5, fr("Diagnostic territorial de l'économie sociale et solidaire"), align="L")
    pdf.set_x(28)
    pdf.set_font("Sans", "", 13)
    pdf.multi_cell(154, 7, fr("Communauté de communes des Coteaux de l'Aubrette"), align="L")
    pdf.set_x(28)
    pdf.set_font("Sans", "I", 10.5)
    pdf.multi_cell(154, 6, fr("Édition 2024 – données au 31 décembre 2022 – mars 2024"), align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(98)
    pdf.heading("Éditorial")
    pdf.para("Avec 2 947 salariés répartis dans 318 établissements employeurs, l'économie sociale et "
             "solidaire occupe une place singulière dans l'économie des Coteaux de l'Aubrette. Elle "
             "accompagne nos aînés, accueille nos enfants, fait vivre nos clubs sportifs, transforme "
             "nos déchets en ressources et offre à des personnes éloignées de l'emploi une nouvelle "
             "chance de retrouver un travail.")
    pdf.para("Cinq ans après la première édition, parue en 2019, ce diagnostic actualisé confirme la "
             "vitalité de ce tissu d'entreprises et d'associations. Il en souligne aussi les fragilités : "
             "le vieillissement des dirigeants bénévoles, une forte dépendance aux financements publics "
             "et la difficulté persistante à trouver des locaux adaptés et abordables.")
    pdf.para("Ses conclusions nourriront le plan d'action intercommunal 2024-2026 en faveur de l'ESS, "
             "que le conseil communautaire examinera lors de sa séance de juin 2024. Je remercie "
             "l'ensemble des structures qui ont accepté de partager leurs données et leur expérience.")
    pdf.ln(2)
    pdf.set_font("Serif", "I", 10.5)
    pdf.cell(0, 5, "Anne-Laure Domergue", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, fr("Présidente de la Communauté de communes des Coteaux de l'Aubrette"), align="R",
             new_x="LMARGIN", new_y="NEXT")

    # page 2: key figures, context and method
    pdf.add_page()
    pdf.heading("L'essentiel en chiffres")
    pdf.bullets([
        "318 établissements employeurs de l'ESS en 2022, contre 296 en 2018.",
        "2 947 salariés, soit 11,6 % de l'emploi salarié du territoire (10,9 % pour l'ensemble du "
        "département de la Sorlanne).",
        "2 610 équivalents temps plein (ETP).",
        "78,4 millions d'euros de rémunérations brutes versées en 2022.",
        "67 % de femmes parmi les salariés de l'ESS.",
        "24 % des salariés âgés de 55 ans ou plus.",
    ])
    pdf.heading("1. Contexte et méthode")
    pdf.heading("1.1 Ce que recouvre l'économie sociale et solidaire", level=1)
    pdf.para("La loi du 31 juillet 2014 relative à l'économie sociale et solidaire définit l'ESS comme "
             "un mode d'entreprendre et de développement économique adapté à tous les domaines de "
             "l'activité humaine. En relèvent les associations, les coopératives, les mutuelles et les "
             "fondations, ainsi que les sociétés commerciales qui remplissent cumulativement les trois "
             "conditions suivantes :", after=1)
    pdf.bullets([
        "poursuivre un but autre que le seul partage des bénéfices ;",
        "appliquer une gouvernance démocratique, qui associe les associés, les salariés et les "
        "parties prenantes aux décisions de l'entreprise ;",
        "consacrer la majorité des bénéfices au maintien ou au développement de l'activité et "
        "constituer des réserves obligatoires impartageables.",
    ])
    pdf.heading("1.2 Sources et périmètre", level=1)
    pdf.para("Les données sont issues du dispositif Flores de l'Insee (millésime 2022), retraitées par "
             "l'Observatoire régional de l'ESS selon le périmètre national harmonisé. Le diagnostic "
             "couvre les 27 communes de la Communauté de communes des Coteaux de l'Aubrette (CCCA), qui "
             "comptaient 41 860 habitants au recensement de 2021. Les évolutions sont calculées par "
             "rapport à l'année 2018, année de référence de la précédente édition.")
    pdf.para("Seuls les établissements employeurs sont pris en compte. Le territoire compte pourtant "
             "environ 540 associations actives sans salarié, d'après le répertoire national des "
             "associations : leur rôle, essentiel pour la vie locale, n'apparaît pas dans les chiffres "
             "d'emploi présentés dans ce document.")

    # page 3: weight of the ESS, table by legal family
    pdf.add_page()
    pdf.heading("2. Le poids de l'ESS dans l'économie locale")
    pdf.para("En 2022, les 318 établissements employeurs de l'ESS emploient 2 947 salariés, soit 11,6 % "
             "des 25 405 emplois salariés que compte le territoire. Entre 2018 et 2022, l'emploi de "
             "l'ESS a progressé de 7,9 %, ce qui correspond à 216 postes supplémentaires, alors que "
             "l'emploi privé hors ESS n'augmentait que de 3,1 % sur la même période.")
    pdf.para("Rapporté à la population, le territoire compte 70 salariés de l'ESS pour 1 000 habitants, "
             "contre 62 en moyenne dans la Sorlanne.")
    pdf.heading("2.1 Répartition par famille juridique", level=1)
    pdf.table("Tableau 1 – Établissements et salariés de l'ESS par famille juridique (2022)",
              ["Famille juridique", "Établissements", "Salariés", "Part des salariés"],
              [["Associations", "251", "2 104", "71,4 %"],
               ["Coopératives", "38", "512", "17,4 %"],
               ["Mutuelles", "14", "187", "6,3 %"],
               ["Fondations", "3", "96", "3,3 %"],
               ["Sociétés commerciales de l'ESS", "12", "48", "1,6 %"],
               ["Total ESS", "318", "2 947", "100 %"]],
              [62, 36, 36, 36])
    pdf.note("Source : Insee, Flores 2022 – traitement Observatoire régional de l'ESS, CRESS "
             "Ardance-Vallées.")
    pdf.para("Les associations regroupent plus de sept salariés de l'ESS sur dix. Les coopératives, avec "
             "512 salariés, constituent la deuxième famille : la coopération agricole y pèse lourd avec "
             "la Coopérative céréalière de l'Aubrette, aux côtés de deux sociétés coopératives et "
             "participatives (SCOP) du bâtiment et de quatre agences de banques coopératives.")
    pdf.para("Les trois fondations présentes sur le territoire gèrent toutes des établissements "
             "médico-sociaux, dont l'établissement d'hébergement pour personnes âgées dépendantes "
             "(EHPAD) de Tréveniac. Les mutuelles regroupent ici les agences de mutuelles de santé et "
             "d'assurance implantées dans les communes de la CCCA.")

    # page 4: table by sector
    pdf.add_page()
    pdf.heading("2.2 Répartition par secteur d'activité", level=1)
    pdf.table("Tableau 2 – Établissements et salariés de l'ESS par secteur d'activité (2022)",
              ["Secteur d'activité", "Établissements", "Salariés"],
              [["Action sociale (avec et sans hébergement)", "64", "1 236"],
               ["Enseignement et formation", "22", "341"],
               ["Sports et loisirs", "71", "118"],
               ["Arts et spectacles", "33", "64"],
               ["Activités financières et d'assurance", "29", "263"],
               ["Santé humaine", "9", "205"],
               ["Agriculture, industrie, construction", "17", "296"],
               ["Commerce", "11", "102"],
               ["Autres activités de services", "62", "322"],
               ["Total ESS", "318", "2 947"]],
              [90, 40, 40])
    pdf.para("L'action sociale, avec 1 236 salariés, concentre à elle seule 42 % de l'emploi de l'ESS du "
             "territoire : aide à domicile, accueil de jeunes enfants, établissements pour personnes "
             "handicapées et pour personnes âgées. Dans ce secteur, l'ESS représente 78 % de l'emploi "
             "salarié privé.")
    pdf.para("Le sport et les loisirs rassemblent le plus grand nombre d'établissements (71) mais "
             "seulement 118 salariés, souvent à temps très partiel : il s'agit pour l'essentiel de clubs "
             "sportifs et d'associations d'éducation populaire, qui reposent avant tout sur "
             "l'engagement bénévole de leurs membres.")
    pdf.para("Les activités financières et d'assurance (banques coopératives et mutuelles) emploient "
             "263 salariés dans 29 agences. Enfin, la rubrique « agriculture, industrie, construction » "
             "regroupe la coopérative céréalière, les deux SCOP du bâtiment et une entreprise adaptée "
             "spécialisée dans le conditionnement.")

    # page 5: geography and job profile
    pdf.add_page()
    pdf.heading("2.3 Répartition géographique", level=1)
    pdf.table("Tableau 3 – Emploi de l'ESS par commune, 2018 et 2022",
              ["Commune", "Établissements 2022", "Salariés 2018", "Salariés 2022"],
              [["Saint-Ambreuil", "131", "1 412", "1 538"],
               ["Coursenay", "41", "402", "436"],
               ["Vaulhac", "29", "318", "297"],
               ["La Ferté-Orbelle", "26", "214", "251"],
               ["Tréveniac", "18", "97", "118"],
               ["Autres communes (22)", "73", "288", "307"],
               ["Total CCCA", "318", "2 731", "2 947"]],
              [56, 38, 38, 38])
    pdf.para("La ville-centre, Saint-Ambreuil, accueille 1 538 salariés de l'ESS, soit 52 % du total "
             "intercommunal, principalement dans les établissements médico-sociaux et les services aux "
             "personnes. Coursenay, deuxième pôle, bénéficie de la dynamique créée par le tiers-lieu La "
             "Fabrique de l'Aubrette.")
    pdf.para("Vaulhac est la seule commune où l'emploi de l'ESS recule entre 2018 et 2022 (– 21 "
             "salariés), du fait de la fermeture en 2021 de l'antenne locale du service d'aide à "
             "domicile Aubrette Services, dont l'activité est désormais assurée depuis Saint-Ambreuil.")
    pdf.heading("2.4 Profil des emplois", level=1)
    pdf.para("Les femmes occupent 67 % des postes de l'ESS, contre 44 % dans le reste de l'économie "
             "locale. Le temps partiel concerne 38 % des salariés de l'ESS, contre 21 % hors ESS, en "
             "particulier dans l'aide à domicile et l'animation sportive.")
    pdf.para("Près d'un salarié sur quatre (24 %) a 55 ans ou plus : environ 710 départs à la retraite "
             "sont attendus d'ici 2032, dont une centaine de postes d'encadrement. Ce renouvellement "
             "constitue à la fois un risque pour la continuité des services et une occasion de recruter "
             "des jeunes du territoire.")

    # page 6: two-column portraits
    pdf.add_page()
    pdf.heading("3. Portraits d'initiatives")
    pdf.para("Quatre structures illustrent la diversité de l'ESS des Coteaux de l'Aubrette.", after=3)
    top = pdf.get_y()
    colw, gap = 81.0, 8.0
    x1, x2 = pdf.l_margin, pdf.l_margin + colw + gap
    columns = [
        [("La Fabrique de l'Aubrette (Coursenay)",
          ["Installé depuis septembre 2021 dans l'ancienne bonneterie Vidalenc, ce tiers-lieu de "
           "640 m² réunit un espace de travail partagé, un atelier de fabrication numérique et un café "
           "associatif. Il est porté par une société coopérative d'intérêt collectif (SCIC) qui compte "
           "87 sociétaires, parmi lesquels la CCCA et la commune de Coursenay.",
           "Sa directrice, Maëlle Kervadec, anime une équipe de 6 salariés et accueille 14 résidents "
           "permanents : graphistes, artisans, développeurs et associations."]),
         ("Recyclerie des Coteaux (Vaulhac)",
          ["Atelier et chantier d'insertion (ACI) créé en 2015, la Recyclerie des Coteaux emploie 22 "
           "salariés en parcours d'insertion, encadrés par 5 permanents.",
           "En 2022, elle a collecté 180 tonnes d'objets et de textiles, dont 62 % ont été réemployés "
           "ou revendus dans ses deux boutiques de Vaulhac et de Saint-Ambreuil."])],
        [("Le Panier d'Orbelle (La Ferté-Orbelle)",
          ["Cette épicerie solidaire associative, ouverte en 2019, a accueilli 340 foyers en 2022, "
           "orientés par les centres communaux d'action sociale (CCAS) et par les travailleurs "
           "sociaux du Département.",
           "Les produits y sont vendus entre 10 % et 30 % de leur prix habituel. L'association repose "
           "sur 45 bénévoles et une seule salariée, coordinatrice à mi-temps."]),
         ("Ambre & Co (Saint-Ambreuil)",
          ["Créée en 2016 sous forme de SCOP, la coopérative d'activité et d'emploi (CAE) Ambre & Co "
           "héberge 58 entrepreneurs-salariés, qui testent et développent leur activité sous un "
           "statut de salarié tout en restant autonomes.",
           "Le chiffre d'affaires cumulé de ses entrepreneurs a atteint 2,4 millions d'euros en 2022."])],
    ]
    bottoms = []
    for x, items in zip((x1, x2), columns):
        pdf.set_y(top)
        for title, paras in items:
            pdf.set_x(x)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_text_color(20, 60, 110)
            pdf.multi_cell(colw, 5.2, fr(title), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
            for text in paras:
                pdf.para(text, w=colw, x=x, size=10, lh=4.8, after=1.8)
            pdf.ln(3)
        bottoms.append(pdf.get_y())
    pdf.set_draw_color(180, 180, 180)
    pdf.line(x1 + colw + gap / 2, top, x1 + colw + gap / 2, max(bottoms) - 3)
    pdf.set_y(max(bottoms) + 2)
    pdf.note("Les chiffres des portraits ont été communiqués par les structures elles-mêmes lors des "
             "entretiens réalisés entre octobre et décembre 2023.")

    # page 7: public support
    pdf.add_page()
    pdf.heading("4. Le soutien public à l'ESS")
    pdf.para("La CCCA a inscrit l'ESS parmi les cinq axes de son projet de territoire 2021-2026. Son "
             "soutien financier direct est passé de 173 000 euros en 2021 à 246 000 euros inscrits au "
             "budget primitif 2024, soit une hausse de 42 %.")
    pdf.table("Tableau 4 – Soutien financier direct de la CCCA à l'ESS (en euros)",
              ["Dispositif", "2021", "2022", "2023", "2024 (BP)"],
              [["Fonds Aubrette Initiatives", "85 000", "92 000", "110 000", "120 000"],
               ["Prêts d'honneur (Sorlanne Active)", "40 000", "45 000", "60 000", "60 000"],
               ["Tiers-lieu La Fabrique de l'Aubrette", "30 000", "35 000", "35 000", "42 000"],
               ["Facilitateur des clauses sociales", "18 000", "18 000", "24 000", "24 000"],
               ["Total", "173 000", "190 000", "229 000", "246 000"]],
              [70, 25, 25, 25, 25])
    pdf.note("BP : budget primitif. Les prêts d'honneur correspondent à la dotation versée au fonds de "
             "prêts géré par l'association Sorlanne Active.")
    pdf.para("Le Fonds Aubrette Initiatives attribue des subventions de 2 000 à 15 000 euros aux projets "
             "de création ou de développement portés par des structures de l'ESS. Depuis 2021, il a "
             "soutenu 41 projets, dont 17 dans le champ de l'alimentation et du réemploi.")
    pdf.heading("4.1 Les clauses sociales d'insertion", level=1)
    pdf.para("En 2022, les clauses sociales intégrées aux marchés publics de la CCCA et de ses communes "
             "ont représenté 11 400 heures de travail confiées à des personnes éloignées de l'emploi. "
             "Le projet de territoire fixe un objectif de 25 000 heures par an à l'horizon 2026.")
    pdf.heading("4.2 Les autres financeurs", level=1)
    pdf.para("Entre 2021 et 2023, sept projets du territoire ont été lauréats de l'appel à projets "
             "départemental « Sorlanne Solidaire », pour un montant cumulé de 96 500 euros. La Région "
             "Ardance-Vallées intervient pour sa part au travers de son dispositif d'aide à "
             "l'investissement des entreprises de l'ESS.")

    # page 8: orientations and glossary
    pdf.add_page()
    pdf.heading("5. Enjeux et orientations")
    pdf.para("Le diagnostic, partagé avec les acteurs lors de l'atelier du 30 janvier 2024, conduit à "
             "proposer quatre orientations pour le plan d'action intercommunal 2024-2026 :", after=1)
    pdf.bullets([
        "Anticiper le renouvellement des dirigeants : former et accompagner les futurs responsables "
        "bénévoles et salariés, en lien avec le dispositif local d'accompagnement (DLA).",
        "Structurer une filière du réemploi : étudier la création d'une ressourcerie intercommunale "
        "en complément de la Recyclerie des Coteaux.",
        "Développer les clauses sociales : porter à 25 000 heures par an les heures d'insertion dans "
        "la commande publique du territoire.",
        "Faciliter l'accès aux locaux : recenser les locaux vacants des communes et créer une bourse "
        "aux locaux pour les associations.",
    ])
    pdf.heading("Glossaire")
    pdf.set_font("Serif", "", 10)
    glossary = [
        ("ACI", "atelier et chantier d'insertion, structure d'insertion par l'activité économique qui "
                "emploie des personnes rencontrant des difficultés sociales et professionnelles."),
        ("CAE", "coopérative d'activité et d'emploi, qui permet à des porteurs de projet de créer et de "
                "tester leur activité en devenant entrepreneurs-salariés."),
        ("DLA", "dispositif local d'accompagnement, dispositif public d'appui aux structures "
                "employeuses de l'ESS."),
        ("ESUS", "entreprise solidaire d'utilité sociale, agrément délivré par l'État aux entreprises "
                 "dont l'activité poursuit principalement un objectif d'utilité sociale."),
        ("PTCE", "pôle territorial de coopération économique, regroupement sur un même territoire "
                 "d'entreprises de l'ESS, d'entreprises classiques, de collectivités et d'organismes de "
                 "formation autour d'un projet commun."),
        ("SCIC", "société coopérative d'intérêt collectif, qui associe obligatoirement des salariés, "
                 "des bénéficiaires et d'autres parties prenantes (collectivités, bénévoles, "
                 "entreprises)."),
        ("SCOP", "société coopérative et participative, dont les salariés détiennent la majorité du "
                 "capital."),
    ]
    for sigle, text in glossary:
        pdf.set_font("Sans", "B", 9.5)
        y = pdf.get_y()
        pdf.cell(16, 4.8, sigle)
        pdf.set_xy(pdf.l_margin + 16, y)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(0, 4.8, hyph(fr(text)), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(2)
    pdf.note("Contacts : Solène Ruaudel, chargée de mission ESS à la CCCA ; Karim Belhadj-Vautrin, "
             "directeur de la CRESS Ardance-Vallées.")

    finish(pdf, path,
           "Diagnostic territorial de l'économie sociale et solidaire – CC des Coteaux de l'Aubrette – Édition 2024",
           "CRESS Ardance-Vallées – Observatoire régional de l’ESS",
           "Panorama de l'ESS sur le territoire de la CCCA, données 2022",
           datetime(2024, 3, 18, 9, 0, tzinfo=timezone.utc))


# --------------------------------------------------------------------------- document 2: convention (4 pages)


def article(pdf: Doc, title: str) -> None:
    pdf.start_section(fr(title), level=0)
    pdf.ln(1.5)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(0, 5.5, fr(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def build_convention(path: Path) -> None:
    pdf = Doc("Convention n° CCCA-2024-017 – Tiers-lieu La Fabrique de l'Aubrette",
              "Convention pluriannuelle 2024-2026", "Paraphes :    ........    ........    ........")

    pdf.add_page()
    pdf.start_section("Parties et préambule", level=0)
    pdf.set_font("Sans", "B", 15)
    pdf.multi_cell(0, 7.5, fr("CONVENTION PLURIANNUELLE DE PARTENARIAT 2024-2026"), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11.5)
    pdf.multi_cell(0, 6, fr("Soutien au tiers-lieu La Fabrique de l'Aubrette (Coursenay)"), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(0, 5, "Convention n° CCCA-2024-017", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, fr("ENTRE LES SOUSSIGNÉS :"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.para("La Communauté de communes des Coteaux de l'Aubrette, dont le siège est situé 4, place du "
             "Foirail à Saint-Ambreuil, représentée par sa présidente, Mme Anne-Laure Domergue, dûment "
             "habilitée par la délibération du conseil communautaire n° 2024-031 du 28 mars 2024, "
             "ci-après dénommée « la Communauté de communes »,")
    pdf.para("Le Département de la Sorlanne, représenté par M. Jean-Baptiste Olivereau, vice-président "
             "délégué à l'insertion et à l'économie sociale et solidaire, agissant par délégation du "
             "président du conseil départemental en vertu de la délibération de la commission "
             "permanente du 22 janvier 2024, ci-après dénommé « le Département »,")
    pdf.para("ET", align="C")
    pdf.para("La société coopérative d'intérêt collectif La Fabrique de l'Aubrette, société par actions "
             "simplifiée à capital variable, dont le siège est situé 12, rue de la Bonneterie à "
             "Coursenay, représentée par son président, M. Thibaut Manceron, ci-après dénommée « la "
             "SCIC ».")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, fr("PRÉAMBULE"), new_x="LMARGIN", new_y="NEXT")
    pdf.para("Ouvert en septembre 2021 dans l'ancienne bonneterie Vidalenc, le tiers-lieu La Fabrique "
             "de l'Aubrette est devenu un lieu ressource pour les porteurs de projets de l'économie "
             "sociale et solidaire du territoire. Le diagnostic territorial de l'ESS publié en mars "
             "2024 a confirmé son rôle dans la dynamique économique de Coursenay.")
    pdf.para("Considérant l'intérêt général du programme d'activités présenté par la SCIC, la "
             "Communauté de communes, au titre de sa compétence en matière de développement "
             "économique, et le Département, au titre de sa politique d'insertion et de solidarité "
             "territoriale, ont décidé de lui apporter un soutien pluriannuel.")
    pdf.para("IL A ÉTÉ CONVENU CE QUI SUIT :", style="B", align="L")
    article(pdf, "Article 1 – Objet")
    pdf.para("La présente convention définit les conditions dans lesquelles la Communauté de communes et "
             "le Département apportent leur soutien financier au programme d'activités d'intérêt "
             "général du tiers-lieu, qui comprend l'animation d'un espace de travail partagé, "
             "l'accompagnement des porteurs de projets de l'ESS, la médiation numérique et l'ouverture "
             "au public d'un atelier de fabrication.")

    pdf.add_page()
    article(pdf, "Article 2 – Durée")
    pdf.para("La convention est conclue pour une durée de trois ans. Elle prend effet le 1er janvier "
             "2024 et s'achève le 31 décembre 2026. Elle n'est pas renouvelable par tacite "
             "reconduction : toute poursuite du partenariat fera l'objet d'une nouvelle convention.")
    article(pdf, "Article 3 – Engagements de la SCIC")
    pdf.para("En contrepartie du soutien des partenaires financiers, la SCIC s'engage à :", after=1)
    for letter, text in (
        ("a)", "ouvrir le tiers-lieu au public au moins 45 heures par semaine, dont un samedi par "
               "mois ;"),
        ("b)", "accompagner au moins 30 porteurs de projets de l'ESS par an, en lien avec la CRESS "
               "Ardance-Vallées et le dispositif local d'accompagnement ;"),
        ("c)", "réserver 20 % des postes de travail partagés, à un tarif solidaire, aux demandeurs "
               "d'emploi et aux étudiants ;"),
        ("d)", "organiser au moins quatre événements publics par an, dont un dans le cadre du Mois de "
               "l'ESS ;"),
        ("e)", "transmettre chaque année, au plus tard le 30 juin, le bilan d'activité de l'exercice "
               "écoulé et ses comptes annuels approuvés."),
    ):
        y = pdf.get_y()
        pdf.set_font("Serif", "", 10.5)
        pdf.set_xy(pdf.l_margin + 4, y)
        pdf.cell(7, 5, letter)
        pdf.set_xy(pdf.l_margin + 11, y)
        pdf.multi_cell(pdf.epw - 11, 5, hyph(fr(text)), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(1)
    article(pdf, "Article 4 – Montant de la participation financière")
    pdf.para("Les partenaires financiers s'engagent à verser à la SCIC une participation totale maximale "
             "de 202 000 euros sur la durée de la convention, répartie selon l'échéancier suivant :")
    pdf.table("Échéancier prévisionnel des participations (en euros)",
              ["Année", "Communauté de communes", "Département", "Total"],
              [["2024", "42 000 €", "25 000 €", "67 000 €"],
               ["2025", "44 000 €", "25 000 €", "69 000 €"],
               ["2026", "46 000 €", "20 000 €", "66 000 €"],
               ["Total", "132 000 €", "70 000 €", "202 000 €"]],
              [30, 55, 45, 40])
    pdf.para("Les montants prévus pour 2025 et 2026 sont indicatifs : ils restent soumis au vote des "
             "budgets annuels de chaque collectivité. La baisse de la participation départementale en "
             "2026 traduit l'objectif d'autonomie financière progressive du tiers-lieu.")

    pdf.add_page()
    article(pdf, "Article 5 – Modalités de versement")
    pdf.para("Pour chaque exercice, une avance égale à 60 % de la participation annuelle est versée au "
             "plus tard le 31 mars ; pour l'année 2024, elle est versée dans les deux mois suivant la "
             "signature de la présente convention. Le solde, soit 40 %, est versé après réception et "
             "validation du bilan d'activité et des comptes mentionnés à l'article 3 e).")
    article(pdf, "Article 6 – Suivi et évaluation")
    pdf.para("Un comité de suivi réunissant des représentants des trois signataires se réunit au moins "
             "deux fois par an. Il est présidé par le vice-président de la Communauté de communes "
             "chargé du développement économique. Il examine notamment les indicateurs suivants :",
             after=1)
    pdf.bullets([
        "le nombre de porteurs de projets accompagnés ;",
        "le taux d'occupation des postes de travail partagés ;",
        "la fréquentation du lieu, avec un objectif de 6 000 visiteurs par an ;",
        "la part des recettes propres dans le budget de la SCIC, qui devra atteindre 55 % en 2026, "
        "contre 38 % en 2023.",
    ], mark="–")
    article(pdf, "Article 7 – Communication")
    pdf.para("La SCIC fait figurer les logos de la Communauté de communes et du Département sur "
             "l'ensemble de ses supports de communication et mentionne leur soutien lors de ses "
             "événements publics.")
    article(pdf, "Article 8 – Contrôle et reversement")
    pdf.para("La SCIC tient à la disposition des partenaires toutes les pièces justificatives des "
             "dépenses réalisées. En cas d'inexécution totale ou partielle de ses engagements, les "
             "partenaires peuvent exiger le reversement de tout ou partie des sommes versées, après une "
             "mise en demeure restée sans effet pendant un mois.")
    article(pdf, "Article 9 – Résiliation")
    pdf.para("Chacune des parties peut résilier la présente convention par lettre recommandée avec "
             "accusé de réception, moyennant un préavis de trois mois. La résiliation n'ouvre droit à "
             "aucune indemnité ; les sommes dues au titre des actions déjà réalisées restent acquises.")

    pdf.add_page()
    article(pdf, "Article 10 – Litiges")
    pdf.para("Les parties s'efforcent de régler à l'amiable tout différend relatif à l'interprétation ou "
             "à l'exécution de la présente convention. À défaut d'accord dans un délai de deux mois, le "
             "litige est porté devant le tribunal administratif de Vérandon.")
    pdf.ln(3)
    pdf.para("Fait à Saint-Ambreuil, le 15 avril 2024, en trois exemplaires originaux.", align="L")
    pdf.ln(6)
    pdf.start_section("Signatures", level=0)
    top = pdf.get_y()
    blocks = [
        ("Pour la Communauté de communes des Coteaux de l'Aubrette",
         "La Présidente", "Anne-Laure Domergue"),
        ("Pour le Département de la Sorlanne",
         "Le Vice-président délégué à l'insertion et à l'économie sociale et solidaire",
         "Jean-Baptiste Olivereau"),
        ("Pour la SCIC La Fabrique de l'Aubrette", "Le Président", "Thibaut Manceron"),
    ]
    for i, (who, role, name) in enumerate(blocks):
        x = pdf.l_margin + i * 58
        pdf.set_xy(x, top)
        pdf.set_font("Sans", "B", 9.5)
        pdf.multi_cell(52, 4.6, fr(who), align="L", new_x="LEFT", new_y="NEXT")
        pdf.ln(1)
        pdf.set_x(x)
        pdf.set_font("Serif", "I", 9.5)
        pdf.multi_cell(52, 4.6, fr(role), align="L", new_x="LEFT", new_y="NEXT")
        pdf.ln(14)
        pdf.set_x(x)
        pdf.set_font("Serif", "B", 10)
        pdf.multi_cell(52, 5, fr(name), align="L", new_x="LEFT", new_y="NEXT")
    pdf.set_y(top + 62)
    pdf.note("Annexe 1 : programme d'activités 2024 de la SCIC. Annexe 2 : budget prévisionnel 2024-2026 "
             "(annexes non reproduites dans la présente version).")

    finish(pdf, path,
           "Convention pluriannuelle de partenariat 2024-2026 – Tiers-lieu La Fabrique de l'Aubrette",
           "Communauté de communes des Coteaux de l’Aubrette",
           "Convention CCCA – Département de la Sorlanne – SCIC La Fabrique de l'Aubrette",
           datetime(2024, 4, 15, 14, 30, tzinfo=timezone.utc))


# --------------------------------------------------------------------------- document 3: web page


AAP_HTML = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Appel à projets « Sorlanne Solidaire » 2024 | Département de la Sorlanne</title>
<meta name="description" content="Le Département de la Sorlanne lance la 4e édition de l'appel à projets Sorlanne Solidaire pour soutenir les structures de l'économie sociale et solidaire. Dépôt des dossiers jusqu'au 14 juin 2024.">
<meta name="date" content="2024-04-08">
<meta name="publisher" content="Département de la Sorlanne">
<meta property="og:site_name" content="Département de la Sorlanne">
<meta property="og:type" content="article">
<meta property="og:title" content="Appel à projets « Sorlanne Solidaire » 2024">
<meta property="og:locale" content="fr_FR">
<meta property="article:published_time" content="2024-04-08T09:30:00+02:00">
<meta property="article:modified_time" content="2024-04-15T16:05:00+02:00">
<meta property="article:section" content="Économie et emploi">
<link rel="canonical" href="https://www.departement-sorlanne.fr/aides-et-services/economie-emploi/appel-a-projets-sorlanne-solidaire-2024">
<link rel="stylesheet" href="/themes/sorlanne/css/main.min.css?v=3.12.0">
<script src="/themes/sorlanne/js/tarteaucitron.min.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function consentGiven(){ document.getElementById('cookie-banner').hidden = true; }
</script>
</head>
<body class="page-node page-node--article">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies pour mesurer son audience et améliorer votre navigation.
  Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix à tout moment.</p>
  <button type="button" onclick="consentGiven()">Tout accepter</button>
  <button type="button" onclick="consentGiven()">Tout refuser</button>
  <a href="/gestion-des-cookies">Personnaliser</a>
</div>
<a class="skip-link" href="#contenu">Aller au contenu principal</a>
<header class="site-header">
  <a class="site-logo" href="/"><img src="/themes/sorlanne/img/logo-departement-sorlanne.svg" alt="Département de la Sorlanne – retour à l'accueil"></a>
  <form class="site-search" action="/recherche" method="get"><label for="q">Rechercher</label><input id="q" name="q" type="search"><button type="submit">OK</button></form>
  <nav class="main-menu" aria-label="Menu principal">
    <ul>
      <li><a href="/le-departement">Le Département</a></li>
      <li><a href="/aides-et-services">Aides et services</a></li>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li><a href="/colleges-jeunesse">Collèges et jeunesse</a></li>
      <li><a href="/culture-sport-tourisme">Culture, sport, tourisme</a></li>
      <li><a href="/actualites">Actualités</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/aides-et-services">Aides et services</a></li>
    <li><a href="/aides-et-services/economie-emploi">Économie et emploi</a></li>
    <li aria-current="page">Appel à projets Sorlanne Solidaire 2024</li>
  </ol>
</nav>
<div class="layout">
<main id="contenu">
<article class="node node--article">
  <h1>Appel à projets « Sorlanne Solidaire » 2024 : le Département soutient l'économie sociale et solidaire</h1>
  <p class="meta">Publié le <time datetime="2024-04-08">8 avril 2024</time> – Mis à jour le <time datetime="2024-04-15">15 avril 2024</time> – Rubrique : Économie et emploi</p>
  <figure class="article-image">
    <img src="/sites/default/files/styles/article/public/2024-04/atelier-reparation-velos.jpg" alt="Un bénévole répare un vélo dans un atelier associatif" width="1200" height="675">
    <figcaption>Un atelier de réparation de vélos soutenu lors de l'édition 2023.
    <span class="credit">© Photo : Département de la Sorlanne / Lucie Amarante</span></figcaption>
  </figure>
  <p class="chapo">Pour sa quatrième édition, l'appel à projets Sorlanne Solidaire dispose d'une
  enveloppe de 450&nbsp;000 euros, contre 360&nbsp;000 euros en 2023. Il s'adresse aux structures
  de l'économie sociale et solidaire (ESS) qui créent des activités et des emplois durables
  dans la Sorlanne.</p>
  <blockquote>
    <p>« Les associations et les coopératives sont souvent les dernières à maintenir des services
    dans nos bourgs. Nous voulons les aider à investir et à embaucher », souligne
    Jean-Baptiste Olivereau, vice-président délégué à l'insertion et à l'économie sociale
    et solidaire.</p>
  </blockquote>

  <h2>Qui peut candidater ?</h2>
  <p>L'appel à projets est ouvert aux structures de l'ESS dont le siège, ou l'établissement
  qui porte le projet, est situé dans la Sorlanne :</p>
  <ul>
    <li>les associations loi 1901 ayant au moins un an d'existence ;</li>
    <li>les coopératives (SCOP, SCIC, coopératives d'activité et d'emploi) ;</li>
    <li>les entreprises commerciales bénéficiant de l'agrément ESUS (entreprise solidaire
    d'utilité sociale) ;</li>
    <li>les fondations et les mutuelles, pour des projets distincts de leur activité courante.</li>
  </ul>
  <p>Ne sont pas éligibles : les collectivités territoriales et leurs établissements publics,
  les particuliers, les entreprises commerciales sans agrément ESUS, ainsi que les associations
  cultuelles ou dont l'activité est principalement politique.</p>
  <p>Chaque structure ne peut déposer qu'un seul dossier par édition. Les lauréats de 2023
  peuvent candidater de nouveau, à condition de présenter un projet distinct du précédent.</p>

  <h2>Quels projets sont soutenus ?</h2>
  <h3>Trois thématiques prioritaires</h3>
  <ul>
    <li>l'alimentation durable et les circuits courts ;</li>
    <li>le réemploi, la réparation et l'économie circulaire ;</li>
    <li>la mobilité solidaire en milieu rural.</li>
  </ul>
  <p>Les projets relevant d'autres domaines restent recevables s'ils répondent à un besoin
  social identifié sur le territoire.</p>
  <h3>Nature et montant de l'aide</h3>
  <p>L'aide prend la forme d'une subvention d'investissement ou de fonctionnement. Elle est
  plafonnée à 30&nbsp;000 euros par projet et ne peut dépasser 50&nbsp;% des dépenses éligibles.
  Ce taux est porté à 70&nbsp;% pour les projets implantés dans un quartier prioritaire
  de la politique de la ville ou dans une commune de moins de 2&nbsp;000 habitants.</p>
  <p>Le projet doit représenter au moins 5&nbsp;000 euros de dépenses éligibles. Les dépenses
  engagées avant le dépôt du dossier ne sont pas prises en compte.</p>
  <p class="download"><a href="/sites/default/files/2024-04/reglement-aap-sorlanne-solidaire-2024.pdf" type="application/pdf">Télécharger le règlement (PDF, 380 Ko)</a><br>
  <a href="/sites/default/files/2024-04/dossier-candidature-sorlanne-solidaire-2024.docx">Télécharger le dossier de candidature (DOCX, 96 Ko)</a></p>

  <h2>Comment les dossiers sont-ils sélectionnés ?</h2>
  <p>Les dossiers complets sont notés sur 100 points selon la grille suivante :</p>
  <table class="table-criteres">
    <caption>Grille de sélection des projets</caption>
    <thead>
      <tr><th scope="col">Critère</th><th scope="col">Points</th></tr>
    </thead>
    <tbody>
      <tr><td>Utilité sociale et réponse à un besoin du territoire</td><td>30 points</td></tr>
      <tr><td>Création ou consolidation d'emplois</td><td>25 points</td></tr>
      <tr><td>Viabilité économique et diversité des financements</td><td>20 points</td></tr>
      <tr><td>Gouvernance démocratique et implication des bénéficiaires</td><td>15 points</td></tr>
      <tr><td>Coopération avec d'autres acteurs du territoire</td><td>10 points</td></tr>
    </tbody>
  </table>
  <p>Le comité de sélection, composé d'élus départementaux et de représentants de la CRESS
  Ardance-Vallées et de Sorlanne Active, se réunira en septembre 2024. Un projet doit obtenir
  au moins 60 points pour être proposé au financement.</p>

  <h2>Calendrier</h2>
  <ul>
    <li>Ouverture du dépôt des dossiers sur la plateforme des aides : 15 avril 2024</li>
    <li>Webinaire d'information : 25 avril 2024 à 14 h (inscription en ligne)</li>
    <li>Date limite de dépôt : 14 juin 2024 à 12 h</li>
    <li>Vote des subventions par la commission permanente : 14 octobre 2024</li>
  </ul>

  <h2>Bilan des éditions précédentes</h2>
  <table class="table-bilan">
    <caption>Sorlanne Solidaire : dossiers et projets soutenus depuis 2021</caption>
    <thead>
      <tr><th scope="col">Édition</th><th scope="col">Dossiers reçus</th><th scope="col">Projets soutenus</th><th scope="col">Montant attribué</th></tr>
    </thead>
    <tbody>
      <tr><th scope="row">2021</th><td>48</td><td>22</td><td>265&nbsp;000 €</td></tr>
      <tr><th scope="row">2022</th><td>63</td><td>29</td><td>318&nbsp;500 €</td></tr>
      <tr><th scope="row">2023</th><td>71</td><td>34</td><td>356&nbsp;200 €</td></tr>
    </tbody>
  </table>
  <p>Depuis son lancement en 2021, l'appel à projets a permis de soutenir 85 projets,
  pour un montant total de 939&nbsp;700 euros. Près d'un projet sur trois concernait
  l'alimentation ou le réemploi.</p>

  <h2>Contact</h2>
  <p>Direction de l'insertion et de l'emploi – Service de l'économie sociale et solidaire<br>
  Votre interlocutrice : Nadia Ferrandou, chargée de mission ESS<br>
  Courriel : <a href="mailto:aap.ess@departement-sorlanne.fr">aap.ess@departement-sorlanne.fr</a></p>
  <div class="share"><span>Partager :</span> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Courriel</a></div>
</article>
</main>
<aside class="sidebar" aria-label="Liens utiles">
  <h2>Sur le même sujet</h2>
  <ul>
    <li><a href="/aides-et-services/economie-emploi/clauses-sociales">Les clauses sociales dans les marchés du Département</a></li>
    <li><a href="/aides-et-services/associations/subventions">Subventions aux associations : les démarches</a></li>
    <li><a href="/actualites/mois-de-l-ess-2024">Mois de l'ESS 2024 : l'agenda dans la Sorlanne</a></li>
    <li><a href="/solidarites/insertion/rsa-accompagnement">RSA : l'accompagnement vers l'emploi</a></li>
  </ul>
  <h2>Démarches en ligne</h2>
  <ul>
    <li><a href="https://aides.departement-sorlanne.fr">Plateforme des aides</a></li>
    <li><a href="/contact">Nous contacter</a></li>
  </ul>
</aside>
</div>
<footer class="site-footer">
  <p>Département de la Sorlanne – Hôtel du Département, 1 cours de la Préfecture, Vérandon<br>
  Accueil du lundi au vendredi, de 8 h 30 à 17 h 30</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
  <p>© Département de la Sorlanne 2024</p>
</footer>
</body>
</html>
"""


# --------------------------------------------------------------------------- document 4: minutes (Markdown)


COPIL_MD = """---
title: "Compte rendu du comité de pilotage du PTCE Coteaux en Transition – séance du 3 octobre 2024"
publisher: "PTCE Coteaux en Transition"
date: 2024-10-03
territory: "Communauté de communes des Coteaux de l'Aubrette (Sorlanne)"
author: "Solène Ruaudel"
lang: fr
---

# Comité de pilotage du PTCE Coteaux en Transition

**Séance du jeudi 3 octobre 2024, de 14 h à 16 h 45**
**Lieu :** La Fabrique de l'Aubrette, 12 rue de la Bonneterie, Coursenay

## Participants

### Membres votants présents

- Hervé Lestriez, vice-président de la Communauté de communes des Coteaux de
  l'Aubrette chargé du développement économique et de l'ESS, président du comité
  de pilotage
- Maëlle Kervadec, directrice de la SCIC La Fabrique de l'Aubrette
- Odile Sarrazac, présidente de la Recyclerie des Coteaux
- Bastien Quéméneur, gérant de la SCOP Menuiseries du Vaulhac
- Inès Carvalho-Roux, présidente de l'association Le Panier d'Orbelle
- Gilles Abadie, maire de Vaulhac
- Capucine Delorme, cogérante de la CAE Ambre & Co
- Damien Ferrat, directeur de la Maison de l'emploi des Coteaux

### Membres associés (sans voix délibérative)

- Nadia Ferrandou, chargée de mission ESS, Département de la Sorlanne
- Karim Belhadj-Vautrin, directeur de la CRESS Ardance-Vallées
- Solène Ruaudel, chargée de mission ESS, Communauté de communes des Coteaux de
  l'Aubrette (secrétaire de séance)

### Excusés

- Anne-Laure Domergue, présidente de la Communauté de communes (pouvoir donné à
  Hervé Lestriez)
- Thibaut Manceron, président de la SCIC La Fabrique de l'Aubrette
- Yannick Brasseur, facilitateur des clauses sociales

Avec 8 membres présents et 1 pouvoir, 9 des 11 membres votants sont présents ou
représentés : le quorum est atteint.

## Ordre du jour

1. Approbation du compte rendu du 27 juin 2024
2. Étude de faisabilité d'une ressourcerie intercommunale
3. Adhésion de nouveaux membres
4. Budget prévisionnel 2025
5. Mois de l'ESS 2024
6. Questions diverses

## 1. Approbation du compte rendu du 27 juin 2024

Le compte rendu de la séance du 27 juin 2024 est approuvé sans modification.

**Décision n° 2024-07 – Vote :** unanimité (9 voix pour).

## 2. Étude de faisabilité d'une ressourcerie intercommunale

Odile Sarrazac rappelle que la Recyclerie des Coteaux arrive à saturation : ses
locaux de Vaulhac ne permettent plus de stocker les apports, qui ont atteint
212 tonnes en 2023. Une ressourcerie intercommunale permettrait de traiter aussi
les encombrants collectés en déchèterie.

Le comité examine les résultats de la consultation lancée en juillet. Deux sites
sont à l'étude : l'ancienne gare de marchandises de Vaulhac et une friche
artisanale de la zone des Perrières à Saint-Ambreuil. Trois cabinets ont
répondu ; l'offre de Trajectoires Communes, d'un montant de 38 500 euros HT, est
la mieux classée.

Bastien Quéméneur s'inquiète d'une possible concurrence avec les artisans
réparateurs du territoire. Il est convenu d'associer la chambre de métiers au
comité technique de l'étude.

**Décision n° 2024-08 :** le comité de pilotage retient l'offre de Trajectoires
Communes et demande que les conclusions de l'étude soient rendues en mars 2025.

**Vote :** 7 pour, 1 contre (Bastien Quéméneur), 1 abstention.

## 3. Adhésion de nouveaux membres

Trois structures ont demandé à rejoindre le PTCE :

- la SCIC Énergies Citoyennes des Coteaux, qui installe des centrales
  photovoltaïques sur les toitures des bâtiments publics ;
- l'association Vélo-Coteaux, qui anime un atelier de réparation et loue des
  vélos à assistance électrique ;
- la coopérative agricole La Grange Orbellienne, qui porte un projet de légumerie
  pour la restauration collective.

**Décision n° 2024-09 :** les trois adhésions sont acceptées. Le PTCE compte
désormais 22 membres, contre 19 auparavant.

**Vote :** 8 pour, 0 contre, 1 abstention.

## 4. Budget prévisionnel 2025

Damien Ferrat présente le budget prévisionnel 2025, qui s'élève à 126 000 euros,
contre 112 500 euros en 2024. La hausse doit financer le recrutement d'un second
animateur à mi-temps à compter d'avril 2025. La cotisation annuelle reste fixée
à 500 euros par membre.

| Financeur | 2024 (réalisé estimé) | 2025 (prévisionnel) |
|---|---:|---:|
| Communauté de communes des Coteaux de l'Aubrette | 40 000 € | 45 000 € |
| Département de la Sorlanne | 30 000 € | 30 000 € |
| Région Ardance-Vallées (fonds ESS) | 25 000 € | 28 000 € |
| Cotisations des membres | 9 500 € | 11 000 € |
| Prestations et ventes | 8 000 € | 12 000 € |
| **Total** | **112 500 €** | **126 000 €** |

**Décision n° 2024-10 :** le budget prévisionnel 2025 est adopté.

**Vote :** unanimité (9 voix pour).

## 5. Mois de l'ESS 2024

Karim Belhadj-Vautrin présente la programmation du Mois de l'ESS sur le
territoire : 14 événements sont prévus en novembre 2024 dans 9 communes. Le temps
fort sera le forum « ESS & emploi », le jeudi 21 novembre 2024 de 9 h à 13 h, à
la salle des fêtes de Vaulhac, avec une vingtaine d'employeurs de l'ESS et la
Maison de l'emploi des Coteaux.

Nadia Ferrandou indique que les subventions de l'appel à projets Sorlanne
Solidaire 2024 seront votées le 14 octobre 2024 ; quatre membres du PTCE ont
déposé un dossier.

## 6. Questions diverses

Maëlle Kervadec informe le comité que le tiers-lieu a accueilli 4 850 visiteurs
sur les neuf premiers mois de 2024, pour un objectif annuel de 6 000.

## Relevé des décisions

| N° | Objet | Pour | Contre | Abstention |
|---|---|---:|---:|---:|
| 2024-07 | Approbation du compte rendu du 27 juin 2024 | 9 | 0 | 0 |
| 2024-08 | Étude de faisabilité de la ressourcerie (Trajectoires Communes) | 7 | 1 | 1 |
| 2024-09 | Adhésion de trois nouveaux membres | 8 | 0 | 1 |
| 2024-10 | Budget prévisionnel 2025 | 9 | 0 | 0 |

**Prochaine réunion :** jeudi 12 décembre 2024 à 14 h, à l'hôtel communautaire de
Saint-Ambreuil.

La séance est levée à 16 h 45.

*Compte rendu rédigé par Solène Ruaudel, secrétaire de séance, et validé par
Hervé Lestriez, président du comité de pilotage.*
"""


# --------------------------------------------------------------------------- document 5: plain text note


NOTE_TXT = """\
NOTE D'INFORMATION AU BUREAU COMMUNAUTAIRE
Clauses sociales d'insertion : bilan 2023 et propositions pour 2025

Communauté de communes des Coteaux de l'Aubrette
Direction du développement économique
Rédaction : Yannick Brasseur, facilitateur des clauses sociales
            (Maison de l'emploi des Coteaux)
Saint-Ambreuil, le 4 mars 2024
Diffusion : membres du bureau communautaire


1. OBJET DE LA NOTE

La présente note dresse le bilan de l'année 2023 des clauses sociales
d'insertion dans les marchés publics de la Communauté de communes et des
communes membres qui ont recours au facilitateur. Elle soumet au bureau
plusieurs propositions pour l'année 2025.


2. RAPPEL DU DISPOSITIF

La clause sociale d'insertion est une condition d'exécution d'un marché
public : elle oblige l'entreprise titulaire à réserver une partie des
heures de travail générées par le marché à des personnes qui rencontrent
des difficultés d'accès à l'emploi. L'entreprise peut embaucher
directement, recourir à une structure d'insertion ou sous-traiter une
partie des prestations.

Depuis 2019, la CCCA mutualise avec la Maison de l'emploi des Coteaux un
poste de facilitateur, qui rédige les clauses avec les acheteurs,
accompagne les entreprises et vérifie l'éligibilité des candidats. Le
coût complet du poste, 52 000 euros par an, est couvert par la CCCA
(24 000 euros depuis 2023, contre 18 000 euros auparavant) et par le
Fonds social européen FSE+ (28 000 euros).

Peuvent bénéficier des heures d'insertion :
   - les demandeurs d'emploi de longue durée, inscrits depuis plus de
     douze mois ;
   - les bénéficiaires du RSA et de l'allocation de solidarité
     spécifique (ASS) ;
   - les jeunes de moins de 26 ans sans diplôme ou sans expérience
     professionnelle ;
   - les travailleurs reconnus handicapés ;
   - les salariés des structures d'insertion par l'activité économique
     (SIAE).


3. BILAN 2023

En 2023, 21 marchés de la CCCA et des communes ont comporté une clause
sociale, contre 15 en 2022. Ils ont généré 14 200 heures d'insertion,
contre 11 400 heures en 2022, soit une progression de 25 %.

63 personnes ont bénéficié de ces heures, dont 19 femmes et 24 jeunes de
moins de 26 ans. Six mois après la fin de leur mission, 41 % d'entre
elles étaient en emploi durable (CDI ou CDD de plus de six mois) ou en
formation qualifiante.

Répartition des heures d'insertion réalisées en 2023 :
   - bâtiment et travaux publics : 9 850 heures, dont la rénovation
     énergétique de l'école de Coursenay et l'extension de la
     déchèterie de Vaulhac ;
   - entretien des espaces verts : 2 100 heures ;
   - propreté des bâtiments publics : 1 630 heures ;
   - restauration collective : 620 heures, au sein de la cuisine
     centrale de Saint-Ambreuil.


4. POINTS DE VIGILANCE

   - La concentration des heures dans le BTP (69 % du total) rend le
     dispositif dépendant du calendrier des grands chantiers.
   - Seules 4 des 27 communes ont passé en 2023 un marché comportant
     une clause : les petites communes manquent d'ingénierie pour
     rédiger leurs consultations.
   - L'absence de solution de transport pour les publics ruraux a
     conduit à 7 abandons de mission en cours d'année.
   - Le cofinancement du poste de facilitateur par le FSE+ prend fin
     au 31 décembre 2024 ; sans relais, le poste ne pourra pas être
     maintenu à temps plein.


5. PROPOSITIONS POUR 2025

   a) Fixer un objectif de 18 000 heures d'insertion en 2025, étape
      vers l'objectif de 25 000 heures par an en 2026 inscrit au
      projet de territoire.
   b) Rendre systématique l'examen d'une clause sociale pour tout
      marché de travaux ou de services dont le montant estimé dépasse
      90 000 euros HT.
   c) Recourir aux marchés réservés : ce sont des marchés dont l'accès
      est limité à des structures d'insertion par l'activité
      économique (SIAE), à des entreprises adaptées ou à des ESAT. Un
      premier marché réservé pourrait porter sur l'entretien des
      sentiers de randonnée, estimé à 45 000 euros HT par an.
   d) Proposer aux communes de moins de 3 500 habitants une assistance
      gratuite du facilitateur pour la rédaction de leurs marchés.
   e) Pérenniser le poste de facilitateur en portant la participation
      de la CCCA à 40 000 euros par an à compter de 2025.


6. DÉCISION SOLLICITÉE

Le bureau est invité à prendre acte du présent bilan et à valider les
propositions a) à e), en vue d'une délibération du conseil communautaire
lors de sa séance du 11 avril 2024.

                                              Yannick Brasseur
"""


# --------------------------------------------------------------------------- questions

EN = set()  # ids of questions written in English


def Q(qid: str, question: str, facts: list[str], sources: list[str], pages: list[int] | None = None,
      history: list[str] | None = None, en: bool = False) -> dict:
    if en:
        EN.add(qid)
    return {"id": qid, "question": question, "facts": facts, "sources": sources,
            "answerable": True, "history": history or [], "pages": pages or []}


def NONE(qid: str, question: str, history: list[str] | None = None, en: bool = False) -> dict:
    if en:
        EN.add(qid)
    return {"id": qid, "question": question, "facts": [], "sources": [], "answerable": False,
            "history": history or [], "pages": []}


def questions() -> list[dict]:
    d, c, a, m, n = DIAG, CONV, AAP, COPIL, NOTE
    qs = [
        # ---- diagnostic PDF
        Q("fresh7-diag-01", "Combien de personnes sont salariées dans l'économie sociale et solidaire sur les Coteaux de l'Aubrette ?", ["2 947"], [d], [1, 2, 3, 4, 5]),
        Q("fresh7-diag-02", "Quel poids pèse l'ESS dans l'emploi salarié de notre intercommunalité ?", ["11,6 %"], [d], [2, 3]),
        Q("fresh7-diag-03", "Et pour la Sorlanne dans son ensemble ?", ["10,9 %"], [d], [2],
          history=["Quel poids pèse l'ESS dans l'emploi salarié de notre intercommunalité ?"]),
        Q("fresh7-diag-04", "On avait combien d'établissements employeurs de l'ESS sur le territoire en 2018 ?", ["296"], [d], [2]),
        Q("fresh7-diag-05", "Combien d'associations employeuses le diagnostic recense-t-il sur la CCCA ?", ["251"], [d], [3]),
        Q("fresh7-diag-06", "Combien de gens travaillent dans les coopératives de la communauté de communes ?", ["512"], [d], [3]),
        Q("fresh7-diag-07", "Et dans les fondations ?", ["96"], [d], [3],
          history=["Combien de gens travaillent dans les coopératives de la communauté de communes ?"]),
        Q("fresh7-diag-08", "Quel secteur d'activité est le premier employeur de l'ESS sur le territoire, et avec combien de salariés ?", ["action sociale", "1 236"], [d], [4]),
        Q("fresh7-diag-09", "Combien y a-t-il de structures employeuses de l'ESS dans le sport et les loisirs ?", ["71"], [d], [4]),
        Q("fresh7-diag-10", "How many ESS employees work in education and training in the Coteaux de l'Aubrette area?", ["341"], [d], [4], en=True),
        Q("fresh7-diag-11", "Quel est l'effectif salarié de l'ESS à Coursenay en 2022 ?", ["436"], [d], [5]),
        Q("fresh7-diag-12", "Et quatre ans plus tôt ?", ["402"], [d], [5],
          history=["Quel est l'effectif salarié de l'ESS à Coursenay en 2022 ?"]),
        Q("fresh7-diag-13", "Dans quelle commune l'emploi de l'ESS a-t-il baissé entre 2018 et 2022, et pourquoi ?", ["Vaulhac", "Aubrette Services"], [d], [5]),
        Q("fresh7-diag-14", "Quelle part des emplois ESS de l'interco se trouve à Saint-Ambreuil ?", ["52 %"], [d], [5]),
        Q("fresh7-diag-15", "Combien d'habitants compte la communauté de communes des Coteaux de l'Aubrette ?", ["41 860"], [d], [2]),
        Q("fresh7-diag-16", "Quel montant de salaires bruts les employeurs de l'ESS du territoire ont-ils versé en 2022 ?", ["78,4 millions"], [d], [2]),
        Q("fresh7-diag-17", "Les femmes représentent quelle part des salariés de l'ESS sur le territoire ?", ["67 %"], [d], [2, 5]),
        Q("fresh7-diag-18", "Combien de départs en retraite faut-il prévoir dans l'ESS locale d'ici 2032 ?", ["710"], [d], [5]),
        Q("fresh7-diag-19", "Le temps partiel est-il plus fréquent dans l'ESS qu'ailleurs sur le territoire ?", ["38 %", "21 %"], [d], [5]),
        Q("fresh7-diag-20", "Combien d'associations fonctionnent sans aucun salarié sur l'intercommunalité ?", ["540"], [d], [2]),
        Q("fresh7-diag-21", "De combien a augmenté l'emploi dans l'ESS entre 2018 et 2022 ?", ["7,9 %"], [d], [3]),
        Q("fresh7-diag-22", "Qui dirige le tiers-lieu de Coursenay ?", ["Maëlle Kervadec"], [d], [6]),
        Q("fresh7-diag-23", "Combien la SCIC qui porte La Fabrique de l'Aubrette a-t-elle de sociétaires ?", ["87"], [d], [6]),
        Q("fresh7-diag-24", "Quel tonnage la Recyclerie des Coteaux a-t-elle récupéré en 2022 ?", ["180 tonnes"], [d], [6]),
        Q("fresh7-diag-25", "Combien de familles sont passées par l'épicerie solidaire de La Ferté-Orbelle en 2022 ?", ["340 foyers"], [d], [6]),
        Q("fresh7-diag-26", "Combien d'entrepreneurs-salariés accueille la coopérative d'activité et d'emploi de Saint-Ambreuil ?", ["58"], [d], [6]),
        Q("fresh7-diag-27", "Quelles structures sont présentées à la page 6 du diagnostic ?", ["Recyclerie des Coteaux", "Ambre & Co"], [d], [6]),
        Q("fresh7-diag-28", "Combien l'interco a-t-elle mis dans le Fonds Aubrette Initiatives en 2023 ?", ["110 000"], [d], [7]),
        Q("fresh7-diag-29", "Et en 2021 ?", ["85 000"], [d], [7],
          history=["Combien l'interco a-t-elle mis dans le Fonds Aubrette Initiatives en 2023 ?"]),
        Q("fresh7-diag-30", "Quelle enveloppe totale la CCCA a-t-elle prévue au budget 2024 pour soutenir l'ESS ?", ["246 000"], [d], [7]),
        Q("fresh7-diag-31", "How much did the community of communes allocate to honour loans in 2022?", ["45 000"], [d], [7], en=True),
        Q("fresh7-diag-32", "What target does the territorial project set for social clause hours by 2026?", ["25 000 heures"], [d, n], [7, 8], en=True),
        Q("fresh7-diag-33", "Quelles orientations le diagnostic propose-t-il pour le plan d'action 2024-2026 ?", ["renouvellement des dirigeants", "filière du réemploi", "bourse aux locaux"], [d], [8]),
        Q("fresh7-diag-34", "Que veut dire le sigle PTCE ?", ["territorial de coopération économique"], [d], [8]),
        Q("fresh7-diag-35", "C'est quoi une SCIC ?", ["intérêt collectif"], [d], [6, 8]),
        Q("fresh7-diag-36", "Selon la loi de 2014, à quelles conditions une société commerciale fait-elle partie de l'ESS ?", ["gouvernance démocratique", "réserves obligatoires impartageables"], [d], [2]),
        Q("fresh7-diag-37", "Who signed the foreword of the ESS diagnostic?", ["Anne-Laure Domergue"], [d], [1], en=True),
        Q("fresh7-diag-38", "Combien de personnes en insertion travaillent à la recyclerie de Vaulhac ?", ["22 salariés"], [d], [6]),

        # ---- convention PDF
        Q("fresh7-conv-01", "Jusqu'à quand court la convention de soutien au tiers-lieu La Fabrique ?", ["31 décembre 2026"], [c], [2]),
        Q("fresh7-conv-02", "Qui a signé la convention au nom de la SCIC ?", ["Thibaut Manceron"], [c], [1, 4]),
        Q("fresh7-conv-03", "Qui représente le Département dans la convention du tiers-lieu ?", ["Jean-Baptiste Olivereau"], [c], [1, 4]),
        Q("fresh7-conv-04", "Quel est le montant maximum de l'aide prévue par la convention sur toute sa durée ?", ["202 000"], [c], [2]),
        Q("fresh7-conv-05", "Combien la communauté de communes doit-elle verser à La Fabrique en 2025 ?", ["44 000"], [c], [2]),
        Q("fresh7-conv-06", "Et le Département, cette même année ?", ["25 000"], [c], [2],
          history=["Combien la communauté de communes doit-elle verser à La Fabrique en 2025 ?"]),
        Q("fresh7-conv-07", "Le tiers-lieu doit rester ouvert combien d'heures par semaine ?", ["45 heures"], [c], [2]),
        Q("fresh7-conv-08", "Quels engagements la SCIC prend-elle dans la convention ?", ["45 heures", "30 porteurs", "20 %"], [c], [2]),
        Q("fresh7-conv-09", "Quelle part de la subvention annuelle est versée en avance ?", ["60 %"], [c], [3]),
        Q("fresh7-conv-10", "Quand la convention a-t-elle été signée ?", ["15 avril 2024"], [c], [4]),
        Q("fresh7-conv-11", "Avec quel préavis peut-on mettre fin à la convention ?", ["trois mois"], [c], [3]),
        Q("fresh7-conv-12", "En cas de désaccord, quelle juridiction est compétente pour la convention ?", ["tribunal administratif de Vérandon"], [c], [4]),
        Q("fresh7-conv-13", "Avant quelle date la SCIC doit-elle envoyer son bilan d'activité chaque année ?", ["30 juin"], [c], [2]),
        Q("fresh7-conv-14", "À quelle fréquence se réunit le comité de suivi de la convention ?", ["deux fois par an"], [c], [3]),
        Q("fresh7-conv-15", "What share of own revenue must the third place reach by 2026 under the agreement?", ["55 %"], [c], [3], en=True),
        Q("fresh7-conv-16", "La convention avec La Fabrique est-elle reconduite automatiquement ?", ["tacite reconduction"], [c], [2]),
        Q("fresh7-conv-17", "Qui préside le comité de suivi de la convention ?", ["développement économique"], [c], [3]),

        # ---- web page (appel à projets)
        Q("fresh7-aap-01", "Quel est le budget de l'appel à projets Sorlanne Solidaire cette année ?", ["450 000"], [a]),
        Q("fresh7-aap-02", "Et l'an dernier ?", ["360 000"], [a],
          history=["Quel est le budget de l'appel à projets Sorlanne Solidaire cette année ?"]),
        Q("fresh7-aap-03", "Quelle est la date limite pour déposer un dossier Sorlanne Solidaire ?", ["14 juin 2024"], [a]),
        Q("fresh7-aap-04", "Une association peut-elle répondre à l'appel à projets du Département ?", ["loi 1901"], [a]),
        Q("fresh7-aap-05", "Notre commune peut-elle candidater à Sorlanne Solidaire ?", ["collectivités territoriales"], [a]),
        Q("fresh7-aap-06", "Jusqu'à combien peut-on obtenir par projet ?", ["30 000"], [a]),
        Q("fresh7-aap-07", "Quel taux d'aide maximum pour un projet situé dans un village de 1 500 habitants ?", ["70 %"], [a]),
        Q("fresh7-aap-08", "Sur quels critères les projets sont-ils notés ?", ["besoin du territoire", "diversité des financements", "implication des bénéficiaires"], [a]),
        Q("fresh7-aap-09", "Combien de points rapporte le critère emploi dans la grille de sélection ?", ["25 points"], [a]),
        Q("fresh7-aap-10", "Quand a lieu la réunion d'information en ligne sur l'appel à projets ?", ["25 avril 2024"], [a]),
        Q("fresh7-aap-11", "How many projects did Sorlanne Solidaire fund in 2022?", ["29"], [a], en=True),
        Q("fresh7-aap-12", "Quel montant a été distribué lors de la première édition ?", ["265 000"], [a]),
        Q("fresh7-aap-13", "Qui est la personne à contacter au Département pour cet appel à projets ?", ["Nadia Ferrandou"], [a]),
        Q("fresh7-aap-14", "Sur quelles thématiques l'appel à projets met-il l'accent ?", ["circuits courts", "réemploi", "mobilité solidaire"], [a]),
        Q("fresh7-aap-15", "Quand les subventions seront-elles votées ?", ["14 octobre 2024"], [a, m]),
        Q("fresh7-aap-16", "Une structure peut-elle présenter deux projets à la même édition ?", ["un seul dossier"], [a]),
        Q("fresh7-aap-17", "Combien de projets Sorlanne Solidaire a-t-il financés au total depuis son lancement ?", ["85 projets"], [a]),
        Q("fresh7-aap-18", "Quelle taille fait le fichier du règlement à télécharger ?", ["380 Ko"], [a]),
        Q("fresh7-aap-19", "Who is credited for the photo on the Sorlanne Solidaire page?", ["Lucie Amarante"], [a], en=True),
        Q("fresh7-aap-20", "Une SARL classique peut-elle déposer un dossier ?", ["agrément ESUS"], [a]),

        # ---- Markdown minutes
        Q("fresh7-copil-01", "Qui présidait le comité de pilotage du PTCE le 3 octobre 2024 ?", ["Hervé Lestriez"], [m]),
        Q("fresh7-copil-02", "Et qui a tenu le secrétariat de la séance ?", ["Solène Ruaudel"], [m],
          history=["Qui présidait le comité de pilotage du PTCE le 3 octobre 2024 ?"]),
        Q("fresh7-copil-03", "À combien s'élève le budget prévisionnel 2025 du PTCE Coteaux en Transition ?", ["126 000"], [m]),
        Q("fresh7-copil-04", "Et celui de 2024 ?", ["112 500"], [m],
          history=["À combien s'élève le budget prévisionnel 2025 du PTCE Coteaux en Transition ?"]),
        Q("fresh7-copil-05", "Quel a été le résultat du vote sur l'étude de la ressourcerie ?", ["7 pour", "1 contre"], [m]),
        Q("fresh7-copil-06", "Qui a voté contre ?", ["Bastien Quéméneur"], [m],
          history=["Quel a été le résultat du vote sur l'étude de la ressourcerie ?"]),
        Q("fresh7-copil-07", "Quel bureau d'études a été retenu pour la ressourcerie, et pour quel montant ?", ["Trajectoires Communes", "38 500"], [m]),
        Q("fresh7-copil-08", "Quelles nouvelles structures ont rejoint le PTCE ?", ["Énergies Citoyennes des Coteaux", "Vélo-Coteaux", "Grange Orbellienne"], [m]),
        Q("fresh7-copil-09", "Combien de membres compte le PTCE après les nouvelles adhésions ?", ["22 membres"], [m]),
        Q("fresh7-copil-10", "C'est quand, le prochain copil du PTCE ?", ["12 décembre 2024"], [m]),
        Q("fresh7-copil-11", "Où et quand se tient le forum ESS & emploi ?", ["21 novembre 2024", "Vaulhac"], [m]),
        Q("fresh7-copil-12", "Qui était absent et excusé à ce comité de pilotage ?", ["Anne-Laure Domergue", "Thibaut Manceron", "Yannick Brasseur"], [m]),
        Q("fresh7-copil-13", "How much are member fees expected to bring to the PTCE in 2025?", ["11 000"], [m], en=True),
        Q("fresh7-copil-14", "Quelle fonction occupe Odile Sarrazac ?", ["présidente de la Recyclerie des Coteaux"], [m]),
        Q("fresh7-copil-15", "Quels sites envisage-t-on pour installer la ressourcerie ?", ["gare de marchandises", "zone des Perrières"], [m]),
        Q("fresh7-copil-16", "Quel volume d'apports la Recyclerie des Coteaux a-t-elle reçu en 2023 ?", ["212 tonnes"], [m]),
        Q("fresh7-copil-17", "Pour quand attend-on les conclusions de l'étude de la ressourcerie ?", ["mars 2025"], [m]),

        # ---- plain text note
        Q("fresh7-note-01", "Combien d'heures d'insertion les clauses sociales ont-elles permis en 2023 ?", ["14 200 heures"], [n]),
        Q("fresh7-note-02", "Et l'année précédente ?", ["11 400 heures"], [n, d], [7],
          history=["Combien d'heures d'insertion les clauses sociales ont-elles permis en 2023 ?"]),
        Q("fresh7-note-03", "Combien de personnes ont profité des heures d'insertion en 2023 ?", ["63"], [n]),
        Q("fresh7-note-04", "Combien de marchés incluaient une clause sociale en 2023 ?", ["21 marchés"], [n]),
        Q("fresh7-note-05", "Combien d'heures d'insertion ont été faites dans le BTP ?", ["9 850 heures"], [n]),
        Q("fresh7-note-06", "Qui peut bénéficier d'un emploi au titre d'une clause sociale ?", ["RSA", "moins de 26 ans"], [n]),
        Q("fresh7-note-07", "Quel objectif d'heures d'insertion est proposé pour 2025 ?", ["18 000 heures"], [n]),
        Q("fresh7-note-08", "Au-delà de quel montant de marché la note veut-elle examiner systématiquement une clause ?", ["90 000 euros HT"], [n]),
        Q("fresh7-note-09", "Qui est l'auteur de la note sur les clauses sociales ?", ["Yannick Brasseur"], [n]),
        Q("fresh7-note-10", "What share of beneficiaries were in lasting employment or qualifying training six months later?", ["41 %"], [n], en=True),
        Q("fresh7-note-11", "Qu'est-ce qu'un marché réservé ?", ["SIAE", "ESAT"], [n]),
        Q("fresh7-note-12", "Quels points de vigilance la note signale-t-elle ?", ["69 %", "7 abandons", "FSE+"], [n]),
        Q("fresh7-note-13", "Combien coûte au total le poste de facilitateur des clauses sociales ?", ["52 000 euros"], [n]),
        Q("fresh7-note-14", "Quelle participation de la CCCA la note propose-t-elle pour le poste de facilitateur à partir de 2025 ?", ["40 000 euros"], [n]),

        # ---- unanswerable near misses
        NONE("fresh7-none-01", "Combien de salariés comptait l'ESS des Coteaux de l'Aubrette en 2015 ?"),
        NONE("fresh7-none-02", "Combien d'emplois de l'ESS y a-t-il à Brévilliers-sur-Aubrette ?"),
        NONE("fresh7-none-03", "Combien la CCCA avait-elle versé au Fonds Aubrette Initiatives en 2020 ?"),
        NONE("fresh7-none-04", "Quelle enveloppe le Département prévoit-il pour Sorlanne Solidaire en 2025 ?"),
        NONE("fresh7-none-05", "Combien de dossiers ont été déposés pour l'édition 2024 de Sorlanne Solidaire ?"),
        NONE("fresh7-none-06", "Qui est le trésorier du PTCE Coteaux en Transition ?"),
        NONE("fresh7-none-07", "Quelle somme la Région Ardance-Vallées verse-t-elle à La Fabrique de l'Aubrette au titre de la convention 2024-2026 ?"),
        NONE("fresh7-none-08", "Combien d'heures d'insertion ont été réalisées dans la restauration collective en 2022 ?"),
        NONE("fresh7-none-09", "Qui préside la CRESS Ardance-Vallées ?"),
        NONE("fresh7-none-10", "Quel montant le Département versera-t-il au tiers-lieu La Fabrique en 2027 ?"),
        NONE("fresh7-none-11", "How many ESS jobs were there in Tréveniac in 2020?", en=True),
        NONE("fresh7-none-12", "Quel est le taux de chômage sur le territoire de la communauté de communes ?"),
        NONE("fresh7-none-13", "Combien de bénévoles font tourner la Recyclerie des Coteaux ?"),
        NONE("fresh7-none-14", "Et pour 2026 ?",
             history=["À combien s'élève le budget prévisionnel 2025 du PTCE Coteaux en Transition ?"]),
        NONE("fresh7-none-15", "Who is the mayor of Coursenay?", en=True),
        NONE("fresh7-none-16", "Combien de tonnes la Recyclerie des Coteaux a-t-elle collectées en 2021 ?"),
        NONE("fresh7-none-17", "And in 2024?", history=["How many projects did Sorlanne Solidaire fund in 2022?"], en=True),
        NONE("fresh7-none-18", "Combien de personnes avaient bénéficié des clauses sociales en 2022 ?"),
        NONE("fresh7-none-19", "Qui a signé la convention du tiers-lieu pour la commune de Coursenay ?"),
    ]
    return qs


# --------------------------------------------------------------------------- checks


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    out = []
    for page in PdfReader(str(path)).pages:
        raw = page.extract_text() or ""
        raw = re.sub(r"-[ \t]*\n[ \t]*(?=[a-zàâäçéèêëîïôöùûüÿœæ])", "", raw)
        out.append(norm(raw))
    return out


class Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in ("p", "li", "tr", "td", "th", "br", "h1", "h2", "h3", "div", "figcaption"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = Visible()
    parser.feed(path.read_text(encoding="utf-8"))
    return norm(unescape("".join(parser.parts)))


def check(qs: list[dict]) -> list[str]:
    errors: list[str] = []
    pages = {name: pdf_pages(CORPUS / name) for name in (DIAG, CONV)}
    texts = {AAP: html_text(CORPUS / AAP),
             COPIL: norm((CORPUS / COPIL).read_text(encoding="utf-8")),
             NOTE: norm((CORPUS / NOTE).read_text(encoding="utf-8"))}

    # document-level checks
    for name, lo, hi in ((DIAG, 6, 8), (CONV, 3, 4)):
        reader = PdfReader(str(CORPUS / name))
        n = len(reader.pages)
        if not lo <= n <= hi:
            errors.append(f"{name}: {n} pages, expected {lo}-{hi}")
        if not reader.outline:
            errors.append(f"{name}: no outline")
        if not (reader.metadata and reader.metadata.title):
            errors.append(f"{name}: no metadata title")
        for i, text in enumerate(pages[name], 1):
            if f"page {i}/{n}" not in text:
                errors.append(f"{name}: footer 'page {i}/{n}' missing on page {i}")
        raw = "".join(p.extract_text() or "" for p in reader.pages)
        breaks = len(re.findall(r"[a-zàâäçéèêëîïôöùûüÿœæ]-\n[a-zàâäçéèêëîïôöùûüÿœæ]", raw))
        print(f"{name}: {n} pages, {breaks} hyphenated line ends")
        if name == DIAG and breaks < 3:
            errors.append(f"{name}: too few hyphenated line ends ({breaks})")

    ids = [q["id"] for q in qs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if len({q["question"] for q in qs if not q["history"]}) != sum(1 for q in qs if not q["history"]):
        errors.append("duplicate questions")

    for q in qs:
        qid = q["id"]
        if not q["answerable"]:
            if q["facts"] or q["sources"] or q["pages"]:
                errors.append(f"{qid}: unanswerable question with facts/sources/pages")
            continue
        if not q["facts"] or not q["sources"]:
            errors.append(f"{qid}: answerable question without facts or sources")
            continue
        srcs = set(q["sources"])
        unknown = srcs - set(pages) - set(texts)
        if unknown:
            errors.append(f"{qid}: unknown sources {sorted(unknown)}")
            continue
        pdf_srcs = [s for s in q["sources"] if s in pages]
        if pdf_srcs and not q["pages"]:
            errors.append(f"{qid}: PDF source without pages")
        if not pdf_srcs and q["pages"]:
            errors.append(f"{qid}: pages given for a non-PDF source")
        for fact in q["facts"]:
            found = False
            for s in q["sources"]:
                if s in pages:
                    doc_pages = pages[s]
                    for p in q["pages"]:
                        if 1 <= p <= len(doc_pages) and fact in doc_pages[p - 1]:
                            found = True
                    extra = [i for i, t in enumerate(doc_pages, 1) if fact in t and i not in q["pages"]]
                    if extra:
                        print(f"  note: {qid}: {fact!r} also on {s} page(s) {extra}")
                elif fact in texts[s]:
                    found = True
            if not found:
                errors.append(f"{qid}: fact {fact!r} not found in {q['sources']} pages {q['pages']}")
        # every declared page must hold at least one fact in some PDF source
        for p in q["pages"]:
            if not any(p <= len(pages[s]) and any(f in pages[s][p - 1] for f in q["facts"])
                       for s in pdf_srcs):
                errors.append(f"{qid}: declared page {p} holds none of the facts")
        # every source must hold at least one fact
        for s in q["sources"]:
            hay = " ".join(pages[s]) if s in pages else texts[s]
            if not any(f in hay for f in q["facts"]):
                errors.append(f"{qid}: source {s} holds none of the facts")

    total = len(qs)
    unans = sum(1 for q in qs if not q["answerable"])
    follow = sum(1 for q in qs if q["history"])
    english = len(EN & set(ids))
    print(f"questions: {total} ({total - unans} answerable, {unans} unanswerable, "
          f"{english} English, {follow} follow-ups)")
    if not 110 <= total <= 130:
        errors.append(f"{total} questions, expected 110-130")
    if not 15 <= unans <= 22:
        errors.append(f"{unans} unanswerable, expected about 18")
    if not 8 <= english <= 14:
        errors.append(f"{english} English questions, expected about 10")
    if not 8 <= follow <= 14:
        errors.append(f"{follow} follow-ups, expected about 10")
    return errors


# --------------------------------------------------------------------------- main


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    wanted = {DIAG, CONV, AAP, COPIL, NOTE}
    for old in CORPUS.iterdir():
        if old.name not in wanted:
            old.unlink()
    build_diag(CORPUS / DIAG)
    build_convention(CORPUS / CONV)
    (CORPUS / AAP).write_text(AAP_HTML, encoding="utf-8")
    (CORPUS / COPIL).write_text(COPIL_MD, encoding="utf-8")
    (CORPUS / NOTE).write_text(NOTE_TXT, encoding="utf-8")

    qs = questions()
    with QUESTIONS.open("w", encoding="utf-8") as fh:
        for q in qs:
            fh.write(json.dumps(q, ensure_ascii=False) + "\n")

    errors = check(qs)
    for err in errors:
        print("FAIL:", err)
    if errors:
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
