"""Build the fresh8 held-out evaluation set for esschat.

Run from the repository root:

    .venv/bin/python evals/fresh8/build.py

Writes five fictional French documents into evals/fresh8/corpus/ and the questions into
evals/fresh8/questions.jsonl, then checks every answerable question: each fact must occur in its
source text (for PDFs on one of the declared pages, after pypdf extraction, joining of line-end
hyphens and collapsing of whitespace; for HTML after stripping tags, scripts and styles). Each
unanswerable question carries probes, strings that must NOT occur in the document it nearly
matches. Exits 1 when a check fails. Deterministic: no randomness, fixed dates.

Everything is invented: the département de la Mérande (chef-lieu Mérandeuil), the Communauté de
communes du Pays d'Ormelin (CCPO) and its communes (Saint-Quérand, Vielcourt, Montbazel, Lancrais,
Bréviande…), the CRESS Val d'Ysmes, the organisations, the people and the figures.
"""

from __future__ import annotations

import json
import re
import sys
import textwrap
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

REPORT = "rapport_activite_2024_scic_ressourcerie_sauviere.pdf"
DELIB = "deliberation_cp_merande_2025-03-14_programme_ess.pdf"
WEB = "cc-pays-ormelin_actualites_bilan-mois-ess-2024.html"
AG = "cr_ag_scic_soleil_ormelin_2025-05-24.md"
NOTE = "note_elus_epicerie_itinerante_petit_chariot_2025-01-20.txt"

NBSP = "\u00a0"
SHY = "\u00ad"
HYPH = pyphen.Pyphen(lang="fr_FR", left=3, right=3)
LONG_WORD = re.compile(r"(?<![\w'’-])[a-zàâäçéèêëîïôöùûüÿœæ]{9,}(?![\w-])")
BLUE = (28, 92, 72)


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
    def __init__(self, head_left: str, head_right: str, foot_left: str,
                 cover_header: bool = False) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.head_left = head_left
        self.head_right = head_right
        self.foot_left = foot_left
        self.cover_header = cover_header
        for style, name in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("Serif", style, str(FONT_DIR / f"LiberationSerif-{name}.ttf"))
            self.add_font("Sans", style, str(FONT_DIR / f"LiberationSans-{name}.ttf"))
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, margin=22)
        self.set_lang("fr-FR")

    def header(self) -> None:
        if self.page_no() == 1 and not self.cover_header:
            return
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.set_xy(20, 10)
        self.cell(120, 4, fr(self.head_left))
        self.cell(0, 4, fr(self.head_right), align="R")
        self.set_draw_color(*BLUE)
        self.set_line_width(0.3)
        self.line(20, 15.5, 190, 15.5)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_xy(20, 22)

    def footer(self) -> None:
        self.set_draw_color(170, 170, 170)
        self.line(20, 282, 190, 282)
        self.set_xy(20, 283.5)
        self.set_font("Sans", "", 7.5)
        self.set_text_color(100, 100, 100)
        self.cell(130, 4, fr(self.foot_left))
        self.cell(0, 4, f"page {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, level: int = 0, outline: bool = True) -> None:
        if outline:
            self.start_section(fr(text), level=level)
        self.ln(2.5 if level == 0 else 1.2)
        self.set_font("Sans", "B", 13.5 if level == 0 else 11)
        self.set_text_color(*BLUE)
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
            self.cell(6, lh, mark)
            self.set_xy(self.l_margin + indent + 6, y)
            self.multi_cell(self.epw - indent - 6, lh, hyph(fr(item)), align="J",
                            new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)
        self.ln(1.2)

    def grid(self, caption: str, headers: list[str], rows: list[list[str]],
             widths: list[float], total: bool = True, size: float = 9.0) -> None:
        """A table with wrapped header cells, right-aligned figures and an optional total row."""
        if self.get_y() + 32 > self.page_break_trigger:  # keep the caption with its table
            self.add_page()
        self.set_font("Sans", "B", 9.5)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 5, fr(caption), new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)
        self.set_font("Sans", "", size)
        aligns = ["LEFT"] + ["RIGHT"] * (len(headers) - 1)
        head_style = FontFace(emphasis="BOLD", fill_color=(214, 232, 224))
        total_style = FontFace(emphasis="BOLD", fill_color=(238, 238, 238))
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


# ------------------------------------------------------------------ document 1: rapport d'activité


