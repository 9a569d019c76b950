# ruff: noqa: E501
"""Build the sealed held-out evaluation set ``fresh13``.

Generates five fictional French ESS documents into ``evals/fresh13/corpus/``
(two typeset PDFs, one HTML page, one Markdown minutes file, one plain-text
FAQ), writes ``evals/fresh13/questions.jsonl`` and then verifies that every
fact of every answerable question can be found in the text extracted from
its source document (on the listed physical pages for PDFs).

The script is deterministic: no randomness, fixed dates, two runs produce
byte-identical files.  Run it with::

    cd /work/main && .venv/bin/python evals/fresh13/build.py
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pyphen
from fpdf import FPDF, FontFace
from markdown_it import MarkdownIt
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"
FONT_DIR = Path("/usr/share/fonts/truetype/liberation")

NBSP = "\u00a0"
SHY = "\u00ad"

DOC_A = "schema-departemental-ess-haute-verlanne-2026-2030.pdf"
DOC_B = "convention-morvaut-agglo-ressourcerie-trois-ponts-2025-2027.pdf"
DOC_C = "cress-loire-vernaison-prix-ess-2025.html"
DOC_D = "scic-soleil-arlenc-ag-2025-06-14.md"
DOC_E = "pass-ess-haut-verlannais-faq.txt"

HYPHENATOR = pyphen.Pyphen(lang="fr_FR", left=3, right=3)


# ---------------------------------------------------------------------------
# Typography helpers
# ---------------------------------------------------------------------------


def french_spacing(text: str) -> str:
    """Non-breaking spaces as a French typesetter would put them."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r" (?=[%€;:?!»])", NBSP, text)
    text = re.sub(r"« ", "«" + NBSP, text)
    text = re.sub(r"(?<=n°) ", NBSP, text)
    return text


def hyphenate(text: str) -> str:
    """Insert soft hyphens in long lower-case words (for line-end breaks)."""

    def repl(match: re.Match[str]) -> str:
        return HYPHENATOR.inserted(match.group(0), hyphen=SHY)

    return re.sub(r"(?<![\w-])[a-zàâäçéèêëîïôöùûüœæ]{9,}(?![\w-])", repl, text)


def body(text: str) -> str:
    return hyphenate(french_spacing(text))


# ---------------------------------------------------------------------------
# PDF machinery
# ---------------------------------------------------------------------------


