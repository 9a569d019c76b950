#!/usr/bin/env python3
"""Build the fresh5 held-out evaluation set (fictional documents + questions).

Run from the repository root:

    .venv/bin/python evals/fresh5/build.py

Writes four documents into evals/fresh5/corpus/ and evals/fresh5/questions.jsonl,
then checks every answerable case: each fact must occur in the text of its source
(for the PDF: in the text extracted from the declared page, not split by a line-end
hyphen, and in one sentence of the strings typeset on that page). The script exits
with status 1 if any check fails. Everything in these documents is fictional.
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

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PDF_NAME = "cpo-val-daurenne-navette-solidaire-2025-2027.pdf"
HTML_NAME = "cress-marches-du-levant-barometre-ess-2025.html"
MD_NAME = "cc-monts-de-sarleve-pv-conseil-2025-05-27.md"
TXT_NAME = "ami-fabriques-de-cooperation-brevenne-2025.txt"

NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------
_DIC = pyphen.Pyphen(lang="fr", left=2, right=3)


_NO_SPLIT = {"janvier", "février", "septembre", "octobre", "novembre", "décembre"}


def french_spacing(text: str) -> str:
    """Non-breaking spaces before ; : % » and after « (French typesetting)."""
    text = re.sub(r" ([;:%»?!])", NBSP + r"\1", text)
    return text.replace("« ", "«" + NBSP)


def hyphenate(text: str) -> str:
    """Insert soft hyphens into long lower-case words (proper nouns, months left alone)."""

    def one(m: re.Match) -> str:
        w = m.group(0)
        if w[0].isupper() or w in _NO_SPLIT:
            return w
        return _DIC.inserted(w, hyphen=SHY)

    return french_spacing(re.sub(r"[^\W\d_]{8,}", one, text))


def norm(s: str) -> str:
    s = s.replace(SHY, "")
    s = re.sub(r"\s+", " ", s)  # \s covers NBSP and narrow NBSP
    return s.strip().lower()


_SENT_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[«\"(\[A-ZÀ-ÖØ-Þ0-9])")


def sentences(block: str) -> list[str]:
    return [norm(x) for x in _SENT_SPLIT.split(block) if x.strip()]


def _glue(text: str) -> str:
    """Keep French punctuation on the same line as the preceding word while wrapping."""
    text = re.sub(r" ([;:%»?!])", "\x00\\1", text)
    return text.replace("« ", "«\x00")


def _unglue(text: str) -> str:
    return text.replace("\x00", " ")


# --------------------------------------------------------------------------
# a. PDF: convention pluriannuelle d'objectifs
# --------------------------------------------------------------------------
PDF_HEADER = ("Département du Val-d’Aurenne · Convention pluriannuelle d’objectifs "
              "2025-2027 · La Navette solidaire")
PDF_FOOTER = "Convention n° 2025-DIES-014"


class ConventionPDF(FPDF):
    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.page_strings: dict[int, list[str]] = {}
        for style, fname in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf"),
                             ("I", "DejaVuSerif-Italic.ttf")):
            self.add_font("Serif", style, str(FONT_DIR / fname))
        for style, fname in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"),
                             ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("Sans", style, str(FONT_DIR / fname))
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, margin=22)
        self.alias_nb_pages("{nb}")

    # running header / footer -------------------------------------------
    def header(self):
        self.set_font("Sans", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 4, PDF_HEADER, align="C")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_text_color(0, 0, 0)
        self.set_y(24)
        self.record(PDF_HEADER)

    def footer(self):
        self.set_y(-14)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        text = f"{PDF_FOOTER} — Page {self.page_no()} sur {{nb}}"
        self.cell(0, 5, text, align="C")
        self.set_text_color(0, 0, 0)

    # content helpers ----------------------------------------------------
    def record(self, text: str, page: int | None = None):
        self.page_strings.setdefault(page or self.page, []).append(text)

    def title_block(self, title: str, subtitle: str):
        self.set_font("Sans", "B", 17)
        self.multi_cell(0, 8.5, title, align="C")
        self.ln(2)
        self.set_font("Sans", "", 12)
        self.multi_cell(0, 6, subtitle, align="C")
        self.ln(6)
        self.record(title)
        self.record(subtitle)

    def heading(self, text: str, size: float = 12.5, gap: float = 4):
        self.ln(gap)
        self.set_font("Sans", "B", size)
        self.set_text_color(20, 60, 110)
        self.multi_cell(0, 6.5, text, align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1.5)
        self.record(text)

    def para(self, text: str, align: str = "J", style: str = ""):
        self.set_font("Serif", style, 10.5)
        self.multi_cell(0, 5.4, hyphenate(text), align=align)
        self.ln(2)
        self.record(text)

    def bullets(self, items: list[str]):
        self.set_font("Serif", "", 10.5)
        for item in items:
            self.set_x(self.l_margin + 5)
            self.cell(5, 5.4, "•")
            self.multi_cell(self.epw - 10, 5.4, hyphenate(item), align="J")
            self.ln(1)
            self.record(item)
        self.ln(1.5)

    def expect_page(self, n: int):
        if self.page != n:
            raise SystemExit(f"PDF layout overflow: expected page {n}, at page {self.page}")


def build_pdf(path: Path) -> dict[int, list[str]]:
    pdf = ConventionPDF()
    pdf.set_title("Convention pluriannuelle d’objectifs 2025-2027 entre le Département du "
                  "Val-d’Aurenne et l’association La Navette solidaire")
    pdf.set_author("Département du Val-d’Aurenne – Direction de l’insertion et de "
                   "l’économie solidaire")
    pdf.set_subject("Soutien à un atelier chantier d’insertion et ressourcerie")
    pdf.set_keywords("ESS, insertion, ressourcerie, convention pluriannuelle d’objectifs")
    pdf.set_creator("Service des assemblées – Département du Val-d’Aurenne")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(dt.datetime(2025, 3, 3, 10, 0, tzinfo=dt.UTC))

    # ---------------- page 1 ----------------
    pdf.add_page()
    pdf.title_block("CONVENTION PLURIANNUELLE D’OBJECTIFS 2025-2027",
                    "entre le Département du Val-d’Aurenne et l’association "
                    "La Navette solidaire")
    pdf.heading("Entre les soussignés", size=11, gap=0)
    pdf.para("Le Département du Val-d’Aurenne, dont le siège est situé 4, place des "
             "Tanneurs à Sarlève-le-Haut, représenté par sa Présidente, Madame Hélène "
             "Garrivier, dûment habilitée par délibération de la commission permanente "
             "du 17 février 2025, ci-après dénommé « le Département »,")
    pdf.para("et", align="C", style="I")
    pdf.para("L’association La Navette solidaire, association régie par la loi du "
             "1er juillet 1901, dont le siège est situé 12, rue des Fileuses à "
             "Brévenne-sur-Aure, représentée par son Président, Monsieur Bastien "
             "Quérolle, ci-après dénommée « l’association ».")
    pdf.heading("Préambule", size=11)
    pdf.para("Le Département du Val-d’Aurenne a adopté le 9 décembre 2024 sa feuille de "
             "route « Val-d’Aurenne solidaire 2025-2030 », qui fait de l’économie sociale "
             "et solidaire (ESS) un levier de retour à l’emploi des allocataires du revenu "
             "de solidarité active (RSA).")
    pdf.para("L’association La Navette solidaire gère depuis 2011 une ressourcerie et un "
             "atelier chantier d’insertion (ACI), qui collecte, trie, répare et revend des "
             "textiles, des meubles et des objets du quotidien. En 2024, elle a accompagné "
             "46 salariés en parcours d’insertion et détourné de l’enfouissement 318 tonnes "
             "d’objets.")
    pdf.para("Le projet de l’association, conçu et mis en œuvre à sa seule initiative, "
             "s’inscrit dans les orientations de la politique départementale d’insertion et "
             "présente un intérêt public local. Il est convenu ce qui suit.")
    pdf.heading("Article 1 – Objet de la convention")
    pdf.para("Par la présente convention, l’association s’engage, à son initiative et sous "
             "sa responsabilité, à mettre en œuvre le programme d’actions décrit à "
             "l’article 3. Le Département s’engage à soutenir financièrement ce programme, "
             "qui concourt à l’insertion professionnelle des personnes éloignées de "
             "l’emploi sur le territoire de la Communauté de communes des Monts de Sarlève "
             "et de la Communauté d’agglomération de Brévenne.")
    pdf.expect_page(1)

    # ---------------- page 2 ----------------
    pdf.add_page()
    pdf.heading("Article 2 – Durée", gap=0)
    pdf.para("La convention est conclue pour une durée de trois ans, du 1er janvier 2025 "
             "au 31 décembre 2027. Elle ne peut pas être renouvelée tacitement.")
    pdf.heading("Article 3 – Engagements de l’association")
    pdf.para("L’association s’engage à réaliser, sur la durée de la convention, les actions "
             "suivantes :")
    pdf.bullets([
        "accueillir chaque année au moins 40 personnes en contrat à durée déterminée "
        "d’insertion (CDDI), dont 60 % d’allocataires du RSA ;",
        "proposer à chaque salarié en insertion un accompagnement socioprofessionnel d’au "
        "moins 4 heures par mois ;",
        "ouvrir en 2026 une seconde boutique solidaire à Vérance-les-Bois ;",
        "porter à 400 tonnes par an, d’ici 2027, le volume d’objets collectés et "
        "réemployés ;",
        "organiser chaque année deux journées portes ouvertes à destination des employeurs "
        "du territoire.",
    ])
    pdf.para("L’association s’engage en outre à atteindre un taux de sorties dynamiques "
             "d’au moins 55 % des salariés sortis du dispositif. Sont considérées comme "
             "sorties dynamiques les sorties vers un emploi durable, vers un emploi de "
             "transition ou vers une formation qualifiante.")
    pdf.heading("Article 4 – Engagements du Département")
    pdf.para("Le Département s’engage à verser à l’association une subvention de "
             "fonctionnement annuelle, dans les conditions fixées aux articles 5 et 6. Il "
             "désigne comme interlocutrice la cheffe du service de l’économie solidaire, "
             "Madame Inès Vaudrey, chargée du suivi de la convention.")
    pdf.para(f"Le Département met également à disposition de l’association, à titre "
             f"gracieux, un local de stockage de 350{NBSP}m² situé dans la zone d’activités "
             f"des Grèves, à Brévenne-sur-Aure.")
    pdf.expect_page(2)

    # ---------------- page 3 : table ----------------
    pdf.add_page()
    pdf.heading("Article 5 – Montant de la subvention", gap=0)
    pdf.para(f"Le montant total de la participation du Département s’élève à "
             f"255{NBSP}000{NBSP}€ pour les trois années de la convention. Le montant annuel "
             f"est fixé comme suit, sous réserve du vote des crédits au budget de chaque "
             f"exercice :")
    pdf.ln(1)
    rows = [
        ("Année", "Subvention départementale", "Salariés en insertion (objectif)",
         "Tonnes réemployées (objectif)"),
        ("2025", f"80{NBSP}000{NBSP}€", "40", "340"),
        ("2026", f"85{NBSP}000{NBSP}€", "42", "370"),
        ("2027", f"90{NBSP}000{NBSP}€", "45", "400"),
        ("Total", f"255{NBSP}000{NBSP}€", "–", "–"),
    ]
    pdf.set_font("Sans", "", 9.5)
    pdf.set_draw_color(120, 120, 120)
    with pdf.table(col_widths=(18, 40, 40, 40), text_align=("CENTER", "RIGHT", "CENTER", "CENTER"),
                   headings_style=FontFace(emphasis="BOLD", fill_color=(222, 232, 244)),
                   line_height=6, padding=1.5) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    for r in rows:
        pdf.record(" | ".join(r))
    pdf.ln(3)
    pdf.set_font("Sans", "I", 8.5)
    pdf.multi_cell(0, 4.5, "Tableau 1 – Échéancier de la subvention et objectifs annuels.",
                   align="C")
    pdf.record("Tableau 1 – Échéancier de la subvention et objectifs annuels.")
    pdf.ln(3)
    pdf.para(f"La subvention représente 21,5{NBSP}% du budget prévisionnel de l’association "
             f"pour 2025, qui s’élève à 372{NBSP}000{NBSP}€. Les autres financeurs prévus "
             f"sont l’État, au titre de l’aide au poste d’insertion, la Région des "
             f"Marches-du-Levant et la Communauté de communes des Monts de Sarlève.")
    pdf.para("Les dépenses éligibles sont les frais de personnel d’encadrement technique, "
             "les frais d’accompagnement socioprofessionnel et les charges de fonctionnement "
             "de la ressourcerie. Les dépenses d’investissement sont exclues de la "
             "subvention.")
    pdf.para("Le versement du solde de chaque exercice est subordonné à la réalisation des "
             "objectifs figurant au tableau 1. Un écart supérieur à 20 % sur l’un des "
             "objectifs annuels donne lieu à un examen contradictoire en comité de suivi.")
    pdf.expect_page(3)

    # ---------------- page 4 : two columns ----------------
    pdf.add_page()
    cols_page = pdf.page
    blocks = [
        ("h", "Article 6 – Modalités de versement"),
        ("p", "La subvention est versée chaque année en deux fois : une avance de 70 % à "
              "la signature de la convention, ou au vote du budget pour les années "
              "suivantes, puis le solde de 30 % après réception et examen du compte rendu "
              "financier de l’année précédente."),
        ("p", "Le versement est effectué par virement sur le compte bancaire de "
              "l’association, dans un délai de quarante-cinq jours suivant la décision "
              "d’engagement."),
        ("h", "Article 7 – Évaluation et indicateurs"),
        ("p", "L’association transmet au Département, au plus tard le 30 juin de chaque "
              "année, un bilan d’activité et un compte rendu financier de l’exercice "
              "écoulé."),
        ("p", "Un comité de suivi, réunissant des représentants du Département, de "
              "l’association et du service public de l’emploi, se réunit au moins une fois "
              "par an. Les indicateurs suivis sont notamment :"),
        ("b", "le nombre de personnes accueillies en CDDI ;"),
        ("b", "le taux de sorties dynamiques ;"),
        ("b", "le tonnage collecté et réemployé ;"),
        ("b", "le chiffre d’affaires des boutiques solidaires."),
        ("p", "Une évaluation finale, conduite au cours du premier semestre 2027, "
              "conditionne l’examen d’une éventuelle nouvelle convention."),
        ("h", "Article 8 – Communication"),
        ("p", "L’association s’engage à faire figurer le logo du Département sur tous ses "
              "supports de communication relatifs aux actions financées, ainsi que la "
              "mention « avec le soutien du Département du Val-d’Aurenne »."),
        ("p", "Elle informe le Département, au moins quinze jours à l’avance, de toute "
              "manifestation publique organisée dans le cadre des actions financées, "
              "notamment des journées portes ouvertes."),
        ("h", "Article 9 – Contrôle"),
        ("p", "Le Département peut procéder à tout contrôle sur pièces ou sur place. "
              "L’association tient une comptabilité conforme au plan comptable des "
              "associations."),
        ("p", "Elle désigne un commissaire aux comptes lorsque le montant des subventions "
              "publiques reçues dépasse 153 000 € par an, et conserve les pièces "
              "justificatives pendant dix ans."),
        ("h", "Article 10 – Avenants"),
        ("p", "Toute modification des conditions ou des modalités d’exécution de la "
              "présente convention fait l’objet d’un avenant écrit, signé par les deux "
              "parties."),
        ("p", "Les ajustements du tableau 1 qui ne modifient pas le montant total de la "
              "subvention peuvent être convenus par simple échange de courriers entre les "
              "parties."),
        ("h", "Article 11 – Assurances"),
        ("p", "L’association souscrit les contrats d’assurance nécessaires à la couverture "
              "de ses activités, de ses locaux et de ses salariés en insertion. Elle en "
              "justifie chaque année auprès du Département, avec son bilan d’activité."),
    ]
    with pdf.text_columns(ncols=2, gutter=8, balance=True, text_align="JUSTIFY",
                           line_height=1.15) as cols:
        for kind, text in blocks:
            if kind == "h":
                pdf.set_font("Sans", "B", 11)
                pdf.set_text_color(20, 60, 110)
                with cols.paragraph(text_align="LEFT", top_margin=3, bottom_margin=1.5) as par:
                    par.write(text)
                pdf.set_text_color(0, 0, 0)
            elif kind == "p":
                pdf.set_font("Serif", "", 10)
                with cols.paragraph(bottom_margin=2) as par:
                    par.write(hyphenate(text))
            else:
                pdf.set_font("Serif", "", 10)
                with cols.paragraph(indent=5, bullet_string="–", bottom_margin=1) as par:
                    par.write(hyphenate(text))
            pdf.record(text, page=cols_page)
    pdf.expect_page(4)

    # ---------------- page 5 : end + signatures ----------------
    pdf.add_page()
    pdf.heading("Article 12 – Résiliation", gap=0)
    pdf.para("En cas de non-respect par l’une des parties de ses engagements, la convention "
             "peut être résiliée de plein droit par l’autre partie à l’expiration d’un délai "
             "de deux mois suivant l’envoi d’une lettre recommandée avec accusé de réception "
             "valant mise en demeure.")
    pdf.para("En cas de résiliation, l’association reverse au Département la part de la "
             "subvention correspondant aux actions non réalisées.")
    pdf.heading("Article 13 – Litiges")
    pdf.para("En cas de litige relatif à l’exécution de la présente convention, les parties "
             "recherchent une solution amiable. À défaut, le litige est porté devant le "
             "tribunal administratif de Sarlève-le-Haut.")
    pdf.ln(4)
    pdf.para("Fait à Sarlève-le-Haut, le 3 mars 2025, en deux exemplaires originaux.",
             align="L")
    pdf.ln(8)
    y = pdf.get_y()
    col_w = pdf.epw / 2
    sigs = [
        ("Pour le Département,", "la Présidente,", "Hélène Garrivier"),
        ("Pour l’association,", "le Président,", "Bastien Quérolle"),
    ]
    for i, (a, b, c) in enumerate(sigs):
        x = pdf.l_margin + i * col_w
        pdf.set_xy(x, y)
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(col_w, 5.4, f"{a}\n{b}", align="C")
        pdf.set_xy(x, y + 30)
        pdf.set_font("Serif", "B", 10.5)
        pdf.multi_cell(col_w, 5.4, c, align="C")
        pdf.record(f"{a} {b} {c}")
    pdf.set_y(y + 45)
    pdf.set_font("Sans", "I", 8.5)
    pdf.multi_cell(0, 4.5, "Annexe (non reproduite) : budget prévisionnel 2025 de "
                   "l’association et programme d’actions détaillé.", align="L")
    pdf.record("Annexe (non reproduite) : budget prévisionnel 2025 de l’association et "
               "programme d’actions détaillé.")
    pdf.expect_page(5)

    pdf.output(str(path))
    return pdf.page_strings


# --------------------------------------------------------------------------
# b. HTML: CRESS baromètre + Mois de l'ESS
# --------------------------------------------------------------------------
def wrap_html(text: str, indent: int = 10, width: int = 92) -> str:
    pad = " " * indent
    return _unglue(textwrap.fill(_glue(text), width=width, initial_indent=pad,
                                 subsequent_indent=pad, break_long_words=False,
                                 break_on_hyphens=False))


def build_html(path: Path):
    nb = "&nbsp;"

    def p(text: str, cls: str = "") -> str:
        c = f' class="{cls}"' if cls else ""
        return f"        <p{c}>\n{wrap_html(text)}\n        </p>"

    intro = p("Au 31 décembre 2024, l'économie sociale et solidaire (ESS) comptait en "
              f"Marches-du-Levant 5{nb}870 établissements employeurs et 48{nb}300 salariés, "
              "soit 11,2 % de l'emploi salarié privé de la région. En un an, l'emploi de "
              "l'ESS a progressé de 1,8 %, contre 0,6 % pour l'ensemble du secteur privé.",
              "chapo")
    p_dep = p("Le Val-d'Aurenne reste le département où le poids de l'ESS est le plus "
              "élevé, porté par l'action sociale et les associations d'aide à domicile. "
              "La Haute-Brévenne, où l'ESS pèse moins lourd, enregistre la progression la "
              "plus faible des quatre départements.")
    table = """        <table class="data">
          <caption>Emploi salarié de l'ESS par département au 31 décembre 2024</caption>
          <thead>
            <tr>
              <th scope="col">Département</th>
              <th scope="col">Établissements employeurs</th>
              <th scope="col">Salariés</th>
              <th scope="col">Part de l'emploi salarié privé</th>
              <th scope="col">Évolution sur un an</th>
            </tr>
          </thead>
          <tbody>
            <tr><th scope="row">Val-d'Aurenne</th><td>1&nbsp;412</td><td>11&nbsp;860</td><td>12,4&nbsp;%</td><td>+2,3&nbsp;%</td></tr>
            <tr><th scope="row">Haute-Brévenne</th><td>1&nbsp;095</td><td>8&nbsp;940</td><td>10,1&nbsp;%</td><td>+1,2&nbsp;%</td></tr>
            <tr><th scope="row">Côtes-de-Vérance</th><td>1&nbsp;630</td><td>13&nbsp;720</td><td>11,6&nbsp;%</td><td>+1,9&nbsp;%</td></tr>
            <tr><th scope="row">Plaine-d'Ossange</th><td>1&nbsp;733</td><td>13&nbsp;780</td><td>10,8&nbsp;%</td><td>+1,6&nbsp;%</td></tr>
          </tbody>
          <tfoot>
            <tr><th scope="row">Marches-du-Levant</th><td>5&nbsp;870</td><td>48&nbsp;300</td><td>11,2&nbsp;%</td><td>+1,8&nbsp;%</td></tr>
          </tfoot>
        </table>
        <p class="source">Source : Observatoire régional de l'ESS, d'après les données
          de l'emploi salarié au 31 décembre 2024.</p>"""
    p_fam1 = p("Les associations concentrent 77,5 % des salariés de l'ESS régionale, devant "
               "les coopératives (12,9 %), les mutuelles (6,4 %) et les fondations (3,2 %).")
    p_fam2 = p(f"L'action sociale reste le premier secteur employeur, avec 19{nb}650 "
               f"salariés, suivie de l'enseignement (6{nb}120 salariés) et des activités "
               f"financières et d'assurance (4{nb}380 salariés).")
    p_crea1 = p("En 2024, 214 nouvelles structures employeuses de l'ESS ont été créées dans "
                "la région, dont 38 sociétés coopératives d'intérêt collectif (SCIC). Une "
                "SCIC associe autour d'un même projet des salariés, des bénéficiaires et, "
                "le plus souvent, des collectivités locales.")
    p_crea2 = p("Selon l'enquête conduite auprès de 612 dirigeants entre mars et mai 2025, "
                "64 % des structures déclarent des difficultés de recrutement, en "
                "particulier sur les métiers du soin et de l'accompagnement. Par ailleurs, "
                "29 % des salariés de l'ESS ont 55 ans ou plus, ce qui représentera près de "
                "14 000 départs à la retraite d'ici 2030.")
    p_mois = p("Du 1er au 30 novembre 2025, le Mois de l'ESS proposera 146 événements dans "
               "les quatre départements de la région. Parmi les temps forts :")
    items = [
        "le 6 novembre, la journée « Entreprendre autrement » à la Halle des Cordiers de "
        "Vérance, avec 40 exposants ;",
        f"le 13 novembre, les Trophées de l'ESS, qui récompenseront cinq lauréats dotés "
        f"chacun de 3{nb}000 euros ;",
        "le 20 novembre, un forum de l'emploi dans l'ESS à Ossange-la-Ville ;",
        "le 27 novembre, la conférence de clôture consacrée à la reprise d'entreprises "
        "par leurs salariés en coopérative.",
    ]
    ul = "        <ul class=\"programme\">\n" + "\n".join(
        "          <li>\n" + wrap_html(it, indent=12) + "\n          </li>" for it in items
    ) + "\n        </ul>"
    p_insc = p("Les candidatures aux Trophées de l'ESS sont ouvertes jusqu'au 10 octobre "
               "2025 sur le site de la CRESS.")
    p_quote = p("« L'ESS crée des emplois qui ne se délocalisent pas, mais elle doit "
                "maintenant préparer le renouvellement de ses équipes », souligne Mathilde "
                "Ferrandou, présidente de la CRESS Marches-du-Levant.")
    p_meth = p("Les chiffres du baromètre portent sur les établissements employeurs des "
               "associations, coopératives, mutuelles et fondations, ainsi que des sociétés "
               "commerciales agréées. Ils sont arrêtés au 31 décembre 2024.")

    doc = f"""<!DOCTYPE html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <title>Baromètre de l'ESS 2025 en Marches-du-Levant : 48 300 salariés et un emploi qui résiste | CRESS Marches-du-Levant</title>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Chiffres clés 2025 de l'économie sociale et solidaire en Marches-du-Levant et programme régional du Mois de l'ESS.">
    <meta name="author" content="Observatoire régional de l'ESS">
    <meta name="publisher" content="CRESS Marches-du-Levant">
    <meta name="date" content="2025-10-06">
    <meta property="og:title" content="Baromètre de l'ESS 2025 en Marches-du-Levant">
    <meta property="og:site_name" content="CRESS Marches-du-Levant">
    <meta property="article:published_time" content="2025-10-06T09:00:00+02:00">
    <link rel="stylesheet" href="/assets/css/site.css">
  </head>
  <body class="page-actualite">
    <div id="cookie-banner" role="dialog" aria-label="Gestion des cookies">
      <p>Ce site utilise des cookies de mesure d'audience. Vous pouvez les accepter ou les
        refuser à tout moment.</p>
      <button type="button">Tout accepter</button>
      <button type="button">Tout refuser</button>
      <a href="/cookies">Personnaliser</a>
    </div>
    <header class="site-header">
      <a class="logo" href="/"><img src="/assets/img/logo-cress.svg" alt="CRESS Marches-du-Levant – accueil"></a>
      <nav class="main-nav" aria-label="Menu principal">
        <ul>
          <li><a href="/la-cress">La CRESS</a></li>
          <li><a href="/observatoire">Observatoire</a></li>
          <li><a href="/accompagner">Entreprendre en ESS</a></li>
          <li><a href="/mois-ess">Mois de l'ESS</a></li>
          <li><a href="/actualites">Actualités</a></li>
          <li><a href="/contact">Contact</a></li>
        </ul>
      </nav>
    </header>
    <nav class="breadcrumb" aria-label="Fil d'Ariane">
      <a href="/">Accueil</a> &gt; <a href="/observatoire">Observatoire</a> &gt;
      <span aria-current="page">Baromètre de l'ESS 2025</span>
    </nav>
    <div class="layout">
      <main id="contenu">
        <article>
        <h1>Baromètre de l'ESS 2025 en Marches-du-Levant : 48&nbsp;300 salariés et un emploi qui résiste</h1>
        <p class="meta">Publié le <time datetime="2025-10-06">6 octobre 2025</time> par
          l'Observatoire régional de l'ESS · Temps de lecture : 4 min</p>
        <div class="share">Partager : <a href="#">Facebook</a> · <a href="#">LinkedIn</a> ·
          <a href="#">Mastodon</a> · <a href="mailto:?subject=Barom%C3%A8tre%20ESS%202025">Courriel</a></div>
        <figure>
          <img src="/medias/2025/barometre-halle-cordiers.jpg" alt="Stands lors d'un forum de l'ESS">
          <figcaption>Forum de l'emploi dans l'ESS, édition 2024. Photo : Julien Agaste / CRESS Marches-du-Levant</figcaption>
        </figure>
{intro}
        <h2>Les chiffres clés par département</h2>
{p_dep}
{table}
        <h2>Les familles de l'ESS</h2>
{p_fam1}
{p_fam2}
        <h2>Des créations soutenues, des difficultés de recrutement</h2>
{p_crea1}
{p_crea2}
{p_quote}
        <h2>Mois de l'ESS 2025 : le programme en Marches-du-Levant</h2>
{p_mois}
{ul}
{p_insc}
        <h2>Méthodologie</h2>
{p_meth}
        <p class="download"><a href="/medias/2025/barometre-ess-2025-marches-du-levant.pdf" download>Télécharger le baromètre complet (PDF, 2,4 Mo)</a></p>
        </article>
      </main>
      <aside class="sidebar" aria-label="Encadrés">
        <section>
          <h3>À lire aussi</h3>
          <ul>
            <li><a href="/actualites/guide-achats-responsables">Guide des achats socialement responsables</a></li>
            <li><a href="/actualites/panorama-cooperatives">Panorama des coopératives</a></li>
            <li><a href="/actualites/appel-benevoles-mois-ess">Devenir bénévole du Mois de l'ESS</a></li>
          </ul>
        </section>
        <section>
          <h3>Lettre d'information</h3>
          <p>Recevez chaque mois l'actualité de l'ESS en région.</p>
          <form action="/newsletter" method="post"><input type="email" name="email" placeholder="Votre adresse électronique"><button>S'abonner</button></form>
        </section>
      </aside>
    </div>
    <footer class="site-footer">
      <p>CRESS Marches-du-Levant – Chambre régionale de l'économie sociale et solidaire –
        8, quai des Teinturiers, Ossange-la-Ville</p>
      <ul>
        <li><a href="/mentions-legales">Mentions légales</a></li>
        <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
        <li><a href="/plan-du-site">Plan du site</a></li>
      </ul>
      <p>© 2025 CRESS Marches-du-Levant</p>
    </footer>
  </body>
</html>
"""
    path.write_text(doc, encoding="utf-8")


