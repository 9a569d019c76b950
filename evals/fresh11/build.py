"""Build the fresh11 held-out evaluation set for esschat.

Run from the repository root:

    .venv/bin/python evals/fresh11/build.py

The script writes five fictional French ESS documents into evals/fresh11/corpus/ (two PDFs typeset
with fpdf2, one web page, one set of minutes in Markdown and one plain-text FAQ) and the questions
into evals/fresh11/questions.jsonl. It then checks every fact against the text of its source (for
PDFs, the text pypdf extracts from the declared pages) and every probe of an unanswerable question
against the document it nearly matches, and exits 1 on any failure.

Every territory, body, person and figure is invented. Nothing is random and every date is fixed,
so two runs write byte-identical files.
"""

import datetime as dt
import html
import json
import re
import sys
import textwrap
from pathlib import Path

import pyphen
from fpdf import FPDF
from fpdf.fonts import FontFace
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
LIBERATION = Path("/usr/share/fonts/truetype/liberation")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

PTCE = "ptce-iseurette-cooperations-bilan-mi-parcours-2022-2024.pdf"
CONV = "convention-departement-haute-sarvanne-cress-2025-2027.pdf"
AAP = "region-orbe-sarvanne-aap-tiers-lieux-ess-2025.html"
COPIL = "lusterac-brandeval-copil-plan-local-ess-2025-11-14.md"
FAQ = "haute-sarvanne-adea-faq-2026.txt"

NBSP = "\u00a0"
SHY = "\u00ad"
HYPHENATOR = pyphen.Pyphen(lang="fr_FR", left=3, right=3)


# --------------------------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------------------------

# Spaces that must not become line breaks: inside figures ("1 340"), before French high
# punctuation and units, after "«", after titles and "n°". fpdf2 renders a no-break space as an
# ordinary space glyph, so the extracted text has plain spaces; for txt/md the no-break spaces
# only guide the wrapping and are turned back into plain spaces.
GLUE = (
    re.compile(r"(?<=\d) (?=\d{3}(?!\d))"),
    re.compile(r"(?<=\d) (?=h\b)"),
    re.compile(r" (?=[%€:;?!»])"),
    re.compile(r"(?<=«) "),
    re.compile(r"(?<=\bM\.) "),
    re.compile(r"(?<=\bMme) "),
    re.compile(r"(?<=n°) "),
)
WORD = re.compile(r"([(«]?(?:[A-Za-zÀ-ÿ]{1,2}[’'])?)([A-Za-zÀ-ÖØ-öø-ÿœŒ]{8,})([,.;:)»]*)")


def glue(text: str) -> str:
    for pattern in GLUE:
        text = pattern.sub(NBSP, text)
    return text


def hyphenate(text: str) -> str:
    """Insert soft hyphens (French patterns) into long lowercase-continued words."""
    words = []
    for word in text.split(" "):
        m = WORD.fullmatch(word)
        if m and m.group(2)[1:].islower():
            word = m.group(1) + HYPHENATOR.inserted(m.group(2), hyphen=SHY) + m.group(3)
        words.append(word)
    return " ".join(words)


def prep(text: str) -> str:
    return glue(hyphenate(text))