class DocPDF(FPDF):
    """A4 document with running header/footer, outline and helpers."""

    def __init__(self, header_left: str, header_right: str, footer_text: str, created: dt.datetime) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_left = header_left
        self.header_right = header_right
        self.footer_text = footer_text
        self.show_header = True
        for style, name in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("Serif", style, str(FONT_DIR / f"LiberationSerif-{name}.ttf"))
            self.add_font("Sans", style, str(FONT_DIR / f"LiberationSans-{name}.ttf"))
        self.set_margins(22, 26, 22)
        self.set_auto_page_break(True, margin=22)
        self.set_creation_date(created)
        self.set_lang("fr-FR")
        self.body_size = 10.5
        self.line_h = 5.0

    def multi_cell(self, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        """Return to the left margin on the next line after each block by default."""
        kwargs.setdefault("new_x", "LMARGIN")
        kwargs.setdefault("new_y", "NEXT")
        return super().multi_cell(*args, **kwargs)

    # running header and footer ------------------------------------------
    def header(self) -> None:
        self.set_xy(22, 11)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(83, 5, self.header_left, align="L")
        self.cell(83, 5, self.header_right, align="R")
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        self.line(22, 17, 188, 17)
        self.set_text_color(0, 0, 0)
        self.set_xy(22, 26)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_x(22)
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.set_draw_color(150, 150, 150)
        self.line(22, self.get_y() - 1.5, 188, self.get_y() - 1.5)
        self.cell(166, 5, f"{self.footer_text} — page {self.page_no()}/{{nb}}", align="C")
        self.set_text_color(0, 0, 0)

    # blocks ----------------------------------------------------------------
    def ensure_space(self, needed: float) -> None:
        if self.get_y() + needed > self.page_break_trigger:
            self.add_page()

    def h1(self, text: str) -> None:
        self.ensure_space(30)
        self.ln(3)
        self.start_section(text, level=0)
        self.set_font("Sans", "B", 14)
        self.set_text_color(20, 70, 110)
        self.multi_cell(0, 7, french_spacing(text), align="L")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def h2(self, text: str) -> None:
        self.ensure_space(22)
        self.ln(1.5)
        self.start_section(text, level=1)
        self.set_font("Sans", "B", 11.5)
        self.set_text_color(20, 70, 110)
        self.multi_cell(0, 6, french_spacing(text), align="L")
        self.set_text_color(0, 0, 0)
        self.ln(1)

    def para(self, text: str, style: str = "", align: str = "J", size: float | None = None) -> None:
        self.set_font("Serif", style, size or self.body_size)
        self.multi_cell(0, self.line_h, body(text), align=align)
        self.ln(2)

    def bullets(self, items: list[str], marker: str = "•") -> None:
        self.set_font("Serif", "", self.body_size)
        for item in items:
            if self.get_y() + self.line_h > self.page_break_trigger:
                self.add_page()
            self.set_x(self.l_margin + 3)
            self.cell(5, self.line_h, marker)
            self.multi_cell(0, self.line_h, body(item), align="J")
            self.ln(0.8)
        self.ln(1.5)

    def caption(self, text: str) -> None:
        self.set_font("Sans", "BI", 9)
        self.multi_cell(0, 5, french_spacing(text), align="L")
        self.ln(1)

    def data_table(self, rows: list[tuple[str, ...]], widths: tuple[float, ...], aligns: tuple[str, ...], total_last: bool = True) -> None:
        self.set_font("Sans", "", 9)
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        head = FontFace(emphasis="BOLD", fill_color=(214, 228, 240))
        with self.table(
            col_widths=widths,
            text_align=aligns,
            headings_style=head,
            line_height=5.2,
            padding=1.2,
            width=sum(widths),
            align="LEFT",
        ) as table:
            for idx, row in enumerate(rows):
                style = FontFace(emphasis="BOLD") if total_last and idx == len(rows) - 1 else None
                r = table.row(style=style)
                for cell in row:
                    r.cell(french_spacing(cell))
        self.ln(3)


def fixed_date(year: int, month: int, day: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(year, month, day, hour, 0, 0, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------
# Document A: Schéma départemental de l'ESS 2026-2030 (PDF, 7 pages)
# ---------------------------------------------------------------------------


def build_doc_a(path: Path) -> None:
    pdf = DocPDF(
        "Département de la Haute-Verlanne",
        "Schéma départemental de l’ESS 2026-2030",
        "Schéma départemental de l’économie sociale et solidaire 2026-2030",
        fixed_date(2025, 12, 16),
    )
    pdf.set_title("Schéma départemental de l’économie sociale et solidaire 2026-2030")
    pdf.set_author("Département de la Haute-Verlanne — Direction de l’attractivité et de l’économie de proximité")
    pdf.set_subject("Stratégie départementale en faveur de l’économie sociale et solidaire")
    pdf.set_keywords("ESS, économie sociale et solidaire, schéma départemental, Haute-Verlanne, PTCE, insertion")
    pdf.set_creator("Direction de la communication — Département de la Haute-Verlanne")
    pdf.add_page()

    # Title block --------------------------------------------------------------
    pdf.set_font("Sans", "B", 10)
    pdf.set_text_color(20, 70, 110)
    pdf.cell(0, 6, "DÉPARTEMENT DE LA HAUTE-VERLANNE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Sans", "B", 20)
    pdf.multi_cell(0, 9, "Schéma départemental de l’économie sociale et solidaire 2026-2030", align="L")
    pdf.set_font("Sans", "I", 12)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 7, french_spacing("« Entreprendre, coopérer, inclure »"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 5, french_spacing("Adopté par l’Assemblée départementale le 15 décembre 2025 (délibération n° CD-2025-12-041)"), align="L")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)

    pdf.h1("Éditorial")
    pdf.para(
        "La Haute-Verlanne n’a pas attendu la loi du 31 juillet 2014 pour faire vivre l’économie sociale "
        "et solidaire. Des coopératives agricoles des plateaux aux associations d’aide à domicile des "
        "vallées, en passant par les mutuelles nées dans les ateliers textiles de Castelmoran, notre "
        "département s’est construit avec elles. Aujourd’hui, l’ESS y fait travailler davantage de "
        "salariés que l’industrie agroalimentaire, et elle assure une grande partie des services de "
        "proximité dont nos habitants ont besoin au quotidien."
    )
    pdf.para(
        "Ce deuxième schéma départemental, élaboré avec la Chambre régionale de l’économie sociale et "
        "solidaire (CRESS) Loire-Vernaison et plus de trois cents acteurs, fixe un cap clair pour les cinq "
        "prochaines années : faire de l’ESS un pilier du développement de nos territoires, ruraux comme "
        "urbains. Le Département y consacrera 7,8 millions d’euros entre 2026 et 2030, soit plus du double "
        "de l’enveloppe du premier schéma."
    )
    pdf.para("Hélène Vasseur-Koenig, Présidente du Conseil départemental de la Haute-Verlanne", style="I", align="R")
    pdf.para(
        "« Nous avons voulu un schéma sobre, lisible et évaluable : quatre axes, dix-huit actions, des "
        "indicateurs chiffrés. Chaque euro engagé devra pouvoir être rapporté à un résultat. » — Nadia "
        "Belkacem-Roux, Vice-présidente déléguée à l’économie de proximité et à l’ESS",
        style="I",
    )

    pdf.h1("1. Le cadre du schéma")
    pdf.h2("1.1 Qu’est-ce que l’économie sociale et solidaire ?")
    pdf.para(
        "La loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et solidaire définit l’ESS comme "
        "un mode d’entreprendre et de développement économique adapté à tous les domaines de l’activité "
        "humaine. Elle rassemble les personnes morales de droit privé qui remplissent les conditions "
        "cumulatives suivantes :"
    )
    pdf.bullets(
        [
            "un but poursuivi autre que le seul partage des bénéfices ;",
            "une gouvernance démocratique, définie et organisée par les statuts, prévoyant l’information et la participation des associés, des salariés et des parties prenantes aux réalisations de l’entreprise ;",
            "une gestion dans laquelle les bénéfices sont majoritairement consacrés au maintien ou au développement de l’activité, et dans laquelle les réserves obligatoires constituées sont impartageables et ne peuvent pas être distribuées.",
        ]
    )
    pdf.para(
        "Relèvent ainsi de l’ESS les associations, les coopératives, les mutuelles et les fondations, ainsi que "
        "les sociétés commerciales qui respectent ces principes et recherchent une utilité sociale."
    )
    pdf.h2("1.2 Pourquoi un schéma départemental ?")
    pdf.para(
        "Depuis la loi NOTRe du 7 août 2015, la compétence de développement économique appartient "
        "principalement à la Région et aux intercommunalités. Le Département n’en reste pas moins un acteur "
        "majeur de l’ESS au titre de ses compétences de solidarité : insertion des allocataires du revenu de "
        "solidarité active (RSA), autonomie des personnes âgées et des personnes handicapées, protection de "
        "l’enfance, mais aussi culture, sport et ingénierie au service des communes rurales. Plus de la moitié "
        "des salariés de l’ESS haut-verlannaise travaillent dans des structures dont le Département est "
        "financeur ou tarificateur. C’est à ce titre que le Département a souhaité se doter d’une stratégie "
        "propre, complémentaire de celles de ses partenaires."
    )
    pdf.para(
        "Le premier schéma départemental, qui couvrait la période 2019-2024, a permis de soutenir 46 projets "
        "pour un montant total de 3,1 millions d’euros. Son évaluation, conduite en 2024 par le cabinet "
        "Tessier & Lamblin, a souligné la qualité du partenariat avec la CRESS, mais aussi la dispersion des "
        "aides et l’absence d’indicateurs de résultat. Le présent schéma en tire les leçons : moins de "
        "dispositifs, des conventions pluriannuelles et un tableau de bord public."
    )
    pdf.para(
        "Le schéma s’articule avec la stratégie régionale de l’ESS adoptée par la Région Loire-Vernaison le "
        "4 avril 2024, avec le pacte territorial d’insertion (PTI) 2025-2028 et avec les programmes d’action "
        "des cinq intercommunalités du département."
    )

    pdf.h1("2. L’ESS en Haute-Verlanne : chiffres clés")
    pdf.para(
        "Les données présentées ci-dessous proviennent de l’Observatoire régional de l’ESS animé par la CRESS "
        "Loire-Vernaison, à partir des fichiers de l’Insee et de l’Urssaf. Sauf mention contraire, elles "
        "portent sur l’année 2024."
    )
    pdf.h2("2.1 Un poids économique supérieur à la moyenne régionale")
    pdf.para(
        "En 2024, la Haute-Verlanne compte 1 742 établissements employeurs de l’ESS, qui emploient 14 260 "
        "salariés. L’ESS représente ainsi 11,4 % de l’emploi salarié privé du département, contre 10,6 % à "
        "l’échelle de la région Loire-Vernaison. La masse salariale versée par les employeurs de l’ESS "
        "atteint 412 millions d’euros."
    )
    pdf.para(
        "L’emploi dans l’ESS a progressé de 8,8 % entre 2019 et 2024, passant de 13 105 à 14 260 salariés, "
        "alors que l’emploi privé hors ESS n’augmentait que de 3,2 % sur la même période. Les femmes occupent "
        "68 % des postes, et 41 % des salariés travaillent à temps partiel."
    )
    pdf.caption("Tableau 1 : Établissements et emplois de l’ESS par famille statutaire en Haute-Verlanne (2024)")
    pdf.data_table(
        [
            ("Famille", "Établissements employeurs", "Salariés", "Part des salariés de l’ESS"),
            ("Associations", "1 498", "10 870", "76,2 %"),
            ("Coopératives", "162", "2 050", "14,4 %"),
            ("Mutuelles", "58", "980", "6,9 %"),
            ("Fondations", "24", "360", "2,5 %"),
            ("Total ESS", "1 742", "14 260", "100 %"),
        ],
        widths=(46, 42, 32, 46),
        aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.para(
        "Les associations concentrent à elles seules plus des trois quarts de l’emploi. Les coopératives, "
        "portées par les secteurs agricole et bancaire, arrivent en deuxième position, devant les mutuelles "
        "et les fondations."
    )
    pdf.h2("2.2 Des secteurs d’activité diversifiés")
    pdf.para(
        "L’action sociale est de loin le premier secteur employeur, avec 6 120 salariés, dont 2 870 dans "
        "l’aide à domicile. Viennent ensuite l’enseignement (1 940 salariés), les activités financières et "
        "d’assurance (1 310 salariés), la santé (1 050 salariés) et les sports et loisirs (620 salariés). Le "
        "secteur de l’insertion par l’activité économique (IAE) regroupe 31 structures, qui ont accompagné "
        "1 480 personnes en parcours en 2024."
    )
    pdf.h2("2.3 Des dynamiques contrastées selon les territoires")
    pdf.para(
        "L’emploi de l’ESS est présent dans les cinq intercommunalités, mais son poids varie sensiblement de "
        "l’une à l’autre. La communauté de communes des Coteaux d’Arlenc, marquée par les coopératives "
        "viticoles et l’aide à domicile, affiche la plus forte part de l’ESS dans l’emploi privé, tandis que "
        "la communauté d’agglomération du Pays de Morvaut, autour de Castelmoran, concentre à elle seule "
        "près de la moitié des salariés."
    )
    pdf.caption("Tableau 2 : Emploi salarié de l’ESS par intercommunalité, 2019 et 2024")
    pdf.data_table(
        [
            ("Intercommunalité", "Salariés 2019", "Salariés 2024", "Part de l’ESS dans l’emploi privé (2024)"),
            ("CA du Pays de Morvaut", "5 990", "6 480", "12,1 %"),
            ("CC des Coteaux d’Arlenc", "1 210", "1 350", "13,8 %"),
            ("CC du Haut-Verlannais", "2 040", "2 210", "10,2 %"),
            ("CC de la Vallée de l’Aubrelle", "1 805", "1 890", "9,6 %"),
            ("CC des Hautes-Bruyères", "2 060", "2 330", "10,9 %"),
            ("Haute-Verlanne", "13 105", "14 260", "11,4 %"),
        ],
        widths=(54, 30, 30, 52),
        aligns=("LEFT", "RIGHT", "RIGHT", "RIGHT"),
    )
    pdf.h2("2.4 Un défi démographique")
    pdf.para(
        "31 % des salariés de l’ESS haut-verlannaise ont 50 ans ou plus. D’ici 2030, près de 4 400 départs à "
        "la retraite sont attendus, dont 1 150 dans l’aide à domicile. Sans politique d’attractivité des "
        "métiers, ce sont les services de proximité des territoires ruraux qui seraient les premiers "
        "fragilisés. Par ailleurs, 38 dirigeants de structures de plus de dix salariés partiront à la "
        "retraite d’ici 2028, ce qui pose avec acuité la question de la transmission."
    )
    pdf.h2("2.5 Un tissu de petites structures et un bénévolat très présent")
    pdf.para(
        "Le département compte environ 7 900 associations actives, dont 1 498 sont employeuses. 62 % des "
        "établissements employeurs de l’ESS ont moins de dix salariés, et seuls 14 établissements en emploient "
        "plus de 250. Le premier employeur de l’ESS haut-verlannaise est l’Association verlannaise d’aide à "
        "domicile (AVAD), avec 1 040 salariés répartis dans 19 antennes."
    )
    pdf.para(
        "Le bénévolat reste un moteur essentiel : on estime à 57 000 le nombre de bénévoles réguliers dans les "
        "associations du département, soit un habitant sur six. Leur engagement se concentre dans le sport, la "
        "culture, l’action sociale et la défense des droits. Les dirigeants associatifs bénévoles signalent "
        "cependant des difficultés croissantes de renouvellement : 44 % des présidents d’association ont plus "
        "de 65 ans."
    )
    pdf.para(
        "Enfin, l’ESS joue un rôle déterminant dans les communes rurales. Dans les 212 communes de moins de "
        "1 000 habitants, elle représente en moyenne un emploi privé sur cinq, notamment grâce aux services "
        "d’aide à domicile, aux coopératives agricoles et aux structures d’insertion."
    )

    # Two-column page: concertation -------------------------------------------
    pdf.add_page()
    pdf.h1("3. La parole aux acteurs : bilan de la concertation")
    pdf.para(
        "Le schéma a été co-construit entre le 12 mars et le 28 mai 2025. La démarche a réuni 312 "
        "participants lors de quatre ateliers territoriaux, complétés par une enquête en ligne qui a recueilli "
        "486 réponses de structures de l’ESS, de collectivités et de citoyens."
    )
    column_blocks = [
        ("h", "Quatre ateliers territoriaux"),
        (
            "p",
            "Les ateliers se sont tenus à Castelmoran le 12 mars, à Lauzières-d’Arlenc le 3 avril, à "
            "Saint-Ormel-des-Bruyères le 24 avril et à Pont-d’Aubrelle le 28 mai 2025. Chacun a rassemblé des "
            "dirigeants de structures, des élus communaux et intercommunaux, des agents du Département et des "
            "représentants des services de l’État. L’atelier de Castelmoran, consacré à la commande publique, "
            "a été le plus fréquenté, avec 104 participants.",
        ),
        ("h", "Ce que disent les structures"),
        (
            "p",
            "Interrogées sur leurs principales difficultés, les structures répondantes citent d’abord le "
            "recrutement (64 %), puis l’accès aux financements pluriannuels (57 %) et la complexité des "
            "démarches administratives (49 %). Seules 22 % déclarent avoir déjà répondu à un marché public, "
            "et 15 % avoir déjà été sollicitées par une entreprise classique pour un partenariat.",
        ),
        (
            "p",
            "Les attentes exprimées convergent vers un guichet unique d’information, un accompagnement "
            "renforcé à la coopération, des financements sur plusieurs années et une meilleure connaissance "
            "mutuelle entre collectivités et entreprises de l’ESS.",
        ),
        ("h", "Paroles d’acteurs"),
        (
            "q",
            "« Nous passons plus de temps à remplir des dossiers qu’à accompagner nos salariés en insertion. "
            "Des conventions sur trois ans changeraient tout. » — Directrice d’un chantier d’insertion, "
            "atelier de Pont-d’Aubrelle",
        ),
        (
            "q",
            "« Les communes rurales ont des besoins, les associations ont des idées : il manque un lieu pour "
            "que les deux se rencontrent. » — Maire d’une commune de 400 habitants, atelier de "
            "Lauzières-d’Arlenc",
        ),
        (
            "q",
            "« La coopération ne se décrète pas, elle s’outille. Un pôle ne vit que s’il dispose d’une "
            "animation dédiée et d’un modèle économique. » — Coordinateur d’un pôle de coopération, atelier "
            "de Saint-Ormel-des-Bruyères",
        ),
        (
            "q",
            "« Nos acheteurs ne connaissent pas l’offre locale. Ce n’est pas de la mauvaise volonté, c’est un "
            "manque d’outils. » — Directeur général des services d’une intercommunalité, atelier de Castelmoran",
        ),
        ("h", "Les cinq enseignements retenus"),
        (
            "p",
            "La synthèse des contributions, rédigée par la CRESS Loire-Vernaison et remise au Département le 30 "
            "juin 2025, identifie cinq enseignements : la sécurisation financière des structures, la formation "
            "et l’attractivité des métiers, la coopération entre acteurs, l’accès à la commande publique et la "
            "lisibilité des dispositifs. Ils ont directement inspiré les quatre axes du schéma.",
        ),
        ("h", "Et après ?"),
        (
            "p",
            "Les participants seront invités chaque année à la Conférence départementale de l’ESS pour suivre "
            "la mise en œuvre des actions. Un tableau de bord sera publié en ligne après chaque comité de "
            "pilotage, afin que chacun puisse mesurer l’avancement du schéma.",
        ),
    ]
    with pdf.text_columns(ncols=2, gutter=8, text_align="J", line_height=1.05) as cols:
        for kind, text in column_blocks:
            if kind == "h":
                pdf.set_font("Sans", "B", 10.5)
                pdf.set_text_color(20, 70, 110)
                with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1.5) as par:
                    par.write(french_spacing(text))
                pdf.set_text_color(0, 0, 0)
            elif kind == "q":
                pdf.set_font("Serif", "I", 10)
                with cols.paragraph(text_align="J", bottom_margin=2) as par:
                    par.write(body(text))
            else:
                pdf.set_font("Serif", "", 10)
                with cols.paragraph(text_align="J", bottom_margin=2) as par:
                    par.write(body(text))
    pdf.add_page()

    pdf.h1("4. Orientations stratégiques et plan d’actions")
    pdf.para(
        "Le schéma est organisé autour de quatre axes stratégiques, déclinés en dix-huit actions. Chaque "
        "action dispose d’un pilote identifié, d’un calendrier et d’au moins un indicateur de suivi."
    )
    pdf.h2("4.1 Axe 1 — Entreprendre autrement")
    pdf.para(
        "L’axe 1 vise à faciliter la création, le développement et la transmission des entreprises de l’ESS. "
        "Il comprend cinq actions :"
    )
    pdf.bullets(
        [
            "Action 1 : créer le Fonds départemental d’innovation sociale (FDIS), doté de 300 000 € par an ;",
            "Action 2 : financer, avec les réseaux d’accompagnement, un parcours « Cap ESS » destiné à 40 porteurs de projet par an ;",
            "Action 3 : soutenir la reprise d’entreprises en coopérative par leurs salariés (SCOP et SCIC), en partenariat avec l’Union régionale des Scop ;",
            "Action 4 : ouvrir un guichet unique d’information, le « Point ESS », hébergé à la Maison départementale des entreprises de Castelmoran ;",
            "Action 5 : faciliter l’accès aux financements solidaires et à l’épargne locale, en lien avec France Active et la Banque des Territoires.",
        ]
    )
    pdf.para(
        "Le FDIS soutient des projets innovants répondant à des besoins sociaux mal satisfaits. Il accorde des "
        "subventions comprises entre 5 000 € et 40 000 €, dans la limite de 50 % des dépenses éligibles. "
        "L’appel à projets est ouvert chaque année du 1er février au 31 mars. Peuvent candidater les "
        "associations, les coopératives, les fondations et les entreprises bénéficiant de l’agrément ESUS "
        "dont le siège ou un établissement est situé en Haute-Verlanne. Les communes et leurs groupements ne "
        "sont pas éligibles au FDIS ; ils peuvent en revanche être partenaires d’un projet."
    )
    pdf.h2("4.2 Axe 2 — Coopérer sur les territoires")
    pdf.para(
        "Un pôle territorial de coopération économique (PTCE) est un groupement d’acteurs implantés sur un "
        "même territoire — entreprises de l’ESS, entreprises classiques, collectivités, établissements de "
        "formation — qui mutualisent leurs moyens autour d’un projet économique commun et durable. La "
        "Haute-Verlanne compte aujourd’hui deux PTCE actifs : le pôle « Verlanne Circulaire », à Castelmoran, "
        "et le pôle agroalimentaire « Terres d’Arlenc ». L’axe 2 prévoit les actions suivantes :"
    )
    pdf.bullets(
        [
            "Action 6 : accompagner l’émergence de trois nouveaux PTCE d’ici 2030, grâce à une aide à l’ingénierie de 30 000 € par pôle et par an pendant trois ans ;",
            "Action 7 : soutenir les tiers-lieux à vocation sociale dans les communes rurales ;",
            "Action 8 : développer les coopérations entre les structures d’aide à domicile afin de mutualiser leurs fonctions support (paie, formation, planification des interventions) ;",
            "Action 9 : organiser chaque année la Conférence départementale de l’ESS, en novembre, dans le cadre du Mois de l’ESS ;",
            "Action 10 : favoriser les alliances entre l’ESS et les entreprises classiques du territoire.",
        ]
    )
    pdf.h2("4.3 Axe 3 — Acheter de manière responsable")
    pdf.para(
        "En 2024, 7 % seulement du montant des marchés passés par le Département intégraient une clause "
        "sociale ou étaient réservés à des structures de l’ESS. L’objectif est de porter cette part à 20 % en "
        "2030. Les clauses sociales ont généré 61 000 heures de travail pour des personnes en insertion en "
        "2024 ; le schéma vise 85 000 heures par an à l’horizon 2030. Quatre actions y contribuent :"
    )
    pdf.bullets(
        [
            "Action 11 : réviser dès 2026 le schéma de promotion des achats socialement et écologiquement responsables (SPASER) du Département, en y intégrant des objectifs chiffrés pour chaque famille d’achats et un bilan annuel présenté en séance publique ;",
            "Action 12 : réserver certains lots aux structures d’insertion par l’activité économique et aux entreprises adaptées, en particulier pour l’entretien des espaces verts, le nettoyage des locaux et la restauration collective des collèges ;",
            "Action 13 : former les acheteurs du Département et des communes volontaires à la rédaction des clauses sociales et environnementales ;",
            "Action 14 : créer une plateforme départementale de facilitation des clauses sociales, mutualisée avec les intercommunalités.",
        ]
    )
    pdf.h2("4.4 Axe 4 — Inclure par l’emploi")
    pdf.para(
        "L’axe 4 mobilise l’ESS au service de l’insertion professionnelle des publics éloignés de l’emploi, en "
        "particulier des allocataires du RSA. Le Département y consacre la plus grande part de l’enveloppe du "
        "schéma."
    )
    pdf.bullets(
        [
            "Action 15 : conventionner sur trois ans les structures d’insertion par l’activité économique, avec un objectif de 1 700 personnes accompagnées par an en 2030 ;",
            "Action 16 : développer avec France Travail des parcours vers les métiers du soin et de l’aide à domicile ;",
            "Action 17 : soutenir les groupements d’employeurs pour l’insertion et la qualification (GEIQ) ;",
            "Action 18 : expérimenter, dans deux communes volontaires, une démarche « territoire zéro chômeur de longue durée ».",
        ]
    )

    pdf.h1("5. Gouvernance et suivi")
    pdf.para("La gouvernance du schéma repose sur trois instances :")
    pdf.bullets(
        [
            "le comité de pilotage, coprésidé par la vice-présidente du Département déléguée à l’ESS, Mme Nadia Belkacem-Roux, et par le président de la CRESS Loire-Vernaison, M. Thierry Maréchal-Gauthier ; il se réunit deux fois par an ;",
            "le comité technique, animé par M. Julien Ferracci, chargé de mission ESS à la direction de l’attractivité et de l’économie de proximité, qui réunit chaque trimestre les services du Département, de la Région, de l’État et des intercommunalités ;",
            "la Conférence départementale de l’ESS, ouverte à tous les acteurs, qui se tient chaque année en novembre et donne lieu à la présentation d’un bilan annuel.",
        ]
    )
    pdf.para(
        "Une évaluation à mi-parcours sera réalisée en 2028 par un prestataire extérieur ; l’évaluation finale "
        "interviendra au premier semestre 2031. Les indicateurs ci-dessous seront suivis chaque année."
    )
    pdf.caption("Tableau 3 : Principaux indicateurs de suivi du schéma")
    pdf.data_table(
        [
            ("Indicateur", "Valeur 2024", "Cible 2030"),
            ("Emplois salariés dans l’ESS", "14 260", "15 500"),
            ("PTCE actifs", "2", "5"),
            ("Part des marchés départementaux avec clause sociale ou réservés", "7 %", "20 %"),
            ("Heures d’insertion générées par les clauses sociales", "61 000", "85 000"),
            ("Personnes accompagnées en IAE", "1 480", "1 700"),
            ("Tiers-lieux à vocation sociale soutenus", "9", "16"),
        ],
        widths=(106, 30, 30),
        aligns=("LEFT", "RIGHT", "RIGHT"),
        total_last=False,
    )

    pdf.h1("6. Moyens financiers")
    pdf.para(
        "Le Département mobilise 7,8 millions d’euros sur la durée du schéma, soit en moyenne 1,56 million "
        "d’euros par an. Cette enveloppe ne comprend pas les dépenses de droit commun consacrées à "
        "l’allocation du RSA, ni les dotations aux établissements sociaux et médico-sociaux."
    )
    pdf.caption("Tableau 4 : Répartition de l’enveloppe départementale 2026-2030")
    pdf.data_table(
        [
            ("Axe", "Montant 2026-2030", "Part"),
            ("Axe 1 — Entreprendre autrement", "2 150 000 €", "27,6 %"),
            ("Axe 2 — Coopérer sur les territoires", "1 600 000 €", "20,5 %"),
            ("Axe 3 — Acheter de manière responsable", "450 000 €", "5,8 %"),
            ("Axe 4 — Inclure par l’emploi", "3 200 000 €", "41,0 %"),
            ("Animation, observation et évaluation", "400 000 €", "5,1 %"),
            ("Total", "7 800 000 €", "100 %"),
        ],
        widths=(96, 40, 30),
        aligns=("LEFT", "RIGHT", "RIGHT"),
    )
    pdf.para(
        "Des cofinancements complémentaires sont attendus : la Région Loire-Vernaison a confirmé une "
        "participation de 2,1 millions d’euros au titre de sa stratégie régionale de l’ESS, et la Banque des "
        "Territoires apportera 600 000 € pour l’ingénierie des PTCE. Avec les fonds européens mobilisables "
        "(FSE+), l’effort public en faveur de l’ESS en Haute-Verlanne pourrait dépasser 11 millions d’euros "
        "sur cinq ans."
    )

    pdf.h1("Glossaire")
    pdf.bullets(
        [
            "CRESS : chambre régionale de l’économie sociale et solidaire, qui représente et promeut les entreprises de l’ESS à l’échelle régionale et anime l’observatoire régional.",
            "ESUS : l’agrément « entreprise solidaire d’utilité sociale », délivré par les services de l’État, permet à une entreprise de l’ESS d’accéder à l’épargne salariale solidaire.",
            "IAE : l’insertion par l’activité économique permet à des personnes sans emploi rencontrant des difficultés sociales et professionnelles particulières de bénéficier d’un contrat de travail et d’un accompagnement renforcé.",
            "SCIC : la société coopérative d’intérêt collectif associe obligatoirement des salariés ou des producteurs, des bénéficiaires et au moins une troisième catégorie d’associés, par exemple des collectivités locales.",
            "SPASER : schéma de promotion des achats publics socialement et écologiquement responsables.",
        ],
        marker="–",
    )
    pdf.set_font("Sans", "", 8.5)
    pdf.multi_cell(
        0,
        4.5,
        french_spacing(
            "Contact : Direction de l’attractivité et de l’économie de proximité — Hôtel du Département, 1, cours "
            "Aristide-Vernet, Castelmoran — ess@haute-verlanne.fr"
        ),
        align="L",
    )
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Document B: convention pluriannuelle (PDF, 3 pages)
# ---------------------------------------------------------------------------


def build_doc_b(path: Path) -> None:
    pdf = DocPDF(
        "Communauté d’agglomération du Pays de Morvaut",
        "Convention n° 2025-ESS-014",
        "Convention pluriannuelle d’objectifs et de financement 2025-2027",
        fixed_date(2025, 7, 8),
    )
    pdf.body_size = 10.5
    pdf.line_h = 5.1
    pdf.set_title("Convention pluriannuelle d’objectifs et de financement 2025-2027 — La Ressourcerie des Trois Ponts")
    pdf.set_author("Communauté d’agglomération du Pays de Morvaut — Direction du développement économique")
    pdf.set_subject("Soutien au projet « Réemploi 2027 » de l’association La Ressourcerie des Trois Ponts")
    pdf.set_creator("Morvaut Agglo — service des assemblées")
    pdf.add_page()

    pdf.set_font("Sans", "B", 15)
    pdf.set_text_color(30, 90, 60)
    pdf.multi_cell(0, 7.5, "CONVENTION PLURIANNUELLE D’OBJECTIFS ET DE FINANCEMENT 2025-2027", align="C")
    pdf.set_font("Sans", "", 10)
    pdf.multi_cell(0, 6, french_spacing("Convention n° 2025-ESS-014 — Projet « Réemploi 2027 »"), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)

    vus = [
        "Vu le code général des collectivités territoriales ;",
        "Vu la loi n° 2000-321 du 12 avril 2000 relative aux droits des citoyens dans leurs relations avec les administrations, notamment son article 10 ;",
        "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et solidaire ;",
        "Vu la délibération du conseil communautaire n° 2025-087 du 26 juin 2025 ;",
        "Vu la demande de subvention présentée par l’Association le 14 mars 2025 ;",
    ]
    for vu in vus:
        pdf.set_font("Serif", "I", 9.5)
        pdf.multi_cell(0, 4.6, body(vu), align="J")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, "Entre", new_x="LMARGIN", new_y="NEXT")
    pdf.para(
        "La Communauté d’agglomération du Pays de Morvaut, dont le siège est situé 12, place des Tanneurs à "
        "Castelmoran, représentée par son Président, M. Jean-Baptiste Lacombe, dûment habilité par "
        "délibération du conseil communautaire n° 2025-087 du 26 juin 2025, ci-après dénommée "
        "« l’Agglomération », d’une part,"
    )
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, "Et", new_x="LMARGIN", new_y="NEXT")
    pdf.para(
        "L’association La Ressourcerie des Trois Ponts, association régie par la loi du 1er juillet 1901, "
        "déclarée en préfecture le 9 octobre 2012, dont le siège est situé 4, rue du Moulin-Bas à "
        "Morvaut-le-Vieux, n° SIRET 812 457 390 00026, représentée par sa Présidente, Mme Odile "
        "Carrasco-Perrin, ci-après dénommée « l’Association », d’autre part,"
    )
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 6, "Il est convenu ce qui suit.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def article(title: str) -> None:
        pdf.ensure_space(20)
        pdf.ln(1.5)
        pdf.start_section(title, level=0)
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(30, 90, 60)
        pdf.multi_cell(0, 6, title, align="L")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(0.5)

    article("Préambule")
    pdf.para(
        "La Ressourcerie des Trois Ponts collecte, trie, répare et revend des objets et des matériaux de "
        "réemploi. Conventionnée par l’État comme atelier et chantier d’insertion (ACI), elle emploie 14 "
        "salariés, dont 9 en parcours d’insertion. En 2024, elle a collecté 412 tonnes d’objets, dont 61 % "
        "ont été réemployés ou réutilisés."
    )
    pdf.para(
        "Par la présente convention, l’Agglomération soutient un projet dont l’initiative et la conduite "
        "appartiennent à l’Association, et qui concourt à sa politique de prévention des déchets (programme "
        "local de prévention des déchets ménagers et assimilés 2024-2029) ainsi qu’à sa politique de "
        "développement de l’économie sociale et solidaire. La présente convention ne relève pas du code de "
        "la commande publique."
    )
    article("Article 1 — Objet")
    pdf.para(
        "La présente convention a pour objet de définir les objectifs partagés et les conditions dans "
        "lesquelles l’Agglomération apporte son soutien financier au projet « Réemploi 2027 » de "
        "l’Association. Ce projet comprend l’ouverture d’une seconde boutique solidaire à Brévanne-la-Haute au "
        "premier semestre 2026, la création d’un atelier de réparation de vélos et un programme de "
        "sensibilisation au réemploi dans les écoles et collèges du territoire."
    )
    article("Article 2 — Durée")
    pdf.para(
        "La convention est conclue pour une durée de trois ans. Elle couvre les exercices 2025, 2026 et 2027 "
        "et prend fin le 31 décembre 2027. Son renouvellement éventuel fera l’objet d’une nouvelle convention, "
        "après l’évaluation prévue à l’article 7. Elle ne peut en aucun cas être reconduite tacitement."
    )
    article("Article 3 — Montant de la contribution financière")
    pdf.para(
        "L’Agglomération s’engage à verser à l’Association une subvention de fonctionnement d’un montant total "
        "de 186 000 € pour les trois exercices, répartie comme suit : 70 000 € en 2025, 62 000 € en 2026 et "
        "54 000 € en 2027. La diminution progressive du soutien traduit l’objectif d’autonomie croissante de "
        "l’Association, dont les recettes de ventes doivent augmenter. Pour les exercices 2026 et 2027, le "
        "versement est subordonné au vote des crédits correspondants par le conseil communautaire."
    )
    pdf.para(
        "En complément, l’Agglomération attribue une subvention d’investissement de 25 000 € pour "
        "l’aménagement de l’atelier de réparation de vélos, versée en une seule fois sur présentation des "
        "factures acquittées."
    )
    pdf.para(
        "Le budget prévisionnel du projet pour l’exercice 2025, qui figure en annexe 1, s’établit comme suit. "
        "La contribution de l’Agglomération représente 13,7 % des ressources du projet en 2025."
    )
    pdf.caption("Ressources prévisionnelles du projet — exercice 2025")
    pdf.data_table(
        [
            ("Financeur ou ressource", "Montant"),
            ("Communauté d’agglomération du Pays de Morvaut", "70 000 €"),
            ("État — aide aux postes d’insertion", "198 000 €"),
            ("Département de la Haute-Verlanne", "45 000 €"),
            ("Région Loire-Vernaison", "30 000 €"),
            ("Éco-organismes (soutiens au réemploi)", "38 000 €"),
            ("Ventes en boutique", "121 400 €"),
            ("Autres produits", "10 000 €"),
            ("Total des ressources", "512 400 €"),
        ],
        widths=(116, 40),
        aligns=("LEFT", "RIGHT"),
    )
    article("Article 4 — Modalités de versement")
    pdf.para(
        "Pour l’exercice 2025, la subvention est versée en deux fois : une avance de 60 % à la signature de la "
        "présente convention, puis le solde de 40 % après production du compte rendu financier de l’exercice. "
        "Pour les exercices 2026 et 2027, une avance de 50 % est versée au plus tard le 31 mars de l’année "
        "concernée, le solde intervenant après examen du bilan de l’année précédente. Les versements sont "
        "effectués sur le compte bancaire de l’Association dont le relevé d’identité bancaire figure en annexe 2."
    )
    article("Article 5 — Engagements de l’Association")
    pdf.para(
        "L’Association s’engage à mettre en œuvre le projet défini à l’article 1 et à atteindre, à l’échéance "
        "de la convention, les objectifs suivants :"
    )
    pdf.bullets(
        [
            "collecter au moins 450 tonnes d’objets par an en 2027 ;",
            "porter le taux de réemploi et de réutilisation à 65 % ;",
            "accueillir 12 salariés en parcours d’insertion, en équivalent temps plein ;",
            "atteindre un taux de sorties dynamiques d’au moins 55 % (emploi durable, emploi de transition ou formation qualifiante) ;",
            "réaliser 40 animations de sensibilisation par an dans les établissements scolaires.",
        ],
        marker="–",
    )
    pdf.para(
        "L’Association transmet chaque année, avant le 30 juin, le compte rendu financier signé par la "
        "Présidente, ses comptes annuels approuvés et un rapport d’activité."
    )
    article("Article 6 — Communication")
    pdf.para(
        "L’Association fait mention du soutien de l’Agglomération sur tous ses supports de communication "
        "relatifs au projet, notamment par l’apposition du logo de Morvaut Agglo."
    )
    article("Article 7 — Suivi et évaluation")
    pdf.para(
        "Un comité de suivi se réunit au moins une fois par an. Il est composé du vice-président de "
        "l’Agglomération délégué à l’économie circulaire et à l’ESS, M. Karim Haddouche, ou de son "
        "représentant, de la Présidente et du directeur de l’Association, M. Mathieu Lenoir, ainsi que d’un "
        "représentant de la CRESS Loire-Vernaison. L’évaluation finale porte sur la réalisation des objectifs "
        "fixés à l’article 5 ; elle est conduite au cours du second semestre 2027."
    )
    article("Article 8 — Contrôle")
    pdf.para(
        "L’Association s’engage à faciliter tout contrôle, sur pièces et sur place, de l’utilisation de la "
        "subvention. Tout ou partie des sommes versées peut être reversé à l’Agglomération si la subvention "
        "n’a pas été utilisée conformément à son objet."
    )
    article("Article 9 — Résiliation")
    pdf.para(
        "En cas de non-respect par l’une des parties de ses engagements, la convention peut être résiliée par "
        "l’autre partie à l’expiration d’un délai de deux mois suivant l’envoi d’une lettre recommandée avec "
        "accusé de réception valant mise en demeure restée sans effet."
    )
    article("Article 10 — Litiges")
    pdf.para(
        "Les litiges relatifs à l’exécution de la présente convention font l’objet d’une recherche de solution "
        "amiable. À défaut, ils sont portés devant le tribunal administratif territorialement compétent."
    )
    pdf.para("Annexes : 1. Budget prévisionnel du projet ; 2. Relevé d’identité bancaire.", style="I")
    pdf.ensure_space(55)
    pdf.para("Fait à Castelmoran, le 8 juillet 2025, en deux exemplaires originaux.")
    pdf.ln(3)
    y = pdf.get_y()
    blocks = [
        (22, ["Pour la Communauté d’agglomération,", "le Président,", "", "", "", "Jean-Baptiste Lacombe"]),
        (112, ["Pour l’association,", "la Présidente,", "", "", "", "Odile Carrasco-Perrin"]),
    ]
    for x, lines in blocks:
        pdf.set_xy(x, y)
        for idx, line in enumerate(lines):
            pdf.set_x(x)
            pdf.set_font("Sans", "B" if idx == len(lines) - 1 else "", 10)
            pdf.cell(76, 5.5, line, align="L", new_x="LEFT", new_y="NEXT")
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Document C: web page of the CRESS (HTML)
# ---------------------------------------------------------------------------