class _HTMLText(HTMLParser):
    BLOCK = {"p", "li", "h1", "h2", "h3", "caption", "tr", "figcaption", "div", "title",
             "td", "th"}
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.cur: list[str] = []
        self.skip = 0
        self.in_main = 0
        self.main_blocks: list[str] = []

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.blocks.append(t)
            if self.in_main:
                self.main_blocks.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.flush()
        if tag == "main":
            self.in_main += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        if tag in self.BLOCK:
            self.flush()
        if tag == "main":
            self.flush()
            self.in_main -= 1

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def html_blocks(path: Path) -> tuple[list[str], list[str]]:
    parser = _HTMLText()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.flush()
    return parser.blocks, parser.main_blocks


# --------------------------------------------------------------------------
# c. Markdown minutes
# --------------------------------------------------------------------------
def md_par(text: str, width: int = 80) -> str:
    return _unglue(textwrap.fill(_glue(text), width=width, break_long_words=False,
                                 break_on_hyphens=False))


def md_item(text: str, marker: str = "-", width: int = 80) -> str:
    first = f"{marker} "
    return _unglue(textwrap.fill(_glue(text), width=width, initial_indent=first,
                                 subsequent_indent=" " * len(first),
                                 break_long_words=False, break_on_hyphens=False))


