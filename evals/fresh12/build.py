# ruff: noqa: E501
"""Build the fresh12 held-out evaluation set: five fictional French ESS documents and
questions.jsonl, then check every fact against the text extracted from its source.

Run from the repository root:  .venv/bin/python evals/fresh12/build.py
Everything is deterministic (fixed dates, no randomness): two runs give identical files.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pyphen
from fpdf import FPDF
from fpdf.fonts import FontFace
from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
QUESTIONS = HERE / "questions.jsonl"

LIB = Path("/usr/share/fonts/truetype/liberation")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

PANORAMA = "panorama-ess-sarrive-2025.pdf"
CONVENTION = "convention-ressourcerie-coteaux-2025-2027.pdf"
AAP = "aap-coteaux-solidaires-2025.html"
COPIL = "cr-copil-ptce-brevanne-2025-03-13.md"
FAQ = "faq-pass-ess-sarrive.txt"

NBSP = "\u00a0"
SHY = "\u00ad"
HYPHENATOR = pyphen.Pyphen(lang="fr_FR")
LONG_WORD = re.compile(r"(?<![\w-])[a-zàâäçéèêëîïôöûùüÿœæ]{11,}(?![\w'’-])")


def fail(message: str) -> None:
    print(f"ERREUR : {message}", file=sys.stderr)
    sys.exit(1)


def typo(text: str) -> str:
    """French typography for the PDFs: non-breaking spaces in numbers and before
    high punctuation, so that fpdf2 never breaks a line inside « 14 260 » or before « ; »."""
    text = re.sub(r"(?<=\d) (?=\d{3}\b)", NBSP, text)
    text = re.sub(r" (?=[%€;:?!»])", NBSP, text)
    text = text.replace("« ", "«" + NBSP)
    text = re.sub(r"\bn° ", "n°" + NBSP, text)
    return text


def hyphenate(text: str) -> str:
    """Insert soft hyphens in long lowercase words, so that fpdf2 may cut them at a line end."""
    return LONG_WORD.sub(lambda m: HYPHENATOR.inserted(m.group(0), hyphen=SHY), text)


def prose(text: str) -> str:
    return hyphenate(typo(" ".join(text.split())))


# ---------------------------------------------------------------------------
# Document 1: panorama de l'ESS en Sarrive (rapport, 7 pages)
# ---------------------------------------------------------------------------

GREEN = (31, 92, 82)
LIGHT = (232, 241, 238)


class PanoramaPDF(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 8)
        self.set_text_color(*GREEN)
        self.set_y(9)
        self.cell(0, 5, "CRESS Arvénie – Observatoire régional de l’ESS", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, "Panorama de l’ESS en Sarrive – Édition 2025", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*GREEN)
        self.line(self.l_margin, 15, self.w - self.r_margin, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_draw_color(*GREEN)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("Sans", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 7, "Panorama de l’économie sociale et solidaire en Sarrive – juin 2025", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 7, f"Page {self.page_no()} / {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def register_fonts(pdf: FPDF) -> None:
    pdf.add_font("Serif", "", str(LIB / "LiberationSerif-Regular.ttf"))
    pdf.add_font("Serif", "B", str(LIB / "LiberationSerif-Bold.ttf"))
    pdf.add_font("Serif", "I", str(LIB / "LiberationSerif-Italic.ttf"))
    pdf.add_font("Sans", "", str(LIB / "LiberationSans-Regular.ttf"))
    pdf.add_font("Sans", "B", str(LIB / "LiberationSans-Bold.ttf"))
    pdf.add_font("Sans", "I", str(LIB / "LiberationSans-Italic.ttf"))
    pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))


def heading(pdf: FPDF, text: str, size: float = 15) -> None:
    pdf.ln(2)
    pdf.set_font("Sans", "B", size)
    pdf.set_text_color(*GREEN)
    pdf.multi_cell(0, size * 0.5, typo(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)


def subheading(pdf: FPDF, text: str) -> None:
    pdf.ln(1)
    pdf.set_font("Sans", "B", 11.5)
    pdf.multi_cell(0, 6, typo(text), align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def para(pdf: FPDF, text: str, size: float = 10.5, style: str = "", gap: float = 2.5) -> None:
    pdf.set_font("Serif", style, size)
    pdf.multi_cell(0, size * 0.48, prose(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def bullets(pdf: FPDF, items: list[str], size: float = 10.5) -> None:
    pdf.set_font("Serif", "", size)
    for item in items:
        pdf.set_x(pdf.l_margin + 4)
        pdf.set_font("DejaVu", "", size - 1)
        pdf.cell(5, size * 0.48, "•")
        pdf.set_font("Serif", "", size)
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.get_x(), size * 0.48, prose(item),
                       align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    pdf.ln(1.5)


def table(pdf: FPDF, caption: str, rows: list[list[str]], widths: tuple[int, ...],
          source: str) -> None:
    pdf.set_font("Sans", "B", 9.5)
    pdf.multi_cell(0, 5, typo(caption), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Sans", "", 9)
    align = ("LEFT",) + ("RIGHT",) * (len(widths) - 1)
    with pdf.table(
        col_widths=widths,
        text_align=align,
        line_height=5.2,
        headings_style=FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=GREEN),
        borders_layout="HORIZONTAL_LINES",
        padding=1.2,
    ) as tbl:
        for i, row in enumerate(rows):
            shade = LIGHT if i % 2 else (255, 255, 255)
            r = tbl.row(style=FontFace(fill_color=shade) if i else None)
            last = i == len(rows) - 1 and row[0].startswith("Total")
            for value in row:
                if last:
                    r.cell(typo(value), style=FontFace(emphasis="BOLD", fill_color=shade))
                else:
                    r.cell(typo(value))
    pdf.ln(1)
    pdf.set_font("Sans", "I", 8)
    pdf.multi_cell(0, 4, typo(source), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def expect_page(pdf: FPDF, page: int, where: str) -> None:
    if pdf.page != page:
        fail(f"{where} : la mise en page déborde (page {pdf.page}, attendu {page})")


def build_panorama(path: Path) -> None:
    pdf = PanoramaPDF(format="A4")
    register_fonts(pdf)
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title("Panorama de l’économie sociale et solidaire en Sarrive – Édition 2025")
    pdf.set_author("Observatoire régional de l’ESS – CRESS Arvénie")
    pdf.set_subject("Chiffres clés de l’économie sociale et solidaire en Sarrive, données 2024")
    pdf.set_keywords("ESS, Sarrive, Arvénie, emploi, associations, coopératives, observatoire")
    pdf.set_creator("Observatoire régional de l’ESS")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(datetime(2025, 6, 12, 9, 0, 0, tzinfo=UTC))
    pdf.alias_nb_pages()

    # Page 1: couverture et éditorial
    pdf.add_page()
    pdf.set_fill_color(*GREEN)
    pdf.rect(20, 24, 170, 46, style="F")
    pdf.set_xy(26, 30)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Sans", "B", 21)
    pdf.multi_cell(158, 9.5, "Panorama de l’économie sociale et solidaire en Sarrive",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(26)
    pdf.set_font("Sans", "", 12)
    pdf.cell(158, 8, "Édition 2025 – données au 31 décembre 2024", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(26)
    pdf.set_font("Sans", "I", 10)
    pdf.cell(158, 6, "Observatoire régional de l’ESS – CRESS Arvénie", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(80)
    heading(pdf, "Éditorial", 14)
    para(pdf, """Avec 1 482 établissements employeurs et 14 260 salariés au 31 décembre 2024,
        l’économie sociale et solidaire demeure l’un des premiers employeurs privés de la
        Sarrive. Associations, coopératives, mutuelles et fondations y représentent 11,8 % de
        l’emploi salarié du département, une proportion supérieure à la moyenne régionale, qui
        s’établit à 10,6 % en Arvénie. Cette troisième édition du panorama départemental,
        réalisée par l’Observatoire régional de l’ESS avec le soutien du Département de la
        Sarrive, vise à mettre à la disposition des élus, des services des collectivités et des
        acteurs eux-mêmes une photographie précise et partagée d’un secteur souvent mal connu,
        dont le poids économique reste largement sous-estimé.""")
    para(pdf, """Les chiffres présentés dans ce document confirment la solidité de l’emploi dans
        l’ESS, qui a progressé de 2,7 % entre 2022 et 2024, alors même que plusieurs structures
        de l’aide à domicile et de l’insertion traversent des difficultés financières
        importantes. Ils mettent aussi en lumière des enjeux de taille : le vieillissement des
        salariés, la difficulté à recruter dans les métiers du soin et de l’accompagnement, ou
        encore la fragilité des petites associations employeuses, dont près de la moitié
        comptent moins de trois salariés.""")
    para(pdf, """Je remercie chaleureusement les structures qui ont accepté de consacrer du temps
        aux entretiens conduits par l’Observatoire, ainsi que les services du Département et de
        la Région pour leur confiance renouvelée. Puisse ce panorama nourrir les politiques
        publiques locales et les coopérations entre acteurs, au plus près des territoires.""")
    pdf.set_font("Serif", "I", 10.5)
    pdf.cell(0, 6, "Bertrand Maillefer, président de la CRESS Arvénie", align="R",
             new_x="LMARGIN", new_y="NEXT")
    expect_page(pdf, 1, PANORAMA)

    # Page 2: chiffres clés
    pdf.add_page()
    heading(pdf, "1. L’ESS en Sarrive : les chiffres clés")
    para(pdf, """Au 31 décembre 2024, l’économie sociale et solidaire regroupe en Sarrive 1 482
        établissements employeurs, qui emploient 14 260 salariés, soit 12 870 équivalents temps
        plein. Deux ans plus tôt, au 31 décembre 2022, le département comptait 1 451
        établissements et 13 890 salariés : le nombre d’établissements a donc progressé de
        2,1 % et l’emploi de 2,7 %, soit 370 salariés supplémentaires. Sur la même période,
        l’emploi salarié privé hors ESS n’a augmenté que de 1,4 %.""")
    para(pdf, """L’ESS représente ainsi 11,8 % de l’emploi salarié total du département et 13,4 %
        de l’emploi salarié privé. À l’échelle de la région Arvénie, les 12 940 établissements
        de l’ESS emploient 131 500 salariés, soit 10,6 % de l’emploi salarié régional ; la
        Sarrive concentre donc 10,8 % des salariés de l’ESS régionale. La masse salariale brute
        versée par les employeurs de l’ESS du département atteint 412 millions d’euros en 2024,
        contre 381 millions d’euros en 2022.""")
    table(pdf, "Tableau 1 – Établissements et emplois de l’ESS par famille juridique en Sarrive (2024)",
          [["Famille juridique", "Établissements", "Salariés", "Part de l’emploi ESS"],
           ["Associations", "1 238", "10 630", "74,5 %"],
           ["Coopératives", "152", "1 940", "13,6 %"],
           ["Mutuelles", "70", "1 120", "7,9 %"],
           ["Fondations", "22", "570", "4,0 %"],
           ["Total ESS", "1 482", "14 260", "100 %"]],
          (62, 36, 32, 40),
          "Source : INSEE, Flores 2024 ; traitement Observatoire régional de l’ESS. Les 19 "
          "sociétés commerciales de l’ESS agréées ESUS implantées dans le département ne sont pas "
          "incluses dans ce décompte, faute de données d’emploi consolidées.")
    para(pdf, """Les associations restent très largement majoritaires : elles représentent 83,5 %
        des établissements et près des trois quarts des emplois. Les coopératives, dont le poids
        a sensiblement augmenté depuis 2022, occupent la deuxième place, devant les mutuelles et
        les fondations. La taille moyenne des établissements de l’ESS est de 9,6 salariés, mais
        cette moyenne masque de fortes disparités : 47 % des établissements emploient moins de
        trois salariés, tandis que les 28 établissements de plus de 100 salariés concentrent à
        eux seuls 31 % de l’emploi.""")
    expect_page(pdf, 2, PANORAMA)

    # Page 3: secteurs d'activité
    pdf.add_page()
    heading(pdf, "2. Les secteurs d’activité")
    para(pdf, """L’action sociale constitue de loin le premier secteur d’activité de l’ESS en
        Sarrive. L’action sociale sans hébergement (aide à domicile, accueil de jeunes enfants,
        insertion par l’activité économique, accompagnement des personnes en situation de
        handicap) emploie à elle seule 4 870 salariés, soit plus d’un tiers de l’emploi de
        l’ESS. L’hébergement médico-social et social, porté notamment par les établissements
        pour personnes âgées et les foyers de vie associatifs, rassemble 2 310 salariés
        supplémentaires.""")
    table(pdf, "Tableau 2 – Emploi de l’ESS par secteur d’activité en Sarrive (2024)",
          [["Secteur d’activité", "Salariés de l’ESS", "Poids de l’ESS dans le secteur"],
           ["Action sociale sans hébergement", "4 870", "63,2 %"],
           ["Hébergement médico-social et social", "2 310", "58,7 %"],
           ["Enseignement", "1 650", "21,4 %"],
           ["Activités financières et d’assurance", "1 260", "27,9 %"],
           ["Santé humaine", "980", "9,6 %"],
           ["Sports et loisirs", "640", "44,1 %"],
           ["Arts et spectacles", "410", "36,8 %"],
           ["Autres activités", "2 140", "3,9 %"],
           ["Total ESS", "14 260", "11,8 %"]],
          (78, 40, 52),
          "Source : INSEE, Flores 2024 ; traitement Observatoire régional de l’ESS. Lecture : "
          "l’ESS emploie 4 870 salariés dans l’action sociale sans hébergement, soit 63,2 % de "
          "l’emploi salarié de ce secteur dans le département.")
    para(pdf, """Dans plusieurs secteurs, l’ESS occupe une position majoritaire, voire quasi
        exclusive : elle représente 63,2 % de l’emploi de l’action sociale sans hébergement et
        58,7 % de celui de l’hébergement médico-social. Son poids est également significatif
        dans les activités sportives et de loisirs (44,1 %) et dans les arts et spectacles
        (36,8 %), où le tissu associatif assure l’essentiel de l’offre culturelle en milieu
        rural. À l’inverse, l’ESS reste marginale dans le commerce, l’industrie et la
        construction, regroupés ici dans la catégorie « autres activités », où elle ne pèse que
        3,9 % des emplois.""")
    para(pdf, """Les activités financières et d’assurance, portées par les banques coopératives
        et les mutuelles d’assurance, comptent 1 260 salariés dans le département. Enfin,
        l’enseignement, principalement privé sous contrat et à gestion associative, emploie
        1 650 salariés de l’ESS, soit 21,4 % de l’emploi du secteur.""")
    expect_page(pdf, 3, PANORAMA)

    # Page 4: territoires
    pdf.add_page()
    heading(pdf, "3. Les territoires de la Sarrive")
    para(pdf, """L’emploi de l’ESS est présent sur l’ensemble du département, mais sa répartition
        reflète celle de la population et des équipements. La communauté d’agglomération de
        Monterrac, qui accueille le chef-lieu et la plupart des sièges de fédérations et de
        mutuelles, concentre 45,4 % des salariés de l’ESS départementale. Le poids relatif de
        l’ESS dans l’économie locale est toutefois plus élevé dans les territoires ruraux du
        nord du département.""")
    table(pdf, "Tableau 3 – L’ESS par intercommunalité en Sarrive (2024)",
          [["Intercommunalité", "Établissements", "Salariés", "Part de l’ESS dans l’emploi salarié"],
           ["CA de Monterrac", "612", "6 480", "12,9 %"],
           ["CC des Coteaux de Brévanne", "214", "1 930", "12,1 %"],
           ["CC du Haut-Sarrivois", "187", "1 420", "14,6 %"],
           ["CC du Pays de Rouvelle", "171", "1 610", "11,3 %"],
           ["CC Plaine d’Aulnes", "163", "1 250", "10,2 %"],
           ["CC des Monts de Vérac", "135", "1 570", "9,4 %"],
           ["Total Sarrive", "1 482", "14 260", "11,8 %"]],
          (62, 32, 28, 48),
          "Source : INSEE, Flores 2024 ; traitement Observatoire régional de l’ESS. CA : "
          "communauté d’agglomération ; CC : communauté de communes.")
    para(pdf, """La communauté de communes du Haut-Sarrivois présente la part la plus élevée du
        département : avec 1 420 salariés, l’ESS y représente 14,6 % de l’emploi salarié, un
        niveau qui s’explique par la présence de trois grands établissements médico-sociaux
        associatifs, dont l’EHPAD des Genêts à Saint-Orlan, premier employeur privé de
        l’intercommunalité. Dans la communauté de communes des Coteaux de Brévanne, les 214
        établissements de l’ESS emploient 1 930 salariés, soit 12,1 % de l’emploi local ; le
        territoire se distingue par la vitalité de ses structures d’insertion et par la
        création, en 2023, du pôle territorial de coopération économique « Brévanne Coopère ».""")
    para(pdf, """À l’inverse, la communauté de communes des Monts de Vérac affiche la part la plus
        faible (9,4 %), malgré la présence d’une importante coopérative agricole, la coopérative
        laitière Vérac Montagne, qui emploie à elle seule 310 salariés.""")
    expect_page(pdf, 4, PANORAMA)

    # Page 5: zooms thématiques, sur deux colonnes
    pdf.add_page()
    heading(pdf, "4. Zooms thématiques")
    zooms = [
        ("Les coopératives : un modèle en développement",
         """Le département compte 152 établissements coopératifs, qui emploient 1 940 salariés.
         Au sein de cet ensemble, les sociétés coopératives connaissent une croissance
         remarquable : la Sarrive recense 41 SCOP et 17 SCIC en 2024, contre 34 SCOP et 11 SCIC
         en 2022. Les sociétés coopératives d’intérêt collectif associent salariés, usagers,
         collectivités et partenaires privés autour de projets aussi divers que la production
         d’énergie renouvelable, la restauration collective ou l’habitat. La coopérative
         d’activité et d’emploi Sarrive Entreprendre accompagne pour sa part 186
         entrepreneurs-salariés, dont 61 % de femmes."""),
        ("Égalité entre les femmes et les hommes",
         """Les femmes représentent 68,2 % des salariés de l’ESS en Sarrive, contre 47,5 % dans
         le reste de l’économie privée. Cette forte féminisation s’explique par le poids des
         métiers du soin, de l’aide à domicile et de la petite enfance. Elle ne se traduit
         cependant pas encore dans les fonctions de direction : les femmes n’occupent que 41 %
         des postes de direction des établissements de l’ESS, et 36 % des présidences
         d’associations employeuses. Par ailleurs, 39 % des salariées de l’ESS travaillent à
         temps partiel, contre 17 % des salariés hommes."""),
        ("Le renouvellement des générations",
         """Les salariés de l’ESS sont en moyenne plus âgés que ceux du reste de l’économie :
         31,5 % d’entre eux ont 50 ans ou plus. L’Observatoire estime qu’environ 3 100 salariés
         de l’ESS partiront à la retraite d’ici 2030 dans le département, dont près de 1 200
         dans l’aide à domicile et l’hébergement des personnes âgées. Ces départs constituent à
         la fois un risque pour la continuité des services et une opportunité de recrutement
         pour les jeunes du territoire : les moins de 26 ans ne représentent aujourd’hui que
         8,3 % des salariés de l’ESS."""),
        ("Les achats socialement responsables",
         """En 2024, les marchés publics passés par le Département, les intercommunalités et les
         communes de plus de 10 000 habitants ont comporté 214 000 heures d’insertion au titre
         des clauses sociales, réalisées pour près de la moitié par des structures de
         l’insertion par l’activité économique du territoire. Les marchés réservés aux
         structures de l’ESS restent en revanche peu utilisés : seuls 9 marchés de ce type ont
         été recensés en 2024."""),
    ]
    with pdf.text_columns(ncols=2, gutter=9, text_align="J", line_height=1.22, balance=True) as cols:
        for title, body in zooms:
            with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1.5) as par:
                pdf.set_font("Sans", "B", 10.5)
                pdf.set_text_color(*GREEN)
                par.write(typo(title))
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("Serif", "", 10)
            with cols.paragraph(text_align="J", bottom_margin=2) as par:
                par.write(prose(body))
    expect_page(pdf, 5, PANORAMA)

    # Page 6: enjeux, définitions
    pdf.add_page()
    heading(pdf, "5. Enjeux et perspectives")
    para(pdf, """Les échanges conduits au printemps 2025 avec une quarantaine de structures,
        réseaux et collectivités de la Sarrive ont permis d’identifier cinq enjeux prioritaires
        pour les années à venir :""", gap=1.5)
    bullets(pdf, [
        "l’attractivité des métiers du soin et de l’accompagnement, où 62 % des employeurs interrogés déclarent des difficultés de recrutement ;",
        "la consolidation économique des petites associations employeuses, fragilisées par la hausse des coûts de l’énergie et par le retard de versement de certaines subventions ;",
        "la transmission des entreprises du territoire sous forme coopérative, en particulier lors du départ à la retraite de leurs dirigeants ;",
        "le développement des achats socialement responsables des collectivités, grâce aux clauses sociales et aux marchés réservés ;",
        "la structuration des coopérations territoriales, à l’image des pôles territoriaux de coopération économique.",
    ])
    para(pdf, """Sur ce dernier point, deux PTCE sont aujourd’hui actifs en Sarrive : « Brévanne
        Coopère », dans les Coteaux de Brévanne, et « Rouvelle en commun », dans le Pays de
        Rouvelle. Un troisième projet est à l’étude dans le Haut-Sarrivois.""")
    heading(pdf, "Définitions", 13)
    subheading(pdf, "L’économie sociale et solidaire")
    para(pdf, """Au sens de la loi n° 2014-856 du 31 juillet 2014, l’économie sociale et solidaire
        est un mode d’entreprendre et de développement économique adapté à tous les domaines de
        l’activité humaine, auquel adhèrent des personnes morales de droit privé qui poursuivent
        un but autre que le seul partage des bénéfices, qui sont dotées d’une gouvernance
        démocratique et dont les bénéfices sont majoritairement consacrés au maintien ou au
        développement de l’activité.""")
    subheading(pdf, "L’agrément ESUS")
    para(pdf, """L’agrément « entreprise solidaire d’utilité sociale », délivré par les services de
        l’État dans le département, permet à une entreprise de l’ESS qui poursuit à titre
        principal un objectif d’utilité sociale d’accéder à l’épargne salariale solidaire et à
        certains financements dédiés. Il est accordé pour une durée de cinq ans, ou de deux ans
        pour une entreprise créée depuis moins de trois ans.""")
    subheading(pdf, "Le pôle territorial de coopération économique (PTCE)")
    para(pdf, """Un PTCE est un regroupement, sur un même territoire, d’entreprises de l’ESS,
        d’entreprises classiques, de collectivités et d’organismes de formation ou de recherche,
        qui mettent en œuvre une stratégie commune et continue de mutualisation et de
        coopération au service de projets économiques et sociaux innovants.""")
    expect_page(pdf, 6, PANORAMA)

    # Page 7: méthodologie, mentions
    pdf.add_page()
    heading(pdf, "Méthodologie et sources")
    para(pdf, """Les données d’emploi présentées dans ce panorama sont issues du dispositif Flores
        (fichier localisé des rémunérations et de l’emploi salarié) de l’INSEE, millésime 2024,
        retraitées par l’Observatoire régional de l’ESS selon le périmètre statistique national
        de l’économie sociale et solidaire. Sont comptabilisés les établissements employeurs
        relevant des quatre familles juridiques de l’ESS : associations, coopératives, mutuelles
        et fondations. Les effectifs correspondent aux postes salariés au 31 décembre ; les
        équivalents temps plein sont calculés sur l’ensemble de l’année.""")
    para(pdf, """Les comparaisons avec 2022 reposent sur le panorama précédent, publié en mai 2023,
        dont les données ont été recalculées selon la même méthode. Les écarts avec les chiffres
        publiés à l’époque (13 640 salariés pour 2022) s’expliquent par l’intégration de 46
        établissements dont la catégorie juridique a été corrigée dans le répertoire Sirene.""")
    para(pdf, """Le volet qualitatif s’appuie sur des entretiens semi-directifs conduits entre
        février et avril 2025 auprès de 43 structures employeuses, réseaux et collectivités,
        ainsi que sur deux ateliers collectifs organisés à Monterrac et à Saint-Orlan.""")
    pdf.ln(3)
    pdf.set_fill_color(*LIGHT)
    pdf.set_font("Sans", "", 9.5)
    credits = (
        "Ce panorama a été réalisé par l’Observatoire régional de l’ESS de la CRESS Arvénie, avec "
        "le soutien financier du Département de la Sarrive et de la Région Arvénie.\n"
        "Directrice de la publication : Sylvie Marcadet, directrice de la CRESS Arvénie.\n"
        "Rédaction et traitement statistique : Nadège Perrochon, chargée d’études à "
        "l’Observatoire régional de l’ESS.\n"
        "Mise en page : service communication de la CRESS Arvénie.\n"
        "Contact : observatoire@cress-arvenie.org\n"
        "Publication : juin 2025 – Reproduction autorisée avec mention de la source."
    )
    pdf.multi_cell(0, 5.5, typo(credits), fill=True, padding=4, new_x="LMARGIN", new_y="NEXT")
    expect_page(pdf, 7, PANORAMA)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Document 2: convention pluriannuelle d'objectifs (3 pages)
# ---------------------------------------------------------------------------


class ConventionPDF(FPDF):
    def header(self) -> None:
        self.set_font("Sans", "", 8)
        self.set_y(8)
        self.cell(0, 4, "DÉPARTEMENT DE LA SARRIVE", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Convention n° 2025-DIES-0412", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Direction de l’insertion et de l’économie solidaire", align="L",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_y(24)

    def footer(self) -> None:
        self.set_y(-16)
        self.set_font("Sans", "I", 8)
        self.cell(0, 5, "Convention pluriannuelle d’objectifs 2025-2027 – La Ressourcerie des Coteaux",
                  align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} sur {{nb}}", align="R", new_x="LMARGIN",
                  new_y="NEXT")
        self.cell(0, 5, "Paraphes :   ………   ………", align="L")


def article(pdf: FPDF, title: str, *paragraphs: str) -> None:
    pdf.ln(1.5)
    pdf.set_font("Serif", "B", 11)
    pdf.cell(0, 6, typo(title), new_x="LMARGIN", new_y="NEXT")
    for p in paragraphs:
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(0, 5, prose(p), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)


def dashes(pdf: FPDF, items: list[str]) -> None:
    pdf.set_font("Serif", "", 10.5)
    for item in items:
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(5, 5, "–")
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.get_x(), 5, prose(item), align="J",
                       new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def build_convention(path: Path) -> None:
    pdf = ConventionPDF(format="A4")
    register_fonts(pdf)
    pdf.set_margins(22, 24, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.set_title("Convention pluriannuelle d’objectifs 2025-2027 – La Ressourcerie des Coteaux")
    pdf.set_author("Département de la Sarrive")
    pdf.set_creator("Département de la Sarrive – DIES")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(datetime(2025, 4, 22, 14, 30, 0, tzinfo=UTC))
    pdf.alias_nb_pages()

    pdf.add_page()
    pdf.set_font("Serif", "B", 14)
    pdf.multi_cell(0, 7, "CONVENTION PLURIANNUELLE D’OBJECTIFS ET DE MOYENS 2025-2027",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "I", 11)
    pdf.multi_cell(0, 6, typo("Soutien au chantier d’insertion « Réemploi solidaire des Coteaux »"),
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 6, "ENTRE LES SOUSSIGNÉS :", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    for text in (
        """Le Département de la Sarrive, dont le siège est situé Hôtel du Département, 1 cours
        Émile-Faure à Monterrac, représenté par Madame Hélène Castagnède, Présidente du Conseil
        départemental, dûment habilitée par la délibération n° CP-2025-04-117 de la Commission
        permanente en date du 7 avril 2025, ci-après dénommé « le Département »,""",
        "ET",
        """L’association La Ressourcerie des Coteaux, association régie par la loi du 1er juillet
        1901, déclarée en préfecture de la Sarrive le 3 octobre 2011, dont le siège social est
        situé 12 rue des Tanneurs à Vauclergues, n° SIRET 812 447 903 00018, conventionnée en
        tant qu’atelier et chantier d’insertion, représentée par Monsieur Olivier Brassac, son
        Président, ci-après dénommée « l’association »,""",
    ):
        pdf.multi_cell(0, 5, prose(text), align="J" if text != "ET" else "C",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(0, 6, "PRÉAMBULE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(0, 5, prose("""Considérant le projet initié et conçu par l’association, qui
        vise à collecter, trier, réparer et revendre à prix solidaires des objets et matériaux
        destinés à l’enfouissement, tout en proposant des parcours d’insertion professionnelle
        à des personnes éloignées de l’emploi ; considérant que ce projet participe de la
        politique départementale d’insertion et d’économie sociale et solidaire définie dans le
        Programme départemental d’insertion 2024-2028, adopté par l’Assemblée départementale le
        14 décembre 2023 ; il est convenu ce qui suit :"""), align="J", new_x="LMARGIN",
        new_y="NEXT")
    article(pdf, "Article 1 – Objet de la convention",
            """Par la présente convention, l’association s’engage, à son initiative et sous sa
            responsabilité, à mettre en œuvre le programme d’actions « Réemploi solidaire des
            Coteaux », comportant les obligations mentionnées à l’annexe 1. Le Département
            contribue financièrement à ce programme d’intérêt général ; il n’attend aucune
            contrepartie directe de cette contribution. Le programme comprend notamment
            l’exploitation de la ressourcerie de Vauclergues et de sa boutique solidaire, la
            collecte en déchèterie sur trois sites du territoire et l’accompagnement
            socioprofessionnel des salariés en parcours d’insertion.""")
    article(pdf, "Article 2 – Durée de la convention",
            """La présente convention est conclue pour une durée de trois ans. Elle couvre la
            période du 1er janvier 2025 au 31 décembre 2027. Elle prend effet à compter de sa
            notification à l’association par le Département.""")
    expect_page(pdf, 1, CONVENTION)

    pdf.add_page()
    article(pdf, "Article 3 – Montant de la contribution financière",
            """Pour l’année 2025, le Département contribue financièrement pour un montant de
            48 500 € (quarante-huit mille cinq cents euros), soit 12,2 % du coût total éligible
            du programme, évalué à 396 000 € conformément au budget prévisionnel figurant en
            annexe 2. Pour les années 2026 et 2027, les montants prévisionnels de la
            contribution départementale s’élèvent à 48 500 € par an, soit un montant total
            prévisionnel de 145 500 € sur la durée de la convention. Ces montants ne sont
            versés que sous réserve de l’inscription des crédits au budget du Département et du
            respect par l’association des obligations prévues à la présente convention.""",
            """Le plan de financement prévisionnel 2025 comprend également l’aide au poste
            versée par l’État au titre de l’insertion par l’activité économique (231 000 €), une
            subvention de la communauté de communes des Coteaux de Brévanne (20 000 €), les
            recettes de la boutique solidaire (82 000 €) et d’autres produits pour 14 500 €.""")
    article(pdf, "Article 4 – Modalités de versement",
            """La contribution financière de l’année 2025 est créditée sur le compte de
            l’association selon l’échéancier suivant :""")
    pdf.set_font("Sans", "", 9)
    with pdf.table(
        col_widths=(22, 24, 14, 38, 68),
        text_align=("LEFT", "RIGHT", "RIGHT", "LEFT", "LEFT"),
        line_height=4.6,
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
        padding=1.2,
    ) as tbl:
        for row in (
            ("Versement", "Montant", "Part", "Échéance", "Condition"),
            ("Avance", "29 100 €", "60 %", "À la notification", "Signature de la convention par les deux parties"),
            ("Acompte", "14 550 €", "30 %", "30 septembre 2025", "Production du bilan intermédiaire arrêté au 30 juin 2025"),
            ("Solde", "4 850 €", "10 %", "Au plus tard le 30 juin 2026", "Production du compte rendu financier et du bilan d’activité 2025"),
            ("Total 2025", "48 500 €", "100 %", "", ""),
        ):
            r = tbl.row()
            for value in row:
                r.cell(typo(value))
    pdf.ln(2)
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(0, 5, prose("""Pour les années 2026 et 2027, les versements interviennent selon
        les mêmes proportions, l’avance étant versée au plus tard le 31 mars de chaque année.
        Les versements sont effectués sur le compte ouvert au nom de l’association auprès de la
        Caisse solidaire d’Arvénie."""), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    article(pdf, "Article 5 – Engagements de l’association et indicateurs",
            """L’association s’engage à atteindre, pour chacune des années couvertes par la
            convention, les objectifs suivants :""")
    dashes(pdf, [
        "accueillir au moins 24 salariés en parcours d’insertion, correspondant à 16 équivalents temps plein ;",
        "réserver au moins 40 % des places aux bénéficiaires du revenu de solidarité active orientés par le Département ;",
        "atteindre un taux de sorties dynamiques (emploi durable, emploi de transition ou formation qualifiante) d’au moins 55 % ;",
        "collecter au moins 310 tonnes d’objets et de matériaux, dont 45 % réemployés ou réutilisés.",
    ])
    expect_page(pdf, 2, CONVENTION)

    pdf.add_page()
    article(pdf, "Article 6 – Justificatifs et contrôle",
            """L’association s’engage à fournir, dans les six mois suivant la clôture de chaque
            exercice, soit au plus tard le 30 juin de l’année suivante, le compte rendu
            financier conforme à l’arrêté du 11 octobre 2006, les comptes annuels certifiés et
            le rapport d’activité. Le Département peut procéder à tout contrôle sur place ou sur
            pièces. Le suivi de la convention est assuré, pour le Département, par Madame
            Aurélie Ternant, chargée de mission insertion à la Direction de l’insertion et de
            l’économie solidaire.""")
    article(pdf, "Article 7 – Communication",
            """L’association s’engage à faire mention du soutien du Département sur tous ses
            supports de communication, en y apposant le logo départemental conformément à la
            charte graphique en vigueur.""")
    article(pdf, "Article 8 – Modification et résiliation",
            """Toute modification de la présente convention fait l’objet d’un avenant. En cas de
            non-respect par l’une des parties de ses engagements, la présente convention peut
            être résiliée de plein droit par l’autre partie à l’expiration d’un délai de deux
            mois suivant l’envoi d’une lettre recommandée avec accusé de réception valant mise
            en demeure. Le Département peut alors exiger le reversement de tout ou partie des
            sommes déjà versées.""")
    article(pdf, "Article 9 – Litiges",
            """Tout litige relatif à l’exécution de la présente convention, à défaut de règlement
            amiable, est porté devant le tribunal administratif de Monterrac.""")
    pdf.ln(3)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(0, 6, "Fait à Monterrac, le 22 avril 2025, en deux exemplaires originaux.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y = pdf.get_y()
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.multi_cell(half, 5.5, "Pour le Département de la Sarrive,\nLa Présidente du Conseil départemental,\n\n\n\nHélène Castagnède",
                   align="C", new_x="RIGHT", new_y="TOP")
    pdf.set_xy(pdf.l_margin + half, y)
    pdf.multi_cell(half, 5.5, "Pour l’association La Ressourcerie des Coteaux,\nLe Président,\n\n\n\nOlivier Brassac",
                   align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "I", 9)
    pdf.multi_cell(0, 4.5, "Annexes : 1. Programme d’actions et indicateurs ; 2. Budget prévisionnel 2025 du programme.",
                   new_x="LMARGIN", new_y="NEXT")
    expect_page(pdf, 3, CONVENTION)
    pdf.output(str(path))


# ---------------------------------------------------------------------------
# Document 3: page web de la communauté de communes (appel à projets)
# ---------------------------------------------------------------------------

AAP_HTML = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Appel à projets « Coteaux solidaires » 2025 | Communauté de communes des Coteaux de Brévanne</title>
  <meta name="description" content="La Communauté de communes des Coteaux de Brévanne lance la troisième édition de son appel à projets en faveur de l’économie sociale et solidaire. Dépôt des dossiers jusqu’au 4 avril 2025.">
  <meta name="author" content="Service Développement économique">
  <meta name="dcterms.date" content="2025-02-03">
  <meta property="og:site_name" content="Communauté de communes des Coteaux de Brévanne">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Appel à projets « Coteaux solidaires » 2025">
  <meta property="og:url" content="https://www.coteaux-brevanne.fr/entreprendre/ess/appel-a-projets-coteaux-solidaires-2025">
  <meta property="og:image" content="https://www.coteaux-brevanne.fr/sites/default/files/2025-02/epicerie-solidaire-lestrac.jpg">
  <meta property="article:published_time" content="2025-02-03T09:30:00+01:00">
  <meta property="article:modified_time" content="2025-02-20T16:12:00+01:00">
  <meta property="article:section" content="Économie sociale et solidaire">
  <link rel="canonical" href="https://www.coteaux-brevanne.fr/entreprendre/ess/appel-a-projets-coteaux-solidaires-2025">
  <link rel="stylesheet" href="/themes/coteaux/css/style.min.css?v=4.2.1">
  <link rel="icon" href="/themes/coteaux/favicon.ico">
  <script src="/libraries/tarteaucitron/tarteaucitron.js"></script>
  <script>
    tarteaucitron.init({"privacyUrl": "/gestion-des-cookies", "hashtag": "#cookies",
      "cookieName": "coteaux_consent", "orientation": "bottom", "showAlertSmall": false,
      "cookieslist": true, "removeCredit": true, "handleBrowserDNTRequest": true});
  </script>
</head>
<body class="page-node page-node--article section-entreprendre">
  <a class="skip-link" href="#contenu">Aller au contenu principal</a>
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Gestion des cookies">
    <p>Ce site utilise des cookies de mesure d’audience et des contenus tiers (vidéos, cartes)
    afin d’améliorer votre navigation. Vous pouvez accepter ou refuser ces cookies, et modifier
    vos choix à tout moment.</p>
    <button type="button" class="btn btn-accept">Tout accepter</button>
    <button type="button" class="btn btn-deny">Tout refuser</button>
    <a href="/gestion-des-cookies">Personnaliser mes choix</a>
  </div>
  <header class="site-header">
    <div class="site-branding">
      <a href="/" rel="home"><img src="/themes/coteaux/logo-cc-coteaux-brevanne.svg" alt="Communauté de communes des Coteaux de Brévanne – retour à l’accueil" width="220" height="64"></a>
    </div>
    <form class="search" action="/recherche" method="get" role="search">
      <label for="q" class="visually-hidden">Rechercher sur le site</label>
      <input type="search" id="q" name="q" placeholder="Rechercher…">
      <button type="submit">OK</button>
    </form>
    <nav class="main-menu" aria-label="Menu principal">
      <ul>
        <li><a href="/">Accueil</a></li>
        <li><a href="/la-communaute-de-communes">La communauté de communes</a></li>
        <li><a href="/vivre-et-habiter">Vivre et habiter</a></li>
        <li class="active"><a href="/entreprendre">Entreprendre</a></li>
        <li><a href="/environnement-et-dechets">Environnement et déchets</a></li>
        <li><a href="/enfance-jeunesse">Enfance et jeunesse</a></li>
        <li><a href="/agenda">Agenda</a></li>
        <li><a href="/contact">Contact</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Fil d’Ariane">
    <ol>
      <li><a href="/">Accueil</a></li>
      <li><a href="/entreprendre">Entreprendre</a></li>
      <li><a href="/entreprendre/ess">Économie sociale et solidaire</a></li>
      <li aria-current="page">Appel à projets « Coteaux solidaires » 2025</li>
    </ol>
  </nav>
  <div class="layout">
    <main id="contenu">
      <article class="node node--article">
        <h1>Appel à projets « Coteaux solidaires » 2025 : soutenir les initiatives de l’économie sociale et solidaire</h1>
        <p class="meta">Publié le <time datetime="2025-02-03">3 février 2025</time> – Mis à jour le <time datetime="2025-02-20">20 février 2025</time> – Rubrique : Entreprendre</p>
        <div class="share">
          <span>Partager :</span>
          <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.coteaux-brevanne.fr%2Fentreprendre%2Fess%2Fappel-a-projets-coteaux-solidaires-2025" rel="noopener" target="_blank">Facebook</a>
          <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.coteaux-brevanne.fr%2Fentreprendre%2Fess%2Fappel-a-projets-coteaux-solidaires-2025" rel="noopener" target="_blank">LinkedIn</a>
          <a href="mailto:?subject=Appel%20%C3%A0%20projets%20Coteaux%20solidaires%202025">Envoyer par courriel</a>
          <a href="javascript:window.print()">Imprimer</a>
        </div>
        <figure class="illustration">
          <img src="/sites/default/files/styles/large/public/2025-02/epicerie-solidaire-lestrac.jpg" alt="Des bénévoles rangent des produits frais dans les rayons d’une épicerie solidaire" width="960" height="540" loading="lazy">
          <figcaption>Les bénévoles de l’épicerie solidaire de Lestrac, lauréate de l’édition 2024.
          <span class="credit">Photo : © Marion Lefeuvre / CC Coteaux de Brévanne</span></figcaption>
        </figure>
        <p class="chapo">Pour la troisième année consécutive, la Communauté de communes des
        Coteaux de Brévanne lance son appel à projets « Coteaux solidaires », destiné à soutenir
        les initiatives de l’économie sociale et solidaire qui répondent aux besoins des habitants
        et créent de l’activité sur le territoire. Doté d’une enveloppe globale de
        90&nbsp;000&nbsp;euros, en hausse par rapport aux 75&nbsp;000&nbsp;euros de l’édition 2024,
        il s’adresse aux associations, aux coopératives et aux entreprises solidaires implantées
        dans l’une des 23 communes de l’intercommunalité.</p>
        <blockquote>
          <p>« Les initiatives solidaires sont une réponse concrète aux besoins de nos communes
          rurales, qu’il s’agisse de se nourrir, de se déplacer ou d’accéder à ses droits. Cet
          appel à projets leur donne un coup de pouce décisif au moment du démarrage »,
          souligne Thierry Vaudran, vice-président chargé du développement économique et de
          l’économie sociale et solidaire.</p>
        </blockquote>

        <h2>Quels projets peuvent être soutenus ?</h2>
        <p>L’appel à projets finance des actions nouvelles ou le développement significatif
        d’une activité existante, dès lors qu’elles relèvent de l’une des quatre thématiques
        retenues par le conseil communautaire pour l’édition 2025 :</p>
        <ul>
          <li>l’alimentation durable et l’accès de tous à une alimentation de qualité (épiceries
          solidaires, jardins partagés, circuits courts) ;</li>
          <li>la mobilité solidaire, notamment pour les habitants des communes rurales non
          desservies par les transports collectifs ;</li>
          <li>le réemploi, la réparation et la réduction des déchets ;</li>
          <li>l’inclusion numérique et l’accès aux droits.</li>
        </ul>
        <p>Les dépenses d’investissement comme de fonctionnement sont éligibles, à l’exception
        des dépenses de personnel permanent déjà en poste avant le dépôt du dossier. Le projet
        doit démarrer avant le 31 décembre 2025 et se dérouler sur une durée maximale de
        dix-huit mois.</p>

        <h2>Qui peut candidater ?</h2>
        <p>Peuvent déposer un dossier les structures dont le siège ou un établissement est situé
        sur le territoire de la communauté de communes :</p>
        <ul>
          <li>les associations loi 1901 déclarées depuis au moins un an à la date de dépôt du
          dossier ;</li>
          <li>les sociétés coopératives (SCOP, SCIC, coopératives d’activité et d’emploi) ;</li>
          <li>les entreprises commerciales bénéficiant de l’agrément « entreprise solidaire
          d’utilité sociale » (ESUS) ;</li>
          <li>les collectifs d’habitants, à condition d’être portés par une association
          support.</li>
        </ul>
        <p>Les communes, les particuliers et les entreprises commerciales non agréées ESUS ne
        sont pas éligibles. Une même structure ne peut déposer qu’un seul projet par
        édition.</p>

        <h2>Quel montant ?</h2>
        <p>La subvention accordée peut atteindre 12&nbsp;000&nbsp;euros par projet, dans la limite
        de 50&nbsp;% des dépenses éligibles. Ce plafond est porté à 14&nbsp;000&nbsp;euros pour les
        projets mis en œuvre dans une commune de moins de 800 habitants, afin de tenir compte
        des surcoûts liés à l’isolement. Un autofinancement minimal de 10&nbsp;% est demandé ; les
        contributions bénévoles valorisées peuvent être prises en compte dans le plan de
        financement.</p>

        <h2>Calendrier</h2>
        <table class="table table-striped">
          <caption>Calendrier de l’appel à projets « Coteaux solidaires » 2025</caption>
          <thead>
            <tr><th scope="col">Étape</th><th scope="col">Date</th></tr>
          </thead>
          <tbody>
            <tr><td>Ouverture de l’appel à projets</td><td>3 février 2025</td></tr>
            <tr><td>Réunion d’information (Maison des services au public, Vauclergues)</td><td>18 février 2025 à 18 h 30</td></tr>
            <tr><td>Date limite de dépôt des dossiers</td><td>4 avril 2025 à midi</td></tr>
            <tr><td>Audition des porteurs de projet</td><td>du 5 au 9 mai 2025</td></tr>
            <tr><td>Comité de sélection</td><td>15 mai 2025</td></tr>
            <tr><td>Vote du conseil communautaire</td><td>26 juin 2025</td></tr>
          </tbody>
        </table>

        <h2>Critères de sélection</h2>
        <p>Les dossiers complets sont instruits par le service Développement économique, puis
        examinés par un comité de sélection composé d’élus communautaires, de représentants de
        la CRESS Arvénie et du Département de la Sarrive, ainsi que de deux lauréats des
        éditions précédentes. Chaque projet est noté sur 100 points selon les critères
        suivants :</p>
        <ul>
          <li>l’utilité sociale et la réponse à un besoin identifié du territoire (30 points) ;</li>
          <li>l’ancrage local et la coopération avec d’autres acteurs (25 points) ;</li>
          <li>la viabilité économique et la pérennité du projet au-delà de la subvention
          (25 points) ;</li>
          <li>la gouvernance démocratique et la participation des bénévoles et des usagers
          (20 points).</li>
        </ul>

        <h2>Comment déposer son dossier ?</h2>
        <p>Le dossier de candidature est à déposer exclusivement en ligne, sur la plateforme de
        démarches de la communauté de communes. Il comprend le formulaire de candidature, le
        budget prévisionnel du projet, les statuts de la structure, le dernier rapport
        d’activité et un relevé d’identité bancaire. Aucun dossier papier ne sera accepté.</p>
        <p>Avant tout dépôt, les porteurs de projet sont vivement invités à prendre contact avec
        Lucie Berthomieu, chargée de mission économie sociale et solidaire, qui peut les
        accompagner dans la construction de leur dossier, par téléphone au 05&nbsp;36&nbsp;49&nbsp;12&nbsp;27
        ou par courriel à <a href="mailto:ess@coteaux-brevanne.fr">ess@coteaux-brevanne.fr</a>.</p>
        <ul class="downloads">
          <li><a href="/sites/default/files/2025-02/reglement-aap-coteaux-solidaires-2025.pdf" class="file file--pdf">Télécharger le règlement de l’appel à projets (PDF, 300 Ko)</a></li>
          <li><a href="/sites/default/files/2025-02/dossier-candidature-coteaux-solidaires-2025.docx" class="file file--docx">Télécharger le dossier de candidature (DOCX, 85 Ko)</a></li>
        </ul>
        <p class="cta"><a class="btn btn-primary" href="https://demarches.coteaux-brevanne.fr/aap-coteaux-solidaires-2025">Déposer mon dossier en ligne</a></p>

        <h2>Retour sur l’édition 2024</h2>
        <p>En 2024, 23 dossiers avaient été déposés et 14 projets ont été retenus, pour un
        montant total de 71&nbsp;200&nbsp;euros. Parmi les lauréats figurent l’épicerie solidaire de
        Lestrac, le garage solidaire porté par l’association Roue Libre à Saint-Vérand et la
        recyclerie de matériaux du bâtiment créée par la SCIC Bâti’Coteaux. Les lauréats de
        l’édition 2025 seront présentés lors du forum de l’ESS des Coteaux, organisé le
        8 novembre 2025 dans le cadre du Mois de l’ESS.</p>
        <p class="tags">Mots-clés : <a href="/tags/ess">ESS</a>, <a href="/tags/appel-a-projets">appel à projets</a>, <a href="/tags/subventions">subventions</a>, <a href="/tags/associations">associations</a></p>
      </article>
    </main>
    <aside class="sidebar" aria-label="Informations complémentaires">
      <section class="block block-contact">
        <h2>Contact</h2>
        <p>Service Développement économique<br>
        2 place de la Halle – Vauclergues<br>
        Du lundi au vendredi, de 8 h 30 à 12 h 30<br>
        <a href="mailto:ess@coteaux-brevanne.fr">ess@coteaux-brevanne.fr</a></p>
      </section>
      <section class="block block-related">
        <h2>À lire aussi</h2>
        <ul>
          <li><a href="/entreprendre/ess/ptce-brevanne-cooperer">Le pôle territorial de coopération économique Brévanne Coopère</a></li>
          <li><a href="/entreprendre/aides-immobilier-entreprise">Les aides à l’immobilier d’entreprise</a></li>
          <li><a href="/agenda/forum-ess-coteaux-2025">Forum de l’ESS des Coteaux : appel à exposants</a></li>
          <li><a href="/entreprendre/ess/permanences-dla">Permanences du Dispositif local d’accompagnement</a></li>
        </ul>
      </section>
      <section class="block block-newsletter">
        <h2>Lettre d’information</h2>
        <form action="/newsletter" method="post">
          <label for="nl-email">Votre adresse électronique</label>
          <input type="email" id="nl-email" name="email" required>
          <button type="submit">S’abonner</button>
        </form>
      </section>
    </aside>
  </div>
  <footer class="site-footer">
    <div class="footer-address">
      <p><strong>Communauté de communes des Coteaux de Brévanne</strong><br>
      2 place de la Halle – Vauclergues<br>
      Accueil du public du lundi au vendredi, de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h</p>
    </div>
    <nav class="footer-menu" aria-label="Liens de pied de page">
      <ul>
        <li><a href="/mentions-legales">Mentions légales</a></li>
        <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
        <li><a href="/plan-du-site">Plan du site</a></li>
        <li><a href="/gestion-des-cookies">Gestion des cookies</a></li>
        <li><a href="/marches-publics">Marchés publics</a></li>
      </ul>
    </nav>
    <p class="copyright">© 2025 Communauté de communes des Coteaux de Brévanne – Tous droits réservés</p>
  </footer>
  <script src="/themes/coteaux/js/bundle.min.js?v=4.2.1" defer></script>
  <script>
    var _paq = window._paq = window._paq || [];
    _paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);
    (function() { var u = "https://stats.coteaux-brevanne.fr/"; _paq.push(['setTrackerUrl', u + 'matomo.php']);
      _paq.push(['setSiteId', '3']); })();
  </script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Document 4: compte rendu du comité de pilotage du PTCE (Markdown)
# ---------------------------------------------------------------------------

COPIL_MD = """---
title: "Compte rendu du comité de pilotage du PTCE Brévanne Coopère – séance du 13 mars 2025"
publisher: "PTCE Brévanne Coopère"
date: 2025-03-13
territory: "Communauté de communes des Coteaux de Brévanne (Sarrive)"
lang: fr
---