DOC_C_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Prix de l’ESS 2025 : les candidatures sont ouvertes ! | CRESS Loire-Vernaison</title>
<meta name="description" content="Les Prix de l’ESS 2025 de la CRESS Loire-Vernaison récompensent les initiatives exemplaires de l’économie sociale et solidaire. Candidatures jusqu’au 19 septembre 2025.">
<meta name="author" content="CRESS Loire-Vernaison">
<meta name="publisher" content="CRESS Loire-Vernaison">
<meta name="date" content="2025-06-03">
<meta property="og:type" content="article">
<meta property="og:site_name" content="CRESS Loire-Vernaison">
<meta property="og:title" content="Prix de l’ESS 2025 : les candidatures sont ouvertes !">
<meta property="og:image" content="https://www.cress-loirevernaison.org/wp-content/uploads/2025/06/prix-ess-2024-laureats.jpg">
<meta property="article:published_time" content="2025-06-03T09:30:00+02:00">
<meta property="article:modified_time" content="2025-06-12T16:05:00+02:00">
<meta property="article:section" content="Événements">
<link rel="canonical" href="https://www.cress-loirevernaison.org/actualites/prix-ess-2025-candidatures/">
<link rel="stylesheet" href="/wp-content/themes/cress/style.min.css?ver=4.2.1">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Prix de l’ESS 2025 : les candidatures sont ouvertes !", "datePublished": "2025-06-03T09:30:00+02:00", "dateModified": "2025-06-12T16:05:00+02:00", "publisher": {"@type": "Organization", "name": "CRESS Loire-Vernaison"}}
</script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'analytics_storage': 'denied'});
</script>
</head>
<body class="post-template-default single single-post">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
  <p>Ce site utilise des cookies de mesure d’audience afin d’améliorer votre expérience.
  Vous pouvez accepter ou refuser ces cookies à tout moment.</p>
  <button type="button" class="btn-accept">Tout accepter</button>
  <button type="button" class="btn-refuse">Tout refuser</button>
  <a href="/politique-cookies/">Personnaliser</a>
