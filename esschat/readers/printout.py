"""Fixed-width printouts: the tables accounting or management software prints as text.

Such a printout sets its figures right-aligned in columns and heads them with lines set over a
rule that runs the page's width (« Exercice N » over « 31/12/2025 »). The text reader cuts a
table where a line is not cells, so the header, the section titles (« CHARGES
D'EXPLOITATION ») and the totals between rules each fell apart from the rows, and a row read
« Subv. Région — 20 000,00 ; 25 000,00 »: which year each figure is for was lost. Here the
columns are found where the rows' figures end, the header lines above the rule are cut at
those ends, and every row, total and later section of the same columns is read with them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from esschat.models import Block
from esschat.readers.base import table_rows

SPAN = re.compile(r"\S+(?: \S+)*")
"""A printout's cell: words one space apart; two spaces or more stand between cells."""
FIGURE = re.compile(r"[-+]?\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?\s?%?")
"""An amount as a printout sets it: « 412 380,00 », « -4 570,77 », « +55,0 »."""
FULL_RULE = re.compile(r"^\s*([-=_])\1{19,}\s*$")
"""The rule a printout draws across the page under its header (twenty characters or more)."""
CUT_RULE = re.compile(r"^\s*-{2,}(?:\s+-{2,})*\s*$")
"""The dashes drawn under a column's figures before its total."""
MIN_ROWS = 3  # columns are where three rows or more end their figures, not where one happens to
MIN_COLUMNS = 2  # one figure per line is a list of labelled values, not a printout's columns
HEAD_LINES = 3  # a column's header: a name, a date, a unit; more is a paragraph above the table
UNIT_LINE = re.compile(r"^\s*(?:(?:montants?|sommes?|chiffres?|valeurs?)\s+)?(?:exprimés?\s+)?"
                       r"en\s+(?P<unit>euros?|€|k€|milliers d[’']euros)\.?\s*$", re.I)
"""« Montants en euros »: the unit a printout states once, over its header."""
UNIT_LINES = 4  # the unit is stated with the printout's title and period, over its top rule
SECTION_CHARS = 60  # « PRODUITS ET CHARGES FINANCIERS »: a title between the rule and the rows


class Span(NamedTuple):
    start: int
    end: int
    text: str


def spans(line: str) -> list[Span]:
    return [Span(match.start(), match.end(), match.group()) for match in SPAN.finditer(line)]


def figure_ends(lines: list[str]) -> tuple[int, ...]:
    """Where the table's figure columns end: the right edges that at least MIN_ROWS lines
    end a figure on, when there are MIN_COLUMNS of them or more; else none."""
    counts: dict[int, int] = {}
    for line in lines:
        for span in spans(line)[1:]:
            if FIGURE.fullmatch(span.text):
                counts[span.end] = counts.get(span.end, 0) + 1
    ends = tuple(sorted(end for end, count in counts.items() if count >= MIN_ROWS))
    return ends if len(ends) >= MIN_COLUMNS else ()


def _column(span: Span, ends: tuple[int, ...]) -> int | None:
    """The column a cell ends in: figures and their headers are set flush right."""
    return next((index for index, end in enumerate(ends) if abs(span.end - end) <= 1), None)


def is_row(line: str, ends: tuple[int, ...]) -> bool:
    """A label, then figures ending in at least MIN_COLUMNS of the columns (a total between
    rules: « RESULTAT D'EXPLOITATION (I - II)   22 911,44   -4 570,77 »)."""
    cells = spans(line)
    return (len(cells) > MIN_COLUMNS and _column(cells[0], ends) is None
            and sum(bool(FIGURE.fullmatch(cell.text)) and _column(cell, ends) is not None
                    for cell in cells[1:]) >= MIN_COLUMNS)


