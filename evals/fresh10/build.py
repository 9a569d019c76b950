"""Build the fresh10 held-out evaluation set for esschat.

Run from the repository root:

    .venv/bin/python evals/fresh10/build.py

Writes five fictional French documents into evals/fresh10/corpus/ and the questions into
evals/fresh10/questions.jsonl, then checks every question: each fact of an answerable question
must occur in its source text (for PDFs on one of the declared pages, after pypdf extraction,
joining of line-end hyphens and collapsing of whitespace; for HTML after stripping tags,
scripts and styles and unescaping entities; for Markdown and text files in the raw text with
whitespace collapsed). Each unanswerable question carries probes, strings that must NOT occur
(case-insensitive) in the document it nearly matches. Exits 1 when a check fails.
Deterministic: no randomness, fixed dates.

Everything is invented: the région Marches d'Ysperre and its CRESS, the Département de la
Sornelle (chef-lieu Brévançon), the Communauté de communes du Pays d'Aubrelle and its communes
(Montcrevet, Sérignol, Querlanges, Ormessac, Pradelin, Bellefoix, Fontclare-sur-Aubrelle),
Tilleray and Ivrac-sur-Ivière, the organisations, the people and the figures.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
from collections import Counter
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

PANO = "cress-marches-ysperre_panorama-ess-pays-aubrelle_2025.pdf"
DELIB = "cc-pays-aubrelle_deliberation-2025-112_fonds-initiatives-solidaires.pdf"
WEB = "sornelle-fr_actualites_aap-lieux-communs-2025-laureats.html"
COTECH = "cr_cotech_ptce-boucle-textile-sornellaise_2025-11-18.md"
NOTE = "ville-brevancon_note-bilan-clauses-sociales-2024.txt"

SHY = "\u00ad"
HYPH = pyphen.Pyphen(lang="fr_FR", left=3, right=3)
LONG_WORD = re.compile(r"(?<![\w-])[a-zàâäçéèêëîïôöùûüÿœæ]{9,}(?![\w-])")
TEAL = (18, 92, 96)
OCHRE = (176, 112, 28)
GREY = (95, 95, 95)


# ------------------------------------------------------------------------------------ typography


def squash(text: str) -> str:
    """Collapse the source-code line breaks of a prose literal."""
    return re.sub(r"\s+", " ", text).strip()


def hy(text: str) -> str:
    """Squash a prose literal and insert soft hyphens in its long lowercase words."""
    return LONG_WORD.sub(lambda m: HYPH.inserted(m.group(0), hyphen=SHY), squash(text))


# ------------------------------------------------------------------ document 1: panorama (PDF)


class Panorama(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.add_font("Sans", "", str(FONT_DIR / "LiberationSans-Regular.ttf"))
        self.add_font("Sans", "B", str(FONT_DIR / "LiberationSans-Bold.ttf"))
        self.add_font("Sans", "I", str(FONT_DIR / "LiberationSans-Italic.ttf"))
        self.add_font("Sans", "BI", str(FONT_DIR / "LiberationSans-BoldItalic.ttf"))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(20, 10)
        self.cell(85, 4, "CRESS Marches d'Ysperre - Observatoire régional de l'ESS")
        self.cell(85, 4, "Panorama de l'ESS - Pays d'Aubrelle - Édition 2025", align="R")
        self.set_draw_color(*TEAL)
        self.set_line_width(0.4)
        self.line(20, 15.5, 190, 15.5)
        self.set_text_color(0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(120, 4, "Données au 31 décembre 2023 - Observatoire régional de l'ESS")
        self.cell(50, 4, f"Page {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0)

    # -- blocks
    def h1(self, text: str) -> None:
        self.set_font("Sans", "B", 15)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 7.5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(2.5)

    def h2(self, text: str) -> None:
        self.ln(1.5)
        self.set_font("Sans", "B", 11.5)
        self.set_text_color(*OCHRE)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def para(self, text: str, size: float = 10.5) -> None:
        self.set_font("Sans", "", size)
        self.multi_cell(0, 5.2, hy(text), align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.2)

    def bullets(self, items: list[str], numbered: bool = False) -> None:
        self.set_font("Sans", "", 10.5)
        for n, item in enumerate(items, 1):
            mark = f"{n}." if numbered else "\u2022"
            y = self.get_y()
            self.set_x(24)
            self.cell(6, 5.2, mark)
            self.set_xy(30, y)
            self.multi_cell(0, 5.2, hy(item), align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.5)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "B", 9.5)
        self.set_text_color(*TEAL)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(1)

    def source(self, text: str) -> None:
        self.ln(1)
        self.set_font("Sans", "I", 8.5)
        self.set_text_color(*GREY)
        self.multi_cell(0, 4.2, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0)
        self.ln(3)

    def grid(self, headers: list[str], rows: list[list[str]], widths: tuple, total: bool) -> None:
        self.set_font("Sans", "", 9.5)
        align = ("LEFT",) + ("RIGHT",) * (len(headers) - 1)
        head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL)
        with self.table(
            col_widths=widths,
            text_align=align,
            headings_style=head,
            line_height=5.4,
            width=170,
            cell_fill_color=(236, 243, 243),
            cell_fill_mode="ROWS",
            borders_layout="HORIZONTAL_LINES",
        ) as table:
            hrow = table.row()
            for h in headers:
                hrow.cell(h)
            for i, row in enumerate(rows):
                r = table.row()
                bold = total and i == len(rows) - 1
                for c in row:
                    r.cell(c, style=FontFace(emphasis="BOLD") if bold else None)

    def key_figures(self, title: str, lines: list[tuple[str, str]]) -> None:
        top = self.get_y() + 2
        height = 10 + 8.2 * len(lines)
        self.set_fill_color(236, 243, 243)
        self.set_draw_color(*TEAL)
        self.set_line_width(0.6)
        self.rect(20, top, 170, height, style="DF")
        self.set_xy(26, top + 3)
        self.set_font("Sans", "B", 11)
        self.set_text_color(*TEAL)
        self.cell(0, 6, title)
        y = top + 10
        for big, small in lines:
            self.set_xy(26, y)
            self.set_font("Sans", "B", 13)
            self.set_text_color(*OCHRE)
            w = self.get_string_width(big) + 2
            self.cell(w, 7, big)
            self.set_font("Sans", "", 10)
            self.set_text_color(0)
            self.cell(0, 7, small)
            y += 8.2
        self.set_y(top + height + 5)


def build_panorama(path: Path) -> None:
    pdf = Panorama()
    pdf.set_title("Panorama de l'économie sociale et solidaire - Pays d'Aubrelle - Édition 2025")
    pdf.set_author("CRESS Marches d'Ysperre - Observatoire régional de l'ESS")
    pdf.set_subject("Diagnostic de l'ESS de la Communauté de communes du Pays d'Aubrelle")
    pdf.set_creator("Observatoire régional de l'ESS")
    pdf.set_creation_date(datetime(2025, 9, 18, 10, 0, tzinfo=UTC))

    # ---- page 1: title, editorial, key figures
    pdf.add_page()
    pdf.ln(4)
    pdf.set_font("Sans", "B", 22)
    pdf.set_text_color(*TEAL)
    pdf.multi_cell(0, 10, "Panorama de l'économie sociale et solidaire", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 13)
    pdf.set_text_color(*OCHRE)
    pdf.multi_cell(
        0, 7, "Communauté de communes du Pays d'Aubrelle - Édition 2025", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_text_color(0)
    pdf.ln(2)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(
        0,
        4.8,
        squash("""Étude réalisée par l'Observatoire régional de l'ESS de la CRESS Marches d'Ysperre
        à la demande de la Communauté de communes du Pays d'Aubrelle. Publication : septembre
        2025."""),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    pdf.h2("Éditorial")
    pdf.para("""Avec 24 communes et 31 450 habitants, le Pays d'Aubrelle est un territoire rural dont
        l'économie repose largement sur des associations, des coopératives et des mutuelles
        installées depuis longtemps dans nos bourgs. Ce panorama, le premier consacré
        spécifiquement à notre intercommunalité, mesure enfin leur poids réel : une entreprise
        employeuse sur huit relève de l'économie sociale et solidaire.""")
    pdf.para("""Ces chiffres nous obligent. Ils serviront de socle au fonds d'amorçage que la
        Communauté de communes entend créer avant la fin de l'année 2025 et à la feuille de
        route ESS que nous construirons avec les acteurs au premier semestre 2026.""")
    pdf.set_font("Sans", "BI", 10)
    pdf.multi_cell(
        0,
        5,
        squash("""Thibaut Arsenne, vice-président délégué au développement économique et à
        l'économie sociale et solidaire"""),
        align="R",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    pdf.key_figures(
        "L'ESS en Pays d'Aubrelle : les chiffres clés",
        [
            ("214", "établissements employeurs de l'ESS"),
            ("2 386", "salariés, soit 2 014 équivalents temps plein"),
            ("14,2 %", "de l'emploi salarié privé du territoire"),
            ("61,4 millions d'euros", "de rémunérations brutes versées en 2023"),
            ("68 %", "de femmes parmi les salariés de l'ESS"),
        ],
    )

    # ---- page 2: method and definitions
    pdf.add_page()
    pdf.h1("1. Méthode et définitions")
    pdf.para("""Le périmètre retenu est celui de la loi n° 2014-856 du 31 juillet 2014 relative à
        l'économie sociale et solidaire. Sont comptés les établissements employeurs des
        associations, coopératives, mutuelles et fondations, ainsi que ceux des sociétés
        commerciales qui remplissent les conditions de l'article 1er de cette loi.""")
    pdf.h2("Sources mobilisées")
    pdf.bullets([
        """la base Flores de l'Insee (données au 31 décembre 2023) pour les établissements, les
        effectifs et les rémunérations ;""",
        """le répertoire Sirene, consulté en mars 2025, pour l'identification des sociétés
        commerciales de l'ESS ;""",
        """une enquête en ligne menée du 5 mai au 13 juin 2025 auprès des structures du
        territoire, à laquelle 87 structures ont répondu ;""",
        """six entretiens qualitatifs conduits en juin 2025 avec des dirigeants et des élus.""",
    ])
    pdf.h2("Définitions")
    pdf.para("""Un établissement employeur est une unité de production géographiquement
        individualisée qui a versé au moins un salaire au cours de l'année de référence. Une
        même structure peut donc compter plusieurs établissements sur le territoire.""")
    pdf.para("""L'équivalent temps plein (ETP) convertit les heures rémunérées en postes à temps
        complet : deux salariés à mi-temps correspondent à un ETP.""")
    pdf.para("""L'indice de spécificité rapporte la part de l'ESS dans l'emploi salarié privé du
        territoire à la même part calculée pour la région ; un indice supérieur à 1 signale que
        l'ESS pèse davantage localement qu'en moyenne régionale.""")
    pdf.para("""Le secret statistique interdit de publier toute donnée portant sur moins de trois
        établissements ou dont un seul établissement représente plus de 85 % de l'effectif ; ces
        cases sont notées « s » dans les tableaux.""")
    pdf.h2("Limites")
    pdf.para("""Les bénévoles ne sont pas couverts par les sources statistiques utilisées. Les 87
        structures répondantes déclarent ensemble environ 2 900 bénévoles réguliers, chiffre qui
        ne peut pas être extrapolé à l'ensemble du territoire.""")

    # ---- page 3: weight of the ESS, table 1
    pdf.add_page()
    pdf.h1("2. Le poids de l'ESS dans l'économie locale")
    pdf.para("""Au 31 décembre 2023, le Pays d'Aubrelle compte 214 établissements employeurs de
        l'ESS, qui emploient 2 386 salariés. Ils représentent 12,5 % des 1 712 établissements
        employeurs du territoire.""")
    pdf.para("""Les 2 386 salariés de l'ESS représentent 14,2 % des 16 803 salariés du secteur
        privé du Pays d'Aubrelle, contre 12,0 % en moyenne dans la région Marches d'Ysperre.
        L'indice de spécificité atteint ainsi 1,18.""")
    pdf.para("""Entre 2018 et 2023, l'emploi salarié de l'ESS a progressé de 6,9 % sur le
        territoire, soit 154 postes supplémentaires, alors que l'emploi privé hors ESS reculait
        de 1,3 % sur la même période.""")
    pdf.para("""Les rémunérations brutes versées par les employeurs de l'ESS s'élèvent à 61,4
        millions d'euros en 2023. Le salaire annuel brut moyen par ETP y est de 30 490 euros,
        inférieur de 9 % à celui du reste du secteur privé.""")
    pdf.caption("Tableau 1 - Établissements et salariés de l'ESS par famille juridique (2023)")
    pdf.grid(
        ["Famille juridique", "Établissements", "Salariés", "ETP", "Part des salariés (%)"],
        [
            ["Associations", "171", "1 702", "1 398", "71,3"],
            ["Coopératives", "24", "398", "372", "16,7"],
            ["Mutuelles", "11", "157", "148", "6,6"],
            ["Fondations", "3", "92", "65", "3,9"],
            ["Sociétés commerciales de l'ESS", "5", "37", "31", "1,6"],
            ["Total ESS", "214", "2 386", "2 014", "100,0"],
        ],
        (58, 28, 24, 24, 36),
        total=True,
    )
    pdf.source(
        "Source : Insee, Flores 2023 ; traitement Observatoire régional de l'ESS. "
        "Les parts peuvent ne pas totaliser 100 du fait des arrondis."
    )
    pdf.para("""Les associations concentrent sept emplois de l'ESS sur dix. Les coopératives,
        surtout agricoles et bancaires, en regroupent un sur six.""")

    # ---- page 4: sectors, table 2, workforce profile
    pdf.add_page()
    pdf.h1("3. Les secteurs d'activité")
    pdf.para("""L'action sociale reste, de loin, le premier domaine d'emploi de l'ESS sur le
        territoire : aide à domicile, accueil de la petite enfance et accompagnement des personnes
        handicapées y mobilisent un salarié de l'ESS sur trois.""")
    pdf.caption("Tableau 2 - Salariés de l'ESS par secteur d'activité (2023)")
    pdf.grid(
        ["Secteur d'activité", "Salariés ESS", "Part de l'ESS dans le secteur (%)",
         "Évolution 2018-2023 (%)"],
        [
            ["Action sociale sans hébergement", "812", "71,4", "+9,8"],
            ["Hébergement médico-social et social", "436", "58,2", "+4,1"],
            ["Enseignement et formation", "252", "22,6", "-2,4"],
            ["Agriculture et agroalimentaire", "231", "17,9", "+3,5"],
            ["Banques et assurances", "196", "38,5", "-5,8"],
            ["Sports, loisirs et culture", "181", "49,1", "+12,6"],
            ["Commerce, réemploi et services", "118", "3,2", "+21,4"],
            ["Autres activités", "160", "4,7", "+1,9"],
            ["Ensemble", "2 386", "14,2", "+6,9"],
        ],
        (62, 30, 42, 36),
        total=True,
    )
    pdf.source("Source : Insee, Flores 2018 et 2023 ; traitement Observatoire régional de l'ESS.")
    pdf.para("""Le réemploi est le secteur le plus dynamique : ses effectifs ESS ont progressé de
        21,4 % en cinq ans, portés par l'ouverture de la ressourcerie d'Ormessac et le
        développement du chantier d'insertion de Pradelin.""")
    pdf.h2("Profil des salariés")
    pdf.para("""Les femmes occupent 68 % des postes salariés de l'ESS, contre 44 % dans le reste du
        secteur privé. Le temps partiel concerne 37 % des salariés de l'ESS.""")
    pdf.para("""Un salarié de l'ESS sur quatre a 55 ans ou plus : environ 590 départs en retraite
        sont à anticiper d'ici 2033, dont près de la moitié dans l'aide à domicile.""")

    # ---- page 5: geography, table 3
    pdf.add_page()
    pdf.h1("4. Géographie de l'emploi ESS")
    pdf.para("""L'emploi de l'ESS est concentré dans la ville-centre, mais plusieurs bourgs
        présentent une part d'ESS nettement supérieure à la moyenne intercommunale.""")
    pdf.caption("Tableau 3 - Établissements et salariés de l'ESS par commune (2023)")
    pdf.grid(
        ["Commune", "Établissements ESS", "Salariés ESS",
         "Part de l'ESS dans l'emploi salarié privé (%)"],
        [
            ["Montcrevet", "78", "1 046", "13,1"],
            ["Sérignol", "29", "338", "16,4"],
            ["Querlanges", "21", "247", "19,8"],
            ["Ormessac", "18", "196", "15,2"],
            ["Pradelin", "14", "171", "21,7"],
            ["Bellefoix", "11", "88", "9,6"],
            ["Fontclare-sur-Aubrelle", "9", "s", "s"],
            ["Autres communes (17)", "34", "s", "s"],
            ["Pays d'Aubrelle", "214", "2 386", "14,2"],
        ],
        (58, 34, 30, 48),
        total=True,
    )
    pdf.source(
        "s : secret statistique. Les effectifs cumulés de Fontclare-sur-Aubrelle et des 17 "
        "autres communes s'élèvent à 300 salariés. Source : Insee, Flores 2023."
    )
    pdf.para("""Montcrevet regroupe à elle seule 44 % des salariés de l'ESS de l'intercommunalité,
        avec notamment le siège de l'association d'aide à domicile et deux établissements
        d'hébergement pour personnes âgées.""")
    pdf.para("""Pradelin affiche la plus forte part de l'ESS dans l'emploi salarié privé (21,7 %),
        en raison de la présence du chantier d'insertion Les Jardins du Rif-Blanc. Querlanges
        suit avec 19,8 %, grâce notamment à la SCIC Bois d'Aubrelle Énergie.""")
    pdf.para("""À Fontclare-sur-Aubrelle, les effectifs sont couverts par le secret statistique, un
        seul établissement concentrant plus de 85 % des salariés de l'ESS de la commune.""")

    # ---- page 6: portraits in two columns
    pdf.add_page()
    pdf.h1("5. Portraits d'acteurs")
    pdf.para("""Six structures illustrent la diversité de l'ESS en Pays d'Aubrelle. Les
        informations ci-dessous sont issues des entretiens menés en juin 2025.""", size=10)
    portraits = [
        ("La Ressourcerie des Trois Ponts (Ormessac)",
         """Ouverte en 2021 sous forme associative, la ressourcerie collecte, trie et revend des
         objets et du mobilier de seconde main. Elle a détourné 412 tonnes de déchets en 2024 et
         emploie 19 salariés, dont 12 en parcours d'insertion. Sa directrice, Lison Marchadier,
         prépare l'ouverture d'une seconde boutique à Montcrevet en 2026."""),
        ("SCIC Bois d'Aubrelle Énergie (Querlanges)",
         """Fondée en 2012, cette société coopérative d'intérêt collectif produit des plaquettes
         forestières pour 37 chaufferies du territoire. Elle réunit 186 sociétaires, dont la
         Communauté de communes et onze communes, et emploie 26 salariés. Son gérant, Bastien
         Ollivro, veut doubler la capacité de séchage d'ici 2027."""),
        ("Aubrelle Aide et Soins à Domicile (Montcrevet)",
         """Premier employeur de l'ESS du territoire avec 284 salariés, l'association intervient
         auprès de 1 150 personnes âgées ou en situation de handicap. Sa présidente, Jacqueline
         Vernhes, alerte sur les difficultés de recrutement : 23 postes d'aide à domicile
         restaient vacants en mai 2025."""),
        ("Les Jardins du Rif-Blanc (Pradelin)",
         """Atelier et chantier d'insertion créé en 2008, Les Jardins du Rif-Blanc cultivent six
         hectares en maraîchage biologique et livrent 280 paniers par semaine. La structure
         emploie 31 salariés en insertion, encadrés par six permanents."""),
        ("La Fabrique à Souffle (Sérignol)",
         """Cette société coopérative et participative (SCOP) créée en 2016 gère un petit théâtre
         et une compagnie en résidence. Ses 9 salariés associés ont accueilli 14 300 spectateurs
         en 2024, dont un tiers de scolaires."""),
        ("Épicerie solidaire Le Panier Partagé (Bellefoix)",
         """Portée par une association de 64 bénévoles et deux salariées, l'épicerie a accueilli
         310 foyers orientés par les services sociaux en 2024. Elle cherche un local plus grand,
         l'actuel ne permettant pas de stocker de produits frais."""),
    ]
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.15, balance=True) as cols:
        for title, body in portraits:
            pdf.set_font("Sans", "B", 10)
            pdf.set_text_color(*TEAL)
            cols.write(title + "\n")
            pdf.set_font("Sans", "", 9.5)
            pdf.set_text_color(0)
            cols.write(hy(body) + "\n\n")

    # ---- page 7: issues and recommendations
    pdf.add_page()
    pdf.h1("6. Enjeux et recommandations")
    pdf.para("""Les entretiens et l'enquête font ressortir quatre enjeux principaux pour les
        années à venir :""")
    pdf.bullets([
        """le renouvellement des dirigeants bénévoles, 41 % des présidents d'association ayant
        répondu à l'enquête étant âgés de plus de 65 ans ;""",
        """les tensions de recrutement dans l'aide à domicile et le médico-social ;""",
        """l'accès au foncier et aux locaux, cité par 29 % des répondants comme un frein à leur
        développement ;""",
        """la fragilité financière des petites associations employeuses, dont 22 % disposent de
        moins de trois mois de trésorerie.""",
    ])
    pdf.h2("Recommandations à la Communauté de communes")
    pdf.bullets([
        """Créer un fonds d'amorçage intercommunal dédié aux projets de l'ESS, doté d'au moins
        100 000 euros par an.""",
        """Désigner un référent ESS au sein des services de la Communauté de communes.""",
        """Organiser chaque année une rencontre des dirigeants bénévoles pour préparer leur
        succession.""",
        """Intégrer des clauses sociales d'insertion dans les marchés intercommunaux de plus de
        90 000 euros HT.""",
        """Mutualiser à Montcrevet un local d'activité pour les jeunes structures, sur le modèle
        d'un tiers-lieu.""",
    ], numbered=True)
    pdf.ln(2)
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.2)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(3)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(
        0,
        4.6,
        squash("""Directrice de la publication : Anouk Verdelet, directrice de la CRESS Marches
        d'Ysperre. Rédaction : Maël Quentrec et Clémence Audibert."""),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.multi_cell(
        0,
        4.6,
        squash("""Contact : Maël Quentrec, chargé d'études à l'Observatoire régional de l'ESS,
        observatoire@cress-ysperre.org."""),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.output(str(path))


# --------------------------------------------------------------- document 2: délibération (PDF)


class Deliberation(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.add_font("Serif", "", str(FONT_DIR / "LiberationSerif-Regular.ttf"))
        self.add_font("Serif", "B", str(FONT_DIR / "LiberationSerif-Bold.ttf"))
        self.add_font("Serif", "I", str(FONT_DIR / "LiberationSerif-Italic.ttf"))
        self.set_margins(25, 28, 25)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages()

    def header(self) -> None:
        self.set_xy(25, 10)
        self.set_font("Serif", "B", 9)
        self.cell(80, 4.5, "COMMUNAUTÉ DE COMMUNES DU PAYS D'AUBRELLE")
        self.set_font("Serif", "I", 9)
        self.cell(80, 4.5, "Extrait du registre des délibérations", align="R")
        self.set_xy(25, 14.5)
        self.set_font("Serif", "", 8)
        self.cell(80, 4, "Siège : 4, place du Foirail - Montcrevet")
        self.set_line_width(0.3)
        self.line(25, 20, 185, 20)
        self.set_y(28)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Serif", "I", 8.5)
        self.cell(0, 4, f"Délibération n° 2025-112 - page {self.page_no()} sur {{nb}}", align="C")

    def text(self, body: str, size: float = 11, style: str = "", align: str = "J") -> None:
        self.set_font("Serif", style, size)
        self.multi_cell(0, 5.4, hy(body), align=align, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def article(self, title: str) -> None:
        self.ln(1)
        self.set_font("Serif", "B", 11.5)
        self.multi_cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)

    def dashes(self, items: list[str]) -> None:
        self.set_font("Serif", "", 11)
        for item in items:
            y = self.get_y()
            self.set_x(30)
            self.cell(5, 5.4, "-")
            self.set_xy(35, y)
            self.multi_cell(0, 5.4, hy(item), align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.6)
        self.ln(1.4)


def build_deliberation(path: Path) -> None:
    pdf = Deliberation()
    pdf.set_title("Délibération n° 2025-112 - Fonds Aubrelle Initiatives Solidaires")
    pdf.set_author("Communauté de communes du Pays d'Aubrelle")
    pdf.set_creator("Registre des délibérations")
    pdf.set_creation_date(datetime(2025, 10, 15, 9, 30, tzinfo=UTC))

    pdf.add_page()
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(0, 7, "Séance du jeudi 9 octobre 2025", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(
        0, 5, "Délibération n° 2025-112 - Date de convocation : 2 octobre 2025", align="C",
        new_x="LMARGIN", new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Serif", "", 10)
    with pdf.table(
        col_widths=(40, 40, 40, 40),
        text_align="CENTER",
        line_height=5.2,
        width=160,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
    ) as table:
        r = table.row()
        for h in ("Conseillers en exercice", "Présents", "Pouvoirs", "Votants"):
            r.cell(h)
        r = table.row()
        for v in ("43", "31", "6", "37"):
            r.cell(v)
    pdf.ln(4)
    pdf.text("""L'an deux mille vingt-cinq, le neuf octobre à dix-huit heures trente, le conseil
        communautaire, légalement convoqué, s'est réuni à la salle des fêtes de Sérignol, sous la
        présidence de Mme Hélène Quintard, présidente.""")
    pdf.text("Secrétaire de séance : M. Gaël Pédrono.", align="L")
    pdf.text("""Objet : création du fonds « Aubrelle Initiatives Solidaires » et approbation de son
        règlement d'intervention""", style="B", align="L")
    pdf.text("""Rapporteur : M. Thibaut Arsenne, vice-président délégué au développement
        économique et à l'économie sociale et solidaire""", style="I", align="L")
    pdf.text("""Le panorama de l'économie sociale et solidaire publié en septembre 2025 par la
        CRESS Marches d'Ysperre a montré que l'ESS représente 14,2 % de l'emploi salarié privé du
        territoire. Il a également mis en évidence la difficulté des porteurs de projet à réunir
        les premiers fonds nécessaires au démarrage de leur activité, la plupart des financeurs
        n'intervenant qu'à partir de la deuxième année.""")
    pdf.text("""Pour y répondre, il est proposé de créer un fonds d'amorçage intercommunal, dénommé
        « Aubrelle Initiatives Solidaires », doté de 120 000 euros pour l'année 2026, dont 90 000
        euros en investissement et 30 000 euros en fonctionnement.""")
    pdf.text("""Vu le code général des collectivités territoriales, et notamment ses articles
        L. 1511-2 et L. 5214-16 ;""", align="L")
    pdf.text("""Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et
        solidaire ;""", align="L")
    pdf.text("""Vu l'avis favorable de la commission Développement économique du 22 septembre
        2025 ;""", align="L")
    pdf.text("Le conseil communautaire, après en avoir délibéré, DÉCIDE :", style="B", align="L")
    pdf.dashes([
        "de créer le fonds « Aubrelle Initiatives Solidaires » à compter du 1er janvier 2026 ;",
        "d'approuver le règlement d'intervention annexé à la présente délibération ;",
        """d'inscrire au budget primitif 2026 les crédits correspondants, soit 120 000 euros
        ;""",
        """d'autoriser la présidente à signer les conventions d'attribution avec les
        bénéficiaires.""",
    ])
    pdf.text("Adopté par 33 voix pour, 1 voix contre et 3 abstentions.", style="B", align="L")
    pdf.ln(2)
    pdf.set_font("Serif", "", 11)
    pdf.set_x(105)
    pdf.multi_cell(
        80, 5.4, "Fait à Montcrevet, le 10 octobre 2025.\nLa présidente,\nHélène Quintard",
        align="C", new_x="LMARGIN", new_y="NEXT",
    )
    pdf.ln(3)
    pdf.set_font("Serif", "I", 9.5)
    pdf.multi_cell(
        0, 4.8, squash("""Acte rendu exécutoire après transmission en préfecture le 14 octobre 2025
        et publication le 15 octobre 2025."""), new_x="LMARGIN", new_y="NEXT",
    )

    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.multi_cell(
        0, 6.5,
        "ANNEXE - Règlement d'intervention du fonds « Aubrelle Initiatives Solidaires »",
        align="C", new_x="LMARGIN", new_y="NEXT",
    )
    pdf.ln(3)
    pdf.article("Article 1 - Objet")
    pdf.text("""Le fonds « Aubrelle Initiatives Solidaires » soutient la création, le développement
        et la reprise d'activités relevant de l'économie sociale et solidaire implantées sur le
        territoire de la Communauté de communes du Pays d'Aubrelle.""")
    pdf.article("Article 2 - Bénéficiaires")
    pdf.text("""Peuvent bénéficier du fonds les associations, les coopératives (SCOP, SCIC,
        coopératives d'activité et d'emploi), les sociétés commerciales de l'ESS et les
        entreprises agréées ESUS.""")
    pdf.text("""Les associations sans salarié sont éligibles dès lors que le projet prévoit la
        création d'au moins un emploi dans les douze mois.""")
    pdf.text("""Sont exclus les communes et leurs établissements publics, les structures dont le
        siège et l'activité sont situés hors du territoire intercommunal, ainsi que les
        associations cultuelles et politiques.""")
    pdf.article("Article 3 - Dépenses éligibles")
    pdf.text("""Sont éligibles les dépenses d'investissement (équipement, travaux d'aménagement,
        véhicules) et les dépenses de fonctionnement liées au démarrage (études de faisabilité,
        premier recrutement, frais de communication). Les dépenses engagées avant la date de
        dépôt du dossier ne sont pas éligibles. Le remboursement d'emprunts et l'achat de
        terrains sont exclus.""")
    pdf.article("Article 4 - Montant de l'aide")
    pdf.text("""L'aide prend la forme d'une subvention. Son montant est compris entre 2 000 euros et
        12 000 euros par projet, dans la limite de 60 % des dépenses éligibles.""")
    pdf.text("""Pour les projets situés dans une commune de moins de 1 000 habitants, le plafond est
        porté à 15 000 euros.""")
    pdf.text("""Une même structure ne peut bénéficier du fonds qu'une fois sur une période de trois
        ans.""")

    pdf.add_page()
    pdf.article("Article 5 - Critères de sélection")
    pdf.text("Les dossiers sont notés sur 100 points selon la grille suivante :")
    pdf.set_font("Serif", "", 10.5)
    with pdf.table(
        col_widths=(120, 40),
        text_align=("LEFT", "CENTER"),
        line_height=5.6,
        width=160,
        headings_style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)),
    ) as table:
        for row in (
            ("Critère", "Points"),
            ("Utilité sociale et réponse à un besoin du territoire", "30"),
            ("Création ou maintien d'emplois", "25"),
            ("Viabilité économique du projet", "20"),
            ("Coopération avec d'autres acteurs locaux", "15"),
            ("Impact environnemental", "10"),
        ):
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    pdf.text("Un dossier doit obtenir au moins 60 points pour être proposé au financement.")
    pdf.article("Article 6 - Calendrier")
    pdf.text("""Les dossiers sont déposés sur la plateforme en ligne de la Communauté de communes
        entre le 5 janvier et le 27 février 2026. Le comité d'attribution se réunit au plus tard
        le 10 avril 2026.""")
    pdf.article("Article 7 - Comité d'attribution")
    pdf.text("""Le comité d'attribution est présidé par le vice-président délégué au développement
        économique et à l'économie sociale et solidaire. Il comprend quatre conseillers
        communautaires, un représentant de la CRESS Marches d'Ysperre, un représentant du
        Département de la Sornelle et un représentant de la plateforme Ysperre Initiatives.""")
    pdf.article("Article 8 - Cumul des aides")
    pdf.text("""L'aide est cumulable avec les aides de la Région et du Département, dans la limite
        de 80 % d'aides publiques sur le projet. Elle n'est pas cumulable avec le dispositif
        intercommunal « Pass Commerce Aubrelle » pour les mêmes dépenses.""")
    pdf.article("Article 9 - Versement")
    pdf.text("""L'aide est versée en deux fois : une avance de 50 % à la signature de la convention
        d'attribution, puis le solde sur présentation des justificatifs de dépenses, au plus tard
        dix-huit mois après l'attribution.""")
    pdf.article("Article 10 - Accompagnement")
    pdf.text("""Les porteurs de projet sont accompagnés dans le montage de leur dossier par Inès
        Dambreville, chargée de mission ESS de la Communauté de communes.""")
    pdf.output(str(path))


# ------------------------------------------------------------------- document 3: web page (HTML)

WEB_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Appel à projets « Lieux communs » : six tiers-lieux solidaires soutenus en 2025 | Département de la Sornelle</title>
<meta name="description" content="La commission permanente a attribué 146 500 euros à six tiers-lieux de l'économie sociale et solidaire.">
<meta property="og:site_name" content="Département de la Sornelle">
<meta property="og:type" content="article">
<meta property="og:title" content="Appel à projets « Lieux communs » : six tiers-lieux solidaires soutenus en 2025">
<meta property="article:published_time" content="2025-07-03T10:15:00+02:00">
<meta property="article:modified_time" content="2025-07-08T16:40:00+02:00">
<meta name="date" content="2025-07-03">
<meta name="publisher" content="Département de la Sornelle">
<link rel="stylesheet" href="/themes/sornelle/css/main.min.css?v=4.12">
<style>
  .cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#12363a;color:#fff;padding:1rem}
  .sidebar{float:right;width:30%} .breadcrumb li{display:inline}
  table.lauréats th{background:#125c60;color:#fff}
</style>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"Appel à projets Lieux communs : six tiers-lieux solidaires soutenus en 2025","datePublished":"2025-07-03","dateModified":"2025-07-08","publisher":{"@type":"GovernmentOrganization","name":"Département de la Sornelle"}}
</script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
</script>
</head>
<body class="page-actualite">
<div class="cookie-banner" id="tarteaucitron-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Le site sornelle.fr utilise des cookies de mesure d'audience. Vous pouvez les accepter,
  les refuser ou personnaliser vos choix.</p>
  <button type="button">Tout accepter</button> <button type="button">Tout refuser</button>
  <a href="/gestion-des-cookies">Personnaliser</a>
</div>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/themes/sornelle/img/logo-departement-sornelle.svg" alt="Département de la Sornelle - accueil"></a>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/le-departement">Le Département</a></li>
      <li><a href="/solidarites">Solidarités</a></li>
      <li><a href="/routes-mobilites">Routes et mobilités</a></li>
      <li><a href="/colleges-jeunesse">Collèges et jeunesse</a></li>
      <li class="active"><a href="/economie-ess">Économie et ESS</a></li>
      <li><a href="/agenda">Agenda</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/recherche"><input type="search" name="q" placeholder="Rechercher sur le site"><button>OK</button></form>
</header>
<nav class="breadcrumb" aria-label="Fil d'Ariane">
  <ol>
    <li><a href="/">Accueil</a> &gt;</li>
    <li><a href="/economie-ess">Économie et ESS</a> &gt;</li>
    <li><a href="/economie-ess/actualites">Actualités</a> &gt;</li>
    <li aria-current="page">Appel à projets « Lieux communs » 2025</li>
  </ol>
</nav>
<div class="layout">
<main id="contenu">
<article class="actualite">
  <h1>Appel à projets « Lieux communs » : six tiers-lieux solidaires soutenus en 2025</h1>
  <p class="meta">Publié le 3 juillet 2025 &ndash; Mis à jour le 8 juillet 2025 &ndash; Rubrique : Économie et ESS</p>
  <ul class="share">
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.sornelle.fr%2Flieux-communs-2025">Partager sur Facebook</a></li>
    <li><a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.sornelle.fr%2Flieux-communs-2025">Partager sur LinkedIn</a></li>
    <li><a href="mailto:?subject=Lieux%20communs%202025">Envoyer par courriel</a></li>
    <li><a href="javascript:window.print()">Imprimer</a></li>
  </ul>
  <figure>
    <img src="/sites/default/files/2025-07/grange-ouverte-serignol.jpg" alt="Atelier partagé dans une ancienne grange" width="960" height="540">
    <figcaption>L'atelier partagé de La Grange Ouverte, à Sérignol.
    &copy; Département de la Sornelle / Jordan Lefranc</figcaption>
  </figure>
  <p class="chapo"><strong>Réunie le 27 juin 2025, la commission permanente du Département
  de la Sornelle a attribué 146 500 euros à six tiers-lieux portés par des structures de
  l'économie sociale et solidaire, dans le cadre de la deuxième édition de l'appel à projets
  « Lieux communs ».</strong></p>

  <h2>Un appel à projets pour les lieux hybrides</h2>
  <p>Lancé en 2024, l'appel à projets « Lieux communs » soutient les tiers-lieux qui associent,
  dans un même espace, des activités économiques, des services à la population et une
  gouvernance ouverte aux habitants. Le Département y consacre une enveloppe annuelle de
  150 000 euros.</p>
  <p>Par tiers-lieu solidaire, le Département entend un lieu ouvert au public, géré par une
  structure de l'ESS, qui accueille au moins trois types d'activités différentes et associe
  ses usagers à ses décisions.</p>
  <p>Cette année, 17 dossiers ont été déposés, contre 11 en 2024. Six projets ont été retenus
  par le jury, qui s'est réuni le 4 juin 2025, puis validés par les élus.</p>

  <h2>Les six lauréats 2025</h2>
  <table class="lauréats">
    <caption>Projets soutenus par la commission permanente du 27 juin 2025</caption>
    <thead>
      <tr><th scope="col">Lauréat</th><th scope="col">Commune</th><th scope="col">Projet</th><th scope="col">Aide attribuée</th></tr>
    </thead>
    <tbody>
      <tr><td>Association La Grange Ouverte</td><td>Sérignol</td><td>Aménagement d'un atelier partagé de réparation</td><td>32 000 €</td></tr>
      <tr><td>SCIC Le Quai des Possibles</td><td>Brévançon</td><td>Cuisine collective et espace de coworking</td><td>35 000 €</td></tr>
      <tr><td>Association Les Voisins d'Abord</td><td>Tilleray</td><td>Café associatif et point d'accès aux services publics</td><td>18 500 €</td></tr>
      <tr><td>Coopérative Terre et Toits</td><td>Querlanges</td><td>Fablab rural et matériauthèque</td><td>24 000 €</td></tr>
      <tr><td>Association Maison Commune du Val d'Ivière</td><td>Ivrac-sur-Ivière</td><td>Épicerie solidaire et ateliers cuisine</td><td>21 000 €</td></tr>
      <tr><td>Régie de quartier Brévançon Nord</td><td>Brévançon</td><td>Conciergerie de quartier et repair café</td><td>16 000 €</td></tr>
    </tbody>
    <tfoot>
      <tr><th scope="row" colspan="3">Total</th><td>146 500 €</td></tr>
    </tfoot>
  </table>

  <h2>Ce que finance le Département</h2>
  <p>L'aide départementale peut porter sur :</p>
  <ul>
    <li>les travaux d'aménagement et l'achat d'équipements, jusqu'à 35 000 euros par projet ;</li>
    <li>l'ingénierie de démarrage (études, accompagnement juridique), dans la limite de 50 %
    des dépenses ;</li>
    <li>l'animation du lieu pendant les deux premières années d'activité.</li>
  </ul>
  <blockquote>
    <p>« Les tiers-lieux sont souvent le dernier endroit où l'on se croise encore dans nos
    villages. Nous voulons qu'il y en ait un à moins de vingt minutes de chaque habitant. »</p>
  </blockquote>
  <p>Nadège Bellec, vice-présidente du Département chargée de l'économie sociale et solidaire
  et de la vie associative, a présenté le rapport devant la commission permanente.</p>

  <h2>Édition 2026 : à vos projets</h2>
  <p>La troisième édition de l'appel à projets sera ouverte du 12 janvier au 20 mars 2026.
  Les porteurs de projet peuvent se faire accompagner par la CRESS Marches d'Ysperre avant
  le dépôt de leur dossier.</p>
  <p>Les collectivités ne peuvent pas déposer de dossier en propre, mais elles peuvent
  s'associer à un projet porté par une structure de l'ESS, par exemple en mettant un local
  à disposition.</p>
  <p class="download"><a href="/sites/default/files/2025-07/reglement-aap-lieux-communs.pdf" class="file-pdf">Télécharger le règlement de l'appel à projets (PDF, 380 Ko)</a></p>
  <p class="contact">Contact : Capucine Morvandel, référente ESS, direction de l'attractivité
  et des solidarités territoriales - 03 53 48 12 40 - ess@sornelle.fr</p>
</article>
</main>
<aside class="sidebar" aria-label="Pour aller plus loin">
  <section>
    <h2>À lire aussi</h2>
    <ul>
      <li><a href="/actualites/mois-ess-programme">Mois de l'ESS : le programme en Sornelle</a></li>
      <li><a href="/actualites/budget-participatif-resultats">Budget participatif départemental : les résultats</a></li>
      <li><a href="/actualites/charte-clauses-sociales">Clauses sociales : le Département signe la charte régionale</a></li>
    </ul>
  </section>
  <section>
    <h2>Agenda</h2>
    <p><time datetime="2025-09-18">18 septembre 2025</time> - Rencontre des tiers-lieux à Tilleray</p>
  </section>
  <section class="newsletter">
    <h2>Lettre d'information</h2>
    <form action="/newsletter"><input type="email" placeholder="Votre adresse électronique"><button>S'abonner</button></form>
  </section>
</aside>
</div>
<footer class="site-footer">
  <p>Département de la Sornelle - Hôtel du Département, 12 cours Léon-Marchal, Brévançon Cedex</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
  </ul>
  <p>&copy; 2025 Département de la Sornelle</p>
</footer>
<script src="/themes/sornelle/js/tarteaucitron.min.js"></script>
<script>
  document.querySelectorAll('.share a').forEach(function(a){a.setAttribute('rel','noopener');});
</script>
</body>
</html>
"""


# ------------------------------------------------------------ document 4: minutes (Markdown)


def wrap(text: str, width: int = 78) -> str:
    return textwrap.fill(squash(text), width=width, break_long_words=False, break_on_hyphens=False)


def build_cotech() -> str:
    parts = [
        """---
title: "Compte rendu - Comité technique du PTCE Boucle Textile Sornellaise"
publisher: "PTCE Boucle Textile Sornellaise"
date: 2025-11-18
territory: "Département de la Sornelle"
---""",
        "# Comité technique du PTCE « Boucle Textile Sornellaise »",
        """- **Date :** mardi 18 novembre 2025, de 9 h 30 à 12 h 15
- **Lieu :** locaux de l'association Fil d'Ysperre, zone artisanale des Grèves, Brévançon
- **Animation :** Ysaline Perrodeau, coordinatrice du PTCE""",
        "## Participants",
        """- Hugues Lanvrac, président de Fil d'Ysperre, structure porteuse du PTCE
- Ysaline Perrodeau, coordinatrice du PTCE
- Lison Marchadier, directrice de la Ressourcerie des Trois Ponts
- Karim Benhassou, gérant de la SCOP Atelier Reprise
- Capucine Morvandel, référente ESS, Département de la Sornelle
- Inès Dambreville, chargée de mission ESS, Communauté de communes du Pays d'Aubrelle
- Élodie Sarrazac, chargée de mission économie circulaire, SYTRADS (syndicat de
  traitement des déchets de la Sornelle)

Excusée : Anouk Verdelet, CRESS Marches d'Ysperre.""",
        "## 1. Bilan de la collecte 2024-2025",
        wrap("""Ysaline Perrodeau présente le bilan de la campagne de collecte, du 1er septembre
            2024 au 31 août 2025. Les 58 points d'apport volontaire du réseau ont permis de
            collecter 486 tonnes de textiles, linge et chaussures, soit 9 % de plus que lors de la
            campagne précédente."""),
        """| Site de tri | Tonnes collectées | Taux de réemploi | Salariés en insertion |
|---|---:|---:|---:|
| Brévançon (Fil d'Ysperre) | 268 | 41 % | 18 |
| Ormessac (Ressourcerie des Trois Ponts) | 97 | 52 % | 7 |
| Tilleray (Atelier Reprise) | 121 | 36 % | 9 |
| Ensemble du PTCE | 486 | 42 % | 34 |""",
        wrap("""Le taux de réemploi correspond à la part des textiles triés qui est revendue en
            l'état, en boutique ou auprès de grossistes ; le reste est orienté vers le recyclage
            ou, à défaut, vers la valorisation énergétique."""),
        wrap("""Élodie Sarrazac confirme que le SYTRADS maintient en 2026 son soutien de 95 euros
            par tonne collectée, versé au PTCE en une fois au printemps. Elle rappelle que les
            textiles représentent encore près de 6 % du contenu des ordures ménagères
            résiduelles du département."""),
        "## 2. Emploi et parcours d'insertion",
        wrap("""34 salariés en parcours d'insertion ont travaillé sur les trois sites au cours de
            la campagne. Sur les 21 sorties de parcours enregistrées, 12 sont des sorties
            dynamiques (emploi durable, emploi de transition ou formation qualifiante), soit un
            taux de 57 %."""),
        wrap("""Karim Benhassou signale que le poste d'encadrant technique de l'atelier de
            Tilleray est vacant depuis juillet 2025, faute de candidatures. Le tri y est assuré
            à effectif réduit."""),
        "## 3. Projet d'atelier de surcyclage à Sérignol",
        wrap("""Le PTCE étudie la création d'un atelier de surcyclage (transformation de textiles
            usagés en nouveaux produits : sacs, coussins, panneaux isolants) dans un bâtiment
            intercommunal vacant de Sérignol. Le coût du projet est estimé à 318 000 euros, dont
            210 000 euros de travaux et d'équipements. L'atelier créerait 8 postes, dont 6 en
            insertion."""),
        wrap("""Inès Dambreville indique que le projet pourrait solliciter le fonds Aubrelle
            Initiatives Solidaires pour financer l'étude de faisabilité, dès l'ouverture des
            dépôts en janvier 2026."""),
        wrap("""Capucine Morvandel rappelle que l'appel à projets « Lieux communs » ne finance pas
            les ateliers de production sans ouverture au public ; le projet devrait prévoir un
            espace de vente et des ateliers ouverts aux habitants pour y être éligible."""),
        "## 4. Décisions",
        """Le comité technique décide :

- de lancer une étude de faisabilité de l'atelier de surcyclage, confiée à Fil d'Ysperre,
  pour un budget de 14 500 euros ;
- de porter à 64 le nombre de points d'apport volontaire d'ici juin 2026 ;
- d'organiser une collecte spéciale pendant le Mois de l'ESS, le samedi 22 novembre 2025,
  sur le marché de Montcrevet ;
- de constituer un groupe de travail « encadrement technique », piloté par Karim
  Benhassou.""",
        "## Prochaine réunion",
        wrap("""Le prochain comité technique se tiendra le mardi 10 février 2026 à 9 h 30 à
            Ormessac, dans les locaux de la Ressourcerie des Trois Ponts."""),
        "*Compte rendu rédigé par Ysaline Perrodeau et validé par Hugues Lanvrac.*",
    ]
    return "\n\n".join(parts) + "\n"


# ----------------------------------------------------------------- document 5: note (plain text)


def build_note() -> str:
    w = 72
    lines = [
        "VILLE DE BRÉVANÇON",
        "Direction de la commande publique",
        "",
        "NOTE À L'ATTENTION DE MONSIEUR LE MAIRE",
        "",
        "Objet : bilan 2024 des clauses sociales d'insertion",
        "Réf. : DCP/2025/041",
        "Brévançon, le 24 mars 2025",
        "",
        "",
        "1. CONTEXTE",
        "",
        wrap("""Depuis 2017, la Ville de Brévançon intègre des clauses sociales d'insertion dans
            ses marchés publics de travaux et de services."""),
        "",
        wrap("""Une clause sociale d'insertion impose au titulaire d'un marché de réserver une
            partie des heures de travail nécessaires à son exécution à des personnes éloignées
            de l'emploi : demandeurs d'emploi de longue durée, allocataires du RSA, jeunes sans
            qualification, travailleurs handicapés.""", w),
        "",
        wrap("""Le suivi des clauses est assuré par Morgane Trévillac, facilitatrice des clauses
            sociales, mise à disposition par la Maison de l'emploi de la Sornelle.""", w),
        "",
        "",
        "2. RÉSULTATS 2024",
        "",
        wrap("""En 2024, 16 marchés comportaient une clause sociale, pour un montant cumulé de
            11,8 millions d'euros HT. Ils ont généré 21 340 heures d'insertion, contre 17 900
            heures en 2023, soit l'équivalent de 13,3 emplois à temps plein.""", w),
        "",
        "Répartition des heures par opération :",
        "",
        "  - réhabilitation du groupe scolaire des Tanneurs : 7 850 heures ;",
        "  - construction de la médiathèque Colette-Aubier (4 lots) : 5 460 heures ;",
        "  - entretien des espaces verts (lots 1 à 3) : 4 120 heures ;",
        "  - nettoyage des bâtiments communaux : 2 310 heures ;",
        "  - autres marchés (7) : 1 600 heures.",
        "",
        wrap("""74 personnes ont bénéficié d'un contrat au titre des clauses, dont 23 femmes et
            31 jeunes de moins de 26 ans. Six mois après la fin de leur mission, 38 de ces
            personnes étaient en emploi ou en formation.""", w),
        "",
        wrap("""Les structures d'insertion par l'activité économique du territoire ont réalisé
            46 % des heures, par la mise à disposition de personnel ou en sous-traitance.""", w),
        "",
        "",
        "3. PERSPECTIVES 2025",
        "",
        wrap("""L'objectif fixé pour 2025 est de 25 000 heures d'insertion, grâce notamment au
            chantier de rénovation énergétique de l'hôtel de ville.""", w),
        "",
        wrap("""Il est proposé d'abaisser à 90 000 euros HT le seuil à partir duquel l'insertion
            d'une clause sociale est systématiquement étudiée, contre 200 000 euros HT
            aujourd'hui.""", w),
        "",
        wrap("""Il est également proposé de réserver chaque année deux marchés à des structures
            d'insertion par l'activité économique ou à des entreprises adaptées, en application
            des articles L. 2113-12 et L. 2113-13 du code de la commande publique.""", w),
        "",
        "",
        "Le directeur de la commande publique,",
        "Arnaud Quélennec",
        "",
        "Copie : Direction générale des services ; Morgane Trévillac",
    ]
    return "\n".join(lines) + "\n"


# -------------------------------------------------------------------------------- questions

QUESTIONS_SPEC: list[dict] = []


def A(question: str, facts: list[str], source: str, pages: list[int] | None = None,
      kind: str = "figure", history: list[str] | None = None, lang: str = "fr") -> None:
    QUESTIONS_SPEC.append({
        "question": question, "facts": facts, "sources": [source], "answerable": True,
        "history": history or [], "pages": pages or [], "kind": kind, "lang": lang,
    })


def U(question: str, near: str, probes: list[str], history: list[str] | None = None,
      lang: str = "fr") -> None:
    QUESTIONS_SPEC.append({
        "question": question, "facts": [], "sources": [], "answerable": False,
        "history": history or [], "pages": [], "kind": "unanswerable", "lang": lang,
        "near": near, "probes": probes,
    })


# --- panorama
A("Combien de salariés compte l'ESS dans le Pays d'Aubrelle ?", ["2 386"], PANO, [1, 3])
A("Combien d'établissements employeurs de l'ESS y a-t-il sur la CC du Pays d'Aubrelle ?",
  ["214"], PANO, [1, 3])
A("Quel poids a l'ESS dans l'emploi salarié privé du Pays d'Aubrelle, comparé à la moyenne "
  "régionale ?", ["14,2 %", "12,0 %"], PANO, [3])
Q_INDICE = "C'est quoi l'indice de spécificité dans le panorama ?"
A(Q_INDICE, ["supérieur à 1"], PANO, [2], kind="definition")
A("Et il vaut combien pour le Pays d'Aubrelle ?", ["1,18"], PANO, [3], kind="followup",
  history=[Q_INDICE])
A("Combien de salariés travaillent dans les coopératives du territoire ?", ["398"], PANO, [3],
  kind="table")
A("Nombre d'ETP dans les mutuelles du Pays d'Aubrelle ?", ["148"], PANO, [3], kind="table")
A("Quel pourcentage des salariés de l'ESS sont employés par des associations ?", ["71,3"], PANO,
  [3], kind="table")
A("De combien l'emploi ESS a-t-il augmenté entre 2018 et 2023 sur l'intercommunalité ?",
  ["6,9 %", "154"], PANO, [3])
A("Quelle est la masse salariale brute versée par les employeurs de l'économie sociale du "
  "territoire ?", ["61,4 millions d'euros"], PANO, [1, 3], kind="paraphrase")
A("On est moins bien payé dans l'ESS que dans le reste du privé en Pays d'Aubrelle ?",
  ["9 %"], PANO, [3], kind="yesno")
A("Combien de salariés ESS dans l'action sociale sans hébergement ?", ["812"], PANO, [4],
  kind="table")
A("Quel secteur a connu la plus forte hausse de l'emploi ESS depuis 2018, et de combien ?",
  ["réemploi", "21,4"], PANO, [4])
A("Quelle est la part de l'ESS dans le secteur banques et assurances ?", ["38,5"], PANO, [4],
  kind="table")
A("Quelle proportion de femmes parmi les salariés de l'ESS du Pays d'Aubrelle ?", ["68 %"], PANO,
  [1, 4])
A("Le temps partiel, ça concerne combien de salariés de l'ESS là-bas ?", ["37 %"], PANO, [4])
A("Combien de départs à la retraite faut-il prévoir dans l'ESS d'ici 2033 ?", ["590"], PANO, [4])
A("Combien de salariés de l'ESS à Querlanges ?", ["247"], PANO, [5], kind="table")
A("Quelle commune a la plus forte part d'ESS dans l'emploi privé ?", ["Pradelin", "21,7 %"], PANO,
  [5])
A("Pourquoi les effectifs ESS de Fontclare-sur-Aubrelle ne sont-ils pas publiés ?",
  ["secret statistique"], PANO, [5], kind="reason")
A("Quel poids représente la ville-centre dans les emplois de l'économie sociale de "
  "l'intercommunalité ?", ["44 %"], PANO, [5], kind="paraphrase")
A("Qui dirige la ressourcerie d'Ormessac ?", ["Lison Marchadier"], PANO, [6], kind="person")
A("Combien de postes d'aide à domicile étaient vacants chez Aubrelle Aide et Soins à Domicile "
  "en mai 2025 ?", ["23 postes"], PANO, [6])
A("Combien de sociétaires a la SCIC Bois d'Aubrelle Énergie ?", ["186 sociétaires"], PANO, [6])
A("Quels sont les grands enjeux pour l'ESS du territoire selon le panorama ?",
  ["renouvellement des dirigeants bénévoles", "tensions de recrutement"], PANO, [7], kind="list")
A("Quelle part des présidents d'asso ont plus de 65 ans d'après l'enquête ?", ["41 %"], PANO, [7])
A("Combien de répondants voient l'accès au foncier comme un frein ?", ["29 %"], PANO, [7])
A("Quelles recommandations la CRESS fait-elle à la communauté de communes ?",
  ["fonds d'amorçage intercommunal"], PANO, [7], kind="list")
A("Combien le panorama recommande-t-il de mettre chaque année dans le fonds d'amorçage ?",
  ["100 000 euros"], PANO, [7])
A("Qui contacter à l'observatoire pour des questions sur le panorama ?", ["Maël Quentrec"], PANO,
  [7], kind="person")
Q_ENQUETE = "Combien de structures ont répondu à l'enquête en ligne du panorama ?"
A(Q_ENQUETE, ["87"], PANO, [2])
A("Elle s'est déroulée quand, cette enquête ?", ["5 mai au 13 juin 2025"], PANO, [2],
  kind="followup", history=[Q_ENQUETE])
A("Combien de bénévoles réguliers déclarent les structures ayant répondu ?", ["2 900"], PANO, [2])
A("Qu'entend-on par établissement employeur ?", ["au moins un salaire"], PANO, [2],
  kind="definition")
A("Les bénévoles sont-ils comptés dans les sources statistiques du panorama ?",
  ["ne sont pas couverts"], PANO, [2], kind="yesno")
A("Qui signe l'édito du panorama ESS du Pays d'Aubrelle ?", ["Thibaut Arsenne"], PANO, [1],
  kind="person")
A("Combien d'habitants compte le Pays d'Aubrelle ?", ["31 450"], PANO, [1])
A("How many vegetable baskets do Les Jardins du Rif-Blanc deliver each week?", ["280"], PANO, [6],
  kind="english", lang="en")
A("How many tonnes of waste did the Ressourcerie des Trois Ponts divert in 2024?", ["412"], PANO,
  [6], kind="english", lang="en")

U("Combien de salariés comptait l'ESS dans le Pays d'Aubrelle en 2015 ?", PANO, ["2015"])
U("Quelle est la part de l'ESS dans l'emploi salarié au niveau national ?", PANO,
  ["national", "France entière"])
U("Qui est le président de la CRESS Marches d'Ysperre ?", PANO,
  ["président de la CRESS", "présidente de la CRESS", "présidée par"])
U("Quel est le chiffre d'affaires de la SCIC Bois d'Aubrelle Énergie ?", PANO,
  ["chiffre d'affaires"])
U("Combien de salariés de l'ESS travaillent dans la santé (cliniques, centres de santé) en Pays "
  "d'Aubrelle ?", PANO, ["santé"])
U("Quel est le taux de chômage du Pays d'Aubrelle ?", PANO, ["chômage"])
U("Quel est le salaire moyen dans les coopératives du Pays d'Aubrelle ?", PANO,
  ["salaire moyen dans les coopératives", "salaire annuel brut moyen des coopératives",
   "coopératives versent"])
U("Quel budget le conseil régional consacre-t-il à l'ESS en Marches d'Ysperre ?", PANO,
  ["conseil régional", "budget régional"])

# --- délibération
Q_FONDS = "Quel est le montant du fonds Aubrelle Initiatives Solidaires pour 2026 ?"
A(Q_FONDS, ["120 000 euros"], DELIB, [1])
A("Comment se répartit l'enveloppe entre investissement et fonctionnement ?",
  ["90 000 euros", "30 000 euros"], DELIB, [1], kind="followup", history=[Q_FONDS])
A("Quand le conseil communautaire a-t-il voté la création du fonds ?", ["9 octobre 2025"], DELIB,
  [1], kind="date")
A("Qui présidait la séance du conseil communautaire ?", ["Hélène Quintard"], DELIB, [1],
  kind="person")
A("Ça a donné quoi, le vote sur le fonds d'amorçage ?",
  ["33 voix pour", "1 voix contre", "3 abstentions"], DELIB, [1])
A("Combien de conseillers communautaires en exercice ?", ["43"], DELIB, [1], kind="table")
A("Qui était le rapporteur de la délibération 2025-112 ?", ["Thibaut Arsenne"], DELIB, [1],
  kind="person")
A("Pourquoi la communauté de communes a-t-elle créé un fonds d'amorçage ?",
  ["démarrage de leur activité"], DELIB, [1], kind="reason")
A("Une association qui n'a pas encore de salarié peut-elle demander l'aide du fonds ?",
  ["au moins un emploi"], DELIB, [2], kind="yesno")
A("Les communes peuvent-elles bénéficier du fonds Aubrelle Initiatives Solidaires ?",
  ["les communes et leurs établissements publics"], DELIB, [2], kind="yesno")
Q_PLAFOND = "Quel est le montant maximum de la subvention du fonds Aubrelle Initiatives Solidaires ?"
A(Q_PLAFOND, ["12 000 euros"], DELIB, [2])
A("Et pour un projet dans un village de 600 habitants ?", ["15 000 euros"], DELIB, [2],
  kind="followup", history=[Q_PLAFOND])
A("Quel pourcentage des dépenses éligibles le fonds peut-il couvrir au maximum ?", ["60 %"],
  DELIB, [2])
A("Une structure peut-elle toucher l'aide du fonds deux années de suite ?",
  ["trois ans"], DELIB, [2], kind="yesno")
A("L'achat d'un terrain est-il finançable par le fonds ?", ["achat de terrains"], DELIB, [2],
  kind="yesno")
A("Combien de points compte le critère création ou maintien d'emplois ?", ["25"], DELIB, [3],
  kind="table")
A("Quelle note minimale faut-il pour être proposé au financement ?", ["60 points"], DELIB, [3])
A("Quelles sont les dates de dépôt des dossiers pour le fonds ?", ["5 janvier", "27 février 2026"],
  DELIB, [3], kind="date")
Q_CUMUL = "Le fonds Aubrelle Initiatives Solidaires est-il cumulable avec le Pass Commerce Aubrelle ?"
A(Q_CUMUL, ["pas cumulable"], DELIB, [3], kind="yesno")
A("Et avec une aide de la Région ?", ["80 %"], DELIB, [3], kind="followup", history=[Q_CUMUL])
A("Comment l'aide est-elle versée aux bénéficiaires ?", ["50 %"], DELIB, [3])
A("Qui accompagne les porteurs de projet pour monter leur dossier ?", ["Inès Dambreville"], DELIB,
  [3], kind="person")
A("Qui siège au comité d'attribution du fonds ?",
  ["quatre conseillers communautaires", "Ysperre Initiatives"], DELIB, [3], kind="list")
A("Who signed the resolution creating the Aubrelle Initiatives Solidaires fund?",
  ["Hélène Quintard"], DELIB, [1], kind="english", lang="en")

U("Quel montant est prévu pour le fonds Aubrelle Initiatives Solidaires en 2027 ?", DELIB,
  ["2027"])
U("Qui représente le Département au comité d'attribution du fonds ?", DELIB,
  ["représenté par", "Morvandel", "Bellec"])
U("Quelle est la date limite de dépôt pour la session d'automne 2026 du fonds ?", DELIB,
  ["automne", "deuxième session", "seconde session"])
U("Quelle est l'adresse web de la plateforme de dépôt des dossiers ?", DELIB, ["http", "www"])

# --- web page
A("Combien le Département a-t-il attribué au total aux tiers-lieux en 2025 ?",
  ["146 500 euros"], WEB)
A("Quand la commission permanente a-t-elle attribué les aides Lieux communs ?",
  ["27 juin 2025"], WEB, kind="date")
A("Combien de candidatures pour Lieux communs cette année et l'an dernier ?",
  ["17 dossiers", "11 en 2024"], WEB)
Q_GRANGE = "Quel montant a reçu La Grange Ouverte ?"
A(Q_GRANGE, ["32 000 €"], WEB, kind="table")
A("Et la régie de quartier Brévançon Nord ?", ["16 000 €"], WEB, kind="followup",
  history=[Q_GRANGE])
A("Dans quelle commune se situe le projet de la coopérative Terre et Toits ?", ["Querlanges"],
  WEB, kind="table")
A("Que signifie « tiers-lieu solidaire » pour le Département de la Sornelle ?",
  ["trois types d'activités"], WEB, kind="definition")
A("Une mairie peut-elle déposer elle-même un dossier à l'appel à projets Lieux communs ?",
  ["en propre"], WEB, kind="yesno")
A("Quand peut-on candidater pour l'édition 2026 de Lieux communs ?",
  ["12 janvier au 20 mars 2026"], WEB, kind="date")
A("Quelle enveloppe annuelle le Département consacre-t-il à l'appel à projets ?",
  ["150 000 euros"], WEB)
A("Qui est la vice-présidente en charge de l'ESS au Département ?", ["Nadège Bellec"], WEB,
  kind="person")
A("Jusqu'à combien le Département finance-t-il les travaux et équipements d'un tiers-lieu ?",
  ["35 000 euros"], WEB)
A("Le Département aide-t-il aussi à faire vivre le lieu une fois ouvert ?",
  ["deux premières années"], WEB, kind="yesno")
A("Quel projet porte la régie de quartier de Brévançon Nord ?", ["Conciergerie de quartier"], WEB,
  kind="table")
A("Le jury s'est réuni quand ?", ["4 juin 2025"], WEB, kind="date")
A("Which tiers-lieu project in Tilleray received funding from the Département?",
  ["Les Voisins d'Abord"], WEB, kind="english", lang="en")
A("Who is the ESS contact person at the Département de la Sornelle?", ["Capucine Morvandel"],
  WEB, kind="english", lang="en")

U("Quels étaient les lauréats de la première édition de Lieux communs ?", WEB,
  ["première édition", "lauréats 2024"])
U("Quel montant a été attribué au tiers-lieu de Montcrevet ?", WEB, ["Montcrevet"])
U("Qui préside le jury de l'appel à projets Lieux communs ?", WEB,
  ["président du jury", "présidente du jury", "présidé par"])
U("Combien de tiers-lieux compte le département de la Sornelle au total ?", WEB,
  ["recensés", "recense", "tiers-lieux au total"])
U("How much did the Lieux communs call for projects award in 2023?", WEB, ["2023"], lang="en")

# --- comité technique (Markdown)
Q_TONNES = "Combien de tonnes de textiles ont été collectées pendant la campagne 2024-2025 ?"
A(Q_TONNES, ["486 tonnes"], COTECH)
U("Et quel objectif de tonnage pour la campagne suivante ?", COTECH,
  ["2025-2026", "objectif de collecte", "tonnes d'ici"], history=[Q_TONNES])
A("Quel est le taux de réemploi sur le site d'Ormessac ?", ["52 %"], COTECH, kind="table")
A("Combien de tonnes ont été collectées à Tilleray ?", ["121"], COTECH, kind="table")
A("Que veut dire taux de réemploi dans le CR du PTCE textile ?", ["en l'état"], COTECH,
  kind="definition")
Q_SORTIES = "Quel est le taux de sorties dynamiques des salariés en insertion du PTCE ?"
A(Q_SORTIES, ["57 %"], COTECH)
A("Ça recouvre quoi, une sortie dynamique ?",
  ["emploi durable", "formation qualifiante"], COTECH, kind="followup",
  history=[Q_SORTIES])
Q_ATELIER = "Combien coûterait l'atelier de surcyclage de Sérignol ?"
A(Q_ATELIER, ["318 000 euros"], COTECH)
A("Et ça créerait combien d'emplois ?", ["8 postes", "6 en insertion"], COTECH, kind="followup",
  history=[Q_ATELIER])
A("C'est quand le prochain comité technique du PTCE Boucle Textile Sornellaise ?",
  ["10 février 2026"], COTECH, kind="date")
A("Qui coordonne le PTCE Boucle Textile Sornellaise ?", ["Ysaline Perrodeau"], COTECH,
  kind="person")
A("Combien le syndicat de traitement des déchets verse-t-il au PTCE par tonne ?",
  ["95 euros par tonne"], COTECH)
A("Quelles décisions a prises le comité technique du 18 novembre 2025 ?",
  ["étude de faisabilité", "collecte spéciale"], COTECH, kind="list")
A("L'atelier de surcyclage tel qu'il est prévu peut-il être financé par Lieux communs ?",
  ["sans ouverture au public"], COTECH, kind="yesno")
A("Depuis quand le poste d'encadrant technique de Tilleray est-il vacant ?", ["juillet 2025"],
  COTECH, kind="date")
A("Quel budget pour l'étude de faisabilité de l'atelier textile ?", ["14 500 euros"], COTECH)
A("Quand aura lieu la collecte spéciale sur le marché de Montcrevet ?", ["22 novembre 2025"],
  COTECH, kind="date")
A("How many textile drop-off points does the PTCE network currently have?", ["58"], COTECH,
  kind="english", lang="en")

U("Quel est le taux de réemploi sur le site de tri de Sérignol ?", COTECH, ["| Sérignol"])
U("Qui préside le SYTRADS ?", COTECH,
  ["président du SYTRADS", "présidente du SYTRADS", "présidé par"])
U("Quel est le budget de fonctionnement annuel du PTCE Boucle Textile Sornellaise ?", COTECH,
  ["budget de fonctionnement", "budget annuel"])
U("Combien de tonnes de textiles ont été collectées à Montcrevet en 2024-2025 ?", COTECH,
  ["| Montcrevet"])
U("Quel salaire est proposé pour le poste d'encadrant technique de Tilleray ?", COTECH,
  ["salaire", "rémunération"])

# --- note clauses sociales (text)
Q_HEURES = "Combien d'heures d'insertion la Ville de Brévançon a-t-elle obtenues via ses marchés en 2024 ?"
A(Q_HEURES, ["21 340 heures"], NOTE)
A("Et l'année précédente ?", ["17 900 heures"], NOTE, kind="followup", history=[Q_HEURES])
A("Combien de personnes ont eu un contrat grâce aux clauses sociales à Brévançon en 2024 ?",
  ["74 personnes"], NOTE)
A("Combien de femmes ont bénéficié des clauses sociales de la Ville de Brévançon en 2024 ?",
  ["23 femmes"], NOTE)
A("C'est quoi une clause sociale d'insertion ?", ["éloignées de l'emploi"], NOTE,
  kind="definition")
A("Combien d'heures d'insertion sur le chantier de la médiathèque ?", ["5 460 heures"], NOTE)
A("Quel seuil la note propose-t-elle pour étudier systématiquement une clause sociale ?",
  ["90 000 euros HT"], NOTE)
A("Quel est l'objectif d'heures d'insertion pour 2025 à Brévançon ?", ["25 000 heures"], NOTE)
A("Depuis quand Brévançon met-elle des clauses sociales dans ses marchés ?", ["2017"], NOTE,
  kind="date")
A("Quelle part des heures a été faite par les SIAE du territoire ?", ["46 %"], NOTE,
  kind="paraphrase")
A("Combien de marchés avaient une clause sociale en 2024, et pour quel montant ?",
  ["16 marchés", "11,8 millions d'euros HT"], NOTE)
A("Qui a signé la note sur le bilan des clauses sociales ?", ["Arnaud Quélennec"], NOTE,
  kind="person")
A("Combien de bénéficiaires étaient en emploi ou en formation six mois après leur mission ?",
  ["38"], NOTE)
A("Who is the social clause facilitator for the city of Brévançon?", ["Morgane Trévillac"], NOTE,
  kind="english", lang="en")

U("Combien d'heures d'insertion la Ville de Brévançon a-t-elle réalisées en 2022 ?", NOTE,
  ["2022"])
U("Combien d'heures d'insertion le Département de la Sornelle a-t-il générées en 2024 ?", NOTE,
  ["département"])
U("Combien de bénéficiaires des clauses sociales ont décroché un CDI ?", NOTE,
  ["CDI", "contrat à durée indéterminée"])
U("Combien d'heures d'insertion sur le marché de restauration scolaire ?", NOTE,
  ["restauration"])


# ------------------------------------------------------------------------------ text extraction


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs) -> None:  # noqa: ANN001
        if tag in ("script", "style"):
            self.skip += 1
        self.out.append(" ")

    def handle_endtag(self, tag) -> None:  # noqa: ANN001
        if tag in ("script", "style"):
            self.skip -= 1
        self.out.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(data)


def norm(text: str) -> str:
    text = re.sub(r"-\n(?=[a-zàâäçéèêëîïôöùûüÿœæ])", "", text)
    return re.sub(r"\s+", " ", text).strip()


def html_text(raw: str) -> str:
    p = _Text()
    p.feed(raw)
    return norm(unescape("".join(p.out)))


def pdf_pages(path: Path) -> list[str]:
    return [norm(page.extract_text() or "") for page in PdfReader(str(path)).pages]


# ----------------------------------------------------------------------------------- main


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    build_panorama(CORPUS / PANO)
    build_deliberation(CORPUS / DELIB)
    (CORPUS / WEB).write_text(WEB_HTML, encoding="utf-8")
    (CORPUS / COTECH).write_text(build_cotech(), encoding="utf-8")
    (CORPUS / NOTE).write_text(build_note(), encoding="utf-8")

    pages: dict[str, list[str]] = {PANO: pdf_pages(CORPUS / PANO),
                                   DELIB: pdf_pages(CORPUS / DELIB)}
    flat: dict[str, str] = {name: " ".join(p) for name, p in pages.items()}
    flat[WEB] = html_text(WEB_HTML)
    flat[COTECH] = norm((CORPUS / COTECH).read_text(encoding="utf-8"))
    flat[NOTE] = norm((CORPUS / NOTE).read_text(encoding="utf-8"))

    errors: list[str] = []
    records = []
    seen = set()
    for n, q in enumerate(QUESTIONS_SPEC, 1):
        qid = f"fresh10-eval-{n:02d}" if n < 100 else f"fresh10-eval-{n}"
        if q["question"] in seen:
            errors.append(f"{qid}: duplicate question")
        seen.add(q["question"])
        if q["answerable"]:
            src = q["sources"][0]
            if not q["facts"]:
                errors.append(f"{qid}: no facts")
            if src in pages:
                n_pages = len(pages[src])
                if not q["pages"] or any(not 1 <= p <= n_pages for p in q["pages"]):
                    errors.append(f"{qid}: bad pages {q['pages']}")
                for fact in q["facts"]:
                    if not any(fact in pages[src][p - 1] for p in q["pages"] if 1 <= p <= n_pages):
                        where = [i + 1 for i, t in enumerate(pages[src]) if fact in t]
                        errors.append(f"{qid}: fact {fact!r} not on pages {q['pages']} (found {where})")
            else:
                if q["pages"]:
                    errors.append(f"{qid}: pages given for non-PDF")
                for fact in q["facts"]:
                    if fact not in flat[src]:
                        errors.append(f"{qid}: fact {fact!r} missing from {src}")
        else:
            low = flat[q["near"]].lower()
            for probe in q["probes"]:
                if probe.lower() in low:
                    errors.append(f"{qid}: probe {probe!r} occurs in {q['near']}")
        records.append({
            "id": qid, "question": q["question"], "facts": q["facts"], "sources": q["sources"],
            "answerable": q["answerable"], "history": q["history"], "pages": q["pages"],
        })

    with QUESTIONS.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- summary
    print("Documents:")
    for name in (PANO, DELIB, WEB, COTECH, NOTE):
        extra = f", {len(pages[name])} pages" if name in pages else ""
        print(f"  {name} ({(CORPUS / name).stat().st_size} bytes{extra})")
    total = len(QUESTIONS_SPEC)
    ans = sum(q["answerable"] for q in QUESTIONS_SPEC)
    en = sum(q["lang"] == "en" for q in QUESTIONS_SPEC)
    fu = sum(bool(q["history"]) for q in QUESTIONS_SPEC)
    print(f"Questions: {total} (answerable {ans}, unanswerable {total - ans} "
          f"= {100 * (total - ans) / total:.0f} %, English {en}, follow-ups {fu})")
    kinds = Counter(q["kind"] for q in QUESTIONS_SPEC)
    print("By kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    by_src = Counter(q["sources"][0] if q["sources"] else "(none) near " + q["near"]
                     for q in QUESTIONS_SPEC)
    for k, v in sorted(by_src.items()):
        print(f"  {v:3d}  {k}")
    if errors:
        print(f"\n{len(errors)} FAILURE(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("All checks passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