</div>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/wp-content/themes/cress/img/logo-cress-lv.svg" alt="CRESS Loire-Vernaison — Chambre régionale de l’économie sociale et solidaire"></a>
  <nav class="main-nav" aria-label="Menu principal">
    <ul>
      <li><a href="/la-cress/">La CRESS</a></li>
      <li><a href="/ess/">L’ESS en Loire-Vernaison</a></li>
      <li><a href="/observatoire/">Observatoire</a></li>
      <li><a href="/accompagnement/">Entreprendre en ESS</a></li>
      <li><a href="/mois-ess/">Mois de l’ESS</a></li>
      <li class="current"><a href="/actualites/">Actualités</a></li>
      <li><a href="/adherer/">Adhérer</a></li>
      <li><a href="/contact/">Contact</a></li>
    </ul>
  </nav>
  <form class="search" action="/" role="search"><input type="search" name="s" placeholder="Rechercher…"><button>OK</button></form>
</header>
<nav class="breadcrumbs" aria-label="Fil d’Ariane">
  <a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › <a href="/actualites/evenements/">Événements</a> › <span>Prix de l’ESS 2025</span>
</nav>
<div class="layout">
<main id="contenu">
<article class="post">
  <header class="post-header">
    <p class="post-category"><a href="/actualites/evenements/">Événements</a></p>
    <h1>Prix de l’ESS 2025 : les candidatures sont ouvertes !</h1>
    <p class="post-meta">Publié le <time datetime="2025-06-03">3 juin 2025</time> — mis à jour le <time datetime="2025-06-12">12 juin 2025</time> — par le service communication</p>
    <ul class="share">
      <li><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.cress-loirevernaison.org%2Factualites%2Fprix-ess-2025-candidatures%2F">Partager sur Facebook</a></li>
      <li><a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.cress-loirevernaison.org%2Factualites%2Fprix-ess-2025-candidatures%2F">Partager sur LinkedIn</a></li>
      <li><a href="mailto:?subject=Prix%20de%20l%E2%80%99ESS%202025">Envoyer par courriel</a></li>
      <li><a href="javascript:window.print()">Imprimer</a></li>
    </ul>
  </header>
  <figure class="wp-block-image">
    <img src="/wp-content/uploads/2025/06/prix-ess-2024-laureats.jpg" alt="Les lauréats 2024 sur la scène de la cérémonie" width="1200" height="675">
    <figcaption>Les lauréats de l’édition 2024 réunis à Valmorand le 21 novembre 2024. © CRESS Loire-Vernaison / Pierre Aumont</figcaption>
  </figure>
  <p class="chapo">Pour la septième année consécutive, la Chambre régionale de l’économie sociale
  et solidaire (CRESS) Loire-Vernaison lance les Prix de l’ESS, qui récompensent des
  initiatives exemplaires de la région. Les candidatures sont ouvertes du 3 juin au
  19 septembre 2025 à midi.</p>
  <p>Associations, coopératives, mutuelles, fondations ou entreprises sociales : vous développez
  un projet utile à votre territoire ? Les Prix de l’ESS sont l’occasion de le faire connaître,
  de rencontrer d’autres acteurs et de bénéficier d’un coup de pouce financier. Organisés dans
  le cadre du Mois de l’ESS, ils sont devenus en quelques années un rendez-vous attendu :
  112 candidatures avaient été déposées en 2024, un record.</p>

  <h2>Quatre catégories et un prix du public</h2>
  <p>Cette année, les prix sont décernés dans les catégories suivantes :</p>
  <ul>
    <li><strong>Prix « Utilité sociale »</strong> : il distingue un projet qui répond à un besoin
    social mal satisfait (accès aux droits, santé, logement, lutte contre l’isolement…) ;</li>
    <li><strong>Prix « Transition écologique »</strong> : il récompense une initiative de réemploi,
    d’énergie renouvelable, de mobilité durable ou d’alimentation locale ;</li>
    <li><strong>Prix « Coopération territoriale »</strong> : il valorise une alliance entre
    structures de l’ESS, entreprises et collectivités autour d’un projet commun ;</li>
    <li><strong>Prix « Jeunes pousses »</strong> : il est réservé aux structures créées depuis
    moins de trois ans ;</li>
    <li><strong>Prix « Coup de cœur du public »</strong> : il est attribué par un vote en ligne
    ouvert du 20 octobre au 9 novembre 2025 parmi les finalistes.</li>
  </ul>

  <h2>Dotations</h2>
  <table class="dotations">
    <caption>Dotations des Prix de l’ESS 2025</caption>
    <thead>
      <tr><th scope="col">Prix</th><th scope="col">Dotation</th><th scope="col">Partenaire</th></tr>
    </thead>
    <tbody>
      <tr><td>Utilité sociale</td><td>5&nbsp;000&nbsp;€</td><td>Mutuelle Entraide Vernaisienne</td></tr>
      <tr><td>Transition écologique</td><td>5&nbsp;000&nbsp;€</td><td>Caisse solidaire Loire-Vernaison</td></tr>
      <tr><td>Coopération territoriale</td><td>5&nbsp;000&nbsp;€</td><td>Région Loire-Vernaison</td></tr>
      <tr><td>Jeunes pousses</td><td>3&nbsp;000&nbsp;€</td><td>Fondation Sève &amp; Territoires</td></tr>
      <tr><td>Coup de cœur du public</td><td>1&nbsp;500&nbsp;€</td><td>Groupe coopératif Agrivern</td></tr>
    </tbody>
  </table>
  <p>Au total, 19&nbsp;500&nbsp;€ sont répartis entre les cinq lauréats. Chaque lauréat bénéficie
  en outre d’un film de présentation de deux minutes réalisé par un vidéaste professionnel
  et d’une adhésion gratuite d’un an à la CRESS.</p>

  <h2>Qui peut candidater ?</h2>
  <p>Le concours est ouvert aux structures de l’ESS au sens de la loi du 31 juillet 2014
  (associations, coopératives, mutuelles, fondations et sociétés commerciales de l’ESS) dont
  le siège ou un établissement est situé en région Loire-Vernaison. Les structures doivent
  justifier d’au moins un an d’existence à la date de clôture des candidatures, sauf pour le
  prix « Jeunes pousses ».</p>
  <p>Les collectivités territoriales et leurs groupements ne peuvent pas candidater, mais
  ils peuvent relayer l’appel et soutenir les candidats de leur territoire. Les lauréats
  de l’édition 2024 ne peuvent pas concourir dans la même catégorie. Une structure ne peut
  présenter qu’un seul dossier.</p>

  <h2>Critères de sélection</h2>
  <p>Le jury examine chaque dossier au regard de cinq critères, notés chacun
  sur 20 points :</p>
  <ol>
    <li>l’utilité sociale du projet ;</li>
    <li>son ancrage territorial ;</li>
    <li>la gouvernance démocratique et la participation des parties prenantes ;</li>
    <li>la viabilité économique ;</li>
    <li>le caractère innovant ou reproductible de la démarche.</li>
  </ol>

  <h2>Calendrier</h2>
  <table class="calendrier">
    <thead><tr><th scope="col">Étape</th><th scope="col">Date</th></tr></thead>
    <tbody>
      <tr><td>Ouverture des candidatures</td><td>3 juin 2025</td></tr>
      <tr><td>Clôture des candidatures</td><td>19 septembre 2025 à 12 h</td></tr>
      <tr><td>Réunion du jury de sélection</td><td>16 octobre 2025</td></tr>
      <tr><td>Vote du public en ligne</td><td>du 20 octobre au 9 novembre 2025</td></tr>
      <tr><td>Cérémonie de remise des prix</td><td>20 novembre 2025, Filature Delsol, Castelmoran</td></tr>
    </tbody>
  </table>
  <p>La cérémonie de remise des prix aura lieu le 20 novembre 2025 à la Filature Delsol,
  à Castelmoran, dans le cadre du Mois de l’ESS. Elle sera suivie d’un temps d’échange
  entre lauréats, financeurs et élus.</p>

  <h2>Le jury</h2>
  <p>Le jury est présidé par Amandine Roussel-Tixier, vice-présidente de la CRESS
  Loire-Vernaison. Il réunit neuf membres : représentants des partenaires, élus
  régionaux, chercheurs de l’université de Valmorand et lauréats des éditions précédentes.
  Les membres du jury ne peuvent pas évaluer un dossier présenté par une structure
  dont ils sont administrateurs ou salariés.</p>

  <h2>Comment candidater ?</h2>
  <p>Le dossier de candidature se remplit en ligne. Il comprend une présentation de la
  structure, une description du projet en 4&nbsp;000 signes maximum, les derniers comptes
  approuvés et, de manière facultative, une vidéo d’une minute.</p>
  <p>Une permanence téléphonique est assurée par Léa Fontanel, chargée de communication
  de la CRESS, chaque mardi de 14 h à 17 h, pour répondre à vos questions sur le
  règlement et vous aider à préparer votre dossier.</p>
  <p class="downloads">
    <a class="btn" href="/wp-content/uploads/2025/06/reglement-prix-ess-2025.pdf">Télécharger le règlement (PDF, 380 Ko)</a>
    <a class="btn" href="/wp-content/uploads/2025/06/dossier-candidature-prix-ess-2025.docx">Télécharger le dossier de candidature (DOCX, 95 Ko)</a>
    <a class="btn btn-primary" href="https://candidatures.cress-loirevernaison.org/prix-2025">Déposer ma candidature en ligne</a>
  </p>
  <p class="tags">Mots-clés : <a href="/tag/prix-ess/">Prix de l’ESS</a>, <a href="/tag/mois-ess/">Mois de l’ESS</a>, <a href="/tag/appel-a-candidatures/">Appel à candidatures</a></p>