def build_md(path: Path):
    out: list[str] = []
    add = out.append
    add("---")
    add('title: "Procès-verbal du conseil communautaire du 27 mai 2025"')
    add('publisher: "Communauté de communes des Monts de Sarlève"')
    add("date: 2025-05-27")
    add('territory: "Communauté de communes des Monts de Sarlève (Val-d’Aurenne)"')
    add('document_type: "procès-verbal de séance"')
    add("---")
    add("")
    add("# Procès-verbal du conseil communautaire")
    add("")
    add("## Séance du mardi 27 mai 2025")
    add("")
    add(md_par("L’an deux mille vingt-cinq, le vingt-sept mai à 18 h 30, le conseil "
               "communautaire de la Communauté de communes des Monts de Sarlève, "
               "régulièrement convoqué le 20 mai 2025, s’est réuni en séance publique à la "
               "salle des fêtes de Saint-Orvelin, sous la présidence de M. Gérard Mausac, "
               "président."))
    add("")
    add(md_par("Nombre de conseillers en exercice : 34 — présents : 27 — pouvoirs : 4 — "
               "votants : 31."))
    add("")
    add("### Membres présents")
    add("")
    for it in [
        "M. Gérard Mausac, président ;",
        "Mme Corinne Lestrade, 1re vice-présidente chargée du développement économique "
        "et de l’économie sociale et solidaire ;",
        "M. Alain Peyrebrune, 2e vice-président chargé des finances ;",
        "Mme Sonia Belcastel, 3e vice-présidente chargée de la cohésion sociale ;",
        "M. Yannick Trémouille, conseiller communautaire, maire de Saint-Orvelin ;",
        "M. Franck Oustalet, conseiller communautaire délégué aux mobilités ;",
        "et 21 autres conseillers communautaires (liste nominative en annexe).",
    ]:
        add(md_item(it))
    add("")
    add("### Membres excusés")
    add("")
    for it in [
        "Mme Laure Castanet (pouvoir à Mme Corinne Lestrade) ;",
        "M. Denis Faugère (pouvoir à M. Gérard Mausac) ;",
        "Mme Agnès Roumagnac (pouvoir à M. Alain Peyrebrune) ;",
        "M. Hugo Delmarès (pouvoir à Mme Sonia Belcastel) ;",
        "M. Paul Vernhiac (sans pouvoir).",
    ]:
        add(md_item(it))
    add("")
    add("Absents : M. Rémi Sabadel, Mme Odile Carrère.")
    add("")
    add("Secrétaire de séance : Mme Sonia Belcastel.")
    add("")
    add("## 1. Approbation du procès-verbal de la séance du 8 avril 2025")
    add("")
    add(md_par("Le procès-verbal de la séance du 8 avril 2025 est adopté à l'unanimité des "
               "votants (31 voix pour)."))
    add("")
    add("## 2. Schéma communautaire de développement de l’ESS 2025-2030")
    add("")
    add("*Rapporteure : Mme Corinne Lestrade.*")
    add("")
    add(md_par("Mme Lestrade rappelle que l’économie sociale et solidaire (ESS) représente "
               f"sur le territoire communautaire 142 établissements employeurs et 1{NBSP}286 "
               "salariés, soit 13,1 % de l’emploi salarié privé. Le schéma a été élaboré "
               "entre septembre 2024 et mars 2025 avec 58 structures du territoire. Il "
               "s’articule autour de trois axes :"))
    add("")
    for i, it in enumerate([
        "favoriser l’émergence et la consolidation d’activités d’utilité sociale ;",
        "développer la commande publique responsable, en particulier les clauses "
        "sociales ;",
        "faire des tiers-lieux des points d’appui de la coopération entre acteurs.",
    ], 1):
        add(md_item(it, marker=f"{i}."))
    add("")
    add(md_par(f"Le schéma prévoit une enveloppe de 420{NBSP}000 € sur six ans, dont "
               f"150{NBSP}000 € pour le fonds d’amorçage présenté au point 3."))
    add("")
    add(md_par("M. Trémouille demande si les communes rurales seront associées au suivi du "
               "schéma. Mme Lestrade précise qu’un comité de pilotage réunissant un élu par "
               "commune se tiendra deux fois par an."))
    add("")
    add(md_par("**Vote :** 29 voix pour, 0 contre, 2 abstentions (M. Yannick Trémouille, "
               "Mme Agnès Roumagnac par pouvoir). Le schéma est adopté."))
    add("")
    add("## 3. Création d’un fonds d’amorçage ESS")
    add("")
    add("*Rapporteur : M. Alain Peyrebrune.*")
    add("")
    add(md_par("Le fonds d’amorçage accorde des avances remboursables sans intérêt de "
               "5 000 € à 15 000 € aux projets de l’ESS créés depuis moins de trois ans. "
               "Sa gestion est confiée à l’association Initiative Monts de Sarlève, qui "
               "percevra des frais de gestion égaux à 4 % des sommes engagées. Le fonds est "
               "doté de 150 000 € sur la période 2025-2027, dont 50 000 € dès 2025."))
    add("")
    add(md_par("**Vote :** 30 voix pour, 1 contre (M. Franck Oustalet), 0 abstention. La "
               "délibération est adoptée."))
    add("")
    add("## 4. Attribution de subventions aux structures de l’ESS")
    add("")
    add("*Rapporteure : Mme Corinne Lestrade.*")
    add("")
    add(md_par("Le conseil est invité à attribuer les subventions suivantes au titre de "
               "l’année 2025 :"))
    add("")
    add("| Structure | Objet | Montant attribué |")
    add("|---|---|---:|")
    add("| Association La Navette solidaire | Atelier de réparation mobile | 12 000 € |")
    add("| Tiers-lieu La Grange commune | Animation du tiers-lieu de Saint-Orvelin | 18 500 € |")
    add("| SCIC Bois des Monts | Étude de faisabilité d’une chaufferie collective | 9 000 € |")
    add("| Épicerie solidaire Le Panier partagé | Achat d’un véhicule frigorifique | 7 500 € |")
    add("| **Total** | | **47 000 €** |")
    add("")
    add(md_par("M. Peyrebrune indique que les crédits sont inscrits au budget primitif 2025, "
               "au chapitre 65."))
    add("")
    add(md_par("Mme Lestrade, administratrice du tiers-lieu La Grange commune, quitte la "
               "salle et ne prend pas part au vote, ni pour elle-même ni pour le pouvoir "
               "qu’elle détient."))
    add("")
    add(md_par("**Vote :** 29 voix pour, 0 contre, 0 abstention. Les subventions sont "
               "attribuées."))
    add("")
    add("## 5. Marché de collecte des encombrants : clause d’insertion")
    add("")
    add(md_par("Le conseil autorise le président à signer le marché de collecte des "
               "encombrants, d’une durée de quatre ans. Ce marché comporte une clause "
               "d’insertion qui réserve au moins 1 500 heures de travail par an à des "
               "personnes en parcours d’insertion."))
    add("")
    add(md_par("**Vote :** adopté à l'unanimité (31 voix pour)."))
    add("")
    add("## 6. Questions diverses")
    add("")
    add(md_par("Mme Belcastel annonce que la Communauté de communes participera au Mois de "
               "l’ESS en novembre 2025 avec un marché des producteurs et créateurs "
               "solidaires, le samedi 15 novembre à Saint-Orvelin."))
    add("")
    add(md_par("La prochaine séance du conseil communautaire aura lieu le mardi 1er juillet "
               "2025 à 18 h 30. La séance est levée à 21 h 05."))
    add("")
    add("Le président, Gérard Mausac")
    add("")
    add("La secrétaire de séance, Sonia Belcastel")
    add("")
    path.write_text("\n".join(out), encoding="utf-8")