def _is_head(line: str, ends: tuple[int, ...]) -> bool:
    """A header line: it ends a cell in a figure column, and sets no amount there."""
    cells = spans(line)
    placed = [cell for cell in cells if _column(cell, ends) is not None]
    return bool(placed) and not any(FIGURE.fullmatch(cell.text) for cell in placed)


def heads_above(lines: list[str], ends: tuple[int, ...]) -> list[int]:
    """The indexes of the header lines and rule at the foot of ``lines`` that head a table of
    these columns, or none: a section title and blank lines may stand between the rule and
    the rows, the header lines stand right over the rule."""
    index = len(lines) - 1
    sections = 0
    while index >= 0 and not FULL_RULE.match(lines[index]):
        text = lines[index].strip()
        if text:
            sections += 1
            if sections > 1 or len(text) > SECTION_CHARS or len(spans(text)) > 1:
                return []
        index -= 1
    rule, index = index, index - 1
    head = []
    while index >= 0 and len(head) < HEAD_LINES and _is_head(lines[index], ends):
        head.insert(0, index)
        index -= 1
    return [*head, rule] if head else []


def unit_above(lines: list[str]) -> str | None:
    """The line stating the printout's unit, among the last lines over its header."""
    return next((line for line in reversed(lines[-UNIT_LINES:]) if UNIT_LINE.match(line)), None)


def rows(lines: list[str]) -> list[Block]:
    """A printout table's blocks: ``lines`` are its header lines, the rule, and its rows."""
    rule = next(index for index, line in enumerate(lines) if FULL_RULE.match(line))
    body = [line for line in lines[rule + 1:] if line.strip() and not CUT_RULE.match(line)]
    ends = _headed_ends(lines[:rule], body)
    starts = [min((cell.start for line in body for cell in spans(line)
                   if _column(cell, ends) == column), default=end)
              for column, end in enumerate(ends)]
    headers = [""] * (len(ends) + 1)
    unit = next((found for line in lines[:rule] if (found := UNIT_LINE.match(line))), None)
    for line in lines[:rule]:
        if UNIT_LINE.match(line):
            continue
        for cell in spans(line):
            column = _column(cell, ends)
            if column is None and cell.end <= starts[0]:
                headers[0] = f"{headers[0]} {cell.text}".strip()
            elif column is not None:
                headers[column + 1] = f"{headers[column + 1]} {cell.text}".strip()
    if unit:  # each amount's column says it, so that a row quoted alone keeps its unit
        sign = "k€" if unit.group("unit").startswith(("k", "m")) else "€"
        headers[1:] = [f"{header} ({sign})" if header and "%" not in header else header
                       for header in headers[1:]]
    blocks = []
    for line in body:
        cells = [""] * (len(ends) + 1)
        for cell in spans(line):
            column = _column(cell, ends)
            place = 0 if column is None else column + 1
            cells[place] = f"{cells[place]} {cell.text}".strip()
        blocks.extend(Block(kind="row", text=text) for text in table_rows(headers, cells))
    return blocks


def _headed_ends(head: list[str], body: list[str]) -> tuple[int, ...]:
    """The columns of this part of the printout: where a header ends over a cell. A section
    whose rows leave a column blank or « n.s. » keeps it, as does a total alone."""
    headed = {cell.end for line in head for cell in spans(line)}
    placed = {cell.end for line in body for cell in spans(line)[1:]}
    return tuple(sorted(end for end in headed
                        if any(abs(end - other) <= 1 for other in placed)))