</article>
</main>
<aside class="sidebar">
  <section class="widget">
    <h2 class="widget-title">Les lauréats 2024</h2>
    <ul>
      <li>Utilité sociale : Garage solidaire du Haut-Verlannais</li>
      <li>Transition écologique : SCIC Soleil d’Arlenc</li>
      <li>Coopération territoriale : PTCE Verlanne Circulaire</li>
      <li>Jeunes pousses : épicerie itinérante La Roulotte</li>
      <li>Coup de cœur du public : ludothèque Les Mille Pions</li>
    </ul>
    <p><a href="/actualites/prix-ess-2024-palmares/">Voir le palmarès 2024</a></p>
  </section>
  <section class="widget">
    <h2 class="widget-title">À lire aussi</h2>
    <ul>
      <li><a href="/actualites/mois-ess-2025-programme/">Mois de l’ESS 2025 : proposez vos événements</a></li>
      <li><a href="/observatoire/panorama-2025/">Panorama régional de l’ESS : l’édition 2025 est en ligne</a></li>
      <li><a href="/actualites/formation-elus-ess/">Former les élus à l’ESS : nouvelles sessions à l’automne</a></li>
    </ul>
  </section>
  <section class="widget newsletter">
    <h2 class="widget-title">Lettre d’information</h2>
    <form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Votre adresse électronique"><button>Je m’abonne</button></form>
  </section>
</aside>
</div>
<footer class="site-footer">
  <div class="footer-contact">
    <p><strong>CRESS Loire-Vernaison</strong><br>
    27, boulevard des Coopérateurs, Valmorand<br>
    Tél. 04 65 71 20 40 — contact@cress-loirevernaison.org</p>
  </div>
  <ul class="footer-links">
    <li><a href="/mentions-legales/">Mentions légales</a></li>
    <li><a href="/donnees-personnelles/">Données personnelles</a></li>
    <li><a href="/accessibilite/">Accessibilité : partiellement conforme</a></li>
    <li><a href="/plan-du-site/">Plan du site</a></li>
  </ul>
  <p class="partners">La CRESS Loire-Vernaison est membre du réseau ESS France et reçoit le soutien de la Région Loire-Vernaison et de l’État.</p>
  <p class="copyright">© 2025 CRESS Loire-Vernaison — Tous droits réservés</p>
</footer>
<script src="/wp-content/themes/cress/js/cookie-consent.min.js?ver=2.0.3"></script>
<script src="/wp-content/themes/cress/js/main.min.js?ver=4.2.1"></script>
<script>
  document.querySelector('.btn-accept').addEventListener('click', function () {
    gtag('consent', 'update', {'analytics_storage': 'granted'});
    document.getElementById('cookie-banner').remove();
  });
</script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Document D: minutes of a SCIC general assembly (Markdown)
# ---------------------------------------------------------------------------


GLUE = "\u2060"  # placeholder joining digit groups while wrapping, turned back into a space


def _glue_numbers(text: str) -> str:
    return re.sub(r"(?<=\d) (?=\d{3}\b)", GLUE, text)


def wrap_md(text: str, width: int = 80, indent: str = "", first: str = "") -> str:
    return textwrap.fill(
        _glue_numbers(text),
        width=width,
        initial_indent=first,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    ).replace(GLUE, " ")


def build_doc_d() -> str:
    parts: list[str] = []
    parts.append(
        "---\n"
        'title: "Compte rendu de l’assemblée générale ordinaire du 14 juin 2025"\n'
        'publisher: "SCIC SA Soleil d’Arlenc"\n'
        "date: 2025-06-14\n"
        'territory: "Communauté de communes des Coteaux d’Arlenc (Haute-Verlanne)"\n'
        'document_type: "compte rendu"\n'
        "---\n"
    )
    parts.append("# Assemblée générale ordinaire de la SCIC Soleil d’Arlenc\n")
    parts.append(
        "**Date :** samedi 14 juin 2025, de 10 h 05 à 12 h 40  \n"
        "**Lieu :** salle polyvalente de Lauzières-d’Arlenc  \n"
        "**Convocation :** adressée aux associés le 23 mai 2025, par courriel et par courrier\n"
    )
    parts.append("## Bureau de l’assemblée et participants\n")
    items = [
        "Assemblée présidée par M. Gérard Olivetti, président du conseil d’administration ;",
        "Secrétaire de séance : Mme Lucie Anselme, administratrice (collège des citoyens) ;",
        "Scrutateurs : M. Paul Verdier et Mme Sandrine Kouassi ;",
        "Pour l’équipe salariée : Mme Claire Dumontel, directrice générale, et M. Thibault Rouanet, chargé de projets ;",
        "Invités sans droit de vote : Mme Françoise Thiollier, vice-présidente de la Communauté de communes des Coteaux d’Arlenc chargée de la transition énergétique, et M. Julien Ferracci, chargé de mission ESS au Département de la Haute-Verlanne.",
    ]
    parts.append("\n".join(wrap_md(it, indent="  ", first="- ") for it in items) + "\n")
    parts.append("## Ouverture de la séance et quorum\n")
    parts.append(
        wrap_md(
            "M. Olivetti ouvre la séance à 10 h 05 et remercie la commune de Lauzières-d’Arlenc pour son "
            "accueil. Sur 214 associés, 87 sont présents ou représentés (61 présents et 26 pouvoirs), soit "
            "40,7 % des associés. Le quorum du cinquième requis par les statuts sur première convocation "
            "étant atteint, l’assemblée peut valablement délibérer."
        )
        + "\n"
    )
    parts.append(
        wrap_md(
            "Conformément aux statuts, les votes sont décomptés par collège puis pondérés : collège des "
            "citoyens consommateurs 40 %, collège des collectivités 20 %, collège des producteurs et "
            "salariés 20 %, collège des partenaires 20 %. Le tableau des votes ci-dessous indique le "
            "nombre de voix exprimées ; le résultat tient compte de la pondération."
        )
        + "\n"
    )
    parts.append("## 1. Rapport d’activité 2024\n")
    parts.append(
        wrap_md(
            "Mme Dumontel présente le rapport d’activité. Fin 2024, la SCIC exploite 23 centrales "
            "photovoltaïques en toiture (écoles, gymnases, ateliers municipaux et hangars agricoles), pour "
            "une puissance installée de 1,46 MWc. La production de l’année 2024 s’élève à 1 612 MWh, soit "
            "l’équivalent de la consommation électrique annuelle de 640 foyers hors chauffage. Quatre "
            "nouvelles centrales ont été mises en service en 2024, dont celle du gymnase intercommunal de "
            "Lauzières-d’Arlenc (180 kWc), la plus puissante du parc."
        )
        + "\n"
    )
    parts.append(
        wrap_md(
            "La SCIC compte 214 associés au 31 décembre 2024, contre 176 un an plus tôt. Le capital social "
            "atteint 486 500 €, réparti en parts de 50 €. La Communauté de communes des Coteaux d’Arlenc "
            "détient 9 % du capital et sept communes sont associées. En novembre 2024, la SCIC a reçu le "
            "prix « Transition écologique » des Prix de l’ESS de la CRESS Loire-Vernaison."
        )
        + "\n"
    )
    parts.append("## 2. Comptes de l’exercice 2024 et affectation du résultat\n")
    parts.append(
        wrap_md(
            "M. Yannick Le Floch, administrateur du collège des producteurs, présente les comptes. Le "
            "chiffre d’affaires 2024, constitué des ventes d’électricité, s’élève à 268 300 €, en hausse de "
            "14 % par rapport à 2023, pour un tarif moyen de vente de 0,1664 € par kWh. Le résultat net est "
            "un bénéfice de 21 740 €. Le commissaire aux comptes, le cabinet Béchet & Associés, a certifié "
            "les comptes sans réserve."
        )
        + "\n"
    )
    parts.append(
        wrap_md(
            "Le conseil d’administration propose d’affecter la totalité du résultat aux réserves "
            "impartageables, au-delà du minimum légal de 57,5 %, afin de renforcer les fonds propres avant "
            "le programme d’investissement de 2026. Aucune rémunération des parts sociales n’est proposée "
            "par le conseil."
        )
        + "\n"
    )
    parts.append("## 3. Programme « Toits solidaires 2026 »\n")
    parts.append(
        wrap_md(
            "M. Rouanet présente le programme « Toits solidaires 2026 », qui prévoit l’équipement de 11 "
            "nouvelles toitures publiques et agricoles, pour une puissance supplémentaire de 0,82 MWc et un "
            "investissement total de 640 000 €. Le plan de financement proposé est le suivant :"
        )
        + "\n"
    )
    parts.append(
        "| Ressource | Montant |\n"
        "|---|---:|\n"
        "| Emprunt bancaire (Caisse solidaire Loire-Vernaison) | 380 000 € |\n"
        "| Souscriptions citoyennes de parts sociales | 160 000 € |\n"
        "| Subvention de la Région Loire-Vernaison | 60 000 € |\n"
        "| Fonds propres de la SCIC | 40 000 € |\n"
        "| **Total** | **640 000 €** |\n"
    )
    parts.append(
        wrap_md(
            "Une campagne de souscription sera ouverte du 1er septembre au 15 décembre 2025, avec un "
            "plafond de 5 000 € par personne physique. Plusieurs associés s’interrogent sur l’équipement de "
            "hangars agricoles neufs ; M. Olivetti rappelle que la charte de la SCIC n’autorise que des "
            "bâtiments existants et exclut toute construction réalisée dans le seul but de porter des "
            "panneaux."
        )
        + "\n"
    )
    parts.append("## 4. Élections au conseil d’administration\n")
    parts.append(
        wrap_md(
            "Le mandat de M. Yannick Le Floch, administrateur du collège des producteurs, est renouvelé pour "
            "trois ans. Mme Inès Bourdaleix est élue administratrice au titre du collège des citoyens, en "
            "remplacement de M. Henri Castagnède, démissionnaire. Le conseil d’administration compte "
            "désormais neuf membres."
        )
        + "\n"
    )
    parts.append("## 5. Votes des résolutions\n")
    parts.append(
        "| N° | Résolution | Pour | Contre | Abstention | Résultat |\n"
        "|---:|---|---:|---:|---:|---|\n"
        "| 1 | Approbation des comptes de l’exercice 2024 | 84 | 0 | 3 | Adoptée |\n"
        "| 2 | Affectation du résultat aux réserves impartageables | 86 | 0 | 1 | Adoptée |\n"
        "| 3 | Quitus aux administrateurs | 80 | 2 | 5 | Adoptée |\n"
        "| 4 | Renouvellement du mandat de M. Yannick Le Floch | 79 | 4 | 4 | Adoptée |\n"
        "| 5 | Élection de Mme Inès Bourdaleix | 83 | 1 | 3 | Adoptée |\n"
        "| 6 | Programme « Toits solidaires 2026 » et son plan de financement | 72 | 9 | 6 | Adoptée |\n"
        "| 7 | Rémunération des parts sociales au taux de 1 % | 31 | 48 | 8 | Rejetée |\n"
    )
    parts.append(
        wrap_md(
            "La septième résolution avait été déposée par un groupe d’associés du collège des citoyens. "
            "Après débat, elle est rejetée : la majorité des associés estime prioritaire de consolider les "
            "fonds propres avant le programme de 2026."
        )
        + "\n"
    )
    parts.append("## 6. Questions diverses\n")
    diverse = [
        "Mme Thiollier indique que la Communauté de communes envisage de confier à la SCIC l’équipement de la future maison de santé de Sainte-Ombeline, dont la livraison est prévue fin 2026.",
        "Un associé demande si la SCIC pourrait proposer de l’autoconsommation collective aux habitants du bourg de Lauzières-d’Arlenc. Mme Dumontel répond qu’une étude de faisabilité sera présentée au conseil d’administration avant la fin de l’année 2025.",
        "M. Ferracci présente le futur Fonds départemental d’innovation sociale du Département, dont le premier appel à projets est attendu en 2026.",
    ]
    parts.append("\n".join(wrap_md(it, indent="  ", first="- ") for it in diverse) + "\n")
    parts.append("## Relevé de décisions\n")
    decisions = [
        "Les comptes de l’exercice 2024 sont approuvés.",
        "Le bénéfice de 21 740 € est affecté en totalité aux réserves impartageables.",
        "Quitus est donné aux administrateurs pour leur gestion de l’exercice 2024.",
        "Le mandat de M. Yannick Le Floch est renouvelé et Mme Inès Bourdaleix est élue administratrice.",
        "Le programme « Toits solidaires 2026 » (640 000 €) et son plan de financement sont adoptés.",
        "La proposition de rémunération des parts sociales est rejetée.",
    ]
    parts.append("\n".join(wrap_md(it, indent="   ", first=f"{i}. ") for i, it in enumerate(decisions, 1)) + "\n")
    parts.append(
        wrap_md(
            "L’ordre du jour étant épuisé, la séance est levée à 12 h 40. Prochaine réunion du conseil "
            "d’administration : mardi 9 septembre 2025. Prochaine assemblée générale ordinaire : juin 2026."
        )
        + "\n"
    )
    parts.append("Le président de séance, Gérard Olivetti  \nLa secrétaire de séance, Lucie Anselme\n")
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# Document E: FAQ of a local grant scheme (plain text)
# ---------------------------------------------------------------------------


