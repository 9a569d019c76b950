#!/usr/bin/env python3
"""Build the "fresh4" held-out corpus and check questions.jsonl against it.

Run from the repository root:

    .venv/bin/python evals/fresh4/build.py

It writes four fictional documents into evals/fresh4/corpus/ (a typeset PDF,
a saved HTML page, Markdown minutes with YAML front matter and a plain-text
deliberation), then verifies every answerable case of questions.jsonl: each
fact must occur in the extracted text of its source and, for the PDF, on the
declared physical page(s) without being split by a line-end hyphen.

Everything (territories, people, organisations, figures) is invented.
The script is deterministic: running it twice gives byte-identical files.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
import textwrap
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from fpdf import FPDF, FontFace, TextStyle
from fpdf.enums import MethodReturnValue, XPos, YPos

try:  # optional: real French hyphenation points
    import pyphen
except ImportError:  # pragma: no cover
    pyphen = None

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

PDF_NAME = "diagnostic-ess-ysene-2025.pdf"
HTML_NAME = "pays-de-brenoux-appel-a-projets-tiers-lieux-2025.html"
MD_NAME = "cr-copil-ptce-rives-orvanne-2025-06-12.md"
TXT_NAME = "deliberation-2025-058-vaudrelle-commande-publique-responsable.txt"
ALL_NAMES = [PDF_NAME, HTML_NAME, MD_NAME, TXT_NAME]

SHY = "\u00ad"      # soft hyphen
NNBSP = "\u202f"    # narrow no-break space (thousands separator)
NBSP = "\u00a0"     # no-break space


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def norm(s: str) -> str:
    """Case- and spacing-insensitive form used for fact matching."""
    s = unicodedata.normalize("NFKC", s).replace(SHY, "")
    return re.sub(r"\s+", " ", s).strip().lower()


def fr_typo(s: str) -> str:
    """French typesetting: narrow no-break space in numbers, NBSP before € and %."""
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NNBSP, s)
    s = s.replace(" €", NBSP + "€").replace(" %", NBSP + "%")
    s = s.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return s


GLUE = "\x1f"


def glue(s: str) -> str:
    """Protect spaces that must not become line breaks when hard-wrapping plain text."""
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", GLUE, s)
    for a in (" ;", " :", " %", " €", " »", " ?", " !"):
        s = s.replace(a, GLUE + a[1:])
    for a in ("« ", "M. ", "Mme ", "n° "):
        s = s.replace(a, a[:-1] + GLUE)
    return s


def wrap(text: str, width: int, first: str = "", rest: str = "") -> str:
    out = textwrap.fill(glue(text), width=width, initial_indent=first, subsequent_indent=rest,
                        break_on_hyphens=False, break_long_words=False)
    return out.replace(GLUE, " ")


def load_cases() -> list[dict]:
    if not QUESTIONS.exists():
        return []
    cases = []
    for n, line in enumerate(QUESTIONS.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as exc:
                sys.exit(f"questions.jsonl line {n}: {exc}")
    return cases


# ---------------------------------------------------------------------------
# a. PDF — Diagnostic de l'ESS du Département de l'Ysène
# ---------------------------------------------------------------------------
PDF_TITLE = "Diagnostic de l’économie sociale et solidaire en Ysène – Édition 2025"
PDF_AUTHOR = "Conseil départemental de l’Ysène – Observatoire départemental de l’ESS"

# Each block: (kind, payload...)
PDF_BLOCKS = [
    ("title",),
    ("h1", "Éditorial"),
    ("p", "L’économie sociale et solidaire (ESS) n’est pas un secteur à part : elle traverse "
          "l’ensemble de notre économie, de l’aide à domicile aux coopératives agricoles, des "
          "clubs sportifs aux mutuelles de santé. En Ysène, elle fait travailler plus de "
          "dix-huit mille personnes, soit près d’un salarié du privé sur six. Ce diagnostic, le "
          "troisième publié par le Département depuis 2017, a pour ambition de donner à chacun "
          "– élus, techniciens, porteurs de projets – une photographie fidèle de cette économie "
          "de proximité, de ses forces comme de ses fragilités."),
    ("p", "Les chiffres qui suivent montrent une ESS qui résiste et qui se transforme. L’emploi "
          "y a progressé plus vite que dans le reste de l’économie privée, mais les difficultés "
          "de recrutement dans l’aide à domicile et le vieillissement des dirigeants bénévoles "
          "appellent une action résolue. C’est le sens du plan départemental que nous "
          "soumettrons à l’assemblée à l’automne, en lien étroit avec les intercommunalités "
          "et les réseaux de l’ESS."),
    ("sign", "Hélène Marchetti-Roux", "Présidente du Conseil départemental de l’Ysène"),
    ("h1", "L’essentiel en chiffres"),
    ("bullets", [
        "2 187 établissements employeurs, relevant de 1 604 entreprises de l’ESS ;",
        "18 240 salariés, soit 12,8 % de l’emploi salarié total et 16,9 % de l’emploi salarié "
        "privé du département ;",
        "512 millions d’euros de rémunérations brutes versées en 2023 ;",
        "une progression de 4,6 % des effectifs salariés entre 2019 et 2023, contre 2,1 % pour "
        "le reste du secteur privé ;",
        "68,2 % de femmes parmi les salariés ;",
        "22,7 % des salariés âgés de 55 ans ou plus.",
    ]),
    ("h1", "1. Méthodologie et périmètre"),
    ("p", "Le présent diagnostic a été réalisé par l’Observatoire départemental de l’ESS, en lien "
          "avec la chambre régionale de l’économie sociale et solidaire (CRESS) des "
          "Hautes-Marches. Il s’appuie principalement sur les bases de données de l’emploi "
          "salarié au 31 décembre 2023, complétées par une enquête en ligne conduite du "
          "2 septembre au 18 octobre 2024 auprès des structures du territoire. Sur les 1 604 "
          "entreprises sollicitées, 437 ont répondu, soit un taux de réponse de 27,2 %."),
    ("p", "Le périmètre retenu est celui défini par la loi du 31 juillet 2014 relative à "
          "l’économie sociale et solidaire : associations, coopératives, mutuelles, fondations, "
          "ainsi que les sociétés commerciales qui poursuivent un objectif d’utilité sociale et "
          "respectent les principes de gouvernance démocratique et de lucrativité limitée. Les "
          "structures sans salarié, très nombreuses dans le monde associatif, n’entrent pas dans "
          "le décompte des établissements employeurs. Leur poids est estimé à partir du "
          "répertoire départemental des associations, qui recense environ 6 900 associations "
          "actives."),
    ("p", "Les comparaisons avec l’édition précédente doivent être faites avec prudence : en "
          "2021, le champ des activités financières avait été calculé selon une nomenclature "
          "différente, et les chiffres de cette famille ont été recalculés pour la présente "
          "édition."),
    ("h1", "2. Une ESS portée par les associations"),
    ("p", "Les associations concentrent l’essentiel de l’emploi de l’ESS en Ysène. Avec 13 410 "
          "salariés, elles représentent près des trois quarts des effectifs, une proportion "
          "supérieure à la moyenne régionale, qui s’établit à 69,8 %. Les coopératives arrivent "
          "en deuxième position, portées par le secteur agricole et par deux grandes "
          "coopératives bancaires implantées à Bréviac. Les mutuelles et les fondations, moins "
          "nombreuses, emploient souvent des effectifs importants par établissement, notamment "
          "dans le domaine sanitaire."),
    ("table", "Tableau 1 – Établissements et salariés de l’ESS par famille juridique "
              "(31 décembre 2023)",
     ["Famille juridique", "Établissements", "Salariés", "Part de l’emploi ESS"],
     [["Associations", "1 742", "13 410", "73,5 %"],
      ["Coopératives", "248", "2 915", "16,0 %"],
      ["Mutuelles", "97", "1 206", "6,6 %"],
      ["Fondations", "42", "612", "3,4 %"],
      ["Sociétés commerciales de l’ESS", "58", "97", "0,5 %"],
      ["Total ESS", "2 187", "18 240", "100 %"]],
     (62, 32, 30, 42)),
    ("source", "Source : Observatoire départemental de l’ESS, d’après les données de l’emploi "
               "salarié 2023."),
    ("p", "Les sociétés commerciales de l’ESS restent marginales en nombre d’emplois, mais leur "
          "dynamique est réelle : 21 des 58 établissements recensés ont été créés depuis 2020, "
          "le plus souvent sous la forme de sociétés par actions simplifiées ayant obtenu "
          "l’agrément « entreprise solidaire d’utilité sociale » (ESUS)."),
    ("h1", "3. Les secteurs d’activité"),
    ("p", "L’action sociale demeure le premier employeur de l’ESS : aide à domicile, accueil du "
          "jeune enfant, hébergement des personnes âgées ou en situation de handicap. Dans ce "
          "secteur, 61,2 % des salariés du département travaillent dans une structure de l’ESS. "
          "Le sport et les loisirs, les arts et spectacles ou encore l’enseignement privé sous "
          "contrat sont également des secteurs où l’ESS occupe une place prépondérante, même si "
          "les emplois y sont plus souvent à temps partiel."),
    ("table", "Tableau 2 – Répartition de l’emploi de l’ESS par secteur d’activité",
     ["Secteur d’activité", "Établissements", "Salariés", "Part de l’ESS dans le secteur"],
     [["Action sociale", "412", "7 985", "61,2 %"],
      ["Enseignement", "186", "2 340", "18,7 %"],
      ["Activités financières et d’assurance", "164", "1 902", "29,4 %"],
      ["Santé humaine", "58", "1 486", "9,8 %"],
      ["Sports et loisirs", "431", "1 120", "52,0 %"],
      ["Arts et spectacles", "297", "684", "33,5 %"],
      ["Agriculture et agroalimentaire", "121", "1 015", "7,9 %"],
      ["Autres activités", "518", "1 708", "4,1 %"],
      ["Ensemble", "2 187", "18 240", "12,8 %"]],
     (62, 30, 28, 46)),
    ("source", "Source : Observatoire départemental de l’ESS. La colonne de droite rapporte "
               "l’emploi de l’ESS à l’emploi salarié total de chaque secteur."),
    ("p", "À l’inverse, l’ESS reste peu présente dans le commerce et les services aux "
          "entreprises, regroupés dans la catégorie « autres activités », où elle ne pèse que "
          "4,1 % de l’emploi salarié. L’agriculture et l’agroalimentaire font figure "
          "d’exception grâce au réseau des coopératives d’utilisation de matériel agricole "
          "(CUMA) et à la coopérative laitière de Saint-Aulde, qui emploie à elle seule "
          "212 salariés."),
    ("h1", "4. Profil des emplois"),
    ("p", "Les emplois de l’ESS sont majoritairement occupés par des femmes (68,2 %), en "
          "particulier dans l’action sociale et la santé, où cette part dépasse 85 %. Le temps "
          "partiel concerne 38,5 % des salariés, contre 17,9 % dans le reste du secteur privé. "
          "La rémunération brute annuelle moyenne s’établit à 28 060 € par salarié, un niveau "
          "inférieur de 9 % à celui du privé hors ESS, écart qui s’explique largement par la "
          "structure des métiers et par la fréquence du temps partiel."),
    ("p", "Le vieillissement des effectifs constitue un enjeu majeur : 22,7 % des salariés ont "
          "55 ans ou plus. D’ici 2030, l’Observatoire estime à environ 4 100 le nombre de "
          "départs à la retraite à remplacer, dont près de la moitié dans l’aide à domicile et "
          "l’accompagnement des personnes âgées."),
    ("p", "Selon l’enquête conduite à l’automne 2024, les trois métiers les plus en tension "
          "sont les suivants :"),
    ("bullets", [
        "aide à domicile et auxiliaire de vie sociale ;",
        "éducateur spécialisé et moniteur-éducateur ;",
        "animateur périscolaire et animateur socioculturel.",
    ]),
    ("p", "Près de six structures employeuses sur dix déclarent avoir renoncé à au moins un "
          "recrutement au cours de l’année écoulée, faute de candidats."),
    ("h2", "Focus – L’aide à domicile, un secteur sous tension"),
    ("p", "Avec 3 480 salariés répartis dans 46 structures, l’aide à domicile est la première "
          "activité de l’ESS en Ysène. Les associations y assurent 83 % des heures "
          "d’intervention financées au titre de l’allocation personnalisée d’autonomie (APA). "
          "Le taux de rotation du personnel atteint 27 % par an, et les structures interrogées "
          "estiment à 310 le nombre de postes non pourvus au 1er octobre 2024."),
    ("p", "Pour y répondre, le Département a revalorisé en 2024 le tarif horaire de référence, "
          "porté à 26,40 € par heure d’intervention, et finance depuis janvier 2025 un parc de "
          "40 véhicules électriques mis à la disposition des intervenantes en zone rurale."),
    ("h1", "5. Dynamiques territoriales"),
    ("p", "L’ESS est présente sur l’ensemble du territoire départemental, mais avec des "
          "intensités variables. Le bassin de Bréviac, qui accueille la préfecture et les sièges "
          "de plusieurs réseaux, concentre plus d’un tiers des emplois. C’est pourtant la vallée "
          "de la Lormaigne qui connaît la croissance la plus forte, portée par l’ouverture de "
          "deux établissements médico-sociaux et par le développement de l’insertion par "
          "l’activité économique."),
    ("table", "Tableau 3 – Emploi de l’ESS par bassin de vie",
     ["Bassin de vie", "Salariés de l’ESS", "Part dans l’emploi salarié",
      "Évolution 2019-2023"],
     [["Bassin de Bréviac", "6 820", "14,1 %", "+5,2 %"],
      ["Bassin de Castelvire", "4 310", "12,3 %", "+3,8 %"],
      ["Vallée de la Lormaigne", "3 540", "11,9 %", "+6,1 %"],
      ["Plateau de Saint-Aulde", "2 095", "13,6 %", "−1,4 %"],
      ["Pays de Vercombe", "1 475", "10,2 %", "+2,9 %"],
      ["Département", "18 240", "12,8 %", "+4,6 %"]],
     (50, 36, 42, 38)),
    ("p", "Le plateau de Saint-Aulde est le seul bassin où l’emploi de l’ESS recule (−1,4 %), "
          "sous l’effet de la fermeture d’un établissement d’hébergement pour personnes âgées en "
          "2022 et de la fusion de deux associations d’aide à domicile. La part de l’ESS y reste "
          "néanmoins élevée (13,6 %), signe du rôle structurant de ces acteurs dans les "
          "territoires ruraux."),
    ("h1", "6. Coopérations et innovation sociale"),
    ("p", "Trois pôles territoriaux de coopération économique (PTCE) sont actifs dans le "
          "département. Un PTCE regroupe, sur un même territoire, des entreprises de l’ESS, des "
          "entreprises classiques, des collectivités et des établissements de formation autour "
          "d’un projet commun de développement économique durable. Le pôle « Ysène Réemploi », "
          "installé à Castelvire, fédère 17 structures autour de la collecte et de la "
          "valorisation des objets. « Les Communs du Plateau », à Saint-Aulde, travaille sur "
          "l’alimentation et les circuits courts. Le plus récent, « Lormaigne Services », créé "
          "en 2024, développe des services mutualisés aux personnes âgées."),
    ("p", "Le département compte par ailleurs 34 structures d’insertion par l’activité "
          "économique (SIAE), qui ont accompagné 1 260 salariés en parcours d’insertion en "
          "2023, ainsi que 19 tiers-lieux, dont 11 sont situés dans des communes de moins de "
          "2 000 habitants."),
    ("h1", "7. Enjeux et recommandations"),
    ("p", "Au terme de ce diagnostic, le comité de suivi a retenu cinq recommandations, qui "
          "serviront de base au futur plan départemental en faveur de l’ESS :"),
    ("numbered", [
        "renforcer l’attractivité des métiers du soin et de l’accompagnement, en lien avec les "
        "organismes de formation ;",
        "accompagner le renouvellement des dirigeants bénévoles, par un programme de formation "
        "et de parrainage ;",
        "faciliter l’accès des structures de l’ESS à la commande publique départementale ;",
        "soutenir l’émergence de nouveaux PTCE dans les territoires ruraux ;",
        "consolider l’observation de l’ESS grâce à une mise à jour annuelle des indicateurs "
        "clés.",
    ]),
    ("p", "Pour 2025, le Département consacre 1,35 million d’euros au Fonds départemental "
          "d’initiatives solidaires (FDIS), en hausse de 12,5 % par rapport à 2024. Ce fonds "
          "finance l’amorçage de projets collectifs, dans la limite de 40 000 € par projet, "
          "ainsi que l’accompagnement des structures en difficulté."),
    ("h1", "8. Gouvernance du diagnostic"),
    ("p", "Le diagnostic a été piloté par un comité de suivi présidé par Marc-Antoine Delpech, "
          "vice-président chargé de l’économie de proximité et de l’ESS. La coordination "
          "technique a été assurée par Nathalie Guérin, directrice de l’attractivité et de "
          "l’économie solidaire, et par Sonia Berthelot, chargée de mission ESS à l’Observatoire "
          "départemental, qui a conduit l’enquête et l’analyse des données."),
    ("p", "Le comité de suivi s’est réuni à quatre reprises entre juin 2024 et février 2025. Il "
          "associait des représentants de la CRESS des Hautes-Marches, de l’Union "
          "départementale des associations, de la fédération des coopératives agricoles, des "
          "services de l’État et de trois intercommunalités. Le document a été présenté en "
          "commission permanente le 7 avril 2025."),
    ("pagebreak",),
    ("h1", "Annexes"),
    ("h2", "A. Les pôles territoriaux de coopération économique du département"),
    ("table", "Tableau 4 – Les trois PTCE de l’Ysène en 2025",
     ["PTCE", "Commune siège", "Création", "Membres", "Filière principale"],
     [["Ysène Réemploi", "Castelvire", "2019", "17", "Réemploi et économie circulaire"],
      ["Les Communs du Plateau", "Saint-Aulde", "2021", "12", "Alimentation et circuits courts"],
      ["Lormaigne Services", "Sauvignac-sur-Lormaigne", "2024", "9",
       "Services aux personnes âgées"]],
     (38, 46, 18, 20, 44), ("LEFT", "LEFT", "CENTER", "CENTER", "LEFT"), False),
    ("source", "Source : déclarations des PTCE, mars 2025. Le nombre de membres inclut les "
               "collectivités et les entreprises hors ESS."),
    ("h2", "B. Sigles utilisés"),
    ("bullets", [
        "APA : allocation personnalisée d’autonomie",
        "CRESS : chambre régionale de l’économie sociale et solidaire",
        "CUMA : coopérative d’utilisation de matériel agricole",
        "ESUS : entreprise solidaire d’utilité sociale",
        "FDIS : Fonds départemental d’initiatives solidaires",
        "PTCE : pôle territorial de coopération économique",
        "SIAE : structure d’insertion par l’activité économique",
    ]),
    ("h2", "C. Glossaire"),
    ("gloss", [
        ("Établissement employeur", "unité géographique d’une entreprise ayant au moins un "
         "salarié au 31 décembre de l’année considérée."),
        ("Insertion par l’activité économique", "dispositif permettant à des personnes "
         "éloignées de l’emploi de bénéficier d’un contrat de travail assorti d’un "
         "accompagnement social et professionnel."),
        ("Tiers-lieu", "espace partagé ouvert au public, qui associe des activités économiques, "
         "culturelles ou sociales et dont la gouvernance implique ses usagers."),
        ("Lucrativité limitée", "principe selon lequel la majorité des bénéfices est consacrée "
         "au maintien ou au développement de l’activité, les réserves obligatoires constituées "
         "ne pouvant pas être distribuées."),
    ]),
    ("p", "Contact : Observatoire départemental de l’ESS, Hôtel du Département, 2 cours "
          "Lamarque, Bréviac – observatoire.ess@ysene.fr"),
]


class ReportPDF(FPDF):
    TEAL = (0, 86, 102)

    def __init__(self):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.typeset: list[tuple[int, int, str]] = []   # (first page, last page, text)

    def header(self):
        if self.page_no() == 1:
            self.set_y(16)
            return
        self.set_font("Sans", "", 8)
        self.set_text_color(95, 95, 95)
        self.set_xy(self.l_margin, 10)
        self.cell(0, 5, "Diagnostic de l’économie sociale et solidaire en Ysène", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Édition 2025", align="R")
        self.set_draw_color(*self.TEAL)
        self.set_line_width(0.3)
        self.line(self.l_margin, 16.5, self.w - self.r_margin, 16.5)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(180, 180, 180)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font("Sans", "", 8)
        self.set_text_color(95, 95, 95)
        self.cell(0, 6, f"Conseil départemental de l’Ysène · page {self.page_no()}/{{nb}}",
                  align="C")
        self.set_text_color(0, 0, 0)


def build_pdf(path: Path, protected: set[str]) -> ReportPDF:
    dic = pyphen.Pyphen(lang="fr_FR") if pyphen else None
    manual = {"départemental": "départe\u00admental", "accompagnement": "accompagne\u00adment",
              "intercommunalités": "intercommu\u00adnalités",
              "établissements": "établisse\u00adments"}

    def hyph(text: str) -> str:
        def one(m: re.Match) -> str:
            w = m.group(0)
            if len(w) < 10 or not w[0].islower() or w.lower() in protected:
                return w
            if dic:
                return dic.inserted(w, hyphen=SHY)
            return manual.get(w, w)
        return re.sub(r"[A-Za-zÀ-ÖØ-öø-ÿœŒ]+", one, text)

    pdf = ReportPDF()
    pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("Sans", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(left=22, top=22, right=22)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(PDF_TITLE)
    pdf.set_author(PDF_AUTHOR)
    pdf.set_subject("Diagnostic territorial de l’économie sociale et solidaire, données 2023")
    pdf.set_keywords("ESS, économie sociale et solidaire, Ysène, emploi, diagnostic, PTCE")
    pdf.set_creator("Observatoire départemental de l’ESS")
    pdf.set_producer("Observatoire départemental de l’ESS")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(dt.datetime(2025, 4, 7, 9, 0, tzinfo=dt.UTC))
    pdf.set_section_title_styles(
        TextStyle(font_family="Sans", font_style="B", font_size_pt=13, color=ReportPDF.TEAL,
                  t_margin=3, b_margin=2),
        TextStyle(font_family="Sans", font_style="B", font_size_pt=11, color=ReportPDF.TEAL,
                  t_margin=2, b_margin=1.5))
    pdf.add_page()
    body_w = pdf.w - pdf.l_margin - pdf.r_margin
    LH = 5.1

    def room(h: float):
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()

    def text_block(text: str, w: float, h: float, align: str, font, x=None, md=False):
        text = hyph(fr_typo(text))
        pdf.set_font(*font)
        if x is not None:
            pdf.set_x(x)
        lines = pdf.multi_cell(w, h, text, align=align, dry_run=True, markdown=md,
                               output=MethodReturnValue.LINES)
        first = pdf.page_no()
        if x is not None:
            pdf.set_x(x)
        pdf.multi_cell(w, h, text, align=align, markdown=md,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.typeset.append((first, pdf.page_no(), "\n".join(lines).replace("**", "")))

    for block in PDF_BLOCKS:
        kind = block[0]
        if kind == "title":
            pdf.set_fill_color(*ReportPDF.TEAL)
            pdf.rect(0, 0, pdf.w, 8, style="F")
            pdf.set_font("Sans", "B", 9)
            pdf.set_text_color(*ReportPDF.TEAL)
            pdf.cell(0, 6, "DÉPARTEMENT DE L’YSÈNE · OBSERVATOIRE DÉPARTEMENTAL DE L’ESS",
                     new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
            pdf.set_font("Sans", "B", 21)
            pdf.multi_cell(0, 9.5, "Diagnostic de l’économie sociale\net solidaire en Ysène",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.typeset.append((1, 1, "Diagnostic de l’économie sociale\net solidaire en Ysène"))
            pdf.ln(1)
            pdf.set_font("Sans", "", 12.5)
            pdf.set_text_color(60, 60, 60)
            sub = "Édition 2025 – données au 31 décembre 2023"
            pdf.cell(0, 7, sub, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("Sans", "I", 9.5)
            pub = "Publication du Conseil départemental de l’Ysène – avril 2025"
            pdf.cell(0, 6, pub, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.typeset.append((1, 1, sub + "\n" + pub))
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(*ReportPDF.TEAL)
            pdf.set_line_width(0.8)
            pdf.ln(3)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 40, pdf.get_y())
            pdf.ln(6)
        elif kind == "h1":
            room(28)
            pdf.ln(2)
            pdf.start_section(block[1], level=0)
            pdf.ln(1.5)
            pdf.typeset.append((pdf.page_no(), pdf.page_no(), block[1]))
        elif kind == "h2":
            room(24)
            pdf.ln(1)
            pdf.start_section(block[1], level=1)
            pdf.ln(1)
            pdf.typeset.append((pdf.page_no(), pdf.page_no(), block[1]))
        elif kind == "p":
            text_block(block[1], 0, LH, "J", ("Serif", "", 10))
            pdf.ln(2.2)
        elif kind == "sign":
            pdf.ln(0.5)
            text_block(block[1], 0, 5, "R", ("Serif", "B", 10))
            text_block(block[2], 0, 5, "R", ("Serif", "I", 9.5))
            pdf.ln(3)
        elif kind in ("bullets", "numbered"):
            for i, item in enumerate(block[1], 1):
                room(LH * 2)
                pdf.set_font("Serif", "", 10)
                pdf.set_x(pdf.l_margin + 4)
                mark = "•" if kind == "bullets" else f"{i}."
                pdf.cell(6, LH, mark)
                text_block(item, body_w - 10, LH, "J", ("Serif", "", 10),
                           x=pdf.l_margin + 10)
                pdf.ln(0.8)
            pdf.ln(1.6)
        elif kind == "gloss":
            for term, definition in block[1]:
                room(LH * 2)
                text_block(f"**{term}** : {definition}", 0, LH, "J", ("Serif", "", 10), md=True)
                pdf.ln(1.4)
            pdf.ln(1)
        elif kind == "pagebreak":
            pdf.add_page()
        elif kind == "table":
            _, caption, headers, rows, widths = block[:5]
            aligns = block[5] if len(block) > 5 else ("LEFT", "RIGHT", "RIGHT", "RIGHT")
            bold_last = block[6] if len(block) > 6 else True
            room(12 + 6.5 * (len(rows) + 1))
            pdf.set_font("Sans", "B", 9)
            pdf.set_text_color(*ReportPDF.TEAL)
            pdf.multi_cell(0, 5, caption, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1.5)
            first = pdf.page_no()
            pdf.set_font("Sans", "", 8.8)
            pdf.set_draw_color(160, 160, 160)
            pdf.set_line_width(0.2)
            pdf.set_fill_color(236, 244, 246)
            with pdf.table(col_widths=widths, width=sum(widths),
                           text_align=aligns,
                           headings_style=FontFace(emphasis="B", color=(255, 255, 255),
                                                   fill_color=ReportPDF.TEAL),
                           line_height=5.6, padding=1.2,
                           cell_fill_color=(236, 244, 246), cell_fill_mode="ROWS") as table:
                hrow = table.row()
                for h in headers:
                    hrow.cell(h, align="CENTER")
                for r in rows:
                    style = FontFace(emphasis="B") if bold_last and r is rows[-1] else None
                    row = table.row(style=style)
                    for c in r:
                        row.cell(fr_typo(c))
            lines = [caption, " | ".join(headers)] + [" | ".join(fr_typo(c) for c in r)
                                                     for r in rows]
            pdf.typeset.append((first, pdf.page_no(), "\n".join(lines)))
            pdf.ln(2.5)
        elif kind == "source":
            text_block(block[1], 0, 4.2, "L", ("Sans", "I", 8))
            pdf.ln(3)
        else:  # pragma: no cover
            raise ValueError(kind)

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return pdf


# ---------------------------------------------------------------------------
# b. HTML — page web de la Communauté de communes du Pays de Brenoux
# ---------------------------------------------------------------------------
def html_typo(s: str) -> str:
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "&nbsp;", s)
    return s.replace(" €", "&nbsp;€").replace(" %", "&nbsp;%")


def hp(text: str, indent: int = 8, cls: str | None = None) -> str:
    """A <p> whose source text is wrapped over several lines."""
    pad = " " * indent
    body = wrap(html_typo(text), 88, pad + "  ", pad + "  ")
    attr = f' class="{cls}"' if cls else ""
    return f"{pad}<p{attr}>\n{body}\n{pad}</p>"


def hli(items: list[str], indent: int = 8) -> str:
    pad = " " * indent
    out = [f"{pad}<ul>"]
    for it in items:
        body = wrap(html_typo(it), 88, pad + "  <li>", pad + "    ")
        out.append(f"{body}</li>")
    out.append(f"{pad}</ul>")
    return "\n".join(out)


def build_html(path: Path) -> None:
    P = []
    P.append(hp("La Communauté de communes du Pays de Brenoux lance la deuxième édition de son "
                "appel à projets destiné à soutenir la création et le développement de "
                "tiers-lieux et de coopérations entre acteurs de l'économie sociale et solidaire "
                "(ESS) sur ses 27 communes. Les dossiers peuvent être déposés jusqu'au "
                "28 avril 2025 à 12 h.", cls="chapo"))
    intro = "\n".join(P)
    why = "\n".join([
        hp("Depuis l'adoption de sa stratégie de développement économique en 2023, la "
           "Communauté de communes a fait de l'ESS l'un de ses cinq axes prioritaires. Sur le "
           "territoire, l'ESS représente 1 930 emplois salariés, soit 14,6 % de l'emploi salarié "
           "privé, et s'appuie sur un tissu d'environ 380 associations actives."),
        hp("Lors de la première édition, en 2024, sept projets ont été soutenus pour un montant "
           "total de 186 000 €. Ils ont permis de créer ou de consolider 42 emplois, dont 15 en "
           "contrat d'insertion. Parmi eux figurent La Fabrique de Saugeval, un atelier partagé "
           "de réparation et de menuiserie, et l'Épicerie coopérative des Quatre Vents, à "
           "Villefort-d'Ambre."),
        "        <blockquote>",
        hp("« Les tiers-lieux sont devenus des lieux de vie indispensables dans nos bourgs. Avec "
           "cet appel à projets, nous voulons aider les habitants et les associations à "
           "transformer une idée en activité durable », souligne Jean-Baptiste Morvan, "
           "vice-président chargé du développement économique et de l'ESS.", indent=10),
        "        </blockquote>",
    ])
    who = "\n".join([
        hp("L'appel à projets est ouvert aux structures suivantes, dès lors que le projet est "
           "réalisé sur le territoire du Pays de Brenoux :"),
        hli(["les associations régies par la loi du 1er juillet 1901, déclarées depuis au moins "
             "un an ;",
             "les sociétés coopératives et participatives (SCOP) et les sociétés coopératives "
             "d'intérêt collectif (SCIC) ;",
             "les entreprises bénéficiant de l'agrément « entreprise solidaire d'utilité "
             "sociale » (ESUS) ;",
             "les communes de moins de 3 500 habitants, à condition de porter le projet avec au "
             "moins une association partenaire."]),
        hp("Les particuliers, les entreprises individuelles et les sociétés commerciales ne "
           "disposant pas de l'agrément ESUS ne sont pas éligibles. Un même porteur ne peut "
           "déposer qu'un seul dossier par édition."),
    ])
    rows = [
        ("1 – Émergence", "Études de faisabilité, préfiguration, mobilisation des habitants",
         "8 000 €", "80 %", "12 mois"),
        ("2 – Création ou extension", "Travaux d'aménagement, équipement, mobilier",
         "30 000 €", "60 %", "24 mois"),
        ("3 – Coopérations", "Mutualisation d'emplois, de locaux ou de matériel entre au moins "
         "deux structures", "15 000 €", "50 %", "18 mois"),
    ]
    def tr(r):
        cells = [f'              <th scope="row">{html_typo(r[0])}</th>']
        cells += [f"              <td>{html_typo(c)}</td>" for c in r[1:]]
        return "            <tr>\n" + "\n".join(cells) + "\n            </tr>"
    trs = "\n".join(tr(r) for r in rows)
    volets = "\n".join([
        hp("L'enveloppe globale s'élève à 240 000 € pour l'année 2025. Elle est répartie entre "
           "trois volets, qui correspondent à différents stades d'avancement des projets :"),
        '        <div class="table-responsive">',
        '          <table class="table-aap">',
        "            <caption>Montants et taux d'aide par volet</caption>",
        "            <thead>",
        "            <tr>",
        '              <th scope="col">Volet</th>',
        '              <th scope="col">Projets concernés</th>',
        '              <th scope="col">Aide maximale</th>',
        '              <th scope="col">Taux maximal</th>',
        '              <th scope="col">Durée de réalisation</th>',
        "            </tr>",
        "            </thead>",
        "            <tbody>",
        trs,
        "            </tbody>",
        "          </table>",
        "        </div>",
        hp("Le montant minimal de dépenses éligibles est fixé à 5 000 € par projet. Les dépenses "
           "de fonctionnement courant (loyers, salaires des postes permanents) ne sont pas prises "
           "en charge, à l'exception des frais d'animation engagés au cours de la première "
           "année pour le volet 2, dans la limite de 20 % de l'aide accordée."),
    ])
    criteria = "\n".join([
        hp("Les dossiers seront examinés par un comité de sélection composé d'élus "
           "communautaires, de représentants des réseaux de l'ESS et de partenaires financeurs. "
           "Ils seront notés sur 100 points selon les critères suivants :"),
        hli(["l'ancrage territorial et la réponse à un besoin identifié localement (25 points) ;",
             "la dimension collective et coopérative du projet, avec une gouvernance associant "
             "les usagers (25 points) ;",
             "la viabilité économique et la diversité des ressources (20 points) ;",
             "l'impact social, notamment en matière d'emploi et d'inclusion (20 points) ;",
             "la prise en compte de la transition écologique (10 points)."]),
        hp("Une note minimale de 60 points est requise pour qu'un projet puisse être retenu. Les "
           "projets situés dans une commune dépourvue de commerce ou de service de proximité "
           "bénéficient d'une bonification de 5 points."),
    ])
    calendar = hli([
        "<strong>3 février 2025</strong> : lancement de l'appel à projets ;",
        "<strong>6 mars 2025 à 18 h 30</strong> : réunion d'information à La Fabrique de "
        "Saugeval (entrée libre) ;",
        "<strong>28 avril 2025 à 12 h</strong> : date limite de dépôt des dossiers ;",
        "<strong>juin 2025</strong> : audition des porteurs de projets et réunion du comité de "
        "sélection ;",
        "<strong>10 juillet 2025</strong> : vote des subventions en conseil communautaire.",
    ])
    how = "\n".join([
        hp("Le dossier de candidature est à déposer exclusivement sur la plateforme en ligne de "
           "la Communauté de communes. Il comprend une présentation du projet, un budget "
           "prévisionnel équilibré, les statuts de la structure et une lettre d'engagement des "
           "partenaires. Avant tout dépôt, les porteurs sont invités à solliciter un entretien "
           "préalable avec le service Développement économique : cet entretien n'est pas "
           "obligatoire, mais il est vivement recommandé."),
        hp("Pour tout renseignement, vous pouvez contacter Camille Ravanel, chargée de mission "
           "économie sociale et solidaire, au 03 99 41 27 60 ou par courriel à "
           '<a href="mailto:ess@paysdebrenoux.fr">ess@paysdebrenoux.fr</a>.'),
        '        <p class="download">',
        '          <a href="/medias/documents/aap-tiers-lieux-2025-reglement.pdf" '
        'class="btn-download">',
        "            Télécharger le règlement de l'appel à projets (PDF, 300 Ko)",
        "          </a>",
        "        </p>",
        '        <p class="download">',
        '          <a href="/medias/documents/aap-tiers-lieux-2025-dossier.docx" '
        'class="btn-download">',
        "            Télécharger le dossier de candidature (DOCX, 85 Ko)",
        "          </a>",
        "        </p>",
    ])
    page = f"""<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Appel à projets « Tiers-lieux et coopérations solidaires » 2025 | Communauté de communes du Pays de Brenoux</title>
  <meta name="description" content="La Communauté de communes du Pays de Brenoux lance son appel à projets 2025 pour soutenir les tiers-lieux et les coopérations de l'économie sociale et solidaire. Dépôt des dossiers jusqu'au 28 avril 2025.">
  <meta name="author" content="Communauté de communes du Pays de Brenoux – service Développement économique">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Appel à projets « Tiers-lieux et coopérations solidaires » 2025">
  <meta property="og:site_name" content="Communauté de communes du Pays de Brenoux">
  <meta property="og:url" content="https://www.paysdebrenoux.fr/entreprendre/ess/appel-a-projets-tiers-lieux-2025">
  <meta property="og:image" content="https://www.paysdebrenoux.fr/medias/images/fabrique-saugeval.jpg">
  <meta property="article:published_time" content="2025-02-03T09:30:00+01:00">
  <meta property="article:modified_time" content="2025-02-17T16:12:00+01:00">
  <meta property="article:section" content="Économie sociale et solidaire">
  <link rel="canonical" href="https://www.paysdebrenoux.fr/entreprendre/ess/appel-a-projets-tiers-lieux-2025">
  <link rel="stylesheet" href="/themes/brenoux/css/main.min.css?v=3.4.2">
  <script src="/themes/brenoux/js/tarteaucitron-lite.js" defer></script>
  <script>
    window.dataLayer = window.dataLayer || [];
    function consent(v) {{ document.getElementById('cookie-banner').hidden = true; dataLayer.push({{'consent': v}}); }}
  </script>
