#!/usr/bin/env python3
# ruff: noqa: E501
"""Build the fresh15 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh15/build.py

It writes ``evals/fresh15/corpus/`` (five documents) and
``evals/fresh15/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run.

Everything is fictional: the Orbelie region, the Sarnaise, Haute-Vérande,
Ambrelle and Guéliance départements, the Communauté de communes des Coteaux de
Brévanne, the communes, people, organisations and figures.
"""

from __future__ import annotations

import json
import random
import re
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import fpdf.output as fpdf_output
import pyphen
from bs4 import BeautifulSoup
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"

REPORT = "cress_orbelie_rapport_activite_2024.pdf"
CPO = "cpo_montrivel_recyclerie_pont_vieux_2025-2027.pdf"
HTML = "brevanne_coup_de_pouce_ess_2025.html"
MD = "ca_scic_terres_de_sarne_2025-03-18.md"
TXT = "appel_candidatures_germoir_ess_2026.txt"
DOCS = (REPORT, CPO, HTML, MD, TXT)
PDFS = (REPORT, CPO)

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/local/share/fonts/truetype/dejavu"),
)
NBSP = "\u00a0"
SHY = "\u00ad"

# ---------------------------------------------------------------------------
# PDF plumbing
# ---------------------------------------------------------------------------

# fpdf2 writes /CreationDate only; give the /Info dictionary a fixed /ModDate too.
_orig_info_init = fpdf_output.PDFInfo.__init__


def _info_init_with_mod_date(self, *args, **kwargs):
    _orig_info_init(self, *args, **kwargs)
    self.mod_date = self.creation_date


fpdf_output.PDFInfo.__init__ = _info_init_with_mod_date

_HYPH = pyphen.Pyphen(lang="fr_FR")
_WORD = re.compile(r"(?<![\w\-])[a-zà-öø-ÿœæ][A-Za-zÀ-ÖØ-öø-ÿœŒæÆ]*(?![\w\-])")


def hyphenate(text: str) -> str:
    """Insert soft hyphens (pyphen fr_FR) into long lower-case words.

    Proper nouns, numbers and words that already hold a hyphen are left whole,
    so every hyphen at a line end in the PDF comes from a soft hyphen.
    """

    def one(m: re.Match[str]) -> str:
        w = m.group(0)
        if len(w) < 7:
            return w
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


def font_dir() -> Path:
    for d in FONT_DIRS:
        if (d / "DejaVuSerif.ttf").exists():
            return d
    sys.exit("DejaVu fonts not found (apt-get install fonts-dejavu-core)")