def build_report(path: Path) -> None:
    pdf = Doc("SCIC La Ressourcerie de la Sauvière", "Rapport d'activité 2024",
              "Rapport d'activité 2024 – assemblée générale des sociétaires du 17 juin 2025")
    pdf.set_auto_page_break(True, margin=22)

    # page 1: cover, editorial and key figures
    pdf.add_page()
    pdf.set_fill_color(*BLUE)
    pdf.rect(20, 18, 170, 66, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(28, 25)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, fr("SCIC La Ressourcerie de la Sauvière · Vielcourt et Saint-Quérand"))
    pdf.set_xy(28, 37)
    pdf.set_font("Sans", "B", 26)
    pdf.cell(0, 11, fr("Rapport d'activité 2024"))
    pdf.set_xy(28, 52)
    pdf.set_font("Sans", "", 13)
    pdf.multi_cell(150, 6.5, fr("Collecter, réparer, revendre, accompagner vers l'emploi"),
                   align="L")
    pdf.set_xy(28, 68)
    pdf.set_font("Sans", "I", 10)
    pdf.multi_cell(150, 5.5, fr("Document présenté à l'assemblée générale des sociétaires du "
                                "17 juin 2025 – exercice du 1er janvier au 31 décembre 2024"),
                   align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(92)
    pdf.heading("Le mot du président")
    pdf.para("""Douze ans après la création de l'association qui lui a donné naissance, la
        Ressourcerie de la Sauvière a franchi en 2024 un cap symbolique : pour la première fois,
        plus de 550 tonnes d'objets ont été détournées de l'enfouissement grâce à nos collectes.
        Ce résultat, nous le devons aux 61 salariés en parcours d'insertion qui ont travaillé dans
        nos ateliers, aux 14 salariés permanents qui les ont encadrés et aux quelque 70 bénévoles
        qui tiennent les caisses, trient les livres et animent nos ateliers de réparation.""")
    pdf.para("""L'année a aussi été marquée par l'ouverture, le 5 octobre 2024, de notre seconde
        boutique, La Petite Sauvière, dans le centre-bourg de Saint-Quérand. Après un exercice 2023
        difficile, nos comptes renouent avec l'équilibre : l'exercice se clôt sur un excédent que
        nous proposerons d'affecter intégralement aux réserves impartageables.""")
    pdf.para("""Je remercie nos partenaires publics, au premier rang desquels l'État, le
        Département de la Mérande et la Communauté de communes du Pays d'Ormelin, ainsi que nos
        sociétaires, dont la confiance ne s'est jamais démentie.""")
    pdf.para("Armand Teyssier, président de la SCIC", style="I", align="R", after=3)
    pdf.heading("L'année 2024 en bref", level=1)
    pdf.bullets([
        "558,5 tonnes collectées, dont 48,8 % réemployées ;",
        "61 salariés en parcours d'insertion et 69 % de sorties dynamiques ;",
        "41 380 passages en caisse dans nos deux boutiques ;",
        "156 sociétaires au 31 décembre 2024.",
    ])

    # page 2: identity and governance
    pdf.add_page()
    pdf.heading("1. Qui sommes-nous ?")
    pdf.para("""Créée en 2012 sous forme associative par un collectif d'habitants de Vielcourt, la
        Ressourcerie de la Sauvière s'est transformée le 1er juillet 2019 en société coopérative
        d'intérêt collectif (SCIC) par actions simplifiée. Elle est conventionnée par l'État comme
        atelier et chantier d'insertion (ACI) et adhère au réseau régional des ressourceries
        ainsi qu'à la CRESS Val d'Ysmes.""")
    pdf.para("""Son siège et son atelier principal sont installés depuis 2016 dans l'ancienne
        scierie Dautremer, zone d'activités des Grands Prés à Vielcourt, sur un site de
        2 400 m² dont 650 m² de surface de vente.""")
    pdf.heading("Gouvernance", level=1)
    pdf.para("""La SCIC est présidée depuis juin 2022 par Armand Teyssier, bénévole et ancien
        artisan menuisier. La direction est assurée par Nadège Corbineau, directrice depuis
        2017, secondée par Bertrand Lhomme, responsable administratif et financier. Un comité
        stratégique de neuf membres, élus par l'assemblée générale pour trois ans, se réunit
        chaque trimestre ; il s'est réuni cinq fois en 2024, dont une séance extraordinaire
        consacrée au projet de boutique de Saint-Quérand.""")
    pdf.para("""Au 31 décembre 2024, la coopérative comptait 156 sociétaires répartis en quatre
        collèges, contre 131 un an plus tôt. Le capital social s'élève à 71 250 euros ; chaque
        part sociale a une valeur nominale de 50 euros. Le poids de chaque collège dans les votes
        de l'assemblée générale est fixé par les statuts, indépendamment du nombre de parts
        détenues.""")
    pdf.grid("Tableau 1 – Sociétaires, capital et droits de vote par collège au 31 décembre 2024",
             ["Collège", "Nombre de sociétaires", "Capital détenu (en euros)",
              "Droits de vote en assemblée générale"],
             [["Salariés", "38", "4 750", "30 %"],
              ["Bénévoles et usagers", "97", "9 700", "25 %"],
              ["Collectivités publiques", "4", "30 000", "20 %"],
              ["Partenaires (entreprises, associations)", "17", "26 800", "25 %"],
              ["Total", "156", "71 250", "100 %"]],
             [66, 32, 36, 36])
    pdf.note("""Le collège des collectivités publiques réunit la Communauté de communes du Pays
        d'Ormelin et les communes de Vielcourt, Saint-Quérand et Lancrais. Conformément à la loi,
        les collectivités ne peuvent détenir ensemble plus de 50 % du capital.""")
    pdf.para("""L'équipe permanente compte 14 salariés, soit 12,4 équivalents temps plein :
        la directrice, le responsable administratif et financier, deux conseillères en insertion
        professionnelle, quatre encadrants techniques, deux vendeuses, deux chauffeurs-valoristes,
        une animatrice de sensibilisation et un agent d'entretien. Une soixantaine de bénévoles
        réguliers viennent compléter l'équipe.""")

    # page 3: collection
    pdf.add_page()
    pdf.heading("2. Collecter et réemployer")
    pdf.para("""En 2024, la ressourcerie a collecté 558,5 tonnes d'objets, de textiles et
        d'équipements, soit une hausse de 10,8 % par rapport à 2023. Près de la moitié de ce
        gisement a trouvé une seconde vie : 48,8 % des tonnages ont été réemployés, c'est-à-dire
        revendus en l'état ou après réparation. Le reste a été orienté vers le recyclage
        (41,0 %) ou, en dernier recours, vers l'élimination (10,2 %).""")
    pdf.grid("Tableau 2 – Tonnages collectés par flux et taux de réemploi",
             ["Flux", "Tonnes collectées en 2023", "Tonnes collectées en 2024",
              "Taux de réemploi en 2024"],
             [["Mobilier", "212,4", "236,8", "41 %"],
              ["Textile et linge", "148,9", "171,3", "58 %"],
              ["Électroménager", "63,2", "58,7", "22 %"],
              ["Livres, disques et jeux", "41,5", "47,6", "66 %"],
              ["Vaisselle et bibelots", "38,0", "44,1", "72 %"],
              ["Total", "504,0", "558,5", "48,8 %"]],
             [62, 36, 36, 36])
    pdf.para("""Le mobilier reste le premier flux, porté par les débarras de logements, tandis que
        le textile progresse de 15 % grâce aux 14 bornes installées par la ressourcerie sur le
        territoire intercommunal. Seul l'électroménager recule : les appareils les plus anciens,
        non réparables, sont désormais orientés directement vers l'éco-organisme dès la
        déchèterie, sans transiter par nos ateliers.""")
    pdf.para("""La vaisselle et les bibelots affichent le meilleur taux de réemploi ; à
        l'inverse, moins d'un appareil électroménager sur quatre peut être remis en vente, faute
        de pièces détachées disponibles à un coût raisonnable.""")
    pdf.para("Les apports proviennent de trois canaux, dont le poids relatif évolue peu :",
             after=1.5)
    pdf.bullets([
        """l'apport volontaire au dépôt de Vielcourt, ouvert du mardi au samedi de 9 h à 18 h,
        qui représente à lui seul 61 % des tonnages collectés ;""",
        """les enlèvements à domicile sur rendez-vous, au nombre de 1 214 en 2024, facturés
        25 euros dans la limite de 3 m³ et gratuits pour les personnes orientées par un centre
        communal d'action sociale ;""",
        """les caissons de réemploi installés dans les trois déchèteries de la Communauté de
        communes, à Saint-Quérand, Montbazel et Lancrais, où deux valoristes de la ressourcerie
        accueillent les usagers, leur expliquent les consignes de tri et repèrent les objets
        encore utilisables avant qu'ils ne soient jetés dans les bennes, ce qui a permis de
        détourner 87 tonnes en 2024.""",
    ])
    pdf.para("""Les objets remis en état sont vendus dans nos deux boutiques. Celle de Vielcourt,
        ouverte quatre jours par semaine, a réalisé 36 120 passages en caisse ; La Petite
        Sauvière, à Saint-Quérand, en a enregistré 5 260 depuis son ouverture. Au total, les
        41 380 passages en caisse ont généré un chiffre d'affaires de 471 700 euros, pour un
        panier moyen de 11,40 euros.""")
    pdf.para("""Selon la méthode de calcul proposée par le réseau régional des ressourceries, le
        réemploi a permis d'éviter l'émission d'environ 412 tonnes d'équivalent CO2.""")

    # insertion
    pdf.heading("3. Accompagner vers l'emploi")
    pdf.para("""La ressourcerie est conventionnée pour 24 postes d'insertion en équivalent temps
        plein. En 2024, 61 personnes ont été salariées en contrat à durée déterminée d'insertion
        (CDDI), pour une durée hebdomadaire de 26 heures en moyenne. L'année a compté 29 entrées
        et 26 sorties ; la durée moyenne des parcours achevés est de 14,2 mois.""")
    pdf.para("Le parcours proposé à chaque salarié repose sur trois piliers :", after=1.5)
    pdf.bullets([
        """un accompagnement socioprofessionnel individualisé, assuré par deux conseillères en
        insertion professionnelle, Élodie Vasseur et Karima Doucet, à raison d'un entretien
        toutes les deux semaines au minimum, pour lever les freins liés au logement, à la
        mobilité, à la santé ou à la garde des enfants ;""",
        """la formation : 3 860 heures de formation ont été dispensées en 2024, dont 1 240 heures
        de formation qualifiante (titre professionnel d'agent magasinier, certificat de
        réparateur en électroménager) ;""",
        """la découverte de l'entreprise : 31 périodes de mise en situation en milieu
        professionnel (PMSMP) ont été organisées chez des employeurs du territoire.""",
    ])
    pdf.grid("Tableau 3 – Profil des salariés en parcours d'insertion en 2024",
             ["Caractéristique", "Nombre de personnes", "Part des 61 salariés en parcours"],
             [["Femmes", "27", "44 %"],
              ["Moins de 26 ans", "11", "18 %"],
              ["50 ans et plus", "14", "23 %"],
              ["Bénéficiaires du RSA", "34", "56 %"],
              ["Demandeurs d'emploi de longue durée", "42", "69 %"],
              ["Résidents d'un quartier prioritaire de la politique de la ville", "9", "15 %"],
              ["Travailleurs handicapés (RQTH)", "7", "11 %"]],
             [100, 35, 35], total=False)
    pdf.grid("Tableau 4 – Situation des salariés à la sortie du parcours en 2024",
             ["Type de sortie", "Nombre de sorties", "Part des sorties"],
             [["Emploi durable (CDI, CDD ou intérim de six mois et plus)", "6", "23 %"],
              ["Emploi de transition (CDD ou intérim de moins de six mois)", "7", "27 %"],
              ["Sortie positive (formation qualifiante, autre structure d'insertion)", "5",
               "19 %"],
              ["Autre sortie (santé, déménagement, fin de contrat sans solution)", "8", "31 %"],
              ["Total", "26", "100 %"]],
             [110, 30, 30])
    pdf.para("""On appelle « sorties dynamiques » l'ensemble des sorties vers l'emploi durable,
        vers l'emploi de transition et des sorties positives. Avec 18 sorties dynamiques sur
        26, soit 69 %, la ressourcerie dépasse l'objectif de 60 % fixé par la direction
        départementale de l'emploi, du travail et des solidarités (DDETS) lors du dialogue de
        gestion. Le taux de sortie vers l'emploi durable, à 23 %, reste en revanche inférieur à
        celui de 2023 (31 %).""")

    # two-column page: the workshops
    pdf.add_page()
    pdf.heading("4. Nos ateliers")
    pdf.para("""Quatre ateliers structurent l'activité de production et servent de support aux
        parcours d'insertion.""", after=3)
    top = pdf.get_y()
    colw, gap = 81.0, 8.0
    x1, x2 = pdf.l_margin, pdf.l_margin + colw + gap
    columns = [
        [("Atelier bois et mobilier",
          ["""Encadré par Loïc Marchadier, menuisier de formation, l'atelier bois accueille huit
           salariés en parcours. En 2024, il a remis en vente 1 830 meubles, dont 310 ont été
           entièrement relookés : ponçage, peinture, changement de quincaillerie.""",
           """Les meubles relookés se vendent en moyenne 85 euros, contre 32 euros pour un
           meuble vendu en l'état. Une commande de 40 chaises pour la médiathèque de Montbazel
           a été honorée au printemps."""]),
         ("Atelier textile « Fil à fil »",
          ["""Sous la responsabilité de Samia Belkacem, couturière et encadrante technique,
           l'atelier trie chaque semaine près de 3,3 tonnes de textiles. Les pièces en bon état
           rejoignent la friperie ; les autres sont découpées en chiffons d'essuyage, vendus à
           19 entreprises et garages du territoire.""",
           """Un atelier de retouche est ouvert au public le samedi matin."""])],
        [("Atelier électroménager",
          ["""Les appareils collectés sont testés, nettoyés puis réparés par une équipe de six
           salariés encadrée par Franck Aubertin, électrotechnicien. En 2024, 612 appareils
           ont été remis en état et vendus avec une garantie de six mois ; le taux de retour
           sous garantie est de 4 %."""]),
         ("Pôle sensibilisation",
          ["""Animé par une salariée permanente, Justine Ferrol, et par des bénévoles, le pôle a
           conduit 41 animations dans les écoles et collèges du territoire, qui ont touché
           1 120 élèves.""",
           """Il organise aussi un repair café mensuel : les 11 séances de 2024 ont permis de
           réparer 264 objets sur les 389 présentés par les habitants, soit un taux de réussite
           de 68 %."""])],
    ]
    bottoms = []
    for x, items in zip((x1, x2), columns, strict=True):
        pdf.set_y(top)
        for title, paras in items:
            pdf.set_x(x)
            pdf.set_font("Sans", "B", 10.5)
            pdf.set_text_color(*BLUE)
            pdf.multi_cell(colw, 5.2, fr(title), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
            for text in paras:
                pdf.para(text, w=colw, x=x, size=10, lh=4.8, after=1.8)
            pdf.ln(3)
        bottoms.append(pdf.get_y())
    pdf.set_draw_color(170, 170, 170)
    pdf.line(x1 + colw + gap / 2, top, x1 + colw + gap / 2, max(bottoms) - 3)
    pdf.set_y(max(bottoms) + 2)
    pdf.note("""Les volumes de l'atelier textile sont exprimés en poids net après retrait des
        cintres et emballages. Les chiffres du repair café sont tenus par les bénévoles.""")

    # finances
    pdf.heading("5. Les comptes de l'exercice 2024")
    pdf.para("""Les comptes 2024 ont été arrêtés par le comité stratégique le 22 avril 2025 et
        certifiés sans réserve par le commissaire aux comptes, le cabinet Berthomieu et
        Associés. Les produits atteignent 1 488 600 euros, en hausse de 7,7 %. Les ressources
        propres, c'est-à-dire les ventes en boutique et les prestations de service, en
        représentent 37,5 %, contre 36,0 % en 2023.""")
    pdf.grid("Tableau 5 – Produits de l'exercice (en euros)",
             ["Origine des produits", "Exercice 2023", "Exercice 2024", "Évolution"],
             [["Ventes en boutique", "418 200", "471 700", "+12,8 %"],
              ["Prestations de service (enlèvements, débarras)", "79 900", "86 300", "+8,0 %"],
              ["Aides au poste de l'État (ACI)", "587 300", "612 400", "+4,3 %"],
              ["Conseil départemental de la Mérande", "118 000", "118 000", "0,0 %"],
              ["Communauté de communes du Pays d'Ormelin", "60 000", "75 000", "+25,0 %"],
              ["Fonds social européen (FSE+)", "71 200", "64 800", "-9,0 %"],
              ["Soutiens des éco-organismes", "29 400", "38 900", "+32,3 %"],
              ["Autres produits", "18 700", "21 500", "+15,0 %"],
              ["Total des produits", "1 382 700", "1 488 600", "+7,7 %"]],
             [80, 30, 30, 30])

    # page 7: charges and result
    pdf.grid("Tableau 6 – Charges de l'exercice 2024 (en euros)",
             ["Nature des charges", "Montant", "Part du total"],
             [["Salaires et charges sociales", "1 102 300", "75,3 %"],
              ["Achats et charges externes", "248 600", "17,0 %"],
              ["Loyers et charges locatives", "54 000", "3,7 %"],
              ["Dotations aux amortissements", "41 200", "2,8 %"],
              ["Impôts et taxes", "17 800", "1,2 %"],
              ["Total des charges", "1 463 900", "100 %"]],
             [100, 35, 35])
    pdf.para("""Le résultat net de l'exercice est un excédent de 24 700 euros, après un déficit
        de 8 300 euros en 2023. La hausse des ventes et la revalorisation de l'aide au poste ont
        plus que compensé la baisse des crédits européens. La trésorerie disponible au
        31 décembre 2024 représente 71 jours de charges d'exploitation.""")
    pdf.para("""Le comité stratégique proposera à l'assemblée générale d'affecter la totalité du
        résultat aux réserves impartageables, conformément aux statuts de la SCIC. Aucune
        rémunération des parts sociales n'est proposée.""")

    # perspectives
    pdf.heading("6. Perspectives 2025")
    pdf.para("Le comité stratégique a retenu trois priorités pour l'année 2025 :", after=1.5)
    pdf.bullets([
        """ouvrir à Montbazel, au second semestre, un atelier de réparation et de vente de vélos
        d'occasion, baptisé Cyclo'Sauvière, qui devrait créer quatre postes d'insertion ;""",
        """obtenir de l'État une extension du conventionnement de 24 à 28 postes d'insertion en
        équivalent temps plein ;""",
        """lancer avec la Communauté de communes une matériauthèque, plateforme de réemploi des
        matériaux du bâtiment, dont l'investissement est estimé à 185 000 euros.""",
    ], marks=["1.", "2.", "3."])
    pdf.para("""L'objectif de collecte pour 2025 est fixé à 600 tonnes. La ressourcerie
        poursuivra par ailleurs l'installation de panneaux photovoltaïques sur la toiture de son
        atelier, en partenariat avec la SCIC Soleil d'Ormelin, et le renouvellement de son
        camion de collecte, acquis en 2015.""")

    # last page: glossary and contacts
    pdf.add_page()
    pdf.heading("Glossaire")
    glossary = [
        ("Atelier et chantier d'insertion (ACI)", """structure d'insertion par l'activité
         économique conventionnée par l'État, qui salarie des personnes éloignées de l'emploi
         et leur propose un accompagnement social et professionnel."""),
        ("CDDI", """contrat à durée déterminée d'insertion, d'une durée de quatre mois minimum,
         renouvelable dans la limite de vingt-quatre mois."""),
        ("Ressourcerie", """structure qui collecte les objets dont leurs propriétaires
         souhaitent se séparer, les valorise en priorité par le réemploi et la réutilisation,
         et sensibilise le public à la réduction des déchets."""),
        ("Réserves impartageables", """part des excédents mise en réserve, qui ne peut être
         distribuée aux sociétaires, ni pendant la vie de la coopérative ni à sa
         dissolution."""),
        ("SCIC", """société coopérative d'intérêt collectif, qui associe obligatoirement des
         salariés, des bénéficiaires et au moins une troisième catégorie de sociétaires autour
         d'un projet d'utilité sociale."""),
    ]
    for term, definition in glossary:
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(0, 5, hyph(fr(term)), new_x="LMARGIN", new_y="NEXT")
        pdf.para(definition, after=2.5)
    pdf.heading("Ils nous soutiennent", level=1)
    pdf.para("""État (direction départementale de l'emploi, du travail et des solidarités),
        Département de la Mérande, Communauté de communes du Pays d'Ormelin, communes de
        Vielcourt, Saint-Quérand et Lancrais, Union européenne (FSE+), éco-organismes de la
        filière ameublement et de la filière textile, Fondation Terres d'Ysmes.""")
    pdf.heading("Contact", level=1)
    pdf.para("""SCIC La Ressourcerie de la Sauvière – ZA des Grands Prés, 4 allée des Tisserands,
        Vielcourt – contact@ressourcerie-sauviere.fr. Directrice : Nadège Corbineau.""",
             align="L")

    finish(pdf, path, "Rapport d'activité 2024 – SCIC La Ressourcerie de la Sauvière",
           "SCIC La Ressourcerie de la Sauvière",
           "Rapport d'activité 2024 : collecte, réemploi, insertion, comptes",
           "ressourcerie, réemploi, insertion, SCIC, Pays d'Ormelin, Mérande",
           datetime(2025, 5, 26, 9, 0, tzinfo=UTC))


# ---------------------------------------------------------- document 2: délibération départementale


def article(pdf: Doc, title: str) -> None:
    pdf.start_section(fr(title), level=1)
    pdf.ln(1)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, fr(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def build_delib(path: Path) -> None:
    pdf = Doc("Département de la Mérande – Commission permanente du 14 mars 2025",
              "Délibération n° CP-2025-03-27",
              "Hôtel du Département – 2 cours Aristide-Lebrun – Mérandeuil", cover_header=True)

    pdf.add_page()
    pdf.set_font("Sans", "B", 10)
    pdf.cell(85, 5, "RÉPUBLIQUE FRANÇAISE")
    pdf.cell(0, 5, fr("Délibération n° CP-2025-03-27"), align="R", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*BLUE)
    pdf.cell(0, 6.5, fr("DÉPARTEMENT DE LA MÉRANDE"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, "Conseil départemental", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "B", 11)
    pdf.multi_cell(0, 5.5, fr("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION "
                              "PERMANENTE – Réunion du vendredi 14 mars 2025"), align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_fill_color(236, 244, 240)
    pdf.set_font("Sans", "B", 10)
    pdf.multi_cell(0, 5.2, fr("Objet : Programme départemental « Mérande, terre d'ESS » "
                              "2025-2027 – programmation 2025 et attribution de subventions"),
                   fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(0, 5, fr("Rapporteure : Mme Hélène Quintard, vice-présidente chargée de "
                            "l'insertion, de l'emploi et de l'économie sociale et solidaire"),
                   fill=True, padding=2, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.para("""L'an deux mille vingt-cinq, le quatorze mars, à dix heures, la commission
        permanente du conseil départemental de la Mérande, régulièrement convoquée le
        4 mars 2025, s'est réunie à l'hôtel du Département, à Mérandeuil, sous la présidence de
        M. Gérard Fonsalade, président du conseil départemental.""")
    pdf.para("""Membres en exercice : 24 – Présents : 19 – Représentés : 3 – Absents : 2.
        Le quorum étant atteint, la commission peut valablement délibérer. Secrétaire de
        séance : Mme Odile Marsac-Ferrand, conseillère départementale du canton de
        Vielcourt.""")
    pdf.heading("Exposé des motifs", level=0)
    pdf.para("""Par délibération n° AD-2024-12-08 du 16 décembre 2024, l'assemblée départementale
        a adopté le programme « Mérande, terre d'ESS » pour la période 2025-2027 et lui a
        consacré une enveloppe de 2,4 millions d'euros sur trois ans. Ce programme traduit
        l'engagement du Département en faveur d'une économie qui concilie activité économique,
        utilité sociale et gouvernance démocratique.""")
    pdf.para("""Selon le dernier panorama publié par la CRESS Val d'Ysmes, l'économie sociale et
        solidaire compte dans la Mérande 1 086 établissements employeurs et 11 240 salariés,
        soit 10,9 % de l'emploi salarié privé du département. Les associations regroupent 78 %
        de ces salariés, les coopératives 14 %, les mutuelles et les fondations le solde.""")
    pdf.para("""Le programme s'articule autour de cinq axes. Pour 2025, première année de mise en
        œuvre, il est proposé d'y consacrer 812 000 euros, dont 330 000 euros seraient attribués
        dès la présente séance à quatre structures de l'insertion par l'activité économique
        (SIAE). Le Fonds « Amorce ESS », nouveau dispositif de l'axe 2, soutiendra la création
        et le premier développement d'entreprises de l'ESS ; son règlement figure à
        l'article 4.""")
    pdf.heading("Visas", level=0)
    pdf.bullets([
        """Vu le code général des collectivités territoriales, notamment ses articles L. 3211-1
        et L. 3211-2 ;""",
        "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
        "Vu la délibération de l'assemblée départementale n° AD-2024-12-08 du 16 décembre 2024 ;",
        """Vu le budget primitif 2025 adopté le 16 décembre 2024 et la délégation consentie à la
        commission permanente ;""",
        "Vu l'avis favorable de la commission « Solidarités et insertion » du 3 mars 2025 ;",
    ], marks=["–"] * 5, size=10)
    pdf.start_section("Décision", level=0)
    pdf.para("""Après en avoir délibéré, la commission permanente DÉCIDE :""", style="B")

    article(pdf, "Article 1er")
    pdf.para("""D'approuver la programmation 2025 du programme « Mérande, terre d'ESS », pour un
        montant total de 812 000 euros.""")
    article(pdf, "Article 2")
    pdf.para("""De répartir ces crédits entre les cinq axes du programme selon le tableau
        ci-dessous :""")
    pdf.grid("Répartition des crédits 2025 par axe",
             ["Axe du programme", "Crédits 2025 (en euros)", "Part de l'enveloppe 2025"],
             [["Axe 1 – Insertion par l'activité économique", "386 000", "47,5 %"],
              ["Axe 2 – Création d'entreprises de l'ESS (Fonds « Amorce ESS »)", "148 000",
               "18,2 %"],
              ["Axe 3 – Tiers-lieux et coopération territoriale", "122 000", "15,0 %"],
              ["Axe 4 – Achats responsables et clauses sociales", "54 000", "6,7 %"],
              ["Axe 5 – Animation, observation et communication", "102 000", "12,6 %"],
              ["Total", "812 000", "100 %"]],
             [110, 30, 30])
    article(pdf, "Article 3")
    pdf.para("""D'attribuer au titre de l'axe 1 les subventions de fonctionnement suivantes, pour
        un montant total de 330 000 euros :""")
    pdf.grid("Subventions attribuées au titre de l'axe 1",
             ["Bénéficiaire", "Commune", "Objet", "Montant (en euros)"],
             [["SCIC La Ressourcerie de la Sauvière", "Vielcourt",
               "Atelier et chantier d'insertion (réemploi)", "124 000"],
              ["Association Tremplin Mérande", "Bréviande",
               "Atelier et chantier d'insertion (maraîchage biologique)", "96 000"],
              ["Régie de quartier des Tilleuls", "Mérandeuil",
               "Entretien des espaces et services de proximité", "72 000"],
              ["Mérande Intérim Solidaire", "Mérandeuil",
               "Entreprise de travail temporaire d'insertion", "38 000"],
              ["Total", "", "", "330 000"]],
             [52, 28, 62, 28])
    pdf.para("""Le solde des crédits de l'axe 1, soit 56 000 euros, sera attribué lors de la
        commission permanente du 13 juin 2025, au vu des dialogues de gestion conduits par
        l'État avec les structures.""")
    article(pdf, "Article 4")
    pdf.para("""D'adopter le règlement du Fonds « Amorce ESS », doté de 148 000 euros pour 2025.
        Le fonds est ouvert aux entreprises de l'ESS au sens de l'article 1er de la loi du
        31 juillet 2014 précitée, dont le siège est situé dans la Mérande et qui ont été créées
        depuis moins de trois ans à la date du dépôt du dossier.""")
    pdf.para("""L'aide prend la forme d'une subvention plafonnée à 50 % des dépenses éligibles et
        à 15 000 euros par projet. Un même porteur ne peut en bénéficier qu'une seule fois. Les
        dossiers sont déposés du 1er avril au 30 mai 2025 sur la plateforme de démarches en
        ligne du Département ; ils sont instruits par la direction de l'insertion et de
        l'économie solidaire, puis soumis pour avis à un comité de sélection associant la CRESS
        Val d'Ysmes et l'association Mérande Initiative. Les projets sont appréciés selon quatre
        critères :""", after=1.5)
    pdf.bullets([
        "l'utilité sociale du projet et le public auquel il s'adresse ;",
        "son ancrage territorial et les partenariats noués localement ;",
        "sa viabilité économique à trois ans ;",
        "le caractère démocratique ou participatif de sa gouvernance.",
    ], marks=["a)", "b)", "c)", "d)"], size=10)
    pdf.para("""Ne sont pas éligibles les projets dont l'activité principale relève du commerce
        de détail alimentaire ou de l'hébergement touristique.""")
    article(pdf, "Article 5")
    pdf.para("""D'approuver la convention pluriannuelle d'objectifs 2025-2027 conclue avec la
        CRESS Val d'Ysmes et de lui attribuer, pour 2025, une subvention de 85 000 euros au titre
        de l'observatoire départemental de l'ESS, de l'organisation du Mois de l'ESS et de
        l'accompagnement des collectivités à l'achat socialement responsable. Le reliquat de
        l'axe 5, soit 17 000 euros, finance les actions de communication du programme.""")
    article(pdf, "Article 6")
    pdf.para("""Les crédits nécessaires sont inscrits au budget départemental 2025, chapitre 65,
        nature 6574 (subventions de fonctionnement aux personnes de droit privé), et
        chapitre 204 pour les subventions d'investissement du Fonds « Amorce ESS ».""")
    article(pdf, "Article 7")
    pdf.para("""D'autoriser le président du conseil départemental à signer les conventions
        correspondantes et tout document nécessaire à l'exécution de la présente
        délibération.""")
    article(pdf, "Article 8")
    pdf.para("""D'arrêter les indicateurs de suivi du programme figurant ci-dessous, dont un
        bilan sera présenté chaque année à la commission « Solidarités et insertion » :""")
    pdf.grid("Indicateurs de suivi du programme",
             ["Indicateur", "Valeur de référence 2024", "Cible 2027"],
             [["Salariés en parcours dans les SIAE soutenues", "412", "480"],
              ["Entreprises de l'ESS aidées par le Fonds « Amorce ESS »", "–", "30"],
              ["Tiers-lieux accompagnés par le Département", "7", "12"],
              ["Part des marchés départementaux comportant une clause sociale", "14 %", "25 %"],
              ["Collectivités accompagnées par la CRESS Val d'Ysmes", "5", "15"]],
             [110, 30, 30], total=False)
    pdf.heading("Résultat du vote", level=0)
    pdf.para("""M. Didier Castagnède, président de l'association Tremplin Mérande, n'a pas pris
        part au vote. La délibération est adoptée. Pour : 18 – Contre : 0 – Abstentions : 3
        (groupe « Mérande en commun »).""")
    pdf.ln(4)
    y = pdf.get_y()
    pdf.set_font("Serif", "", 10.5)
    pdf.set_xy(20, y)
    pdf.multi_cell(80, 5, fr("Fait à Mérandeuil, le 14 mars 2025."), align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.multi_cell(80, 5, fr("La secrétaire de séance,"), align="L", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("Serif", "B", 10.5)
    pdf.multi_cell(80, 5, fr("Odile Marsac-Ferrand"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 5, fr("Le président du conseil départemental,"), align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(110)
    pdf.set_font("Serif", "B", 10.5)
    pdf.multi_cell(80, 5, fr("Gérard Fonsalade"), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.note("""Certifié exécutoire. Transmis au représentant de l'État le 18 mars 2025 et publié
        le 19 mars 2025. Pour le président et par délégation, le directeur général des services,
        Laurent Peyrabout.""", size=9)
    pdf.note("""Voies et délais de recours : la présente délibération peut faire l'objet d'un
        recours contentieux devant le tribunal administratif dans un délai de deux mois à
        compter de sa publication.""", size=9)

    finish(pdf, path, "Délibération CP-2025-03-27 – Programme « Mérande, terre d'ESS »",
           "Département de la Mérande",
           "Commission permanente du 14 mars 2025 – programmation 2025 du programme ESS",
           "économie sociale et solidaire, insertion, Amorce ESS, CRESS Val d'Ysmes, Mérande",
           datetime(2025, 3, 19, 14, 0, tzinfo=UTC))


# ------------------------------------------------------------ document 3: page web intercommunale

WEB_HTML = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mois de l’ESS 2024 : le bilan et les lauréats des Trophées | Communauté de communes du Pays
 d’Ormelin</title>
<meta name="description" content="34 événements, 2 300 participants et quatre lauréats pour les
 Trophées de l’ESS du Pays d’Ormelin : retour sur le Mois de l’ESS 2024.">
<meta name="author" content="Service communication – CCPO">
<meta name="publisher" content="Communauté de communes du Pays d’Ormelin">
<meta name="dcterms.publisher" content="Communauté de communes du Pays d’Ormelin">
<meta name="date" content="2024-12-09">
<meta name="dcterms.date" content="2024-12-09">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Communauté de communes du Pays d’Ormelin">
<meta property="og:title" content="Mois de l’ESS 2024 : le bilan et les lauréats des Trophées">
<meta property="og:image" content="https://www.pays-ormelin.fr/medias/mois-ess-2024-forum.jpg">
<meta property="article:published_time" content="2024-12-09T10:30:00+01:00">
<meta property="article:modified_time" content="2024-12-11T16:05:00+01:00">
<link rel="canonical" href="https://www.pays-ormelin.fr/actualites/bilan-mois-ess-2024">
<link rel="stylesheet" href="/themes/ormelin/css/main.min.css?v=4.2.1">
<style>
  .cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#1c5c48;color:#fff}
  .visually-hidden{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px}
</style>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Mois de l’ESS 2024 : le bilan et les lauréats des Trophées",
 "datePublished":"2024-12-09T10:30:00+01:00","dateModified":"2024-12-11T16:05:00+01:00",
 "publisher":{"@type":"GovernmentOrganization",
  "name":"Communauté de communes du Pays d’Ormelin"}}
</script>
<script>
  window.dataLayer = window.dataLayer || [];
  function trackEvent(name){ window.dataLayer.push({event: name, site: "ccpo"}); }
</script>
</head>
<body class="page-actualite">
<div class="cookie-banner" id="tarteaucitronRoot" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d’audience et des contenus tiers (vidéos, cartes).
  Vous pouvez accepter ou refuser leur dépôt.</p>
  <button type="button" onclick="trackEvent('cookies_ok')">Tout accepter</button>
  <button type="button">Tout refuser</button>
  <a href="/politique-cookies">Personnaliser</a>
</div>
<a class="visually-hidden" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/themes/ormelin/img/logo-ccpo.svg"
    alt="Communauté de communes du Pays d’Ormelin – retour à l’accueil"></a>
  <form class="search" action="/recherche" role="search">
    <label for="q" class="visually-hidden">Rechercher</label>
    <input id="q" name="q" type="search" placeholder="Rechercher sur le site">
  </form>
  <nav class="main-menu" aria-label="Menu principal">
    <ul>
      <li><a href="/la-communaute">La communauté</a>
        <ul><li><a href="/la-communaute/elus">Les élus</a></li>
        <li><a href="/la-communaute/communes">Les 17 communes</a></li>
        <li><a href="/la-communaute/conseil">Conseil communautaire</a></li></ul></li>
      <li><a href="/vivre">Vivre au quotidien</a>
        <ul><li><a href="/vivre/dechets">Déchets et déchèteries</a></li>
        <li><a href="/vivre/petite-enfance">Petite enfance</a></li>
        <li><a href="/vivre/mobilites">Mobilités</a></li></ul></li>
      <li><a href="/entreprendre">Entreprendre</a>
        <ul><li><a href="/entreprendre/zones-activites">Zones d’activités</a></li>
        <li><a href="/entreprendre/ess">Économie sociale et solidaire</a></li>
        <li><a href="/entreprendre/aides">Aides aux entreprises</a></li></ul></li>
      <li><a href="/decouvrir">Découvrir</a></li>
      <li><a href="/actualites" aria-current="page">Actualités</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Fil d’Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/entreprendre">Entreprendre</a></li>
    <li><a href="/entreprendre/ess">Économie sociale et solidaire</a></li>
    <li aria-current="page">Bilan du Mois de l’ESS 2024</li>
  </ol>
</nav>
<main id="contenu">
<article class="actualite">
  <p class="rubrique">Économie sociale et solidaire</p>
  <h1>Mois de l’ESS 2024 : 2&nbsp;300 participants et quatre lauréats pour les Trophées du Pays
  d’Ormelin</h1>
  <p class="meta">Publié le <time datetime="2024-12-09">9 décembre 2024</time> – mis à jour le
  <time datetime="2024-12-11">11 décembre 2024</time> – Service développement économique</p>
  <ul class="share" aria-label="Partager cette page">
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.pays-ormelin.fr"
      >Partager sur Facebook</a></li>
    <li><a
      href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.pays-ormelin.fr"
      >Partager sur LinkedIn</a></li>
    <li><a href="mailto:?subject=Bilan%20du%20Mois%20de%20l%E2%80%99ESS%202024"
      >Envoyer par courriel</a></li>
    <li><a href="javascript:window.print()">Imprimer</a></li>
  </ul>
  <figure>
    <img src="/medias/mois-ess-2024-forum.jpg" width="1200" height="675"
      alt="Le forum de l’emploi solidaire à la halle de Saint-Quérand">
    <figcaption>Le forum de l’emploi solidaire, le 14 novembre à la halle de Saint-Quérand.
    <span class="credit">Photo : © CCPO / Thomas Lequien</span></figcaption>
  </figure>
  <p class="chapo">Du 2 au 29 novembre 2024, la Communauté de communes du Pays d’Ormelin et ses
  partenaires ont proposé 34 événements dans 9 communes à l’occasion du Mois de l’économie
  sociale et solidaire. Ils ont réuni 2&nbsp;300 participants, contre 1&nbsp;650 lors de
  l’édition 2023.</p>
  <h2>Une fréquentation en hausse dans toutes les communes</h2>
  <p>Pour sa troisième participation au Mois de l’ESS, la communauté de communes a fait le choix
  de décentraliser la programmation : visites d’entreprises, ateliers de réparation,
  ciné-débats et marchés de producteurs se sont tenus aussi bien dans les bourgs-centres que dans
  les plus petites communes du territoire. Saint-Quérand, ville-centre, a accueilli près de
  quatre participants sur dix.</p>
  <table class="table-stats">
    <caption>Événements et participants par commune</caption>
    <thead>
      <tr><th scope="col">Commune</th><th scope="col">Événements</th>
      <th scope="col">Participants</th></tr>
    </thead>
    <tbody>
      <tr><td>Saint-Quérand</td><td>11</td><td>890</td></tr>
      <tr><td>Vielcourt</td><td>7</td><td>520</td></tr>
      <tr><td>Montbazel</td><td>5</td><td>310</td></tr>
      <tr><td>Lancrais</td><td>4</td><td>240</td></tr>
      <tr><td>Bréviande</td><td>3</td><td>150</td></tr>
      <tr><td>Autres communes (4)</td><td>4</td><td>190</td></tr>
    </tbody>
    <tfoot>
      <tr><th scope="row">Total</th><td>34</td><td>2&nbsp;300</td></tr>
    </tfoot>
  </table>
  <p>Parmi les temps forts de cette édition :</p>
  <ul>
    <li>le forum de l’emploi solidaire du 14 novembre, à la halle de Saint-Quérand, où
    22 employeurs de l’ESS ont présenté 46 offres d’emploi à 180 visiteurs ;</li>
    <li>la journée portes ouvertes de la Ressourcerie de la Sauvière à Vielcourt, le
    16 novembre, avec 260 visiteurs et un atelier de réparation de vélos ;</li>
    <li>le ciné-débat « Travailler autrement » au cinéma Le Rex de Montbazel, suivi d’un
    échange avec des coopérateurs ;</li>
    <li>la visite de la centrale solaire citoyenne installée sur le gymnase intercommunal.</li>
  </ul>
  <h2>Les lauréats des Trophées de l’ESS du Pays d’Ormelin</h2>
  <p>Créés en 2022, les Trophées de l’ESS récompensent des initiatives locales qui concilient
  activité économique et utilité sociale. Le jury, présidé par Maryse Delahaye-Ruffin,
  vice-présidente chargée du développement économique et de l’ESS, a examiné 19 candidatures.
  La remise des prix s’est tenue le 28 novembre 2024 à l’espace culturel de Saint-Quérand.</p>
  <ol class="laureats">
    <li><strong>Prix « Coopérer pour le territoire »</strong> : le Fournil partagé de Lancrais,
    boulangerie coopérative constituée en SCOP par cinq salariés, qui livre les cantines de six
    communes (3&nbsp;000&nbsp;€).</li>
    <li><strong>Prix « Jeunes pousses »</strong> : La Malle à jouets, association de Montbazel qui
    collecte, nettoie et revend des jouets d’occasion (2&nbsp;000&nbsp;€).</li>
    <li><strong>Prix « Transition écologique »</strong> : la SCIC Soleil d’Ormelin, qui installe
    des centrales photovoltaïques citoyennes sur les toitures publiques (3&nbsp;000&nbsp;€).</li>
    <li><strong>Prix du public</strong> : l’épicerie solidaire itinérante Le Petit Chariot,
    plébiscitée avec 612 votes en ligne sur les 1&nbsp;437 exprimés (1&nbsp;500&nbsp;€).</li>
  </ol>
  <p>Au total, 9&nbsp;500&nbsp;€ de dotations ont été remis aux lauréats, financés par la
  communauté de communes et par le Crédit coopératif d’Ysmes, partenaire de l’opération.</p>
  <blockquote>
    <p>« Ces trophées montrent que l’économie sociale et solidaire n’est pas une économie à part :
    elle fait vivre nos bourgs, elle crée des emplois qui ne se délocalisent pas », a souligné
    Jean-Baptiste Arnoult, président de la communauté de communes, lors de la remise des prix.</p>
  </blockquote>
  <h2>Et en 2025 ?</h2>
  <p>L’appel à participation pour le Mois de l’ESS 2025 sera ouvert du 3 mars au 30 juin 2025.
  Associations, coopératives, entreprises et communes du territoire peuvent proposer un
  événement ; la communauté de communes prend en charge la communication et peut verser une
  aide de 300&nbsp;€ maximum par événement pour les frais d’organisation.</p>
  <p class="download"><a href="/medias/documents/bilan-mois-ess-2024.pdf"
    onclick="trackEvent('download_bilan')">Télécharger le bilan complet du Mois de l’ESS 2024
    (PDF, 300 Ko)</a></p>
  <p>Contact : Pauline Rivoire, chargée de mission ESS au service développement économique –
  <a href="mailto:ess@pays-ormelin.fr">ess@pays-ormelin.fr</a></p>
  <p class="tags">Mots-clés : <a href="/tags/ess">ESS</a>, <a href="/tags/emploi">emploi</a>,
  <a href="/tags/trophees">trophées</a></p>
</article>
<aside class="sidebar" aria-label="Informations complémentaires">
  <section>
    <h2>À lire aussi</h2>
    <ul>
      <li><a href="/actualites/collecte-encombrants-2025">Collecte des encombrants : le calendrier
      2025</a></li>
      <li><a href="/actualites/zone-grands-pres-extension">Extension de la zone des Grands
      Prés : 12 lots disponibles</a></li>
      <li><a href="/actualites/conseil-communautaire-decembre">Conseil communautaire du
      19 décembre : l’ordre du jour</a></li>
    </ul>
  </section>
  <section>
    <h2>Agenda</h2>
    <ul>
      <li><time datetime="2025-01-14">14 janvier</time> – Vœux du président à la salle
      polyvalente de Vielcourt</li>
      <li><time datetime="2025-02-06">6 février</time> – Permanence création d’entreprise</li>
    </ul>
  </section>
  <section>
    <h2>Newsletter</h2>
    <form action="/newsletter" method="post">
      <label for="nl-mail">Recevez l’actualité du Pays d’Ormelin</label>
      <input id="nl-mail" type="email" name="email"><button type="submit">S’inscrire</button>
    </form>
  </section>
</aside>
</main>
<footer class="site-footer">
  <div class="adresse">
    <p>Communauté de communes du Pays d’Ormelin<br>1 place de la Halle – Saint-Quérand<br>
    Ouvert du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h</p>
  </div>
  <ul class="footer-links">
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/politique-cookies">Gestion des cookies</a></li>
  </ul>
  <p class="copyright">© 2024 Communauté de communes du Pays d’Ormelin</p>
</footer>
<script src="/themes/ormelin/js/tarteaucitron.min.js"></script>
<script src="/themes/ormelin/js/main.min.js?v=4.2.1" defer></script>
<script>
  document.querySelectorAll(".share a").forEach(function (a) {
    a.addEventListener("click", function () { trackEvent("share"); });
  });
</script>
</body>
</html>
"""


# ------------------------------------------------------------- document 4: compte rendu d'AG (md)

AG_MD = """---
title: "Compte rendu de l'assemblée générale ordinaire du 24 mai 2025"
publisher: "SCIC Soleil d'Ormelin"
author: "Aurélie Castagné, secrétaire du conseil d'administration"
date: 2025-05-24
territory: "Communauté de communes du Pays d'Ormelin (Mérande)"
type: compte rendu
lang: fr
---

# Assemblée générale ordinaire de la SCIC Soleil d'Ormelin

**Date et lieu :** samedi 24 mai 2025, de 9 h 30 à 12 h 15, salle des fêtes de Montbazel.

**Présidence de séance :** Sylvie Kerjean, présidente du conseil d'administration.
**Secrétaire de séance :** Aurélie Castagné.

## Présents, représentés et excusés

Sur les 214 sociétaires inscrits au 30 avril 2025, 87 sont présents et 41 représentés, soit
128 sociétaires. Le quorum du cinquième des sociétaires, requis sur première convocation, est
atteint : l'assemblée peut valablement délibérer.

Membres du conseil d'administration présents :

- Sylvie Kerjean, présidente (collège des habitants) ;
- Marc-Olivier Pradines, vice-président (collège des producteurs) ;
- Hugo Benmansour, trésorier (collège des habitants) ;
- Aurélie Castagné, secrétaire (collège des habitants) ;
- Fabien Roucayrol, administrateur, adjoint au maire de Montbazel (collège des collectivités).

Excusés :

- Christine Lagarrigue, administratrice, conseillère communautaire déléguée à la transition
  énergétique (collège des collectivités), qui a donné pouvoir à Fabien Roucayrol ;
- Yannick Ferrandon, administrateur (collège des partenaires), gérant de l'entreprise
  Ferrandon Électricité.

Invités : Pauline Rivoire, chargée de mission ESS à la Communauté de communes du Pays
d'Ormelin ; Régis Tournadre, animateur du réseau Énergies citoyennes Val d'Ysmes.

## Ordre du jour

1. Rapport d'activité 2024
2. Rapport financier et approbation des comptes 2024
3. Affectation du résultat
4. Renouvellement et élection d'administrateurs
5. Projet d'ombrières photovoltaïques au parking de la gare de Saint-Quérand
6. Questions diverses

## 1. Rapport d'activité 2024

Sylvie Kerjean présente le rapport d'activité. Fin 2024, la coopérative exploite six
centrales photovoltaïques en toiture, d'une puissance totale de 612 kWc. La dernière, sur la
toiture de l'atelier de la Ressourcerie de la Sauvière à Vielcourt, a été mise en service
le 18 mars 2024.

La production de l'année s'élève à 698 MWh, contre 655 MWh en 2023, soit l'équivalent de la
consommation électrique, hors chauffage, d'environ 290 foyers. L'électricité est vendue sous
contrat d'obligation d'achat, à l'exception de la centrale de Montbazel, dont la production
alimente depuis septembre 2024 une opération d'autoconsommation collective associant les
ateliers municipaux, l'école et onze logements sociaux.

| Centrale | Commune | Puissance (kWc) | Mise en service | Production 2024 (MWh) |
|---|---|---:|---:|---:|
| Gymnase intercommunal | Saint-Quérand | 180 | 2021 | 204,6 |
| École des Tilleuls | Vielcourt | 36 | 2021 | 41,3 |
| Ateliers municipaux | Montbazel | 96 | 2022 | 112,8 |
| Hangar du GAEC du Moulin-Neuf | Lancrais | 150 | 2023 | 170,2 |
| Salle des fêtes | Bréviande | 54 | 2023 | 61,7 |
| Atelier de la Ressourcerie de la Sauvière | Vielcourt | 96 | 2024 | 107,4 |
| **Total** | | **612** | | **698,0** |

La présidente rappelle que la coopérative a reçu en novembre 2024 le prix « Transition
écologique » des Trophées de l'ESS du Pays d'Ormelin. Elle souligne aussi les 23 animations
menées en 2024 auprès des écoles et des habitants, dont les visites de la centrale du
gymnase pendant le Mois de l'ESS.

## 2. Rapport financier

Hugo Benmansour, trésorier, présente les comptes de l'exercice 2024, certifiés par
l'expert-comptable de la coopérative, le cabinet Sarrazin-Delmas :

- chiffre d'affaires (ventes d'électricité) : 97 420 € ;
- résultat net : 11 860 € ;
- capital social au 31 décembre 2024 : 186 500 €, détenu par 214 sociétaires ;
- emprunts bancaires restant dus : 402 000 €.

Le trésorier précise que la hausse du chiffre d'affaires (+8 % par rapport à 2023) tient
surtout à la mise en service de la centrale de Vielcourt. Les charges d'exploitation sont
stables, à l'exception des frais d'assurance, en hausse de 12 %.

Une sociétaire demande si la coopérative envisage de rémunérer les parts sociales. Le
trésorier répond que le conseil d'administration ne le propose pas cette année, afin de
renforcer les fonds propres avant le projet d'ombrières ; la question sera réexaminée en 2026.

## 3. Affectation du résultat

Le conseil d'administration propose d'affecter le résultat de 11 860 € de la façon suivante :
1 779 € à la réserve légale (15 %) et 10 081 € aux réserves statutaires impartageables.
Aucun dividende n'est versé.

## 4. Renouvellement et élection d'administrateurs

Le mandat d'Aurélie Castagné arrive à échéance ; elle se représente. Une nouvelle candidate,
Nadia Ouarzazi, habitante de Bréviande et ingénieure thermicienne, se présente au titre du
collège des habitants. Le conseil d'administration comptera ainsi huit membres.

## 5. Projet d'ombrières au parking de la gare de Saint-Quérand

Marc-Olivier Pradines présente le projet : des ombrières photovoltaïques de 250 kWc sur le
parking de la gare de Saint-Quérand, mis à disposition par la communauté de communes. Le
coût est estimé à 340 000 €, financé par un emprunt bancaire de 280 000 € et par une campagne
de souscription de parts sociales, dont l'objectif est de 60 000 €. La campagne sera lancée le
1er septembre 2025 ; la mise en service est visée pour l'automne 2026.

Plusieurs sociétaires s'interrogent sur l'impact visuel des ombrières et sur le niveau
d'endettement. Le vice-président indique que l'architecte des bâtiments de France a été
consulté et que le ratio d'endettement restera inférieur à celui de 2022.

## Résolutions et votes

| N° | Objet | Pour | Contre | Abstention | Résultat |
|---:|---|---:|---:|---:|---|
| 1 | Approbation des comptes 2024 et quitus aux administrateurs | 124 | 0 | 4 | Adoptée |
| 2 | Affectation du résultat | 126 | 0 | 2 | Adoptée |
| 3 | Renouvellement du mandat d'Aurélie Castagné | 119 | 3 | 6 | Adoptée |
| 4 | Élection de Nadia Ouarzazi au conseil d'administration | 121 | 2 | 5 | Adoptée |
| 5 | Projet d'ombrières et autorisation d'emprunt de 280 000 € | 97 | 18 | 13 | Adoptée |

## 6. Questions diverses

- Un sociétaire de Lancrais propose d'étudier une deuxième opération d'autoconsommation
  collective autour du hangar du GAEC du Moulin-Neuf. Le conseil d'administration mettra la
  question à l'étude d'ici la fin de l'année.
- Pauline Rivoire présente le projet de cadastre solaire intercommunal, qui devrait être mis
  en ligne au premier trimestre 2026.

## Décisions et suites à donner

- Les comptes 2024 sont approuvés et le résultat est affecté en réserves.
- Aurélie Castagné est réélue et Nadia Ouarzazi est élue administratrice pour trois ans.
- Le conseil d'administration est autorisé à contracter l'emprunt de 280 000 € et à lancer la
  campagne de souscription le 1er septembre 2025.
- La prochaine assemblée générale se tiendra au printemps 2026 à Lancrais.

La séance est levée à 12 h 15.

*La présidente, Sylvie Kerjean – La secrétaire de séance, Aurélie Castagné*
"""


# ------------------------------------------------------------ document 5: note aux élus (texte)

NOTE_HEAD = """\
COMMUNAUTE DE COMMUNES DU PAYS D'ORMELIN
Service développement économique

NOTE A L'ATTENTION DES ELUS DU BUREAU COMMUNAUTAIRE

De :     Pauline Rivoire, chargée de mission ESS
À :      Maryse Delahaye-Ruffin, vice-présidente chargée du développement
         économique et de l'ESS, et membres du bureau communautaire
Copie :  Corinne Aubazac, directrice générale des services
Date :   20 janvier 2025
Objet :  Épicerie solidaire itinérante « Le Petit Chariot » - bilan de
         l'expérimentation 2024 et scénarios pour 2025
"""

NOTE_BLOCKS: list[str | tuple[str, str]] = [
    """Madame la Vice-présidente, Mesdames et Messieurs les élus,""",
    """Vous trouverez ci-dessous le bilan de la première année de fonctionnement de
    l'épicerie solidaire itinérante « Le Petit Chariot », que la communauté de communes a
    soutenue à titre expérimental en 2024, ainsi que trois scénarios pour 2025. Une décision
    est attendue avant la fin du mois de février, la convention d'expérimentation étant
    arrivée à échéance le 31 décembre 2024.""",
    ("1. RAPPEL DU DISPOSITIF", ""),
    """Une épicerie solidaire propose à des personnes en difficulté, orientées par un
    travailleur social, des produits de consommation courante à un prix inférieur à celui du
    marché, en contrepartie d'un projet d'accompagnement défini avec elles. Le Petit Chariot
    pratique des prix égaux en moyenne à 30 % du prix de marché.""",
    """Portée par l'association Le Petit Chariot, présidée par Josiane Mallet, l'épicerie a
    démarré ses tournées le lundi 4 mars 2024. Un camion aménagé, conduit par la
    coordinatrice de l'association, Inès Garrigou (salariée à 0,8 ETP), stationne une
    demi-journée par semaine dans huit communes dépourvues de commerce alimentaire.""",
    ("2. BILAN CHIFFRE DE L'ANNEE 2024", ""),
    """Le camion a assuré 40 semaines de tournée sur les 43 prévues : il a été immobilisé trois
    semaines en août à la suite d'une panne d'embrayage.""",
    """Au 31 décembre 2024, 214 foyers étaient inscrits, dont 131 orientés par les CCAS des
    communes et 83 par la maison départementale des solidarités (MDS) de Vielcourt. Les
    personnes seules et les familles monoparentales représentent 62 % des foyers inscrits ;
    27 % des foyers comptent au moins une personne de 65 ans ou plus.""",
    """L'épicerie a enregistré 3 870 passages, pour un panier moyen de 9,80 euros, soit
    37 926 euros de ventes. Répartition des passages par commune :""",
    ("table", """\
    Bréviande ............................ 720
    Ormelin-le-Haut ...................... 610
    La Chapelle-Sauvière ................. 540
    Fontclaire ........................... 480
    Mazerolles-d'Ysmes ................... 470
    Saint-Jory-des-Prés .................. 420
    Caubeyrac ............................ 350
    Les Vernières ........................ 280
    TOTAL .............................. 3 870"""),
    """L'approvisionnement repose pour 58 % des volumes sur la banque alimentaire de la
    Mérande, pour 17 % sur les dons de producteurs locaux et pour 25 % sur des achats. Les
    produits frais (fruits, légumes, laitages) représentent 41 % des ventes.""",
    """Le budget réalisé 2024 s'établit à 84 310 euros de charges, dont 38 650 euros de frais
    de personnel. Les ressources atteignent 82 926 euros : ventes (37 926 euros), communauté
    de communes (22 000 euros), Département de la Mérande (15 000 euros) et Fondation Terres
    d'Ysmes (8 000 euros). Le déficit de 1 384 euros a été couvert par les fonds propres de
    l'association.""",
    ("3. POINTS DE VIGILANCE", ""),
    ("list", """\
    - Bénévolat fragile : 19 bénévoles sont inscrits, mais 6 seulement
      assurent une présence régulière.
    - Véhicule : le camion, acheté d'occasion, totalise 212 000 km ; son
      remplacement devra être envisagé d'ici 2027.
    - Demande non couverte : 37 foyers sont sur liste d'attente, en majorité
      dans les communes du nord du territoire, non desservies."""),
    ("4. SCENARIOS POUR 2025", ""),
    ("list", """\
    Scénario A - reconduction à l'identique : huit communes, une tournée
    hebdomadaire. Budget : 86 000 euros. Participation de la communauté de
    communes : 24 000 euros.

    Scénario B - extension : douze communes desservies, un second jour de
    tournée et le recrutement d'un second salarié à mi-temps. Budget :
    112 500 euros. Participation de la communauté de communes : 35 000 euros.

    Scénario C - arrêt progressif au 30 juin 2025, avec un relais assuré par
    les CCAS (bons alimentaires). Coût pour la communauté de communes :
    9 000 euros."""),
    ("5. PROPOSITION", ""),
    """Je vous propose de retenir le scénario B, sous réserve que le Département confirme sa
    participation, à hauteur de 20 000 euros, lors de sa commission permanente de juin. Dans
    l'attente, une convention de six mois pourrait être signée avec l'association afin
    d'assurer la continuité des tournées.""",
    """Calendrier proposé : examen par le bureau communautaire le 3 février 2025, puis vote
    du conseil communautaire le 27 février 2025.""",
    """Je reste à votre disposition pour tout complément.""",
    ("sign", """\
    Pauline Rivoire
    Chargée de mission économie sociale et solidaire
    Tél. : 04 00 00 00 00 - ess@pays-ormelin.fr"""),
]


def note_text() -> str:
    out = [NOTE_HEAD]
    for block in NOTE_BLOCKS:
        if isinstance(block, str):
            # keep thousands groups and French punctuation glued to what precedes them
            text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, squash(block))
            text = re.sub(r" (?=[:;%?!»])", NBSP, text).replace("« ", "«" + NBSP)
            out.append(textwrap.fill(text, width=72).replace(NBSP, " "))
        elif block[0] in ("table", "list", "sign"):
            out.append(textwrap.dedent(block[1]).rstrip())
        else:
            out.append(block[0] + "\n" + "-" * len(block[0]))
    return "\n\n".join(out) + "\n"


# ------------------------------------------------------------------------ questions

EN: set[str] = set()  # ids of the questions asked in English
PROBES: dict[str, tuple[str, list[str]]] = {}  # unanswerable id -> (near-miss doc, absent strings)


def Q(qid: str, question: str, facts: list[str], source: str, pages: list[int] | None = None,
      history: list[str] | None = None, en: bool = False) -> dict:
    if en:
        EN.add(qid)
    return {"id": f"fresh8-{qid}", "question": question, "facts": facts, "sources": [source],
            "answerable": True, "history": history or [], "pages": pages or []}


def NONE(qid: str, question: str, probe_doc: str, absent: list[str],
         history: list[str] | None = None, en: bool = False) -> dict:
    if en:
        EN.add(qid)
    PROBES[f"fresh8-{qid}"] = (probe_doc, absent)
    return {"id": f"fresh8-{qid}", "question": question, "facts": [], "sources": [],
            "answerable": False, "history": history or [], "pages": []}


def questions() -> list[dict]:
    r, d, w, a, n = REPORT, DELIB, WEB, AG, NOTE
    r01 = "Combien de tonnes la ressourcerie de la Sauvière a collectées en 2024 ?"
    r08 = "Un enlèvement à domicile par la ressourcerie, ça coûte combien ?"
    r17 = "Combien de personnes ont été salariées en insertion à la ressourcerie en 2024 ?"
    r26 = "Combien de salariés de la ressourcerie sont sortis vers un emploi durable ?"
    r46 = "Quel est le résultat net 2024 de la Ressourcerie de la Sauvière ?"
    d14 = "Jusqu'à quand peut-on déposer un dossier au Fonds Amorce ESS ?"
    d21 = ("Quelle cible pour 2027 sur la part des marchés du Département avec une clause "
           "sociale ?")
    w01 = "Le Mois de l'ESS 2024 chez nous, ça a fait combien de participants ?"
    a05 = "Combien d'électricité Soleil d'Ormelin a produit en 2024 ?"
    n01 = "Combien de foyers étaient inscrits au Petit Chariot fin 2024 ?"
    n05 = "Quel scénario la chargée de mission recommande pour l'épicerie itinérante en 2025 ?"
    n04 = "Combien de passages du camion du Petit Chariot à Bréviande ?"
    return [
        # ---------------------------------------------------------------- rapport d'activité
        Q("rapport-01", r01, ["558,5"], r, [1, 3]),
        Q("rapport-02", "Et en 2023 ?", ["504,0"], r, [3], history=[r01]),
        Q("rapport-03", "Quel pourcentage des objets collectés a été réemployé en 2024 ?",
          ["48,8 %"], r, [1, 3]),
        Q("rapport-04", "Quel flux a le meilleur taux de réemploi à la ressourcerie ?",
          ["bibelots", "72 %"], r, [3]),
        Q("rapport-05", "Tonnage de textile et linge collecté par la ressourcerie en 2024 ?",
          ["171,3"], r, [3]),
        Q("rapport-06", "L'électroménager, on en réemploie quelle part ?", ["22 %"], r, [3]),
        Q("rapport-07", "Combien d'enlèvements à domicile la ressourcerie a faits en 2024 ?",
          ["1 214"], r, [3]),
        Q("rapport-08", r08, ["25 euros"], r, [3]),
        Q("rapport-09", "C'est gratuit pour certaines personnes ?", ["gratuits", "centre communal"],
          r, [3], history=[r08]),
        Q("rapport-10", "Dans quelles déchèteries la ressourcerie a-t-elle des caissons de "
          "réemploi ?", ["Saint-Quérand", "Montbazel", "Lancrais"], r, [3]),
        Q("rapport-11", "Quel chiffre d'affaires pour les boutiques de la ressourcerie en 2024 ?",
          ["471 700"], r, [3, 5]),
        Q("rapport-12", "Combien un client dépense en moyenne à chaque passage en caisse à la "
          "ressourcerie ?", ["11,40"], r, [3]),
        Q("rapport-13", "Quand a ouvert la boutique de la ressourcerie à Saint-Quérand ?",
          ["5 octobre 2024"], r, [1]),
        Q("rapport-14", "Combien de passages en caisse à La Petite Sauvière ?", ["5 260"], r, [3]),
        Q("rapport-15", "Le réemploi de la ressourcerie a évité combien de CO2 ?", ["412"], r, [3]),
        Q("rapport-16", "Pour combien de postes d'insertion en ETP la ressourcerie est-elle "
          "conventionnée ?", ["24"], r, [3]),
        Q("rapport-17", r17, ["61"], r, [1, 3]),
        Q("rapport-18", "Et combien de femmes parmi eux ?", ["27", "44 %"], r, [4],
          history=[r17]),
        Q("rapport-19", "Quelle part des salariés en parcours de la ressourcerie est au RSA ?",
          ["56 %"], r, [4]),
        Q("rapport-20", "Combien de jeunes de moins de 26 ans en parcours à la ressourcerie ?",
          ["11", "18 %"], r, [4]),
        Q("rapport-21", "Les parcours d'insertion à la ressourcerie durent combien de temps en "
          "moyenne ?", ["14,2 mois"], r, [3]),
        Q("rapport-22", "Qui sont les conseillères en insertion professionnelle de la "
          "ressourcerie ?", ["Élodie Vasseur", "Karima Doucet"], r, [4]),
        Q("rapport-23", "Combien d'heures de formation pour les salariés en insertion en 2024 ?",
          ["3 860"], r, [4]),
        Q("rapport-24", "C'est quoi une sortie dynamique ?",
          ["emploi durable", "emploi de transition", "sorties positives"], r, [4]),
        Q("rapport-25", "La ressourcerie atteint-elle l'objectif de sorties dynamiques fixé par "
          "la DDETS ?", ["69 %", "60 %"], r, [1, 4]),
        Q("rapport-26", r26, ["6", "23 %"], r, [4]),
        Q("rapport-27", "Et en 2023, c'était quel taux ?", ["31 %"], r, [4], history=[r26]),
        Q("rapport-28", "Qui préside la SCIC La Ressourcerie de la Sauvière ?",
          ["Armand Teyssier"], r, [1, 2]),
        Q("rapport-29", "Qui dirige la ressourcerie au quotidien ?", ["Nadège Corbineau"], r,
          [2, 7]),
        Q("rapport-30", "Depuis quand la ressourcerie est une SCIC ?", ["1er juillet 2019"], r,
          [2]),
        Q("rapport-31", "Combien de sociétaires a la ressourcerie au 31 décembre 2024 ?",
          ["156"], r, [1, 2]),
        Q("rapport-32", "Quel poids ont les collectivités publiques dans les votes de l'AG de "
          "la ressourcerie ?", ["20 %"], r, [2]),
        Q("rapport-33", "Combien de capital détiennent les partenaires dans la SCIC de la "
          "Sauvière ?", ["26 800"], r, [2]),
        Q("rapport-34", "Une part sociale de la ressourcerie vaut combien ?", ["50 euros"], r,
          [2]),
        Q("rapport-35", "Who is the finance manager of the Ressourcerie de la Sauvière?",
          ["Bertrand Lhomme"], r, [2], en=True),
        Q("rapport-36", "Combien de permanents à la ressourcerie, en nombre et en ETP ?",
          ["14", "12,4"], r, [2]),
        Q("rapport-37", "Qui encadre l'atelier électroménager de la ressourcerie ?",
          ["Franck Aubertin"], r, [5]),
        Q("rapport-38", "Un meuble relooké par l'atelier bois se vend combien en moyenne ?",
          ["85 euros"], r, [5]),
        Q("rapport-39", "Et un meuble vendu tel quel, sans relooking ?", ["32 euros"], r, [5]),
        Q("rapport-40", "Combien d'élèves la ressourcerie a sensibilisés en 2024 ?", ["1 120"], r,
          [5]),
        Q("rapport-41", "Le repair café de la ressourcerie, il répare quelle proportion des "
          "objets apportés ?", ["68 %"], r, [5]),
        Q("rapport-42", "Total des produits de la ressourcerie en 2024 ?", ["1 488 600"], r, [5]),
        Q("rapport-43", "Combien la communauté de communes du Pays d'Ormelin a versé à la "
          "ressourcerie en 2024 ?", ["75 000"], r, [5]),
        Q("rapport-44", "Combien l'intercommunalité avait versé à la ressourcerie en 2023 ?",
          ["60 000"], r, [5]),
        Q("rapport-45", "Les fonds européens versés à la ressourcerie ont-ils augmenté entre "
          "2023 et 2024 ?", ["71 200", "64 800"], r, [5]),
        Q("rapport-46", r46, ["24 700"], r, [6]),
        Q("rapport-47", "Et en 2023 ?", ["8 300"], r, [6], history=[r46]),
        Q("rapport-48", "Quelle part des charges de la ressourcerie pèsent les salaires ?",
          ["75,3 %"], r, [6]),
        Q("rapport-49", "La trésorerie de la ressourcerie couvre combien de jours de charges ?",
          ["71 jours"], r, [6]),
        Q("rapport-50", "Quelles sont les trois priorités 2025 de la ressourcerie ?",
          ["vélos", "28 postes", "matériauthèque"], r, [6]),
        Q("rapport-51", "Combien coûterait la matériauthèque prévue avec l'intercommunalité ?",
          ["185 000"], r, [6]),
        Q("rapport-52", "Quel objectif de collecte la ressourcerie se fixe pour 2025 ?",
          ["600 tonnes"], r, [6]),
        Q("rapport-53", "Qu'est-ce qu'une ressourcerie ?", ["réemploi", "réduction des déchets"],
          r, [7]),
        Q("rapport-54", "Qu'est-ce que des réserves impartageables ?",
          ["sociétaires", "dissolution"], r, [7]),
        Q("rapport-55", "Which firm audited the 2024 accounts of the recycling cooperative?",
          ["Berthomieu"], r, [5], en=True),
        Q("rapport-56", "What share of the tonnage collected by the Ressourcerie comes from "
          "drop-offs at the Vielcourt depot?", ["61 %"], r, [3], en=True),
        Q("rapport-57", "Combien de fois le comité stratégique de la ressourcerie s'est réuni "
          "en 2024 ?", ["cinq"], r, [2]),
        Q("rapport-58", "Quelle surface de vente a le site de la ressourcerie à Vielcourt ?",
          ["650 m²"], r, [2]),
        # ---------------------------------------------------------------- délibération
        Q("delib-01", "Quel montant le Département consacre en 2025 au programme Mérande, terre "
          "d'ESS ?", ["812 000"], d, [1, 2]),
        Q("delib-02", "Le programme ESS du Département est doté de combien sur trois ans ?",
          ["2,4 millions"], d, [1]),
        Q("delib-03", "Qui a rapporté la délibération sur le programme ESS à la commission "
          "permanente ?", ["Hélène Quintard"], d, [1]),
        Q("delib-04", "Qui préside le conseil départemental de la Mérande ?",
          ["Gérard Fonsalade"], d, [1, 3]),
        Q("delib-05", "Combien d'élus présents à la commission permanente du 14 mars 2025 ?",
          ["19"], d, [1]),
        Q("delib-06", "Combien de salariés dans l'ESS en Mérande et quelle part de l'emploi "
          "privé ?", ["11 240", "10,9 %"], d, [1]),
        Q("delib-07", "Combien de crédits pour l'axe tiers-lieux en 2025 ?", ["122 000"], d, [2]),
        Q("delib-08", "Quelle part de l'enveloppe 2025 va à l'insertion par l'activité "
          "économique ?", ["47,5 %"], d, [2]),
        Q("delib-09", "Combien le Département donne à la Ressourcerie de la Sauvière en 2025 ?",
          ["124 000"], d, [2]),
        Q("delib-10", "Quelles structures touchent une subvention au titre de l'axe 1 ?",
          ["Ressourcerie de la Sauvière", "Tremplin Mérande", "Régie de quartier des Tilleuls",
           "Mérande Intérim Solidaire"], d, [2]),
        Q("delib-11", "Le reste des crédits de l'axe 1 sera attribué quand, et combien ?",
          ["13 juin 2025", "56 000"], d, [2]),
        Q("delib-12", "Le Fonds Amorce ESS, c'est combien au maximum par projet ?",
          ["15 000", "50 %"], d, [2]),
        Q("delib-13", "Une association créée il y a cinq ans peut-elle demander l'aide Amorce "
          "ESS ?", ["moins de trois ans"], d, [2]),
        Q("delib-14", d14, ["30 mai 2025"], d, [2]),
        Q("delib-15", "Et l'ouverture des dépôts ?", ["1er avril"], d, [2], history=[d14]),
        Q("delib-16", "Un projet de gîte rural porté par une coopérative peut-il être financé "
          "par le fonds Amorce ?", ["hébergement touristique"], d, [3]),
        Q("delib-17", "Sur quels critères sont choisis les projets du Fonds Amorce ESS ?",
          ["utilité sociale", "ancrage territorial", "viabilité économique", "gouvernance"], d,
          [2, 3]),
        Q("delib-18", "Combien touche la CRESS Val d'Ysmes du Département pour 2025 ?",
          ["85 000"], d, [3]),
        Q("delib-19", "Quel élu n'a pas participé au vote sur le programme ESS ?",
          ["Didier Castagnède"], d, [3]),
        Q("delib-20", "Combien de voix pour la délibération ESS, et qui s'est abstenu ?",
          ["18", "Mérande en commun"], d, [3]),
        Q("delib-21", d21, ["25 %"], d, [3]),
        Q("delib-22", "Et on part de combien ?", ["14 %"], d, [3], history=[d21]),
        Q("delib-23", "When was the departmental ESS deliberation published?", ["19 mars 2025"],
          d, [3], en=True),
        Q("delib-24", "Which budget chapter are the departmental operating grants charged to?",
          ["chapitre 65", "6574"], d, [3], en=True),
        Q("delib-25", "Qui était secrétaire de séance à la commission permanente du 14 mars ?",
          ["Odile Marsac-Ferrand"], d, [1, 3]),
        Q("delib-26", "Quelle part des salariés de l'ESS mérandaise travaille dans des "
          "coopératives ?", ["14 %"], d, [1]),
        # ---------------------------------------------------------------- page web
        Q("web-01", w01, ["2 300"], w),
        Q("web-02", "Et l'année d'avant ?", ["1 650"], w, history=[w01]),
        Q("web-03", "Combien d'événements et de participants à Vielcourt pendant le Mois de "
          "l'ESS 2024 ?", ["7", "520"], w),
        Q("web-04", "Le Mois de l'ESS 2024 du Pays d'Ormelin s'est déroulé à quelles dates ?",
          ["2 au 29 novembre 2024"], w),
        Q("web-05", "Qui présidait le jury des Trophées de l'ESS du Pays d'Ormelin ?",
          ["Maryse Delahaye-Ruffin"], w),
        Q("web-06", "Combien de dossiers reçus pour les Trophées de l'ESS 2024 ?", ["19"], w),
        Q("web-07", "Qui a gagné le prix du public aux Trophées de l'ESS du Pays d'Ormelin ?",
          ["Le Petit Chariot"], w),
        Q("web-08", "Combien de votes en ligne pour le lauréat du prix du public ?", ["612"], w),
        Q("web-09", "Quels sont les lauréats des Trophées de l'ESS 2024 du Pays d'Ormelin ?",
          ["Fournil partagé", "Malle à jouets", "SCIC Soleil", "Petit Chariot"], w),
        Q("web-10", "Combien d'argent au total pour les lauréats des Trophées ?", ["9 500"], w),
        Q("web-11", "Combien d'offres d'emploi au forum de l'emploi solidaire de novembre ?",
          ["46"], w),
        Q("web-12", "On peut proposer un événement pour le Mois de l'ESS 2025 jusqu'à quand ?",
          ["30 juin 2025"], w),
        Q("web-13", "Notre commune voudrait organiser un événement pour le Mois de l'ESS 2025, "
          "l'intercommunalité peut nous aider financièrement ?", ["300"], w),
        Q("web-14", "Who took the photo of the solidarity job fair?", ["Thomas Lequien"], w,
          en=True),
        Q("web-15", "When was the news item on the 2024 ESS Month results published?",
          ["9 décembre 2024"], w, en=True),
        Q("web-16", "Qui a dit que l'ESS crée des emplois qui ne se délocalisent pas ?",
          ["Jean-Baptiste Arnoult"], w),
        Q("web-17", "Le Fournil partagé de Lancrais a reçu combien ?", ["3 000"], w),
        Q("web-18", "Qui finance les dotations des Trophées avec la communauté de communes ?",
          ["Crédit coopératif"], w),
        # ---------------------------------------------------------------- compte rendu d'AG
        Q("ag-01", "Combien de sociétaires présents ou représentés à l'AG de Soleil d'Ormelin ?",
          ["128"], a),
        Q("ag-02", "Qui est le trésorier de la SCIC Soleil d'Ormelin ?", ["Hugo Benmansour"], a),
        Q("ag-03", "Qui était excusé à l'assemblée générale de Soleil d'Ormelin ?",
          ["Christine Lagarrigue", "Yannick Ferrandon"], a),
        Q("ag-04", "Quelle puissance photovoltaïque totale exploite Soleil d'Ormelin ?",
          ["612 kWc"], a),
        Q("ag-05", a05, ["698 MWh"], a),
        Q("ag-06", "Et en 2023 ?", ["655 MWh"], a, history=[a05]),
        Q("ag-07", "Combien a produit la centrale du gymnase de Saint-Quérand en 2024 ?",
          ["204,6"], a),
        Q("ag-08", "Quand la centrale sur l'atelier de la ressourcerie a-t-elle été mise en "
          "service ?", ["18 mars 2024"], a),
        Q("ag-09", "Quel chiffre d'affaires pour la SCIC Soleil d'Ormelin en 2024 ?",
          ["97 420"], a),
        Q("ag-10", "Comment est affecté le résultat 2024 de Soleil d'Ormelin ?",
          ["1 779", "10 081"], a),
        Q("ag-11", "Les sociétaires de Soleil d'Ormelin touchent-ils un dividende cette année ?",
          ["Aucun dividende"], a),
        Q("ag-12", "Combien de voix contre le projet d'ombrières à l'AG de Soleil d'Ormelin ?",
          ["18"], a),
        Q("ag-13", "Il y a eu combien d'abstentions sur les ombrières ?", ["13"], a),
        Q("ag-14", "Combien coûte le projet d'ombrières sur le parking de la gare ?",
          ["340 000"], a),
        Q("ag-15", "Quel objectif pour la campagne de souscription, et elle démarre quand ?",
          ["60 000", "1er septembre 2025"], a),
        Q("ag-16", "Who was newly elected to the board of Soleil d'Ormelin?", ["Nadia Ouarzazi"],
          a, en=True),
        Q("ag-17", "How much bank debt does Soleil d'Ormelin still owe?", ["402 000"], a,
          en=True),
        Q("ag-18", "Où aura lieu la prochaine AG de Soleil d'Ormelin ?", ["Lancrais"], a),
        Q("ag-19", "Qui représente Montbazel au conseil d'administration de Soleil d'Ormelin ?",
          ["Fabien Roucayrol"], a),
        Q("ag-20", "L'électricité de la centrale de Montbazel est-elle vendue sous obligation "
          "d'achat ?", ["autoconsommation collective"], a),
        Q("ag-21", "La production solaire de Soleil d'Ormelin équivaut à combien de foyers ?",
          ["290"], a),
        # ---------------------------------------------------------------- note aux élus
        Q("note-01", n01, ["214"], n),
        Q("note-02", "Et combien orientés par la MDS ?", ["83"], n, history=[n01]),
        Q("note-03", "Quel est le panier moyen à l'épicerie itinérante ?", ["9,80"], n),
        Q("note-04", n04, ["720"], n),
        Q("note-05", n05, ["scénario B"], n),
        Q("note-06", "Ça coûterait combien à l'intercommunalité ?", ["35 000"], n,
          history=[n05]),
        Q("note-07", "Combien l'intercommunalité a mis dans l'expérimentation du Petit Chariot "
          "en 2024 ?", ["22 000"], n),
        Q("note-08", "L'épicerie itinérante a-t-elle fini l'année 2024 en déficit ?",
          ["1 384"], n),
        Q("note-09", "Quand le conseil communautaire doit-il se prononcer sur le Petit "
          "Chariot ?", ["27 février 2025"], n),
        Q("note-10", "Qui préside l'association Le Petit Chariot ?", ["Josiane Mallet"], n),
        Q("note-11", "C'est quoi une épicerie solidaire ?",
          ["travailleur social", "prix inférieur"], n),
        Q("note-12", "Combien de bénévoles au Petit Chariot, et combien viennent vraiment "
          "régulièrement ?", ["19", "6"], n),
        Q("note-13", "How many households are on the waiting list for the mobile grocery?",
          ["37"], n, en=True),
        Q("note-14", "What share of the mobile grocery's supplies comes from the food bank?",
          ["58 %"], n, en=True),
        Q("note-15", "Le camion de l'épicerie itinérante a combien de kilomètres ?",
          ["212 000"], n),
        Q("note-16", "Quel budget pour le scénario de reconduction à l'identique ?", ["86 000"], n),
        Q("note-17", "Les tournées du Petit Chariot ont commencé quand ?", ["4 mars 2024"], n),
        Q("note-18", "Sur les 43 semaines prévues, combien de semaines de tournée ont "
          "réellement eu lieu ?", ["40"], n),
        # ---------------------------------------------------------------- near misses
        NONE("rapport-59", "Combien de tonnes la ressourcerie de la Sauvière a collectées en "
             "2022 ?", r, ["collectées en 2022", "2022 :"]),
        NONE("rapport-60", "Qui est le trésorier de la ressourcerie de la Sauvière ?", r,
             ["trésorier", "trésorière"]),
        NONE("rapport-61", "La Région verse combien à la ressourcerie ?", r,
             ["conseil régional", "la Région"]),
        NONE("rapport-62", "Combien de salariés en insertion de la ressourcerie habitent "
             "Montbazel ?", r, ["habitent", "domicilié", "résidant"]),
        NONE("rapport-63", "Et le budget prévisionnel 2025 ?", r,
             ["budget prévisionnel", "prévisionnel"], history=[r46]),
        NONE("delib-27", "Combien le Département attribue à La Malle à jouets ?", d,
             ["Malle à jouets"]),
        NONE("delib-28", "Quels crédits pour l'axe 6 du programme départemental ESS ?", d,
             ["Axe 6"]),
        NONE("delib-29", "Combien avait coûté le précédent programme ESS 2022-2024 du "
             "Département ?", d, ["2022-2024", "précédent programme"]),
        NONE("delib-30", "Combien d'établissements de l'ESS à Mérandeuil même ?", d,
             ["établissements employeurs à Mérandeuil", "salariés à Mérandeuil"]),
        NONE("web-19", "Combien de participants à Lancrais au Mois de l'ESS 2023 ?", w,
             ["Lancrais 2023", "édition 2023 à Lancrais"]),
        NONE("web-20", "Qui avait remporté le prix Jeunes pousses en 2023 ?", w,
             ["Trophées 2023", "lauréats 2023"]),
        NONE("web-21", "Combien d'établissements de l'ESS compte notre intercommunalité ?", w,
             ["établissements"]),
        NONE("ag-22", "À quel tarif au kWh Soleil d'Ormelin vend son électricité ?", a,
             ["€/kWh", "c€", "euros par kWh"]),
        NONE("ag-23", "Combien la centrale de Bréviande a produit en 2023 ?", a,
             ["Production 2023", "2023 (MWh)"]),
        NONE("ag-24", "Qui est le commissaire aux comptes de Soleil d'Ormelin ?", a,
             ["commissaire aux comptes"]),
        NONE("ag-25", "How many volunteers does Soleil d'Ormelin rely on?", a,
             ["bénévole"], en=True),
        NONE("note-19", "Combien de passages du Petit Chariot à Montbazel ?", n, ["Montbazel"]),
        NONE("note-20", "Combien de foyers inscrits au Petit Chariot ont moins de 25 ans ?", n,
             ["25 ans", "moins de 26"]),
        NONE("note-21", "La Région participe-t-elle au financement du Petit Chariot ? Pour "
             "combien ?", n, ["Région", "régional"]),
        NONE("note-22", "Et en 2023 ?", n, ["2023"], history=[n04]),
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
    texts: dict[str, list[str]] = {}
    for name in (REPORT, DELIB):
        texts[name] = pdf_pages(CORPUS / name)
    texts[WEB] = [html_text(CORPUS / WEB)]
    for name in (AG, NOTE):
        texts[name] = [norm((CORPUS / name).read_text(encoding="utf-8"))]
    return texts


def build_corpus() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    build_report(CORPUS / REPORT)
    build_delib(CORPUS / DELIB)
    (CORPUS / WEB).write_text(WEB_HTML, encoding="utf-8")
    (CORPUS / AG).write_text(AG_MD, encoding="utf-8")
    (CORPUS / NOTE).write_text(note_text(), encoding="utf-8")


KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]
ID_RE = re.compile(r"^fresh8-(rapport|delib|web|ag|note)-\d{2}$")
PAGE_RANGE = {REPORT: (6, 9), DELIB: (3, 5)}
# the page break between pages 3 and 4 of the report cuts the first item of a bullet list
CUT = (REPORT, 3, "• un accompagnement socioprofessionnel individualisé", 4,
       "Élodie Vasseur et Karima Doucet")


def check_layout(texts: dict[str, list[str]]) -> list[str]:
    errors = []
    for name, (low, high) in PAGE_RANGE.items():
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
        if len(breaks) < 4:
            errors.append(f"{name}: only {len(breaks)} line-end hyphenations")
    name, first, head, second, tail = CUT
    if head not in texts[name][first - 1] or tail not in texts[name][second - 1]:
        errors.append(f"{name}: the list item is no longer cut between pages {first} and "
                      f"{second}")
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