# Comité de pilotage du PTCE « Brévanne Coopère »

**Séance du jeudi 13 mars 2025, de 14 h à 16 h 45, salle du conseil de la mairie de
Vauclergues**

Rédaction : Manon Achard, coordinatrice du PTCE. Compte rendu validé par le président de
séance le 21 mars 2025.

## Participants

### Présents

- Thierry Vaudran, vice-président de la communauté de communes des Coteaux de Brévanne
  chargé du développement économique et de l'ESS, président de séance
- Bernard Cazalis, maire de Vauclergues
- Manon Achard, coordinatrice du PTCE Brévanne Coopère
- Lucie Berthomieu, chargée de mission ESS, communauté de communes des Coteaux de Brévanne
- Olivier Brassac, président de La Ressourcerie des Coteaux
- Sabrina Kettani, directrice de la SCIC Les Champs Partagés
- Hugo Lemasson, cogérant de la SCOP Atelier Bois des Coteaux
- Julien Morvandiau, chargé de mission économie sociale et solidaire, Département de la
  Sarrive
- Nadège Perrochon, chargée d'études, Observatoire régional de l'ESS (CRESS Arvénie)

### Excusés

- Gérard Lassalle, président de la communauté de communes des Coteaux de Brévanne
- Pascale Ibarra, conseillère en insertion professionnelle, Mission locale des Coteaux