def text_blocks(raw: str, kind: str) -> list[str]:
    """Split a Markdown or plain-text file into paragraphs / list items / table cells."""
    lines = raw.splitlines()
    if kind == "md" and lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    blocks: list[str] = []
    cur: list[str] = []

    def flush():
        if cur:
            blocks.append(" ".join(x.strip() for x in cur))
            cur.clear()

    item_re = re.compile(r"^\s*(?:[-*•]|\d+\.|[a-z]\))\s+")
    for ln in lines:
        if not ln.strip() or re.fullmatch(r"[=\-]{3,}", ln.strip()):
            flush()
            continue
        if ln.lstrip().startswith("|"):
            flush()
            for cell in ln.strip().strip("|").split("|"):
                if cell.strip():
                    blocks.append(cell.strip())
            continue
        if item_re.match(ln) or ln.startswith("#"):
            flush()
        cur.append(ln)
    flush()
    return blocks


# --------------------------------------------------------------------------
# d. Plain-text AMI
# --------------------------------------------------------------------------
def txt_par(text: str, width: int = 76) -> str:
    return _unglue(textwrap.fill(_glue(text), width=width, break_long_words=False,
                                 break_on_hyphens=False))


def txt_item(label: str, text: str, width: int = 76, indent: int = 3) -> str:
    first = " " * indent + f"{label} "
    return _unglue(textwrap.fill(_glue(text), width=width, initial_indent=first,
                                 subsequent_indent=" " * len(first),
                                 break_long_words=False, break_on_hyphens=False))