def wrap_txt(text: str, indent: str = "") -> str:
    return textwrap.fill(
        _glue_numbers(text),
        width=75,
        initial_indent=indent,
        subsequent_indent=indent,
        break_on_hyphens=False,
        break_long_words=False,
    ).replace(GLUE, " ")


def build_doc_e() -> str:
    out: list[str] = []
    out.append("COMMUNAUTÉ DE COMMUNES DU HAUT-VERLANNAIS")
    out.append("Service développement économique et emploi")
    out.append("")
    out.append("PASS ESS HAUT-VERLANNAIS")
    out.append("Foire aux questions - version du 2 avril 2025")
    out.append("=" * 47)
    out.append("")
    out.append(
        wrap_txt(
            "Le Pass ESS a été créé par délibération du conseil communautaire du 27 février 2025. Il prend "
            "la suite de la phase expérimentale conduite en 2024, au cours de laquelle 11 projets ont été "
            "soutenus pour un montant total de 64 500 euros. Cette foire aux questions sera mise à jour "
            "après chaque session du comité d'attribution."
        )
    )
    sections: list[tuple[str, list[str]]] = [
        (
            "1. Qu'est-ce que le Pass ESS ?",
            [
                "Le Pass ESS est une aide financière de la Communauté de communes du Haut-Verlannais, "
                "destinée à soutenir la création et le développement d'activités de l'économie sociale et "
                "solidaire sur les 23 communes du territoire. Il comprend deux volets : le Pass Amorçage et "
                "le Pass Développement.",
                "L'enveloppe annuelle consacrée au dispositif est de 120 000 euros pour 2025.",
            ],
        ),
        (
            "2. Qui peut en bénéficier ?",
            [
                "Peuvent bénéficier du Pass ESS, à condition d'avoir leur siège ou un établissement sur le "
                "territoire de la Communauté de communes : les associations qui emploient au moins un "
                "salarié ou qui créent leur premier emploi, les sociétés coopératives (SCOP, SCIC, "
                "coopératives d'activité et d'emploi), et les entreprises bénéficiant de l'agrément ESUS.",
                "Les communes ne sont pas éligibles, pas plus que les autres personnes publiques. Les "
                "micro-entrepreneurs ne sont pas éligibles, sauf s'ils sont entrepreneurs-salariés d'une "
                "coopérative d'activité et d'emploi (CAE).",
            ],
        ),
        (
            "3. Une association sans salarié peut-elle déposer un dossier ?",
            [
                "Oui, mais uniquement pour le Pass Amorçage, et à condition que le projet prévoie la "
                "création d'un premier emploi dans les 18 mois qui suivent l'attribution de l'aide.",
            ],
        ),
        (
            "4. Quels projets et quelles dépenses sont financés ?",
            [
                "Le Pass Amorçage finance les études de faisabilité, les premiers investissements matériels "
                "et les frais de création. Le Pass Développement finance les investissements matériels et "
                "immatériels ainsi que le démarrage d'un nouveau poste salarié pendant sa première année.",
                "Ne sont pas financés : les dépenses de fonctionnement courant, le remboursement de dettes, "
                "les projets déjà achevés à la date de dépôt du dossier et les activités à caractère cultuel "
                "ou politique.",
            ],
        ),
        (
            "5. Quel est le montant de l'aide ?",
            [
                "Le Pass Amorçage est une subvention forfaitaire comprise entre 2 000 et 8 000 euros. Le "
                "Pass Développement peut atteindre 15 000 euros, dans la limite de 50 % des dépenses "
                "éligibles.",
                "Une majoration de 20 % est accordée aux projets implantés dans une commune de moins de 500 "
                "habitants ; le plafond du Pass Développement est alors porté à 18 000 euros. Une même "
                "structure ne peut bénéficier que d'un seul Pass par période de trois ans.",
            ],
        ),
        (
            "6. Comment déposer un dossier ?",
            [
                "Un rendez-vous préalable avec la chargée de mission ESS de la Communauté de communes, "
                "Mme Aurélie Dufresne-Mathis, est obligatoire avant tout dépôt. Le dossier est ensuite "
                "déposé sur la plateforme en ligne de la Communauté de communes.",
                "Pièces à fournir : les statuts, le dernier bilan et le compte de résultat, le budget "
                "prévisionnel du projet sur trois ans, les devis, un relevé d'identité bancaire.",
            ],
        ),
        (
            "7. Quand les dossiers sont-ils examinés ?",
            [
                "Le comité d'attribution se réunit trois fois en 2025 : le 15 mai, le 18 septembre et le "
                "27 novembre. Un dossier doit être complet au plus tard trois semaines avant la session, "
                "soit le 24 avril, le 28 août ou le 6 novembre 2025. Un dossier incomplet est reporté à la "
                "session suivante.",
            ],
        ),
        (
            "8. Qui décide de l'attribution ?",
            [
                "Le comité d'attribution est présidé par M. Bernard Quillet, vice-président chargé du "
                "développement économique. Il réunit deux autres élus communautaires, un représentant de la "
                "CRESS Loire-Vernaison, un représentant de France Active et un représentant de la chambre "
                "de commerce et d'industrie.",
                "Le comité émet un avis ; la décision d'attribution est prise par le bureau communautaire, "
                "qui se réunit dans le mois suivant chaque session.",
            ],
        ),
        (
            "9. Comment l'aide est-elle versée ?",
            [
                "70 % de l'aide sont versés à la notification de la décision, et le solde de 30 % sur "
                "présentation des justificatifs de dépenses, dans un délai maximal de 18 mois. Passé ce "
                "délai, le solde est perdu.",
            ],
        ),
        (
            "10. Le Pass ESS est-il cumulable avec d'autres aides ?",
            [
                "Oui. Le Pass ESS est cumulable avec les aides de la Région Loire-Vernaison, de l'État et "
                "du Fonds départemental d'innovation sociale (FDIS) de la Haute-Verlanne. Il n'est en "
                "revanche pas cumulable avec une autre aide de la Communauté de communes portant sur les "
                "mêmes dépenses.",
                "Dans tous les cas, le total des aides publiques ne peut pas dépasser 80 % du coût du projet.",
            ],
        ),
        (
            "11. Quelles sont mes obligations après l'attribution ?",
            [
                "Le bénéficiaire mentionne le soutien de la Communauté de communes sur ses supports de "
                "communication, transmet un bilan du projet dans les six mois suivant sa réalisation, "
                "et accepte la visite d'un élu ou d'un agent de la Communauté de communes.",
            ],
        ),
        (
            "12. Qui contacter ?",
            [
                "Aurélie Dufresne-Mathis, chargée de mission ESS,",
                "Maison de l'intercommunalité, 3, allée des Forges, Montverlan,",
                "tél. 04 65 71 38 12, pass-ess@cc-hautverlannais.fr.",
                "Permanences sans rendez-vous le jeudi matin, de 9 h à 12 h.",
            ],
        ),
    ]
    for title, paras in sections:
        out.append("")
        out.append("")
        out.append(title)
        out.append("-" * len(title))
        out.append("")
        if title.startswith("12."):
            out.extend(paras)
            continue
        for idx, p in enumerate(paras):
            if idx:
                out.append("")
            out.append(wrap_txt(p))
    out.append("")
    out.append("")
    out.append(
        wrap_txt(
            "Document non contractuel. Seul le règlement du Pass ESS, adopté par le conseil communautaire, "
            "fait foi."
        )
    )
    out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------


@dataclass
class Q:
    question: str
    facts: list[str]
    source: str | None
    pages: list[int] = field(default_factory=list)
    history: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)  # verification only: strings no document may contain


A, B, C, D, E = DOC_A, DOC_B, DOC_C, DOC_D, DOC_E