class DocPDF(FPDF):
    def __init__(self, header_text: str, footer_text: str, first_header: bool = True):
        super().__init__(format="A4", unit="mm")
        self.header_text = header_text
        self.footer_text = footer_text
        self.first_header = first_header
        d = font_dir()
        self.add_font("Serif", "", str(d / "DejaVuSerif.ttf"))
        self.add_font("Serif", "B", str(d / "DejaVuSerif-Bold.ttf"))
        self.add_font("Serif", "I", str(d / "DejaVuSerif-Italic.ttf"))
        self.add_font("Serif", "BI", str(d / "DejaVuSerif-BoldItalic.ttf"))
        self.add_font("Sans", "", str(d / "DejaVuSans.ttf"))
        self.add_font("Sans", "B", str(d / "DejaVuSans-Bold.ttf"))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()
        self.page_mode = "USE_OUTLINES"
        self.set_lang("fr-FR")

    def header(self):
        if self.page_no() == 1 and not self.first_header:
            return
        self.set_y(10)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.header_text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"{self.footer_text} — p. {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # -- blocks -------------------------------------------------------------
    def room(self, mm: float) -> None:
        if self.y + mm > self.page_break_trigger:
            self.add_page()

    def title_block(self, lines: list[tuple[str, str, float]]) -> None:
        for text, style, size in lines:
            self.set_font("Sans", style, size)
            self.multi_cell(0, size * 0.5, nb(text), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1.5)
        self.ln(3)

    def heading(self, text: str, level: int = 0, bookmark: bool = True) -> None:
        self.room(30)
        if bookmark:
            self.start_section(text, level)
        size = 13 if level == 0 else 11
        self.ln(2 if level == 0 else 1)
        self.set_font("Sans", "B", size)
        self.multi_cell(0, size * 0.48, nb(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def para(
        self,
        text: str,
        style: str = "",
        size: float = 10,
        after: float = 2.2,
        lines_before_break: int = 0,
    ) -> None:
        """A justified paragraph. With lines_before_break=k, a little space is added
        before it so that exactly k of its lines end the current page."""
        self.set_font("Serif", style, size)
        if lines_before_break:
            target = self.page_break_trigger - lines_before_break * size * 0.5 - 0.05
            gap = target - self.y
            if not 0 <= gap <= 18:
                sys.exit(f"layout: cannot place paragraph {text[:40]!r} (gap {gap:.1f} mm)")
            self.ln(gap)
        self.multi_cell(
            0, size * 0.5, hyphenate(nb(text)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(after)

    def bullets(self, items: list[str], mark: str = "•", size: float = 10) -> None:
        self.set_font("Serif", "", size)
        for item in items:
            self.set_x(self.l_margin + 3)
            self.cell(5, size * 0.5, mark)
            self.multi_cell(
                0, size * 0.5, hyphenate(nb(item)), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT
            )
            self.ln(0.8)
        self.ln(1.4)

    def data_table(
        self,
        caption: str,
        rows: list[tuple[str, ...]],
        widths: tuple[float, ...],
        aligns: tuple[str, ...],
        bold_last: bool = False,
        size: float = 8.8,
    ) -> None:
        self.room(9 + 6.2 * len(rows))
        self.set_font("Sans", "B", 9)
        self.multi_cell(0, 4.6, nb(caption), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)
        self.set_font("Sans", "", size)
        style = FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
        with self.table(
            col_widths=widths,
            text_align=aligns,
            line_height=size * 0.55,
            headings_style=style,
            width=sum(widths),
            align="LEFT",
            padding=(1.0, 1.4),
        ) as table:
            for i, r in enumerate(rows):
                last = bold_last and i == len(rows) - 1
                row = table.row(style=FontFace(emphasis="BOLD") if last else None)
                for c in r:
                    row.cell(nb(c))
        self.ln(3)


def save_pdf(
    pdf: DocPDF, name: str, title: str, subject: str, author: str, created: datetime
) -> None:
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(author)
    pdf.set_creator("Service communication")
    pdf.set_keywords("économie sociale et solidaire; ESS")
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


def nb(text: str) -> str:
    """``~`` marks a no-break space; French spacing inside guillemets and before : ; ? !"""
    text = text.replace("~", NBSP)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def plain(text: str) -> str:
    """The same source text for plain-text formats: ``~`` becomes a space."""
    return text.replace("~", " ")


# ---------------------------------------------------------------------------
# Document 1: CRESS Orbelie annual activity report (PDF, 7 pages)
# ---------------------------------------------------------------------------


def build_report() -> None:
    pdf = DocPDF(
        "CRESS Orbelie · Rapport d'activité 2024", "CRESS Orbelie — Rapport d'activité 2024"
    )
    pdf.add_page()
    pdf.title_block(
        [
            ("Chambre régionale de l'économie sociale et solidaire d'Orbelie", "B", 11),
            ("Rapport d'activité 2024", "B", 22),
            ("Présenté à l'assemblée générale ordinaire du 17 juin 2025, à Vérac", "", 10),
        ]
    )
    pdf.heading("Le mot du président")
    pdf.para(
        "L'année 2024 a été pour la CRESS Orbelie celle de la consolidation. Après deux exercices "
        "marqués par la réorganisation de l'équipe et le déménagement de notre siège à la Maison des "
        "coopérations de Vérac, nous avons pu concentrer nos forces sur nos quatre missions : représenter "
        "les entreprises de l'économie sociale et solidaire auprès des pouvoirs publics, observer leur "
        "poids dans l'économie régionale, accompagner la création et le développement d'activités, et "
        "faire connaître nos modèles au plus grand nombre."
    )
    pdf.para(
        "Les résultats sont là. Le nombre de nos adhérents est passé de 186 à 214 structures en un an, "
        "l'incubateur Germoir ESS a conduit sa sixième promotion à son terme et le Mois de l'ESS a "
        "rassemblé un public record dans les quatre départements de la région. Je remercie les "
        "administratrices et les administrateurs bénévoles, l'équipe salariée et nos partenaires "
        "publics, au premier rang desquels la Région Orbelie, qui a signé avec nous en 2024 une nouvelle "
        "convention d'objectifs pour la période 2024-2026. Trois nouveaux réseaux territoriaux ont par ailleurs "
        "rejoint notre conseil d'administration, ce qui renforce notre présence dans les départements les moins "
        "bien dotés."
    )
    pdf.para(
        "Les défis ne manquent pas pour autant. La baisse annoncée de plusieurs crédits de l'État, les "
        "difficultés de recrutement des associations employeuses et la montée des besoins sociaux dans "
        "les territoires ruraux nous obligent à rester mobilisés. C'est pourquoi le conseil "
        "d'administration a choisi de faire de l'emploi la priorité de notre feuille de route pour les "
        "trois prochaines années, en commençant par la publication, à l'automne 2025, d'un baromètre "
        "régional des besoins de recrutement des structures de l'ESS, réalisé avec les quatre "
        "départements, les organisations d'employeurs du secteur et le service public de l'emploi, afin "
        "que chaque territoire dispose d'une lecture partagée des métiers en tension et des départs à "
        "la retraite à venir."
    )
    pdf.para("Gilles Marandet, président de la CRESS Orbelie", style="I")
    pdf.heading("L'essentiel de l'année 2024", level=0)
    pdf.bullets(
        [
            "214 adhérents au 31 décembre 2024, contre 186 un an plus tôt ;",
            "18~600 participants et 214 événements pendant le Mois de l'ESS ;",
            "12 projets accompagnés par la promotion 2024 du Germoir ESS ;",
            "286 structures accompagnées dans le cadre du dispositif local d'accompagnement (DLA) ;",
            "216 personnes formées au cours de 18 sessions ;",
            "un budget réalisé de 1~184~k€ et un excédent de 18~k€.",
        ]
    )

    pdf.heading("1. Gouvernance et équipe")
    pdf.para(
        lines_before_break=3,
        text="La CRESS Orbelie est une association régie par la loi du 1er juillet 1901. Elle rassemble les "
        "associations, coopératives, mutuelles, fondations et sociétés commerciales de l'ESS de la région, "
        "ainsi que leurs réseaux. Son conseil d'administration compte 24 membres élus pour trois ans et "
        "répartis en cinq collèges. Il s'est réuni sept fois en 2024, avec un taux de présence moyen de "
        "71~%. Le bureau, composé de huit membres, se réunit chaque mois.",
    )
    pdf.data_table(
        "Tableau 1 — Composition du conseil d'administration au 31 décembre 2024",
        [
            ("Collège", "Sièges", "dont femmes", "Part des femmes (%)"),
            ("Associations", "9", "5", "56"),
            ("Coopératives", "6", "2", "33"),
            ("Mutuelles", "4", "2", "50"),
            ("Fondations et sociétés commerciales de l'ESS", "2", "1", "50"),
            ("Réseaux territoriaux", "3", "2", "67"),
            ("Total", "24", "12", "50"),
        ],
        (78, 22, 26, 36),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    pdf.para(
        "Le bureau réunit autour du président Gilles Marandet, directeur de la SCOP Menuiseries du "
        "Vérandon, les membres suivants :"
    )
    pdf.bullets(
        [
            "Claire Auzeville, première vice-présidente (collège des associations) ;",
            "Yannick Le Goff, vice-président chargé des territoires (collège des réseaux territoriaux) ;",
            "Didier Fontbonne, trésorier (collège des mutuelles) ;",
            "Amina Ghezali, secrétaire générale (collège des coopératives).",
        ],
        mark="–",
    )
    pdf.para(
        "Au 31 décembre 2024, l'équipe salariée compte 11 personnes, soit 10,2 équivalents temps plein, "
        "sous la direction de Nadia Berthomier, directrice depuis mars 2022. Deux recrutements ont eu lieu "
        "en 2024 : une chargée d'études pour l'observatoire, Léa Carmignac, et un chargé de mission "
        "commande publique, Olivier Mensah. L'incubateur est animé par Inès Maroual, chargée "
        "d'incubation."
    )

    pdf.heading("2. L'observatoire régional de l'ESS")
    pdf.para(
        "Les chiffres présentés ci-dessous portent sur l'année 2023, la plus récente disponible. Ils sont "
        "issus du traitement par l'observatoire des données d'emploi salarié du secteur privé."
    )
    pdf.para(
        "En 2023, l'ESS compte 9~840 établissements employeurs en Orbelie et emploie 96~420 salariés, soit "
        "11,8~% de l'emploi privé régional, contre 11,5~% en 2021. La masse salariale brute versée par "
        "ces établissements atteint 2,61 milliards d'euros."
    )
    pdf.data_table(
        "Tableau 2 — L'emploi dans l'ESS par département en 2023",
        [
            (
                "Département",
                "Établissements",
                "Salariés",
                "Part de l'emploi privé (%)",
                "Évolution 2021-2023 (%)",
            ),
            ("Sarnaise", "3~115", "31~240", "13,6", "+2,9"),
            ("Haute-Vérande", "2~870", "29~560", "10,4", "+1,7"),
            ("Ambrelle", "2~240", "21~080", "12,2", "+3,4"),
            ("Guéliance", "1~615", "14~540", "11,1", "-0,8"),
            ("Orbelie", "9~840", "96~420", "11,8", "+2,1"),
        ],
        (38, 30, 26, 38, 38),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    pdf.data_table(
        "Tableau 3 — Répartition par famille juridique en 2023",
        [
            ("Famille", "Établissements", "Salariés", "Part des salariés de l'ESS (%)"),
            ("Associations", "7~820", "72~130", "74,8"),
            ("Coopératives", "1~190", "12~960", "13,4"),
            ("Mutuelles", "410", "5~720", "5,9"),
            ("Fondations", "95", "3~240", "3,4"),
            ("Sociétés commerciales de l'ESS", "325", "2~370", "2,5"),
            ("Ensemble", "9~840", "96~420", "100,0"),
        ],
        (62, 30, 26, 52),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    pdf.para(
        "Les femmes occupent 68~% des emplois de l'ESS régionale. L'action sociale concentre à elle seule "
        "41~% des salariés, devant l'enseignement (12~%) et la santé (10~%). Le vieillissement des effectifs "
        "est marqué : 23~% des salariés ont 55 ans ou plus, ce qui représente environ 22~000 départs à la "
        "retraite à anticiper d'ici 2033."
    )
    pdf.para(
        "En 2024, l'observatoire a publié quatre notes de conjoncture, un panorama régional et deux portraits "
        "territoriaux. Le premier est consacré à la Communauté de communes des Coteaux de Brévanne, où l'ESS "
        "emploie 1~480 salariés, soit 17,2~% de l'emploi privé, un niveau nettement supérieur à la moyenne "
        "régionale. Le second porte sur la Communauté d'agglomération du Grand Port-Ambrel, qui compte "
        "4~960 salariés de l'ESS."
    )

    # Page 4: two columns.
    pdf.add_page()
    pdf.start_section("3. Accompagner la création et le développement")
    pdf.set_font("Sans", "B", 13)
    pdf.multi_cell(
        0,
        6.2,
        "3. Accompagner la création et le développement",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(2)
    cols_text = [
        ("h", "3.1 L'incubateur Germoir ESS"),
        (
            "p",
            "Créé en 2019, le Germoir ESS accompagne chaque année une promotion de porteuses et de porteurs "
            "de projets d'utilité sociale pendant dix mois. La promotion 2024 comptait 12 projets, dont 7 "
            "portés par des femmes. À la sortie du programme, 9 projets avaient créé leur structure, ce qui a "
            "permis la création de 27 emplois, dont 16 en contrat à durée indéterminée.",
        ),
        (
            "p",
            "Depuis sa création, le Germoir a accompagné 71 projets au cours de six promotions (2019-2024). "
            "La septième promotion, lancée en janvier 2025, compte 13 projets.",
        ),
        ("p", "Le programme est financé par :"),
        ("b", "la Région Orbelie ;"),
        ("b", "le Département de la Sarnaise ;"),
        ("b", "le fonds de dotation Sarne Avenir ;"),
        ("b", "une participation des projets incubés."),
        (
            "p",
            "La SCIC Terres de Sarne, issue de la promotion 2021, approvisionne aujourd'hui la restauration "
            "collective des Coteaux de Brévanne en légumes locaux et emploie 9 salariés.",
        ),
        ("col", ""),
        ("h", "3.2 Le Mois de l'ESS"),
        (
            "p",
            "En novembre 2024, le Mois de l'ESS a réuni 18~600 participants autour de 214 événements organisés "
            "dans 96 communes, contre 15~200 participants en 2023. Les forums de l'emploi et les visites "
            "d'entreprises ont été les formats les plus fréquentés.",
        ),
        ("h", "3.3 Les Prix de l'ESS Orbelie"),
        (
            "p",
            "Le jury, présidé par Claire Auzeville, a examiné 58 candidatures et distingué quatre lauréats :",
        ),
        (
            "b",
            "Prix de l'utilité sociale : l'épicerie solidaire Le Panier de Vérac (Haute-Vérande) ;",
        ),
        ("b", "Prix de la transition écologique : La Recyclerie du Pont-Vieux (Sarnaise) ;"),
        ("b", "Prix de la coopération : la Coopérative funéraire des Deux Rives (Ambrelle) ;"),
        ("b", "Coup de cœur du public : le théâtre itinérant La Roulotte Bleue (Guéliance)."),
        (
            "p",
            "Chaque prix est doté de 3~000 euros ; le coup de cœur du public reçoit 1~500 euros. Les prix ont "
            "été remis le 28 novembre 2024 à Port-Ambrel.",
        ),
        ("h", "3.4 Le dispositif local d'accompagnement"),
        (
            "p",
            "La CRESS assure la coordination régionale du DLA. En 2024, 286 structures ont bénéficié d'un "
            "accompagnement, dont 64 en Sarnaise.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.0) as cols:
        for kind, text in cols_text:
            if kind == "col":
                cols.new_column()
            elif kind == "h":
                pdf.set_font("Sans", "B", 10)
                with cols.paragraph(text_align="L", top_margin=1.5, bottom_margin=1.5) as par:
                    par.write(nb(text))
            elif kind == "p":
                pdf.set_font("Serif", "", 9.6)
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(hyphenate(nb(text)))
            else:
                pdf.set_font("Serif", "", 9.6)
                with cols.paragraph(indent=4, bullet_string="•", bottom_margin=1) as par:
                    par.write(hyphenate(nb(text)))

    pdf.add_page()
    pdf.heading("4. Accompagner les collectivités et les acteurs")
    pdf.heading("4.1 Commande publique responsable", level=1)
    pdf.para(
        "En 2024, la CRESS a accompagné 17 collectivités et établissements publics dans l'intégration de "
        "clauses sociales et environnementales à leurs marchés. Les marchés concernés ont généré 148~000 "
        "heures d'insertion, au bénéfice de 412 personnes éloignées de l'emploi. Un guide pratique de "
        "l'achat socialement responsable a été diffusé aux 1~200 communes de la région."
    )
    pdf.heading("4.2 Coopérations territoriales", level=1)
    pdf.para(
        "La CRESS anime le réseau régional des six pôles territoriaux de coopération économique (PTCE). En "
        "2024, trois rencontres ont été organisées sur les thèmes suivants :"
    )
    pdf.bullets(
        [
            "l'alimentation durable et l'approvisionnement local des cantines ;",
            "le réemploi et l'économie circulaire ;",
            "la mobilité solidaire en milieu rural.",
        ]
    )
    pdf.para("Ces rencontres ont réuni au total 137 participants.")
    pdf.para(
        "La CRESS a également contribué à la conception du Coup de pouce ESS de la Communauté de communes des "
        "Coteaux de Brévanne, dont elle assure le suivi des lauréats."
    )
    pdf.heading("4.3 Formation", level=1)
    pdf.data_table(
        "Tableau 4 — Actions de formation 2024",
        [
            ("Formation", "Sessions", "Participants", "Satisfaction (%)"),
            ("Créer et gérer une association employeuse", "6", "74", "92"),
            ("Gouvernance coopérative et SCIC", "4", "41", "89"),
            ("Mesurer son impact social", "5", "63", "94"),
            ("Répondre aux marchés publics", "3", "38", "86"),
            ("Total", "18", "216", "91"),
        ],
        (80, 24, 28, 38),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    pdf.para(
        "Les formations sont gratuites pour les adhérents. Pour les autres structures, une participation de "
        "90 euros par journée est demandée. Toutes les sessions ont eu lieu en présentiel, à l'exception de deux "
        "classes virtuelles."
    )
    pdf.heading("4.4 Représentation et plaidoyer", level=1)
    pdf.para(
        "La CRESS a représenté les entreprises de l'ESS dans 23 instances régionales et départementales en "
        "2024. Elle a contribué à l'élaboration de la stratégie régionale de l'ESS, adoptée par le conseil "
        "régional d'Orbelie le 14 novembre 2024, qui prévoit une enveloppe de 9,5 millions d'euros sur quatre "
        "ans. Elle a enfin présenté aux candidats aux élections municipales de 2026 un manifeste de vingt "
        "propositions pour des politiques locales de l'ESS."
    )
    pdf.heading("5. Les comptes 2024")
    pdf.para(
        lines_before_break=5,
        text="Le budget réalisé de la CRESS s'élève à 1~184~k€ en 2024, en hausse de 6~% par rapport à 2023. "
        "Les charges atteignent 1~166~k€, et l'exercice se clôt donc sur un excédent de 18~k€. Le conseil "
        "d'administration propose à l'assemblée générale d'affecter cet excédent au fonds associatif, afin de "
        "renforcer des fonds propres qui restent modestes au regard du volume d'activité de l'association et "
        "des délais de paiement des financeurs publics, dont certains versent le solde de leurs subventions "
        "plus de dix-huit mois après le démarrage des actions financées.",
    )
    pdf.data_table(
        "Tableau 5 — Produits 2023 et 2024 (k€)",
        [
            ("Origine des produits", "2023 (k€)", "2024 (k€)", "Part en 2024 (%)"),
            ("Région Orbelie", "452", "478", "40,4"),
            ("État (DREETS)", "214", "221", "18,7"),
            ("Départements", "96", "104", "8,8"),
            ("Fonds social européen (FSE+)", "118", "131", "11,1"),
            ("Cotisations des adhérents", "72", "83", "7,0"),
            ("Prestations et formations", "119", "138", "11,7"),
            ("Autres produits", "46", "29", "2,4"),
            ("Total des produits", "1~117", "1~184", "100"),
        ],
        (70, 28, 28, 38),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
        bold_last=True,
    )
    pdf.data_table(
        "Tableau 6 — Charges 2024 (k€)",
        [
            ("Poste de charges", "2024 (k€)"),
            ("Salaires et charges sociales", "812"),
            ("Locaux et fonctionnement", "146"),
            ("Prestations externes et événements", "139"),
            ("Déplacements", "38"),
            ("Dotations aux amortissements", "31"),
            ("Total des charges", "1~166"),
        ],
        (80, 30),
        ("LEFT", "RIGHT"),
        bold_last=True,
    )
    pdf.para(
        "Au 31 décembre 2024, les fonds propres s'élèvent à 286~k€, soit environ trois mois de fonctionnement. "
        "Les comptes ont été certifiés sans réserve par le cabinet Audit Sarne & Associés, commissaire aux "
        "comptes."
    )

    pdf.heading("6. Perspectives 2025")
    pdf.bullets(
        [
            "publier à l'automne 2025 le baromètre régional des besoins de recrutement de l'ESS ;",
            "conduire la septième promotion du Germoir ESS et lancer l'appel à candidatures de la promotion 2026 ;",
            "organiser les premières Assises régionales de l'ESS, les 9 et 10 octobre 2025 à Port-Ambrel ;",
            "porter le nombre d'adhérents à 240 d'ici la fin de l'année 2025.",
        ]
    )
    pdf.heading("Glossaire")
    pdf.para(
        "ESUS — L'agrément « entreprise solidaire d'utilité sociale » est délivré par le préfet de département "
        "aux entreprises de l'ESS dont l'activité poursuit principalement un objectif d'utilité sociale. Il "
        "ouvre l'accès à l'épargne salariale solidaire et est accordé pour cinq ans."
    )
    pdf.para(
        "PTCE — Un pôle territorial de coopération économique est un regroupement, sur un même territoire, "
        "d'entreprises de l'ESS, d'entreprises classiques, de collectivités et d'organismes de formation ou "
        "de recherche qui mettent en œuvre une stratégie commune de coopération."
    )
    pdf.para(
        "SCIC — La société coopérative d'intérêt collectif associe obligatoirement au moins trois catégories "
        "d'associés, dont les salariés et les bénéficiaires de son activité."
    )
    pdf.para(
        "DLA — Le dispositif local d'accompagnement finance des missions de conseil au profit des structures "
        "d'utilité sociale employeuses, pour consolider leur modèle économique et leurs emplois."
    )
    pdf.heading("Nos partenaires", level=0)
    pdf.bullets(
        [
            "la Région Orbelie ;",
            "l'État, par la direction régionale de l'économie, de l'emploi, du travail et des solidarités (DREETS) ;",
            "les Départements de la Sarnaise, de l'Ambrelle et de la Haute-Vérande ;",
            "l'Union européenne, au titre du Fonds social européen plus (FSE+) ;",
            "le fonds de dotation Sarne Avenir.",
        ]
    )
    pdf.heading("Contacts", level=0)
    pdf.para(
        "CRESS Orbelie — Maison des coopérations, 12 rue des Tisserands, Vérac. Courriel : "
        "contact@cress-orbelie.org. Téléphone : 05~63~27~48~00."
    )
    save_pdf(
        pdf,
        REPORT,
        "Rapport d'activité 2024 — CRESS Orbelie",
        "Rapport d'activité de la Chambre régionale de l'économie sociale et solidaire d'Orbelie, exercice 2024",
        "CRESS Orbelie",
        datetime(2025, 6, 20, 9, 30, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 2: multi-year objectives convention (PDF, 3 pages)
# ---------------------------------------------------------------------------


def build_cpo() -> None:
    pdf = DocPDF(
        "Ville de Montrivel-sur-Sarne · Direction de la vie associative et de l'économie solidaire",
        "CPO 2025-2027 Ville de Montrivel-sur-Sarne / La Recyclerie du Pont-Vieux",
    )
    pdf.add_page()
    pdf.title_block(
        [
            ("CONVENTION PLURIANNUELLE D'OBJECTIFS 2025-2027", "B", 15),
            (
                "entre la Ville de Montrivel-sur-Sarne et l'association La Recyclerie du Pont-Vieux",
                "",
                10.5,
            ),
        ]
    )
    pdf.start_section("Parties")
    pdf.para("Entre les soussignés :", style="B")
    pdf.para(
        "La Ville de Montrivel-sur-Sarne, représentée par sa maire, Mme Hélène Variot, dûment habilitée par "
        "la délibération du conseil municipal n° 2024-118 du 16 décembre 2024, ci-après dénommée « la "
        "Ville », d'une part,"
    )
    pdf.para(
        "et l'association La Recyclerie du Pont-Vieux, association régie par la loi du 1er juillet 1901, "
        "déclarée en préfecture de la Sarnaise le 3 mai 2012, dont le siège est situé 4 quai des Tanneurs à "
        "Montrivel-sur-Sarne, numéro SIRET 812~447~093~00021, représentée par sa présidente, Mme Mathilde "
        "Courtaud, ci-après dénommée « l'Association », d'autre part,"
    )
    pdf.para("il est convenu ce qui suit.")
    pdf.heading("Préambule")
    pdf.para(
        "Considérant que l'Association exploite depuis 2012 une ressourcerie qui collecte, trie, répare et "
        "revend à petit prix des objets et des textiles dont leurs propriétaires souhaitent se séparer ; "
        "qu'elle est agréée entreprise solidaire d'utilité sociale (ESUS) et conventionnée par l'État comme "
        "atelier et chantier d'insertion ; qu'elle a reçu en 2024 le Prix de la transition écologique décerné "
        "par la CRESS Orbelie ;"
    )
    pdf.para(
        "Considérant que le projet de l'Association concourt à la mise en œuvre du programme local de "
        "prévention des déchets ménagers et assimilés adopté par la Ville, ainsi qu'à sa politique d'insertion "
        "professionnelle ;"
    )
    pdf.para(
        "Considérant que ce projet, initié et conduit par l'Association, présente un intérêt public local et "
        "ne donne lieu à aucune contrepartie directe pour la Ville,"
    )
    pdf.heading("Article 1 — Objet de la convention")
    pdf.para(
        "La présente convention a pour objet de définir les objectifs que l'Association s'engage à atteindre "
        "et le soutien financier et matériel que la Ville lui apporte pour la réalisation de son projet "
        "associatif : la collecte, le réemploi et la revente d'objets, la sensibilisation des habitants à la "
        "réduction des déchets et l'insertion professionnelle de personnes éloignées de l'emploi."
    )
    pdf.heading("Article 2 — Durée")
    pdf.para(
        "La convention est conclue pour une durée de trois ans, du 1er janvier 2025 au 31 décembre 2027. "
        "Elle n'est pas renouvelable par tacite reconduction. Une nouvelle convention pourra être conclue "
        "au vu de l'évaluation prévue à l'article 8."
    )
    pdf.heading("Article 3 — Objectifs")
    pdf.para("L'Association s'engage, à l'échéance de la convention, à :")
    pdf.bullets(
        [
            "collecter au moins 420 tonnes d'objets et de textiles par an ;",
            "atteindre un taux de réemploi de 55~% des tonnages collectés ;",
            "maintenir 16 postes en contrat à durée déterminée d'insertion (CDDI) ;",
            "organiser au moins deux ateliers de réparation ouverts au public chaque mois ;",
            "intervenir dans les huit écoles élémentaires publiques de la Ville pour des actions de sensibilisation.",
        ],
        mark="–",
    )
    pdf.para("Les indicateurs de suivi et leurs valeurs cibles annuelles figurent à l'annexe 1.")
    pdf.heading("Article 4 — Montant de la contribution financière")
    pdf.para(
        "La Ville s'engage à verser à l'Association une subvention de fonctionnement de 48~000 € en 2025, "
        "de 50~000 € en 2026 et de 52~000 € en 2027, soit un montant total de 150~000 € sur la durée de la "
        "convention, sous réserve de l'inscription des crédits au budget primitif de chaque exercice."
    )
    pdf.para(
        "La Ville met en outre gratuitement à la disposition de l'Association l'entrepôt municipal du 4 quai "
        "des Tanneurs, d'une surface de 1~250~m², dont la valeur locative annuelle est estimée à 21~600 €. "
        "Cette aide en nature figure dans les comptes annuels de l'Association."
    )
    pdf.heading("Article 5 — Modalités de versement")
    pdf.para(
        "Chaque année, une avance égale à 60~% du montant annuel de la subvention est versée au plus tard le "
        "31 mars. Le solde est versé avant le 30 septembre, après production du compte rendu financier de "
        "l'exercice précédent. Les versements sont effectués par virement sur le compte bancaire de "
        "l'Association."
    )
    pdf.heading("Article 6 — Justificatifs")
    pdf.para(
        "L'Association transmet à la Ville, dans les six mois suivant la clôture de chaque exercice, le compte "
        "rendu financier de l'action, ses comptes annuels approuvés et son rapport d'activité. Lorsque le "
        "montant total des subventions publiques qu'elle reçoit dépasse 153~000 € par an, elle nomme un "
        "commissaire aux comptes."
    )
    pdf.heading("Article 7 — Communication")
    pdf.para(
        "L'Association fait apparaître le soutien de la Ville, notamment par l'apposition de son logo, sur "
        "tous ses supports de communication et dans sa boutique."
    )
    pdf.heading("Article 8 — Suivi et évaluation")
    pdf.para(
        "Un comité de suivi, composé de deux élus, d'un représentant de la direction de la vie associative et "
        "de l'économie solidaire et de trois représentants de l'Association, se réunit au moins deux fois par "
        "an. Une évaluation finale portant sur la réalisation des objectifs est conduite au plus tard six mois "
        "avant le terme de la convention, soit avant le 30 juin 2027."
    )
    pdf.heading("Article 9 — Contrôle")
    pdf.para(
        "La Ville peut procéder à tout contrôle sur pièces et sur place. Elle peut exiger le reversement de "
        "tout ou partie des sommes versées lorsque les objectifs ne sont pas atteints sans justification ou "
        "lorsque la subvention n'est pas utilisée conformément à son objet."
    )
    pdf.heading("Article 10 — Avenant")
    pdf.para(
        "Toute modification des conditions de la présente convention fait l'objet d'un avenant écrit signé "
        "par les deux parties."
    )
    pdf.heading("Article 11 — Résiliation")
    pdf.para(
        "En cas de non-respect par l'une des parties de ses engagements, la convention peut être résiliée par "
        "l'autre partie à l'expiration d'un délai de deux mois suivant l'envoi d'une lettre recommandée avec "
        "accusé de réception restée sans effet."
    )
    pdf.heading("Article 12 — Litiges")
    pdf.para(
        "Les parties s'efforcent de régler à l'amiable tout différend. À défaut, le litige est porté devant le "
        "tribunal administratif de Vérac."
    )
    pdf.para(
        "Fait à Montrivel-sur-Sarne, le 27 janvier 2025, en deux exemplaires originaux.", after=4
    )
    pdf.room(24)
    y = pdf.y
    pdf.set_font("Sans", "", 9.5)
    for x, lines in (
        (pdf.l_margin, ["Pour la Ville de Montrivel-sur-Sarne,", "la maire,", "", "Hélène Variot"]),
        (
            pdf.l_margin + 95,
            [
                "Pour l'Association La Recyclerie du Pont-Vieux,",
                "la présidente,",
                "",
                "Mathilde Courtaud",
            ],
        ),
    ):
        pdf.set_xy(x, y)
        for line in lines:
            pdf.set_x(x)
            pdf.cell(80, 5, line, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.heading("Annexe 1 — Indicateurs de suivi")
    pdf.data_table(
        "Valeurs de référence et cibles annuelles",
        [
            ("Indicateur", "Réf. 2024", "Cible 2025", "Cible 2026", "Cible 2027"),
            ("Tonnage collecté (t)", "352", "375", "400", "420"),
            ("Taux de réemploi (%)", "48", "50", "53", "55"),
            ("Postes en CDDI", "14", "15", "16", "16"),
            ("Ateliers de réparation (nombre par an)", "18", "24", "24", "24"),
            ("Classes sensibilisées", "21", "26", "30", "32"),
        ],
        (66, 24, 24, 24, 24),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.heading("Annexe 2 — Budget prévisionnel 2025 de l'Association")
    pdf.data_table(
        "Budget prévisionnel 2025 (€)",
        [
            ("Charges", "Montant (€)", "Produits", "Montant (€)"),
            ("Salaires et charges sociales", "468~000", "Ventes en boutique", "286~000"),
            ("Achats et fournitures", "52~000", "Aide au poste de l'État (insertion)", "214~000"),
            ("Transport et véhicules", "47~000", "Subvention de la Ville", "48~000"),
            ("Autres charges de fonctionnement", "39~000", "Éco-organismes", "41~000"),
            ("Dotations aux amortissements", "18~000", "Département de la Sarnaise", "35~000"),
            ("Total des charges", "624~000", "Total des produits", "624~000"),
        ],
        (52, 26, 58, 26),
        ("LEFT", "RIGHT", "LEFT", "RIGHT"),
        bold_last=True,
        size=8.4,
    )
    save_pdf(
        pdf,
        CPO,
        "Convention pluriannuelle d'objectifs 2025-2027 — Ville de Montrivel-sur-Sarne et La Recyclerie du Pont-Vieux",
        "Convention pluriannuelle d'objectifs entre la Ville de Montrivel-sur-Sarne et l'association La Recyclerie du Pont-Vieux",
        "Ville de Montrivel-sur-Sarne",
        datetime(2025, 1, 28, 14, 0, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# Document 3: intercommunality news page (HTML)
# ---------------------------------------------------------------------------

HTML_TEXT = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Coup de pouce ESS : neuf projets soutenus en 2025 | Communauté de communes des Coteaux de Brévanne</title>
<meta name="description" content="La troisième édition du Coup de pouce ESS soutient neuf structures de l'économie sociale et solidaire des Coteaux de Brévanne.">
<meta property="og:type" content="article">
<meta property="og:title" content="Coup de pouce ESS : neuf projets soutenus en 2025">
<meta property="og:site_name" content="Communauté de communes des Coteaux de Brévanne">
<meta property="og:url" content="https://www.coteaux-brevanne.fr/actualites/coup-de-pouce-ess-2025-neuf-projets-soutenus">
<meta property="og:image" content="https://www.coteaux-brevanne.fr/medias/2025/04/laureats-coup-de-pouce-ess-2025.jpg">
<meta property="og:locale" content="fr_FR">
<meta property="article:published_time" content="2025-04-08T10:30:00+02:00">
<meta property="article:modified_time" content="2025-04-09T08:15:00+02:00">
<meta property="article:section" content="Économie sociale et solidaire">
<link rel="canonical" href="https://www.coteaux-brevanne.fr/actualites/coup-de-pouce-ess-2025-neuf-projets-soutenus">
<link rel="stylesheet" href="/assets/css/site.min.css?v=4.12.0">
<script src="/assets/js/tarteaucitron/tarteaucitron.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  tarteaucitron.init({"privacyUrl": "/donnees-personnelles", "orientation": "bottom", "showAlertSmall": false});
</script>
</head>
<body class="page-actualite">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d'audience et de partage sur les réseaux sociaux.
  Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix.</p>
  <button type="button" class="btn-accept">Tout accepter</button>
  <button type="button" class="btn-refuse">Tout refuser</button>
  <a href="/donnees-personnelles">Personnaliser</a>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/assets/img/logo-cccb.svg" alt="Communauté de communes des Coteaux de Brévanne — accueil"></a>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/">Accueil</a></li>
      <li><a href="/la-communaute">La communauté</a></li>
      <li><a href="/vivre">Vivre au quotidien</a></li>
      <li><a href="/entreprendre" aria-current="true">Entreprendre</a></li>
      <li><a href="/agenda">Agenda</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche"><label for="q">Rechercher</label><input id="q" name="q" type="search"></form>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/entreprendre">Entreprendre</a></li>
    <li><a href="/entreprendre/economie-sociale-et-solidaire">Économie sociale et solidaire</a></li>
    <li aria-current="page">Coup de pouce ESS : neuf projets soutenus en 2025</li>
  </ol>
</nav>
<div class="layout">
<main id="contenu">
<article class="actualite">
  <header>
    <p class="categorie">Économie sociale et solidaire</p>
    <h1>Coup de pouce ESS : neuf projets soutenus en 2025</h1>
    <p class="date">Publié le <time datetime="2025-04-08">8 avril 2025</time> · Mis à jour le 9 avril 2025</p>
  </header>
  <p class="chapo">Le jeudi 3 avril, la Communauté de communes des Coteaux de Brévanne a remis
  les aides de la troisième édition du Coup de pouce ESS à neuf structures du territoire.
  Au total, 57&nbsp;500&nbsp;€ ont été attribués.</p>
  <figure>
    <img src="/medias/2025/04/laureats-coup-de-pouce-ess-2025.jpg" alt="Les lauréats du Coup de pouce ESS 2025 sur la scène de la Halle aux grains" width="1200" height="675">
    <figcaption>Les lauréats réunis à la Halle aux grains de Castelbrune. Photo&nbsp;: © CCCB / Lucie Fabre</figcaption>
  </figure>
  <p>La cérémonie s'est tenue à la Halle aux grains de Castelbrune devant près de
  140 personnes&nbsp;: porteurs de projets, élus des 23 communes, partenaires financiers
  et habitants, en présence de Nathalie Ferrand. Patrice Lenglet, vice-président chargé de l'économie de proximité et de
  l'ESS, a rappelé que «&nbsp;l'économie sociale et solidaire représente près d'un emploi
  privé sur six dans les Coteaux&nbsp;» et qu'elle fait vivre des services essentiels
  dans les plus petites communes.</p>
  <p>Créé en 2023, le Coup de pouce ESS finance le démarrage ou le développement
  d'activités d'utilité sociale implantées dans l'une des 23 communes de la communauté.
  L'aide, versée sous forme de subvention, est comprise entre 2&nbsp;000&nbsp;€ et
  10&nbsp;000&nbsp;€. Elle ne peut pas dépasser 50&nbsp;% des dépenses éligibles du projet.</p>
  <p>Cette année, 23 dossiers ont été déposés entre le 6 janvier et le 14 février 2025,
  contre 15 en 2024. Le comité d'engagement, qui associe quatre élus communautaires,
  la CRESS Orbelie et l'association Sarnaise Initiative, s'est réuni le 13 mars pour
  examiner les candidatures.</p>
  <h2>Les neuf lauréats</h2>
  <table class="tableau-laureats">
    <caption>Lauréats du Coup de pouce ESS 2025</caption>
    <thead>
      <tr><th scope="col">Projet</th><th scope="col">Structure</th><th scope="col">Commune</th><th scope="col">Aide accordée</th></tr>
    </thead>
    <tbody>
      <tr><td>Légumerie pour la restauration collective</td><td>SCIC Terres de Sarne</td><td>Ormeval</td><td>10&nbsp;000&nbsp;€</td></tr>
      <tr><td>Garage solidaire</td><td>Association Mécanique du Cœur</td><td>Sainte-Ysoline</td><td>9&nbsp;000&nbsp;€</td></tr>
      <tr><td>Café-épicerie associatif «&nbsp;Le Comptoir&nbsp;»</td><td>Association Vivre à Lanvérac</td><td>Lanvérac</td><td>8&nbsp;500&nbsp;€</td></tr>
      <tr><td>Tiers-lieu culturel «&nbsp;La Grange&nbsp;»</td><td>Collectif La Grange</td><td>Fontclaire</td><td>7&nbsp;500&nbsp;€</td></tr>
      <tr><td>Atelier de réparation de vélos</td><td>Association Roue Libre Brévanne</td><td>Castelbrune</td><td>6&nbsp;000&nbsp;€</td></tr>
      <tr><td>Extension d'une crèche parentale</td><td>Association Les P'tits Coteaux</td><td>Castelbrune</td><td>5&nbsp;000&nbsp;€</td></tr>
      <tr><td>Conserverie coopérative</td><td>SCOP Bocaux &amp; Cie</td><td>Ormeval</td><td>4&nbsp;500&nbsp;€</td></tr>
      <tr><td>Transport solidaire à la demande</td><td>Association Mobil'Coteaux</td><td>Brévanne-le-Haut</td><td>4&nbsp;000&nbsp;€</td></tr>
      <tr><td>Friperie et atelier de retouches</td><td>Entreprise d'insertion Fil &amp; Trame</td><td>Castelbrune</td><td>3&nbsp;000&nbsp;€</td></tr>
    </tbody>
  </table>
  <h2>Un dispositif qui monte en puissance</h2>
  <p>L'enveloppe annuelle du dispositif a été portée à 60&nbsp;000&nbsp;€ en 2025, contre
  40&nbsp;000&nbsp;€ en 2024. Elle est cofinancée par la Région Orbelie à hauteur de
  20&nbsp;000&nbsp;€, dans le cadre du contrat de territoire signé avec la communauté.
  Le reliquat de 2&nbsp;500&nbsp;€ sera reporté sur l'édition suivante.</p>
  <p>Le Coup de pouce ESS peut financer&nbsp;:</p>
  <ul>
    <li>les investissements matériels (équipement, petits travaux d'aménagement)&nbsp;;</li>
    <li>les études de faisabilité et les frais de conseil&nbsp;;</li>
    <li>les dépenses de communication liées au lancement de l'activité&nbsp;;</li>
    <li>la formation des bénévoles et des salariés.</li>
  </ul>
  <p>Les dépenses de personnel permanent et l'achat de biens immobiliers ne sont pas
  éligibles.</p>
  <h2>Et après&nbsp;?</h2>
  <p>Les lauréats bénéficieront d'un suivi de douze mois assuré par la CRESS Orbelie.
  Le bilan de la troisième édition sera présenté au conseil communautaire à l'automne.
  La quatrième édition sera lancée en janvier 2026&nbsp;; le montant de son enveloppe
  sera voté avec le budget 2026.</p>
  <p>Renseignements&nbsp;: service Développement économique,
  <a href="mailto:ess@coteaux-brevanne.fr">ess@coteaux-brevanne.fr</a>.</p>
  <p class="telechargement"><a href="/medias/docs/reglement-coup-de-pouce-ess-2025.pdf" download>Télécharger le règlement du Coup de pouce ESS 2025 (PDF, 312&nbsp;Ko)</a></p>
</article>
<div class="partage" aria-label="Partager cette page">
  <span>Partager&nbsp;:</span>
  <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.coteaux-brevanne.fr%2Factualites%2Fcoup-de-pouce-ess-2025-neuf-projets-soutenus" rel="noopener">Facebook</a>
  <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.coteaux-brevanne.fr%2Factualites%2Fcoup-de-pouce-ess-2025-neuf-projets-soutenus" rel="noopener">LinkedIn</a>
  <a href="mailto:?subject=Coup%20de%20pouce%20ESS%202025">Courriel</a>
  <a href="javascript:window.print()">Imprimer</a>
</div>
</main>
<aside class="sidebar">
  <section>
    <h2>À lire aussi</h2>
    <ul>
      <li><a href="/actualites/budget-2025-les-priorites">Budget 2025&nbsp;: les priorités de la communauté</a></li>
      <li><a href="/actualites/mois-de-l-ess-retour-sur-l-edition-2024">Mois de l'ESS&nbsp;: retour sur l'édition 2024</a></li>
      <li><a href="/actualites/zone-des-trois-chenes-travaux">Zone d'activités des Trois Chênes&nbsp;: les travaux démarrent</a></li>
    </ul>
  </section>
  <section>
    <h2>Agenda</h2>
    <p><a href="/agenda/permanence-creation-entreprise">Permanence création d'entreprise à la Maison des services de Castelbrune</a></p>
  </section>
</aside>
</div>
<footer class="site-footer">
  <p>Communauté de communes des Coteaux de Brévanne — 2 place de la Halle, Castelbrune —
  accueil ouvert du lundi au vendredi.</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/accessibilite">Accessibilité&nbsp;: partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
  </ul>
  <p>© 2025 Communauté de communes des Coteaux de Brévanne</p>
</footer>
<script src="/assets/js/site.min.js?v=4.12.0" defer></script>
</body>
</html>
"""


def build_html() -> None:
    (CORPUS / HTML).write_text(HTML_TEXT, encoding="utf-8")


# ---------------------------------------------------------------------------
# Plain-text helpers
# ---------------------------------------------------------------------------


def wrap_blocks(text: str, width: int) -> str:
    """Hard-wrap paragraphs and list items; keep tables, headings and rules as they are."""
    glue = "\ue000"  # keeps numbers and their units on one line, restored to a space below
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", glue, text)
    text = re.sub(r"(?<=\d) (?=(?:€|%|h\b|heures|ans\b|mois\b|tonnes))", glue, text)
    text = re.sub(r" (?=[;:?!»])", glue, text).replace("« ", "«" + glue)
    out = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        first = lines[0]
        if first.startswith(("|", "#", "---", "    ", "  ")) or block.startswith("@@"):
            kept = block.removeprefix("@@").split("\n")
            for k in range(1, len(kept)):
                if re.fullmatch(r"-{3,}", kept[k]):  # underline as long as its title
                    kept[k] = "-" * len(kept[k - 1])
            out.append("\n".join(kept))
            continue
        items: list[str] = []
        for line in lines:
            if re.match(r"^(- |\d+\. |\* )", line) or not items:
                items.append(line)
            else:
                items[-1] += " " + line.strip()
        wrapped = []
        for item in items:
            m = re.match(r"^(- |\d+\. |\* )", item)
            indent = " " * len(m.group(1)) if m else ""
            wrapped.append(
                textwrap.fill(
                    item,
                    width=width,
                    subsequent_indent=indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        out.append("\n".join(wrapped))
    return ("\n\n".join(out) + "\n").replace(glue, " ")


# ---------------------------------------------------------------------------
# Document 4: SCIC board minutes (Markdown)
# ---------------------------------------------------------------------------

MD_FRONT = """---
title: "Compte rendu du conseil d'administration du 18 mars 2025"
publisher: "SCIC Terres de Sarne"
date: 2025-03-18
territory: "Communauté de communes des Coteaux de Brévanne (Sarnaise)"
lang: fr
---
"""

MD_BODY = """
# Conseil d'administration du 18 mars 2025

SCIC Terres de Sarne, société coopérative d'intérêt collectif par actions simplifiée à capital variable. Siège : 7 route de la Gravière, Ormeval.

Réunion tenue le mardi 18 mars 2025, de 18 h 30 à 21 h 15, dans la salle du conseil de la mairie d'Ormeval. Séance présidée par Élodie Sarrazin, présidente. Secrétaire de séance : Hugo Lemaire.

## Présents

Collège des producteurs :

- Élodie Sarrazin, présidente, GAEC des Trois Sources (Ormeval)
- Sandrine Pujol, éleveuse de volailles (Fontclaire)

Collège des salariés :

- Hugo Lemaire, préparateur de commandes
- Awa Ndiaye, chargée des relations avec les clients

Collège des bénéficiaires :

- Marc Olivieri, gestionnaire du collège public de Castelbrune

Collège des collectivités :

- Régine Tessier, adjointe au maire d'Ormeval
- Patrice Lenglet, vice-président de la Communauté de communes des Coteaux de Brévanne

Collège des soutiens :

- Bernard Chaumeil, administrateur de l'association Sarnaise Initiative

## Excusés

- Julien Maury, maraîcher à Lanvérac (collège des producteurs), pouvoir à Élodie Sarrazin
- Claire Vidalenc, directrice de l'EHPAD Les Tilleuls (collège des bénéficiaires), pouvoir à Marc Olivieri

## Absent

- Gérard Bastide (collège des producteurs)

## Invités

- Thomas Aubertin, directeur général de la SCIC, sans voix délibérative
- Lucienne Porte, expert-comptable, cabinet Comptasarne

Avec 8 administrateurs présents et 2 représentés, soit 10 sur 11, le conseil peut valablement délibérer.

## Ordre du jour

1. Approbation du compte rendu du 21 janvier 2025
2. Arrêté des comptes 2024 et proposition d'affectation du résultat
3. Sociétariat : admissions et point sur le capital
4. Projet de légumerie : plan de financement
5. Recrutement d'un ou d'une chargée de logistique
6. Questions diverses

## 1. Compte rendu du 21 janvier 2025

Le compte rendu de la séance du 21 janvier 2025 est approuvé à l'unanimité, sans modification.

## 2. Comptes 2024

Lucienne Porte présente les comptes de l'exercice 2024. Le chiffre d'affaires atteint 612 400 €, en hausse de 14 % par rapport à 2023 (537 200 €). La restauration collective représente 58 % des ventes, les commerces de proximité 27 % et les paniers livrés aux particuliers 15 %. Le résultat net est un bénéfice de 8 730 €.

Conformément aux statuts, le conseil propose d'affecter 15 % du résultat, soit 1 309,50 €, à la réserve légale et le solde, soit 7 420,50 €, aux réserves impartageables. Aucune rémunération des parts sociales ne sera proposée.

Sandrine Pujol demande si la hausse des prix d'achat aux producteurs, décidée en 2024, est soutenable. Thomas Aubertin répond que la marge brute est restée stable à 31 % grâce à la hausse des volumes.

**Décision n° 1** : le conseil arrête les comptes 2024 et soumettra la proposition d'affectation du résultat à l'assemblée générale. Adoptée à l'unanimité (10 voix).

## 3. Sociétariat

Au 28 février 2025, la SCIC compte 142 sociétaires pour un capital social de 42 850 €. La valeur nominale de la part sociale est de 50 €.

| Catégorie d'associés | Sociétaires | Capital détenu (€) | Droits de vote (%) |
|----------------------|------------:|-------------------:|-------------------:|
| Producteurs          |          21 |             10 500 |                 30 |
| Salariés             |           9 |              1 350 |                 20 |
| Bénéficiaires        |          96 |              4 800 |                 20 |
| Collectivités        |           4 |             20 000 |                 15 |
| Soutiens             |          12 |              6 200 |                 15 |
| **Total**            |     **142** |         **42 850** |            **100** |

Les quatre collectivités associées sont la commune d'Ormeval, la commune de Castelbrune, la commune de Lanvérac et la Communauté de communes des Coteaux de Brévanne. Celle-ci a confirmé la souscription de 100 parts supplémentaires, soit 5 000 €, qui sera formalisée en avril.

Le conseil examine 11 demandes d'admission : 8 bénéficiaires, 2 producteurs et 1 soutien.

**Décision n° 2** : les 11 candidatures sont agréées, ce qui portera le nombre de sociétaires à 153. Adoptée à l'unanimité (10 voix).

## 4. Projet de légumerie

Thomas Aubertin présente le projet. La légumerie permettra de laver, éplucher et découper 120 tonnes de légumes par an pour les cantines scolaires et les établissements de santé du territoire. Elle sera installée dans un bâtiment loué à la commune d'Ormeval et créera deux emplois. L'investissement s'élève à 186 000 € HT, financé comme suit :

- Coup de pouce ESS de la Communauté de communes : 10 000 €, accordé par le comité d'engagement du 13 mars 2025 ;
- Région Orbelie, dispositif « Alimentation locale » : 55 800 €, soit 30 % de l'investissement ;
- Département de la Sarnaise : 25 000 €, demande en cours d'instruction ;
- prêt bancaire sur sept ans : 70 000 € ;
- fonds propres et nouveaux apports en capital : 25 200 €.

La mise en service est prévue en janvier 2026. Régine Tessier précise que le bail du bâtiment sera soumis au conseil municipal d'Ormeval le 10 avril.

Patrice Lenglet, qui a siégé au comité d'engagement du Coup de pouce ESS, ne prend pas part au vote.

**Décision n° 3** : le conseil approuve le plan de financement et autorise le directeur général à signer le prêt. Adoptée par 9 voix pour.

## 5. Recrutement

Le conseil décide de créer un poste de chargé ou chargée de logistique en contrat à durée indéterminée, à temps plein (35 heures par semaine), pour un salaire brut annuel de 26 400 €. La personne recrutée organisera les tournées de livraison et préparera l'ouverture de la légumerie. La prise de poste est souhaitée le 2 juin 2025. Le jury de recrutement réunira Élodie Sarrazin, Thomas Aubertin et Hugo Lemaire.

**Décision n° 4** : création du poste adoptée à l'unanimité (10 voix).

## 6. Questions diverses

- L'assemblée générale ordinaire se tiendra le jeudi 15 mai 2025 à 18 h, à la salle des fêtes d'Ormeval.
- La SCIC participera au Mois de l'ESS 2025 en ouvrant une ferme partenaire au public.
- Sandrine Pujol signale une hausse de 9 % du coût des emballages compostables depuis janvier.

## Relevé des décisions

| N° | Objet | Vote |
|---:|-------|------|
| 1 | Arrêté des comptes 2024 | unanimité (10 voix) |
| 2 | Admission de 11 sociétaires | unanimité (10 voix) |
| 3 | Plan de financement de la légumerie | 9 voix pour |
| 4 | Création d'un poste de chargé ou chargée de logistique | unanimité (10 voix) |

## Prochaine réunion

Le prochain conseil d'administration aura lieu le mardi 24 juin 2025 à 18 h 30, au siège de la SCIC.

La présidente, Élodie Sarrazin — Le secrétaire de séance, Hugo Lemaire
"""


def build_md() -> None:
    (CORPUS / MD).write_text(MD_FRONT + "\n" + wrap_blocks(MD_BODY, 80), encoding="utf-8")


# ---------------------------------------------------------------------------
# Document 5: call for applications (plain text)
# ---------------------------------------------------------------------------

TXT_BODY = """
@@==========================================================================
  INCUBATEUR GERMOIR ESS
  APPEL À CANDIDATURES — PROMOTION 2026
==========================================================================

@@Porté par la CRESS Orbelie, avec le soutien de la Région Orbelie, du
Département de la Sarnaise et du fonds de dotation Sarne Avenir.
Publié le 1er septembre 2025.

@@1. PRÉSENTATION
----------------

Le Germoir ESS est l'incubateur de la Chambre régionale de l'économie sociale et solidaire (CRESS) d'Orbelie. Depuis 2019, il a accompagné 84 projets au cours de sept promotions. Il s'adresse aux personnes et aux collectifs qui veulent créer une activité économique d'utilité sociale : services de proximité, alimentation durable, réemploi, culture, mobilité, accompagnement des personnes âgées ou en situation de handicap.

La promotion 2026 accueillera 14 projets pour un programme de dix mois, du 12 janvier au 13 novembre 2026. En 2024, 75 % des projets incubés ont créé leur structure à l'issue du programme.

@@2. QUI PEUT CANDIDATER ?
-------------------------

Pour candidater, il faut :

1. porter un projet de création d'activité en phase d'émergence : la structure n'est pas encore créée ou l'a été depuis moins de 12 mois ;
2. implanter l'activité dans la région Orbelie ;
3. pouvoir consacrer au moins une journée par semaine au projet pendant toute la durée du programme ;
4. viser un modèle économique qui repose en partie sur des recettes d'activité ;
5. prévoir une gouvernance démocratique ou associant les parties prenantes.

Six des quatorze places sont réservées à des projets implantés dans le département de la Sarnaise, cofinanceur du programme.

Ne sont pas éligibles : les projets de franchise d'une enseigne nationale, les activités de promotion immobilière et les projets dont l'activité principale est la collecte de dons.

@@3. CE QUE PROPOSE LE GERMOIR
-----------------------------

1. 16 journées de formation collective réparties sur dix mois : étude de marché, modèle économique, choix du statut juridique, plan de financement, gouvernance, mesure de l'impact social ;
2. un accompagnement individuel de 35 heures par un chargé ou une chargée d'incubation ;
3. un poste de travail à La Fabrique commune, tiers-lieu situé 9 rue du Moulin-Neuf à Montrivel-sur-Sarne ;
4. l'accès à un réseau de 40 mentors bénévoles issus d'entreprises de l'ESS ;
5. une bourse d'amorçage de 3 000 € attribuée en fin de programme aux quatre projets les plus avancés.

Une participation de 250 € est demandée à chaque projet retenu. Elle est ramenée à 50 € pour les personnes inscrites comme demandeuses d'emploi ou bénéficiaires du revenu de solidarité active (RSA).

@@4. CALENDRIER
--------------

    Étape                                  Date
    -------------------------------------  --------------------------------
    Ouverture de l'appel                   lundi 1er septembre 2025
    Réunion d'information en visio         mardi 16 septembre 2025, 12 h 30
    Réunion d'information à Castelbrune    jeudi 25 septembre 2025, 18 h
    Clôture des candidatures               vendredi 17 octobre 2025, 12 h
    Entretiens de sélection                du 3 au 14 novembre 2025
    Annonce des résultats                  vendredi 28 novembre 2025
    Lancement de la promotion              lundi 12 janvier 2026

La réunion d'information de Castelbrune se tient à la Maison des services, 5 avenue de la Gare.

@@5. CRITÈRES DE SÉLECTION
-------------------------

    Critère                                               Pondération
    ----------------------------------------------------  -----------
    Utilité sociale et réponse à un besoin du territoire         30 %
    Viabilité économique du projet                               25 %
    Motivation et disponibilité de l'équipe                      20 %
    Gouvernance et coopération                                   15 %
    Prise en compte de l'environnement                           10 %

Les candidats présélectionnés sont reçus en entretien par un jury qui réunit des représentants de la CRESS Orbelie, de la Région Orbelie, du Département de la Sarnaise et du fonds Sarne Avenir, ainsi que deux anciens incubés.

@@6. COMMENT CANDIDATER ?
------------------------

Le dossier se remplit en ligne sur germoir.cress-orbelie.org. Il comprend :

1. le formulaire de candidature ;
2. le CV de chaque membre de l'équipe projet ;
3. une vidéo de présentation de 3 minutes au plus (facultative) ;
4. tout document utile : étude de marché, lettres de soutien, premiers devis.

Aucun dossier papier ni envoyé par courriel n'est accepté.

@@7. CONTACT
-----------

@@Inès Maroual, chargée d'incubation
Courriel : germoir@cress-orbelie.org
Téléphone : 05 63 27 48 19 (du lundi au jeudi, de 9 h à 17 h)
CRESS Orbelie, Maison des coopérations, 12 rue des Tisserands, Vérac
"""


def build_txt() -> None:
    (CORPUS / TXT).write_text(wrap_blocks(TXT_BODY, 75), encoding="utf-8")


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------

SRC = {"R": REPORT, "C": CPO, "H": HTML, "M": MD, "T": TXT}
KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = ("table", "para", "en", "follow", "cross")


@dataclass
class Check:
    """An absence check for an unanswerable question.

    kind "absent":   ``regex`` matches nowhere in the scope;
    kind "near":     ``regex`` matches nowhere within ``window`` characters of ``term``
                     (and ``term`` occurs at least once, so that the check means something);
    kind "together": no sentence, list item or table row of the scope matches all ``regexes``.
    A scope of None is the whole corpus, else one document letter (R, C, H, M, T).
    """

    kind: str
    regexes: tuple[str, ...]
    scope: str | None = None
    term: str = ""
    window: int = 0


def absent(regex: str, scope: str | None = None) -> Check:
    return Check("absent", (regex,), scope)


def near(term: str, regex: str, window: int = 200, scope: str | None = None) -> Check:
    return Check("near", (regex,), scope, term, window)


def together(*regexes: str, scope: str | None = None) -> Check:
    return Check("together", tuple(regexes), scope)


@dataclass
class Q:
    question: str
    facts: list[str]
    sources: str
    pages: list[int] = field(default_factory=list)
    kind: str = "figure"
    tags: str = ""
    history: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def A(question, facts, sources, pages=(), kind="figure", tags="", history=()):
    return Q(question, list(facts), sources, list(pages), kind, tags, list(history))


def U(question, checks, kind="figure", tags="", history=()):
    return Q(question, [], "", [], kind, tags, list(history), list(checks))


PHONE = r"\b0\d(?:[ .]?\d\d){4}\b"

QUESTIONS: list[Q] = [
    # --- CRESS Orbelie activity report (R) --------------------------------------------
    A("Combien d'adhérents la CRESS Orbelie comptait-elle fin 2024 ?", ["214 adhérents"], "R", [1]),
    A(
        "Et un an plus tôt ?",
        ["186"],
        "R",
        [1],
        tags="follow",
        history=["Combien d'adhérents la CRESS Orbelie comptait-elle fin 2024 ?"],
    ),
    A("Quel est le budget réalisé de la CRESS pour 2024 ?", ["1 184 k€"], "R", [1, 5]),
    A(
        "La CRESS a-t-elle fini l'exercice 2024 en excédent ou en déficit, et de combien ?",
        ["excédent de 18 k€"],
        "R",
        [1, 5],
        kind="yesno",
    ),
    A(
        "Combien de personnes travaillent pour la CRESS Orbelie ?",
        ["11 personnes", "10,2"],
        "R",
        [2],
        tags="para",
    ),
    A(
        "Combien de fois le conseil d'administration de la CRESS s'est-il réuni en 2024 ?",
        ["sept fois"],
        "R",
        [2],
    ),
    A(
        "Quelle a été l'assiduité moyenne des administrateurs aux réunions du conseil en 2024 ?",
        ["71 %"],
        "R",
        [2],
        tags="para",
    ),
    A(
        "Combien de membres compte le bureau de la CRESS, et à quel rythme se réunit-il ?",
        ["huit membres", "chaque mois"],
        "R",
        [2],
    ),
    A(
        "Combien de membres siègent au conseil d'administration de la CRESS Orbelie, et comment sont-ils répartis ?",
        ["24 membres", "cinq collèges"],
        "R",
        [1, 2],
        tags="cross",
    ),
    A(
        "Pour combien de temps les administrateurs de la CRESS sont-ils élus ?",
        ["trois ans"],
        "R",
        [2],
        kind="date",
    ),
    A("Combien d'établissements employeurs l'ESS compte-t-elle en Orbelie ?", ["9 840"], "R", [2]),
    A(
        "Quel poids l'ESS pèse-t-elle dans l'emploi privé de la région en 2023 ?",
        ["11,8 %"],
        "R",
        [2],
    ),
    A(
        "Et en 2021 ?",
        ["11,5 %"],
        "R",
        [2],
        tags="follow",
        history=["Quel poids l'ESS pèse-t-elle dans l'emploi privé de la région en 2023 ?"],
    ),
    A(
        "À combien s'élève la masse salariale brute versée par les établissements de l'ESS en Orbelie ?",
        ["2,61 milliards"],
        "R",
        [2],
    ),
    A(
        "How many employees does the social and solidarity economy have in Orbelie?",
        ["96 420"],
        "R",
        [2],
        tags="en",
    ),
    A(
        "Combien de salariés l'ESS emploie-t-elle en Haute-Vérande ?",
        ["29 560"],
        "R",
        [2],
        tags="table",
    ),
    A(
        "Quelle est la part de l'ESS dans l'emploi privé de la Sarnaise ?",
        ["13,6"],
        "R",
        [2],
        tags="table",
    ),
    A(
        "Dans quel département l'emploi de l'ESS a-t-il reculé entre 2021 et 2023, et de combien ?",
        ["Guéliance", "-0,8"],
        "R",
        [2],
        kind="other",
        tags="table",
    ),
    A(
        "Quel département a connu la plus forte progression de l'emploi dans l'ESS entre 2021 et 2023 ?",
        ["Ambrelle", "+3,4"],
        "R",
        [2],
        kind="other",
        tags="table",
    ),
    A(
        "Combien d'établissements employeurs de l'ESS sont implantés en Ambrelle ?",
        ["2 240"],
        "R",
        [2],
        tags="table",
    ),
    A(
        "Combien de salariés travaillent dans les coopératives de la région ?",
        ["12 960"],
        "R",
        [3],
        tags="table",
    ),
    A(
        "Quelle part des salariés de l'ESS régionale travaille dans une association ?",
        ["74,8"],
        "R",
        [3],
        tags="table",
    ),
    A(
        "Combien d'établissements les fondations représentent-elles dans l'ESS régionale ?",
        ["95"],
        "R",
        [3],
        tags="table",
    ),
    A(
        "How many people work for mutual societies (mutuelles) in the region?",
        ["5 720"],
        "R",
        [3],
        tags="table en",
    ),
    A(
        "Combien de salariés emploient les sociétés commerciales de l'ESS en Orbelie ?",
        ["2 370"],
        "R",
        [3],
        tags="table",
    ),
    A(
        "Quelle est la proportion de femmes parmi les salariés de l'ESS en Orbelie ?",
        ["68 %"],
        "R",
        [3],
    ),
    A(
        "Quel secteur d'activité concentre le plus d'emplois dans l'ESS régionale ?",
        ["action sociale", "41 %"],
        "R",
        [3],
        kind="other",
    ),
    A(
        "Combien de salariés de l'ESS devraient cesser leur activité pour raison d'âge d'ici 2033 ?",
        ["22 000"],
        "R",
        [3],
        tags="para",
    ),
    A("Quelle part des salariés de l'ESS a 55 ans ou plus ?", ["23 %"], "R", [3]),
    A(
        "Combien de salariés l'ESS emploie-t-elle dans les Coteaux de Brévanne ?",
        ["1 480"],
        "R",
        [3],
    ),
    A(
        "Quel poids l'ESS représente-t-elle dans l'emploi privé des Coteaux de Brévanne ?",
        ["17,2 %"],
        "R",
        [3],
    ),
    A("Combien de salariés de l'ESS le Grand Port-Ambrel compte-t-il ?", ["4 960"], "R", [3]),
    A(
        "Qu'a publié l'observatoire régional de l'ESS en 2024 ?",
        ["quatre notes de conjoncture", "panorama régional", "deux portraits territoriaux"],
        "R",
        [3],
        kind="list",
    ),
    A(
        "Combien de projets la promotion 2024 du Germoir ESS comptait-elle ?",
        ["12 projets"],
        "R",
        [1, 4],
    ),
    A(
        "Combien d'entre eux ont abouti à la création d'une structure ?",
        ["9 projets"],
        "R",
        [4],
        tags="follow",
        history=["Combien de projets la promotion 2024 du Germoir ESS comptait-elle ?"],
    ),
    A(
        "Et combien d'emplois cela a-t-il permis de créer ?",
        ["27 emplois", "dont 16"],
        "R",
        [4],
        tags="follow",
        history=[
            "Combien de projets la promotion 2024 du Germoir ESS comptait-elle ?",
            "Combien d'entre eux ont abouti à la création d'une structure ?",
        ],
    ),
    A(
        "Combien de projets de la promotion 2024 du Germoir étaient portés par des femmes ?",
        ["7 portés par des femmes"],
        "R",
        [4],
    ),
    A(
        "Combien de projets le Germoir avait-il accompagnés au terme de ses six premières promotions ?",
        ["71 projets"],
        "R",
        [4],
    ),
    A("Combien de projets compte la septième promotion du Germoir ?", ["13 projets"], "R", [4]),
    A("Combien de personnes ont participé au Mois de l'ESS 2024 ?", ["18 600"], "R", [1, 4]),
    A(
        "Et l'année précédente ?",
        ["15 200"],
        "R",
        [4],
        tags="follow",
        history=["Combien de personnes ont participé au Mois de l'ESS 2024 ?"],
    ),
    A(
        "Dans combien de communes des événements du Mois de l'ESS 2024 ont-ils eu lieu ?",
        ["96 communes"],
        "R",
        [4],
    ),
    A(
        "Quels types d'événements ont attiré le plus de monde pendant le Mois de l'ESS ?",
        ["forums de l'emploi", "visites d'entreprises"],
        "R",
        [4],
        kind="list",
        tags="para",
    ),
    A(
        "Combien de candidatures le jury des Prix de l'ESS Orbelie a-t-il examinées ?",
        ["58 candidatures"],
        "R",
        [4],
    ),
    A(
        "Combien touche le lauréat plébiscité par le public aux Prix de l'ESS ?",
        ["1 500 euros"],
        "R",
        [4],
        tags="para",
    ),
    A("Quelle est la dotation de chacun des prix du jury ?", ["3 000 euros"], "R", [4]),
    A(
        "Quelle structure a obtenu le Prix de l'utilité sociale ?",
        ["Le Panier de Vérac"],
        "R",
        [4],
        kind="other",
    ),
    A(
        "Quelle structure a reçu le coup de cœur du public ?",
        ["La Roulotte Bleue"],
        "R",
        [4],
        kind="other",
    ),
    A(
        "Which organisation won the cooperation prize?",
        ["Coopérative funéraire des Deux Rives"],
        "R",
        [4],
        kind="other",
        tags="en",
    ),
    A(
        "Quand et où les Prix de l'ESS ont-ils été remis ?",
        ["28 novembre 2024", "Port-Ambrel"],
        "R",
        [4],
        kind="date",
    ),
    A(
        "Who chaired the jury of the ESS prizes?",
        ["Claire Auzeville"],
        "R",
        [4],
        kind="people",
        tags="en",
    ),
    A(
        "Combien de structures de la Sarnaise ont été accompagnées par le DLA en 2024 ?",
        ["64 en Sarnaise"],
        "R",
        [4],
    ),
    A(
        "Combien de structures le DLA a-t-il accompagnées au total dans la région en 2024 ?",
        ["286 structures"],
        "R",
        [1, 4],
    ),
    A(
        "Combien d'heures d'insertion les marchés accompagnés par la CRESS ont-ils générées ?",
        ["148 000 heures"],
        "R",
        [5],
    ),
    A(
        "Et combien de personnes en ont bénéficié ?",
        ["412 personnes"],
        "R",
        [5],
        tags="follow",
        history=[
            "Combien d'heures d'insertion les marchés accompagnés par la CRESS ont-ils générées ?"
        ],
    ),
    A(
        "Combien de collectivités et d'établissements publics la CRESS a-t-elle aidés à intégrer des clauses sociales ?",
        ["17 collectivités"],
        "R",
        [5],
    ),
    A(
        "À combien de communes le guide de l'achat socialement responsable a-t-il été envoyé ?",
        ["1 200 communes"],
        "R",
        [5],
    ),
    A(
        "Combien de pôles territoriaux de coopération économique la CRESS anime-t-elle ?",
        ["six pôles"],
        "R",
        [5],
    ),
    A(
        "Sur quels thèmes ont porté les rencontres du réseau des PTCE en 2024 ?",
        ["alimentation durable", "réemploi", "mobilité solidaire"],
        "R",
        [5],
        kind="list",
    ),
    A("Combien de personnes ont assisté aux rencontres des PTCE ?", ["137 participants"], "R", [5]),
    A(
        "Combien de participants a réunis la formation « Mesurer son impact social » ?",
        ["63"],
        "R",
        [5],
        tags="table",
    ),
    A(
        "Quel taux de satisfaction la formation sur les marchés publics a-t-elle obtenu ?",
        ["86"],
        "R",
        [5],
        tags="table",
    ),
    A(
        "Combien de personnes ont suivi la formation sur la gouvernance coopérative et les SCIC ?",
        ["41"],
        "R",
        [5],
        tags="table",
    ),
    A(
        "Quelle formation de la CRESS a été la mieux notée par les stagiaires ?",
        ["Mesurer son impact social", "94"],
        "R",
        [5],
        kind="other",
        tags="table para",
    ),
    A("Combien de personnes la CRESS a-t-elle formées en 2024 ?", ["216"], "R", [1, 5]),
    A(
        "Combien coûte une journée de formation à la CRESS pour une structure non adhérente ?",
        ["90 euros"],
        "R",
        [5],
        tags="para",
    ),
    A(
        "Les adhérents doivent-ils payer les formations de la CRESS ?",
        ["gratuites pour les adhérents"],
        "R",
        [5],
        kind="yesno",
    ),
    A(
        "Les formations de 2024 se sont-elles toutes déroulées en présentiel ?",
        ["deux classes virtuelles"],
        "R",
        [5],
        kind="yesno",
    ),
    A(
        "Quand la stratégie régionale de l'ESS a-t-elle été adoptée ?",
        ["14 novembre 2024"],
        "R",
        [5],
        kind="date",
    ),
    A(
        "Quelle enveloppe la stratégie régionale de l'ESS prévoit-elle ?",
        ["9,5 millions d'euros", "quatre ans"],
        "R",
        [5],
    ),
    A(
        "Dans combien d'instances la CRESS a-t-elle représenté les entreprises de l'ESS en 2024 ?",
        ["23 instances"],
        "R",
        [5],
    ),
    A(
        "Combien de propositions compte le manifeste de la CRESS pour les élections municipales ?",
        ["vingt propositions"],
        "R",
        [5],
    ),
    A(
        "De quel pourcentage le budget de la CRESS a-t-il progressé entre 2023 et 2024 ?",
        ["6 %"],
        "R",
        [5],
    ),
    A(
        "À quoi le conseil d'administration propose-t-il d'affecter l'excédent 2024, et pourquoi ?",
        ["fonds associatif", "dix-huit mois"],
        "R",
        [5, 6],
        kind="other",
        tags="cross",
    ),
    A(
        "Quel montant la Région Orbelie a-t-elle apporté à la CRESS en 2024 ?",
        ["478"],
        "R",
        [6],
        tags="table",
    ),
    A(
        "What share of CRESS Orbelie's 2024 income came from the Région Orbelie?",
        ["40,4"],
        "R",
        [6],
        tags="table en",
    ),
    A(
        "Quelle part des produits 2024 de la CRESS provient du FSE+ ?",
        ["11,1"],
        "R",
        [6],
        tags="table",
    ),
    A(
        "Combien les cotisations des adhérents ont-elles rapporté à la CRESS en 2023 ?",
        ["72"],
        "R",
        [6],
        tags="table",
    ),
    A("Quelle somme l'État a-t-il versée à la CRESS en 2024 ?", ["221"], "R", [6], tags="table"),
    A(
        "Combien les prestations et formations ont-elles rapporté en 2024 ?",
        ["138"],
        "R",
        [6],
        tags="table",
    ),
    A(
        "Combien la CRESS a-t-elle dépensé en salaires et charges sociales en 2024 ?",
        ["812"],
        "R",
        [6],
        tags="table",
    ),
    A(
        "Quel est le montant des frais de déplacement de la CRESS en 2024 ?",
        ["38"],
        "R",
        [6],
        tags="table",
    ),
    A("What were CRESS Orbelie's total expenses in 2024?", ["1 166"], "R", [5, 6], tags="en"),
    A("À combien s'élèvent les fonds propres de la CRESS fin 2024 ?", ["286 k€"], "R", [6]),
    A(
        "Qui est le commissaire aux comptes de la CRESS ?",
        ["Audit Sarne & Associés"],
        "R",
        [6],
        kind="people",
    ),
    A(
        "Les comptes 2024 de la CRESS ont-ils fait l'objet de réserves ?",
        ["sans réserve"],
        "R",
        [6],
        kind="yesno",
    ),
    A(
        "Quand se tiendront les premières Assises régionales de l'ESS ?",
        ["9 et 10 octobre 2025", "Port-Ambrel"],
        "R",
        [6],
        kind="date",
    ),
    A("Combien d'adhérents la CRESS vise-t-elle pour la fin de 2025 ?", ["240"], "R", [6]),
    A(
        "Quand le baromètre régional des besoins de recrutement doit-il paraître ?",
        ["automne 2025"],
        "R",
        [1, 6],
        kind="date",
    ),
    A(
        "Qu'est-ce qu'un PTCE ?",
        ["regroupement", "stratégie commune de coopération"],
        "R",
        [6],
        kind="definition",
    ),
    A(
        "Que désigne l'agrément ESUS ?",
        ["entreprise solidaire d'utilité sociale"],
        "RC",
        [1, 6],
        kind="definition",
    ),
    A(
        "Pour combien de temps l'agrément ESUS est-il accordé ?",
        ["cinq ans"],
        "R",
        [6],
        kind="date",
    ),
    A("Qui délivre l'agrément ESUS ?", ["préfet de département"], "R", [6], kind="people"),
    A("Qu'est-ce qu'une SCIC ?", ["au moins trois catégories"], "R", [6], kind="definition"),
    A(
        "À quoi sert le dispositif local d'accompagnement ?",
        ["missions de conseil"],
        "R",
        [7],
        kind="definition",
    ),
    A(
        "Quelle est l'adresse électronique générale de la CRESS Orbelie ?",
        ["contact@cress-orbelie.org"],
        "R",
        [7],
        kind="other",
    ),
    A(
        "Quel est le numéro de téléphone du standard de la CRESS ?",
        ["05 63 27 48 00"],
        "R",
        [7],
        kind="other",
    ),
    A(
        "Où se trouve le siège de la CRESS Orbelie ?",
        ["Maison des coopérations", "Vérac"],
        "RT",
        [1, 7],
        kind="other",
    ),
    A("Qui préside la CRESS Orbelie ?", ["Gilles Marandet"], "R", [1, 2], kind="people"),
    A(
        "Quelle entreprise le président de la CRESS dirige-t-il ?",
        ["Menuiseries du Vérandon"],
        "R",
        [2],
        kind="people",
    ),
    A("Qui dirige l'équipe salariée de la CRESS ?", ["Nadia Berthomier"], "R", [2], kind="people"),
    A(
        "Depuis quand occupe-t-elle ce poste ?",
        ["mars 2022"],
        "R",
        [2],
        kind="date",
        tags="follow",
        history=["Qui dirige l'équipe salariée de la CRESS ?"],
    ),
    A("Qui est le trésorier de la CRESS Orbelie ?", ["Didier Fontbonne"], "R", [2], kind="people"),
    A(
        "Quelle fonction Amina Ghezali occupe-t-elle au bureau de la CRESS ?",
        ["secrétaire générale"],
        "R",
        [2],
        kind="people",
    ),
    A(
        "Qui a été recruté en 2024 comme chargé de mission commande publique ?",
        ["Olivier Mensah"],
        "R",
        [2],
        kind="people",
    ),
    A(
        "Qui est la première vice-présidente de la CRESS ?",
        ["Claire Auzeville"],
        "R",
        [2],
        kind="people",
    ),
    A(
        "Quelle est la part des femmes parmi les administrateurs du collège des coopératives ?",
        ["33"],
        "R",
        [2],
        tags="table",
    ),
    A(
        "Quelle est la part des femmes parmi les administrateurs issus des réseaux territoriaux ?",
        ["67"],
        "R",
        [2],
        tags="table",
    ),
    A(
        "Quelle convention la Région Orbelie a-t-elle signée avec la CRESS en 2024 ?",
        ["convention d'objectifs", "2024-2026"],
        "R",
        [1],
        kind="other",
    ),
    A(
        "Quels départements figurent parmi les partenaires de la CRESS ?",
        ["Sarnaise", "Ambrelle", "Haute-Vérande"],
        "R",
        [7],
        kind="list",
    ),
    A(
        "La SCIC Terres de Sarne est-elle passée par l'incubateur Germoir ?",
        ["promotion 2021"],
        "R",
        [4],
        kind="yesno",
    ),
    A("Combien de salariés la SCIC Terres de Sarne emploie-t-elle ?", ["9 salariés"], "R", [4]),
    A(
        "Qui finance le Germoir ESS ?",
        ["Région Orbelie", "Département de la Sarnaise", "Sarne Avenir"],
        "RT",
        [4],
        kind="list",
    ),
    A("When was the Germoir ESS incubator created?", ["2019"], "RT", [4], kind="date", tags="en"),
    A(
        "How long does the Germoir incubation programme last?",
        ["dix mois"],
        "RT",
        [4],
        kind="date",
        tags="en",
    ),
    A(
        "Quel prix La Recyclerie du Pont-Vieux a-t-elle reçu en 2024 ?",
        ["Prix de la transition écologique"],
        "RC",
        [1, 4],
        kind="other",
    ),
    # --- Convention pluriannuelle d'objectifs (C) --------------------------------------
    A(
        "Pour quelle durée la convention entre Montrivel-sur-Sarne et la Recyclerie du Pont-Vieux est-elle conclue ?",
        ["trois ans"],
        "C",
        [1],
        kind="date",
    ),
    A(
        "Jusqu'à quand court la convention avec la Recyclerie ?",
        ["31 décembre 2027"],
        "C",
        [1],
        kind="date",
    ),
    A(
        "La convention avec la Recyclerie sera-t-elle prolongée automatiquement à son échéance ?",
        ["n'est pas renouvelable par tacite reconduction"],
        "C",
        [1],
        kind="yesno",
        tags="para",
    ),
    A(
        "Quelle subvention la Ville versera-t-elle à la Recyclerie en 2026 ?",
        ["50 000 €"],
        "C",
        [2],
    ),
    A(
        "Et sur toute la durée de la convention ?",
        ["150 000 €"],
        "C",
        [2],
        tags="follow",
        history=["Quelle subvention la Ville versera-t-elle à la Recyclerie en 2026 ?"],
    ),
    A("Quel est le montant de la subvention municipale prévue pour 2025 ?", ["48 000 €"], "C", [2]),
    A(
        "Quelle est la surface de l'entrepôt mis à disposition de la Recyclerie ?",
        ["1 250 m²"],
        "C",
        [2],
    ),
    A(
        "À combien est estimée la valeur locative annuelle de cet entrepôt ?",
        ["21 600 €"],
        "C",
        [2],
    ),
    A(
        "Combien la Recyclerie paie-t-elle pour occuper l'entrepôt municipal ?",
        ["gratuitement"],
        "C",
        [2],
        kind="yesno",
        tags="para",
    ),
    A("Quelle part de la subvention annuelle est versée sous forme d'avance ?", ["60 %"], "C", [2]),
    A(
        "Avant quelle date cette avance est-elle versée ?",
        ["31 mars"],
        "C",
        [2],
        kind="date",
        tags="follow",
        history=["Quelle part de la subvention annuelle est versée sous forme d'avance ?"],
    ),
    A(
        "Quand et à quelle condition le solde de la subvention est-il versé ?",
        ["30 septembre", "compte rendu financier"],
        "C",
        [2],
        kind="date",
    ),
    A(
        "Au-delà de quel montant de subventions publiques la Recyclerie doit-elle nommer un commissaire aux comptes ?",
        ["153 000 €"],
        "C",
        [2],
    ),
    A(
        "Dans quel délai la Recyclerie doit-elle transmettre ses comptes et son rapport d'activité à la Ville ?",
        ["six mois"],
        "C",
        [2],
        kind="date",
    ),
    A(
        "À quelle fréquence le comité de suivi de la convention se réunit-il ?",
        ["deux fois par an"],
        "C",
        [2],
        kind="date",
    ),
    A(
        "Qui compose le comité de suivi de la convention ?",
        ["deux élus", "trois représentants de l'Association"],
        "C",
        [2],
        kind="list",
    ),
    A(
        "Avant quelle date l'évaluation finale de la convention doit-elle être menée ?",
        ["30 juin 2027"],
        "C",
        [2],
        kind="date",
    ),
    A(
        "Quel délai s'applique avant la résiliation de la convention en cas de manquement ?",
        ["deux mois", "lettre recommandée"],
        "C",
        [2],
        kind="date",
    ),
    A(
        "Comment modifier les conditions de la convention ?",
        ["avenant écrit"],
        "C",
        [2],
        kind="other",
    ),
    A(
        "What can the City demand if the objectives are not met without justification?",
        ["reversement"],
        "C",
        [2],
        kind="other",
        tags="en",
    ),
    A(
        "Quel tribunal est compétent en cas de litige sur la convention ?",
        ["tribunal administratif de Vérac"],
        "C",
        [3],
        kind="other",
    ),
    A(
        "Quand la convention avec la Recyclerie a-t-elle été signée ?",
        ["27 janvier 2025"],
        "C",
        [3],
        kind="date",
    ),
    A(
        "Qui signe la convention au nom de la Ville de Montrivel-sur-Sarne ?",
        ["Hélène Variot"],
        "C",
        [1, 3],
        kind="people",
    ),
    A(
        "Who is the mayor of Montrivel-sur-Sarne?",
        ["Hélène Variot"],
        "C",
        [1, 3],
        kind="people",
        tags="en",
    ),
    A(
        "Qui préside l'association La Recyclerie du Pont-Vieux ?",
        ["Mathilde Courtaud"],
        "C",
        [1, 3],
        kind="people",
    ),
    A(
        "Quelle délibération autorise la maire à signer la convention ?",
        ["2024-118", "16 décembre 2024"],
        "C",
        [1],
        kind="other",
    ),
    A(
        "Quel est le numéro SIRET de la Recyclerie du Pont-Vieux ?",
        ["812 447 093 00021"],
        "C",
        [1],
        kind="other",
    ),
    A(
        "Quand l'association La Recyclerie du Pont-Vieux a-t-elle été déclarée en préfecture ?",
        ["3 mai 2012"],
        "C",
        [1],
        kind="date",
    ),
    A(
        "Où se situe le siège de la Recyclerie du Pont-Vieux ?",
        ["4 quai des Tanneurs"],
        "C",
        [1, 2],
        kind="other",
    ),
    A(
        "Quel tonnage annuel la Recyclerie doit-elle collecter au terme de la convention ?",
        ["420 tonnes"],
        "C",
        [1],
    ),
    A("Quel taux de réemploi la Recyclerie s'engage-t-elle à atteindre ?", ["55 %"], "C", [1]),
    A(
        "Combien de postes en insertion l'association s'engage-t-elle à maintenir ?",
        ["16 postes"],
        "C",
        [1],
    ),
    A(
        "Dans combien d'écoles la Recyclerie doit-elle mener des actions de sensibilisation ?",
        ["huit écoles"],
        "C",
        [1],
    ),
    A(
        "Combien d'ateliers de réparation la Recyclerie doit-elle proposer chaque mois ?",
        ["deux ateliers"],
        "C",
        [1],
    ),
    A(
        "Que désigne le sigle CDDI dans la convention ?",
        ["contrat à durée déterminée d'insertion"],
        "C",
        [1],
        kind="definition",
    ),
    A(
        "La Recyclerie est-elle agréée ESUS ?",
        ["agréée entreprise solidaire d'utilité sociale"],
        "C",
        [1],
        kind="yesno",
    ),
    A("Depuis quand l'association gère-t-elle une ressourcerie ?", ["2012"], "C", [1], kind="date"),
    A("Quel tonnage la Recyclerie a-t-elle collecté en 2024 ?", ["352"], "C", [3], tags="table"),
    A("Quel taux de réemploi est visé pour 2026 ?", ["53"], "C", [3], tags="table"),
    A(
        "Combien de classes la Recyclerie doit-elle sensibiliser en 2025 ?",
        ["26"],
        "C",
        [3],
        tags="table",
    ),
    A(
        "Combien d'ateliers de réparation la Recyclerie a-t-elle organisés en 2024 ?",
        ["18"],
        "C",
        [3],
        tags="table",
    ),
    A(
        "What is the 2026 target for the tonnage collected by the Recyclerie?",
        ["400"],
        "C",
        [3],
        tags="table en",
    ),
    A(
        "Combien de postes en CDDI la Recyclerie comptait-elle en 2024 ?",
        ["14"],
        "C",
        [3],
        tags="table",
    ),
    A(
        "Combien la Recyclerie prévoit-elle de tirer de ses ventes en boutique en 2025 ?",
        ["286 000"],
        "C",
        [3],
        tags="table",
    ),
    A(
        "Quel montant d'aide au poste de l'État la Recyclerie prévoit-elle pour 2025 ?",
        ["214 000"],
        "C",
        [3],
        tags="table",
    ),
    A(
        "Quel est le budget prévisionnel total de la Recyclerie pour 2025 ?",
        ["624 000"],
        "C",
        [3],
        tags="table",
    ),
    A(
        "Combien le Département de la Sarnaise apporte-t-il à la Recyclerie selon son budget prévisionnel ?",
        ["35 000"],
        "C",
        [3],
        tags="table",
    ),
    A(
        "How much does the Recyclerie expect to receive from eco-organisations (éco-organismes) in 2025?",
        ["41 000"],
        "C",
        [3],
        tags="table en",
    ),
    A(
        "Quel montant de salaires et charges sociales la Recyclerie prévoit-elle pour 2025 ?",
        ["468 000"],
        "C",
        [3],
        tags="table",
    ),
    # --- Coteaux de Brévanne news page (H) ---------------------------------------------
    A(
        "Combien de structures ont été soutenues par le Coup de pouce ESS 2025 ?",
        ["neuf structures"],
        "H",
    ),
    A(
        "Quel montant total a été attribué lors de la troisième édition du Coup de pouce ESS ?",
        ["57 500 €"],
        "H",
    ),
    A(
        "Où s'est déroulée la cérémonie de remise des aides du Coup de pouce ESS ?",
        ["Halle aux grains de Castelbrune"],
        "H",
        kind="other",
    ),
    A(
        "When did the Coup de pouce ESS award ceremony take place?",
        ["3 avril"],
        "H",
        kind="date",
        tags="en",
    ),
    A("Combien de personnes ont assisté à la remise des aides ?", ["140 personnes"], "H"),
    A("Combien de dossiers ont été déposés pour le Coup de pouce ESS 2025 ?", ["23 dossiers"], "H"),
    A(
        "Et l'année précédente ?",
        ["15 en 2024"],
        "H",
        tags="follow",
        history=["Combien de dossiers ont été déposés pour le Coup de pouce ESS 2025 ?"],
    ),
    A(
        "Entre quelles dates les dossiers pouvaient-ils être déposés en 2025 ?",
        ["6 janvier", "14 février 2025"],
        "H",
        kind="date",
    ),
    A(
        "Quels sont les montants minimum et maximum de l'aide du Coup de pouce ESS ?",
        ["2 000 €", "10 000 €"],
        "H",
    ),
    A("Quelle part des dépenses éligibles l'aide peut-elle couvrir au maximum ?", ["50 %"], "H"),
    A(
        "Quand le comité d'engagement du Coup de pouce ESS s'est-il réuni ?",
        ["13 mars"],
        "HM",
        kind="date",
    ),
    A(
        "Qui siège au comité d'engagement du Coup de pouce ESS ?",
        ["quatre élus", "CRESS Orbelie", "Sarnaise Initiative"],
        "H",
        kind="list",
    ),
    A("Quelle aide le garage solidaire a-t-il obtenue ?", ["9 000 €"], "H", tags="table"),
    A(
        "Dans quelle commune se trouve le tiers-lieu La Grange ?",
        ["Fontclaire"],
        "H",
        kind="other",
        tags="table",
    ),
    A(
        "Quelle structure porte le projet de transport solidaire à la demande ?",
        ["Mobil'Coteaux"],
        "H",
        kind="other",
        tags="table",
    ),
    A(
        "Quels lauréats du Coup de pouce ESS sont installés à Castelbrune ?",
        ["Roue Libre Brévanne", "Les P'tits Coteaux", "Fil & Trame"],
        "H",
        kind="list",
        tags="table",
    ),
    A("Quel montant a reçu la conserverie coopérative d'Ormeval ?", ["4 500 €"], "H", tags="table"),
    A("How much did the café-épicerie in Lanvérac receive?", ["8 500 €"], "H", tags="table en"),
    A(
        "Quelle est la plus petite aide accordée en 2025, et à quelle structure ?",
        ["3 000 €", "Fil & Trame"],
        "H",
        tags="table",
    ),
    A("Combien l'atelier de réparation de vélos a-t-il obtenu ?", ["6 000 €"], "H", tags="table"),
    A(
        "Combien la SCIC Terres de Sarne a-t-elle obtenu au titre du Coup de pouce ESS ?",
        ["10 000 €"],
        "HM",
        tags="table",
    ),
    A("Quelle est l'enveloppe du Coup de pouce ESS pour 2025 ?", ["60 000 €"], "H"),
    A(
        "Et en 2024 ?",
        ["40 000 €"],
        "H",
        tags="follow",
        history=["Quelle est l'enveloppe du Coup de pouce ESS pour 2025 ?"],
    ),
    A("Combien la Région Orbelie met-elle dans le Coup de pouce ESS ?", ["20 000 €"], "H"),
    A(
        "Que devient l'argent de l'enveloppe 2025 qui n'a pas été distribué ?",
        ["2 500 €", "reporté"],
        "H",
        kind="other",
        tags="para",
    ),
    A(
        "Quelles dépenses le Coup de pouce ESS peut-il financer ?",
        [
            "investissements matériels",
            "études de faisabilité",
            "communication",
            "formation des bénévoles",
        ],
        "H",
        kind="list",
    ),
    A(
        "Une association peut-elle acheter un local grâce au Coup de pouce ESS ?",
        ["biens immobiliers ne sont pas éligibles"],
        "H",
        kind="yesno",
        tags="para",
    ),
    A(
        "Les salaires du personnel permanent sont-ils pris en charge par le Coup de pouce ESS ?",
        ["ne sont pas éligibles"],
        "H",
        kind="yesno",
    ),
    A(
        "Quel accompagnement les lauréats recevront-ils après la remise des aides ?",
        ["suivi de douze mois", "CRESS Orbelie"],
        "H",
        kind="other",
    ),
    A(
        "Quand la quatrième édition du Coup de pouce ESS sera-t-elle lancée ?",
        ["janvier 2026"],
        "H",
        kind="date",
    ),
    A(
        "Quel élu est chargé de l'économie de proximité et de l'ESS aux Coteaux de Brévanne ?",
        ["Patrice Lenglet"],
        "H",
        kind="people",
    ),
    A(
        "Combien de communes compte la Communauté de communes des Coteaux de Brévanne ?",
        ["23 communes"],
        "H",
    ),
    A("Depuis quelle année le Coup de pouce ESS existe-t-il ?", ["Créé en 2023"], "H", kind="date"),
    A(
        "Qu'est-ce que le Coup de pouce ESS ?",
        ["finance le démarrage ou le développement"],
        "H",
        kind="definition",
    ),
    A("Qui est l'auteur de la photo des lauréats ?", ["Lucie Fabre"], "H", kind="people"),
    A(
        "À quelle adresse électronique se renseigner sur le Coup de pouce ESS ?",
        ["ess@coteaux-brevanne.fr"],
        "H",
        kind="other",
    ),
    A("Quel est le poids du fichier du règlement du Coup de pouce ESS ?", ["312 Ko"], "H"),
    A(
        "À quelle date l'article sur les lauréats du Coup de pouce ESS a-t-il été publié ?",
        ["8 avril 2025"],
        "H",
        kind="date",
    ),
    A(
        "D'après le vice-président, quelle proportion des emplois privés des Coteaux relève de l'ESS ?",
        ["un emploi privé sur six"],
        "H",
    ),
    A(
        "Which body provides the twelve-month follow-up of the winners?",
        ["CRESS Orbelie"],
        "H",
        kind="other",
        tags="en",
    ),
    # --- SCIC Terres de Sarne board minutes (M) ----------------------------------------
    A(
        "Quand s'est tenu le conseil d'administration de la SCIC Terres de Sarne ?",
        ["18 mars 2025"],
        "M",
        kind="date",
    ),
    A(
        "Qui a présidé la séance du conseil d'administration de la SCIC ?",
        ["Élodie Sarrazin"],
        "M",
        kind="people",
    ),
    A("Qui était secrétaire de séance ?", ["Hugo Lemaire"], "M", kind="people"),
    A("Combien d'administrateurs étaient présents ou représentés ?", ["10 sur 11"], "M"),
    A(
        "Quels administrateurs de la SCIC étaient excusés ?",
        ["Julien Maury", "Claire Vidalenc"],
        "M",
        kind="list",
    ),
    A(
        "À qui le maraîcher de Lanvérac a-t-il confié son pouvoir ?",
        ["Élodie Sarrazin"],
        "M",
        kind="people",
        tags="follow",
        history=["Quels administrateurs de la SCIC étaient excusés ?"],
    ),
    A(
        "Quel chiffre d'affaires la SCIC Terres de Sarne a-t-elle réalisé en 2024 ?",
        ["612 400 €"],
        "M",
    ),
    A(
        "Quelle progression par rapport à l'année précédente ?",
        ["14 %"],
        "M",
        tags="follow",
        history=["Quel chiffre d'affaires la SCIC Terres de Sarne a-t-elle réalisé en 2024 ?"],
    ),
    A("Quel bénéfice la SCIC a-t-elle dégagé en 2024 ?", ["8 730 €"], "M"),
    A("Quelle part du résultat 2024 va à la réserve légale ?", ["15 %", "1 309,50 €"], "M"),
    A("Quel montant est affecté aux réserves impartageables ?", ["7 420,50 €"], "M"),
    A(
        "Les sociétaires toucheront-ils une rémunération de leurs parts ?",
        ["Aucune rémunération des parts sociales"],
        "M",
        kind="yesno",
    ),
    A(
        "Quelle part des ventes de la SCIC est réalisée auprès des cantines et autres restaurants collectifs ?",
        ["58 %"],
        "M",
    ),
    A("Quel est le taux de marge brute de la SCIC ?", ["31 %"], "M"),
    A(
        "Combien de sociétaires la SCIC compte-t-elle au 28 février 2025 ?",
        ["142 sociétaires"],
        "M",
    ),
    A("Quel est le montant du capital social de la SCIC Terres de Sarne ?", ["42 850 €"], "M"),
    A("Quelle est la valeur nominale d'une part sociale de la SCIC ?", ["50 €"], "M"),
    A("Combien de bénéficiaires sont sociétaires de la SCIC ?", ["96"], "M", tags="table"),
    A(
        "Quel capital les collectivités détiennent-elles dans la SCIC ?",
        ["20 000"],
        "M",
        tags="table",
    ),
    A(
        "Quel pourcentage des droits de vote revient au collège des producteurs ?",
        ["30"],
        "M",
        tags="table",
    ),
    A(
        "How much capital do the employee members of the SCIC hold?",
        ["1 350"],
        "M",
        tags="table en",
    ),
    A("Combien de sociétaires compte la catégorie des soutiens ?", ["12"], "M", tags="table"),
    A(
        "Quelles collectivités sont associées à la SCIC ?",
        ["Ormeval", "Castelbrune", "Lanvérac", "Coteaux de Brévanne"],
        "M",
        kind="list",
    ),
    A(
        "Combien de sociétaires la SCIC comptera-t-elle après les admissions votées le 18 mars ?",
        ["153"],
        "M",
    ),
    A(
        "Combien la Communauté de communes va-t-elle souscrire en parts supplémentaires ?",
        ["100 parts", "5 000 €"],
        "M",
    ),
    A("Quel est le coût d'investissement de la légumerie ?", ["186 000 €"], "M"),
    A(
        "Quelle quantité de légumes la légumerie pourra-t-elle préparer chaque année ?",
        ["120 tonnes"],
        "M",
    ),
    A(
        "À quoi servira la légumerie de la SCIC ?",
        ["laver, éplucher et découper"],
        "M",
        kind="definition",
    ),
    A("Combien la Région Orbelie apporte-t-elle au projet de légumerie ?", ["55 800 €"], "M"),
    A(
        "Quel montant la SCIC va-t-elle emprunter pour la légumerie, et sur quelle durée ?",
        ["70 000 €", "sept ans"],
        "M",
    ),
    A("Quand la légumerie doit-elle entrer en service ?", ["janvier 2026"], "M", kind="date"),
    A("Combien d'emplois la légumerie va-t-elle créer ?", ["deux emplois"], "M"),
    A(
        "Pourquoi Patrice Lenglet n'a-t-il pas voté sur le plan de financement de la légumerie ?",
        ["comité d'engagement"],
        "M",
        kind="other",
    ),
    A(
        "Avec combien de voix le plan de financement de la légumerie a-t-il été approuvé ?",
        ["9 voix pour"],
        "M",
        tags="table",
    ),
    A("Quel salaire est prévu pour le poste de chargé de logistique ?", ["26 400 €"], "M"),
    A(
        "Quel contrat et quel temps de travail sont proposés pour ce poste ?",
        ["contrat à durée indéterminée", "35 heures"],
        "M",
        kind="other",
        tags="follow",
        history=["Quel salaire est prévu pour le poste de chargé de logistique ?"],
    ),
    A(
        "Quand la personne recrutée à la logistique doit-elle prendre ses fonctions ?",
        ["2 juin 2025"],
        "M",
        kind="date",
    ),
    A(
        "Qui fera partie du jury de recrutement du chargé de logistique ?",
        ["Élodie Sarrazin", "Thomas Aubertin", "Hugo Lemaire"],
        "M",
        kind="list",
    ),
    A(
        "Quand se tiendra l'assemblée générale de la SCIC Terres de Sarne ?",
        ["15 mai 2025"],
        "M",
        kind="date",
    ),
    A(
        "Quand aura lieu le prochain conseil d'administration de la SCIC ?",
        ["24 juin 2025"],
        "M",
        kind="date",
    ),
    A(
        "Qui est le directeur général de la SCIC Terres de Sarne ?",
        ["Thomas Aubertin"],
        "M",
        kind="people",
    ),
    A(
        "De combien le coût des emballages compostables a-t-il augmenté depuis janvier ?",
        ["9 %"],
        "M",
    ),
    A("Quel cabinet d'expertise comptable suit la SCIC ?", ["Comptasarne"], "M", kind="people"),
    A(
        "Where is the SCIC Terres de Sarne headquartered?",
        ["7 route de la Gravière"],
        "M",
        kind="other",
        tags="en",
    ),
    A(
        "What is the legal form of Terres de Sarne?",
        ["société coopérative d'intérêt collectif"],
        "M",
        kind="definition",
        tags="en",
    ),
    A(
        "Quand le bail du bâtiment de la légumerie passera-t-il en conseil municipal d'Ormeval ?",
        ["10 avril"],
        "M",
        kind="date",
    ),
    A(
        "Quelle décision du conseil a été prise sans l'unanimité ?",
        ["plan de financement", "9 voix pour"],
        "M",
        kind="other",
        tags="table",
    ),
    # --- Germoir ESS call for applications (T) -----------------------------------------
    A("Combien de projets la promotion 2026 du Germoir accueillera-t-elle ?", ["14 projets"], "T"),
    A(
        "Quelles sont les dates de début et de fin du programme 2026 du Germoir ?",
        ["12 janvier", "13 novembre 2026"],
        "T",
        kind="date",
    ),
    A(
        "Jusqu'à quand peut-on déposer sa candidature au Germoir ?",
        ["17 octobre 2025", "12 h"],
        "T",
        kind="date",
        tags="table",
    ),
    A(
        "Quand les résultats de la sélection du Germoir seront-ils annoncés ?",
        ["28 novembre 2025"],
        "T",
        kind="date",
        tags="table",
    ),
    A(
        "À quelles dates se dérouleront les entretiens de sélection ?",
        ["du 3 au 14 novembre 2025"],
        "T",
        kind="date",
        tags="table",
    ),
    A(
        "À quelle heure commence la réunion d'information en visio ?",
        ["12 h 30"],
        "T",
        kind="date",
        tags="table",
    ),
    A(
        "When does the call for applications open?",
        ["1er septembre 2025"],
        "T",
        kind="date",
        tags="table en",
    ),
    A(
        "Où a lieu la réunion d'information de Castelbrune ?",
        ["Maison des services", "5 avenue de la Gare"],
        "T",
        kind="other",
    ),
    A(
        "Quel poids la viabilité économique a-t-elle dans la sélection ?",
        ["25 %"],
        "T",
        tags="table",
    ),
    A(
        "Quel critère pèse le plus lourd dans la sélection des projets ?",
        ["Utilité sociale", "30 %"],
        "T",
        kind="other",
        tags="table",
    ),
    A(
        "How much weight does the environmental criterion carry in the selection?",
        ["10 %"],
        "T",
        tags="table en",
    ),
    A(
        "Combien de places sont réservées à des projets de la Sarnaise ?",
        ["Six des quatorze places"],
        "T",
    ),
    A(
        "Combien de journées de formation collective le programme comprend-il ?",
        ["16 journées"],
        "T",
    ),
    A(
        "De combien d'heures d'accompagnement individuel chaque projet bénéficie-t-il ?",
        ["35 heures"],
        "T",
    ),
    A(
        "Combien de professionnels de l'ESS peuvent conseiller bénévolement les incubés ?",
        ["40 mentors"],
        "T",
        tags="para",
    ),
    A(
        "Le Germoir apporte-t-il une aide en argent aux projets ?",
        ["bourse d'amorçage", "3 000 €"],
        "T",
        kind="yesno",
        tags="para",
    ),
    A("Combien coûte la participation au Germoir pour un projet retenu ?", ["250 €"], "T"),
    A(
        "Existe-t-il un tarif réduit ?",
        ["50 €", "demandeuses d'emploi"],
        "T",
        kind="yesno",
        tags="follow",
        history=["Combien coûte la participation au Germoir pour un projet retenu ?"],
    ),
    A(
        "Où se trouve le poste de travail proposé aux incubés ?",
        ["La Fabrique commune", "9 rue du Moulin-Neuf"],
        "T",
        kind="other",
    ),
    A("Qu'est-ce que La Fabrique commune ?", ["tiers-lieu"], "T", kind="definition"),
    A(
        "Qui contacter pour une question sur l'appel à candidatures du Germoir ?",
        ["Inès Maroual"],
        "T",
        kind="people",
    ),
    A("Quel est le numéro de téléphone du Germoir ?", ["05 63 27 48 19"], "T", kind="other"),
    A(
        "Quels jours peut-on appeler ce numéro ?",
        ["du lundi au jeudi"],
        "T",
        kind="date",
        tags="follow",
        history=["Quel est le numéro de téléphone du Germoir ?"],
    ),
    A(
        "What is the Germoir's e-mail address?",
        ["germoir@cress-orbelie.org"],
        "T",
        kind="other",
        tags="en",
    ),
    A(
        "Peut-on envoyer son dossier de candidature par courriel ?",
        ["Aucun dossier papier ni envoyé par courriel"],
        "T",
        kind="yesno",
    ),
    A(
        "Sur quel site remplit-on le dossier de candidature ?",
        ["germoir.cress-orbelie.org"],
        "T",
        kind="other",
    ),
    A(
        "Quelles pièces composent le dossier de candidature au Germoir ?",
        ["formulaire de candidature", "CV", "vidéo de présentation"],
        "T",
        kind="list",
    ),
    A("La vidéo de présentation est-elle obligatoire ?", ["facultative"], "T", kind="yesno"),
    A(
        "Quelle est la durée maximale de la vidéo de présentation ?",
        ["3 minutes"],
        "T",
        kind="date",
    ),
    A(
        "Quels projets sont exclus de l'appel à candidatures du Germoir ?",
        ["franchise", "promotion immobilière", "collecte de dons"],
        "T",
        kind="list",
    ),
    A(
        "Une association créée il y a huit mois peut-elle encore postuler au Germoir ?",
        ["moins de 12 mois"],
        "T",
        kind="yesno",
        tags="para",
    ),
    A(
        "Quel temps faut-il pouvoir consacrer au projet pendant le programme ?",
        ["une journée par semaine"],
        "T",
        kind="date",
    ),
    A(
        "Qui siège au jury de sélection du Germoir, en plus des financeurs ?",
        ["deux anciens incubés"],
        "T",
        kind="people",
    ),
    A("Quelle part des projets incubés en 2024 a créé sa structure ?", ["75 %"], "T"),
    A(
        "Combien de projets le Germoir ESS a-t-il accompagnés depuis 2019, d'après l'appel 2026 ?",
        ["84 projets"],
        "T",
    ),
    A(
        "Qu'est-ce que le Germoir ESS ?",
        ["l'incubateur de la Chambre régionale de l'économie sociale et solidaire"],
        "T",
        kind="definition",
    ),
    A(
        "Which fields of activity does the Germoir welcome?",
        ["services de proximité", "alimentation durable", "réemploi"],
        "T",
        kind="list",
        tags="en",
    ),
    # --- Unanswerable near misses ----------------------------------------------------------
    U(
        "Combien d'adhérents la CRESS Orbelie comptait-elle fin 2022 ?",
        [near("adhérent", r"2022", 250), together(r"adhérent", r"2022")],
    ),
    U(
        "Combien de salariés l'ESS employait-elle en Orbelie en 2019 ?",
        [together(r"salarié", r"2019"), together(r"emploi", r"2019")],
    ),
    U("Combien d'établissements de l'ESS compte la Basse-Vérande ?", [absent(r"Basse-Vérande")]),
    U(
        "Quelle est la part de l'ESS dans l'emploi privé du Grand Port-Ambrel ?",
        [together(r"Grand Port-Ambrel", r"%")],
    ),
    U(
        "Combien d'établissements de l'ESS compte le Grand Port-Ambrel ?",
        [together(r"Grand Port-Ambrel", r"établissement")],
    ),
    U(
        "Combien de participants le Mois de l'ESS 2024 a-t-il réunis en Guéliance ?",
        [together(r"Guéliance", r"participant"), together(r"Guéliance", r"Mois de l'ESS")],
    ),
    U(
        "Combien de structures ont été accompagnées par le DLA en Ambrelle ?",
        [together(r"Ambrelle", r"accompagn")],
    ),
    U(
        "Quel est le salaire de la directrice de la CRESS Orbelie ?",
        [
            near("Berthomier", r"€|euros|salaire|rémunér", 300),
            together(r"directrice", r"salaire|rémunér|€"),
        ],
    ),
    U(
        "Quel est le numéro de téléphone de la Communauté de communes des Coteaux de Brévanne ?",
        [absent(PHONE, "H"), absent(r"téléphone|tél\.", "H")],
        kind="other",
    ),
    U(
        "Quelle est l'adresse e-mail de la Recyclerie du Pont-Vieux ?",
        [absent(r"@", "C"), near("Recyclerie", r"@", 300)],
        kind="other",
    ),
    U(
        "What is the phone number of La Recyclerie du Pont-Vieux?",
        [absent(PHONE, "C"), near("Recyclerie", PHONE, 300)],
        kind="other",
        tags="en",
    ),
    U(
        "Quel montant la Ville de Montrivel-sur-Sarne versera-t-elle à la Recyclerie en 2028 ?",
        [absent(r"2028")],
    ),
    U(
        "Et en 2028 ?",
        [absent(r"2028")],
        tags="follow",
        history=["Quel montant la Ville versera-t-elle à la Recyclerie en 2027 ?"],
    ),
    U("Quel tonnage la Recyclerie a-t-elle collecté en 2023 ?", [absent(r"2023", "C")]),
    U(
        "Combien de salariés en insertion de la Recyclerie ont trouvé un emploi durable à leur sortie ?",
        [absent(r"sortie|emploi durable|retour à l'emploi", "C")],
    ),
    U(
        "Qui est le trésorier de la Recyclerie du Pont-Vieux ?",
        [absent(r"trésori", "C"), near("Recyclerie", r"trésori", 300)],
        kind="people",
    ),
    U(
        "Combien de salariés compte au total la Recyclerie du Pont-Vieux ?",
        [absent(r"\d+\s+salariés", "C"), near("Recyclerie", r"\d+\s+salariés", 250)],
    ),
    U(
        "Quel chiffre d'affaires la Recyclerie a-t-elle réalisé en 2024 ?",
        [
            absent(r"chiffre d'affaires", "C"),
            absent(r"ventes[^.]{0,40}2024|2024[^.]{0,40}ventes", "C"),
        ],
    ),
    U(
        "Combien de bénévoles s'investissent à la Recyclerie du Pont-Vieux ?",
        [absent(r"bénévole", "C"), near("Recyclerie", r"bénévole", 300)],
    ),
    U("Combien d'élèves la Recyclerie a-t-elle sensibilisés en 2024 ?", [absent(r"élèves", "C")]),
    U(
        "Combien de lauréats le Coup de pouce ESS a-t-il soutenus en 2024 ?",
        [
            together(r"lauréat|soutenu|structures", r"2024", scope="H"),
            together(r"Coup de pouce", r"2024"),
        ],
    ),
    U(
        "Quelle sera l'enveloppe du Coup de pouce ESS en 2026 ?",
        [together(r"2026", r"\d\s?€", scope="H"), together(r"2026", r"enveloppe", r"\d\s?€|euros")],
    ),
    U(
        "Combien de dossiers avaient été déposés pour la première édition du Coup de pouce ESS, en 2023 ?",
        [together(r"2023", r"dossier")],
    ),
    U(
        "When will the winners of the 2026 Coup de pouce ESS be announced?",
        [together(r"2026", r"lauréat|résultat|annonc", scope="H")],
        kind="date",
        tags="en",
    ),
    U(
        "Quelle aide le Coup de pouce ESS a-t-il accordée à la ressourcerie de Sainte-Ysoline ?",
        [together(r"Sainte-Ysoline", r"ressourcerie|recyclerie")],
    ),
    U(
        "Quel montant le Coup de pouce ESS a-t-il accordé à La Recyclerie du Pont-Vieux ?",
        [absent(r"Recyclerie", "H"), together(r"Recyclerie", r"Coup de pouce")],
    ),
    U(
        "Combien d'habitants compte la Communauté de communes des Coteaux de Brévanne ?",
        [absent(r"\d[\d  ]*\s?habitants")],
    ),
    U(
        "Quel est le budget total de la Communauté de communes des Coteaux de Brévanne pour 2025 ?",
        [together(r"budget", r"2025", r"€|euros", scope="H")],
    ),
    U(
        "Qui préside la Communauté de communes des Coteaux de Brévanne ?",
        [
            absent(r"(?<!vice-)présidente? de la Communauté"),
            together(r"(?<!vice-)président(?!\w*\s+chargé)", r"Coteaux de Brévanne"),
        ],
        kind="people",
    ),
    U(
        "Quelle est la fonction de Nathalie Ferrand ?",
        [
            near(
                "Nathalie Ferrand",
                r"\b(maire|présidente|directrice|vice-présidente|adjointe|conseillère|déléguée|chargée|secrétaire|députée|sénatrice|préfète|sous-préfète|élue)\b",
                120,
            )
        ],
        kind="people",
    ),
    U(
        "Quelle est l'activité professionnelle de Gérard Bastide ?",
        [
            near(
                "Gérard Bastide",
                r"maraîch|éleveu|viticult|agricult|arboricult|producteur de|productrice",
                80,
            )
        ],
        kind="people",
    ),
    U(
        "Combien de salariés compte la SCOP Bocaux & Cie ?",
        [near("Bocaux", r"salarié|emploi|ETP", 250)],
    ),
    U(
        "Combien de projets la promotion 2023 du Germoir comptait-elle ?",
        [together(r"2023", r"promotion|Germoir")],
    ),
    U(
        "Combien de projets de la promotion 2025 du Germoir ont créé leur structure ?",
        [together(r"2025", r"créé|création")],
    ),
    U(
        "Quels projets ont été sélectionnés pour la promotion 2026 du Germoir ?",
        [together(r"promotion 2026", r"retenu|sélectionn|lauréat")],
        kind="list",
    ),
    U(
        "Combien de candidatures le Germoir a-t-il reçues pour la promotion 2026 ?",
        [together(r"promotion 2026|Germoir", r"\d+\s+(candidatures|dossiers)")],
    ),
    U(
        "Quel est le numéro de téléphone de la SCIC Terres de Sarne ?",
        [absent(PHONE, "M"), near("Terres de Sarne", PHONE, 300)],
        kind="other",
    ),
    U(
        "Quel chiffre d'affaires la SCIC Terres de Sarne avait-elle réalisé en 2022 ?",
        [absent(r"2022", "M")],
    ),
    U(
        "Combien de sociétaires la SCIC comptait-elle en 2023 ?",
        [together(r"2023", r"sociétaire", scope="M")],
    ),
    U(
        "Quel est le salaire du directeur général de la SCIC ?",
        [together(r"Aubertin|directeur général", r"salaire|rémunér|€")],
    ),
    U(
        "Combien coûtera chaque année le fonctionnement de la légumerie ?",
        [together(r"légumerie", r"fonctionnement|exploitation|coût annuel", scope="M")],
    ),
    U(
        "Quelle subvention le Département de la Sarnaise a-t-il finalement accordée pour la légumerie ?",
        [together(r"Département de la Sarnaise", r"accord|attribu|obtenu|notifi|vot", scope="M")],
    ),
    U(
        "Combien d'heures d'insertion ont été réalisées en Sarnaise ?",
        [together(r"heures d'insertion", r"Sarnaise")],
    ),
    U(
        "Quel taux de satisfaction les participants au Mois de l'ESS ont-ils exprimé ?",
        [together(r"Mois de l'ESS", r"satisfaction")],
    ),
    U(
        "Quel est le montant de la cotisation annuelle d'adhésion à la CRESS ?",
        [absent(r"cotisation annuelle|adhésion"), together(r"adhérent", r"\d\s?(€|euros)")],
    ),
    U(
        "What budget does the Département de la Guéliance devote to the social economy?",
        [together(r"Guéliance", r"budget|€|euros|k€")],
        tags="en",
    ),
    U(
        "How many people attended the first regional ESS Assises?",
        [together(r"Assises", r"participant|personnes|public")],
        tags="en",
    ),
    U(
        "How much did the Département de la Sarnaise give to the CRESS in 2024?",
        [together(r"Sarnaise", r"k€", scope="R")],
        tags="en",
    ),
    U(
        "Et combien d'entre eux venaient de la Guéliance ?",
        [together(r"Guéliance", r"projet")],
        tags="follow",
        history=["Combien de projets la promotion 2024 du Germoir ESS comptait-elle ?"],
    ),
    U(
        "Depuis quand est-il président ?",
        [near("Marandet", r"depuis|élu\b|réélu|mandat", 200)],
        kind="date",
        tags="follow",
        history=["Qui préside la CRESS Orbelie ?"],
    ),
    U(
        "And how many volunteers?",
        [absent(r"\d+\s+bénévoles", "R")],
        tags="follow en",
        history=["How many salaried staff does CRESS Orbelie have?"],
    ),
    U(
        "Quand se tiendra l'assemblée générale 2026 de la CRESS Orbelie ?",
        [together(r"assemblée générale", r"2026")],
        kind="date",
    ),
    U(
        "Combien de postes en CDDI la Recyclerie vise-t-elle pour 2028 ?",
        [absent(r"2028")],
        tags="table",
    ),
]

# Sentences that run across a PDF page break: (file, page, end of the first half, start of the second half).
CROSS_PAGE = [
    (
        REPORT,
        1,
        "Son conseil d'administration compte 24 membres élus pour",
        "trois ans et répartis en cinq collèges",
    ),
    (
        REPORT,
        5,
        "des délais de paiement des financeurs publics, dont certains",
        "versent le solde de leurs subventions plus de dix-huit mois",
    ),
]

MIN_COUNTS = {
    "total": 200,
    "unanswerable": 40,
    "table": 25,
    "para": 10,
    "en": 15,
    "follow": 12,
    "cross": 2,
}


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str) -> str:
    """Matching form: soft hyphens dropped, apostrophes unified, whitespace (NBSP too)
    collapsed, no space before %, case folded."""
    text = text.replace(SHY, "").replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


def pdf_page_texts(name: str) -> list[str]:
    """pypdf text of each page, hyphenated line breaks joined, whitespace collapsed."""
    out = []
    for page in PdfReader(CORPUS / name).pages:
        raw = page.extract_text() or ""
        raw = re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "", raw)
        out.append(raw)
    return out


BLOCK_END = re.compile(r"</(p|li|tr|h1|h2|h3|figcaption|caption|thead|dt|dd|title)>", re.I)


def html_texts() -> tuple[str, str]:
    """(text inside <article>, whole visible text) of the HTML page; block ends become ¶."""
    raw = (CORPUS / HTML).read_text(encoding="utf-8")
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    article = soup.find("article")
    return article.get_text(" "), soup.get_text(" ")


def units(text: str, kind: str) -> list[str]:
    """Sentences, list items and table rows: the units of a "together" check."""
    if kind in ("md", "txt"):
        text = re.sub(r"\n(?=\s*(?:[-*|]|\d+\.\s|\s{4}))", "\n¶ ", text)
        text = re.sub(r"\n\s*\n", " ¶ ", text)
    if kind == "pdf":
        text = re.sub(r"\n(?=[•–])", " ¶ ", text)
    parts = re.split(r"¶|(?<=[.;!?])\s+|(?<=[.;!?])$", text)
    return [norm(p) for p in parts if p and p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {name: pdf_page_texts(name) for name in PDFS}
        self.article, html_all = html_texts()
        self.full = {name: "\n".join(self.pages[name]) for name in PDFS}
        self.full[HTML] = html_all
        self.full[MD] = (CORPUS / MD).read_text(encoding="utf-8")
        self.full[TXT] = (CORPUS / TXT).read_text(encoding="utf-8")
        self.kind = {REPORT: "pdf", CPO: "pdf", HTML: "html", MD: "md", TXT: "txt"}
        self.norm_full = {k: norm(v) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.units = {k: units(v, self.kind[k]) for k, v in self.full.items()}

    def answer_text(self, name: str, pages: list[int]) -> str:
        if name in PDFS:
            return " ".join(
                self.norm_pages[name][p - 1] for p in pages if p <= len(self.pages[name])
            )
        if name == HTML:
            return norm(self.article)
        return self.norm_full[name]


def run_check(c: Check, corpus: Corpus) -> str | None:
    names = [SRC[c.scope]] if c.scope else list(DOCS)
    for name in names:
        text = corpus.norm_full[name]
        if c.kind == "absent":
            m = re.search(c.regexes[0], text, re.I)
            if m:
                return f"{name}: /{c.regexes[0]}/ matches {text[max(0, m.start() - 60) : m.end() + 60]!r}"
        elif c.kind == "near":
            for t in re.finditer(re.escape(norm(c.term)), text, re.I):
                zone = text[max(0, t.start() - c.window) : t.end() + c.window]
                m = re.search(c.regexes[0], zone, re.I)
                if m:
                    return f"{name}: /{c.regexes[0]}/ near {c.term!r}: {zone[max(0, m.start() - 60) : m.end() + 60]!r}"
        elif c.kind == "together":
            for u in corpus.units[name]:
                if all(re.search(r, u, re.I) for r in c.regexes):
                    return f"{name}: {c.regexes} together in {u[:220]!r}"
    if c.kind == "near" and not any(norm(c.term) in corpus.norm_full[n] for n in names):
        return f"near-term {c.term!r} occurs nowhere, the check is empty"
    if c.kind == "together":
        for r in c.regexes:
            if not any(re.search(r, corpus.norm_full[n], re.I) for n in DOCS):
                return f"together: /{r}/ occurs nowhere in the corpus, the check is empty"
    return None


def check_structure(corpus: Corpus, problems: list[str]) -> None:
    files = sorted(p.name for p in CORPUS.iterdir())
    if files != sorted(DOCS):
        problems.append(f"corpus holds {files}, expected the five documents")
    n_report, n_cpo = len(corpus.pages[REPORT]), len(corpus.pages[CPO])
    if not 6 <= n_report <= 8:
        problems.append(f"{REPORT}: {n_report} pages, expected 6-8")
    if not 2 <= n_cpo <= 4:
        problems.append(f"{CPO}: {n_cpo} pages, expected 2-4")
    for name in PDFS:
        reader = PdfReader(CORPUS / name)
        meta = reader.metadata
        if not meta or not meta.title or "/ModDate" not in meta or "/CreationDate" not in meta:
            problems.append(f"{name}: title or dates missing from the metadata")
        if not reader.outline:
            problems.append(f"{name}: no outline")
        total = len(reader.pages)
        for i, page in enumerate(corpus.pages[name], 1):
            if f"p. {i}/{total}" not in page:
                problems.append(f"{name}: page {i} has no « p. {i}/{total} » footer")
    hyphen_breaks = sum(
        len(re.findall(r"\w-\n\w", p.extract_text())) for p in PdfReader(CORPUS / REPORT).pages
    )
    if hyphen_breaks < 10:
        problems.append(f"{REPORT}: only {hyphen_breaks} hyphenated line ends")
    table_pages = [i for i, t in enumerate(corpus.pages[REPORT], 1) if re.search(r"Tableau \d", t)]
    if len(re.findall(r"Tableau \d —", corpus.full[REPORT])) < 4:
        problems.append(f"{REPORT}: fewer than 4 tables")
    if not table_pages:
        problems.append(f"{REPORT}: no table found")
    for name, page, first, second in CROSS_PAGE:
        pages = corpus.norm_pages[name]
        a, b = norm(first), norm(second)
        if (
            a not in pages[page - 1]
            or b not in pages[page]
            or b in pages[page - 1]
            or a in pages[page]
        ):
            problems.append(
                f"{name}: sentence {first!r}…{second!r} does not run from p. {page} to p. {page + 1}"
            )
    raw_html = (CORPUS / HTML).read_text(encoding="utf-8")
    for needle in (
        'property="og:title"',
        'property="og:site_name"',
        'property="article:published_time"',
        "<nav",
        'class="breadcrumb"',
        'id="cookie-banner"',
        "<aside",
        "<footer",
        "<script",
        "<thead>",
        "<ul>",
        "&nbsp;€",
        "&nbsp;%",
        "©",
        " download>",
        "<article",
    ):
        if needle not in raw_html:
            problems.append(f"{HTML}: {needle!r} missing")
    if not re.search(r"<p>[^<]*\n[^<]*</p>", raw_html):
        problems.append(f"{HTML}: no hard newline inside a <p>")
    md = corpus.full[MD]
    front = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not front or not all(
        re.search(rf"^{k}:", front.group(1), re.M)
        for k in ("title", "publisher", "date", "territory")
    ):
        problems.append(f"{MD}: YAML front matter incomplete")
    for name, width in ((MD, 80), (TXT, 75)):
        for line in corpus.full[name].splitlines():
            if len(line) > width and not line.startswith(("|", "title:", "territory:")):
                problems.append(f"{name}: line longer than {width}: {line!r}")


def check_questions(questions: list[Q], corpus: Corpus, problems: list[str]) -> None:
    seen = set()
    for q in questions:
        key = (q.question, tuple(q.history))
        if key in seen:
            problems.append(f"duplicate question {q.question!r}")
        seen.add(key)
        if q.kind not in KINDS:
            problems.append(f"{q.question!r}: unknown kind {q.kind}")
        if any(t not in TAGS for t in q.tags.split()):
            problems.append(f"{q.question!r}: unknown tag in {q.tags!r}")
        if ("follow" in q.tags.split()) != bool(q.history):
            problems.append(f"{q.question!r}: follow tag and history disagree")
        if not q.answerable:
            if not q.checks:
                problems.append(f"{q.question!r}: unanswerable without absence checks")
            for c in q.checks:
                err = run_check(c, corpus)
                if err:
                    problems.append(f"unanswerable {q.question!r}: {err}")
            continue
        names = [SRC[s] for s in q.sources]
        pdf_sources = [n for n in names if n in PDFS]
        if pdf_sources and not q.pages:
            problems.append(f"{q.question!r}: PDF source without pages")
        if not pdf_sources and q.pages:
            problems.append(f"{q.question!r}: pages given without a PDF source")
        for fact in q.facts:
            for name in names:
                if norm(fact) not in corpus.answer_text(name, q.pages):
                    where = (
                        f"pages {q.pages}"
                        if name in PDFS
                        else ("<article>" if name == HTML else "text")
                    )
                    problems.append(f"{q.question!r}: fact {fact!r} not in {name} ({where})")
        for page in q.pages:
            if not any(
                page <= len(corpus.pages[n]) and norm(f) in corpus.norm_pages[n][page - 1]
                for n in pdf_sources
                for f in q.facts
            ):
                problems.append(f"{q.question!r}: no fact on listed page {page}")
        if "cross" in q.tags.split() and len(q.pages) != 2:
            problems.append(f"{q.question!r}: cross-page question needs two pages")


def counts(questions: list[Q]) -> dict[str, int]:
    c: dict[str, int] = {"total": len(questions)}
    c["answerable"] = sum(q.answerable for q in questions)
    c["unanswerable"] = c["total"] - c["answerable"]
    for k in KINDS:
        c[f"{k}/answerable"] = sum(q.kind == k and q.answerable for q in questions)
        c[f"{k}/unanswerable"] = sum(q.kind == k and not q.answerable for q in questions)
    for t in TAGS:
        c[t] = sum(t in q.tags.split() for q in questions)
        c[f"{t}/unanswerable"] = sum(t in q.tags.split() and not q.answerable for q in questions)
    c["multi"] = sum(len(q.sources) > 1 for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(15).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"fresh15-eval-{i:03d}",
                "question": q.question,
                "facts": q.facts,
                "sources": [SRC[s] for s in q.sources],
                "answerable": q.answerable,
                "history": q.history,
                "pages": sorted(q.pages),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_report()
    build_cpo()
    build_html()
    build_md()
    build_txt()
    write_questions(QUESTIONS)

    corpus = Corpus()
    problems: list[str] = []
    check_structure(corpus, problems)
    check_questions(QUESTIONS, corpus, problems)
    c = counts(QUESTIONS)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum} needed")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
