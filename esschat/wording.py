"""French wording for messages: decimal comma, plurals, log levels, the YAML parser's problems."""

from __future__ import annotations

import logging
import re


def decimal(value: float, digits: int | None = None) -> str:
    """A number as French writes it: '1,5', not '1.5' (``digits`` after the comma, or as few
    as needed)."""
    text = f"{value:.{digits}f}" if digits is not None else f"{value:g}"
    return text.replace(".", ",")


LOG_FORMAT = "%(levelname)s %(name)s : %(message)s"
LEVEL_NAMES = {logging.DEBUG: "DÉBOGAGE", logging.INFO: "INFO", logging.WARNING: "AVERTISSEMENT",
               logging.ERROR: "ERREUR", logging.CRITICAL: "CRITIQUE"}


def configure_logging() -> None:
    """Warnings and errors on stderr, one French line each; nothing below unless asked."""
    for level, name in LEVEL_NAMES.items():
        logging.addLevelName(level, name)
    logging.basicConfig(level=logging.WARNING, format=LOG_FORMAT)
    # A library that sets its own logger to DEBUG when imported (bm25s does) still reaches
    # the root handler, whose own level is the filter that holds.
    for handler in logging.getLogger().handlers:
        handler.setLevel(logging.WARNING)
    logging.getLogger("bm25s").setLevel(logging.WARNING)


def plural(count: int, singular: str, plural: str | None = None) -> str:
    """'0 fichier vu', '1 fichier vu', '2 fichiers vus': in French, below 2 is singular."""
    return f"{count} {singular if abs(count) < 2 else plural or singular + 's'}"


# PyYAML's usual problems, and what it was reading when it met them, in French.
YAML_PROBLEMS = [
    (re.compile(r"expected ',' or '(.)', but got '<stream end>'"),
     r"« , » ou « \1 » attendu, fin du fichier atteinte"),
    (re.compile(r"expected ',' or '(.)', but got '(.+)'"),
     r"« , » ou « \1 » attendu, « \2 » trouvé"),
    (re.compile(r"mapping values are not allowed here"), "« : » inattendu à cet endroit"),
    (re.compile(r"expected <block end>, but found .+"), "indentation incohérente"),
    (re.compile(r"found unexpected end of stream"), "fin du fichier inattendue"),
    (re.compile(r"found character '(.+)' that cannot start any token"),
     r"caractère « \1 » interdit à cet endroit"),
    (re.compile(r"could not find expected ':'"), "« : » attendu"),
]
YAML_CONTEXTS = {
    "while parsing a flow sequence": "liste ouverte par « [ »",
    "while parsing a flow mapping": "accolade « { » ouverte",
    "while scanning a quoted scalar": "guillemet ouvert",
    "while parsing a block mapping": "bloc commencé",
    "while parsing a block collection": "liste commencée",
    "while scanning a simple key": "clé commencée",
}


def yaml_problem(problem: str) -> str:
    """PyYAML's problem in French when it is a usual one, else as PyYAML words it."""
    return next((pattern.sub(french, problem) for pattern, french in YAML_PROBLEMS
                 if pattern.fullmatch(problem)), problem)


def yaml_context(context: str) -> str:
    """What PyYAML was reading ('while parsing a flow sequence') as the thing left open."""
    return YAML_CONTEXTS.get(context, "élément commencé")
