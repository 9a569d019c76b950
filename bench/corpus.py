"""A deterministic synthetic French ESS corpus, sized in chunks, with questions it can answer.

Each file is a "diagnostic territorial" of one territory: a title line, then sections made of a
heading and one paragraph of four to six sentences (about 500 to 800 characters). The chunker
keeps a heading with its paragraph and never crosses a section, so one section is one chunk and
a corpus of N chunks is N / SECTIONS_PER_FILE files. The same seed gives the same bytes, and the
corpus of a smaller size is a prefix of the larger one.
"""

from __future__ import annotations

import random
from pathlib import Path

SECTIONS_PER_FILE = 50
SEED = 20240601

TERRITORIES = [
    "Pas-de-Calais", "Seine-Saint-Denis", "Gironde", "Ille-et-Vilaine", "Loire-Atlantique",
    "Bouches-du-Rhône", "Nord", "Rhône", "Haute-Garonne", "Hérault", "Isère", "Bas-Rhin",
    "Finistère", "Puy-de-Dôme", "Meurthe-et-Moselle", "Val-de-Marne", "Essonne", "Somme",
    "Drôme", "Ardèche", "Creuse", "Corrèze", "Vienne", "Sarthe", "Morbihan", "Manche",
    "Calvados", "Marne", "Aude", "Gard", "Vaucluse", "Var", "Savoie", "Doubs", "Jura", "Ain",
]
CITIES = [
    "Lille", "Roubaix", "Arras", "Lens", "Montreuil", "Bobigny", "Bordeaux", "Rennes", "Nantes",
    "Marseille", "Lyon", "Toulouse", "Montpellier", "Grenoble", "Strasbourg", "Brest",
    "Clermont-Ferrand", "Nancy", "Créteil", "Évry", "Amiens", "Valence", "Privas", "Guéret",
    "Tulle", "Poitiers", "Le Mans", "Vannes", "Saint-Lô", "Caen", "Reims", "Carcassonne", "Nîmes",
    "Avignon", "Toulon", "Chambéry", "Besançon", "Lons-le-Saunier", "Bourg-en-Bresse",
]
STRUCTURES = [
    "coopératives", "associations", "mutuelles", "fondations", "SCOP", "SCIC",
    "entreprises d'insertion", "ressourceries", "régies de quartier", "entreprises adaptées",
    "épiceries solidaires", "tiers-lieux", "ateliers et chantiers d'insertion",
    "coopératives d'activité et d'emploi", "structures d'aide à domicile",
]
THEMES = [
    "l'insertion par l'activité économique", "les circuits courts alimentaires",
    "la mobilité solidaire", "le réemploi et la réparation", "l'habitat participatif",
    "la finance solidaire", "l'aide à domicile", "la transition énergétique citoyenne",
    "l'accueil de la petite enfance", "le commerce équitable",
    "la culture et l'éducation populaire",
    "le sport associatif", "la santé de proximité", "l'agriculture biologique",
    "le numérique inclusif", "le tourisme social",
]
ACTORS = [
    "la CRESS", "le Département", "la Région", "la métropole", "l'intercommunalité",
    "la préfecture", "France Active", "le réseau RTES", "la chambre d'agriculture",
    "Pôle emploi", "la Banque des Territoires", "l'ADEME", "la CAF",
]
FIRST = ["Claire", "Mohamed", "Sophie", "Jean", "Fatou", "Luc", "Nadia", "Pierre", "Inès",
         "Marc", "Élodie", "Karim", "Hélène", "Thomas", "Aïcha", "Julien"]
LAST = ["Martin", "Bernard", "Dubois", "Lefebvre", "Moreau", "Garnier", "Benali", "Rousseau",
        "Fontaine", "Chevalier", "Diallo", "Lambert", "Girard", "Mercier", "Roux", "Faure"]
HEADINGS = [
    "Emploi et établissements", "Financements publics", "Gouvernance et partenaires",
    "Innovation sociale", "Diagnostic des besoins", "Plan d'action", "Chiffres clés",
    "Accompagnement des porteurs de projet", "Commande publique responsable",
    "Formation et compétences", "Bilan de l'année", "Perspectives",
]