def build_txt(path: Path):
    o: list[str] = []
    add = o.append
    add("COMMUNAUTÉ D'AGGLOMÉRATION DE BRÉVENNE")
    add("Direction du développement économique et de l'emploi")
    add("")
    add("APPEL À MANIFESTATION D'INTÉRÊT (AMI)")
    add("« FABRIQUES DE COOPÉRATION » – ÉDITION 2025")
    add("=" * 44)
    add("")
    add("Date de publication : 14 mars 2025")
    add("")
    add("")
    add("1. CONTEXTE ET OBJECTIFS")
    add("------------------------")
    add("")
    add(txt_par(f"La Communauté d'agglomération de Brévenne (CAB) regroupe 24 communes et "
                f"86{NBSP}400 habitants. Dans le cadre de son Plan local pour l'économie "
                f"sociale et solidaire 2024-2028, adopté le 12 décembre 2023, elle lance un "
                f"appel à manifestation d'intérêt (AMI) destiné à faire émerger des "
                f"« Fabriques de coopération » : des lieux ou des projets qui mutualisent "
                f"des moyens entre plusieurs structures de l'ESS pour créer des activités "
                f"et des emplois durables sur le territoire."))
    add("")
    add("L'AMI poursuit trois objectifs :")
    add("")
    for lab, t in [
        ("a)", "soutenir la création d'au moins 30 emplois d'ici fin 2027 ;"),
        ("b)", "favoriser la mutualisation de locaux, d'équipements et de fonctions "
               "support entre structures ;"),
        ("c)", "renforcer la présence de l'ESS dans les quartiers prioritaires de la "
               "politique de la ville (QPV) et dans les communes rurales de "
               "l'agglomération."),
    ]:
        add(txt_item(lab, t))
    add("")
    add("")
    add("2. STRUCTURES ÉLIGIBLES")
    add("-----------------------")
    add("")
    add("Peuvent répondre au présent AMI :")
    add("")
    for lab, t in [
        ("a)", "les associations loi 1901 ayant au moins un an d'existence à la date de "
               "dépôt du dossier ;"),
        ("b)", "les sociétés coopératives et participatives (SCOP), les sociétés "
               "coopératives d'intérêt collectif (SCIC) et les coopératives d'activité et "
               "d'emploi (CAE) ;"),
        ("c)", "les sociétés commerciales titulaires de l'agrément « entreprise solidaire "
               "d'utilité sociale » (ESUS) ;"),
        ("d)", "les groupements associant plusieurs de ces structures, à condition de "
               "désigner un chef de file."),
    ]:
        add(txt_item(lab, t))
    add("")
    add(txt_par("Le siège de la structure ou l'établissement qui porte le projet doit être "
                "situé sur le territoire de la Communauté d'agglomération de Brévenne."))
    add("")
    add("")
    add("3. PROJETS EXCLUS")
    add("-----------------")
    add("")
    add("Sont exclus du présent AMI :")
    add("")
    for lab, t in [
        ("a)", "les projets portés par une structure seule, sans aucun partenaire de "
               "l'ESS ;"),
        ("b)", "les projets dont l'objet principal est l'achat de biens immobiliers ;"),
        ("c)", "les activités cultuelles ou à caractère politique ;"),
        ("d)", "les projets déjà achevés à la date de dépôt du dossier ;"),
        ("e)", "les structures faisant l'objet d'une procédure de redressement ou de "
               "liquidation judiciaire."),
    ]:
        add(txt_item(lab, t))
    add("")
    add("")
    add("4. NATURE ET MONTANT DU SOUTIEN")
    add("-------------------------------")
    add("")
    add(txt_par(f"L'enveloppe globale de l'AMI s'élève à 240{NBSP}000 euros pour l'année "
                f"2025. Le nombre de lauréats est estimé entre 6 et 10."))
    add("")
    add("Chaque projet retenu peut bénéficier :")
    add("")
    for lab, t in [
        ("a)", f"d'une subvention d'investissement ou de fonctionnement comprise entre "
               f"10{NBSP}000 et 40{NBSP}000 euros, dans la limite de 50 % des dépenses "
               f"éligibles ;"),
        ("b)", "d'un accompagnement de 8 jours par un cabinet ou un réseau spécialisé, "
               "pris en charge par la CAB ;"),
        ("c)", "d'une mise en relation avec les acheteurs publics de l'agglomération."),
    ]:
        add(txt_item(lab, t))
    add("")
    add(txt_par(f"Un bonus de 5{NBSP}000 euros peut être accordé aux projets implantés dans "
                f"un QPV ou dans une commune de moins de 2{NBSP}000 habitants."))
    add("")
    add("")
    add("5. CRITÈRES DE SÉLECTION")
    add("------------------------")
    add("")
    add("Les dossiers sont notés sur 100 points selon les critères suivants :")
    add("")
    for lab, t in [
        ("a)", "la qualité de la coopération entre les partenaires (25 points) ;"),
        ("b)", "la création ou la consolidation d'emplois (25 points) ;"),
        ("c)", "l'utilité sociale et l'ancrage territorial du projet (20 points) ;"),
        ("d)", "la viabilité économique et la diversité des financements (20 points) ;"),
        ("e)", "la prise en compte de la transition écologique (10 points)."),
    ]:
        add(txt_item(lab, t))
    add("")
    add("Un dossier qui obtient moins de 50 points ne peut pas être retenu.")
    add("")
    add("")
    add("6. CALENDRIER")
    add("-------------")
    add("")
    for t in [
        "Lancement de l'AMI : 14 mars 2025 ;",
        "Réunion d'information : 3 avril 2025 à 14 h, à la Maison des associations "
        "de Brévenne-sur-Aure ;",
        "Date limite de dépôt des dossiers : 30 mai 2025 à 12 h ;",
        "Audition des porteurs présélectionnés : semaine du 23 juin 2025 ;",
        "Décision du bureau communautaire : 10 juillet 2025.",
    ]:
        add(txt_item("-", t))
    add("")
    add("")
    add("7. DOSSIER DE CANDIDATURE")
    add("-------------------------")
    add("")
    add("Le dossier de candidature comprend :")
    add("")
    for lab, t in [
        ("a)", "le formulaire de candidature complété et signé ;"),
        ("b)", "les statuts de chaque structure partenaire ;"),
        ("c)", "le budget prévisionnel du projet sur trois ans ;"),
        ("d)", "les derniers comptes approuvés de chaque structure ;"),
        ("e)", "une lettre d'engagement de chaque partenaire."),
    ]:
        add(txt_item(lab, t))
    add("")
    add(txt_par("Les dossiers sont déposés exclusivement sur la plateforme de dépôt en "
                "ligne de l'agglomération. Aucun dossier papier n'est accepté."))
    add("")
    add("")
    add("8. COMITÉ DE SÉLECTION")
    add("----------------------")
    add("")
    add(txt_par("Le comité de sélection est présidé par M. Karim Lhostis, vice-président "
                "chargé de l'économie sociale et solidaire. Il réunit des élus, des agents "
                "de la CAB et deux représentants de la CRESS Marches-du-Levant. Les "
                "porteurs de projet sont informés par écrit de la décision."))
    add("")
    add("")
    add("9. CONTACT")
    add("----------")
    add("")
    add(txt_par("Pour toute question, les porteurs de projet peuvent contacter Mme Élodie "
                "Carmantrand, chargée de mission ESS à la Direction du développement "
                "économique et de l'emploi (tél. 04 00 27 51 90 ; courriel : "
                "e.carmantrand@agglo-brevenne.example)."))
    add("")
    add("")
    add("Fait à Brévenne-sur-Aure, le 14 mars 2025.")
    add("")
    add("Le Président de la Communauté d'agglomération de Brévenne,")
    add("Olivier Margerand")
    add("")
    path.write_text("\n".join(o), encoding="utf-8")


