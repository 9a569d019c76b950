"""Markdown reader: headings, paragraphs, list items and table rows from markdown-it-py tokens,
plus the metadata of a YAML front matter (title, publisher, date, territory, url).

Code blocks (fenced or indented) are kept as paragraphs, one line each: in policy documents
they are mostly quoted text or figures pasted verbatim, rarely program code. Raw HTML blocks
are dropped, but for the Markdown that wrapper tags hold (``WRAPPER_TAG``)."""

from __future__ import annotations

import datetime as dt
import re

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.container import container_plugin

from esschat.models import Block
from esschat.readers.base import (
    MONTH_NUMBERS,
    LoadedDocument,
    figures_labelled,
    inline,
    table_rows,
)
from esschat.wording import yaml_problem

# '---' on the first line, the YAML, then a line '---' (or YAML's '...').
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*$(?:\r?\n)?",
                           re.S | re.M)
SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary\s*>", re.I | re.S)
_FIELD_LINE = re.compile(r"^[A-Za-z_][\w -]*:(\s|$)")


def _parser() -> MarkdownIt:
    """CommonMark with tables, and the callouts documentation sites add to it: MkDocs'
    « !!! note "Titre" » (its body indented, which CommonMark reads as code) and the
    « :::info … ::: » of HedgeDoc, Docusaurus and VuePress (whose fences it reads as text)."""
    return (MarkdownIt("commonmark").enable("table").use(admon_plugin)
            .use(container_plugin, name="callout", validate=lambda params, *_: True))


def read_markdown(text: str) -> LoadedDocument:
    """A Markdown file as blocks in reading order, with its front matter as metadata."""
    text = text.lstrip("\ufeff")
    fields, body, warnings = _split_front_matter(text)
    if not fields:
        fields, body = _page_properties(body)
    body = _block_properties(body)
    blocks = _blocks(_parser().parse(_extensions_spelled(COMMENT.sub(_blank_lines, body))))
    document = LoadedDocument(figures_labelled(_with_fields(blocks, fields)),
                              warnings=warnings)
    _apply_fields(document, fields)
    if not document.title:
        document.title = next((block.text for block in blocks
                               if block.kind == "heading" and block.level == 1), None)
    return document


def _blank_lines(match: re.Match[str]) -> str:
    """A hidden comment gone, its line ends kept (blocks around it stay apart)."""
    return "\n" * match.group(0).count("\n")


# ---------------------------------------------------------------- front matter


INT_TAG, FLOAT_TAG = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"


class FrontMatterLoader(yaml.SafeLoader):
    """YAML's safe loader without its base-60 numbers: YAML 1.1 reads « heure: 10:00 » as 600
    (and « 1:30 » as 90), where a note's author wrote a time, which is read as written."""


FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag not in (INT_TAG, FLOAT_TAG)]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
FrontMatterLoader.add_implicit_resolver(
    INT_TAG, re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                        r"|[-+]?0x[0-9a-fA-F_]+)$"), list("-+0123456789"))
FrontMatterLoader.add_implicit_resolver(
    FLOAT_TAG, re.compile(r"^(?:[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+][0-9]+)?"
                          r"|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
                          r"|\.(?:nan|NaN|NAN))$"), list("-+0123456789."))


def _split_front_matter(text: str) -> tuple[dict, str, list[str]]:
    """The front matter's fields, the Markdown after it, and what was wrong with it."""
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, text, []
    match = _FRONT_MATTER.match(text)
    if match is None:
        second = text.splitlines()[1] if len(text.splitlines()) > 1 else ""
        if _FIELD_LINE.match(second):
            return {}, text, ["en-tête YAML (front matter) ouvert ligne 1 mais jamais fermé "
                              "par « --- » : lu comme du texte"]
        return {}, text, []  # a thematic break on the first line, not front matter
    body = text[match.end():]
    # Keep the Markdown's line numbers meaningful: blank lines where the front matter was.
    body = "\n" * match.group(0).count("\n") + body
    try:
        fields = yaml.load(match.group(1), Loader=FrontMatterLoader)  # a safe loader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f", ligne {mark.line + 2}" if mark is not None else ""
        problem = yaml_problem(getattr(error, "problem", None) or str(error).splitlines()[0])
        return {}, body, [f"en-tête YAML (front matter) invalide{where} : {problem} ; champs "
                          "ignorés"]
    if fields is None:
        return {}, body, []
    if not isinstance(fields, dict):
        return {}, body, [f"l'en-tête YAML (front matter) n'est pas une suite de champs "
                          f"« clé : valeur » ({type(fields).__name__}) ; ignoré"]
    return fields, body, []


