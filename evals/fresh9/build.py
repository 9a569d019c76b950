"""Build the fresh9 held-out evaluation set for esschat.

Run from the repository root:

    .venv/bin/python evals/fresh9/build.py

Writes four fictional French documents into evals/fresh9/corpus/ and the questions into
evals/fresh9/questions.jsonl, then checks every answerable question: each fact must occur in
its source text (for PDFs on one of the declared pages, after pypdf extraction, joining of
line-end hyphens and collapsing of whitespace; for HTML after stripping tags, scripts and
styles). Each unanswerable question carries probes, strings that must NOT occur in the
document it nearly matches. Exits 1 when a check fails. Deterministic: no randomness, fixed
dates.

Everything is invented: the région Terres d'Armance and its CRESS, the département de la
Caronde (chef-lieu Carondel), Thielbourg Agglo and its communes (Thielbourg, Poussanges,
Saint-Aldric-sur-Caronde, Milvérac, Lanterie-les-Bois, Corvaison…), the organisations, the
people and the figures.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import UTC, datetime
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pyphen
from fpdf import FPDF
from fpdf.fonts import FontFace
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")

EVAL = "thielbourg-agglo_evaluation-mi-parcours_strategie-ess_2025.pdf"
CONV = "convention_objectifs_poussanges_tremplin-mobilite_2025-2027.pdf"
WEB = "caronde-fr_actualites_caronde-solidaire-2025-laureats.html"
COPIL = "cr_copil_ptce_terres-nourricieres_2025-09-23.md"

NBSP = "\u00a0"
SHY = "\u00ad"
HYPH = pyphen.Pyphen(lang="fr_FR", left=3, right=3)
LONG_WORD = re.compile(r"(?<![\w'’-])[a-zàâäçéèêëîïôöùûüÿœæ]{9,}(?![\w-])")
TEAL = (22, 84, 110)
PLUM = (112, 40, 72)


# ------------------------------------------------------------------------------------ typography


def squash(text: str) -> str:
    """Collapse the source-code line breaks of a prose literal."""
    return re.sub(r"\s+", " ", text).strip()


def fr(text: str) -> str:
    """French typesetting: curly apostrophes and non-breaking spaces."""
    text = squash(text).replace("'", "’")
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)
    text = re.sub(r" ([%:;?!»€])", NBSP + r"\1", text)
    text = text.replace("« ", "«" + NBSP)
    return text


def hyph(text: str) -> str:
    """Insert soft hyphens into long lowercase words so that fpdf2 can break them."""
    return LONG_WORD.sub(lambda m: HYPH.inserted(m.group(0), hyphen=SHY), text)


# ------------------------------------------------------------------------------------ PDF helpers


class Doc(FPDF):
    def __init__(self, head_left: str, head_right: str, foot_left: str, colour: tuple,
                 cover_header: bool = False) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.foot_left = foot_left
        self.colour = colour
        self.cover_header = cover_header
        for style, name in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("Serif", style, str(FONT_DIR / f"LiberationSerif-{name}.ttf"))
            self.add_font("Sans", style, str(FONT_DIR / f"LiberationSans-{name}.ttf"))
        self.set_margins(21, 22, 21)
        self.set_auto_page_break(True, margin=22)
        self.set_lang("fr-FR")

    def header(self) -> None:
        if self.page_no() == 1 and not self.cover_header:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(95, 95, 95)
        self.set_xy(21, 10)
        self.cell(115, 4, fr(self.head_left))
        self.cell(0, 4, fr(self.head_right), align="R")
        self.set_draw_color(*self.colour)
        self.set_line_width(0.3)
        self.line(21, 15.5, 189, 15.5)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_xy(21, 22)

    def footer(self) -> None:
        self.set_draw_color(160, 160, 160)
        self.line(21, 282, 189, 282)
        self.set_xy(21, 283.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(95, 95, 95)
        self.cell(125, 4, fr(self.foot_left))
        self.cell(0, 4, f"page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, level: int = 0, outline: bool = True) -> None:
        if outline:
            self.start_section(fr(text), level=level)
        self.ln(2.5 if level == 0 else 1.2)
        self.set_font("Sans", "B", 13.5 if level == 0 else 11)
        self.set_text_color(*self.colour)
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

    def bullets(self, items: list[str], marks: list[str] | None = None, size: float = 10.5,
                indent: float = 4.0, lh: float = 5.0) -> None:
        self.set_font("Serif", "", size)
        for n, item in enumerate(items):
            mark = marks[n] if marks else "•"
            if self.get_y() + lh > self.page_break_trigger:
                self.add_page()
            y = self.get_y()
            self.set_xy(self.l_margin + indent, y)
            self.cell(7, lh, mark)
            self.set_xy(self.l_margin + indent + 7, y)
            self.multi_cell(self.epw - indent - 7, lh, hyph(fr(item)), align="J",
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.2)

    def grid(self, caption: str, headers: list[str], rows: list[list[str]],
             widths: list[float], total: bool = True, size: float = 9.0) -> None:
        """A table with wrapped header cells, right-aligned figures and an optional total row."""
        if self.get_y() + 32 > self.page_break_trigger:  # keep the caption with its table
            self.add_page()
        self.set_font("Sans", "B", 9.5)
        self.set_text_color(*self.colour)
        self.multi_cell(0, 5, fr(caption), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)
        self.set_font("Sans", "", size)
        aligns = ["LEFT"] + ["RIGHT"] * (len(headers) - 1)
        head_style = FontFace(emphasis="BOLD", fill_color=(218, 232, 238))
        total_style = FontFace(emphasis="BOLD", fill_color=(236, 236, 236))
        with self.table(col_widths=widths, width=sum(widths), align="LEFT", text_align=aligns,
                        line_height=4.6, headings_style=head_style, padding=1.2,
                        v_align="MIDDLE") as tab:
            head = tab.row()
            for i, text in enumerate(headers):
                head.cell(fr(text), align="LEFT" if i == 0 else "CENTER")
            for r, values in enumerate(rows):
                row = tab.row()
                last = total and r == len(rows) - 1
                for value in values:
                    row.cell(fr(value), style=total_style if last else None)
        self.ln(3)

    def note(self, text: str, size: float = 8.5) -> None:
        self.set_font("Serif", "I", size)
        self.multi_cell(0, 4.2, hyph(fr(text)), align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def finish(pdf: Doc, path: Path, title: str, author: str, subject: str, keywords: str,
           date: datetime) -> None:
    pdf.set_title(fr(title))
    pdf.set_author(fr(author))
    pdf.set_subject(fr(subject))
    pdf.set_keywords(fr(keywords))
    pdf.set_creator("Microsoft® Word pour Microsoft 365")
    pdf.set_producer("fpdf2")
    pdf.set_creation_date(date)
    pdf.output(str(path))


# ---------------------------------------------------------- document 1: évaluation à mi-parcours


def build_eval(path: Path) -> None:
    pdf = Doc("Thielbourg Agglo – Évaluation à mi-parcours de la stratégie ESS 2022-2026",
              "Rapport final – juin 2025",
              "Cabinet Périscope Territoires pour Thielbourg Agglo", TEAL)
    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*TEAL)
    pdf.cell(0, 5, "THIELBOURG AGGLO", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(90, 90, 90)
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 4.5, fr("Communauté d'agglomération – 24 communes – 131 400 habitants"),
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.set_text_color(*TEAL)
    pdf.set_font("Sans", "B", 21)
    pdf.multi_cell(0, 9.5, fr("Évaluation à mi-parcours de la stratégie communautaire de "
                              "l'économie sociale et solidaire 2022-2026"),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 12)
    pdf.set_text_color(60, 60, 60)
    pdf.multi_cell(0, 6, fr("Rapport final présenté au comité de pilotage du 3 juin 2025"),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(10)
    pdf.heading("Synthèse")
    pdf.para("""Adoptée par le conseil communautaire le 17 mars 2022, la stratégie
        communautaire de l'économie sociale et solidaire de Thielbourg Agglo mobilise un budget
        de 4,2 millions d'euros sur cinq ans, réparti entre quatre axes et 22 actions. À la fin
        de l'année 2024, 2 718 000 euros étaient engagés, soit 65 % de l'enveloppe : la stratégie
        est donc légèrement en avance sur son calendrier, mais de façon très inégale selon les
        axes.""")
    pdf.para("""L'emploi et l'insertion concentrent l'essentiel des réalisations, tandis que
        l'axe consacré aux achats responsables accuse un net retard. Sur le territoire, l'ESS
        compte 1 146 établissements employeurs et 9 874 salariés, qui représentent 13,6 % de
        l'emploi privé. Les effectifs salariés de l'ESS ont progressé de 5,2 % entre 2021 et
        2024, plus vite que l'ensemble de l'emploi privé (+2,9 %).""")
    pdf.para("""L'évaluation recommande de prolonger la stratégie d'une année, jusqu'en 2027,
        sans enveloppe supplémentaire, afin de laisser à l'axe 3 le temps de produire ses
        effets, et de recentrer l'animation sur les communes rurales de l'agglomération.""")

    pdf.add_page()
    pdf.heading("1. Contexte et méthode de l'évaluation")
    pdf.para("""La stratégie s'inscrit dans le prolongement du schéma régional de
        développement économique de la région Terres d'Armance, qui reconnaît l'ESS comme une
        filière à part entière. Elle est pilotée par Hélène Quintard, vice-présidente de
        Thielbourg Agglo chargée de l'économie sociale et solidaire, et mise en œuvre par le
        service développement économique, qui y consacre deux postes à temps plein.""")
    pdf.para("Ses quatre axes sont les suivants :", after=1)
    pdf.bullets([
        "axe 1 – Entreprendre autrement : détecter, faire émerger et accompagner les projets ;",
        "axe 2 – Emploi et insertion : soutenir les structures d'insertion et les jeunes ;",
        """axe 3 – Achats responsables et coopération : mobiliser la commande publique et les
        coopérations entre entreprises ;""",
        """axe 4 – Animation et visibilité : fédérer le réseau local et faire connaître
        l'ESS.""",
    ])
    pdf.para("""Conformément à la délibération d'adoption, une évaluation à mi-parcours devait
        être conduite au cours de la troisième année. Thielbourg Agglo l'a confiée, après mise
        en concurrence, au cabinet Périscope Territoires, qui l'a réalisée entre janvier et
        avril 2025 pour un montant de 38 400 euros TTC.""")
    pdf.para("La démarche a combiné plusieurs sources :", after=1)
    pdf.bullets([
        """46 entretiens individuels avec des élus, des agents, des dirigeants de structures
        de l'ESS et des partenaires financeurs ;""",
        """un questionnaire en ligne adressé à 310 structures, auquel 128 ont répondu, soit un
        taux de réponse de 41 % ;""",
        """trois ateliers participatifs, organisés à Thielbourg, à Milvérac et à
        Lanterie-les-Bois, qui ont réuni 87 participants ;""",
        """l'analyse des données de l'observatoire de la CRESS Terres d'Armance, arrêtées au
        31 décembre 2024.""",
    ])
    pdf.para("""Un comité de pilotage réunissant les élus référents, la CRESS Terres d'Armance,
        le Département de la Caronde et trois représentants des acteurs de l'ESS a suivi les
        travaux ; il s'est réuni à trois reprises. Les conclusions présentées ici engagent le
        seul cabinet évaluateur.""")
    pdf.para("""Par convention, le présent rapport désigne par « structures de l'ESS » les
        associations, coopératives, mutuelles, fondations et sociétés commerciales agréées
        ESUS ayant au moins un salarié. Les structures sans salarié, nombreuses dans le
        secteur associatif, ne sont pas prises en compte dans les effectifs.""")

    pdf.add_page()
    pdf.heading("2. Le poids de l'ESS sur le territoire")
    pdf.para("""Avec 9 874 salariés, l'ESS pèse davantage dans l'emploi privé de
        l'agglomération que dans la moyenne régionale (11,9 %). Le tableau 1 détaille sa
        répartition entre les principales communes.""")
    pdf.grid("Tableau 1 – Établissements et emplois de l'ESS par commune (2024)",
             ["Commune", "Établissements employeurs de l'ESS", "Salariés de l'ESS",
              "Part de l'emploi privé", "Évolution des effectifs 2021-2024"],
             [["Thielbourg", "512", "5 238", "15,2 %", "+6,1 %"],
              ["Saint-Aldric-sur-Caronde", "164", "1 402", "12,4 %", "+3,8 %"],
              ["Poussanges", "121", "1 077", "14,9 %", "+9,3 %"],
              ["Milvérac", "98", "731", "10,6 %", "-1,2 %"],
              ["Lanterie-les-Bois", "57", "402", "11,3 %", "+2,4 %"],
              ["Corvaison", "49", "318", "9,7 %", "+0,6 %"],
              ["Autres communes (18)", "145", "706", "8,1 %", "+4,0 %"],
              ["Total Thielbourg Agglo", "1 146", "9 874", "13,6 %", "+5,2 %"]],
             [52, 30, 28, 29, 29])
    pdf.note("""Source : observatoire de la CRESS Terres d'Armance, données au 31 décembre
        2024 ; effectifs salariés au lieu de travail, hors structures sans salarié.""")
    pdf.para("""Par famille juridique, les associations concentrent 76 % des salariés de
        l'ESS, devant les coopératives (14 %), les mutuelles (7 %) et les fondations (3 %).
        L'action sociale et médico-sociale demeure le premier secteur employeur, avec
        4 310 salariés, suivie de l'enseignement et de la formation (1 260 salariés) puis
        des activités financières et d'assurance (890 salariés).""")
    pdf.para("""Poussanges enregistre la plus forte progression des effectifs (+9,3 %),
        portée par l'ouverture du tiers-lieu La Grange aux Communs et par le développement de
        l'aide à domicile. À l'inverse, Milvérac est la seule commune où l'emploi de l'ESS
        recule, du fait de la fermeture en 2023 d'un établissement d'hébergement pour
        personnes âgées dépendantes de 19 salariés.""")
    pdf.para("""Les entretiens font apparaître une difficulté de recrutement marquée dans le
        secteur du soin et de l'accompagnement : 58 % des structures répondantes au
        questionnaire déclarent au moins un poste non pourvu depuis plus de trois mois. Elles
        invoquent en premier lieu le niveau des salaires, puis les difficultés de mobilité
        des candidats dans les communes rurales, dépourvues de desserte en transport
        collectif le soir et le week-end.""")

    pdf.heading("3. L'avancement des quatre axes")
    pdf.para("""Trois ans après son adoption, la stratégie a produit des résultats tangibles,
        que les acteurs rencontrés reconnaissent largement : 82 % des répondants au
        questionnaire jugent que l'agglomération est devenue un partenaire identifié de
        l'ESS, contre 47 % lors de l'enquête de 2021 qui avait précédé l'élaboration de la
        stratégie. Les 22 actions prévues ont toutes été engagées, à l'exception de deux
        d'entre elles : la création d'une foncière solidaire destinée à acquérir des locaux
        d'activité pour les structures de l'ESS, jugée prématurée par le bureau
        communautaire, et l'organisation de rencontres d'affaires entre entreprises
        classiques et entreprises de l'ESS, reportée faute de partenaire consulaire. Le
        tableau 2 rapproche, pour chaque axe, le budget prévu sur la durée de la stratégie
        et les crédits engagés au 31 décembre 2024 ; il met en évidence des écarts
        importants entre les axes, que les développements qui suivent s'attachent à
        expliquer en s'appuyant sur les entretiens conduits auprès des services, des élus
        et des partenaires de l'agglomération. Au total, les dépenses effectivement payées
        à la fin de 2024 s'élèvent à 2 104 000 euros, soit un peu plus de la moitié de
        l'enveloppe votée par le conseil communautaire en mars 2022. Cet écart entre
        engagements et paiements tient au rythme de versement des subventions pluriannuelles,
        dont le solde n'intervient qu'après la production des bilans, et au décalage des
        travaux de réhabilitation de La Grange aux Communs, dont la dernière tranche ne sera
        payée qu'en 2025. Selon les services financiers de l'agglomération, il ne traduit
        donc pas une sous-consommation durable des crédits.""")
    pdf.grid("Tableau 2 – Exécution budgétaire par axe au 31 décembre 2024 (en euros)",
             ["Axe", "Budget prévu 2022-2026", "Crédits engagés fin 2024",
              "Taux d'engagement"],
             [["Axe 1 – Entreprendre autrement", "1 350 000", "912 400", "68 %"],
              ["Axe 2 – Emploi et insertion", "1 200 000", "1 038 000", "87 %"],
              ["Axe 3 – Achats responsables et coopération", "650 000", "201 500", "31 %"],
              ["Axe 4 – Animation et visibilité", "1 000 000", "566 100", "57 %"],
              ["Total", "4 200 000", "2 718 000", "65 %"]],
             [76, 31, 31, 30])
    pdf.note("""Le taux d'engagement rapporte les crédits engagés – délibérations adoptées et
        conventions signées – au budget prévu sur la durée de la stratégie. Il ne préjuge pas
        des paiements effectivement réalisés.""")
    pdf.heading("Axe 2 : un effort soutenu en faveur de l'insertion", level=1)
    pdf.para("""L'axe 2 est le plus avancé. L'agglomération a porté de 6 à 9 le nombre de
        structures d'insertion par l'activité économique qu'elle soutient, et elle finance
        depuis 2023 un poste de facilitateur des clauses sociales, mutualisé avec la ville
        de Thielbourg. Le dispositif Pass ESS Jeunes a dépassé ses objectifs annuels dès sa
        deuxième année.""")
    pdf.heading("Axe 3 : un retard qui s'explique", level=1)
    pdf.para("""Le faible taux d'engagement de l'axe 3 tient d'abord au calendrier : le
        schéma de promotion des achats socialement et écologiquement responsables (SPASER),
        préalable à la plupart des actions, n'a été adopté que le 12 octobre 2023, soit
        dix-huit mois après la stratégie. Le poste de chargé de mission achats responsables
        est en outre resté vacant de mai à décembre 2023.""")
    pdf.para("""Les personnes interrogées soulignent néanmoins que les premiers résultats sont
        encourageants : la part des marchés de l'agglomération comportant une clause sociale
        est passée de 6 % en 2021 à 14 % en 2024, et trois lots ont été réservés à des
        structures d'insertion ou à des entreprises adaptées, pour un montant cumulé de
        412 000 euros HT. Les entreprises de l'ESS restent toutefois peu nombreuses à
        répondre aux consultations de l'agglomération : sur les 164 marchés attribués en
        2024, seuls 11 l'ont été à une structure de l'ESS, le plus souvent pour des
        prestations d'entretien des espaces verts, de nettoyage ou de restauration
        collective, alors que le questionnaire montre que plus d'une structure sur trois
        se dit intéressée par la commande publique mais ne sait pas où trouver les avis
        de marché ni comment constituer un dossier de candidature conforme aux exigences
        du code de la commande publique.""")
    pdf.heading("Axes 1 et 4 : des résultats conformes aux attentes", level=1)
    pdf.para("""L'axe 1 a permis d'accompagner 19 créations d'entreprises de l'ESS en 2024,
        contre 11 en 2021. L'axe 4 s'est traduit par l'organisation de trois éditions du
        Mois de l'ESS communautaire et par la création d'un réseau local qui fédère
        désormais 71 structures adhérentes. La dernière édition du Mois de l'ESS, en novembre
        2024, a proposé 48 événements dans 15 communes et attiré environ 3 200 visiteurs, un
        record depuis son lancement ; elle a notamment permis à 14 structures de l'ESS de
        présenter leurs offres d'emploi lors d'un forum organisé à la médiathèque de
        Saint-Aldric-sur-Caronde, où 62 entretiens d'embauche ont été conduits en une seule
        après-midi avec des demandeurs d'emploi orientés par France Travail.""")

    # two-column page: four schemes
    pdf.add_page()
    pdf.heading("4. Quatre dispositifs à la loupe")
    pdf.para("""L'évaluation a examiné de plus près quatre dispositifs emblématiques de la
        stratégie, retenus par le comité de pilotage.""", after=3)
    top = pdf.get_y()
    colw, gap = 80.0, 8.0
    x1, x2 = pdf.l_margin, pdf.l_margin + colw + gap
    columns = [
        [("La fabrique à initiatives « Germoir »",
          ["""Confiée à la coopérative Armance Entreprendre, la fabrique à initiatives repère
           les besoins non satisfaits du territoire et recherche des porteurs pour y
           répondre. Depuis 2022, elle a étudié 27 idées de projets et fait naître
           9 entreprises, qui emploient aujourd'hui 34 salariés.""",
           """Parmi elles figurent une blanchisserie d'insertion, une conciergerie rurale et
           un service de portage de repas. Son coût pour l'agglomération est de
           85 000 euros par an."""]),
         ("Le Pass ESS Jeunes",
          ["""Ouvert aux jeunes de 16 à 25 ans résidant dans l'agglomération, le Pass ESS
           Jeunes finance une mission de quatre semaines dans une structure de l'ESS,
           assortie d'une gratification de 400 euros versée au jeune.""",
           """Depuis 2022, 236 jeunes en ont bénéficié. Six mois après leur mission, 58 %
           d'entre eux sont en emploi ou en formation."""])],
        [("Les clauses sociales",
          ["""Le facilitateur des clauses sociales accompagne les acheteurs publics et les
           entreprises attributaires. En 2024, les clauses ont généré 41 650 heures
           d'insertion, au bénéfice de 143 personnes éloignées de l'emploi.""",
           """Un tiers de ces heures ont été réalisées dans le bâtiment et les travaux
           publics, à l'occasion notamment de la rénovation du centre aquatique."""]),
         ("Le tiers-lieu La Grange aux Communs",
          ["""Installé depuis septembre 2023 dans une ancienne coopérative agricole de
           Poussanges, ce tiers-lieu de 1 850 m² héberge 23 structures de l'ESS.""",
           """L'agglomération a financé 40 % de sa réhabilitation. Le loyer est fixé à
           9 euros par mètre carré et par mois, charges comprises, et le taux
           d'occupation atteint 92 %."""])],
    ]
    bottoms = []
    for x, items in zip((x1, x2), columns, strict=True):
        pdf.set_y(top)
        for title, paras in items:
            pdf.set_x(x)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_text_color(*TEAL)
            pdf.multi_cell(colw, 5.2, fr(title), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
            for text in paras:
                pdf.para(text, w=colw, x=x, size=10, lh=4.8, after=1.8)
            pdf.ln(3)
        bottoms.append(pdf.get_y())
    pdf.set_draw_color(160, 160, 160)
    pdf.line(x1 + colw + gap / 2, top, x1 + colw + gap / 2, max(bottoms) - 3)
    pdf.set_y(max(bottoms) + 2)
    pdf.note("""Les taux d'insertion du Pass ESS Jeunes proviennent d'une enquête téléphonique
        conduite par la mission locale auprès des bénéficiaires des années 2022 et 2023.""")

    pdf.add_page()
    pdf.heading("5. Indicateurs et recommandations")
    pdf.grid("Tableau 3 – Indicateurs de suivi de la stratégie",
             ["Indicateur", "Valeur 2021 (référence)", "2024", "Cible 2026"],
             [["Créations d'entreprises de l'ESS accompagnées dans l'année", "11", "19", "25"],
              ["Part des marchés de l'agglomération avec clause sociale", "6 %", "14 %",
               "20 %"],
              ["Heures d'insertion réalisées au titre des clauses", "18 200", "41 650",
               "50 000"],
              ["Bénéficiaires du Pass ESS Jeunes (cumul)", "–", "236", "400"],
              ["Structures adhérentes au réseau local de l'ESS", "42", "71", "90"]],
             [94, 25, 24, 25], total=False)
    pdf.para("""Au vu de ces résultats, le cabinet Périscope Territoires formule six
        recommandations :""", after=1)
    pdf.bullets([
        "prolonger la stratégie jusqu'en 2027, à budget constant ;",
        """créer une plateforme en ligne recensant les consultations ouvertes aux
        structures de l'ESS et organiser deux sessions de formation par an à la réponse
        aux marchés publics ;""",
        """désigner un référent ESS dans chacune des 24 communes, en priorité dans les
        communes rurales ;""",
        """réserver une part de l'enveloppe de l'axe 1 aux projets situés hors de la ville
        centre ;""",
        """doubler le nombre de places du Pass ESS Jeunes, en lien avec la mission locale ;""",
        """mettre en place un tableau de bord annuel partagé avec la CRESS Terres d'Armance.""",
    ], marks=["R1", "R2", "R3", "R4", "R5", "R6"])
    pdf.para("""Le comité de pilotage du 3 juin 2025 a validé les recommandations R1, R2, R3,
        R5 et R6. La recommandation R4 sera réexaminée lors de la préparation du budget 2026.
        Le rapport sera présenté au conseil communautaire du 26 juin 2025.""")
    finish(pdf, path, "Évaluation à mi-parcours de la stratégie ESS 2022-2026",
           "Cabinet Périscope Territoires", "Thielbourg Agglo – économie sociale et solidaire",
           "ESS, évaluation, Thielbourg Agglo, stratégie", datetime(2025, 6, 10, 9, 0, tzinfo=UTC))


# ------------------------------------------------------------- document 2: convention d'objectifs


def article(pdf: Doc, title: str) -> None:
    if pdf.get_y() + 20 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.start_section(fr(title), level=0)
    pdf.ln(1.5)
    pdf.set_font("Sans", "B", 10.5)
    pdf.set_text_color(*PLUM)
    pdf.cell(0, 6, fr(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(0.5)


def build_conv(path: Path) -> None:
    pdf = Doc("Commune de Poussanges – Convention pluriannuelle d'objectifs 2025-2027",
              "Association Tremplin Mobilité Caronde",
              "Mairie de Poussanges – 1 place de la Halle – Poussanges", PLUM,
              cover_header=True)
    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.cell(90, 5, "COMMUNE DE POUSSANGES")
    pdf.cell(0, 5, fr("Convention n° 2025-CPO-04"), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.cell(0, 4.5, fr("Département de la Caronde – Thielbourg Agglo"),
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*PLUM)
    pdf.multi_cell(0, 7.5, fr("Convention pluriannuelle d'objectifs entre la commune de "
                              "Poussanges et l'association Tremplin Mobilité Caronde"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.para("Entre les soussignés :", style="B", after=1)
    pdf.para("""La commune de Poussanges, représentée par son maire, M. Gérald Vennard, dûment
        autorisé par la délibération du conseil municipal n° 2025-031 du 27 février 2025,
        ci-après dénommée « la commune »,""", after=1)
    pdf.para("d'une part,", align="R", after=1)
    pdf.para("""et l'association Tremplin Mobilité Caronde, association régie par la loi du
        1er juillet 1901, dont le siège est situé 14 rue des Tanneurs à Poussanges, inscrite
        au répertoire SIRENE sous le numéro 823 417 560, représentée par sa présidente,
        Mme Nadia Ferrandou, ci-après dénommée « l'association »,""", after=1)
    pdf.para("d'autre part,", align="R", after=1)
    pdf.para("il est convenu ce qui suit.", after=2)
    pdf.para("""Préambule. L'association Tremplin Mobilité Caronde accompagne depuis 2016 les
        habitants de l'agglomération qui rencontrent des difficultés de mobilité dans leur
        accès à l'emploi ou à la formation. Elle gère un garage solidaire, un service de
        location de véhicules à tarif social et une auto-école associative. La commune, qui
        compte 7 840 habitants et n'est desservie que par deux lignes de car, considère que
        cette action répond à un intérêt public local.""")

    article(pdf, "Article 1 – Objet de la convention")
    pdf.para("""La présente convention a pour objet de définir les objectifs que l'association
        s'engage à poursuivre et les moyens que la commune met à sa disposition pour y
        parvenir. La commune n'attend aucune contrepartie directe de sa contribution.""")
    article(pdf, "Article 2 – Durée")
    pdf.para("""La convention est conclue pour une durée de trois ans, du 1er janvier 2025 au
        31 décembre 2027. Elle ne peut être reconduite tacitement.""")
    article(pdf, "Article 3 – Objectifs et indicateurs")
    pdf.para("L'association s'engage, chaque année de la convention, à :", after=1)
    pdf.bullets([
        """accompagner au moins 150 personnes dans la résolution de leurs difficultés de
        mobilité, dont la moitié au moins résidant à Poussanges ;""",
        """assurer au moins 1 200 journées de location de voitures et de scooters à tarif
        social, au prix de 4 euros par jour pour un scooter et de 8 euros par jour pour
        une voiture ;""",
        """présenter au moins 25 élèves de l'auto-école associative à l'examen du permis B,
        avec un objectif de réussite d'au moins 60 % ;""",
        """organiser deux ateliers d'apprentissage du vélo par an pour les adultes.""",
    ], marks=["a)", "b)", "c)", "d)"])
    pdf.para("""Ces indicateurs font l'objet d'un bilan annuel transmis à la commune avant le
        30 avril de l'année suivante.""")
    article(pdf, "Article 4 – Montant de la contribution de la commune")
    pdf.para("""La commune verse à l'association une subvention de fonctionnement de
        36 000 euros par an, soit 108 000 euros sur la durée de la convention, sous réserve
        du vote des crédits au budget primitif de chaque exercice.""")
    pdf.para("""La commune met en outre gratuitement à la disposition de l'association un
        local de 220 m² situé 3 chemin du Lavoir, qui abrite le garage solidaire. Cette
        mise à disposition, valorisée à 13 200 euros par an, figure dans les comptes de
        l'association en contributions volontaires en nature.""")
    article(pdf, "Article 5 – Modalités de versement")
    pdf.para("""La subvention est versée chaque année en deux fois, selon l'échéancier
        ci-dessous, par virement sur le compte bancaire de l'association.""")
    pdf.grid("Échéancier des versements",
             ["Échéance", "Date limite de versement", "Montant (en euros)",
              "Condition"],
             [["Acompte 2025 (60 %)", "31 mars 2025", "21 600", "signature"],
              ["Solde 2025 (40 %)", "30 septembre 2025", "14 400", "bilan 2024"],
              ["Acompte 2026 (60 %)", "31 mars 2026", "21 600", "vote du budget"],
              ["Solde 2026 (40 %)", "30 septembre 2026", "14 400", "bilan 2025"],
              ["Acompte 2027 (60 %)", "31 mars 2027", "21 600", "vote du budget"],
              ["Solde 2027 (40 %)", "30 septembre 2027", "14 400", "bilan 2026"],
              ["Total", "", "108 000", ""]],
             [52, 42, 32, 42])
    article(pdf, "Article 6 – Obligations comptables et justificatifs")
    pdf.para("""L'association tient une comptabilité conforme au règlement de l'Autorité des
        normes comptables relatif aux associations. Elle transmet à la commune, dans les six
        mois suivant la clôture de chaque exercice, ses comptes annuels, son rapport
        d'activité et le compte rendu financier de l'action subventionnée.""")
    pdf.para("""L'association informe sans délai la commune de toute modification de ses
        statuts, de la composition de son bureau ou de sa domiciliation bancaire.""")
    article(pdf, "Article 7 – Suivi et évaluation")
    pdf.para("""Un comité de suivi se réunit au moins une fois par an, au cours du deuxième
        trimestre. Il est composé de l'adjointe au maire chargée de l'emploi et de
        l'insertion, Mme Corinne Dastugue, de la directrice de l'association,
        Mme Léa Moutarlier, et d'un représentant de la mission locale. Une évaluation
        finale, portant sur l'atteinte des objectifs de l'article 3, est conduite au cours
        du second semestre 2027.""")
    article(pdf, "Article 8 – Communication")
    pdf.para("""L'association fait apparaître le logo de la commune sur ses supports de
        communication relatifs à l'action subventionnée et mentionne le soutien de la
        commune dans son rapport d'activité.""")
    article(pdf, "Article 9 – Reversement et résiliation")
    pdf.para("""En cas de non-respect de ses engagements par l'association, la commune peut
        exiger le reversement de tout ou partie des sommes versées. Chaque partie peut
        résilier la convention par lettre recommandée avec accusé de réception, moyennant
        un préavis de trois mois.""")
    article(pdf, "Article 10 – Litiges")
    pdf.para("""Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le
        litige est porté devant le tribunal administratif de Carondel.""")
    pdf.ln(3)
    if pdf.get_y() + 45 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.para("Fait à Poussanges, le 14 mars 2025, en deux exemplaires originaux.", after=5)
    y = pdf.get_y()
    for x, lines in ((21, ["Pour la commune de Poussanges,", "le maire,", "Gérald Vennard"]),
                     (110, ["Pour l'association Tremplin Mobilité Caronde,", "la présidente,",
                            "Nadia Ferrandou"])):
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(79, 5, fr(lines[0]) + "\n" + fr(lines[1]), align="L")
        pdf.set_xy(x, y + 22)
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(79, 5, fr(lines[2]))
    pdf.set_y(y + 32)
    finish(pdf, path, "Convention pluriannuelle d'objectifs 2025-2027",
           "Commune de Poussanges", "Convention avec l'association Tremplin Mobilité Caronde",
           "convention, subvention, mobilité solidaire, Poussanges",
           datetime(2025, 3, 14, 16, 30, tzinfo=UTC))


# ------------------------------------------------------------------------ document 3: page web

WEB_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Caronde Solidaire 2025 : dix projets de l'ESS lauréats | Département de la Caronde</title>
<meta name="description" content="Le Département de la Caronde soutient dix projets de
l'économie sociale et solidaire dans le cadre de l'appel à projets Caronde Solidaire 2025.">
<meta name="author" content="Département de la Caronde">
<meta name="publisher" content="Département de la Caronde – Direction de l'insertion et de
l'économie solidaire">
<meta name="date" content="2025-07-08">
<meta property="article:published_time" content="2025-07-08T10:30:00+02:00">
<meta property="og:title" content="Caronde Solidaire 2025 : dix projets de l'ESS lauréats">
<meta property="og:site_name" content="caronde.fr">
<link rel="stylesheet" href="/themes/caronde/css/main.min.css">
<style>.cookie-banner{position:fixed;bottom:0}.visually-hidden{display:none}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}
gtag('js',new Date());gtag('config','G-CARONDE25');</script>
</head>
<body class="page-actualite">
<div class="cookie-banner" id="tarteaucitronRoot">
  <p>Ce site utilise des cookies pour mesurer son audience et vous proposer des contenus
  vidéo. <a href="/donnees-personnelles">En savoir plus</a></p>
  <button type="button">Tout accepter</button> <button type="button">Tout refuser</button>
  <button type="button">Personnaliser</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/themes/caronde/img/logo.svg" alt="Département de la
  Caronde – accueil"></a>
  <nav class="main-menu" aria-label="Menu principal">
    <ul>
      <li><a href="/le-departement">Le Département</a></li>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/insertion-emploi">Insertion et emploi</a></li>
      <li><a href="/territoires">Territoires</a></li>
      <li><a href="/colleges">Collèges</a></li>
      <li><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li><a href="/actualites">Actualités</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche"><input type="search" name="q"
  placeholder="Rechercher"></form>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/actualites">Actualités</a></li>
    <li><a href="/actualites/insertion-emploi">Insertion et emploi</a></li>
    <li aria-current="page">Caronde Solidaire 2025</li>
  </ol>
</nav>
<main id="contenu">
<article class="actualite">
  <h1>Caronde Solidaire 2025 : dix projets de l'économie sociale et solidaire lauréats</h1>
  <p class="meta">Publié le <time datetime="2025-07-08">8 juillet 2025</time> –
  Insertion et emploi – Temps de lecture : 4 min</p>
  <figure>
    <img src="/sites/default/files/2025-07/jury-caronde-solidaire.jpg" alt="Les membres du
    jury de l'appel à projets réunis à l'hôtel du Département">
    <figcaption>Le jury réuni à Carondel le 19 juin 2025.
    <span class="credit">Photo : © Département de la Caronde / Julien Morvilliers</span>
    </figcaption>
  </figure>
  <p class="chapo">Le Département de la Caronde consacre cette année
  480 000 euros à son appel à projets Caronde Solidaire, qui soutient la création et
  le développement d'activités de l'économie sociale et solidaire
  dans les territoires.</p>
  <h2>Une édition très suivie</h2>
  <p>Ouvert du 3 février au 11 avril 2025, l'appel à projets a reçu
  57 dossiers, contre 41 l'an dernier. Après instruction par les services
  du Département et de la CRESS Terres d'Armance, 23 porteurs de projet
  ont été auditionnés par un jury présidé par
  Marc-Antoine Leveillé, vice-président du Département chargé de l'insertion
  et de l'économie sociale et solidaire.</p>
  <p>Réuni le 19 juin 2025, le jury a retenu dix projets, validés par la
  commission permanente du 4 juillet. Ensemble, ils devraient créer ou
  consolider 96 emplois, dont 41 en insertion.</p>
  <blockquote>« L'économie sociale et solidaire n'est pas un supplément d'âme : c'est
  une économie qui reste ici, qui embauche ici et qui répond à des besoins
  que personne d'autre ne couvre », a souligné Marc-Antoine Leveillé.</blockquote>
  <h2>Les dix lauréats</h2>
  <table class="table-laureats">
    <caption>Projets retenus et montants attribués</caption>
    <thead>
      <tr><th scope="col">Structure</th><th scope="col">Commune</th>
      <th scope="col">Projet</th><th scope="col">Subvention</th></tr>
    </thead>
    <tbody>
      <tr><td>SCIC Bois Énergie Caronde</td><td>Saint-Aldric-sur-Caronde</td>
      <td>Plateforme de bois déchiqueté pour les chaufferies communales</td>
      <td>75 000 €</td></tr>
      <tr><td>SAS Terre de Légumes (agréée ESUS)</td><td>Saint-Médard-des-Prés</td>
      <td>Légumerie pour la restauration collective</td><td>70 000 €</td></tr>
      <tr><td>Association Les Paniers du Bocage</td><td>Milvérac</td>
      <td>Épicerie solidaire itinérante</td><td>62 000 €</td></tr>
      <tr><td>Association Cœur de Linge</td><td>Fontbérac</td>
      <td>Blanchisserie d'insertion</td><td>55 000 €</td></tr>
      <tr><td>Entreprise adaptée Atelier Trois Rivières</td><td>Carondel</td>
      <td>Numérisation d'archives pour les collectivités</td><td>50 000 €</td></tr>
      <tr><td>Régie de quartier Thielbourg Nord</td><td>Thielbourg</td>
      <td>Conciergerie de quartier</td><td>48 000 €</td></tr>
      <tr><td>Coopérative Les Toits Partagés</td><td>Lanterie-les-Bois</td>
      <td>Habitat participatif pour personnes âgées</td><td>40 000 €</td></tr>
      <tr><td>Association Café des Possibles</td><td>Brézilhac</td>
      <td>Café associatif et point numérique rural</td><td>40 000 €</td></tr>
      <tr><td>Atelier Vélo Rustine</td><td>Corvaison</td>
      <td>Atelier vélo solidaire et vélo-école</td><td>22 000 €</td></tr>
      <tr><td>Association Lire et Dire en Caronde</td><td>Carondel</td>
      <td>Ateliers de lutte contre l'illettrisme en entreprise</td><td>18 000 €</td></tr>
    </tbody>
  </table>
  <h2>Comment l'aide est-elle versée ?</h2>
  <p>La subvention départementale est plafonnée à 80 000 euros par projet
  et ne peut dépasser 50 % du coût total du projet. Elle est versée
  en deux temps :</p>
  <ul>
    <li>70 % à la notification de l'arrêté attributif ;</li>
    <li>le solde sur présentation d'un bilan d'exécution et des justificatifs de
    dépenses, au plus tard dix-huit mois après la notification.</li>
  </ul>
  <p>Chaque lauréat bénéficie en outre d'un accompagnement de six mois par un
  chargé de mission de la CRESS Terres d'Armance, financé par le Département.</p>
  <h2>Qui peut candidater ?</h2>
  <p>L'appel à projets est ouvert :</p>
  <ul>
    <li>aux associations employeuses ;</li>
    <li>aux coopératives (SCOP, SCIC, coopératives d'activités et d'emploi) ;</li>
    <li>aux entreprises bénéficiant de l'agrément entreprise solidaire d'utilité sociale
    (ESUS) ;</li>
    <li>aux structures d'insertion par l'activité économique et aux entreprises
    adaptées.</li>
  </ul>
  <p>Les projets doivent être situés dans la Caronde. Les collectivités et leurs
  établissements publics ne sont pas éligibles.</p>
  <h2>Et l'an prochain ?</h2>
  <p>L'édition 2026 de Caronde Solidaire ouvrira en janvier 2026. Une réunion
  d'information destinée aux porteurs de projet se tiendra le
  27 novembre 2025 à la Maison des associations de Carondel.</p>
  <p class="download"><a href="/sites/default/files/2025-07/caronde-solidaire-2025-laureats.pdf"
  download>Télécharger la liste détaillée des lauréats (PDF, 212 Ko)</a></p>
  <p class="contact">Contact : Direction de l'insertion et de l'économie solidaire –
  ess@caronde.fr – 03 00 00 00 00</p>
  <div class="share">
    <span>Partager :</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u=caronde.fr">Facebook</a>
    <a href="https://www.linkedin.com/shareArticle?url=caronde.fr">LinkedIn</a>
    <a href="mailto:?subject=Caronde%20Solidaire%202025">Courriel</a>
    <button type="button" onclick="window.print()">Imprimer</button>
  </div>
</article>
<aside class="sidebar">
  <h2>À lire aussi</h2>
  <ul>
    <li><a href="/actualites/rsa-accompagnement-renforce">RSA : un accompagnement renforcé
    dans trois territoires pilotes</a></li>
    <li><a href="/actualites/colleges-cantines-bio">Cantines des collèges : plus de produits
    locaux à la rentrée</a></li>
    <li><a href="/actualites/budget-participatif">Budget participatif : votez jusqu'au
    30 septembre</a></li>
  </ul>
  <h2>Dans la même rubrique</h2>
  <ul>
    <li><a href="/insertion-emploi/clauses-sociales">Clauses sociales</a></li>
    <li><a href="/insertion-emploi/siae">Les structures d'insertion</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <p>Département de la Caronde – Hôtel du Département – 5 boulevard des Tilleuls –
  Carondel</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
  </ul>
  <p>© 2025 Département de la Caronde</p>
</footer>
<script src="/themes/caronde/js/tarteaucitron.min.js"></script>
<script>tarteaucitron.init({"privacyUrl":"/donnees-personnelles","orientation":"bottom"});
</script>
</body>
</html>
"""


# ------------------------------------------------------------ document 4: compte rendu (Markdown)

COPIL_MD = """---
title: "Compte rendu du comité de pilotage du PTCE Terres Nourricières – 23 septembre 2025"
publisher: "PTCE Terres Nourricières du Thielbourgeois"
date: 2025-09-23
territory: "Thielbourg Agglo (Caronde)"
lang: fr
---

# Comité de pilotage du PTCE Terres Nourricières

**Date :** mardi 23 septembre 2025, de 14 h à 16 h 45
**Lieu :** La Grange aux Communs, salle du Fenil, Poussanges
**Rédaction :** Ophélie Granger, coordinatrice du PTCE

Le pôle territorial de coopération économique (PTCE) Terres Nourricières rassemble depuis
2021 des producteurs, des structures d'insertion, des collectivités et des entreprises
autour d'un objectif commun : approvisionner la restauration collective du Thielbourgeois
en produits locaux.

## Participants

Membres présents :

- Rémi Castagnet, président de la SCIC Légumerie du Val, co-président du PTCE ;
- Agnès Voisin, agricultrice, représentante du groupement Paysans du Thielbourgeois,
  co-présidente du PTCE ;
- Yannick Berthelot, conseiller communautaire délégué à l'alimentation, Thielbourg Agglo ;
- Sandrine Pelletan, directrice du chantier d'insertion Jardins de la Fontaine Ronde ;
- Thomas Lemarié, chargé de mission à la CRESS Terres d'Armance ;
- Fabienne Orsoni, responsable achats de l'EHPAD mutualiste Les Glycines ;
- Karim Haddouche, trésorier de l'association Vrac en Caronde ;
- Ophélie Granger, coordinatrice du PTCE (sans voix délibérative).

Membres excusés :

- Lucie Arnaud, directrice de la cuisine centrale de Thielbourg, qui a donné pouvoir à
  Yannick Berthelot ;
- Marc Delorme, chargé d'affaires à la banque coopérative Solidor, qui a donné pouvoir à
  Rémi Castagnet ;
- Pauline Ternier, conseillère départementale du canton de Milvérac.

Le quorum est atteint : sept membres votants présents et deux représentés, soit
neuf voix.

## Ordre du jour

1. Approbation du compte rendu du comité du 17 juin 2025
2. Bilan d'activité de la légumerie (janvier-août 2025)
3. Budget prévisionnel 2026
4. Adhésion de nouveaux membres
5. Candidature à l'appel à projets régional « Alimentation solidaire »
6. Questions diverses

## 1. Approbation du compte rendu du 17 juin 2025

Le compte rendu est approuvé sans modification.

**Vote :** adopté à l'unanimité (9 voix pour).

## 2. Bilan d'activité de la légumerie

Rémi Castagnet présente le bilan des huit premiers mois de 2025. La légumerie a
transformé 38,5 tonnes de légumes, contre 24 tonnes sur la même période de 2024.
Elle livre désormais 14 restaurants collectifs, dont 9 cantines scolaires, 3 EHPAD et
2 restaurants d'entreprise. Les légumes proviennent de 17 exploitations situées à moins
de 40 km.

L'équipe compte 11 salariés en parcours d'insertion, encadrés par deux encadrants
techniques. Le prix moyen de vente de la carotte râpée prête à l'emploi est de
2,90 euros le kilo.

Points de vigilance relevés :

- la chambre froide arrive à saturation en septembre et en octobre ;
- deux exploitations ont cessé leurs livraisons après la grêle du 2 juillet ;
- le camion frigorifique, acheté d'occasion, doit être remplacé d'ici 2027.

## 3. Budget prévisionnel 2026

Karim Haddouche présente le budget prévisionnel 2026, qui s'élève à 143 500 euros,
en hausse de 12 % par rapport à 2025. La hausse tient principalement à l'achat d'une
seconde chambre froide.

| Ressources | Montant (€) |
|---|---:|
| Thielbourg Agglo | 45 000 |
| Région Terres d'Armance | 38 000 |
| Fondation Agir Local | 25 000 |
| Cotisations des membres | 12 500 |
| Autofinancement (ventes de prestations) | 23 000 |
| **Total** | **143 500** |

Côté dépenses, la coordination (un poste à temps plein) représente 52 000 euros et les
investissements de la légumerie 64 000 euros ; le reste se partage entre les études, la
communication et l'animation du réseau.

Sandrine Pelletan demande que la cotisation des chantiers d'insertion reste fixée à
150 euros. Cette demande est acceptée.

**Vote :** le budget prévisionnel 2026 est adopté par 8 voix pour et 1 abstention
(Fabienne Orsoni).

## 4. Adhésion de nouveaux membres

Deux candidatures ont été reçues :

- l'entreprise adaptée Atelier Trois Rivières, qui propose d'assurer la préparation des
  commandes ;
- la cave coopérative de Lanterie-les-Bois.

**Décision :** l'adhésion de l'Atelier Trois Rivières est acceptée à l'unanimité. La
candidature de la cave coopérative est ajournée, dans l'attente de précisions sur son
projet, par 6 voix pour l'ajournement et 3 contre.

## 5. Candidature à l'appel à projets « Alimentation solidaire »

Thomas Lemarié présente l'appel à projets régional, doté de 1,5 million d'euros, dont la
date limite de dépôt est fixée au 14 novembre 2025. Le PTCE pourrait solliciter jusqu'à
90 000 euros pour créer une conserverie.

**Décision :** le comité autorise les co-présidents à déposer la candidature.
**Vote :** unanimité (9 voix pour).

## 6. Questions diverses

Yannick Berthelot annonce que Thielbourg Agglo étudie l'introduction d'un objectif de
50 % de produits locaux dans le prochain marché de la cuisine centrale, prévu pour 2027.

## Relevé de décisions

| N° | Décision | Responsable | Échéance |
|---|---|---|---|
| 1 | Lancer la consultation pour la seconde chambre froide | Rémi Castagnet | 31 décembre 2025 |
| 2 | Rédiger la candidature « Alimentation solidaire » | Ophélie Granger | 14 novembre 2025 |
| 3 | Recontacter la cave coopérative de Lanterie-les-Bois | Agnès Voisin | 15 octobre 2025 |

Prochain comité de pilotage : mardi 9 décembre 2025 à 14 h, à la légumerie, zone
artisanale des Grèves, Saint-Aldric-sur-Caronde.
"""


# ------------------------------------------------------------------------------------ questions

EN: set[str] = set()  # ids of the questions asked in English
PROBES: dict[str, tuple[str, list[str]]] = {}  # unanswerable id -> (near-miss doc, absent strings)
DOC_KEY = {EVAL: "eval", CONV: "conv", WEB: "web", COPIL: "copil"}
COUNTERS: dict[str, int] = {}


def next_id(source: str) -> str:
    key = DOC_KEY[source]
    COUNTERS[key] = COUNTERS.get(key, 0) + 1
    return f"fresh9-{key}-{COUNTERS[key]:02d}"


def Q(source: str, question: str, facts: list[str], pages: list[int] | None = None,
      history: list[str] | None = None, en: bool = False) -> dict:
    qid = next_id(source)
    if en:
        EN.add(qid)
    return {"id": qid, "question": question, "facts": facts, "sources": [source],
            "answerable": True, "history": history or [], "pages": pages or []}


def NONE(near: str, question: str, absent: list[str], en: bool = False) -> dict:
    qid = next_id(near)
    if en:
        EN.add(qid)
    PROBES[qid] = (near, absent)
    return {"id": qid, "question": question, "facts": [], "sources": [],
            "answerable": False, "history": [], "pages": []}


def questions() -> list[dict]:
    e, c, w, m = EVAL, CONV, WEB, COPIL
    e05 = "Quelle est la part de l'ESS dans l'emploi privé à Poussanges ?"
    e08 = "Dans quelle commune de l'agglo l'emploi ESS a baissé entre 2021 et 2024 ?"
    e16 = "Quel axe de la stratégie ESS de Thielbourg Agglo est le plus à la traîne ?"
    c01 = "Combien la commune de Poussanges verse-t-elle chaque année à Tremplin Mobilité ?"
    w01 = "Combien de dossiers ont été déposés pour Caronde Solidaire 2025 ?"
    m02 = ("Combien de tonnes de légumes la légumerie du PTCE Terres Nourricières a "
           "transformées depuis janvier ?")
    m05 = "C'est combien le budget prévisionnel 2026 du PTCE Terres Nourricières ?"
    return [
        # ---------------------------------------------------------------- évaluation (PDF)
        Q(e, "C'est quoi l'enveloppe globale de la stratégie ESS de Thielbourg Agglo ?",
          ["4,2 millions"], [1]),
        Q(e, "Fin 2024, combien de crédits ESS étaient engagés par l'agglo, et ça fait quel "
          "pourcentage ?", ["2 718 000", "65 %"], [1, 4]),
        Q(e, "La stratégie ESS de Thielbourg Agglo a été adoptée quand ?", ["17 mars 2022"],
          [1]),
        Q(e, "Combien de salariés travaillent dans l'ESS sur le territoire de Thielbourg "
          "Agglo ?", ["9 874"], [1, 3]),
        Q(e, e05, ["14,9 %"], [3]),
        Q(e, "Et à Corvaison ?", ["9,7 %"], [3], history=[e05]),
        Q(e, "Combien d'établissements employeurs de l'ESS à Saint-Aldric-sur-Caronde ?",
          ["164"], [3]),
        Q(e, e08, ["Milvérac", "1,2 %"], [3]),
        Q(e, "Pourquoi ?", ["fermeture", "19 salariés"], [3], history=[e08]),
        Q(e, "Les associations, elles pèsent combien dans l'emploi ESS de l'agglomération ?",
          ["76 %"], [3]),
        Q(e, "Quel secteur emploie le plus de monde dans l'ESS du Thielbourgeois ?",
          ["action sociale et médico-sociale", "4 310"], [3]),
        Q(e, "Qui a réalisé l'évaluation à mi-parcours de la stratégie ESS, et pour quel "
          "coût ?", ["Périscope Territoires", "38 400"], [2]),
        Q(e, "Le questionnaire de l'évaluation, combien de structures y ont répondu ?",
          ["128", "41 %"], [2]),
        Q(e, "Dans quelles communes se sont tenus les ateliers participatifs de "
          "l'évaluation ?", ["Thielbourg", "Milvérac", "Lanterie-les-Bois"], [2]),
        Q(e, "Quelle élue porte la stratégie ESS à l'agglo ?",
          ["Hélène Quintard", "vice-présidente"], [2]),
        Q(e, e16, ["Achats responsables", "31 %"], [4]),
        Q(e, "Comment ça s'explique ?", ["SPASER", "12 octobre 2023"], [4], history=[e16]),
        Q(e, "Quel budget était prévu sur 2022-2026 pour l'axe emploi et insertion ?",
          ["1 200 000"], [4]),
        Q(e, "Au-delà des engagements, combien l'agglo avait vraiment décaissé pour sa "
          "stratégie ESS fin 2024 ?", ["2 104 000"], [3]),
        Q(e, "Pourquoi les paiements de la stratégie ESS sont-ils en retrait par rapport aux "
          "crédits engagés ?", ["bilans", "Grange aux Communs"], [3, 4]),
        Q(e, "Dans l'évaluation de Thielbourg Agglo, qu'entend-on par taux d'engagement ?",
          ["crédits engagés", "budget prévu"], [4]),
        Q(e, "Les clauses sociales ont représenté combien d'heures d'insertion en 2024 dans "
          "l'agglo ?", ["41 650"], [5, 6]),
        Q(e, "Le Pass ESS Jeunes, c'est pour quel âge et le jeune touche combien ?",
          ["16 à 25 ans", "400 euros"], [5]),
        Q(e, "Quel loyer paient les structures hébergées à La Grange aux Communs ?",
          ["9 euros"], [5]),
        Q(e, "La fabrique à initiatives Germoir a fait naître combien de boîtes, avec combien "
          "de salariés ?", ["9 entreprises", "34"], [5]),
        Q(e, "How many young people have taken part in the Pass ESS Jeunes since 2022?",
          ["236"], [5, 6], en=True),
        Q(e, "Quelle cible pour 2026 sur la part des marchés de l'agglo avec clause sociale ?",
          ["20 %"], [6]),
        Q(e, "Le réseau local de l'ESS compte combien d'adhérents, et on vise combien ?",
          ["71", "90"], [6]),
        Q(e, "Le comité de pilotage a-t-il retenu toutes les recommandations de "
          "l'évaluation ?", ["R4", "budget 2026"], [6]),
        Q(e, "L'évaluateur propose de prolonger la stratégie ESS jusqu'à quelle année ?",
          ["2027"], [1, 6]),
        Q(e, "How much does the Germoir initiative factory cost the agglomeration each year?",
          ["85 000"], [5], en=True),
        Q(e, "Le dernier Mois de l'ESS de l'agglo a attiré combien de visiteurs ?",
          ["3 200"], [4]),
        Q(e, "Quelle part de l'emploi privé pèse l'ESS dans tout Thielbourg Agglo ?",
          ["13,6 %"], [1, 3]),
        NONE(e, "Combien de salariés dans l'ESS sur Thielbourg Agglo en 2019 ?", ["2019"]),
        NONE(e, "Quelle est la part de femmes parmi les salariés de l'ESS de l'agglo ?",
             ["femmes", "féminis"]),
        NONE(e, "Combien d'établissements de l'ESS compte la commune de Fontbérac ?",
             ["Fontbérac"]),
        NONE(e, "What budget was earmarked for the Pass ESS Jeunes in 2024?",
             ["budget du Pass", "coût du Pass"], en=True),
        # ------------------------------------------------------------ convention (PDF)
        Q(c, c01, ["36 000"], [1]),
        Q(c, "Et sur toute la durée de la convention ?", ["108 000"], [1, 2], history=[c01]),
        Q(c, "La convention avec Tremplin Mobilité Caronde court de quand à quand ?",
          ["1er janvier 2025", "31 décembre 2027"], [1]),
        Q(c, "La convention Tremplin Mobilité se renouvelle-t-elle automatiquement ?",
          ["tacitement"], [1]),
        Q(c, "Qui signe la convention pour l'association Tremplin Mobilité ?",
          ["Nadia Ferrandou", "présidente"], [1, 3]),
        Q(c, "Le premier versement 2026 à Tremplin Mobilité, c'est combien et pour quand ?",
          ["21 600", "31 mars 2026"], [2]),
        Q(c, "À quoi est subordonné le solde 2025 de la subvention de Poussanges ?",
          ["bilan 2024"], [2]),
        Q(c, "Combien coûte la location d'un scooter chez Tremplin Mobilité ?",
          ["4 euros"], [1]),
        Q(c, "Combien d'élèves l'auto-école associative doit présenter au permis par an, et "
          "avec quel taux de réussite ?", ["25", "60 %"], [1]),
        Q(c, "Le local prêté par la commune à l'association fait quelle surface, et il est "
          "valorisé à combien ?", ["220 m²", "13 200"], [1]),
        Q(c, "Qui compose le comité de suivi de la convention de Poussanges ?",
          ["Corinne Dastugue", "Léa Moutarlier", "mission locale"], [2]),
        Q(c, "Quel préavis pour résilier la convention avec Tremplin Mobilité ?",
          ["trois mois"], [2]),
        Q(c, "La convention Poussanges – Tremplin Mobilité a été signée où et quand ?",
          ["Poussanges", "14 mars 2025"], [3]),
        Q(c, "Which town council decision authorised the mayor of Poussanges to sign the "
          "agreement?", ["2025-031"], [1], en=True),
        Q(c, "L'association a combien de temps après la clôture pour envoyer ses comptes à "
          "la mairie ?", ["six mois"], [2]),
        Q(c, "En cas de litige sur la convention, quelle juridiction ?",
          ["tribunal administratif de Carondel"], [2]),
        NONE(c, "Quel montant Poussanges versera à Tremplin Mobilité en 2028 ?", ["2028"]),
        NONE(c, "Qui est le trésorier de Tremplin Mobilité Caronde ?",
             ["trésorier", "trésorière"]),
        # ------------------------------------------------------------------ page web
        Q(w, w01, ["57"]),
        Q(w, "Et l'année d'avant ?", ["41"], history=[w01]),
        Q(w, "Le Département met combien sur Caronde Solidaire cette année ?", ["480 000"]),
        Q(w, "Qui présidait le jury de Caronde Solidaire 2025 ?",
          ["Marc-Antoine Leveillé"]),
        Q(w, "Combien a obtenu l'association Les Paniers du Bocage ?", ["62 000"]),
        Q(w, "Quel lauréat de Caronde Solidaire à Corvaison ?", ["Atelier Vélo Rustine"]),
        Q(w, "Caronde Solidaire, c'est plafonné à combien par projet ?",
          ["80 000", "50 %"]),
        Q(w, "Comment le Département verse-t-il l'aide Caronde Solidaire aux lauréats ?",
          ["70 %", "dix-huit mois"]),
        Q(w, "Une commune peut-elle candidater à Caronde Solidaire ?", ["pas éligibles"]),
        Q(w, "Combien d'emplois les lauréats de Caronde Solidaire 2025 vont-ils créer ou "
          "consolider ?", ["96"]),
        Q(w, "Which Caronde Solidaire 2025 winner received the largest grant?",
          ["SCIC Bois Énergie Caronde", "75 000"], en=True),
        Q(w, "How many project holders did the Caronde Solidaire jury interview?", ["23"],
          en=True),
        Q(w, "La réunion d'info pour Caronde Solidaire 2026, c'est quand et où ?",
          ["27 novembre 2025", "Maison des associations"]),
        Q(w, "Qui a pris la photo du jury Caronde Solidaire ?", ["Julien Morvilliers"]),
        Q(w, "Combien pour le projet de numérisation d'archives de l'entreprise adaptée de "
          "Carondel ?", ["50 000"]),
        NONE(w, "Quels ont été les lauréats de Caronde Solidaire 2024 ?",
             ["Caronde Solidaire 2024", "lauréats 2024"]),
        NONE(w, "Combien a reçu le lauréat de Vernasque dans Caronde Solidaire 2025 ?",
             ["Vernasque"]),
        # ------------------------------------------------------------------ compte rendu
        Q(m, "Le dernier copil du PTCE Terres Nourricières s'est tenu où ?",
          ["La Grange aux Communs", "Poussanges"]),
        Q(m, m02, ["38,5 tonnes"]),
        Q(m, "Et sur la même période l'an dernier ?", ["24 tonnes"], history=[m02]),
        Q(m, "La légumerie livre combien de restaurants collectifs ?",
          ["14", "9 cantines scolaires"]),
        Q(m, m05, ["143 500"]),
        Q(m, "Il a été voté comment ?", ["8 voix pour", "1 abstention"], history=[m05]),
        Q(m, "Combien apporte la Région au budget 2026 du PTCE ?", ["38 000"]),
        Q(m, "Qui était excusé au comité de pilotage du PTCE de septembre ?",
          ["Lucie Arnaud", "Marc Delorme", "Pauline Ternier"]),
        Q(m, "Yannick Berthelot, il a quel rôle ?", ["conseiller communautaire",
                                                     "alimentation"]),
        Q(m, "La cave coopérative de Lanterie-les-Bois a-t-elle été admise au PTCE ?",
          ["ajournée"]),
        Q(m, "Jusqu'à quand peut-on déposer pour l'appel à projets Alimentation solidaire ?",
          ["14 novembre 2025"]),
        Q(m, "How much could the PTCE request under the regional Alimentation solidaire "
          "call?", ["90 000"], en=True),
        Q(m, "C'est quand le prochain copil du PTCE Terres Nourricières ?",
          ["9 décembre 2025"]),
        Q(m, "Qui doit relancer la cave coopérative, et pour quand ?",
          ["Agnès Voisin", "15 octobre 2025"]),
        Q(m, "Combien de salariés en insertion à la légumerie ?", ["11 salariés"]),
        Q(m, "Le quorum était atteint au copil du PTCE ? Avec combien de voix ?",
          ["neuf voix"]),
        Q(m, "Elle est de combien la cotisation des chantiers d'insertion au PTCE ?",
          ["150 euros"]),
        Q(m, "Quel objectif de produits locaux l'agglo envisage-t-elle pour la cuisine "
          "centrale ?", ["50 %", "2027"]),
        NONE(m, "Combien de tonnes la légumerie du PTCE avait transformées en 2023 ?",
             ["2023"]),
        NONE(m, "Et en fruits, la légumerie a transformé combien de tonnes cette année ?",
             ["fruits"]),
        NONE(m, "How many member organisations does the PTCE Terres Nourricières have in "
             "total?", ["adhérents", "membres du PTCE sont"], en=True),
    ]


# ------------------------------------------------------------------------ extraction and checks


def norm(text: str) -> str:
    text = text.replace(NBSP, " ").replace("\u202f", " ").replace(SHY, "")
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def pdf_pages(path: Path) -> list[str]:
    """Text of each page: pypdf extraction, line-end hyphens joined, whitespace collapsed."""
    pages = []
    for page in PdfReader(str(path)).pages:
        text = page.extract_text() or ""
        # a hyphen at the end of a line followed by a lowercase letter is a hyphenation break
        text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=[a-zàâäçéèêëîïôöùûüÿœæ])", "", text)
        # any other line-end hyphen belongs to a compound word or a name: keep it
        text = re.sub(r"(?<=\w)-[ \t]*\n\s*", "-", text)
        pages.append(norm(text))
    return pages


class Visible(HTMLParser):
    """Visible text of an HTML page: tags stripped, scripts and styles dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        elif tag in ("p", "li", "tr", "td", "th", "br", "h1", "h2", "h3", "div", "caption"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "noscript", "template"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("p", "li", "td", "th", "h1", "h2", "h3"):
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    parser = Visible()
    parser.feed(path.read_text(encoding="utf-8"))
    return norm(unescape("".join(parser.parts)))


def source_texts() -> dict[str, list[str]]:
    """Normalised text of every document, one entry per page (a single entry if not a PDF)."""
    return {
        EVAL: pdf_pages(CORPUS / EVAL),
        CONV: pdf_pages(CORPUS / CONV),
        WEB: [html_text(CORPUS / WEB)],
        COPIL: [norm((CORPUS / COPIL).read_text(encoding="utf-8"))],
    }


def build_corpus() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        if old.is_file() and old.name not in DOC_KEY:
            old.unlink()
    build_eval(CORPUS / EVAL)
    build_conv(CORPUS / CONV)
    (CORPUS / WEB).write_text(WEB_HTML, encoding="utf-8")
    (CORPUS / COPIL).write_text(COPIL_MD, encoding="utf-8")


KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]
ID_RE = re.compile(r"^fresh9-(eval|conv|web|copil)-\d{2}$")
PAGE_RANGE = {EVAL: (5, 7, 4), CONV: (2, 4, 2)}  # min pages, max pages, min hyphenations
# the page break between pages 3 and 4 of the evaluation cuts a sentence (and a word) in two
CUT = (EVAL, 3, "tient au rythme de versement des sub-", 4,
       "ventions pluriannuelles, dont le solde")
FORBIDDEN = ["Sorlanne", "Aubrette", "Coteaux", "Lormes", "Haute-Varenne", "Brevannes",
             "Forges", "Mérande", "Ormelin", "Sauvière", "Ysmes", "Ysène", "Brenoux",
             "Vaudrelle", "Belcourt"]


def check_layout(texts: dict[str, list[str]]) -> list[str]:
    errors = []
    for name, (low, high, min_breaks) in PAGE_RANGE.items():
        pages = texts[name]
        if not low <= len(pages) <= high:
            errors.append(f"{name}: {len(pages)} pages, expected {low}-{high}")
        for n, page in enumerate(pages, 1):
            if f"page {n}/{len(pages)}" not in page:
                errors.append(f"{name}: no running footer « page {n}/{len(pages)} »")
        reader = PdfReader(str(CORPUS / name))
        if not reader.outline:
            errors.append(f"{name}: no outline")
        raw = "".join(page.extract_text() or "" for page in reader.pages)
        breaks = re.findall(r"\w-[ \t]*\n\s*[a-zàâäçéèêëîïôöùûüÿœæ]", raw)
        if len(breaks) < min_breaks:
            errors.append(f"{name}: only {len(breaks)} line-end hyphenations")
    name, first, head, second, tail = CUT
    reader = PdfReader(str(CORPUS / name))
    raw_first = norm(reader.pages[first - 1].extract_text() or "")
    raw_second = norm(reader.pages[second - 1].extract_text() or "")
    if head not in raw_first or tail not in raw_second:
        errors.append(f"{name}: the sentence is no longer cut between pages {first} and "
                      f"{second}")
    front = COPIL_MD.split("---")[1]
    for key in ("title:", "publisher:", "date:", "territory:"):
        if key not in front:
            errors.append(f"{COPIL}: front matter lacks {key}")
    for tag in ('name="date"', 'name="publisher"', "<title>", "<table", "cookie", "breadcrumb",
                "download", "Photo :", "<script"):
        if tag not in WEB_HTML:
            errors.append(f"{WEB}: lacks {tag}")
    everything = " ".join(" ".join(pages) for pages in texts.values()) + WEB_HTML + COPIL_MD
    for word in FORBIDDEN:
        if word.lower() in everything.lower():
            errors.append(f"a reused name occurs in the corpus: {word}")
    return errors


def check(qs: list[dict], texts: dict[str, list[str]]) -> list[str]:
    errors = check_layout(texts)
    seen: set[str] = set()
    asked: set[str] = set()
    for q in qs:
        qid = q["id"]
        if list(q) != KEYS:
            errors.append(f"{qid}: keys {list(q)}")
        if not ID_RE.match(qid) or qid in seen:
            errors.append(f"{qid}: malformed or duplicate id")
        seen.add(qid)
        if q["question"] in asked:
            errors.append(f"{qid}: duplicate question")
        for earlier in q["history"]:
            if earlier not in asked:
                errors.append(f"{qid}: history « {earlier} » is not an earlier question")
        asked.add(q["question"])
        if not q["answerable"]:
            if q["facts"] or q["sources"] or q["pages"]:
                errors.append(f"{qid}: unanswerable with facts, sources or pages")
            doc, absent = PROBES[qid]
            full = " ".join(texts[doc]).lower()
            for probe in absent:
                if norm(probe).lower() in full:
                    errors.append(f"{qid}: near miss, but « {probe} » occurs in {doc}")
            continue
        if not q["facts"] or len(q["sources"]) != 1:
            errors.append(f"{qid}: no facts or not exactly one source")
            continue
        source = q["sources"][0]
        pages = texts[source]
        if source.endswith(".pdf"):
            if not q["pages"] or not all(1 <= p <= len(pages) for p in q["pages"]):
                errors.append(f"{qid}: bad pages {q['pages']} for {source}")
                continue
            scope = [pages[p - 1] for p in q["pages"]]
        else:
            if q["pages"]:
                errors.append(f"{qid}: pages given for a non-PDF source")
            scope = pages
        for fact in q["facts"]:
            if fact != fact.strip() or "'" in fact or "’" in fact:
                errors.append(f"{qid}: fact « {fact} » has stray spaces or an apostrophe")
            if not any(norm(fact) in text for text in scope):
                where = f"pages {q['pages']} of " if q["pages"] else ""
                errors.append(f"{qid}: fact « {fact} » not found in {where}{source}")
    return errors


def main() -> int:
    build_corpus()
    COUNTERS.clear()
    EN.clear()
    PROBES.clear()
    qs = questions()
    with QUESTIONS.open("w", encoding="utf-8") as out:
        for q in qs:
            out.write(json.dumps(q, ensure_ascii=False) + "\n")
    texts = source_texts()
    errors = check(qs, texts)
    answerable = sum(q["answerable"] for q in qs)
    followups = sum(bool(q["history"]) for q in qs)
    per_doc: dict[str, int] = {}
    for q in qs:
        key = q["id"].split("-")[1]
        per_doc[key] = per_doc.get(key, 0) + 1
    print(f"corpus: {len(texts)} documents in {CORPUS.relative_to(HERE.parent.parent)}")
    for name, pages in texts.items():
        print(f"  {name}: {len(pages)} page(s)" if name.endswith(".pdf") else f"  {name}")
    print(f"questions: {len(qs)} ({answerable} answerable, {len(qs) - answerable} unanswerable, "
          f"{len(EN)} in English, {followups} follow-ups)")
    print("  per document: " + ", ".join(f"{k} {v}" for k, v in per_doc.items()))
    facts = sum(len(q["facts"]) for q in qs)
    if errors:
        print(f"check FAILED: {len(errors)} problem(s)")
        for error in errors:
            print("  - " + error)
        return 1
    print(f"check OK: {facts} facts found on their declared pages or sources, "
          f"{sum(len(v[1]) for v in PROBES.values())} near-miss probes absent, layout checks "
          "passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
