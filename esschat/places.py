"""French places and the article each takes: « pour la Bretagne », « pour le Gers », « pour Lille ».

A refusal names the place the documents do not cover, and French puts an article before
regions and départements but not before towns. The article is taken, in this order, from the
question itself (« dans le Gers »), from the regions and départements below, and else left out
(towns and intercommunalities are named bare: « pour Rennes », « pour Est Ensemble »).
"""

from __future__ import annotations

import re

from esschat.french import fold

_FEMININE = """Auvergne-Rhône-Alpes, Bourgogne-Franche-Comté, Bretagne, Corse, Normandie,
Nouvelle-Aquitaine, Occitanie, Guadeloupe, Martinique, Guyane, Réunion, Île-de-France,
Région Sud, Ardèche, Ariège, Aube, Aude, Charente, Charente-Maritime, Corrèze, Corse-du-Sud,
Haute-Corse, Côte-d'Or, Creuse, Dordogne, Drôme, Eure, Gironde, Haute-Garonne, Haute-Loire,
Haute-Marne, Haute-Saône, Haute-Savoie, Haute-Vienne, Loire, Loire-Atlantique, Lozère, Manche,
Marne, Mayenne, Meurthe-et-Moselle, Meuse, Moselle, Nièvre, Vendée, Vienne, Haute-Corse,
Sarthe, Savoie, Seine-Maritime, Seine-et-Marne, Seine-Saint-Denis, Somme, Mayotte, Marne,
Seine, Loire, Meuse"""
_MASCULINE = """Grand Est, Centre-Val de Loire, Pays de la Loire, Calvados, Cantal, Cher, Doubs,
Finistère, Gard, Gers, Jura, Loir-et-Cher, Loiret, Lot, Lot-et-Garonne, Maine-et-Loire,
Morbihan, Nord, Pas-de-Calais, Puy-de-Dôme, Rhône, Tarn, Tarn-et-Garonne, Var, Vaucluse,
Val-de-Marne, Val-d'Oise, Haut-Rhin, Bas-Rhin, Territoire de Belfort, Gard, Tarn,
Hauts-de-France, Allier, Aveyron, Bas-Rhin, Haut-Rhin, Hérault, Indre, Indre-et-Loire,
Essonne, Eure-et-Loir, Oise, Orne, Ain, Aisne"""
_PLURAL = """Alpes-de-Haute-Provence, Hautes-Alpes, Alpes-Maritimes, Ardennes, Bouches-du-Rhône,
Côtes-d'Armor, Deux-Sèvres, Hautes-Pyrénées, Pyrénées-Atlantiques, Pyrénées-Orientales,
Landes, Vosges, Yvelines, Hauts-de-Seine, Hauts-de-France"""


def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for names, article in ((_FEMININE, "la "), (_MASCULINE, "le "), (_PLURAL, "les ")):
        for name in (part.strip() for part in names.split(",")):
            table[fold(name)] = article
    for name, article in list(table.items()):
        if article != "les " and (name[0] in "aeiouy" or name == "herault"):
            table[name] = "l’"
    return table


PLACE_NAMES = sorted({part.strip() for names in (_FEMININE, _MASCULINE, _PLURAL)
                      for part in names.split(",")} - {"Région Sud"})
"""Regions and départements: a sentence that names one is about that place."""
ARTICLES = _table()
"""Folded name of a region or département -> its article ('la ', 'le ', 'les ', 'l’')."""

QUESTION_ARTICLE = re.compile(
    r"\b(?:(?P<du>du)|(?P<des>des|aux)|(?P<au>au)|(?P<art>la|le|les)|(?P<el>l['’]))\s*$", re.I)


def is_region_or_departement(name: str) -> bool:
    return fold(name) in ARTICLES


def with_article(name: str, question: str = "") -> str:
    """« la Bretagne », « le Gers », « l’Ain », « Rennes »: the place as French names it after
    « pour »."""
    if fold(name).startswith(("le ", "la ", "les ", "l'")):
        return name
    before = question[:question.find(name)] if name in question else ""
    match = QUESTION_ARTICLE.search(before) if before else None
    if match:
        article = {"du": "le ", "des": "les ", "au": "le ", "el": "l’"}.get(
            match.lastgroup or "", f"{(match.group('art') or '').lower()} ")
        return f"{article}{name}"
    return f"{ARTICLES.get(fold(name), '')}{name}"