## Ordre du jour

1. Approbation du compte rendu de la séance du 28 novembre 2024
2. Bilan d'activité 2024 du PTCE
3. Projet de légumerie solidaire : lancement de l'étude de faisabilité
4. Budget prévisionnel 2025
5. Calendrier et questions diverses

## 1. Approbation du compte rendu précédent

Le compte rendu de la séance du 28 novembre 2024 est approuvé à l'unanimité, sans
modification.

## 2. Bilan d'activité 2024

Manon Achard présente le bilan d'activité 2024. Le PTCE compte désormais 27 structures
membres, contre 22 fin 2023 : 14 associations, 6 coopératives, 4 entreprises commerciales
et 3 collectivités. Cinq nouvelles adhésions ont été enregistrées au cours de l'année, dont
celle de la SCOP Atelier Bois des Coteaux.

Parmi les réalisations marquantes de l'année figurent la mutualisation d'un véhicule
utilitaire entre quatre structures, qui a permis d'économiser environ 11 000 euros de
location, et la mise en place d'un groupement d'employeurs qui emploie depuis septembre 2024
un comptable à temps partagé entre trois associations. Le PTCE a par ailleurs organisé
6 rencontres inter-structures, qui ont réuni au total 148 participants.

Nadège Perrochon indique que, selon les premiers résultats du prochain panorama de
l'Observatoire, dont la publication est prévue en juin, l'ESS représente 12,1 % de l'emploi
salarié dans les Coteaux de Brévanne. Elle souligne l'intérêt d'un suivi annuel des emplois
créés grâce aux coopérations du PTCE, et propose d'y associer l'Observatoire.

