"""Build the fresh42 held-out evaluation set (fictional French ESS documents).

Run from the repository root:

    .venv/bin/python evals/fresh42/build.py

It writes ``evals/fresh42/corpus/`` (eight documents) and
``evals/fresh42/questions.jsonl``, then checks them and exits non-zero on any
problem. The output is the same, byte for byte, on every run: the script
builds everything a second time in a temporary folder, in a child process
with another hash seed, and compares the sha256 of every file.

Everything is fictional: the Brémonie region (Aubercourt) and its CRESS; the
Département de la Vézonne (Hesmelange); the Communauté de communes
Brévannes-Vézonne (Brévannes) and its twelve communes; the SCIC La Filature,
the ressourcerie La Fourmilière, the PTCE Vézonne Réemploi, the garage
solidaire Les Engrenages and every other structure; the streets, people and
all the figures. The set was written blind: its author read only
``evals/fresh41/README.md`` and ``evals/fresh41/build.py`` (file format,
checks and PDF/HTML/e-mail plumbing, adapted here), the first five lines of
``evals/fresh41/questions.jsonl`` and the ``[tool.ruff]`` settings, not the
tool's code, its tests or any other eval set, and did not run the tool.

Options: ``--where`` prints the pages chosen for every PDF question;
``--dump`` prints the text of every document as the checks see it;
``--names`` prints the capitalised words shared with fresh41;
``--no-determinism`` skips the second build; ``--build-only DIR`` only writes
the corpus and the questions into DIR (used for the determinism check).
"""

from __future__ import annotations

import base64
import csv
import email
import hashlib
import io
import itertools
import json
import os
import quopri
import random
import re
import struct
import subprocess
import sys
import tempfile
import zlib
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
SET_NAME = "fresh42"
FRESH41 = HERE.parent / "fresh41"

DEL = "CCBV_deliberations_2029-05-24_n047-048-049_signees.pdf"
SLI = "2029-07-03 Conférence ESS Vézonne - support VDEF.pdf"
RAP = "RA2028_LaFourmiliere_web.pdf"
JOO = "Fonds ESS Brévannes-Vézonne - Communauté de communes Brévannes-Vézonne.html"
EML = "RE_ TR_ Dossier Fonds ESS - SCIC La Filature - pièces complémentaires.eml"
HED = "CR COPIL 4 PTCE Ricochet - 2029-06-12.md"
VTT = "Réunion d'information AMI Mobilité solidaire 2029.vtt"
CSV = "vezonne_subventions-ess-2028_scdl.csv"
DOCS = (DEL, SLI, RAP, JOO, EML, HED, VTT, CSV)
PDFS = (DEL, SLI, RAP)
HTMLS = (JOO,)
TEXTS = (HED, VTT)
SRC = {"D": DEL, "S": SLI, "R": RAP, "J": JOO, "E": EML, "H": HED, "V": VTT, "T": CSV}

# ---------------------------------------------------------------------------
# Text helpers and PDF plumbing (after fresh41)
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
        r"(?<=\d) (?=(?:€|%|h\b|t\b|km\b|m²|ha\b|ETP\b|M€|k€|salariés\b|parts\b|heures\b))",
        NBSP,
        text,
    )
    text = re.sub(rf"(?<=\d{NBSP}h) (?=\d\d\b)", NBSP, text)
    text = re.sub(rf"\b(\d{{1,2}}|1er) ({MOIS_RE})\b", rf"\1{NBSP}\2", text)
    text = re.sub(rf"\b({MOIS_RE}) (20\d\d)\b", rf"\1{NBSP}\2", text)
    text = re.sub(r"(?<=\bn°) ", NBSP, text)
    text = re.sub(r"(?<=\b[LR]\.) (?=\d)", NBSP, text)
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


def luhn_digit(digits: str) -> str:
    """The Luhn key to append to ``digits``."""
    total = 0
    for i, ch in enumerate(reversed(digits + "0")):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_siren(seed: int, prefix: str = "") -> str:
    """A fictional SIREN (9 digits, valid Luhn key), the same on every run."""
    rng = random.Random(42000 + seed)
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(8 - len(prefix)))
        siren = body + luhn_digit(body)
        if siren[0] not in "01":
            return siren


def luhn_siret(seed: int, prefix: str = "", nic4: str = "") -> str:
    """A fictional SIRET (14 digits, SIREN and SIRET keys valid), without spaces."""
    siren = luhn_siren(seed, prefix)
    rng = random.Random(43000 + seed)
    body = siren + (nic4 or f"000{rng.randrange(1, 9)}")
    return body + luhn_digit(body)


def luhn_ok(number: str) -> bool:
    digits = [int(c) for c in reversed(number.replace(" ", ""))]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return len(digits) in (9, 14) and total % 10 == 0


def spaced_siret(siret: str) -> str:
    return f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}"


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
# The territory (shared by several documents)
# ---------------------------------------------------------------------------

CC = "Communauté de communes Brévannes-Vézonne"
CC_SIREN = luhn_siren(1, "2499")
DEP_SIRET = luhn_siret(2, "2299", "0001")
FIL_SIRET = luhn_siret(3, "9")
FOU_SIRET = luhn_siret(4, "4")
# (commune, sièges au conseil communautaire, code postal, habitants)
COMMUNES = [
    ("Brévannes", 9, "99400", 6840),
    ("Épervange", 5, "99450", 3120),
    ("Tholancourt", 4, "99430", 2260),
    ("Gondrexelle", 4, "99460", 2015),
    ("Maizerange", 4, "99470", 1890),
    ("Vaudrécourt", 3, "99420", 1240),
    ("Rambévaux", 2, "99440", 760),
    ("Lanvigny", 2, "99480", 690),
    ("Aubrécy", 2, "99490", 610),
    ("Moncelot", 2, "99435", 540),
    ("Sorvilliers", 2, "99465", 470),
    ("Dommarlin", 2, "99475", 395),
]
CP = {c[0]: c[2] for c in COMMUNES}
# the conseil communautaire: (civilité, prénom, NOM, commune)
CONSEIL = [
    ("M.", "Gérard", "COLLIGNON", "Brévannes"),
    ("Mme", "Nadia", "BENAÏSSA", "Brévannes"),
    ("M.", "Patrice", "VOIRIN", "Brévannes"),
    ("Mme", "Martine", "JEANDEL", "Brévannes"),
    ("M.", "Didier", "MOUGENOT", "Brévannes"),
    ("Mme", "Isabelle", "VUILLAUME", "Brévannes"),
    ("M.", "Francis", "HACQUARD", "Brévannes"),
    ("Mme", "Sophie", "DIDIERJEAN", "Brévannes"),
    ("M.", "Jérôme", "CUNY", "Brévannes"),
    ("Mme", "Danièle", "POIRSON", "Épervange"),
    ("M.", "Régis", "THIRIET", "Épervange"),
    ("Mme", "Annick", "GAUDEL", "Épervange"),
    ("M.", "Pascal", "XARDEL", "Épervange"),
    ("Mme", "Corinne", "SIMONIN", "Épervange"),
    ("M.", "Gilles", "RENAUDIN", "Tholancourt"),
    ("Mme", "Maryse", "OLRY", "Tholancourt"),
    ("M.", "Thierry", "KEMPF", "Tholancourt"),
    ("Mme", "Lucie", "HOUILLON", "Tholancourt"),
    ("M.", "Marc", "GEORGEL", "Gondrexelle"),
    ("Mme", "Béatrice", "IDOUX", "Gondrexelle"),
    ("M.", "Serge", "LAHEURTE", "Gondrexelle"),
    ("Mme", "Fanny", "MARULIER", "Gondrexelle"),
    ("M.", "Alain", "PERRIN", "Maizerange"),
    ("Mme", "Chantal", "QUIRIN", "Maizerange"),
    ("M.", "Olivier", "SCHALLER", "Maizerange"),
    ("Mme", "Mireille", "TISSERAND", "Maizerange"),
    ("M.", "Loïc", "DEMANGE", "Vaudrécourt"),
    ("Mme", "Josiane", "URBAIN", "Vaudrécourt"),
    ("M.", "Daniel", "WAGNER", "Vaudrécourt"),
    ("M.", "Roland", "BARADEL", "Rambévaux"),
    ("Mme", "Ginette", "DUFAYS", "Rambévaux"),
    ("Mme", "Sandrine", "EHRHART", "Lanvigny"),
    ("M.", "Claude", "JACQUOT", "Lanvigny"),
    ("M.", "Bernard", "LHÔTE", "Aubrécy"),
    ("Mme", "Monique", "ZIMMERMANN", "Aubrécy"),
    ("M.", "Hubert", "CHRÉTIEN", "Moncelot"),
    ("Mme", "Nicole", "PARMENTIER", "Moncelot"),
    ("M.", "André", "YUNG", "Sorvilliers"),
    ("Mme", "Colette", "REMY", "Sorvilliers"),
    ("M.", "Jacky", "FLEUROT", "Dommarlin"),
    ("Mme", "Évelyne", "MATHIEU", "Dommarlin"),
]
# absent members who gave a proxy (absent -> holder) and absent members without a proxy
POUVOIRS = [
    ("CUNY", "VOIRIN"),
    ("SIMONIN", "GAUDEL"),
    ("HOUILLON", "RENAUDIN"),
    ("TISSERAND", "PERRIN"),
    ("ZIMMERMANN", "LHÔTE"),
]
EXCUSES = ["JACQUOT", "REMY", "FLEUROT"]
OUT_047 = "POIRSON"  # administratrice de la SCIC La Filature: leaves the room for 047 and 048


def who(surname: str) -> str:
    """'VOIRIN' -> 'M. Patrice VOIRIN'."""
    civ, first, last, _ = next(m for m in CONSEIL if m[2] == surname)
    return f"{civ} {first} {last}"


# ---------------------------------------------------------------------------
# 1. Délibérations of the conseil communautaire (PDF from Word, signed and sent to the
#    préfecture): three délibérations of one sitting in one file; on the first page of each
#    the dematerialisation stamp (« Envoyé en préfecture … ID : 099-… ») and the councillors'
#    box (en exercice / présents / votants); lists of those present, proxies and absents;
#    « Vu … », « Considérant … », « DÉLIBÈRE », numbered articles; annex tables; the vote
#    box (Pour / Contre / Abstentions); signature block and a « CERTIFIÉ EXÉCUTOIRE » stamp;
#    page numbers per délibération (« page 1/2 ») and register folios, not PDF pages
# ---------------------------------------------------------------------------

DEL_DATE = "2029-05-24"
DEL_CONVOC = "2029-05-16"
DEL_SENT = "2029-05-28"
DEL_PUB = "2029-05-29"
DEL_EXERCICE = len(CONSEIL)  # 41
DEL_FIN = [
    ("État – DETR 2029", 96000),
    ("Région Brémonie – fonds régional des tiers-lieux", 80000),
    ("Département de la Vézonne – aide aux tiers-lieux (sollicitée)", 60000),
    ("LEADER (FEADER) – GAL Vézonne", 52000),
    ("Communauté de communes – Fonds ESS (présente délibération)", 45000),
    ("Fonds propres et emprunt de la SCIC", 79600),
]
DEL_COST = sum(x[1] for x in DEL_FIN)  # 412 600
DEL_LOTS = [
    (
        "1",
        "Entretien des zones d'activités et des abords des équipements communautaires",
        "Appel d'offres ouvert avec clause d'insertion (1 400 heures)",
        236000,
    ),
    (
        "2",
        "Débroussaillage et entretien des chemins de randonnée (168 km)",
        "Marché réservé aux SIAE (article L. 2113-13)",
        104000,
    ),
    (
        "3",
        "Entretien des espaces verts des quatre maisons de santé et du centre aquatique",
        "Marché réservé aux entreprises adaptées et aux ESAT (article L. 2113-12)",
        58000,
    ),
]
DEL_LOTS_TOTAL = sum(x[3] for x in DEL_LOTS)  # 398 000

# (numéro, objet, rapporteur, votes (pour, contre, abstentions), contre, abstentions,
#  exposé, vu, considérant, articles, annexe)
DELIBS: list[dict] = [
    {
        "num": "2029-047",
        "objet": "Fonds ESS – Attribution d'une subvention d'investissement à la SCIC La "
        "Filature pour l'aménagement du tiers-lieu de l'ancienne filature d'Épervange",
        "rapporteur": "Mme Nadia BENAÏSSA, vice-présidente chargée du développement économique "
        "et de l'économie sociale et solidaire",
        "out": True,
        "votes": (34, 1, 2),
        "contre": ["LAHEURTE"],
        "abst": ["OLRY", "WAGNER"],
        "expose": f"""
        Mme la vice-présidente rappelle que le Fonds ESS Brévannes-Vézonne, créé en 2025 et
        dont le règlement a été modifié par la délibération n° 2028-112 du 13 décembre 2028,
        comporte trois volets : l'aide à l'amorçage, l'aide à l'investissement et l'aide au
        conseil. Pour 2029, il est doté de 150 000 €, dont 90 000 € pour le volet
        investissement.

        Elle présente le projet de la SCIC La Filature, qui réhabilite une partie de l'ancienne
        filature d'Épervange, fermée en 2009, pour y installer un tiers-lieu. Le bâtiment de
        1 850 m², propriété de la commune d'Épervange, est mis à la disposition de la SCIC par
        un bail emphytéotique de 40 ans signé le {jour("2029-01-09", False)}. Les travaux
        portent sur 1 100 m² du rez-de-chaussée : un atelier de fabrication partagé (bois,
        métal, textile) de 420 m², un espace de coworking de 14 postes, un café associatif et
        une boutique de créateurs.

        L'ouverture du tiers-lieu est prévue au printemps 2030. La SCIC prévoit de créer 6
        emplois (5,2 ETP) d'ici 2031, dont 2 postes en parcours d'insertion en lien avec
        l'atelier et chantier d'insertion La Fourmilière.

        La SCIC avait sollicité une aide de 60 000 €. Compte tenu de l'enveloppe du volet
        investissement, la commission Développement économique, ESS et tourisme propose une
        aide de 45 000 €.
        """,
        "vu": [
            "le code général des collectivités territoriales, notamment son article L. 5214-16 ;",
            "la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire,"
            " notamment son article 1er ;",
            "les statuts de la Communauté de communes Brévannes-Vézonne ;",
            "la délibération n° 2028-112 du 13 décembre 2028 approuvant le règlement modifié"
            " du Fonds ESS Brévannes-Vézonne ;",
            "la délibération n° 2029-018 du 29 mars 2029 adoptant le budget primitif 2029 ;",
            "la demande de la SCIC La Filature reçue le 4 avril 2029 et complétée le 2 mai 2029 ;",
            "l'avis favorable de la commission Développement économique, ESS et tourisme du"
            " 14 mai 2029 ;",
        ],
        "considerant": [
            "que la SCIC La Filature, société coopérative d'intérêt collectif à responsabilité"
            " limitée créée en 2026, dont le siège est situé 3 rue du Bief à Épervange, réunit"
            " 128 sociétaires répartis en cinq collèges ;",
            f"que le coût de l'opération est estimé à {sp(DEL_COST)} € HT et que son plan de"
            " financement prévisionnel figure en annexe ;",
            "que le projet répond aux critères du volet « investissement » du Fonds ESS, dont"
            " l'aide est plafonnée à 50 000 € et à 20 % de la dépense éligible ;",
        ],
        "articles": [
            f"Article 1er – Une subvention d'investissement de 45 000 € (quarante-cinq mille"
            f" euros) est attribuée à la SCIC La Filature (SIRET {spaced_siret(FIL_SIRET)})"
            f" pour l'aménagement du tiers-lieu d'Épervange, soit {pct(45000, DEL_COST)} % du"
            " coût HT de l'opération.",
            "Article 2 – La subvention est versée en deux fois : une avance de 30 %, soit"
            " 13 500 €, à la signature de la convention ; le solde, soit 31 500 €, sur"
            " présentation des factures acquittées et d'un état récapitulatif des dépenses,"
            " au prorata des dépenses réalisées. La subvention devient caduque si l'opération"
            " n'a pas commencé dans un délai d'un an à compter de sa notification ou si les"
            " justificatifs ne sont pas produits avant le 31 décembre 2031.",
            "Article 3 – La dépense est imputée au chapitre 204, article 20422, du budget"
            " principal 2029.",
            "Article 4 – Le conseil communautaire approuve la convention d'attribution jointe"
            " et autorise le Président, ou la vice-présidente déléguée, à la signer.",
            "Article 5 – Le Président est chargé de l'exécution de la présente délibération.",
        ],
        "annexe": "fin",
    },
    {
        "num": "2029-048",
        "objet": "Économie sociale et solidaire – Entrée de la Communauté de communes au"
        " capital de la SCIC La Filature et désignation de son représentant",
        "rapporteur": "M. Gérard COLLIGNON, Président",
        "out": True,
        "votes": (31, 4, 2),
        "contre": ["LAHEURTE", "WAGNER", "MARULIER", "BARADEL"],
        "abst": ["OLRY", "CHRÉTIEN"],
        "expose": """
        M. le Président rappelle que l'article 19 septies de la loi du 10 septembre 1947
        permet aux collectivités territoriales, à leurs groupements et à leurs établissements
        publics de détenir ensemble jusqu'à 50 % du capital d'une société coopérative
        d'intérêt collectif.

        Au 20 avril 2029, le capital de la SCIC La Filature s'élève à 38 400 €, divisé en 384
        parts de 100 €, détenues par 128 sociétaires répartis en cinq collèges : salariés et
        porteurs de projet ; usagers ; bénévoles et habitants ; partenaires économiques ;
        collectivités publiques. Les communes d'Épervange (30 parts) et de Tholancourt (10
        parts) en sont déjà sociétaires.

        L'entrée de la Communauté de communes porterait la part détenue par les collectivités
        publiques à 9 000 €, soit 20,7 % du capital. Le collège des collectivités publiques
        dispose de 20 % des droits de vote en assemblée générale, quel que soit le nombre de
        parts détenues.
        """,
        "vu": [
            "le code général des collectivités territoriales ;",
            "la loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération,"
            " notamment son article 19 septies ;",
            "la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire ;",
            "les statuts de la SCIC La Filature mis à jour par son assemblée générale du"
            " 20 avril 2029 ;",
            "la délibération n° 2029-047 de ce jour attribuant une subvention d'investissement"
            " à la SCIC La Filature ;",
        ],
        "considerant": [
            "que l'entrée au capital permet à la Communauté de communes de participer à la"
            " gouvernance d'un équipement structurant pour le territoire ;",
            "que le conseil communautaire a décidé à l'unanimité de ne pas procéder au scrutin"
            " secret pour la désignation de son représentant, comme le permet l'article"
            " L. 2121-21 du code général des collectivités territoriales ;",
        ],
        "articles": [
            "Article 1er – La Communauté de communes souscrit 50 parts sociales de 100 €"
            " chacune, soit 5 000 €, au capital de la SCIC La Filature, dans le collège des"
            " collectivités publiques.",
            "Article 2 – La dépense est imputée au chapitre 26, article 261 (titres de"
            " participation), du budget principal 2029.",
            "Article 3 – Mme Nadia BENAÏSSA est désignée pour représenter la Communauté de"
            " communes aux assemblées générales de la SCIC. M. Régis THIRIET est désigné"
            " suppléant.",
            "Article 4 – Le Président est autorisé à signer le bulletin de souscription et"
            " tout document relatif à cette décision.",
        ],
        "annexe": "",
    },
    {
        "num": "2029-049",
        "objet": "Commande publique – Marché d'entretien des espaces verts et des chemins de"
        " randonnée 2030-2033 : allotissement, réservation de lots et clause d'insertion",
        "rapporteur": "M. Patrice VOIRIN, vice-président chargé de l'environnement et du cadre"
        " de vie",
        "out": False,
        "votes": (37, 0, 1),
        "contre": [],
        "abst": ["KEMPF"],
        "expose": f"""
        M. le vice-président indique que le marché d'entretien des espaces verts et des
        chemins de randonnée conclu pour la période 2026-2029 arrive à échéance le 31 décembre
        2029. Sa clause d'insertion aura permis de réaliser 1 150 heures de travail pour des
        personnes éloignées de l'emploi (bilan au 30 avril 2029).

        Il propose de conclure le nouveau marché pour quatre ans, du 1er janvier 2030 au
        31 décembre 2033, en trois lots, pour un montant total estimé à {sp(DEL_LOTS_TOTAL)} €
        HT, et de réserver deux lots à des structures qui emploient des personnes en
        difficulté ou en situation de handicap. Le lot 2 porte sur les 168 km de chemins
        inscrits au plan départemental des itinéraires de promenade et de randonnée (PDIPR).

        Le service facilitateur des clauses sociales du Département de la Vézonne
        accompagnera la Communauté de communes pour la rédaction de la clause et le suivi des
        heures d'insertion.
        """,
        "vu": [
            "le code général des collectivités territoriales ;",
            "le code de la commande publique, notamment ses articles L. 2113-12 et L. 2113-13 ;",
            "le code du travail, notamment son article L. 5132-4 ;",
            "l'avis de la commission Environnement et cadre de vie du 7 mai 2029 ;",
        ],
        "considerant": [
            "que la réservation de marchés aux structures d'insertion par l'activité économique"
            " et aux entreprises adaptées contribue à l'emploi local des personnes qui en sont"
            " le plus éloignées ;",
            "que le lot 1, ouvert à toutes les entreprises, se prête à une clause d'insertion ;",
        ],
        "articles": [
            "Article 1er – Le marché d'entretien des espaces verts et des chemins de randonnée"
            " est conclu pour quatre ans, du 1er janvier 2030 au 31 décembre 2033, et alloti"
            " comme indiqué dans le tableau annexé.",
            "Article 2 – Le lot 2 est réservé aux structures d'insertion par l'activité"
            " économique ; le lot 3 est réservé aux entreprises adaptées et aux établissements"
            " et services d'aide par le travail.",
            "Article 3 – Le lot 1 comporte une clause d'insertion de 1 400 heures sur la durée"
            " du marché.",
            "Article 4 – Le Président est autorisé à lancer la consultation et à signer les"
            " marchés à intervenir.",
        ],
        "annexe": "lots",
    },
]


