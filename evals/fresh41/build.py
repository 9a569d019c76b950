"""Build the fresh41 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh41/build.py

It writes ``evals/fresh41/corpus/`` (eight documents) and
``evals/fresh41/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the sha256 of every file.

Everything is fictional: the Orvanie region (Valcresson) and its CRESS; the
Département de la Lisonne (Montrabel); the Communauté de communes
Lisonne-Causses (Vernouillac); the ensemblier Essor Lisonne, the SCIC Les
Granges de Miremonde, the employers' group GE Causses Tandem, the association
La Lanterne and every other structure; the communes, streets, people and all
the figures. The set was written blind: its author read only
``evals/fresh40/README.md`` and ``evals/fresh40/build.py`` (file format,
checks and PDF/HTML/e-mail plumbing, adapted here), the first five lines of
``evals/fresh40/questions.jsonl`` and the ``[tool.ruff]`` settings, not the
tool's code, its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the text of every document as the checks see it;
``--names`` prints the capitalised words shared with fresh40;
``--no-determinism`` skips the second build; ``--build-only DIR`` only writes
the corpus and the questions into DIR (used for the determinism check).
"""

from __future__ import annotations

import base64
import email
import hashlib
import json
import os
import quopri
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email import policy
from html import escape
from pathlib import Path

import fpdf.output as fpdf_output
from bs4 import BeautifulSoup
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from pypdf import PdfReader

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
LIB_DIR = Path("/usr/share/fonts/truetype/liberation")
NBSP = "\u00a0"
NNBSP = "\u202f"
SHY = "\u00ad"

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS_FILE = HERE / "questions.jsonl"
SET_NAME = "fresh41"
FRESH40 = HERE.parent / "fresh40"

CPO = "CPO 2029-2031 Essor Lisonne - version signée.pdf"
LET = "Lettre_ESS_Orvanie_n23_avril2029_BD.pdf"
DIAG = "Diagnostic_ESS_CC-Lisonne-Causses_rapport-final_v3.pdf"
DRU = "Appel à projets Tiers-lieux solidaires 2029 _ Département de la Lisonne.html"
FOR = (
    "Une commune peut-elle entrer au capital de notre SCIC _ - Statuts et juridique"
    " - Agora ESS Orvanie.html"
)
OBS = "GE Causses Tandem.md"
PAD = "copil-tiers-lieu-gare-roquelance.txt"
EML = "Tr_ Invitation _ Petit-déjeuner des clauses sociales – 12 avril 2029.eml"
DOCS = (CPO, LET, DIAG, DRU, FOR, OBS, PAD, EML)
PDFS = (CPO, LET, DIAG)
HTMLS = (DRU, FOR)
TEXTS = (OBS, PAD)
SRC = {"C": CPO, "L": LET, "D": DIAG, "W": DRU, "F": FOR, "O": OBS, "P": PAD, "E": EML}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh40)
# ---------------------------------------------------------------------------

# fpdf2 writes /CreationDate only; give the /Info dictionary the same /ModDate.
_orig_info_init = fpdf_output.PDFInfo.__init__


def _info_init_with_mod_date(self, *args, **kwargs):
    _orig_info_init(self, *args, **kwargs)
    self.mod_date = self.creation_date


fpdf_output.PDFInfo.__init__ = _info_init_with_mod_date

JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MOIS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MOIS_RE = "|".join(MOIS_FR)


def nb(text: str) -> str:
    """Typeset French: ``~`` is a no-break space; no break inside a figure, before a unit,
    inside « … », before : ; ? !, inside a date « 14 mars 2029 » or after « n° »."""
    text = text.replace("~", NBSP)
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)
    text = re.sub(
        r"(?<=\d) (?=(?:€|%|h\b|t\b|km\b|m²|ha\b|hectares\b|ETP\b|salariés\b))", NBSP, text
    )
    text = re.sub(rf"\b(\d{{1,2}}|1er) ({MOIS_RE})\b", rf"\1{NBSP}\2", text)
    text = re.sub(rf"\b({MOIS_RE}) (20\d\d)\b", rf"\1{NBSP}\2", text)
    text = re.sub(r"(?<=\bn°) ", NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    return re.sub(r" (?=[;:?!](?:\s|$))", NBSP, text)


def sp(n: int) -> str:
    """29450 -> '29 450' (ordinary space)."""
    return f"{n:,}".replace(",", " ")


def pct(part: float, whole: float, digits: int = 1) -> str:
    """French percentage with a decimal comma: 50, 87 -> '57,5'."""
    return f"{100 * part / whole:.{digits}f}".replace(".", ",")


def one(block: str) -> str:
    """A triple-quoted block as one line."""
    return " ".join(block.split())


def paras(block: str) -> list[str]:
    """Paragraphs of a triple-quoted block: blank lines separate them, line ends are spaces."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", block.strip()) if p.strip()]


def jour(iso: str, weekday: bool = True, year: bool = True) -> str:
    """'2029-03-14' -> 'mercredi 14 mars 2029' (the weekday is computed, never typed)."""
    d = date.fromisoformat(iso)
    day = "1er" if d.day == 1 else str(d.day)
    text = f"{day} {MOIS_FR[d.month - 1]}" + (f" {d.year}" if year else "")
    return f"{JOURS[d.weekday()]} {text}" if weekday else text


def dmy(iso: str) -> str:
    """'2029-03-14' -> '14/03/2029'."""
    d = date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def luhn_siret(seed: int) -> str:
    """A fictional SIRET (14 digits, valid Luhn key), the same on every run."""
    rng = random.Random(41000 + seed)
    while True:
        digits = "".join(str(rng.randrange(10)) for _ in range(9)) + f"000{rng.randrange(1, 9)}"
        total = 0
        for i, ch in enumerate(reversed(digits + "0")):
            d = int(ch)
            if i % 2 == 1:
                d = d * 2 - 9 if d * 2 > 9 else d * 2
            total += d
        siret = digits + str((10 - total % 10) % 10)
        if siret[0] not in "01":
            return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


def luhn_ok(siret: str) -> bool:
    digits = [int(c) for c in reversed(siret.replace(" ", ""))]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return len(digits) == 14 and total % 10 == 0


class BasePDF(FPDF):
    def __init__(self, orientation: str = "P", fmt: str | tuple[float, float] = "A4"):
        super().__init__(orientation=orientation, format=fmt, unit="mm")
        for fam, base, obl in (
            ("Sans", "DejaVuSans", "Oblique"),
            ("Cond", "DejaVuSansCondensed", "Oblique"),
            ("Serif", "DejaVuSerif", "Italic"),
        ):
            self.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
            self.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(FONT_DIR / f"{base}-{obl}.ttf"))
        for fam, base in (("LSans", "LiberationSans"), ("LSerif", "LiberationSerif")):
            self.add_font(fam, "", str(LIB_DIR / f"{base}-Regular.ttf"))
            self.add_font(fam, "B", str(LIB_DIR / f"{base}-Bold.ttf"))
            self.add_font(fam, "I", str(LIB_DIR / f"{base}-Italic.ttf"))
            self.add_font(fam, "BI", str(LIB_DIR / f"{base}-BoldItalic.ttf"))
        self.add_font("Narrow", "", str(LIB_DIR / "LiberationSansNarrow-Regular.ttf"))
        self.add_font("Narrow", "B", str(LIB_DIR / "LiberationSansNarrow-Bold.ttf"))
        self.set_lang("fr-FR")

    def para(
        self,
        text: str,
        size: float = 10,
        style: str = "",
        after: float = 2.0,
        align: str = "J",
        family: str = "LSans",
        w: float = 0,
        lh: float = 1.4,
    ) -> None:
        self.set_font(family, style, size)
        self.multi_cell(
            w, size * lh * 0.3528, nb(text), align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
        self.ln(after)


def save_pdf(pdf: FPDF, name: str, meta: dict[str, str], created: datetime) -> None:
    pdf.set_title(meta["title"])
    pdf.set_subject(meta["subject"])
    pdf.set_author(meta["author"])
    pdf.set_creator(meta["creator"])
    pdf.set_producer(meta["producer"])
    pdf.set_keywords(meta["keywords"])
    pdf.set_creation_date(created)
    pdf.output(str(CORPUS / name))


# ---------------------------------------------------------------------------
# 1. Convention pluriannuelle d'objectifs (PDF from Word, A4): numbered articles, visas,
#    running header, « Page n sur N » footer with a « Paraphes » box on every page, a
#    « COPIE » watermark, an annex budget table that runs across a page break (repeated
#    header), an annex indicators table
# ---------------------------------------------------------------------------

CPO_NUM = "CPO n° 2029-DIES-014"
CPO_SIGN = "2029-03-14"
CPO_CP = "2029-02-26"
CPO_SIRET = luhn_siret(1)
CPO_YEARS = (2029, 2030, 2031)
CPO_AMOUNTS = (186000, 192000, 198000)
CPO_TOTAL = sum(CPO_AMOUNTS)  # 576 000
CPO_SPLIT = (("action 1", 78000), ("action 2", 52000), ("action 3", 56000))
# (action, lieu, postes CDDI, ETP d'insertion, encadrement, coût total 2029)
CPO_ACTIONS = [
    (
        "1. Les Jardins de Fontcluse (ACI)",
        "Fontcluse",
        "26",
        "19,5",
        "3 encadrants techniques, 1 accompagnatrice",
        618300,
    ),
    (
        "2. La Bricole (ACI, recyclerie)",
        "Vernouillac",
        "18",
        "12,6",
        "2 encadrants techniques, 0,5 accompagnatrice",
        437000,
    ),
    (
        "3. Tremplin (accompagnement renforcé)",
        "Vernouillac ; permanences à Miremonde et Lagrèze",
        "–",
        "–",
        "1 conseillère en insertion (1 ETP)",
        85700,
    ),
]
CPO_COST = sum(a[5] for a in CPO_ACTIONS)  # 1 141 000
# (section or None, compte, intitulé, 2029, 2030, 2031)
CPO_CHARGES = [
    ("60 – Achats", None),
    ("601", "Semences, plants, fournitures de maraîchage", 38600, 39400, 40200),
    ("606", "Achats non stockés (énergie, carburant, petit équipement)", 47200, 48300, 49500),
    ("61 – Services extérieurs", None),
    ("613", "Locations (terrain, locaux, véhicules)", 52800, 53900, 55000),
    ("615", "Entretien et réparations", 21400, 21800, 22300),
    ("616", "Primes d'assurance", 9700, 10000, 10300),
    ("62 – Autres services extérieurs", None),
    ("622", "Honoraires (commissaire aux comptes, expert-comptable)", 18900, 19300, 19700),
    ("623", "Publicité, publications", 3200, 3300, 3400),
    ("625", "Déplacements, missions", 14600, 14900, 15200),
    ("628", "Formation des salariés en insertion", 26500, 27000, 27600),
    ("63 – Impôts et taxes", None),
    ("631", "Impôts et taxes sur rémunérations", 13100, 13400, 13700),
    ("64 – Charges de personnel", None),
    ("6411", "Salaires des salariés en insertion (CDDI)", 498300, 509800, 521500),
    ("6412", "Salaires des permanents", 244600, 250200, 256000),
    ("645", "Charges sociales", 121800, 124600, 127400),
    ("65 – Autres charges de gestion courante", None),
    ("651", "Cotisations aux réseaux", 4100, 4200, 4300),
    ("66 – Charges financières", None),
    ("661", "Intérêts des emprunts", 2300, 2100, 1900),
    ("68 – Dotations aux amortissements", None),
    ("681", "Dotations aux amortissements", 23900, 25400, 26800),
]
CPO_PRODUITS = [
    ("70 – Ventes de produits et prestations", None),
    ("701", "Ventes de paniers et de légumes", 142800, 149000, 155300),
    ("707", "Ventes de la recyclerie La Bricole", 122300, 125500, 129000),
    ("74 – Subventions d'exploitation", None),
    ("74", "État – aide au poste IAE (DDETS)", 528600, 539200, 550000),
    ("74", "Département de la Lisonne – présente convention", 186000, 192000, 198000),
    ("74", "Région Orvanie", 35000, 35000, 35000),
    ("74", "FSE+", 72500, 72500, 72500),
    ("74", "Communauté de communes Lisonne-Causses", 18000, 18000, 18000),
    ("74", "Commune de Vernouillac", 6000, 6000, 6000),
    ("75 – Autres produits de gestion courante", None),
    ("756", "Cotisations et dons", 4700, 4800, 4900),
    ("76 – Produits financiers", None),
    ("768", "Produits financiers", 600, 600, 600),
    ("79 – Transferts de charges", None),
    ("791", "Remboursements de formation (OPCO)", 24500, 25000, 25500),
]
CPO_BENEVOLAT = (31500, 32000, 32500)


def cpo_total(rows: list[tuple], k: int) -> int:
    return sum(r[k] for r in rows if len(r) > 2)


# (indicateur, cible, source, périodicité)
CPO_INDIC = [
    (
        "Part des postes en CDDI des deux ACI occupés par des bénéficiaires du RSA",
        "au moins 60 %",
        "extranet IAE",
        "trimestrielle",
    ),
    (
        "Taux de sorties dynamiques (emploi durable, emploi de transition, sortie positive)",
        "au moins 55 %",
        "extranet IAE",
        "annuelle",
    ),
    (
        "Part des sorties vers l'emploi durable (CDI, CDD ou intérim de six mois et plus)",
        "au moins 25 %",
        "extranet IAE",
        "annuelle",
    ),
    (
        "Nombre de bénéficiaires du RSA accompagnés dans le parcours Tremplin",
        "45 par an",
        "tableau de bord de l'association",
        "trimestrielle",
    ),
    (
        "Part des personnes du parcours Tremplin "
        "en emploi ou en formation qualifiante à douze mois",
        "au moins 30 %",
        "enquête à douze mois",
        "annuelle",
    ),
    (
        "Heures de formation par salarié en insertion",
        "au moins 70 heures par an",
        "plan de développement des compétences",
        "annuelle",
    ),
    (
        "Paniers de légumes vendus par semaine (action 1)",
        "220 paniers",
        "logiciel de caisse",
        "mensuelle",
    ),
    (
        "Tonnes d'objets collectés par La Bricole (action 2)",
        "480 tonnes par an",
        "registre des apports",
        "annuelle",
    ),
]

CPO_VISAS = [
    "le code général des collectivités territoriales ;",
    "le code de l'action sociale et des familles, notamment ses articles L. 262-1 et suivants"
    " relatifs au revenu de solidarité active ;",
    "le code du travail, notamment ses articles L. 5132-1 et suivants relatifs à"
    " l'insertion par l'activité économique ;",
    "la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations"
    " avec les administrations, notamment son article 10 ;",
    "le décret n° 2001-495 du 6 juin 2001 pris pour l'application de l'article 10 de la loi"
    " n° 2000-321 du 12 avril 2000 ;",
    "le programme départemental d'insertion (PDI) 2028-2032 adopté par l'assemblée"
    " départementale le 15 décembre 2027 ;",
    f"la délibération n° CP-2029-02-117 de la commission permanente du {jour(CPO_CP, False)}"
    " approuvant la présente convention et autorisant la Présidente à la signer ;",
    "la demande de subvention présentée par l'association le 9 novembre 2028.",
]

CPO_PREAMBULE = """
L'association Essor Lisonne, créée en 2004 à Vernouillac, est un ensemblier d'insertion. Elle
porte deux ateliers et chantiers d'insertion (ACI), Les Jardins de Fontcluse et la recyclerie
La Bricole, conventionnés par l'État, ainsi qu'une entreprise d'insertion, Essor Propreté, qui
n'est pas concernée par la présente convention. Au 31 décembre 2028, elle employait 74
salariés, dont 52 en contrat à durée déterminée d'insertion (CDDI).

Chef de file de l'insertion, le Département de la Lisonne a fait du retour à l'emploi des
bénéficiaires du revenu de solidarité active (RSA) l'axe 3 de son programme départemental
d'insertion 2028-2032. En 2028, 4 730 foyers de la Lisonne percevaient le RSA, dont 1 210 sur
le territoire de la communauté de communes Lisonne-Causses.

Le programme d'actions présenté par l'association, conçu et mis en œuvre à son initiative,
participe de cette politique publique. C'est dans ce cadre que le Département a décidé de le
soutenir pour trois ans, conformément aux articles ci-dessous.
"""

CPO_ARTICLES: list[tuple[str, str, list[str]]] = [
    (
        "1",
        "Objet de la convention",
        [
            """Par la présente convention, l'association s'engage, à son initiative et sous sa
            responsabilité, à mettre en œuvre le programme d'actions « Insertion par l'activité
            économique et accès à l'emploi des bénéficiaires du RSA » décrit à l'article 3 et à
            l'annexe 1.""",
            """Le Département contribue financièrement à ce programme dans les conditions
            fixées à l'article 5. Il n'attend aucune contrepartie directe de cette
            contribution.""",
        ],
    ),
    (
        "2",
        "Durée de la convention",
        [
            """La convention est conclue pour une durée de trois ans. Elle couvre les exercices
            2029, 2030 et 2031, du 1er janvier 2029 au 31 décembre 2031. Elle prend effet à la
            date de sa signature par les deux parties pour ce qui concerne les obligations de
            versement et de contrôle."""
        ],
    ),
    (
        "3",
        "Programme d'actions",
        [
            """3.1 – Action 1 « Les Jardins de Fontcluse ». Atelier et chantier d'insertion de
            maraîchage biologique sur 4,2 hectares à Fontcluse, dont 3 600 m² sous serres. Il
            offre 26 postes en CDDI (19,5 ETP) et commercialise sa production en paniers
            hebdomadaires et auprès de la restauration collective des collèges.""",
            """3.2 – Action 2 « La Bricole ». Recyclerie de Vernouillac, organisée en atelier
            et chantier d'insertion : collecte, tri, réparation et vente d'objets, de meubles et
            de textiles. Elle offre 18 postes en CDDI (12,6 ETP) et dispose d'une boutique
            ouverte du mardi au samedi.""",
            """3.3 – Action 3 « Tremplin ». Accompagnement socioprofessionnel renforcé
            de bénéficiaires du RSA orientés par les maisons départementales des solidarités,
            pour une durée de douze mois au plus, avec des périodes de mise en situation dans
            les deux ACI. Une conseillère en insertion à temps plein assure l'accompagnement et
            tient une permanence hebdomadaire à Miremonde et à Lagrèze.""",
        ],
    ),
    (
        "4",
        "Objectifs et indicateurs",
        [
            """4.1 – Au moins 60 % des postes en CDDI des deux ACI sont occupés par des
            bénéficiaires du RSA.""",
            """4.2 – Le taux de sorties dynamiques des deux ACI est d'au moins 55 %, dont au
            moins 25 % de sorties vers l'emploi durable.""",
            """4.3 – Le parcours Tremplin accompagne 45 bénéficiaires du RSA chaque année ; au
            moins 30 % d'entre eux sont en emploi ou en formation qualifiante douze mois après
            leur entrée.""",
            """4.4 – Les indicateurs de suivi, leurs valeurs cibles et leur périodicité figurent
            à l'annexe 3. Ils sont renseignés par l'association et examinés par le comité de
            suivi prévu à l'article 10.""",
        ],
    ),
    (
        "5",
        "Montant de la contribution financière du Département",
        [
            f"""5.1 – Le Département contribue financièrement au programme d'actions pour un
            montant prévisionnel total de {sp(CPO_TOTAL)} € (cinq cent soixante-seize mille
            euros) sur la durée de la convention, soit :""",
            f"• {sp(CPO_AMOUNTS[0])} € au titre de l'année 2029 ;",
            f"• {sp(CPO_AMOUNTS[1])} € au titre de l'année 2030 ;",
            f"• {sp(CPO_AMOUNTS[2])} € au titre de l'année 2031.",
            f"""5.2 – Pour 2029, la contribution se répartit ainsi : {sp(CPO_SPLIT[0][1])} € pour
            l'action 1, {sp(CPO_SPLIT[1][1])} € pour l'action 2 et {sp(CPO_SPLIT[2][1])} € pour
            l'action 3.""",
            f"""5.3 – Elle représente {pct(CPO_AMOUNTS[0], CPO_COST)} % du coût total du
            programme d'actions 2029, évalué à {sp(CPO_COST)} € dans le budget prévisionnel
            joint en annexe 2.""",
            """5.4 – Les contributions de 2030 et 2031 sont versées sous réserve de l'inscription
            des crédits au budget du Département, du respect par l'association des obligations
            prévues aux articles 7 et 8 et de la vérification que le montant de la contribution
            n'excède pas le coût du programme.""",
        ],
    ),
    (
        "6",
        "Modalités de versement",
        [
            f"""6.1 – Pour 2029, la contribution est versée en deux fois : une avance de 60 %,
            soit {sp(CPO_AMOUNTS[0] * 6 // 10)} €, dans les trente jours suivant la signature
            de la convention ; le solde, soit {sp(CPO_AMOUNTS[0] * 4 // 10)} €, après l'examen
            du compte rendu financier et du bilan de l'année 2029.""",
            """6.2 – Pour 2030 et 2031, une avance de 60 % du montant annuel est versée avant le
            31 mars de l'année concernée ; le solde est versé dans les mêmes conditions qu'au
            6.1.""",
            """6.3 – Les versements sont effectués par le payeur départemental de la Lisonne sur
            le compte bancaire de l'association dont le relevé d'identité bancaire a été joint à
            la demande.""",
        ],
    ),
    (
        "7",
        "Justificatifs",
        [
            """L'association transmet au Département, au plus tard le 30 juin de chaque année
            pour l'exercice écoulé :""",
            """• le compte rendu financier du programme d'actions, conforme au formulaire
            cerfa n° 15059, signé par le président ;""",
            """• les comptes annuels et le rapport du commissaire aux comptes, l'association
            recevant plus de 153 000 € de subventions publiques ;""",
            "• le rapport d'activité et les indicateurs de l'annexe 3.",
        ],
    ),
    (
        "8",
        "Autres engagements",
        [
            """L'association informe le Département sans délai, et au plus tard dans le mois,
            de toute modification de ses statuts, de la composition de son bureau ou de ses
            coordonnées bancaires. Elle fait figurer le logo du Département sur tous les
            documents et supports relatifs au programme d'actions."""
        ],
    ),
    (
        "9",
        "Sanctions",
        [
            """En cas d'inexécution ou de modification substantielle du programme sans l'accord
            écrit du Département, celui-ci peut suspendre ou diminuer sa contribution, ou en
            exiger le reversement, après une mise en demeure adressée par lettre recommandée et
            restée sans effet pendant un mois."""
        ],
    ),
    (
        "10",
        "Comité de suivi",
        [
            """Un comité de suivi se réunit deux fois par an, en avril et en octobre, à l'Hôtel
            du Département. Il réunit le vice-président délégué à l'insertion et à l'économie
            sociale et solidaire, M. Gaspard Pujol, ou son représentant, la directrice de
            l'insertion et de l'économie solidaire, Mme Sabine Molinier, le président et la
            directrice de l'association, et un représentant de la DDETS de la Lisonne.""",
            """La directrice de l'association, Mme Noémie Caussanel, en assure le secrétariat
            et adresse le compte rendu aux membres dans les quinze jours.""",
        ],
    ),
    (
        "11",
        "Évaluation",
        [
            """L'évaluation finale du programme porte sur la réalisation des objectifs de
            l'article 4 et sur l'impact du programme pour les personnes accompagnées. Elle est
            remise au Département au plus tard le 30 juin 2031, six mois avant le terme de la
            convention, et conditionne l'éventuelle conclusion d'une nouvelle convention."""
        ],
    ),
    (
        "12",
        "Contrôle",
        [
            """Pendant la durée de la convention et les trois années suivantes, le Département
            peut contrôler sur pièces et sur place l'utilisation de sa contribution.
            L'association tient à sa disposition toute pièce justificative."""
        ],
    ),
    (
        "13",
        "Avenant",
        [
            """Toute modification de la convention fait l'objet d'un avenant signé par les deux
            parties. Une modification du montant de la contribution est soumise à la commission
            permanente."""
        ],
    ),
    (
        "14",
        "Résiliation",
        [
            """Chaque partie peut résilier la convention par lettre recommandée avec accusé de
            réception, moyennant un préavis de trois mois. En cas de manquement grave, le
            Département peut la résilier sans préavis après une mise en demeure restée sans
            effet."""
        ],
    ),
    (
        "15",
        "Recours",
        [
            """Les litiges relatifs à la présente convention relèvent du tribunal administratif
            de Valcresson, après une tentative de règlement amiable."""
        ],
    ),
]