# --------------------------------------------------------------------------
# Questions
# --------------------------------------------------------------------------
# Each case: (slug, question, facts, pages, history, extra)
# Unanswerable cases carry an "absent" list: strings that must NOT occur in the
# named document(s), to make sure the near miss really is absent.
def Q(doc, slug, question, facts, pages=(), history=(), also=()):
    """also: other documents that hold the same answer (listed in sources too)."""
    return dict(doc=doc, slug=slug, question=question, facts=list(facts), pages=list(pages),
                history=list(history), also=list(also), answerable=True)


def U(doc, slug, question, absent, absent_in=None, history=()):
    return dict(doc=doc, slug=slug, question=question, facts=[], pages=[],
                history=list(history), also=[], answerable=False, absent=absent,
                absent_in=absent_in)


DOC_FILES = {"cpo": PDF_NAME, "barometre": HTML_NAME, "pv": MD_NAME, "ami": TXT_NAME}

CPO_Q2 = "Combien le Département verse-t-il à La Navette solidaire pour l'année 2026 ?"
BARO_Q3 = "Combien de salariés l'ESS compte-t-elle dans le Val-d'Aurenne d'après le baromètre ?"
PV_Q9 = "Quelle subvention le conseil a-t-il votée pour la SCIC Bois des Monts ?"
AMI_Q12 = "Quand a lieu la réunion d'information sur l'AMI Fabriques de coopération ?"

