"""Spreadsheets saved as CSV: an open-data extract (« .csv »), or rows pasted into a text file.

Each record becomes one row that keeps its column headers (``base.table_row``), so that one
structure's line can be quoted with what each of its values is.
"""

from __future__ import annotations

import csv
import re

from esschat.models import Block
from esschat.readers.base import LoadedDocument, LoadError, table_rows

CSV_LINE = re.compile(r"^[^;\s][^;]*(?:;(?! )[^;]*){2,}$")
"""« 6;Garage solidaire;Quercillac;25000;9,5 »: a spreadsheet's rows pasted as CSV, three
cells or more cut by semicolons with no space around them (prose writes « ; » with spaces)."""
MIN_RECORDS = 3  # a header and two records: two lines with semicolons may be prose's
DELIMITERS = ";,\t|"
"""What spreadsheets cut cells with: French exports use « ; » (the comma is the decimal
mark), others « , », a tab or « | »."""
FIGURE_CELL = re.compile(r"[-+–]?\d[\d\s.,]*\s?(?:%|€)?")
"""A cell that is a figure, not a header naming its unit (« note (/20) »)."""
CODE_CELL = re.compile(r"\d{5,}")
"""A SIRET, a SIREN, an INSEE code: a number that identifies a row but does not say what it
is about, which the row's name does."""


def is_csv_line(line: str) -> bool:
    return bool(CSV_LINE.match(_without_quoted_cells(line.strip())))


def sheet(lines: list[str]) -> list[list[str]] | None:
    """The records of rows pasted from a spreadsheet, else None: each line CSV, every record
    with as many cells (a quoted cell may hold a semicolon, « "ZA des Garennes; bâtiment B" »,
    or run over two lines, an address « "La Filature↵3 quai des Fileuses" »)."""
    if (len(lines) < MIN_RECORDS or not all(is_csv_line(line) for line in lines)
            or any(" ;" in _without_quoted_cells(line) for line in lines)):
        return None
    rows = records(lines)
    return rows if len({len(cells) for cells in rows}) == 1 else None


def records(lines: list[str], delimiter: str = ";") -> list[list[str]]:
    """The records of CSV lines, quotes read as a spreadsheet writes them; a cell that runs
    over lines is one cell, its line breaks spaces."""
    reader = csv.reader((f"{line.strip()}\n" for line in lines), delimiter=delimiter)
    return [[" ".join(cell.split()) for cell in record] for record in reader if any(record)]


def sheet_blocks(rows: list[list[str]]) -> list[Block]:
    """Each record with the sheet's column headers (its first row, unless that row holds
    figures). Headers written as field names (« forme_juridique ») are read as words. A first
    column of codes gives way to the first column of names (« nom ») as the row's label."""
    headers, body = rows[0], rows[1:]
    if any(FIGURE_CELL.fullmatch(cell) for cell in headers):
        headers, body = [], rows
    headers = [header.replace("_", " ") if " " not in header else header for header in headers]
    named = _name_column(body)
    if named and (not headers or len(headers) == len(body[0])):
        order = [named, *(column for column in range(len(body[0])) if column != named)]
        headers = [headers[column] for column in order] if headers else []
        body = [[cells[column] for column in order] for cells in body]
    return [Block(kind="row", text=text) for cells in body for text in table_rows(headers, cells)]


def _name_column(body: list[list[str]]) -> int | None:
    """The first column holding a name in every record, when the first holds only codes."""
    widths = {len(cells) for cells in body}
    if len(widths) != 1 or not all(CODE_CELL.fullmatch(cells[0].replace(" ", ""))
                                   for cells in body):
        return None
    width = widths.pop()
    return next((column for column in range(1, width)
                 if all(re.search(r"[^\W\d_]{2}", cells[column]) for cells in body)), None)


def read_csv(text: str) -> LoadedDocument:
    """A « .csv » file: its delimiter guessed from its first lines (among DELIMITERS), then
    one row per record."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise LoadError("fichier CSV sans ligne")
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=DELIMITERS)
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = max(DELIMITERS, key=lines[0].count)
    rows = records(lines, delimiter)
    if len(rows) < 2 or max(len(cells) for cells in rows) < 2:
        raise LoadError("fichier CSV sans colonnes : aucun séparateur « ; », « , » ou "
                        "tabulation trouvé")
    return LoadedDocument(sheet_blocks(rows))


def _without_quoted_cells(line: str) -> str:
    """The line without its quoted cells, whose text may be prose."""
    return re.sub(r'"[^"]*"', '""', line)