class CpoPDF(BasePDF):
    def __init__(self):
        super().__init__("P")
        self.set_margins(22, 27, 20)
        self.set_auto_page_break(True, margin=34)
        self.alias_nb_pages()

    def header(self):
        self.set_text_color(0, 95, 70)
        self.set_font("LSans", "B", 9)
        self.set_xy(22, 10)
        self.cell(90, 4.5, "DÉPARTEMENT DE LA LISONNE")
        self.set_font("LSans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(78, 4.5, nb(CPO_NUM), align="R")
        self.set_xy(22, 14.5)
        self.set_font("LSans", "I", 7.5)
        self.cell(90, 4, "Direction de l'insertion et de l'économie solidaire")
        self.set_draw_color(0, 95, 70)
        self.set_line_width(0.3)
        self.line(22, 20.5, 190, 20.5)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.set_y(27)

    def footer(self):
        # the « Paraphes » box, bottom right, on every page
        self.set_draw_color(140, 140, 140)
        self.rect(150, 264, 40, 14)
        self.set_font("LSans", "I", 6.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(151, 264.5)
        self.cell(20, 3, "Paraphes :")
        self.rect(153, 268.5, 14, 8)
        self.rect(173, 268.5, 14, 8)
        self.set_draw_color(160, 160, 160)
        self.line(22, 282, 190, 282)
        self.set_font("LSans", "", 7.5)
        self.set_xy(22, 283)
        self.cell(120, 4, "CPO 2029-2031 – Département de la Lisonne / Essor Lisonne")
        self.cell(48, 4, f"Page {self.page_no()} sur {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def heading(self, text: str) -> None:
        if self.y > self.page_break_trigger - 22:
            self.add_page()
        self.ln(2)
        self.set_font("LSans", "B", 10.5)
        self.set_text_color(0, 95, 70)
        self.multi_cell(0, 5.5, nb(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(1.2)

    def body(self, text: str, indent: float = 0, after: float = 1.8) -> None:
        self.set_x(self.l_margin + indent)
        self.set_font("LSans", "", 9.8)
        self.multi_cell(
            0, 4.9, nb(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT, padding=(0, 0)
        )
        self.ln(after)


def cpo_budget_table(pdf: CpoPDF) -> None:
    pdf.set_font("LSans", "", 8.4)
    pdf.set_draw_color(120, 120, 120)
    widths = (16, 94, 19, 19, 20)
    with pdf.table(
        col_widths=widths,
        text_align=("LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        line_height=4.3,
        width=sum(widths),
        align="LEFT",
        num_heading_rows=1,
        padding=(0.6, 1.2),
        headings_style=FontFace(emphasis="BOLD", fill_color=(222, 236, 230)),
    ) as table:
        row = table.row()
        for h in ("Compte", "Intitulé", "2029", "2030", "2031"):
            row.cell(h, align="CENTER")

        def block(title: str, rows: list[tuple], total: str) -> None:
            r = table.row()
            r.cell(title, colspan=5, align="LEFT")
            for item in rows:
                r = table.row()
                if len(item) == 2:
                    r.cell("")
                    r.cell(item[0], colspan=4)
                    continue
                r.cell(item[0])
                r.cell(nb(item[1]))
                for v in item[2:]:
                    r.cell(nb(sp(v)))
            r = table.row()
            r.cell(total, colspan=2)
            for k in (2, 3, 4):
                r.cell(nb(sp(cpo_total(rows, k))))

        block("CHARGES", CPO_CHARGES, "TOTAL DES CHARGES")
        block("PRODUITS", CPO_PRODUITS, "TOTAL DES PRODUITS")
        r = table.row()
        r.cell("86 / 87")
        r.cell("Contributions volontaires en nature (bénévolat), en charges et en produits")
        for v in CPO_BENEVOLAT:
            r.cell(nb(sp(v)))
    pdf.ln(2)


def build_cpo() -> None:
    pdf = CpoPDF()
    pdf.add_page()
    # a light « COPIE » watermark across the first page, drawn under the text
    with pdf.rotation(32, 105, 150):
        pdf.set_font("LSans", "B", 64)
        pdf.set_text_color(236, 236, 236)
        pdf.set_xy(28, 140)
        pdf.cell(160, 24, "COPIE", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(34)
    pdf.set_font("LSans", "B", 15)
    pdf.set_text_color(0, 95, 70)
    pdf.multi_cell(
        0, 7.5, "CONVENTION PLURIANNUELLE D'OBJECTIFS\n2029-2031", align="C", new_x=XPos.LMARGIN
    )
    pdf.ln(2)
    pdf.set_font("LSans", "", 10.5)
    pdf.set_text_color(0, 0, 0)
    pdf.multi_cell(
        0,
        5.5,
        nb("entre le Département de la Lisonne et l'association Essor Lisonne"),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("LSans", "I", 9.5)
    pdf.multi_cell(
        0,
        5,
        nb(
            "Programme « Insertion par l'activité économique et accès à l'emploi des "
            "bénéficiaires du RSA »"
        ),
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.ln(5)
    pdf.set_font("LSans", "B", 9.8)
    pdf.cell(0, 5, "Vu :", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    for v in CPO_VISAS:
        pdf.body("– " + v, indent=4, after=0.6)
    pdf.ln(2)
    pdf.set_font("LSans", "B", 9.8)
    pdf.cell(0, 5, "ENTRE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.body(
        one(
            """Le Département de la Lisonne, Hôtel du Département, 9 avenue de la Lisonne,
            CS 70012, 99010 Montrabel Cedex, représenté par Mme Odile Vidalenc, Présidente du
            Conseil départemental, dûment habilitée par la délibération susvisée, ci-après
            dénommé « le Département »,"""
        )
    )
    pdf.set_font("LSans", "B", 9.8)
    pdf.cell(0, 5, "ET", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.body(
        one(
            f"""L'association Essor Lisonne, association régie par la loi du 1er juillet 1901,
            déclarée en préfecture de la Lisonne le 4 octobre 2004, dont le siège est situé
            14 chemin de la Gravière, 99120 Vernouillac, n° SIRET {CPO_SIRET}, représentée par
            M. Anselme Roumagnac, président, ci-après dénommée « l'association »,"""
        )
    )
    pdf.body("Il est convenu ce qui suit.", after=1)
    pdf.heading("Préambule")
    for p in paras(CPO_PREAMBULE):
        pdf.body(p)
    for num, title, ps in CPO_ARTICLES:
        pdf.heading(f"Article {num} – {title}")
        for p in ps:
            p = one(p)
            pdf.body(p, indent=5 if p.startswith("•") else 0, after=0.8 if p[0] == "•" else 1.8)
    # signatures
    if pdf.y > pdf.page_break_trigger - 55:
        pdf.add_page()
    pdf.ln(4)
    pdf.body(
        f"Fait à Montrabel, le {jour(CPO_SIGN, weekday=False)}, en deux exemplaires originaux."
    )
    y = pdf.y + 2
    for x, lines in (
        (
            22,
            [
                "Pour le Département de la Lisonne,",
                "La Présidente du Conseil départemental,",
                "",
                "",
                "Odile VIDALENC",
            ],
        ),
        (112, ["Pour l'association Essor Lisonne,", "Le Président,", "", "", "Anselme ROUMAGNAC"]),
    ):
        pdf.set_xy(x, y)
        for ln in lines:
            pdf.set_font("LSans", "B" if ln.isupper() or "VIDALENC" in ln else "", 9.5)
            pdf.set_x(x)
            pdf.cell(78, 5, ln, new_x=XPos.LEFT, new_y=YPos.NEXT)
    # annex 1: the actions
    pdf.add_page()
    pdf.heading("Annexe 1 – Programme d'actions 2029")
    pdf.set_font("LSans", "", 8.4)
    widths = (42, 36, 15, 13, 39, 23)
    with pdf.table(
        col_widths=widths,
        text_align=("LEFT", "LEFT", "CENTER", "CENTER", "LEFT", "RIGHT"),
        line_height=4.2,
        width=sum(widths),
        align="LEFT",
        padding=(0.6, 1.2),
    ) as table:
        row = table.row()
        for h in ("Action", "Lieu", "Postes CDDI", "ETP", "Encadrement", "Coût 2029"):
            row.cell(h, align="CENTER")
        for a in CPO_ACTIONS:
            row = table.row()
            for v in (*a[:5], f"{sp(a[5])} €"):
                row.cell(nb(v))
        row = table.row()
        row.cell("Total du programme", colspan=5)
        row.cell(nb(f"{sp(CPO_COST)} €"))
    pdf.ln(3)
    pdf.body(
        one(
            """Les deux ACI sont conventionnés par l'État (DDETS de la Lisonne) jusqu'au
            31 décembre 2030. Les Jardins de Fontcluse livrent chaque semaine 220 paniers ;
            La Bricole collecte environ 480 tonnes d'objets par an, dont 62 % sont réemployés
            ou recyclés."""
        )
    )
    # annex 2: the budget, across a page break
    pdf.heading("Annexe 2 – Budget prévisionnel pluriannuel de l'association (programme d'actions)")
    pdf.set_font("LSans", "I", 8.5)
    pdf.cell(
        0, 4.5, "Montants en euros, toutes taxes comprises.", new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.ln(1)
    cpo_budget_table(pdf)
    # annex 3: indicators
    pdf.heading("Annexe 3 – Indicateurs de suivi")
    pdf.set_font("LSans", "", 8.4)
    widths = (80, 30, 35, 23)
    with pdf.table(
        col_widths=widths,
        line_height=4.2,
        width=sum(widths),
        align="LEFT",
        padding=(0.6, 1.2),
        text_align=("LEFT", "LEFT", "LEFT", "LEFT"),
    ) as table:
        row = table.row()
        for h in ("Indicateur", "Valeur cible", "Source", "Périodicité"):
            row.cell(h, align="CENTER")
        for ind in CPO_INDIC:
            row = table.row()
            for v in ind:
                row.cell(nb(v))
    save_pdf(
        pdf,
        CPO,
        {
            "title": "Convention pluriannuelle d'objectifs 2029-2031 - Essor Lisonne",
            "subject": "CPO Département de la Lisonne / Essor Lisonne",
            "author": "Sabine Molinier",
            "creator": "Microsoft® Word pour Microsoft 365",
            "producer": "Microsoft® Word pour Microsoft 365",
            "keywords": "CPO; insertion; RSA; ACI; Essor Lisonne",
        },
        datetime(2029, 3, 15, 9, 12, 40, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 2. Newsletter (PDF made with Scribus, A4): masthead, a main column and a coloured sidebar
#    on every page, rubric labels above the titles, boxed sidebars (encadrés), a table in a
#    box, big figures above their captions, a pull quote, an agenda, a colophon
# ---------------------------------------------------------------------------

LET_FOOT = "La Lettre de l'ESS en Orvanie · n° 23 · avril 2029"
LET_MAIN = (14.0, 118.0)
LET_SIDE = (138.0, 58.0)
LET_TOP, LET_BOTTOM = 20.0, 281.0
PLUM = (96, 38, 110)
SAND = (246, 240, 228)
# (département, salariés, part de l'emploi privé, tiers-lieux, heures d'insertion)
LET_DEP = [
    ("Lisonne", 21840, "12,6 %", 19, 96300),
    ("Haute-Cimbre", 18310, "11,9 %", 16, 87200),
    ("Ardonne", 29750, "10,4 %", 24, 158900),
    ("Vaurèze", 16520, "9,8 %", 12, 70200),
]
LET_SAL = sum(d[1] for d in LET_DEP)  # 86 420
LET_TL = sum(d[3] for d in LET_DEP)  # 71
LET_HEURES = sum(d[4] for d in LET_DEP)  # 412 600
LET_AG = "2029-06-13"


def issn(first7: str) -> str:
    total = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1), strict=True))
    key = (11 - total % 11) % 11
    return f"{first7[:4]}-{first7[4:]}{'X' if key == 10 else key}"


LET_AGENDA = [
    (
        jour("2029-04-12"),
        "Petit-déjeuner des clauses sociales de la Lisonne – "
        "Montrabel, Hôtel du Département, 8 h 30",
    ),
    (jour("2029-04-25"), "Webinaire « Créer ou faire évoluer une SCIC » – de 12 h 30 à 13 h 30"),
    (
        jour("2029-04-30"),
        "Date limite de l'appel à projets « Tiers-lieux solidaires » du Département de la Lisonne",
    ),
    (jour("2029-05-15"), "Date limite de candidature aux Trophées de l'ESS 2029"),
    (jour(LET_AG), "Assemblée générale de la CRESS Orvanie – Puyrenard, halle aux grains"),
    (jour("2029-10-04"), "Journées régionales des tiers-lieux – Cazalbrune"),
    ("novembre 2029", "Mois de l'ESS : appel à événements ouvert en juin"),
]


class LetPDF(BasePDF):
    def __init__(self):
        super().__init__("P")
        self.set_margins(14, 14, 14)
        self.set_auto_page_break(False)
        self.my = LET_TOP
        self.sy = LET_TOP

    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "B", 7)
        self.set_text_color(*PLUM)
        self.set_xy(14, 9)
        self.cell(120, 4, "LA LETTRE DE L'ESS EN ORVANIE")
        self.set_draw_color(*PLUM)
        self.set_line_width(0.5)
        self.line(14, 14, 196, 14)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_font("Sans", "", 7)
        self.set_text_color(120, 120, 120)
        self.set_xy(14, 287)
        odd = self.page_no() % 2 == 1
        self.cell(91, 4, LET_FOOT if odd else str(self.page_no()))
        self.cell(91, 4, str(self.page_no()) if odd else "cress-orvanie.org", align="R")
        self.set_text_color(0, 0, 0)

    # -- main column ----------------------------------------------------------
    def guard(self, y: float, what: str) -> None:
        if y > LET_BOTTOM + 0.1:
            raise ValueError(f"newsletter page {self.page}: {what} overflows ({y:.1f} mm)")

    def mtext(self, text: str, family="Serif", style="", size=9.0, lh=4.25, color=(25, 25, 25)):
        x, w = LET_MAIN
        self.set_font(family, style, size)
        self.set_text_color(*color)
        self.set_xy(x, self.my)
        self.multi_cell(w, lh, nb(text), align="J" if family == "Serif" else "L")
        self.my = self.get_y()
        self.guard(self.my, text[:30])
        self.set_text_color(0, 0, 0)

    def rubric(self, label: str, title: str, chapo: str = "") -> None:
        x = LET_MAIN[0]
        self.my += 3
        self.set_xy(x, self.my)
        self.set_font("Sans", "B", 7.5)
        self.set_fill_color(*PLUM)
        self.set_text_color(255, 255, 255)
        self.cell(self.get_string_width(label) + 4, 4.5, label, fill=True, align="C")
        self.my += 6.5
        self.mtext(title, "Sans", "B", 15, 6.6, PLUM)
        self.my += 1.5
        if chapo:
            self.mtext(one(chapo), "Sans", "B", 9.2, 4.4, (60, 60, 60))
            self.my += 2

    def p(self, text: str) -> None:
        self.mtext(one(text))
        self.my += 1.8

    def pull(self, text: str, who: str) -> None:
        x, w = LET_MAIN
        self.my += 2
        self.set_draw_color(*PLUM)
        self.set_line_width(0.8)
        self.line(x + 10, self.my, x + w - 10, self.my)
        self.my += 3
        self.set_xy(x + 10, self.my)
        self.set_font("Serif", "I", 13)
        self.set_text_color(*PLUM)
        self.multi_cell(w - 20, 6, nb(text), align="C")
        self.my = self.get_y() + 1
        self.set_xy(x + 10, self.my)
        self.set_font("Sans", "", 7.5)
        self.multi_cell(w - 20, 4, nb(who), align="C")
        self.my = self.get_y() + 2
        self.line(x + 10, self.my, x + w - 10, self.my)
        self.set_line_width(0.2)
        self.set_text_color(0, 0, 0)
        self.my += 4
        self.guard(self.my, "pull quote")

    # -- sidebar --------------------------------------------------------------
    def box(self, title: str, items: list[str], size: float = 8, fill=SAND) -> None:
        x, w = LET_SIDE
        self.set_font("Sans", "", size)
        lines = sum(
            len(self.multi_cell(w - 6, size * 0.47, nb(t), dry_run=True, output="LINES"))
            for t in items
        )
        h = 10 + lines * size * 0.47 + 1.6 * len(items) + 2
        self.set_fill_color(*fill)
        self.set_draw_color(*PLUM)
        self.rect(x, self.sy, w, h, style="DF")
        self.set_xy(x + 3, self.sy + 2.5)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*PLUM)
        self.cell(w - 6, 5, nb(title))
        y = self.sy + 9.5
        self.set_text_color(30, 30, 30)
        for t in items:
            self.set_font("Sans", "B" if t.startswith("■") else "", size)
            self.set_xy(x + 3, y)
            self.multi_cell(w - 6, size * 0.47, nb(t), align="L")
            y = self.get_y() + 1.6
        self.set_text_color(0, 0, 0)
        self.sy += h + 5
        self.guard(self.sy, title)

    def figure(self, big: str, caption: str) -> None:
        x, w = LET_SIDE
        self.set_fill_color(*PLUM)
        self.rect(x, self.sy, w, 26, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(x + 3, self.sy + 3)
        self.set_font("Sans", "B", 24)
        self.cell(w - 6, 11, nb(big), align="C")
        self.set_xy(x + 3, self.sy + 15)
        self.set_font("Sans", "", 8)
        self.multi_cell(w - 6, 3.8, nb(caption), align="C")
        self.set_text_color(0, 0, 0)
        self.sy += 31

    def dep_table(self) -> None:
        x, w = LET_SIDE
        h = 10 + 6 * 5.2 + 4 + 8
        self.set_fill_color(*SAND)
        self.set_draw_color(*PLUM)
        self.rect(x, self.sy, w, h, style="DF")
        self.set_xy(x + 3, self.sy + 2.5)
        self.set_font("Sans", "B", 9)
        self.set_text_color(*PLUM)
        self.cell(w - 6, 5, nb("L'ESS par département (2028)"))
        y = self.sy + 10
        cols = (22, 15, 15)
        rows = [("Département", "Salariés", "Part")]
        rows += [(d, sp(s), p) for d, s, p, _, _ in LET_DEP]
        rows.append(("Orvanie", sp(LET_SAL), "11,3 %"))
        for i, row in enumerate(rows):
            self.set_font("Cond", "B" if i in (0, len(rows) - 1) else "", 7.6)
            self.set_text_color(*PLUM if i == 0 else (30, 30, 30))
            self.set_xy(x + 3, y)
            for k, c in enumerate(row):
                self.cell(cols[k], 4.4, nb(c), align="L" if k == 0 else "R")
            if i in (0, len(rows) - 2):
                self.line(x + 3, y + 4.8, x + w - 3, y + 4.8)
            y += 5.2
        self.set_xy(x + 3, y + 1)
        self.set_font("Sans", "I", 6.5)
        self.set_text_color(90, 90, 90)
        self.multi_cell(w - 6, 3, "Part de l'emploi salarié privé. Source : Insee, panorama CRESS.")
        self.set_text_color(0, 0, 0)
        self.sy += h + 5


def let_page1(pdf: LetPDF) -> None:
    pdf.add_page()
    pdf.set_fill_color(*PLUM)
    pdf.rect(0, 0, 210, 44, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(14, 9)
    pdf.set_font("Sans", "", 9)
    pdf.cell(180, 5, "CRESS ORVANIE · Chambre régionale de l'économie sociale et solidaire")
    pdf.set_xy(14, 16)
    pdf.set_font("Serif", "B", 27)
    pdf.cell(180, 13, "La Lettre de l'ESS en Orvanie")
    pdf.set_xy(14, 32)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(180, 5, nb("n° 23 · avril 2029 · Lettre trimestrielle"))
    pdf.set_text_color(0, 0, 0)
    pdf.my = pdf.sy = 50
    pdf.rubric("ÉDITO", "Coopérer, encore et toujours")
    for t in paras(
        """
        Notre panorama 2028 le confirme : l'économie sociale et solidaire a créé 1 870 emplois
        en un an en Orvanie, quand l'emploi privé ne progressait que de 0,4 %. Derrière ces
        chiffres, il y a des tiers-lieux qui ouvrent dans des villages, des salariés qui
        reprennent leur entreprise en SCOP, des acheteurs publics qui réservent des marchés aux
        structures d'insertion. Ce numéro leur est consacré.

        Je vous donne rendez-vous le 13 juin à Puyrenard pour notre assemblée générale.
        """
    ):
        pdf.p(t)
    pdf.mtext("Agathe Lescure, présidente de la CRESS Orvanie", "Sans", "I", 8.5, 4.2)
    pdf.my += 1
    pdf.rubric(
        "OBSERVATOIRE",
        "Panorama 2028 : 86 420 salariés dans l'ESS",
        f"""Publié le {jour("2029-03-28", False)} par l'observatoire régional de l'ESS, le
        panorama annuel dresse le portrait de l'ESS en Orvanie au 31 décembre 2028.""",
    )
    for t in paras(
        f"""
        Fin 2028, l'ESS compte en Orvanie 7 284 établissements employeurs et {sp(LET_SAL)}
        salariés, soit 11,3 % de l'emploi salarié privé. En un an, elle a gagné 1 870 emplois
        (+2,2 %). Les associations emploient 77 % des salariés de l'ESS, les coopératives 14 %,
        les fondations 5 % et les mutuelles 4 %.

        L'action sociale reste le premier secteur employeur (43 % des salariés), devant
        l'enseignement (11 %) et les activités financières et d'assurance (7 %). Les femmes
        occupent 68 % des emplois. 31 % des salariés ont 50 ans ou plus : d'ici 2035, près de
        17 800 départs à la retraite sont attendus, autant de postes à pourvoir.

        La Lisonne reste le département où l'ESS pèse le plus dans l'emploi privé (12,6 %).
        L'Ardonne, plus urbaine, rassemble le plus grand nombre de salariés de l'ESS (29 750).

        Le panorama complet (24 pages) est téléchargeable sur cress-orvanie.org/observatoire.
        Contact : Anouk Delcros, responsable de l'observatoire.
        """
    ):
        pdf.p(t)
    pdf.box(
        "Au sommaire",
        [
            "■ 2 Dossier : les tiers-lieux",
            "■ 3 Commande publique, portrait, Trophées",
            "■ 4 Vie du réseau, agenda",
        ],
    )
    pdf.dep_table()
    pdf.figure("1 870", "emplois créés par l'ESS en Orvanie en 2028")


def let_page2(pdf: LetPDF) -> None:
    pdf.add_page()
    pdf.my = pdf.sy = LET_TOP
    pdf.box(
        "C'est quoi un tiers-lieu ?",
        [
            one(
                """Un tiers-lieu est un espace ouvert, ni domicile ni lieu de travail habituel,
                où des habitants, des associations et des entreprises partagent des activités :
                travail, fabrication, culture, alimentation, services."""
            ),
            one(
                """La CRESS ne recense que les lieux ouverts au public au moins 15 heures par
                semaine et gérés de façon collective."""
            ),
        ],
    )
    pdf.box(
        "SCIC, mode d'emploi",
        [
            one(
                """La société coopérative d'intérêt collectif (SCIC) associe à son capital des
                salariés, des bénéficiaires et d'autres partenaires, dont des collectivités."""
            ),
            one(
                """Les collectivités locales peuvent en détenir ensemble jusqu'à 50 % du
                capital."""
            ),
            "Au moins 57,5 % des excédents sont mis en réserves impartageables.",
        ],
    )
    pdf.box(
        "Appel à projets",
        [
            one(
                """Le Département de la Lisonne lance son appel à projets « Tiers-lieux
                solidaires » 2029 : jusqu'à 40 000 € pour l'investissement et 15 000 € pour le
                démarrage."""
            ),
            "Candidatures jusqu'au 30 avril 2029 sur aides.lisonne.fr.",
        ],
        fill=(236, 228, 240),
    )
    pdf.figure(f"{LET_TL}", "tiers-lieux recensés en Orvanie (52 en 2025)")
    pdf.rubric(
        "DOSSIER",
        "Tiers-lieux : l'ESS invente de nouveaux lieux communs",
        """L'Orvanie compte 71 tiers-lieux recensés par la CRESS, contre 52 en 2025. Plus d'un
        sur trois est installé dans une commune de moins de 2 000 habitants.""",
    )
    dep = {d[0]: d[3] for d in LET_DEP}
    for t in paras(
        f"""
        Le recensement réalisé par la CRESS à l'automne 2028 dénombre {LET_TL} tiers-lieux en
        activité en Orvanie : {dep["Ardonne"]} en Ardonne, {dep["Lisonne"]} en Lisonne,
        {dep["Haute-Cimbre"]} en Haute-Cimbre et {dep["Vaurèze"]} en Vaurèze. 27 sont installés
        dans une commune de moins de 2 000 habitants.

        Les formes juridiques se diversifient : 44 % sont des associations, 21 % des SCIC, 9 %
        des SCOP ou des SARL de l'ESS, et 17 % sont portés directement par une commune ou une
        intercommunalité. Les autres relèvent de statuts commerciaux.

        Ensemble, ces lieux emploient 412 salariés (286 ETP) et accueillent chaque année plus de
        390 000 passages. Espaces de travail partagés (dans 82 % des lieux), ateliers de
        fabrication (46 %), cafés associatifs (41 %) et points d'accès aux services publics
        (18 %) composent la palette la plus courante.

        À Miremonde, la SCIC Les Granges de Miremonde a ouvert en 2023 une halle de
        producteurs, une cuisine partagée et une salle d'activités dans d'anciennes granges
        agricoles. Elle compte 212 sociétaires et quatre salariés. La commune s'apprête à
        entrer au capital.
        """
    ):
        pdf.p(t)
    pdf.pull(
        "« Une commune au capital, ce n'est pas une tutelle : c'est un sociétaire comme les"
        " autres. »",
        "Coralie Marcoux, gérante des Granges de Miremonde",
    )
    for t in paras(
        """
        Le modèle économique reste fragile : la moitié des tiers-lieux recensés tirent moins de
        40 % de leurs ressources de leurs recettes propres, et 62 % dépendent d'au moins une
        subvention de fonctionnement. Pour la CRESS, l'enjeu des prochaines années est de
        pérenniser les postes de coordination.

        Depuis janvier 2029, la CRESS anime un réseau régional des tiers-lieux de l'ESS,
        coordonné par Katia Jalabert. Un forum en ligne permet aux porteurs de projets
        d'échanger sur les statuts, les financements et la gouvernance.
        """
    ):
        pdf.p(t)


def let_page3(pdf: LetPDF) -> None:
    pdf.add_page()
    pdf.my = pdf.sy = LET_TOP
    h = {d[0]: sp(d[4]) for d in LET_DEP}
    pdf.rubric(
        "COMMANDE PUBLIQUE",
        f"Clauses sociales : {sp(LET_HEURES)} heures d'insertion en 2028",
        """Les clauses sociales des marchés publics ont permis à 1 480 personnes éloignées de
        l'emploi de travailler en 2028 en Orvanie, soit 9 % de plus qu'en 2027.""",
    )
    for t in paras(
        f"""
        Animé par la CRESS, le réseau des facilitateurs des clauses sociales réunit 11
        facilitateurs dans les quatre départements. En 2028, ils ont suivi 214 marchés
        comportant une clause d'insertion, pour {sp(LET_HEURES)} heures de travail. La Lisonne
        en totalise {h["Lisonne"]}, l'Ardonne {h["Ardonne"]}, la Haute-Cimbre
        {h["Haute-Cimbre"]} et la Vaurèze {h["Vaurèze"]}.

        Les marchés réservés aux structures d'insertion (article L. 2113-13 du code de la
        commande publique) progressent aussi : 38 marchés réservés en 2028, contre 26 en 2027.
        Le Département de la Lisonne en a passé 7 à lui seul, pour l'entretien des espaces verts
        de ses collèges et des bords de routes.

        Un petit-déjeuner des clauses sociales réunira acheteurs, entreprises et SIAE de la
        Lisonne le 12 avril à Montrabel.
        """
    ):
        pdf.p(t)
    pdf.rubric("PORTRAIT", "Menuiserie Calmels : onze salariés reprennent leur entreprise")
    for t in paras(
        """
        À Orsenac, la Menuiserie Calmels, fondée en 1987, est devenue une SCOP le 1er octobre
        2028. Son fondateur, parti à la retraite, a cédé l'entreprise à onze de ses quatorze
        salariés, accompagnés par la CRESS et le DLA de l'Ardonne.

        Le capital de la SCOP s'élève à 88 000 €. Les associés ont élu Dorian~Malbec, 38 ans,
        chef d'atelier depuis 2015, au poste de gérant. L'entreprise réalise 1,9 million
        d'euros de chiffre d'affaires, surtout dans l'agencement de commerces et la menuiserie
        des bâtiments publics.

        « On ne voulait pas voir partir l'entreprise dans un groupe. À onze, nous avons apporté
        en moyenne 8 000 € chacun », explique Dorian~Malbec.
        """
    ):
        pdf.p(t)
    pdf.box(
        "Trophées de l'ESS 2029",
        [
            one(
                """Quatre catégories : utilité sociale, transition écologique, coopération
                territoriale, jeunes pousses."""
            ),
            "Dotation : 2 500 € par lauréat, et 1 000 € pour le prix du public.",
            "Candidatures jusqu'au 15 mai 2029 sur trophees.cress-orvanie.org.",
            "Remise des prix le 21 novembre 2029 à Orsenac.",
        ],
    )
    pdf.box(
        "Brèves",
        [
            one(
                """■ GE Causses Tandem fête ses dix ans. Créé en 2019 à Vernouillac, le
                groupement d'employeurs compte 17 adhérents et 9 salariés à temps partagé."""
            ),
            "■ L'annuaire des achats responsables référence désormais 284 fournisseurs de l'ESS.",
            one(
                """■ France Travail et la CRESS ont signé le 6 février 2029 une convention pour
                faire connaître les métiers de l'ESS aux demandeurs d'emploi."""
            ),
            one(
                """■ Essor Lisonne a signé avec le Département de la Lisonne une convention
                pluriannuelle d'objectifs de 576 000 € pour 2029-2031."""
            ),
        ],
        size=7.6,
    )


def let_page4(pdf: LetPDF) -> None:
    pdf.add_page()
    pdf.my = pdf.sy = LET_TOP
    pdf.rubric("VIE DU RÉSEAU", "214 adhérents et une équipe renforcée")
    for t in paras(
        f"""
        La CRESS a accueilli neuf nouveaux adhérents au premier trimestre 2029, dont la SCOP
        Menuiserie Calmels et l'association La Lanterne, qui porte le projet de tiers-lieu de la
        gare de Roquelance. Le réseau compte désormais 214 adhérents.

        Deux recrutements : Inaya Haddad a rejoint la CRESS le 4 février 2029 comme chargée de
        mission commande publique ; Valentin Espinasse, chargé d'études, renforce l'observatoire
        depuis le 1er mars 2029. L'équipe compte désormais 16 salariés.

        L'assemblée générale se tiendra le {jour(LET_AG)} à Puyrenard, à la halle aux grains,
        de 14 h à 18 h. Elle renouvellera le tiers sortant du conseil d'administration, soit 8
        sièges sur 24.
        """
    ):
        pdf.p(t)
    pdf.rubric("AGENDA", "Les prochains rendez-vous")
    for when, what in LET_AGENDA:
        pdf.mtext(when.capitalize(), "Sans", "B", 8.8, 4.3, PLUM)
        pdf.mtext(what, "Sans", "", 8.8, 4.3)
        pdf.my += 2
    pdf.box(
        "Contact",
        [
            "CRESS Orvanie",
            "17 rue du Barry, 99000 Valcresson",
            "04 65 71 10 20 · contact@cress-orvanie.org",
            "Directeur : Fabrice Teulier",
        ],
    )
    pdf.box(
        "Colophon",
        [
            "Directrice de la publication : Agathe Lescure",
            "Rédaction : Basile Gineste, Anouk Delcros",
            "Maquette : CRESS Orvanie",
            "Impression : Imprimerie coopérative des Causses (SCOP), Vernouillac, sur papier"
            " recyclé",
            "Tirage : 1 800 exemplaires",
            f"ISSN {issn('2779441')} · Dépôt légal : avril 2029",
            one(
                """Vous recevez cette lettre en tant qu'adhérent ou partenaire de la CRESS. Pour
                vous désinscrire : lettre@cress-orvanie.org."""
            ),
        ],
        size=7.2,
    )


def build_let() -> None:
    pdf = LetPDF()
    for page in (let_page1, let_page2, let_page3, let_page4):
        page(pdf)
    save_pdf(
        pdf,
        LET,
        {
            "title": "La Lettre de l'ESS en Orvanie n° 23",
            "subject": "Lettre trimestrielle de la CRESS Orvanie, avril 2029",
            "author": "CRESS Orvanie",
            "creator": "Scribus 1.6.1",
            "producer": "Scribus PDF Library 1.6.1",
            "keywords": "ESS, Orvanie, tiers-lieux, clauses sociales, SCOP, panorama",
        },
        datetime(2029, 4, 3, 16, 48, 5, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 3. Territorial study exported from LibreOffice Writer (PDF, A4): title page without footer,
#    table of contents with dot leaders, numbered headings, footnote calls set as raised
#    figures and footnotes at the foot of their page, one landscape page holding a wide
#    table (statistical secrecy « s »), a glossary
# ---------------------------------------------------------------------------

DIAG_FOOT = "Diagnostic de l'ESS – CC Lisonne-Causses – rapport final – février 2029"
# (commune, population, établissements, associations, coopératives, mutuelles, fondations,
#  part de l'ESS dans l'emploi privé, postes en insertion, tiers-lieu)
DIAG_COMMUNES = [
    ("Vernouillac", 6940, 52, 512, 121, 61, 0, "15,9 %", 27, "–"),
    ("Lagrèze", 3120, 21, 236, 46, 11, 104, "22,7 %", 0, "Atelier partagé"),
    ("Fontcluse", 2480, 17, 161, 0, 0, 0, "17,3 %", 26, "–"),
    ("Miremonde", 1870, 12, 64, 17, 0, 0, "13,1 %", 0, "Les Granges de Miremonde"),
    ("Roquelance", 1640, 11, 71, 9, 2, 0, "12,4 %", 0, "projet (ouverture 2030)"),
    ("Estaniol", 1410, 10, 58, 22, 0, 0, "11,8 %", 8, "La Cabane numérique"),
    ("Cabrials", 1320, 8, 84, 0, 0, 0, "14,6 %", 0, "–"),
    ("Pézenquet", 1150, 8, 38, 64, 0, 0, "16,2 %", 0, "–"),
    ("Aurivals", 980, 7, 74, 0, 0, 0, "19,5 %", 0, "–"),
    ("Combrevert", 860, 6, 51, 0, 0, 0, "10,9 %", 0, "–"),
    ("Lestrabous", 640, 4, 36, 0, 0, 0, "9,7 %", 0, "–"),
    ("Malvignes", 520, 4, 28, 19, 0, 0, "12,0 %", 0, "–"),
    ("Rivenac", 390, 3, 21, 0, 0, 0, "8,4 %", 0, "–"),
    ("Bessaguet", 160, 1, 2, 0, 0, 0, "s", 0, "–"),
]
DIAG_POP = sum(c[1] for c in DIAG_COMMUNES)  # 23 480
DIAG_ETAB = sum(c[2] for c in DIAG_COMMUNES)  # 164
DIAG_FAM = [sum(c[k] for c in DIAG_COMMUNES) for k in (3, 4, 5, 6)]  # 1 436, 298, 74, 104
DIAG_SAL = sum(DIAG_FAM)  # 1 912
DIAG_INS = sum(c[8] for c in DIAG_COMMUNES)  # 61
# (famille, établissements, salariés)
DIAG_FAMILLES = [
    ("Associations", 140, DIAG_FAM[0]),
    ("Coopératives", 17, DIAG_FAM[1]),
    ("Mutuelles", 6, DIAG_FAM[2]),
    ("Fondations", 1, DIAG_FAM[3]),
]
# (structure, type, commune, postes, activité)
DIAG_SIAE = [
    ("Les Jardins de Fontcluse", "ACI", "Fontcluse", "26 postes", "maraîchage biologique"),
    ("La Bricole", "ACI", "Vernouillac", "18 postes", "recyclerie, réemploi"),
    (
        "Essor Propreté",
        "EI",
        "Vernouillac",
        "9 postes",
        "nettoyage de locaux, entretien d'espaces verts",
    ),
    (
        "Pierres sèches du Causse",
        "ACI",
        "Estaniol",
        "8 postes",
        "restauration de murets et de petit patrimoine",
    ),
    ("Entraide Causses", "AI", "Lagrèze", "14 ETP", "mises à disposition de personnel"),
]
DIAG_NOTES = {
    1: "Conseil communautaire du 14 juin 2028, délibération n° 2028-061.",
    2: "Loi n° 2014-856 du 31 juillet 2014 "
    "relative à l'économie sociale et solidaire, article 1er.",
    3: "Populations légales en vigueur au 1er janvier 2029 (millésime 2026).",
    4: one(
        """Les fondations ne sont représentées que par un établissement, l'EHPAD Les Tilleuls
        de Lagrèze, géré par une fondation reconnue d'utilité publique."""
    ),
    5: one(
        """s : secret statistique (effectif inférieur à 3 salariés) ; – : aucun salarié. Les
        totaux incluent les effectifs couverts par le secret. Postes en insertion : postes
        conventionnés des ACI et de l'EI, hors association intermédiaire."""
    ),
    6: one(
        """Une association intermédiaire met ses salariés à disposition de particuliers,
        d'associations, d'entreprises ou de collectivités. Entraide Causses a réalisé 21 400
        heures de mise à disposition en 2028."""
    ),
    7: "Estimation de la CRESS Orvanie, hors valorisation du bénévolat.",
}
DIAG_RECOS = [
    (
        "R1",
        "Pérenniser le poste de chargé de mission ESS",
        """Le poste créé en 2028 à mi-temps (0,5 ETP) doit être pérennisé et porté à temps plein
        pour animer le réseau local et suivre les projets.""",
    ),
    (
        "R2",
        "Généraliser les clauses sociales",
        """Inscrire une clause d'insertion dans tous les marchés de travaux de plus de
        500 000 € HT de la CCLC et de ses communes, avec l'appui de la facilitatrice du
        Département.""",
    ),
    (
        "R3",
        "Accompagner le tiers-lieu de la gare de Roquelance",
        """Soutenir l'association La Lanterne dans le montage financier et la recherche d'un
        modèle économique, en lien avec l'appel à projets du Département.""",
    ),
    (
        "R4",
        "Anticiper les transmissions d'entreprises",
        """41 entreprises du territoire ont un dirigeant de plus de 60 ans. Informer leurs
        salariés et leurs dirigeants sur la reprise en SCOP.""",
    ),
    (
        "R5",
        "Développer l'emploi partagé",
        """Faire connaître GE Causses Tandem aux petites associations, dont 63 % n'ont qu'un
        salarié ou deux, et étudier une aide à l'adhésion.""",
    ),
    (
        "R6",
        "Faire vivre un forum annuel de l'ESS",
        """Organiser chaque année, pendant le Mois de l'ESS, un forum de l'ESS du territoire,
        le premier en novembre 2029 à Vernouillac.""",
    ),
]
DIAG_GLOSSAIRE = [
    (
        "ACI",
        """atelier et chantier d'insertion : structure qui embauche en CDDI des personnes très
        éloignées de l'emploi et produit des biens ou des services.""",
    ),
    (
        "AI",
        """association intermédiaire : elle met ses salariés en insertion à disposition de
        particuliers, d'associations, d'entreprises ou de collectivités.""",
    ),
    ("CDDI", "contrat à durée déterminée d'insertion, de quatre mois à deux ans."),
    (
        "EI",
        """entreprise d'insertion : entreprise du secteur marchand qui embauche des personnes
        en parcours d'insertion.""",
    ),
    ("ESUS", "entreprise solidaire d'utilité sociale, agrément délivré par l'État."),
    (
        "GE",
        """groupement d'employeurs : structure qui embauche des salariés et les met à
        disposition de ses adhérents, qui en partagent le temps de travail.""",
    ),
    ("SIAE", "structure d'insertion par l'activité économique (ACI, AI, EI, ETTI)."),
]
DIAG_MET = [
    "Essor Lisonne – Noémie Caussanel, directrice",
    "SCIC Les Granges de Miremonde – Coralie Marcoux, gérante",
    "GE Causses Tandem – Ludivine Ferrières, coordinatrice",
    "Association La Lanterne – Mélanie Cabanel, présidente",
    "Aidelis – Xavier Doumergue, directeur",
    "Cave coopérative de Pézenquet – Baptiste Lafage, directeur",
    "Département de la Lisonne – Clarisse Périé, chargée de mission ESS et tiers-lieux",
    "Commune de Miremonde – Manon Garric, adjointe au maire",
]


class DiagPDF(BasePDF):
    BODY_BOTTOM = 262.0

    def __init__(self):
        super().__init__("P")
        self.set_margins(25, 22, 22)
        self.set_auto_page_break(False)
        self.notes: dict[int, list[int]] = {}
        self.sections: dict[str, int] = {}

    def footer(self):
        if self.page_no() == 1:
            return
        notes = self.notes.get(self.page_no(), [])
        w, h = self.w, self.h
        if notes:
            self.set_font("LSerif", "", 8.2)
            lines = sum(
                len(self.multi_cell(w - 55, 3.6, DIAG_NOTES[n], dry_run=True, output="LINES"))
                for n in notes
            )
            y = h - 20 - lines * 3.6 - 3
            self.set_draw_color(0, 0, 0)
            self.line(25, y, 75, y)
            y += 1.5
            for n in notes:
                self.set_xy(25, y)
                self.cell(5, 3.6, str(n))
                self.set_xy(30, y)
                self.multi_cell(w - 55, 3.6, nb(DIAG_NOTES[n]), align="L")
                y = self.get_y()
        self.set_font("LSans", "", 8)
        self.set_text_color(80, 80, 80)
        self.set_xy(25, h - 14)
        self.cell(w - 80, 4, DIAG_FOOT)
        self.cell(30, 4, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def check(self) -> None:
        bottom = self.h - 35 - 3.6 * 3 * len(self.notes.get(self.page_no(), []))
        if self.y > bottom:
            raise ValueError(f"diagnostic page {self.page_no()}: text overflows ({self.y:.1f})")

    def h1(self, title: str) -> None:
        self.ln(3)
        self.set_font("LSans", "B", 13)
        self.set_x(self.l_margin)
        self.cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.sections[title] = self.page_no()
        self.ln(1.5)

    def h2(self, title: str) -> None:
        self.ln(1)
        self.set_font("LSans", "BI", 10.5)
        self.cell(0, 6, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def text(self, block: str, after: float = 2.2, size: float = 10.5) -> None:
        """Left-aligned body text; « [^n] » becomes a raised footnote call."""
        self.set_x(self.l_margin)
        for k, part in enumerate(re.split(r"\[\^(\d)\]", nb(one(block)))):
            if k % 2:
                self.notes.setdefault(self.page_no(), []).append(int(part))
                self.set_font("LSerif", "", size * 0.62)
                self.char_vpos = "SUP"
                self.write(5.2, part)
                self.char_vpos = "LINE"
            else:
                self.set_font("LSerif", "", size)
                self.write(5.2, part)
        self.ln(5.2 + after)
        self.check()

    def bullet(self, block: str, mark: str = "•") -> None:
        self.set_font("LSerif", "", 10.5)
        self.set_x(self.l_margin + 4)
        self.cell(5, 5.2, mark)
        self.set_left_margin(self.l_margin + 9)
        self.text(block, after=0.6)
        self.set_left_margin(self.l_margin - 9)

    def caption(self, text: str) -> None:
        self.ln(1)
        self.set_x(self.l_margin)
        for k, part in enumerate(re.split(r"\[\^(\d)\]", nb(text))):
            self.set_font("LSans", "I", 5.6 if k % 2 else 9)
            if k % 2:
                self.notes.setdefault(self.page_no(), []).append(int(part))
                self.char_vpos = "SUP"
            self.write(5, part)
            self.char_vpos = "LINE"
        self.ln(5.5)


def diag_table(pdf: DiagPDF, widths, heads, rows, aligns, size=9.0, bold_last=True) -> None:
    pdf.set_font("LSans", "", size)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        align="LEFT",
        line_height=size * 0.47,
        text_align=aligns,
        padding=(0.6, 1),
        headings_style=FontFace(emphasis="BOLD", fill_color=(221, 221, 221)),
    ) as table:
        row = table.row()
        for h in heads:
            row.cell(h, align="CENTER")
        for i, r in enumerate(rows):
            row = table.row()
            last = bold_last and i == len(rows) - 1
            for c in r:
                row.cell(nb(str(c)), style=FontFace(emphasis="BOLD") if last else None)
    pdf.ln(2)
    pdf.check()


def diag_cell(v: int) -> str:
    return "–" if v == 0 else "s" if v < 3 else sp(v)


def diag_pdf(toc: dict[str, int]) -> DiagPDF:
    pdf = DiagPDF()
    # title page (no footer)
    pdf.add_page()
    pdf.set_font("LSans", "", 11)
    pdf.set_y(40)
    pdf.cell(0, 6, "Communauté de communes Lisonne-Causses", align="C")
    pdf.set_y(95)
    pdf.set_font("LSans", "B", 22)
    pdf.multi_cell(0, 10, "Diagnostic de l'économie sociale\net solidaire du territoire", align="C")
    pdf.ln(6)
    pdf.set_font("LSans", "", 14)
    pdf.cell(0, 8, "Rapport final – février 2029", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(215)
    pdf.set_font("LSerif", "I", 10.5)
    pdf.multi_cell(
        0,
        5.5,
        nb(
            "Réalisé par l'observatoire régional de l'ESS de la CRESS Orvanie, avec le concours"
            " du DLA de la Lisonne (association Sillon)"
        ),
        align="C",
    )
    pdf.set_y(250)
    pdf.set_font("LSerif", "", 9)
    pdf.cell(0, 5, "Version 3 – validée par le comité de pilotage du 23 janvier 2029", align="C")
    # contents and summary
    pdf.add_page()
    pdf.set_font("LSans", "B", 14)
    pdf.cell(0, 8, "Sommaire", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("LSerif", "", 10.5)
    for title in DIAG_SECTIONS:
        label = nb(title)
        page = str(toc.get(title, 0))
        pdf.set_font("LSerif", "", 10.5)
        room = 160 - pdf.get_string_width(label) - pdf.get_string_width(page) - 4
        dots = "." * int(room / pdf.get_string_width("."))
        pdf.cell(0, 6, f"{label} {dots} {page}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("LSans", "B", 13)
    pdf.cell(0, 7, "Synthèse", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    for b in DIAG_SYNTHESE:
        pdf.bullet(b)
    # 1 and 2
    pdf.add_page()
    pdf.h1(DIAG_SECTIONS[0])
    pdf.text(
        f"""Par délibération du 14 juin 2028[^1], le conseil communautaire de la communauté de
        communes Lisonne-Causses (CCLC) a confié à l'observatoire régional de l'ESS de la CRESS
        Orvanie la réalisation d'un diagnostic de l'économie sociale et solidaire sur son
        territoire. L'étude s'est déroulée de septembre 2028 à janvier 2029. Elle a été suivie
        par un comité de pilotage réuni trois fois, les {jour("2028-10-03", False, False)} et
        {jour("2028-12-05", False)} puis le {jour("2029-01-23", False)}, et présidé par
        Fabienne Lagarrigue, vice-présidente de la CCLC chargée de l'économie et de l'ESS."""
    )
    pdf.text(
        """Le périmètre retenu est celui de la loi du 31 juillet 2014[^2] : associations,
        coopératives, mutuelles, fondations et sociétés commerciales de l'ESS. La méthode
        combine l'exploitation des données de l'Insee (Flores, au 31 décembre 2026), un
        questionnaire en ligne auquel 96 structures ont répondu (taux de réponse de 58 %) et
        38 entretiens individuels."""
    )
    pdf.text(
        """Le diagnostic a été rédigé par Anouk Delcros et Valentin Espinasse, avec le concours
        du DLA de la Lisonne, porté par l'association Sillon. Son coût, 18 600 € TTC, a été
        financé à parts égales par la CCLC et par la Région Orvanie."""
    )
    pdf.h1(DIAG_SECTIONS[1])
    pdf.text(
        f"""La CCLC regroupe 14 communes et {sp(DIAG_POP)} habitants[^3] sur 612 km², soit une
        densité de 38 habitants au km². Vernouillac, ville-centre et siège de la communauté de
        communes (3 place du Foirail), compte 6 940 habitants ; six communes ont moins de
        1 000 habitants, la plus petite étant Bessaguet (160 habitants)."""
    )
    pdf.text(
        """Le territoire compte 12 900 emplois salariés privés. Sa population vieillit : 34 %
        des habitants ont 60 ans ou plus, contre 29 % en Orvanie. Sept communes sont classées
        France Ruralités Revitalisation (FRR), dont Roquelance et Miremonde."""
    )
    # 3
    pdf.add_page()
    pdf.h1(DIAG_SECTIONS[2])
    pdf.text(
        f"""Fin 2026, l'ESS compte sur le territoire {DIAG_ETAB} établissements employeurs et
        {sp(DIAG_SAL)} salariés, soit 14,8 % de l'emploi salarié privé, contre 12,6 % dans la
        Lisonne et 11,3 % en Orvanie. Les associations rassemblent
        {pct(DIAG_FAM[0], DIAG_SAL)} % des salariés de l'ESS, et les fondations
        {pct(DIAG_FAM[3], DIAG_SAL)} %[^4]."""
    )
    pdf.caption("Tableau 1 – Établissements employeurs et salariés de l'ESS par famille, fin 2026")
    rows = [(f, e, sp(s), pct(s, DIAG_SAL) + " %") for f, e, s in DIAG_FAMILLES]
    rows.append(("Total ESS", DIAG_ETAB, sp(DIAG_SAL), "100 %"))
    diag_table(
        pdf,
        (50, 35, 30, 30),
        ("Famille", "Établissements", "Salariés", "Part des salariés"),
        rows,
        ("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.text(
        """L'action sociale rassemble 48 % des salariés de l'ESS (aide à domicile, hébergement
        de personnes âgées, accueil de jeunes enfants), devant l'agriculture et
        l'agroalimentaire (14 %, avec la cave coopérative de Pézenquet et les CUMA),
        l'enseignement (9 %) et le sport, la culture et les loisirs (6 %)."""
    )
    pdf.text(
        """Le premier employeur de l'ESS du territoire est l'association d'aide à domicile
        Aidelis, avec 214 salariés, devant l'EHPAD Les Tilleuls à Lagrèze (104
        salariés) et la cave coopérative de Pézenquet (58 salariés)."""
    )
    pdf.text(
        """La masse salariale de l'ESS atteint 47,6 millions d'euros. 71 % des salariés sont
        des femmes et 38 % travaillent à temps partiel. 63 % des associations employeuses
        n'ont qu'un salarié ou deux."""
    )
    # 4: landscape
    pdf.add_page(orientation="L")
    pdf.set_margins(20, 18, 20)
    pdf.set_y(18)
    pdf.h1(DIAG_SECTIONS[3])
    pdf.text(
        f"""Vernouillac concentre {pct(DIAG_COMMUNES[0][3] + DIAG_COMMUNES[0][4] + 61, DIAG_SAL, 0)}
        % des emplois de l'ESS du territoire. À Lagrèze, l'ESS pèse 22,7 % de l'emploi privé,
        la part la plus élevée de la CCLC, grâce à l'EHPAD Les Tilleuls."""
    )
    pdf.caption("Tableau 2 – L'ESS commune par commune (salariés au 31 décembre 2026)[^5]")
    rows = []
    for c in DIAG_COMMUNES:
        total = sum(c[3:7])
        rows.append(
            (
                c[0],
                sp(c[1]),
                c[2],
                *(diag_cell(v) for v in c[3:7]),
                diag_cell(total),
                c[7],
                diag_cell(c[8]),
                c[9],
            )
        )
    rows.append(
        (
            "CC Lisonne-Causses",
            sp(DIAG_POP),
            DIAG_ETAB,
            *(sp(v) for v in DIAG_FAM),
            sp(DIAG_SAL),
            "14,8 %",
            DIAG_INS,
            "4",
        )
    )
    diag_table(
        pdf,
        (34, 22, 19, 22, 22, 19, 19, 21, 22, 20, 37),
        (
            "Commune",
            "Population",
            "Établ. ESS",
            "Associations",
            "Coopératives",
            "Mutuelles",
            "Fondations",
            "Total salariés ESS",
            "Part de l'emploi privé",
            "Postes en insertion",
            "Tiers-lieu",
        ),
        rows,
        (
            "LEFT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "RIGHT",
            "LEFT",
        ),
        size=8.2,
    )
    # 5 and 6
    pdf.add_page(orientation="P")
    pdf.set_margins(25, 22, 22)
    pdf.set_y(22)
    pdf.h1(DIAG_SECTIONS[4])
    pdf.text(
        """Cinq structures d'insertion par l'activité économique (SIAE) sont implantées sur le
        territoire. En 2028, 198 personnes y ont travaillé en parcours d'insertion, pour 77
        ETP ; 58 % d'entre elles étaient bénéficiaires du RSA. L'ensemblier Essor Lisonne,
        créé en 2004, en porte trois."""
    )
    pdf.caption("Tableau 3 – Les SIAE du territoire en 2028")
    diag_table(
        pdf,
        (45, 13, 27, 20, 58),
        ("Structure", "Type", "Commune", "Postes", "Activité"),
        [tuple(r) for r in DIAG_SIAE],
        ("LEFT", "CENTER", "LEFT", "RIGHT", "LEFT"),
        bold_last=False,
    )
    pdf.text(
        """L'association intermédiaire Entraide Causses[^6], installée à Lagrèze, est la seule
        SIAE du territoire qui ne produit pas elle-même : elle met ses salariés à disposition.
        La Bricole et Essor Propreté partagent le même bâtiment, 14 chemin de la Gravière à
        Vernouillac."""
    )
    pdf.h1(DIAG_SECTIONS[5])
    pdf.text("Le territoire compte quatre tiers-lieux, dont un en projet :")
    for b in (
        """Les Granges de Miremonde, SCIC créée en 2023 : halle de producteurs, cuisine
        partagée et salle d'activités, 212 sociétaires ;""",
        """l'Atelier partagé de Lagrèze, association qui anime un atelier de fabrication
        ouvert trois jours par semaine ;""",
        """La Cabane numérique à Estaniol, espace France Services et de travail partagé porté
        par la commune ;""",
        """le tiers-lieu de la gare de Roquelance, porté par l'association La Lanterne, dont
        l'ouverture est envisagée en 2030.""",
    ):
        pdf.bullet(b)
    # 7
    pdf.add_page()
    pdf.h1(DIAG_SECTIONS[6])
    pdf.text(
        """Le comité de pilotage du 23 janvier 2029 a retenu six recommandations, à mettre en
        œuvre de 2029 à 2031."""
    )
    for code, title, block in DIAG_RECOS:
        pdf.h2(f"{code} – {title}")
        pdf.text(block, after=1.2)
    pdf.text(
        """Le coût du plan d'action est estimé à 85 000 € sur trois ans[^7], dont 60 % pour le
        poste de chargé de mission ESS."""
    )
    # annex
    pdf.add_page()
    pdf.h1(DIAG_SECTIONS[7])
    pdf.h2("Structures rencontrées (extrait)")
    for m in DIAG_MET:
        pdf.bullet(m, "–")
    pdf.h2("Glossaire")
    for k, v in DIAG_GLOSSAIRE:
        pdf.text(f"{k} : {one(v)}", after=0.8)
    return pdf


DIAG_SECTIONS = [
    "1. Contexte et méthode",
    "2. Le territoire",
    "3. Portrait de l'ESS",
    "4. L'ESS commune par commune",
    "5. L'insertion par l'activité économique",
    "6. Tiers-lieux et lieux de coopération",
    "7. Enjeux et recommandations",
    "Annexe – Personnes rencontrées et glossaire",
]
DIAG_SYNTHESE = [
    f"""{DIAG_ETAB} établissements employeurs et {sp(DIAG_SAL)} salariés : l'ESS pèse 14,8 % de
    l'emploi privé du territoire.""",
    """Vernouillac concentre plus d'un emploi de l'ESS sur trois ; Lagrèze a la part la plus
    élevée (22,7 %).""",
    "Cinq SIAE, où 198 personnes ont travaillé en parcours d'insertion en 2028.",
    "Quatre tiers-lieux, dont un en projet à Roquelance.",
    "41 entreprises dont le dirigeant a plus de 60 ans : un potentiel de reprise en SCOP.",
    "Six recommandations et un plan d'action estimé à 85 000 € sur trois ans.",
]


def build_diag() -> None:
    first = diag_pdf({})
    pdf = diag_pdf(first.sections)
    if pdf.sections != first.sections:
        raise ValueError("diagnostic: the table of contents moved between the two passes")
    save_pdf(
        pdf,
        DIAG,
        {
            "title": "Diagnostic de l'ESS – CC Lisonne-Causses",
            "subject": "Diagnostic territorial de l'économie sociale et solidaire",
            "author": "Anouk Delcros",
            "creator": "Writer",
            "producer": "LibreOffice 7.6",
            "keywords": "ESS, diagnostic, Lisonne-Causses, IAE, tiers-lieux",
        },
        datetime(2029, 2, 6, 11, 27, 52, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 4. Département web page (Drupal 10) saved from the browser: saved-from comment, mega-menu,
#    breadcrumb, « Publié le / Mis à jour le », an update notice, Bootstrap accordions
#    (« En savoir plus … ») whose bodies are collapsed, a calendar table with a struck-out
#    date, documents to download, related cards with their own figures, a « utile ? » widget,
#    a tarteaucitron cookie banner and a footer with many links
# ---------------------------------------------------------------------------

DRU_URL = "https://www.lisonne.fr/economie-emploi/ess/appels-projets/tiers-lieux-solidaires-2029"
DRU_PUB = "2029-03-05"
DRU_MAJ = "2029-03-21"
DRU_OLD = "2029-04-30"
DRU_NEW = "2029-05-14"
DRU_MENU = [
    (
        "Solidarités",
        [
            "Personnes âgées",
            "Personnes handicapées",
            "Enfance et famille",
            "Insertion et RSA",
            "Logement",
            "Maisons départementales des solidarités",
        ],
    ),
    (
        "Territoires",
        ["Routes et mobilités", "Collèges", "Environnement", "Eau et rivières", "Numérique"],
    ),
    (
        "Économie et emploi",
        [
            "Économie sociale et solidaire",
            "Appels à projets",
            "Clauses sociales",
            "Agriculture",
            "Tourisme",
        ],
    ),
    (
        "Culture, sport et loisirs",
        ["Archives", "Médiathèque départementale", "Sport", "Patrimoine"],
    ),
    (
        "Le Département",
        ["Les élus", "Le budget", "Les délibérations", "Recrutement", "Marchés publics", "Presse"],
    ),
]
DRU_ACCORDIONS = [
    (
        "Qui peut candidater ?",
        [
            "<p>Peuvent déposer un projet :</p>",
            "<ul><li>les associations loi 1901 déclarées depuis au moins un an ;</li>"
            "<li>les SCIC, les SCOP et les autres coopératives ;</li>"
            "<li>les sociétés commerciales agréées ESUS ;</li>"
            "<li>les communes de moins de 10 000 habitants et leurs groupements, à condition "
            "que la gestion du lieu soit confiée à une structure de l'ESS.</li></ul>",
            "<p>Les projets situés sur la commune de Montrabel, les entreprises individuelles et "
            "les lieux ouverts depuis plus de trois ans ne sont pas éligibles.</p>",
        ],
    ),
    (
        "Quels projets sont éligibles ?",
        [
            "<p>Le tiers-lieu doit :</p>",
            "<ul><li>être situé dans la Lisonne ;</li>"
            "<li>être ouvert au public au moins 20 heures par semaine, dont un soir ou le "
            "samedi ;</li>"
            "<li>proposer au moins trois activités différentes (travail partagé, fabrication, "
            "alimentation, culture, services au public…) ;</li>"
            "<li>associer ses usagers aux décisions (gouvernance partagée) ;</li>"
            "<li>prévoir un poste de coordination d'au moins 0,5 ETP dans les 18 mois.</li></ul>",
        ],
    ),
    (
        "En savoir plus sur le montant de l'aide",
        [
            "<p><strong>Investissement</strong> : jusqu'à 50 % des dépenses éligibles hors taxes, "
            "dans la limite de 40 000 € par projet. Les dépenses éligibles doivent atteindre au "
            "moins 20 000 € HT.</p>",
            "<p><strong>Aide au démarrage</strong> : 15 000 € la première année et 10 000 € la "
            "deuxième année, pour le poste de coordination.</p>",
            "<p><strong>Bonus ruralité</strong> : 5 000 € de plus pour l'investissement si le "
            "tiers-lieu est situé dans une commune classée France Ruralités Revitalisation "
            "(FRR).</p>",
        ],
    ),
    (
        "En savoir plus sur les dépenses éligibles",
        [
            "<p>Sont éligibles : les travaux d'aménagement et de mise aux normes, le mobilier, "
            "l'équipement et le matériel numérique, et, pour l'aide au démarrage, le salaire "
            "chargé du poste de coordination.</p>",
            "<p>Ne sont pas éligibles : l'acquisition de terrains ou de bâtiments, les dépenses "
            "engagées avant le dépôt du dossier et les frais de personnel autres que la "
            "coordination.</p>",
        ],
    ),
    (
        "Comment les projets sont-ils sélectionnés ?",
        [
            "<p>Un comité de sélection, réunissant des élus du Département, la CRESS Orvanie et "
            "la DDETS de la Lisonne, note les dossiers sur 100 points :</p>",
            '<table class="table table-sm"><thead><tr><th>Critère</th><th>Points</th></tr>'
            "</thead><tbody>"
            "<tr><td>Ancrage territorial et partenariats</td><td>25</td></tr>"
            "<tr><td>Utilité sociale</td><td>25</td></tr>"
            "<tr><td>Gouvernance partagée</td><td>20</td></tr>"
            "<tr><td>Viabilité économique</td><td>20</td></tr>"
            "<tr><td>Transition écologique</td><td>10</td></tr>"
            "</tbody></table>",
            "<p>Les porteurs des projets présélectionnés sont auditionnés les 11 et 12 juin 2029. "
            "La commission permanente du Département décide des aides le "
            f"{jour('2029-07-09', False)}.</p>",
        ],
    ),
    (
        "Comment déposer sa candidature ?",
        [
            '<p>Le dossier se dépose uniquement en ligne, sur <a href="https://aides.lisonne.fr">'
            "aides.lisonne.fr</a>. Pièces à joindre :</p>",
            "<ol><li>les statuts et la liste des membres du conseil d'administration ;</li>"
            "<li>le budget prévisionnel du lieu sur trois ans ;</li>"
            "<li>le plan de financement de l'investissement et les devis ;</li>"
            "<li>une lettre de soutien de la commune d'implantation ;</li>"
            "<li>un relevé d'identité bancaire ;</li>"
            "<li>pour les sociétés commerciales, l'attestation d'agrément ESUS.</li></ol>",
        ],
    ),
    (
        "En savoir plus sur le versement",
        [
            "<p>Une avance de 30 % est versée à la notification. Le solde est versé sur "
            "justificatif des dépenses, qui doivent être réalisées dans les trois ans suivant la "
            "décision. Les travaux doivent commencer avant le 31 mars 2030.</p>",
        ],
    ),
]
DRU_CALENDAR = [
    ("Lancement de l'appel à projets", jour(DRU_PUB)),
    ("Réunion d'information en visioconférence", f"{jour('2029-03-20')} à 18 h"),
    (
        "Date limite de dépôt des candidatures",
        f"<del>{jour(DRU_OLD)}</del> {jour(DRU_NEW)} à 12 h",
    ),
    ("Auditions des projets présélectionnés", "11 et 12 juin 2029"),
    ("Décision de la commission permanente", jour("2029-07-09")),
]
DRU_DOCS = [
    ("Règlement de l'appel à projets 2029", "PDF", "412 Ko"),
    ("Dossier de candidature", "DOCX", "96 Ko"),
    ("Foire aux questions, mise à jour le 21/03/2029", "PDF", "188 Ko"),
    ("Replay de la réunion d'information du 20 mars 2029", "Vidéo", "52 min"),
]
DRU_RELATED = [
    (
        "Appel à projets « Mobilité solidaire » 2029",
        "Enveloppe : 120 000 €. Date limite : 31 mai 2029.",
        "appels-projets/mobilite-solidaire-2029",
    ),
    (
        "Fonds d'appui aux structures de l'IAE",
        "Aide au démarrage d'activités nouvelles, jusqu'à 25 000 €. "
        "Date limite : 15 septembre 2029.",
        "appels-projets/fonds-appui-iae",
    ),
    (
        "Clauses sociales : le Département vous accompagne",
        "Publié le 12/01/2029. Une facilitatrice aide les entreprises à recruter.",
        "clauses-sociales",
    ),
]
DRU_FOOTER_LINKS = [
    "Mentions légales",
    "Accessibilité : partiellement conforme",
    "Plan du site",
    "Données personnelles",
    "Gestion des cookies",
    "Nous contacter",
    "Espace presse",
    "Offres d'emploi",
    "Marchés publics",
    "Données ouvertes",
    "Lettre d'information",
]


def dru_slug(text: str) -> str:
    s = text.lower()
    for a, b in (("éèêë", "e"), ("àâ", "a"), ("îï", "i"), ("ôö", "o"), ("ûùü", "u"), ("ç", "c")):
        for ch in a:
            s = s.replace(ch, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def dru_html() -> str:
    menu = []
    for k, (top, subs) in enumerate(DRU_MENU):
        items = "".join(
            f'<li class="menu-item"><a href="/{dru_slug(top)}/{dru_slug(s)}" '
            f'data-drupal-link-system-path="node/{3100 + 7 * k + i}">{escape(s)}</a></li>'
            for i, s in enumerate(subs)
        )
        menu.append(
            f'<li class="menu-item menu-item--expanded mega-menu__item">'
            f'<button class="mega-menu__toggle" aria-expanded="false" '
            f'aria-controls="mega-{k}">{escape(top)}</button>'
            f'<div class="mega-menu__panel" id="mega-{k}" hidden><ul class="menu menu--level-2">'
            f"{items}</ul></div></li>"
        )
    acc = []
    for k, (title, body) in enumerate(DRU_ACCORDIONS, 1):
        acc.append(
            f'<div class="accordion-item">\n<h3 class="accordion-header" id="heading-{k}">'
            f'<button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
            f'data-bs-target="#collapse-{k}" aria-expanded="false" aria-controls="collapse-{k}">'
            f"{escape(title)}</button></h3>\n"
            f'<div id="collapse-{k}" class="accordion-collapse collapse" '
            f'aria-labelledby="heading-{k}" data-bs-parent="#accordion-aap">'
            f'<div class="accordion-body">\n' + "\n".join(body) + "\n</div></div></div>"
        )
    cal = "".join(f"<tr><td>{escape(a)}</td><td>{b}</td></tr>\n" for a, b in DRU_CALENDAR)
    docs = "".join(
        f'<li class="file file--{t.lower()}"><a href="/sites/default/files/2029-03/'
        f'{dru_slug(n)}.{t.lower()}">{escape(n)}</a> <span class="file-size">({t} – {s})</span>'
        f"</li>\n"
        for n, t, s in DRU_DOCS
    )
    related = "".join(
        f'<div class="card card--related"><h3 class="card__title"><a href="/economie-emploi/ess/'
        f'{u}">{escape(t)}</a></h3><p class="card__text">{escape(x)}</p></div>\n'
        for t, x, u in DRU_RELATED
    )
    footer = "".join(f'<li><a href="/{dru_slug(x)}">{escape(x)}</a></li>' for x in DRU_FOOTER_LINKS)
    crumbs = "".join(
        f'<li class="breadcrumb-item"><a href="/{dru_slug(c)}">{escape(c)}</a></li>'
        for c in (
            "Accueil",
            "Économie et emploi",
            "Économie sociale et solidaire",
            "Appels à projets",
        )
    )
    subs = {
        "@@MENU@@": "\n".join(menu),
        "@@ACC@@": "\n".join(acc),
        "@@CAL@@": cal,
        "@@DOCS@@": docs,
        "@@RELATED@@": related,
        "@@FOOTER@@": footer,
        "@@CRUMBS@@": crumbs,
        "@@PUB@@": dmy(DRU_PUB),
        "@@MAJ@@": dmy(DRU_MAJ),
        "@@OLD@@": jour(DRU_OLD),
        "@@NEW@@": jour(DRU_NEW),
        "@@URL@@": DRU_URL,
        "@@LEN@@": f"{len(DRU_URL):04d}",
    }
    out = DRU_TEMPLATE
    for k, v in subs.items():
        out = out.replace(k, v)
    return out


DRU_TEMPLATE = """<!DOCTYPE html>
<!-- saved from url=(@@LEN@@)@@URL@@ -->
<html lang="fr" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta http-equiv="Content-Type" \
content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Appel à projets « Tiers-lieux solidaires » 2029 | Département de la Lisonne</title>
<meta name="description" content="Le Département de la Lisonne soutient la création et le \
développement de tiers-lieux portés par des acteurs de l'ESS.">
<link rel="canonical" href="@@URL@@">
<meta property="og:site_name" content="Département de la Lisonne">
<meta property="og:type" content="article">
<meta property="og:title" content="Appel à projets « Tiers-lieux solidaires » 2029">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="HandheldFriendly" content="true">
<link rel="icon" href="https://www.lisonne.fr/themes/custom/lisonne/favicon.ico" \
type="image/vnd.microsoft.icon">
<link rel="stylesheet" media="all" \
href="./tiers-lieux-solidaires-2029_files/css_kT3vQ9x1mB0aR7sLwF2pYhN8cE4dJ6uG5iO0zXqVbUk.css">
<script type="application/json" \
data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/4127","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"fr"},"pluralDelimiter":"\\u0003","ajaxTrustedUrl":[],"user":{"uid":0,"permissionsHash":"b4c1e8f0a2d35e7c9a1f6b8d0e2c4a6f8b0d2e4f6a8c0e2d4f6a8b0c2e4d6f8a"}}</script>
<script src="./tiers-lieux-solidaires-2029_files/tarteaucitron.js"></script>
<script>tarteaucitron.init({"privacyUrl": "/donnees-personnelles", "hashtag": "#tarteaucitron", \
"cookieName": "tarteaucitron", "orientation": "bottom", "showAlertSmall": false, "cookieslist": \
true, "AcceptAllCta": true, "highPrivacy": true, "removeCredit": true});</script>
</head>
<body class="path-node page-node-type-appel-a-projets">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner" class="site-header">
<div class="region region-header-top">
<ul class="menu menu--top"><li><a href="/recrutement">Recrutement</a></li><li><a \
href="/presse">Presse</a></li><li><a href="/marches-publics">Marchés publics</a></li><li><a \
href="/contact">Contact</a></li></ul>
</div>
<div class="region region-header">
<div id="block-lisonne-branding" class="block block-system block-system-branding-block">
<a href="/" rel="home" class="site-logo"><img \
src="./tiers-lieux-solidaires-2029_files/logo-lisonne.svg" alt="Accueil - Département de la \
Lisonne"></a>
</div>
<div class="views-exposed-form block block-views" \
data-drupal-selector="views-exposed-form-recherche-page-1">
<form action="/recherche" method="get" accept-charset="UTF-8"><div class="js-form-item form-item">\
<label for="edit-keys" class="visually-hidden">Rechercher</label><input placeholder="Rechercher \
sur le site" type="search" id="edit-keys" name="keys" value="" size="30" maxlength="128" \
class="form-search"></div><div class="form-actions js-form-wrapper form-wrapper"><input \
type="submit" value="Rechercher" class="button js-form-submit form-submit"></div></form>
</div>
<a class="btn btn--demarches" href="https://demarches.lisonne.fr">Démarches en ligne</a>
</div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" \
class="block block-menu navigation menu--main mega-menu">
<h2 class="visually-hidden" id="block-mainnavigation-menu">Navigation principale</h2>
<ul class="menu menu--level-1">
@@MENU@@
</ul>
</nav>
</header>
<div class="region region-breadcrumb">
<div id="block-lisonne-breadcrumbs" class="block block-system block-system-breadcrumb-block">
<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 \
id="system-breadcrumb" class="visually-hidden">Vous êtes ici</h2>
<ol class="breadcrumb-list">@@CRUMBS@@<li class="breadcrumb-item active" \
aria-current="page">Tiers-lieux solidaires 2029</li></ol></nav>
</div>
</div>
<main role="main" class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<article data-history-node-id="4127" class="node node--type-appel-a-projets node--view-mode-full">
<div class="node__header">
<span class="badge badge--statut badge--ouvert">Appel à projets ouvert</span>
<h1 class="page-title"><span class="field field--name-title field--type-string">Appel à projets « \
Tiers-lieux solidaires » 2029</span></h1>
<div class="node__meta"><span class="node__date">Publié le <time \
datetime="2029-03-05T09:00:00+01:00">@@PUB@@</time></span> – <span class="node__changed">Mis à \
jour le <time datetime="2029-03-21T17:40:00+01:00">@@MAJ@@</time></span></div>
<ul class="field field--name-field-thematiques field__items"><li class="field__item"><a \
href="/thematique/ess">Économie sociale et solidaire</a></li><li class="field__item"><a \
href="/thematique/appels-projets">Appel à projets</a></li><li class="field__item"><a \
href="/thematique/ruralite">Territoires ruraux</a></li></ul>
</div>
<div class="alert alert-warning" role="alert"><p><strong>Mise à jour du 21 mars 2029 :</strong> la \
date limite de dépôt des candidatures est reportée au @@NEW@@ à 12 h (au lieu du @@OLD@@).</p></div>
<div class="clearfix text-formatted field field--name-field-chapo field--type-text-long \
field__item"><p class="chapo">Le Département de la Lisonne soutient la création et le \
développement de tiers-lieux portés par des acteurs de l'économie sociale et solidaire, en \
priorité dans les communes rurales. Doté de 350 000 €, l'appel à projets 2029 finance \
l'investissement et le démarrage de lieux ouverts à tous, qui créent des activités et des \
emplois.</p></div>
<div class="field field--name-field-chiffres"><div class="chiffres"><div class="chiffre"><span \
class="chiffre__nombre">350 000 €</span><span class="chiffre__legende">d'enveloppe en 2029</span>\
</div><div class="chiffre"><span class="chiffre__nombre">40 000 €</span><span \
class="chiffre__legende">d'aide à l'investissement au plus</span></div><div class="chiffre"><span \
class="chiffre__nombre">9</span><span class="chiffre__legende">tiers-lieux soutenus en 2028</span>\
</div></div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary \
field__item">
<h2>Les objectifs</h2>
<ul>
<li>Favoriser l'émergence de lieux de coopération dans les territoires ruraux de la Lisonne.</li>
<li>Créer des activités et des emplois de l'ESS, notamment pour les publics en insertion.</li>
<li>Rapprocher les services du quotidien des habitants.</li>
</ul>
<p>Lors de l'édition 2028, 31 dossiers ont été déposés et 9 tiers-lieux ont été soutenus, pour un \
total de 286 500 €.</p>
<h2>Ce qu'il faut savoir</h2>
<div class="accordion" id="accordion-aap">
@@ACC@@
</div>
<h2>Calendrier</h2>
<table class="table table-calendrier"><caption>Calendrier de l'appel à projets 2029</caption>
<thead><tr><th scope="col">Étape</th><th scope="col">Date</th></tr></thead>
<tbody>
@@CAL@@</tbody></table>
</div>
<div class="paragraph paragraph--type--contact"><h2>Contact</h2>
<div class="contact-card"><p class="contact-card__name">Clarisse Périé</p><p \
class="contact-card__role">Chargée de mission ESS et tiers-lieux, direction de l'insertion et de \
l'économie solidaire</p><p class="contact-card__phone"><a href="tel:+33465713218">04 65 71 32 \
18</a></p><p class="contact-card__mail"><a \
href="mailto:tierslieux@lisonne.fr">tierslieux@lisonne.fr</a></p><p \
class="contact-card__note">Permanence téléphonique le mardi et le jeudi, de 14 h à 17 h.</p></div>\
</div>
<div class="field field--name-field-documents"><h2>Documents à télécharger</h2>
<ul class="file-list">
@@DOCS@@</ul></div>
<div class="block-useful"><p class="block-useful__question">Cette page vous a-t-elle été utile \
?</p><button class="btn btn--small">Oui</button><button class="btn btn--small">Non</button></div>
<div class="share"><span class="share__label">Partager :</span><a class="share__link \
share__link--facebook" href="#">Facebook</a><a class="share__link share__link--linkedin" \
href="#">LinkedIn</a><a class="share__link share__link--mail" href="#">Courriel</a><a \
class="share__link share__link--print" href="javascript:window.print()">Imprimer</a></div>
</article>
</div>
<aside class="region region-sidebar" role="complementary">
<div class="block block-views block-views-blockcontenus-lies-block-1"><h2 class="block__title">Sur \
le même thème</h2>
@@RELATED@@</div>
</aside>
</main>
<footer role="contentinfo" class="site-footer">
<div class="region region-footer">
<div class="footer__contact"><p class="footer__title">Département de la Lisonne</p><p>Hôtel du \
Département<br>9 avenue de la Lisonne – CS 70012<br>99010 Montrabel Cedex</p><p>Standard : 04 65 \
71 00 00</p><p>Accueil du public du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h \
30.</p></div>
<div class="footer__social"><a href="#">Facebook</a><a href="#">Instagram</a><a \
href="#">LinkedIn</a><a href="#">YouTube</a></div>
<nav class="footer__links" aria-label="Liens de pied de page"><ul class="menu \
menu--footer">@@FOOTER@@</ul></nav>
<p class="footer__copyright">© 2029 Département de la Lisonne</p>
</div>
</footer>
</div>
</div>
<div id="tarteaucitronRoot" data-nosnippet="true" lang="fr"><div id="tarteaucitronAlertBig" \
role="dialog" aria-modal="true" aria-labelledby="tac_title"><span id="tac_title" \
class="tac_visually-hidden">Gestion des cookies</span><span id="tarteaucitronDisclaimerAlert">Ce \
site utilise des cookies et vous donne le contrôle sur ceux que vous souhaitez activer.</span>\
<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" \
id="tarteaucitronPersonalize2">✓ Tout accepter</button><button type="button" \
class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2">✗ Tout \
refuser</button><button type="button" id="tarteaucitronCloseAlert" \
class="tarteaucitronCTAButton">Personnaliser</button></div></div>
<script src="./tiers-lieux-solidaires-2029_files/\
js_Hq2n8Lw0cV5xR1tY7uI3oP9aS4dF6gJ0kZ2mB8nC1eA.js"></script>
</body></html>
"""


def build_dru() -> None:
    (CORPUS / DRU).write_text(dru_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 5. Discourse forum thread saved from the browser: header and category badge, posts with
#    username and full name, relative dates with the full date in a title attribute, quotes
#    of earlier posts (aside.quote), a wrong answer and its correction marked as the
#    solution, a onebox, reactions, an edited post, a closing notice, the topic map,
#    suggested topics with their own counts, a hidden user card
# ---------------------------------------------------------------------------

FOR_TITLE = "Une commune peut-elle entrer au capital de notre SCIC ?"
FOR_USERS = {
    "coralie.marcoux": ("Coralie Marcoux", "Gérante, SCIC Les Granges de Miremonde", ""),
    "cyril.vernhes": ("Cyril Vernhes", "", ""),
    "joel.dejean": ("Joël Déjean", "Juriste, CRESS Orvanie", "staff"),
    "manon.garric": ("Manon Garric", "Adjointe au maire de Miremonde", ""),
    "florian.taurines": ("Florian Taurines", "", ""),
    "katia.jalabert": ("Katia Jalabert", "Réseau des tiers-lieux, CRESS Orvanie", "moderator"),
    "tristan.albinet": ("Tristan Albinet", "", ""),
}


def for_quote(user: str, post: int, text: str) -> str:
    return (
        f'<aside class="quote no-group" data-username="{user}" data-post="{post}" '
        f'data-topic="812">\n<div class="title">\n<div class="quote-controls"></div>\n'
        f'<img alt="" width="24" height="24" src="./scic-commune_files/{user}_48.png" '
        f'class="avatar"> {user}:</div>\n<blockquote>\n<p>{text}</p>\n</blockquote>\n</aside>\n'
    )


FOR_ONEBOX = """<aside class="onebox allowlistedgeneric" \
data-onebox-src="https://www.legifrance.gouv.fr/">
<header class="source"><img src="./scic-commune_files/legifrance.png" class="site-icon"
width="32" height="32"><a href="https://www.legifrance.gouv.fr/" target="_blank"
rel="noopener nofollow ugc">legifrance.gouv.fr</a></header>
<article class="onebox-body"><h3><a href="https://www.legifrance.gouv.fr/" target="_blank"
rel="noopener nofollow ugc">Loi n° 47-1775 du 10 septembre 1947 portant statut de la
coopération - Légifrance</a></h3></article>
<div style="clear: both"></div></aside>
"""

# (numéro, auteur, date ISO, heure, réactions, contenu HTML, modifié)
FOR_POSTS = [
    (
        1,
        "coralie.marcoux",
        "2029-03-05",
        "21:14",
        "❤️ 4",
        """<p>Bonjour à toutes et à tous,</p>
<p>Nous sommes la SCIC Les Granges de Miremonde, un tiers-lieu agricole (halle de
producteurs, cuisine partagée, salle d'activités) ouvert en 2023 à Miremonde. Aujourd'hui :
212 sociétaires, un capital de 38 400 € en parts de 50 €, et 4 salariés.</p>
<p>La commune de Miremonde voudrait entrer au capital à hauteur de 2 000 €, soit 40 parts, et
la communauté de communes Lisonne-Causses nous parle de 5 000 €.</p>
<ol>
<li>Est-ce possible juridiquement ?</li>
<li>Y a-t-il un plafond pour les collectivités ?</li>
<li>Dans quel collège de vote les mettre ?</li>
</ol>
<p>Merci d'avance !</p>""",
        False,
    ),
    (
        2,
        "cyril.vernhes",
        "2029-03-05",
        "22:02",
        "",
        """<p>Bonsoir Coralie,<br>
Oui c'est possible, chez nous la commune est entrée en 2021. Attention quand même, il me
semble que les collectivités ne peuvent pas dépasser 20 % du capital d'une SCIC.</p>""",
        False,
    ),
    (
        3,
        "joel.dejean",
        "2029-03-06",
        "09:37",
        "❤️ 9 👍 3",
        for_quote(
            "cyril.vernhes",
            2,
            "il me semble que les collectivités ne peuvent pas dépasser 20 % du capital d'une SCIC",
        )
        + """<p>Ce n'est plus le cas. Le plafond de 20 % date de l'ancienne rédaction de la loi.
Depuis la loi du 31 juillet 2014 relative à l'ESS, les collectivités territoriales, leurs
groupements et leurs établissements publics peuvent détenir ensemble jusqu'à 50 % du capital
d'une SCIC (article 19 septies de la loi du 10 septembre 1947).</p>
<p>Pour les collèges de vote : si vos statuts en prévoient, chaque collège dispose d'au moins
10 % et d'au plus 50 % des droits de vote en assemblée générale.</p>
<p>Côté commune, il faut une délibération du conseil municipal ; la souscription est une
dépense d'investissement.</p>""",
        False,
    ),
    (
        4,
        "manon.garric",
        "2029-03-06",
        "12:20",
        "❤️ 2",
        """<p>Je confirme côté commune : le conseil municipal de Miremonde votera le 28 mars. Nous
avons prévu 40 parts, soit 2 000 €, inscrits au budget 2029 en investissement. Nous
souhaitons un collège « collectivités » distinct, pour ne pas peser sur le collège des
partenaires.</p>""",
        False,
    ),
    (
        5,
        "cyril.vernhes",
        "2029-03-06",
        "13:05",
        "😄 2",
        """<p>Merci Joël, j'avais une vieille info <img src="./scic-commune_files/sweat_smile.png"
title=":sweat_smile:" class="emoji" alt=":sweat_smile:"> Chez nous, à la SCIC Chaleur des
Causses (chaufferie bois à Cabrials), la commune détient 18 % du capital.</p>""",
        False,
    ),
    (
        6,
        "coralie.marcoux",
        "2029-03-07",
        "19:48",
        "",
        for_quote(
            "joel.dejean",
            3,
            "chaque collège dispose d'au moins 10 % et d'au plus 50 % des droits de vote en"
            " assemblée générale",
        )
        + """<p>Nos statuts prévoient aujourd'hui quatre collèges : salariés 30 %, producteurs
30 %, usagers 25 %, partenaires 15 %.</p>
<p>Avec un collège des collectivités, nous pensions passer à : salariés 25 %, producteurs
25 %, usagers 20 %, partenaires 15 % et collectivités 15 %. C'est bon ?</p>""",
        False,
    ),
    (
        7,
        "joel.dejean",
        "2029-03-08",
        "08:55",
        "❤️ 3",
        """<p>Oui, chaque collège reste entre 10 % et 50 %. Il faudra modifier les statuts en
assemblée générale extraordinaire, à la majorité des deux tiers prévue par vos statuts.</p>
<p>Pensez au DLA : Sillon peut financer un accompagnement juridique pour la révision des
statuts.</p>""",
        False,
    ),
    (
        8,
        "florian.taurines",
        "2029-03-08",
        "17:31",
        "❤️ 1",
        """<p>Le texte pour celles et ceux qui veulent lire l'original :</p>
"""
        + FOR_ONEBOX
        + """<p>Petit retour d'expérience : nous avons trois collectivités au capital, qui
détiennent ensemble 11 % du capital. Deux rappels utiles pour les élus : au moins 57,5 % des
excédents vont en réserves impartageables, et les parts ne sont remboursées qu'à leur valeur
nominale.</p>""",
        False,
    ),
    (
        9,
        "katia.jalabert",
        "2029-03-09",
        "10:12",
        "👍 5",
        """<p>Pour aller plus loin, la CRESS organise un webinaire « Créer ou faire évoluer une
SCIC » le mercredi 25 avril 2029, de 12 h 30 à 13 h 30. Inscription sur
<a href="https://cress-orvanie.org/agenda">cress-orvanie.org/agenda</a>.</p>""",
        False,
    ),
    (
        10,
        "tristan.albinet",
        "2029-03-12",
        "14:40",
        "",
        """<p>Et pour la communauté de communes, 5 000 €, ça fait 100 parts ?</p>""",
        False,
    ),
    (
        11,
        "coralie.marcoux",
        "2029-03-12",
        "18:03",
        "❤️ 1",
        """<p>Oui, 100 parts. Au total, les deux collectivités détiendraient 7 000 €, soit environ
15 % du capital après leur entrée (45 400 €).</p>""",
        False,
    ),
    (
        12,
        "coralie.marcoux",
        "2029-03-29",
        "08:16",
        "🎉 8",
        """<p><strong>Mise à jour</strong> : le conseil municipal de Miremonde a voté hier soir,
28 mars, l'entrée au capital : 40 parts, soit 2 000 €, à l'unanimité des 15 conseillers
présents. La communauté de communes délibérera le 17 avril. Merci à tous !</p>""",
        True,
    ),
]
FOR_SUGGESTED = [
    ("Révision coopérative : qui l'a déjà fait faire ?", "Statuts et juridique", 4, 212, "févr."),
    (
        "Cherche modèle de convention d'occupation pour un tiers-lieu",
        "Tiers-lieux",
        7,
        391,
        "janv.",
    ),
    ("Mutualiser un poste de comptable entre trois associations", "Emploi", 9, 530, "3 mars"),
    ("Bilan du Mois de l'ESS 2028 dans la Haute-Cimbre", "Événements", 2, 147, "déc. 2028"),
]


def for_fr_date(iso: str, hour: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {MOIS_FR[d.month - 1]} {d.year} {hour}"


def for_post(n: int, user: str, iso: str, hour: str, reactions: str, body: str, edited: bool):
    name, title, group = FOR_USERS[user]
    d = date.fromisoformat(iso)
    short = f"{d.day} {MOIS_FR[d.month - 1]}"
    ts = int(datetime.fromisoformat(f"{iso}T{hour}:00+01:00").timestamp() * 1000)
    solution = ""
    if n == 1:
        solution = (
            '<div class="accepted-answer" data-post="3"><p class="solution">'
            '<svg class="fa d-icon d-icon-check-square svg-icon"><use href="#check-square">'
            '</use></svg> Résolu par <a href="/u/joel.dejean">joel.dejean</a> dans le message'
            ' n° 3</p><a class="accepted-answer-link" href="/t/812/3">Voir dans le contexte</a>'
            "</div>\n"
        )
    badge = '<span class="post-accepted-answer-tag">Solution</span>' if n == 3 else ""
    flair = f'<span class="user-title">{escape(title)}</span>' if title else ""
    group_cls = f" {group}" if group else ""
    edit = (
        '<div class="post-info edits"><button class="widget-button btn-flat"'
        ' title="Message modifié le 29 mars 2029 08:21"><span class="d-button-label">1</span>'
        '<svg class="fa d-icon d-icon-pencil-alt svg-icon"><use href="#pencil-alt"></use>'
        "</svg></button></div>"
        if edited
        else ""
    )
    react = (
        f'<div class="discourse-reactions-counter"><div class="reactions-counter">'
        f"{reactions}</div></div>"
        if reactions
        else ""
    )
    return f"""<div class="topic-post clearfix regular" data-post-number="{n}">
<article id="post_{n}" aria-label="message n° {n} de {name}" role="region"
data-post-id="{48210 + n * 3}" data-topic-id="812" data-user-id="{user}"
class="boxed onscreen-post">
<div class="row">
<div class="topic-avatar"><a class="trigger-user-card main-avatar" data-user-card="{user}"
href="/u/{user}"><img alt="" width="48" height="48"
src="./scic-commune_files/{user}_48.png" class="avatar"></a></div>
<div class="topic-body clearfix">
<div role="heading" aria-level="2" class="topic-meta-data">
<div class="names trigger-user-card"><span class="first username{group_cls}"><a
href="/u/{user}" data-user-card="{user}">{user}</a></span><span class="second full-name"><a
href="/u/{user}" data-user-card="{user}">{escape(name)}</a></span>{flair}</div>
<div class="post-infos">{edit}<div class="post-info post-date"><a class="post-date"
href="/t/une-commune-peut-elle-entrer-au-capital-de-notre-scic/812/{n}"><span
title="{for_fr_date(iso, hour)}" data-time="{ts}" class="relative-date">{short}</span></a>
</div></div></div>
<div class="regular contents">
<div class="cooked">
{body}
</div>
{solution}<section class="post-menu-area clearfix">{react}{badge}<nav class="post-controls">
<button class="widget-button btn-flat reply" title="Répondre à ce message">
<span class="d-button-label">Répondre</span></button></nav></section>
</div></div></div></article></div>
"""


def for_html() -> str:
    posts = "".join(for_post(*p) for p in FOR_POSTS)
    suggested = "".join(
        f'<tr class="topic-list-item"><td class="main-link"><a href="/t/{dru_slug(t)}" '
        f'class="title raw-link raw-topic-link">{escape(t)}</a>\n<div class="link-bottom-line">'
        f'<span class="badge-category__name">{escape(c)}</span></div></td>'
        f'<td class="num posts-map posts"><span class="number">{r}</span></td>'
        f'<td class="num views"><span class="number">{v}</span></td>'
        f'<td class="num activity">{escape(a)}</td></tr>\n'
        for t, c, r, v, a in FOR_SUGGESTED
    )
    return FOR_TEMPLATE.replace("@@POSTS@@", posts).replace("@@SUGGESTED@@", suggested)


FOR_TEMPLATE = """<!DOCTYPE html>
<!-- saved from url=(0091)https://forum.cress-orvanie.org/t/une-commune-\
peut-elle-entrer-au-capital-de-notre-scic/812 -->
<html lang="fr" class="desktop-view not-mobile-device text-size-normal no-touch \
discourse-no-touch"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Une commune peut-elle entrer au capital de notre SCIC ? - Statuts et juridique - Forum
Agora ESS Orvanie</title>
<meta name="description" content="Bonjour à toutes et à tous, Nous sommes la SCIC Les Granges
de Miremonde, un tiers-lieu agricole…">
<meta name="generator" content="Discourse 3.3.2">
<link rel="canonical" \
href="https://forum.cress-orvanie.org/t/une-commune-peut-elle-entrer-au-capital-de-notre-scic/812">
<meta name="theme-color" media="all" content="#ffffff">
<meta property="og:site_name" content="Agora ESS Orvanie">
<meta property="og:type" content="website">
<link href="./scic-commune_files/color_definitions_light_3_1_0f7c2a.css" media="all"
rel="stylesheet" class="light-scheme">
<link href="./scic-commune_files/desktop_5b1e8d.css" media="all" rel="stylesheet">
<script defer src="./scic-commune_files/vendor.js"></script>
<script defer src="./scic-commune_files/discourse.js"></script>
</head>
<body class="crawler-none docked category-statuts-et-juridique tag-scic tag-collectivites
tag-capital archetype-regular">
<section id="main" class="ember-application">
<div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">
<div class="home-logo-wrapper-outlet"><div class="title"><a href="/" data-auto-route="true">
<img id="site-logo" class="logo-big" src="./scic-commune_files/logo.png"
alt="Agora ESS Orvanie"></a></div></div>
<div class="panel" role="navigation"><span class="header-buttons"><button
class="btn btn-primary btn-small sign-up-button">S'inscrire</button><button
class="btn btn-primary btn-small login-button">Se connecter</button></span>
<ul class="icons d-header-icons"><li class="header-dropdown-toggle search-dropdown"><a
href="/search" title="Rechercher dans les sujets, messages, utilisateurs ou catégories"
class="icon btn-flat"></a></li></ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main">
<div class="sidebar-wrapper"><section class="sidebar-sections">
<div class="sidebar-section" data-section-name="community"><ul>
<li><a href="/latest">Sujets</a></li><li><a href="/my/activity">Mes messages</a></li>
<li><a href="/review">Révision</a></li><li><a href="/about">À propos</a></li>
<li><a href="/faq">FAQ</a></li></ul></div>
<div class="sidebar-section" data-section-name="categories"><ul>
<li><a href="/c/tiers-lieux/4">Tiers-lieux</a></li>
<li><a href="/c/statuts-et-juridique/6">Statuts et juridique</a></li>
<li><a href="/c/financements/5">Financements</a></li><li><a href="/c/emploi/7">Emploi</a></li>
<li><a href="/c/evenements/8">Événements</a></li></ul></div>
</section></div>
<div id="main-outlet" class="">
<div class="container posts">
<div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="812"><a
href="/t/une-commune-peut-elle-entrer-au-capital-de-notre-scic/812" class="fancy-title">Une
commune peut-elle entrer au capital de notre SCIC ?</a></h1>
<div class="topic-category"><a class="badge-category__wrapper"
href="/c/statuts-et-juridique/6"><span data-category-id="6" class="badge-category"><span
class="badge-category__name">Statuts et juridique</span></span></a>
<div class="list-tags"><a href="/tag/scic" class="discourse-tag simple">scic</a><a
href="/tag/collectivites" class="discourse-tag simple">collectivités</a><a href="/tag/capital"
class="discourse-tag simple">capital</a></div></div></div></div>
<div class="posts-wrapper"><div class="post-stream">
@@POSTS@@<div class="small-action onscreen-post" data-post-number="13" id="post_13"><div
class="small-action-desc timer"><p>Ce sujet a été automatiquement fermé 30 jours après la
dernière réponse. Les nouvelles réponses ne sont plus autorisées.</p></div></div>
</div></div>
<section class="topic-map"><ul class="topic-map__stats">
<li class="created-at"><h4 role="presentation">créé</h4><span title="5 mars 2029 21:14"
class="relative-date">5 mars</span></li>
<li class="last-reply"><h4 role="presentation">dernière réponse</h4><span
title="29 mars 2029 08:16" class="relative-date">29 mars</span></li>
<li class="replies"><span class="number">11</span><h4 role="presentation">réponses</h4></li>
<li class="secondary views"><span class="number">486</span><h4 role="presentation">vues</h4>
</li>
<li class="secondary users"><span class="number">7</span><h4 role="presentation">utilisateurs
</h4></li>
<li class="secondary likes"><span class="number">20</span><h4 role="presentation">J'aime</h4>
</li>
<li class="secondary links"><span class="number">2</span><h4 role="presentation">liens</h4>
</li></ul></section>
<div class="more-topics__container"><h3 class="more-topics__list-title">Sujets suggérés</h3>
<table class="topic-list"><thead><tr><th>Sujet</th><th>Réponses</th><th>Vues</th>
<th>Activité</th></tr></thead><tbody>
@@SUGGESTED@@</tbody></table></div>
</div></div></div>
<div id="user-card" class="user-card fixed" aria-hidden="true" style="display: none">
<div class="card-content"><div class="user-card-avatar"><img alt="" width="120" height="120"
src="./scic-commune_files/joel.dejean_120.png" class="avatar"></div>
<div class="names"><span class="username">joel.dejean</span><h2 class="full-name">Joël
Déjean</h2><h3 class="user-title">Juriste, CRESS Orvanie</h3></div>
<div class="location-and-website"><span class="location">Valcresson</span></div>
<div class="metadata"><span class="desc">A rejoint</span> <span>janv. 2029</span>
<span class="desc">Messages</span> <span>38</span></div></div></div>
</section>
</body></html>
"""


def build_for() -> None:
    (CORPUS / FOR).write_text(for_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 6. Obsidian note (Markdown): YAML front matter holding facts, [[wikilinks]] with aliases
#    and headings, callouts (one folded), a table with aligned columns, nested bullets
#    indented with tabs, struck-out text, ==highlights==, Tasks-plugin to-dos with emoji
#    dates, a %% comment %%, an embedded image, a Dataview block, a footnote, inline tags
# ---------------------------------------------------------------------------

OBS_SIRET = luhn_siret(2)
# (adhérent, commune, statut, depuis)
OBS_MEMBERS = [
    ("Essor Lisonne", "Vernouillac", "association", 2019),
    ("Cinéma L'Estive", "Lagrèze", "association", 2019),
    ("Club omnisports des Causses", "Vernouillac", "association", 2019),
    ("Amicale laïque de Rivenac", "Rivenac", "association", 2019),
    ("Foyer rural d'Estaniol", "Estaniol", "association", 2019),
    ("Le Fournil de Lagrèze (boulangerie coopérative)", "Lagrèze", "SCOP", 2020),
    ("Aidelis", "Vernouillac", "association", 2021),
    ("Crèche parentale Les Pitchous", "Roquelance", "association", 2021),
    ("Festival Les Nuits de Malvignes", "Malvignes", "association", 2022),
    ("SCIC Les Granges de Miremonde", "Miremonde", "SCIC", 2023),
    ("Ferme pédagogique Les Bergeries", "Aurivals", "association", 2024),
    ("Épicerie solidaire L'Escale", "Fontcluse", "association", 2024),
    ("Ludothèque La Toupie", "Combrevert", "association", 2027),
    ("Centre social Mosaïque", "Cabrials", "association", 2027),
    ("CUMA de Pézenquet", "Pézenquet", "coopérative (CUMA)", 2028),
    ("Atelier partagé de Lagrèze", "Lagrèze", "association", 2028),
    ("Imprimerie coopérative des Causses", "Vernouillac", "SCOP", 2028),
]
OBS_KEY = [
    ("Adhérents", "14", "17"),
    ("Salariés (au 31/12)", "7", "9"),
    ("ETP", "5,4", "6,8"),
    ("Heures mises à disposition", "8 940", "11 230"),
    ("Chiffre d'affaires", "268 400 €", "342 900 €"),
    ("Résultat", "– 3 100 €", "+ 4 600 €"),
    ("Fonds propres", "21 700 €", "26 300 €"),
]
# (poste, ETP)
OBS_POSTES = [
    ("comptable", 1.0),
    ("chargée de communication", 0.8),
    ("agent d'entretien", 0.8),
    ("agent d'entretien", 0.6),
    ("animateur sportif", 0.6),
    ("médiateur culturel et projectionniste", 0.5),
    ("coordinatrice", 0.8),
    ("ouvrier maraîcher", 0.9),
    ("agent d'accueil", 0.8),
]


def obs_text() -> str:
    members = "\n".join(f"| {a} | {c} | {s} | {y} |" for a, c, s, y in OBS_MEMBERS)
    key = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in OBS_KEY)
    return f"""---
aliases:
  - GE Causses
  - Groupement d'employeurs Causses Tandem
tags:
  - structure/ge
  - territoire/cclc
  - suivi/2029
type: structure
forme: association loi 1901
siret: "{OBS_SIRET}"
création: 2019-06-12
adhérents: 17
salariés: 9
etp: "6,8"
présidente: "[[Ghislaine Rigal]]"
coordination: "[[Ludivine Ferrières]]"
suivi_par: Rachid Ourliac
statut: 🟢 accompagnement en cours
created: 2029-01-14 09:32
updated: 2029-03-29 17:05
---

# GE Causses Tandem

> [!info] En bref
> Groupement d'employeurs associatif créé le 12 juin 2019 à Vernouillac par cinq associations.
> Siège : maison des associations, 2 rue Basse, Vernouillac.
> **17 adhérents** et **9 salariés** en temps partagé (**6,8 ETP**) au 31 décembre 2028.
> Présidente : [[Ghislaine Rigal]], directrice du cinéma L'Estive à Lagrèze.
> Coordinatrice : [[Ludivine Ferrières]] (0,8 ETP, salariée du GE).

Liens : [[Essor Lisonne]] · [[SCIC Les Granges de Miremonde|Les Granges]] · [[Diagnostic ESS \
CCLC#7. Enjeux et recommandations|diagnostic, reco R5]] · [[Tiers-lieu gare Roquelance]]

![[organigramme-ge-causses-2029.png|420]]

## Chiffres clés

Exercice 2028, présenté à l'AG du 21 mars 2029[^1].

| Indicateur | 2027 | 2028 |
| :-- | --: | --: |
{key}

## Postes partagés

- Comptabilité et paie
\t- 1 comptable à temps plein (1 ETP), partagée entre 6 adhérents
\t\t- dont [[Essor Lisonne]] (un jour par semaine) et [[SCIC Les Granges de Miremonde|Les \
Granges]] (une demi-journée)
- Communication
\t- 1 chargée de communication (0,8 ETP), pour 5 adhérents
- Entretien des locaux
\t- 2 agents d'entretien (1,4 ETP au total)
- Animation et culture
\t- 1 animateur sportif (0,6 ETP) pour le club omnisports et l'amicale laïque
\t- 1 médiateur culturel et projectionniste (0,5 ETP) pour L'Estive et le festival Les Nuits de \
Malvignes
- Maraîchage
\t- 1 ouvrier maraîcher (0,9 ETP) entre Les Jardins de Fontcluse et la ferme Les Bergeries
- Accueil
\t- 1 agent d'accueil (0,8 ETP) pour le centre social Mosaïque et la ludothèque
- Coordination
\t- [[Ludivine Ferrières]] (0,8 ETP)
- ~~Secrétariat (0,5 ETP)~~ poste supprimé fin 2028, remplacé en 2029 par l'assistante RH

## Adhérents (17)

| Adhérent | Commune | Statut | Depuis |
| --- | --- | --- | --- |
{members}

La Lanterne (Roquelance) a demandé à adhérer : décision au conseil d'administration du 2 mai 2029.

## Conditions d'adhésion

- Droit d'entrée : 300 € (versé une seule fois)
- Cotisation annuelle : 150 €
- Facturation à l'heure : coût chargé du salarié + ==9 % de frais de gestion==
\t- comptable : 31,40 € de l'heure
\t- agent d'entretien : 22,60 € de l'heure
- Engagement d'un an au moins, renouvelable par tacite reconduction

> [!warning] Responsabilité solidaire
> Les adhérents sont solidairement responsables des dettes du GE envers les salariés et les \
organismes de sécurité sociale (article L. 1253-8 du code du travail). À expliquer à chaque nouvel \
adhérent !

## Historique

- **2019-06-12** — création par 5 associations, après l'étude « emploi partagé » de la CCLC (2018)
- **2021** — premier poste de comptable partagé
- **2024** — 12 adhérents ; installation à la maison des associations
- **2027** — déficit de 3 100 € (impayés, arrêt maladie non remplacé)
- **2028** — retour à l'équilibre : excédent de 4 600 €

> [!warning]- Trésorerie : impayés
> Fin 2028, deux adhérents avaient plus de 60 jours de retard de paiement, pour 11 800 € au total.
> Relances en janvier ; un échéancier a été signé avec l'un des deux le 8 février 2029.

## Projets 2029

- Nouveau poste d'**assistante RH** (0,5 ETP) à partir du 2 mai 2029, partagé entre 4 adhérents
- Portage du poste de coordination du [[Tiers-lieu gare Roquelance|tiers-lieu de la gare]] (0,8 \
ETP, à partir de septembre 2029 ?), voir le COPIL du 19 mars
- Demande de subvention à la CCLC : ==12 000 €== pour l'ingénierie (temps de coordination), au \
conseil communautaire du 17 avril 2029
- Étudier l'ouverture aux artisans et aux TPE : trois entreprises du bâtiment ont demandé à adhérer

> [!quote] Ludivine Ferrières, AG du 21 mars 2029
> « Le GE, c'est un temps plein fait de plusieurs temps partiels : pour le salarié, une seule \
fiche de paie et un vrai CDI. »

## Tâches

- [x] Rencontre avec Ludivine Ferrières ✅ 2029-01-22
- [x] Lire le [[Diagnostic ESS CCLC]] (reco R5) ✅ 2029-02-15
- [x] Participer à l'AG du GE à Lagrèze ✅ 2029-03-21
- [ ] Transmettre le dossier de subvention au service finances 📅 2029-04-03
- [ ] Préparer la note pour le bureau communautaire ⏫ 📅 2029-04-10
- [ ] Relancer [[Essor Lisonne]] sur sa participation au poste RH 📅 2029-04-20
- [ ] Voir avec [[Clarisse Périé]] si le Département peut aider l'emploi partagé

## Contacts

- Ludivine Ferrières — coordinatrice — 06 39 98 27 41 — coordination@ge-causses-tandem.fr
- Ghislaine Rigal — présidente — joignable au cinéma L'Estive
- Lionel Bouscatel — trésorier (Le Fournil de Lagrèze)

## Notes de réunion

### 2029-03-21 — AG, salle des fêtes de Lagrèze

- 14 adhérents présents ou représentés sur 17
- rapport moral et rapport financier votés à l'unanimité
- nouveau bureau :
\t- présidente : Ghislaine Rigal (réélue)
\t- trésorier : Lionel Bouscatel (nouveau)
\t- secrétaire : Noémie Caussanel (Essor Lisonne)
- cotisation 2030 inchangée
- %% perso : demander à la DG si la CC pourrait adhérer elle-même ? a priori non, à vérifier %%

```dataview
TABLE statut, updated AS "Mis à jour"
FROM #structure/ge OR #structure/siae
SORT updated DESC
```

[^1]: Chiffres transmis par Ludivine Ferrières le 22/03/2029, avant validation par \
l'expert-comptable.

#ge #emploi-partagé #cclc
"""


def build_obs() -> None:
    (CORPUS / OBS).write_text(obs_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 7. Etherpad (Framapad) export as .txt: meeting notes typed by several people, a title in
#    capitals, typed timestamps, irregular bullets (-, *, •, ->, numbers), corrections typed
#    under the wrong figure (« EDIT »), abbreviations (k€, AAP, CP), initials, a poll, a
#    to-do list, and the pad's welcome text left at the bottom
# ---------------------------------------------------------------------------

PAD_DATE = "2029-03-19"
# (financeur, montant)
PAD_PLAN = [
    ("Département (AAP tiers-lieux solidaires)", 40000),
    ("Région Orvanie (fonds tiers-lieux)", 50000),
    ("DETR (État)", 42900),
    ("LEADER", 30000),
    ("commune de Roquelance", 25000),
    ("CC Lisonne-Causses (fonds de concours)", 15000),
    ("autofinancement La Lanterne", 11600),
]
PAD_TOTAL = sum(x[1] for x in PAD_PLAN)  # 214 500
PAD_COSTS = [("travaux", 168000), ("honoraires (archi + BET)", 18000), ("aléas 5 %", 8400)]
PAD_EQUIP = PAD_TOTAL - sum(x[1] for x in PAD_COSTS)  # 20 100


def pad_text() -> str:
    plan = "\n".join(f"   * {f} : {sp(m)}" for f, m in PAD_PLAN)
    return f"""COPIL TIERS-LIEU DE LA GARE - ROQUELANCE
{jour(PAD_DATE)}, 18h30, salle du conseil, mairie de Roquelance

Présent·es : Mélanie Cabanel (présidente La Lanterne), Damien Pradal (trésorier), Violette Saurel \
(chargée de projet), Océane Monteil (adjointe au maire de Roquelance), Rachid Ourliac (CC \
Lisonne-Causses), Ludivine Ferrières (GE Causses Tandem)
Excusée : Clarisse Périé (Département) -> a envoyé ses remarques par mail, voir point 2
Prise de notes : tout le monde !! (merci d'écrire EN DESSOUS, pas au dessus)

ODJ
1. travaux / budget
2. candidature AAP Département "tiers-lieux solidaires"
3. recrutement coordination
4. calendrier
5. divers


[18h42] 1. TRAVAUX / BUDGET
- l'archi a rendu l'APS : 420 m² utiles (halle voyageurs au rdc + ancien logement du chef de gare \
à l'étage)
- estimation travaux : 186 000 € HT
   EDIT Damien : non c'est 168 000 € HT, j'avais inversé, le 186k c'est travaux + honoraires
- coût total de l'opération = {sp(PAD_TOTAL)} € HT
   -> travaux {sp(PAD_COSTS[0][1])} + honoraires {sp(PAD_COSTS[1][1])} + aléas 5% \
{sp(PAD_COSTS[2][1])} + équipement {sp(PAD_EQUIP)}
* plan de financement (PROVISOIRE !!) :
{plan}
   => total {sp(PAD_TOTAL)} ok ça boucle (Damien)
- Océane : la commune met le bâtiment à dispo par bail emphytéotique de 30 ans, 1 € symbolique par \
an, vote au conseil municipal du 4 avril
- DETR = 20% du HT, dossier à déposer par la commune (c'est elle qui est éligible, pas l'asso) -> \
Océane

[19h05] 2. AAP DÉPARTEMENT
• date limite 30 avril midi (Violette)
     -> Rachid : attention il me semble qu'ils ont décalé, à vérifier sur le site
     -> Violette (20/03) : vérifié, c'est reporté au 14 mai 12h !!
• max 40 000 € en invest (50% des dépenses) + 15 000 € de fonctionnement la 1ère année
• ouverture min 20h/semaine -> on prévoit 28h : du mardi au samedi, + un soir par semaine (jeudi, \
jusqu'à 22h)
• pièces : statuts, budget prévisionnel 3 ans, plan de financement + devis, lettre de soutien de \
la commune (Océane s'en occupe), RIB
• remarques de Clarisse (mail du 16/03) : "bien mettre en avant la gouvernance partagée (20 points \
sur 100) et le bonus FRR : Roquelance est classée FRR donc +5 000 €"
     -> donc on peut viser 45 000 € en invest ? à confirmer avec elle

[19h31] 3. RECRUTEMENT COORDINATION
- poste de coordinateur·rice à 0,8 ETP, CDI, prise de poste visée en septembre 2029
- porté par le GE Causses Tandem ? Ludivine : oui c'est possible, le GE refacture au coût chargé + \
9 % de frais de gestion, et La Lanterne doit adhérer (300 € droit d'entrée + 150 €/an)
- vote à main levée : 5 pour, 0 contre, 1 abstention => on passe par le GE
- fiche de poste : Violette + Ludivine pour le 2 avril
- salaire envisagé : 2 150 € brut/mois à temps plein (soit 1 720 € brut pour 0,8 ETP)

[19h50] 4. CALENDRIER
  - dépôt AAP : avant le 14/05 (pas le 30/04 !)
  - permis de construire : dépôt en juin 2029
  - travaux : janvier -> juin 2030
  - ouverture : septembre 2030, fête d'ouverture le {jour("2030-09-21", year=False)} (journées du \
patrimoine)

5. DIVERS
- nom du lieu, sondage framadate (16 votes) : "La Lanterne" 9 voix, "L'Aiguillage" 5 voix, "Le \
Sémaphore" 2 voix => on garde La Lanterne
- financement participatif : objectif 6 000 € sur les 11 600 € d'autofinancement, lancement en juin
- prochaine réunion : {jour("2029-04-10")} 18h30, même lieu
- qui a les clés du local ??? -> Damien

TODO
[ ] VS : rédaction du dossier AAP (relecture par le bureau le 7 mai)
[ ] DP : budget prévisionnel sur 3 ans
[x] OM : lettre de soutien de la commune
[ ] RO : demande de fonds de concours à la CC (conseil communautaire du 17 avril)
[ ] LF : fiche de poste coordination
[ ] MC : contacter la Région pour le fonds tiers-lieux



Bienvenue sur Framapad !

Ce pad texte est synchronisé au fur et à mesure que vous tapez, de sorte que tout le monde voit le \
même texte en même temps. Ce qui permet de collaborer facilement sur des documents !

Attention, ce pad sera supprimé s'il n'est pas modifié pendant un an.
"""


def build_pad() -> None:
    (CORPUS / PAD).write_text(pad_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 8. E-mail forwarded from Zimbra webmail (.eml, CRLF): Received trail, RFC 2047 names and
#    subject, multipart/mixed with an HTML-only body in quoted-printable (soft line breaks,
#    =C3=A9 escapes) holding a forwarded message under Zimbra's « De: / À: / Envoyé: /
#    Objet: » block, an HTML table, a legal footer, and an invitation (.ics, base64,
#    folded lines, TZID, VALARM) whose place differs from the forwarded text
# ---------------------------------------------------------------------------

EML_BOUNDARY = "=_6b1f2c8e-3a4d-4e5f-9a0b-1c2d3e4f5a6b"
EML_SUBJECT = "Tr: Invitation : Petit-déjeuner des clauses sociales – 12 avril 2029"
EML_PEOPLE = {
    "RO": ("Rachid Ourliac", "r.ourliac@cc-lisonne-causses.fr"),
    "NC": ("Noémie Caussanel", "direction@essor-lisonne.org"),
    "LF": ("Ludivine Ferrières", "coordination@ge-causses-tandem.fr"),
    "VS": ("Violette Saurel", "v.saurel@lanterne-roquelance.fr"),
    "FL": ("Fabienne Lagarrigue", "f.lagarrigue@cc-lisonne-causses.fr"),
    "EN": ("Estelle Nayrac", "e.nayrac@lisonne.fr"),
}
# (donneur d'ordre, marchés avec clause, heures réalisées, personnes)
EML_BILAN = [
    ("Département de la Lisonne", 23, 41200, 126),
    ("Ville de Montrabel", 11, 18700, 61),
    ("Lisonne Logis (bailleur social)", 9, 22100, 72),
    ("CC Lisonne-Causses", 4, 6900, 23),
    ("Autres (hôpital, syndicats mixtes)", 6, 7400, 36),
]
EML_HEURES = sum(x[2] for x in EML_BILAN)  # 96 300


def eml_forward_html() -> str:
    rows = "\n".join(
        f'<tr><td style="border:1px solid #999;padding:3px 6px">{escape(d)}</td>'
        f'<td style="border:1px solid #999;padding:3px 6px;text-align:right">{m}</td>'
        f'<td style="border:1px solid #999;padding:3px 6px;text-align:right">{sp(h)}</td>'
        f'<td style="border:1px solid #999;padding:3px 6px;text-align:right">{p}</td></tr>'
        for d, m, h, p in EML_BILAN
    )
    tot = (
        sum(x[1] for x in EML_BILAN),
        sp(EML_HEURES),
        sum(x[3] for x in EML_BILAN),
    )
    rows += (
        f'\n<tr style="font-weight:bold"><td style="border:1px solid #999;padding:3px 6px">'
        f'Total</td><td style="border:1px solid #999;padding:3px 6px;text-align:right">{tot[0]}'
        f'</td><td style="border:1px solid #999;padding:3px 6px;text-align:right">{tot[1]}</td>'
        f'<td style="border:1px solid #999;padding:3px 6px;text-align:right">{tot[2]}</td></tr>'
    )
    thu = jour("2029-04-12")
    return f"""<div>Bonjour à toutes et à tous,</div>
<div><br></div>
<div>Le Département de la Lisonne vous invite au <strong>petit-déjeuner des clauses
sociales</strong>, le {thu}, de 8 h 30 à 10 h 30, à l'Hôtel du Département
(salle Lisonne), 9 avenue de la Lisonne à Montrabel.</div>
<div><br></div>
<div>Au programme :</div>
<ul>
<li>8 h 30 : accueil café</li>
<li>8 h 45 : bilan 2028 des clauses sociales dans la Lisonne</li>
<li>9 h 15 : témoignages d'Essor Lisonne et de l'entreprise Maçonnerie Falguières</li>
<li>9 h 45 : les marchés à venir en 2029 (collèges, routes, logement social)</li>
<li>10 h 15 : échanges</li>
</ul>
<div>En avant-première, le bilan 2028 :</div>
<div><br></div>
<table style="border-collapse:collapse;font-family:arial,helvetica,sans-serif;font-size:10pt">
<tbody>
<tr style="background:#e6eef5"><th style="border:1px solid #999;padding:3px 6px">Donneur
d'ordre</th><th style="border:1px solid #999;padding:3px 6px">Marchés avec clause</th>
<th style="border:1px solid #999;padding:3px 6px">Heures d'insertion réalisées</th><th
style="border:1px solid #999;padding:3px 6px">Personnes</th></tr>
{rows}
</tbody>
</table>
<div><br></div>
<div>Six mois après leur sortie du dispositif, 54 % des participants étaient en emploi ou en
formation. 37 % étaient bénéficiaires du RSA au moment de leur embauche.</div>
<div><br></div>
<div>Inscription obligatoire avant le 5 avril 2029 par retour de mail : les places sont
limitées à 60 personnes.</div>
<div><br></div>
<div>Bien cordialement,</div>
<div><br></div>
<div>Estelle Nayrac<br>Facilitatrice des clauses sociales<br>Direction de l'insertion et de
l'économie solidaire<br>Département de la Lisonne<br>04 65 71 32 40</div>"""


def eml_html() -> str:
    fwd = eml_forward_html()
    en_name, en_mail = EML_PEOPLE["EN"]
    return f"""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; \
color: #000000"><div>Bonjour à toutes et à tous,</div>
<div><br></div>
<div>Je vous transfère l'invitation d'Estelle Nayrac, la facilitatrice des clauses sociales du
Département. Ce serait bien que chacune de vos structures soit représentée.</div>
<div><br></div>
<div>Deux remarques :</div>
<ul>
<li>le lieu a changé : ce sera la <strong>salle Causse</strong>, au rez-de-chaussée, et non
la salle Lisonne indiquée dans son message ; l'invitation jointe est à jour ;</li>
<li>dans le bilan ci-dessous, la CCLC ne pèse que 6 900 heures. Nous pouvons faire beaucoup
mieux avec les travaux du pôle enfance de Vernouillac (2,4 M€ HT), où nous prévoyons 1 500
heures d'insertion.</li>
</ul>
<div>Merci de confirmer votre présence directement à Estelle avant le 5 avril.</div>
<div><br></div>
<div>Bonne journée,</div>
<div>Rachid</div>
<div><br></div>
<div>-- <br>Rachid Ourliac<br>Chargé de mission ESS et développement économique<br>Communauté
de communes Lisonne-Causses<br>3 place du Foirail – 99120 Vernouillac<br>04 65 71 20 46</div>
<div><br></div>
<hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;text-decoration:none;\
font-family:Helvetica,Arial,sans-serif;font-size:12pt;"><b>De: </b>"{en_name}" \
&lt;{en_mail}&gt;<br><b>À: </b>"clauses-sociales-partenaires" \
&lt;clauses-sociales-partenaires@listes.lisonne.fr&gt;<br><b>Envoyé: </b>Mardi 20 Mars 2029 \
16:02:11<br><b>Objet: </b>Invitation : Petit-déjeuner des clauses sociales – 12 avril 2029<br></div>
<div><br></div>
<div data-marker="__QUOTED_TEXT__">{fwd}
<div><br></div>
<div style="font-size:8pt;color:#777">Ce message et ses pièces jointes sont confidentiels et
destinés exclusivement à leurs destinataires. Pensez à l'environnement avant d'imprimer ce
message.</div>
</div></div></body></html>"""


def ics_fold(line: str) -> str:
    """Fold an iCalendar content line at 75 octets (continuation lines start with a space)."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def eml_ics() -> str:
    attendees = [
        ics_fold(
            f'ATTENDEE;CN="{EML_PEOPLE[k][0]}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;'
            f"RSVP=TRUE:mailto:{EML_PEOPLE[k][1]}"
        )
        for k in ("RO", "NC", "LF", "VS")
    ]
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:Zimbra-Calendar-Provider",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Paris",
        "BEGIN:STANDARD",
        "DTSTART:16010101T030000",
        "TZOFFSETTO:+0100",
        "TZOFFSETFROM:+0200",
        "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=10;BYDAY=-1SU",
        "TZNAME:CET",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000",
        "TZOFFSETTO:+0200",
        "TZOFFSETFROM:+0100",
        "RRULE:FREQ=YEARLY;WKST=MO;INTERVAL=1;BYMONTH=3;BYDAY=-1SU",
        "TZNAME:CEST",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "UID:5e0c2b7a-91d4-4f3e-8a6b-2c9d0e1f3a47",
        "SUMMARY:Petit-déjeuner des clauses sociales",
        ics_fold(
            "LOCATION:Hôtel du Département\\, salle Causse (rez-de-chaussée)\\, 9 avenue de la"
            " Lisonne\\, Montrabel"
        ),
        *attendees,
        f'ORGANIZER;CN="{EML_PEOPLE["EN"][0]}":mailto:{EML_PEOPLE["EN"][1]}',
        'DTSTART;TZID="Europe/Paris":20290412T083000',
        'DTEND;TZID="Europe/Paris":20290412T103000',
        "STATUS:CONFIRMED",
        "CLASS:PUBLIC",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "TRANSP:OPAQUE",
        "LAST-MODIFIED:20290321T150412Z",
        "DTSTAMP:20290321T150412Z",
        "SEQUENCE:1",
        ics_fold(
            "DESCRIPTION:Lieu modifié : salle Causse\\, au rez-de-chaussée.\\nBilan 2028 des"
            " clauses sociales dans la Lisonne\\, témoignages et marchés à venir.\\nInscription"
            " avant le 5 avril 2029 auprès d'Estelle Nayrac."
        ),
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:-PT30M",
        "DESCRIPTION:Reminder",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
        "",
    ]
    return "\r\n".join(lines)


def rfc2047(text: str) -> str:
    if text.isascii():
        return text
    enc = "".join(
        c
        if re.fullmatch(r"[A-Za-z0-9!*+\-/]", c)
        else "_"
        if c == " "
        else "".join(f"={b:02X}" for b in c.encode("utf-8"))
        for c in text
    )
    chunks, cur = [], ""
    for tok in re.findall(r"=[0-9A-F]{2}|.", enc):
        if len(cur) + len(tok) > 45:
            chunks.append(cur)
            cur = ""
        cur += tok
    chunks.append(cur)
    return "\r\n ".join(f"=?utf-8?Q?{c}?=" for c in chunks)


def eml_addr(key: str) -> str:
    name, mail = EML_PEOPLE[key]
    return f"{rfc2047(name)} <{mail}>"


def eml_bytes() -> bytes:
    html = eml_html().encode("utf-8")
    qp = quopri.encodestring(html).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    ics = base64.encodebytes(eml_ics().encode("utf-8")).replace(b"\n", b"\r\n")
    headers = [
        "Return-Path: <r.ourliac@cc-lisonne-causses.fr>",
        "Received: from zimbra.cc-lisonne-causses.fr (localhost [127.0.0.1])",
        "\tby zimbra.cc-lisonne-causses.fr (Postfix) with ESMTP id 4Zk1Lq2Hv8z9sWx;",
        "\tThu, 22 Mar 2029 09:47:12 +0100 (CET)",
        "Date: Thu, 22 Mar 2029 09:47:12 +0100 (CET)",
        f"From: {eml_addr('RO')}",
        f"To: {eml_addr('NC')},\r\n {eml_addr('LF')},\r\n {eml_addr('VS')}",
        f"Cc: {eml_addr('FL')}",
        "Message-ID: <1873204512.48213.1868345232117.JavaMail.zimbra@cc-lisonne-causses.fr>",
        f"Subject: {rfc2047(EML_SUBJECT)}",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/mixed;\r\n\tboundary="{EML_BOUNDARY}"',
        "X-Originating-IP: [10.20.3.41]",
        "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF124 (Win)/9.0.0_GA_4546)",
        f"Thread-Topic: {rfc2047(EML_SUBJECT[4:])}",
        "Thread-Index: 4xKq9Lr2mT8vW1cB6nYpZ3dF0gHsA==",
    ]
    out = "\r\n".join(headers).encode("ascii") + b"\r\n\r\n"
    out += f"--{EML_BOUNDARY}\r\n".encode("ascii")
    out += b"Content-Type: text/html; charset=utf-8\r\n"
    out += b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp + b"\r\n"
    out += f"--{EML_BOUNDARY}\r\n".encode("ascii")
    out += b"Content-Type: text/calendar; charset=utf-8; method=REQUEST; name=invite.ics\r\n"
    out += b"Content-Disposition: attachment; filename=invite.ics\r\n"
    out += b"Content-Transfer-Encoding: base64\r\n\r\n" + ics
    out += f"--{EML_BOUNDARY}--\r\n".encode("ascii")
    return out


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())


# ---------------------------------------------------------------------------
# Questions: a small line format, one block per question, blocks separated by blank lines.
#   header   ``C figure table @anchor``: source letters, kind, tags, optional PDF anchor
#            (``+C …`` continues the follow-up chain of the block above; ``U why kind tags``
#            is an unanswerable near miss)
#   question one or more lines
#   ``= fact | fact``    facts, verbatim from the document
#   ``! regex``          unanswerable: the regex matches nowhere in the corpus
#   ``& regex && regex`` unanswerable: no sentence, list item, row or line matches them all
# ---------------------------------------------------------------------------

KINDS = ("figure", "people", "date", "list", "definition", "yesno", "other")
TAGS = (
    "table",
    "compare",
    "en",
    "follow",
    "staff",
    "box",
    "note",
    "conflict",
    "quoted",
    "typo",
    "landscape",
    "accordion",
    "frontmatter",
    "task",
    "post",
    "ics",
    "boilerplate",
)
WHY = ("year", "place", "person", "detail", "topic")
HEAD_RE = re.compile(
    r"\+?(U|[CLDWFOPE]+) (figure|people|date|list|definition|yesno|other|"
    r"year|place|person|detail|topic)\b"
)


@dataclass
class Check:
    kind: str
    regexes: tuple[str, ...]


@dataclass
class Q:
    question: str
    facts: list[str]
    sources: str
    kind: str = "figure"
    tags: list[str] = field(default_factory=list)
    at: str = ""
    history: list[str] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    why: str = ""
    pages: list[int] = field(default_factory=list)

    @property
    def answerable(self) -> bool:
        return bool(self.facts)


def parse_questions(text: str) -> list[Q]:
    out: list[Q] = []
    chain: list[Q] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [x.strip() for x in block.strip().split("\n")]
        head, rest = lines[0], lines[1:]
        if not HEAD_RE.match(head):
            raise ValueError(f"bad header: {head!r}")
        at = ""
        if "@" in head:
            head, at = (x.strip() for x in head.split("@", 1))
        words = head.split()
        is_follow = words[0].startswith("+")
        words[0] = words[0].lstrip("+")
        qtext, facts, checks = [], [], []
        for line in rest:
            if line.startswith("= "):
                facts += [f.strip() for f in line[2:].split(" | ")]
            elif line.startswith("! "):
                checks.append(Check("absent", (line[2:].strip(),)))
            elif line.startswith("& "):
                checks.append(Check("together", tuple(r.strip() for r in line[2:].split("&&"))))
            elif HEAD_RE.match(line):
                raise ValueError(f"a header inside a block: {line!r}")
            else:
                qtext.append(line)
        question = " ".join(qtext)
        if words[0] == "U":
            q = Q(question, [], "", words[2], words[3:], checks=checks, why=words[1])
        else:
            q = Q(question, facts, words[0], words[1], words[2:], at=at)
        if is_follow:
            q.history = [c.question for c in chain]
            q.tags.append("follow")
            chain.append(q)
        else:
            chain = [q]
        out.append(q)
    return out


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def norm(text: str, unify_apostrophes: bool = True) -> str:
    """Matching form: soft hyphens and BOM dropped, whitespace (NBSP and narrow NBSP too)
    collapsed, no space before %, case folded; apostrophes unified unless asked not to."""
    text = text.replace(SHY, "").replace("\ufeff", "")
    if unify_apostrophes:
        text = text.replace("\u2019", "'")
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace(" %", "%")
    return text.casefold()


BLOCK_END = re.compile(
    r"</(p|li|tr|th|td|h1|h2|h3|h4|dt|dd|caption|div|section|ul|ol|nav|footer|header|table|"
    r"summary|details|figcaption|blockquote|cite|aside|form|label|button)>"
    r"|<br[^>]*>|<hr[^>]*>",
    re.I,
)


def visible_text(raw: str) -> str:
    """Visible text of an HTML page as a browser lays it out (scripts, styles and head
    dropped; inline runs joined without a separator); block ends become ¶."""
    soup = BeautifulSoup(BLOCK_END.sub(lambda m: m.group(0) + " ¶ ", raw), "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    return re.sub(r"\s*\n\s*", " ", soup.get_text(""))


def html_text(name: str) -> str:
    return visible_text((CORPUS / name).read_text(encoding="utf-8"))


def ics_text(ics: str) -> str:
    """An invitation as a calendar shows it: lines unfolded, escapes resolved."""
    unfolded = re.sub(r"\r?\n[ \t]", "", ics).replace("\r\n", "\n")
    return unfolded.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def eml_text(data: bytes) -> str:
    """Decoded headers, HTML body (visible text) and invitation, as a reader sees them."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "Cc", "Subject", "Date"))
    parts = []
    for p in msg.iter_parts():
        if p.get_content_type() == "text/html":
            parts.append(visible_text(p.get_content()).replace("¶", "\n"))
        else:
            parts.append(ics_text(p.get_content()))
    return head + "\n\n" + "\n\n".join(parts)


def units(text: str) -> list[str]:
    """Sentences, list items, table rows, paragraphs and lines: the units of a together check."""
    parts = re.split(r"¶|\n|(?<=[.;!?])\s+", text)
    return [norm(p) for p in parts if p and p.strip()]


def line_units(text: str) -> list[str]:
    """Lines (¶-separated blocks for HTML) as a reader sees them: a fact must sit in one."""
    return [norm(p) for p in re.split(r"¶|\n", text) if p.strip()]


class Corpus:
    def __init__(self):
        self.pages = {
            n: [p.extract_text() or "" for p in PdfReader(CORPUS / n).pages] for n in PDFS
        }
        self.full = {n: "\n".join(self.pages[n]) for n in PDFS}
        for n in HTMLS:
            self.full[n] = html_text(n)
        for n in TEXTS:
            self.full[n] = (CORPUS / n).read_bytes().decode("utf-8")
        self.full[EML] = eml_text((CORPUS / EML).read_bytes())
        self.norm_full = {k: norm(v.replace("¶", " ")) for k, v in self.full.items()}
        self.norm_pages = {k: [norm(p) for p in v] for k, v in self.pages.items()}
        self.page_lines = {k: [line_units(p) for p in v] for k, v in self.pages.items()}
        self.lines = {k: line_units(v) for k, v in self.full.items()}
        self.units = {k: units(v) for k, v in self.full.items()}

    def answer_texts(self, name: str, pages: list[int], unify: bool = True) -> list[str]:
        if name in PDFS:
            return [" ".join(norm(self.pages[name][p - 1], unify) for p in pages)]
        return [norm(self.full[name].replace("¶", " "), unify)]

    def in_one_line(self, name: str, pages: list[int], fact: str) -> bool:
        f = norm(fact)
        if name in PDFS:
            return any(f in ln for p in pages for ln in self.page_lines[name][p - 1])
        return any(f in ln for ln in self.lines[name])

    def on_page(self, name: str, page: int, fact: str) -> bool:
        return norm(fact) in self.norm_pages[name][page - 1]


def run_check(c: Check, corpus: Corpus) -> str | None:
    for name in DOCS:
        if c.kind == "absent":
            m = re.search(c.regexes[0], corpus.norm_full[name], re.I)
            if m:
                t = corpus.norm_full[name][max(0, m.start() - 60) : m.end() + 60]
                return f"{name}: /{c.regexes[0]}/ matches {t!r}"
        else:
            for u in corpus.units[name]:
                if all(re.search(r, u, re.I) for r in c.regexes):
                    return f"{name}: {c.regexes} together in {u[:200]!r}"
    if c.kind == "together":
        for r in c.regexes:
            if not any(re.search(r, corpus.norm_full[n], re.I) for n in DOCS):
                return f"together: /{r}/ occurs nowhere in the corpus, the check is empty"
    return None


def resolve_pages(q: Q, corpus: Corpus, problems: list[str]) -> None:
    """The physical pages of the facts of a PDF question: the one page holding all of them
    (and the anchor, when given), or else, fact by fact, the one page holding each."""
    pdf = [SRC[s] for s in q.sources if SRC[s] in PDFS]
    if not pdf:
        if q.at:
            problems.append(f"{q.question!r}: anchor without a PDF source")
        return
    if len(pdf) > 1:
        problems.append(f"{q.question!r}: two PDF sources")
        return
    name = pdf[0]
    n = len(corpus.pages[name])
    allowed = [p for p in range(1, n + 1) if not q.at or corpus.on_page(name, p, q.at)]
    if not allowed:
        problems.append(f"{q.question!r}: anchor {q.at!r} on no page of {name}")
        return
    facts = [
        f
        for f in q.facts
        if len(q.sources) == 1 or any(corpus.on_page(name, p, f) for p in range(1, n + 1))
    ]
    per_fact = {f: [p for p in allowed if corpus.on_page(name, p, f)] for f in facts}
    common = [p for p in allowed if all(p in v for v in per_fact.values())]
    if len(common) == 1:
        q.pages = common
        return
    if len(common) > 1:
        problems.append(f"{q.question!r}: facts all on pages {common} of {name}; give an anchor")
        return
    pages: set[int] = set()
    for f, v in per_fact.items():
        if len(v) != 1:
            problems.append(f"{q.question!r}: fact {f!r} on pages {v} of {name}")
            return
        pages.add(v[0])
    q.pages = sorted(pages)


def plain(text: str) -> str:
    return re.sub(r"[\u00a0\u202f\u00ad]", lambda m: "" if m.group(0) == SHY else " ", text)


WEEKDAY_RE = re.compile(
    r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) ("
    + MOIS_RE
    + r")(?: (20\d\d))?",
    re.I,
)


def check_weekdays(corpus: Corpus, problems: list[str]) -> None:
    """Every « weekday day month [year] » names the right weekday (2029 when no year, 2030
    for the opening party of the pad)."""
    seen = 0
    for name, t in corpus.full.items():
        for m in WEEKDAY_RE.finditer(plain(re.sub(r"[ \t]+", " ", t))):
            day = 1 if m.group(2) == "1er" else int(m.group(2))
            default = 2030 if name == PAD and m.group(3).lower() == "septembre" else 2029
            d = date(int(m.group(4) or default), MOIS_FR.index(m.group(3).lower()) + 1, day)
            seen += 1
            if JOURS[d.weekday()] != m.group(1).lower():
                problems.append(f"weekday: {m.group(0)!r} is a {JOURS[d.weekday()]}")
    if seen < 12:
        problems.append(f"weekday: only {seen} dated weekdays found")


def check_pdfs(corpus: Corpus, problems: list[str]) -> None:
    want = {CPO: (5, 8), LET: (4, 4), DIAG: (8, 8)}
    for name in PDFS:
        reader = PdfReader(CORPUS / name)
        lo, hi = want[name]
        if not lo <= len(reader.pages) <= hi:
            problems.append(f"{name}: {len(reader.pages)} pages")
        meta = reader.metadata or {}
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
            if not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if meta.get("/ModDate") != meta.get("/CreationDate"):
            problems.append(f"{name}: creation and modification dates differ")
        for i, p in enumerate(reader.pages, 1):
            size = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            landscape = name == DIAG and i == 5
            if size != ((842, 595) if landscape else (595, 842)):
                problems.append(f"{name}: page {i} has the wrong size {size}")
    pages = corpus.pages
    # CPO: running header, « Page n sur N » and the initials box on every page, the budget
    # table across a page break with its header repeated, figures that add up
    n = len(pages[CPO])
    for i, p in enumerate(pages[CPO], 1):
        for needle in (f"Page {i} sur {n}", "Paraphes", "CPO n° 2029-DIES-014"):
            if needle not in plain(p):
                problems.append(f"{CPO}: {needle!r} missing on page {i}")
    heads = [i for i, p in enumerate(pages[CPO], 1) if "Compte Intitulé 2029 2030 2031" in p]
    charges = [i for i, p in enumerate(pages[CPO], 1) if "Semences, plants" in p]
    totals = [i for i, p in enumerate(pages[CPO], 1) if "TOTAL DES CHARGES" in p]
    if len(heads) < 2 or charges == totals:
        problems.append(f"{CPO}: the budget table does not run across a page break ({heads})")
    for k in (2, 3, 4):
        if cpo_total(CPO_CHARGES, k) != cpo_total(CPO_PRODUITS, k):
            problems.append(f"{CPO}: charges and produits differ in column {k}")
    if cpo_total(CPO_CHARGES, 2) != CPO_COST or sum(x[1] for x in CPO_SPLIT) != CPO_AMOUNTS[0]:
        problems.append(f"{CPO}: annex 1, annex 2 and article 5 do not agree")
    if [r[2:] for r in CPO_PRODUITS if "présente convention" in str(r)] != [CPO_AMOUNTS]:
        problems.append(f"{CPO}: the budget does not carry the CPO amounts")
    if not luhn_ok(CPO_SIRET) or not luhn_ok(OBS_SIRET):
        problems.append("SIRET with a wrong Luhn key")
    # newsletter: footer on every page, boxes, tables adding up, agreement with the mail
    for i, p in enumerate(pages[LET], 1):
        if not re.search(rf"(^|\n)({re.escape(LET_FOOT)} {i}|{i} cress-orvanie\.org)$", p.strip()):
            problems.append(f"{LET}: page {i} lacks its footer")
    text = plain(corpus.full[LET])
    for needle in (
        "Au sommaire",
        "C'est quoi un tiers-lieu ?",
        "SCIC, mode d'emploi",
        "Trophées de l'ESS 2029",
        "Brèves",
        "Colophon",
        "« Une commune au capital",
        f"Orvanie {sp(LET_SAL)} 11,3 %",
    ):
        if needle not in text:
            problems.append(f"{LET}: {needle!r} missing")
    if LET_SAL != 86420 or LET_TL != 71 or LET_HEURES != 412600:
        problems.append(f"{LET}: département figures do not add up")
    if dict((d[0], d[4]) for d in LET_DEP)["Lisonne"] != EML_HEURES:
        problems.append(f"{LET}: Lisonne insertion hours differ from the mail's table")
    # diagnostic: no footer on the title page, footnotes on the page of their call, the
    # table of contents right, the commune table adding up
    if DIAG_FOOT in pages[DIAG][0]:
        problems.append(f"{DIAG}: footer on the title page")
    for i, p in enumerate(pages[DIAG][1:], 2):
        if DIAG_FOOT not in p:
            problems.append(f"{DIAG}: page {i} lacks its footer")
    for num, note in DIAG_NOTES.items():
        start = norm(note[:40])
        where = [i for i, p in enumerate(corpus.norm_pages[DIAG], 1) if f"{num} {start}" in p]
        if len(where) != 1:
            problems.append(f"{DIAG}: footnote {num} found on pages {where}")
    toc = pages[DIAG][1]
    for title in DIAG_SECTIONS:
        line = next((x for x in toc.split("\n") if x.startswith(title)), "")
        page = int(line.rsplit(" ", 1)[-1]) if line else 0
        if not page or title not in plain(pages[DIAG][page - 1]):
            problems.append(f"{DIAG}: contents entry {title!r} points to the wrong page")
    if (DIAG_POP, DIAG_ETAB, DIAG_SAL, DIAG_INS) != (23480, 164, 1912, 61):
        problems.append(f"{DIAG}: commune table does not add up")
    if sum(f[1] for f in DIAG_FAMILLES) != DIAG_ETAB:
        problems.append(f"{DIAG}: families do not add up")


def check_others(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / DRU).read_text(encoding="utf-8")
    for needle in (
        "<!-- saved from url=",
        'content="Drupal 10',
        "block-system-breadcrumb-block",
        "mega-menu__panel",
        "accordion-collapse collapse",
        "<del>",
        "tarteaucitronRoot",
        "Publié le",
        "Mis à jour le",
        "Sur le même thème",
        "Cette page vous a-t-elle été utile ?",
        'class="file-list"',
    ):
        if needle not in raw:
            problems.append(f"{DRU}: {needle!r} missing")
    if raw.count('class="accordion-item"') != len(DRU_ACCORDIONS):
        problems.append(f"{DRU}: accordions missing")
    points = [int(x) for x in re.findall(r"<td>(\d+)</td></tr>", raw)]
    if sum(points) != 100:
        problems.append(f"{DRU}: selection criteria add up to {sum(points)}")
    raw = (CORPUS / FOR).read_text(encoding="utf-8")
    for needle in (
        'content="Discourse',
        'aside class="quote',
        "accepted-answer",
        "onebox",
        "discourse-reactions-counter",
        "topic-map",
        "Sujets suggérés",
        'id="user-card"',
        "Message modifié le",
        "automatiquement fermé",
    ):
        if needle not in raw:
            problems.append(f"{FOR}: {needle!r} missing")
    posters = {p[1] for p in FOR_POSTS}
    if raw.count('class="topic-post ') != len(FOR_POSTS) or len(posters) != 7:
        problems.append(f"{FOR}: posts or posters missing")
    if (
        f'<span class="number">{len(FOR_POSTS) - 1}</span><h4 role="presentation">réponses'
        not in raw
    ):
        problems.append(f"{FOR}: the topic map does not count the replies")
    text = (CORPUS / OBS).read_text(encoding="utf-8")
    for needle in (
        "---\naliases:",
        "\n---\n\n# ",
        "> [!info]",
        "> [!warning]-",
        "> [!quote]",
        "- [x] ",
        "- [ ] ",
        "📅 2029-",
        "[[Essor Lisonne]]",
        "|Les Granges]]",
        "\t\t- ",
        "==9 % de frais de gestion==",
        "~~",
        "%% perso",
        "```dataview",
        "[^1]: ",
        "![[",
    ):
        if needle not in text:
            problems.append(f"{OBS}: {needle!r} missing")
    if "\r" in text or len(OBS_MEMBERS) != 17 or len(OBS_POSTES) != 9:
        problems.append(f"{OBS}: CR in the file, or members and staff do not add up")
    if round(sum(e for _, e in OBS_POSTES), 1) != 6.8:
        problems.append(f"{OBS}: staff does not add up to 6,8 ETP")
    if sum(1 for _, _, _, y in OBS_MEMBERS if y <= 2027) != 14:
        problems.append(f"{OBS}: members in 2027 do not add up to 14")
    text = (CORPUS / PAD).read_text(encoding="utf-8")
    for needle in ("EDIT Damien", "TODO", "[x] ", "[ ] ", "-> ", "• ", "   * ", "Framapad"):
        if needle not in text:
            problems.append(f"{PAD}: {needle!r} missing")
    if "\r" in text or text.startswith("\ufeff") or PAD_TOTAL != 214500 or PAD_EQUIP != 20100:
        problems.append(f"{PAD}: CR or BOM in the file, or the plan does not add up")
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or not data.isascii():
        problems.append(f"{EML}: not CRLF or not 7-bit")
    msg = email.message_from_bytes(data, policy=policy.default)
    parts = list(msg.iter_parts())
    if [p.get_content_type() for p in parts] != ["text/html", "text/calendar"]:
        problems.append(f"{EML}: expected an HTML-only body and an invitation")
    if parts[0]["Content-Transfer-Encoding"] != "quoted-printable" or b"=\r\n" not in data:
        problems.append(f"{EML}: the body is not quoted-printable with soft line breaks")
    if str(msg["Subject"]) != EML_SUBJECT or 'id="zwchr"' not in parts[0].get_content():
        problems.append(f"{EML}: subject or forwarded block wrong")
    ics = parts[1].get_content()
    if "\r\n " not in ics or "DTSTART;TZID" not in ics or "salle Causse" not in ics_text(ics):
        problems.append(f"{EML}: the invitation is not folded or lacks its start or place")
    if EML_HEURES != 96300 or sum(x[3] for x in EML_BILAN) != 318:
        problems.append(f"{EML}: the bilan does not add up")


PROPER_NAMES = [
    # region, départements, intercommunality, communes, streets and places
    "Orvanie",
    "Valcresson",
    "Lisonne",
    "Montrabel",
    "Haute-Cimbre",
    "Puyrenard",
    "Ardonne",
    "Orsenac",
    "Vaurèze",
    "Cazalbrune",
    "Lisonne-Causses",
    *[c[0] for c in DIAG_COMMUNES],
    "Gravière",
    "Barry",
    "Foirail",
    "Basse",
    # structures, places and events
    "Essor",
    "Jardins de Fontcluse",
    "Bricole",
    "Tremplin",
    "Granges de Miremonde",
    "Lanterne",
    "Sillon",
    "Estive",
    "Fournil",
    "Pitchous",
    "Escale",
    "Bergeries",
    "Mosaïque",
    "Toupie",
    "Nuits de Malvignes",
    "Amicale",
    "Entraide",
    "Chaleur des Causses",
    "Calmels",
    "Logis",
    "Tilleuls",
    "Cabane",
    "Pierres sèches du Causse",
    "Aiguillage",
    "Sémaphore",
    "Falguières",
    "Aidelis",
    "Agora",
    "Tandem",
    "Propreté",
    # people
    "Odile Vidalenc",
    "Gaspard Pujol",
    "Sabine Molinier",
    "Clarisse Périé",
    "Estelle Nayrac",
    "Anselme Roumagnac",
    "Noémie Caussanel",
    "Rachid Ourliac",
    "Fabienne Lagarrigue",
    "Agathe Lescure",
    "Fabrice Teulier",
    "Anouk Delcros",
    "Basile Gineste",
    "Inaya Haddad",
    "Valentin Espinasse",
    "Dorian Malbec",
    "Coralie Marcoux",
    "Joël Déjean",
    "Manon Garric",
    "Florian Taurines",
    "Cyril Vernhes",
    "Katia Jalabert",
    "Tristan Albinet",
    "Mélanie Cabanel",
    "Damien Pradal",
    "Violette Saurel",
    "Océane Monteil",
    "Ludivine Ferrières",
    "Ghislaine Rigal",
    "Lionel Bouscatel",
    "Xavier Doumergue",
    "Baptiste Lafage",
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux"}
# capitalised words of the corpus and questions that also occur in fresh40: reviewed by hand
# (question and function words, common nouns and adjectives at the start of a sentence,
# heading, label, menu item or cell, acronyms of French law and schemes, months and weekdays,
# software and formats)
_COMMON_OK_TEXT = """
    A AAP ACI ACTION AG AGENDA AI AS Accompagnement Accompagner Accueil Achats Action Activité
    Adhérents Aide Aller Ancrage Animation Animé Appel Appels Archives Article Assemblée
    Association Associations Atelier Au Auditions Aujourd Autres Avant Avec BEGIN BUDGET Bien
    Bienvenue Bilan Bonjour Bonne Budget C CALENDRIER CC CDDI CHARGES CLASS COMMANDE CONVENTION
    COORDINATION COPIE COPIL CPO CRESS CUMA Calendar Calendrier Candidatures Cc Ce Centre Cette
    Chambre Chaque Charges Chargé Chargée Chef Chez Chiffre Chiffres Cinq Collèges Colophon
    Combien Comité Commande Comment Communauté Commune Communication Comptabilité Compte
    Conseil Contact Contacts Contexte Convention Coopératives Coopérer Coordination
    Coordinatrice Cotisation Cotisations Coût Critère Crèche Créer Créé Culture Côté D DDETS DE
    DES DESCRIPTION DESSOUS DISPLAY DLA DOSSIER DU Dans Date De Demande Depuis Deux Directeur
    Direction Directrice Documents Does Dossier Doté Durée DÉPARTEMENT Décision Département
    Dépôt Développer EI EN END ENTRE ESS ESUS ET ETP ETTI Elle Emploi En Encadrement Ensemble
    Entre Entreprise Entretien Enveloppe Envoyé Espace Est Estimation Et Exercice Existe FAQ
    FROM FSE Faire Fait Famille Ferme Fin Foire Fondations Fonds Formation France From GARE GE
    Gouvernance Groupement HT Heures Historique How Hôtel IAE Il Ils Imprimerie In Inscrire
    Insee Insertion Investissement Je Jeudi Jusqu L LA LAST LETTRE LIEU LOCATION La Lancement
    Le Les Lettre Library LibreOffice Lieu Loi Lundi M METHOD MICROSOFT Mar Marchés Mardi Mars
    Mentions Merci Mercredi Messages Microsoft Mis Mise Mme Mobilité Modalités Mois Montant
    Montants Mutuelles NEEDS Navigation Ne Nombre Non Notes Notre Nous Nouveau Novembre
    Numérique OBJECTIFS OBSERVATOIRE OR Objectifs Objet Offres On Oui Où PDF PDI PLURIANNUELLE
    PORTRAIT PRODUITS PUBLIC PUBLIQUE Page Panorama Par Part Partager Participer Pendant
    Permanence Personnes Petit Peuvent Pièces Plus Points Portrait Postes Pour Pourquoi
    Produits Programme Projets Présent Président Présidente Publicité Publié Qu Quand Quatre
    Que Quel Quelle Quelles Quels Qui RECRUTEMENT RELATED REQUEST ROLE RSA Rapport Rechercher
    Recours Recrutement Recyclerie Remise Revitalisation Ruralités RÉSEAU Règlement Réalisé
    Région Répondre Réponses Résultat Réunion S SARL SCIC SCOP SIAE SIRET SORT STANDARD START
    STATUS SUMMARY Sa Salariés Se Secrétariat Services Six Siège Soit Solidarités Sommaire Son
    Sont Source Sous Soutenir Sport Standard Statut Statuts Structure Structures Subject
    Subventions Sujet Sur TABLE TIERS TOTAL TRAVAUX TRUE Tableau Taux Tiers To Tonnes Total
    Tous Tout Toute Tr Transition Transmettre Travail Trésorerie Type Un Une Until Utilité
    VERSION VIE Valeur Version Viabilité Vie Ville Voir Vous Webinaire What When Where Which
    Who Word Writer X Y À Ça Économie Épicerie Établissements Étape État Évaluation Événements
"""
COMMON_OK = set(_COMMON_OK_TEXT.split())


def fresh40_text() -> str | None:
    files = [FRESH40 / "README.md", FRESH40 / "build.py"]
    if not all(f.exists() for f in files):
        return None
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def in_text(word: str, text: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags=re.I) is not None


def name_words() -> set[str]:
    return {
        w.casefold()
        for n in PROPER_NAMES
        for w in re.split(r"[\s\-'’]+", n)
        if w and w.casefold() not in _STOP
    }


def check_names(
    corpus: Corpus, questions: list[Q], problems: list[str], report: bool = False
) -> None:
    other = fresh40_text()
    if other is None:
        problems.append("names: evals/fresh40 not found, the name check cannot run")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh40")
    texts = [*corpus.full.values()]
    texts += [q.question for q in questions] + [f for q in questions for f in q.facts]
    texts += [h for q in questions for h in q.history]
    for name in PDFS:
        texts += [str(v) for v in (PdfReader(CORPUS / name).metadata or {}).values()]
    words = set()
    for t in texts:
        words.update(re.findall(r"(?<![\w@./])[A-ZÀ-ÖØ-Þ][\w]*", plain(t)))
    shared = sorted(w for w in words if in_text(w, other))
    clashes = [w for w in shared if w not in COMMON_OK]
    if report:
        print("SHARED WITH FRESH40", " ".join(shared))
        print("NOT IN COMMON_OK", " ".join(clashes))
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh40")
    for w in COMMON_OK:
        if w.casefold() in name_words():
            problems.append(f"names: {w!r} is both a name word and in COMMON_OK")


ENGLISH_REFORMAT = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\d \d{3}\b|,\d|€|\d h\b|\d (janvier|février|mars|"
    r"avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
)


def check_questions(questions: list[Q], corpus: Corpus, problems: list[str]) -> None:
    seen = set()
    for q in questions:
        key = (q.question, tuple(q.history))
        if key in seen:
            problems.append(f"duplicate question {q.question!r}")
        seen.add(key)
        if q.kind not in KINDS or any(t not in TAGS for t in q.tags):
            problems.append(f"{q.question!r}: unknown kind or tag")
        if not q.answerable:
            if not q.checks or q.why not in WHY or q.sources:
                problems.append(f"{q.question!r}: unanswerable without checks or reason")
            for c in q.checks:
                err = run_check(c, corpus)
                if err:
                    problems.append(f"unanswerable {q.question!r}: {err}")
            continue
        if len(set(q.sources)) != len(q.sources) or any(s not in SRC for s in q.sources):
            problems.append(f"{q.question!r}: bad sources {q.sources!r}")
            continue
        resolve_pages(q, corpus, problems)
        held: dict[str, list[str]] = {s: [] for s in q.sources}
        for fact in q.facts:
            if fact != fact.strip() or "  " in fact or NBSP in fact or NNBSP in fact:
                problems.append(f"{q.question!r}: badly spaced fact {fact!r}")
            for s in q.sources:
                name = SRC[s]
                if name in PDFS and not q.pages:
                    continue
                if not any(norm(fact) in t for t in corpus.answer_texts(name, q.pages)):
                    continue
                held[s].append(fact)
                if not any(
                    norm(fact, False) in t for t in corpus.answer_texts(name, q.pages, False)
                ):
                    problems.append(f"{q.question!r}: fact {fact!r} has another apostrophe")
                if not corpus.in_one_line(name, q.pages, fact):
                    problems.append(
                        f"{q.question!r}: fact {fact!r} straddles a line break in {name}"
                    )
            if not any(fact in v for v in held.values()):
                problems.append(f"{q.question!r}: fact {fact!r} in none of {q.sources} {q.pages}")
        if len(q.sources) > 1 and not all(held.values()):
            problems.append(f"{q.question!r}: a source holds none of the facts {held}")
        if "en" in q.tags and any(ENGLISH_REFORMAT.search(f) and "@" not in f for f in q.facts):
            problems.append(f"{q.question!r}: English question with a reformattable fact")


def counts(questions: list[Q]) -> dict[str, int]:
    c: dict[str, int] = {"total": len(questions)}
    c["answerable"] = sum(q.answerable for q in questions)
    c["unanswerable"] = c["total"] - c["answerable"]
    for k in KINDS:
        c[f"{k}/answerable"] = sum(q.kind == k and q.answerable for q in questions)
        c[f"{k}/unanswerable"] = sum(q.kind == k and not q.answerable for q in questions)
    for t in TAGS:
        c[t] = sum(t in q.tags for q in questions)
        c[f"{t}/unanswerable"] = sum(t in q.tags and not q.answerable for q in questions)
    for w in WHY:
        c[f"unanswerable/{w}"] = sum(q.why == w for q in questions)
    c["multi"] = sum(len(q.sources) > 1 for q in questions)
    c["french answerable"] = sum(q.answerable and "en" not in q.tags for q in questions)
    for letter, name in SRC.items():
        c[f"main/{name}"] = sum(q.answerable and q.sources[0] == letter for q in questions)
    return c


MIN_COUNTS = {
    "total": 500,
    "unanswerable": 60,
    "en": 55,
    "follow": 28,
    "table": 40,
    "compare": 10,
    "staff": 8,
    "typo": 10,
    "definition/answerable": 8,
    "yesno/answerable": 15,
    "list/answerable": 15,
    "people/answerable": 30,
    "date/answerable": 30,
    "multi": 10,
    "conflict": 5,
    "quoted": 5,
    "note": 4,
    "landscape": 10,
    "accordion": 8,
    "ics": 3,
}
MAX_COUNTS = {"total": 600, "unanswerable": 75, "en": 70}
KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(41).shuffle(order)
    with QUESTIONS_FILE.open("w", encoding="utf-8", newline="\n") as fh:
        for i, q in enumerate(order, 1):
            row = {
                "id": f"{SET_NAME}-eval-{i:03d}",
                "question": q.question,
                "facts": q.facts,
                "sources": [SRC[s] for s in q.sources],
                "answerable": q.answerable,
                "history": q.history,
                "pages": sorted(q.pages),
            }
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def check_jsonl(problems: list[str]) -> None:
    rows = [json.loads(x) for x in QUESTIONS_FILE.read_text(encoding="utf-8").splitlines()]
    asked = {row["question"] for row in rows}
    ids = set()
    for row in rows:
        if list(row) != KEYS:
            problems.append(f"questions.jsonl: unexpected keys {list(row)}")
        if not re.fullmatch(rf"{SET_NAME}-eval-\d{{3}}", row["id"]) or row["id"] in ids:
            problems.append(f"questions.jsonl: bad or duplicate id {row['id']}")
        ids.add(row["id"])
        if row["answerable"] != bool(row["facts"]) or (
            not row["answerable"] and (row["sources"] or row["pages"])
        ):
            problems.append(f"questions.jsonl: {row['id']} inconsistent answerable/facts")
        if row["answerable"] and not row["sources"]:
            problems.append(f"questions.jsonl: {row['id']} answerable without sources")
        if any(s in PDFS for s in row["sources"]) != bool(row["pages"]):
            problems.append(f"questions.jsonl: {row['id']} pages and PDF source disagree")
        if any(x not in asked for x in row["history"]):
            problems.append(f"questions.jsonl: {row['id']} history not made of set questions")


def build_all() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    for old in CORPUS.iterdir():
        old.unlink()
    build_cpo()
    build_let()
    build_diag()
    build_dru()
    build_for()
    build_obs()
    build_pad()
    build_eml()


def digests(folder: Path) -> dict[str, str]:
    files = [*sorted((folder / "corpus").iterdir()), folder / "questions.jsonl"]
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def check_determinism(problems: list[str]) -> dict[str, str]:
    """Build everything again in a temporary folder, in a child process with another hash
    seed, and compare the bytes of every file."""
    mine = digests(HERE)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, PYTHONHASHSEED="123")
        run = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--build-only", tmp],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            problems.append(f"determinism: the second build failed: {run.stderr[-500:]}")
            return mine
        theirs = digests(Path(tmp))
    if mine != theirs:
        diff = [k for k in mine if mine.get(k) != theirs.get(k)]
        problems.append(f"determinism: files differ between two builds: {diff}")
    return mine


def main() -> int:
    global CORPUS, QUESTIONS_FILE
    questions = parse_questions(QTEXT)
    if "--build-only" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--build-only") + 1])
        CORPUS, QUESTIONS_FILE = out / "corpus", out / "questions.jsonl"
        build_all()
        check_questions(questions, Corpus(), [])  # resolves the pages
        write_questions(questions)
        return 0
    build_all()
    corpus = Corpus()
    problems: list[str] = []
    if sorted(p.name for p in CORPUS.iterdir()) != sorted(DOCS):
        problems.append("corpus does not hold the eight documents")
    check_pdfs(corpus, problems)
    check_others(corpus, problems)
    check_weekdays(corpus, problems)
    check_questions(questions, corpus, problems)
    check_names(corpus, questions, problems, report="--names" in sys.argv)
    write_questions(questions)
    check_jsonl(problems)
    c = counts(questions)
    for key, minimum in MIN_COUNTS.items():
        if c[key] < minimum:
            problems.append(f"only {c[key]} questions of type {key!r}, at least {minimum}")
    for key, maximum in MAX_COUNTS.items():
        if c[key] > maximum:
            problems.append(f"{c[key]} questions of type {key!r}, at most {maximum}")
    print(json.dumps(c, ensure_ascii=False, indent=1))
    if "--where" in sys.argv:
        for q in questions:
            if q.pages:
                print(f"WHERE {q.sources} {q.pages} {q.question[:80]!r}")
    if "--dump" in sys.argv:
        for name in PDFS:
            for i, p in enumerate(corpus.pages[name], 1):
                print(f"===== {name} p. {i}\n{p}")
        for name in (DRU, FOR, OBS, PAD, EML):
            print(f"===== {name}\n{corpus.full[name]}")
    if "--no-determinism" not in sys.argv:
        for name, digest in check_determinism(problems).items():
            print(f"sha256 {digest}  {name}")
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print(" -", p, file=sys.stderr)
        return 1
    print(f"OK: {len(DOCS)} documents, {c['total']} questions ({c['unanswerable']} unanswerable)")
    return 0


# ---------------------------------------------------------------------------
# The questions (C convention, L newsletter, D diagnostic, W Drupal page, F forum thread,
# O Obsidian note, P pad, E e-mail)
# ---------------------------------------------------------------------------

Q_CPO = """
C figure @5.1 – Le Département
Quel est le montant total de la contribution du Département à Essor Lisonne sur 2029-2031 ?
= 576 000 €

C figure @5.1 – Le Département
Combien le Département verse-t-il à Essor Lisonne au titre de 2030 ?
= 192 000 €

+C figure @5.1 – Le Département
Et pour 2031 ?
= 198 000 €

C figure
Comment se répartit entre les trois actions la contribution 2029 du Département à Essor Lisonne ?
= 78 000 € | 52 000 € | 56 000 €

C figure
Quelle part du coût du programme 2029 d'Essor Lisonne la contribution départementale \
représente-t-elle ?
= 16,3 %

C figure @évalué à
Quel est le coût total du programme d'actions 2029 d'Essor Lisonne ?
= 1 141 000 €

C figure
Quel est le montant de l'avance versée à Essor Lisonne pour 2029 ?
= 111 600 €

+C figure
Et le solde ?
= 74 400 €

+C other
Quand ce solde est-il versé ?
= compte rendu | bilan de l'année 2029

C date
Avant quelle date l'avance 2030 de la CPO d'Essor Lisonne est-elle versée ?
= 31 mars

C date
Quelle période couvre la convention pluriannuelle d'objectifs d'Essor Lisonne ?
= 1er janvier 2029 | 31 décembre 2031

C date @Fait à Montrabel
Quand la CPO entre le Département de la Lisonne et Essor Lisonne a-t-elle été signée ?
= 14 mars 2029

C other @Fait à Montrabel
Dans quelle ville la CPO d'Essor Lisonne a-t-elle été signée ?
= Montrabel

C people @Pour le Département de la Lisonne,
Qui signe la convention d'Essor Lisonne pour le Département ?
= Odile VIDALENC

C people @représentée par M. Anselme Roumagnac
Qui représente l'association Essor Lisonne dans la convention ?
= Anselme Roumagnac

C people
Qui est la directrice d'Essor Lisonne ?
= Noémie Caussanel

C people
Qui est le vice-président du Département de la Lisonne délégué à l'insertion et à l'ESS ?
= Gaspard Pujol

C people
Qui est la directrice de l'insertion et de l'économie solidaire du Département de la Lisonne ?
= Sabine Molinier

C date
En quelle année l'ensemblier Essor Lisonne a-t-il été créé ?
= 2004

C date
Quand Essor Lisonne a-t-elle été déclarée en préfecture ?
= 4 octobre 2004

C other
Quel est le numéro SIRET d'Essor Lisonne ?
= 439 399 172 00048

C other @déclarée en préfecture
Quelle est l'adresse du siège d'Essor Lisonne ?
= 14 chemin de la Gravière

C figure
Combien de salariés Essor Lisonne employait-elle fin 2028, et combien en CDDI ?
= 74 salariés | 52

C figure
Combien de foyers percevaient le RSA dans la Lisonne en 2028 ?
= 4 730

C figure
Combien de foyers percevaient le RSA sur le territoire de Lisonne-Causses en 2028 ?
= 1 210

C figure
Combien de postes en CDDI offrent Les Jardins de Fontcluse ?
= 26 postes

C figure
Sur quelle surface Les Jardins de Fontcluse cultivent-ils ?
= 4,2 hectares | 3 600 m²

C figure @3.2 – Action 2
Combien d'ETP d'insertion représente la recyclerie La Bricole ?
= 12,6 ETP

C other
Quels jours la boutique de La Bricole est-elle ouverte ?
= du mardi au samedi

C figure @4.3 – Le parcours Tremplin accompagne
Combien de bénéficiaires du RSA le parcours Tremplin accompagne-t-il chaque année ?
= 45

C figure @pour une durée de douze mois
Quelle est la durée maximale de l'accompagnement dans le parcours Tremplin ?
= douze mois

C other @permanence hebdomadaire
Où la conseillère du parcours Tremplin tient-elle ses permanences ?
= Miremonde | Lagrèze

C figure @4.1 – Au moins 60 %
Quelle part des postes en CDDI doit être occupée par des bénéficiaires du RSA dans la CPO ?
= 60 %

C figure @4.2 – Le taux
Quel taux de sorties dynamiques la CPO fixe-t-elle aux deux ACI ?
= 55 %

+C figure @4.2 – Le taux
Et pour les sorties vers l'emploi durable ?
= 25 %

C figure table
Quelle cible d'heures de formation par salarié en insertion la CPO fixe-t-elle ?
= 70 heures

C other table @Tonnes d'objets collectés
Quelle est la source de l'indicateur sur les tonnes collectées par La Bricole ?
= registre des apports

C other table
À quelle fréquence est suivi le nombre de paniers vendus par Les Jardins de Fontcluse ?
= mensuelle

C figure @environ 480 tonnes
Combien de tonnes d'objets La Bricole collecte-t-elle par an ?
= 480 tonnes

C figure
Quelle part des objets collectés par La Bricole est réemployée ou recyclée ?
= 62 %

C figure @livrent chaque semaine
Combien de paniers Les Jardins de Fontcluse livrent-ils chaque semaine ?
= 220 paniers

C date
Jusqu'à quand les deux ACI d'Essor Lisonne sont-ils conventionnés par l'État ?
= 31 décembre 2030

C figure table
Combien coûte l'action La Bricole en 2029 ?
= 437 000 €

C figure table
Quel est le coût du parcours Tremplin en 2029 ?
= 85 700 €

C other table
Quel encadrement est prévu aux Jardins de Fontcluse ?
= 3 encadrants techniques, 1 accompagnatrice

C figure table
Combien l'État verse-t-il à Essor Lisonne au titre de l'aide au poste IAE en 2029 ?
= 528 600

C figure table compare
Combien la Région Orvanie apporte-t-elle chaque année au programme d'Essor Lisonne ?
= 35 000

C figure table
Quel montant de FSE+ figure dans le budget prévisionnel d'Essor Lisonne ?
= 72 500

C figure table
Combien la communauté de communes Lisonne-Causses apporte-t-elle chaque année à Essor Lisonne ?
= 18 000

C figure table compare
Comment évoluent les salaires des salariés en insertion d'Essor Lisonne entre 2029 et 2031 ?
= 498 300 | 521 500

C figure table
Combien Essor Lisonne prévoit-elle de ventes de paniers et de légumes en 2030 ?
= 149 000

C figure table
Quelles ventes la recyclerie La Bricole prévoit-elle pour 2031 ?
= 129 000

C figure table
Quel est le total des charges prévu par Essor Lisonne pour 2031 ?
= 1 194 800

C figure table
À combien est valorisé le bénévolat chez Essor Lisonne en 2029 ?
= 31 500

C figure table
Quel budget Essor Lisonne consacre-t-elle à la formation des salariés en insertion en 2029 ?
= 26 500

C figure table typo staff
honoraires cac expert comptable essor lisonne 2030
= 19 300

C figure table
Combien Essor Lisonne attend-elle de remboursements de formation de l'OPCO en 2029 ?
= 24 500

C yesno
L'entreprise d'insertion Essor Propreté est-elle concernée par la CPO ?
= n'est pas concernée

C other
Quel formulaire Essor Lisonne doit-elle utiliser pour son compte rendu financier ?
= 15059

C date
Avant quelle date Essor Lisonne doit-elle envoyer chaque année ses justificatifs au Département ?
= 30 juin

C other
Pourquoi Essor Lisonne doit-elle fournir le rapport d'un commissaire aux comptes ?
= 153 000 €

C figure
Combien de fois par an se réunit le comité de suivi de la CPO d'Essor Lisonne ?
= deux fois par an

+C date @deux fois par an
À quels mois ?
= avril | octobre

C people
Qui assure le secrétariat du comité de suivi de la CPO d'Essor Lisonne ?
= Noémie Caussanel

C date
Quand l'évaluation finale de la CPO d'Essor Lisonne doit-elle être remise ?
= 30 juin 2031

C figure
Quel préavis faut-il respecter pour résilier la CPO d'Essor Lisonne ?
= trois mois

C other
Quel tribunal est compétent en cas de litige sur la CPO d'Essor Lisonne ?
= tribunal administratif de Valcresson

C figure
Combien de temps une mise en demeure doit-elle rester sans effet avant une sanction ?
= un mois

C date
Quand la commission permanente a-t-elle approuvé la CPO d'Essor Lisonne ?
= 26 février 2029

C other
Quel est le numéro de la délibération de la commission permanente approuvant la CPO ?
= CP-2029-02-117

C other @Vu :
Quel est le numéro de la convention d'Essor Lisonne ?
= 2029-DIES-014

C date
Quand Essor Lisonne a-t-elle déposé sa demande de subvention ?
= 9 novembre 2028

C other
Quel axe du programme départemental d'insertion concerne le retour à l'emploi des bénéficiaires du \
RSA ?
= axe 3

C figure
Combien de temps après la convention le Département peut-il encore contrôler l'utilisation de sa \
contribution ?
= trois années

C other staff
essor lisonne siret
= 439 399 172 00048

C definition
Que signifie CPO ?
= convention pluriannuelle d'objectifs

C other
Quel est le rôle d'Essor Lisonne ?
= ensemblier d'insertion

C people en @Pour l'association Essor Lisonne
Who is the president of Essor Lisonne?
= Anselme Roumagnac

C other en @14 chemin de la Gravière
In which town is Essor Lisonne's head office?
= Vernouillac

C figure en @3.2 – Action 2
How many CDDI jobs does La Bricole offer?
= 18

C date en @Article 2
Until which year does Essor Lisonne's multi-year agreement run?
= 2031

C figure en @4.1 – Au moins 60 %
What minimum share of CDDI jobs must go to RSA recipients under the agreement?
= 60 %

C people en
Who heads the Lisonne département's integration and solidarity economy directorate?
= Sabine Molinier
"""
Q_LET = """
L figure
Combien de salariés compte l'ESS en Orvanie fin 2028 ?
= 86 420

L figure @Fin 2028, l'ESS compte
Quelle part de l'emploi salarié privé l'ESS représente-t-elle en Orvanie ?
= 11,3 %

L figure
Combien d'emplois l'ESS a-t-elle créés en Orvanie en 2028 ?
= 1 870

+L figure
Soit une hausse de combien en pourcentage ?
= 2,2 %

L figure
Combien d'établissements employeurs l'ESS compte-t-elle en Orvanie fin 2028 ?
= 7 284

L figure
Quelle part des salariés de l'ESS d'Orvanie travaille dans une coopérative ?
= 14 %

L figure @les fondations 5 %
Quelle part des salariés de l'ESS d'Orvanie travaille dans une fondation ?
= 5 %

L other
Quel est le premier secteur employeur de l'ESS en Orvanie ?
= L'action sociale | 43 %

L figure
Combien de départs à la retraite sont attendus dans l'ESS en Orvanie d'ici 2035 ?
= 17 800

L figure @Les femmes
Quelle part des emplois de l'ESS en Orvanie est occupée par des femmes ?
= 68 %

L figure box table
Combien de salariés de l'ESS dans la Lisonne fin 2028 ?
= 21 840

L figure box table
Quelle est la part de l'ESS dans l'emploi privé de la Haute-Cimbre ?
= 11,9 %

L figure box table
Combien de salariés de l'ESS en Vaurèze ?
= 16 520

L other box table compare
Quel département d'Orvanie compte le plus de salariés dans l'ESS ?
= Ardonne | 29 750

L figure box table typo staff
part ess emploi privé vaureze
= 9,8 %

L date
Quand le panorama 2028 de l'ESS en Orvanie a-t-il été publié ?
= 28 mars 2029

L people @Contact : Anouk Delcros
Qui est responsable de l'observatoire régional de l'ESS de la CRESS Orvanie ?
= Anouk Delcros

L figure
Combien de pages compte le panorama complet de l'ESS en Orvanie ?
= 24 pages

L people @présidente de la CRESS Orvanie
Qui signe l'édito de la Lettre de l'ESS en Orvanie n° 23 ?
= Agathe Lescure

L date
Quand a lieu l'assemblée générale 2029 de la CRESS Orvanie ?
= 13 juin 2029

+L other
Où ?
= Puyrenard | halle aux grains

+L other
De quelle heure à quelle heure ?
= 14 h | 18 h

L figure
Combien de sièges du conseil d'administration de la CRESS Orvanie seront renouvelés en 2029 ?
= 8 sièges sur 24

L figure
Combien d'adhérents compte la CRESS Orvanie ?
= 214 adhérents

L figure
Combien de nouveaux adhérents la CRESS Orvanie a-t-elle accueillis au premier trimestre 2029 ?
= neuf

L people
Qui est la nouvelle chargée de mission commande publique de la CRESS Orvanie ?
= Inaya Haddad

+L date
Depuis quand ?
= 4 février 2029

L people
Qui renforce l'observatoire de la CRESS depuis mars 2029, et depuis quelle date ?
= Valentin Espinasse | 1er mars 2029

L figure
Combien de salariés compte l'équipe de la CRESS Orvanie en 2029 ?
= 16 salariés

L figure @L'Orvanie compte 71
Combien de tiers-lieux la CRESS a-t-elle recensés en Orvanie en 2028 ?
= 71

+L figure compare @contre 52 en 2025
Et en 2025 ?
= 52

L figure @19 en Lisonne
Combien de tiers-lieux compte la Lisonne ?
= 19

L figure @24 en Ardonne
Combien de tiers-lieux en Ardonne ?
= 24

L figure @27 sont installés
Combien de tiers-lieux d'Orvanie sont installés dans une commune de moins de 2 000 habitants ?
= 27

L figure
Quelle part des tiers-lieux d'Orvanie sont des SCIC ?
= 21 %

L figure
Combien de salariés travaillent dans les tiers-lieux d'Orvanie ?
= 412 salariés | 286 ETP

L figure
Combien de passages les tiers-lieux d'Orvanie accueillent-ils chaque année ?
= 390 000 passages

L figure
Dans quelle proportion des tiers-lieux d'Orvanie trouve-t-on un espace de travail partagé ?
= 82 %

L figure
Quelle part des tiers-lieux d'Orvanie dépend d'au moins une subvention de fonctionnement ?
= 62 %

L definition box
C'est quoi un tiers-lieu ?
= ni domicile ni lieu de travail

L definition box
Qu'est-ce qu'une SCIC ?
= société coopérative d'intérêt

L figure box @au moins 15 heures
Combien d'heures d'ouverture par semaine faut-il au minimum pour que la CRESS recense un \
tiers-lieu ?
= 15

L figure box
Quelle part des excédents d'une SCIC doit aller en réserves impartageables ?
= 57,5 %

L figure box
Quelle part du capital d'une SCIC les collectivités locales peuvent-elles détenir ensemble ?
= 50 %

L people
Qui a dit « Une commune au capital, ce n'est pas une tutelle » ?
= Coralie Marcoux

L figure
Combien d'heures d'insertion les clauses sociales ont-elles générées en Orvanie en 2028 ?
= 412 600

L figure
Combien de personnes éloignées de l'emploi ont travaillé grâce aux clauses sociales en Orvanie en \
2028 ?
= 1 480

L figure
Combien d'heures d'insertion les clauses sociales ont-elles représentées en Ardonne en 2028 ?
= 158 900

L figure
Combien de facilitateurs des clauses sociales compte le réseau en Orvanie ?
= 11 facilitateurs

L figure compare
Combien de marchés réservés aux structures d'insertion en Orvanie en 2028, et en 2027 ?
= 38 marchés | 26

L figure @7 à lui seul
Combien de marchés réservés le Département de la Lisonne a-t-il passés en 2028 ?
= 7

L other
Quel article du code de la commande publique encadre les marchés réservés aux structures \
d'insertion ?
= L. 2113-13

L date
Depuis quand la Menuiserie Calmels est-elle une SCOP ?
= 1er octobre 2028

L figure
Combien de salariés ont repris la Menuiserie Calmels ?
= onze

L yesno
Tous les salariés de la Menuiserie Calmels sont-ils devenus associés ?
= onze | quatorze

L figure
Quel est le capital de la SCOP Menuiserie Calmels ?
= 88 000 €

L people
Qui est le gérant de la Menuiserie Calmels ?
= Dorian Malbec

L figure
Quel chiffre d'affaires réalise la Menuiserie Calmels ?
= 1,9 million d'euros

L date
En quelle année la Menuiserie Calmels a-t-elle été fondée ?
= 1987

L figure
Combien chaque associé de la Menuiserie Calmels a-t-il apporté en moyenne ?
= 8 000 €

L list box
Quelles sont les catégories des Trophées de l'ESS 2029 ?
= utilité sociale | transition écologique | coopération | jeunes pousses

L figure box
Combien reçoit chaque lauréat des Trophées de l'ESS 2029 ?
= 2 500 €

L figure box
Comment est doté le prix du public des Trophées de l'ESS 2029 ?
= 1 000 €

L date box @trophees.cress-orvanie.org
Jusqu'à quand peut-on candidater aux Trophées de l'ESS 2029 ?
= 15 mai 2029

L date box
Quand et où les Trophées de l'ESS 2029 seront-ils remis ?
= 21 novembre 2029 | Orsenac

L figure box @284 fournisseurs
Combien de fournisseurs de l'ESS référence l'annuaire des achats responsables ?
= 284

L date box
Quand la CRESS Orvanie et France Travail ont-elles signé leur convention ?
= 6 février 2029

L date
Quand se tiennent les Journées régionales des tiers-lieux, et où ?
= 4 octobre 2029 | Cazalbrune

L other
Quel est le numéro de téléphone de la CRESS Orvanie ?
= 04 65 71 10 20

L other
Quelle est l'adresse de la CRESS Orvanie ?
= 17 rue du Barry

L people
Qui dirige la CRESS Orvanie ?
= Fabrice Teulier

L figure
À combien d'exemplaires la Lettre de l'ESS en Orvanie est-elle tirée ?
= 1 800

L other
Quel est l'ISSN de la Lettre de l'ESS en Orvanie ?
= 2779-4415

L other
Qui imprime la Lettre de l'ESS en Orvanie ?
= Imprimerie coopérative | des Causses (SCOP)

L figure en @tiers-lieux recensés
How many tiers-lieux did the CRESS count in Orvanie in 2028?
= 71

L people en @présidente de la CRESS Orvanie
Who wrote the editorial of the CRESS Orvanie newsletter no. 23?
= Agathe Lescure

L figure en @214 adhérents
How many members does the CRESS Orvanie have?
= 214

L other en @halle aux grains
In which town will the 2029 general assembly of the CRESS Orvanie take place?
= Puyrenard

L figure en
What share of a SCIC's capital may local authorities hold together?
= 50 %

L people en
Who manages the Menuiserie Calmels cooperative?
= Dorian Malbec

L other en
On which website can organisations apply for the 2029 ESS awards?
= trophees.cress-orvanie.org
"""
Q_DIAG = """
D figure @612 km²
Combien d'habitants compte la communauté de communes Lisonne-Causses ?
= 23 480

D figure
Quelle est la superficie de la communauté de communes Lisonne-Causses ?
= 612 km²

D figure
Quelle est la densité de population de la communauté de communes Lisonne-Causses ?
= 38 habitants

D figure @612 km²
Combien de communes compte la communauté de communes Lisonne-Causses ?
= 14 communes

D figure
Combien d'emplois salariés privés compte le territoire de la CC Lisonne-Causses ?
= 12 900

D figure
Quelle part des habitants de Lisonne-Causses ont 60 ans ou plus, et en Orvanie ?
= 34 % | 29 %

D figure
Combien de communes de Lisonne-Causses sont classées France Ruralités Revitalisation ?
= Sept communes

D other @la plus petite
Quelle est la plus petite commune de la communauté de communes Lisonne-Causses ?
= Bessaguet | 160

D figure @Fin 2026, l'ESS compte
Combien d'établissements employeurs de l'ESS compte le territoire de Lisonne-Causses ?
= 164

D figure @contre 12,6 % dans la
Quel poids a l'ESS dans l'emploi salarié privé de la CC Lisonne-Causses ?
= 14,8 %

D figure table @Tableau 1
Combien de salariés les coopératives emploient-elles sur le territoire de Lisonne-Causses ?
= 298

D figure table @Tableau 1
Quelle part des salariés de l'ESS de Lisonne-Causses travaille dans une association ?
= 75,1 %

D figure table
Combien d'établissements associatifs employeurs sur le territoire de Lisonne-Causses ?
= 140

D figure table @Tableau 1
Combien de salariés l'ESS compte-t-elle dans la CC Lisonne-Causses ?
= 1 912

D figure
Quelle est la masse salariale de l'ESS sur le territoire de Lisonne-Causses ?
= 47,6 millions d'euros

D figure
Quelle part des salariés de l'ESS de Lisonne-Causses sont des femmes ?
= 71 %

D figure @temps partiel
Quelle part des salariés de l'ESS de Lisonne-Causses travaille à temps partiel ?
= 38 %

D other
Quel est le premier employeur de l'ESS du territoire de Lisonne-Causses ?
= Aidelis | 214

D figure @le premier employeur
Combien de salariés compte l'EHPAD Les Tilleuls ?
= 104

D figure @Pézenquet (58 salariés)
Combien de salariés compte la cave coopérative de Pézenquet ?
= 58

D figure
Quelle part des salariés de l'ESS de Lisonne-Causses travaille dans l'action sociale ?
= 48 %

D other note
Quel type d'organisme gère l'EHPAD Les Tilleuls de Lagrèze ?
= fondation reconnue

D date note
Par quelle délibération la CC Lisonne-Causses a-t-elle commandé le diagnostic de l'ESS ?
= 2028-061 | 14 juin 2028

D other note @millésime 2026
Quel millésime de population le diagnostic de Lisonne-Causses utilise-t-il ?
= 2026

D date
Quand l'étude du diagnostic ESS de Lisonne-Causses s'est-elle déroulée ?
= septembre 2028 | janvier 2029

D figure
Combien de fois le comité de pilotage du diagnostic s'est-il réuni ?
= trois fois

D people
Qui présidait le comité de pilotage du diagnostic de l'ESS de Lisonne-Causses ?
= Fabienne Lagarrigue

D figure
Combien de structures ont répondu au questionnaire du diagnostic, et quel taux de réponse ?
= 96 | 58 %

D figure @38 entretiens
Combien d'entretiens individuels le diagnostic de Lisonne-Causses a-t-il comptés ?
= 38

D people
Qui a rédigé le diagnostic de l'ESS de la CC Lisonne-Causses ?
= Anouk Delcros | Valentin Espinasse

D figure
Combien a coûté le diagnostic de l'ESS de Lisonne-Causses ?
= 18 600 €

+D other
Qui l'a financé ?
= parts égales | Région Orvanie

D other @porté par l'association Sillon
Quelle association porte le DLA de la Lisonne ?
= Sillon

D figure landscape table
Combien de salariés de l'ESS à Vernouillac ?
= 694

D figure landscape table @Tableau 2
Quelle est la part de l'ESS dans l'emploi privé à Lagrèze ?
= 22,7 %

D figure landscape table
Combien de salariés l'ESS compte-t-elle à Pézenquet ?
= 102

D figure landscape table @Tableau 2
Combien d'habitants compte Fontcluse ?
= 2 480

D figure landscape table @Tableau 2
Combien d'établissements de l'ESS à Miremonde ?
= 12

D figure landscape table
Quelle est la part de l'ESS dans l'emploi privé à Aurivals ?
= 19,5 %

D figure landscape table @Tableau 2
Combien de salariés travaillent dans des coopératives à Pézenquet ?
= 64

D figure landscape table @Tableau 2
Combien de postes en insertion à Estaniol ?
= 8

D figure landscape table typo staff @Tableau 2
salaries ess rivenac
= 21

D other landscape note
Pourquoi le nombre de salariés de l'ESS à Bessaguet n'est-il pas indiqué ?
= secret statistique

D other landscape table @Tableau 2
Quelle commune de Lisonne-Causses a la plus forte part d'ESS dans l'emploi privé ?
= Lagrèze | 22,7 %

D figure landscape
Quelle part des emplois de l'ESS de Lisonne-Causses est concentrée à Vernouillac ?
= 36 %

D figure landscape table compare @Tableau 2
Combien de salariés de l'ESS à Cabrials et à Combrevert ?
= 84 | 51

D figure landscape table @Tableau 2
Combien de salariés des mutuelles à Vernouillac ?
= 61

D other @espace France Services
Quel tiers-lieu trouve-t-on à Estaniol ?
= La Cabane numérique | espace France Services

D figure @Cinq structures
Combien de SIAE sont implantées sur le territoire de Lisonne-Causses ?
= Cinq

D figure
Combien de personnes ont travaillé en parcours d'insertion sur le territoire de Lisonne-Causses en \
2028 ?
= 198 | 77 ETP

D figure @bénéficiaires du
Quelle part des personnes en parcours d'insertion sur Lisonne-Causses en 2028 étaient \
bénéficiaires du RSA ?
= 58 %

D other table
Quelle est l'activité de l'ACI Pierres sèches du Causse ?
= restauration de murets

D other table @Entraide Causses AI
Où est installée l'association intermédiaire Entraide Causses ?
= Lagrèze

D figure note
Combien d'heures de mise à disposition Entraide Causses a-t-elle réalisées en 2028 ?
= 21 400

D figure table
Combien de postes d'insertion compte l'entreprise d'insertion Essor Propreté ?
= 9 postes

D other
Quelles SIAE partagent le bâtiment du 14 chemin de la Gravière ?
= La Bricole | Essor Propreté

D list @dont un en projet
Quels sont les tiers-lieux du territoire de Lisonne-Causses ?
= Les Granges de Miremonde | l'Atelier partagé de Lagrèze | La Cabane numérique | gare de Roquelance

D date @envisagée en 2030
Quand l'ouverture du tiers-lieu de la gare de Roquelance est-elle envisagée selon le diagnostic ?
= 2030

D figure
Combien de jours par semaine l'Atelier partagé de Lagrèze est-il ouvert ?
= trois jours

D list
Quelles sont les six recommandations du diagnostic de l'ESS de Lisonne-Causses ?
= Pérenniser le poste de chargé de mission ESS | Généraliser les clauses sociales | Accompagner le \
tiers-lieu de la gare de Roquelance | Anticiper les transmissions d'entreprises | Développer \
l'emploi partagé | Faire vivre un forum annuel de l'ESS

D figure
À partir de quel montant les marchés de travaux de la CCLC devraient-ils comporter une clause \
d'insertion ?
= 500 000 € HT

D figure @Anticiper les transmissions
Combien d'entreprises de Lisonne-Causses ont un dirigeant de plus de 60 ans ?
= 41

D figure @dont 60 %
Quel est le coût estimé du plan d'action du diagnostic de Lisonne-Causses ?
= 85 000 €

+D figure
Quelle part pour le poste de chargé de mission ?
= 60 %

D date
Quand doit avoir lieu le premier forum de l'ESS de Lisonne-Causses, et où ?
= novembre 2029 | Vernouillac

D figure @La masse salariale
Quelle part des associations employeuses de Lisonne-Causses n'ont qu'un ou deux salariés ?
= 63 %

D figure
Quel temps de travail représente le poste de chargé de mission ESS créé en 2028 à la CCLC ?
= 0,5 ETP

D definition
Que veut dire FRR ?
= France Ruralités Revitalisation

D figure landscape table compare @Tableau 2
Combien de salariés de l'ESS à Lagrèze et à Fontcluse ?
= 397 | 161

D definition
Que signifie ACI ?
= atelier et chantier d'insertion

D definition
Qu'est-ce qu'une association intermédiaire ?
= met ses salariés en insertion à disposition

D definition
Que veut dire ESUS ?
= entreprise solidaire d'utilité sociale

D definition
C'est quoi un CDDI ?
= contrat à durée déterminée d'insertion | de quatre mois à deux ans

D definition
Qu'est-ce qu'un groupement d'employeurs ?
= embauche des salariés et les met à disposition

D definition
Que désigne le sigle SIAE ?
= structure d'insertion par l'activité économique

D people
Qui dirige la cave coopérative de Pézenquet ?
= Baptiste Lafage

D people
Qui dirige Aidelis ?
= Xavier Doumergue

D date @Version 3
Quand le comité de pilotage a-t-il validé la version finale du diagnostic de Lisonne-Causses ?
= 23 janvier 2029

D figure @ville-centre
Combien d'habitants compte Vernouillac ?
= 6 940

D figure en @612 km²
How many municipalities make up the Lisonne-Causses community of communes?
= 14

D people en
Who chaired the steering committee of the Lisonne-Causses ESS study?
= Fabienne Lagarrigue

D other en @3 place du Foirail
Which town hosts the head office of the Lisonne-Causses community of communes?
= Vernouillac

D figure en @38 entretiens
How many one-to-one interviews were carried out for the Lisonne-Causses ESS study?
= 38

D other en @porté par l'association Sillon
Which association runs the DLA in the Lisonne?
= Sillon

D figure en @212 sociétaires
How many members does the Granges de Miremonde cooperative have, according to the study?
= 212

D people en
Who is the director of Aidelis?
= Xavier Doumergue
"""
Q_DRU = """
W figure
Quelle est l'enveloppe de l'appel à projets « Tiers-lieux solidaires » 2029 du Département de la \
Lisonne ?
= 350 000 €

W date conflict
Quelle est la date limite pour candidater à l'appel à projets « Tiers-lieux solidaires » 2029 ?
= 14 mai 2029 | 12 h

+W date conflict
Quelle était la date limite prévue au départ ?
= 30 avril 2029

+W date
Quand le report a-t-il été annoncé ?
= 21 mars 2029

W figure accordion
Quel est le montant maximal de l'aide à l'investissement de l'appel à projets Tiers-lieux \
solidaires ?
= 40 000 €

W figure accordion
Quel taux maximal des dépenses d'investissement l'appel à projets Tiers-lieux solidaires \
finance-t-il ?
= 50 %

W figure accordion
Quel montant minimal de dépenses éligibles un projet de tiers-lieu doit-il atteindre pour être \
aidé par le Département ?
= 20 000 € HT

W figure accordion
Combien l'aide au démarrage d'un tiers-lieu solidaire rapporte-t-elle les deux premières années ?
= 15 000 € | 10 000 €

W figure accordion
Quel est le montant du bonus ruralité de l'appel à projets Tiers-lieux solidaires ?
= 5 000 €

+W other accordion
À quelle condition ?
= France Ruralités Revitalisation

W list accordion
Qui peut candidater à l'appel à projets « Tiers-lieux solidaires » ?
= associations loi 1901 | SCIC | SCOP | ESUS | communes de moins de 10 000 habitants

W figure accordion
Depuis combien de temps une association doit-elle être déclarée pour répondre à l'appel à projets \
Tiers-lieux solidaires ?
= un an

W yesno accordion
Un projet de tiers-lieu situé à Montrabel est-il éligible à l'appel à projets du Département ?
= Montrabel | pas éligibles

W yesno accordion
Une entreprise individuelle peut-elle répondre à l'appel à projets Tiers-lieux solidaires ?
= entreprises individuelles

W figure accordion
Combien d'heures par semaine un tiers-lieu doit-il être ouvert pour être éligible à l'aide du \
Département ?
= 20 heures

W figure accordion
Combien d'activités différentes un tiers-lieu candidat doit-il proposer ?
= trois activités

W other accordion
Quel poste de coordination l'appel à projets Tiers-lieux solidaires exige-t-il, et dans quel délai ?
= 0,5 ETP | 18 mois

W yesno accordion
L'achat d'un bâtiment est-il une dépense éligible à l'appel à projets Tiers-lieux solidaires ?
= acquisition de terrains ou de bâtiments

W list accordion
Quelles dépenses l'appel à projets Tiers-lieux solidaires finance-t-il ?
= travaux d'aménagement | mobilier | matériel numérique

W list accordion table
Quels sont les critères de sélection de l'appel à projets Tiers-lieux solidaires ?
= Ancrage territorial et partenariats | Utilité sociale | Gouvernance partagée | Viabilité \
économique | Transition écologique

W figure accordion table
Combien de points compte la transition écologique dans la sélection des tiers-lieux solidaires ?
= 10

W list accordion
Qui siège au comité de sélection de l'appel à projets Tiers-lieux solidaires ?
= élus du Département | CRESS Orvanie | DDETS de la Lisonne

W date accordion
Quand auront lieu les auditions des projets de tiers-lieux présélectionnés ?
= 11 et 12 juin 2029

W date
Quand la commission permanente décidera-t-elle des aides aux tiers-lieux solidaires ?
= 9 juillet 2029

W other accordion
Sur quel site dépose-t-on un dossier pour l'appel à projets Tiers-lieux solidaires ?
= aides.lisonne.fr

W list accordion
Quelles pièces faut-il joindre à une candidature à l'appel à projets Tiers-lieux solidaires ?
= statuts | budget prévisionnel du lieu sur trois ans | plan de financement | lettre de soutien de \
la commune | relevé d'identité bancaire

W figure accordion
Quelle avance est versée à la notification de l'aide aux tiers-lieux solidaires ?
= 30 %

W date accordion
Avant quand les travaux d'un tiers-lieu aidé doivent-ils commencer ?
= 31 mars 2030

W figure
Combien de dossiers ont été déposés lors de l'édition 2028 de l'appel à projets Tiers-lieux ?
= 31

+W figure
Et combien de tiers-lieux ont été soutenus, pour quel montant ?
= 9 tiers-lieux | 286 500 €

W date table
Quand l'appel à projets Tiers-lieux solidaires 2029 a-t-il été lancé ?
= 5 mars 2029

W date table
Quand a eu lieu la réunion d'information sur l'appel à projets Tiers-lieux solidaires ?
= 20 mars 2029 | 18 h

W people staff
contact aap tiers lieux lisonne
= Clarisse Périé

W figure accordion typo
Combien d'heure d'ouverture minimum pour un tier-lieu candidat a l'AAP du departement ?
= 20 heures

W people
Qui contacter au Département pour l'appel à projets Tiers-lieux solidaires ?
= Clarisse Périé

+W other
Quel est son numéro ?
= 04 65 71 32 18

W other
Quand la permanence téléphonique de l'appel à projets Tiers-lieux solidaires est-elle assurée ?
= mardi | jeudi | 14 h | 17 h

W other
Quelle est l'adresse mail de l'appel à projets Tiers-lieux solidaires ?
= tierslieux@lisonne.fr

W figure
Quelle est la taille du règlement de l'appel à projets Tiers-lieux solidaires 2029 ?
= 412 Ko

W figure
Combien de temps dure le replay de la réunion d'information du 20 mars 2029 ?
= 52 min

W date
Quand la foire aux questions de l'appel à projets Tiers-lieux a-t-elle été mise à jour ?
= 21/03/2029

W date boilerplate
Quand la page de l'appel à projets Tiers-lieux solidaires a-t-elle été publiée ?
= 05/03/2029

W figure boilerplate
Quelle est l'enveloppe de l'appel à projets Mobilité solidaire 2029 du Département de la Lisonne ?
= 120 000 €

W date boilerplate
Quelle est la date limite de l'appel à projets Mobilité solidaire 2029 du Département de la \
Lisonne ?
= 31 mai 2029

W figure boilerplate
Jusqu'à combien le fonds d'appui aux structures de l'IAE peut-il aider, et jusqu'à quand \
candidater ?
= 25 000 € | 15 septembre 2029

W other boilerplate
Quel est le numéro du standard du Département de la Lisonne ?
= 04 65 71 00 00

W other boilerplate
Quels sont les horaires d'accueil du public à l'Hôtel du Département de la Lisonne ?
= lundi au vendredi | 8 h 30 | 12 h | 13 h 30 | 17 h 30

W other boilerplate
Le site du Département de la Lisonne est-il accessible aux personnes handicapées ?
= partiellement conforme

W list
Quels sont les objectifs de l'appel à projets Tiers-lieux solidaires ?
= lieux de coopération | activités et des emplois de l'ESS | services du quotidien

W yesno accordion
Un tiers-lieu ouvert depuis cinq ans peut-il répondre à l'appel à projets Tiers-lieux solidaires ?
= plus de trois ans

W yesno accordion
Une SCOP peut-elle candidater à l'appel à projets Tiers-lieux solidaires ?
= SCOP

W yesno accordion
Les frais de personnel autres que la coordination sont-ils pris en charge par l'aide aux \
tiers-lieux ?
= autres que la coordination

W figure accordion typo staff
aap tiers lieux lisonne montant aide demarrage
= 15 000 €

W figure en accordion
How many points out of 100 does social utility weigh in the tiers-lieux selection?
= 25

W other en
What is the e-mail address of the Lisonne tiers-lieux call for projects?
= tierslieux@lisonne.fr

W people en
Who is the contact person at the Département for the tiers-lieux call?
= Clarisse Périé

W other en accordion
On which website must tiers-lieux applications be submitted?
= aides.lisonne.fr

W figure en accordion
What percentage of eligible investment costs can the tiers-lieux grant cover at most?
= 50 %

W figure en
How many tiers-lieux did the Département support in 2028?
= 9

W figure en accordion
What percentage of the tiers-lieux grant is paid as an advance?
= 30 %
"""
Q_FOR = """
F figure post typo
quel est le capitale de la scic des grange de miremonde
= 38 400 €

F yesno post
Une commune peut-elle entrer au capital d'une SCIC ?
= 50 %

F figure post
Quel est le capital de la SCIC Les Granges de Miremonde ?
= 38 400 €

F figure post
Quelle est la valeur d'une part de la SCIC Les Granges de Miremonde ?
= 50 €

F figure post
Combien de salariés emploie la SCIC Les Granges de Miremonde ?
= 4 salariés

F figure post
Combien la commune de Miremonde veut-elle mettre au capital de la SCIC des Granges ?
= 2 000 € | 40 parts

F figure post
Combien la communauté de communes Lisonne-Causses envisage-t-elle de souscrire au capital des \
Granges de Miremonde ?
= 5 000 €

+F figure post
Ça fait combien de parts ?
= 100 parts

+F figure post
Quelle part du capital les deux collectivités détiendraient-elles alors ?
= 7 000 € | 15 % | 45 400 €

F figure post conflict quoted
Les collectivités sont-elles limitées à 20 % du capital d'une SCIC ?
= 50 %

F other post
D'où vient le plafond de 20 % du capital des SCIC évoqué sur le forum ?
= ancienne rédaction

F other post
Quel texte fixe le plafond de détention des collectivités dans une SCIC ?
= 19 septies | 10 septembre 1947

F figure post quoted
Quelles sont les bornes des droits de vote d'un collège dans une SCIC ?
= 10 % | 50 %

F yesno post
La commune de Miremonde doit-elle délibérer pour entrer au capital de la SCIC ?
= délibération du conseil municipal

F other post
Comment la souscription de parts de SCIC est-elle classée dans le budget d'une commune ?
= dépense d'investissement

F people post
Qui a corrigé l'erreur sur le plafond de 20 % dans le fil du forum ?
= Joël Déjean

F people post
Quel est le rôle de Joël Déjean ?
= Juriste

F people post conflict
Qui a affirmé sur le forum que les collectivités ne pouvaient pas dépasser 20 % du capital d'une \
SCIC ?
= Cyril Vernhes

F people post
Qui est Manon Garric ?
= adjointe au maire

F date post
Quand le conseil municipal de Miremonde devait-il voter l'entrée au capital de la SCIC ?
= 28 mars

F other post
Dans quel collège la commune de Miremonde souhaite-t-elle siéger ?
= collectivités

F list post quoted
Quels sont les collèges de vote actuels de la SCIC Les Granges de Miremonde ?
= salariés 30 % | producteurs 30 % | usagers 25 % | partenaires 15 %

+F list post
Et quelle répartition est proposée avec un collège des collectivités ?
= salariés 25 % | producteurs 25 % | usagers 20 % | partenaires 15 % et collectivités 15 %

+F other post
Comment faire pour modifier les statuts ?
= assemblée générale extraordinaire | deux tiers

F other post
Quel opérateur DLA peut financer l'accompagnement juridique des Granges de Miremonde ?
= Sillon

F figure post
Quelle part du capital de la SCIC Chaleur des Causses la commune détient-elle ?
= 18 %

F other post
Où se trouve la chaufferie bois de la SCIC Chaleur des Causses ?
= Cabrials

F figure post
Quelle part du capital les collectivités détiennent-elles dans la SCIC de Florian Taurines ?
= 11 %

F other post
À quelle valeur les parts d'une SCIC sont-elles remboursées ?
= valeur nominale

F yesno post
Le conseil municipal de Miremonde a-t-il approuvé l'entrée au capital de la SCIC ?
= à l'unanimité | 15 conseillers

F date post
Quand la communauté de communes doit-elle délibérer sur son entrée au capital des Granges de \
Miremonde ?
= 17 avril

F figure boilerplate
Combien de vues compte le sujet « Une commune peut-elle entrer au capital de notre SCIC ? » ?
= 486

F figure boilerplate
Combien de réponses compte le sujet sur l'entrée d'une commune au capital d'une SCIC ?
= 11

F other
Dans quelle catégorie du forum Agora ESS Orvanie est classé le sujet sur l'entrée d'une commune au \
capital ?
= Statuts et juridique

F figure boilerplate
Combien de vues a le sujet « Mutualiser un poste de comptable entre trois associations » ?
= 530

F other boilerplate
Quand le sujet sur l'entrée d'une commune au capital de la SCIC a-t-il été fermé ?
= 30 jours

F people post
Qui a ouvert le sujet sur l'entrée d'une commune au capital d'une SCIC ?
= Coralie Marcoux

F list post
Quelles activités propose le tiers-lieu des Granges de Miremonde ?
= halle de producteurs | cuisine partagée | salle d'activités

F date post
En quelle année la commune de Cyril Vernhes est-elle entrée dans sa SCIC ?
= 2021

F date post
Quand se tient le webinaire de la CRESS sur les SCIC selon le forum ?
= 25 avril 2029 | 12 h 30 | 13 h 30

F figure en post
How many shares will the municipality of Miremonde buy in the SCIC?
= 40

F people en post
Who is the lawyer who gave the accepted answer in the SCIC thread?
= Joël Déjean

F other en post
Which article of the 1947 cooperation law caps the stake of public bodies in a SCIC?
= 19 septies

F figure en boilerplate
How many users took part in the SCIC capital thread?
= 7

F figure en post
What percentage of the capital of the SCIC Chaleur des Causses does its municipality hold?
= 18 %

F figure en post
How many municipal councillors of Miremonde voted for joining the SCIC?
= 15
"""
Q_OBS = """
O date
Quand GE Causses Tandem a-t-il été créé ?
= 12 juin 2019

O figure
Combien d'adhérents compte le groupement d'employeurs GE Causses Tandem ?
= 17 adhérents

O figure
Combien de salariés GE Causses Tandem emploie-t-il, et combien d'ETP ?
= 9 salariés | 6,8 ETP

O people
Qui préside GE Causses Tandem ?
= Ghislaine Rigal

O people
Qui est la coordinatrice de GE Causses Tandem ?
= Ludivine Ferrières

O other
Où est le siège de GE Causses Tandem ?
= 2 rue Basse

O figure table compare
Comment a évolué le chiffre d'affaires de GE Causses Tandem entre 2027 et 2028 ?
= 268 400 € | 342 900 €

O figure table
Quel résultat GE Causses Tandem a-t-il dégagé en 2028 ?
= 4 600 €

+O figure table
Et en 2027 ?
= 3 100 €

O figure table
Combien d'heures GE Causses Tandem a-t-il mises à disposition en 2028 ?
= 11 230

O figure table
À combien s'élèvent les fonds propres de GE Causses Tandem fin 2028 ?
= 26 300 €

O figure table compare
Combien d'ETP GE Causses Tandem comptait-il en 2027 ?
= 5,4

O figure
Quel est le droit d'entrée à GE Causses Tandem ?
= 300 €

O figure
Quel est le montant de la cotisation annuelle de GE Causses Tandem ?
= 150 €

O figure
Combien coûte une heure de comptable mise à disposition par GE Causses Tandem ?
= 31,40 €

O figure
Combien coûte une heure d'agent d'entretien mise à disposition par le GE Causses Tandem ?
= 22,60 €

O other
Quelle est la durée minimale d'engagement d'un adhérent de GE Causses Tandem ?
= un an

O other box
Quelle responsabilité pèse sur les adhérents d'un groupement d'employeurs ?
= solidairement responsables | L. 1253-8

O figure box
À combien s'élevaient les impayés de GE Causses Tandem fin 2028 ?
= 11 800 €

O date box
Quand GE Causses Tandem a-t-il signé un échéancier avec un adhérent en retard de paiement ?
= 8 février 2029

O date
Quand arrive la nouvelle assistante RH de GE Causses Tandem, et à quel temps de travail ?
= 2 mai 2029 | 0,5 ETP

O figure
Combien GE Causses Tandem demande-t-il à la CCLC ?
= 12 000 €

+O date
Quand cette demande passe-t-elle en conseil communautaire ?
= 17 avril 2029

O list table
Quels adhérents de GE Causses Tandem sont installés à Lagrèze ?
= Cinéma L'Estive | Le Fournil de Lagrèze | Atelier partagé de Lagrèze

O date table
Depuis quand la SCIC Les Granges de Miremonde adhère-t-elle à GE Causses Tandem ?
= 2023

O list table
Quels adhérents ont rejoint GE Causses Tandem en 2028 ?
= CUMA de Pézenquet | Atelier partagé de Lagrèze | Imprimerie coopérative des Causses

O other table
Dans quelle commune se trouve la ludothèque La Toupie ?
= Combrevert

O date
Quand l'adhésion de La Lanterne à GE Causses Tandem sera-t-elle examinée ?
= 2 mai 2029

O list
Quels postes GE Causses Tandem partage-t-il entre ses adhérents ?
= comptable | chargée de communication | agents d'entretien | animateur sportif | médiateur \
culturel | ouvrier maraîcher | agent d'accueil

O figure
Entre combien d'adhérents la comptable de GE Causses Tandem est-elle partagée ?
= 6 adhérents

O other
Pour qui travaille l'ouvrier maraîcher de GE Causses Tandem ?
= Les Jardins de Fontcluse | la ferme Les Bergeries

O yesno
GE Causses Tandem a-t-il toujours un poste de secrétariat ?
= poste supprimé fin 2028

O date
En quelle année GE Causses Tandem a-t-il créé son premier poste de comptable partagé ?
= 2021

O figure
Combien d'adhérents GE Causses Tandem avait-il en 2024 ?
= 12 adhérents

O other
Pourquoi GE Causses Tandem était-il en déficit en 2027 ?
= impayés | arrêt maladie non remplacé

O people
Qui est le trésorier de GE Causses Tandem ?
= Lionel Bouscatel

O people
Qui est la secrétaire de GE Causses Tandem ?
= Noémie Caussanel

O figure
Combien d'adhérents étaient présents ou représentés à l'AG 2029 de GE Causses Tandem ?
= 14 adhérents | sur 17

O other
Où s'est tenue l'AG 2029 de GE Causses Tandem ?
= salle des fêtes de Lagrèze

O other
Quel est le numéro de téléphone de la coordinatrice de GE Causses Tandem ?
= 06 39 98 27 41

O date task
Avant quand le dossier de subvention de GE Causses Tandem doit-il être transmis au service \
finances ?
= 2029-04-03

O date task
Pour quand la note sur GE Causses Tandem au bureau communautaire doit-elle être prête ?
= 2029-04-10

O yesno task
Le diagnostic ESS de la CCLC a-t-il été lu dans le cadre du suivi de GE Causses Tandem ?
= 2029-02-15

O other frontmatter
Quel est le numéro SIRET de GE Causses Tandem ?
= @@OBS_SIRET@@

O people frontmatter
Qui suit le dossier GE Causses Tandem à la communauté de communes ?
= Rachid Ourliac

O date frontmatter
Quand la fiche GE Causses Tandem a-t-elle été mise à jour pour la dernière fois ?
= 2029-03-29

O other frontmatter
Quelle est la forme juridique de GE Causses Tandem ?
= association loi 1901

O other box
Comment Ludivine Ferrières décrit-elle l'intérêt du GE pour les salariés ?
= une seule fiche de paie et un vrai CDI

O figure
Combien d'entreprises du bâtiment ont demandé à adhérer à GE Causses Tandem ?
= trois entreprises

O other
De quelle étude est né GE Causses Tandem ?
= emploi partagé | 2018

O other note
D'où viennent les chiffres 2028 de GE Causses Tandem ?
= 22/03/2029 | avant validation par l'expert-comptable

O figure staff
ge causses tandem cotisation annuelle
= 150 €

O people typo
qui est la coordinatrise du ge causse tandem
= Ludivine Ferrières

O figure table compare
Combien d'adhérents GE Causses Tandem comptait-il en 2027 et en 2028 ?
= 14 | 17

O yesno table
GE Causses Tandem était-il bénéficiaire en 2028 ?
= 4 600 €

O figure typo staff
ge causses tandem tarif horaire comptable
= 31,40 €

O figure en
How many members does GE Causses Tandem have?
= 17

O people en
Who chairs the employers' group GE Causses Tandem?
= Ghislaine Rigal

O date en
In which year was GE Causses Tandem founded?
= 2019

O figure en
What management fee does GE Causses Tandem add to the salary cost?
= 9 %

O people en
Who was elected treasurer of GE Causses Tandem in 2029?
= Lionel Bouscatel

O other en
Where does the GE Causses Tandem's farm worker work?
= Les Jardins de Fontcluse | Les Bergeries
"""
Q_PAD = """
P date
Quand a eu lieu le COPIL du tiers-lieu de la gare de Roquelance ?
= lundi 19 mars 2029 | 18h30

P other
Où s'est tenu le COPIL du tiers-lieu de la gare de Roquelance ?
= salle du conseil, mairie de Roquelance

P people
Qui préside l'association La Lanterne ?
= Mélanie Cabanel

P people
Qui est le trésorier de La Lanterne ?
= Damien Pradal

P people
Qui est la chargée de projet du tiers-lieu de la gare de Roquelance ?
= Violette Saurel

P people
Qui représentait la commune de Roquelance au COPIL du tiers-lieu ?
= Océane Monteil

P people
Qui était excusée au COPIL du 19 mars sur le tiers-lieu de Roquelance ?
= Clarisse Périé

P figure
Quelle est la surface utile du futur tiers-lieu de la gare de Roquelance ?
= 420 m²

P figure conflict
À combien sont estimés les travaux du tiers-lieu de la gare de Roquelance ?
= 168 000 € HT

+P figure conflict
D'où vient alors le chiffre de 186 000 € ?
= honoraires

P figure
Quel est le coût total de l'opération du tiers-lieu de la gare de Roquelance ?
= 214 500 € HT

P figure
Combien coûtent les honoraires de l'architecte et du bureau d'études pour la gare de Roquelance ?
= 18 000

P figure
Quel budget d'équipement est prévu pour le tiers-lieu de la gare de Roquelance ?
= 20 100

P figure
Combien La Lanterne demande-t-elle à la Région pour le tiers-lieu de la gare ?
= 50 000

P figure
Combien la DETR doit-elle apporter au tiers-lieu de la gare de Roquelance ?
= 42 900 | 20%

P figure
Combien la commune de Roquelance met-elle dans le tiers-lieu de la gare ?
= 25 000

P figure
Combien la communauté de communes apporte-t-elle au tiers-lieu de la gare de Roquelance ?
= 15 000

P figure
Quel autofinancement La Lanterne apporte-t-elle au projet de la gare ?
= 11 600

P figure
Quel objectif de financement participatif La Lanterne s'est-elle fixé ?
= 6 000 €

P other
Sous quelle forme la commune met-elle le bâtiment de la gare à disposition de La Lanterne ?
= bail emphytéotique de 30 ans | 1 € symbolique par an

P date
Quand le conseil municipal de Roquelance vote-t-il le bail du tiers-lieu ?
= 4 avril

P other
Qui doit déposer le dossier DETR du tiers-lieu de la gare de Roquelance ?
= par la commune

P figure
Combien d'heures d'ouverture par semaine prévoit le tiers-lieu de la gare de Roquelance ?
= 28h

+P other
Quels jours ?
= du mardi au samedi | jeudi, jusqu'à 22h

P yesno
Le tiers-lieu de la gare de Roquelance peut-il prétendre au bonus FRR ?
= classée FRR | 5 000 €

P yesno
Le GE Causses Tandem peut-il porter le poste de coordination de La Lanterne ?
= 9 %

P figure
Combien La Lanterne pourrait-elle obtenir en investissement avec le bonus FRR ?
= 45 000 €

P figure
Quel poids la gouvernance partagée a-t-elle dans la note selon Clarisse Périé ?
= 20 points sur 100

P date
Quand Clarisse Périé a-t-elle envoyé ses remarques au COPIL de la gare de Roquelance ?
= 16/03

P other
Quel poste de coordination est prévu pour le tiers-lieu de la gare de Roquelance ?
= 0,8 ETP | CDI

+P date
Pour quand est visée la prise de poste ?
= septembre 2029

+P other
Par quelle structure ce poste sera-t-il porté ?
= GE Causses Tandem

P figure
Quel a été le résultat du vote sur le portage du poste de coordination par le GE ?
= 5 pour, 0 contre, 1 abstention

P figure
Quel salaire est envisagé pour le coordinateur du tiers-lieu de la gare de Roquelance ?
= 2 150 € | 1 720 €

P date
Pour quand la fiche de poste de la coordination du tiers-lieu doit-elle être prête ?
= 2 avril

P date
Quand le permis de construire du tiers-lieu de la gare doit-il être déposé ?
= juin 2029

P date
Quand les travaux du tiers-lieu de la gare de Roquelance sont-ils prévus ?
= janvier | juin 2030

P date
Quand le tiers-lieu de la gare de Roquelance doit-il ouvrir ?
= septembre 2030

+P date
Et la fête d'ouverture ?
= samedi 21 septembre

P other
Quel nom a été retenu pour le tiers-lieu de la gare de Roquelance ?
= La Lanterne | 9 voix

P figure
Combien de voix le nom « L'Aiguillage » a-t-il obtenues au sondage de La Lanterne ?
= 5 voix

P date
Quand a lieu la prochaine réunion du COPIL du tiers-lieu de Roquelance ?
= mardi 10 avril 2029 | 18h30

P people
Qui s'occupe de la lettre de soutien de la commune pour le dossier du tiers-lieu ?
= Océane

P yesno task
La Lanterne doit-elle adhérer au GE Causses Tandem pour que le GE porte son poste de coordination ?
= La Lanterne doit adhérer

P people task
Qui rédige le dossier de candidature de La Lanterne à l'appel à projets ?
= VS

P date task
Quand le bureau de La Lanterne relira-t-il le dossier AAP ?
= 7 mai

P other task
Qui doit contacter la Région pour le fonds tiers-lieux ?
= MC

P other
Qui a les clés du local du tiers-lieu de la gare ?
= Damien

P figure
Combien coûtera à La Lanterne l'adhésion au GE Causses Tandem ?
= 300 € | 150 €

P list typo staff
copil gare roquelance odj
= travaux | candidature AAP | recrutement coordination | calendrier | divers

P other boilerplate
Au bout de combien de temps un pad Framapad non modifié est-il supprimé ?
= un an

P people en
Who is the treasurer of the association La Lanterne?
= Damien Pradal

P figure en
How many square metres of usable space will the Roquelance station tiers-lieu offer?
= 420 m²

P figure en
How many votes did the name La Lanterne get in the poll?
= 9

P date en
In which year should the Roquelance station tiers-lieu open?
= 2030

P people en
Who represented the community of communes at the Roquelance steering committee?
= Rachid Ourliac

P figure en
How long is the emphyteutic lease for the Roquelance station building?
= 30
"""
Q_EML = """
E date
Quand a lieu le petit-déjeuner des clauses sociales de la Lisonne ?
= 12 avril 2029 | 8 h 30 | 10 h 30

E other conflict
Dans quelle salle se tient le petit-déjeuner des clauses sociales ?
= salle Causse

+E other conflict
Pourquoi pas dans la salle Lisonne ?
= le lieu a changé

E people
Qui organise le petit-déjeuner des clauses sociales de la Lisonne ?
= Estelle Nayrac

E other
Quel est le poste d'Estelle Nayrac ?
= Facilitatrice des clauses sociales

E date
Avant quand faut-il s'inscrire au petit-déjeuner des clauses sociales ?
= 5 avril 2029

E figure
Combien de places compte le petit-déjeuner des clauses sociales ?
= 60

E list quoted
Quel est le programme du petit-déjeuner des clauses sociales ?
= accueil café | bilan 2028 | témoignages | marchés à venir | échanges

E other
Quelle entreprise témoigne au petit-déjeuner des clauses sociales ?
= Maçonnerie Falguières

E figure table
Combien d'heures d'insertion le Département de la Lisonne a-t-il générées par ses marchés en 2028 ?
= 41 200

E figure table
Combien de marchés avec clause sociale la Ville de Montrabel a-t-elle passés en 2028 ?
= 11

E figure table
Combien de personnes ont travaillé grâce aux clauses de Lisonne Logis en 2028 ?
= 72

E figure table
Combien d'heures d'insertion la CC Lisonne-Causses a-t-elle générées en 2028 ?
= 6 900

E figure table
Combien de marchés avec clause sociale ont été passés dans la Lisonne en 2028 ?
= 53

E figure table
Combien de personnes ont bénéficié des clauses sociales dans la Lisonne en 2028 ?
= 318

E figure table compare quoted
Quel donneur d'ordre a réalisé le plus d'heures d'insertion dans la Lisonne en 2028 ?
= Département de la Lisonne | 41 200

E figure table typo
combien dheures dinsertion lisonne logis 2028
= 22 100

E figure
Quelle part des participants aux clauses sociales était en emploi ou en formation six mois après ?
= 54 %

E figure
Quelle part des participants aux clauses sociales de la Lisonne était au RSA à l'embauche ?
= 37 %

E figure
Quel est le montant des travaux du pôle enfance de Vernouillac ?
= 2,4 M€ HT

+E figure
Combien d'heures d'insertion y sont prévues ?
= 1 500 heures

E people
Qui a transféré l'invitation au petit-déjeuner des clauses sociales ?
= Rachid Ourliac

E list
À qui Rachid Ourliac a-t-il transféré l'invitation au petit-déjeuner des clauses sociales ?
= Noémie Caussanel | Ludivine Ferrières | Violette Saurel

E people
Qui était en copie du transfert de l'invitation au petit-déjeuner des clauses sociales ?
= Fabienne Lagarrigue

E date quoted
Quand Estelle Nayrac a-t-elle envoyé son invitation au petit-déjeuner des clauses sociales ?
= 20 mars 2029

E other
Quel est le numéro de téléphone d'Estelle Nayrac ?
= 04 65 71 32 40

E other
Quel est le numéro de téléphone de Rachid Ourliac ?
= 04 65 71 20 46

E other
Quelle est l'adresse e-mail d'Estelle Nayrac ?
= e.nayrac@lisonne.fr

E other ics
À quelle adresse a lieu le petit-déjeuner des clauses sociales ?
= 9 avenue de la Lisonne

E other ics
À quel étage se trouve la salle Causse ?
= rez-de-chaussée

E list
Quels marchés du Département sont annoncés pour 2029 au petit-déjeuner des clauses sociales ?
= collèges, routes, logement social

E other quoted
À quelle liste de diffusion Estelle Nayrac a-t-elle envoyé son invitation ?
= clauses-sociales-partenaires@listes.lisonne.fr

E other
Quel est le poste de Rachid Ourliac ?
= Chargé de mission ESS et développement économique

E people en
Who sent the original invitation to the social clauses breakfast?
= Estelle Nayrac

E other en ics
In which room is the social clauses breakfast held?
= salle Causse

E figure en
How many people can attend the social clauses breakfast at most?
= 60

E other en
What is Estelle Nayrac's e-mail address?
= e.nayrac@lisonne.fr

E figure en
What share of participants in social clause jobs were in work or training six months later?
= 54 %

E figure en table
How many contracts with a social clause did the Ville de Montrabel award in 2028?
= 11

E people en
Who was copied on the forwarded invitation to the social clauses breakfast?
= Fabienne Lagarrigue
"""
Q_MISC = """
WL date conflict @aides.lisonne.fr
La Lettre de la CRESS annonce le 30 avril 2029 comme date limite de l'appel à projets Tiers-lieux \
solidaires. Est-ce toujours valable ?
= 14 mai 2029 | 30 avril 2029

WP date conflict
La Lanterne a-t-elle jusqu'au 30 avril pour déposer sa candidature à l'appel à projets du \
Département ?
= 14 mai

LE figure
Combien d'heures d'insertion les clauses sociales ont-elles générées dans la Lisonne en 2028 ?
= 96 300

LE other conflict @Petit-déjeuner des clauses sociales de la Lisonne
Où se tient exactement le petit-déjeuner des clauses sociales du 12 avril 2029 ?
= Montrabel | salle Causse

FL people
Qui anime le réseau régional des tiers-lieux de l'ESS à la CRESS Orvanie ?
= Katia Jalabert

FL figure
Combien de sociétaires compte la SCIC Les Granges de Miremonde ?
= 212 sociétaires

FL date
Quand a lieu le webinaire « Créer ou faire évoluer une SCIC » ?
= 25 avril 2029 | 12 h 30 | 13 h 30

FL date
En quelle année le tiers-lieu des Granges de Miremonde a-t-il ouvert ?
= 2023

DO other
Quelle recommandation du diagnostic de Lisonne-Causses concerne GE Causses Tandem ?
= R5 | Développer l'emploi partagé

OP figure
Quels frais de gestion GE Causses Tandem ajoute-t-il au coût salarial ?
= 9 %

OE other
Quelle est l'adresse e-mail de GE Causses Tandem ?
= coordination@ge-causses-tandem.fr

DE other
Où se trouve le siège de la communauté de communes Lisonne-Causses ?
= 3 place du Foirail

PO date
Quand le conseil communautaire de Lisonne-Causses examine-t-il les demandes de GE Causses Tandem \
et de La Lanterne ?
= 17 avril

WP figure
Combien La Lanterne peut-elle espérer de l'aide au démarrage du Département la première année ?
= 15 000 €

U year figure
Combien de salariés comptait l'ESS en Orvanie fin 2025 ?
& salariés && 2025

U year figure
Quel montant le Département de la Lisonne versera-t-il à Essor Lisonne en 2032 ?
& 2032 && €

U year figure
Combien de tiers-lieux l'appel à projets du Département a-t-il soutenus en 2027 ?
& tiers-lieux && 2027

U year figure
Quel était le chiffre d'affaires de GE Causses Tandem en 2026 ?
& chiffre d'affaires && 2026

U year figure
Combien d'heures d'insertion les clauses sociales ont-elles générées dans la Lisonne en 2027 ?
& heures && 2027

U year figure
Combien de salariés l'ESS comptait-elle sur le territoire de Lisonne-Causses en 2020 ?
& salariés && 2020

U year date en
When will the 2030 ESS awards of the CRESS Orvanie be presented?
& trophées && 2030

U year figure
Quelle est l'enveloppe de l'appel à projets Tiers-lieux solidaires 2030 ?
& tiers-lieux solidaires && 2030

U year figure
Combien d'adhérents la CRESS Orvanie comptait-elle fin 2027 ?
& adhérents && 2027

U year figure
Combien de postes en CDDI Les Jardins de Fontcluse offraient-ils en 2026 ?
& cddi && 2026

U year figure
Combien de tiers-lieux la CRESS recensait-elle en Orvanie en 2022 ?
& tiers-lieux && 2022

U place figure
Combien de salariés l'ESS compte-t-elle à Puyrenard ?
& salariés && puyrenard

U place figure
Quelle est la part de l'ESS dans l'emploi privé à Montrabel ?
& montrabel && emploi privé

U place figure
Combien de marchés réservés aux SIAE ont été passés dans la Vaurèze ?
& marchés réservés && vaurèze

U place figure
Combien d'habitants compte Cazalbrune ?
& habitants && cazalbrune

U place figure
Quel est le montant de l'appel à projets tiers-lieux du Département de l'Ardonne ?
& ardonne && appel à projets

U place figure
Combien de SIAE compte la Haute-Cimbre ?
& siae && haute-cimbre

U place figure en
What is the population of Montrabel?
& montrabel && habitants

U person people
Qui préside la communauté de communes Lisonne-Causses ?
! (?<!vice-)présidente? de la (cclc|communauté de communes)

U person people
Qui est le directeur général des services du Département de la Lisonne ?
! directeur général|directrice générale|\\bdgs\\b

U person people
Qui est le président de la Région Orvanie ?
! présidente? de la région

U person people
Qui est le maire de Miremonde ?
! (?<!au )maire de miremonde

U person people
Qui est l'expert-comptable de la SCIC Les Granges de Miremonde ?
& expert-comptable && granges

U person people
Qui est le gérant de la SCIC Chaleur des Causses ?
& gérante? && chaleur

U person people en
Who is the president of the association Aidelis?
& présid && aidelis

U person people
Quel architecte a conçu le projet du tiers-lieu de la gare de Roquelance ?
& archi && roquelance

U person people
Quel cabinet est commissaire aux comptes d'Essor Lisonne ?
& commissaire aux comptes && \\b(m\\.|mme)

U person people en
Who is the mayor of Vernouillac?
! maire de vernouillac

U person people
Qui est le référent de la DDETS pour Essor Lisonne ?
& ddets && essor

U person people
Qui dirige la crèche parentale Les Pitchous ?
& pitchous && direct|présid|responsable

U person people
Qui est la présidente de l'Atelier partagé de Lagrèze ?
& atelier partagé && présid

U person people en
Who chairs the Haute-Cimbre departmental council?
& haute-cimbre && présid

U detail figure
Combien de bénévoles compte Essor Lisonne ?
! \\d+ bénévoles

U detail figure
Quel est le prix d'un panier de légumes des Jardins de Fontcluse ?
& panier && €

U detail figure
Quel loyer la SCIC Les Granges de Miremonde paie-t-elle pour ses locaux ?
! loyer

U detail figure
Quelle est la surface de la halle de producteurs des Granges de Miremonde ?
& halle de producteurs && m²

U detail date
Quand aura lieu l'assemblée générale 2030 de GE Causses Tandem ?
& assemblée générale|\\bag\\b && 2030

U detail figure
Combien coûte une heure d'animateur sportif mise à disposition par GE Causses Tandem ?
& animateur && €

U detail figure
Quel est le budget de fonctionnement annuel prévu pour le tiers-lieu de la gare de Roquelance ?
& fonctionnement && roquelance && €

U detail figure
Combien de candidatures l'appel à projets Tiers-lieux solidaires 2029 a-t-il reçues ?
& dossiers|candidatures && 2029 && déposés|reçu

U detail figure
Combien de repas par jour sert la cuisine partagée des Granges de Miremonde ?
! repas

U detail figure
Combien de personnes ont assisté à la réunion d'information du 20 mars 2029 ?
& participants && 20 mars

U detail figure
Quel est le montant de l'emprunt bancaire d'Essor Lisonne ?
! montant (du|de l')emprunt|prêt bancaire

U detail figure
Combien coûte l'adhésion à la CRESS Orvanie ?
& adhésion && cress

U detail figure
Quel est le salaire de Ludivine Ferrières ?
& ludivine && salaire|brut

U detail figure
Combien de personnes avaient participé au petit-déjeuner des clauses sociales de 2028 ?
& petit-déjeuner && 2028

U detail other
À quelle heure ouvre la boutique de La Bricole ?
& bricole && \\d+ ?h\\b

U detail figure
Combien la Région a-t-elle accordé à la SCIC Les Granges de Miremonde ?
& région && granges

U detail figure en
How much does a coworking desk cost at La Cabane numérique?
& cabane && €

U detail figure en
How many employees does Lisonne Logis have?
& lisonne logis && salariés

U detail figure
Combien de logements sociaux gère Lisonne Logis ?
! \\d+ logements

U detail figure
Combien de CUMA compte le territoire de Lisonne-Causses ?
! \\d+ cuma

U detail date
En quelle année l'association La Lanterne a-t-elle été créée ?
& lanterne && créée|création|fondée

U detail figure
Combien la CC Lisonne-Causses verse-t-elle en fonds de concours aux Granges de Miremonde ?
& fonds de concours && granges

U detail people
Qui a remporté le prix du public des Trophées de l'ESS 2029 ?
& prix du public && remporté|gagné|décerné à

U topic figure
Quel est le taux de chômage dans la Lisonne ?
! chômage

U topic yesno
Le Département de la Lisonne finance-t-il les épiceries solidaires ?
& épicerie && département

U topic yesno
Existe-t-il une monnaie locale en Orvanie ?
! monnaie locale

U topic other
Quelles aides existent pour créer une coopérative d'activité et d'emploi dans la Lisonne ?
! \\bcae\\b|coopérative d'activité

U topic yesno
Le Département de la Lisonne a-t-il un projet alimentaire territorial ?
! projet alimentaire|plan alimentaire|\\bpat\\b

U topic yesno
Y a-t-il une recyclerie à Cazalbrune ?
& ressourcerie|recyclerie && cazalbrune

U topic figure en
What is the unemployment rate in Orvanie?
! chômage|unemployment

U topic yesno en
Does the Lisonne département fund car-sharing schemes?
! autopartage|covoiturage

U topic other
Quelles sont les conditions du label Entreprise sociale inclusive ?
! label

U topic yesno
La CRESS Orvanie propose-t-elle une formation à la gestion des bénévoles ?
& formation && bénévol
"""

QTEXT = "\n\n".join((Q_CPO, Q_LET, Q_DIAG, Q_DRU, Q_FOR, Q_OBS, Q_PAD, Q_EML, Q_MISC)).replace(
    "@@OBS_SIRET@@", OBS_SIRET
)


if __name__ == "__main__":
    sys.exit(main())