## 3. Projet de légumerie solidaire

Sabrina Kettani présente le projet de légumerie solidaire porté par la SCIC Les Champs
Partagés en lien avec La Ressourcerie des Coteaux. L'équipement permettrait de laver,
éplucher et conditionner des légumes produits localement pour approvisionner les cantines
scolaires et l'EHPAD du territoire. La capacité envisagée est de 40 tonnes de légumes par
an, avec la création de 6 postes en insertion et d'un poste d'encadrant technique.

Le coût de l'étude de faisabilité, confiée au cabinet Terres Communes Conseil, s'élève à
18 000 euros TTC. Le coût d'investissement de l'équipement sera chiffré par l'étude, dont
les conclusions sont attendues pour septembre 2025. Julien Morvandiau indique que le
Département pourra financer l'étude à hauteur de 50 %, au titre de son fonds d'appui aux
coopérations territoriales.

Bernard Cazalis propose de mettre à disposition, pour la durée de l'étude, un local
communal situé dans l'ancienne gare de Vauclergues, afin d'y mener des essais de
conditionnement.

> **Décision n° 1** : le comité de pilotage valide à l'unanimité le lancement de
> l'étude de faisabilité de la légumerie solidaire et désigne la SCIC Les Champs Partagés
> comme maître d'ouvrage de l'étude.