QUESTION_SPECS: list[Q] = [
    # --- Document A: schéma départemental (PDF) --------------------------------
    Q("Combien de salariés compte l'ESS en Haute-Verlanne en 2024 ?", ["14 260"], A, [2]),
    Q("Quelle part de l'emploi salarié privé l'ESS représente-t-elle dans le département de la Haute-Verlanne ?", ["11,4 %"], A, [2, 3]),
    Q("Et à l'échelle de la région ?", ["10,6 %"], A, [2], history=["Quelle part de l'emploi salarié privé l'ESS représente-t-elle dans le département de la Haute-Verlanne ?"]),
    Q("Combien de salariés l'ESS employait-elle en Haute-Verlanne en 2019 ?", ["13 105"], A, [2, 3]),
    Q("De combien l'emploi de l'ESS a-t-il progressé dans le département entre 2019 et 2024 ?", ["8,8 %"], A, [2]),
    Q("Combien d'établissements employeurs de l'ESS compte la Haute-Verlanne ?", ["1 742"], A, [2]),
    Q("Combien de salariés travaillent dans les coopératives en Haute-Verlanne ?", ["2 050"], A, [2]),
    Q("Quelle est la part des associations dans l'emploi de l'ESS du département ?", ["76,2 %"], A, [2]),
    Q("Combien d'établissements et de salariés comptent les fondations en Haute-Verlanne ?", ["24", "360"], A, [2]),
    Q("Combien de salariés de l'ESS dans la communauté de communes des Coteaux d'Arlenc en 2024 ?", ["1 350"], A, [3]),
    Q("Et en 2019 ?", ["1 210"], A, [3], history=["Combien de salariés de l'ESS dans la communauté de communes des Coteaux d'Arlenc en 2024 ?"]),
    Q("Quel est le poids de l'ESS dans l'emploi privé de la communauté d'agglomération du Pays de Morvaut ?", ["12,1 %"], A, [3]),
    Q("Quelle intercommunalité a la plus forte part de l'ESS dans l'emploi privé ?", ["Coteaux d’Arlenc", "13,8 %"], A, [2, 3]),
    Q("Combien de salariés de l'ESS la CC de la Vallée de l'Aubrelle comptait-elle en 2019 ?", ["1 805"], A, [3]),
    Q("Combien de salariés de l'ESS dans le Haut-Verlannais en 2024 ?", ["2 210"], A, [3]),
    Q("Quelle est la masse salariale versée par les employeurs de l'ESS en Haute-Verlanne ?", ["412 millions d’euros"], A, [2]),
    Q("Quelle proportion des postes de l'ESS est occupée par des femmes dans le département ?", ["68 %"], A, [2]),
    Q("Combien de personnes travaillent dans l'aide à domicile au sein de l'ESS haut-verlannaise ?", ["2 870"], A, [2]),
    Q("Combien de départs à la retraite sont attendus dans l'ESS du département d'ici 2030 ?", ["4 400"], A, [3]),
    Q("Quelle part des salariés de l'ESS ont 50 ans ou plus en Haute-Verlanne ?", ["31 %"], A, [3]),
    Q("Combien de personnes ont participé aux ateliers de concertation du schéma ?", ["312"], A, [4]),
    Q("Sur quelle période le schéma a-t-il été co-construit avec les acteurs ?", ["12 mars", "28 mai 2025"], A, [4]),
    Q("Combien de réponses l'enquête en ligne a-t-elle recueillies ?", ["486"], A, [4]),
    Q("Quelle est la principale difficulté citée par les structures lors de la concertation ?", ["recrutement", "64 %"], A, [4]),
    Q("Où s'est tenu l'atelier consacré à la commande publique, et combien de participants a-t-il réunis ?", ["Castelmoran", "104 participants"], A, [4]),
    Q("Combien d'axes et d'actions compte le schéma départemental ?", ["quatre axes", "dix-huit actions"], A, [5]),
    Q("Quels sont les axes stratégiques du schéma départemental de l'ESS ?", ["Entreprendre autrement", "Coopérer sur les territoires", "Inclure par l’emploi"], A, [5, 6, 7]),
    Q("Qu'est-ce qu'un PTCE ?", ["pôle territorial de coopération", "mutualisent leurs moyens"], A, [5]),
    Q("Quels sont les PTCE actifs en Haute-Verlanne ?", ["Verlanne Circulaire", "Terres d’Arlenc"], A, [5]),
    Q("Quel montant d'aide à l'ingénierie est prévu pour chaque nouveau PTCE ?", ["30 000 €", "pendant trois ans"], A, [5]),
    Q("Quel est le montant des subventions accordées par le FDIS ?", ["5 000 €", "40 000 €", "50 %"], A, [5]),
    Q("Une commune peut-elle candidater au Fonds départemental d'innovation sociale ?", ["ne sont pas éligibles", "partenaires d’un projet"], A, [5]),
    Q("Quand l'appel à projets du FDIS est-il ouvert ?", ["1er février", "31 mars"], A, [5]),
    Q("De combien le FDIS est-il doté chaque année ?", ["300 000 €"], A, [5]),
    Q("Quelle part des marchés du Département doit intégrer une clause sociale en 2030 ?", ["20 %"], A, [5, 6]),
    Q("Et aujourd'hui, c'est combien ?", ["7 %"], A, [5, 6], history=["Quelle part des marchés du Département doit intégrer une clause sociale en 2030 ?"]),
    Q("Combien d'heures d'insertion les clauses sociales ont-elles générées en 2024 ?", ["61 000"], A, [5, 6]),
    Q("Qui copréside le comité de pilotage du schéma ?", ["Nadia Belkacem-Roux", "Thierry Maréchal-Gauthier"], A, [6]),
    Q("Qui anime le comité technique du schéma ?", ["Julien Ferracci"], A, [6]),
    Q("Il se réunit à quelle fréquence ?", ["chaque trimestre"], A, [6], history=["Qui anime le comité technique du schéma ?"]),
    Q("Quand aura lieu l'évaluation à mi-parcours du schéma ?", ["2028"], A, [6]),
    Q("Quel est le budget total du schéma départemental de l'ESS 2026-2030 ?", ["7,8 millions d’euros"], A, [1, 7]),
    Q("Et celui du premier schéma ?", ["3,1 millions d’euros"], A, [2], history=["Quel est le budget total du schéma départemental de l'ESS 2026-2030 ?"]),
    Q("Combien le Département consacre-t-il à l'axe 4 sur l'inclusion par l'emploi ?", ["3 200 000 €"], A, [7]),
    Q("Quelle part de l'enveloppe est réservée à l'axe consacré aux achats responsables ?", ["450 000 €", "5,8 %"], A, [7]),
    Q("Combien la Région Loire-Vernaison apporte-t-elle en cofinancement du schéma ?", ["2,1 millions d’euros"], A, [7]),
    Q("Quel montant la Banque des Territoires apporte-t-elle, et pour quoi faire ?", ["600 000 €", "ingénierie des PTCE"], A, [7]),
    Q("Quel cabinet a évalué le premier schéma départemental ?", ["Tessier & Lamblin"], A, [2]),
    Q("Combien de projets le premier schéma a-t-il permis de soutenir ?", ["46 projets"], A, [2]),
    Q("Quelle est la cible d'emplois salariés dans l'ESS pour 2030 ?", ["15 500"], A, [6]),
    Q("Combien de tiers-lieux à vocation sociale le Département veut-il soutenir à l'horizon 2030 ?", ["16"], A, [6]),
    Q("Qu'est-ce que l'agrément ESUS ?", ["entreprise solidaire d’utilité sociale", "épargne salariale solidaire"], A, [7]),
    Q("C'est quoi une SCIC ?", ["société coopérative d’intérêt collectif", "troisième catégorie d’associés"], A, [7]),
    Q("Quand le schéma départemental a-t-il été adopté ?", ["15 décembre 2025"], A, [1]),
    Q("Qui est la présidente du Conseil départemental de la Haute-Verlanne ?", ["Hélène Vasseur-Koenig"], A, [1]),
    Q("Quelles conditions une structure doit-elle remplir pour relever de l'ESS selon la loi de 2014 ?", ["seul partage des bénéfices", "gouvernance démocratique"], A, [1]),
    Q("Depuis quelle loi la compétence de développement économique revient-elle principalement à la Région ?", ["loi NOTRe", "7 août 2015"], A, [1]),
    Q("Combien de structures d'insertion par l'activité économique y a-t-il dans le département, et combien de personnes ont-elles accompagnées ?", ["31 structures", "1 480"], A, [2]),
    Q("Combien de personnes les SIAE devront-elles accompagner chaque année en 2030 ?", ["1 700"], A, [6]),
    Q("Où sera hébergé le guichet unique Point ESS ?", ["Maison départementale des entreprises"], A, [5]),
    Q("À quel moment de l'année se tient la Conférence départementale de l'ESS ?", ["novembre"], A, [5, 6]),
    Q("Quand la Région a-t-elle adopté sa stratégie régionale de l'ESS ?", ["4 avril 2024"], A, [2]),
    Q("combien de porteurs de projet pour le parcours cap ess chaque annee", ["40 porteurs"], A, [5]),
    Q("combien de personnes bossent dans l'economie sociale en haute verlanne", ["14 260"], A, [2]),
    Q("c koi un ptce", ["pôle territorial de coopération"], A, [5]),
    Q("Quelle dépense moyenne annuelle du Département représente le schéma ?", ["1,56 million"], A, [7]),
    Q("Combien de bénévoles réguliers compte-t-on dans les associations du département ?", ["57 000"], A, [3]),
    Q("Quel est le plus gros employeur de l'ESS en Haute-Verlanne ?", ["AVAD", "1 040"], A, [3]),
    Q("Quelle proportion des présidents d'association a dépassé 65 ans ?", ["44 %"], A, [3]),
    Q("Dans les villages de moins de mille habitants, quel poids a l'ESS dans l'emploi privé ?", ["emploi privé sur cinq"], A, [3]),
    Q("Pourquoi le Département s'occupe-t-il d'ESS alors qu'il n'a plus la compétence économique ?", ["compétences de solidarité"], A, [1]),
    Q("Quelle intercommunalité concentre près de la moitié des salariés de l'ESS du département ?", ["Pays de Morvaut"], A, [2, 3]),
    Q("Que prévoit l'action 11 du schéma ?", ["SPASER", "bilan annuel"], A, [5, 6]),
    # English (document A)
    Q("How many people work in the social and solidarity economy in Haute-Verlanne?", ["14 260"], A, [2]),
    Q("What share of ESS jobs in Haute-Verlanne are in associations?", ["76,2 %"], A, [2]),
    Q("Can a municipality apply to the departmental social innovation fund (FDIS)?", ["ne sont pas éligibles"], A, [5]),
    # --- Document B: convention (PDF) -------------------------------------------
    Q("Quel est le montant total de la subvention de fonctionnement accordée à la Ressourcerie des Trois Ponts ?", ["186 000 €"], B, [1]),
    Q("Combien l'agglomération verse-t-elle à la ressourcerie en 2026 ?", ["62 000 €"], B, [1]),
    Q("Et en 2027 ?", ["54 000 €"], B, [1], history=["Combien l'agglomération verse-t-elle à la ressourcerie en 2026 ?"]),
    Q("Quelle est la durée de la convention entre Morvaut Agglo et la Ressourcerie des Trois Ponts ?", ["trois ans", "31 décembre 2027"], B, [1]),
    Q("La convention avec la ressourcerie peut-elle être reconduite tacitement ?", ["en aucun cas", "reconduite tacitement"], B, [1]),
    Q("Qui signe la convention pour l'association ?", ["Odile Carrasco-Perrin"], B, [1, 3]),
    Q("Et pour l'agglomération ?", ["Jean-Baptiste Lacombe"], B, [1, 3], history=["Qui signe la convention pour l'association ?"]),
    Q("Quel est le montant de la subvention d'investissement pour l'atelier de réparation de vélos ?", ["25 000 €"], B, [2]),
    Q("Quel est le budget prévisionnel total du projet de la ressourcerie pour 2025 ?", ["512 400 €"], B, [2]),
    Q("Combien l'État apporte-t-il au projet de la ressourcerie en 2025 ?", ["198 000 €"], B, [2]),
    Q("montant departement haute verlanne dans le budget de la ressourcerie", ["45 000 €"], B, [2]),
    Q("Quelle part des ressources du projet la contribution de l'Agglomération représente-t-elle en 2025 ?", ["13,7 %"], B, [2]),
    Q("Comment la subvention de 2025 est-elle versée à l'association ?", ["60 %", "40 %"], B, [2]),
    Q("Quels objectifs l'association doit-elle atteindre à l'échéance de la convention ?", ["450 tonnes", "65 %", "55 %"], B, [2]),
    Q("tonnage collecte ressourcerie trois ponts 2024", ["412 tonnes"], B, [1]),
    Q("Combien de salariés emploie la Ressourcerie des Trois Ponts ?", ["14 salariés", "9 en parcours d’insertion"], B, [1]),
    Q("Quand la convention a-t-elle été signée ?", ["8 juillet 2025"], B, [3]),
    Q("Qui siège au comité de suivi de la convention ?", ["Karim Haddouche", "Mathieu Lenoir", "CRESS Loire-Vernaison"], B, [3]),
    Q("Quel délai faut-il respecter avant de résilier la convention en cas de manquement ?", ["deux mois"], B, [3]),
    Q("Où la ressourcerie va-t-elle ouvrir sa deuxième boutique ?", ["Brévanne-la-Haute"], B, [1]),
    Q("Quelle délibération autorise le président de l'agglomération à signer la convention ?", ["2025-087", "26 juin 2025"], B, [1]),
    Q("Pourquoi la subvention de l'agglomération baisse-t-elle chaque année ?", ["autonomie croissante", "recettes de ventes"], B, [1, 2]),
    Q("Que se passe-t-il si l'association n'utilise pas la subvention pour ce qui était prévu ?", ["peut être reversé"], B, [3]),
    Q("Who is the director of the Ressourcerie des Trois Ponts?", ["Mathieu Lenoir"], B, [3]),
    # --- Document C: CRESS web page (HTML) --------------------------------------
    Q("Jusqu'à quand peut-on candidater aux Prix de l'ESS 2025 ?", ["19 septembre 2025"], C),
    Q("Quelles sont les catégories des Prix de l'ESS de la CRESS ?", ["Utilité sociale", "Transition écologique", "Jeunes pousses"], C),
    Q("Quelle est la dotation du prix Jeunes pousses ?", ["3 000 €"], C),
    Q("Combien d'argent au total est réparti entre les lauréats des Prix de l'ESS 2025 ?", ["19 500 €"], C),
    Q("Une collectivité peut-elle candidater aux Prix de l'ESS ?", ["ne peuvent pas candidater"], C),
    Q("Qui préside le jury des Prix de l'ESS 2025 ?", ["Amandine Roussel-Tixier"], C),
    Q("Combien de membres compte-t-il ?", ["neuf membres"], C, history=["Qui préside le jury des Prix de l'ESS 2025 ?"]),
    Q("Quand et où aura lieu la cérémonie de remise des prix ?", ["20 novembre 2025", "Filature Delsol"], C),
    Q("Sur quels critères le jury des prix sélectionne-t-il les dossiers ?", ["ancrage territorial", "viabilité économique"], C),
    Q("Combien de candidatures avaient été déposées aux Prix de l'ESS en 2024 ?", ["112"], C),
    Q("Qui a remporté le prix Utilité sociale en 2024 ?", ["Garage solidaire du Haut-Verlannais"], C),
    Q("Quelle édition des Prix de l'ESS est organisée en 2025 ?", ["septième"], C),
    Q("Quelle longueur maximale pour la description du projet dans le dossier de candidature ?", ["4 000 signes"], C),
    Q("vote du public coup de coeur c quand", ["20 octobre", "9 novembre 2025"], C),
    Q("Qui tient la permanence téléphonique sur les Prix, et quand ?", ["Léa Fontanel", "mardi"], C),
    Q("Quel partenaire finance le prix Coopération territoriale ?", ["Région Loire-Vernaison"], C),
    Q("faut combien d'annees d'existence pour candidater aux prix ess", ["au moins un an"], C),
    Q("Une structure lauréate en 2024 peut-elle concourir de nouveau ?", ["même catégorie"], C),
    Q("Qu'est-ce que les gagnants reçoivent en plus de l'argent ?", ["film de présentation", "adhésion gratuite"], C),
    Q("Who chairs the jury of the 2025 ESS awards?", ["Amandine Roussel-Tixier"], C),
    Q("When is the deadline to apply for the CRESS ESS awards?", ["19 septembre 2025"], C),
    # --- Document D: SCIC general assembly minutes (Markdown) -------------------
    Q("Qui a présidé l'assemblée générale de la SCIC Soleil d'Arlenc ?", ["Gérard Olivetti"], D),
    Q("Et qui était secrétaire de séance ?", ["Lucie Anselme"], D, history=["Qui a présidé l'assemblée générale de la SCIC Soleil d'Arlenc ?"]),
    Q("Combien d'associés étaient présents ou représentés à l'AG de la SCIC ?", ["87", "214"], D),
    Q("Quelle est la puissance installée de la SCIC Soleil d'Arlenc ?", ["1,46 MWc"], D),
    Q("Combien d'électricité la SCIC a-t-elle produite en 2024 ?", ["1 612 MWh"], D),
    Q("capital social scic soleil d'arlenc", ["486 500 €"], D),
    Q("Quel est le chiffre d'affaires 2024 de la SCIC ?", ["268 300 €"], D),
    Q("Combien coûte le programme Toits solidaires 2026 ?", ["640 000 €"], D),
    Q("Ça a été voté quand ?", ["14 juin 2025"], D, history=["Combien coûte le programme Toits solidaires 2026 ?"]),
    Q("Comment le programme Toits solidaires est-il financé ?", ["380 000 €", "160 000 €", "60 000 €"], D),
    Q("Quel a été le résultat du vote sur le programme Toits solidaires 2026 ?", ["72", "Adoptée"], D),
    Q("Les parts sociales de la SCIC seront-elles rémunérées ?", ["Rejetée"], D),
    Q("Qui a été élue administratrice au titre du collège des citoyens ?", ["Inès Bourdaleix"], D),
    Q("Quand aura lieu le prochain conseil d'administration de la SCIC ?", ["9 septembre 2025"], D),
    Q("Quelle part du capital de la SCIC la communauté de communes détient-elle ?", ["9 %"], D),
    Q("Quel poids a le collège des citoyens dans les votes de la SCIC ?", ["40 %"], D),
    Q("Jusqu'à combien un particulier peut-il souscrire lors de la campagne de souscription ?", ["5 000 €"], D),
    Q("ag scic soleil arlenc c'etait ou", ["Lauzières-d’Arlenc"], D),
    Q("Qui est la directrice générale de la SCIC Soleil d'Arlenc ?", ["Claire Dumontel"], D),
    Q("Comment le bénéfice 2024 de la SCIC a-t-il été affecté ?", ["réserves impartageables"], D),
    Q("Qui est le commissaire aux comptes de la SCIC ?", ["Béchet & Associés"], D),
    Q("Combien de foyers la production solaire de la coopérative permet-elle d'alimenter ?", ["640 foyers"], D),
    Q("How many solar plants does the Soleil d'Arlenc cooperative operate?", ["23 centrales"], D),
    Q("What was the cooperative's net profit in 2024?", ["21 740 €"], D),
    Q("And who took the minutes at that meeting?", ["Lucie Anselme"], D, history=["Who chaired the general meeting of the SCIC Soleil d'Arlenc?"]),
    # --- Document E: FAQ Pass ESS (plain text) ----------------------------------
    Q("Qui peut bénéficier du Pass ESS du Haut-Verlannais ?", ["associations", "sociétés coopératives", "agrément ESUS"], E),
    Q("Les communes sont-elles éligibles au Pass ESS ?", ["ne sont pas éligibles"], E),
    Q("Quel est le montant du Pass Amorçage ?", ["2 000", "8 000 euros"], E),
    Q("Et le Pass Développement ?", ["15 000 euros", "50 %"], E, history=["Quel est le montant du Pass Amorçage ?"]),
    Q("Quelle majoration pour un projet situé dans une commune de moins de 500 habitants ?", ["20 %", "18 000 euros"], E),
    Q("Quelle est l'enveloppe annuelle du Pass ESS en 2025 ?", ["120 000 euros"], E),
    Q("Combien de projets ont été soutenus pendant la phase expérimentale du Pass ESS ?", ["11 projets", "64 500 euros"], E),
    Q("Quand le comité d'attribution du Pass ESS se réunit-il en 2025 ?", ["15 mai", "18 septembre", "27 novembre"], E),
    Q("Quelle est la date limite de dépôt pour la session de septembre ?", ["28 août"], E),
    Q("Qui préside le comité d'attribution du Pass ESS ?", ["Bernard Quillet"], E),
    Q("Qui prend la décision finale d'attribution du Pass ESS ?", ["bureau communautaire"], E),
    Q("Avec qui faut-il prendre rendez-vous avant de déposer un dossier de Pass ESS ?", ["Aurélie Dufresne-Mathis"], E),
    Q("Le Pass ESS est-il cumulable avec le FDIS du Département ?", ["Oui", "cumulable"], E),
    Q("Quel est le plafond des aides publiques cumulées pour un projet financé par le Pass ESS ?", ["80 %"], E),
    Q("Comment l'aide du Pass ESS est-elle versée ?", ["70 %", "30 %", "18 mois"], E),
    Q("Quelles dépenses ne sont pas financées par le Pass ESS ?", ["fonctionnement courant", "remboursement de dettes"], E),
    Q("Combien de communes compte le territoire du Haut-Verlannais ?", ["23 communes"], E),
    Q("Le Pass ESS a été créé quand ?", ["27 février 2025"], E),
    Q("une asso sans salarie peut elle demander le pass ess", ["Pass Amorçage", "premier emploi"], E),
    Q("Combien de fois une structure peut-elle obtenir le Pass ESS ?", ["un seul Pass", "trois ans"], E),
    Q("Je dois joindre quels documents à ma demande de Pass ESS ?", ["statuts", "budget prévisionnel", "devis"], E),
    Q("Can a micro-entrepreneur get the Pass ESS?", ["ne sont pas éligibles", "coopérative d'activité et d'emploi"], E),
    Q("montant max pass developpement", ["15 000 euros"], E),
    # --- Unanswerable near misses ----------------------------------------------
    Q("Combien de salariés compte l'ESS en Haute-Verlanne en 2021 ?", [], None, absent=["en 2021"]),
    Q("Quelle part de l'emploi salarié privé l'ESS représente-t-elle au niveau national ?", [], None, absent=["à l’échelle nationale", "en France métropolitaine", "au niveau national"]),
    Q("Combien de salariés l'ESS compte-t-elle dans l'ensemble de la région Loire-Vernaison ?", [], None, absent=["salariés de l’ESS en région", "salariés dans la région"]),
    Q("Qui est le directeur de la CRESS Loire-Vernaison ?", [], None, absent=["directeur de la CRESS", "directrice de la CRESS"]),
    Q("Qui est le président du conseil régional de Loire-Vernaison ?", [], None, absent=["président de la Région", "présidente de la Région", "président du conseil régional", "présidente du conseil régional"]),
    Q("Combien de salariés travaillent dans les mutuelles de la communauté de communes des Coteaux d'Arlenc ?", [], None),
    Q("Quel budget le Département consacre-t-il spécifiquement aux tiers-lieux dans le schéma ?", [], None),
    Q("Quel est le montant de la subvention de l'agglomération à la ressourcerie en 2028 ?", [], None, absent=["en 2028 :", "2028 : "]),
    Q("Combien la Région Loire-Vernaison a-t-elle prévu pour la ressourcerie en 2026 ?", [], None),
    Q("qui est le tresorier de la ressourcerie des trois ponts", [], None, absent=["trésorier", "trésorière"]),
    Q("Quelle était la dotation du prix Coup de cœur du public en 2024 ?", [], None),
    Q("Combien de candidatures ont été reçues pour l'édition 2025 des Prix de l'ESS ?", [], None),
    Q("Qui a remporté le prix Jeunes pousses 2025 ?", [], None),
    Q("Quelle était la production d'électricité de la SCIC Soleil d'Arlenc en 2023 ?", [], None),
    Q("Qui est le vice-président de la SCIC Soleil d'Arlenc ?", [], None, absent=["vice-président de la SCIC", "vice-présidente de la SCIC"]),
    Q("Combien d'associés compte le collège des partenaires de la SCIC ?", [], None),
    Q("Quand se réunit le comité d'attribution du Pass ESS en 2026 ?", [], None, absent=["en 2026 : le"]),
    Q("Combien de projets le Pass ESS a-t-il financés en 2025 ?", [], None),
    Q("Qui est le président de la Communauté de communes du Haut-Verlannais ?", [], None, absent=["président de la Communauté de communes du Haut", "présidente de la Communauté de communes du Haut"]),
    Q("Quel est le numéro de téléphone de la Ressourcerie des Trois Ponts ?", [], None),
    Q("Combien de salariés de l'ESS compte la communauté de communes du Pays de Mirebel ?", [], None, absent=["Mirebel"]),
    Q("Combien de tonnes la ressourcerie a-t-elle collectées en 2023 ?", [], None),
    Q("Qui dirige la direction de l'attractivité et de l'économie de proximité du Département ?", [], None, absent=["directeur de l’attractivité", "directrice de l’attractivité"]),
    Q("Et le comité de suivi de la convention de la ressourcerie, qui le préside ?", [], None, history=["Qui copréside le comité de pilotage du schéma ?"], absent=["comité de suivi est présidé", "préside le comité de suivi"]),
    Q("Et en 2022 ?", [], None, history=["Combien de salariés de l'ESS dans la CC des Hautes-Bruyères en 2024 ?"], absent=["2022"]),
    Q("Combien de PTCE compte la région Loire-Vernaison ?", [], None),
    Q("cb de salaries ess dans le secteur sport en haute verlanne en 2019", [], None),
    Q("Qui est le vice-président de Morvaut Agglo chargé des finances ?", [], None, absent=["chargé des finances", "délégué aux finances"]),
    Q("How many ESS employees were there in Haute-Verlanne in 2015?", [], None, absent=["en 2015 ", "2015 :"]),
    Q("Who is the mayor of Castelmoran?", [], None, absent=["maire de Castelmoran"]),
]


