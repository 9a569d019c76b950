"""Understanding a question: what kind of answer it expects, what it names, and its follow-ups."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from esschat.french import STOP_WORDS, analyze, fold, stem, unify, words

QUESTION_WORDS = {
    "combien", "quel", "quelle", "quels", "quelles", "qui", "quand", "comment", "pourquoi", "ou",
    "que", "quoi", "lequel", "laquelle", "lesquels", "lesquelles", "est", "what", "how", "who",
    "when", "which", "where", "why", "is", "are", "does", "do", "did", "can", "et", "and", "en",
    "dans", "pour", "selon", "le", "la", "les", "l", "d", "de", "du", "des", "a", "au", "aux",
    "par", "sur", "avec", "the", "in", "of", "for", "give", "donne", "donnez", "cite", "citez",
    "decris", "decrivez", "explique", "expliquez", "parle", "y", "il", "elle", "ils", "elles",
}

# Domain vocabulary, so that English questions and common paraphrases meet the French text.
GLOSSARY: dict[str, str] = {
    "jobs": "emplois", "job": "emploi", "employment": "emploi", "employees": "salariés",
    "employee": "salarié", "workers": "salariés", "staff": "salariés", "positions": "postes",
    "posts": "postes", "establishments": "établissements", "establishment": "établissement",
    "employers": "employeurs", "employer": "employeurs", "organisations": "structures",
    "organizations": "structures", "structures": "structures", "companies": "entreprises",
    "enterprises": "entreprises", "businesses": "entreprises", "cooperatives": "coopératives",
    "cooperative": "coopérative", "co-ops": "coopératives", "associations": "associations",
    "nonprofits": "associations", "foundations": "fondations", "mutuals": "mutuelles",
    "mutual": "mutuelles", "share": "part", "percentage": "pourcentage", "percent": "%",
    "rate": "taux", "growth": "croissance", "creation": "création", "created": "création",
    "budget": "budget", "spending": "consacre", "spends": "consacre", "funding": "financement",
    "financial": "financier", "fund": "financé", "funded": "financés",
    "commitment": "engagement", "million": "millions",
    "millions": "millions", "billion": "milliards", "payroll": "masse salariale",
    "wage": "masse salariale", "salary": "masse salariale", "fte": "ETP",
    "full-time": "ETP", "values": "valeurs", "principles": "valeurs", "objectives": "objectifs",
    "goals": "objectifs", "aims": "objectifs", "priorities": "priorités", "partners": "partenaires",
    "partnership": "partenariat", "agreement": "convention", "strategy": "stratégie",
    "meeting": "réunion", "diagnosis": "diagnostic", "diagnostic": "diagnostic",
    "elected": "élus", "officials": "élus", "towns": "villes", "cities": "villes",
    "municipalities": "communes", "sectors": "secteurs", "sector": "secteur",
    "training": "formation", "vice-president": "vice-présidente", "president": "président",
    "chairman": "président", "chaired": "présidé", "head": "chef", "director": "directeur",
    "commissioner": "commissaire", "project": "projet", "manager": "chef de projet",
    "priority": "prioritaire", "neighbourhoods": "quartiers", "neighborhoods": "quartiers",
    "districts": "quartiers", "city": "ville", "policy": "politique", "urban": "ville",
    "social": "sociale", "solidarity": "solidaire", "economy": "économie", "sse": "ESS",
    "insertion": "insertion", "integration": "insertion", "innovation": "innovation",
    "region": "région", "regional": "régional", "national": "national", "department": "département",
    "departmental": "départemental", "county": "département", "france": "France",
    "council": "conseil", "network": "réseau", "kit": "kit", "sheets": "fiches", "fact": "fiches",
    "year": "année", "date": "date", "when": "quand", "defined": "définie", "definition": "définie",
    "define": "définie", "founded": "créé", "emerged": "émergé", "notion": "notion",
    "average": "moyenne", "private": "privé", "sport": "sport", "culture": "culture",
    "education": "enseignement", "teaching": "enseignement", "action": "action",
    "leisure": "loisirs", "arts": "arts", "shows": "spectacles", "calls": "appels",
    "projects": "projets", "cooperation": "coopération", "poles": "pôles", "hubs": "pôles",
    "members": "membre", "member": "membre", "supports": "soutien", "support": "soutien",
    "employs": "emplois", "represents": "représente", "account": "représente",
    "games": "Jeux", "olympic": "olympisme", "inclusive": "inclusifs", "housing": "habitat",
    "participatory": "participatif", "restaurant": "restauration", "catering": "traiteur",
    "inhabitants": "habitants", "residents": "habitants", "weaknesses": "freins",
    "strengths": "forces", "risks": "risque", "risk": "risque", "organic": "bio",
    "schools": "collèges", "producers": "producteurs", "local": "locaux", "label": "label",
    "charter": "charte", "twice": "deux fois", "communes": "communes",
    "times": "fois", "meet": "siège", "meets": "siège", "spend": "consacre", "spent": "consacre",
    "chairs": "préside", "chair": "préside", "published": "publié", "released": "publié",
    "publish": "publié", "publishes": "publié", "article": "article",
    "two": "deux", "three": "trois", "four": "quatre", "five": "cinq", "ten": "dix",
    # the vocabulary of boards, grants, reports and minutes
    "treasurer": "trésorier", "secretary": "secrétaire", "mayor": "maire",
    "deputy": "adjoint", "chairwoman": "présidente", "contact": "contact",
    "works": "travaux", "building": "bâtiment", "premises": "locaux", "hub": "pôle",
    "third": "tiers", "place": "lieu", "places": "lieux",
    "grant": "subvention", "grants": "subventions", "subsidy": "subvention",
    "subsidies": "subventions", "amount": "montant", "deadline": "date limite",
    "application": "candidature", "applications": "candidatures", "apply": "candidater",
    "eligible": "éligibles", "criteria": "critères", "winners": "lauréats",
    "beneficiaries": "bénéficiaires", "volunteers": "bénévoles", "meals": "repas",
    "canteens": "cantines", "waste": "déchets", "tonnes": "tonnes", "tons": "tonnes",
    "baskets": "paniers", "vegetables": "légumes", "families": "familles",
    "bikes": "vélos", "bicycles": "vélos", "cars": "voitures", "vehicles": "véhicules",
    "days": "jours", "months": "mois", "weeks": "semaines", "years": "ans",
    "trainees": "stagiaires", "seats": "sièges",
    "recycling": "recyclage", "revenue": "produits", "income": "produits",
    "expenses": "charges", "accounts": "comptes", "surplus": "excédent", "deficit": "déficit",
    "turnover": "chiffre d'affaires", "households": "ménages", "youth": "jeunes",
    "women": "femmes", "rural": "rural", "vote": "vote", "votes": "voix", "voted": "voté",
    "abstained": "abstenu", "age": "âge", "opening": "ouverture", "opened": "ouvert",
    "open": "ouvert", "signed": "signé", "signs": "signe", "duration": "durée",
    "wrote": "rédigé", "written": "rédigé", "author": "auteur", "foreword": "avant-propos",
    "preface": "préface",
    "report": "rapport", "observatory": "observatoire", "survey": "enquête",
    "minutes": "compte rendu", "committee": "comité", "steering": "pilotage",
    "agenda": "ordre du jour", "decision": "décision", "decided": "décidé",
    "hours": "heures", "people": "personnes", "persons": "personnes", "person": "personne",
    "unemployed": "demandeurs d'emploi", "jobseekers": "demandeurs d'emploi",
    "disabled": "handicap", "disability": "handicap", "care": "soins", "health": "santé",
    "food": "alimentaire", "grocery": "épicerie", "mobility": "mobilité", "repair": "réparation",
    # calls for projects, votes and sittings
    "submitted": "déposés", "submit": "déposer", "filed": "déposés", "holders": "porteurs",
    "holder": "porteur", "winning": "lauréats", "winner": "lauréat", "presented": "présenté",
    "attended": "participants", "attendees": "participants", "participants": "participants",
    "proxies": "pouvoirs", "proxy": "pouvoir", "voters": "votants", "present": "présents",
    "absent": "absents", "held": "tenu",
    "venue": "lieu", "located": "situé", "headquarters": "siège", "launched": "lancé",
    "incubator": "incubateur", "supported": "accompagnés", "coaching": "accompagnement",
    "guidance": "accompagnement", "photo": "photo", "photograph": "photo", "auditor": "commissaire",
    "ceiling": "plafond", "cap": "plafond", "paid": "versé", "payment": "versement",
    "instalment": "versement", "advance": "avance", "balance": "solde", "repay": "rembourser",
    "refund": "rembourser", "indicators": "indicateurs", "indicator": "indicateur",
    "target": "cible", "targets": "cibles", "achieved": "réalisé", "assembly": "assemblée",
    "general": "générale", "board": "conseil", "envelope": "enveloppe",
    # premises
    "office": "bureau", "offices": "bureaux", "rent": "loyer", "rents": "loyers",
    "monthly": "mensuel", "single": "individuel", "outside": "hors", "price": "tarif",
    "prices": "tarifs", "fee": "tarif", "fees": "tarifs", "room": "salle", "rooms": "salles",
    "address": "adresse", "street": "rue",
    # people and funders of minutes and reports
    "councillor": "conseiller", "councillors": "conseillers", "councilor": "conseiller",
    "councilors": "conseillers", "funder": "financeur", "funders": "financeurs",
    "branch": "antenne", "branches": "antennes",
    # agreements, workshops and the bodies that run things
    "court": "tribunal", "courts": "tribunal", "dispute": "litige", "disputes": "litiges",
    "facilitated": "animé", "facilitates": "anime", "facilitator": "facilitatrice",
    "runs": "gère", "run": "gère", "manages": "gère", "managed": "géré",
    "workshop": "atelier", "workshops": "ateliers",
}

SYNONYM_GROUPS: list[tuple[str, ...]] = [
    ("emplois", "postes", "salariés", "travailleurs", "personnes", "effectifs", "jobs", "ETP",
     "travaillent", "gens"),
    ("établissements", "structures", "entreprises", "employeurs", "organisations"),
    ("part", "pourcentage", "proportion", "fraction", "poids", "pèse", "pèsent"),
    ("budget", "consacre", "financement", "financés", "engagement", "montant", "somme",
     "enveloppe", "argent"),
    ("objectifs", "buts", "missions"),
    ("valeurs", "principes"),
    ("croissance", "création", "progression", "hausse"),
    ("baisse", "baissé", "recul", "reculé", "reculer", "diminution", "diminué", "repli",
     "perdent", "perdu", "chute"),
    ("préside", "présidé", "président", "présidente", "présidence"),
    ("copréside", "coprésidé", "coprésidait", "coprésident", "coprésidente", "coprésidence"),
    ("dirige", "dirigé", "directeur", "directrice"),
    ("coordonne", "coordonné", "coordinateur", "coordinatrice"),
    ("anime", "animé", "animée", "animait", "animation", "animateur", "animatrice"),
    ("gère", "géré", "gérant", "gérante", "gestionnaire"),
    ("représente", "représenté", "représentant", "représentante"),
    ("temps", "années", "ans", "depuis", "mois", "semaines", "jours", "durée", "délai"),
    ("kilos", "kilogrammes", "kg"),
    ("tonnes", "tonnage", "tonne"),
    ("électricité", "énergie", "mwh", "kwh", "gwh"),
    ("dossiers", "candidatures", "demandes"),
    ("retenu", "retenus", "retenue", "retenues", "lauréat", "lauréats", "lauréate", "gagné",
     "gagnant", "gagnants", "sélectionné", "sélectionnés"),
    ("contact", "interlocuteur", "interlocutrice", "référent", "référente"),
    ("copie", "copié", "copiée", "copiés", "cc"),  # a mail's « Cc: » line
    ("familles", "foyers", "ménages"),
    ("avant-propos", "préface", "éditorial", "édito"),
    ("rejoint", "rejoindre", "rejoignent", "adhésion", "adhésions", "adhère", "adhèrent",
     "adhérer"),
    ("fondée", "fondé", "fondés", "créée", "créé", "créés", "née", "né"),
    ("interrogé", "interrogés", "interrogées", "entretien", "entretiens", "interviewés",
     "rencontrés"),
    ("rapport", "rapporteur", "rapporteure", "rapporté"),
    ("secrétariat", "secrétaire", "secrétaires"),
    ("siège", "siègent", "composé", "composée", "composition"),
    ("abstenu", "abstenus", "abstenue", "abstenues", "abstention", "abstentions", "abstient"),
    ("reconduite", "reconduit", "reconduction", "renouvelable", "renouvelée", "renouvellement",
     "prolongée", "prolongation"),
    ("automatiquement", "tacite", "tacitement", "automatique"),
    ("achève", "achevée", "termine", "terminée", "expire", "échéance", "fin", "limite",
     "clôture"),
    ("auteur", "autrice", "auteurs", "rédaction", "rédigé", "rédigée", "rédacteur", "rédactrice"),
    ("signé", "signée", "signés", "signées", "signature", "signataires", "soussignés"),
    ("juridiction", "tribunal", "litige", "litiges", "différend", "désaccord", "contentieux"),
    ("kilomètres", "km"),
    ("hectares", "ha"),
    ("surface", "superficie", "metrescarres"),
    ("note", "notation", "points"),
    ("loyer", "loyers", "redevance", "redevances", "loue", "louée", "location", "tarif",
     "tarifs"),
    ("financeur", "financeurs", "financé", "financés", "financée", "cofinancé", "contribué",
     "contribution", "contributions", "apport", "apports"),
    ("plafond", "plafonnée", "plafonné", "plafonnées", "plafonnés", "plafonne", "limite",
     "maximum", "maximal", "maximale", "excéder", "excède", "dépasser"),
    ("réunit", "réuni", "siège", "rassemble", "participé", "participants"),
    ("mutuelles", "mutualiste", "mutualistes"),
    ("associations", "associatif", "associatives"),
    ("coopératives", "coopératif", "coopérative"),
    ("fondations", "fondation"),
    ("publié", "édité", "publication", "paru"),
    ("fréquence", "fois", "souvent", "régulièrement"),
    ("vote", "votes", "voix", "scrutin", "suffrages"),
    ("bénéfices", "excédents", "profits", "lucrativité", "lucratif"),
    ("salaires", "rémunérations", "salariale"),
    ("membres", "adhérents", "sociétaires", "adhésion"),
    ("quitter", "partir", "sortir"),
    ("présents", "présence"),
    ("aide", "aides", "subvention", "subventions", "subv", "soutien", "participation"),
    # « Subv. Région » in an accounting printout's labels
    ("population", "peuplé", "peuplée", "peuplés", "peuplées", "habitants"),
    # a verb and the noun of its act, which stems keep apart (« ouvrir » / « l'ouverture »)
    ("ouvrir", "ouvre", "ouvrent", "ouvrira", "ouvert", "ouverte", "ouverts", "ouvertes",
     "ouverture"),
    ("inscrire", "inscrit", "inscrite", "inscrits", "inscrites", "inscription", "inscriptions"),
    ("suivre", "suit", "suivent", "suivie", "suivies", "suivis"),  # « Affaire suivie par »
    ("relire", "relu", "relue", "relus", "relecture", "relecteur", "relectrice"),
    ("rédiger", "rédigé", "rédigée", "rédigés", "rédaction", "rédacteur", "rédactrice"),
]


HYPERNYMS: dict[str, tuple[str, ...]] = {
    "personnes": ("participants", "bénéficiaires", "habitants", "visiteurs", "bénévoles",
                  "adhérents", "stagiaires", "spectateurs", "usagers", "jeunes",
                  "entrepreneurs", "membres", "associés", "résidents", "apprenants"),
    "temps": ("heures", "minutes", "durée"),  # « combien de temps dure l'audition ? »
    # « 20 minutes », « durée : 35 min »
    "surface": ("hectares", "ha", "km"),  # 'km²' reads 'km' '2'; a bare '2' is no unit
    "superficie": ("hectares", "ha", "km"),
    "voix": ("votants",),  # a vote table's « Votants : 21 ; Pour : 19 » tells the vote,
    "vote": ("votants",),  # but « combien de votants » is not answered by how a vote went
}
"""One way only: « combien de personnes » is answered by a count of participants, but
« combien de bénévoles » is not answered by a count of participants."""


def _stemmed_groups() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for group in SYNONYM_GROUPS:
        stems = {term for word in group for term in analyze(word)}
        for term in stems:
            table.setdefault(term, {term}).update(stems)
    for general, specific in HYPERNYMS.items():
        for term in analyze(general):
            table.setdefault(term, {term}).update(
                stem for word in specific for stem in analyze(word))
    return table


SYNONYMS: dict[str, set[str]] = _stemmed_groups()


def _group_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for group in SYNONYM_GROUPS:
        for term in {term for word in group for term in analyze(word)}:
            words[term] = f"{words.get(term, '')} {' '.join(group)}".strip()
    return words


GROUP_WORDS: dict[str, str] = _group_words()
"""A stem -> the words of its synonym groups, as written ('princip' -> 'valeurs principes')."""

ENGLISH_MARKERS = {"the", "what", "how", "many", "much", "which", "who", "does", "is", "are",
                   "of", "in", "and", "when", "did", "do", "there", "according", "its", "their"}
FOLLOW_UP = re.compile(
    r"^\s*(et|and|what about|how about|même question|meme question|idem|pareil)\b", re.I)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
ASKS_ROLE = re.compile(r"\b(?:quel(?:le)?s?|what)\s+(?:(?:est|etait|sont|is|was)\s+)?"
                       r"(?:(?:le|la|les|the|his|her)\s+|l')?(?:fonctions?|postes?|roles?|titres?|"
                       r"qualite|position|title|job|metier|profession|activite professionnelle)"
                       r"\b(?!\s+(?:de\s+|d')?(?:depenses?|charges?|recettes?|produits?|budget))")
"""« Quelle est la fonction de N. F. ? », not « Quel poste de dépenses … ? » (a budget line)."""
NAMED_KINDS = ("entreprises|structures|organisations|organismes|personnalites|personnes|"
               "partenaires|acteurs|associations|cooperatives|villes|communes|reseaux|companies|"
               "organizations|partners|people|personalities|figures|cities|towns|networks")
ASKS_NAMES = re.compile(
    rf"\b(?:quel(?:le)?s|which|what)\s+(?:[\w'-]+\s+){{0,4}}?({NAMED_KINDS})\b")
WHO_HOLDS = re.compile(r"^(?:et\s+)?(?:qui|who)\s+(?:est|etait|sont|etaient|is|was|are)\s+"
                       r"(?:(?:le|la|les|the)\s|l')")
"""'Qui est la vice-présidente …' asks for a name; 'Qui est Julie Orliac' for a role."""
ASKS_MONEY = re.compile(r"\b(budget|montant|somme|cout\w*|tarifs?|prix|combien d'(?:euros|argent)|"
                        r"enveloppe|dotation|subvention|"
                        r"salaires?|remunerations?|loyers?|redevances?|salary|wages?|rent|"
                        r"masse salariale|payroll|"
                        r"how much money|amount|spend|spent|cost|costs|consacre|finance)\b")
"""Asked in euros: only an amount in euros answers it."""
PAYING = (r"recu|recoit|recoivent|recevoir|percu|percoit|percevoir|touch\w*|obten\w*|obtien\w*|"
          r"verse\w*|allou\w*|attribu\w*|pay\w*|paie\w*|investi\w*|rapport\w*|apport\w*|"
          r"cout\w*|coute\w*|vaut|valent|valait|valoir|donne|donnent|donnera|accorde\w*|"
          r"finance|financent|"
          r"received|paid|granted|get|gets|give|gives")
"""Verbs of paying and costing: after 'combien', an amount is asked."""
COUNTS_THINGS = re.compile(r"\b(?:combien d[e'’]|nombre d[e'’]|how many)")
"""'Combien de projets': things counted, which an amount in euros does not count ('À combien
est valorisé le bureau' may be answered in euros)."""
CURRENCY = {"euros", "euro"}
"""The words of euros, as written and as stemmed (Snowball keeps them whole)."""
MONEY_VERB = re.compile(rf"\bcombien\b.*\b({PAYING})\b")
"""'Combien la CRESS a-t-elle reçu ?': with no noun counted, a verb of paying asks euros."""
ASKS_WHO = re.compile(r"^(?:et\s+)?(?:(?:a|avec|par|pour|de|aupres de|chez|selon)\s+)?qui\b|"
                     r"\bquel(?:le)?s?\s+(?:elue?s?|interlocut\w+|referente?s?|contacts?)\b|"
                     r"\b(?:who|whom|quelle personne|nom de|s'appelle|name of)\b")
"""'Qui …', 'À qui …': a relative 'qui' ('l'organe qui pilote') asks for no one."""
ELIGIBLE = re.compile(r"(?:et\s+)?(?:qui\s+(?:peut|peuvent|pourra|pourront|est|sont)\s+(?:en\s+)?"
                      r"(?:beneficier|candidater|postuler|concourir|pretendre|demander|occuper|"
                      r"adherer|participer|s'inscrire|eligibles?|etre\s+(?:eligible|accompagn|"
                      r"aide|financ|soutenu)\w*)|who\s+(?:can|may|is|are)\s+(?:eligible|apply|"
                      r"benefit|take part|join))\b")
"""« Qui peut bénéficier du DLA ? »: who is eligible, a kind of body, not a person's name."""
def word_set(text: str) -> frozenset[str]:
    """The words of a list written as prose."""
    return frozenset(text.split())


ENTITY = re.compile(r"[A-ZÉÈÎÔ][\w’'&.-]*[\w&]"
                    r"(?:\s+(?:(?:de la|de|du|des|sur(?!\s+(?:La|Le|Les|L['’])))\s+|de\s+l['’]|"
                    r"d['’])?[A-ZÉÈÎÔ&][\w’'&.-]*[\w&]?)*")
"""Capitalised words, joined by 'de', 'du', 'd’' ('Val d’Argent', 'Maison de la Bretagne');
« sur » before an article opens the topic (« L'Écho de la Sorgelle sur La Trouvaille »)."""
JOINERS = re.compile(r"^(?:(?:de la|de|du|des|sur|la|le|les)\s+|[dlj]['’]|qu['’])+", re.I)
TRAILING_JOINERS = re.compile(r"(?:\s+(?:de la|de|du|des|sur|et)|\s+(?:de\s+)?[dl]['’])+$", re.I)
GENERIC = word_set("""departement departements region regions ville villes commune communes
communaute agglomeration metropole mois semaine journee journees conseil conseils fonds maison
chambre pole reseau territoire territoires union federation agence appel appels projet projets
plan programme strategie convention charte rapport diagnostic direction service services mairie
prefecture etat president presidente directeur directrice madame monsieur mme mr""")
"""Capitalised common nouns that open a name ('Département du Gers'): the name is what follows."""
ENGLISH_CAPITALISED = word_set("""i french english european british german italian spanish
belgian swiss american january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday month week day year
council agreement call fund department region city town county office board state government
ministry prefecture""")
ENGLISH_VOCABULARY = ({*GLOSSARY, *ENGLISH_MARKERS, *ENGLISH_CAPITALISED} - {"france"})
"""Words of an English question that are never a name, though English capitalises them
(nationalities, months, days) or an event's title does ('ESS Month', 'City Council')."""


@dataclass
class Question:
    """A question as the answerer sees it."""

    text: str
    search_text: str
    kind: str
    terms: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    measured: list[str] = field(default_factory=list)
    english: bool = False
    wants_name: bool = False
    share: bool = False
    asks_role: bool = False
    named_kind: str | None = None
    asks_money: bool = False
    according_to: list[str] = field(default_factory=list)
    years_back: int | None = None
    """'cette année' (0), 'l'an dernier' (1): a year told from the document's own date."""
    filtered: bool = False
    """Only some documents are searched (the chat's document filter)."""
    list_head: str | None = None
    """What a list question asks the items of: 'critères' in 'Sur quels critères …' (stemmed)."""
    contact: str | None = None
    """A contact detail asked for: 'email', 'phone' or 'web' (see ``contact_asked``)."""
    asks_place: bool = False
    """'Où se tiendra le forum ?', 'In which town …': the answer is a place."""
    extreme: int = 0
    """'la plus forte progression' (1), 'la plus petite aide' (-1): the row of a table with
    the largest or smallest figure is asked for; 0 otherwise (see ``extreme_asked``)."""
    references: list[str] = field(default_factory=list)
    """« la délibération 2026-018 »: a numbered act, which no other number stands for."""


ASKING_TERMS = frozenset(analyze("quand lequel laquelle lesquels lesquelles citez décrivez "
                                  "expliquez where why sigle acronyme abréviation"))
"""'quand', 'citez', 'lequel', 'le sigle' ask; they are never what the answer must contain."""


ACCORDING_TO = re.compile(
    r"\b(?:selon|d'apres|pour|according to|says)\s+(?:(?:le|la|les|l'|the)\s*)?$")
"""'selon le CGET', 'pour le RTES': the name that follows is the question's source."""


LIST_HEAD = re.compile(r"\b(?:quel(?:le)?s|which|what)\s+(?:(?:sont|etaient|seront|are|were)\s+)?"
                       r"(?:(?:les|des|the)\s+)?(?:(?:main|key|principa\w*|grand\w*|differents?|"
                       r"differentes)\s+)?([a-z][\w-]{2,})")


def list_head(folded: str) -> str | None:
    """'Sur quels critères …', 'Quels sont les lauréats …': the noun whose items are asked."""
    match = LIST_HEAD.search(folded)
    return stem(match.group(1)) if match else None


def named_kind(folded: str) -> str | None:
    """'Quelles entreprises …', 'Which two companies …' are answered by the names of some:
    the term for what is named."""
    match = ASKS_NAMES.search(folded)
    return stem(match.group(1)) if match else None


def is_english(text: str) -> bool:
    tokens = words(text)
    hits = sum(token in ENGLISH_MARKERS or fold(GLOSSARY.get(token, token)) != token
               for token in tokens)  # 'Who wrote the observatory note?': vocabulary tells too
    return hits >= 2 and hits / max(len(tokens), 1) >= 0.2


def translate(text: str) -> str:
    """English domain words mapped to the French of the corpus (other words kept)."""
    out = []
    for token in re.findall(r"[\w’'&-]+|[^\w\s]", text):
        out.append(GLOSSARY.get(token.lower(), token))
    return " ".join(out)


INVERSION = re.compile(r"\w-(?:t-)?(?:il|elle|ils|elles|on)\b|^est-ce qu|"
                       r"^(?:can|could|is|are|does|do|did|will|may|has|have|must)\b")
"""'Une commune peut-elle …', 'Est-ce que …', 'Can a SCIC …': a question asked of a yes or no."""
ASKING_WORD = re.compile(r"\b(combien|quel|quelle|quels|quelles|qui|quand|comment|pourquoi|"
                         r"que|quoi|lequel|laquelle|lesquels|lesquelles|what|how|who|whom|"
                         r"when|which|where|why)\b")


DEFINES = re.compile(r"\b(?:defini(?:t|ssent)-(?:t-)?(?:il|elle|ils|elles|on)|"
                     r"comment (?:\S+ ){0,6}?(?:defini\w*|design\w*)|que design\w*|"
                     r"qu'entend-on par|que recouvre|que veut dire)\b")
"""'Comment l'observatoire définit-il le taux de …': what the words mean, not the rate."""


def answer_kind(folded: str, text: str = "") -> str:
    """What the question expects: number, date, person, list, definition, reason, yes or no,
    or fact."""
    asking = ASKING_WORD.search(folded.removeprefix("est-ce qu")) or "où" in text.lower()
    if INVERSION.search(folded) and not asking:
        return "yesno"
    if DEFINES.search(folded):
        return "definition"
    if re.search(r"\b(quand|quelles? dates?|quelle est la date|la date d|en quelle annee|quel jour|"
                 r"depuis quand|when|what date|quelle periode|de quand a quand|what period|"
                 r"which year|what year|in what year)\b", folded) or (
                     not asking and re.search(r"\bdates?\b", folded)):
        return "date"  # also 'prochain comité date', typed as keywords
    if ASKS_WHO.search(folded) and not ELIGIBLE.match(folded):
        return "person"
    if HOW_TO.match(folded) or CONSEQUENCE.match(folded):
        return "fact"  # « Comment valoriser … dans le budget ? » asks how, not an amount
    if WHY.match(folded):
        return "reason"  # « Pourquoi l'opposition a-t-elle voté contre le budget ? »: a
        # reason, whatever figure its words name
    if re.search(r"\b(combien|quel nombre|nombre|how many|how much|quelle part|quel pourcentage|"
                 r"quel taux|quelle proportion|quelle fraction|quel poids|quel montant|budget|"
                 r"quelle somme|what share|what percentage|what proportion|what fraction|"
                 r"what rate|what amount|part de|taux de|taux d'|quel est le taux|pourcentage|"
                 r"quelle (?:est|etait|sera) la (?:part|proportion)|quel (?:est|etait) le poids|"
                 r"chiffre d'affaires|"
                 r"quel chiffre|montant|effectif|masse salariale|payroll|how often|"
                 r"quel(?:le)? (?:est|etait|sera) (?:le|la) (?:tarif|cout)|quel (?:tarif|cout)|"
                 r"combien coute\w*|"
                 r"a quelle frequence|tous les combien)\b", folded) or MEASURE_NOUN.search(folded) \
            or WHAT_MEASURE.search(folded) \
            or AMOUNT_NOUN.search(folded):
        return "number"
    if re.search(r"\b(quels sont|quelles sont|quels|quelles|citez|liste|enumere|lesquels|"
                 r"lesquelles|what are|which are|which|list|name the)\b", folded):
        return "list"
    if re.search(r"\b(qu'est-ce|qu est-ce|c'est quoi|definition|defini|que signifie|"
                 r"what is|what does|define)\b", folded) and not _asks_contact(folded):
        return "definition"  # 'What is the press officer's phone number?' asks a contact
    return "fact"


WHY = re.compile(r"^(?:et\s+)?(?:pourquoi|why|pour quelle raison|what explains|"
                 r"qu'est-ce qui (?:explique|justifie|motive)|comment s'explique|"
                 r"a quoi (?:est|sont) du(?:e|s|es)?)\b")
"""« Pourquoi … ? », « Qu'est-ce qui explique la baisse … ? »: a reason is asked."""
CONSEQUENCE = re.compile(r"^(?:et\s+)?(?:que se passe-t-il|qu'arrive-t-il|what happens)\b")
"""« Que se passe-t-il si les dépenses sont inférieures au budget ? »: what follows, not an
amount, whatever figure its words name."""
HOW_TO = re.compile(r"^(?:et\s+)?comment\s+(?!.*\b(?:combien|nombre|montant|taux|part de)\b)")
"""« Comment valoriser le loyer dans le budget ? »: a way of doing, not a figure."""
WHAT_MEASURE = re.compile(r"\bwhat (?:is|was|are|were|will be) the (?:[\w-]+ ){0,3}?(?:rate|share|"
                          r"percentage|proportion|amount|number|total|cost|turnover)\b")
"""'What is the unemployment rate …': a figure is asked, not a definition."""
AMOUNT_NOUN = re.compile(r"\b(?:quel(?:le)?|what)\s+(?:(?:est|etait|sera|is|was|will be)\s+)?"
                         r"(?:(?:le|la|the)\s+|l')?(?:enveloppe|dotation|subvention|cout|"
                         r"tarif|loyer|plafond|grant|subsidy|cost|fee)\b")
"""'Quelle sera l'enveloppe …', 'Quelle subvention …': an amount is asked."""
UNIT_ACRONYMS = {"etp", "etpt", "eqtp", "ht", "ttc", "fte"}
"""'en ETP', 'HT': units a figure is given in, not names the documents must mention."""
POSSESSIVE = re.compile(r"['’]s$")
"""'Karim Benhadji's role': the English possessive is not part of the name."""


def extract_entities(text: str, english: bool = False) -> list[str]:
    """Proper names in the question (places, organisations, people), not its opening word;
    a generic head ('Département du …', 'Mois de …') is not part of the name, and in an
    English question a capitalised English word is not a name."""
    found = []
    for match in _split_acronyms(ENTITY.finditer(unify(text))):
        name = _core(POSSESSIVE.sub("", match.group(0)).strip(" -'’"))
        parts = fold(name).replace("-", " ").split()
        if not parts or (english and all(part in ENGLISH_VOCABULARY for part in parts)):
            continue
        if all(part in QUESTION_WORDS or part in STOP_WORDS for part in parts):
            continue
        if not re.search(r"[^\W\d_]", name):
            continue  # 'ESS & emploi': a sign alone is no name
        if match.start() == 0 or text[:match.start()].strip() in ("", "«", "\""):
            opening = match.group(0).split()[0]
            if name.startswith(opening):  # its capital may be the sentence's, not a name's
                if " " not in name and not name.isupper() and not _capitalised_compound(name):
                    continue
                name = _drop_leading_question_word(name)
            name = _core(_from_capital(name))
        if name and fold(name) not in {"ess", "l'ess"} and fold(name) not in UNIT_ACRONYMS:
            found.append(name)
    return found


def _capitalised_compound(name: str) -> bool:
    """'Pas-de-Calais', 'Saint-Étienne' open a question as names; 'Au-delà', 'Vice-président'
    are words: after its first part, a compound name capitalises all but its joiners."""
    parts = name.split("-")[1:]
    return bool(parts) and all(part[:1].isupper() or fold(part) in COMPOUND_JOINERS
                               for part in parts) and any(part[:1].isupper() for part in parts)


COMPOUND_JOINERS = {"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "et", "l", "d"}


class _Span:
    """A piece of an entity match, with the match's interface used by extract_entities."""

    def __init__(self, text: str, start: int) -> None:
        self.text, self._start = text, start

    def group(self, _: int = 0) -> str:
        return self.text

    def start(self) -> int:
        return self._start


def _core(name: str) -> str:
    """'Département du Pas-de-Calais' -> 'Pas-de-Calais', 'de l’Orvanne' -> 'Orvanne'; a name
    made only of generic words ('Conseil', 'Mois') -> ''."""
    while True:
        stripped = TRAILING_JOINERS.sub("", JOINERS.sub("", name)).strip()
        first, _, rest = stripped.partition(" ")
        if fold(first) in GENERIC:
            stripped = rest
        if stripped == name:
            return name
        name = stripped


def _split_acronyms(matches) -> list[_Span]:
    """'ESS Djeneba Keita' is two names, and 'PEMB ESS' too: an acronym joins no other word,
    nor does an English possessive (« the PTCE's State funding »: the PTCE, then the State)."""
    spans = []
    for match in matches:
        group: list[tuple[int, str]] = []
        for word in re.finditer(r"\S+", match.group(0)):
            if group and (_is_acronym(group[-1][1]) or _is_acronym(word.group(0))
                          or POSSESSIVE.search(group[-1][1])):
                spans.append(_join(group, match.start()))
                group = []
            group.append((word.start(), word.group(0)))
        spans.append(_join(group, match.start()))
    return spans


def _is_acronym(word: str) -> bool:
    """'ESS', and 'l’ESS', 'd’ETP' (an elided article before an acronym)."""
    word = re.sub(r"^(?:[dlj]|qu)['’]", "", word, flags=re.I)
    return len(word) >= 2 and word.isupper()


def _join(group: list[tuple[int, str]], offset: int) -> _Span:
    return _Span(" ".join(word for _, word in group), offset + group[0][0])


INVERTED_VERB = re.compile(r"-t-|\w-(?:il|ils|elle|elles|on)$")
"""'Faut-il', 'Peut-on', 'Existe-t-il': a verb with its subject after it, never a name."""


def _from_capital(name: str) -> str:
    """'L'aide de la Région est-elle …': the opening capital was the sentence's, so the name
    starts at the next capital ('Région', a generic word: none); 'L'agglo Lusterac' ->
    'Lusterac'."""
    parts = name.split()
    while parts and not parts[0][:1].isupper():
        parts = parts[1:]
    return " ".join(parts)


def _drop_leading_question_word(name: str) -> str:
    """'Quand Est Ensemble' -> 'Est Ensemble', 'Faut-il' -> '': a capital after the opening
    word is a name's."""
    parts = name.split()
    if parts and (fold(parts[0]) in QUESTION_WORDS or INVERTED_VERB.search(fold(parts[0]))):
        parts = parts[1:]
    return " ".join(parts)


AGE = stem("ans")
"""What an age is counted in: '12 ans'."""


def measured_terms(folded: str, entities: list[str] | None = None) -> list[str]:
    """The noun a number question counts: 'combien d'emplois' -> ['emploi'], skipping the
    qualifiers that often come first ('how many social economy jobs') and the names asked
    about ('how much did the Pas-de-Calais department spend')."""
    if re.search(r"\b(?:how often|a quelle frequence|tous les combien)\b", folded):
        return [stem("fois")]
    if re.search(r"\b(?:quel age|how old|what age)\b", folded):
        return [AGE]
    if measure := MEASURE_NOUN.search(folded):
        word = measure.group(1)
        return [stem({"salary": "salaire", "wage": "salaire", "rent": "loyer"}.get(word, word))]
    match = re.search(r"\b(?:combien|nombre|how many|how much|part|taux|montant|pourcentage|"
                      r"chiffre|proportion|fraction)\b((?:\W+[\w-]+){1,5})", folded)
    if not match:
        return []
    if ((re.match(r"\W+(?:le|la|les|l|s|se)\b", match.group(1))
         or (re.match(r"\W+(?:est|sont|etait|etaient|sera|seront)\b", match.group(1))
             and re.search(r"\ba combien\b", folded)))
            and match.group(0).startswith("combien")):
        return []  # 'combien l'Agglomération verse-t-elle': the subject, then a verb; 'à
        # combien s'élève le total': a reflexive verb, then what it amounts to; 'à combien
        # est estimé le nouveau marché': a value asked, then what it is the value of
    named = {word for name in entities or [] for word in re.findall(r"[a-z-]+", fold(name))}
    counted_acronyms = {fold(name) for name in entities or [] if COUNTED_ACRONYM.fullmatch(name)}
    following = re.findall(r"[a-z-]+", match.group(1).replace("'", " "))
    if match.group(0).startswith(SHARE_ASKED) and following[0] not in PARTITIVES:
        return []  # 'quelle proportion doit toucher le RSA': a share of nothing named
    if match.group(0).startswith("how"):
        following = _english_head_first(following, named)
    inverted = named_seen = partitive = inside_name = False
    for word in following:
        if re.fullmatch(PAYING, word) and match.group(0).startswith("combien"):
            return []  # 'combien reçoit le jardin', 'combien rapporte le bonus': an amount
        if "-t-" in word or re.search(r"-(il|ils|elle|elles|on)$", word) or word in AUXILIARIES:
            inverted = True
            continue
        word = word if word in named else word.split("-")[0]  # 'entrepreneurs-salariés'
        # counts entrepreneurs: the text's words are cut at hyphens (a name stays whole)
        if inverted and word not in PARTITIVES and not named_seen:
            return []  # 'combien peut-on obtenir', 'combien a reçu': a verb, an amount
        inverted = False
        # 'combien de PTCE ont été retenus' counts PTCE; 'combien la CRESS a-t-elle reçu'
        # asks an amount: the name is the subject there
        if partitive and word in counted_acronyms and match.group(0).startswith(COUNTING):
            return [stem(word)]  # 'combien de SCOP compte la région': a kind of body, not
            # one body, so a figure must count it ('la CAE X a accompagné 186 entrepreneurs'
            # counts entrepreneurs, not CAE)
        named_seen = named_seen or (word in named and partitive)
        partitive = word in PARTITIVES and not (word in named and inside_name)
        inside_name = word in named  # 'combien Terres de Garrance a-t-elle tiré': the name's
        # own « de » counts nothing, so the verb after it asks an amount
        if word in MONEY_NOUNS:
            return ["euros"]  # 'combien d'argent': euros, whatever the verb
        if word not in STOP_WORDS | QUESTION_WORDS | VERBS | QUALIFIERS | named:
            english = match.group(0).startswith("how")  # 'combien de places' counts seats,
            # which the English glossary would take for 'lieux'
            return [stem(fold(GLOSSARY.get(word, word) if english else word))]
    return []


COUNTING = ("combien", "nombre")  # 'la part des CDI' is a share, not a count of CDI
COUNTED_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
"""An acronym alone (« SCOP », « CAE », « SIAE ») names a kind of body that can be counted;
a name of several words (« CAE Filigrane ») is one body."""
MEASURE_NOUN = re.compile(r"\b(?:quel(?:le)?|what)\s+(?:(?:est|etait|sera|is|was)\s+"
                          r"(?:le|la|l'|the)\s*)?(?:\w+\s+)?(salaire|remuneration|superficie|surface|population|loyer|"
                          r"note(?=\s+(?:minimale|maximale|moyenne|obtenue|requise|finale))|plafond|duree|"
                          r"salary|wage|rent)\b")
"""'Quel est le salaire moyen': a figure, and only one said of a salary answers it."""
SHARE_ASKED = ("part", "proportion", "pourcentage", "fraction", "taux")
"""A share names what it is a share of with 'de': 'la part des emplois'."""
SHARE_WORD = re.compile(rf"\b(?:{'|'.join(SHARE_ASKED)}|share|percentage)\b")
"""A share asked, of whatever: « quelle part du chiffre d'affaires » asks no amount."""
REVENUE_ASKED = re.compile(r"\bchiffres? d'?\s?affaires\b|\bturnover\b")
"""A turnover asked: an amount, named by what it is (« quel chiffre d'affaires »)."""
MONEY_NOUNS = {"argent", "money", "euros", "euro", "credits"}
"""Nouns of money: counting them asks an amount in euros (« combien de crédits »: a budget's
credits are euros)."""
ENGLISH_AUXILIARIES = {"does", "do", "did", "is", "are", "was", "were", "has", "have", "had",
                       "will", "would", "can", "could", "should", "must"}
"""An auxiliary ends the English noun group it follows: 'how many vegetable baskets | does'.
Where none does ('how many people work in'), the group's end is unknown and is not guessed."""


def _english_head_first(words: list[str], named: set[str]) -> list[str]:
    """English puts the counted noun last in its group ('vegetable baskets', 'social economy
    jobs'): the group's last word first, then the rest, which the loop skips or reads."""
    group: list[str] = []
    for word in words:
        if word in ENGLISH_AUXILIARIES or word in named:
            break
        group.append(word)
    if not 2 <= len(group) < len(words) or words[len(group)] not in ENGLISH_AUXILIARIES:
        return words
    return [group[-1], *group[:-1], *words[len(group):]]


AUXILIARIES = {"a", "ont", "avait", "avaient", "aura", "auront", "did", "does", "will", "would",
               "can", "could"}
"""'combien a reçu': what follows the auxiliary is a participle, not the noun counted."""
PARTITIVES = {"de", "d", "des", "du"}
"""After 'combien y a-t-il', these announce the noun counted: 'd'emplois'."""
QUALIFIERS = {"social", "sociale", "sociales", "solidarity", "solidaire", "solidaires", "economy",
              "economie", "ess", "sse", "employer", "total", "globale", "global", "maximal",
              "maximale", "maximum", "minimal", "minimale", "minimum", "moyen", "moyenne",
              "annuel", "annuelle", "exact", "exacte", "prevu", "prevue", "estime", "estimee",
              "max", "min"}
"""Words that qualify the thing counted without being it: 'quel taux maximal de financement'."""

VERBS = {"compte", "comptent", "represente", "representent", "travaillent", "sont", "ont",
         "y", "a", "il", "there", "does", "do", "is", "are", "have", "has", "many", "much",
         "trouve", "trouve-t-on", "compte-t-on", "emploie", "regroupe"}


CONTEXT_MARK = " — contexte : "

GOVERNANCE = {"AG": "assemblée générale", "AGO": "assemblée générale ordinaire",
              "AGE": "assemblée générale extraordinaire", "AGM": "assemblée générale",
              "CA": "conseil d'administration", "CR": "compte rendu", "PV": "procès-verbal"}
"""The bodies and papers of an association's life, always written out in the documents that
minute them and abbreviated by those who ask (« le prochain CA »)."""
TURNOVER = re.compile(r"\b(?:combien|montant|realise|atteint|eleve|hausse|baisse|euros?|"
                      r"turnover)\b|€")
"""« Quel CA la SCIC a-t-elle réalisé ? » asks its turnover, not its board."""


def spell_governance(text: str) -> str:
    """« le prochain CA » as the minutes write it: « le prochain conseil d'administration »."""
    def spelled(match: re.Match[str]) -> str:
        if match[0] == "CA" and TURNOVER.search(fold(text)):
            return "chiffre d'affaires"
        return GOVERNANCE[match[0]]

    return re.sub(r"\b(?:AGO|AGE|AGM|AG|CA|CR|PV)\b", spelled, text)



REFERENCE = re.compile(r"(?<![\w/-])(?:[A-Z]{1,6}-)*(?:19|20)\d\d(?:-\d{1,4})*"
                       r"-(?!(?:19|20)\d\d(?![\w-]))\d{1,4}(?![\w/-])")
"""« 2026-018 », « CP-2026-06-41 »: a year and serial numbers, the way acts are numbered
(« 2024-2027 » is a span of years)."""


def analyse(text: str) -> Question:
    """Parse a (standalone) question; names after CONTEXT_MARK guide retrieval only."""
    text, _, context = text.partition(CONTEXT_MARK)
    english = is_english(text)
    working = spell_governance(translate(text) if english else text)
    folded = fold(text)
    entities = extract_entities(working, english)
    measured = measured_terms(fold(working), entities)
    kind = answer_kind(folded, text)
    return Question(
        text=text,
        search_text=(working if not english else f"{working} {text}") + f" {context}",
        kind=kind,
        terms=[term for term in analyze(_without_relative_years(working))
               if term not in ASKING_TERMS] + implied_terms(fold(working)),
        entities=entities,
        years=YEAR.findall(text),
        references=REFERENCE.findall(text),
        measured=measured,
        english=english,
        wants_name=bool(re.search(r"\b(s'appelle|nom|name)\b", folded) or WHO_HOLDS.search(folded)),
        share=bool(re.search(r"\b((?<!une )(?<!d'une )(?<!les )(?<!des )part(?!s? sociales?)|"
                             r"proportion|pourcentage|fraction|poids|share|percentage|"
                             r"what proportion)\b", folded)),  # a cooperative's « part
        # sociale », « la valeur d'une part », « combien de parts »: stakes worth euros,
        # not a proportion
        asks_role=bool(ASKS_ROLE.search(folded)),
        asks_money=_asks_money(folded, measured),
        named_kind=named_kind(fold(working)),
        list_head=list_head(fold(working)),
        according_to=[name for name in entities if ACCORDING_TO.search(
            fold(text).split(fold(name))[0][-24:])],
        years_back=None if YEAR.search(text) else years_back(folded),
        contact=contact_asked(fold(working), kind),
        extreme=extreme_asked(fold(working)),
        asks_place=asks_place(text),
    )


PLACE_ASKED = re.compile(
    r"^(?:et\s+)?(?:ou|d'ou)\b|\bwhere\b|\b(?:dans|en|a|sur|de) quel(?:le)?s? "
    r"(?:commune|ville|lieu|salle|territoire|quartier|village|endroit)\b|"
    r"\b(?:in|at) (?:which|what) (?:town|city|commune|place|village|municipality|venue|"
    r"location|district)\b|\bquel(?:le)? (?:est|sera|etait) (?:le lieu|l'adresse)\b")
"""'Où …', 'dans quelle commune …', 'in which town …': a place is asked (folded text)."""


def asks_place(text: str) -> bool:
    """'Où' folds to 'ou' (or): it asks a place when the question opens on it or has it
    after a verb (« La réunion s'est tenue où ? »)."""
    return bool((PLACE_ASKED.search(fold(text)) and not re.match(r"\s*ou\b", text.lower()))
                or re.search(r"(?:^|\s)où\b", text.lower()))


EXTREME = re.compile(r"\b(?:le|la|les|l'|aux?(?=\s+(?:plus|moins)\s+(?:petit|grand|gros|haut|"
                     r"bas|faible|fort|eleve|important)))\s*(plus|moins|mieux)\b"
                     r"(?:\s+(?:d'|de\s+)?([a-z-]+))?|"
                     r"\b(?:the\s+)?(most|least|highest|largest|biggest|lowest|smallest|best|"
                     r"worst|oldest|earliest|newest|latest|meilleurs?|meilleures?)\b")
"""'la plus forte hausse', 'le moins de salariés', 'la mieux notée', 'le meilleur taux', 'the
highest share', « au plus petit budget » (but « deux postes au plus » bounds, it compares
nothing)."""
SMALL = word_set("petit petite petits petites faible faibles bas basse basses court courte "
                 "reduit reduite modeste modestes")
"""After 'le plus', these ask for the smallest figure ('la plus petite aide')."""


RANKED = (r"(?:employeur|financeur|financeuse|secteur|poste|motif|source|theme|sujet|domaine|"
          r"ressource|depense|employer|funder|sector|reason|expense)")
RANKED_FIRST = re.compile(
    rf"\b(?:premier|premiere|principal|principale|main|top|leading)\s+{RANKED}\b|"
    rf"\b{RANKED}\s+(?:principal|principale)\b")
"""'le premier financeur', 'le principal poste de dépenses', « le thème principal »: first
by size, where 'la première étape' or 'le premier contact' is first in time; one only ('les
vingt premiers employeurs' are a set to choose from)."""


def extreme_asked(folded: str) -> int:
    """1 when the largest figure is asked for, -1 the smallest, 0 when neither is."""
    match = EXTREME.search(folded)
    if not match:
        return 1 if RANKED_FIRST.search(folded) else 0
    if match.group(3):
        return -1 if match.group(3) in ("least", "lowest", "smallest", "worst") else 1
    larger = match.group(1) in ("plus", "mieux")
    return 1 if larger != (match.group(2) in SMALL) else -1


CONTACTS = {
    "email": re.compile(r"\b(?:adresses? (?:electronique|mail|courriel)s?|courriels?|e-?mail)\b"),
    "phone": re.compile(r"\b(?:numeros? de (?:portable|tel)|telephone|phone)\b|"
                       r"^\s*tel\b(?!\s+qu)"),  # « tel la boucle ? », typed as a memo
    "web": re.compile(r"\b(?:adresses? (?:web|internet|du site)|sites? (?:web|internet)|url|"
                      r"website|web (?:address|page|site))\b"),
    "postal": re.compile(r"(?<!s')\badresses?\b(?! (?:electronique|mail|courriel|e-mail|web|"
                         r"internet|du site))|\b(?:street|postal|mailing) address\b"),
}
"""The contact details a question can ask for; 'envoyer par mail ?' asks how, not which;
« l'adresse » alone is where to go (« s'adresser à », « à qui s'adresse le kit » ask whom
or for whom: no match)."""


def _asks_contact(folded: str) -> bool:
    return any(pattern.search(folded) for pattern in CONTACTS.values())


COUNTED = re.compile(r"\b(?:combien|how many|nombre de)\b")
ASKED_NOUN = re.compile(
    r"\bquel(?:le)?s?\s+"
    r"(?!(?:est|sont|etai\w*|sera\w*|adresses?|courriels?|e-?mails?|numeros?|telephones?|"
    r"tel|sites?|url|coordonnees|contacts?|liens?|pages?|address\w*|phone|websites?|web|"
    r"is|are|was|were)\b)([a-z]{3,})")
"""The noun a « Quel(le) … » question asks for (« Quelle taille … le courriel »): a size
or a delay, not the address its sentence goes on to name. (English puts the owner first:
« What is the Germoir's e-mail address? ».)"""
TO_WRITE = re.compile(r"\b(?:contacter|ecrire|joindre|envoyer|adresser|write|contact|send|"
                      r"s'inscrire|inscri(?:re|ption|vent)|postuler|candidater|register|"
                      r"apply|sign up)\b")
"""« l'adresse pour contacter … », « à quelle adresse s'inscrire »: where to write or to sign
up, which a street or an e-mail address answers alike."""


def contact_asked(folded: str, kind: str) -> str | None:
    """'Quelle est l'adresse électronique de …', 'son numéro de téléphone': the answer must
    be written as one (an address with @, a phone number, a web address). A count of mails
    or a mail's size asks no address."""
    if kind == "yesno" or (kind == "number" and COUNTED.search(folded)):
        return None  # « Combien de courriels … ? » counts mails, it asks no address
    found = next(((detail, match) for detail, pattern in CONTACTS.items()
                  if (match := pattern.search(folded))), None)
    if found is None:
        return None
    detail, match = found
    if (asked := ASKED_NOUN.search(folded)) and asked.start() < match.start():
        return None
    if detail == "postal" and TO_WRITE.search(folded) and not POSTAL_ASKED.search(folded):
        return "address"
    return detail


POSTAL_ASKED = re.compile(r"\b(?:postale?s?|street|postal|mailing|siege|locaux|bureaux)\b")


THIS_YEAR = re.compile(r"\b(?:cette ann[ée]e|this (?:year|ann[ée]e)|l['’]ann[ée]e en cours|"
                       r"current (?:year|ann[ée]e))\b", re.I)
NEXT_YEAR = re.compile(r"\b(?:l['’]an suivant|l['’]ann[ée]e suivante|l['’]ann[ée]e d['’]apr[eè]s|"
                       r"the (?:following|next) year|the year after)\b", re.I)
LAST_YEAR = re.compile(r"\b(?:l['’]an derni[eè]r|l['’]ann[ée]e derni[eè]re|l['’]an pass[ée]|"
                       r"l['’]ann[ée]e pass[ée]e|l['’]ann[ée]e pr[ée]c[ée]dente|"
                       r"last (?:year|ann[ée]e)|the (?:previous|prior) (?:year|ann[ée]e)|"
                       r"the (?:year|ann[ée]e) before)\b", re.I)


def _without_relative_years(text: str) -> str:
    """'cette année' names a year, which the answer need not write in words."""
    return LAST_YEAR.sub(" ", THIS_YEAR.sub(" ", text))


def years_back(folded: str) -> int | None:
    """How many years before the document's own the question asks, when it says so in
    words; the last phrase wins ('… cette année' + 'Et l'an dernier ?')."""
    found = [(match.start(), 0) for match in THIS_YEAR.finditer(folded)]
    found += [(match.start(), 1) for match in LAST_YEAR.finditer(folded)]
    return max(found)[1] if found else None


IMPLIED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\bjusqu'(?:a|au|où) combien\b|\bup to how much\b"), "plafond"),
    (re.compile(r"\bjusqu'(?:a|au) quand\b|\buntil when\b"), "achève"),
]
"""What a bound asks without naming it: 'jusqu'à combien' asks a ceiling, 'jusqu'à quand' an
end."""


def implied_terms(folded: str) -> list[str]:
    return [term for pattern, word in IMPLIED if pattern.search(folded) for term in analyze(word)]


def _asks_money(folded: str, measured: list[str]) -> bool:
    """An amount in euros is asked: 'quel budget', 'combien a-t-elle reçu'; not when things
    are counted ('combien de projets le budget participatif a-t-il financés') or an age is
    asked ('dès quel âge voter au budget participatif')."""
    if SHARE_OF_SOMETHING.search(folded):
        return False  # 'quelle part des crédits va aux territoires ruraux': a percentage
    if CURRENCY.intersection(measured):
        return True  # 'combien de crédits': money counted is euros
    if (REVENUE_ASKED.search(folded) and not COUNTS_THINGS.search(folded)
            and not SHARE_WORD.search(folded)):
        return True  # 'quel chiffre d'affaires': an amount, said beside its own words (not
        # 'combien de structures dépassent 1 M€ de chiffre d'affaires', structures counted,
        # nor 'quelle part du chiffre d'affaires', a share)
    counted = bool(measured) and (bool(COUNTS_THINGS.search(folded)) or measured == [AGE])
    if counted:
        return False
    if SHARE_OF.search(folded):
        return False  # 'quel poids dans l'ensemble des salaires': a share, not euros
    return bool(ASKS_MONEY.search(folded) or (not measured and MONEY_VERB.search(folded)))


SHARE_OF = re.compile(r"\b(?:part|parts|poids|proportion|pourcentage|fraction|taux|share|"
                      r"percentage|rate)\b")
"""A share asked of an amount is a percentage: « la part des salaires versés », « le taux de
subvention »."""
SHARE_OF_SOMETHING = re.compile(r"\b(?:part|proportion|pourcentage|fraction|poids|share|"
                                r"percentage)\s+(?:des|du|de la|de l'|of)\b")
"""« La part des crédits », « le poids du budget »: a share of an amount is a percentage of it
(not « la valeur d'une part », a stake worth euros)."""
PAID_MEASURES = frozenset(stem(fold(word))
                          for word in ("salaire", "rémunération", "loyer", "euros", "affaires"))
"""Amounts named by what they pay: only an amount said beside that word answers (« le salaire
moyen » is not any amount of the page)."""


ACRONYM_JOINERS = {"de", "la", "le", "l", "d", "du", "des", "et", "a", "au", "aux", "en", "pour",
                   "par", "sur"}
"""Small words an acronym leaves out: 'Communauté de communes' is CC, 'Fonds pour l'emploi
solidaire' is FES, 'aide par le travail' AT (folded: 'à' is 'a')."""


def acronyms_asked(question: Question, written: Callable[[str, list[str]], str | None]
                   ) -> dict[str, str]:
    """'équivalents temps plein' asks for what the corpus writes 'ETP': runs of three or more
    words whose initials ``written(initials, words)`` knows, as {the acronym as written: words}.
    """
    named = {word for name in question.entities for word in words(name)}
    runs: list[list[str]] = [[]]
    for word in words(question.text):
        if word in ACRONYM_JOINERS and runs[-1]:
            continue
        if word in STOP_WORDS or word in named or word in QUESTION_WORDS or word.isdigit():
            runs.append([])
        else:
            runs[-1].append(word)
    found: dict[str, str] = {}
    for run in runs:
        for size in range(len(run), 2, -1):
            for start in range(len(run) - size + 1):
                piece = run[start:start + size]
                acronym = written("".join(word[0] for word in piece).upper(), piece)
                if acronym and acronym not in found:
                    found[acronym] = " ".join(piece)
    return found


def search_acronyms(question: Question, knows: Callable[[str], bool]) -> Question:
    """Retrieval looks for the acronyms the corpus's vocabulary has for the question's words."""
    found = acronyms_asked(question, lambda initials, _: (
        initials if knows(stem(initials.lower())) else None))
    if not found:
        return question
    return replace(question, search_text=f"{question.search_text} {' '.join(found)}")


def search_list_synonyms(question: Question, knows: Callable[[str], bool]) -> Question:
    """'Quels sont les principes de l'ESS ?' in a corpus that never says 'principes' is
    answered by the list it calls 'valeurs': the items' other names join the search, since
    a list shares few words with the question that asks for it."""
    head = question.list_head if question.kind == "list" else None
    if head is None or knows(head) or head not in GROUP_WORDS:
        return question
    return replace(question, search_text=f"{question.search_text} {GROUP_WORDS[head]}")


def spell_acronyms(question: Question, passages: str) -> Question:
    """The question as the passages write it: acronyms they use join its terms, and one
    that spells the counted noun becomes what is counted. Users drop a word of a long name
    ('commissariat à l'égalité des territoires' for the CGET), so one letter may be missing."""
    acronyms_written = sorted(set(re.findall(r"\b[A-Z]{3,}\b", passages)))

    def written(initials: str, asked: list[str]) -> str | None:
        if initials in acronyms_written:
            return initials
        return next((acronym for acronym in acronyms_written
                     if _one_letter_more(acronym, initials)
                     and _spelled_out_alike(acronym, asked, passages)), None)

    found = acronyms_asked(question, written)
    if not found:
        return question
    spelled = {term for expansion in found.values() for term in analyze(expansion)}
    acronyms = [stem(acronym.lower()) for acronym in found]
    # a unit may be written either way (« 13 120 équivalents temps plein » as well as « ETP :
    # 332 700 »); a thing counted goes by its acronym (« 31 SIAE », not any row's
    # « Structures : 9 »)
    unit = acronyms[0] in {stem(acronym) for acronym in UNIT_ACRONYMS}
    measured = (([acronyms[0], *question.measured] if unit else [acronyms[0]])
                if set(question.measured) & spelled else question.measured)
    return replace(question, measured=measured,
                   terms=list(dict.fromkeys([*question.terms, *acronyms])))


def _spelled_out_alike(acronym: str, asked: list[str], passages: str) -> bool:
    """The passages spell the acronym out with at least two of the question's words, and a
    word the question lacks."""
    passage_words = [word for word in words(passages) if word not in ACRONYM_JOINERS]
    size, asked_stems = len(acronym), {stem(word) for word in asked}
    for start in range(len(passage_words) - size + 1):
        window = passage_words[start:start + size]
        shared = len(asked_stems & {stem(word) for word in window})
        if "".join(word[0] for word in window) == acronym.lower() and 2 <= shared < size:
            return True  # the letter the user dropped is a word the question lacks: the
            # question's own words in a row (« chiffre d'affaires de l'épicerie ») spell no CAE
    return False


def _one_letter_more(acronym: str, initials: str) -> bool:
    """'CGET' for the initials 'CET': the same first letter, one letter added inside."""
    return (len(acronym) == len(initials) + 1 and acronym[0] == initials[0]
            and any(acronym[:at] + acronym[at + 1:] == initials for at in range(1, len(acronym))))


def resolve_follow_up(question: str, history: list[str] | None) -> str:
    """Rewrite a follow-up into a standalone question using the conversation's earlier turns.

    'Et en Seine-Saint-Denis ?' after 'Combien de salariés compte l'ESS en Île-de-France ?'
    becomes the earlier question with its place names replaced. A follow-up that asks its own
    question ('Et combien d'établissements ?') keeps its wording and takes the earlier names.
    A question naming nothing inherits the earlier names as retrieval context only.
    """
    if not history:
        return question
    previous, _, earlier = resolve_follow_up(history[-1], history[:-1]).partition(CONTEXT_MARK)
    if (among := AMONG_THEM.search(question)) and (counted := COUNTED.search(previous)):
        # 'Combien d'entre eux ont abouti ?' after 'Combien de projets … ?': of those projects
        noun = counted.group(1)
        among_words = f"de {noun}" if among.group(0).lower().startswith("d") \
            else f"parmi les {noun}"
        own = AMONG_THEM.sub(among_words.capitalize() if among.start() == 0 else among_words,
                             question, count=1)
        context = [*extract_entities(previous), *YEAR.findall(previous)]
        return f"{own}{CONTEXT_MARK}{', '.join(context)}" if context else own
    remainder = _year_before(FOLLOW_UP.sub("", question).strip(" ?!.,"), previous)
    new_entities = extract_entities(remainder)
    old_entities = extract_entities(previous)
    bare = remainder
    for name in new_entities:
        bare = bare.replace(name, "")
    elliptic = bool(FOLLOW_UP.match(question)) and answer_kind(fold(remainder)) == "fact"
    asks_own = not elliptic and (answer_kind(fold(remainder)) != "fact" or len(_content(bare)) > 2)
    if _is_follow_up(question) and not asks_own:
        base = previous.rstrip(" ?")
        if not new_entities and (swapped := (_swap_counted_noun(previous, remainder)
                                             or _swap_qualifier(previous, remainder)
                                             or _swap_bound(previous, remainder))):
            return swapped
        if new_entities:
            for old in old_entities:
                base = re.sub(rf"(?:\s+(?:en|dans|à|au|aux|pour|in|for)(?:\s+(?:le|la|les)\b)?)?"
                              rf"\s+(?:l['’])?{re.escape(old)}", "", base)
            base = re.sub(r"\s+(en|dans|à|au|pour|de|in|for)\s*$", "", base.strip())
        base = _without_years(base, YEAR.findall(remainder))
        return re.sub(r"\s+", " ", f"{base} {_lower_first(remainder, new_entities)} ?").strip()
    if SUBJECT_PRONOUN.match(remainder) and new_entities:
        # 'Et il vaut combien pour le Pays d'Aubrelle ?': 'il' is what was asked about before
        return f"{remainder} ({_topic(previous, old_entities)}) ?"
    if new_entities:
        return question
    # what the earlier question was about guides retrieval: 'Et combien de présents ?' after
    # '… votants lors du conseil communautaire du 24 mars 2026 ?' asks of that sitting
    topic = " ".join(part for part in (_topic(previous, old_entities), earlier) if part)
    context = f"{CONTEXT_MARK}{topic}" if topic else ""
    if not old_entities:
        return f"{question}{context}"
    inherited = ", ".join(old_entities)
    if FOLLOW_UP.match(question):
        return f"{remainder} ({inherited}) ?{context}"
    return f"{question}{CONTEXT_MARK}{inherited} {topic}".rstrip()


AMONG_THEM = re.compile(r"\b(?:d['’]entre|parmi) (?:eux|elles)\b", re.I)
"""'Combien d'entre eux', 'parmi elles': a share of what the earlier question counted."""
COUNTED = re.compile(r"\bcombien (?:de |d['’])(\w[\w-]*)", re.I)
SUBJECT_PRONOUN = re.compile(r"^(?:il|elle|ils|elles|ça|ca|cela|it|they)\b", re.I)
"""A follow-up that opens on a pronoun speaks of the earlier question's subject."""


def _lower_first(remainder: str, names: list[str]) -> str:
    """'Depuis quelle année' after 'Qui dirige l'association Reprises ?': the follow-up's
    first word, capitalised as a sentence's, is no part of the name the earlier question
    ends on ('Reprises Depuis'), unless it starts a name itself."""
    if any(remainder.startswith(name) for name in names):
        return remainder
    return remainder[:1].lower() + remainder[1:]


def _topic(previous: str, old_entities: list[str]) -> str:
    """The earlier question's own words, its question words and its names left out: 'indice
    de spécificité panorama' from 'C'est quoi l'indice de spécificité dans le panorama ?'."""
    for name in old_entities:
        previous = previous.replace(name, " ")
    kept = [token for token in re.findall(r"[\w’'-]+", previous)
            if (folded := words(token)) and not set(folded) <= STOP_WORDS | QUESTION_WORDS]
    return " ".join(re.sub(r"^\w['’]", "", token) for token in kept)


def _year_before(remainder: str, previous: str) -> str:
    """'Et l'année précédente ?' after a question of 2023 asks of 2022; 'Et l'année
    suivante ?', of 2024."""
    earlier = YEAR.findall(previous)
    said = fold(remainder).strip()
    shift = -1 if LAST_YEAR.fullmatch(said) else 1 if NEXT_YEAR.fullmatch(said) else 0
    if earlier and shift:
        return f"{'in' if is_english(previous) else 'en'} {int(earlier[-1]) + shift}"
    return remainder


def _without_years(question: str, years: list[str]) -> str:
    """'… en 2025' + 'Et en 2024 ?' asks of 2024 only: the earlier year goes, with its
    preposition."""
    if not years:
        return question
    for year in set(YEAR.findall(question)) - set(years):
        question = re.sub(rf"\s*\b(?:(?:en|pour|au|in|for|de)\s+)?(?:l'année\s+)?{year}\b", "",
                          question)
    return question


def _swap_counted_noun(previous: str, remainder: str) -> str | None:
    """'Quelle part des salariés … ?' + 'Et en équivalents temps plein ?' asks the same of
    another quantity: the counted noun of the earlier question is replaced."""
    measured = measured_terms(fold(previous))
    if not measured or not re.match(r"(en|in)\s+[^\W\d]", remainder, flags=re.I):
        return None
    replacement = re.sub(r"^(en|in)\s+", "", remainder, flags=re.I)
    for word in re.finditer(r"[\w-]+", previous):
        if stem(fold(word.group(0))) == measured[0]:
            return f"{previous[:word.start()]}{replacement}{previous[word.end():]}"
    return None


DETERMINED_NOUN = r"(?:(?:les|le|la|l'|des|du|ses|leurs|the)\s*)?[^\W\d][\w'-]*"
"""'les coopératives', 'l'insertion': the phrase a follow-up's preposition introduces."""
QUALIFIER = re.compile(rf"^(dans|chez|parmi|pour|among|for)\s+{DETERMINED_NOUN}", re.I)


def _swap_qualifier(previous: str, remainder: str) -> str | None:
    """'Combien de salariés dans les coopératives du territoire ?' + 'Et dans les
    fondations ?' asks the same of the foundations: the earlier phrase with the same
    preposition is replaced."""
    said = QUALIFIER.match(remainder)
    if not said:
        return None
    earlier = re.search(rf"\b{said.group(1)}\s+{DETERMINED_NOUN}", previous, flags=re.I)
    if earlier is None:
        return None
    return f"{previous[:earlier.start()]}{remainder}{previous[earlier.end():]}"


BOUNDS = {"maximal": "minimal", "maximale": "minimale", "maximaux": "minimaux",
          "maximum": "minimum", "plafond": "plancher", "max": "min", "plus": "moins",
          "highest": "lowest", "most": "least", "upper": "lower", "largest": "smallest"}
BOUNDS |= {low: high for high, low in BOUNDS.items()}
"""A bound and its opposite: 'Et le minimum ?' after '… le montant maximal … ?'."""


def _swap_bound(previous: str, remainder: str) -> str | None:
    """'Et le minimum ?' after 'Quel est le montant maximal d'aide ?' asks the same of the
    other bound: the earlier question with its bound turned over."""
    asked = [word for word in _content(remainder) if word in BOUNDS]
    if len(asked) != 1 or len(_content(remainder)) != 1:
        return None
    wanted = asked[0]
    for word in re.findall(r"[\w-]+", previous):
        if fold(word) in BOUNDS and fold(word) != wanted and (
                BOUNDS[fold(word)] == wanted or _same_bound(fold(word), wanted)):
            return re.sub(rf"\b{re.escape(word)}\b", BOUNDS[fold(word)], previous, count=1)
    return None


def _same_bound(earlier: str, asked: str) -> bool:
    """'maximal' in the earlier question, 'minimum' asked: opposite bounds in other forms."""
    return BOUNDS[earlier].startswith(asked[:3]) and earlier[:3] != asked[:3]


def _content(text: str) -> list[str]:
    return [word for word in words(text) if word not in STOP_WORDS and word not in QUESTION_WORDS]


def _is_follow_up(question: str) -> bool:
    if FOLLOW_UP.match(question):
        return True
    return len(_content(question)) <= 2 and answer_kind(fold(question)) == "fact"