## 4. Budget prévisionnel 2025

Manon Achard présente le budget prévisionnel 2025, qui s'établit à 83 500 euros, contre
61 000 euros en 2024. La hausse s'explique principalement par l'étude de faisabilité de la
légumerie, qui n'était pas prévue au budget précédent.

| Poste de dépenses | Montant 2025 | Principaux financeurs |
|---|---:|---|
| Coordination du PTCE (1 ETP) | 52 000 € | Communauté de communes, Région Arvénie |
| Étude de faisabilité de la légumerie | 18 000 € | Département de la Sarrive, SCIC Les Champs Partagés |
| Animation du réseau et rencontres | 9 500 € | Cotisations des membres |
| Communication et site internet | 4 000 € | Communauté de communes |
| **Total** | **83 500 €** | |

Le montant de la cotisation annuelle est maintenu à 150 euros pour les structures de moins
de 10 salariés et à 400 euros pour les structures de 10 salariés et plus. Les collectivités
membres versent une contribution distincte, fixée par convention.

> **Décision n° 2** : le budget prévisionnel 2025 est adopté
> à l'unanimité moins une abstention (Hugo Lemasson).

> **Décision n° 3** : un groupe de travail « mobilité solidaire », animé par Lucie
> Berthomieu, est créé ; il est chargé de préparer une candidature commune à l'appel à
> projets « Coteaux solidaires » 2025 avant la date limite du 4 avril.

## 5. Calendrier et questions diverses

- Le forum de l'ESS des Coteaux se tiendra le 8 novembre 2025 à la salle des fêtes de
  Lestrac, dans le cadre du Mois de l'ESS.
- Le recrutement d'un ou d'une chargée de projet en alternance est envisagé pour la rentrée
  2025 ; la fiche de poste sera présentée au prochain comité.
- Olivier Brassac informe le comité que la convention pluriannuelle liant La Ressourcerie
  des Coteaux au Département pour la période 2025-2027 est en cours de signature.

**Prochaine réunion** : jeudi 19 juin 2025 à 14 h, dans les locaux de La Ressourcerie des
Coteaux, 12 rue des Tanneurs à Vauclergues.

La séance est levée à 16 h 45.
"""


# ---------------------------------------------------------------------------
# Document 5: foire aux questions du Pass'ESS (texte brut)
# ---------------------------------------------------------------------------

FAQ_TXT = """DÉPARTEMENT DE LA SARRIVE
Direction de l'insertion et de l'économie solidaire

PASS'ESS SARRIVE - QUESTIONS FRÉQUENTES
Version du 10 janvier 2025 (remplace la version du 15 mars 2024)

========================================================================

Le Pass'ESS Sarrive est le dispositif du Département destiné à soutenir la
création d'emplois durables dans les structures de l'économie sociale et
solidaire. Cette foire aux questions répond aux interrogations les plus
fréquentes des porteurs de projet. Elle ne se substitue pas au règlement
d'intervention adopté par l'Assemblée départementale le 12 décembre 2024,
qui seul fait foi.


1. QU'EST-CE QUE LE PASS'ESS ?
------------------------------

Le Pass'ESS est une aide financière forfaitaire versée par le Département
aux employeurs de l'ESS qui créent un poste en contrat à durée
indéterminée. Il comporte deux volets :

  * le Pass'ESS Emploi, qui aide à la création de nouveaux postes dans les
    structures qui emploient déjà des salariés ;
  * le Pass'ESS Amorçage, qui soutient les jeunes structures au moment de
    leur premier recrutement.

Le budget consacré au dispositif s'élève à 640 000 euros en 2025. En 2024,
71 postes ont été aidés au titre du Pass'ESS Emploi, contre 58 en 2023.


2. QUI PEUT EN BÉNÉFICIER ?
---------------------------

Peuvent bénéficier du Pass'ESS les associations employeuses, les
coopératives (SCOP, SCIC, CAE), les mutuelles, les fondations et les
entreprises commerciales agréées ESUS, dès lors que le poste créé est basé
en Sarrive. Les structures dont le siège est situé hors du département sont
éligibles pour les postes rattachés à un établissement sarrivais.

Les collectivités, les établissements publics et les entrepreneurs
individuels, y compris les micro-entrepreneurs, ne sont pas éligibles.


3. MON ASSOCIATION N'A PAS ENCORE DE SALARIÉ. PUIS-JE DEMANDER LE PASS'ESS ?
----------------------------------------------------------------------------