</head>
<body class="page-article section-entreprendre">
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
    <p>
      Ce site utilise des cookies pour mesurer son audience et améliorer votre navigation.
      Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix.
    </p>
    <button type="button" onclick="consent('all')">Tout accepter</button>
    <button type="button" onclick="consent('none')">Tout refuser</button>
    <a href="/gestion-des-cookies">Personnaliser</a>
  </div>
  <a class="skip-link" href="#contenu">Aller au contenu</a>
  <header class="site-header">
    <div class="brand">
      <a href="/"><img src="/themes/brenoux/img/logo-pays-de-brenoux.svg" alt="Communauté de communes du Pays de Brenoux – retour à l'accueil" width="180" height="64"></a>
    </div>
    <form class="search" action="/recherche" role="search">
      <label for="q" class="sr-only">Rechercher</label>
      <input id="q" name="q" type="search" placeholder="Rechercher sur le site">
    </form>
    <nav class="main-nav" aria-label="Menu principal">
      <ul>
        <li><a href="/">Accueil</a></li>
        <li><a href="/vivre">Vivre au Pays de Brenoux</a></li>
        <li class="active"><a href="/entreprendre">Entreprendre</a></li>
        <li><a href="/environnement">Environnement et déchets</a></li>
        <li><a href="/mobilites">Mobilités</a></li>
        <li><a href="/la-communaute">La Communauté</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Fil d'Ariane">
    <ol>
      <li><a href="/">Accueil</a></li>
      <li><a href="/entreprendre">Entreprendre</a></li>
      <li><a href="/entreprendre/ess">Économie sociale et solidaire</a></li>
      <li aria-current="page">Appel à projets Tiers-lieux 2025</li>
    </ol>
  </nav>
  <div class="layout">
    <main id="contenu" class="content">
      <article class="article">
        <p class="category"><a href="/actualites?theme=ess">Économie sociale et solidaire</a></p>
        <h1>Appel à projets « Tiers-lieux et coopérations solidaires » 2025</h1>
        <p class="dates">
          Publié le <time datetime="2025-02-03">3 février 2025</time> –
          mis à jour le <time datetime="2025-02-17">17 février 2025</time>
        </p>
        <ul class="share" aria-label="Partager cette page">
          <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.paysdebrenoux.fr%2Fentreprendre%2Fess%2Fappel-a-projets-tiers-lieux-2025">Partager sur Facebook</a></li>
          <li><a href="https://www.linkedin.com/shareArticle?url=https%3A%2F%2Fwww.paysdebrenoux.fr%2Fentreprendre%2Fess%2Fappel-a-projets-tiers-lieux-2025">Partager sur LinkedIn</a></li>
          <li><a href="mailto:?subject=Appel%20%C3%A0%20projets%20Tiers-lieux%202025">Envoyer par courriel</a></li>
          <li><a href="javascript:window.print()">Imprimer</a></li>
        </ul>
        <figure class="article-image">
          <img src="/medias/images/fabrique-saugeval.jpg" alt="Atelier partagé de La Fabrique de Saugeval" width="960" height="540">
          <figcaption>La Fabrique de Saugeval, tiers-lieu soutenu en 2024. Photo : © Pays de Brenoux / Léa Fontanel</figcaption>
        </figure>
{intro}
        <h2>Pourquoi cet appel à projets ?</h2>
{why}
        <h2>Qui peut candidater ?</h2>
{who}
        <h2>Les trois volets de l'appel à projets</h2>
{volets}
        <h2>Critères de sélection</h2>
{criteria}
        <h2>Calendrier</h2>
{calendar}
        <h2>Comment déposer un dossier ?</h2>
{how}
        <p class="tags">Mots-clés : <a href="/tags/ess">ESS</a>, <a href="/tags/tiers-lieux">tiers-lieux</a>, <a href="/tags/subventions">subventions</a></p>
      </article>
    </main>
    <aside class="sidebar" aria-label="Informations complémentaires">
      <section class="box box-key">
        <h2 class="box-title">En un coup d'œil</h2>
        <dl>
          <dt>Date limite</dt><dd>28 avril 2025, 12 h</dd>
          <dt>Enveloppe</dt><dd>240&nbsp;000&nbsp;€</dd>
          <dt>Bénéficiaires</dt><dd>associations, coopératives, entreprises ESUS, petites communes</dd>
        </dl>
      </section>
      <section class="box">
        <h2 class="box-title">Documents</h2>
        <ul>
          <li><a href="/medias/documents/aap-tiers-lieux-2025-reglement.pdf">Règlement 2025 (PDF, 300 Ko)</a></li>
          <li><a href="/medias/documents/bilan-aap-2024.pdf">Bilan de l'édition 2024 (PDF, 1,2 Mo)</a></li>
        </ul>
      </section>
      <section class="box">
        <h2 class="box-title">À lire aussi</h2>
        <ul>
          <li><a href="/actualites/strategie-alimentaire-territoriale">Le Pays de Brenoux adopte sa stratégie alimentaire territoriale</a></li>
          <li><a href="/entreprendre/aides-immobilier-entreprise">Aides à l'immobilier d'entreprise</a></li>
          <li><a href="/actualites/forum-emploi-2025">Forum de l'emploi : rendez-vous le 14 mai</a></li>
        </ul>
      </section>
      <section class="box box-newsletter">
        <h2 class="box-title">Lettre d'information</h2>
        <form action="/newsletter" method="post">
          <label for="nl-email">Votre adresse électronique</label>
          <input id="nl-email" name="email" type="email">
          <button type="submit">S'inscrire</button>
        </form>
      </section>
    </aside>
  </div>
  <footer class="site-footer">
    <div class="footer-address">
      <p>
        <strong>Communauté de communes du Pays de Brenoux</strong><br>
        Hôtel communautaire – 12 rue des Tanneurs – Brenoux<br>
        Accueil du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h
      </p>
    </div>
    <ul class="footer-links">
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
      <li><a href="/gestion-des-cookies">Gestion des cookies</a></li>
      <li><a href="/donnees-personnelles">Données personnelles</a></li>
    </ul>
    <ul class="footer-social">
      <li><a href="https://www.facebook.com/paysdebrenoux">Facebook</a></li>
      <li><a href="https://www.linkedin.com/company/paysdebrenoux">LinkedIn</a></li>
    </ul>
    <p class="copyright">© 2025 Communauté de communes du Pays de Brenoux</p>
  </footer>
