"""Readers: a file in, its blocks and metadata out, one module per format.

``read_file`` picks the reader by extension and checks that the content matches it. Readers
run inside ingestion's child process (``esschat.ingest.FileReader``), so a file that loops or
balloons cannot hang the others.
"""

from __future__ import annotations

from pathlib import Path

from esschat.readers.base import NO_TEXT_LEFT, LoadedDocument, LoadError, without_contents

TEXT_SUFFIXES = {".txt", ".eml", ".vtt", ".srt"}
"""An e-mail saved from a mail client is text with headers; captions are text with timings."""
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SHEET_SUFFIXES = {".csv"}
"""An open-data extract or a spreadsheet saved as CSV."""
SUPPORTED_SUFFIXES = (TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
                      | SHEET_SUFFIXES)

__all__ = ["SUPPORTED_SUFFIXES", "LoadError", "LoadedDocument", "is_supported", "read_file",
           "unsupported_reason"]


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def unsupported_reason(suffix: str) -> str:
    """Why a file of this extension is not read: '… non pris en charge (.xlsx)'."""
    return f"type de fichier non pris en charge ({suffix or 'sans extension'})"


def read_file(path: Path) -> LoadedDocument:
    """Read one file into blocks; raises LoadError, with a one-line reason, for anything
    unusable."""
    suffix = path.suffix.lower()
    if not is_supported(path):
        raise LoadError(unsupported_reason(suffix))
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("fichier vide")
    document = _read(suffix, data)
    document.blocks = without_contents([block for block in document.blocks if block.text.strip()])
    if not document.blocks:
        raise LoadError(NO_TEXT_LEFT)
    return document


def _read(suffix: str, data: bytes) -> LoadedDocument:
    if suffix in PDF_SUFFIXES:
        from esschat.readers.pdf import read_pdf

        return read_pdf(data)
    from esschat.readers.text import decode_text, read_text

    if suffix in TEXT_SUFFIXES:
        return read_text(data)
    text, warnings = decode_text(data)
    if suffix in SHEET_SUFFIXES:
        from esschat.readers.spreadsheet import read_csv

        document = read_csv(text)
    elif suffix in HTML_SUFFIXES:
        from esschat.readers.html import read_html

        document = read_html(text)
    else:
        from esschat.readers.markdown import read_markdown

        document = read_markdown(text)
    document.warnings[:0] = warnings
    return document