Oui, mais seulement au titre du volet Amorçage, réservé aux structures
créées depuis moins de deux ans qui recrutent leur tout premier salarié. Le
Pass'ESS Emploi suppose au contraire que la structure emploie déjà au moins
un salarié depuis douze mois.


4. QUEL EST LE MONTANT DE L'AIDE ?
----------------------------------

Pass'ESS Emploi : 8 000 euros par poste créé en CDI à temps plein. Ce
montant est porté à 10 000 euros lorsque la personne recrutée a moins de
26 ans, est bénéficiaire du revenu de solidarité active ou bénéficie d'une
reconnaissance de la qualité de travailleur handicapé.

Pour un poste à temps partiel, l'aide est calculée au prorata du temps de
travail, sous réserve d'une durée hebdomadaire d'au moins 24 heures. Une
même structure peut obtenir l'aide pour deux postes au maximum par année
civile.

Pass'ESS Amorçage : forfait de 5 000 euros pour le premier recrutement,
quel que soit le profil de la personne recrutée.


5. LES CDD SONT-ILS ÉLIGIBLES ?
-------------------------------

Non. Les contrats à durée déterminée, les contrats d'apprentissage et les
stages ne sont pas éligibles au Pass'ESS. Seuls les contrats à durée
indéterminée ouvrent droit à l'aide. En revanche, la transformation d'un
CDD en CDI est éligible si elle s'accompagne d'une augmentation du temps de
travail d'au moins 20 %.


6. LE PASS'ESS EST-IL CUMULABLE AVEC D'AUTRES AIDES ?
-----------------------------------------------------

Oui. Le Pass'ESS est cumulable avec les aides à l'emploi de l'État et de la
Région, dans la limite de 80 % du coût total du poste sur la première
année. Il n'est en revanche pas cumulable avec une subvention de
fonctionnement du Département qui financerait déjà le même poste.


7. COMMENT DÉPOSER UNE DEMANDE ?
--------------------------------