def regroup(groups: list[tuple[bool, list[str]]]) -> list[tuple[bool, list[str]]]:
    """The text's groups of lines (tables and prose) with each printout table's header lines
    and rule moved from the prose above it to its head. A later table of the same columns
    with no header of its own (the next section), and a total standing alone between rules,
    get the same header."""
    out: list[tuple[bool, list[str]]] = []
    head: list[str] = []
    ends: tuple[int, ...] = ()
    seen: set[str] = set()  # the running header's lines, their page numbers masked
    for is_table, group in groups:
        if not is_table:
            out.extend(_totals_apart(group, head, ends))
            continue
        found = figure_ends(group)
        if found and out and not out[-1][0] and (above := heads_above(out[-1][1], found)):
            prose = out[-1][1]
            unit = unit_above(prose[:above[0]])
            head, ends = [*([unit] if unit else []), *(prose[index] for index in above)], found
            out[-1] = (False, _titles_marked([line for index, line in enumerate(prose)
                                              if index not in above], above[0]))
            if len(out) >= 2 and out[-2][0] and len(out[-2][1]) <= PAGE_HEADER_LINES:
                out[-2] = (False, _running_header(out[-2][1], seen))
        elif not found or not set(found) <= set(ends):
            head, ends = [], ()
        elif head and out and not out[-1][0]:
            out[-1] = (False, _titles_marked(out[-1][1], len(out[-1][1]), goes_on=True))
        out.append((True, [*head, *group]) if head else (is_table, group))
    return [(is_table, group) for is_table, group in out if group]


PAGE_HEADER_LINES = 3  # who prints, with the software and the page: « LA NAVETTE  ASSOCOMPTA »


def _running_header(lines: list[str], seen: set[str]) -> list[str]:
    """The lines a printout repeats over each page (the body's name beside the software's,
    its address beside « Page : 2 / 3 »): read once, as lines of text, so that the first names
    whose accounts they are; on later pages they say nothing new."""
    key = re.sub(r"\d+", "#", " ".join(" ".join(cell.text for cell in spans(line))
                                        for line in lines))
    if key in seen:
        return []
    seen.add(key)
    return [" — ".join(cell.text for cell in spans(line)) for line in lines]


TITLE_LINES = 4  # a printout's title stands over its period and unit, right above the header


def _titles_marked(lines: list[str], at: int, goes_on: bool = False) -> list[str]:
    """The prose over a printout table, its titles marked as headings: the section title
    between the header's rule and the rows (``lines[at:]``), or the last line when the
    table ``goes_on`` under a new section, and the page's title in capitals over the header
    (« COMPTE DE RESULTAT », « BILAN SIMPLIFIE AU 31/12/2025 »). The rows are then read
    under them, as the printout sets them."""
    lines = list(lines)
    filled = [index for index, line in enumerate(lines) if line.strip()]
    sections = filled[-1:] if goes_on else [index for index in filled if index >= at]
    for index in sections:
        if _is_title(lines[index]):
            lines[index] = f"### {lines[index].strip()}"
    if not goes_on:
        above = [index for index in filled if index < at and not FULL_RULE.match(lines[index])]
        title = next((index for index in reversed(above[-TITLE_LINES:])
                      if _is_title(lines[index], capitals=True)), None)
        if title is not None:
            lines[title] = f"## {lines[title].strip()}"
    return lines


def _is_title(line: str, capitals: bool = False) -> bool:
    """One cell, short, no figure row; in capitals when ``capitals``."""
    text = line.strip()
    letters = [char for char in re.sub(r"\(.*?\)", "", text) if char.isalpha()]  # « (suite) »
    return (len(spans(text)) == 1 and len(text) <= SECTION_CHARS and len(letters) >= 4
            and not text.startswith("#") and (not capitals or "".join(letters).isupper()))


def _totals_apart(lines: list[str], head: list[str], ends: tuple[int, ...]
                  ) -> list[tuple[bool, list[str]]]:
    """Prose lines, with the lines that are rows of the printout above set apart as tables."""
    if not head:
        return [(False, lines)]
    out: list[tuple[bool, list[str]]] = [(False, [])]
    for line in lines:
        if is_row(line, ends):
            out.extend([(True, [*head, line]), (False, [])])
        else:
            out[-1][1].append(line)
    return out


def is_printout(lines: list[str]) -> bool:
    """A table ``regroup`` headed: its header lines over a rule the page's width."""
    return any(FULL_RULE.match(line) for line in lines)