def wrap(text: str, width: int, indent: str = "", hanging: str = "") -> str:
    lines = textwrap.wrap(
        glue(text),
        width=width,
        initial_indent=indent,
        subsequent_indent=hanging or indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(line.replace(NBSP, " ") for line in lines)


# --------------------------------------------------------------------------------------------
# PDF layout
# --------------------------------------------------------------------------------------------


class Doc(FPDF):
    """A4 document with running header and footer, justified hyphenated paragraphs."""

    def __init__(self, family: str, fonts: dict[str, Path], head: tuple[str, str], foot: str,
                 accent: tuple[int, int, int], header_on_first: bool) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        for style, path in fonts.items():
            self.add_font(family, style, str(path))
        self.fam = family
        self.head = head
        self.foot = foot
        self.accent = accent
        self.header_on_first = header_on_first
        self.set_margins(22, 24, 22)
        self.set_auto_page_break(True, 22)
        self.set_creation_date(dt.datetime(2025, 3, 20, 9, 0, tzinfo=dt.UTC))
        self.set_creator("Traitement de texte")

    def header(self) -> None:
        if self.page_no() == 1 and not self.header_on_first:
            return
        self.set_font(self.fam, "I", 8)
        self.set_text_color(95, 95, 95)
        self.set_xy(self.l_margin, 11)
        half = self.epw / 2
        self.cell(half, 4, self.head[0], align="L")
        self.cell(half, 4, self.head[1], align="R")
        self.set_draw_color(*self.accent)
        self.set_line_width(0.3)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_y(self.t_margin)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_draw_color(190, 190, 190)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font(self.fam, "", 8)
        self.set_text_color(95, 95, 95)
        self.cell(self.epw * 0.75, 5, self.foot, align="L")
        self.cell(self.epw * 0.25, 5, f"Page {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str, size: float = 13.5, before: float = 4, after: float = 2.5) -> None:
        if self.will_page_break(size * 2.2):
            self.add_page()
        self.ln(before)
        self.set_font(self.fam, "B", size)
        self.set_text_color(*self.accent)
        self.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(after)

    def para(self, text: str, size: float = 10.5, lh: float = 5.1, after: float = 2.4,
             style: str = "", indent: float = 0) -> None:
        self.set_font(self.fam, style, size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, prep(text), align="J", new_x="LMARGIN", new_y="NEXT")
        self.ln(after)

    def items(self, entries: list[str], numbered: bool = False, size: float = 10.5,
              lh: float = 5.1) -> None:
        self.set_font(self.fam, "", size)
        for n, entry in enumerate(entries, start=1):
            self.set_x(self.l_margin + 3)
            self.cell(7, lh, f"{n}." if numbered else "•")
            self.multi_cell(self.epw - 10, lh, prep(entry), align="J", new_x="LMARGIN", new_y="NEXT")
            self.ln(1.2)
        self.ln(1.6)

    def grid(self, caption: str, rows: list[list[str]], widths: tuple[float, ...],
             aligns: tuple[str, ...], total: bool, note: str, size: float = 9) -> None:
        if self.will_page_break(12 + 7.5 * len(rows)):
            self.add_page()
        self.set_font(self.fam, "B", 9.5)
        self.multi_cell(0, 5, caption, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        self.set_font(self.fam, "", size)
        head_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=self.accent)
        total_style = FontFace(emphasis="BOLD", fill_color=(232, 232, 232))
        with self.table(col_widths=widths, text_align=aligns, line_height=4.4, padding=1.4,
                        headings_style=head_style, v_align="MIDDLE") as table:
            for i, values in enumerate(rows):
                style = total_style if total and i == len(rows) - 1 else None
                row = table.row(style=style)
                for value in values:
                    row.cell(glue(value))
        self.ln(1.5)
        self.set_font(self.fam, "I", 8.5)
        self.multi_cell(0, 4.2, prep(note), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def boxed(self, title: str, paragraphs: list[str], fill: tuple[int, int, int]) -> None:
        self.set_fill_color(*fill)
        self.set_draw_color(*self.accent)
        self.set_line_width(0.5)
        self.set_font(self.fam, "B", 10.5)
        self.multi_cell(0, 5.5, title, border="LTR", fill=True, align="L", padding=(3.5, 5, 1.5, 5),
                        new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.fam, "", 9.8)
        for n, text in enumerate(paragraphs):
            last = n == len(paragraphs) - 1
            self.multi_cell(0, 4.8, prep(text), border="LBR" if last else "LR", fill=True, align="J",
                            padding=(1.5, 5, 3.5 if last else 1.5, 5), new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.2)
        self.ln(4)

    def side_by_side(self, left: list[tuple[str, str]], right: list[tuple[str, str]],
                     align: str = "C", lh: float = 5.2) -> None:
        y = self.get_y()
        width = (self.epw - 10) / 2
        bottoms = []
        for x, block in ((self.l_margin, left), (self.l_margin + width + 10, right)):
            self.set_xy(x, y)
            for text, style in block:
                self.set_font(self.fam, style, 10)
                self.set_x(x)
                self.multi_cell(width, lh, text, align=align, new_x="LEFT", new_y="NEXT")
            bottoms.append(self.get_y())
        self.set_y(max(bottoms))


def liberation_sans() -> dict[str, Path]:
    return {
        "": LIBERATION / "LiberationSans-Regular.ttf",
        "B": LIBERATION / "LiberationSans-Bold.ttf",
        "I": LIBERATION / "LiberationSans-Italic.ttf",
        "BI": LIBERATION / "LiberationSans-BoldItalic.ttf",
    }


def dejavu_serif() -> dict[str, Path]:
    if (DEJAVU / "DejaVuSerif.ttf").exists():
        return {
            "": DEJAVU / "DejaVuSerif.ttf",
            "B": DEJAVU / "DejaVuSerif-Bold.ttf",
            "I": DEJAVU / "DejaVuSerif-Italic.ttf",
            "BI": DEJAVU / "DejaVuSerif-BoldItalic.ttf",
        }
    return {
        "": LIBERATION / "LiberationSerif-Regular.ttf",
        "B": LIBERATION / "LiberationSerif-Bold.ttf",
        "I": LIBERATION / "LiberationSerif-Italic.ttf",
        "BI": LIBERATION / "LiberationSerif-BoldItalic.ttf",
    }


# --------------------------------------------------------------------------------------------
# Document 1: mid-term review of a PTCE (typeset report, 7 pages)
# --------------------------------------------------------------------------------------------


def build_ptce(path: Path) -> None:
    green = (46, 104, 74)
    pdf = Doc("Sans", liberation_sans(),
              ("Iseurette Coopérations – PTCE du Pays de Vérezonne", "Bilan à mi-parcours 2022-2024"),
              "Iseurette Coopérations – version validée par le comité de pilotage du 18 mars 2025",
              green, header_on_first=False)
    pdf.set_title("Bilan à mi-parcours du programme d’actions 2022-2026 du PTCE Iseurette Coopérations")
    pdf.set_author("Iseurette Coopérations")
    pdf.set_subject("Pôle territorial de coopération économique du Pays de Vérezonne – bilan 2022-2024")
    pdf.set_keywords("PTCE, coopération, insertion, réemploi, légumerie, Haute-Sarvanne")
    pdf.set_lang("fr-FR")

    # Cover page
    pdf.add_page()
    pdf.set_fill_color(*green)
    pdf.rect(0, 0, pdf.w, 62, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(22, 20)
    pdf.set_font("Sans", "B", 24)
    pdf.cell(0, 10, "ISEURETTE COOPÉRATIONS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 12)
    pdf.cell(0, 8, "Pôle territorial de coopération économique du Pays de Vérezonne",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(84)
    pdf.set_font("Sans", "B", 21)
    pdf.multi_cell(0, 10, "Bilan à mi-parcours du programme d’actions 2022-2026", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Sans", "", 12.5)
    pdf.multi_cell(0, 6.5, "Période observée : du 1er janvier 2022 au 31 décembre 2024", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6.5, "Rapport établi avec l’appui du cabinet Ardoise Conseil", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 7, "Sommaire", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    for line in ("1. Synthèse", "2. Le pôle en bref", "3. Réalisations par axe stratégique",
                 "4. Moyens et financements", "5. Points de vigilance et recommandations",
                 "6. Perspectives 2025-2026"):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(232)
    pdf.set_draw_color(*green)
    pdf.line(22, 230, pdf.w - 22, 230)
    pdf.set_font("Sans", "I", 9.5)
    pdf.multi_cell(0, 5, prep("Programme soutenu par la Région Orbe-et-Sarvanne, le Département de la Haute-Sarvanne, la Communauté de communes du Pays de Vérezonne et la Fondation Terres d’Iseurette."),
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 5, "Version validée par le comité de pilotage du 18 mars 2025",
             new_x="LMARGIN", new_y="NEXT")

    # Page 2: synthesis
    pdf.add_page()
    pdf.heading("1. Synthèse", before=0)
    pdf.para("Trois ans après le lancement de son programme d’actions 2022-2026, le pôle territorial de coopération économique (PTCE) Iseurette Coopérations réunit 47 structures membres, contre 29 au 1er janvier 2022. Les membres du pôle emploient ensemble 612 salariés, soit 438 équivalents temps plein (ETP), dont 156 personnes en parcours d’insertion.")
    pdf.para("Le chiffre d’affaires cumulé des activités portées en commun a atteint 2,4 millions d’euros en 2024, contre 0,9 million d’euros en 2022. Cette progression tient pour l’essentiel à la montée en charge de la légumerie solidaire et de la plateforme de réemploi, deux équipements qui n’existaient pas au début du programme.")
    pdf.para("Le présent bilan a été conduit entre novembre 2024 et février 2025 par le cabinet Ardoise Conseil, à la demande du comité de pilotage. Il repose sur 38 entretiens individuels, une enquête en ligne à laquelle 41 structures membres ont répondu et l’analyse des comptes des exercices 2022 à 2024.")
    pdf.para("Parmi les principales réalisations de la période, on retiendra :", after=1.5)
    pdf.items([
        "l’ouverture de la légumerie solidaire de Brémondaz, qui approvisionne aujourd’hui 14 cantines scolaires et deux établissements d’hébergement pour personnes âgées ;",
        "le lancement de la plateforme de réemploi des matériaux du bâtiment « Remblai », installée sur le site de l’ancienne scierie de Cazaurène ;",
        "la création du groupement d’employeurs Vérezonne Partage, qui met des salariés à temps partagé à la disposition des entreprises adhérentes ;",
        "la mise en service d’un garage solidaire et d’un service de location de véhicules à petit prix à Pérignolles.",
    ])
    pdf.para("Le bilan met aussi en évidence plusieurs fragilités : une forte dépendance aux subventions publiques, qui représentent 80 % des ressources du programme sur la période, un modèle économique encore déficitaire pour la légumerie et une charge de coordination qui repose sur une équipe de deux salariés seulement.")

    pdf.heading("2. Le pôle en bref")
    pdf.para("L’association Iseurette Coopérations, qui porte le pôle, a été constituée le 9 octobre 2019 à Tavernolles-sur-Iseurette à l’initiative de six structures fondatrices, parmi lesquelles l’atelier chantier d’insertion Les Jardins de la Quentelle, la ressourcerie La Glaneuse et la Scic Bois & Bocages. Son territoire d’action correspond à celui de la Communauté de communes du Pays de Vérezonne, dans le sud du département de la Haute-Sarvanne.")
    pdf.para("L’association est présidée depuis juin 2023 par Solène Marchadier, gérante de la Scic Bois & Bocages. Elle est administrée par un conseil d’administration de 15 membres répartis en cinq collèges. La coordination du pôle est assurée par Yanis Ferrandou, coordinateur, avec l’appui de Léa Combaluzier, chargée de mission filières.")
    pdf.para("Le comité de pilotage, qui se réunit deux fois par an, associe aux membres du bureau les financeurs du programme : la Région Orbe-et-Sarvanne, le Département de la Haute-Sarvanne, la Communauté de communes du Pays de Vérezonne, la Fondation Terres d’Iseurette et la CRESS Orbe-et-Sarvanne.")

    # Page 3: boxed insert and table 1
    pdf.add_page()
    pdf.boxed("Encadré – Qu’est-ce qu’un PTCE ?", [
        "Un pôle territorial de coopération économique (PTCE) est un groupement d’acteurs implantés sur un même territoire – entreprises de l’économie sociale et solidaire, collectivités territoriales, entreprises classiques, organismes de formation ou de recherche – qui mettent en œuvre une stratégie commune et continue de coopération et de mutualisation au service de projets économiques socialement innovants et d’un développement local durable.",
        "Au sein d’Iseurette Coopérations, on appelle « fonction mutualisée » toute ressource (emploi, équipement, local ou service) financée en commun par au moins trois membres et dont l’usage est réparti selon une clé validée en assemblée générale. Le pôle compte aujourd’hui neuf fonctions mutualisées, dont un poste de comptable partagé et une chambre froide.",
    ], fill=(234, 243, 236))
    pdf.para("Le pôle est organisé en cinq collèges, qui disposent chacun de trois sièges au conseil d’administration. Le tableau ci-dessous présente la répartition des membres et des emplois entre ces collèges à la fin de la période observée.")
    pdf.grid("Tableau 1 – Membres et emplois par collège au 31 décembre 2024", [
        ["Collège", "Structures membres", "Salariés (personnes physiques)", "Équivalents temps plein (ETP)", "dont salariés en parcours d’insertion"],
        ["Insertion par l’activité économique", "9", "231", "149", "131"],
        ["Associations employeuses (hors IAE)", "14", "158", "112", "–"],
        ["Coopératives (Scop, Scic, CAE)", "8", "104", "86", "7"],
        ["Entreprises commerciales et artisanales", "11", "119", "91", "18"],
        ["Collectivités et partenaires publics", "5", "–", "–", "–"],
        ["Ensemble du pôle", "47", "612", "438", "156"],
    ], widths=(40, 15, 16, 16, 17), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), total=True,
        note="Source : enquête auprès des membres et déclarations sociales nominatives, traitement Ardoise Conseil. Les agents des collectivités membres ne sont pas comptabilisés.")
    pdf.para("Les structures de l’insertion par l’activité économique restent le cœur du pôle : elles emploient 84 % des salariés en parcours d’insertion. Le collège des entreprises commerciales et artisanales est celui qui a le plus progressé, avec sept nouvelles adhésions depuis 2022.")

    # Page 4: achievements
    pdf.add_page()
    pdf.heading("3. Réalisations par axe stratégique", before=0)
    pdf.heading("Axe 1 – Alimentation durable et circuits courts", size=11.5, before=1, after=2)
    pdf.para("La légumerie solidaire de Brémondaz, portée par l’atelier chantier d’insertion Les Jardins de la Quentelle, a ouvert ses portes le 3 avril 2023 après dix-huit mois de travaux. En 2024, elle a lavé, épluché et conditionné 186 tonnes de légumes issus de 22 exploitations agricoles situées à moins de 40 kilomètres.")
    pdf.para("Elle emploie 11 salariés en parcours d’insertion, encadrés par deux encadrants techniques, et fournit chaque jour l’équivalent de 2 100 repas aux cantines du territoire. L’investissement, d’un montant de 680 000 euros, a été financé à 70 % par des subventions publiques.")
    pdf.heading("Axe 2 – Réemploi et économie circulaire", size=11.5, before=1, after=2)
    pdf.para("Installée depuis septembre 2022 sur le site de l’ancienne scierie de Cazaurène, la plateforme Remblai collecte auprès des artisans et des particuliers des matériaux de construction réutilisables : bois de charpente, tuiles, menuiseries, sanitaires. En 2024, elle a collecté 1 340 tonnes de matériaux, dont 62 % ont été réemployés ou réutilisés, le reste étant orienté vers des filières de recyclage.")
    pdf.para("La ressourcerie La Glaneuse, membre fondateur du pôle, a par ailleurs doublé sa surface de vente à Lanzeroc en 2024, grâce à la mise à disposition d’un ancien local commercial par la commune.")
    pdf.heading("Axe 3 – Emploi, compétences et parcours", size=11.5, before=1, after=2)
    pdf.para("Le groupement d’employeurs Vérezonne Partage a été créé en janvier 2023 sous forme associative. Un groupement d’employeurs permet à plusieurs entreprises de recruter ensemble des salariés qu’elles ne pourraient pas employer seules à temps plein. Fin 2024, Vérezonne Partage comptait 17 entreprises adhérentes et 23 salariés à temps partagé, principalement sur des fonctions de comptabilité, de maintenance et de logistique.")
    pdf.para("Le dispositif Parcours Passerelle accompagne les salariés en fin de parcours d’insertion vers les entreprises classiques du territoire. Depuis 2022, il a suivi 74 personnes, dont 41 ont connu une sortie dynamique, soit un taux de 55 %. Est considérée comme sortie dynamique toute sortie vers un emploi durable (CDI ou CDD de six mois et plus), vers un emploi de transition ou vers une formation qualifiante.")
    pdf.heading("Axe 4 – Mobilité solidaire", size=11.5, before=1, after=2)
    pdf.para("Le garage solidaire de Pérignolles, ouvert en novembre 2023, propose des réparations à prix réduit aux personnes orientées par les travailleurs sociaux et loue des véhicules à 5 euros par jour aux personnes en recherche d’emploi. En 2024, 212 personnes ont bénéficié d’au moins un service du garage, dont 96 pour une location.")

    # Page 5/6: finances and table 2
    pdf.heading("4. Moyens et financements")
    pdf.para("Sur la période 2022-2024, le programme a mobilisé 1 200 000 euros de ressources, dont 965 000 euros de financements publics. L’équipe de coordination compte deux salariés, soit 1,8 ETP, pour un coût annuel de 112 000 euros charges comprises.")
    pdf.grid("Tableau 2 – Ressources du programme par financeur, 2022-2024 (en euros)", [
        ["Financeur", "2022", "2023", "2024", "Total 2022-2024"],
        ["Région Orbe-et-Sarvanne", "120 000", "140 000", "150 000", "410 000"],
        ["Département de la Haute-Sarvanne", "60 000", "75 000", "75 000", "210 000"],
        ["Communauté de communes du Pays de Vérezonne", "45 000", "45 000", "55 000", "145 000"],
        ["État – fonds de coopération territoriale", "100 000", "100 000", "–", "200 000"],
        ["Fondation Terres d’Iseurette", "20 000", "30 000", "30 000", "80 000"],
        ["Cotisations et prestations des membres", "38 500", "52 000", "64 500", "155 000"],
        ["Total", "383 500", "442 000", "374 500", "1 200 000"],
    ], widths=(52, 17, 17, 17, 22), aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"), total=True,
        note="Source : comptes annuels certifiés d’Iseurette Coopérations. Montants encaissés au titre de chaque exercice.")
    pdf.para("L’État n’a pas apporté de financement en 2024, la convention signée au titre du fonds de coopération territoriale étant arrivée à échéance le 31 décembre 2023. La baisse des ressources en 2024 a été en partie compensée par la hausse des cotisations et des prestations vendues aux membres.")

    pdf.heading("5. Points de vigilance et recommandations")
    pdf.para("Le modèle économique du pôle reste fragile. Les ressources propres (cotisations, prestations et ventes) ne couvrent que 17 % du budget en 2024, et la légumerie affiche encore un déficit d’exploitation, lié au coût de l’encadrement et au niveau des prix pratiqués auprès des cantines.")
    pdf.para("Le cabinet Ardoise Conseil formule six recommandations, hiérarchisées par le comité de pilotage :", after=1.5)
    pdf.items([
        "porter la part des ressources propres à 25 % du budget d’ici 2026 ;",
        "transformer la légumerie en société coopérative d’intérêt collectif, afin d’associer les communes clientes à sa gouvernance ;",
        "recruter un second chargé de mission, dédié à l’animation des filières et à la recherche de financements privés ;",
        "élargir le collège des entreprises commerciales, aujourd’hui sous-représenté au conseil d’administration ;",
        "mettre en place un tableau de bord commun d’indicateurs d’impact, renseigné chaque semestre ;",
        "engager un rapprochement avec les pôles voisins pour mutualiser une offre de formation des encadrants techniques.",
    ], numbered=True)
    pdf.para("Le comité de pilotage du 18 mars 2025 a retenu en priorité les recommandations n° 1, 2 et 5.")

    pdf.add_page()
    pdf.heading("6. Perspectives 2025-2026", before=0)
    pdf.para("Le budget prévisionnel 2025 du programme s’élève à 415 000 euros, en hausse de 11 % par rapport aux ressources mobilisées en 2024. La Communauté de communes du Pays de Vérezonne a d’ores et déjà voté une participation de 60 000 euros pour 2025.")
    pdf.para("Une évaluation finale du programme sera conduite au premier semestre 2027 ; ses conclusions conditionneront la préparation d’un nouveau programme pluriannuel. D’ici là, le calendrier de travail arrêté par le comité de pilotage prévoit les étapes suivantes :", after=1.5)
    pdf.items([
        "juin 2025 : lancement de l’étude juridique et financière sur la transformation de la légumerie en Scic ;",
        "octobre 2025 : mise en service du tableau de bord commun d’indicateurs d’impact ;",
        "mars 2026 : assemblée générale constitutive de la Scic de la légumerie ;",
        "décembre 2026 : bilan des ressources propres au regard de l’objectif fixé par la recommandation n° 1.",
    ])
    pdf.heading("Annexe – Sigles utilisés", size=11.5, before=2, after=2)
    pdf.set_font("Sans", "", 9.5)
    for sigle, meaning in (
        ("ACI", "atelier chantier d’insertion"),
        ("CAE", "coopérative d’activité et d’emploi"),
        ("ETP", "équivalent temps plein"),
        ("IAE", "insertion par l’activité économique"),
        ("Scic", "société coopérative d’intérêt collectif"),
        ("Scop", "société coopérative et participative"),
    ):
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(16, 5, sigle)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(0, 5, meaning, new_x="LMARGIN", new_y="NEXT")
    if pdf.will_page_break(48):
        pdf.add_page()
    pdf.ln(6)
    pdf.side_by_side(
        [("Pour le comité de pilotage,", ""), ("la présidente d’Iseurette Coopérations", ""),
         ("", ""), ("Solène Marchadier", "B")],
        [("Contact", "B"), ("Yanis Ferrandou, coordinateur", ""), ("Iseurette Coopérations", ""),
         ("4, place de la Halle-aux-Grains", ""), ("Tavernolles-sur-Iseurette", ""),
         ("Tél. 01 99 00 23 47", ""), ("coordination@iseurette-cooperations.org", "")],
        align="L", lh=5)
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# Document 2: multi-year partnership agreement (3 pages, numbered articles)
# --------------------------------------------------------------------------------------------


def build_convention(path: Path) -> None:
    blue = (31, 63, 112)
    pdf = Doc("Serif", dejavu_serif(),
              ("Département de la Haute-Sarvanne", "Direction de l’attractivité et de l’économie de proximité"),
              "Convention n° 2025-DAEP-041 – CRESS Orbe-et-Sarvanne",
              blue, header_on_first=True)
    pdf.set_title("Convention pluriannuelle d’objectifs 2025-2027 entre le Département de la Haute-Sarvanne et la CRESS Orbe-et-Sarvanne")
    pdf.set_author("Département de la Haute-Sarvanne")
    pdf.set_subject("Soutien à l’économie sociale et solidaire")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(dt.datetime(2025, 5, 12, 10, 30, tzinfo=dt.UTC))
    pdf.set_margins(24, 24, 24)

    def article(title: str, paragraphs: list[str]) -> None:
        pdf.heading(title, size=10.5, before=2.5, after=1.5)
        for text in paragraphs:
            pdf.para(text, size=9.6, lh=4.75, after=1.6)

    pdf.add_page()
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(0, 7, "CONVENTION PLURIANNUELLE D’OBJECTIFS 2025-2027", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 10.5)
    pdf.multi_cell(0, 5.5, "relative au soutien de l’économie sociale et solidaire en Haute-Sarvanne",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 5, "ENTRE LES SOUSSIGNÉS", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.para("Le Département de la Haute-Sarvanne, dont le siège est situé à l’hôtel du Département, 1, cours Anatole-Ferrandier à Montbrézac, représenté par M. Aurélien Castagnède, président du conseil départemental, dûment habilité par délibération de la commission permanente n° CP-2025-04-117 du 14 avril 2025, ci-après dénommé « le Département »,", size=9.6, lh=4.75, after=0.5)
    pdf.para("d’une part,", size=9.6, lh=4.75, after=1.5)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 5, "ET", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.para("La Chambre régionale de l’économie sociale et solidaire Orbe-et-Sarvanne, association régie par la loi du 1er juillet 1901, dont le siège est situé 12, rue des Tanneurs à Vaudrémont, représentée par Mme Noémie Vasseral-Duclos, sa présidente, ci-après dénommée « la CRESS »,", size=9.6, lh=4.75, after=0.5)
    pdf.para("d’autre part,", size=9.6, lh=4.75, after=2)
    for line in (
        "Vu le code général des collectivités territoriales ;",
        "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et solidaire ;",
        "Vu la délibération du conseil départemental n° CD-2024-12-08 du 16 décembre 2024 adoptant le schéma départemental de l’économie sociale et solidaire 2025-2029 ;",
    ):
        pdf.para(line, size=9.2, lh=4.5, after=0.8, style="I")
    pdf.heading("Préambule", size=10.5, before=2.5, after=1.5)
    pdf.para("Le schéma départemental de l’économie sociale et solidaire 2025-2029 fixe trois priorités : l’accès à l’emploi des personnes qui en sont éloignées, le maintien des services de proximité en milieu rural et le développement de l’achat public responsable. La CRESS, qui fédère les acteurs de l’ESS à l’échelle régionale et dispose d’une antenne à Montbrézac, conduit des missions d’observation, d’accompagnement et de promotion qui rejoignent ces priorités.", size=9.6, lh=4.75, after=1.6)
    pdf.set_font("Serif", "B", 10)
    pdf.cell(0, 6, "IL A ÉTÉ CONVENU CE QUI SUIT :", align="L", new_x="LMARGIN", new_y="NEXT")

    article("Article 1 – Objet", [
        "La présente convention a pour objet de définir les objectifs que la CRESS s’engage à poursuivre en Haute-Sarvanne ainsi que les conditions dans lesquelles le Département soutient financièrement leur réalisation.",
    ])
    article("Article 2 – Durée", [
        "La présente convention est conclue pour une durée de trois ans. Elle prend effet le 1er janvier 2025 et s’achève le 31 décembre 2027.",
    ])
    article("Article 3 – Engagements de la CRESS", [
        "La CRESS s’engage à mettre en œuvre sur le territoire départemental le programme d’actions suivant.",
        "3.1 Observation. La CRESS publie chaque année, avant le 30 juin, une note de conjoncture départementale présentant l’évolution des établissements et des emplois de l’économie sociale et solidaire.",
        "3.2 Accompagnement. La CRESS accueille, oriente et accompagne au moins 40 porteurs de projet par an, en lien avec le dispositif local d’accompagnement (DLA) et les réseaux de financement solidaire.",
        "3.3 Promotion. La CRESS coordonne en Haute-Sarvanne le Mois de l’ESS, organisé chaque année en novembre, et s’engage à y labelliser au moins 12 manifestations.",
        "3.4 Éducation. La CRESS intervient dans au moins 15 classes de collège par année scolaire dans le cadre du programme « Entreprendre autrement au collège ».",
        "3.5 Achat public responsable. La CRESS anime, avec la direction de la commande publique du Département, un club des acheteurs publics qui réunit au moins deux fois par an les collectivités du département.",
    ])
    article("Article 4 – Engagements du Département", [
        "Le Département s’engage à soutenir financièrement la CRESS dans les conditions prévues à l’article 5. Il met en outre gracieusement à sa disposition, deux jours par semaine, un bureau au sein de la Maison départementale des solidarités de Montbrézac.",
        "Le suivi de la convention est assuré par la direction de l’attractivité et de l’économie de proximité, dont le référent est M. Gaspard Olivetti, chef du service économie sociale et solidaire.",
    ])
    article("Article 5 – Montant de la contribution financière", [
        "Pour l’ensemble de la durée de la convention, la contribution financière du Département s’élève à 195 000 euros, soit 65 000 euros par an. Cette contribution revêt le caractère d’une subvention de fonctionnement.",
        "Le montant annuel est versé sous réserve du vote des crédits correspondants par l’assemblée départementale.",
    ])
    article("Article 6 – Modalités de versement", [
        "La contribution annuelle est versée en deux fois : une avance de 60 % au plus tard le 31 mars, puis le solde de 40 % après réception et examen du compte rendu d’activité de l’année précédente. Pour l’exercice 2025, l’avance est versée dans le mois qui suit la signature de la présente convention.",
    ])
    article("Article 7 – Suivi et évaluation", [
        "Un comité de suivi, coprésidé par la vice-présidente du Département chargée de l’insertion et de l’économie de proximité, Mme Hélène Brassac-Moreuil, et par la présidente de la CRESS, se réunit au moins une fois par an, au cours du premier trimestre.",
        "La CRESS transmet au Département, au plus tard le 31 mai de chaque année, un compte rendu d’activité accompagné des comptes annuels de l’exercice écoulé. Ce compte rendu renseigne notamment les indicateurs suivants : nombre de porteurs de projet accompagnés, nombre de manifestations labellisées, nombre d’élèves sensibilisés et nombre de marchés publics comportant une clause sociale ou environnementale.",
        "Une évaluation finale de la convention est réalisée conjointement au cours du dernier trimestre 2027.",
    ])
    article("Article 8 – Communication", [
        "La CRESS fait apparaître le logo du Département sur l’ensemble des supports relatifs aux actions financées et mentionne son soutien lors des manifestations publiques.",
    ])
    article("Article 9 – Modification et résiliation", [
        "Toute modification de la présente convention fait l’objet d’un avenant. En cas de non-respect de ses engagements par l’une des parties, la convention peut être résiliée par l’autre partie à l’expiration d’un délai de trois mois suivant l’envoi d’une lettre recommandée avec accusé de réception valant mise en demeure restée sans effet.",
        "En cas de résiliation, le Département peut exiger le remboursement de tout ou partie des sommes versées.",
    ])
    article("Article 10 – Règlement des litiges", [
        "Les parties s’efforcent de régler à l’amiable tout différend relatif à l’exécution de la présente convention. À défaut, le litige est porté devant le tribunal administratif de Vaudrémont.",
    ])
    pdf.ln(3)
    pdf.para("Fait à Montbrézac, le 12 mai 2025, en deux exemplaires originaux.", size=9.6, lh=4.75, after=4)
    if pdf.will_page_break(40):
        pdf.add_page()
    pdf.side_by_side(
        [("Pour le Département de la Haute-Sarvanne,", ""), ("le président du conseil départemental", ""),
         ("", ""), ("", ""), ("Aurélien Castagnède", "B")],
        [("Pour la CRESS Orbe-et-Sarvanne,", ""), ("la présidente", ""),
         ("", ""), ("", ""), ("Noémie Vasseral-Duclos", "B")])
    pdf.output(str(path))


# --------------------------------------------------------------------------------------------
# Document 3: web page of the région (call for projects)
# --------------------------------------------------------------------------------------------

AAP_HTML = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Appel à projets « Tiers-lieux ESS en territoire rural » – édition 2025 | Région Orbe-et-Sarvanne</title>
  <meta name="description" content="La Région Orbe-et-Sarvanne soutient la création et le développement de tiers-lieux portés par des structures de l’économie sociale et solidaire dans les communes rurales.">
  <meta name="author" content="Région Orbe-et-Sarvanne – Direction de l’économie de proximité et de l’ESS">
  <meta name="publisher" content="Région Orbe-et-Sarvanne">
  <meta name="date" content="2025-09-15">
  <meta property="og:site_name" content="Région Orbe-et-Sarvanne">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Appel à projets « Tiers-lieux ESS en territoire rural » – édition 2025">
  <meta property="og:image" content="https://www.orbe-sarvanne.fr/sites/default/files/styles/og/public/2025-09/fabrique-des-saulnes.jpg">
  <meta property="article:published_time" content="2025-09-15T10:00:00+02:00">
  <meta property="article:modified_time" content="2025-10-06T16:20:00+02:00">
  <meta property="article:section" content="Aides et appels à projets">
  <link rel="canonical" href="https://www.orbe-sarvanne.fr/aides/appel-projets-tiers-lieux-ess-territoire-rural-2025">
  <link rel="stylesheet" href="/themes/orbe/css/main.min.css?v=4.12.0">
  <style>
    .cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#1d2b36;color:#fff;padding:1rem;z-index:999}
    .fil-ariane ol{display:flex;gap:.5rem;list-style:none}
    .aap-table th{background:#e9eef3;text-align:left}
  </style>
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "Article", "headline": "Appel à projets Tiers-lieux ESS en territoire rural 2025",
   "datePublished": "2025-09-15", "dateModified": "2025-10-06",
   "publisher": {"@type": "GovernmentOrganization", "name": "Région Orbe-et-Sarvanne"}}
  </script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){dataLayer.push(arguments);}
    gtag('consent', 'default', {'analytics_storage': 'denied'});
  </script>
</head>
<body class="page-aide node-type-aide">
<div class="cookie-banner" id="tarteaucitronRoot" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies pour mesurer son audience et vous proposer des contenus vidéo.
  Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix.</p>
  <button type="button">Tout accepter</button> <button type="button">Tout refuser</button>
  <button type="button">Personnaliser</button>
</div>
<a class="skip-link" href="#contenu">Aller au contenu principal</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/themes/orbe/img/logo-region.svg" alt="Région Orbe-et-Sarvanne – retour à l’accueil"></a>
  <nav class="menu-principal" aria-label="Menu principal">
    <ul>
      <li><a href="/la-region">La Région</a></li>
      <li><a href="/aides">Aides et appels à projets</a></li>
      <li><a href="/economie-emploi">Économie et emploi</a></li>
      <li><a href="/lycees-formation">Lycées et formation</a></li>
      <li><a href="/transports">Transports</a></li>
      <li><a href="/environnement">Environnement</a></li>
      <li><a href="/actualites">Actualités</a></li>
    </ul>
  </nav>
  <form class="recherche" action="/recherche" role="search"><label for="q">Rechercher</label><input id="q" name="q" type="search"></form>
</header>
<nav class="fil-ariane" aria-label="Fil d’Ariane">
  <ol>
    <li><a href="/">Accueil</a></li>
    <li><a href="/aides">Aides et appels à projets</a></li>
    <li><a href="/aides?thematique=ess">Économie sociale et solidaire</a></li>
    <li aria-current="page">Tiers-lieux ESS en territoire rural 2025</li>
  </ol>
</nav>
<div class="layout">
<main id="contenu">
<article>
  <p class="surtitre">Appel à projets – Économie sociale et solidaire</p>
  <h1>Appel à projets « Tiers-lieux ESS en territoire rural » – édition 2025</h1>
  <p class="meta">Publié le <time datetime="2025-09-15">15 septembre 2025</time> – Mis à jour le <time datetime="2025-10-06">6 octobre 2025</time></p>
  <ul class="partage" aria-label="Partager cette page">
    <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.orbe-sarvanne.fr%2Faides%2Fappel-projets-tiers-lieux">Facebook</a></li>
    <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.orbe-sarvanne.fr%2Faides%2Fappel-projets-tiers-lieux">LinkedIn</a></li>
    <li><a href="https://bsky.app/intent/compose?text=AAP%20Tiers-lieux%20ESS">Bluesky</a></li>
    <li><a href="mailto:?subject=Appel%20%C3%A0%20projets%20Tiers-lieux%20ESS">Envoyer par courriel</a></li>
    <li><a href="javascript:window.print()">Imprimer</a></li>
  </ul>
  <figure>
    <img src="/sites/default/files/2025-09/fabrique-des-saulnes.jpg" alt="Atelier de réparation de vélos dans un tiers-lieu rural" width="1200" height="675">
    <figcaption>Le tiers-lieu La Fabrique des Saulnes, à Mirvaux-les-Saulnes.
    © Région Orbe-et-Sarvanne / Timothée Lebrasseur</figcaption>
  </figure>
  <p class="chapo"><strong>Pour la deuxième année consécutive, la Région Orbe-et-Sarvanne soutient la
  création et le développement de tiers-lieux portés par des acteurs de l’économie sociale
  et solidaire dans les communes rurales. L’édition 2025 est dotée d’une enveloppe de
  1,8 million d’euros.</strong></p>
  <p class="encart-maj">Mise à jour du 6 octobre 2025 : le replay du webinaire d’information
  et la foire aux questions sont disponibles en bas de page.</p>

  <h2>Les objectifs</h2>
  <p>L’appel à projets vise à faire émerger des lieux hybrides, ouverts à tous, qui maintiennent
  des services et de l’activité économique là où ils disparaissent. Il poursuit quatre objectifs :</p>
  <ul>
    <li>favoriser l’accès des habitants aux services du quotidien (numérique, alimentation, mobilité, démarches administratives) ;</li>
    <li>créer ou consolider des emplois locaux non délocalisables ;</li>
    <li>encourager la coopération entre associations, entreprises et collectivités ;</li>
    <li>accompagner la transition écologique des territoires ruraux.</li>
  </ul>

  <h2>Qu’est-ce qu’un tiers-lieu ?</h2>
  <p>Au sens du présent appel à projets, un tiers-lieu est un espace physique ouvert au public,
  animé par un collectif d’usagers et de partenaires, qui combine au moins deux activités
  parmi les suivantes : espace de travail partagé, atelier de fabrication ou de réparation,
  épicerie ou café associatif, point d’accès aux services publics, lieu culturel.
  Un simple local mis à disposition d’une seule association ne constitue pas un tiers-lieu.</p>

  <h2>Qui peut candidater ?</h2>
  <p>Sont éligibles les porteurs de projet suivants, dont le siège ou l’établissement
  est situé en région Orbe-et-Sarvanne :</p>
  <ul>
    <li>les associations loi 1901 ayant au moins un an d’existence à la date de dépôt ;</li>
    <li>les sociétés coopératives (Scop, Scic) ;</li>
    <li>les entreprises bénéficiant de l’agrément « entreprise solidaire d’utilité sociale » (ESUS) ;</li>
    <li>les communes et leurs groupements, uniquement dans le cadre d’un partenariat formalisé avec une structure de l’ESS.</li>
  </ul>
  <p>Les collectivités ne peuvent pas déposer seules un dossier : elles doivent être associées
  à au moins une structure de l’ESS, qui assure la gestion du lieu.</p>
  <p>Le projet doit être implanté dans une commune de moins de 5 000 habitants ; les projets
  situés dans une commune de 5 000 habitants ou plus ne sont pas éligibles.</p>

  <h2>Montant des aides</h2>
  <p>L’aide régionale prend la forme d’une subvention d’investissement et, le cas échéant,
  de fonctionnement. Les taux et plafonds applicables sont les suivants :</p>
  <table class="aap-table">
    <caption>Taux et plafonds de l’aide régionale par nature de dépense</caption>
    <thead>
      <tr><th scope="col">Nature de la dépense</th><th scope="col">Taux maximal</th><th scope="col">Plafond de l’aide</th></tr>
    </thead>
    <tbody>
      <tr><td>Création d’un tiers-lieu (travaux, aménagement, équipement)</td><td>50 %</td><td>120 000 €</td></tr>
      <tr><td>Extension ou diversification d’un tiers-lieu existant</td><td>40 %</td><td>80 000 €</td></tr>
      <tr><td>Étude de faisabilité ou de programmation</td><td>70 %</td><td>20 000 €</td></tr>
      <tr><td>Poste d’animation (deux ans au maximum)</td><td>50 %</td><td>25 000 € par an</td></tr>
    </tbody>
  </table>
  <p>L’aide régionale est cumulable avec les financements du Département, des intercommunalités
  et des fonds européens, dans la limite de 80 % de financements publics sur le coût total
  du projet.</p>
  <p>Les dépenses engagées avant la date de dépôt du dossier complet ne sont pas prises en compte.</p>

  <h2>Critères de sélection</h2>
  <p>Les projets sont examinés par un comité technique associant les services de la Région,
  la CRESS Orbe-et-Sarvanne et le réseau régional des tiers-lieux, au regard des critères suivants :</p>
  <ol>
    <li>l’ancrage local et l’implication des habitants dans la gouvernance du lieu ;</li>
    <li>la viabilité économique du projet à trois ans ;</li>
    <li>la création d’emplois, en particulier pour les personnes éloignées de l’emploi ;</li>
    <li>la qualité environnementale des aménagements ;</li>
    <li>l’accessibilité du lieu aux personnes à mobilité réduite et l’amplitude de ses horaires d’ouverture.</li>
  </ol>

  <h2>Calendrier</h2>
  <ul class="calendrier">
    <li>Ouverture du dépôt des candidatures : lundi 15 septembre 2025</li>
    <li>Webinaire d’information : jeudi 2 octobre 2025 à 11 h</li>
    <li>Date limite de dépôt des dossiers : vendredi 28 novembre 2025 à 12 h</li>
    <li>Audition des projets présélectionnés : janvier 2026</li>
    <li>Vote des aides en commission permanente : mars 2026</li>
  </ul>
  <p>Les dossiers sont déposés exclusivement sur la plateforme régionale des aides en ligne ;
  aucun dossier papier ou envoyé par courriel ne sera accepté.</p>

  <h2>Documents à télécharger</h2>
  <ul class="telechargements">
    <li><a href="/sites/default/files/2025-09/reglement-aap-tiers-lieux-ess-2025.pdf">Télécharger le règlement de l’appel à projets (PDF, 1,2 Mo)</a></li>
    <li><a href="/sites/default/files/2025-09/dossier-candidature-tiers-lieux-2025.docx">Télécharger le dossier de candidature (DOCX, 245 Ko)</a></li>
    <li><a href="/sites/default/files/2025-10/faq-aap-tiers-lieux-2025.pdf">Foire aux questions (PDF, 310 Ko)</a></li>
    <li><a href="https://video.orbe-sarvanne.fr/w/aap-tiers-lieux-2025">Revoir le webinaire du 2 octobre</a></li>
  </ul>

  <h2>Contact</h2>
  <p>Direction de l’économie de proximité et de l’ESS – Service ESS et innovation sociale<br>
  Clémence Ravanel, chargée de mission tiers-lieux et ESS<br>
  <a href="mailto:aap-tierslieux@orbe-sarvanne.fr">aap-tierslieux@orbe-sarvanne.fr</a> – 01 99 00 58 12</p>
</article>
</main>
<aside class="sidebar" aria-label="Sur le même sujet">
  <h2>Sur le même sujet</h2>
  <ul>
    <li><a href="/aides/fonds-regional-amorcage-ess">Fonds régional d’amorçage ESS</a></li>
    <li><a href="/carte-tiers-lieux">La carte des tiers-lieux en Orbe-et-Sarvanne</a></li>
    <li><a href="/agenda/mois-ess">Agenda : le Mois de l’ESS en novembre</a></li>
  </ul>
  <h2>Vous êtes</h2>
  <ul>
    <li><a href="/aides?public=association">Une association</a></li>
    <li><a href="/aides?public=entreprise">Une entreprise</a></li>
    <li><a href="/aides?public=collectivite">Une collectivité</a></li>
  </ul>
  <p class="newsletter">Recevez chaque mois la lettre des aides régionales. <a href="/newsletter">Je m’abonne</a></p>
</aside>
</div>
<footer class="site-footer">
  <p>Hôtel de Région – 2, esplanade des Volontaires – Vaudrémont</p>
  <ul>
    <li><a href="/mentions-legales">Mentions légales</a></li>
    <li><a href="/donnees-personnelles">Données personnelles</a></li>
    <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site">Plan du site</a></li>
    <li><a href="/contact">Nous contacter</a></li>
  </ul>
  <p>© Région Orbe-et-Sarvanne 2025</p>
</footer>
<script src="/themes/orbe/js/tarteaucitron.min.js"></script>
<script>
  document.querySelectorAll('.partage a').forEach(function (a) { a.setAttribute('target', '_blank'); });
</script>
</body>
</html>
"""


# --------------------------------------------------------------------------------------------
# Document 4: minutes of a steering committee (Markdown with YAML front matter)
# --------------------------------------------------------------------------------------------


def build_minutes() -> str:
    def p(text: str) -> str:
        return wrap(text, 78)

    parts = [
        "---",
        'title: "Compte rendu du comité de pilotage du Plan local de l\'ESS – séance du 14 novembre 2025"',
        "publisher: \"Communauté d'agglomération Lusterac-Brandeval\"",
        "date: 2025-11-14",
        "territory: \"Communauté d'agglomération Lusterac-Brandeval (Haute-Sarvanne)\"",
        "---",
        "",
        "# Comité de pilotage du Plan local de l'ESS 2024-2028",
        "",
        "**Séance du vendredi 14 novembre 2025, de 9 h 30 à 12 h 15**  ",
        "Salle du conseil, hôtel d'agglomération, 3, rue des Cordiers, Lusterac",
        "",
        "## Participants",
        "",
        "**Présents**",
        "",
        "- Mme Bérengère Touzalin, vice-présidente chargée de l'emploi et de l'économie sociale et",
        "  solidaire, présidente de séance",
        "- M. Fulbert Aymonier, maire de Brandeval-sur-Orbe, conseiller communautaire délégué au",
        "  commerce de proximité",
        "- Mme Inès Gaudichaud, directrice de la CRESS Orbe-et-Sarvanne",
        "- Mme Amandine Sorbel, cheffe de service à la direction de l'insertion, Département de la",
        "  Haute-Sarvanne",
        "- M. Rodolphe Quenardel, directeur de la Régie de quartier Lusterac Nord",
        "- Mme Valentine Esquirol, directrice de l'agence France Travail de Lusterac",
        "- M. Thibaut Lorcery, facilitateur des clauses sociales, Maison de l'emploi de",
        "  Lusterac-Brandeval",
        "- M. Karim Bellahouel, chargé de mission ESS, Communauté d'agglomération (secrétaire de",
        "  séance)",
        "",
        "**Excusés**",
        "",
        "- M. Pascal Derbanne, président de la Communauté d'agglomération Lusterac-Brandeval",
        "- Mme Odile Frémicourt, Région Orbe-et-Sarvanne, service ESS et innovation sociale",
        "",
        "## Ordre du jour",
        "",
        "1. Approbation du compte rendu de la séance du 20 mai 2025",
        "2. Bilan de l'appel à initiatives « ESS au cœur des quartiers » 2025",
        "3. Clauses sociales dans la commande publique : point d'étape",
        "4. Projet de Maison de l'ESS",
        "5. Questions diverses",
        "",
        "## 1. Approbation du compte rendu du 20 mai 2025",
        "",
        p("Mme Touzalin ouvre la séance à 9 h 40 et remercie les participants, en particulier les représentants du Département et de France Travail. Le compte rendu de la séance du 20 mai 2025 est approuvé à l'unanimité, sans observation."),
        "",
        "## 2. Bilan de l'appel à initiatives « ESS au cœur des quartiers » 2025",
        "",
        p("M. Bellahouel rappelle que l'appel à initiatives, doté de 80 000 euros, visait à soutenir des projets d'utilité sociale implantés dans les quartiers prioritaires de la politique de la ville ou bénéficiant à leurs habitants. Au total, 14 candidatures ont été reçues et 5 ont été retenues par le jury du 30 septembre 2025, qui associait deux élus communautaires, la CRESS et le Département."),
        "",
        "| Porteur | Projet | Commune | Aide votée (€) |",
        "|---|---|---|---:|",
        "| Association Les Pieds dans la Sève | Jardin partagé et chantier maraîcher d'insertion | Lusterac | 18 000 |",
        "| Scic Mobil'Orbe | Auto-école sociale | Brandeval-sur-Orbe | 22 500 |",
        "| Régie de quartier Lusterac Nord | Conciergerie solidaire | Lusterac | 15 000 |",
        "| Coopérative Fil à Fil | Atelier de couture et de réparation textile | Quincerolles | 9 800 |",
        "| Association Trait d'Union Numérique | Médiation numérique itinérante | Ostrevaux | 12 700 |",
        "| **Total** | | | **78 000** |",
        "",
        p("Le reliquat de 2 000 euros sera reporté sur l'édition 2026. Mme Gaudichaud souligne la qualité des dossiers mais regrette le faible nombre de candidatures issues de Brandeval-sur-Orbe ; elle propose d'organiser une réunion d'information dans chaque quartier prioritaire avant l'ouverture de la prochaine édition."),
        "",
        "## 3. Clauses sociales dans la commande publique : point d'étape",
        "",
        p("M. Lorcery présente le bilan des clauses sociales d'insertion. En 2024, 41 marchés passés par l'agglomération et ses communes membres ont comporté une clause sociale, générant 38 200 heures de travail pour des personnes en insertion, contre 29 500 heures en 2023. Le secteur du bâtiment et des travaux publics concentre 71 % de ces heures."),
        "",
        p("Le Plan local de l'ESS fixe un objectif de 50 000 heures d'insertion par an à l'horizon 2027. Mme Esquirol indique que France Travail pourra renforcer le repérage des candidats en amont des chantiers, en lien avec les structures d'insertion du territoire."),
        "",
        p("Les participants relèvent que les petites communes recourent encore peu aux clauses, faute d'ingénierie : la Maison de l'emploi proposera en 2026 un accompagnement gratuit à la rédaction des cahiers des charges."),
        "",
        "## 4. Projet de Maison de l'ESS",
        "",
        p("M. Bellahouel présente le projet de Maison de l'ESS, qui serait aménagée dans l'ancienne caserne des pompiers de Lusterac, rue des Cordiers, libérée depuis le regroupement du centre de secours. Le lieu accueillerait un espace de travail partagé pour les structures de l'ESS, les permanences de la CRESS et du DLA, ainsi qu'une boutique de produits issus de l'économie circulaire."),
        "",
        p("Le coût de l'opération est estimé à 1,35 million d'euros HT, travaux et études compris, pour une ouverture envisagée au second semestre 2027. L'étude de programmation a été confiée au cabinet Atelier Sillons pour un montant de 24 600 euros HT."),
        "",
        p("Mme Sorbel indique que le Département pourrait participer à l'investissement au titre de son fonds de soutien aux équipements de proximité, sous réserve d'un dossier déposé avant la fin de l'année 2026."),
        "",
        "## 5. Questions diverses",
        "",
        p("M. Quenardel signale que la Régie de quartier recherche un local de stockage pour la conciergerie solidaire. L'agglomération étudiera la mise à disposition d'un espace dans ses ateliers techniques de la zone des Vergnes."),
        "",
        "## Relevé de décisions",
        "",
        "1. Le compte rendu de la séance du 20 mai 2025 est approuvé.",
        "2. L'appel à initiatives « ESS au cœur des quartiers » est reconduit en 2026, avec une",
        "   enveloppe portée à 95 000 euros.",
        "3. Le comité valide le lancement de l'étude de programmation de la Maison de l'ESS.",
        "4. Un groupe de travail « achats responsables » est constitué ; il sera piloté par",
        "   M. Fulbert Aymonier et se réunira pour la première fois le 15 janvier 2026.",
        "",
        "## Prochaine réunion",
        "",
        p("La prochaine séance du comité de pilotage aura lieu le jeudi 21 mai 2026 à 14 h, à l'hôtel d'agglomération."),
        "",
        "*Compte rendu établi par Karim Bellahouel et validé par Bérengère Touzalin.*",
        "",
    ]
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------
# Document 5: FAQ of a departmental grant (plain text, hard-wrapped at 75 columns)
# --------------------------------------------------------------------------------------------


def build_faq() -> str:
    width = 75
    out: list[str] = []

    def title(text: str) -> None:
        out.extend(["", text, "-" * len(text), ""])

    def p(text: str) -> None:
        out.extend([wrap(text, width), ""])

    def bullets(entries: list[str]) -> None:
        for entry in entries:
            out.append(wrap(entry, width, indent="  - ", hanging="    "))
        out.append("")

    out.extend([
        "DÉPARTEMENT DE LA HAUTE-SARVANNE".center(width).rstrip(),
        "Direction de l'insertion et de l'économie solidaire".center(width).rstrip(),
        "Service vie associative et ESS".center(width).rstrip(),
        "",
        "=" * width,
        "AIDE DÉPARTEMENTALE À L'EMPLOI ASSOCIATIF (ADEA)".center(width).rstrip(),
        "Foire aux questions".center(width).rstrip(),
        "=" * width,
        "",
        "Version du 6 janvier 2026. Ce document répond aux questions les plus",
        "fréquentes des associations, des communes et des accompagnateurs. Il ne",
        "remplace pas le règlement de l'aide, qui seul fait foi.",
    ])

    title("1. QU'EST-CE QUE L'ADEA ?")
    p("L'aide départementale à l'emploi associatif (ADEA) est une aide forfaitaire du Département de la Haute-Sarvanne qui soutient, pendant trois ans, la création ou la consolidation d'un emploi salarié en contrat à durée indéterminée dans une association du département.")
    p("Elle découle du schéma départemental de l'économie sociale et solidaire 2025-2029 ; son règlement a été adopté par l'assemblée départementale le 10 février 2025. Son objectif est de permettre aux petites associations employeuses de structurer leur projet en s'appuyant sur un premier ou un deuxième salarié permanent.")

    title("2. QUELLES ASSOCIATIONS PEUVENT EN BÉNÉFICIER ?")
    p("Peuvent bénéficier de l'ADEA les associations régies par la loi du 1er juillet 1901 qui remplissent toutes les conditions suivantes :")
    bullets([
        "avoir leur siège social en Haute-Sarvanne ;",
        "justifier d'au moins deux ans d'existence à la date de dépôt de la demande ;",
        "employer moins de 10 salariés en équivalent temps plein (ETP) ;",
        "être à jour de leurs obligations sociales et fiscales.",
    ])
    p("Les associations employant 10 salariés ETP ou plus ne sont pas éligibles, y compris lorsque le poste demandé concerne une activité nouvelle.")
    p("Les sociétés coopératives d'intérêt collectif (Scic) ne sont pas éligibles à l'ADEA, même lorsqu'elles emploient moins de 10 salariés ; elles peuvent en revanche solliciter le fonds départemental d'investissement solidaire.")
    p("Sont également exclues les associations cultuelles, les associations de financement électoral et les associations dont plus de 50 % des ressources proviennent d'une même collectivité publique.")

    title("3. POURQUOI CERTAINES ASSOCIATIONS SONT-ELLES EXCLUES ?")
    p("L'exclusion des associations financées à plus de 50 % par une même collectivité s'explique par le fait que l'aide viendrait alors compenser un financement public déjà majoritaire, au lieu de consolider un modèle économique diversifié.")

    title("4. QUELS POSTES PEUVENT ÊTRE AIDÉS ?")
    p("Le poste doit faire l'objet d'un contrat à durée indéterminée d'au moins 24 heures par semaine. Il peut s'agir d'une création nette d'emploi ou de la transformation en CDI du contrat d'un salarié recruté précédemment en contrat aidé ou en CDD.")
    p("Le poste ne doit pas avoir été pourvu plus de trois mois avant la date de dépôt du dossier.")

    title("5. QUEL EST LE MONTANT DE L'AIDE ?")
    p("Pour un poste à temps plein, l'ADEA s'élève à 12 000 euros la première année, 8 000 euros la deuxième année et 4 000 euros la troisième année, soit 24 000 euros sur trois ans.")
    p("Pour un poste à temps partiel, le montant est calculé au prorata du temps de travail prévu au contrat.")
    p("Une majoration de 2 000 euros par an est accordée lorsque le poste est occupé par une personne bénéficiaire du revenu de solidarité active (RSA) au moment de son embauche.")

    title("6. L'ADEA EST-ELLE CUMULABLE AVEC D'AUTRES AIDES ?")
    p("L'ADEA est cumulable avec les aides de l'État au titre des postes FONJEP et avec les subventions de fonctionnement des communes et des intercommunalités.")
    p("Elle n'est en revanche pas cumulable, pour un même poste, avec un parcours emploi compétences (PEC) ni avec l'aide au poste versée aux structures de l'insertion par l'activité économique.")

    title("7. COMMENT DÉPOSER UNE DEMANDE ?")
    p("Les demandes sont déposées sur la plateforme en ligne Sarvanne Subventions, rubrique « Vie associative ». Deux sessions sont organisées chaque année : les dossiers complets reçus avant le 15 mars sont examinés par la commission permanente de juin, ceux reçus avant le 15 septembre par la commission permanente de novembre.")
    p("Le dossier comprend notamment :")
    bullets([
        "les statuts et la liste des membres du conseil d'administration ;",
        "le dernier rapport d'activité et les comptes du dernier exercice clos ;",
        "la fiche de poste et le projet de contrat de travail ;",
        "un budget prévisionnel sur trois ans faisant apparaître le financement du poste après la fin de l'aide ;",
        "le cas échéant, l'attestation d'accompagnement par le dispositif local d'accompagnement (DLA).",
    ])

    title("8. COMMENT L'AIDE EST-ELLE VERSÉE ?")
    p("Chaque année, l'aide est versée en deux fois : 70 % à la notification ou à la date anniversaire du recrutement, et le solde sur justification de la présence du salarié au 31 décembre.")

    title("9. QUE SE PASSE-T-IL SI LE SALARIÉ QUITTE L'ASSOCIATION ?")
    p("En cas de départ du salarié, l'association dispose d'un délai de quatre mois pour recruter un remplaçant sur le même poste. À défaut, l'aide est interrompue et les sommes perçues pour la période non travaillée doivent être reversées au Département.")

    title("10. QUELQUES CHIFFRES")
    p("En 2025, première année de mise en oeuvre, 63 postes ont été financés dans 58 associations, pour un montant total engagé de 611 000 euros.")
    p("Les postes financés relèvent principalement de l'action sociale (38 %), de la culture (21 %), du sport (17 %) et de l'environnement (12 %).")

    title("11. CONTACTS")
    p("Service vie associative et ESS : Mme Perrine Lacombade, cheffe de service, tél. 01 99 00 61 24, courriel adea@haute-sarvanne.fr.")
    p("Pour être aidées dans le montage de leur dossier, les associations peuvent solliciter le dispositif local d'accompagnement (DLA) de la Haute-Sarvanne, porté par l'association Sarvanne Active Conseil.")
    out.append("-- Fin du document --")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# Questions
# --------------------------------------------------------------------------------------------


def q(source: str, question: str, facts: list[str], pages: list[int] | None = None,
      history: list[str] | None = None) -> dict:
    return {"question": question, "facts": facts, "sources": [source], "answerable": True,
            "history": history or [], "pages": pages or []}


def u(question: str, probes: dict[str, list[str]], history: list[str] | None = None) -> dict:
    return {"question": question, "facts": [], "sources": [], "answerable": False,
            "history": history or [], "pages": [], "probes": probes}


ENGLISH = {
    "How many full-time equivalent jobs do the members of Iseurette Coopérations represent?",
    "When was the association that runs the Iseurette PTCE founded?",
    "How much does the Département give the CRESS in total over the whole agreement?",
    "Can a company with the ESUS certification apply to the Région's rural third-places call?",
    "What is the maximum funding rate for a feasibility study under the third-places call?",
    "Who is the president of the Lusterac-Brandeval conurbation?",
    "How much is the ADEA worth in total over three years for a full-time post?",
    "Did the Iseurette PTCE get any European money, FEDER or LEADER, and how much?",
    "Is there an age limit for the person hired with the ADEA grant?",
}

PTCE_QS = [
    q(PTCE, "Combien de structures sont membres du PTCE Iseurette Coopérations ?", ["47"], [2, 3]),
    q(PTCE, "le pôle Iseurette compte combien de salariés en insertion chez ses membres", ["156"], [2, 3]),
    q(PTCE, "How many full-time equivalent jobs do the members of Iseurette Coopérations represent?", ["438"], [2, 3]),
    q(PTCE, "Qui préside l'association Iseurette Coopérations ?", ["Solène Marchadier"], [2, 6]),
    q(PTCE, "Depuis quand ?", ["juin 2023"], [2], history=["Qui préside l'association Iseurette Coopérations ?"]),
    q(PTCE, "Qui coordonne le PTCE du Pays de Vérezonne ?", ["Yanis Ferrandou"], [2, 6]),
    q(PTCE, "C'est quoi un PTCE ?", ["coopération et de mutualisation"], [3]),
    q(PTCE, "Que signifie « fonction mutualisée » chez Iseurette Coopérations ?", ["au moins trois membres"], [3]),
    q(PTCE, "Quand la légumerie solidaire de Brémondaz a-t-elle ouvert ?", ["3 avril 2023"], [4]),
    q(PTCE, "Combien de tonnes de légumes la légumerie a-t-elle traitées en 2024 ?", ["186 tonnes"], [4]),
    q(PTCE, "Combien de cantines scolaires la légumerie de Brémondaz approvisionne-t-elle ?", ["14 cantines scolaires"], [2]),
    q(PTCE, "et ça représente combien de repas par jour ?", ["2 100 repas"], [4],
      history=["Combien de cantines scolaires la légumerie de Brémondaz approvisionne-t-elle ?"]),
    q(PTCE, "Combien a coûté l'investissement de la légumerie ?", ["680 000 euros"], [4]),
    q(PTCE, "Quelle part des matériaux récupérés par Remblai repart en réemploi ?", ["62 %"], [4]),
    q(PTCE, "Combien d'entreprises adhèrent au groupement d'employeurs Vérezonne Partage ?", ["17 entreprises adhérentes"], [4]),
    q(PTCE, "C'est quoi un groupement d'employeurs ?", ["recruter ensemble des salariés"], [4]),
    q(PTCE, "Qu'entend-on par sortie dynamique dans le bilan du PTCE ?", ["CDD de six mois et plus", "formation qualifiante"], [4]),
    q(PTCE, "Quel est le taux de sorties dynamiques du Parcours Passerelle ?", ["55 %"], [4]),
    q(PTCE, "Combien d'ETP dans le collège des coopératives (Scop, Scic, CAE) du pôle ?", ["86"], [3]),
    q(PTCE, "Combien de salariés en insertion dans les entreprises commerciales et artisanales membres du PTCE ?", ["18"], [3]),
    q(PTCE, "Combien la Région Orbe-et-Sarvanne a-t-elle apporté au total au programme entre 2022 et 2024 ?", ["410 000"], [5]),
    q(PTCE, "Quel est le total des ressources du programme en 2023 ?", ["442 000"], [5]),
    q(PTCE, "Pourquoi l'État n'a-t-il rien versé au PTCE en 2024 ?", ["31 décembre 2023"], [5]),
    q(PTCE, "Quelle proportion des ressources du pôle vient de l'argent public ?", ["80 %"], [2]),
    q(PTCE, "Quelles recommandations le copil a-t-il jugées prioritaires ?", ["n° 1, 2 et 5"], [5]),
    q(PTCE, "Quel objectif de ressources propres le PTCE vise-t-il pour 2026 ?", ["25 %"], [5]),
    q(PTCE, "budget prévisionnel 2025 PTCE Iseurette", ["415 000 euros"], [6]),
    q(PTCE, "Quel cabinet a réalisé le bilan à mi-parcours du PTCE ?", ["Ardoise Conseil"], [1, 2]),
    q(PTCE, "Que veut dire Scop ?", ["société coopérative et participative"], [6]),
    q(PTCE, "When was the association that runs the Iseurette PTCE founded?", ["9 octobre 2019"], [2]),
]

CONV_QS = [
    q(CONV, "Quelle est la durée de la convention entre le Département de la Haute-Sarvanne et la CRESS ?", ["trois ans"], [1]),
    q(CONV, "Jusqu'à quand court la convention Département-CRESS ?", ["31 décembre 2027"], [1]),
    q(CONV, "Combien le Département verse-t-il chaque année à la CRESS ?", ["65 000 euros par an"], [2]),
    q(CONV, "Comment est-elle versée ?", ["60 %", "40 %"], [2],
      history=["Combien le Département verse-t-il chaque année à la CRESS ?"]),
    q(CONV, "Qui signe la convention pour le Département ?", ["Aurélien Castagnède"], [1, 3]),
    q(CONV, "Qui représente la CRESS Orbe-et-Sarvanne dans la convention avec le Département ?", ["Noémie Vasseral-Duclos"], [1, 3]),
    q(CONV, "La convention CRESS a été signée quand ?", ["12 mai 2025"], [3]),
    q(CONV, "Combien de porteurs de projet la CRESS doit-elle accompagner chaque année en Haute-Sarvanne ?", ["au moins 40 porteurs"], [1]),
    q(CONV, "Avant quelle date la CRESS doit-elle publier sa note de conjoncture départementale ?", ["30 juin"], [1]),
    q(CONV, "Quelles sont les priorités du schéma départemental de l'ESS 2025-2029 ?", ["services de proximité en milieu rural", "achat public responsable"], [1]),
    q(CONV, "Qui suit la convention avec la CRESS côté Département ?", ["Gaspard Olivetti"], [2]),
    q(CONV, "Quel délai avant qu'une résiliation pour non-respect des engagements prenne effet ?", ["trois mois"], [2]),
    q(CONV, "Quel tribunal en cas de litige sur la convention CRESS ?", ["tribunal administratif de Vaudrémont"], [3]),
    q(CONV, "Le Département prête-t-il des locaux à la CRESS ?", ["deux jours par semaine"], [2]),
    q(CONV, "How much does the Département give the CRESS in total over the whole agreement?", ["195 000 euros"], [2]),
    q(CONV, "Le Département peut-il réclamer l'argent versé si la convention est résiliée ?", ["tout ou partie des sommes versées"], [3]),
    q(CONV, "Dans combien de classes de collège la CRESS doit-elle intervenir ?", ["15 classes de collège"], [2]),
]

AAP_QS = [
    q(AAP, "Quelle est l'enveloppe de l'appel à projets tiers-lieux ESS de la Région ?", ["1,8 million"]),
    q(AAP, "date limite dépôt AAP tiers-lieux ruraux Orbe-et-Sarvanne", ["28 novembre 2025"]),
    q(AAP, "Quand a lieu le webinaire d'information sur l'appel à projets tiers-lieux ?", ["2 octobre 2025"]),
    q(AAP, "Et le vote final des aides, c'est quand ?", ["mars 2026"],
      history=["Quand a lieu le webinaire d'information sur l'appel à projets tiers-lieux ?"]),
    q(AAP, "Qu'est-ce qu'un tiers-lieu au sens de l'appel à projets régional ?", ["au moins deux activités"]),
    q(AAP, "Une commune peut-elle candidater seule à l'AAP tiers-lieux ?", ["ne peuvent pas déposer seules"]),
    q(AAP, "Notre commune fait 6 000 habitants, un projet chez nous est-il éligible ?", ["5 000 habitants ou plus"]),
    q(AAP, "Quel est le plafond de l'aide régionale pour créer un tiers-lieu ?", ["120 000 €"]),
    q(AAP, "Et pour une étude de faisabilité ?", ["20 000 €"],
      history=["Quel est le plafond de l'aide régionale pour créer un tiers-lieu ?"]),
    q(AAP, "L'aide de la Région est-elle cumulable avec des fonds européens ?", ["80 % de financements publics"]),
    q(AAP, "Des travaux commencés avant le dépôt du dossier peuvent-ils être financés ?", ["ne sont pas prises en compte"]),
    q(AAP, "Quels critères pour sélectionner les projets de tiers-lieux ?", ["viabilité économique du projet à trois ans"]),
    q(AAP, "Qui contacter à la Région pour l'appel à projets tiers-lieux ?", ["Clémence Ravanel"]),
    q(AAP, "On peut envoyer le dossier de candidature par mail ?", ["aucun dossier papier ou envoyé par courriel"]),
    q(AAP, "Can a company with the ESUS certification apply to the Région's rural third-places call?", ["ESUS"]),
    q(AAP, "What is the maximum funding rate for a feasibility study under the third-places call?", ["70 %"]),
    q(AAP, "Une association créée il y a six mois peut-elle répondre à l'AAP tiers-lieux ?", ["au moins un an"]),
]

COPIL_QS = [
    q(COPIL, "Qui présidait le comité de pilotage ESS de Lusterac-Brandeval du 14 novembre 2025 ?", ["Bérengère Touzalin"]),
    q(COPIL, "Et qui était secrétaire de séance ?", ["Karim Bellahouel"],
      history=["Qui présidait le comité de pilotage ESS de Lusterac-Brandeval du 14 novembre 2025 ?"]),
    q(COPIL, "Combien de dossiers ont été déposés à l'appel à initiatives « ESS au cœur des quartiers » ?", ["14 candidatures"]),
    q(COPIL, "Quelle aide a été votée pour la Scic Mobil'Orbe ?", ["22 500"]),
    q(COPIL, "Quel projet porte la Régie de quartier Lusterac Nord ?", ["Conciergerie solidaire"]),
    q(COPIL, "Montant total des aides votées dans l'appel à initiatives 2025 de l'agglo", ["78 000"]),
    q(COPIL, "Combien d'heures d'insertion les clauses sociales ont-elles générées en 2024 dans l'agglomération Lusterac-Brandeval ?", ["38 200 heures"]),
    q(COPIL, "Et l'année d'avant ?", ["29 500"],
      history=["Combien d'heures d'insertion les clauses sociales ont-elles générées en 2024 dans l'agglomération Lusterac-Brandeval ?"]),
    q(COPIL, "Quel objectif d'heures d'insertion le Plan local de l'ESS fixe-t-il pour 2027 ?", ["50 000 heures"]),
    q(COPIL, "Combien coûterait la future Maison de l'ESS de Lusterac ?", ["1,35 million"]),
    q(COPIL, "Quand la Maison de l'ESS devrait-elle ouvrir ?", ["second semestre 2027"]),
    q(COPIL, "Qui fait l'étude de programmation de la Maison de l'ESS et pour quel prix ?", ["Atelier Sillons", "24 600 euros"]),
    q(COPIL, "Quelle enveloppe pour l'appel à initiatives en 2026 ?", ["95 000 euros"]),
    q(COPIL, "Qui va piloter le groupe de travail achats responsables ?", ["Fulbert Aymonier"]),
    q(COPIL, "prochain copil ESS Lusterac-Brandeval date", ["21 mai 2026"]),
    q(COPIL, "Who is the president of the Lusterac-Brandeval conurbation?", ["Pascal Derbanne"]),
    q(COPIL, "Qui s'occupe de faciliter les clauses sociales à Lusterac-Brandeval ?", ["Thibaut Lorcery"]),
]

FAQ_QS = [
    q(FAQ, "C'est quoi l'ADEA ?", ["aide forfaitaire"]),
    q(FAQ, "Une association de 12 salariés peut-elle obtenir l'ADEA ?", ["10 salariés ETP ou plus"]),
    q(FAQ, "Les Scic sont-elles éligibles à l'aide départementale à l'emploi associatif ?", ["(Scic) ne sont pas éligibles"]),
    q(FAQ, "Combien rapporte l'ADEA la première année pour un temps plein ?", ["12 000 euros"]),
    q(FAQ, "et les années suivantes ?", ["8 000 euros", "4 000 euros"],
      history=["Combien rapporte l'ADEA la première année pour un temps plein ?"]),
    q(FAQ, "Y a-t-il un bonus si on embauche un allocataire du RSA avec l'ADEA ?", ["2 000 euros par an"]),
    q(FAQ, "L'ADEA est-elle cumulable avec un poste FONJEP ?", ["postes FONJEP"]),
    q(FAQ, "Et avec un PEC ?", ["pas cumulable", "parcours emploi compétences"],
      history=["L'ADEA est-elle cumulable avec un poste FONJEP ?"]),
    q(FAQ, "Quelles sont les dates limites pour déposer une demande d'ADEA ?", ["15 mars", "15 septembre"]),
    q(FAQ, "Comment l'ADEA est-elle versée chaque année ?", ["70 %"]),
    q(FAQ, "Que se passe-t-il si le salarié financé par l'ADEA démissionne ?", ["quatre mois"]),
    q(FAQ, "Combien de postes ont été financés par l'ADEA en 2025 ?", ["63 postes"]),
    q(FAQ, "Qui est le contact au Département pour l'aide à l'emploi associatif ?", ["Perrine Lacombade"]),
    q(FAQ, "How much is the ADEA worth in total over three years for a full-time post?", ["24 000 euros"]),
    q(FAQ, "Pourquoi une asso financée à plus de 50 % par sa commune ne peut pas toucher l'ADEA ?", ["financement public déjà majoritaire"]),
    q(FAQ, "Pour un mi-temps, l'ADEA est-elle versée en entier ?", ["au prorata du temps de travail"]),
    q(FAQ, "Il faut combien d'années d'existence pour demander l'ADEA ?", ["au moins deux ans"]),
]

UNANSWERABLE = [
    u("Quel est le budget prévisionnel du PTCE Iseurette pour 2026 ?",
      {PTCE: ["prévisionnel 2026", "budget 2026", "2026 s’élève"]}),
    u("Combien de tonnes de légumes la légumerie de Brémondaz a-t-elle transformées en 2023 ?",
      {PTCE: ["tonnes en 2023", "En 2023, elle"]}),
    u("Qui présidait Iseurette Coopérations avant Solène Marchadier ?",
      {PTCE: ["succède", "ancien président", "ancienne présidente", "précédent président", "précédente présidente"]}),
    u("Combien de salariés compte la ressourcerie La Glaneuse ?",
      {PTCE: ["Glaneuse emploie", "salariés de La Glaneuse", "La Glaneuse compte"]}),
    u("Did the Iseurette PTCE get any European money, FEDER or LEADER, and how much?",
      {PTCE: ["FEDER", "LEADER", "européen", "Europe"]}),
    u("Combien d'habitants compte le Pays de Vérezonne ?", {PTCE: ["habitants"]}),
    u("Et qu'est-ce qu'elle prévoit de verser pour 2025 ?",
      {PTCE: ["Région en 2025", "Région pour 2025", "2025, la Région", "Région a voté"]},
      history=["Combien la Région a-t-elle versé au PTCE Iseurette en 2024 ?"]),
    u("Combien de véhicules le garage solidaire de Pérignolles a-t-il en location ?",
      {PTCE: ["véhicules en location", "parc de", "flotte"]}),
    u("Quel est le montant de la subvention du Département à la CRESS pour 2028 ?", {CONV: ["2028"]}),
    u("Qui est le directeur général des services du Département de la Haute-Sarvanne ?",
      {CONV: ["directeur général", "directrice générale", "DGS"]}),
    u("La convention prévoit-elle des pénalités si la CRESS publie sa note de conjoncture en retard ?",
      {CONV: ["pénalité"]}),
    u("Quel est le numéro SIRET de la CRESS Orbe-et-Sarvanne ?",
      {CONV: ["SIRET", "Siret", "SIREN"]}),
    u("Quelle était l'enveloppe de l'édition précédente de l'appel à projets tiers-lieux ?",
      {AAP: ["première édition", "2024", "édition précédente"]}),
    u("Quel est le plafond de l'aide régionale pour acheter un véhicule de tiers-lieu itinérant ?",
      {AAP: ["véhicule", "itinérant"]}),
    u("Combien de projets de tiers-lieux la Région prévoit-elle de retenir en 2025 ?",
      {AAP: ["projets seront retenus", "lauréat", "nombre de projets"]}),
    u("Qui est le vice-président régional en charge de l'ESS en Orbe-et-Sarvanne ?",
      {AAP: ["vice-président", "vice-présidente"]}),
    u("Combien d'heures d'insertion les clauses sociales ont-elles générées en 2022 à Lusterac-Brandeval ?",
      {COPIL: ["2022"]}),
    u("Combien coûtera le fonctionnement annuel de la future Maison de l'ESS de Lusterac ?",
      {COPIL: ["fonctionnement annuel", "coût de fonctionnement", "frais de fonctionnement"]}),
    u("Quelle sera la surface de la Maison de l'ESS de Lusterac ?",
      {COPIL: ["m²", "m2", "mètres carrés", "surface"]}),
    u("Combien d'emplois l'ESS représente-t-elle dans l'agglomération Lusterac-Brandeval ?",
      {COPIL: ["emplois de l'ESS", "salariés de l'ESS", "emplois dans l'ESS"]}),
    u("Combien de postes l'ADEA a-t-elle financés en 2024 ?", {FAQ: ["2024"]}),
    u("L'ADEA est-elle cumulable avec l'aide de la Région aux emplois associatifs ?",
      {FAQ: ["Région", "région"]}),
    u("Is there an age limit for the person hired with the ADEA grant?",
      {FAQ: ["âge", "ans ou plus", "moins de 26"]}),
    u("Combien d'emplois compte l'économie sociale et solidaire en Orbe-et-Sarvanne ?",
      {CONV: ["emplois de l’ESS", "salariés de l’ESS", "% de l’emploi"],
       AAP: ["emplois de l’ESS", "salariés de l’ESS", "% de l’emploi"]}),
]


def ordered_questions() -> list[dict]:
    """Interleave the groups deterministically so that documents alternate in the file."""
    groups = [list(PTCE_QS), list(CONV_QS), list(AAP_QS), list(COPIL_QS), list(FAQ_QS), list(UNANSWERABLE)]
    out: list[dict] = []
    while any(groups):
        for group in groups:
            if group:
                out.append(group.pop(0))
    return out


# --------------------------------------------------------------------------------------------
# Extraction and checks
# --------------------------------------------------------------------------------------------


def pdf_pages(path: Path) -> list[str]:
    pages = []
    for page in PdfReader(str(path)).pages:
        text = page.extract_text() or ""
        text = re.sub(r"-\n(?=[a-zà-ÿœæ])", "", text)
        pages.append(" ".join(text.split()))
    return pages


def html_text(source: str) -> str:
    source = re.sub(r"(?is)<(script|style|noscript)\b.*?</\1\s*>", " ", source)
    source = re.sub(r"(?s)<!--.*?-->", " ", source)
    source = re.sub(r"(?s)<[^>]+>", " ", source)
    return " ".join(html.unescape(source).split())


def document_texts() -> dict[str, list[str]]:
    """Return, per corpus file, a list of texts: one per page for PDFs, a single one otherwise."""
    texts: dict[str, list[str]] = {}
    for name in (PTCE, CONV):
        texts[name] = pdf_pages(CORPUS / name)
    texts[AAP] = [html_text((CORPUS / AAP).read_text(encoding="utf-8"))]
    for name in (COPIL, FAQ):
        texts[name] = [" ".join((CORPUS / name).read_text(encoding="utf-8").split())]
    return texts


def close_together(text: str, facts: list[str], window: int = 400) -> bool:
    """True when every fact occurs within `window` characters of one occurrence of the first."""
    start = text.find(facts[0])
    while start != -1:
        lo, hi = max(0, start - window), start + len(facts[0]) + window
        if all(fact in text[lo:hi] for fact in facts[1:]):
            return True
        start = text.find(facts[0], start + 1)
    return False


def check(questions: list[dict]) -> list[str]:
    texts = document_texts()
    errors: list[str] = []
    for name, pages in texts.items():
        if name.endswith(".pdf"):
            print(f"  {name}: {len(pages)} pages")
    n_pages = {name: len(pages) for name, pages in texts.items()}
    if not 5 <= n_pages[PTCE] <= 8:
        errors.append(f"{PTCE}: {n_pages[PTCE]} pages, expected 5 to 8")
    if not 2 <= n_pages[CONV] <= 4:
        errors.append(f"{CONV}: {n_pages[CONV]} pages, expected 2 to 4")
    for item in questions:
        qid = item["id"]
        if item["answerable"]:
            if not item["facts"] or len(item["sources"]) != 1:
                errors.append(f"{qid}: needs facts and exactly one source")
                continue
            source = item["sources"][0]
            pages = texts[source]
            if source.endswith(".pdf"):
                if not item["pages"]:
                    errors.append(f"{qid}: PDF source without pages")
                    continue
                bad = [p for p in item["pages"] if not 1 <= p <= len(pages)]
                if bad:
                    errors.append(f"{qid}: page(s) {bad} out of range")
                    continue
                scope = " ".join(pages[p - 1] for p in item["pages"])
            else:
                if item["pages"]:
                    errors.append(f"{qid}: pages given for a non-PDF source")
                scope = pages[0]
            missing = [fact for fact in item["facts"] if fact not in scope]
            if missing:
                errors.append(f"{qid}: fact(s) {missing} not found in {source} pages {item['pages']}")
            elif not close_together(scope, item["facts"]):
                errors.append(f"{qid}: facts {item['facts']} are not close together in {source}")
        else:
            if item["facts"] or item["sources"] or item["pages"]:
                errors.append(f"{qid}: unanswerable question with facts, sources or pages")
            for source, probes in item["probes"].items():
                full = " ".join(texts[source])
                for probe in probes:
                    if probe in full:
                        errors.append(f"{qid}: probe {probe!r} occurs in {source}")
    return errors


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    build_ptce(CORPUS / PTCE)
    build_convention(CORPUS / CONV)
    (CORPUS / AAP).write_text(AAP_HTML, encoding="utf-8")
    (CORPUS / COPIL).write_text(build_minutes(), encoding="utf-8")
    (CORPUS / FAQ).write_text(build_faq(), encoding="utf-8")

    questions = ordered_questions()
    for n, item in enumerate(questions, start=1):
        item["id"] = f"fresh11-eval-{n:02d}"
    keys = ("id", "question", "facts", "sources", "answerable", "history", "pages")
    with QUESTIONS.open("w", encoding="utf-8") as handle:
        for item in questions:
            handle.write(json.dumps({key: item[key] for key in keys}, ensure_ascii=False) + "\n")

    print(f"fresh11: corpus written to {CORPUS.relative_to(HERE.parent.parent)}")
    errors = check(questions)

    answerable = sum(item["answerable"] for item in questions)
    english = sum(item["question"] in ENGLISH for item in questions)
    followups = sum(bool(item["history"]) for item in questions)
    if len({item["question"] for item in questions}) != len(questions):
        errors.append("duplicate question texts")
    if len(ENGLISH) != english:
        errors.append("ENGLISH lists a question that is not in the set")
    if len(questions) < 100:
        errors.append(f"only {len(questions)} questions")
    overlong = [item["id"] for item in questions for fact in item["facts"] if len(fact) > 60]
    if overlong:
        errors.append(f"facts longer than 60 characters: {overlong}")
    lines = (CORPUS / FAQ).read_text(encoding="utf-8").splitlines()
    if max(len(line) for line in lines) > 75:
        errors.append(f"{FAQ}: a line is longer than 75 characters")
    print(f"  questions: {len(questions)} ({answerable} answerable, {len(questions) - answerable} "
          f"unanswerable, {english} in English, {followups} follow-ups)")
    per_source: dict[str, int] = {}
    for item in questions:
        for source in item["sources"]:
            per_source[source] = per_source.get(source, 0) + 1
    for source, count in sorted(per_source.items()):
        print(f"  {count:3d} answerable on {source}")
    if errors:
        print(f"FAILED: {len(errors)} problem(s)")
        for error in errors:
            print(f"  - {error}")
        return 1
    print("OK: every fact found on its declared page(s), every probe absent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