SENTENCES = [
    "En {year}, l'ESS représente {pct} % de l'emploi salarié privé à {city}, soit {jobs} emplois.",
    "Le territoire compte {n} établissements employeurs de l'ESS, dont {m} {structure}.",
    "{actor} consacre {money} millions d'euros par an au soutien de {theme}.",
    "Depuis {year}, {person} préside le collectif des {structure} de {city}.",
    "Les {structure} du {territory} ont créé {n} emplois nets entre {year} et {year2}.",
    "Le programme de {city} en faveur de {theme} a accompagné {n} porteurs de projet en {year}.",
    "Selon {actor}, {pct} % des salariés de l'ESS du {territory} sont des femmes.",
    "La part des {structure} dans l'emploi de l'ESS atteint {pct} % à {city} en {year}.",
    "Un fonds territorial de {money} millions d'euros finance {theme} depuis {year}.",
    "{person}, directrice du pôle ESS de {city}, rappelle que {theme} reste une priorité.",
    "Les besoins portent surtout sur {theme} et sur {theme2}, d'après le diagnostic de {year}.",
    "La convention signée en {year} entre {actor} et {actor2} couvre {theme}.",
    "Les {structure} de {city} réalisent un chiffre d'affaires de {money} millions d'euros.",
    "Le taux d'emploi des jeunes dans les {structure} du {territory} est de {pct} % en {year}.",
]


def _fill(template: str, rng: random.Random, territory: str, city: str) -> str:
    year = rng.randint(2008, 2023)
    return template.format(
        year=year, year2=year + rng.randint(1, 5), city=city, territory=territory,
        pct=f"{rng.randint(5, 45)},{rng.randint(0, 9)}",
        jobs=f"{rng.randint(1, 99)} {rng.randint(100, 999)}",
        n=rng.randint(12, 2400), m=rng.randint(3, 400),
        money=f"{rng.randint(1, 80)},{rng.randint(1, 9)}",
        structure=rng.choice(STRUCTURES), theme=rng.choice(THEMES), theme2=rng.choice(THEMES),
        actor=rng.choice(ACTORS).capitalize() if template.startswith("{actor}") else
        rng.choice(ACTORS), actor2=rng.choice(ACTORS),
        person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
    )


def file_text(index: int) -> tuple[str, str, str]:
    """The text of file ``index`` with its territory and city; depends only on the seed."""
    rng = random.Random(SEED * 1_000_003 + index)
    territory, city = rng.choice(TERRITORIES), rng.choice(CITIES)
    title = f"Diagnostic ESS n° {index} : {city} ({territory})"
    parts = [title, ""]
    for section in range(SECTIONS_PER_FILE):
        heading = f"{rng.choice(HEADINGS)} {section + 1}"
        sentences = [_fill(rng.choice(SENTENCES), rng, territory, city)
                     for _ in range(rng.randint(4, 6))]
        parts += [heading, "", " ".join(sentences), ""]
    return "\n".join(parts), territory, city


def write_corpus(folder: Path, chunks: int) -> int:
    """Write the corpus of about ``chunks`` chunks into ``folder``; returns the file count."""
    folder.mkdir(parents=True, exist_ok=True)
    files = max(1, round(chunks / SECTIONS_PER_FILE))
    for index in range(files):
        path = folder / f"diagnostic-{index:05d}.txt"
        if not path.exists():
            path.write_text(file_text(index)[0], encoding="utf-8")
    return files


def questions(files: int, count: int, seed: int = SEED) -> list[str]:
    """Distinct questions in the corpus's vocabulary, so query embeddings are never cached."""
    rng = random.Random(seed)
    forms = [
        "Combien d'emplois l'ESS représente-t-elle à {city} en {year} ?",
        "Quelle part de l'emploi salarié représente l'ESS dans le {territory} ?",
        "Combien d'établissements employeurs de l'ESS compte {city} ?",
        "Qui préside le collectif des {structure} de {city} ?",
        "Quel budget {actor} consacre-t-il à {theme} ?",
        "Quels sont les besoins prioritaires du diagnostic de {city} en {year} ?",
        "Combien de porteurs de projet le programme de {city} a-t-il accompagnés ?",
    ]
    seen: set[str] = set()
    while len(seen) < count:
        _, territory, city = file_text(rng.randrange(files))
        seen.add(rng.choice(forms).format(
            city=city, territory=territory, year=rng.randint(2008, 2023),
            structure=rng.choice(STRUCTURES), actor=rng.choice(ACTORS), theme=rng.choice(THEMES)))
    return sorted(seen, key=lambda text: rng.random())