PROPERTY = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?([^\s:#>|\[][^:\n]{0,40}?)::[ \t]*(.*?)[ \t]*$")
"""« statut:: [[En cours]] »: a property as Logseq writes it (a Dataview field in Obsidian)."""
BLOCK_MACHINE = frozenset(("id", "collapsed", "heading", "background-color", "created-at",
                           "updated-at", "card-last-interval", "card-repeats", "card-ease-factor",
                           "card-next-schedule", "card-last-reviewed", "card-last-score",
                           "query-table", "query-properties", "query-sort-by", "query-sort-desc",
                           "logseq.order-list-type", "icon", "public", "filters"))
"""Properties Logseq keeps for itself: a block's uuid, whether it is folded, its colour."""


def _page_properties(body: str) -> tuple[dict, str]:
    """A Logseq page opens on its properties, a line each (« title:: », « statut:: »): the
    front matter of that app, read as YAML's would be. Their lines stay as blank lines."""
    lines = body.split("\n")
    count = next((index for index, line in enumerate(lines) if not PROPERTY.match(line)),
                 len(lines))
    if not count or lines[0][:1].isspace() or lines[0].startswith(("-", "*", "+")):
        return {}, body
    fields = {found.group(1).strip(): found.group(2)
              for line in lines[:count] if (found := PROPERTY.match(line))}
    return fields, "\n" * count + "\n".join(lines[count:])


def _block_properties(body: str) -> str:
    """A block's properties under it: Logseq's own (« id:: 6612f0a3-… », « collapsed:: true »)
    go; the author's (« échéance:: 30/06 ») read « Échéance : 30/06 », as a field."""
    lines = []
    for line in body.split("\n"):
        found = PROPERTY.match(line)
        if found is None:
            lines.append(line)
        elif found.group(1).strip().lower() not in BLOCK_MACHINE:
            start = found.start(1)
            lines.append(f"{line[:start]}{_field_name(found.group(1))} : {found.group(2)}")
    return "\n".join(lines)


def _apply_fields(document: LoadedDocument, fields: dict) -> None:
    fields = {str(key).strip().lower(): value for key, value in fields.items()}
    for name in ("title", "publisher", "url"):
        value = _scalar(fields.get(name))
        if value:
            setattr(document, name, value)
        elif fields.get(name) is not None:
            document.warnings.append(f"en-tête YAML : le champ « {name} » n'est pas du texte ; "
                                     "ignoré")
    date = fields.get("date")
    if isinstance(date, dt.datetime):
        document.date = date.date().isoformat()
    elif isinstance(date, dt.date):
        document.date = date.isoformat()
    elif date is not None:
        document.date = _scalar(date)
        if document.date is None:
            document.warnings.append("en-tête YAML : le champ « date » n'est pas une date ; "
                                     "ignoré")
    territory = fields.get("territory")
    if isinstance(territory, list):
        document.territory = [value for value in map(_scalar, territory) if value]
    elif territory is not None:
        value = _scalar(territory)
        if value:
            document.territory = [value]
        else:
            document.warnings.append("en-tête YAML : le champ « territory » n'est ni un texte "
                                     "ni une liste ; ignoré")


METADATA_FIELDS = frozenset(("title", "publisher", "url", "territory", "date"))
"""Fields the document's metadata takes (the date a note is filed under is no event of it)."""
MACHINE_FIELDS = frozenset(("tags", "tag", "aliases", "alias", "cssclass", "cssclasses",
                            "layout", "permalink", "slug", "id", "uuid", "draft", "publish",
                            "template", "weight", "lang", "language", "toc", "sidebar",
                            "nav_order", "parent", "has_children", "kanban-plugin",
                            "sidebar_label", "sidebar_position", "hide", "robots", "created",
                            "updated", "modified", "keywords", "description", "categories",
                            "category", "etiquettes", "étiquettes", "mots-clés", "type",
                            "document_type"))
"""Fields a site generator or a notes app reads (a page's summary for search engines, its
kind and tags for filing), which say nothing of what the document tells."""
MONTHS = tuple(MONTH_NUMBERS)


STAMP_FIELD = re.compile(r"(?:^|[\s_-])(?:updated?|modified|created|maj|mise[\s_-]+[aà][\s_-]+jour|"
                         r"cr[ée]ation|modification|version)(?:$|[\s_-])", re.I)
"""« updated », « dernière mise à jour », « date de création »: when the file was written or
touched, not what it tells (a cannery founded in 1958 is not « mis à jour le 28 avril »)."""
SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")
"""« conserverie-guivarch »: an identifier a wiki or a site files the page under."""


def _with_fields(blocks: list[Block], fields: dict) -> list[Block]:
    """The front matter's other fields as the note's first lines, under its title: Obsidian
    shows « lieu : salle Vézoubre », « animation : [[Nadia Sebbar]] » as properties, and a
    reader asks where the meeting was held or who ran it."""
    lines = [f"{_field_name(key)} : {text}" for key, value in fields.items()
             if str(key).strip().lower() not in METADATA_FIELDS | MACHINE_FIELDS
             and not STAMP_FIELD.search(str(key)) and (text := _field_text(value))
             and not SLUG.fullmatch(text)]
    if not lines:
        return blocks
    at = 1 if blocks and blocks[0].kind == "heading" and blocks[0].level == 1 else 0
    return [*blocks[:at], *(Block(kind="paragraph", text=line) for line in lines), *blocks[at:]]


def _field_name(key) -> str:
    name = re.sub(r"[_-]+", " ", str(key)).strip()
    return name[:1].upper() + name[1:]


def _field_text(value) -> str | None:
    """A field's value as words: a date in French, a list joined by commas, a wikilink by
    its label; None for what is no text (a nested map, an empty list)."""
    if isinstance(value, list):
        texts = [text for item in value if (text := _field_text(item))]
        return ", ".join(texts) if texts and not any(isinstance(item, dict | list)
                                                     for item in value) else None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return f"{value.day} {MONTHS[value.month - 1]} {value.year}"
    text = _scalar(value)
    return inline(_obsidian_marks(text)) if text else None


def _scalar(value) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, dict | list):
        return None
    return inline(str(value)) or None


# ---------------------------------------------------------------- blocks


def _blocks(tokens: list[Token]) -> list[Block]:
    blocks: list[Block] = []
    heading_level = 0
    items = 0  # depth of open list items
    item_started: list[bool] = []  # per open item: has its first paragraph been emitted?
    headers: list[str] = []
    row: list[str] | None = None
    in_head = False
    last_level = 1  # the level of the last heading, which a disclosure's summary is under
    for token in tokens:
        kind = token.type
        if kind == "heading_open":
            heading_level = last_level = int(token.tag[1])
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "list_item_open":
            items += 1
            item_started.append(False)
        elif kind == "list_item_close":
            items -= 1
            item_started.pop()
        elif kind == "table_open":
            headers = []
        elif kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            if in_head:
                headers = row
            else:
                blocks.extend(Block(kind="row", text=text) for text in table_rows(headers, row))
            row = None
        elif kind == "inline":
            text = _inline_text(token)
            if TOC_MARK.fullmatch(text):
                continue  # « [TOC] »: where an editor draws its table of contents
            if row is not None:
                row.append(text)
            elif not text:
                continue
            elif heading_level:
                blocks.append(Block(kind="heading", text=text, level=heading_level))
            elif items and not item_started[-1]:
                item_started[-1] = True
                blocks.append(Block(kind="item", text=text))
            elif items and blocks and blocks[-1].kind == "item" and _is_label(blocks[-1].text):
                # « - 2 octobre 2027 » over an indented « Création de la page. »: a toggle's
                # title (Notion) or a term and what it says, one statement
                blocks[-1] = Block(kind="item", text=f"{blocks[-1].text} : {text}")
            else:
                # A list item's second paragraph is a paragraph of its own; so is each line a
                # hard break ends (« **Date :** … » over « **Lieu :** … »): a line of its own
                blocks.extend(Block(kind="paragraph", text=line)
                              for line in _inline_text(token, breaks=True).split("\n") if line)
        elif kind == "container_callout_open" and (title := _callout_title(token.info)):
            blocks.append(Block(kind="paragraph", text=title))
        elif kind == "html_block" and (found := SUMMARY.search(token.content)):
            # « <details><summary>FAQ</summary> », as GitLab and GitHub wikis fold a section:
            # its summary titles what follows, under the heading above
            blocks.append(Block(kind="heading", text=inline(re.sub(r"<[^>]+>", " ",
                                                                   found.group(1))),
                                level=min(last_level + 1, 6)))
        elif kind in ("fence", "code_block"):
            text = inline(token.content)
            if text:
                blocks.append(Block(kind="paragraph", text=text))
    return blocks


LABEL_WORDS = 6  # « Ménage », « 2 octobre 2027 », « Appels et visio »: a title, not a sentence


def _is_label(text: str) -> bool:
    return (len(text.split()) <= LABEL_WORDS
            and not text.rstrip().endswith((".", "!", "?", ":", ";")))


def _callout_title(info: str) -> str:
    """« :::tip Bon à savoir » is titled « Bon à savoir »; « :::info » has no title."""
    return inline(info.strip().partition(" ")[2].strip().strip('"'))


def _inline_text(token: Token, breaks: bool = False) -> str:
    """The text a reader sees: emphasis marks, link targets and inline HTML gone, link text
    and image descriptions kept; with breaks, a hard line break (two spaces or a backslash
    at a line's end, « <br> ») as a newline."""
    parts: list[str] = []
    hard = "\n" if breaks else " "
    for child in token.children or []:
        if child.type == "text":
            parts.append(_obsidian_marks(child.content))
        elif child.type == "code_inline":
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(SOFT)
        elif child.type == "hardbreak":
            parts.append(hard)
        elif child.type == "image":
            parts.append(child.content)
        elif child.type == "html_inline" and re.match(r"<br\b", child.content, re.I):
            parts.append(hard)
    joined = "".join(parts)
    if breaks and _fields_one_a_line(joined):
        joined = joined.replace(SOFT, "\n")
    lines = [inline(line) for line in joined.replace(SOFT, " ").split("\n")]
    text = lines[0]
    for line in lines[1:]:
        text += "\n" + line if _opens_line(text, line) else " " + line
    return text.strip()


SOFT = "\x00"  # a line end in the source, which Markdown reads as a space
WIKILINK = re.compile(r"!?\[\[([^\]|#]*)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]")
"""Obsidian's « [[Jade Pelletier]] », « [[note|texte]] », « ![[annexe.pdf]] »: what is shown."""
HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
"""Obsidian's « ==surligné== »: the text, without its marks."""
COMMENT = re.compile(r"%%.*?%%", re.S)
"""Obsidian's « %% note cachée %% »: not shown, not read."""

ABBREVIATION = re.compile(r"^\*\[([^\]\n]{1,40})\]:[ \t]*(\S.*)$", re.M)
"""« *[DDETS]: Direction départementale … »: PHP Markdown Extra's and MkDocs' glossary."""
FOOTNOTE_CALL = re.compile(r"\[\^([^\]\s]{1,20})\](:[ \t]*)?")
"""« … 46 jours[^1]. » and, opening a line, « [^1]: Données transmises … »."""
ICON = re.compile(r":(?:material|fontawesome|octicons|simple)-[\w-]+:[ \t]?")
"""MkDocs Material's « :material-email: », an icon drawn, no word said."""
SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _extensions_spelled(body: str) -> str:
    """What Markdown extensions draw, in words: each abbreviation's definition a line of a
    glossary (« DDETS : Direction départementale … »), its own paragraph; footnotes called
    and given as a printed page does (« 46 jours¹ », « ¹ Données … »); icons gone."""
    body = ABBREVIATION.sub(lambda found: f"\n{found.group(1)} : {found.group(2)}\n", body)
    body = WRAPPER_TAG.sub("", body)
    body = CALLOUT_LINE.sub(_callout_titled, body)
    body = CONTENT_TAB.sub(r'\1!!! tab "\2"', body)
    return FOOTNOTE_CALL.sub(_footnote_mark, ICON.sub("", body))


WRAPPER_TAG = re.compile(r"(?im)^[ \t]*</?(?:aside|div|section|article|center)\b[^>\n]*>[ \t]*$")
"""A tag alone on its line that only wraps Markdown: Notion's callout (« <aside> … </aside> »),
a README's « <div align="center"> ». CommonMark reads the text inside as raw HTML, which is
dropped; without the tags it is Markdown again (the callout's « Prochain COPIL : 9 juillet »)."""


CONTENT_TAB = re.compile(r'^([ \t]*)===[+!]?[ \t]+"([^"\n]*)"[ \t]*$', re.M)
"""MkDocs Material's content tab, « === "Association" » over its indented text: read as a
titled note (an admonition), which it is drawn like; CommonMark alone reads its text as code."""
CALLOUT_LINE = re.compile(r"^((?:[ \t]*>)+[ \t]*)\[!\w[\w-]*\][+-]?[ \t]+(\S[^\n]*)$", re.M)
"""« > [!info] Contexte » over the callout's text."""


def _callout_titled(found: re.Match[str]) -> str:
    """A callout's title labels its text as a field's name does its value (« Prochaine
    réunion : Mardi 19 mai … », « Contexte : 4e réunion … »): one line, the title's words
    kept with what they say of it, not run into its first sentence (« Contexte 4e réunion »)."""
    title = found.group(2).rstrip()
    return f"{found.group(1)}{title}{'' if title.endswith((':', '?', '!', '.')) else ' :'}"


def _footnote_mark(found: re.Match[str]) -> str:
    """A numbered footnote's superscript (« ¹ »), else its label; a note's text follows
    its mark, apart from the note before it."""
    label = found.group(1)
    mark = label.translate(SUPERSCRIPT_DIGITS) if label.isdigit() else f"({label})"
    return f"\n{mark} " if found.group(2) is not None else mark  # each note a paragraph


CALLOUT = re.compile(r"^\[!\w[\w-]*\][+-]?\s*")
"""Obsidian's and GitHub's « > [!info] Infos pratiques »: the callout's kind, not its text."""


def _obsidian_marks(text: str) -> str:
    """Text as Obsidian shows it: a wikilink as its label, a highlight without its marks, a
    callout by its title."""
    text = CALLOUT.sub("", text)
    text = WIKILINK.sub(lambda match: (match.group(2) or match.group(1)).strip(), text)
    return HIGHLIGHT.sub(r"\1", text)


def _fields_one_a_line(text: str) -> bool:
    """« Date : … » / « Lieu : … » / « Animation : … », one field a source line: a block of
    fields (HedgeDoc breaks its lines where it shows them), each read as a line."""
    lines = [line for line in text.split(SOFT) if line.strip()]
    return len(lines) >= 2 and all(LABEL.match(inline(line)) for line in lines)


TOC_MARK = re.compile(r"\[\[?_?TOC_?\]\]?|\[toc\]", re.I)
LABEL = re.compile(r"^[A-ZÀ-Ý][^\s:]*(?:\s+[^\s:]+){0,4}\s?:\s")
"""« Lieu : … », « Secrétaire de séance : … »: a labelled line."""


def _opens_line(before: str, line: str) -> bool:
    """A hard break sets a line apart after a sentence's end or before a labelled line; in
    the middle of a sentence (« Le plafond vaut<br>5 000 €. ») it is a space."""
    return before.rstrip().endswith((".", "!", "?", ":")) or bool(LABEL.match(line))