class DelPDF(BasePDF):
    def __init__(self, totals: dict[str, int]):
        super().__init__("P")
        self.set_margins(22, 20, 20)
        self.set_auto_page_break(True, margin=30)
        self.totals = totals
        self.d: dict = {}
        self.pending: dict | None = None
        self.first = 0
        self.ranges: dict[str, list[int]] = {}

    def header(self):
        if self.pending:
            # the footer of the previous page has been drawn: switch to the new délibération
            self.d, self.first, self.pending = self.pending, self.page_no(), None
        d = self.d
        k = self.page_no() - self.first + 1
        self.set_text_color(0, 0, 0)
        if k == 1:
            self.set_font("LSans", "B", 10)
            self.set_xy(22, 12)
            self.cell(100, 5, "COMMUNAUTÉ DE COMMUNES", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(20, 100, 60)
            self.set_font("LSans", "B", 13)
            self.cell(100, 6, "BRÉVANNES-VÉZONNE", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.set_text_color(80, 80, 80)
            self.set_font("LSans", "", 7.5)
            self.cell(100, 3.8, "Département de la Vézonne", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.cell(
                100,
                3.8,
                "5 rue du Moulin-Gaillard – 99400 Brévannes",
                new_x=XPos.LMARGIN,
                new_y=YPos.NEXT,
            )
            # the stamp of the dematerialisation platform, top right
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.25)
            self.rect(128, 10, 62, 21)
            self.set_text_color(0, 0, 0)
            self.set_font("Cond", "", 6.8)
            ack = f"099-{CC_SIREN}-{DEL_DATE.replace('-', '')}-DEL{d['num'].replace('-', '_')}-DE"
            for i, line in enumerate(
                (
                    f"Envoyé en préfecture le {dmy(DEL_SENT)}",
                    f"Reçu en préfecture le {dmy(DEL_SENT)}",
                    f"Publié le {dmy(DEL_PUB)}",
                    f"ID : {ack}",
                )
            ):
                self.set_xy(130, 11.5 + 4.4 * i)
                self.cell(58, 4, line)
            self.set_y(40)
        else:
            self.set_font("LSans", "I", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(22, 11)
            self.cell(
                168,
                4,
                nb(
                    f"CC Brévannes-Vézonne – Délibération n° {d['num']} du "
                    f"{jour(DEL_DATE, False)} (suite)"
                ),
            )
            self.set_draw_color(150, 150, 150)
            self.line(22, 16, 190, 16)
            self.set_text_color(0, 0, 0)
            self.set_y(21)

    def footer(self):
        d = self.d
        k = self.page_no() - self.first + 1
        n = self.totals.get(d["num"], 0)
        self.set_draw_color(150, 150, 150)
        self.line(22, 280, 190, 280)
        self.set_font("LSans", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(22, 281.5)
        self.cell(
            84,
            4,
            nb(f"Registre des délibérations 2029 – feuillet n° 2029-{60 + self.page_no():03d}"),
        )
        self.cell(84, 4, nb(f"Délibération n° {d['num']} – page {k}/{n}"), align="R")
        self.set_text_color(0, 0, 0)

    def body(self, text: str, after: float = 1.6, style: str = "", size: float = 9.6) -> None:
        self.set_x(self.l_margin)
        self.set_font("LSans", style, size)
        self.multi_cell(0, size * 0.5, nb(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(after)

    def label(self, text: str) -> None:
        if self.y > self.page_break_trigger - 16:
            self.add_page()
        self.set_font("LSans", "B", 9.6)
        self.cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bullet(self, text: str) -> None:
        self.set_font("LSans", "", 9.6)
        self.set_left_margin(self.l_margin + 6)
        self.set_x(self.l_margin - 3)
        self.cell(3, 4.8, "–")
        self.multi_cell(0, 4.8, nb(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_left_margin(self.l_margin - 6)
        self.ln(0.6)


def del_present(out: bool) -> tuple[list[str], int, int]:
    absent = {a for a, _ in POUVOIRS} | set(EXCUSES) | ({OUT_047} if out else set())
    present = [m[2] for m in CONSEIL if m[2] not in absent]
    return present, len(present), len(present) + len(POUVOIRS)


def del_one(pdf: DelPDF, d: dict) -> None:
    pdf.pending = d
    pdf.add_page()
    present, n_present, n_votants = del_present(d["out"])
    pdf.set_font("LSans", "B", 12)
    pdf.multi_cell(
        0,
        6,
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nDU CONSEIL COMMUNAUTAIRE",
        align="C",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_font("LSans", "", 10)
    pdf.cell(0, 6, f"Séance du {jour(DEL_DATE)}", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    # the councillors' box
    y = pdf.y
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(22, y, 78, 22)
    pdf.rect(104, y, 86, 22)
    pdf.set_font("LSans", "B", 8.5)
    pdf.set_xy(24, y + 1.5)
    pdf.cell(74, 4, "Nombre de conseillers")
    pdf.set_font("LSans", "", 8.5)
    for i, (lab, val) in enumerate(
        (("en exercice", DEL_EXERCICE), ("présents", n_present), ("votants", n_votants))
    ):
        pdf.set_xy(28, y + 6 + 4.6 * i)
        pdf.cell(40, 4.2, lab + " :")
        pdf.cell(20, 4.2, str(val), align="R")
    for i, line in enumerate(
        (
            f"Date de convocation : {dmy(DEL_CONVOC)}",
            f"Date d'affichage de la convocation : {dmy(DEL_CONVOC)}",
            f"Pouvoirs : {len(POUVOIRS)}",
        )
    ):
        pdf.set_xy(106, y + 2 + 5.5 * i)
        pdf.cell(82, 4.2, line)
    pdf.set_y(y + 26)
    pdf.body(
        one(
            """L'an deux mille vingt-neuf, le vingt-quatre mai, à dix-huit heures trente, le
            conseil communautaire de la Communauté de communes Brévannes-Vézonne, légalement
            convoqué, s'est réuni en nombre prescrit par la loi à la salle polyvalente de
            Tholancourt, sous la présidence de M. Gérard COLLIGNON, Président."""
        )
    )
    pdf.body("Étaient présents : " + ", ".join(who(s) for s in present) + ".", size=8.6, after=1.2)
    pdf.body(
        "Absents excusés ayant donné pouvoir : "
        + ", ".join(f"{who(a)} à {who(b)}" for a, b in POUVOIRS)
        + ".",
        size=8.6,
        after=1.2,
    )
    pdf.body("Absents excusés : " + ", ".join(who(s) for s in EXCUSES) + ".", size=8.6, after=1.2)
    if d["out"]:
        pdf.body(
            one(
                f"""{who(OUT_047)}, administratrice de la SCIC La Filature, a quitté la salle
                et n'a pris part ni au débat ni au vote (article L. 2131-11 du code général
                des collectivités territoriales)."""
            ),
            size=8.6,
            after=1.2,
            style="I",
        )
    pdf.body(f"Secrétaire de séance : {who('DEMANGE')}.", size=8.6, after=2)
    pdf.set_draw_color(20, 100, 60)
    pdf.set_line_width(0.5)
    pdf.line(22, pdf.y, 190, pdf.y)
    pdf.set_line_width(0.2)
    pdf.ln(2)
    pdf.body(nb(f"Objet : n° {d['num']} – {d['objet']}"), style="B", size=10)
    pdf.body(f"Rapporteur : {d['rapporteur']}", style="I", size=9)
    for p in paras(d["expose"]):
        pdf.body(p)
    pdf.label("Vu :")
    for v in d["vu"]:
        pdf.bullet(v)
    pdf.ln(1)
    pdf.label("Considérant :")
    for c in d["considerant"]:
        pdf.bullet(c)
    pdf.ln(1.5)
    pour, contre, abst = d["votes"]
    if pour + contre + abst != n_votants:
        raise ValueError(f"délibération {d['num']}: the votes do not add up to {n_votants}")
    vote = f"par {pour} voix pour, {contre} voix contre et {abst} abstention{'s' * (abst > 1)}"
    if not contre:
        vote = f"par {pour} voix pour et {abst} abstention{'s' * (abst > 1)}"
    pdf.body(
        f"Le conseil communautaire, entendu l'exposé du rapporteur et après en avoir délibéré, "
        f"{vote},"
    )
    pdf.set_font("LSans", "B", 10.5)
    pdf.cell(0, 6, "DÉLIBÈRE :", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    for a in d["articles"]:
        head, text = a.split(" – ", 1)
        pdf.set_x(pdf.l_margin)
        pdf.set_font("LSans", "B", 9.6)
        pdf.write(4.9, nb(head + " – "))
        pdf.set_font("LSans", "", 9.6)
        pdf.write(4.9, nb(text))
        pdf.ln(4.9 + 1.8)
    if d["annexe"] == "fin":
        del_table(
            pdf,
            "Annexe – Plan de financement prévisionnel de l'opération (en € HT)",
            ("Financeur", "Montant", "Part"),
            [(f, sp(v) + " €", pct(v, DEL_COST) + " %") for f, v in DEL_FIN]
            + [("Total", sp(DEL_COST) + " €", "100 %")],
            (112, 30, 26),
        )
    if d["annexe"] == "lots":
        del_table(
            pdf,
            "Annexe – Allotissement du marché 2030-2033",
            ("Lot", "Objet", "Procédure", "Montant estimé sur 4 ans (€ HT)"),
            [(n, o, p, sp(v) + " €") for n, o, p, v in DEL_LOTS]
            + [("", "Total", "", sp(DEL_LOTS_TOTAL) + " €")],
            (12, 66, 60, 30),
        )
    # the vote box
    if pdf.y > 200:
        pdf.add_page()
    pdf.ln(1)
    pdf.set_font("LSans", "B", 8.6)
    pdf.set_fill_color(232, 242, 236)
    pdf.cell(0, 5, "Résultat du vote", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 8.6)
    npv = 1 if d["out"] else 0
    pdf.cell(
        0,
        5,
        f"Pour : {pour}     Contre : {contre}     Abstentions : {abst}     "
        f"Ne prend pas part au vote : {npv}",
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    if d["contre"]:
        pdf.body("Ont voté contre : " + ", ".join(who(s) for s in d["contre"]) + ".", 0, "", 8.6)
    if d["abst"]:
        pdf.body("Se sont abstenus : " + ", ".join(who(s) for s in d["abst"]) + ".", 0, "", 8.6)
    pdf.ln(2)
    pdf.body(
        "Ainsi fait et délibéré les jour, mois et an susdits. Pour extrait certifié conforme au"
        " registre.",
        after=1,
    )
    pdf.body(f"Fait à Brévannes, le {jour(DEL_SENT, False)}.", after=3)
    y = pdf.y
    for x, lines in (
        (22, ["Le secrétaire de séance,", "", "Loïc DEMANGE"]),
        (120, ["Le Président,", "", "Gérard COLLIGNON"]),
    ):
        pdf.set_xy(x, y)
        for ln in lines:
            pdf.set_font(
                "LSans", "B" if ln.isupper() or "COLLIGNON" in ln or "DEMANGE" in ln else "", 9.5
            )
            pdf.set_x(x)
            pdf.cell(70, 5, ln, new_x=XPos.LEFT, new_y=YPos.NEXT)
    # « certifié exécutoire » stamp, slightly rotated, in red
    sy = y + 17
    with pdf.rotation(-3, 78, sy + 9):
        pdf.set_draw_color(190, 30, 30)
        pdf.set_text_color(190, 30, 30)
        pdf.set_line_width(0.6)
        pdf.rect(52, sy, 56, 18)
        pdf.set_font("LSans", "B", 9)
        pdf.set_xy(53, sy + 1.2)
        pdf.cell(54, 4.5, "CERTIFIÉ EXÉCUTOIRE", align="C")
        pdf.set_font("LSans", "", 7)
        pdf.set_xy(53, sy + 6.2)
        pdf.cell(54, 3.6, f"Transmis en préfecture le {dmy(DEL_SENT)}", align="C")
        pdf.set_xy(53, sy + 9.8)
        pdf.cell(54, 3.6, f"Publié le {dmy(DEL_PUB)}", align="C")
        pdf.set_xy(53, sy + 13.4)
        pdf.cell(54, 3.6, "Le Président", align="C")
    pdf.set_line_width(0.2)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(sy + 24)
    pdf.set_font("LSans", "I", 7.2)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(
        0,
        3.4,
        nb(
            one(
                """La présente délibération peut faire l'objet d'un recours pour excès de
                pouvoir devant le tribunal administratif de Quévrelles dans un délai de deux
                mois à compter de sa publication. Le tribunal administratif peut être saisi
                par l'application « Télérecours citoyens » accessible sur le site
                www.telerecours.fr."""
            )
        ),
        new_x=XPos.LMARGIN,
        new_y=YPos.NEXT,
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ranges[d["num"]] = list(range(pdf.first, pdf.page_no() + 1))


def del_table(pdf: DelPDF, title: str, heads, rows, widths) -> None:
    if pdf.y > 225:
        pdf.add_page()
    pdf.ln(1)
    pdf.set_font("LSans", "B", 9.2)
    pdf.cell(0, 5.5, nb(title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("LSans", "", 8.4)
    pdf.set_draw_color(90, 90, 90)
    aligns = ["LEFT"] * (len(heads) - 2) + ["LEFT" if len(heads) == 4 else "RIGHT", "RIGHT"]
    with pdf.table(
        col_widths=widths,
        width=sum(widths),
        align="LEFT",
        line_height=4.3,
        text_align=aligns,
        padding=(0.6, 1.2),
        headings_style=FontFace(emphasis="BOLD", fill_color=(232, 242, 236)),
    ) as table:
        row = table.row()
        for h in heads:
            row.cell(h, align="CENTER")
        for i, r in enumerate(rows):
            row = table.row()
            last = i == len(rows) - 1
            for c in r:
                row.cell(nb(c), style=FontFace(emphasis="BOLD") if last else None)
    pdf.ln(2)


def del_pdf(totals: dict[str, int]) -> DelPDF:
    pdf = DelPDF(totals)
    for d in DELIBS:
        del_one(pdf, d)
    return pdf


def build_del() -> None:
    first = del_pdf({})
    totals = {k: len(v) for k, v in first.ranges.items()}
    pdf = del_pdf(totals)
    if pdf.ranges != first.ranges:
        raise ValueError("délibérations: the pages moved between the two passes")
    save_pdf(
        pdf,
        DEL,
        {
            "title": "Délibérations du conseil communautaire du 24 mai 2029 (n° 2029-047 à 049)",
            "subject": "Registre des délibérations - CC Brévannes-Vézonne",
            "author": "Secrétariat général CCBV",
            "creator": "Microsoft® Word 2019",
            "producer": "Microsoft® Word 2019",
            "keywords": "délibération; conseil communautaire; SCIC; Fonds ESS; marchés réservés",
        },
        datetime(2029, 5, 28, 14, 6, 31, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 2. Slide deck exported from LibreOffice Impress (PDF, one 16:9 slide per landscape page):
#    title slide, coloured title bars, key-figure tiles (big number above its caption), bar
#    charts whose data labels are separate text objects, a line chart with a label on every
#    point, a table, a timeline, a stacked bar, contacts; date, footer text and slide number
#    on every slide but the first
# ---------------------------------------------------------------------------

SLI_W, SLI_H = 280.0, 157.5
TEAL = (0, 104, 116)
ORANGE = (226, 118, 34)
SLI_DATE = "2029-07-03"
SLI_FOOT = "Conférence départementale de l'ESS – Hesmelange – 3 juillet 2029"
SLI_TILES = [
    ("9 870", "salariés dans l'ESS en Vézonne fin 2028"),
    ("11,8 %", "de l'emploi salarié privé du département"),
    ("1 046", "établissements employeurs"),
    ("312 M€", "de rémunérations brutes versées en 2028"),
    ("68 %", "des salariés de l'ESS sont des femmes"),
    ("31 %", "des salariés ont 50 ans ou plus"),
]
SLI_FAM = [("Associations", 7420), ("Coopératives", 1310), ("Mutuelles", 640), ("Fondations", 500)]
SLI_SAL = sum(x[1] for x in SLI_FAM)  # 9 870
# (intercommunalité, salariés de l'ESS, part dans l'emploi privé)
SLI_EPCI = [
    ("CA Hesmelange Agglomération", 5120, "10,9 %"),
    ("CC Plaine de l'Aubrette", 1640, "13,4 %"),
    ("CC des Crêtes vézonnaises", 1630, "12,2 %"),
    ("CC Brévannes-Vézonne", 1480, "14,1 %"),
]
SLI_YEARS = [
    (2019, 9210),
    (2020, 9050),
    (2021, 9340),
    (2022, 9480),
    (2023, 9560),
    (2024, 9610),
    (2025, 9700),
    (2026, 9760),
    (2027, 9815),
    (2028, 9870),
]
SLI_SECT = [
    ("Action sociale", 4860),
    ("Enseignement", 1120),
    ("Santé humaine", 930),
    ("Activités financières et d'assurance", 720),
    ("Sport et loisirs", 610),
    ("Arts et spectacles", 290),
    ("Autres activités", 1340),
]
SLI_SIAE = [("ACI", 14, 610), ("EI", 6, 240), ("AI", 4, 205), ("ETTI", 3, 135)]
SLI_BUDGET = [
    ("Accompagnement des SIAE (allocataires du RSA)", 1420000),
    ("Fonds d'amorçage ESS", 250000),
    ("AMI Mobilité solidaire", 180000),
    ("PTCE et tiers-lieux", 120000),
    ("Réseaux et DLA", 95000),
]
SLI_BUDGET_TOTAL = sum(x[1] for x in SLI_BUDGET)  # 2 065 000
SLI_AMI = [
    ("2029-07-02", "Lancement de l'AMI"),
    ("2029-07-10", "Réunion d'information (Teams)"),
    ("2029-09-14", "Clôture des candidatures"),
    ("2029-10-16", "Jury"),
    ("2029-11-12", "Commission permanente"),
]


class SliPDF(BasePDF):
    def __init__(self):
        super().__init__("L", (SLI_H, SLI_W))
        self.set_margins(0, 0, 0)
        self.set_auto_page_break(False)

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_font("Sans", "", 7)
        self.set_text_color(110, 110, 110)
        self.set_xy(12, SLI_H - 9)
        self.cell(40, 4, dmy(SLI_DATE))
        self.set_xy(60, SLI_H - 9)
        self.cell(160, 4, SLI_FOOT, align="C")
        self.set_xy(SLI_W - 32, SLI_H - 9)
        self.cell(20, 4, str(self.page_no()), align="R")
        self.set_fill_color(*ORANGE)
        self.rect(0, SLI_H - 2.5, SLI_W, 2.5, style="F")
        self.set_text_color(0, 0, 0)

    def slide(self, title: str, kicker: str = "") -> None:
        self.add_page()
        self.set_fill_color(*TEAL)
        self.rect(0, 0, SLI_W, 24, style="F")
        self.set_text_color(255, 255, 255)
        if kicker:
            self.set_font("Sans", "", 8)
            self.set_xy(12, 4.5)
            self.cell(200, 4, kicker)
        self.set_font("Sans", "B", 17)
        self.set_xy(12, 10)
        self.cell(250, 9, nb(title))
        self.set_text_color(0, 0, 0)

    def text_at(self, x, y, w, text, size=11, style="", color=(30, 30, 30), align="L", lh=None):
        self.set_font("Sans", style, size)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.multi_cell(w, lh or size * 0.48, nb(text), align=align)
        self.set_text_color(0, 0, 0)
        return self.get_y()

    def bullets(self, x, y, w, items, size=11.5, gap=2.4):
        for it in items:
            sub = it.startswith("  ")
            self.set_font("Sans", "", size - (1.5 if sub else 0))
            self.set_text_color(*(TEAL if not sub else (80, 80, 80)))
            self.set_xy(x + (7 if sub else 0), y)
            self.cell(5, size * 0.5, "–" if sub else "•")
            y = self.text_at(
                x + (12 if sub else 5),
                y,
                w - (12 if sub else 5),
                it.strip(),
                size - (1.5 if sub else 0),
            )
            y += gap
        return y

    def tile(self, x, y, w, h, big, caption, color=TEAL):
        self.set_fill_color(*color)
        self.rect(x, y, w, h, style="F", round_corners=True, corner_radius=2.5)
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 22)
        self.set_xy(x + 2, y + 4)
        self.cell(w - 4, 11, nb(big), align="C")
        self.set_font("Sans", "", 9)
        self.set_xy(x + 4, y + 17)
        self.multi_cell(w - 8, 4.3, nb(caption), align="C")
        self.set_text_color(0, 0, 0)


def sli_slides(pdf: SliPDF) -> None:
    # 1. title
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, SLI_W, SLI_H, style="F")
    pdf.set_fill_color(*ORANGE)
    pdf.rect(0, 104, SLI_W, 3, style="F")
    pdf.text_at(20, 20, 200, "CONFÉRENCE DÉPARTEMENTALE DE L'ESS", 11, "B", (255, 220, 180))
    pdf.text_at(20, 32, 240, "L'économie sociale et solidaire en Vézonne", 26, "B", (255,) * 3)
    pdf.text_at(20, 50, 240, "Chiffres clés 2028 et feuille de route 2029-2031", 16, "", (255,) * 3)
    pdf.text_at(
        20,
        72,
        240,
        f"{jour(SLI_DATE).capitalize()} – Hesmelange, Hôtel du Département, salle de l'Arsenal",
        11,
        "",
        (255,) * 3,
    )
    pdf.text_at(
        20,
        84,
        240,
        "Ouverture : Armelle Grosjean, vice-présidente du Département déléguée à l'insertion"
        " et à l'ESS",
        9.5,
        "I",
        (220, 240, 240),
    )
    pdf.text_at(
        20,
        112,
        120,
        "Maëlle Gérardin\nchargée d'études, observatoire de la CRESS Brémonie",
        9.5,
        "",
        (255,) * 3,
    )
    pdf.text_at(
        150,
        112,
        120,
        "Capucine Kieffer\nchargée de mission ESS, Département de la Vézonne",
        9.5,
        "",
        (255,) * 3,
    )
    pdf.text_at(20, 140, 120, "Vézonne | le Département", 10, "B", (255, 220, 180))
    pdf.text_at(180, 140, 80, "CRESS Brémonie", 10, "B", (255, 220, 180), "R")
    # 2. contents
    pdf.slide("Au programme")
    y = 38
    for i, (t, who_) in enumerate(
        (
            ("L'ESS en Vézonne : chiffres clés 2028", "CRESS Brémonie, observatoire régional"),
            ("La feuille de route départementale 2029-2031", "Département de la Vézonne"),
            ("Appels à projets et rendez-vous de l'automne", "Département et CRESS"),
        ),
        1,
    ):
        pdf.set_fill_color(*ORANGE)
        pdf.rect(30, y, 14, 14, style="F")
        pdf.text_at(30, y + 3.2, 14, str(i), 16, "B", (255,) * 3, "C")
        pdf.text_at(52, y + 1, 200, t, 15, "B", TEAL)
        pdf.text_at(52, y + 8.5, 200, who_, 10, "I", (90, 90, 90))
        y += 26
    # 3. key figures
    pdf.slide("L'ESS en Vézonne : chiffres clés", "1 · CHIFFRES CLÉS 2028")
    for i, (big, cap) in enumerate(SLI_TILES):
        x = 16 + (i % 3) * 85
        y = 34 + (i // 3) * 50
        pdf.tile(x, y, 78, 42, big, cap, TEAL if i % 2 == 0 else ORANGE)
    pdf.text_at(
        16,
        136,
        250,
        "Source : Insee, Flores 2028 – traitement CRESS Brémonie.",
        7.5,
        "I",
        (100, 100, 100),
    )
    # 4. families: vertical bars with data labels
    pdf.slide(
        "Trois salariés de l'ESS sur quatre travaillent dans une association",
        "1 · CHIFFRES CLÉS 2028",
    )
    base, top = 122.0, 40.0
    mx = max(v for _, v in SLI_FAM)
    for i, (fam, v) in enumerate(SLI_FAM):
        x = 30 + i * 42
        h = (base - top) * v / mx
        pdf.set_fill_color(*(TEAL if i == 0 else ORANGE))
        pdf.rect(x, base - h, 26, h, style="F")
        pdf.text_at(x - 6, base - h - 6, 38, sp(v), 10, "B", (30, 30, 30), "C")
        pdf.text_at(x - 8, base + 2, 42, fam, 9.5, "", (30, 30, 30), "C")
        pdf.text_at(x - 8, base + 7, 42, pct(v, SLI_SAL) + " %", 8.5, "I", (90, 90, 90), "C")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(24, base, 196, base)
    pdf.bullets(
        204,
        48,
        66,
        [
            f"{sp(SLI_SAL)} salariés au total",
            "Les coopératives progressent le plus : +4,8 % en un an",
            "Les mutuelles perdent 30 emplois (fusion de deux agences)",
        ],
        10,
        4,
    )
    pdf.text_at(
        24,
        136,
        200,
        "Salariés au 31 décembre 2028. Source : Insee, Flores 2028.",
        7.5,
        "I",
        (100, 100, 100),
    )
    # 5. intercommunalities: horizontal bars
    pdf.slide("L'emploi dans l'ESS par intercommunalité", "1 · CHIFFRES CLÉS 2028")
    pdf.text_at(
        150, 30, 110, "Part de l'ESS dans l'emploi salarié privé", 8.5, "I", (90, 90, 90), "R"
    )
    mx = max(v for _, v, _ in SLI_EPCI)
    for i, (name, v, part) in enumerate(SLI_EPCI):
        y = 42 + i * 22
        pdf.text_at(14, y + 3, 66, name, 10, "", (30, 30, 30), "R")
        w = 150 * v / mx
        pdf.set_fill_color(*(ORANGE if "Brévannes" in name else TEAL))
        pdf.rect(84, y, w, 12, style="F")
        pdf.text_at(84 + w + 2, y + 3, 30, sp(v), 10, "B")
        pdf.text_at(240, y + 3, 26, part, 10, "B", ORANGE, "R")
    pdf.text_at(
        84,
        132,
        180,
        "La CC Brévannes-Vézonne est l'intercommunalité où l'ESS pèse le plus dans l'emploi.",
        9.5,
        "B",
        TEAL,
    )
    # 6. line chart with data labels
    pdf.slide("Dix ans d'emploi dans l'ESS en Vézonne", "1 · CHIFFRES CLÉS 2028")
    lo, hi = 8900, 10000
    pts = []
    for i, (yr, v) in enumerate(SLI_YEARS):
        x = 30 + i * 24
        y = 118 - (v - lo) / (hi - lo) * 70
        pts.append((x, y))
        pdf.text_at(x - 10, 123, 20, str(yr), 9, "", (60, 60, 60), "C")
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(0.9)
    for (x1, y1), (x2, y2) in itertools.pairwise(pts):
        pdf.line(x1, y1, x2, y2)
    pdf.set_line_width(0.2)
    for (x, y), (_, v) in zip(pts, SLI_YEARS, strict=True):
        pdf.set_fill_color(*ORANGE)
        pdf.ellipse(x - 1.3, y - 1.3, 2.6, 2.6, style="F")
        pdf.text_at(x - 11, y - 7, 22, sp(v), 8.5, "B", (30, 30, 30), "C")
    pdf.set_draw_color(150, 150, 150)
    pdf.line(22, 121, 262, 121)
    first, last = SLI_YEARS[0][1], SLI_YEARS[-1][1]
    pdf.tile(
        30,
        30,
        66,
        30,
        f"+{pct(last - first, first)} %",
        f"en dix ans (+{last - first} emplois)",
        ORANGE,
    )
    pdf.text_at(
        30, 132, 160, "2020 : seule année de baisse (crise sanitaire).", 8.5, "I", (90, 90, 90)
    )
    # 7. sectors table
    pdf.slide("Les secteurs d'activité de l'ESS", "1 · CHIFFRES CLÉS 2028")
    pdf.set_font("Sans", "", 10)
    pdf.set_fill_color(238, 246, 247)
    pdf.set_xy(40, 34)
    with pdf.table(
        col_widths=(110, 40, 40),
        width=190,
        align="LEFT",
        line_height=6.4,
        text_align=("LEFT", "RIGHT", "RIGHT"),
        padding=(0.6, 2),
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
        cell_fill_color=(238, 246, 247),
        cell_fill_mode="EVEN_ROWS",
    ) as table:
        row = table.row()
        for h in ("Secteur", "Salariés", "Part"):
            row.cell(h)
        for name, v in SLI_SECT:
            row = table.row()
            for c in (name, sp(v), pct(v, SLI_SAL) + " %"):
                row.cell(nb(c))
        row = table.row()
        for c in ("Ensemble de l'ESS", sp(SLI_SAL), "100 %"):
            row.cell(nb(c), style=FontFace(emphasis="BOLD"))
    # 8. IAE
    pdf.slide("L'insertion par l'activité économique", "1 · CHIFFRES CLÉS 2028")
    n_siae = sum(x[1] for x in SLI_SIAE)
    n_sal = sum(x[2] for x in SLI_SIAE)
    pdf.tile(16, 34, 74, 40, str(n_siae), "structures d'insertion (SIAE) conventionnées")
    pdf.tile(16, 80, 74, 40, sp(n_sal), "salariés en parcours d'insertion en 2028", ORANGE)
    pdf.set_xy(104, 36)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_font("Sans", "", 10.5)
    with pdf.table(
        col_widths=(50, 40, 50),
        width=140,
        align="LEFT",
        line_height=6.6,
        text_align=("LEFT", "RIGHT", "RIGHT"),
        padding=(0.6, 2),
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=TEAL),
    ) as table:
        row = table.row()
        for h in ("Type de SIAE", "Structures", "Salariés en parcours"):
            row.cell(h)
        for t, n, s in SLI_SIAE:
            row = table.row()
            for c in (t, str(n), sp(s)):
                row.cell(nb(c))
    pdf.bullets(
        104,
        84,
        160,
        [
            "58 % de sorties dynamiques en 2028 (moyenne régionale : 54 %)",
            "46 % des salariés en parcours sont allocataires du RSA",
            "98 400 heures d'insertion réalisées grâce aux clauses sociales des marchés publics",
        ],
        10.5,
        3,
    )
    # 9. roadmap
    pdf.slide("Feuille de route départementale ESS 2029-2031", "2 · LA FEUILLE DE ROUTE")
    pdf.text_at(
        16, 29, 250, "Adoptée par l'Assemblée départementale le 22 mars 2029", 9, "I", (90, 90, 90)
    )
    axes = [
        (
            "Axe 1 · Entreprendre",
            [
                "Fonds d'amorçage ESS : 250 000 € par an",
                "Jusqu'à 15 000 € par projet",
                "Accompagnement DLA renforcé",
            ],
        ),
        (
            "Axe 2 · Acheter responsable",
            [
                "140 000 heures d'insertion par an d'ici 2031",
                "10 % des marchés du Département réservés ou avec clause",
            ],
        ),
        (
            "Axe 3 · Se déplacer",
            [
                "AMI Mobilité solidaire : 180 000 € en 2029",
                "Garages solidaires, location de véhicules, auto-écoles sociales",
            ],
        ),
        (
            "Axe 4 · Coopérer",
            [
                "PTCE et tiers-lieux : 120 000 €",
                "Deux PTCE accompagnés : Ricochet (réemploi) et Saveurs d'Aubrette (alimentation)",
            ],
        ),
    ]
    for i, (title, items) in enumerate(axes):
        x = 14 + i * 64
        pdf.set_fill_color(*(TEAL if i % 2 == 0 else ORANGE))
        pdf.rect(x, 38, 60, 12, style="F")
        pdf.text_at(x + 2, 41.5, 56, title, 9, "B", (255,) * 3, "C")
        pdf.set_fill_color(244, 244, 244)
        pdf.rect(x, 50, 60, 80, style="F")
        y = 54
        for it in items:
            y = pdf.text_at(x + 3, y, 54, "• " + it, 9.5) + 3
    # 10. budget: stacked bar
    pdf.slide("Le budget ESS du Département en 2029", "2 · LA FEUILLE DE ROUTE")
    pdf.tile(14, 32, 70, 30, f"{sp(SLI_BUDGET_TOTAL)} €", "inscrits au budget primitif 2029")
    x = 14.0
    colors = [TEAL, ORANGE, (0, 150, 160), (240, 170, 90), (90, 90, 90)]
    for (_, v), col in zip(SLI_BUDGET, colors, strict=True):
        w = 252 * v / SLI_BUDGET_TOTAL
        pdf.set_fill_color(*col)
        pdf.rect(x, 72, w, 16, style="F")
        x += w
    y = 94
    for (lab, v), col in zip(SLI_BUDGET, colors, strict=True):
        pdf.set_fill_color(*col)
        pdf.rect(16, y + 0.8, 4, 4, style="F")
        pdf.text_at(24, y, 160, lab, 10)
        pdf.text_at(184, y, 40, f"{sp(v)} €", 10, "B", (30, 30, 30), "R")
        pdf.text_at(226, y, 30, pct(v, SLI_BUDGET_TOTAL) + " %", 9, "", (90, 90, 90), "R")
        y += 7.5
    # 11. AMI
    pdf.slide("AMI « Mobilité solidaire » 2029", "3 · APPELS À PROJETS")
    pdf.tile(14, 32, 62, 34, "180 000 €", "enveloppe 2029")
    pdf.tile(
        14, 70, 62, 34, "30 000 €", "au plus par projet, dans la limite de 70 % du budget", ORANGE
    )
    pdf.bullets(
        86,
        34,
        180,
        [
            "Pour qui ? Associations, SCIC, SCOP et autres structures de l'ESS",
            "Quels publics ? Allocataires du RSA, jeunes suivis par la Mission locale,"
            " demandeurs d'emploi",
            "Dépôt des dossiers sur aides.vezonne.fr",
        ],
        10.5,
        2.5,
    )
    y0 = 96
    pdf.set_draw_color(*TEAL)
    pdf.set_line_width(1)
    pdf.line(92, y0, 262, y0)
    pdf.set_line_width(0.2)
    for i, (iso, lab) in enumerate(SLI_AMI):
        x = 96 + i * 40
        pdf.set_fill_color(*ORANGE)
        pdf.ellipse(x - 2, y0 - 2, 4, 4, style="F")
        pdf.text_at(x - 18, y0 + 4, 36, jour(iso, False, False), 9.5, "B", TEAL, "C")
        pdf.text_at(x - 18, y0 + 9.5, 36, lab, 8.5, "", (50, 50, 50), "C")
    # 12. dates
    pdf.slide("À retenir pour l'automne 2029", "3 · APPELS À PROJETS")
    pdf.bullets(
        20,
        36,
        240,
        [
            f"{jour('2029-09-04').capitalize()} – Atelier « monter son dossier AMI » avec la"
            " CRESS, à Brévannes",
            f"{jour('2029-09-28').capitalize()} – Date limite de candidature aux Prix de"
            " l'ESS de la Vézonne",
            f"{jour('2029-10-11').capitalize()} – Forum des achats responsables, Hesmelange",
            "Novembre 2029 – Mois de l'ESS : 38 événements déjà annoncés en Vézonne",
            f"{jour('2029-11-22').capitalize()} – Remise des Prix de l'ESS, salle"
            " polyvalente de Tholancourt",
        ],
        12,
        5,
    )
    # 13. contacts
    pdf.slide("Contacts")
    for x, lines in (
        (
            20,
            [
                "Département de la Vézonne",
                "Capucine Kieffer",
                "Chargée de mission ESS",
                "capucine.kieffer@vezonne.fr",
                "03 53 01 42 17",
            ],
        ),
        (
            145,
            [
                "CRESS Brémonie – observatoire",
                "Maëlle Gérardin",
                "Chargée d'études",
                "observatoire@cress-bremonie.org",
                "03 53 01 18 60",
            ],
        ),
    ):
        pdf.set_fill_color(238, 246, 247)
        pdf.rect(x, 36, 115, 70, style="F")
        y = 42
        for i, ln in enumerate(lines):
            y = (
                pdf.text_at(
                    x + 6,
                    y,
                    105,
                    ln,
                    12 if i < 2 else 10.5,
                    "B" if i < 2 else "",
                    TEAL if i == 0 else (30, 30, 30),
                )
                + 3
            )
    pdf.text_at(
        20,
        114,
        240,
        "Le panorama complet de l'ESS en Vézonne (16 pages) est"
        " téléchargeable sur cress-bremonie.org/observatoire.",
        10,
        "I",
        (70, 70, 70),
    )
    # 14. thanks
    pdf.add_page()
    pdf.set_fill_color(*TEAL)
    pdf.rect(0, 0, SLI_W, SLI_H - 2.5, style="F")
    pdf.text_at(20, 55, 240, "Merci de votre attention !", 28, "B", (255,) * 3, "C")
    pdf.text_at(20, 75, 240, "Questions et échanges", 14, "", (255, 220, 180), "C")


def build_sli() -> None:
    pdf = SliPDF()
    sli_slides(pdf)
    save_pdf(
        pdf,
        SLI,
        {
            "title": "Conférence départementale de l'ESS 2029",
            "subject": "L'ESS en Vézonne : chiffres clés 2028 et feuille de route 2029-2031",
            "author": "Capucine Kieffer",
            "creator": "Impress",
            "producer": "LibreOffice 7.6",
            "keywords": "ESS, Vézonne, chiffres clés, feuille de route, AMI Mobilité solidaire",
        },
        datetime(2029, 7, 2, 17, 41, 8, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 3. Annual activity report of an association, designed in Canva (PDF, A4): cover, two text
#    columns that flow from one to the next, a running header, figures in coloured tiles
#    drawn after the text (Canva keeps its layers' order, so they come last in the text),
#    tables spanning both columns, footnotes « (1) » at the foot of the page, a back cover
# ---------------------------------------------------------------------------

GREEN = (46, 125, 80)
OCHRE = (214, 160, 40)
INK = (35, 35, 35)
RAP_AG = "2029-06-16"
RAP_COL = ((15.0, 86.0), (109.0, 86.0))
# (flux, tonnes 2027, tonnes 2028, dont réemployées 2028)
RAP_FLUX = [
    ("Mobilier", 168, 187, 97),
    ("Textile et linge", 121, 134, 55),
    ("Vaisselle et bibelots", 64, 71, 48),
    ("Livres et disques", 49, 52, 31),
    ("Jouets et puériculture", 27, 31, 17),
    ("Électroménager (DEEE)", 58, 61, 15),
    ("Vélos", 11, 16, 13),
    ("Matériaux de construction", 63, 60, 23),
]
RAP_T27 = sum(x[1] for x in RAP_FLUX)  # 561
RAP_T28 = sum(x[2] for x in RAP_FLUX)  # 612
RAP_REEMPLOI = sum(x[3] for x in RAP_FLUX)  # 299
RAP_RECYCL = 138
RAP_VALO = RAP_REEMPLOI + RAP_RECYCL  # 437
RAP_SYTREVEZ = 38 * RAP_VALO  # 16 606
RAP_SHOPS = [("Gondrexelle", 171300), ("Brévannes", 97100)]
RAP_VENTES = sum(x[1] for x in RAP_SHOPS)  # 268 400
RAP_TICKETS = 18240
RAP_PRODUITS = [
    ("Ventes des boutiques", RAP_VENTES),
    ("Prestations (enlèvements, débarras)", 41200),
    ("État – aide au poste ACI", 512300),
    ("Département de la Vézonne", 23500),
    ("Région Brémonie", 18000),
    ("FSE+", 34800),
    ("CC Brévannes-Vézonne – Fonds ESS", 12000),
    ("Sytrevez – soutien au réemploi", RAP_SYTREVEZ),
    ("Autres produits (dons, cotisations, transferts de charges)", 27100),
]
RAP_CHARGES = [
    ("Achats (carburant, fournitures, petit matériel)", 58700),
    ("Services extérieurs (loyers, entretien, assurances)", 96400),
    ("Impôts et taxes", 14900),
    ("Salaires et charges sociales (permanents et CDDI)", 732000),
    ("Dotations aux amortissements", 31200),
    ("Autres charges", 12100),
]
RAP_TP = sum(x[1] for x in RAP_PRODUITS)
RAP_TC = sum(x[1] for x in RAP_CHARGES)
RAP_RESULT = RAP_TP - RAP_TC
RAP_SORTIES = [
    ("Emploi durable (CDI, CDD ou intérim de six mois et plus)", 4),
    ("Emploi de transition (CDD ou intérim de moins de six mois)", 3),
    ("Sortie positive (formation qualifiante, autre SIAE)", 4),
    ("Autres sorties (déménagement, santé, sans solution)", 8),
]
RAP_NSORTIES = sum(x[1] for x in RAP_SORTIES)  # 19
RAP_DYN = sum(x[1] for x in RAP_SORTIES[:3])  # 11
RAP_NOTES = {
    1: "Convention signée avec le Sytrevez le 14 février 2026 pour trois ans : la"
    " ressourcerie reçoit 38 € par tonne réemployée ou recyclée, dans la limite de 450 tonnes"
    " par an.",
    2: "Les sorties dynamiques regroupent les sorties vers l'emploi durable, vers un emploi"
    " de transition et les sorties positives (formation qualifiante, entrée dans une autre"
    " structure d'insertion).",
    3: "Tarif solidaire : 50 % de réduction sur présentation de la carte délivrée par les"
    " CCAS du territoire ; 412 cartes actives fin 2028.",
    4: "Périodes de mise en situation en milieu professionnel (PMSMP), de quelques jours à"
    " un mois, chez un employeur du territoire.",
}


class RapPDF(BasePDF):
    TOP = 24.0
    BOTTOM = 272.0

    def __init__(self):
        super().__init__("P")
        self.set_margins(15, 15, 15)
        self.set_auto_page_break(False)
        self.col = 0
        self.cy = self.TOP
        self.top = self.TOP
        self.bottom = self.BOTTOM
        self.notes: dict[int, list[int]] = {}
        self.back_page = 0

    def header(self):
        if self.page_no() in (1, self.back_page):
            return
        self.set_font("Sans", "B", 7)
        self.set_text_color(*GREEN)
        self.set_xy(15, 9)
        self.cell(120, 4, "LA FOURMILIÈRE · RAPPORT D'ACTIVITÉ 2028")
        self.set_fill_color(*OCHRE)
        self.rect(15, 14.5, 24, 1.2, style="F")
        self.set_text_color(0, 0, 0)

    def footer(self):
        if self.page_no() in (1, self.back_page):
            return
        notes = self.notes.get(self.page_no(), [])
        y = 276.0 - 3.4 * sum(self.note_lines(n) for n in notes)
        if notes:
            self.set_draw_color(*GREEN)
            self.line(15, y - 1.5, 60, y - 1.5)
        self.set_font("Sans", "", 6.8)
        self.set_text_color(70, 70, 70)
        for n in notes:
            self.set_xy(15, y)
            self.multi_cell(180, 3.4, nb(f"({n}) {RAP_NOTES[n]}"), align="L")
            y = self.get_y()
        self.set_font("Sans", "B", 8)
        self.set_text_color(*GREEN)
        self.set_xy(180, 284)
        self.cell(15, 4, str(self.page_no()), align="R")
        self.set_text_color(0, 0, 0)

    def note_lines(self, n: int) -> int:
        self.set_font("Sans", "", 6.8)
        text = nb(f"({n}) {RAP_NOTES[n]}")
        return len(self.multi_cell(180, 3.4, text, dry_run=True, output="LINES"))

    def new_page(self, top: float = TOP, bottom: float = BOTTOM) -> None:
        self.add_page()
        self.col, self.top, self.bottom = 0, top, bottom
        self.cy = top

    def next_col(self) -> None:
        if self.col == 1:
            raise ValueError(f"rapport page {self.page_no()}: the text overflows both columns")
        self.col, self.cy = 1, self.top

    def lines(self, text: str, size: float, style: str = "", family: str = "Sans") -> list[str]:
        self.set_font(family, style, size)
        w = RAP_COL[self.col][1]
        return self.multi_cell(w, 4, nb(text), dry_run=True, output="LINES")

    def flow(self, text: str, size=9.2, style="", color=INK, lh=4.45, after=2.2, family="Sans"):
        for n in re.findall(r"\((\d)\)", text):
            if int(n) in RAP_NOTES and int(n) not in self.notes.get(self.page_no(), []):
                self.notes.setdefault(self.page_no(), []).append(int(n))
        for line in self.lines(text, size, style, family):
            if self.cy + lh > self.bottom:
                self.next_col()
            self.set_font(family, style, size)
            self.set_text_color(*color)
            self.set_xy(RAP_COL[self.col][0], self.cy)
            self.cell(RAP_COL[self.col][1], lh, line)
            self.cy += lh
        self.cy += after
        self.set_text_color(0, 0, 0)

    def h2(self, text: str) -> None:
        if self.cy + 20 > self.bottom:
            self.next_col()
        self.cy += 1.5
        self.flow(text.upper(), 11.5, "B", GREEN, 5.6, 0.8)
        self.set_fill_color(*OCHRE)
        self.rect(RAP_COL[self.col][0], self.cy, 12, 0.9, style="F")
        self.cy += 3

    def h3(self, text: str) -> None:
        if self.cy + 12 > self.bottom:
            self.next_col()
        self.flow(text, 9.6, "B", GREEN, 4.8, 0.8)

    def bullet(self, text: str) -> None:
        x0, w0 = RAP_COL[self.col]
        lines = self.lines(text, 9.2)
        self.set_font("Sans", "", 9.2)
        self.multi_cell(w0 - 4, 4, nb(text), dry_run=True, output="LINES")
        if self.cy + 4.45 * len(lines) > self.bottom:
            self.next_col()
            x0, w0 = RAP_COL[self.col]
        sub = self.multi_cell(w0 - 4, 4, nb(text), dry_run=True, output="LINES")
        self.set_text_color(*GREEN)
        self.set_xy(x0, self.cy)
        self.cell(4, 4.45, "■")
        self.set_text_color(*INK)
        for line in sub:
            self.set_xy(x0 + 4, self.cy)
            self.cell(w0 - 4, 4.45, line)
            self.cy += 4.45
        self.cy += 1.2
        self.set_text_color(0, 0, 0)

    def tile(self, x, y, w, h, big, caption, color=GREEN):
        self.set_fill_color(*color)
        self.rect(x, y, w, h, style="F", round_corners=True, corner_radius=3)
        self.set_text_color(255, 255, 255)
        self.set_font("Sans", "B", 17)
        self.set_xy(x, y + 3)
        self.cell(w, 9, nb(big), align="C")
        self.set_font("Sans", "", 7.6)
        self.set_xy(x + 3, y + 13)
        self.multi_cell(w - 6, 3.5, nb(caption), align="C")
        self.set_text_color(0, 0, 0)

    def wide_table(self, y, title, heads, rows, widths, aligns, size=8.4) -> float:
        self.set_xy(15, y)
        self.set_font("Sans", "B", 9.2)
        self.set_text_color(*GREEN)
        self.cell(180, 5, nb(title))
        self.set_text_color(*INK)
        self.set_xy(15, y + 6)
        self.set_font("Sans", "", size)
        self.set_draw_color(200, 200, 200)
        self.set_fill_color(240, 246, 241)
        with self.table(
            col_widths=widths,
            width=sum(widths),
            align="LEFT",
            line_height=size * 0.5,
            text_align=aligns,
            padding=(0.8, 1.5),
            borders_layout="HORIZONTAL_LINES",
            headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
            cell_fill_color=(240, 246, 241),
            cell_fill_mode="EVEN_ROWS",
        ) as table:
            row = table.row()
            for h in heads:
                row.cell(h)
            for i, r in enumerate(rows):
                row = table.row()
                bold = i == len(rows) - 1 and r[0].startswith(("Total", "TOTAL", "Résultat"))
                for c in r:
                    row.cell(nb(c), style=FontFace(emphasis="BOLD") if bold else None)
        self.set_text_color(0, 0, 0)
        return self.get_y()


def rap_cover(pdf: RapPDF) -> None:
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, 210, 297, style="F")
    pdf.set_fill_color(*OCHRE)
    pdf.ellipse(120, -40, 150, 150, style="F")
    pdf.set_fill_color(250, 246, 236)
    pdf.rect(15, 150, 180, 100, style="F", round_corners=True, corner_radius=6)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 13)
    pdf.set_xy(18, 28)
    pdf.cell(120, 6, "LA FOURMILIÈRE")
    pdf.set_font("Sans", "", 9.5)
    pdf.set_xy(18, 35)
    pdf.cell(120, 5, "ressourcerie & atelier chantier d'insertion")
    pdf.set_font("Sans", "B", 38)
    pdf.set_xy(18, 88)
    pdf.cell(170, 16, "Rapport")
    pdf.set_xy(18, 105)
    pdf.cell(170, 16, "d'activité 2028")
    pdf.set_text_color(*GREEN)
    pdf.set_font("Sans", "B", 12)
    pdf.set_xy(25, 162)
    pdf.cell(160, 6, "Collecter · Réemployer · Accompagner")
    pdf.set_font("Sans", "", 10)
    pdf.set_text_color(*INK)
    pdf.set_xy(25, 174)
    pdf.multi_cell(
        160,
        5.2,
        nb(
            f"Présenté à l'assemblée générale du {jour(RAP_AG)}, salle des fêtes de"
            " Gondrexelle.\nRessourcerie de Gondrexelle · boutique de Brévannes"
        ),
    )
    pdf.set_xy(25, 230)
    pdf.set_font("Sans", "I", 8)
    pdf.cell(160, 4, "Version web – ne pas imprimer, merci pour la planète")
    pdf.set_text_color(0, 0, 0)


def rap_p2(pdf: RapPDF) -> None:
    pdf.new_page()
    pdf.h2("Le mot de la présidente")
    for t in paras(
        f"""
        Quelle année ! En 2028, La Fourmilière a collecté {RAP_T28} tonnes d'objets, un record,
        et ouvert une deuxième boutique, rue des Vannes à Brévannes, le 3 mars. Derrière ces
        chiffres, il y a surtout 41 femmes et hommes qui ont repris le chemin de l'emploi avec
        nous, et 62 bénévoles sans qui rien ne serait possible.

        L'année a aussi été celle de la coopération : avec nos voisins du garage solidaire Les
        Engrenages, de l'Ébénisterie Hanriot et de Vézonne Conditionnement, nous avons fondé le
        PTCE Ricochet, un pôle territorial de coopération économique dédié au réemploi. Son
        premier chantier, une matériauthèque, occupera une bonne partie de 2029.

        Je remercie nos financeurs, au premier rang desquels l'État, le Département de la
        Vézonne et la Communauté de communes Brévannes-Vézonne, ainsi que le Sytrevez, notre
        partenaire pour la collecte en déchèterie.
        """
    ):
        pdf.flow(t)
    pdf.flow("Odette Lhuillier, présidente", 9, "I", GREEN)
    pdf.h2("Qui sommes-nous ?")
    for t in paras(
        """
        La Fourmilière est une association loi 1901 créée en 2011 à Gondrexelle. Ressourcerie,
        elle collecte les objets dont les habitants n'ont plus l'usage, les trie, les répare et
        les revend à petit prix. Elle est conventionnée comme atelier et chantier d'insertion
        (ACI) par l'État depuis 2014.
        """
    ):
        pdf.flow(t)
    pdf.h3("Nos deux sites")
    for b in (
        "Ressourcerie et boutique : 7 rue de la Tuilerie, 99460 Gondrexelle, ouverte du"
        " mercredi au samedi",
        "Boutique de Brévannes : 23 rue des Vannes, 99400 Brévannes, ouverte du mardi au"
        " samedi depuis le 3 mars 2028",
    ):
        pdf.bullet(b)
    pdf.h3("Gouvernance")
    pdf.flow(
        one(
            """Le conseil d'administration compte 11 membres. Bureau : Odette Lhuillier,
            présidente ; Raymond Pétrequin, trésorier ; Huguette Barbier, secrétaire. L'équipe
            permanente est dirigée par Benoît Rouyer, directeur depuis 2019."""
        )
    )
    pdf.h3("L'équipe permanente")
    pdf.flow(
        one(
            """9 salariés permanents (8,1 ETP) : le directeur, une conseillère en insertion
            professionnelle, Jade Fleurot, quatre encadrants techniques (dont Stéphane Guichard
            pour l'atelier mobilier et Aurélie Colas pour l'atelier textile), une responsable
            des boutiques, un chauffeur-collecteur et une assistante administrative."""
        )
    )
    # the summary box, drawn last
    x, w = RAP_COL[1][0], RAP_COL[1][1]
    y = pdf.cy + 2
    if y + 40 > pdf.bottom:
        raise ValueError("rapport page 2: no room for the contents box")
    pdf.set_fill_color(250, 246, 236)
    pdf.rect(x, y, w, 38, style="F")
    pdf.set_xy(x + 4, y + 3)
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(*GREEN)
    pdf.cell(w - 8, 5, "Sommaire")
    pdf.set_text_color(*INK)
    pdf.set_font("Sans", "", 9)
    for i, t in enumerate(
        (
            "3  2028 en chiffres · Collecter et trier",
            "4  Accompagner vers l'emploi",
            "5  Vendre et sensibiliser",
            "6  Comptes 2028 · Perspectives 2029",
        )
    ):
        pdf.set_xy(x + 4, y + 11 + 6 * i)
        pdf.cell(w - 8, 5, t)


def rap_p3(pdf: RapPDF) -> None:
    pdf.new_page(top=66, bottom=170)
    pdf.set_xy(15, 22)
    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(*GREEN)
    pdf.cell(180, 8, "2028 en chiffres")
    pdf.set_text_color(0, 0, 0)
    pdf.h2("Collecter et trier")
    for t in paras(
        f"""
        En 2028, La Fourmilière a collecté {RAP_T28} tonnes d'objets, contre {RAP_T27} tonnes
        en 2027 (+{round(100 * (RAP_T28 - RAP_T27) / RAP_T27)} %). Le mobilier reste le
        premier flux ({RAP_FLUX[0][2]} tonnes), devant le textile ({RAP_FLUX[1][2]} tonnes).
        Les vélos progressent le plus, grâce à l'atelier de réparation ouvert avec Les
        Engrenages.

        Trois modes de collecte se complètent : les apports volontaires à la ressourcerie de
        Gondrexelle (58 % des tonnages), les enlèvements à domicile sur rendez-vous (1 240
        enlèvements en 2028) et les caissons de réemploi installés dans les trois déchèteries
        du Sytrevez, à Brévannes, Maizerange et Épervange (1).

        Sur les {RAP_T28} tonnes collectées, {RAP_REEMPLOI} tonnes ont été réemployées (vendues
        ou données en l'état ou après réparation) et {RAP_RECYCL} tonnes recyclées, soit un
        taux de valorisation de {pct(RAP_VALO, RAP_T28)} %. Le reste part en déchèterie.
        """
    ):
        pdf.flow(t)
    pdf.h3("Un nouveau camion")
    pdf.flow(
        one(
            """Un camion de 20 m³ avec hayon, acheté 46 000 € grâce au Fonds ESS de la
            Communauté de communes (12 000 €) et à un prêt d'honneur, a remplacé en septembre
            notre vieux fourgon de 2009."""
        )
    )
    if pdf.col == 0:
        raise ValueError("rapport page 3: the text does not reach the second column")
    end = pdf.wide_table(
        176,
        "Tonnages collectés par flux (en tonnes)",
        ("Flux", "2027", "2028", "Évolution", "dont réemployées en 2028"),
        [
            (
                f,
                str(a),
                str(b),
                f"{'+' if b >= a else '−'}{abs(round(100 * (b - a) / a))} %",
                str(r),
            )
            for f, a, b, r in RAP_FLUX
        ]
        + [
            (
                "Total",
                str(RAP_T27),
                str(RAP_T28),
                f"+{round(100 * (RAP_T28 - RAP_T27) / RAP_T27)} %",
                str(RAP_REEMPLOI),
            )
        ],
        (70, 22, 22, 26, 40),
        ("LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    )
    if end > 262:
        raise ValueError(f"rapport page 3: the table runs into the footnotes ({end:.0f})")
    # the key figures, drawn last (Canva layers)
    tiles = [
        (f"{RAP_T28} t", "d'objets collectés"),
        (f"{pct(RAP_VALO, RAP_T28)} %", "réemployés ou recyclés"),
        ("41", "salariés en parcours d'insertion"),
        (f"{sp(RAP_VENTES)} €", "de ventes dans nos deux boutiques"),
    ]
    for i, (big, cap) in enumerate(tiles):
        pdf.tile(15 + i * 46, 33, 42, 27, big, cap, GREEN if i % 2 == 0 else OCHRE)


def rap_p4(pdf: RapPDF) -> None:
    pdf.new_page(bottom=186)
    pdf.h2("Accompagner vers l'emploi")
    for t in paras(
        f"""
        En 2028, 41 personnes ont été salariées en contrat à durée déterminée d'insertion
        (CDDI), pour 22,4 équivalents temps plein, sur les 34 postes conventionnés par l'État.
        Parmi elles, 46 % étaient allocataires du RSA, 29 % avaient moins de 26 ans et 35 %
        étaient des femmes.

        Chaque salarié en parcours est suivi par notre conseillère en insertion
        professionnelle, Jade Fleurot, à raison d'un entretien individuel tous les quinze jours
        au moins. Le parcours dure en moyenne 14 mois.

        {RAP_NSORTIES} personnes sont sorties du dispositif en 2028, dont {RAP_DYN} en sortie
        dynamique (2), soit un taux de {pct(RAP_DYN, RAP_NSORTIES)} %, au-dessus de l'objectif
        de 55 % fixé par notre convention avec l'État.
        """
    ):
        pdf.flow(t)
    pdf.h3("Se former")
    pdf.flow(
        one(
            """Les salariés en parcours ont suivi 1 960 heures de formation, soit 48 heures en
            moyenne par personne : savoirs de base, CACES, habilitation électrique, vente.
            Six salariés ont obtenu le permis B avec l'auto-école sociale Déclic Conduite, à
            Hesmelange."""
        )
    )
    pdf.h3("Découvrir des métiers")
    pdf.flow(
        one(
            """23 immersions en entreprise (4) ont été réalisées, notamment chez Vézonne
            Conditionnement, à l'Ébénisterie Hanriot et dans les services techniques de la
            commune de Brévannes."""
        )
    )
    pdf.h3("Témoignage")
    pdf.flow(
        one(
            """« Je suis arrivé à la Fourmilière après deux ans sans travail. J'ai appris à
            réparer des vélos, j'ai passé mon permis et aujourd'hui je suis en CDI chez un
            vélociste de Hesmelange. » Kévin, 24 ans, salarié en parcours de 2027 à 2028."""
        ),
        9,
        "I",
        GREEN,
    )
    # the table of exits spans both columns at the bottom
    end = pdf.wide_table(
        192,
        "Les sorties du dispositif en 2028",
        ("Type de sortie", "Personnes", "Part"),
        [(t, str(n), pct(n, RAP_NSORTIES) + " %") for t, n in RAP_SORTIES]
        + [("Total des sorties", str(RAP_NSORTIES), "100 %")],
        (120, 30, 30),
        ("LEFT", "RIGHT", "RIGHT"),
    )
    if end > 258:
        raise ValueError(f"rapport page 4: the table runs into the footnotes ({end:.0f})")


def rap_p5(pdf: RapPDF) -> None:
    pdf.new_page()
    pdf.h2("Vendre")
    panier = f"{RAP_VENTES / RAP_TICKETS:.2f}".replace(".", ",")
    for t in paras(
        f"""
        Nos deux boutiques ont réalisé {sp(RAP_VENTES)} € de ventes en 2028 (+14 %) :
        {sp(RAP_SHOPS[0][1])} € à Gondrexelle et {sp(RAP_SHOPS[1][1])} € à Brévannes, dont la
        boutique n'a ouvert que le 3 mars. Nous avons enregistré {sp(RAP_TICKETS)} passages en
        caisse, pour un panier moyen de {panier} €.

        Les prix restent bas : 2 € le vêtement adulte, 15 à 80 € le meuble, 45 € le vélo
        révisé. Les personnes orientées par les CCAS bénéficient d'un tarif solidaire (3).
        """
    ):
        pdf.flow(t)
    pdf.h3("Ventes spéciales")
    pdf.flow(
        one(
            """Trois grandes ventes ont rythmé l'année : la braderie de printemps (avril), la
            vente « rentrée des classes » (août) et le marché de Noël du réemploi, qui a
            attiré 1 150 visiteurs le 9 décembre à Gondrexelle."""
        )
    )
    pdf.h2("Sensibiliser")
    for t in paras(
        """
        En 2028, nous avons animé 46 ateliers, qui ont réuni 587 participants : repair café
        mensuel avec les bénévoles du Repair café de Lanvigny, ateliers couture, relooking de
        meubles et réparation de vélos.

        Nos animateurs sont intervenus dans 14 classes des écoles et collèges du territoire,
        et La Fourmilière a accueilli 9 visites de groupes (centres sociaux, associations
        d'aide aux personnes, élus).
        """
    ):
        pdf.flow(t)
    pdf.h3("Les bénévoles")
    pdf.flow(
        one(
            """62 bénévoles actifs ont donné 5 480 heures en 2028, soit l'équivalent de 3,4
            ETP : tri des livres, animation des ateliers, tenue de la caisse lors des grandes
            ventes."""
        )
    )
    pdf.h3("Zoom : l'atelier vélo")
    pdf.flow(
        one(
            """Ouvert en mai 2028 avec le garage solidaire Les Engrenages, l'atelier vélo a
            remis en état 212 vélos, dont 64 vendus à des salariés en parcours ou à des
            personnes orientées par la Mission locale pour aller travailler. Objectif 2029 :
            300 vélos."""
        )
    )
    pdf.h3("Le repair café")
    pdf.flow(
        one(
            """Il a lieu le premier samedi de chaque mois, de 9 h 30 à 12 h, à Gondrexelle.
            En 2028, 71 % des objets apportés ont pu être réparés."""
        )
    )
    pdf.h3("Sur les réseaux")
    pdf.flow(
        one(
            """Notre page compte 3 900 abonnés ; les photos des arrivages du mercredi sont nos
            publications les plus vues."""
        )
    )


def rap_p6(pdf: RapPDF) -> None:
    pdf.new_page(top=24, bottom=100)
    pdf.h2("Comptes 2028")
    pdf.flow(
        one(
            f"""L'exercice 2028 se solde par un excédent de {sp(RAP_RESULT)} €, affecté au
            fonds associatif. Les ventes couvrent {pct(RAP_VENTES, RAP_TP, 0)} % de nos
            produits ; l'aide au poste de l'État en représente
            {pct(RAP_PRODUITS[2][1], RAP_TP, 0)} %."""
        )
    )
    pdf.flow(
        one(
            """Les comptes ont été certifiés par le commissaire aux comptes et approuvés par
            le conseil d'administration du 24 avril 2029."""
        )
    )
    pdf.h2("Perspectives 2029")
    for b in (
        "Coordonner le PTCE Ricochet et lancer l'étude de la matériauthèque (18 000 €)",
        "Ouvrir un point de collecte à Maizerange à l'automne",
        "Atteindre 650 tonnes collectées et 36 postes en CDDI",
        "Recruter un second conseiller en insertion à mi-temps",
    ):
        pdf.bullet(b)
    rows = [(a, sp(v)) for a, v in RAP_PRODUITS] + [("Total des produits", sp(RAP_TP))]
    end = pdf.wide_table(
        104,
        "Compte de résultat simplifié 2028 (en euros)",
        ("Produits", "2028"),
        rows,
        (130, 50),
        ("LEFT", "RIGHT"),
        8.2,
    )
    rows = [(a, sp(v)) for a, v in RAP_CHARGES] + [("Total des charges", sp(RAP_TC))]
    end = pdf.wide_table(end + 3, "", ("Charges", "2028"), rows, (130, 50), ("LEFT", "RIGHT"), 8.2)
    pdf.set_xy(15, end + 2)
    pdf.set_font("Sans", "B", 9)
    pdf.set_text_color(*GREEN)
    pdf.cell(130, 5, "Résultat de l'exercice")
    pdf.cell(50, 5, nb(f"+{sp(RAP_RESULT)}"), align="R")
    pdf.set_text_color(0, 0, 0)
    if end > 262:
        raise ValueError(f"rapport page 6: the accounts run into the footnotes ({end:.0f})")


def rap_back(pdf: RapPDF) -> None:
    pdf.back_page = pdf.page_no() + 1
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 150, 210, 147, style="F")
    pdf.set_xy(15, 30)
    pdf.set_font("Sans", "B", 12)
    pdf.set_text_color(*GREEN)
    pdf.cell(180, 6, "Ils nous soutiennent")
    pdf.set_xy(15, 40)
    pdf.set_font("Sans", "", 9.5)
    pdf.set_text_color(*INK)
    pdf.multi_cell(
        180,
        5.2,
        nb(
            "État (DDETS de la Vézonne) · Département de la Vézonne · Région Brémonie · FSE+ ·"
            " Communauté de communes Brévannes-Vézonne · Sytrevez · communes de Gondrexelle et"
            " de Brévannes"
        ),
    )
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(15, 170)
    pdf.set_font("Sans", "B", 14)
    pdf.cell(180, 7, "La Fourmilière")
    pdf.set_font("Sans", "", 10)
    for i, line in enumerate(
        (
            "7 rue de la Tuilerie – 99460 Gondrexelle",
            "03 53 01 36 90 · contact@lafourmiliere-ressourcerie.org",
            f"SIRET {spaced_siret(FOU_SIRET)}",
            "Conception : La Fourmilière, avec Canva · Photos : La Fourmilière",
        )
    ):
        pdf.set_xy(15, 181 + 6 * i)
        pdf.cell(180, 5, line)
    pdf.set_text_color(0, 0, 0)


def build_rap() -> None:
    pdf = RapPDF()
    for page in (rap_cover, rap_p2, rap_p3, rap_p4, rap_p5, rap_p6, rap_back):
        page(pdf)
    save_pdf(
        pdf,
        RAP,
        {
            "title": "RA2028 La Fourmilière - web",
            "subject": "Rapport d'activité 2028",
            "author": "Jade Fleurot",
            "creator": "Canva",
            "producer": "Canva",
            "keywords": "DAGq7Rm2xKs, BAFv3Lp9tZw",
        },
        datetime(2029, 6, 6, 8, 15, 22, tzinfo=UTC),
    )


# ---------------------------------------------------------------------------
# 4. Intercommunality web page (Joomla 4, Cassiopeia) saved from the browser: saved-from
#    comment, Joomla script options and JSON-LD, quick links, a menu with nested sub-menus,
#    search form, breadcrumb « Vous êtes ici : », article info (« Écrit par », « Catégorie »,
#    « Publication », « Mise à jour », « Affichages »), an update alert, tables (the three
#    strands, the 2029 committees with a struck-out date, the 2028 grants), a FAQ in
#    <details>, a contact card, share links, previous / next links, sidebar modules (news,
#    agenda, opening hours, newsletter), footer, a cookie-consent banner and an analytics tag
# ---------------------------------------------------------------------------

JOO_URL = "https://www.cc-brevannes-vezonne.fr/entreprendre/economie-sociale-et-solidaire/fonds-ess"
JOO_PUB = "2029-02-12"
JOO_MAJ = "2029-06-04"
# (volet, dépenses, taux, plafond, enveloppe 2029)
JOO_VOLETS = [
    (
        "Amorçage",
        "Fonctionnement des deux premières années : salaires, loyers, communication",
        "50 %",
        8000,
        40000,
    ),
    ("Investissement", "Travaux, équipements, véhicules", "20 %", 50000, 90000),
    ("Conseil", "Étude de faisabilité, accompagnement juridique ou financier", "80 %", 4000, 20000),
]
JOO_ENVELOPPE = sum(v[4] for v in JOO_VOLETS)  # 150 000
# (commission, date limite de dépôt, date remplacée ou "")
JOO_COMMISSIONS = [
    ("2029-03-14", "2029-02-14", ""),
    ("2029-05-14", "2029-04-13", ""),
    ("2029-09-17", "2029-08-20", "2029-09-10"),
    ("2029-11-19", "2029-10-19", ""),
]
# (structure, commune, volet et objet, montant)
JOO_2028 = [
    ("La Fourmilière (ressourcerie)", "Gondrexelle", "Investissement – camion de collecte", 12000),
    ("SCIC La Filature", "Épervange", "Conseil – étude de programmation du tiers-lieu", 4000),
    ("Garage solidaire Les Engrenages", "Maizerange", "Investissement – pont élévateur", 18500),
    (
        "SCOP Ébénisterie Hanriot",
        "Tholancourt",
        "Investissement – machine à commande numérique",
        43000,
    ),
    ("Épicerie solidaire La Courte Échelle", "Brévannes", "Amorçage", 8000),
    ("Les Potagers de Tholancourt (ACI)", "Tholancourt", "Investissement – serre tunnel", 21000),
    ("La Bobine d'Aubrécy (atelier couture)", "Aubrécy", "Amorçage", 6500),
    ("La Rustine (atelier vélo participatif)", "Épervange", "Amorçage", 3000),
    ("Repair café de Lanvigny", "Lanvigny", "Amorçage", 2400),
]
JOO_2028_TOTAL = sum(x[3] for x in JOO_2028)  # 118 400
JOO_FAQ = [
    (
        "Mon association a son siège à Hesmelange mais agit à Brévannes : est-elle éligible ?",
        "Oui, si elle dispose d'un établissement (local, antenne) sur le territoire de la"
        " Communauté de communes. Une simple action ponctuelle sur le territoire ne suffit pas.",
    ),
    (
        "Une SAS peut-elle être aidée ?",
        "Oui, si elle est agréée « entreprise solidaire d'utilité sociale » (ESUS) par la"
        " DDETS, ou si elle est constituée en SCOP ou en SCIC.",
    ),
    (
        "Puis-je cumuler le Fonds ESS avec une aide du Département ?",
        "Oui. Les aides publiques cumulées ne peuvent pas dépasser 80 % du coût du projet. Le"
        " Fonds d'amorçage ESS du Département de la Vézonne est cumulable avec notre volet"
        " amorçage.",
    ),
    (
        "Les dépenses engagées avant le dépôt du dossier sont-elles prises en compte ?",
        "Non : seules les dépenses engagées après la date de l'accusé de réception du dossier"
        " complet sont éligibles.",
    ),
    (
        "Quand l'aide est-elle versée ?",
        "Amorçage et conseil : en une fois, après la signature de la convention."
        " Investissement : une avance de 30 % à la signature, puis le solde sur factures"
        " acquittées.",
    ),
    (
        "Faut-il être adhérent de la CRESS ?",
        "Non. Mais la CRESS Brémonie et le dispositif local d'accompagnement (DLA) de la"
        " Vézonne, porté par Passerelles Vézonne, peuvent vous aider à préparer votre dossier.",
    ),
]
JOO_MENU = [
    (
        "La communauté",
        [
            "Les 12 communes",
            "Le conseil communautaire",
            "Les délibérations",
            "Le budget",
            "Recrutement",
        ],
    ),
    (
        "Vivre ici",
        [
            "Petite enfance",
            "Maison France Services",
            "Déchets et déchèteries",
            "Centre aquatique",
            "Transport à la demande",
        ],
    ),
    (
        "Entreprendre",
        [
            "Zones d'activités",
            "Aide à l'immobilier d'entreprise",
            "Économie sociale et solidaire",
            "Marchés publics",
        ],
    ),
    ("Découvrir", ["Randonnée", "Patrimoine", "Office de tourisme"]),
]
JOO_NEWS = [
    (
        "Maison France Services de Brévannes : nouveaux horaires à partir du 1er juillet",
        "2029-05-28",
    ),
    ("Zone d'activités des Aulnes : trois lots disponibles, de 2 400 à 5 100 m²", "2029-05-15"),
    ("Encombrants : le calendrier de collecte du second semestre", "2029-05-06"),
]


def joo_slug(text: str) -> str:
    s = text.lower()
    for a, b in (("éèêë", "e"), ("àâ", "a"), ("îï", "i"), ("ôö", "o"), ("ûùü", "u"), ("ç", "c")):
        for ch in a:
            s = s.replace(ch, b)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def eur(n: int) -> str:
    return f"{sp(n)}{NBSP}€".replace(" ", NBSP)


def joo_html() -> str:
    menu = []
    for k, (top, subs) in enumerate(JOO_MENU):
        items = "".join(
            f'<li class="nav-item item-{180 + 10 * k + i}"><a href="/{joo_slug(top)}/'
            f'{joo_slug(sub)}">{escape(sub)}</a></li>'
            for i, sub in enumerate(subs)
        )
        active = " active deeper parent" if top == "Entreprendre" else " deeper parent"
        menu.append(
            f'<li class="nav-item item-{170 + k}{active}"><a href="/{joo_slug(top)}">'
            f'{escape(top)}</a><button class="mm-collapsed mm-toggler mm-toggler-link" '
            f'aria-haspopup="true" aria-expanded="false" aria-label="{escape(top)}"></button>'
            f'<ul class="mm-collapse">{items}</ul></li>'
        )
    volets = "".join(
        f"<tr><td>{v}</td><td>{escape(d)}</td><td>{t.replace(' ', NBSP)}</td>"
        f"<td>{eur(p)}</td><td>{eur(e)}</td></tr>\n"
        for v, d, t, p, e in JOO_VOLETS
    )
    comm = []
    for c, dep, old in JOO_COMMISSIONS:
        cell = jour(c)
        if old:
            cell = f"<del>{jour(old)}</del> <ins>{jour(c)}</ins>"
        comm.append(f"<tr><td>{cell}</td><td>{jour(dep)}</td></tr>")
    grants = "".join(
        f"<tr><td>{escape(s)}</td><td>{c}</td><td>{escape(o)}</td><td>{eur(m)}</td></tr>\n"
        for s, c, o, m in JOO_2028
    )
    faq = "\n".join(
        f'<details class="faq-item"><summary>{escape(q)}</summary>\n<p>{escape(a)}</p>\n</details>'
        for q, a in JOO_FAQ
    )
    news = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="/actualites/'
        f'{joo_slug(t)}" class="mod-articles-latest-link" itemprop="url"><span '
        f'itemprop="name">{escape(t)}</span></a><time datetime="{d}" class="mod-date">'
        f"{dmy(d)}</time></li>"
        for t, d in JOO_NEWS
    )
    subs = {
        "@@URL@@": JOO_URL,
        "@@LEN@@": f"{len(JOO_URL):04d}",
        "@@MENU@@": "\n".join(menu),
        "@@VOLETS@@": volets,
        "@@ENV@@": eur(JOO_ENVELOPPE),
        "@@COMM@@": "\n".join(comm),
        "@@GRANTS@@": grants,
        "@@N2028@@": str(len(JOO_2028)),
        "@@T2028@@": eur(JOO_2028_TOTAL),
        "@@FAQ@@": faq,
        "@@NEWS@@": news,
        "@@PUB@@": jour(JOO_PUB, False),
        "@@MAJ@@": jour(JOO_MAJ, False),
    }
    out = JOO_TEMPLATE
    for k, v in subs.items():
        out = out.replace(k, v)
    return out


JOO_TEMPLATE = """<!DOCTYPE html>
<!-- saved from url=(@@LEN@@)@@URL@@ -->
<html lang="fr-fr" dir="ltr"><head><meta http-equiv="Content-Type" content="text/html; \
charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Le Fonds ESS de la Communauté de communes \
Brévannes-Vézonne aide les associations, coopératives et entreprises solidaires du territoire.">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>Fonds ESS Brévannes-Vézonne - Communauté de communes Brévannes-Vézonne</title>
<link href="https://www.cc-brevannes-vezonne.fr/images/favicon.ico" rel="icon" \
type="image/vnd.microsoft.icon">
<link href="./fonds-ess_files/template.min.css" rel="stylesheet">
<link href="./fonds-ess_files/user.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{"joomla.jtext":\
{"ERROR":"Erreur","MESSAGE":"Message","NOTICE":"Annonce","WARNING":"Avertissement",\
"JCLOSE":"Fermer","JOK":"OK","JOPEN":"Ouvrir"},"system.paths":{"root":"","rootFull":\
"https:\\/\\/www.cc-brevannes-vezonne.fr\\/","base":"","baseFull":\
"https:\\/\\/www.cc-brevannes-vezonne.fr\\/"},"csrf.token":"9c1e4b7a20f36d58e2a1b0c9d8e7f6a5"}\
</script>
<script src="./fonds-ess_files/core.min.js"></script>
<script src="./fonds-ess_files/metismenu.min.js" defer></script>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":\
"Organization","@id":"https://www.cc-brevannes-vezonne.fr/#/schema/Organization/base",\
"name":"Communauté de communes Brévannes-Vézonne","url":"https://www.cc-brevannes-vezonne.fr/"},\
{"@type":"WebPage","@id":"@@URL@@#webpage","url":"@@URL@@","name":"Fonds ESS \
Brévannes-Vézonne"}]}</script>
<script>var _paq = window._paq = window._paq || []; _paq.push(['trackPageView']); \
_paq.push(['enableLinkTracking']); (function() { var u="https://stats.cc-brevannes-vezonne.fr/"; \
_paq.push(['setTrackerUrl', u+'matomo.php']); _paq.push(['setSiteId', '3']); })();</script>
</head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-214 \
has-sidebar-right">
<header class="header container-header full-width">
<div class="container-topbar">
<ul class="mod-menu mod-list nav quick-links">
<li class="nav-item"><a href="/vivre-ici/dechets-et-decheteries">Déchèteries</a></li>
<li class="nav-item"><a href="/vivre-ici/maison-france-services">Maison France Services</a></li>
<li class="nav-item"><a href="/la-communaute/recrutement">Offres d'emploi</a></li>
<li class="nav-item"><a href="/entreprendre/marches-publics">Marchés publics</a></li>
</ul>
</div>
<div class="grid-child">
<div class="navbar-brand">
<a class="brand-logo" href="/"><img loading="eager" decoding="async" \
src="./fonds-ess_files/logo-ccbv.svg" alt="Communauté de communes Brévannes-Vézonne" \
width="260" height="72"></a>
<div class="site-description">12 communes, un territoire</div>
</div>
</div>
<div class="grid-child container-nav">
<nav class="navbar navbar-expand-lg" aria-label="Menu principal">
<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" \
data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" \
aria-label="Afficher / masquer la navigation"><span class="icon-menu" \
aria-hidden="true"></span></button>
<div class="collapse navbar-collapse" id="navbar1">
<ul class="mod-menu mod-menu_dropdown-metismenu metismenu mod-list ">
<li class="nav-item item-101 default"><a href="/">Accueil</a></li>
@@MENU@@
</ul>
</div>
</nav>
<div class="container-search">
<form class="mod-finder js-finder-searchform form-search" action="/recherche" method="get" \
role="search"><label for="mod-finder-searchword" class="visually-hidden finder">Rechercher\
</label><div class="mod-finder__search input-group"><input type="text" name="q" \
id="mod-finder-searchword" class="js-finder-search-query form-control" value="" \
placeholder="Rechercher sur le site"><button class="btn btn-primary" type="submit"><span \
class="icon-search icon-white" aria-hidden="true"></span> Rechercher</button></div></form>
</div>
</div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb \
px-3 py-2">
<li class="mod-breadcrumbs__here float-start">Vous êtes ici : &#160;</li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Accueil\
</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/entreprendre" class="pathway">\
<span>Entreprendre</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item"><a \
href="/entreprendre/economie-sociale-et-solidaire" class="pathway"><span>Économie sociale et \
solidaire</span></a></li>
<li class="mod-breadcrumbs__item breadcrumb-item active"><span>Fonds ESS Brévannes-Vézonne\
</span></li>
</ol>
</nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="fr-FR">
<div class="page-header">
<h1 itemprop="headline">Fonds ESS Brévannes-Vézonne : les aides aux structures de l'économie \
sociale et solidaire</h1>
</div>
<dl class="article-info text-muted">
<dt class="article-info-term">Détails</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\
<span class="icon-user icon-fw" aria-hidden="true"></span>Écrit par <span \
itemprop="name">Service Développement économique</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>\
Catégorie : <a href="/entreprendre/economie-sociale-et-solidaire" itemprop="genre">Économie \
sociale et solidaire</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time \
datetime="2029-02-12T09:30:00+01:00" itemprop="datePublished">Publication : @@PUB@@</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time \
datetime="2029-06-04T16:12:45+02:00" itemprop="dateModified">Mise à jour : @@MAJ@@</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta \
itemprop="interactionCount" content="UserPageVisits:1284">Affichages : 1284</dd>
</dl>
<div itemprop="articleBody" class="com-content-article__body">
<div class="alert alert-info" role="alert"><p><strong>Mise à jour du 4 juin 2029 :</strong> \
le conseil communautaire du 24 mai a attribué 45 000 € à la SCIC La Filature pour le tiers-lieu \
d'Épervange. Il reste 45 000 € sur l'enveloppe 2029 du volet investissement. La commission de \
septembre est décalée au 17 septembre : dossiers complets avant le 20 août.</p></div>
<p>Le Fonds ESS Brévannes-Vézonne soutient la création et le développement des structures de \
l'économie sociale et solidaire implantées dans les 12 communes du territoire. Créé en 2025, \
il a été revu par le conseil communautaire le 13 décembre 2028 et il est doté de @@ENV@@ en \
2029.</p>
<h2>Qui peut en bénéficier ?</h2>
<ul>
<li>les associations qui emploient des salariés ou projettent de le faire ;</li>
<li>les coopératives : SCOP, SCIC, coopératives agricoles de service ;</li>
<li>les sociétés commerciales agréées « entreprise solidaire d'utilité sociale » (ESUS) ;</li>
<li>les structures d'insertion par l'activité économique (SIAE).</li>
</ul>
<p>La structure doit avoir son siège ou un établissement sur le territoire de la Communauté de \
communes et relever de l'ESS au sens de l'article 1er de la loi n° 2014-856 du 31 juillet \
2014. Les collectivités, les établissements publics et les entrepreneurs individuels ne sont \
pas éligibles.</p>
<h2>Trois volets d'aide</h2>
<table class="table table-striped table-bordered">
<caption>Les aides du Fonds ESS en 2029</caption>
<thead><tr><th scope="col">Volet</th><th scope="col">Dépenses financées</th><th \
scope="col">Taux maximal</th><th scope="col">Plafond par projet</th><th scope="col">Enveloppe \
2029</th></tr></thead>
<tbody>
@@VOLETS@@</tbody>
<tfoot><tr><td colspan="4">Total</td><td>@@ENV@@</td></tr></tfoot>
</table>
<p>Une même structure peut cumuler plusieurs volets, dans la limite de 60 000 € sur trois \
ans.</p>
<h2>Comment déposer un dossier ?</h2>
<ol>
<li>Prenez contact avec le service Développement économique pour un premier échange.</li>
<li>Déposez votre dossier complet sur le portail demarches.cc-brevannes-vezonne.fr au moins \
un mois avant la commission.</li>
<li>Vous présentez votre projet à la commission Développement économique, ESS et \
tourisme.</li>
<li>Le bureau communautaire décide des aides jusqu'à 10 000 € ; au-delà, le conseil \
communautaire.</li>
</ol>
<h3>Calendrier 2029 des commissions</h3>
<table class="table table-bordered">
<thead><tr><th scope="col">Commission</th><th scope="col">Dépôt du dossier complet \
avant le</th></tr></thead>
<tbody>
@@COMM@@
</tbody>
</table>
<h3>Pièces à joindre</h3>
<ul>
<li>statuts à jour et liste des membres du conseil d'administration ou de gérance ;</li>
<li>budget prévisionnel du projet et plan de financement ;</li>
<li>devis pour les dépenses d'investissement ;</li>
<li>derniers comptes approuvés (sauf structure créée depuis moins d'un an) ;</li>
<li>relevé d'identité bancaire et attestation de régularité sociale (Urssaf).</li>
</ul>
<h2>Ils ont été soutenus en 2028</h2>
<p>En 2028, @@N2028@@ projets ont été soutenus pour un total de @@T2028@@.</p>
<table class="table table-striped">
<thead><tr><th scope="col">Structure</th><th scope="col">Commune</th><th scope="col">Volet et \
objet</th><th scope="col">Montant</th></tr></thead>
<tbody>
@@GRANTS@@</tbody>
</table>
<h2>Questions fréquentes</h2>
<div class="faq">
@@FAQ@@
</div>
<h2>Contact</h2>
<div class="card contact-card"><div class="card-body">
<p><strong>Thibault Marchal</strong><br>Chargé de mission développement économique et ESS<br>\
Tél. 03 53 01 27 54<br><a href="mailto:t.marchal@cc-brevannes-vezonne.fr">\
t.marchal@cc-brevannes-vezonne.fr</a></p>
<p>Permanence sur rendez-vous le jeudi matin à la Maison France Services de Maizerange.</p>
</div></div>
<h3>Documents</h3>
<ul class="documents">
<li><a href="/images/documents/eco/reglement-fonds-ess-2029.pdf">Règlement du Fonds ESS \
(PDF, 412 Ko)</a></li>
<li><a href="/images/documents/eco/dossier-demande-fonds-ess-2029.docx">Dossier de demande \
2029 (DOCX, 96 Ko)</a></li>
</ul>
</div>
<div class="share-buttons"><span>Partager :</span> <a class="share-facebook" \
href="https://www.facebook.com/sharer/sharer.php?u=@@URL@@">Facebook</a> <a \
class="share-linkedin" href="https://www.linkedin.com/shareArticle?url=@@URL@@">LinkedIn</a> \
<a class="share-mail" href="mailto:?subject=Fonds%20ESS">Courriel</a></div>
<nav class="pagenavigation" aria-label="Navigation de page">
<span class="pagination ms-0">
<a class="btn btn-sm btn-secondary previous" \
href="/entreprendre/zones-d-activites/za-des-aulnes" rel="prev"><span class="visually-hidden">\
Article précédent : Zone d'activités des Aulnes</span><span class="icon-chevron-left" \
aria-hidden="true"></span> <span aria-hidden="true">Précédent</span></a>
<a class="btn btn-sm btn-secondary next" \
href="/entreprendre/aide-a-l-immobilier-d-entreprise" rel="next"><span \
class="visually-hidden">Article suivant : Aide à l'immobilier d'entreprise</span><span \
aria-hidden="true">Suivant</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>
</span>
</nav>
</div>
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card moduletable">
<h3 class="card-header">Actualités</h3>
<div class="card-body">
<ul class="mod-articles-latest latestnews mod-list">
@@NEWS@@
</ul>
</div>
</div>
<div class="sidebar-right card moduletable">
<h3 class="card-header">Agenda</h3>
<div class="card-body">
<ul class="agenda">
<li><strong>27/09/2029</strong> – Conseil communautaire, salle des fêtes d'Épervange, \
18 h 30</li>
<li><strong>06/10/2029</strong> – Fête du réemploi à la ressourcerie La Fourmilière, \
Gondrexelle</li>
<li><strong>11/10/2029</strong> – Forum des achats responsables, Hesmelange</li>
</ul>
</div>
</div>
<div class="sidebar-right card moduletable">
<h3 class="card-header">Accueil du public</h3>
<div class="card-body">
<p>5 rue du Moulin-Gaillard<br>99400 Brévannes<br>Tél. 03 53 01 27 00</p>
<p>Du lundi au vendredi, de 8 h 30 à 12 h et de 13 h 30 à 17 h 30. Fermé le jeudi \
après-midi.</p>
</div>
</div>
<div class="sidebar-right card moduletable">
<h3 class="card-header">Lettre d'information</h3>
<div class="card-body">
<form action="/lettre-information" method="post" class="newsletter"><label \
for="nl-email">Votre adresse électronique</label><input type="email" id="nl-email" \
name="email" placeholder="prenom.nom@exemple.fr"><button type="submit">Je m'abonne</button>\
</form>
</div>
</div>
</div>
</div>
<footer class="container-footer footer full-width">
<div class="grid-child">
<ul class="mod-menu mod-list nav footer-links">
<li class="nav-item"><a href="/mentions-legales">Mentions légales</a></li>
<li class="nav-item"><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
<li class="nav-item"><a href="/donnees-personnelles">Données personnelles</a></li>
<li class="nav-item"><a href="/plan-du-site">Plan du site</a></li>
<li class="nav-item"><a href="#" class="cc-revoke-link">Gestion des cookies</a></li>
</ul>
<p class="copyright">© 2029 Communauté de communes Brévannes-Vézonne</p>
</div>
</footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="Haut de page"><span \
class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" \
aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-opt-in \
cc-theme-classic cc-bottom"><span id="cookieconsent:desc" class="cc-message">Ce site utilise \
des cookies pour mesurer son audience et améliorer votre navigation. <a aria-label="en savoir \
plus sur les cookies" role="button" tabindex="0" class="cc-link" \
href="/donnees-personnelles">En savoir plus</a></span><div class="cc-compliance \
cc-highlight"><a aria-label="deny cookies" role="button" tabindex="0" class="cc-btn \
cc-deny">Refuser</a><a aria-label="allow cookies" role="button" tabindex="0" class="cc-btn \
cc-allow">Accepter</a></div></div>
</body></html>
"""


def build_joo() -> None:
    (CORPUS / JOO).write_text(joo_html(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 5. Outlook reply thread (.eml from Exchange, CRLF): RFC 2047 names and subject, Thread-Index,
#    multipart/related holding a multipart/alternative (text/plain and Word-generated
#    text/html, both quoted-printable) and the inline logo (image001.png, base64); four
#    messages, newest first, each under Outlook's « De : / Envoyé : / À : / Cc : / Objet : »
#    block, the oldest forwarded (« TR: »); the external-sender banner, signatures,
#    disclaimers, numbered and bulleted lists, a figure corrected in the thread (118 → 128
#    sociétaires) and an amount cut (60 000 € asked, 45 000 € proposed)
# ---------------------------------------------------------------------------

EML_SUBJ = "Dossier Fonds ESS - SCIC La Filature - pièces complémentaires"
EML_SUBJECT = "RE: TR: " + EML_SUBJ
EML_BOUNDARY_REL = "_004_PR1P264MB3827A1D09E4C6B7F2D58C3E1A7B9PR1P264MB3827FRAP_"
EML_BOUNDARY_ALT = "_000_PR1P264MB3827A1D09E4C6B7F2D58C3E1A7B9PR1P264MB3827FRAP_"
EML_CID = "image001.png@01DD9C2F.4B3E1A20"
EML_PEOPLE = {
    "TM": ("Thibault Marchal", "t.marchal@cc-brevannes-vezonne.fr"),
    "PJ": ("Pauline Jacquemin", "p.jacquemin@lafilature-epervange.fr"),
    "AT": ("Amaury Thouvenin", "a.thouvenin@lafilature-epervange.fr"),
    "CK": ("Capucine Kieffer", "capucine.kieffer@vezonne.fr"),
    "NB": ("Nadia Benaïssa", "n.benaissa@cc-brevannes-vezonne.fr"),
}
EML_BANNER = (
    "ATTENTION : ce courriel provient d'une adresse extérieure à la Communauté de communes."
    " Ne cliquez pas sur les liens et n'ouvrez pas les pièces jointes si vous ne connaissez"
    " pas l'expéditeur."
)
EML_SIG_TM = [
    "Thibault Marchal",
    "Chargé de mission développement économique et ESS",
    "Communauté de communes Brévannes-Vézonne",
    "5 rue du Moulin-Gaillard – 99400 Brévannes",
    "Tél. : 03 53 01 27 54 – Port. : 06 39 98 41 72",
    "www.cc-brevannes-vezonne.fr",
    "@@LOGO@@",
    "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs"
    " destinataires. Avant d'imprimer ce message, pensez à l'environnement.",
]
# each message: (from, sent (French, local time), to, cc, subject, body, signature, banner)
# a body is a list of paragraphs; a paragraph starting with "- " or "1. " is a list item
EML_MESSAGES = [
    (
        "TM",
        "jeudi 3 mai 2029 09:18",
        ["PJ"],
        ["NB", "CK", "AT"],
        EML_SUBJECT,
        [
            "Bonjour Pauline,",
            "Merci pour ces éléments : le dossier est désormais complet (accusé de réception"
            " daté du 2 mai 2029).",
            "Il sera présenté à la commission Développement économique, ESS et tourisme du"
            " lundi 14 mai, puis au conseil communautaire du jeudi 24 mai. Je te confirme que"
            " nous proposerons 45 000 € et non les 60 000 € demandés : le règlement plafonne"
            " l'aide à 50 000 €, mais l'enveloppe 2029 du volet investissement n'est que de"
            " 90 000 € et nous devons garder de la marge pour les dossiers de septembre.",
            "Au même conseil, le Président proposera l'entrée de la CCBV au capital de la"
            " SCIC : 50 parts de 100 €, soit 5 000 €, dans le collège des collectivités. Peux-tu"
            " me confirmer que ce collège peut accueillir un nouveau sociétaire sans"
            " modification des statuts ?",
            "Capucine : je t'envoie la délibération dès qu'elle est exécutoire ; la"
            " transmission en préfecture est prévue le 28 mai.",
            "Bonne journée,",
            "Thibault",
        ],
        EML_SIG_TM,
        False,
    ),
    (
        "PJ",
        "mercredi 2 mai 2029 17:42",
        ["TM"],
        ["AT"],
        EML_SUBJECT,
        [
            "Bonjour Thibault,",
            "Voici les pièces manquantes (lien de téléchargement ci-dessous, les fichiers sont"
            " trop lourds pour la messagerie) :",
            "- les statuts mis à jour par notre assemblée générale du 20 avril 2029 et le"
            " procès-verbal de cette assemblée ;",
            "- la liste des sociétaires par collège : nous sommes 128 et non 118 comme indiqué"
            " dans le dossier, car 10 nouveaux sociétaires ont été admis lors de l'AG ;",
            "- les devis actualisés du lot menuiserie (Ébénisterie Hanriot) et du lot"
            " électricité ;",
            "- le plan de financement mis à jour : la Région nous a notifié ses 80 000 € le"
            " 18 avril.",
            "Pour le Kbis, nous attendons la mise à jour liée au changement de gérance : Amaury"
            " Thouvenin est co-gérant depuis le 20 avril. Je te l'envoie dès réception.",
            "Lien : https://partage.lafilature-epervange.fr/s/Xk29pQ7aLm (valable jusqu'au 31 mai)",
            "Belle soirée,",
            "Pauline",
        ],
        [
            "Pauline Jacquemin – Gérante",
            "SCIC La Filature – tiers-lieu d'Épervange",
            "3 rue du Bief – 99450 Épervange",
            "06 39 98 27 15",
            "« Ici, on fabrique ensemble »",
        ],
        True,
    ),
    (
        "TM",
        "lundi 30 avril 2029 11:05",
        ["PJ"],
        ["CK"],
        "TR: " + EML_SUBJ,
        [
            "Bonjour Pauline,",
            "Je te transfère le message de Capucine Kieffer, du Département : elle a besoin des"
            " mêmes pièces que nous pour instruire votre demande d'aide aux tiers-lieux. Pour"
            " notre part, il nous manque encore :",
            "1. les statuts à jour ;",
            "2. la liste des sociétaires par collège ;",
            "3. un Kbis de moins de trois mois ;",
            "4. les devis actualisés ;",
            "5. le plan de financement mis à jour.",
            "Pour passer à la commission du 14 mai, il me faut tout avant le vendredi 4 mai au"
            " soir.",
            "Merci !",
            "Thibault",
        ],
        EML_SIG_TM,
        False,
    ),
    (
        "CK",
        "vendredi 27 avril 2029 16:20",
        ["TM"],
        [],
        EML_SUBJ,
        [
            "Bonjour Thibault,",
            "Comme convenu au téléphone, je reviens vers toi au sujet de la SCIC La Filature. Le"
            " Département instruit sa demande d'aide aux tiers-lieux (60 000 € sollicités) pour"
            " une présentation à la commission permanente du lundi 9 juillet 2029.",
            "Pour que le dossier soit complet, il me faut avant le 31 mai :",
            "- les statuts à jour et la liste des sociétaires ;",
            "- l'attestation de régularité sociale (Urssaf) ;",
            "- le plan de financement signé, faisant apparaître la décision de la CCBV ;",
            "- la délibération de la CCBV dès qu'elle sera exécutoire.",
            "Notre aide aux tiers-lieux est plafonnée à 15 % du coût HT du projet, soit"
            " 61 890 € pour un projet à 412 600 € : la demande de 60 000 € passe donc.",
            "Dernier point : la SCIC indique 118 sociétaires dans son dossier mais 128 sur son"
            " site internet. Peux-tu vérifier avec eux ?",
            "Bon week-end,",
            "Capucine",
        ],
        [
            "Capucine Kieffer",
            "Chargée de mission économie sociale et solidaire",
            "Direction de l'attractivité et des solidarités territoriales",
            "Département de la Vézonne – Hôtel du Département",
            "1 place de l'Arsenal – 99000 Hesmelange",
            "03 53 01 42 17",
            "Les informations contenues dans ce message sont réservées à ses destinataires. Si"
            " vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.",
        ],
        False,
    ),
]


def eml_person(key: str) -> str:
    name, mail = EML_PEOPLE[key]
    return f"{name} <{mail}>"


def eml_plain() -> str:
    out: list[str] = []
    for i, (frm, sent, to, cc, subj, body, sig, banner) in enumerate(EML_MESSAGES):
        if i:
            out += ["", "________________________________"]
            out.append(f"De : {eml_person(frm)}")
            out.append(f"Envoyé : {sent}")
            out.append("À : " + "; ".join(eml_person(k) for k in to))
            if cc:
                out.append("Cc : " + "; ".join(eml_person(k) for k in cc))
            out.append(f"Objet : {subj}")
            out.append("")
        if banner:
            out += [EML_BANNER, ""]
        listing = False
        for p in body:
            if p.startswith("- "):
                out.append("  *   " + p[2:])
                listing = True
            elif re.match(r"\d\. ", p):
                out.append("  " + p[:2] + "  " + p[3:])
                listing = True
            else:
                out += [""] * listing + [p, ""]
                listing = False
        out.append("")
        for line in sig:
            out.append(f"[cid:{EML_CID}]" if line == "@@LOGO@@" else line)
    return "\n".join(out) + "\n"


def eml_word_html() -> str:
    def p(text: str, style: str = "") -> str:
        st = f' style="{style}"' if style else ""
        return f'<p class="MsoNormal"{st}>{text}<o:p></o:p></p>'

    parts: list[str] = []
    for i, (frm, sent, to, cc, subj, body, sig, banner) in enumerate(EML_MESSAGES):
        if i:
            head = [
                f"<b>De&nbsp;:</b> {escape(eml_person(frm))}",
                f"<b>Envoyé&nbsp;:</b> {sent}",
                "<b>À&nbsp;:</b> " + "; ".join(escape(eml_person(k)) for k in to),
            ]
            if cc:
                head.append("<b>Cc&nbsp;:</b> " + "; ".join(escape(eml_person(k)) for k in cc))
            head.append(f"<b>Objet&nbsp;:</b> {escape(subj)}")
            parts.append(p("&nbsp;"))
            parts.append(
                '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm '
                '0cm">' + p("<br>\n".join(head)) + "</div>"
            )
            parts.append(p("&nbsp;"))
        if banner:
            parts.append(
                '<div style="border:solid #C00000 1.0pt;padding:4.0pt;background:#FFF2CC">'
                + p(f'<span style="font-size:9.0pt;color:#C00000">{escape(EML_BANNER)}</span>')
                + "</div>"
            )
        k = 0
        while k < len(body):
            item = body[k]
            if item.startswith("- ") or re.match(r"\d\. ", item):
                ordered = not item.startswith("- ")
                tag = "ol" if ordered else "ul"
                items = []
                while k < len(body) and (
                    body[k].startswith("- ") or (ordered and re.match(r"\d\. ", body[k]))
                ):
                    text = body[k][3:] if ordered else body[k][2:]
                    items.append(
                        '<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 '
                        f'lfo1">{escape(text)}<o:p></o:p></li>'
                    )
                    k += 1
                parts.append(
                    f'<{tag} style="margin-top:0cm" type="{"1" if ordered else "disc"}">'
                    + "\n".join(items)
                    + f"</{tag}>"
                )
                continue
            parts.append(p(escape(item)))
            parts.append(p("&nbsp;"))
            k += 1
        sig_html = []
        for line in sig:
            if line == "@@LOGO@@":
                sig_html.append(
                    f'<img width="120" height="40" style="width:1.25in;height:.4166in" '
                    f'id="Image_x0020_1" src="cid:{EML_CID}" alt="Logo CCBV">'
                )
            elif len(line) > 90:
                sig_html.append(f'<span style="font-size:7.5pt;color:gray">{escape(line)}</span>')
            else:
                sig_html.append(
                    f'<span style="font-size:9.0pt;color:#1F4E79">{escape(line)}</span>'
                )
        parts.append(p("<br>\n".join(sig_html)))
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 '
        '(filtered medium)">\n<style><!--\n/* Font Definitions */\n@font-face\n\t'
        '{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t'
        "{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n"
        "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t"
        'font-family:"Calibri",sans-serif;\n\tmso-fareast-language:EN-US;}\n'
        "p.MsoListParagraph, li.MsoListParagraph\n\t{margin-top:0cm;\n\tmargin-right:0cm;\n\t"
        "margin-bottom:0cm;\n\tmargin-left:36.0pt;\n\tfont-size:11.0pt;\n\t"
        'font-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\t'
        "margin:70.85pt 70.85pt 70.85pt 70.85pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n"
        '--></style>\n</head>\n<body lang="FR" link="#0563C1" vlink="#954F72" '
        'style="word-wrap:break-word">\n<div class="WordSection1">\n'
        + "\n".join(parts)
        + "\n</div>\n</body>\n</html>\n"
    )


def png_logo() -> bytes:
    """A small PNG (the logo of the signature), built byte by byte."""
    w, h = 48, 16
    rows = b"".join(
        b"\x00"
        + b"".join(
            bytes((20, 100, 60)) if (x // 8 + y // 8) % 2 == 0 else bytes((226, 240, 232))
            for x in range(w)
        )
        for y in range(h)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


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


def qp(text: str) -> bytes:
    data = quopri.encodestring(text.encode("utf-8"))
    return data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def eml_bytes() -> bytes:
    logo = base64.encodebytes(png_logo()).replace(b"\n", b"\r\n")
    headers = [
        "Received: from PR1P264MB3827.FRAP264.PROD.OUTLOOK.COM (2603:10a6:102:1d4::11) by",
        " PR0P264MB2215.FRAP264.PROD.OUTLOOK.COM with HTTPS; Thu, 3 May 2029 07:18:46",
        " +0000",
        f"From: {eml_addr('TM')}",
        f"To: {eml_addr('PJ')}",
        f"CC: {eml_addr('NB')},\r\n\t{eml_addr('CK')},\r\n\t{eml_addr('AT')}",
        f"Subject: {rfc2047(EML_SUBJECT)}",
        f"Thread-Topic: {rfc2047(EML_SUBJ)}",
        "Thread-Index: AQHdnX1kL2wQ9mRzRkuCp3tZbVhJ7LGxK0MAgAA7KQCAAQn5YA==",
        "Date: Thu, 3 May 2029 07:18:44 +0000",
        "Message-ID:",
        " <PR1P264MB3827A1D09E4C6B7F2D58C3E1A7B9@PR1P264MB3827.FRAP264.PROD.OUTLOOK.COM>",
        "References:",
        " <AM9P264MB1440C2B7F81E0D94A6C5B3D2E1F0@AM9P264MB1440.FRAP264.PROD.OUTLOOK.COM>",
        " <PR1P264MB38279E41B05A7C3D6F28E1B4C9A0@PR1P264MB3827.FRAP264.PROD.OUTLOOK.COM>",
        " <MR1P264MB2981F3A6C0D5E9B7482A1C0D3E6F@MR1P264MB2981.FRAP264.PROD.OUTLOOK.COM>",
        "In-Reply-To:",
        " <MR1P264MB2981F3A6C0D5E9B7482A1C0D3E6F@MR1P264MB2981.FRAP264.PROD.OUTLOOK.COM>",
        "Accept-Language: fr-FR, en-US",
        "Content-Language: fr-FR",
        "X-MS-Has-Attach: yes",
        "X-MS-TNEF-Correlator:",
        "X-MS-Exchange-Organization-AuthAs: Internal",
        "X-MS-Exchange-Organization-SCL: -1",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\r\n\tboundary="{EML_BOUNDARY_REL}";'
        '\r\n\ttype="multipart/alternative"',
    ]
    out = "\r\n".join(headers).encode("ascii") + b"\r\n\r\n"
    out += f"--{EML_BOUNDARY_REL}\r\n".encode("ascii")
    alt = f'Content-Type: multipart/alternative;\r\n\tboundary="{EML_BOUNDARY_ALT}"\r\n\r\n'
    out += alt.encode("ascii")
    out += f"--{EML_BOUNDARY_ALT}\r\n".encode("ascii")
    out += b'Content-Type: text/plain; charset="utf-8"\r\n'
    out += b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(eml_plain()) + b"\r\n"
    out += f"--{EML_BOUNDARY_ALT}\r\n".encode("ascii")
    out += b'Content-Type: text/html; charset="utf-8"\r\n'
    out += b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp(eml_word_html()) + b"\r\n"
    out += f"--{EML_BOUNDARY_ALT}--\r\n\r\n".encode("ascii")
    out += f"--{EML_BOUNDARY_REL}\r\n".encode("ascii")
    out += b'Content-Type: image/png; name="image001.png"\r\n'
    out += b"Content-Description: image001.png\r\n"
    out += (
        b'Content-Disposition: inline; filename="image001.png"; size='
        + str(len(png_logo())).encode("ascii")
        + b';\r\n\tcreation-date="Thu, 03 May 2029 07:18:44 GMT";\r\n'
    )
    out += b'\tmodification-date="Thu, 03 May 2029 07:18:44 GMT"\r\n'
    out += f"Content-ID: <{EML_CID}>\r\n".encode("ascii")
    out += b"Content-Transfer-Encoding: base64\r\n\r\n" + logo
    out += f"\r\n--{EML_BOUNDARY_REL}--\r\n".encode("ascii")
    return out


def build_eml() -> None:
    (CORPUS / EML).write_bytes(eml_bytes())


# ---------------------------------------------------------------------------
# 6. Minutes in HedgeDoc (CodiMD) Markdown: YAML front matter, « ###### tags: », :::info,
#    :::warning, :::success and :::spoiler blocks, [TOC], tables with aligned columns and
#    emoji, ==highlights==, an HTML comment, an inline author comment
#    « > [name=…] [time=…] [color=…] », a decisions table and GitHub-style check boxes
# ---------------------------------------------------------------------------

HED_DATE = "2029-06-12"
# (structure, représentant·e, collège, présence)
HED_MEMBERS = [
    ("La Fourmilière (ressourcerie, ACI)", "Benoît Rouyer, Jade Fleurot", "Fondateurs", "✅"),
    ("Garage solidaire Les Engrenages", "Mathis Colombet", "Fondateurs", "✅"),
    ("SCOP Ébénisterie Hanriot", "Quentin Bailly", "Fondateurs", "✅ (visio)"),
    ("Vézonne Conditionnement (EA)", "Sébastien Noirot", "Fondateurs", "❌ excusé"),
    ("SCIC La Filature", "Amaury Thouvenin", "Membres", "✅"),
    ("Repair café de Lanvigny", "Gaston Weber", "Membres", "✅"),
    ("Les Potagers de Tholancourt (ACI)", "–", "Membres", "❌"),
    ("Sytrevez", "Élodie Barthélemy", "Partenaires", "✅"),
    ("CC Brévannes-Vézonne", "Thibault Marchal", "Partenaires", "✅"),
    ("Département de la Vézonne", "Capucine Kieffer", "Partenaires", "❌ excusée"),
    ("CRESS Brémonie", "Karim Bensalem", "Partenaires", "✅ (visio)"),
]
HED_PRESENT = sum(m[3].startswith("✅") for m in HED_MEMBERS)  # 8
HED_RECETTES = [
    ("Région Brémonie – appel à projets PTCE", 35000, "notifié le 22/05"),
    ("Département de la Vézonne – feuille de route ESS (axe 4)", 40000, "vote en CP du 9 juillet"),
    ("CC Brévannes-Vézonne", 10000, "versé"),
    ("Cotisations des membres (11 × 600 €)", 6600, "9 sur 11 payées"),
]
HED_DEPENSES = [
    ("Coordination (0,8 ETP, portée par La Fourmilière)", 42000),
    ("Étude de faisabilité de la matériauthèque", 18000),
    ("Aménagement du local réemploi de Maizerange", 21500),
    ("Communication, site, événements", 6600),
    ("Frais de fonctionnement", 3500),
]
HED_TOTAL = sum(x[1] for x in HED_RECETTES)  # 91 600
HED_OFFRES = [
    ("Atelier Ressac", 17400, "5 mois", "16,5"),
    ("Cabinet Valoria", 19800, "4 mois", "14"),
    ("Terre & Matière", 15900, "6 mois", "12,5"),
]


def md_table(heads: list[str], rows: list[list[str]], aligns: str) -> str:
    """A Markdown table padded as HedgeDoc's table formatter leaves it."""
    widths = [max(len(heads[k]), *(len(r[k]) for r in rows), 3) for k in range(len(heads))]

    def line(cells: list[str]) -> str:
        out = []
        for k, c in enumerate(cells):
            out.append(c.rjust(widths[k]) if aligns[k] == "r" else c.ljust(widths[k]))
        return "| " + " | ".join(out) + " |"

    sep = []
    for k, a in enumerate(aligns):
        w = widths[k]
        sep.append(
            "-" * (w - 1) + ":" if a == "r" else ":" + "-" * (w - 2) + ":" if a == "c" else "-" * w
        )
    return "\n".join([line(heads), "| " + " | ".join(sep) + " |", *(line(r) for r in rows)])


def hed_text() -> str:
    members = md_table(
        ["Structure", "Représentant·e", "Collège", "Présence"],
        [list(m) for m in HED_MEMBERS],
        "llcc",
    )
    recettes = md_table(
        ["Recettes 2029", "Montant", "Statut"],
        [[a, f"{sp(v)} €", st] for a, v, st in HED_RECETTES]
        + [["**Total**", f"**{sp(HED_TOTAL)} €**", ""]],
        "lrl",
    )
    depenses = md_table(
        ["Dépenses 2029", "Montant"],
        [[a, f"{sp(v)} €"] for a, v in HED_DEPENSES]
        + [["**Total**", f"**{sp(sum(x[1] for x in HED_DEPENSES))} €**"]],
        "lr",
    )
    offres = md_table(
        ["Bureau d'études", "Montant TTC", "Délai", "Note /20"],
        [[a, f"{sp(v)} €", d, n] for a, v, d, n in HED_OFFRES],
        "lrlr",
    )
    decisions = md_table(
        ["#", "Décision", "Vote"],
        [
            [
                "D1",
                "Choix d'Atelier Ressac pour l'étude de la matériauthèque (17 400 € TTC)",
                "7 pour, 0 contre, 1 abstention",
            ],
            [
                "D2",
                "Candidature commune à l'AMI Mobilité solidaire, portée par Les Engrenages",
                "unanimité",
            ],
            ["D3", "Cotisation 2030 maintenue à 600 € par membre", "unanimité"],
        ],
        "lll",
    )
    return f"""---
title: CR COPIL n°4 – PTCE Ricochet – 12/06/2029
tags: PTCE, réemploi, COPIL, compte-rendu
description: Compte rendu du comité de pilotage du PTCE Ricochet du 12 juin 2029
lang: fr-FR
robots: noindex, nofollow
breaks: true
---

# COPIL n°4 – PTCE Ricochet

###### tags: `PTCE` `Ricochet` `COPIL` `2029`

:::info
**📅 Date** : {jour(HED_DATE)}, 14 h – 16 h 30
**📍 Lieu** : La Fourmilière, salle de formation, 7 rue de la Tuilerie, Gondrexelle \
(+ visio Jitsi pour les personnes à distance)
**🎙️ Animation** : Benoît Rouyer (La Fourmilière, coordination du PTCE)
**✍️ Prise de notes** : Jade Fleurot, complétée par Karim Bensalem
**🔗 CR précédent** : [COPIL n°3 du 13 mars 2029](https://pad.cress-bremonie.org/s/copil3-ricochet)
:::

[TOC]

## Participant·es

{members}

**Quorum** : {HED_PRESENT} structures présentes sur {len(HED_MEMBERS)}, le COPIL peut \
délibérer (quorum : 6).

## 1. Tour de table

- **La Fourmilière** : 612 t collectées en 2028, rapport d'activité présenté à l'AG du \
16 juin. Recrute un·e CIP à mi-temps (fiche de poste en ligne fin juin).
- **Les Engrenages** : 1 840 interventions au garage en 2028. Prépare une candidature à l'AMI \
« Mobilité solidaire » du Département (lancement annoncé le 2 juillet, clôture le \
14 septembre) : location solidaire de 8 voitures et 15 vélos électriques, à 4 € par jour pour \
les personnes orientées par France Travail et la Mission locale.
- **Ébénisterie Hanriot** : 14 salariés associés. Récupère environ 9 tonnes de chutes de bois \
par an, qui pourraient alimenter la matériauthèque.
- **La Filature** : subvention de la CCBV (45 000 €) votée le 24/05 ✅, et la CCBV entre au \
capital (5 000 €). Travaux de juin 2029 à février 2030, ouverture visée en avril 2030.
    - Le Département passe en commission permanente le 9 juillet pour ses 60 000 €.
- **Sytrevez** : la nouvelle déchèterie de Maizerange ouvre le 1er octobre 2029, avec un \
local réemploi de 60 m² confié au PTCE.
- **CCBV** : le conseil du 24 mai a réservé le lot 2 du marché d'entretien (168 km de \
chemins) aux SIAE. Publication de la consultation prévue en septembre : ==La Fourmilière et \
les Potagers sont intéressés==.

## 2. Point financier 2029

{recettes}

{depenses}

:::warning
⚠️ Le versement du Département (40 000 €) n'interviendra qu'après la CP du 9 juillet : \
La Fourmilière fait l'avance de trésorerie jusqu'en septembre. Point de vigilance pour \
Raymond Pétrequin (trésorier de La Fourmilière).
:::

<!-- montant Région à confirmer : 35 000 € notifiés, 30 000 € dans le budget de mars -->

## 3. Étude de la matériauthèque

Trois offres reçues pour l'étude de faisabilité (budget : 18 000 €). L'étude se déroulera de \
juillet à novembre 2029, avec une restitution au COPIL de décembre. Deux sites sont \
envisagés : le hangar de l'ancienne scierie de Tholancourt (1 200 m²) ou un local de 600 m² \
dans la ZA des Aulnes à Maizerange.

:::spoiler Détail des trois offres
{offres}
:::

**Décision** : le COPIL retient ==Atelier Ressac== (17 400 € TTC). Vote : 7 pour, 0 contre, \
1 abstention (Ébénisterie Hanriot, partie prenante de l'étude).

## 4. Local réemploi de la déchèterie de Maizerange

- 60 m² et un auvent ; ouverture avec la déchèterie le 1er octobre 2029
- Permanences le mercredi et le samedi, de 9 h à 12 h, tenues par des salariés en parcours \
de La Fourmilière
- Objectif : 40 tonnes détournées la première année
- Convention d'occupation entre le Sytrevez et La Fourmilière à signer avant le 15 septembre

## 5. Candidature à l'AMI Mobilité solidaire

Les Engrenages déposeront la candidature au nom du PTCE, qui n'a pas de personnalité \
juridique. Montant visé : 30 000 € (le plafond de l'AMI). Mathis s'inscrit à la réunion \
d'information du Département du 10 juillet (Teams).

## 6. Gouvernance

- Vézonne Conditionnement confirme son entrée comme membre fondateur.
- Nouvelle candidature : l'atelier vélo La Rustine (Épervange), soumise au vote de la \
prochaine AG.
- Forme juridique : le PTCE reste porté par La Fourmilière jusqu'à fin 2029. Une \
association dédiée est envisagée pour 2030, l'option SCIC reste ouverte.

> [name=Karim Bensalem] [time=Wed, Jun 13, 2029 9:12 AM] [color=#e67e22] La CRESS peut \
mobiliser un accompagnement DLA sur le choix de la forme juridique : à voir avec Passerelles \
Vézonne.

## Relevé de décisions

{decisions}

## Actions

- [x] Envoyer le bon de commande à Atelier Ressac — Benoît, avant le 22/06
- [ ] Signer la convention d'occupation du local de Maizerange — Benoît et Élodie, avant le 15/09
- [ ] S'inscrire à la réunion d'information AMI du 10/07 — Mathis
- [ ] Relancer les 2 membres qui n'ont pas payé leur cotisation — Jade
- [ ] Préparer la demande d'accompagnement DLA (forme juridique) — Karim, pour septembre
- [x] Transmettre le rapport d'activité 2028 de La Fourmilière aux membres — Jade

## Prochain COPIL

:::success
**COPIL n°5 : {jour("2029-09-18")}, 14 h, à la SCIC La Filature (Épervange)**, avec une \
visite du chantier.
:::
"""


def build_hed() -> None:
    (CORPUS / HED).write_text(hed_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 7. Microsoft Teams transcript (.vtt): WEBVTT header, cue identifiers « uuid/n-k », long
#    turns split into several cues, speakers in <v …> tags (internal users listed as « NOM
#    Prénom », guests with « (Invité) »), spoken French with hesitations, self-corrections
#    and a few speech-recognition slips; the deadline announced at the conference is moved
# ---------------------------------------------------------------------------

VTT_UUID = "7b3e9f21-4c8a-4d6e-b5f0-2a91c3d7e845"
VTT_SPK = {
    "CK": "KIEFFER Capucine",
    "AG": "GROSJEAN Armelle",
    "YP": "PIERRAT Yannick",
    "MC": "Mathis Colombet (Invité)",
    "SE": "Sandrine Ehrhart (Invité)",
    "FA": "Farida Amrani",
    "CL": "Cédric Lallement (Invité)",
    "KB": "Karim Bensalem",
    "LG": "Ludovic Grandjean (Invité)",
}
VTT_TURNS = [
    (
        "CK",
        "Bonjour à toutes et à tous, on va attendre encore une petite minute que tout le"
        " monde se connecte.",
    ),
    (
        "CK",
        "Bon, je crois qu'on est à peu près au complet, on est 31 connectés. Alors bienvenue"
        " à cette réunion d'information sur l'appel à manifestation d'intérêt Mobilité solidaire"
        " 2029. Je suis Capucine Kieffer, chargée de mission ESS au Département. Je laisse"
        " d'abord la parole à madame Grosjean, notre vice-présidente.",
    ),
    (
        "AG",
        "Merci Capucine. Bonjour à tous. Euh, je voulais juste dire en introduction que la"
        " mobilité, c'est le premier frein à l'emploi qui remonte de nos travailleurs sociaux."
        " Dans les bilans des référents RSA, c'est cité dans à peu près une situation sur trois."
        " C'est pour ça qu'on a voulu cet AMI, qui est l'axe 3 de notre feuille de route ESS"
        " votée en mars.",
    ),
    (
        "AG",
        "Je dois malheureusement vous quitter à 10 h 15 pour une commission, mais Capucine"
        " et Yannick Pierrat, du service insertion, répondront à toutes vos questions.",
    ),
    (
        "CK",
        "Merci madame la vice-présidente. Alors je partage mon écran. Vous voyez bien la"
        " présentation ?",
    ),
    ("MC", "Oui, c'est bon."),
    (
        "CK",
        "Parfait. Donc l'enveloppe, c'est 180 000 euros pour 2029. L'aide peut aller"
        " jusqu'à 30 000 € par projet, et elle ne peut pas dépasser 70 % du budget du projet.",
    ),
    ("CK", "Les projets doivent durer entre 12 et 24 mois et démarrer avant le 31 mars 2030."),
    (
        "CK",
        "Qui peut candidater ? Les associations, les SCIC, les SCOP, et plus largement les"
        " structures de l'ESS au sens de la loi de 2014. Les communes et les intercommunalités"
        " ne peuvent pas être porteuses, mais elles peuvent être partenaires, et c'est même un"
        " plus dans la grille.",
    ),
    (
        "CK",
        "Les publics visés, ce sont les allocataires du RSA, les jeunes suivis par la"
        " Mission locale et les demandeurs d'emploi inscrits à France Travail. Il faut qu'au"
        " moins la moitié des personnes accompagnées soient allocataires du RSA.",
    ),
    (
        "CK",
        "Alors, une annonce importante, et je m'excuse pour ceux qui avaient noté la date"
        " donnée à la conférence du 3 juillet : la clôture n'est plus le 14 septembre. On l'a"
        " repoussée au lundi 1er octobre 2029, à midi, parce que beaucoup d'entre vous nous ont"
        " dit que l'été, c'était compliqué pour monter un partenariat.",
    ),
    (
        "CK",
        "Du coup, le jury est décalé au 6 novembre et le passage en commission permanente"
        " au 10 décembre.",
    ),
    (
        "SE",
        "Bonjour, Sandrine Ehrhart, je suis adjointe au maire de Lanvigny. Euh, la page du"
        " site du Département, elle est à jour avec la nouvelle date ?",
    ),
    (
        "CK",
        "Elle le sera d'ici vendredi. Le règlement modifié sera mis en ligne sur"
        " aides.vezonne.fr, c'est une version 2 datée du 10 juillet.",
    ),
    (
        "CK",
        "Les dépenses éligibles, c'est les frais de personnel, l'achat ou la location de"
        " véhicules, l'entretien, la formation, par exemple des moniteurs d'auto-école, et la"
        " communication. Par contre pas les aides directes aux bénéficiaires, type carte"
        " carburant... ah non pardon, ça c'est éligible aussi, je me trompe. Yannick, tu"
        " confirmes ?",
    ),
    (
        "YP",
        "Oui, les aides directes aux bénéficiaires, carte carburant ou chèque mobilité, sont"
        " éligibles dans la limite de 20 % du budget du projet.",
    ),
    (
        "MC",
        "Bonjour, Mathis Colombet, du garage solidaire Les Engrenages à Maizerange. Ma"
        " question, c'est sur les véhicules. Si on achète des voitures pour faire de la location"
        " solidaire, c'est financé à quelle hauteur ?",
    ),
    (
        "CK",
        "Alors pour l'investissement, c'est 50 % du coût du véhicule, plafonné à 15 000"
        " euros par projet, à l'intérieur des 30 000.",
    ),
    (
        "MC",
        "D'accord. Et on voudrait candidater au nom du PTCE Ricochet, c'est possible ?"
        " Parce que le PTCE n'a pas de personnalité juridique.",
    ),
    (
        "CK",
        "Oui, c'est une structure membre qui dépose, donc vous, et vous mettez les"
        " partenaires en annexe avec leurs lettres d'engagement.",
    ),
    (
        "FA",
        "Bonjour, Farida Amrani, Mission locale de Hesmelange. Nous on accompagne à peu près"
        " 2 400 jeunes par an sur le département, et le permis c'est vraiment le nerf de la"
        " guerre. Est-ce qu'une auto-école sociale qui accueille des jeunes qui ne sont pas"
        " allocataires du RSA est éligible ?",
    ),
    ("CK", "Oui, mais attention à la règle de la moitié d'allocataires du RSA. Yannick ?"),
    (
        "YP",
        "Oui alors en fait, les jeunes de moins de 26 ans suivis par la Mission locale, on"
        " les compte avec les allocataires du RSA dans le calcul. C'est précisé à l'article 4"
        " du règlement.",
    ),
    (
        "CL",
        "Bonjour, Cédric Lallement, je dirige Déclic Conduite, l'auto-école sociale de"
        " Hesmelange. On a eu l'aide l'an dernier, enfin en 2028, on avait eu 15 000. Est-ce"
        " qu'on peut redéposer ?",
    ),
    (
        "CK",
        "Oui, une structure déjà aidée en 2028 peut candidater, mais pour une action"
        " nouvelle ou une extension, par exemple un nouveau site. Pas pour reconduire la même"
        " action à l'identique.",
    ),
    (
        "CL",
        "OK, on a justement un projet d'antenne à Brévannes, avec des cours de code à la"
        " Maison France Services.",
    ),
    (
        "KB",
        "Oui, bonjour, Karim Ben Salem, de la crèche Brémonie. Juste pour dire que la"
        " CRESS organise un atelier pour monter vos dossiers le mardi 4 septembre à Brévannes,"
        " à La Fourmilière... non pardon, à la Maison France Services de Brévannes, de 9 h 30 à"
        " 12 h 30. L'inscription se fait sur le site de la CRESS.",
    ),
    (
        "CK",
        "Merci Karim. Alors sur les critères de sélection, il y en a cinq, je les mets à"
        " l'écran. La pertinence par rapport aux besoins du territoire, 30 points. Le nombre et"
        " le profil des personnes accompagnées, 25 points. Les partenariats, 20 points. La"
        " viabilité économique, 15 points. Et l'ancrage rural, 10 points.",
    ),
    ("SE", "C'est quoi l'ancrage rural exactement ?"),
    (
        "CK",
        "C'est le fait d'intervenir dans des communes de moins de 2 000 habitants, ou dans"
        " des secteurs mal desservis par les transports, les lignes de car régionales"
        " notamment.",
    ),
    (
        "LG",
        "Bonjour, euh, Ludovic Grandjean, de l'association Covoit'Aubrette, à Ancelange."
        " Est-ce que le transport solidaire avec des chauffeurs bénévoles, c'est éligible ?",
    ),
    (
        "CK",
        "Oui, le transport solidaire par des bénévoles est éligible, les frais de"
        " coordination aussi, et le remboursement des frais kilométriques des bénévoles.",
    ),
    (
        "YP",
        "Un point sur le versement : 60 % à la signature de la convention, et le solde de"
        " 40 % sur le bilan final.",
    ),
    ("MC", "Et le dossier, il fait combien de pages ?"),
    (
        "CK",
        "Le dossier type fait 8 pages, plus les annexes. Il y a un budget à remplir sur le"
        " modèle de tableur fourni.",
    ),
    (
        "CK",
        "Dernière chose, il y aura une deuxième réunion, en présentiel cette fois, le jeudi"
        " 6 septembre à 14 h, à l'Hôtel du Département, en complément de l'atelier de la"
        " CRESS.",
    ),
    ("FA", "Vous pouvez partager le support ?"),
    (
        "CK",
        "Oui, je l'envoie par mail à tous les inscrits cet après-midi, avec"
        " l'enregistrement. Pour toute question, c'est mobilite-solidaire@vezonne.fr, ou moi"
        " directement au 03 53 01 42 17.",
    ),
    ("CK", "Merci à tous, bonne journée."),
]


def vtt_ts(t: float) -> str:
    ms = round(t * 1000)
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def vtt_text() -> str:
    rng = random.Random(4242)
    t = 3.478
    out = ["WEBVTT", ""]
    for n, (spk, text) in enumerate(VTT_TURNS, 1):
        # Teams cuts a long turn into cues of about twenty words, at a sentence end when
        # it can
        sentences = re.split(r"(?<=[.?!])\s+", text)
        cues, cur = [], ""
        for snt in sentences:
            if cur and len((cur + " " + snt).split()) > 26:
                cues.append(cur)
                cur = snt
            else:
                cur = f"{cur} {snt}".strip()
        cues.append(cur)
        for k, cue in enumerate(cues):
            dur = 0.36 * len(cue.split()) + rng.uniform(0.3, 0.9)
            out += [
                f"{VTT_UUID}/{n + 11}-{k}",
                f"{vtt_ts(t)} --> {vtt_ts(t + dur)}",
                f"<v {VTT_SPK[spk]}>{cue}</v>",
                "",
            ]
            t += dur + rng.uniform(0.05, 0.4)
        t += rng.uniform(0.4, 2.5)
    return "\n".join(out)


def build_vtt() -> None:
    (CORPUS / VTT).write_text(vtt_text(), encoding="utf-8", newline="\n")


# ---------------------------------------------------------------------------
# 8. Open-data extract (.csv): the Département's 2028 ESS grants in the SCDL « subventions »
#    layout (camelCase field names), two local columns added at the end, UTF-8 with a BOM,
#    CRLF, semicolons, every cell quoted, doubled quotes inside cells, one cell holding a
#    line break, ISO dates, amounts without thousands separators, a partial cancellation
#    entered as a negative amount
# ---------------------------------------------------------------------------

CSV_FIELDS = [
    "nomAttribuant",
    "idAttribuant",
    "dateConvention",
    "referenceDecision",
    "nomBeneficiaire",
    "idBeneficiaire",
    "objet",
    "montant",
    "nature",
    "conditionsVersement",
    "datesPeriodeVersement",
    "idRAE",
    "notificationUE",
    "pourcentageSubvention",
    "dispositif",
    "communeBeneficiaire",
]
CSV_CP = {"03": "2028-03-20", "06": "2028-06-19", "09": "2028-09-18", "11": "2028-11-20"}
# (bénéficiaire, seed or fixed SIRET, commune, dispositif, objet, montant, CP and number,
#  convention, versement, période, pourcentage)
CSV_ROWS = [
    (
        "CRESS Brémonie",
        11,
        "Aubercourt",
        "Soutien aux réseaux",
        "Convention annuelle 2028 :\nobservatoire départemental de l'ESS et animation du Mois de"
        " l'ESS",
        35000,
        "03-012",
        "2028-04-03",
        "Echelonné",
        "2028-04-15_2028-12-15",
        "0.18",
    ),
    (
        "Passerelles Vézonne",
        12,
        "Hesmelange",
        "Soutien aux réseaux",
        "Portage du dispositif local d'accompagnement (DLA) de la Vézonne",
        22000,
        "03-013",
        "2028-04-03",
        "Echelonné",
        "2028-04-15_2028-12-15",
        "0.15",
    ),
    (
        "La Fourmilière",
        FOU_SIRET,
        "Gondrexelle",
        "Accompagnement des SIAE",
        "Accompagnement socioprofessionnel des allocataires du RSA salariés de l'ACI",
        23500,
        "03-021",
        "2028-04-10",
        "Echelonné",
        "2028-04-30_2028-12-20",
        "0.025",
    ),
    (
        "Les Potagers de Tholancourt",
        13,
        "Tholancourt",
        "Accompagnement des SIAE",
        "Accompagnement socioprofessionnel des allocataires du RSA salariés de l'ACI",
        21300,
        "03-022",
        "2028-04-10",
        "Echelonné",
        "2028-04-30_2028-12-20",
        "0.031",
    ),
    (
        "Les Vergers de Moncelot",
        14,
        "Moncelot",
        "Accompagnement des SIAE",
        "Accompagnement socioprofessionnel des allocataires du RSA salariés de l'ACI",
        19800,
        "03-023",
        "2028-04-10",
        "Echelonné",
        "2028-04-30_2028-12-20",
        "0.034",
    ),
    (
        "Régie de quartier des Sablons",
        15,
        "Hesmelange",
        "Accompagnement des SIAE",
        "Accompagnement des allocataires du RSA salariés de la régie (EI et ACI)",
        16400,
        "03-024",
        "2028-04-10",
        "Echelonné",
        "2028-04-30_2028-12-20",
        "0.022",
    ),
    (
        "Intermède (ETTI)",
        16,
        "Hesmelange",
        "Accompagnement des SIAE",
        "Parcours renforcés pour 20 allocataires du RSA en mission de travail temporaire",
        9800,
        "03-025",
        "2028-04-10",
        "Unique",
        "2028-05-15_2028-05-15",
        "0.04",
    ),
    (
        "Coup de Pouce Vézonne (AI)",
        17,
        "Vigneuvre",
        "Accompagnement des SIAE",
        "Mises à disposition de personnes en insertion auprès des particuliers et des communes",
        8700,
        "03-026",
        "2028-04-10",
        "Unique",
        "2028-05-15_2028-05-15",
        "0.05",
    ),
    (
        "Garage solidaire Les Engrenages",
        18,
        "Maizerange",
        "Mobilité solidaire 2028",
        "Location solidaire de véhicules pour les personnes en parcours d'insertion",
        18000,
        "06-041",
        "2028-07-02",
        "Echelonné",
        "2028-07-15_2029-03-31",
        "0.45",
    ),
    (
        "Déclic Conduite",
        19,
        "Hesmelange",
        "Mobilité solidaire 2028",
        "Auto-école sociale : 40 parcours vers le permis B",
        15000,
        "06-042",
        "2028-07-02",
        "Echelonné",
        "2028-07-15_2029-03-31",
        "0.5",
    ),
    (
        "Covoit'Aubrette",
        20,
        "Ancelange",
        "Mobilité solidaire 2028",
        'Transport solidaire par des chauffeurs bénévoles ; programme "Bouger pour travailler"',
        7500,
        "06-043",
        "2028-07-02",
        "Echelonné",
        "2028-07-15_2029-03-31",
        "0.6",
    ),
    (
        "Vélo Cité Hesmelange",
        21,
        "Hesmelange",
        "Mobilité solidaire 2028",
        'Vélo-école pour adultes et ateliers "permis piéton"',
        6000,
        "06-044",
        "2028-07-02",
        "Unique",
        "2028-07-20_2028-07-20",
        "0.5",
    ),
    (
        "SCIC La Filature",
        FIL_SIRET,
        "Épervange",
        "Tiers-lieux",
        "Étude de programmation du tiers-lieu de l'ancienne filature",
        12000,
        "06-051",
        "2028-07-09",
        "Unique",
        "2028-07-25_2028-07-25",
        "0.6",
    ),
    (
        "Le Préau de Vigneuvre",
        22,
        "Vigneuvre",
        "Tiers-lieux",
        "Fonctionnement du tiers-lieu : animation et accueil numérique",
        20000,
        "06-052",
        "2028-07-09",
        "Echelonné",
        "2028-07-25_2028-12-15",
        "0.28",
    ),
    (
        "La Ruche de Sorvilliers",
        23,
        "Sorvilliers",
        "Tiers-lieux",
        "Café associatif et espace numérique",
        8500,
        "06-053",
        "2028-07-09",
        "Unique",
        "2028-07-25_2028-07-25",
        "0.4",
    ),
    (
        "SCOP Ébénisterie Hanriot",
        24,
        "Tholancourt",
        "Fonds d'amorçage ESS",
        "Reprise en SCOP : recrutement d'un responsable commercial",
        8000,
        "09-063",
        "2028-10-01",
        "Unique",
        "2028-10-15_2028-10-15",
        "0.2",
    ),
    (
        "Vézonne Conditionnement",
        25,
        "Hesmelange",
        "Fonds d'amorçage ESS",
        "Nouvelle ligne de conditionnement de produits locaux (entreprise adaptée)",
        10000,
        "09-064",
        "2028-10-01",
        "Unique",
        "2028-10-15_2028-10-15",
        "0.12",
    ),
    (
        "SCIC Énergies citoyennes de Vézonne",
        26,
        "Hesmelange",
        "Fonds d'amorçage ESS",
        "Création d'un poste de chargé de projets photovoltaïques citoyens",
        12000,
        "09-065",
        "2028-10-01",
        "Echelonné",
        "2028-10-15_2029-06-30",
        "0.3",
    ),
    (
        "Les Compagnons du Chanvre",
        27,
        "Ancelange",
        "Fonds d'amorçage ESS",
        "Démarrage d'une SCIC de transformation du chanvre pour l'éco-construction",
        9500,
        "09-066",
        "2028-10-01",
        "Unique",
        "2028-10-15_2028-10-15",
        "0.25",
    ),
    (
        "La Bobine d'Aubrécy",
        28,
        "Aubrécy",
        "Fonds d'amorçage ESS",
        "Atelier couture et retouches : premier emploi salarié",
        3500,
        "09-067",
        "2028-10-01",
        "Unique",
        "2028-10-15_2028-10-15",
        "0.35",
    ),
    (
        "Épicerie solidaire La Courte Échelle",
        29,
        "Brévannes",
        "Épiceries solidaires",
        "Approvisionnement en produits frais et ateliers cuisine",
        6500,
        "09-071",
        "2028-10-01",
        "Unique",
        "2028-10-20_2028-10-20",
        "0.2",
    ),
    (
        "L'Épi de Bazelot",
        30,
        "Bazelot",
        "Épiceries solidaires",
        "Épicerie solidaire itinérante (camion) dans 9 communes rurales",
        5200,
        "09-072",
        "2028-10-01",
        "Unique",
        "2028-10-20_2028-10-20",
        "0.25",
    ),
    (
        "Covoit'Aubrette",
        20,
        "Ancelange",
        "Mobilité solidaire 2028",
        "Annulation partielle : action du second semestre non réalisée",
        -2500,
        "11-088",
        "2028-12-04",
        "Unique",
        "2028-12-15_2028-12-15",
        "0.6",
    ),
]


def csv_cell(v: str) -> str:
    return '"' + v.replace('"', '""') + '"'


def csv_rows() -> list[list[str]]:
    rows = []
    for ben, sid, commune, disp, objet, montant, ref, conv, vers, per, pc in CSV_ROWS:
        siret = sid if isinstance(sid, str) else luhn_siret(sid, "7" if sid % 2 else "8")
        rows.append(
            [
                "Département de la Vézonne",
                DEP_SIRET,
                conv,
                f"CP-2028-{ref}",
                ben,
                siret,
                objet,
                str(montant),
                "aide en numéraire",
                vers,
                per,
                "",
                "non",
                pc,
                disp,
                commune,
            ]
        )
    return rows


def csv_text() -> str:
    lines = [";".join(csv_cell(f) for f in CSV_FIELDS)]
    lines += [";".join(csv_cell(c) for c in r) for r in csv_rows()]
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


def build_csv() -> None:
    (CORPUS / CSV).write_bytes(csv_text().encode("utf-8"))


# ---------------------------------------------------------------------------
# Questions: a small line format, one block per question, blocks separated by blank lines.
#   header   ``D figure table @anchor``: source letters, kind, tags, optional PDF anchor
#            (``+D …`` continues the follow-up chain of the block above; ``U why kind tags``
#            is an unanswerable near miss)
#   question one or more lines
#   ``= fact | fact``    facts, verbatim from the document
#   ``! regex``          unanswerable: the regex matches nowhere in the corpus
#   ``& regex && regex`` unanswerable: no sentence, list item, row, cue or line matches them all
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
    "chart",
    "faq",
    "task",
    "speaker",
    "boilerplate",
    "stamp",
    "spoiler",
    "frontmatter",
)
WHY = ("year", "place", "person", "detail", "topic")
HEAD_RE = re.compile(
    r"\+?(U|[DSRJEHVT]+) (figure|people|date|list|definition|yesno|other|"
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
    r"summary|details|figcaption|blockquote|cite|aside|form|label|button|time)>"
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


def eml_parts(data: bytes) -> tuple[str, str, str]:
    """Decoded headers, the text/plain part and the visible text of the text/html part."""
    msg = email.message_from_bytes(data, policy=policy.default)
    head = "\n".join(f"{k}: {msg[k]}" for k in ("From", "To", "CC", "Subject", "Date"))
    plain = msg.get_body(("plain",)).get_content().replace("\r\n", "\n")
    html = visible_text(msg.get_body(("html",)).get_content()).replace("¶", "\n")
    return head, plain, html


def eml_text(data: bytes) -> str:
    """The mail as a reader sees it: decoded headers and the plain-text body."""
    head, plain, _ = eml_parts(data)
    return head + "\n\n" + plain


def csv_text_read(data: bytes) -> str:
    return data.decode("utf-8-sig").replace("\r\n", "\n")


def units(text: str) -> list[str]:
    """Sentences, list items, table rows, cues, paragraphs and lines: the units of a together
    check."""
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
            self.full[n] = visible_text((CORPUS / n).read_text(encoding="utf-8"))
        for n in TEXTS:
            self.full[n] = (CORPUS / n).read_bytes().decode("utf-8")
        data = (CORPUS / EML).read_bytes()
        self.full[EML] = eml_text(data)
        head, _, html = eml_parts(data)
        self.eml_html = norm(head + "\n" + html)
        self.full[CSV] = csv_text_read((CORPUS / CSV).read_bytes())
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
    if c.kind == "absent":
        m = re.search(c.regexes[0], corpus.eml_html, re.I)
        if m:
            return f"{EML} (HTML part): /{c.regexes[0]}/ matches"
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
    """Every « weekday day month [year] » names the right weekday (2029 when no year)."""
    seen = 0
    texts = dict(corpus.full)
    texts["eml html"] = corpus.eml_html
    for name, t in texts.items():
        for m in WEEKDAY_RE.finditer(plain(re.sub(r"[ \t]+", " ", t))):
            day = 1 if m.group(2) == "1er" else int(m.group(2))
            d = date(int(m.group(4) or 2029), MOIS_FR.index(m.group(3).lower()) + 1, day)
            seen += 1
            if JOURS[d.weekday()] != m.group(1).lower():
                problems.append(f"weekday: {m.group(0)!r} in {name} is a {JOURS[d.weekday()]}")
    if seen < 25:
        problems.append(f"weekday: only {seen} dated weekdays found")


def check_pdfs(corpus: Corpus, problems: list[str]) -> None:
    want = {DEL: (7, (595, 842)), SLI: (14, (794, 446)), RAP: (7, (595, 842))}
    for name in PDFS:
        reader = PdfReader(CORPUS / name)
        count, size = want[name]
        if len(reader.pages) != count:
            problems.append(f"{name}: {len(reader.pages)} pages, {count} expected")
        meta = reader.metadata or {}
        for key in ("/Title", "/Author", "/Subject", "/Keywords", "/Creator", "/Producer"):
            if not meta.get(key):
                problems.append(f"{name}: no {key} in the metadata")
        if meta.get("/ModDate") != meta.get("/CreationDate"):
            problems.append(f"{name}: creation and modification dates differ")
        for i, p in enumerate(reader.pages, 1):
            got = (round(float(p.mediabox.width)), round(float(p.mediabox.height)))
            if got != size:
                problems.append(f"{name}: page {i} has the wrong size {got}")
    pages = corpus.pages
    # délibérations: the stamp and the councillors' box on the first page of each, a footer
    # « page k/n » per délibération on every page, votes adding up, annexes adding up
    firsts = [i for i, p in enumerate(pages[DEL], 1) if "EXTRAIT DU REGISTRE" in p]
    if len(firsts) != len(DELIBS):
        problems.append(f"{DEL}: {len(firsts)} délibérations found")
    for i, p in enumerate(pages[DEL], 1):
        text = plain(p)
        if not re.search(r"Délibération n° 2029-04[789] – page \d/\d$", text.strip()):
            problems.append(f"{DEL}: page {i} lacks its footer")
        if not re.search(rf"feuillet n° 2029-{60 + i:03d}", text):
            problems.append(f"{DEL}: page {i} lacks its folio")
        if i in firsts:
            for needle in ("ID : 099-", "en exercice : 41", "Secrétaire de séance"):
                if needle not in text:
                    problems.append(f"{DEL}: {needle!r} missing on page {i}")
        elif "(suite)" not in text:
            problems.append(f"{DEL}: page {i} lacks the continuation header")
    if plain(corpus.full[DEL]).count("DÉLIBÈRE :") != len(DELIBS):
        problems.append(f"{DEL}: one « DÉLIBÈRE » per délibération expected")
    if plain(corpus.full[DEL]).count("CERTIFIÉ EXÉCUTOIRE") != len(DELIBS):
        problems.append(f"{DEL}: one « certifié exécutoire » stamp per délibération expected")
    for d in DELIBS:
        _, present, votants = del_present(d["out"])
        if sum(d["votes"]) != votants or present + len(POUVOIRS) != votants:
            problems.append(f"{DEL}: the votes of {d['num']} do not add up")
        if len(d["contre"]) != d["votes"][1] or len(d["abst"]) != d["votes"][2]:
            problems.append(f"{DEL}: the names of {d['num']} do not match the counts")
    if (DEL_COST, DEL_LOTS_TOTAL, DEL_EXERCICE) != (412600, 398000, 41):
        problems.append(f"{DEL}: plan de financement, lots or councillors do not add up")
    if sum(c[1] for c in COMMUNES) != DEL_EXERCICE:
        problems.append(f"{DEL}: seats per commune do not add up to the council")
    for c in COMMUNES:
        if sum(1 for m in CONSEIL if m[3] == c[0]) != c[1]:
            problems.append(f"{DEL}: seats of {c[0]} do not match the council")
    # slides: footer and number on every slide but the first and the last, figures adding up
    for i, p in enumerate(pages[SLI], 1):
        text = plain(p)
        has = SLI_FOOT in text and text.strip().endswith(str(i))
        if i == 1 and SLI_FOOT in text:
            problems.append(f"{SLI}: footer on the title slide")
        if i > 1 and not has:
            problems.append(f"{SLI}: slide {i} lacks its footer or number")
    if SLI_SAL != 9870 or sum(x[1] for x in SLI_EPCI) != SLI_SAL:
        problems.append(f"{SLI}: families or intercommunalities do not add up to 9 870")
    if sum(x[1] for x in SLI_SECT) != SLI_SAL or SLI_YEARS[-1][1] != SLI_SAL:
        problems.append(f"{SLI}: sectors or the series do not add up to 9 870")
    if sum(x[1] for x in SLI_SIAE) != 27 or sum(x[2] for x in SLI_SIAE) != 1190:
        problems.append(f"{SLI}: the SIAE do not add up")
    if SLI_BUDGET_TOTAL != 2065000 or dict(SLI_BUDGET)["AMI Mobilité solidaire"] != 180000:
        problems.append(f"{SLI}: the budget does not add up")
    if "Source : Insee, Flores 2028" not in plain(corpus.full[SLI]):
        problems.append(f"{SLI}: source line missing")
    # report: running header from page 2 to 6, footnotes on the page of their call, tables
    for i, p in enumerate(pages[RAP], 1):
        head = "LA FOURMILIÈRE · RAPPORT D'ACTIVITÉ 2028" in p
        if head != (1 < i < len(pages[RAP])):
            problems.append(f"{RAP}: running header wrong on page {i}")
    for n, note in RAP_NOTES.items():
        start = norm(f"({n}) {note[:40]}")
        where = [i for i, p in enumerate(corpus.norm_pages[RAP], 1) if start in p]
        calls = [
            i
            for i, p in enumerate(corpus.norm_pages[RAP], 1)
            if p.count(f"({n})") >= (2 if i in where else 1)
        ]
        if len(where) != 1 or where != calls:
            problems.append(f"{RAP}: footnote {n} on pages {where}, called on {calls}")
    if (RAP_T27, RAP_T28, RAP_REEMPLOI, RAP_VALO) != (561, 612, 299, 437):
        problems.append(f"{RAP}: tonnages do not add up")
    if (RAP_NSORTIES, RAP_DYN, RAP_VENTES) != (19, 11, 268400):
        problems.append(f"{RAP}: exits or sales do not add up")
    if dict(RAP_PRODUITS)["Département de la Vézonne"] != next(
        r[5] for r in CSV_ROWS if r[0] == "La Fourmilière"
    ):
        problems.append(f"{RAP}: the Département's grant differs from the open data")
    if dict(RAP_PRODUITS)["CC Brévannes-Vézonne – Fonds ESS"] != JOO_2028[0][3]:
        problems.append(f"{RAP}: the Fonds ESS grant differs from the web page")
    if RAP_RESULT != 8606:
        problems.append(f"{RAP}: the result is {RAP_RESULT}")
    if not all(luhn_ok(x) for x in (FIL_SIRET, FOU_SIRET, DEP_SIRET, CC_SIREN)):
        problems.append("SIRET or SIREN with a wrong Luhn key")


def check_others(corpus: Corpus, problems: list[str]) -> None:
    raw = (CORPUS / JOO).read_text(encoding="utf-8")
    for needle in (
        "<!-- saved from url=",
        'content="Joomla! - Open Source Content Management"',
        "joomla-script-options",
        "application/ld+json",
        "mod-breadcrumbs__here",
        "Vous êtes ici",
        'class="article-info',
        "Affichages : 1284",
        "<del>",
        "<details",
        "<summary>",
        "cc-window cc-banner",
        "_paq",
        "alert alert-info",
        "pagenavigation",
        "Partager :",
    ):
        if needle not in raw:
            problems.append(f"{JOO}: {needle!r} missing")
    if raw.count("<details") != len(JOO_FAQ) or JOO_ENVELOPPE != 150000:
        problems.append(f"{JOO}: FAQ or strands wrong")
    if JOO_2028_TOTAL != 118400 or dict((x[0], x[4]) for x in JOO_VOLETS)["Investissement"] != (
        90000
    ):
        problems.append(f"{JOO}: 2028 grants or the investment strand do not add up")
    data = (CORPUS / EML).read_bytes()
    if re.search(rb"(?<!\r)\n", data) or not data.isascii():
        problems.append(f"{EML}: not CRLF or not 7-bit")
    msg = email.message_from_bytes(data, policy=policy.default)
    types = [p.get_content_type() for p in msg.walk()]
    if types != [
        "multipart/related",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "image/png",
    ]:
        problems.append(f"{EML}: unexpected structure {types}")
    if str(msg["Subject"]) != EML_SUBJECT or b"=\r\n" not in data or b"=C3=A9" not in data:
        problems.append(f"{EML}: subject, soft line breaks or QP escapes wrong")
    _, plain_part, html_part = eml_parts(data)
    for needle in (
        "De : ",
        "Envoyé : ",
        "Objet : ",
        "________________________________",
        EML_BANNER,
        f"[cid:{EML_CID}]",
    ):
        if needle not in plain_part:
            problems.append(f"{EML}: {needle!r} missing in the plain-text part")
    if plain_part.count("Envoyé : ") != len(EML_MESSAGES) - 1:
        problems.append(f"{EML}: the quoted messages are not all there")
    html_norm = norm(html_part)
    for line in plain_part.split("\n"):
        line = re.sub(r"^\s*(\*|\d\.)\s+", "", line.replace(f"[cid:{EML_CID}]", ""))
        if line.strip("_ ") and norm(line) not in html_norm:
            problems.append(f"{EML}: {line[:60]!r} is in the plain-text part only")
    text = (CORPUS / HED).read_text(encoding="utf-8")
    for needle in (
        "---\ntitle: ",
        "\n---\n\n# ",
        "###### tags:",
        ":::info",
        ":::warning",
        ":::success",
        ":::spoiler",
        "[TOC]",
        "- [x] ",
        "- [ ] ",
        "==",
        "<!-- ",
        "[name=",
        "[time=",
        "| :",
    ):
        if needle not in text:
            problems.append(f"{HED}: {needle!r} missing")
    if "\r" in text or HED_PRESENT != 8 or sum(x[1] for x in HED_DEPENSES) != HED_TOTAL:
        problems.append(f"{HED}: CR in the file, quorum or budget wrong")
    text = (CORPUS / VTT).read_text(encoding="utf-8")
    cues = re.findall(
        r"\n\n([0-9a-f-]{36}/\d+-\d+)\n(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n"
        r"<v ([^>]+)>([^\n]*)</v>",
        text,
    )
    if not text.startswith("WEBVTT\n\n") or len(cues) != text.count(" --> "):
        problems.append(f"{VTT}: header or cue layout wrong")
    if [c[1] for c in cues] != sorted(c[1] for c in cues) or any(c[1] >= c[2] for c in cues):
        problems.append(f"{VTT}: cue times do not increase")
    if {c[3] for c in cues} != set(VTT_SPK.values()) or len(cues) < 50:
        problems.append(f"{VTT}: speakers or cues missing")
    data = (CORPUS / CSV).read_bytes()
    if not data.startswith(b"\xef\xbb\xbf") or re.search(rb"(?<!\r)\n(?=\")", data):
        problems.append(f"{CSV}: no BOM, or a record not ended by CRLF")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    if rows[0] != CSV_FIELDS or any(len(r) != len(CSV_FIELDS) for r in rows):
        problems.append(f"{CSV}: fields wrong")
    if not any("\n" in c for r in rows for c in r) or not any('"' in c for r in rows for c in r):
        problems.append(f"{CSV}: no cell with a line break or a quote")
    if not any(r[7].startswith("-") for r in rows[1:]):
        problems.append(f"{CSV}: no cancellation")
    if not all(luhn_ok(r[5]) and luhn_ok(r[1]) for r in rows[1:]):
        problems.append(f"{CSV}: a SIRET with a wrong key")


PROPER_NAMES = [
    # region, départements, chefs-lieux, intercommunalities, communes, streets and places
    "Brémonie",
    "Aubercourt",
    "Vézonne",
    "Hesmelange",
    "Marsange",
    "Vérande",
    "Quévrelles",
    "Brévannes-Vézonne",
    "Aubrette",
    "Crêtes vézonnaises",
    *[c[0] for c in COMMUNES],
    "Ancelange",
    "Vigneuvre",
    "Bazelot",
    "Sablons",
    "Moulin-Gaillard",
    "Bief",
    "Tuilerie",
    "Vannes",
    "Aulnes",
    "Arsenal",
    # structures
    "Filature",
    "Fourmilière",
    "Ricochet",
    "Engrenages",
    "Ébénisterie Hanriot",
    "Conditionnement",
    "Courte Échelle",
    "Potagers",
    "Vergers",
    "Bobine",
    "Rustine",
    "Ruche",
    "Préau",
    "Passerelles",
    "Sytrevez",
    "Déclic Conduite",
    "Covoit'Aubrette",
    "Intermède",
    "Coup de Pouce",
    "Vélo Cité",
    "Énergies citoyennes",
    "Compagnons du Chanvre",
    "Épi",
    "Saveurs",
    "Ressac",
    "Valoria",
    "Terre Matière",
    # people
    *[f"{m[1]} {m[2].capitalize()}" for m in CONSEIL],
    "Armelle Grosjean",
    "Capucine Kieffer",
    "Yannick Pierrat",
    "Thibault Marchal",
    "Maëlle Gérardin",
    "Karim Bensalem",
    "Pauline Jacquemin",
    "Amaury Thouvenin",
    "Odette Lhuillier",
    "Benoît Rouyer",
    "Raymond Pétrequin",
    "Huguette Barbier",
    "Stéphane Guichard",
    "Aurélie Colas",
    "Jade Fleurot",
    "Kévin",
    "Mathis Colombet",
    "Quentin Bailly",
    "Sébastien Noirot",
    "Gaston Weber",
    "Élodie Barthélemy",
    "Farida Amrani",
    "Cédric Lallement",
    "Ludovic Grandjean",
]
_STOP = {"de", "du", "la", "le", "les", "l", "d", "des", "et", "en", "à", "au", "aux"}
# capitalised words of the corpus and questions that also occur in fresh41: reviewed by hand
# (question and function words, common nouns and adjectives at the start of a sentence,
# heading, label, menu item or cell, acronyms of French law and schemes, months and weekdays,
# software and formats)
_COMMON_OK_TEXT = """
    Accepter Accessibilité Accompagnement ACCOMPAGNER Accompagner Accueil Achats ACI Action
    Actions ACTIVITÉ Activités AG Agenda AI Aide Ainsi Alors Aménagement And Animation
    Annexe Annonce Appel APPELS Appels Après Article Assemblée Associations Atelier
    Atteindre ATTENTION Au Auto Autres Avant Avec Axe B Bon Bonjour Bonne Boutique
    Breadcrumbs Bureau C Cabinet Café Calendrier Candidature Catégorie CC Cc CDD CDDI CDI Ce
    Centre Chaque Charges Chargé Chargée CHIFFRES Chiffres CLÉS Collège Combien Commande
    Comme Comment Commission COMMUNAUTAIRE COMMUNAUTÉ Communauté Commune COMMUNES
    Communication Compte COMPTES Comptes CONSEIL Conseil Contact Contacts Content Contre
    Convention Coopératives Coopérer Coordination COPIL Cotisation Cotisations Courriel CP
    CR CRESS Création Créé D Dans Date DDETS DE De Depuis Dernière Derrière DES DETR Deux
    Devant Direction Dix DLA DOCTYPE Documents DOCX Does Donc Données Dossier Dotations DU
    Du Décision Délai Délibération DÉLIBÉRATIONS Délibérations Démarrage Département
    DÉPARTEMENTALE Dépenses Dépôt Développement EI Elle EMPLOI Emploi En Enseignement
    Ensemble Entretien Entrée Enveloppe Environnement Envoyer Envoyé Erreur ESS Est ESUS ET
    Et ETP ETTI Existe EXTRAIT Facebook Fait Faut Fermé Financeur Flores Fonctionnement
    Fondations Fonds For Forme Forum FR Frais France From FSE Fête Gestion Gouvernance
    Gérante How HT Hôtel I Ici ID Il Ils Impôts In Insee Investissement Is J Je Jeudi Jusqu
    Ko L LA La Lancement LE Le LEADER Les Lettre LibreOffice Lien Lieu LinkedIn Local
    Location M Maison Management Marchés Mardi May Membres Mentions Menu Merci MESSAGE
    Message Microsoft Mise Mises Mission Mme Mobilier Mobilité Mois Montant Month Mutuelles
    Navigation Ne Nombre Non Nos Note NOTICE Notre NOUS Nous Nouvelle Novembre Objectif
    Objet Office Offres OK On Ont Open Oui Ouvert Ouverture Ouvrir Où Par Parcours Part
    Partager Partenaires Participant Pas Patrimoine PDF Permanence Permanences Personnes
    Petite Peut Pièces Plafond Plan Point Portage Pour Pourquoi President Prestations Prise
    Prix Produits PROJETS Préparer Présence Présenté Président PRÉSIDENTE Publication Publié
    Puis Périodes Qu Quand Que Quel Quelle Quelles Quels Questions QUI Qui RAPPORT Rapport
    RE Recettes Rechercher Recrutement Recruter Refuser REGISTRE Registre Relancer Relevé
    Remise Reprise Représentant Ressourcerie Reçu ROUTE RSA Règlement Régie Région Réseaux
    Résultat Réunion S Sa Salaires Salariés SCIC SCOP Se Secrétaire Secrétariat Secteur
    Selon Service Services Si SIAE Signer SIRET Six Sommaire SOMMES Son Sortie Source Sous
    Soutien Sport Statut Structure Structures Subject Suivant Sur Tarif Taux Territoire Thu
    Tiers To TOC Total TR Transmettre Transmis Travail Travaux Trois TTC Type Un Une Unique
    UTF Vendredi Ventes VERS Version Vivre Vote Votre Vous Vu WARNING What When Which Who
    Word Y ZA À Économie Écrit Épicerie Épiceries Étaient État Étude
"""
COMMON_OK = set(_COMMON_OK_TEXT.split())


def fresh41_text() -> str | None:
    files = [FRESH41 / "README.md", FRESH41 / "build.py"]
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
    other = fresh41_text()
    if other is None:
        problems.append("names: evals/fresh41 not found, the name check cannot run")
        return
    for name in PROPER_NAMES:
        for w in re.split(r"[\s\-'’]+", name):
            if w and w.casefold() not in _STOP and in_text(w, other):
                problems.append(f"names: {w!r} (in {name!r}) also occurs in fresh41")
    texts = [*corpus.full.values(), corpus.eml_html]
    texts += [(CORPUS / JOO).read_text(encoding="utf-8")]
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
        print("SHARED WITH FRESH41", " ".join(shared))
        print("NOT IN COMMON_OK", " ".join(clashes))
    for w in clashes:
        problems.append(f"names: capitalised word {w!r} also occurs in fresh41")
    for w in COMMON_OK:
        if w.casefold() in name_words():
            problems.append(f"names: {w!r} is both a name word and in COMMON_OK")
        if w not in shared:
            problems.append(f"names: {w!r} is in COMMON_OK but not needed")


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
                if name == EML and norm(fact) not in corpus.eml_html:
                    problems.append(f"{q.question!r}: fact {fact!r} not in the mail's HTML")
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
    "unanswerable": 50,
    "en": 50,
    "follow": 25,
    "table": 40,
    "compare": 8,
    "staff": 8,
    "typo": 8,
    "definition/answerable": 6,
    "yesno/answerable": 15,
    "list/answerable": 15,
    "people/answerable": 30,
    "date/answerable": 30,
    "multi": 10,
    "conflict": 5,
    "quoted": 5,
    "note": 4,
    "chart": 8,
    "faq": 5,
    "speaker": 5,
    "stamp": 3,
}
MAX_COUNTS = {"total": 600, "unanswerable": 70, "en": 65}
KEYS = ["id", "question", "facts", "sources", "answerable", "history", "pages"]


def write_questions(questions: list[Q]) -> None:
    order = list(questions)
    random.Random(42).shuffle(order)
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
    build_del()
    build_sli()
    build_rap()
    build_joo()
    build_eml()
    build_hed()
    build_vtt()
    build_csv()


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
        for name in (JOO, EML, HED, VTT, CSV):
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
# The questions (D délibérations, S slides, R activity report, J Joomla page, E Outlook
# thread, H HedgeDoc minutes, V Teams transcript, T open-data CSV)
# ---------------------------------------------------------------------------

Q_DEL = """
D figure @Article 1er – Une subvention
Quel montant la communauté de communes Brévannes-Vézonne a-t-elle attribué à la SCIC La \
Filature pour son tiers-lieu ?
= 45 000 €

D figure @La SCIC avait sollicité
Combien la SCIC La Filature avait-elle demandé à la CCBV au départ ?
= 60 000 €

D figure
À combien est estimé le coût de l'aménagement du tiers-lieu dans l'ancienne filature \
d'Épervange ?
= 412 600 € HT

D figure @Article 2 – La subvention
Comment se décompose le versement de la subvention de la CCBV à La Filature : avance et solde ?
= 13 500 € | 31 500 €

+D date @Article 2 – La subvention
Et jusqu'à quand la SCIC a-t-elle pour produire ses justificatifs ?
= 31 décembre 2031

+D other @Article 2 – La subvention
Dans quel cas la subvention devient-elle caduque ?
= commencé dans un délai d'un an | justificatifs ne sont pas produits

D figure table
Quelle part du plan de financement du tiers-lieu d'Épervange est couverte par la DETR ?
= 96 000 € | 23,3 %

D figure table
Combien le programme LEADER apporte-t-il au projet de La Filature ?
= 52 000 €

D figure table
Quel est l'apport de la SCIC elle-même, fonds propres et emprunt, dans son plan de financement ?
= 79 600 €

D figure table compare
Après l'État, quel est le premier financeur du tiers-lieu de La Filature ?
= Région Brémonie | 80 000 €

D figure table @Annexe – Plan de financement
Le Département de la Vézonne a-t-il déjà accordé son aide au tiers-lieu d'Épervange ?
= (sollicitée) | 60 000 €

D figure @Pour 2029, il est doté
Quelle est la dotation 2029 du Fonds ESS Brévannes-Vézonne selon la délibération ?
= 150 000 €

+D figure @Pour 2029, il est doté
Et combien pour le seul volet investissement ?
= 90 000 €

D figure
Quelle surface fait le bâtiment de l'ancienne filature d'Épervange ?
= 1 850 m²

D figure
Combien de postes de coworking le tiers-lieu d'Épervange proposera-t-il ?
= 14 postes

D figure
Quelle surface aura l'atelier de fabrication partagé de La Filature ?
= 420 m²

D figure
Combien d'emplois la SCIC La Filature prévoit-elle de créer, et en combien d'ETP ?
= 6 emplois | 5,2 ETP

D date
Quand l'ouverture du tiers-lieu de La Filature est-elle prévue ?
= printemps 2030

D figure
Pour combien d'années l'ancienne filature est-elle mise à disposition de la SCIC ?
= 40 ans

D date @bail emphytéotique
Quand le bail emphytéotique de l'ancienne filature a-t-il été signé ?
= 9 janvier 2029

D date
En quelle année la filature d'Épervange a-t-elle fermé ?
= fermée en 2009

D figure @réunit 128
Combien de sociétaires compte la SCIC La Filature d'après la délibération sur la subvention ?
= 128 sociétaires

D list @Au 20 avril 2029
Quels sont les cinq collèges de la SCIC La Filature ?
= salariés et porteurs de projet | usagers | bénévoles et habitants | partenaires économiques \
| collectivités publiques

D figure
À combien s'élève le capital de la SCIC La Filature au 20 avril 2029 ?
= 38 400 € | 384 parts

D figure @Article 1er – La Communauté de communes souscrit
Combien de parts sociales la communauté de communes prend-elle dans La Filature, et pour quel \
montant ?
= 50 parts sociales | 5 000 €

D figure
Après l'entrée de la communauté de communes, quelle part du capital de La Filature sera \
détenue par les collectivités publiques ?
= 20,7 %

D figure
Quel poids a le collège des collectivités publiques dans les votes de l'AG de La Filature ?
= 20 % des droits de vote

D yesno
Une intercommunalité peut-elle détenir la majorité du capital d'une SCIC ?
= jusqu'à 50 %

D other
Quel texte de loi autorise les collectivités à entrer au capital d'une SCIC ?
= 19 septies | 10 septembre 1947

D list @Les communes d'Épervange
Quelles communes sont déjà sociétaires de La Filature ?
= Épervange | Tholancourt

D people @Article 3 – Mme Nadia
Qui représentera la CCBV aux assemblées générales de la SCIC La Filature ?
= Nadia BENAÏSSA

+D people @Article 3 – Mme Nadia
Et qui est son suppléant ?
= Régis THIRIET

D people @Rapporteur : Mme Nadia
Quel élu a rapporté la délibération sur la subvention à La Filature ?
= Nadia BENAÏSSA

D people @Rapporteur : M. Patrice VOIRIN
Quel élu a présenté la délibération sur le marché d'entretien des espaces verts ?
= Patrice VOIRIN

+D people @Rapporteur : M. Patrice VOIRIN
Quelle est sa délégation ?
= l'environnement | cadre de vie

D people @2029-047 – page 1/3
Qui préside la communauté de communes Brévannes-Vézonne ?
= Gérard COLLIGNON

D people @2029-049 – page 1/2
Qui était secrétaire de séance du conseil communautaire du 24 mai 2029 ?
= Loïc DEMANGE

D other @2029-047 – page 1/3
Pourquoi Danièle Poirson n'a-t-elle pas pris part au vote sur la subvention à La Filature ?
= administratrice

D other @2029-047 – page 1/3
Sur quel article du CGCT s'appuie le retrait d'une conseillère intéressée lors du vote ?
= L. 2131-11

D figure @2029-047 – page 1/3
Combien de conseillers étaient présents, et combien ont voté, pour la délibération 2029-047 ?
= 32 | 37

D figure @2029-049 – page 1/2
Combien y avait-il de votants pour la délibération sur le marché des espaces verts ?
= 38

D figure @2029-048 – page 1/2
Combien la CCBV compte-t-elle de conseillers communautaires en exercice ?
= 41

D figure @par 34 voix pour
Quel a été le résultat du vote sur la subvention à La Filature ?
= 34 voix pour | 2 abstentions

D people @2029-047 – page 3/3
Qui a voté contre la subvention à la SCIC La Filature ?
= Serge LAHEURTE

D figure @2029-048 – page 2/2
Combien d'élus ont voté contre l'entrée au capital de La Filature ?
= 4

D list @2029-048 – page 2/2
Quels conseillers se sont opposés à l'entrée de la communauté de communes au capital de la SCIC ?
= Serge LAHEURTE | Daniel WAGNER | Fanny MARULIER | Roland BARADEL

D people @2029-049 – page 2/2
Qui s'est abstenu sur le marché d'entretien des espaces verts 2030-2033 ?
= Thierry KEMPF

D yesno @2029-049 – page 2/2
La délibération sur le marché d'entretien des espaces verts a-t-elle été votée à l'unanimité ?
= 37 voix pour

D list @2029-047 – page 1/3
Quels élus avaient donné pouvoir pour le conseil du 24 mai 2029 ?
= Jérôme CUNY | Corinne SIMONIN | Lucie HOUILLON | Mireille TISSERAND | ZIMMERMANN

D people @2029-047 – page 1/3
À qui Jérôme Cuny a-t-il confié son pouvoir ?
= Patrice VOIRIN

D list @2029-047 – page 1/3
Quels élus étaient absents le 24 mai sans avoir donné de pouvoir ?
= Claude JACQUOT | Colette REMY | Jacky FLEUROT

D date @2029-049 – page 1/2
À quelle date les conseillers ont-ils été convoqués pour la séance du 24 mai 2029 ?
= 16/05/2029

D other @2029-047 – page 1/3
Où s'est tenu le conseil communautaire du 24 mai 2029 ?
= salle polyvalente de Tholancourt

D other @2029-047 – page 1/3
À quelle heure a commencé le conseil communautaire du 24 mai 2029 ?
= dix-huit heures trente

D date stamp @DEL2029_049
Quand la délibération sur les marchés réservés a-t-elle été envoyée en préfecture ?
= 28/05/2029

D date stamp @2029-048 – page 2/2
Quand la délibération sur l'entrée au capital de La Filature a-t-elle été publiée ?
= 29/05/2029

D other stamp @2029-048 – page 1/2
Quel est l'identifiant de télétransmission de la délibération 2029-048 ?
= @@ACK048@@

D other @Article 1er – Une subvention
Quel est le numéro SIRET de la SCIC La Filature ?
= @@FIL_SIRET_SPACED@@

D other
Sur quel chapitre et quel article budgétaires la subvention à La Filature est-elle imputée ?
= chapitre 204, article 20422

D other
Sur quelle imputation budgétaire la prise de participation au capital de La Filature est-elle \
inscrite ?
= chapitre 26, article 261

D date @Article 1er – Le marché
Pour quelle période le nouveau marché d'entretien des espaces verts de la CCBV est-il conclu ?
= 1er janvier 2030 | 31 décembre 2033

D figure table
Quel est le montant estimé du lot réservé aux SIAE dans le marché d'entretien 2030-2033 ?
= 104 000 €

D figure table
Combien représente le lot 3 du marché d'entretien des espaces verts ?
= 58 000 €

D figure table @Annexe – Allotissement
Quel est le montant total estimé du marché d'entretien des espaces verts sur quatre ans ?
= 398 000 €

D figure @Article 3 – Le lot 1
Combien d'heures d'insertion la clause du lot 1 prévoit-elle ?
= 1 400 heures

D figure
Combien d'heures d'insertion le marché d'entretien 2026-2029 a-t-il permis de réaliser ?
= 1 150 heures

D figure @PDIPR
Combien de kilomètres de chemins de randonnée le lot 2 couvre-t-il ?
= 168 km

D other
À qui le lot 3 du marché d'entretien est-il réservé ?
= entreprises adaptées | établissements et services d'aide par le travail

D other @Marché réservé aux SIAE
Quel article du code de la commande publique permet de réserver un marché aux SIAE ?
= L. 2113-13

D definition
Que veut dire PDIPR ?
= itinéraires de promenade et de randonnée

D other
Qui accompagnera la CCBV pour rédiger la clause d'insertion du marché d'entretien ?
= facilitateur des clauses sociales

D other boilerplate @2029-049 – page 2/2
Devant quelle juridiction peut-on contester une délibération de la communauté de communes ?
= tribunal administratif de Quévrelles

D other boilerplate @2029-049 – page 2/2
Quelle application permet de saisir le tribunal administratif ?
= Télérecours citoyens

D date @approuvant le règlement modifié
Par quelle délibération le règlement du Fonds ESS a-t-il été modifié, et quand ?
= 2028-112 | 13 décembre 2028

D date
En quelle année le Fonds ESS Brévannes-Vézonne a-t-il été créé ?
= créé en 2025

D date
Quand la CCBV a-t-elle reçu la demande de subvention de La Filature ?
= 4 avril 2029

D date @2029-047 – page 2/3
Quand la commission Développement économique, ESS et tourisme a-t-elle examiné le dossier de \
La Filature ?
= 14 mai 2029

D list
Qu'y aura-t-il dans le tiers-lieu de l'ancienne filature ?
= atelier de fabrication partagé | coworking | café associatif | boutique de créateurs

D other
Avec quelle structure d'insertion La Filature prévoit-elle ses postes en parcours ?
= La Fourmilière

D figure @Article 1er – Une subvention
Quel pourcentage du coût du projet représente l'aide de la CCBV à La Filature ?
= 10,9 %

D date @2029-048 – page 1/2
Depuis quand le capital de La Filature est-il de 38 400 € ?
= 20 avril 2029

D other @2029-048 – page 2/2
Pourquoi la désignation du représentant à la SCIC n'a-t-elle pas été faite à bulletin secret ?
= à l'unanimité | L. 2121-21

D figure en @2029-048 – page 1/2
How many councillors sit on the Brévannes-Vézonne community council?
= 41

D people en @2029-047 – page 1/3
Which councillor left the room before the vote on La Filature's grant?
= Danièle POIRSON

D figure en @Article 1er – La Communauté de communes souscrit
How many shares in La Filature does the community of communes buy?
= 50

D figure en @20 % des droits de vote
What share of the votes does the public-bodies college hold at La Filature's general meeting?
= 20 %

D people en @2029-049 – page 2/2
Which councillor abstained on the green-space maintenance contract?
= Thierry KEMPF

D date en
In which year did the old Épervange mill close?
= 2009

D figure en @bail emphytéotique
For how many years is the mill leased to the cooperative?
= 40

D figure typo @2029-047 – page 1/3
cb de conseillers presents au conseil du 24 mai pour la deliberation filature
= 32

D figure staff
delib filature montant avance
= 13 500 €

D figure staff @Article 1er – La Communauté de communes souscrit
ccbv parts sociales filature montant
= 5 000 €
"""

Q_SLI = """
S figure box @salariés dans l'ESS en Vézonne fin 2028
Combien l'ESS compte-t-elle de salariés en Vézonne fin 2028 ?
= 9 870

S figure box
Quelle part de l'emploi salarié privé l'ESS représente-t-elle dans la Vézonne ?
= 11,8 %

S figure box
Combien d'établissements employeurs l'ESS compte-t-elle en Vézonne ?
= 1 046

S figure box
Quel montant de rémunérations brutes les employeurs de l'ESS ont-ils versé en Vézonne en 2028 ?
= 312 M€

S figure box
Quelle est la part des femmes parmi les salariés de l'ESS en Vézonne ?
= 68 %

S figure box
Quelle proportion des salariés de l'ESS vézonnaise a 50 ans ou plus ?
= 31 %

S figure chart
Combien de personnes travaillent dans les coopératives de l'ESS en Vézonne ?
= 1 310

S figure chart @Fondations
Combien de salariés emploient les fondations en Vézonne ?
= 500

S figure chart
Quelle part des salariés de l'ESS travaille dans une mutuelle en Vézonne ?
= 6,5 %

S figure chart
Combien d'emplois les mutuelles ont-elles perdus en Vézonne, et pourquoi ?
= 30 | fusion de deux

S figure chart
De combien les effectifs des coopératives ont-ils progressé en un an ?
= +4,8 %

S figure chart
Combien de salariés de l'ESS y a-t-il sur le territoire de la CC Brévannes-Vézonne ?
= 1 480

+S figure chart
Et quel poids l'ESS y a-t-elle dans l'emploi privé ?
= 14,1 %

S figure chart compare
Quelle intercommunalité de la Vézonne compte le plus de salariés dans l'ESS ?
= CA Hesmelange Agglomération | 5 120

S figure chart
Combien de salariés de l'ESS compte la CC Plaine de l'Aubrette ?
= 1 640

S figure chart
Quelle est la part de l'ESS dans l'emploi privé de la CC des Crêtes vézonnaises ?
= 12,2 %

S yesno chart
Est-ce dans l'agglomération de Hesmelange que l'ESS pèse le plus dans l'emploi ?
= 10,9 % | 14,1 %

S figure chart
Combien de salariés comptait l'ESS en Vézonne en 2019 ?
= 9 210

+S figure chart
Et en 2020 ?
= 9 050

+S other chart
Pourquoi cette baisse ?
= crise sanitaire

S figure chart
De combien l'emploi dans l'ESS a-t-il augmenté en Vézonne en dix ans ?
= +7,2 % | +660 emplois

S figure chart
Combien de salariés de l'ESS vézonnaise y avait-il en 2027 ?
= 9 815

S figure table
Combien de salariés de l'ESS travaillent dans l'action sociale en Vézonne ?
= 4 860 | 49,2 %

S figure table
Quel est le poids de l'enseignement dans l'emploi de l'ESS en Vézonne ?
= 1 120 | 11,3 %

S figure table @Sport et loisirs
Combien l'ESS emploie-t-elle de personnes dans le sport et les loisirs en Vézonne ?
= 610

S figure table compare
Quel secteur pèse le moins dans l'emploi de l'ESS en Vézonne ?
= Arts et spectacles | 290

S figure table
Combien de salariés de l'ESS travaillent dans la santé humaine en Vézonne ?
= 930 | 9,4 %

S figure box @structures d'insertion (SIAE)
Combien de structures d'insertion par l'activité économique sont conventionnées en Vézonne ?
= 27

S figure box
Combien de personnes ont été salariées en parcours d'insertion en Vézonne en 2028 ?
= 1 190

S figure table @ACI 14 610
Combien d'ateliers et chantiers d'insertion compte la Vézonne ?
= 14

S figure table @ETTI 3 135
Combien de salariés en parcours les ETTI de la Vézonne emploient-elles ?
= 135

S figure
Quel est le taux de sorties dynamiques des SIAE de la Vézonne, et comment se situe-t-il par \
rapport à la région ?
= 58 % | 54 %

S figure
Quelle part des salariés en parcours d'insertion de la Vézonne sont au RSA ?
= 46 %

S figure
Combien d'heures d'insertion les clauses sociales ont-elles produit en Vézonne en 2028 ?
= 98 400 heures

S date
Quand la feuille de route départementale ESS 2029-2031 a-t-elle été adoptée ?
= 22 mars 2029

S figure @Axe 1
Quel est le budget annuel du Fonds d'amorçage ESS du Département ?
= 250 000 €

S figure
Combien le Fonds d'amorçage ESS du Département peut-il apporter au maximum à un projet ?
= 15 000 €

S figure
Quel objectif d'heures d'insertion le Département se fixe-t-il d'ici 2031 ?
= 140 000 heures

S figure
Quelle part de ses marchés le Département veut-il réserver ou assortir d'une clause ?
= 10 %

S list
Quels sont les quatre axes de la feuille de route ESS du Département ?
= Entreprendre | Acheter responsable | Se déplacer | Coopérer

S list
Quels PTCE le Département de la Vézonne accompagne-t-il ?
= Ricochet | Saveurs

S figure
Quel budget le Département consacre-t-il aux PTCE et aux tiers-lieux en 2029 ?
= 120 000 € | 5,8 %

S figure table
Quel est le budget ESS total du Département de la Vézonne en 2029 ?
= 2 065 000 €

S figure table
Combien le Département consacre-t-il à l'accompagnement des SIAE en 2029 ?
= 1 420 000 € | 68,8 %

S figure table
Combien va aux réseaux et au DLA dans le budget ESS 2029 du Département ?
= 95 000 €

S figure box @enveloppe 2029
Quelle est l'enveloppe de l'AMI Mobilité solidaire 2029 ?
= 180 000 €

+S figure box
Et combien au plus par projet ?
= 30 000 € | 70 % du budget

S list
Qui peut répondre à l'AMI Mobilité solidaire du Département ?
= Associations | SCIC | SCOP

S list
Quels publics l'AMI Mobilité solidaire vise-t-il ?
= Allocataires du RSA | jeunes suivis par la Mission locale | demandeurs

S other
Sur quel site dépose-t-on un dossier pour l'AMI Mobilité solidaire ?
= aides.vezonne.fr

S date conflict chart
D'après le support de la conférence du 3 juillet, quelle est la date de clôture de l'AMI \
Mobilité solidaire ?
= 14 septembre

S date chart
Quand le jury de l'AMI Mobilité solidaire devait-il se réunir selon le support de la \
conférence ?
= 16 octobre

S date chart
Quand l'AMI Mobilité solidaire a-t-il été lancé ?
= 2 juillet

S date
Quand les Prix de l'ESS de la Vézonne seront-ils remis, et où ?
= 22 novembre 2029 | salle polyvalente de Tholancourt

S date
Jusqu'à quand peut-on candidater aux Prix de l'ESS de la Vézonne ?
= 28 septembre 2029

S date
Quand a lieu l'atelier de la CRESS pour monter un dossier AMI, d'après la conférence ?
= 4 septembre 2029 | Brévannes

S figure
Combien d'événements sont déjà annoncés en Vézonne pour le Mois de l'ESS 2029 ?
= 38 événements

S people @CRESS Brémonie – observatoire
Qui contacter à la CRESS pour les chiffres de l'observatoire de l'ESS ?
= Maëlle Gérardin | observatoire@cress-bremonie.org

S other
Quel est le numéro de téléphone de l'observatoire de la CRESS Brémonie ?
= 03 53 01 18 60

S figure
Combien de pages fait le panorama complet de l'ESS en Vézonne ?
= 16 pages

S people
Qui a ouvert la conférence départementale de l'ESS du 3 juillet 2029 ?
= Armelle Grosjean

S other
Dans quelle salle s'est tenue la conférence départementale de l'ESS de 2029 ?
= salle de l'Arsenal

S other @traitement CRESS
D'où viennent les chiffres clés de l'ESS présentés à la conférence ?
= Flores 2028

S definition @structures d'insertion (SIAE)
Que recouvre le sigle SIAE dans le support de la conférence ?
= structures d'insertion (SIAE)

S figure typo @salariés dans l'ESS en Vézonne fin 2028
combien de salarié dans l'ess en vezonne
= 9 870

S figure staff
budget ESS departement 2029 fonds amorcage
= 250 000 € | 12,1 %

S figure en
What percentage of social-economy employees in the Vézonne are women?
= 68 %

S figure en @structures d'insertion (SIAE)
How many integration structures (SIAE) are there in the Vézonne?
= 27

S people en @capucine.kieffer@vezonne.fr
Who is the Département's ESS officer listed as a contact at the conference?
= Capucine Kieffer

S other en
On which website are applications for the solidarity mobility call submitted?
= aides.vezonne.fr

S list en
Which two PTCEs does the Département support?
= Ricochet | Saveurs

S date en
In which year did social-economy employment fall in the Vézonne?
= 2020
"""

Q_RAP = """
R figure @contre 561 tonnes
Combien de tonnes d'objets La Fourmilière a-t-elle collectées en 2028 ?
= 612 tonnes

+R figure @contre 561 tonnes
Et l'année d'avant ?
= 561 tonnes

R figure
Combien de tonnes de mobilier la ressourcerie a-t-elle collectées en 2028 ?
= 187 tonnes

R figure table compare
Quel flux a le plus progressé à la ressourcerie La Fourmilière en 2028 ?
= Vélos | +45 %

R figure table @Textile et linge
Combien de tonnes de textile ont été réemployées par La Fourmilière en 2028 ?
= 55

R figure table compare
Quel flux de la ressourcerie a reculé entre 2027 et 2028 ?
= Matériaux de construction | −5 %

R figure table @Électroménager (DEEE) 58 61
Quel tonnage d'électroménager La Fourmilière a-t-elle collecté en 2028 ?
= 61

R figure
Combien de tonnes la ressourcerie a-t-elle réemployées, et combien recyclées ?
= 299 tonnes | 138 tonnes

R figure box
Quel est le taux de valorisation des objets collectés par La Fourmilière ?
= 71,4 %

R figure
Quelle part des tonnages de La Fourmilière vient des apports volontaires à Gondrexelle ?
= 58 %

R figure
Combien d'enlèvements à domicile La Fourmilière a-t-elle faits en 2028 ?
= 1 240 enlèvements

R list
Dans quelles déchèteries La Fourmilière a-t-elle des caissons de réemploi ?
= Brévannes | Maizerange | Épervange

R figure note
Combien le Sytrevez verse-t-il à La Fourmilière par tonne réemployée ou recyclée ?
= 38 € par tonne

+R date note
Depuis quand cette convention existe-t-elle ?
= 14 février 2026

+R figure note
Et dans quelle limite ?
= 450 tonnes

R figure
Combien a coûté le nouveau camion de collecte de La Fourmilière ?
= 46 000 €

+R figure
Et combien la communauté de communes a-t-elle mis ?
= 12 000 €

R figure
Quel volume fait le nouveau camion de La Fourmilière ?
= 20 m³

R figure
Combien de personnes La Fourmilière a-t-elle salariées en CDDI en 2028 ?
= 41 personnes

R figure
Combien de postes d'insertion sont conventionnés à La Fourmilière ?
= 34 postes

R figure
Combien d'équivalents temps plein représentent les salariés en insertion de La Fourmilière ?
= 22,4

R figure @29 % avaient moins de 26 ans
Quelle part des salariés en parcours de La Fourmilière était allocataire du RSA ?
= 46 %

R figure
Quelle proportion de jeunes de moins de 26 ans parmi les salariés en parcours de la \
ressourcerie ?
= 29 %

R figure
Combien de personnes sont sorties du chantier d'insertion de La Fourmilière en 2028 ?
= 19 personnes

R figure
Quel est le taux de sorties dynamiques de La Fourmilière en 2028 ?
= 57,9 %

+R figure
Et quel objectif l'État lui fixe-t-il ?
= 55 %

R figure table
Quelle part des sorties de La Fourmilière s'est faite vers un emploi de transition ?
= 15,8 %

R figure table
Combien de sorties de La Fourmilière se sont faites sans solution ou pour d'autres raisons ?
= 8 | 42,1 %

R definition note
Qu'entend La Fourmilière par « sortie dynamique » ?
= l'emploi durable | emploi de transition | sorties positives

R figure
Combien d'heures de formation les salariés en parcours de La Fourmilière ont-ils suivies ?
= 1 960 heures | 48 heures

R figure
Combien de salariés de la ressourcerie ont obtenu le permis B ?
= Six salariés

R other
Avec quelle auto-école sociale La Fourmilière travaille-t-elle pour le permis ?
= Déclic Conduite

R figure note
Combien d'immersions en entreprise les salariés de La Fourmilière ont-ils faites ?
= 23 immersions

R definition @nous avons fondé le PTCE
Que signifie PTCE ?
= pôle territorial de coopération

R definition
Comment La Fourmilière définit-elle le rôle d'une ressourcerie ?
= collecte | répare | revend à petit prix

R definition note
Que signifie PMSMP ?
= Périodes de mise en situation en milieu professionnel

R figure
Combien de temps dure en moyenne un parcours d'insertion à La Fourmilière ?
= 14 mois

R other
À quel rythme la conseillère en insertion reçoit-elle chaque salarié en parcours ?
= quinze jours

R people
Qui préside l'association La Fourmilière ?
= Odette Lhuillier

R people
Qui est le trésorier de La Fourmilière ?
= Pétrequin

R people
Qui est secrétaire du bureau de La Fourmilière ?
= Huguette Barbier

R people
Qui dirige La Fourmilière, et depuis quand ?
= Rouyer | 2019

R people
Qui encadre l'atelier mobilier de la ressourcerie ?
= Stéphane Guichard

R figure
Combien de salariés permanents compte La Fourmilière ?
= 9 salariés permanents | 8,1 ETP

R figure
Combien de membres siègent au conseil d'administration de La Fourmilière ?
= 11 membres

R date
En quelle année La Fourmilière a-t-elle été créée ?
= en 2011

R date
Depuis quand La Fourmilière est-elle conventionnée en atelier et chantier d'insertion ?
= depuis 2014

R other @Nos deux sites
Quelle est l'adresse de la ressourcerie La Fourmilière ?
= 7 rue de la Tuilerie

R other
Quels jours la boutique de Brévannes de La Fourmilière est-elle ouverte ?
= du mardi au samedi

+R other @Nos deux sites
Et celle de Gondrexelle ?
= mercredi

R date
Depuis quand la boutique de Brévannes est-elle ouverte ?
= 3 mars 2028

R figure @Nos deux boutiques ont réalisé
Quel chiffre de ventes les boutiques de La Fourmilière ont-elles fait en 2028 ?
= 268 400 €

R figure
Combien la boutique de Brévannes a-t-elle vendu en 2028 ?
= 97 100 €

R figure
Quel est le panier moyen dans les boutiques de La Fourmilière ?
= 14,71 €

R figure
Combien de passages en caisse les boutiques ont-elles enregistrés en 2028 ?
= 18 240 passages

R figure
Combien coûte un vélo révisé à La Fourmilière ?
= 45 €

R figure note
Quelle réduction donne le tarif solidaire de La Fourmilière ?
= 50 % de réduction

+R figure note
Combien de cartes étaient actives fin 2028 ?
= 412 cartes

R figure
Combien de visiteurs le marché de Noël du réemploi a-t-il attirés ?
= 1 150 visiteurs

R figure
Combien d'ateliers de sensibilisation La Fourmilière a-t-elle animés en 2028, et pour combien \
de participants ?
= 46 ateliers | 587 participants

R figure
Combien d'heures les bénévoles de La Fourmilière ont-ils données en 2028 ?
= 5 480 heures | 3,4 ETP

R figure
Combien de vélos l'atelier vélo a-t-il remis en état en 2028 ?
= 212

+R figure
Et quel est l'objectif pour 2029 ?
= 300 vélos

R date
Quand a lieu le repair café de Gondrexelle ?
= premier samedi de chaque mois | 9 h 30 | 12 h

R figure
Quel pourcentage des objets apportés au repair café a pu être réparé en 2028 ?
= 71 %

R figure
Quel est le résultat 2028 de La Fourmilière ?
= 8 606 €

R figure table
Combien La Fourmilière a-t-elle touché au titre de l'aide au poste de l'État en 2028 ?
= 512 300

R figure table
Quel est le total des produits de La Fourmilière en 2028 ?
= 953 906

R figure table
Combien ont coûté les salaires et charges sociales de La Fourmilière en 2028 ?
= 732 000

R figure table
Combien le Sytrevez a-t-il versé à La Fourmilière en 2028 ?
= 16 606

R figure
Quelle part des produits de La Fourmilière vient des ventes ?
= 28 %

R date
Quand le conseil d'administration de La Fourmilière a-t-il approuvé les comptes 2028 ?
= 24 avril 2029

R list
Quelles sont les priorités de La Fourmilière pour 2029 ?
= matériauthèque | point de collecte à Maizerange | 650 tonnes | second conseiller en insertion

R date
Quand et où se tient l'assemblée générale de La Fourmilière ?
= samedi 16 juin 2029 | salle des fêtes de Gondrexelle

R other
Quel est le numéro SIRET de La Fourmilière ?
= @@FOU_SIRET_SPACED@@

R other boilerplate
Quel est le numéro de téléphone de La Fourmilière ?
= 03 53 01 36 90

R other boilerplate
Avec quel outil le rapport d'activité de La Fourmilière a-t-il été conçu ?
= Canva

R figure
Combien d'abonnés compte la page de La Fourmilière ?
= 3 900 abonnés

R figure
Dans combien de classes l'équipe de La Fourmilière est-elle intervenue ?
= 14 classes

R list boilerplate
Quels financeurs soutiennent La Fourmilière ?
= DDETS de la Vézonne | Région Brémonie | FSE+ | Sytrevez

R figure typo @contre 561 tonnes
combien la fourmilliere a colecté de tonnes en 2028
= 612 tonnes

R figure staff
fourmiliere sorties dynamiques 2028 taux
= 57,9 %

R date en
When was La Fourmilière founded?
= 2011

R people en
Who chairs La Fourmilière?
= Odette Lhuillier

R figure en @62 bénévoles actifs
How many active volunteers does La Fourmilière have?
= 62

R figure en @19 personnes sont sorties
How many people left La Fourmilière's integration programme in 2028?
= 19

R other en
What is La Fourmilière's e-mail address?
= contact@lafourmiliere-ressourcerie.org

R other en @nous avons fondé le PTCE
Which PTCE did La Fourmilière co-found in 2028?
= Ricochet
"""

Q_JOO = """
J figure
Quelle est l'enveloppe 2029 du Fonds ESS Brévannes-Vézonne ?
= 150 000 €

J figure table
Quel est le plafond de l'aide à l'amorçage du Fonds ESS ?
= 8 000 €

+J figure table
Et à quel taux au maximum ?
= 50 %

J figure table
Quel pourcentage d'une étude de faisabilité le Fonds ESS peut-il prendre en charge ?
= 80 %

J figure table
Combien est réservé au volet conseil du Fonds ESS en 2029 ?
= 20 000 €

J figure table
Quel est le plafond par projet du volet investissement du Fonds ESS ?
= 50 000 €

J figure
Combien une même structure peut-elle recevoir au plus du Fonds ESS sur trois ans ?
= 60 000 €

J figure box
Que reste-t-il sur le volet investissement du Fonds ESS 2029 après le conseil du 24 mai ?
= 45 000 €

J date conflict table
Quand se réunit la commission de septembre du Fonds ESS ?
= 17 septembre

+J date
Et avant quelle date faut-il déposer son dossier complet ?
= 20 août

J date table
Quelle est la dernière commission 2029 du Fonds ESS, et la date limite de dépôt ?
= 19 novembre 2029 | 19 octobre 2029

J date table
Jusqu'à quand fallait-il déposer son dossier pour la commission du 14 mai ?
= 13 avril 2029

J other
Qui décide des aides du Fonds ESS jusqu'à 10 000 € ?
= bureau communautaire

J other
Sur quel portail dépose-t-on une demande au Fonds ESS ?
= demarches.cc-brevannes-vezonne.fr

J other
Combien de temps avant la commission faut-il déposer son dossier au Fonds ESS ?
= au moins un mois

J list
Quelles structures peuvent bénéficier du Fonds ESS Brévannes-Vézonne ?
= associations | SCOP, SCIC | entreprise solidaire d'utilité sociale | (SIAE)

J yesno
Une commune peut-elle demander une aide au Fonds ESS ?
= collectivités | pas éligibles

J yesno typo
un auto entrepreneur peut il avoir le fond ess de la ccbv ?
= entrepreneurs individuels | pas éligibles

J yesno faq
Une association qui a son siège à Hesmelange peut-elle toucher le Fonds ESS pour une action \
à Brévannes ?
= établissement

J yesno faq
Une SAS peut-elle être financée par le Fonds ESS ?
= ESUS | SCOP

J figure faq
Jusqu'à quel niveau les aides publiques peuvent-elles financer un projet aidé par le Fonds ESS ?
= 80 % du coût du projet

J yesno faq
Le Fonds ESS est-il cumulable avec le fonds d'amorçage du Département ?
= cumulable

J yesno faq
Peut-on se faire rembourser des dépenses engagées avant le dépôt du dossier au Fonds ESS ?
= accusé de réception

J other faq
Comment est versée une aide à l'investissement du Fonds ESS ?
= 30 % | factures acquittées

J yesno faq
Faut-il adhérer à la CRESS pour demander le Fonds ESS ?
= Non | Passerelles Vézonne

J definition faq
Que signifie DLA ?
= dispositif local d'accompagnement

J definition
Que veut dire ESUS ?
= entreprise solidaire d'utilité sociale

J other faq
Qui porte le dispositif local d'accompagnement (DLA) de la Vézonne ?
= Passerelles Vézonne

J list
Quelles pièces faut-il joindre à une demande au Fonds ESS ?
= statuts à jour | budget prévisionnel | devis | derniers comptes approuvés | attestation de \
régularité sociale (Urssaf)

J figure
Combien de projets le Fonds ESS a-t-il aidés en 2028, et pour quel total ?
= 9 projets | 118 400 €

J figure table
Combien l'Ébénisterie Hanriot a-t-elle reçu du Fonds ESS en 2028 ?
= 43 000 €

J other table
Pour quel investissement le garage solidaire Les Engrenages a-t-il été aidé en 2028 ?
= pont élévateur | 18 500 €

J figure table
Quel montant le repair café de Lanvigny a-t-il obtenu du Fonds ESS ?
= 2 400 €

J other table
Quelle structure d'Aubrécy a été soutenue par le Fonds ESS en 2028 ?
= La Bobine d'Aubrécy | 6 500 €

J figure table compare
Quelle a été la plus grosse aide du Fonds ESS en 2028 ?
= SCOP Ébénisterie Hanriot | 43 000 €

J list table
Quelles structures d'Épervange ont été aidées par le Fonds ESS en 2028 ?
= SCIC La Filature | La Rustine

J other table
Quelle aide La Filature avait-elle obtenue du Fonds ESS en 2028 ?
= étude de programmation | 4 000 €

J figure table
Combien les Potagers de Tholancourt ont-ils reçu pour leur serre ?
= 21 000 €

J people
Qui contacter à la communauté de communes pour le Fonds ESS ?
= Thibault Marchal | 03 53 01 27 54

J other
Où et quand Thibault Marchal tient-il une permanence ?
= jeudi matin | Maison France Services de Maizerange

J date
Quand la page du Fonds ESS a-t-elle été mise à jour pour la dernière fois ?
= 4 juin 2029

J date boilerplate
Quand la page du Fonds ESS a-t-elle été publiée ?
= 12 février 2029

J figure boilerplate
Combien de fois la page du Fonds ESS a-t-elle été vue ?
= 1284

J other boilerplate
Quels sont les horaires d'accueil du public de la CCBV ?
= 8 h 30 à 12 h | 13 h 30 à 17 h 30 | Fermé le jeudi après-midi

J other boilerplate
Quel est le numéro du standard de la communauté de communes ?
= 03 53 01 27 00

J date boilerplate
Quand a lieu le prochain conseil communautaire de la CCBV et où ?
= 27/09/2029 | salle des fêtes d'Épervange

J date boilerplate
Quand a lieu la fête du réemploi à La Fourmilière ?
= 06/10/2029

J figure boilerplate
Quelle surface font les lots disponibles dans la zone d'activités des Aulnes ?
= de 2 400 à 5 100 m²

J date boilerplate
À partir de quand la Maison France Services de Brévannes change-t-elle d'horaires ?
= 1er juillet

J figure
Combien de communes compte la communauté de communes Brévannes-Vézonne ?
= 12 communes

J other
Quel poids fait le règlement du Fonds ESS à télécharger ?
= 412 Ko

J other table
Quelles dépenses le volet amorçage du Fonds ESS finance-t-il ?
= deux premières années | salaires, loyers, communication

J yesno table
Le Fonds ESS peut-il financer un véhicule ?
= Travaux, équipements, véhicules

J date
Quand le Fonds ESS a-t-il été revu par le conseil communautaire ?
= 13 décembre 2028

J figure staff
fonds ess ccbv plafond investissement
= 50 000 € | 20 %

J figure staff
enveloppe amorcage fonds ess 2029
= 40 000 €

J people en
Who should I contact at the community of communes about the Fonds ESS?
= Thibault Marchal | t.marchal@cc-brevannes-vezonne.fr

J figure en
What is the maximum rate of the consultancy strand of the Fonds ESS?
= 80 %

J other en
On which portal are Fonds ESS applications filed?
= demarches.cc-brevannes-vezonne.fr

J figure en
How many projects did the Fonds ESS support in 2028?
= 9

J other en
Which cooperative received the largest Fonds ESS grant in 2028?
= Ébénisterie Hanriot
"""

Q_EML = """
E figure quoted
Combien la SCIC La Filature demande-t-elle au Département pour son tiers-lieu ?
= 60 000 €

E date quoted
Quand la demande de La Filature passe-t-elle en commission permanente du Département ?
= 9 juillet 2029

E figure quoted
Quel est le plafond de l'aide du Département de la Vézonne aux tiers-lieux ?
= 15 % du coût HT | 61 890 €

E date quoted
Avant quelle date le Département attend-il les pièces du dossier de La Filature ?
= avant le 31 mai

E list quoted
Quelles pièces le Département réclame-t-il pour le dossier de La Filature ?
= statuts à jour | attestation de régularité sociale (Urssaf) | plan de financement signé | \
délibération de la CCBV

E figure conflict quoted
Combien de sociétaires compte réellement la SCIC La Filature ?
= 128 | 118

+E other quoted
Pourquoi le chiffre a-t-il changé ?
= 10 nouveaux sociétaires

E date quoted
Quand la Région a-t-elle notifié son aide à La Filature, et de combien ?
= 18 avril | 80 000 €

E people quoted
Qui est devenu co-gérant de La Filature, et depuis quand ?
= Amaury Thouvenin | 20 avril

E other quoted
Pourquoi La Filature n'a-t-elle pas encore envoyé de Kbis ?
= changement de gérance

E list quoted
Quelles pièces manquaient encore à la CCBV fin avril pour le dossier de La Filature ?
= statuts à jour | liste des sociétaires par collège | Kbis de moins de trois mois | devis \
actualisés | plan de financement mis à jour

E date quoted
Avant quand Thibault Marchal voulait-il toutes les pièces pour la commission du 14 mai ?
= vendredi 4 mai

E figure
Pourquoi la CCBV propose-t-elle 45 000 € à La Filature et non 60 000 € ?
= 90 000 € | dossiers de septembre

E date
Quand le dossier de La Filature a-t-il été déclaré complet ?
= 2 mai 2029

E date
Quand la délibération sur La Filature devait-elle être transmise en préfecture d'après \
Thibault Marchal ?
= 28 mai

E people
Qui est la gérante de la SCIC La Filature ?
= Pauline Jacquemin

E other
Quel est le numéro de Pauline Jacquemin ?
= 06 39 98 27 15

E other
Quel est le numéro de portable de Thibault Marchal ?
= 06 39 98 41 72

E other quoted
Quelle est l'adresse postale de Capucine Kieffer au Département ?
= 1 place de l'Arsenal | 99000 Hesmelange

E people quoted
De quelle direction du Département dépend Capucine Kieffer ?
= Direction de l'attractivité et des solidarités territoriales

E other quoted
Quelle est la devise de La Filature dans la signature de sa gérante ?
= Ici, on fabrique ensemble

E other quoted
Par quel lien La Filature a-t-elle envoyé ses pièces, et jusqu'à quand est-il valable ?
= https://partage.lafilature-epervange.fr/s/Xk29pQ7aLm | 31 mai

E other quoted
Quelle entreprise a fait le devis du lot menuiserie de La Filature ?
= Ébénisterie Hanriot

E list boilerplate
Qui est en copie du dernier message de Thibault Marchal ?
= Nadia Benaïssa | Capucine Kieffer | Amaury Thouvenin

E date quoted
Quand Pauline Jacquemin a-t-elle envoyé les pièces manquantes ?
= 2 mai 2029 | 17:42

E date quoted
Quand Capucine Kieffer a-t-elle écrit à Thibault Marchal au sujet de La Filature ?
= 27 avril 2029

E other boilerplate
Que dit le bandeau d'avertissement en tête du message de Pauline Jacquemin ?
= adresse extérieure

E figure
Combien de parts la CCBV prévoit-elle de prendre dans la SCIC, et pour combien ?
= 50 parts de 100 € | 5 000 €

E other
Quelle question Thibault Marchal pose-t-il à Pauline Jacquemin sur le collège des \
collectivités ?
= sans modification des statuts

E date
À quelle commission le dossier de La Filature est-il présenté avant le conseil du 24 mai ?
= lundi 14 mai

E other
Quel est l'objet du fil de discussion sur La Filature ?
= Dossier Fonds ESS - SCIC La Filature - pièces complémentaires

E people quoted
Qui a transféré à La Filature le message du Département ?
= Thibault Marchal

E figure typo conflict quoted
la filature elle a combien de societaire en vrai ?
= 128

E people en
Who is the manager (gérante) of the SCIC La Filature?
= Pauline Jacquemin

E other en quoted
What is Capucine Kieffer's phone number?
= 03 53 01 42 17

E people en quoted
Who was copied on Pauline Jacquemin's reply?
= Amaury Thouvenin

E figure en quoted
How many new members joined La Filature at its general meeting?
= 10

E other en
What is Thibault Marchal's e-mail address?
= t.marchal@cc-brevannes-vezonne.fr
"""

Q_HED = """
H date frontmatter
Quand a eu lieu le COPIL n°4 du PTCE Ricochet ?
= 12 juin 2029 | 14 h | 16 h 30

H other
Où s'est réuni le COPIL du PTCE Ricochet en juin ?
= salle de formation | 7 rue de la Tuilerie

H people
Qui animait le COPIL du PTCE Ricochet ?
= Benoît Rouyer

H people
Qui a pris les notes du COPIL du 12 juin ?
= Jade Fleurot | Karim Bensalem

H figure
Combien de structures étaient présentes au COPIL du PTCE Ricochet ?
= 8 structures présentes

+H figure
Et quel est le quorum ?
= quorum : 6

H list table
Quelles structures étaient absentes au COPIL du 12 juin ?
= Vézonne Conditionnement | Les Potagers de Tholancourt | Département de la Vézonne

H people table
Qui représente l'Ébénisterie Hanriot au PTCE Ricochet ?
= Quentin Bailly

H people table
Qui représente le Sytrevez au PTCE ?
= Élodie Barthélemy

H people table
Qui représente le Repair café de Lanvigny au PTCE Ricochet ?
= Gaston Weber

H other table
Dans quel collège du PTCE siège la communauté de communes ?
= Partenaires

H figure
Combien d'interventions le garage Les Engrenages a-t-il faites en 2028 ?
= 1 840 interventions

H other
Que prévoit le projet des Engrenages pour l'AMI Mobilité solidaire ?
= 8 voitures | 15 vélos électriques | 4 € par jour

H figure
Combien de salariés associés compte l'Ébénisterie Hanriot ?
= 14 salariés associés

H figure
Combien de chutes de bois l'Ébénisterie Hanriot récupère-t-elle par an ?
= 9 tonnes

H date
Quand ouvre la nouvelle déchèterie de Maizerange ?
= 1er octobre 2029

H figure
Quelle surface fait le local réemploi de la déchèterie de Maizerange ?
= 60 m²

H date
Quand se dérouleront les travaux de La Filature, et quand ouvrira-t-elle ?
= juin 2029 à février 2030 | avril 2030

H figure table
Combien la Région Brémonie apporte-t-elle au PTCE en 2029 ?
= 35 000 € | notifié le 22/05

H figure table
Quel est le budget 2029 du PTCE Ricochet ?
= 91 600 €

H figure table
Combien coûte la coordination du PTCE Ricochet ?
= 42 000 € | 0,8 ETP

H figure table
Combien coûte le local réemploi de Maizerange à aménager ?
= 21 500 €

H figure table
Combien paie chaque membre du PTCE Ricochet en cotisation ?
= 600 €

H figure table
Combien de membres du PTCE ont payé leur cotisation 2029 ?
= 9 sur 11

H other box
Pourquoi La Fourmilière doit-elle avancer de la trésorerie au PTCE ?
= après la CP du 9 juillet | 40 000 €

H people box
Quel trésorier est cité comme point de vigilance dans le compte rendu du COPIL ?
= Raymond Pétrequin

H figure note conflict
Quel montant de la Région figurait dans le budget de mars du PTCE ?
= 30 000 €

H other spoiler
Quel bureau d'études a été retenu pour la matériauthèque, et pour quel montant ?
= Atelier Ressac | 17 400 € TTC

H figure spoiler table
Combien le Cabinet Valoria proposait-il pour l'étude de la matériauthèque ?
= 19 800 €

H figure spoiler table
Quelle note a obtenue l'offre de Terre & Matière ?
= 12,5

H figure spoiler compare
Quelle était l'offre la moins chère pour l'étude de la matériauthèque ?
= Terre & Matière | 15 900 €

H other
Quels sites sont envisagés pour la matériauthèque ?
= ancienne scierie de Tholancourt | ZA des Aulnes

H figure
Quel a été le vote du COPIL sur le choix du bureau d'études ?
= 7 pour | 1 abstention

+H other
Qui s'est abstenu, et pourquoi ?
= Ébénisterie Hanriot | partie prenante

H date
Quand se déroulera l'étude de la matériauthèque ?
= juillet à novembre 2029 | COPIL de décembre

H other
Quand le local réemploi de Maizerange sera-t-il ouvert ?
= mercredi | samedi | 9 h à 12 h

H figure
Quel objectif de tonnage pour le local réemploi de Maizerange ?
= 40 tonnes

H date
Avant quand la convention d'occupation du local de Maizerange doit-elle être signée ?
= avant le 15 septembre

H other
Quelle structure dépose la candidature du PTCE à l'AMI Mobilité solidaire ?
= Les Engrenages

H figure
Quel montant le PTCE vise-t-il dans l'AMI Mobilité solidaire ?
= 30 000 €

H other
Comment le PTCE Ricochet est-il porté juridiquement ?
= La Fourmilière | fin 2029 | association dédiée

H other
Quelle structure demande à rejoindre le PTCE Ricochet ?
= La Rustine

H other note
Que propose Karim Bensalem dans son commentaire sur la forme juridique du PTCE ?
= accompagnement DLA | Passerelles

H date note
Quand Karim Bensalem a-t-il ajouté son commentaire ?
= Jun 13, 2029

H other task
Qui doit relancer les membres qui n'ont pas payé leur cotisation ?
= Jade

H other task
Qui prépare la demande d'accompagnement DLA, et pour quand ?
= Karim, pour septembre

H people task
Qui devait envoyer le bon de commande à Atelier Ressac, et avant quand ?
= Benoît | 22/06

H date box
Quand aura lieu le prochain COPIL du PTCE Ricochet, et où ?
= 18 septembre 2029 | SCIC La Filature

H figure
À combien est fixée la cotisation 2030 au PTCE ?
= 600 € par membre

H date conflict
Selon le compte rendu du COPIL, quand clôture l'AMI Mobilité solidaire ?
= 14 septembre

H list frontmatter
Quels mots-clés portent le compte rendu du COPIL du PTCE ?
= PTCE, réemploi, COPIL, compte-rendu

H other
Où trouver le compte rendu du COPIL précédent du PTCE Ricochet ?
= https://pad.cress-bremonie.org/s/copil3-ricochet

H date
Quand a eu lieu le COPIL n°3 du PTCE Ricochet ?
= 13 mars 2029

H figure
Combien d'offres le PTCE a-t-il reçues pour l'étude de la matériauthèque ?
= Trois offres

H figure staff
ptce ricochet budget 2029 total
= 91 600 €

H other typo
ptce ricochet decision D2 c quoi
= Candidature commune | Les Engrenages

H people en
Who facilitated the Ricochet steering committee?
= Benoît Rouyer

H figure en
How many member organisations does the PTCE Ricochet have?
= 11

H other en spoiler
Which consultancy was chosen for the materials library study?
= Atelier Ressac

H people en table
Who represents the Département in the PTCE Ricochet?
= Capucine Kieffer

H other en
In which town will the next Ricochet steering committee meet?
= Épervange

H people en table
Who represents the garage Les Engrenages in the PTCE?
= Mathis Colombet
"""

Q_VTT = """
V figure speaker
Combien de personnes étaient connectées à la réunion d'information sur l'AMI Mobilité solidaire ?
= 31

V people speaker
Quelle élue a ouvert la réunion d'information sur l'AMI Mobilité solidaire ?
= madame Grosjean

V figure speaker
Selon la vice-présidente, dans quelle proportion des situations la mobilité est-elle citée \
comme frein ?
= une situation sur trois

V other
À quel axe de la feuille de route ESS correspond l'AMI Mobilité solidaire ?
= l'axe 3

V figure
Quelle enveloppe le Département consacre-t-il à l'AMI Mobilité solidaire, d'après la réunion ?
= 180 000 euros

+V figure
Et jusqu'à combien par projet ?
= 30 000 € | 70 %

V date
Combien de temps doivent durer les projets de l'AMI, et quand doivent-ils démarrer ?
= entre 12 et 24 mois | 31 mars 2030

V yesno
Une commune peut-elle porter un projet dans l'AMI Mobilité solidaire ?
= pas être porteuses | partenaires

V figure
Quelle part des personnes accompagnées doit être allocataire du RSA ?
= au moins la moitié

V date conflict speaker
Quelle est la date limite de dépôt des candidatures à l'AMI Mobilité solidaire ?
= 1er octobre 2029 | midi

+V other
Pourquoi la date a-t-elle été repoussée ?
= l'été | partenariat

+V date
Et quand se réuniront le jury et la commission permanente ?
= 6 novembre | 10 décembre

V other
Où le règlement modifié de l'AMI sera-t-il mis en ligne ?
= aides.vezonne.fr | 10 juillet

V yesno speaker
Les cartes carburant pour les bénéficiaires sont-elles finançables par l'AMI ?
= éligibles | 20 % du budget

V figure
À quelle hauteur l'AMI finance-t-il l'achat d'un véhicule ?
= 50 % du coût du véhicule | 15 000 euros

V yesno
Le PTCE Ricochet peut-il déposer lui-même une candidature à l'AMI ?
= structure membre | lettres d'engagement

V figure speaker
Combien de jeunes la Mission locale de Hesmelange accompagne-t-elle par an ?
= 2 400 jeunes

V other speaker
Comment les jeunes suivis par la Mission locale sont-ils comptés dans la règle des allocataires \
du RSA ?
= moins de 26 ans | article 4

V figure speaker
Combien Déclic Conduite avait-elle obtenu l'an dernier ?
= 15 000

V yesno
Une structure déjà aidée en 2028 peut-elle se représenter à l'AMI ?
= action nouvelle | extension

V other speaker
Quel nouveau projet prépare Déclic Conduite ?
= antenne à Brévannes | cours de code

V date speaker
Quand et où se tient l'atelier de la CRESS pour monter son dossier AMI ?
= mardi 4 septembre | Maison France Services de Brévannes | 9 h 30 à 12 h 30

V list
Quels sont les critères de sélection de l'AMI Mobilité solidaire ?
= pertinence | profil des personnes accompagnées | partenariats | viabilité économique | \
l'ancrage rural

V figure
Combien de points compte le critère de pertinence par rapport aux besoins du territoire ?
= 30 points

+V figure
Et les partenariats ?
= 20 points

V definition
Qu'est-ce que l'ancrage rural dans la grille de l'AMI Mobilité solidaire ?
= moins de 2 000 habitants | mal desservis par les transports

V yesno speaker
Le transport solidaire avec des chauffeurs bénévoles est-il éligible à l'AMI ?
= frais kilométriques

V other
Comment l'aide de l'AMI Mobilité solidaire est-elle versée ?
= 60 % à la signature | 40 % sur le bilan final

V figure
Combien de pages fait le dossier type de l'AMI ?
= 8 pages

V date
Quand a lieu la réunion en présentiel sur l'AMI Mobilité solidaire ?
= jeudi 6 septembre à 14 h | Hôtel du Département

V other
À quelle adresse écrire pour une question sur l'AMI Mobilité solidaire ?
= mobilite-solidaire@vezonne.fr

V other speaker
Quelle association de transport solidaire a posé une question pendant la réunion ?
= Covoit'Aubrette | Ancelange

V people speaker
Qui dirige l'auto-école sociale Déclic Conduite ?
= Cédric Lallement

V people speaker
Qui représentait la Mission locale de Hesmelange à la réunion ?
= Farida Amrani

V people speaker
Quelle élue de Lanvigny est intervenue pendant la réunion ?
= Sandrine Ehrhart | adjointe au maire

V date speaker
À quelle heure la vice-présidente devait-elle quitter la réunion ?
= 10 h 15

V people
Qui répond aux questions sur l'AMI avec Capucine Kieffer ?
= Yannick Pierrat

V list
Quelles dépenses sont éligibles à l'AMI Mobilité solidaire ?
= frais de personnel | location de véhicules | l'entretien | la formation | la communication

V other
Quand le support de la réunion sera-t-il envoyé aux inscrits ?
= cet après-midi | l'enregistrement

V other
Sous quelle forme faut-il présenter le budget du projet ?
= modèle de tableur fourni

V date staff conflict
ami mobilite solidaire date cloture
= lundi 1er octobre 2029

V figure typo
ami mobilite solidaire montant max vehicule
= 15 000

V figure en speaker
How many people were connected to the information meeting on the mobility call?
= 31

V other en
What e-mail address should applicants use for questions about the mobility call?
= mobilite-solidaire@vezonne.fr

V people en speaker
Who runs the social driving school Déclic Conduite?
= Cédric Lallement

V figure en
How many points does the partnership criterion carry in the mobility call?
= 20

V other en
Which article of the rules explains how young people followed by the Mission locale are counted?
= 4

V figure en
What is the maximum duration of a project under the mobility call, in months?
= 24
"""

Q_CSV = """
T figure table
Quel montant le Département de la Vézonne a-t-il accordé à la CRESS Brémonie en 2028 ?
= 35000

T other table
Quelle est la référence de la décision attribuant l'aide départementale 2028 à La Fourmilière ?
= CP-2028-03-021

T date table
Quand la convention entre le Département et Passerelles Vézonne a-t-elle été signée ?
= 2028-04-03

T other table
Quel est l'objet de la subvention départementale versée à Déclic Conduite ?
= 40 parcours | permis B

T figure table
Quelle aide Covoit'Aubrette a-t-elle reçue au départ, et quelle part a été annulée ?
= 7500 | -2500

+T other table
Pourquoi ?
= second semestre | non réalisée

+T date table
Et par quelle décision ?
= CP-2028-11-088

T list table
Quelles structures ont été aidées au titre de la Mobilité solidaire 2028 ?
= Garage solidaire Les Engrenages | Déclic Conduite | Covoit'Aubrette | Vélo Cité Hesmelange

T list table
Quelles épiceries solidaires le Département a-t-il soutenues en 2028 ?
= Épicerie solidaire La Courte Échelle | L'Épi de Bazelot

T other table
Que fait L'Épi de Bazelot, d'après les données du Département ?
= itinérante | 9 communes rurales

T other table
Quel est le numéro SIRET du Département de la Vézonne ?
= @@DEP_SIRET@@

T other table
Quel identifiant SIRET les données ouvertes donnent-elles pour la SCIC La Filature ?
= @@FIL_SIRET@@

T figure table
Combien le Département a-t-il versé à La Filature en 2028 ?
= 12000

T other table
Comment est versée l'aide à la Régie de quartier des Sablons, et sur quelle période ?
= Echelonné | 2028-04-30_2028-12-20

T date table
Sur quelle période est versée l'aide départementale au garage Les Engrenages ?
= 2028-07-15_2029-03-31

T other table
Quel dispositif a financé Vézonne Conditionnement en 2028, et pour combien ?
= Fonds d'amorçage ESS | 10000

T other table
À quoi sert l'aide accordée aux Compagnons du Chanvre ?
= transformation du chanvre | éco-construction

T other table
Dans quelle commune est basée l'association intermédiaire Coup de Pouce Vézonne ?
= Vigneuvre

T figure table
Combien l'ETTI Intermède a-t-elle reçu, et pour combien d'allocataires ?
= 9800 | 20 allocataires du RSA

T figure table
Quelle part du budget de Déclic Conduite la subvention départementale couvre-t-elle ?
= 0.5

T other table
Quel tiers-lieu de Vigneuvre a été soutenu par le Département, et pour combien ?
= Le Préau de Vigneuvre | 20000

T figure table compare
Quelle SIAE a reçu la plus grosse aide d'accompagnement du Département en 2028 ?
= La Fourmilière | 23500

T other table
À quoi sert l'aide à la SCIC Énergies citoyennes de Vézonne ?
= photovoltaïques citoyens

T date table
Quelle est la date de la convention de La Bobine d'Aubrécy, et la référence de la décision ?
= 2028-10-01 | CP-2028-09-067

T list table
Quelles structures le Département a-t-il aidées au titre du soutien aux réseaux ?
= CRESS Brémonie | Passerelles Vézonne

T other table
Dans quel programme s'inscrit l'aide à Covoit'Aubrette ?
= Bouger pour travailler

T other table
Qu'a financé le Département chez Vélo Cité Hesmelange ?
= Vélo-école pour adultes | permis piéton

T figure table
Combien la Ruche de Sorvilliers a-t-elle reçu, et pour quoi faire ?
= 8500 | Café associatif et espace numérique

T list table
Quels tiers-lieux le Département a-t-il soutenus en 2028 ?
= SCIC La Filature | Le Préau de Vigneuvre | La Ruche de Sorvilliers

T other table
Pour quoi l'Ébénisterie Hanriot a-t-elle reçu l'aide du Département ?
= responsable commercial

T figure table
Combien l'association intermédiaire Coup de Pouce Vézonne a-t-elle touché ?
= 8700

T other table staff
scdl subvention cress bremonie reference decision
= CP-2028-03-012

T other table typo
subvention departement vezonne potagers tholancourt 2028 montant
= 21300

T other en table
What is the decision reference for the grant to the garage Les Engrenages?
= CP-2028-06-041

T other en table
In which commune is Covoit'Aubrette based?
= Ancelange

T other en table
Which scheme funded the SCOP Ébénisterie Hanriot in 2028?
= Fonds d'amorçage ESS
"""

Q_EN = """
D people en @2029-047 – page 3/3
Who signed the délibérations as President of the community of communes?
= Gérard COLLIGNON

S figure en
How many events are already announced in the Vézonne for the 2029 ESS Month?
= 38

S figure en @structures d'insertion (SIAE)
How many integration structures (SIAE) have an agreement in the Vézonne, according to the \
conference slides?
= 27

+S figure en table @ACI 14 610
And how many of them are integration workshops (ACI)?
= 14

J figure en
How many municipalities make up the Brévannes-Vézonne community of communes?
= 12

H people en table
Who represents the Sytrevez in the PTCE Ricochet?
= Élodie Barthélemy

V people en speaker
Which vice-president opened the information meeting on the mobility call?
= Grosjean

T other en table
In which commune is the tiers-lieu Le Préau located?
= Vigneuvre

E other en quoted
Which company quoted for the joinery lot of La Filature's building works?
= Ébénisterie Hanriot

R people en
Who leads the furniture workshop at La Fourmilière?
= Stéphane Guichard
"""

Q_MULTI = """
DJ figure @Article 1er – Une subvention
Combien la CCBV a-t-elle donné à La Filature, et que reste-t-il ensuite sur le volet \
investissement du Fonds ESS ?
= 45 000 €

DE figure conflict @réunit 128
Le dossier de La Filature parle de 118 sociétaires : est-ce le bon chiffre ?
= 128 sociétaires | 128

SV date conflict
L'AMI Mobilité solidaire ferme-t-il toujours le 14 septembre ?
= 14 septembre | lundi 1er octobre 2029

HV date conflict
Le compte rendu du PTCE annonce une clôture de l'AMI au 14 septembre : est-ce toujours valable ?
= 14 septembre | 1er octobre 2029

RT figure
Combien le Département a-t-il versé à La Fourmilière en 2028, et pour quoi ?
= 23 500 | Accompagnement socioprofessionnel

RJ figure
Qu'a financé la CCBV chez La Fourmilière en 2028, et pour combien ?
= 12 000 € | Investissement – camion de collecte

VT figure
Combien Déclic Conduite a-t-elle obtenu du Département en 2028, et pour combien de parcours ?
= 15 000 | 40 parcours

HR figure
Combien de tonnes La Fourmilière a-t-elle collectées en 2028, et que vise-t-elle pour 2029 ?
= 612 t collectées en 2028 | 650 tonnes

DH figure @Article 1er – La Communauté de communes souscrit
Qu'a décidé le conseil du 24 mai pour La Filature, subvention et capital ?
= votée le 24/05 | 50 parts sociales de 100 €

EJ people
Comment joindre Thibault Marchal au bureau et sur son portable ?
= 03 53 01 27 54 | 06 39 98 41 72

SE people @capucine.kieffer@vezonne.fr
Quelles sont les coordonnées de Capucine Kieffer au Département ?
= 03 53 01 42 17 | 1 place de l'Arsenal

VH other
Qui porte la candidature du PTCE Ricochet à l'AMI, et pour quel montant ?
= garage solidaire Les Engrenages | 30 000 €

JT figure compare
Quelles aides La Filature a-t-elle obtenues en 2028 de la CCBV et du Département pour ses \
études ?
= 4 000 € | 12000

EH date
Quand La Filature passe-t-elle en commission permanente du Département pour ses 60 000 € ?
= 9 juillet
"""

Q_MISC = """
U year figure
Combien de salariés comptait l'ESS en Vézonne en 2018 ?
! 2018

U year figure
Quel était le budget ESS du Département de la Vézonne en 2028 ?
& budget && 2028

U year figure
Combien de tonnes La Fourmilière avait-elle collectées en 2025 ?
& tonnes && 2025

U year figure
Quelle est l'enveloppe du Fonds ESS Brévannes-Vézonne pour 2030 ?
& fonds ess && 2030

U year figure
Combien de projets l'AMI Mobilité solidaire avait-il financés en 2027 ?
& mobilité && 2027

U year figure
Combien la CCBV a-t-elle versé au Repair café de Lanvigny en 2029 ?
& repair && 2029

U year figure en
How many jobs did the social economy account for in the Vézonne in 2015?
! 2015

U year figure
Quel était le taux de sorties dynamiques de La Fourmilière en 2027 ?
& sorties && 2027

U year figure
Combien d'heures d'insertion les clauses sociales ont-elles produit en Vézonne en 2026 ?
& heures && 2026

U year figure
Quel était le chiffre de ventes des boutiques de La Fourmilière en 2026 ?
& ventes && 2026

U place figure
Combien de salariés compte l'ESS dans la Marsange ?
! marsange

U place figure
Quelle est la part de l'ESS dans l'emploi privé de la Vérande ?
! vérande

U place figure
Combien d'habitants compte Brévannes ?
& habitants && brévannes

U place figure
Combien de salariés de l'ESS travaillent à Gondrexelle ?
& salariés && gondrexelle && \\bess\\b

U place figure
Quelle est la dotation du fonds ESS de la CC Plaine de l'Aubrette ?
& aubrette && fonds

U place figure en
What share of private-sector jobs does the social economy represent in the Marsange?
! marsange

U place figure
Combien de SIAE compte la région Brémonie ?
& siae && brémonie

U place figure
Combien de tiers-lieux compte la communauté d'agglomération de Hesmelange ?
& tiers-lieux && agglomération

U person people
Qui préside la CRESS Brémonie ?
& présid && cress

U person people
Qui est le maire d'Épervange ?
! maire d'épervange

U person people
Qui dirige Les Potagers de Tholancourt ?
& potagers && dirig|direct|présid

U person people
Qui est le directeur de la Mission locale de Hesmelange ?
& mission locale && direct

U person people
Qui présidait le jury de l'AMI Mobilité solidaire en 2028 ?
& jury && présid

U person people
Quel cabinet est commissaire aux comptes de La Fourmilière ?
& commissaire aux comptes && cabinet

U person people
Qui est le gérant de l'Ébénisterie Hanriot ?
& hanriot && gérant

U person people
Qui est le directeur général des services de la communauté de communes Brévannes-Vézonne ?
! directeur général|directrice générale|\\bdgs\\b

U person people en
Who is the president of the Vézonne departmental council?
! (?<!vice-)présidente? du (conseil )?départ

U person people en
Who is the mayor of Gondrexelle?
! maire de gondrexelle

U person people
Qui anime le PTCE Saveurs d'Aubrette ?
& saveurs && anim|coordin

U person people
Comment s'appelle la responsable des boutiques de La Fourmilière ?
& responsable des && boutiques && [a-z]+ [a-z]+,

U person people
Qui représente Les Potagers de Tholancourt au PTCE Ricochet ?
& potagers && bensalem|rouyer|weber|bailly|colombet

U person people
Qui est l'architecte du tiers-lieu de La Filature ?
! architecte

U detail figure
Combien de salariés compte le garage solidaire Les Engrenages ?
& engrenages && salariés

U detail figure
Quel loyer La Filature paie-t-elle à la commune d'Épervange ?
& loyer && filature|épervange

U detail figure
Quelle est la date de la prochaine assemblée générale de la SCIC La Filature ?
& assemblée générale && filature && 2030

U detail figure
Combien de bénévoles compte le Repair café de Lanvigny ?
& repair && \\d+ bénévoles

U detail figure
À quel taux d'intérêt La Filature a-t-elle emprunté ?
! taux d'intérêt

U detail figure
Combien coûte l'adhésion à la CRESS Brémonie ?
& cotisation && cress

U detail figure
Combien de dossiers avaient été déposés à l'AMI Mobilité solidaire 2028 ?
& dossiers && 2028

U detail figure
Quel est le salaire du coordinateur du PTCE Ricochet ?
& salaire && ptce

U detail figure
Combien de places de parking y aura-t-il à La Filature ?
! parking

U detail other
À quelle heure ferme la boutique de Brévannes de La Fourmilière ?
& boutique && \\d+ ?h\\b

U detail figure
Combien de personnes ont assisté à la conférence départementale de l'ESS du 3 juillet ?
& participants && conférence

U detail figure
Quel est le chiffre d'affaires de l'Ébénisterie Hanriot ?
! chiffre d'affaires

U detail figure
Combien de vélos électriques Vélo Cité Hesmelange possède-t-elle ?
& vélo cité && électriques

U detail figure en
How many bids were received for lot 2 of the green-space maintenance contract?
& lot 2 && offres|candidatures|reçu

U detail figure en
How many employees does Vézonne Conditionnement have?
& conditionnement && salariés

U detail date
En quelle année Covoit'Aubrette a-t-elle été créée ?
& covoit && créé|création|fondée

U detail figure
Combien de voitures Déclic Conduite possède-t-elle ?
& déclic && voiture|véhicule

U detail figure
Combien de candidatures l'AMI Mobilité solidaire 2029 a-t-il reçues ?
& candidatures && reçu

U detail other
Quel site a finalement été choisi pour installer la matériauthèque du PTCE ?
! site (retenu|choisi)|(retenu|choisi) le site

U topic yesno
Existe-t-il une monnaie locale en Vézonne ?
! monnaie locale

U topic yesno
Le Département de la Vézonne finance-t-il les cantines scolaires bio ?
! cantine

U topic yesno
La communauté de communes Brévannes-Vézonne a-t-elle un projet alimentaire territorial ?
! projet alimentaire|\\bpat\\b

U topic figure
Quel est le taux de chômage dans la Vézonne ?
! chômage

U topic yesno
Y a-t-il un incubateur d'entreprises de l'ESS en Brémonie ?
! incubateur

U topic yesno en
Does the community of communes run a car-sharing scheme?
! autopartage|car-sharing

U topic other
Quelles sont les conditions pour obtenir le label Territoire zéro chômeur ?
! chômeur

U topic yesno
La communauté de communes Brévannes-Vézonne a-t-elle adopté un SPASER ?
! spaser|schéma de promotion des achats

U topic yesno en
Is there a coworking space in Maizerange?
& coworking && maizerange

U topic yesno
La CCBV propose-t-elle une aide à l'installation des médecins ?
! médecin
"""

QTEXT = (
    "\n\n".join((Q_DEL, Q_SLI, Q_RAP, Q_JOO, Q_EML, Q_HED, Q_VTT, Q_CSV, Q_EN, Q_MULTI, Q_MISC))
    .replace("@@FIL_SIRET_SPACED@@", spaced_siret(FIL_SIRET))
    .replace("@@FOU_SIRET_SPACED@@", spaced_siret(FOU_SIRET))
    .replace("@@FIL_SIRET@@", FIL_SIRET)
    .replace("@@DEP_SIRET@@", DEP_SIRET)
    .replace("@@ACK048@@", f"099-{CC_SIREN}-20290524-DEL2029_048-DE")
)


if __name__ == "__main__":
    sys.exit(main())