CASES = [
    # ---------------- PDF : convention pluriannuelle d'objectifs ----------------
    Q("cpo", "montant-total", "Quel est le montant total de la subvention du Département à "
      "La Navette solidaire sur toute la durée de la convention ?", ["255 000 €"], [3]),
    Q("cpo", "subvention-2026", CPO_Q2, ["85 000 €"], [3]),
    Q("cpo", "subvention-2027", "Et pour 2027 ?", ["90 000 €"], [3], history=[CPO_Q2]),
    Q("cpo", "periode", "Sur quelle période court la convention pluriannuelle d'objectifs "
      "signée avec La Navette solidaire ?", ["1er janvier 2025", "31 décembre 2027"], [2]),
    Q("cpo", "signataire", "Qui signe la convention au nom du Département ?",
      ["Hélène Garrivier"], [1, 5]),
    Q("cpo", "sorties-dynamiques", "Qu'entend-on par « sorties dynamiques » dans la "
      "convention avec La Navette solidaire ?", ["emploi durable", "formation qualifiante"],
      [2]),
    Q("cpo", "taux-sorties", "Quel taux de sorties dynamiques l'association doit-elle "
      "atteindre ?", ["55 %"], [2]),
    Q("cpo", "part-rsa", "Parmi les personnes embauchées en CDDI par la ressourcerie, "
      "quelle proportion doit toucher le RSA ?", ["60 %"], [2]),
    Q("cpo", "versement", "Comment la subvention départementale est-elle payée chaque "
      "année : en une fois ou en plusieurs ?", ["70 %", "30 %"], [4]),
    Q("cpo", "bilan-date", "Avant quelle date l'association doit-elle nous envoyer son "
      "bilan d'activité et son compte rendu financier ?", ["30 juin"], [4]),
    Q("cpo", "local", "Quelle surface de stockage le Département prête-t-il gratuitement à "
      "l'association ?", ["350 m²"], [2]),
    Q("cpo", "interlocutrice", "Qui est chargée du suivi de la convention au Département ?",
      ["Inès Vaudrey"], [2]),
    Q("cpo", "boutique", "Où et quand l'association doit-elle ouvrir sa deuxième boutique ?",
      ["Vérance-les-Bois", "2026"], [2]),
    Q("cpo", "part-budget", "Quelle part du budget prévisionnel 2025 de l'association la "
      "subvention du Département couvre-t-elle ?", ["21,5 %"], [3]),
    Q("cpo", "investissement", "La subvention du Département peut-elle servir à financer "
      "des investissements de l'association ?", ["sont exclues"], [3]),
    Q("cpo", "tacite", "La convention avec La Navette solidaire sera-t-elle reconduite "
      "automatiquement à son échéance ?", ["renouvelée tacitement"], [2]),
    Q("cpo", "en-landfill", "How many tonnes of goods did La Navette solidaire divert from "
      "landfill in 2024?", ["318 tonnes"], [1]),
    Q("cpo", "objectif-tonnage", "Quel volume annuel d'objets collectés et réemployés "
      "l'association doit-elle atteindre d'ici 2027 ?", ["400 tonnes"], [2]),
    Q("cpo", "resiliation", "En cas de manquement, au bout de combien de temps après la "
      "mise en demeure la convention peut-elle être résiliée ?", ["deux mois"], [5]),
    Q("cpo", "indicateurs", "Sur quels indicateurs le comité de suivi évalue-t-il "
      "l'action de La Navette solidaire ?", ["tonnage collecté", "chiffre d’affaires"], [4]),
    U("cpo", "subvention-2028", "How much does the Département plan to pay La Navette "
      "solidaire in 2028?", ["2028"]),
    U("cpo", "aide-poste-montant", "Quel est le montant de l'aide au poste versée par "
      "l'État à La Navette solidaire ?", ["aide au poste d’insertion de", "aide au poste "
      "d’insertion, soit", "aides au poste"]),
    U("cpo", "tresorier", "Qui est le trésorier de l'association La Navette solidaire ?",
      ["trésorier", "trésorière"], absent_in="all"),

    # ---------------- HTML : baromètre CRESS ----------------
    Q("barometre", "salaries-region", "Combien de salariés compte l'ESS en "
      "Marches-du-Levant selon le baromètre 2025 ?", ["48 300"]),
    Q("barometre", "poids-emploi", "Quel poids représente l'ESS dans l'emploi salarié "
      "privé de la région ?", ["11,2 %"]),
    Q("barometre", "val-daurenne", BARO_Q3, ["11 860"]),
    Q("barometre", "haute-brevenne", "Et en Haute-Brévenne ?", ["8 940"],
      history=[BARO_Q3]),
    Q("barometre", "etablissements-cotes", "Combien d'établissements employeurs de l'ESS "
      "y a-t-il dans les Côtes-de-Vérance ?", ["1 630"]),
    Q("barometre", "croissance", "L'emploi dans l'ESS a-t-il progressé plus vite que dans "
      "le reste du secteur privé sur la dernière année ?", ["1,8 %", "0,6 %"]),
    Q("barometre", "familles", "Comment les salariés de l'ESS se répartissent-ils entre "
      "associations, coopératives et mutuelles ?", ["77,5 %", "12,9 %", "6,4 %"]),
    Q("barometre", "scic", "Que veut dire le sigle SCIC ?",
      ["coopératives d'intérêt collectif"], also=["ami"]),
    Q("barometre", "en-creations", "How many new ESS employer organisations were set up "
      "in the region in 2024?", ["214"]),
    Q("barometre", "recrutement", "Quelle proportion des structures de l'ESS a du mal à "
      "recruter ?", ["64 %"]),
    Q("barometre", "mois-evenements", "Combien d'événements sont prévus pendant le Mois de "
      "l'ESS 2025 dans la région ?", ["146 événements"]),
    Q("barometre", "trophees", "Quand ont lieu les Trophées de l'ESS et combien touchera "
      "chaque lauréat ?", ["13 novembre", "3 000 euros"]),
    Q("barometre", "presidente", "Qui préside la CRESS Marches-du-Levant ?",
      ["Mathilde Ferrandou"]),
    Q("barometre", "retraites", "Combien de salariés de l'ESS vont partir à la retraite "
      "d'ici 2030 ?", ["14 000 départs"]),
    Q("barometre", "candidatures", "Jusqu'à quand une structure peut-elle candidater aux "
      "Trophées de l'ESS ?", ["10 octobre 2025"]),
    Q("barometre", "premier-secteur", "Quel est le secteur qui emploie le plus de salariés "
      "de l'ESS dans la région, et combien ?", ["action sociale", "19 650"]),
    U("barometre", "val-daurenne-2019", "Combien de salariés l'ESS comptait-elle dans le "
      "Val-d'Aurenne en 2019 ?", ["2019"], absent_in="all"),
    U("barometre", "haute-lizonne", "Combien de salariés de l'ESS y a-t-il dans le "
      "département de la Haute-Lizonne ?", ["Lizonne"], absent_in="all"),
    U("barometre", "budget-mois", "Quel budget la CRESS consacre-t-elle à l'organisation "
      "du Mois de l'ESS 2025 ?", ["budget du Mois", "coût du Mois"], absent_in="all"),

    # ---------------- Markdown : procès-verbal du conseil communautaire ----------------
    Q("pv", "president-seance", "Qui présidait le conseil communautaire du 27 mai 2025 ?",
      ["Gérard Mausac"]),
    Q("pv", "votants", "Combien d'élus ont pris part aux votes lors de la séance du 27 mai "
      "2025 ?", ["votants : 31"]),
    Q("pv", "vp-ess", "Quelle élue est chargée de l'ESS à la Communauté de communes des "
      "Monts de Sarlève ?", ["Corinne Lestrade"]),
    Q("pv", "axes", "Quels sont les axes du schéma communautaire de développement de "
      "l'ESS ?", ["utilité sociale", "commande publique responsable", "tiers-lieux"]),
    Q("pv", "enveloppe", "Combien d'argent est prévu pour mettre en œuvre le schéma ESS "
      "2025-2030 ?", ["420 000 €"]),
    Q("pv", "vote-schema", "Quel a été le résultat du vote sur le schéma ESS ?",
      ["29 voix pour", "2 abstentions"]),
    Q("pv", "fonds-montants", "Quelles sommes le fonds d'amorçage peut-il avancer à un "
      "projet ?", ["5 000 €", "15 000 €"]),
    Q("pv", "fonds-gestion", "À qui la gestion du fonds d'amorçage ESS est-elle confiée ?",
      ["Initiative Monts de Sarlève"]),
    Q("pv", "scic-bois", PV_Q9, ["9 000 €"]),
    Q("pv", "epicerie", "Et pour l'épicerie solidaire ?", ["7 500 €"], history=[PV_Q9]),
    Q("pv", "deport", "Pourquoi la vice-présidente chargée de l'ESS n'a-t-elle pas voté "
      "les subventions ?", ["administratrice", "quitte la salle"]),
    Q("pv", "clause-insertion", "Combien d'heures de travail le marché des encombrants "
      "réserve-t-il chaque année à des personnes en insertion ?", ["1 500 heures"]),
    Q("pv", "en-excuses", "Which councillors sent their apologies for the 27 May 2025 "
      "meeting?", ["Laure Castanet", "Denis Faugère", "Paul Vernhiac"]),
    Q("pv", "prochaine-seance", "À quelle date est fixé le prochain conseil "
      "communautaire ?", ["1er juillet 2025"]),
    Q("pv", "avances", "Le fonds d'amorçage verse-t-il des subventions à fonds perdus ?",
      ["avances remboursables"]),
    Q("pv", "emploi-territoire", "Combien de salariés l'ESS emploie-t-elle sur le "
      "territoire des Monts de Sarlève ?", ["1 286", "13,1 %"]),
    Q("pv", "mois-ess", "Que prévoit la communauté de communes pour le Mois de l'ESS ?",
      ["15 novembre", "Saint-Orvelin"]),
    U("pv", "grenier", "Quelle subvention la ressourcerie Le Grenier de Vérance a-t-elle "
      "obtenue lors de ce conseil ?", ["Grenier"], absent_in="all"),
    U("pv", "nb-communes", "Combien de communes compte la Communauté de communes des "
      "Monts de Sarlève ?", ["communes membres", "compte 2", "regroupe 1", "regroupe 2",
                             "regroupe 3"]),

    # ---------------- TXT : appel à manifestation d'intérêt ----------------
    Q("ami", "date-limite", "Quelle est la date limite pour déposer un dossier à l'AMI "
      "« Fabriques de coopération » ?", ["30 mai 2025"]),
    Q("ami", "fourchette", "Quel montant de subvention un projet retenu à l'AMI peut-il "
      "obtenir ?", ["10 000", "40 000 euros"]),
    Q("ami", "enveloppe", "Quelle est l'enveloppe totale de l'AMI Fabriques de "
      "coopération pour 2025 ?", ["240 000 euros"]),
    Q("ami", "bonus-qpv", "Un projet installé dans un quartier prioritaire peut-il "
      "obtenir une aide plus élevée ?", ["5 000 euros"]),
    Q("ami", "contact", "À qui faut-il s'adresser pour poser une question sur l'AMI ?",
      ["Élodie Carmantrand"]),
    Q("ami", "comite", "Qui préside le comité de sélection de l'AMI ?", ["Karim Lhostis"]),
    Q("ami", "eligibles", "Quelles structures peuvent répondre à l'AMI Fabriques de "
      "coopération ?", ["associations loi 1901", "SCOP", "ESUS"]),
    Q("ami", "immobilier", "Une association peut-elle candidater à l'AMI pour financer "
      "l'achat d'un bâtiment ?", ["biens immobiliers"]),
    Q("ami", "criteres-poids", "Quels critères comptent le plus dans la notation des "
      "dossiers ?", ["qualité de la coopération", "25 points"]),
    Q("ami", "note-minimale", "Quelle note minimale un dossier doit-il obtenir pour être "
      "retenu ?", ["50 points"]),
    Q("ami", "esus", "Que signifie ESUS ?", ["entreprise solidaire d'utilité sociale"]),
    Q("ami", "reunion-info", AMI_Q12, ["3 avril 2025"]),
    Q("ami", "reunion-lieu", "Et où se tient-elle ?", ["Maison des associations"],
      history=[AMI_Q12]),
    Q("ami", "en-emplois", "How many jobs is the Fabriques de coopération call meant to "
      "help create?", ["30 emplois"]),
    Q("ami", "en-papier", "Can we submit our application on paper?",
      ["Aucun dossier papier"]),
    Q("ami", "taux-max", "Quelle part des dépenses éligibles la subvention de l'AMI peut-elle "
      "couvrir au maximum ?", ["50 %"]),
    Q("ami", "decision", "Quand saura-t-on quels projets sont retenus ?",
      ["10 juillet 2025"]),
    U("ami", "date-2026", "Quelle est la date limite de dépôt pour l'AMI « Fabriques de "
      "coopération » 2026 ?", ["2026"]),
    U("ami", "cabinet", "Quel cabinet accompagnera les lauréats de l'AMI Fabriques de "
      "coopération ?", ["cabinet Conseil", "cabinet de conseil", "le cabinet "],
      absent_in="all"),
]


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------
def pdf_page_texts(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [pg.extract_text() or "" for pg in PdfReader(str(path)).pages]


def pdftotext_pages(path: Path, n: int) -> list[str] | None:
    import shutil
    import subprocess

    if not shutil.which("pdftotext"):
        return None
    out = []
    for i in range(1, n + 1):
        r = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), "-enc", "UTF-8",
                            str(path), "-"], capture_output=True, text=True, check=True)
        out.append(r.stdout)
    return out


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    page_strings = build_pdf(CORPUS / PDF_NAME)
    build_html(CORPUS / HTML_NAME)
    build_md(CORPUS / MD_NAME)
    build_txt(CORPUS / TXT_NAME)

    # write questions
    counters: dict[str, int] = {}
    records = []
    for c in CASES:
        counters[c["doc"]] = counters.get(c["doc"], 0) + 1
        rid = f"fresh5-{c['doc']}-{c['slug']}-{counters[c['doc']]:02d}"
        src = [DOC_FILES[d] for d in [c["doc"], *c["also"]]] if c["answerable"] else []
        records.append({
            "id": rid, "question": c["question"], "facts": c["facts"], "sources": src,
            "answerable": c["answerable"], "history": c["history"], "pages": c["pages"],
        })
    with QUESTIONS.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # gather texts ---------------------------------------------------------
    errors: list[str] = []
    pdf_pages = pdf_page_texts(CORPUS / PDF_NAME)
    if not 4 <= len(pdf_pages) <= 6:
        errors.append(f"PDF has {len(pdf_pages)} pages")
    ptt = pdftotext_pages(CORPUS / PDF_NAME, len(pdf_pages))
    pdf_sent = {p: [s for blk in strs for s in sentences(blk)]
                for p, strs in page_strings.items()}

    all_html, main_html = html_blocks(CORPUS / HTML_NAME)
    md_raw = (CORPUS / MD_NAME).read_text(encoding="utf-8")
    txt_raw = (CORPUS / TXT_NAME).read_text(encoding="utf-8")
    doc_sent = {
        HTML_NAME: [s for b in main_html for s in sentences(b)],
        MD_NAME: [s for b in text_blocks(md_raw, "md") for s in sentences(b)],
        TXT_NAME: [s for b in text_blocks(txt_raw, "txt") for s in sentences(b)],
    }
    doc_full = {
        PDF_NAME: norm(" ".join(pdf_pages)),
        HTML_NAME: norm(" ".join(all_html)),
        MD_NAME: norm(md_raw),
        TXT_NAME: norm(txt_raw),
    }

    # structural checks on the corpus -------------------------------------
    for name, maxw in ((TXT_NAME, 78), (MD_NAME, 80)):
        raw = (CORPUS / name).read_text(encoding="utf-8")
        for i, ln in enumerate(raw.splitlines(), 1):
            if len(ln) > maxw and not ln.startswith("|"):
                errors.append(f"{name}:{i} longer than {maxw} columns")
    curly = {n: ("’" in (CORPUS / n).read_text(encoding="utf-8", errors="ignore"))
             for n in (HTML_NAME, MD_NAME, TXT_NAME)}
    if not (curly[MD_NAME] and not curly[TXT_NAME]):
        errors.append("apostrophe mix not as intended")

    # case checks ---------------------------------------------------------
    ids = set()
    for rec, case in zip(records, CASES, strict=False):
        rid = rec["id"]
        if rid in ids:
            errors.append(f"{rid}: duplicate id")
        ids.add(rid)
        if not re.fullmatch(r"fresh5-[a-z]+-[a-z0-9-]+-\d\d", rid):
            errors.append(f"{rid}: bad id format")
        if not rec["answerable"]:
            if rec["facts"] or rec["sources"] or rec["pages"]:
                errors.append(f"{rid}: unanswerable case must have empty facts/sources/pages")
            targets = list(DOC_FILES.values()) if case.get("absent_in") == "all" \
                else [DOC_FILES[case["doc"]]]
            for a in case["absent"]:
                for t in targets:
                    if norm(a) in doc_full[t]:
                        errors.append(f"{rid}: near-miss string {a!r} found in {t}")
            continue
        src = rec["sources"][0]
        if not rec["facts"]:
            errors.append(f"{rid}: no facts")
        for f in rec["facts"]:
            nf = norm(f)
            if not 1 <= len(f.split()) <= 4:
                errors.append(f"{rid}: fact {f!r} is not 1-4 words")
            for other in rec["sources"]:
                if nf not in doc_full[other]:
                    errors.append(f"{rid}: fact {f!r} not in {other}")
                if other != PDF_NAME and other != src and not any(
                        nf in x for x in doc_sent[other]):
                    errors.append(f"{rid}: fact {f!r} not within one sentence of {other}")
        if src == PDF_NAME:
            if not rec["pages"]:
                errors.append(f"{rid}: PDF case without pages")
            for p in rec["pages"]:
                if not 1 <= p <= len(pdf_pages):
                    errors.append(f"{rid}: page {p} out of range")
            for f in rec["facts"]:
                nf = norm(f)
                on_pages = [p for p in rec["pages"] if 1 <= p <= len(pdf_pages)
                            and nf in norm(pdf_pages[p - 1])]
                if not on_pages:
                    errors.append(f"{rid}: fact {f!r} not in extracted text of pages "
                                  f"{rec['pages']} (missing or split by a hyphen)")
                if ptt is not None and not any(nf in norm(ptt[p - 1]) for p in on_pages):
                    errors.append(f"{rid}: fact {f!r} not found by pdftotext on "
                                  f"pages {rec['pages']}")
                if not any(nf in s for p in rec["pages"] for s in pdf_sent.get(p, [])):
                    errors.append(f"{rid}: fact {f!r} not within one typeset sentence "
                                  f"on pages {rec['pages']}")
            for p in rec["pages"]:
                if 1 <= p <= len(pdf_pages) and not any(
                        norm(f) in norm(pdf_pages[p - 1]) for f in rec["facts"]):
                    errors.append(f"{rid}: declared page {p} holds none of the facts")
        else:
            if rec["pages"]:
                errors.append(f"{rid}: pages must be [] for non-PDF source")
            for f in rec["facts"]:
                if not any(norm(f) in s for s in doc_sent[src]):
                    errors.append(f"{rid}: fact {f!r} not within one sentence of {src}")
        for h in rec["history"]:
            if h not in [r["question"] for r in records]:
                errors.append(f"{rid}: history question not in the set")

    # summary --------------------------------------------------------------
    n_ans = sum(r["answerable"] for r in records)
    n_un = len(records) - n_ans
    english = sum(bool(re.match(r"^(How|What|Which|Who|When|Can|Is|Does|Where|Why)\b",
                                r["question"])) for r in records)
    follow = sum(bool(r["history"]) for r in records)
    per_doc = {d: sum(1 for c in CASES if c["doc"] == d) for d in DOC_FILES}
    print(f"corpus: {', '.join(sorted(p.name for p in CORPUS.iterdir()))}")
    print(f"PDF pages: {len(pdf_pages)}")
    print(f"cases: {len(records)} (answerable {n_ans}, unanswerable {n_un}, "
          f"English {english}, follow-ups {follow}); per document {per_doc}")
    if errors:
        print(f"{len(errors)} CHECK(S) FAILED:")
        for e in errors:
            print("  -", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
