"""Typer's help pages and usage errors in French.

Typer (and the Click it carries) words the frame of its pages in English: panel titles,
"Usage:", "[default: …]", type names, the help option, and errors such as "Missing argument".
The commands of esschat.cli use the classes below, and this module rewords the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import typer.rich_utils
from typer.core import TyperCommand, TyperGroup

typer.rich_utils.COMMANDS_PANEL_TITLE = "Commandes"
typer.rich_utils.ARGUMENTS_PANEL_TITLE = "Arguments"
typer.rich_utils.OPTIONS_PANEL_TITLE = "Options"
typer.rich_utils.ERRORS_PANEL_TITLE = "Erreur"
typer.rich_utils.DEFAULT_STRING = "[par défaut : {}]"
typer.rich_utils.REQUIRED_LONG_STRING = "[obligatoire]"
typer.rich_utils.DEPRECATED_STRING = "(obsolète) "
typer.rich_utils.ENVVAR_STRING = "[variable d'environnement : {}]"
typer.rich_utils.ABORTED_TEXT = "Interrompu."
typer.rich_utils.RICH_HELP = "Aide : [blue]{command_path} {help_option}[/]"

USAGE = "Utilisation : "
HELP_OPTION = "Affiche cette aide et quitte."
SUBCOMMANDS = "COMMANDE [ARGUMENTS]..."
TYPE_NAMES = {"str": "texte", "int": "entier", "int range": "entier", "float": "nombre",
              "float range": "nombre", "path": "chemin", "list[str]": "texte"}


def french_types(params: list) -> None:
    """Each parameter's type shown in French in the help ('<entier>'); none for a flag."""
    for param in params:
        english = type(param).display_type_rich

        def display(ctx, param=param, english=english) -> str | None:
            label = english(param, ctx)
            if label is None or label == "<bool>":
                return None
            inner, dots = label.removesuffix("...").strip("<>"), label.endswith("...")
            return f"<{TYPE_NAMES.get(inner, inner)}>" + ("..." if dots else "")
        param.display_type_rich = display


class FrenchHelp:
    """Usage line and help option in French (mixed into Typer's command and group)."""

    def format_usage(self, ctx, formatter) -> None:
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                              prefix=USAGE)

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None and option.help != HELP_OPTION:
            option.help = HELP_OPTION
            french_types([option])
        return option


class FrenchCommand(FrenchHelp, TyperCommand):
    """A command whose help page is in French."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        french_types(self.params)


class FrenchGroup(FrenchHelp, TyperGroup):
    """A group of commands whose help page is in French."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["subcommand_metavar"] = kwargs.get("subcommand_metavar") or SUBCOMMANDS
        super().__init__(*args, **kwargs)
        french_types(self.params)


# ---------------------------------------------------------------- usage errors

def _quoted(name: str) -> str:
    return "« " + name.replace("'", "").replace('"', "") + " »"


VALUE_PROBLEMS: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(r"Input should be greater than or equal to (.+)"),
     lambda match: f"la valeur doit être au moins {match[1]}"),
    (re.compile(r"Input should be less than or equal to (.+)"),
     lambda match: f"la valeur doit être au plus {match[1]}"),
    (re.compile(r"Input should be a valid integer.*"),
     lambda match: "un nombre entier est attendu"),
    (re.compile(r"Input should be a valid number.*"), lambda match: "un nombre est attendu"),
    (re.compile(r"Value (.+) is not a valid (.+)\."),
     lambda match: f"{_quoted(match[1])} n'est pas une valeur acceptée"),
]


def _value_problem(problem: str) -> str:
    for pattern, french in VALUE_PROBLEMS:
        if match := pattern.fullmatch(problem):
            return french(match)
    return problem


USAGE_ERRORS: list[tuple[re.Pattern, Callable[[re.Match], str]]] = [
    (re.compile(r"Missing argument (.+?)\..*", re.S),
     lambda match: f"Argument {_quoted(match[1])} manquant."),
    (re.compile(r"Missing option (.+?)\..*", re.S),
     lambda match: f"Option {_quoted(match[1])} manquante."),
    (re.compile(r"Missing command\."), lambda match: "Commande manquante."),
    (re.compile(r"No such option: (\S+) \(Possible options: (.+)\)"),
     lambda match: f"Option inconnue : {match[1]} (options possibles : {match[2]})."),
    (re.compile(r"No such option: (\S+)"), lambda match: f"Option inconnue : {match[1]}."),
    (re.compile(r"No such command (.+?)\. Did you mean (.+)\?"),
     lambda match: f"Commande inconnue : {_quoted(match[1])}. Vouliez-vous dire "
                   f"{_quoted(match[2])} ?"),
    (re.compile(r"No such command (.+?)\."),
     lambda match: f"Commande inconnue : {_quoted(match[1])}."),
    (re.compile(r"Got unexpected extra argument\(s\) \((.+)\)", re.S),
     lambda match: f"Argument en trop : {match[1]}."),
    (re.compile(r"Option (.+?) requires an argument\."),
     lambda match: f"L'option {_quoted(match[1])} attend une valeur."),
    (re.compile(r"Option (.+?) requires (\d+) arguments\."),
     lambda match: f"L'option {_quoted(match[1])} attend {match[2]} valeurs."),
    (re.compile(r"Invalid value for (.+?): (.+)", re.S),
     lambda match: f"Valeur invalide pour {_quoted(match[1])} : {_value_problem(match[2])}."
     .replace("..", ".")),
]


def french_usage_error(message: str) -> str:
    """Click's usual usage errors in French; any other message as it is."""
    for pattern, french in USAGE_ERRORS:
        if match := pattern.fullmatch(message):
            return french(match)
    return message


_english_error = typer.rich_utils.rich_format_error


def _french_error(error) -> None:
    """Typer's error panel, with the message in French."""
    if type(error).__name__ != "NoArgsIsHelpError":
        message = french_usage_error(error.format_message())
        error.format_message = lambda: message
    _english_error(error)


typer.rich_utils.rich_format_error = _french_error