</body>
</html>
"""
    path.write_text(page, encoding="utf-8")


# ---------------------------------------------------------------------------
# c. Markdown — compte rendu du comité de pilotage du PTCE Rives d'Orvanne
# ---------------------------------------------------------------------------
def md_par(text: str, width: int = 80) -> str:
    return wrap(text, width)


def md_item(text: str, marker: str = "-", width: int = 80) -> str:
    first = marker + " "
    return wrap(text, width, first, " " * len(first))


def md_quote(text: str, width: int = 80) -> str:
    return wrap(text, width, "> ", "> ")


def build_md(path: Path) -> None:
    out: list[str] = []
    add = out.append
    add("---")
    add('title: "Compte rendu du comité de pilotage du PTCE Rives d’Orvanne – séance du '
        '12 juin 2025"')
    add('publisher: "Communauté d’agglomération de Castel-Orvanne"')
    add("date: 2025-06-12")
    add('territory: "Agglomération de Castel-Orvanne"')
    add('author: "Inès Carvalho, secrétaire de séance"')
    add("lang: fr")
    add("---")
    add("")
    add("# Comité de pilotage du PTCE Rives d’Orvanne")
    add("")
    add("## Compte rendu de la séance du jeudi 12 juin 2025")
    add("")
    add("**Lieu :** Maison des coopérations, 4 quai des Mariniers, Castel-Orvanne  ")
    add("**Horaires :** 14 h 05 – 17 h 10  ")
    add("**Secrétaire de séance :** Inès Carvalho")
    add("")
    add(md_par("Le pôle territorial de coopération économique (PTCE) Rives d’Orvanne a été créé "
               "en 2021 à l’initiative de l’association Orvanne Solidaire et de la Communauté "
               "d’agglomération. Il réunit des entreprises de l’ESS, des entreprises "
               "classiques, des collectivités et des organismes de formation autour de trois "
               "filières : le réemploi, l’alimentation locale et les services aux habitants. "
               "Son comité de pilotage compte 15 membres disposant d’une voix délibérative."))
    add("")
    add("## Participants")
    add("")
    add("### Membres présents")
    add("")
    for p in [
        "Agnès Delaunay-Fabre, présidente du PTCE et présidente de l’association Orvanne "
        "Solidaire",
        "Thomas Kerbellec, vice-président de la Communauté d’agglomération chargé de "
        "l’économie sociale et solidaire et de l’emploi",
        "Claudine Perrot, adjointe au maire de Castel-Orvanne déléguée au commerce et à "
        "l’artisanat",
        "Mireille Sautel, directrice de la Ressourcerie des Berges",
        "Karim Benhadji, gérant de la SCIC Terres d’Orvanne",
        "Gwenaëlle Prigent, directrice de l’entreprise d’insertion Orvanne Bois",
        "Salomé Achard, cogérante de la SCOP Imprimerie du Pont-Neuf",
        "Denis Vautrin, président de la Régie de territoire du Haut-Orvanne",
        "Rachid Meziane, proviseur du lycée professionnel des Tanneries",
        "Jérôme Lagarde, directeur de la Mission locale des Rives d’Orvanne",
        "Martine Ollivier, représentante du collège des habitants",
    ]:
        add(md_item(p))
    add("")
    add("### Assistaient également, sans voix délibérative")
    add("")
    for p in [
        "Lucie Demarchi, coordinatrice du PTCE",
        "Hugo Ferrand, chargé d’affaires au Fonds régional d’innovation sociale",
        "Inès Carvalho, chargée de mission ESS à la Communauté d’agglomération",
    ]:
        add(md_item(p))
    add("")
    add("### Excusés")
    add("")
    add(md_item("Bernard Lhoste, maire de Saint-Phalier (pouvoir donné à Thomas Kerbellec)"))
    add(md_item("Fanny Oudin, directrice de la Fondation Orvanne Avenir"))
    add(md_item("Pierre-Yves Gallet, président du club d’entreprises Orvanne Industries"))
    add("")
    add("## Ordre du jour")
    add("")
    for i, item in enumerate([
        "Approbation du compte rendu de la séance du 13 mars 2025",
        "Bilan d’activité du premier semestre 2025",
        "Projet de légumerie solidaire",
        "Budget 2025 et plan de financement",
        "Recrutement d’un chargé de développement",
        "Questions diverses",
    ], 1):
        add(md_item(item, marker=f"{i}."))
    add("")
    add("## 1. Approbation du compte rendu du 13 mars 2025")
    add("")
    add(md_par("Agnès Delaunay-Fabre ouvre la séance à 14 h 05 et remercie la Maison des "
               "coopérations pour son accueil. Elle constate que 11 membres sont présents et "
               "qu’un membre est représenté : le quorum, fixé à la moitié des membres, est "
               "atteint. Le compte rendu de la séance précédente, adressé aux membres le "
               "2 juin, n’appelle aucune remarque."))
    add("")
    add(md_quote("**Décision n° 1** : le compte rendu de la séance du 13 mars 2025 est approuvé "
                 "à l’unanimité."))
    add("")
    add("## 2. Bilan d’activité du premier semestre 2025")
    add("")
    add(md_par("Lucie Demarchi présente le bilan du semestre. Le PTCE compte désormais "
               "23 structures membres, contre 19 au 31 décembre 2024. Les structures membres "
               "emploient au total 146 salariés, dont 38 en parcours d’insertion, et 11 emplois "
               "ont été créés depuis le 1er janvier."))
    add("")
    add(md_par("Sur la filière réemploi, la Ressourcerie des Berges a collecté 312 tonnes "
               "d’objets au cours du semestre. Le taux de réemploi atteint 58 %, contre 51 % "
               "sur l’ensemble de l’année 2024. Mireille Sautel souligne toutefois que le "
               "manque de surface de stockage oblige la ressourcerie à refuser environ 15 % des "
               "apports, et demande que la recherche d’un second entrepôt soit inscrite parmi "
               "les priorités du second semestre."))
    add("")
    add(md_par("Le groupement d’employeurs Orvanne Compétences, lancé en janvier, met "
               "désormais trois salariés à temps partagé à la disposition de sept structures "
               "membres, sur des fonctions de comptabilité, de communication et de maintenance."))
    add("")
    add("## 3. Projet de légumerie solidaire")
    add("")
    add(md_par("Karim Benhadji présente le projet de légumerie porté par la SCIC Terres "
               "d’Orvanne. Une légumerie est un atelier de lavage, d’épluchage et de découpe de "
               "légumes frais destinés à la restauration collective. L’outil envisagé aurait "
               "une capacité de 350 tonnes par an et approvisionnerait 14 cantines scolaires "
               "ainsi que deux établissements d’hébergement pour personnes âgées dépendantes "
               "(EHPAD) du territoire."))
    add("")
    add(md_par("L’investissement est estimé à 485 000 € HT. Le projet prévoit la création de "
               "six postes en insertion et de deux postes d’encadrants techniques. Il serait "
               "implanté sur l’ancienne friche de la laiterie Moreau, dans la zone des Aulnes, "
               "pour une ouverture visée en septembre 2026."))
    add("")
    add(md_par("Claudine Perrot s’interroge sur la concurrence que la légumerie pourrait faire "
               "aux maraîchers du territoire. Karim Benhadji précise que 70 % des légumes "
               "transformés proviendront de producteurs situés à moins de 50 km, avec lesquels "
               "des contrats pluriannuels seront signés. Thomas Kerbellec indique que "
               "l’agglomération est prête à mettre le terrain à disposition dans le cadre d’un "
               "bail emphytéotique."))
    add("")
    add(md_quote("**Décision n° 2** : le comité valide le lancement de l’étude de faisabilité "
                 "de la légumerie, confiée au cabinet Sillons Conseil pour un montant de "
                 "18 500 € HT. Les conclusions sont attendues en novembre 2025. Vote : 12 voix "
                 "pour."))
    add("")
    add("## 4. Budget 2025 et plan de financement")
    add("")
    add(md_par("Lucie Demarchi présente le budget 2025 du PTCE, qui s’élève à 350 000 €. Les "
               "charges de personnel de l’équipe de coordination en représentent 61 %, le "
               "solde finançant l’animation des filières, les études et la communication. Le "
               "plan de financement s’établit comme suit :"))
    add("")
    add("| Financeur | Montant | Part |")
    add("|:--|--:|--:|")
    for r in [("Communauté d’agglomération de Castel-Orvanne", "120 000 €", "34,3 %"),
              ("Région", "90 000 €", "25,7 %"),
              ("Fonds européens", "60 000 €", "17,1 %"),
              ("Fondation Orvanne Avenir", "35 000 €", "10,0 %"),
              ("Cotisations des membres", "18 000 €", "5,2 %"),
              ("Prestations et ventes", "27 000 €", "7,7 %"),
              ("**Total**", "**350 000 €**", "**100 %**")]:
        add(f"| {r[0]} | {r[1]} | {r[2]} |")
    add("")
    add(md_par("Hugo Ferrand indique que le Fonds régional d’innovation sociale pourra "
               "examiner, lors de son comité d’octobre, une demande complémentaire destinée à "
               "cofinancer l’étude de la légumerie. Salomé Achard regrette que le montant des "
               "cotisations n’ait pas fait l’objet d’un débat préalable entre les membres."))
    add("")
    add(md_quote("**Décision n° 3** : le budget 2025 est adopté par 11 voix pour et "
                 "1 abstention (Salomé Achard)."))
    add("")
    add("## 5. Recrutement d’un chargé de développement")
    add("")
    add(md_par("Face à la croissance du nombre de membres, Agnès Delaunay-Fabre propose de "
               "renforcer l’équipe par le recrutement d’un chargé de développement, qui "
               "appuiera la coordinatrice sur la filière alimentation et la recherche de "
               "financements. Le poste est financé à hauteur de 60 % par la Communauté "
               "d’agglomération pendant trois ans. Le jury de recrutement sera composé "
               "d’Agnès Delaunay-Fabre, de Thomas Kerbellec et de Gwenaëlle Prigent."))
    add("")
    add(md_quote("**Décision n° 4** : le comité autorise le recrutement d’un chargé de "
                 "développement en contrat à durée indéterminée (CDI) à temps plein, à compter "
                 "du 1er octobre 2025. Vote : unanimité."))
    add("")
    add("## 6. Questions diverses")
    add("")
    add(md_item("**Adhésion.** La Régie de quartier des Tilleuls a demandé à rejoindre le "
                "PTCE. Sa candidature est acceptée à l’unanimité (décision n° 5), ce qui porte "
                "à 24 le nombre de structures membres."))
    add(md_item("**Cotisations 2026.** Le bureau propose une cotisation annuelle de 150 € pour "
                "les structures de moins de 10 salariés, de 400 € pour les structures de "
                "10 salariés et plus, et de 1 000 € pour les collectivités. La proposition sera "
                "soumise au vote lors de la prochaine séance."))
    add(md_item("**Forum des coopérations.** Le PTCE organisera son forum annuel le "
                "20 novembre 2025 à la halle aux grains de Castel-Orvanne, dans le cadre du "
                "mois de l’ESS."))
    add("")
    add("## Relevé des décisions")
    add("")
    add("| N° | Objet | Vote |")
    add("|:-:|:--|:--|")
    for r in [("1", "Approbation du compte rendu du 13 mars 2025", "Unanimité"),
              ("2", "Étude de faisabilité de la légumerie (Sillons Conseil)", "12 voix pour"),
              ("3", "Budget 2025", "11 pour, 1 abstention"),
              ("4", "Recrutement d’un chargé de développement en CDI", "Unanimité"),
              ("5", "Adhésion de la Régie de quartier des Tilleuls", "Unanimité")]:
        add(f"| {r[0]} | {r[1]} | {r[2]} |")
    add("")
    add(md_par("L’ordre du jour étant épuisé, la séance est levée à 17 h 10. La prochaine "
               "réunion du comité de pilotage aura lieu le jeudi 2 octobre 2025 à 14 h, à la "
               "Maison des coopérations."))
    add("")
    add(md_par("*Compte rendu établi par Inès Carvalho, secrétaire de séance, et validé par "
               "Agnès Delaunay-Fabre, présidente.*"))
    add("")
    text = "\n".join(out)
    # guard: a wrapped continuation line must not start like a Markdown block marker
    for line in text.splitlines():
        if re.match(r"^\s+([-+*]\s|#|\d+[.)]\s)", line) or re.match(r"^>\s+([-+*]\s|#)", line):
            raise SystemExit(f"Markdown wrap produced a block marker: {line!r}")
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# d. TXT — délibération du conseil municipal de Vaudrelle
# ---------------------------------------------------------------------------
def build_txt(path: Path) -> None:
    W = 75
    out: list[str] = []

    def par(text: str, indent: str = "") -> None:
        out.append(wrap(text, W, indent, " " * len(indent)))
        out.append("")

    def item(text: str, marker: str) -> None:
        out.append(wrap(text, W, marker + " ", " " * (len(marker) + 1)))

    def center(text: str) -> None:
        out.append(text.center(W).rstrip())

    center("RÉPUBLIQUE FRANÇAISE")
    center("Département du Haut-Arnois")
    center("COMMUNE DE VAUDRELLE")
    out.append("")
    center("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL")
    center("Séance du 26 mai 2025")
    out.append("")
    out.append("Délibération n° 2025-058")
    out.append("")
    par("Objet : Adoption de la charte communale pour une commande publique responsable et "
        "solidaire")
    out.append("Nombre de conseillers municipaux en exercice : 29")
    out.append("Présents : 23")
    out.append("Représentés : 4")
    out.append("Votants : 27")
    out.append("")
    par("L'an deux mille vingt-cinq, le vingt-six mai à dix-neuf heures, le Conseil municipal "
        "de la commune de Vaudrelle, légalement convoqué le 19 mai 2025, s'est réuni en séance "
        "publique à l'hôtel de ville, sous la présidence de M. Étienne Charvolin, maire.")
    par("Secrétaire de séance : Mme Léonie Brassac.")
    par("Rapporteure : Mme Sophie Arnaudet, adjointe au maire déléguée aux finances, aux "
        "achats et à l'économie solidaire.")
    out.append("-" * W)
    out.append("")
    par("Le Conseil municipal,")
    par("Vu le code général des collectivités territoriales ;")
    par("Vu le code de la commande publique ;")
    par("Vu l'avis favorable de la commission des finances et des achats réunie le "
        "12 mai 2025 ;")
    par("Considérant que la commune de Vaudrelle consacre chaque année en moyenne 6,8 millions "
        "d'euros à l'achat de fournitures, de services et de travaux ;")
    par("Considérant qu'en 2024, seuls 3,2 % de ce montant, soit environ 218 000 euros, ont "
        "été attribués à des structures de l'économie sociale et solidaire (ESS) ;")
    par("Considérant qu'en 2024, 4 350 heures d'insertion ont été réalisées par des personnes "
        "éloignées de l'emploi dans le cadre des marchés passés par la commune ;")
    par("Considérant que les structures d'insertion par l'activité économique (SIAE) et les "
        "établissements et services d'aide par le travail (ESAT) implantés sur le territoire "
        "disposent de compétences reconnues dans l'entretien des espaces verts, la propreté "
        "des locaux, la restauration et le réemploi ;")
    par("Considérant que la commande publique constitue un levier essentiel pour soutenir "
        "l'emploi local et l'inclusion des personnes éloignées de l'emploi ;")
    par("Après avoir entendu l'exposé de la rapporteure et en avoir délibéré,")
    par("DÉCIDE :")
    out.append("Article 1 - Objet")
    out.append("")
    par("Le Conseil municipal adopte la charte communale pour une commande publique "
        "responsable et solidaire, annexée à la présente délibération. La charte s'applique à "
        "l'ensemble des achats de la commune et de son centre communal d'action sociale (CCAS) "
        "à compter du 1er septembre 2025.")
    out.append("Article 2 - Objectifs chiffrés")
    out.append("")
    par("La commune se fixe les objectifs suivants :")
    item("porter à 10 % d'ici 2028 la part des achats attribués à des structures de "
         "l'économie sociale et solidaire ;", "1.")
    item("inclure une clause sociale d'insertion dans au moins 25 % des marchés de travaux et "
         "de services d'un montant supérieur à 90 000 euros hors taxes ;", "2.")
    item("réserver chaque année au moins deux marchés ou lots à des SIAE ou à des ESAT ;", "3.")
    item("porter à 60 % la part des produits durables et de qualité servis dans les "
         "restaurants scolaires.", "4.")
    out.append("")
    out.append("Article 3 - Principes")
    out.append("")
    par("La commune s'engage à respecter les principes suivants dans la préparation et "
        "l'exécution de ses marchés :")
    item("l'allotissement des marchés, afin de permettre l'accès des petites structures ;",
         "a)")
    item("la publication d'un programme prévisionnel des achats, mis à jour chaque année au "
         "mois de janvier ;", "b)")
    item("la simplification des dossiers de candidature ;", "c)")
    item("le paiement des factures dans un délai de 20 jours, inférieur au délai légal de "
         "30 jours ;", "d)")
    item("le dialogue régulier avec les acteurs économiques du territoire, notamment au "
         "travers d'une rencontre annuelle \"Acheteurs et fournisseurs solidaires\".", "e)")
    out.append("")
    out.append("Article 4 - Comité de suivi")
    out.append("")
    par("Il est créé un comité de suivi de la charte, présidé par l'adjointe au maire déléguée "
        "aux finances, aux achats et à l'économie solidaire. Il est composé de :")
    item("trois conseillers municipaux, dont un issu de l'opposition ;", "-")
    item("la directrice de la commande publique ;", "-")
    item("deux représentants des structures de l'ESS du territoire, désignés par le réseau "
         "\"Arne Solidaire\" ;", "-")
    item("le facilitateur des clauses sociales mentionné à l'article 5.", "-")
    out.append("")
    par("Le comité se réunit au moins deux fois par an.")
    out.append("Article 5 - Facilitateur des clauses sociales")
    out.append("")
    par("La mission de facilitateur des clauses sociales est confiée à l'association "
        "Passerelles Emploi Arnois, par voie de convention, pour une durée de trois ans. Le "
        "facilitateur conseille les services dans la rédaction des clauses, accompagne les "
        "entreprises attributaires et assure le suivi des heures d'insertion réalisées. La "
        "participation financière de la commune s'élève à 21 000 euros par an, correspondant "
        "à un mi-temps (0,5 équivalent temps plein).")
    out.append("Article 6 - Évaluation")
    out.append("")
    par("Un bilan annuel de la mise en oeuvre de la charte est présenté au Conseil municipal "
        "avant le 30 juin de chaque année. Il précise notamment le montant des achats attribués "
        "à des structures de l'ESS, le nombre d'heures d'insertion réalisées et le délai moyen "
        "de paiement des factures.")
    out.append("Article 7 - Dispositions financières")
    out.append("")
    par("Les dépenses correspondantes sont imputées au budget principal de la commune, "
        "chapitre 011 \"Charges à caractère général\".")
    out.append("Article 8 - Exécution")
    out.append("")
    par("Le maire et la directrice générale des services sont chargés, chacun en ce qui le "
        "concerne, de l'exécution de la présente délibération.")
    out.append("Article 9 - Voies de recours")
    out.append("")
    par("La présente délibération peut faire l'objet d'un recours devant le tribunal "
        "administratif dans un délai de deux mois à compter de sa publication. Le tribunal "
        "administratif peut être saisi par l'application informatique Télérecours citoyens.")
    out.append("-" * W)
    out.append("")
    par("Résultat du vote : la délibération est adoptée par 25 voix pour, 0 voix contre et "
        "2 abstentions (M. Rémi Castaing, Mme Odile Frémont).")
    par("Fait et délibéré les jour, mois et an susdits.")
    out.append("Pour extrait conforme,")
    out.append("À Vaudrelle, le 27 mai 2025")
    out.append("")
    out.append("Le maire,")
    out.append("Étienne Charvolin")
    out.append("")
    out.append("Transmis au représentant de l'État le 28 mai 2025")
    out.append("Publié sur le site internet de la commune le 28 mai 2025")
    out.append("")
    text = "\n".join(out)
    assert all(len(line) <= W for line in text.splitlines()), "TXT line too long"
    path.write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def html_text(path: Path) -> str:
    p = _Text()
    p.feed(path.read_text(encoding="utf-8"))
    return "".join(p.parts)


def md_text(path: Path) -> str:
    t = path.read_text(encoding="utf-8")
    return re.sub(r"[*_`|#>]", " ", t)


def pdf_pages(path: Path) -> list[str]:
    import pypdf
    reader = pypdf.PdfReader(str(path))
    return [pg.extract_text() or "" for pg in reader.pages]


ENGLISH = re.compile(r"^(what|how|who|when|which|is|are|does|do|can|where|why)\b", re.I)


def check(cases: list[dict], pdf: ReportPDF | None) -> list[str]:
    problems: list[str] = []
    texts = {
        HTML_NAME: norm(html_text(CORPUS / HTML_NAME)),
        MD_NAME: norm(md_text(CORPUS / MD_NAME)),
        TXT_NAME: norm((CORPUS / TXT_NAME).read_text(encoding="utf-8")),
    }
    pages = [norm(t) for t in pdf_pages(CORPUS / PDF_NAME)]
    texts[PDF_NAME] = " ".join(pages)
    typeset = [(a, b, norm(t)) for a, b, t in (pdf.typeset if pdf else [])]
    if not 5 <= len(pages) <= 7:
        problems.append(f"PDF has {len(pages)} pages (want 5-7)")

    seen = set()
    id_re = re.compile(r"^fresh4-(diag|aap|copil|delib)-[a-z0-9-]+-\d{2}$")
    for c in cases:
        cid = c.get("id", "?")
        for key in ("id", "question", "facts", "sources", "answerable", "history", "pages"):
            if key not in c:
                problems.append(f"{cid}: missing key {key}")
        if cid in seen:
            problems.append(f"{cid}: duplicate id")
        seen.add(cid)
        if not id_re.match(cid):
            problems.append(f"{cid}: id does not match fresh4-<doc>-<slug>-NN")
        if not isinstance(c.get("history"), list):
            problems.append(f"{cid}: history must be a list")
        if not c.get("answerable"):
            if c.get("facts") or c.get("sources") or c.get("pages"):
                problems.append(f"{cid}: unanswerable case must have empty facts/sources/pages")
            continue
        if not c["facts"] or not c["sources"]:
            problems.append(f"{cid}: answerable case without facts or sources")
        for s in c["sources"]:
            if s not in ALL_NAMES:
                problems.append(f"{cid}: unknown source {s}")
        if PDF_NAME in c["sources"]:
            if not c["pages"]:
                problems.append(f"{cid}: PDF case without pages")
        elif c["pages"]:
            problems.append(f"{cid}: pages given for a non-PDF source")
        for f in c["facts"]:
            nf = norm(f)
            if len(f.split()) > 4:
                problems.append(f"{cid}: fact longer than 4 words: {f!r}")
            if not any(nf in texts[s] for s in c["sources"] if s in texts):
                problems.append(f"{cid}: fact {f!r} not found in {c['sources']}")
                continue
            if PDF_NAME in c["sources"] and not any(nf in texts[s] for s in c["sources"]
                                                    if s != PDF_NAME):
                where = [i + 1 for i, t in enumerate(pages) if nf in t]
                if not set(where) & set(c["pages"]):
                    problems.append(f"{cid}: fact {f!r} is on PDF page(s) {where}, "
                                    f"declared {c['pages']}")
                ok_typeset = any(nf in t and any(a <= p <= b for p in c["pages"])
                                 for a, b, t in typeset)
                if typeset and not ok_typeset:
                    problems.append(f"{cid}: fact {f!r} not in a typeset block of pages "
                                    f"{c['pages']} (split by a line-end hyphen?)")
        if PDF_NAME in c["sources"]:
            for p in c["pages"]:
                if not (1 <= p <= len(pages)) or not any(norm(f) in pages[p - 1]
                                                         for f in c["facts"]):
                    problems.append(f"{cid}: declared page {p} holds none of the facts")
    return problems


def summary(cases: list[dict]) -> str:
    ans = [c for c in cases if c.get("answerable")]
    un = [c for c in cases if not c.get("answerable")]
    en = [c for c in cases if ENGLISH.match(c["question"])]
    fu = [c for c in cases if c.get("history")]
    per_doc = {}
    for c in cases:
        d = c["id"].split("-")[1]
        per_doc[d] = per_doc.get(d, 0) + 1
    return (f"{len(cases)} cases: {len(ans)} answerable, {len(un)} unanswerable, "
            f"{len(en)} English, {len(fu)} follow-ups; per document {per_doc}")


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    cases = load_cases()
    protected = {w.lower() for c in cases if PDF_NAME in c.get("sources", [])
                 for f in c["facts"] for w in re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿœŒ]+", f)}
    pdf = build_pdf(CORPUS / PDF_NAME, protected)
    build_html(CORPUS / HTML_NAME)
    build_md(CORPUS / MD_NAME)
    build_txt(CORPUS / TXT_NAME)
    for name in ALL_NAMES:
        print(f"wrote corpus/{name} ({(CORPUS / name).stat().st_size} bytes)")
    print(f"PDF pages: {pdf.pages_count}")
    if not cases:
        print("no questions.jsonl yet: nothing to check")
        return 0
    problems = check(cases, pdf)
    print(summary(cases))
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