La demande se fait exclusivement en ligne, sur le portail Sarrive
Partenaires, avant la date d'embauche ou au plus tard dans les trois mois
qui suivent. Le dossier comprend la fiche de poste, le contrat de travail
(ou la promesse d'embauche), le budget prévisionnel de la structure et ses
derniers comptes approuvés.


8. QUELS SONT LES DÉLAIS ?
--------------------------

L'instruction d'un dossier complet prend environ huit semaines. Les aides
sont ensuite attribuées par la Commission permanente du Département, qui se
réunit une fois par mois, sauf en août.


9. COMMENT L'AIDE EST-ELLE VERSÉE ?
-----------------------------------

L'aide est versée en deux fois : 50 % après la notification de l'aide, sur
présentation du contrat de travail signé, puis 50 % à l'issue des douze
premiers mois, sur présentation des bulletins de salaire. Si le salarié
quitte la structure avant douze mois, celle-ci dispose de trois mois pour
recruter un remplaçant ; à défaut, le second versement n'est pas effectué.


10. QUI CONTACTER ?
-------------------

Julien Morvandiau, chargé de mission économie sociale et solidaire
Direction de l'insertion et de l'économie solidaire
Tél. 04 65 71 20 38 - pass-ess@sarrive.fr
Permanences sans rendez-vous le mardi matin à l'Hôtel du Département,
1 cours Émile-Faure à Monterrac.

Les structures peuvent également se faire accompagner gratuitement dans le
montage de leur projet d'emploi par le Dispositif local d'accompagnement
(DLA) de la Sarrive.

========================================================================
Document d'information non contractuel. Seul le règlement d'intervention
du Pass'ESS Sarrive fait foi.
"""


# ---------------------------------------------------------------------------
# Questions. Each entry: (kind, question, facts, sources, pages, history).
# The kind is only used for the summary printed at the end; it is not written out.
# ---------------------------------------------------------------------------

P, C, H, M, T = PANORAMA, CONVENTION, AAP, COPIL, FAQ

QUESTIONS_DATA: list[tuple[str, str, list[str], list[str], list[int], list[str]]] = [
    # --- Panorama de l'ESS en Sarrive (PDF, 7 pages) ---
    ("figure", "Combien d'établissements employeurs l'ESS compte-t-elle en Sarrive au 31 décembre 2024 ?", ["1 482"], [P], [1, 2], []),
    ("figure", "Combien de salariés travaillent dans l'économie sociale et solidaire en Sarrive ?", ["14 260"], [P], [1, 2], []),
    ("followup", "Et en 2022 ?", ["13 890"], [P], [2], ["Combien de salariés travaillent dans l'économie sociale et solidaire en Sarrive ?"]),
    ("figure", "Quelle part de l'emploi salarié du département l'ESS représente-t-elle ?", ["11,8 %"], [P], [1, 2], []),
    ("figure", "Quel est le poids de l'ESS dans l'emploi salarié à l'échelle de la région Arvénie ?", ["10,6 %"], [P], [1, 2], []),
    ("figure", "Combien de salariés l'ESS emploie-t-elle dans toute la région Arvénie ?", ["131 500"], [P], [2], []),
    ("figure", "Quelle est la masse salariale brute versée par les employeurs de l'ESS en Sarrive en 2024 ?", ["412 millions"], [P], [2], []),
    ("followup", "et deux ans plus tôt ?", ["381 millions"], [P], [2], ["Quelle est la masse salariale brute versée par les employeurs de l'ESS en Sarrive en 2024 ?"]),
    ("figure", "De combien l'emploi dans l'ESS sarrivaise a-t-il progressé entre 2022 et 2024 ?", ["2,7 %"], [P], [1, 2], []),
    ("paraphrase", "Combien de postes l'ESS du département a-t-elle gagnés en deux ans ?", ["370"], [P], [2], []),
    ("figure", "Combien d'équivalents temps plein représentent les emplois de l'ESS en Sarrive ?", ["12 870"], [P], [2], []),
    ("table", "Combien de salariés travaillent dans les mutuelles en Sarrive ?", ["1 120"], [P], [2], []),
    ("table", "Combien d'établissements associatifs employeurs y a-t-il dans le département ?", ["1 238"], [P], [2], []),
    ("table", "Quelle part de l'emploi de l'ESS les coopératives représentent-elles en Sarrive ?", ["13,6 %"], [P], [2], []),
    ("yesno", "Les sociétés commerciales agréées ESUS sont-elles comptées dans le tableau par famille juridique ?", ["ne sont pas incluses"], [P], [2], []),
    ("figure", "Quelle est la taille moyenne des établissements de l'ESS en Sarrive ?", ["9,6 salariés"], [P], [2], []),
    ("table", "Combien de salariés compte l'ESS dans l'hébergement médico-social et social ?", ["2 310"], [P], [3], []),
    ("table", "Quel est le poids de l'ESS dans le secteur des sports et loisirs ?", ["44,1 %"], [P], [3], []),
    ("casual", "combien de salaries ess dans l'enseignement en sarrive", ["1 650"], [P], [3], []),
    ("paraphrase", "Dans le commerce, l'industrie et le BTP, l'ESS pèse combien en emplois ?", ["3,9 %"], [P], [3], []),
    ("table", "Combien de salariés l'ESS compte-t-elle dans la communauté de communes des Coteaux de Brévanne ?", ["1 930"], [P], [4], []),
    ("followup", "Et combien d'établissements ?", ["214"], [P], [4], ["Combien de salariés l'ESS compte-t-elle dans la communauté de communes des Coteaux de Brévanne ?"]),
    ("figure", "Quelle intercommunalité de la Sarrive a la part d'ESS la plus élevée dans l'emploi salarié ?", ["Haut-Sarrivois", "14,6 %"], [P], [4], []),
    ("table", "Quelle est la part de l'ESS dans l'emploi salarié de la CC Plaine d'Aulnes ?", ["10,2 %"], [P], [4], []),
    ("figure", "Quelle proportion des salariés de l'ESS départementale se trouve dans l'agglomération de Monterrac ?", ["45,4 %"], [P], [4], []),
    ("person", "Quel est le premier employeur privé du Haut-Sarrivois ?", ["EHPAD des Genêts"], [P], [4], []),
    ("figure", "Combien de salariés emploie la coopérative laitière Vérac Montagne ?", ["310 salariés"], [P], [4], []),
    ("figure", "Combien de SCOP la Sarrive compte-t-elle en 2024 ?", ["41 SCOP"], [P], [5], []),
    ("followup", "Et combien de SCIC en 2022 ?", ["11 SCIC"], [P], [5], ["Combien de SCOP la Sarrive compte-t-elle en 2024 ?"]),
    ("figure", "Combien d'entrepreneurs-salariés la CAE Sarrive Entreprendre accompagne-t-elle ?", ["186"], [P], [5], []),
    ("figure", "Quelle est la proportion de femmes parmi les salariés de l'ESS en Sarrive ?", ["68,2 %"], [P], [5], []),
    ("paraphrase", "Les femmes dirigent quelle fraction des établissements de l'ESS ?", ["41 %"], [P], [5], []),
    ("figure", "Combien de départs à la retraite sont attendus d'ici 2030 dans l'ESS sarrivaise ?", ["3 100"], [P], [5], []),
    ("english", "What share of social economy employees in Sarrive are aged 50 or over?", ["31,5 %"], [P], [5], []),
    ("casual", "part des moins de 26 ans chez les salaries de l'ess ?", ["8,3 %"], [P], [5], []),
    ("figure", "Combien d'heures d'insertion les clauses sociales des marchés publics ont-elles représenté en 2024 ?", ["214 000"], [P], [5], []),
    ("list", "Quels sont les enjeux prioritaires identifiés pour l'ESS en Sarrive ?", ["attractivité des métiers", "transmission des entreprises"], [P], [6], []),
    ("figure", "Quelle part des employeurs interrogés déclarent des difficultés de recrutement dans le soin ?", ["62 %"], [P], [6], []),
    ("list", "Quels sont les PTCE actifs en Sarrive ?", ["Brévanne Coopère", "Rouvelle en commun"], [P], [6], []),
    ("definition", "Qu'est-ce qu'un pôle territorial de coopération économique ?", ["stratégie commune et continue"], [P], [6], []),
    ("definition", "C'est quoi l'agrément ESUS ?", ["épargne salariale solidaire"], [P], [6], []),
    ("figure", "Pour quelle durée l'agrément ESUS est-il accordé ?", ["cinq ans"], [P], [6], []),
    ("definition", "Quelle loi définit l'économie sociale et solidaire ?", ["31 juillet 2014"], [P], [6], []),
    ("person", "Qui préside la CRESS Arvénie ?", ["Bertrand Maillefer"], [P], [1], []),
    ("person", "Qui est la directrice de la publication du panorama ?", ["Sylvie Marcadet"], [P], [7], []),
    ("person", "Qui a réalisé le traitement statistique du panorama ?", ["Nadège Perrochon"], [P], [7], []),
    ("figure", "Quel nombre de salariés pour 2022 avait été publié dans le panorama précédent ?", ["13 640"], [P], [7], []),
    ("date", "Quand le panorama précédent a-t-il été publié ?", ["mai 2023"], [P], [7], []),
    ("figure", "Auprès de combien de structures les entretiens du volet qualitatif ont-ils été conduits ?", ["43 structures"], [P], [7], []),
    ("english", "Which data source is used for the employment figures in the Sarrive panorama?", ["Flores"], [P], [7], []),

    # --- Convention pluriannuelle Département / La Ressourcerie des Coteaux (PDF, 3 pages) ---
    ("figure", "Quel est le montant de la subvention 2025 du Département à La Ressourcerie des Coteaux ?", ["48 500"], [C], [2], []),
    ("figure", "À combien est évalué le coût total éligible du programme en 2025 ?", ["396 000"], [C], [2], []),
    ("figure", "Quel montant total le Département prévoit-il sur toute la durée de la convention ?", ["145 500"], [C], [2], []),
    ("paraphrase", "Le Département finance quelle proportion du budget de l'action de la ressourcerie ?", ["12,2 %"], [C], [2], []),
    ("date", "Quelle période la convention couvre-t-elle ?", ["1er janvier 2025", "31 décembre 2027"], [C], [1], []),
    ("table", "Quel est le montant de l'acompte de 30 % prévu en 2025 ?", ["14 550"], [C], [2], []),
    ("table", "Quand le solde de la subvention 2025 doit-il être versé au plus tard ?", ["30 juin 2026"], [C], [2], []),
    ("table", "Combien représente l'avance versée à la notification de la convention ?", ["29 100"], [C], [2], []),
    ("table", "À quelle date l'acompte est-il versé ?", ["30 septembre 2025"], [C], [2], []),
    ("person", "Qui signe la convention pour le Département de la Sarrive ?", ["Hélène Castagnède"], [C], [1, 3], []),
    ("person", "Qui préside l'association La Ressourcerie des Coteaux ?", ["Olivier Brassac"], [C], [1, 3], []),
    ("person", "Qui assure le suivi de la convention pour le Département ?", ["Aurélie Ternant"], [C], [3], []),
    ("date", "À quelle date la Commission permanente a-t-elle habilité la présidente à signer ?", ["7 avril 2025"], [C], [1], []),
    ("date", "Quand la convention a-t-elle été signée ?", ["22 avril 2025"], [C], [3], []),
    ("figure", "Combien de salariés en parcours d'insertion l'association doit-elle accueillir chaque année ?", ["24 salariés"], [C], [2], []),
    ("followup", "ça correspond à combien d'ETP ?", ["16 équivalents temps plein"], [C], [2], ["Combien de salariés en parcours d'insertion l'association doit-elle accueillir chaque année ?"]),
    ("figure", "Quel taux de sorties dynamiques la ressourcerie doit-elle atteindre ?", ["55 %"], [C], [2], []),
    ("casual", "combien de tonnes doit collecter la ressourcerie par an", ["310 tonnes"], [C], [2], []),
    ("figure", "Quelle part des places doit être réservée aux allocataires du RSA orientés par le Département ?", ["40 %"], [C], [2], []),
    ("figure", "Quel est le montant de l'aide au poste de l'État dans le plan de financement 2025 ?", ["231 000"], [C], [2], []),
    ("figure", "Combien la communauté de communes des Coteaux de Brévanne apporte-t-elle au programme en 2025 ?", ["20 000"], [C], [2], []),
    ("yesno", "Le Département peut-il demander le remboursement des sommes versées si la convention est résiliée ?", ["reversement de tout ou partie"], [C], [3], []),
    ("figure", "Quel délai s'applique avant la résiliation de plein droit de la convention ?", ["deux mois"], [C], [3], []),
    ("date", "Dans quel délai l'association doit-elle remettre son compte rendu financier ?", ["six mois"], [C], [3], []),
    ("english", "Which court handles disputes about the grant agreement with the Ressourcerie?", ["tribunal administratif de Monterrac"], [C], [3], []),
    ("date", "Depuis quand La Ressourcerie des Coteaux est-elle déclarée en préfecture ?", ["3 octobre 2011"], [C], [1], []),
    ("date", "Quand le Programme départemental d'insertion 2024-2028 a-t-il été adopté ?", ["14 décembre 2023"], [C], [1], []),

    # --- Page web : appel à projets « Coteaux solidaires » 2025 (HTML) ---
    ("figure", "Quelle est l'enveloppe globale de l'appel à projets Coteaux solidaires 2025 ?", ["90 000"], [H], [], []),
    ("followup", "Et l'an dernier ?", ["75 000"], [H], [], ["Quelle est l'enveloppe globale de l'appel à projets Coteaux solidaires 2025 ?"]),
    ("figure", "Quel est le montant maximal de subvention par projet dans Coteaux solidaires ?", ["12 000"], [H], [], []),
    ("figure", "Quel plafond s'applique à un projet mené dans une commune de moins de 800 habitants ?", ["14 000"], [H], [], []),
    ("figure", "Quel autofinancement minimal est demandé aux porteurs de projet de l'appel à projets des Coteaux ?", ["10 %"], [H], [], []),
    ("date", "Quelle est la date limite de dépôt des dossiers pour Coteaux solidaires 2025 ?", ["4 avril 2025"], [H], [], []),
    ("table", "Quand se réunit le comité de sélection de l'appel à projets ?", ["15 mai 2025"], [H], [], []),
    ("table", "Quand a lieu la réunion d'information sur l'appel à projets Coteaux solidaires ?", ["18 février 2025"], [H], [], []),
    ("table", "Quand le conseil communautaire votera-t-il les subventions Coteaux solidaires ?", ["26 juin 2025"], [H], [], []),
    ("yesno", "Les associations peuvent-elles candidater à l'appel à projets Coteaux solidaires ?", ["déclarées depuis au moins un an"], [H], [], []),
    ("yesno", "Une commune peut-elle déposer un dossier à Coteaux solidaires ?", ["ne sont pas éligibles"], [H], [], []),
    ("english", "Can a commercial company without ESUS approval apply to the Coteaux solidaires call?", ["non agréées ESUS ne sont pas éligibles"], [H], [], []),
    ("list", "Quels sont les critères de sélection des projets Coteaux solidaires ?", ["utilité sociale", "viabilité économique"], [H], [], []),
    ("table", "Combien de points compte le critère de gouvernance démocratique ?", ["20 points"], [H], [], []),
    ("list", "Quelles sont les thématiques retenues pour l'édition 2025 de Coteaux solidaires ?", ["mobilité solidaire", "inclusion numérique"], [H], [], []),
    ("person", "Qui est la chargée de mission à contacter pour monter un dossier Coteaux solidaires ?", ["Lucie Berthomieu"], [H], [], []),
    ("figure", "Combien de projets ont été retenus lors de l'édition 2024 de Coteaux solidaires ?", ["14 projets"], [H], [], []),
    ("followup", "pour quel montant au total ?", ["71 200"], [H], [], ["Combien de projets ont été retenus lors de l'édition 2024 de Coteaux solidaires ?"]),
    ("date", "Quand aura lieu le forum de l'ESS des Coteaux ?", ["8 novembre 2025"], [H, M], [], []),
    ("english", "How many municipalities make up the Coteaux de Brévanne community of communes?", ["23 communes"], [H], [], []),
    ("person", "Qui est le vice-président chargé de l'ESS à la communauté de communes des Coteaux de Brévanne ?", ["Thierry Vaudran"], [H, M], [], []),
    ("casual", "jusqu'a quand le projet coteaux solidaires doit demarrer", ["31 décembre 2025"], [H], [], []),
    ("figure", "Quelle est la durée maximale d'un projet financé par Coteaux solidaires ?", ["dix-huit mois"], [H], [], []),
    ("paraphrase", "Est-ce qu'on peut envoyer sa candidature Coteaux solidaires par la poste ?", ["Aucun dossier papier"], [H], [], []),
    ("yesno", "Les salaires du personnel déjà en poste sont-ils finançables par Coteaux solidaires ?", ["dépenses de personnel permanent"], [H], [], []),
    ("person", "Qui a pris la photo de l'épicerie solidaire de Lestrac ?", ["Marion Lefeuvre"], [H], [], []),

    # --- Compte rendu du comité de pilotage du PTCE Brévanne Coopère (Markdown) ---
    ("date", "Quand s'est tenu le comité de pilotage du PTCE Brévanne Coopère ?", ["13 mars 2025"], [M], [], []),
    ("person", "Qui a présidé la séance du comité de pilotage du PTCE ?", ["Thierry Vaudran"], [M], [], []),
    ("person", "Qui est la coordinatrice du PTCE Brévanne Coopère ?", ["Manon Achard"], [M], [], []),
    ("person", "Qui dirige la SCIC Les Champs Partagés ?", ["Sabrina Kettani"], [M], [], []),
    ("figure", "Combien de structures membres compte le PTCE Brévanne Coopère ?", ["27 structures"], [M], [], []),
    ("followup", "Et fin 2023 ?", ["22 fin 2023"], [M], [], ["Combien de structures membres compte le PTCE Brévanne Coopère ?"]),
    ("figure", "Quel est le coût de l'étude de faisabilité de la légumerie solidaire ?", ["18 000"], [M], [], []),
    ("figure", "Quelle capacité est envisagée pour la légumerie solidaire ?", ["40 tonnes"], [M], [], []),
    ("figure", "Combien d'emplois en insertion la légumerie pourrait-elle créer ?", ["6 postes en insertion"], [M], [], []),
    ("table", "Combien coûte la coordination du PTCE en 2025 ?", ["52 000"], [M], [], []),
    ("figure", "À combien s'élève le budget prévisionnel 2025 du PTCE ?", ["83 500"], [M], [], []),
    ("followup", "et en 2024 ?", ["61 000"], [M], [], ["À combien s'élève le budget prévisionnel 2025 du PTCE ?"]),
    ("figure", "Quel est le montant de la cotisation au PTCE pour une structure de moins de 10 salariés ?", ["150 euros"], [M], [], []),
    ("list", "Quelles décisions le comité de pilotage du 13 mars 2025 a-t-il prises ?", ["étude de faisabilité", "mobilité solidaire"], [M], [], []),
    ("date", "Quand aura lieu la prochaine réunion du comité de pilotage du PTCE ?", ["19 juin 2025"], [M], [], []),
    ("yesno", "Le budget 2025 du PTCE a-t-il été adopté à l'unanimité ?", ["unanimité moins une abstention"], [M], [], []),
    ("person", "Qui s'est abstenu lors du vote du budget du PTCE ?", ["Hugo Lemasson"], [M], [], []),
    ("casual", "qui anime le groupe de travail mobilite du ptce ?", ["Lucie Berthomieu"], [M], [], []),
    ("figure", "Combien d'euros la mutualisation du véhicule utilitaire a-t-elle permis d'économiser ?", ["11 000"], [M], [], []),
    ("english", "Who was excused from the PTCE steering committee meeting?", ["Pascale Ibarra", "Gérard Lassalle"], [M], [], []),
    ("paraphrase", "Quel bâtiment le maire de Vauclergues propose-t-il de prêter pendant l'étude ?", ["ancienne gare"], [M], [], []),
    ("figure", "Quelle part de l'étude de la légumerie le Département pourrait-il financer ?", ["50 %"], [M], [], []),
    ("date", "Quand les conclusions de l'étude de faisabilité sont-elles attendues ?", ["septembre 2025"], [M], [], []),
    ("figure", "Combien de participants ont réuni les rencontres inter-structures du PTCE en 2024 ?", ["148"], [M], [], []),
    ("person", "Quel cabinet réalise l'étude de faisabilité de la légumerie ?", ["Terres Communes Conseil"], [M], [], []),

    # --- FAQ Pass'ESS Sarrive (texte brut) ---
    ("definition", "Qu'est-ce que le Pass'ESS Sarrive ?", ["aide financière forfaitaire"], [T], [], []),
    ("figure", "Quel est le montant du Pass'ESS Emploi par poste créé ?", ["8 000 euros"], [T], [], []),
    ("followup", "Et si la personne recrutée a moins de 26 ans ?", ["10 000 euros"], [T], [], ["Quel est le montant du Pass'ESS Emploi par poste créé ?"]),
    ("figure", "Quel est le montant du Pass'ESS Amorçage ?", ["5 000 euros"], [T], [], []),
    ("figure", "Quel est le budget du Pass'ESS en 2025 ?", ["640 000"], [T], [], []),
    ("figure", "Combien de postes le Pass'ESS Emploi a-t-il aidés en 2024 ?", ["71 postes"], [T], [], []),
    ("followup", "et en 2023 ?", ["58 en 2023"], [T], [], ["Combien de postes le Pass'ESS Emploi a-t-il aidés en 2024 ?"]),
    ("yesno", "Les CDD sont-ils éligibles au Pass'ESS ?", ["Seuls les contrats à durée indéterminée"], [T], [], []),
    ("yesno", "Une association qui n'a encore aucun salarié peut-elle demander le Pass'ESS ?", ["seulement au titre du volet Amorçage"], [T], [], []),
    ("yesno", "Les micro-entrepreneurs peuvent-ils bénéficier du Pass'ESS ?", ["ne sont pas éligibles"], [T], [], []),
    ("figure", "Pour combien de postes au maximum une structure peut-elle obtenir le Pass'ESS chaque année ?", ["deux postes"], [T], [], []),
    ("figure", "Quelle durée hebdomadaire minimale faut-il pour un poste à temps partiel aidé par le Pass'ESS ?", ["24 heures"], [T], [], []),
    ("yesno", "Le Pass'ESS est-il cumulable avec les aides de l'État ?", ["80 %"], [T], [], []),
    ("date", "Dans quel délai après l'embauche faut-il déposer la demande de Pass'ESS ?", ["trois mois"], [T], [], []),
    ("figure", "Combien de temps dure l'instruction d'une demande de Pass'ESS ?", ["huit semaines"], [T], [], []),
    ("paraphrase", "L'argent du Pass'ESS arrive-t-il en une seule fois ?", ["en deux fois"], [T], [], []),
    ("person", "Qui contacter au Département pour une question sur le Pass'ESS ?", ["Julien Morvandiau"], [T], [], []),
    ("date", "Quand le règlement d'intervention du Pass'ESS a-t-il été adopté ?", ["12 décembre 2024"], [T], [], []),
    ("casual", "cest quoi le pass ess amorcage", ["premier recrutement"], [T], [], []),
    ("english", "Can a SCIC cooperative benefit from the Pass'ESS?", ["SCOP, SCIC, CAE"], [T], [], []),
    ("date", "De quand date la version actuelle de la FAQ du Pass'ESS ?", ["10 janvier 2025"], [T], [], []),
    ("paraphrase", "Que se passe-t-il si le salarié aidé par le Pass'ESS démissionne au bout de six mois ?", ["recruter un remplaçant"], [T], [], []),

    # --- Questions sans réponse dans les documents ---
    ("unanswerable-near-miss", "Combien de salariés l'ESS comptait-elle en Sarrive en 2019 ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien d'établissements de l'ESS la région Arvénie comptait-elle en 2022 ?", [], [], [], []),
    ("unanswerable-near-miss", "Quelle est la part de l'ESS dans l'emploi de la communauté de communes du Val de Lornay ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien de bénévoles s'engagent dans les associations de la Sarrive ?", [], [], [], []),
    ("unanswerable-near-miss", "Quel est le salaire moyen d'un salarié de l'ESS en Sarrive ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien de SCOP compte la région Arvénie ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien de SCIC y avait-il en Sarrive en 2020 ?", [], [], [], []),
    ("unanswerable-near-miss", "Quelle part des salariés de l'ESS travaille à temps partiel à l'échelle de la région Arvénie ?", [], [], [], []),
    ("unanswerable-near-miss", "Quel est le numéro de téléphone de Nadège Perrochon ?", [], [], [], []),
    ("unanswerable-near-miss", "When will the next edition of the Sarrive social economy panorama be published?", [], [], [], []),
    ("unanswerable-near-miss", "Qui est le trésorier de La Ressourcerie des Coteaux ?", [], [], [], []),
    ("unanswerable-near-miss", "Quel montant le Département a-t-il versé à La Ressourcerie des Coteaux en 2024 ?", [], [], [], []),
    ("unanswerable-near-miss", "Quel taux de sorties dynamiques La Ressourcerie des Coteaux a-t-elle atteint en 2024 ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien de salariés compte La Ressourcerie des Coteaux au total, encadrants compris ?", [], [], [], []),
    ("unanswerable-near-miss", "Qui dirige la Direction de l'insertion et de l'économie solidaire du Département ?", [], [], [], []),
    ("unanswerable-near-miss", "Quelle était la date limite de dépôt des dossiers pour l'édition 2024 de Coteaux solidaires ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien de dossiers avaient été déposés en 2023 pour l'appel à projets Coteaux solidaires ?", [], [], [], []),
    ("unanswerable-near-miss", "Quelle note minimale un projet doit-il obtenir pour être retenu dans Coteaux solidaires ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien de dossiers ont été déposés pour l'édition 2025 de Coteaux solidaires ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien coûtera la construction de la légumerie solidaire ?", [], [], [], []),
    ("unanswerable-near-miss", "Quel est le montant de la contribution des collectivités membres du PTCE Brévanne Coopère ?", [], [], [], []),
    ("unanswerable-near-miss", "Qui dirige la Mission locale des Coteaux ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien d'habitants compte la commune de Vauclergues ?", [], [], [], []),
    ("unanswerable-near-miss", "Quand se tiendra le comité de pilotage du PTCE prévu à l'automne 2025 ?", [], [], [], []),
    ("unanswerable-near-miss", "Quel est le budget du Pass'ESS pour 2024 ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien de structures ont bénéficié du Pass'ESS Amorçage en 2024 ?", [], [], [], []),
    ("unanswerable-near-miss", "What was the total budget of the Département de la Sarrive in 2025?", [], [], [], []),
    ("unanswerable-near-miss", "combien d'emplois ess dans la region en 2022", [], [], [], []),
    ("unanswerable-near-miss", "Et dans le Pays de Rouvelle ?", [], [], [], ["Combien de SCOP la Sarrive compte-t-elle en 2024 ?"]),
    ("unanswerable-near-miss", "Et combien de ces postes ont été créés dans les Coteaux de Brévanne ?", [], [], [], ["Combien de postes le Pass'ESS Emploi a-t-il aidés en 2024 ?"]),
    ("unanswerable-near-miss", "Et quel est son numéro de téléphone ?", [], [], [], ["Qui est la coordinatrice du PTCE Brévanne Coopère ?"]),
    ("unanswerable-near-miss", "Qui est le maire de Lestrac ?", [], [], [], []),
    ("unanswerable-near-miss", "Quelle part de l'emploi salarié l'ESS représentait-elle en Sarrive en 2022 ?", [], [], [], []),
    ("unanswerable-near-miss", "Combien d'établissements de l'ESS la communauté de communes des Coteaux de Brévanne comptait-elle en 2022 ?", [], [], [], []),
    ("unanswerable-near-miss", "Quel montant l'épicerie solidaire de Lestrac a-t-elle reçu lors de l'édition 2024 de Coteaux solidaires ?", [], [], [], []),
    ("unanswerable-near-miss", "Qui préside la SCIC Bâti'Coteaux ?", [], [], [], []),
    ("unanswerable-off-topic", "Quelle météo est prévue à Monterrac ce week-end ?", [], [], [], []),
    ("unanswerable-off-topic", "Peux-tu me donner une recette de tarte aux pommes ?", [], [], [], []),
]


# ---------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------


class _TextOfPage(HTMLParser):
    """Visible text of an HTML page (scripts and styles left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "template"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def pdf_pages_text(path: Path) -> list[str]:
    pages = []
    for page in PdfReader(str(path)).pages:
        text = page.extract_text() or ""
        text = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1\2", text)  # join words cut at a line end
        pages.append(normalise(text))
    return pages


def source_text(name: str, pdf_cache: dict[str, list[str]]) -> str | list[str]:
    path = CORPUS / name
    if name.endswith(".pdf"):
        if name not in pdf_cache:
            pdf_cache[name] = pdf_pages_text(path)
        return pdf_cache[name]
    raw = path.read_text(encoding="utf-8")
    if name.endswith(".html"):
        parser = _TextOfPage()
        parser.feed(raw)
        parser.close()
        return normalise(" ".join(parser.parts))
    return normalise(raw)


def build_questions() -> list[dict]:
    rows = []
    for i, (_kind, question, facts, sources, pages, history) in enumerate(QUESTIONS_DATA, 1):
        rows.append({
            "id": f"fresh12-eval-{i:03d}",
            "question": question,
            "facts": facts,
            "sources": sources,
            "answerable": bool(facts),
            "history": history,
            "pages": pages,
        })
    return rows


def verify(rows: list[dict]) -> list[str]:
    errors: list[str] = []
    keys = ["id", "question", "facts", "sources", "answerable", "history", "pages"]
    if len(rows) < 110:
        errors.append(f"{len(rows)} questions seulement (110 au moins attendues)")
    ids = Counter(r["id"] for r in rows)
    errors += [f"identifiant en double : {i}" for i, n in ids.items() if n > 1]
    texts = Counter((tuple(r["history"]), r["question"]) for r in rows)
    errors += [f"question en double : {q[1]}" for q, n in texts.items() if n > 1]
    documents = {p.name for p in CORPUS.iterdir()}
    cache: dict[str, list[str]] = {}
    for r in rows:
        rid = r["id"]
        if list(r) != keys:
            errors.append(f"{rid} : clés inattendues {list(r)}")
        if not all(isinstance(h, str) and h for h in r["history"]):
            errors.append(f"{rid} : historique mal formé")
        if not r["answerable"]:
            if r["facts"] or r["sources"] or r["pages"]:
                errors.append(f"{rid} : question sans réponse avec faits, sources ou pages")
            continue
        if not r["facts"] or not r["sources"]:
            errors.append(f"{rid} : question avec réponse sans fait ou sans source")
            continue
        if any(s.endswith(".pdf") for s in r["sources"]) and not r["pages"]:
            errors.append(f"{rid} : source PDF sans page déclarée")
        if not any(s.endswith(".pdf") for s in r["sources"]) and r["pages"]:
            errors.append(f"{rid} : pages déclarées pour une source qui n'est pas un PDF")
        for name in r["sources"]:
            if name not in documents:
                errors.append(f"{rid} : source inconnue {name}")
                continue
            text = source_text(name, cache)
            if isinstance(text, list):
                bad = [p for p in r["pages"] if not 1 <= p <= len(text)]
                if bad:
                    errors.append(f"{rid} : pages hors du document {name} : {bad}")
                    continue
                errors += [
                    f"{rid} : la page {p} de {name} ne contient aucun des faits déclarés"
                    for p in r["pages"]
                    if not any(normalise(f) in text[p - 1] for f in r["facts"])
                ]
                text = " ".join(text[p - 1] for p in r["pages"])
            for fact in r["facts"]:
                if normalise(fact) not in text:
                    where = f" pages {r['pages']}" if name.endswith(".pdf") else ""
                    errors.append(f"{rid} : le fait « {fact} » est absent de {name}{where}")
    return errors


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main() -> None:
    CORPUS.mkdir(parents=True, exist_ok=True)
    build_panorama(CORPUS / PANORAMA)
    build_convention(CORPUS / CONVENTION)
    (CORPUS / AAP).write_text(AAP_HTML, encoding="utf-8")
    (CORPUS / COPIL).write_text(COPIL_MD, encoding="utf-8")
    (CORPUS / FAQ).write_text(FAQ_TXT, encoding="utf-8")

    expected = {PANORAMA, CONVENTION, AAP, COPIL, FAQ}
    stray = sorted(p.name for p in CORPUS.iterdir() if p.name not in expected)
    if stray:
        fail(f"fichiers inattendus dans {CORPUS} : {stray}")
    for name, pages in ((PANORAMA, 7), (CONVENTION, 3)):
        n = len(PdfReader(str(CORPUS / name)).pages)
        if n != pages:
            fail(f"{name} : {n} pages au lieu de {pages}")

    rows = build_questions()
    with QUESTIONS.open("w", encoding="utf-8", newline="\n") as out:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")

    errors = verify(rows)
    if errors:
        for e in errors:
            print(f"ERREUR : {e}", file=sys.stderr)
        print(f"{len(errors)} erreur(s) : jeu d'évaluation non valide.", file=sys.stderr)
        sys.exit(1)

    kinds = Counter(k for k, *_ in QUESTIONS_DATA)
    per_source = Counter(s for r in rows for s in r["sources"])
    unanswerable = sum(1 for r in rows if not r["answerable"])
    print(f"{len(rows)} questions, dont {unanswerable} sans réponse "
          f"({100 * unanswerable / len(rows):.1f} %), {sum(1 for r in rows if r['history'])} avec historique")
    print("Par type : " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    print("Par source : " + ", ".join(f"{k} {n}" for k, n in sorted(per_source.items())))
    for path in [*sorted(CORPUS.iterdir()), QUESTIONS]:
        print(f"{sha256(path)}  {path.relative_to(HERE.parent.parent)}")
    print("Vérification réussie : tous les faits figurent dans leurs sources.")


if __name__ == "__main__":
    main()