# ---------------------------------------------------------------------------
# Text extraction and normalisation for the self-check
# ---------------------------------------------------------------------------


def normalise(text: str) -> str:
    text = text.replace(SHY, "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    text = text.replace(NBSP, " ").replace("\u202f", " ").replace("\u2009", " ")
    text = re.sub(r"\s+", " ", text).strip().lower()
    text = re.sub(r"(?<=\d) (?=\d)", "", text)
    return text


def pdf_page_variants(page_text: str) -> list[str]:
    """Page text with line-end hyphenation joined (dropping or keeping the hyphen)."""
    dropped = re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "", page_text)
    kept = re.sub(r"(?<=\w)-[ \t]*\n[ \t]*(?=\w)", "-", page_text)
    return [normalise(v) for v in (page_text, dropped, kept)]


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        self.chunks.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        self.chunks.append(" ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def html_text(source: str) -> str:
    parser = _TextExtractor()
    parser.feed(source)
    parser.close()
    return "".join(parser.chunks)


def document_texts() -> tuple[dict[str, list[list[str]]], dict[str, str]]:
    """Return per-page variants for PDFs and whole normalised text for every document."""
    pages: dict[str, list[list[str]]] = {}
    whole: dict[str, str] = {}
    for name in (DOC_A, DOC_B):
        reader = PdfReader(str(CORPUS / name))
        page_variants = [pdf_page_variants(p.extract_text() or "") for p in reader.pages]
        pages[name] = page_variants
        whole[name] = " ".join(v for pv in page_variants for v in pv)
    whole[DOC_C] = normalise(html_text((CORPUS / DOC_C).read_text(encoding="utf-8")))
    md_source = (CORPUS / DOC_D).read_text(encoding="utf-8")
    md_html = MarkdownIt("commonmark").enable("table").render(md_source)
    whole[DOC_D] = normalise(html_text(md_html))
    whole[DOC_E] = normalise((CORPUS / DOC_E).read_text(encoding="utf-8"))
    return pages, whole


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def write_corpus() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    build_doc_a(CORPUS / DOC_A)
    build_doc_b(CORPUS / DOC_B)
    (CORPUS / DOC_C).write_text(DOC_C_HTML, encoding="utf-8")
    (CORPUS / DOC_D).write_text(build_doc_d(), encoding="utf-8")
    (CORPUS / DOC_E).write_text(build_doc_e(), encoding="utf-8")


def ordered_specs() -> list[Q]:
    """Interleave the near-miss questions among the answerable ones (fixed order)."""
    answerable = [q for q in QUESTION_SPECS if q.facts]
    unanswerable = [q for q in QUESTION_SPECS if not q.facts]
    ordered: list[Q] = []
    pending = list(unanswerable)
    for idx, q in enumerate(answerable):
        ordered.append(q)
        if idx % 6 == 5 and pending:
            ordered.append(pending.pop(0))
    ordered.extend(pending)
    return ordered


def question_records() -> list[dict[str, object]]:
    records: list[dict[str, object]] = []
    for idx, q in enumerate(ordered_specs(), 1):
        answerable = bool(q.facts)
        records.append(
            {
                "id": f"fresh13-eval-{idx:03d}",
                "question": q.question,
                "facts": list(q.facts),
                "sources": [q.source] if answerable and q.source else [],
                "answerable": answerable,
                "history": list(q.history),
                "pages": list(q.pages) if answerable else [],
            }
        )
    return records


def write_questions(records: list[dict[str, object]]) -> None:
    with QUESTIONS.open("w", encoding="utf-8", newline="\n") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def verify(records: list[dict[str, object]]) -> list[str]:
    errors: list[str] = []
    pages, whole = document_texts()
    pdf_names = {DOC_A, DOC_B}
    expected_keys = ["id", "question", "facts", "sources", "answerable", "history", "pages"]

    # structural checks on the PDFs
    for name, (lo, hi) in {DOC_A: (6, 8), DOC_B: (2, 4)}.items():
        reader = PdfReader(str(CORPUS / name))
        n = len(reader.pages)
        if not lo <= n <= hi:
            errors.append(f"{name}: {n} pages, expected {lo}-{hi}")
        meta = reader.metadata or {}
        if not meta.get("/Title") or not meta.get("/Author"):
            errors.append(f"{name}: missing PDF title/author metadata")
        if not reader.outline:
            errors.append(f"{name}: missing PDF outline")
        for i, page in enumerate(reader.pages, 1):
            if f"page {i}/{n}" not in (page.extract_text() or ""):
                errors.append(f"{name}: running footer 'page {i}/{n}' not found on page {i}")

    seen_questions: set[tuple[str, tuple[str, ...]]] = set()
    for rec in records:
        rid = rec["id"]
        if list(rec.keys()) != expected_keys:
            errors.append(f"{rid}: unexpected keys {list(rec.keys())}")
        key = (str(rec["question"]), tuple(rec["history"]))  # type: ignore[arg-type]
        if key in seen_questions:
            errors.append(f"{rid}: duplicate question {rec['question']!r}")
        seen_questions.add(key)
        facts: list[str] = rec["facts"]  # type: ignore[assignment]
        sources: list[str] = rec["sources"]  # type: ignore[assignment]
        page_list: list[int] = rec["pages"]  # type: ignore[assignment]
        if not rec["answerable"]:
            if facts or sources or page_list:
                errors.append(f"{rid}: unanswerable question must have empty facts/sources/pages")
            continue
        if not facts or not sources:
            errors.append(f"{rid}: answerable question without facts or sources")
            continue
        for fact in facts:
            if len(fact.split()) > 4:
                errors.append(f"{rid}: fact too long: {fact!r}")
        for src in sources:
            if src not in whole:
                errors.append(f"{rid}: unknown source {src}")
                continue
            if src in pdf_names:
                if not page_list:
                    errors.append(f"{rid}: PDF source {src} without pages")
                    continue
                n_pages = len(pages[src])
                for p in page_list:
                    if not 1 <= p <= n_pages:
                        errors.append(f"{rid}: page {p} out of range for {src}")
                for fact in facts:
                    nf = normalise(fact)
                    found_on = [i + 1 for i, variants in enumerate(pages[src]) if any(nf in v for v in variants)]
                    if not any(p in found_on for p in page_list):
                        errors.append(f"{rid}: fact {fact!r} not on pages {page_list} of {src} (found on {found_on or 'no page'})")
            else:
                if page_list:
                    errors.append(f"{rid}: pages given for non-PDF source {src}")
                for fact in facts:
                    if normalise(fact) not in whole[src]:
                        errors.append(f"{rid}: fact {fact!r} not found in {src}")

    # near-miss probes: strings that no document may contain
    all_text = " ".join(whole.values())
    for idx, q in enumerate(ordered_specs(), 1):
        for probe in q.absent:
            if normalise(probe) in all_text:
                errors.append(f"fresh13-eval-{idx:03d}: unanswerable probe {probe!r} occurs in the corpus")
    return errors


def main() -> int:
    write_corpus()
    records = question_records()
    write_questions(records)
    errors = verify(records)
    n_ans = sum(1 for r in records if r["answerable"])
    n_follow = sum(1 for r in records if r["history"])
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} problem(s)):", file=sys.stderr)
        for err in errors:
            print(f"  - {err}", file=sys.stderr)
        return 1
    print(
        f"OK: {len(records)} questions ({n_ans} answerable, {len(records) - n_ans} unanswerable, "
        f"{n_follow} follow-ups) over 5 documents in {CORPUS}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
