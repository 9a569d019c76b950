"""Reading corpus files (txt, md, html, pdf) into cleaned text pages, without web boilerplate."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from bs4 import BeautifulSoup

from esschat.models import Page

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES


class LoadError(Exception):
    """A file that cannot be read; the message says why in one line."""


@dataclass
class LoadedDocument:
    pages: list[Page]
    title: str | None = None
    warnings: list[str] = field(default_factory=list)


def is_supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES


def load_file(path: Path) -> LoadedDocument:
    """Read one file into cleaned pages; raises LoadError for anything unusable."""
    suffix = path.suffix.lower()
    if not is_supported(path):
        raise LoadError(f"unsupported file type {suffix or '(none)'}")
    data = path.read_bytes()
    if not data.strip():
        raise LoadError("empty file")
    if suffix in PDF_SUFFIXES:
        document = _load_pdf(data)
    else:
        text, warnings = decode_text(data)
        document = (_load_html(text) if suffix in HTML_SUFFIXES
                    else LoadedDocument([Page(text=text)]))
        document.warnings.extend(warnings)
        document.pages = [Page(text=clean_text(page.text)) for page in document.pages]
    if not any(page.text.strip() for page in document.pages):
        raise LoadError("no text left after removing boilerplate")
    return document


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 first; Windows-1252 (common for files saved on Windows) when UTF-8 fails."""
    if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.05:
        raise LoadError("binary content, not text")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise LoadError(f"not UTF-8 nor Windows-1252 text (byte {error.start})") from error
    return text, ["read as Windows-1252 (cp1252), not UTF-8"]


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(len(sample), 1)


# ---------------------------------------------------------------- HTML

_DROPPED_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                 "iframe", "svg", "template", "button", "select", "input", "object", "embed"]
_BOILERPLATE_ATTR = re.compile(r"cookie|consent|breadcrumb|navbar|menu|share|social|skip", re.I)
_BLOCK_TAGS = ["p", "div", "section", "article", "main", "br", "tr", "table", "blockquote",
               "pre", "dd", "dt", "figcaption", "ul", "ol"]


def _load_html(html: str) -> LoadedDocument:
    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    for tag in soup(["head", *_DROPPED_TAGS]):
        tag.decompose()
    for tag in soup.find_all(_is_boilerplate_container):
        tag.decompose()
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            heading.replace_with(f"\n\n{'#' * level} {heading.get_text(' ', strip=True)}\n\n")
    for item in soup.find_all("li"):
        item.insert_before("\n- ")
        item.insert_after("\n")
    for block in soup.find_all(_BLOCK_TAGS):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    text = soup.get_text("")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return LoadedDocument([Page(text=_collapse_blank_lines("\n".join(lines)))], title=title)


def _is_boilerplate_container(tag) -> bool:
    if tag.attrs is None or tag.name in ("html", "body", "main", "article"):
        return False
    if tag.get("role") in ("navigation", "banner", "contentinfo", "dialog"):
        return True
    marker = " ".join([tag.get("id") or "", *(tag.get("class") or [])])
    return bool(marker and _BOILERPLATE_ATTR.search(marker))


# ---------------------------------------------------------------- PDF


def _load_pdf(data: bytes) -> LoadedDocument:
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    if not data.lstrip().startswith(b"%PDF"):
        raise LoadError("not a PDF (no %PDF header)")
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError("encrypted PDF: a password is required to read it")
        pages = [Page(text=clean_text(page.extract_text() or ""), number=number)
                 for number, page in enumerate(reader.pages, start=1)]
    except LoadError:
        raise
    except FileNotDecryptedError as error:
        raise LoadError("encrypted PDF: a password is required to read it") from error
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as error:
        raise LoadError(f"damaged or truncated PDF ({error})") from error
    if not pages:
        raise LoadError("damaged or truncated PDF (no pages)")
    if not any(page.text.strip() for page in pages):
        raise LoadError("PDF without a text layer (scanned?): run OCR on it first")
    return LoadedDocument([page for page in pages if page.text.strip()])


# ---------------------------------------------------------------- boilerplate

_NAV_LINES = re.compile(
    r"^(sur le même sujet|top|haut de page|retour en haut( de page)?|partager( sur .*)?|imprimer|"
    r"lire la suite|voir aussi|menu|rechercher|fermer|accueil|advertising|other|"
    r"logo( de .*)?|traduit en page html|et hébergé par .*|[\w.-]*www\.[\w./-]+|https?://\S+)$",
    re.I,
)
_BREADCRUMB = re.compile(r"^(vous êtes ici\s*:?.*|accueil\s*(›|>|/|»|accueil).*)$", re.I)
_COOKIE_BANNER_START = re.compile(
    r"^(centre de préférences de confidentialité|gestion des cookies|paramètres des cookies|"
    r"nous utilisons des cookies|ce site utilise des cookies|politique de cookies)", re.I)
_COOKIE_LINE = re.compile(r"cookie|_ga\b|gdpr\[", re.I)
_PHOTO_CREDIT = re.compile(r"\s*(©|\(c\)|crédits? photo\s*:)\s*[^.\n]{0,60}$", re.I)


def clean_text(text: str) -> str:
    """Drop web boilerplate lines: breadcrumbs, cookie banners, photo credits, link lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if _COOKIE_BANNER_START.match(line):
            break
        line = _PHOTO_CREDIT.sub("", line).strip()
        if _is_boilerplate_line(line):
            continue
        kept.extend(_split_inline_bullets(line))
    return _collapse_blank_lines("\n".join(kept))


def _is_boilerplate_line(line: str) -> bool:
    if not line:
        return False
    bare = line.lstrip("#-•* ").strip()
    return bool(
        _NAV_LINES.match(bare) or _BREADCRUMB.match(bare) or _COOKIE_LINE.search(line)
    )


def _split_inline_bullets(line: str) -> list[str]:
    """'• a • b' on one line becomes one item per line, so each is seen as a list item."""
    if not line.startswith("•"):
        return [line]
    return ["• " + item.strip() for item in line.split("•") if item.strip()]


def _collapse_blank_lines(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")
