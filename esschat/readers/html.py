"""HTML reader: the main content of a saved web page as headings, paragraphs, list items and
table rows, plus the page's own metadata (title, date, publisher, canonical url).

Trafilatura finds the main content and leaves the page furniture out (menus, banners, cookie
consent, breadcrumbs, share links, sidebars, footers, scripts); its XML output keeps the
structure this reader turns into blocks. Two small checks drop what it may let through: a
paragraph that is only a photo credit, or only a download link's label. Nothing is fetched:
the page is read from the string given."""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Callable
from itertools import zip_longest

from bs4 import BeautifulSoup, NavigableString, Tag
from lxml import etree

from esschat.models import Block
from esschat.readers.base import (
    FOOTER_HEADING,
    NO_TEXT_LEFT,
    SIDEBAR_HEADING,
    LoadedDocument,
    LoadError,
    figures_labelled,
    inline,
    iso_date,
    restates_header,
    table_rows,
)

# Below this many characters of main text, trafilatura's default (balanced) mode may replace
# its own extraction with a dump of the whole page, menus included (its "baseline rescue");
# its precision mode never does. trafilatura's own threshold (MIN_EXTRACTED_SIZE) is 250.
SHORT_PAGE = 250

_EXTRACT_OPTIONS = dict(output_format="xml", include_comments=False, include_tables=True,
                        include_images=False, include_formatting=False, include_links=False,
                        with_metadata=False, deduplicate=False)

# A paragraph that is only a photo credit or a copyright line.
_CREDIT = re.compile(r"^(©|\(c\)|copyright\b|cr[ée]dits?(\s+photos?)?\s*:|photos?\s*:)", re.I)
# A paragraph that is only a download link's label: 'Télécharger le règlement (PDF, 412 Ko)'.
_DOWNLOAD = re.compile(r"^(t[ée]l[ée]charger|download)\b", re.I)
_FILE_HINT = re.compile(r"\b(pdf|docx?|odt|xlsx?|ods|zip)\b|\d\s*(ko|mo|kb|mb|go)\b", re.I)

# Title separators a site appends its name with: 'Appel à projets | Département du Val-de-Marne'.
_TITLE_SEPARATOR = r"\s+(?:\||-|–|—|·|•|::|»)\s+"


def read_html(text: str) -> LoadedDocument:
    """A web page as blocks in reading order, with the metadata its head carries."""
    if not text.strip():
        raise LoadError("fichier vide")
    content = _rowspans_spread(_prices_kept(_lead_kept(_times_kept(_disclosures_kept(
        _attributions_kept(_data_sections_kept(_content_names_kept(_icons_unnamed(
            _bold_headers(_word_export(_styled_headings(_edit_links_dropped(text)))))))))))))
    blocks = _with_thread(content, _trafilatura_blocks(content))
    if _length(blocks) < SHORT_PAGE:
        blocks = _with_headings(blocks, _fallback_blocks(content))
    blocks = figures_labelled([block for block in blocks if not _is_furniture(block)])
    if not blocks:
        raise LoadError(NO_TEXT_LEFT)
    blocks = [*blocks, *_page_edges(content, blocks)]
    dateline = _dateline(content)
    blocks = _with_dateline(blocks, dateline)
    document = LoadedDocument(blocks)
    _read_metadata(text, document)
    if not document.date and dateline and (day := DAY_SAID.search(dateline)):
        document.date = iso_date(*day.groups())  # a blog's « Publié le 12 février 2028 par
        # … » under the title, its head giving no date
    if not document.title:
        document.title = next((block.text for block in blocks
                               if block.kind == "heading" and block.level == 1), None)
    return document


# ---------------------------------------------------------------- wiki edit links

EDIT_SECTION = re.compile(r"(?:mw-)?editsection")
"""MediaWiki's « [modifier | modifier le code] » beside each heading: links, not its words."""


def _edit_links_dropped(html: str) -> str:
    """A wiki's headings without their edit links (« Partenaires[modifier | modifier le
    code] » is the heading « Partenaires »)."""
    if "editsection" not in html:
        return html
    soup = BeautifulSoup(html, "lxml")
    for link in soup.find_all(class_=EDIT_SECTION):
        link.decompose()
    return str(soup)


# ---------------------------------------------------------------- word processor's lists

WORD_LIST = re.compile(r"^MsoListParagraph")
BULLET_GLYPH = re.compile(r"[·•▪◦§oØü–-]")
"""The bullets Word sets in Symbol, Courier New or Wingdings before a list's items."""


def _word_export(html: str) -> str:
    """Word's « page web »: its text stands loose in the body, so the body is read as one
    article, headings and all (« <h1><a name="_Toc…">2. Éligibilité</a></h1> »); its bulleted
    lists are items (_word_bullets) and its footnotes are kept (_word_notes)."""
    if "WordSection" not in html and "MsoListParagraph" not in html:
        return html
    soup = BeautifulSoup(html, "lxml")
    _as_article(soup)
    _word_bullets(soup)
    _word_notes(soup)
    return str(soup)


def _word_bullets(soup: BeautifulSoup) -> None:
    """A bulleted list written as paragraphs (« <p class=MsoListParagraphCxSpFirst><span
    style='font-family:Symbol'>·<span>&nbsp;…</span></span>les structures … ;</p> ») is a
    list's items, the glyph no word, so that the sentence announcing them (« Peuvent
    répondre : ») is quoted with them."""
    items = soup.find_all("p", class_=WORD_LIST)
    for paragraph in items:
        glyph = paragraph.find("span")
        if glyph is not None and BULLET_GLYPH.fullmatch(glyph.get_text().strip(" \xa0")):
            glyph.decompose()
        paragraph.name = "li"
    for paragraph in items:
        if paragraph.parent is None or paragraph.parent.name == "ul":
            continue
        listed = soup.new_tag("ul")
        paragraph.insert_before(listed)
        following = paragraph
        while following is not None and getattr(following, "name", None) == "li":
            after = following.find_next_sibling()
            listed.append(following.extract())
            following = after


def _word_notes(soup: BeautifulSoup) -> None:
    """Footnotes stand after a rule, outside the section that holds the text, where they read
    as page furniture and were dropped (« [2] Le bilan final doit parvenir … trois mois après
    la fin du projet. »): they are moved to the text's end, under « Notes », without the
    bracketed numbers that link them to their calls."""
    notes = soup.find_all("p", class_="MsoFootnoteText")
    sections = soup.find_all("div", class_=re.compile(r"^WordSection"))
    if not notes or not sections:
        return
    for call in soup.find_all("a", href=WORD_NOTE_LINK):
        call.decompose()  # « Brézonne[1] » in the text, « [1] » before the note: numbers
        # in brackets a reader would take for the answer's own citations
    heading = soup.new_tag("h2")
    heading.string = "Notes"
    sections[-1].append(heading)
    for note in notes:
        sections[-1].append(note.extract())


WORD_NOTE_LINK = re.compile(r"^#_(?:ftn|edn)(?:ref)?\d+$")
"""Word's links between a footnote (or endnote) and its call."""


def _bold_headers(html: str) -> str:
    """A word processor's table heads its columns with a first row set in bold in plain
    cells (« <td><p><b>Critère</b></p></td><td><p><b>Pondération</b></p></td> »), not in
    <th>: that row names the columns, even of a table of two (« Critère | Pondération »)."""
    if "<table" not in html.lower() or not re.search(r"<(?:b|strong)\b", html, re.I):
        return html
    soup = BeautifulSoup(html, "lxml")
    changed = False
    for table in soup.find_all("table"):
        rows = table.find_all("tr")
        if len(rows) < 3 or rows[0].find("th") is not None:
            continue
        if _all_bold(rows[0]) and not _all_bold(rows[1]):
            for cell in rows[0].find_all("td"):
                cell.name = "th"
            changed = True
    return str(soup) if changed else html


def _all_bold(row: Tag) -> bool:
    """Every cell of the row with text has it all in bold."""
    cells = [cell for cell in row.find_all(["td", "th"]) if cell.get_text(strip=True)]
    return bool(cells) and all(
        "".join(bold.get_text() for bold in cell.find_all(["b", "strong"])).split()
        == cell.get_text().split() for cell in cells)


# ---------------------------------------------------------------- styled headings

CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^}]*)\}")
FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)pt")
BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)")
STYLED_HEADING_CHARS = 150  # a title is a line; a paragraph in big type is still a paragraph
LARGER_PT = 1.5  # 12 pt over 11 pt body text is a title's size; 11.5 pt, rounding


def _styled_headings(html: str) -> str:
    """A word processor's export (Google Docs, Word's « page web ») sets a title typed in
    big bold type as a paragraph whose class its style sheet makes bold and large (« <p
    class="c3"><span class="c4">1. Objet du projet</span></p> », « .c4{font-weight:700;
    font-size:14pt} »): such a paragraph is made the heading it looks like, by size, so
    that it titles its section instead of running into the paragraph before."""
    if "<style" not in html or "font-size" not in html:
        return html
    soup = BeautifulSoup(html, "lxml")
    rules = {name: body for sheet in soup.find_all("style")
             for name, body in CLASS_RULE.findall(sheet.get_text())}
    sizes = {name: float(found[1]) for name, body in rules.items()
             if (found := FONT_SIZE.search(body))}
    bold = {name for name, body in rules.items() if BOLD.search(body)}
    spans = [(span, _style_of(span, sizes)) for span in soup.find_all("span")]
    body_size = _body_size(spans)
    if body_size is None:
        return html
    titles = [(paragraph, size) for paragraph in soup.find_all("p")
              if (size := _title_size(paragraph, sizes, bold, body_size)) is not None]
    if not titles:
        return html
    ranks = sorted({size for _, size in titles}, reverse=True)
    for paragraph, size in titles:
        paragraph.name = f"h{min(ranks.index(size) + 1, 6)}"
    _as_article(soup)
    return str(soup)


def _as_article(soup: BeautifulSoup) -> None:
    """An export is one document, all of it content: trafilatura leaves out the headings of
    a page whose text stands loose in its body, so the body is made one article."""
    if soup.body is not None and soup.find(["main", "article"]) is None:
        article = soup.new_tag("article")
        article.extend([child.extract() for child in list(soup.body.contents)])
        soup.body.append(article)


def _style_of(tag: Tag, sizes: dict[str, float]) -> float | None:
    return next((sizes[name] for name in tag.get("class") or [] if name in sizes), None)


def _body_size(spans: list[tuple[Tag, float | None]]) -> float | None:
    """The size most of the text is set in."""
    weights: dict[float, int] = {}
    for span, size in spans:
        if size is not None:
            weights[size] = weights.get(size, 0) + len(span.get_text(strip=True))
    return max(weights, key=lambda size: (weights[size], -size)) if weights else None


def _title_size(paragraph: Tag, sizes: dict[str, float], bold: set[str],
                body_size: float) -> float | None:
    """The size of a paragraph set all in large bold type, a short line; else None."""
    text = paragraph.get_text(" ", strip=True)
    if not text or len(text) > STYLED_HEADING_CHARS or text.endswith((".", ";", ",")):
        return None
    spans = [span for span in paragraph.find_all("span") if span.get_text(strip=True)]
    if not spans or "".join("".join(span.get_text().split()) for span in spans) != "".join(
            text.split()):
        return None  # some of its words in the paragraph's own type
    found = {_style_of(span, sizes) for span in spans}
    if len(found) != 1 or None in found:
        return None
    size = found.pop()
    if size < body_size + LARGER_PT or not all(set(span.get("class") or []) & bold
                                               for span in spans):
        return None
    return size


# ---------------------------------------------------------------- main content

# Trafilatura drops any block whose id or class merely *contains* one of its boilerplate words
# (xpaths.OVERALL_DISCARD_XPATH, trafilatura 2.3): « nav », « menu », « social », « bar »,
# « meta », « options »... as substrings. These are the ones a French page's own words hold.
_DISCARD_PART = re.compile(r"nav|menu|social|shar|sidebar|banner|crumb|button|author|tags|"
                           r"footer|related|premium|viral|newsletter|cookie|bar|widget|byline|"
                           r"embed|consent|permission|meta|rating|attachment|timestamp|slide|"
                           r"viewport|overlay|options|expand|hidden|message|teaser")
# The words that name page furniture themselves: these keep their effect.
_FURNITURE_WORD = re.compile(
    r"(?:sub|top|main|site|mega|post|entry|page)?(?:nav|navbar|navbox|navigation|menus?|menubar|"
    r"sidebar|footer|share|sharing|social|banner|breadcrumbs?|buttons?|btn|tags?|author|byline|"
    r"related|widgets?|meta|metadata|slides?|slider|slideshow|options|overlay|cookies?|"
    r"newsletter|consent|permissions?|ratings?|attachments?|timestamp|viewport|expand|expanded|"
    r"premium|embed|embedded|viral|hidden|messages?|teaser|bar|toolbar)s?")
_NAME_WORD = re.compile(r"[^\W_]+")
_ATTRIBUTE_HINT = re.compile(r"\b(?:id|class)\s*=\s*[\"'][^\"']*(?:" + _DISCARD_PART.pattern + ")",
                             re.I)


ICON_CLASS = re.compile(r"""(\bclass\s*=\s*["'][^"']*?)(?<![\w-])[\w-]*-icon-[\w-]*""", re.I)
"""« fr-icon-calendar-line »: the icon the État's design system (DSFR) draws beside a callout
or a notice, named in the class of the element that holds the text."""


def _icons_unnamed(html: str) -> str:
    """A callout that shows an icon (« Date limite de dépôt des dossiers : vendredi 17 avril »
    under a calendar) is content, but trafilatura drops any block whose class holds « -icon »:
    the icon's name is taken out of the class, the rest of it kept."""
    previous = None
    while previous != html:  # one icon name a pass: a class may name two
        previous, html = html, ICON_CLASS.sub(r"\1", html)
    return html


def _content_names_kept(html: str) -> str:
    """A block whose id or class a CMS built from the page's own words (Drupal's field group
    « edit-group-navette » for a section on the tiers-lieu La Navette, « economie-sociale »,
    « bareme », « menuiserie ») is content, but trafilatura drops it: the name contains one of
    its boilerplate words. Such a word of a name, when it is a word of the page's text and not
    itself a furniture word (« nav », « sidebar », « share »), is taken out of the name."""
    if not _ATTRIBUTE_HINT.search(html):
        return html
    soup = BeautifulSoup(html, "lxml")
    page_words = set(_NAME_WORD.findall(_folded(soup.get_text(" "))))
    changed = False
    for tag in soup.find_all(lambda tag: tag.has_attr("id") or tag.has_attr("class")):
        for attribute in ("id", "class"):  # each tag once, whichever names it has
            value = tag.get(attribute)
            if value is None:
                continue
            kept = _without_content_words(value if isinstance(value, str) else " ".join(value),
                                          page_words)
            if kept is not None:
                tag[attribute] = kept
                changed = True
    return str(soup) if changed else html


def _data_sections_kept(html: str) -> str:
    """A titled section of facts (a data portal's « Métadonnées » with its contact, update
    frequency and downloads in a <dl>; a table under its heading) is content, though its
    class names page furniture (« dataset-metadata »): the furniture words are taken out of
    the name of a section that holds a heading and a <dl> or a <table>."""
    if not _ATTRIBUTE_HINT.search(html) or not re.search(r"<(?:dl|table)\b", html, re.I):
        return html
    soup = BeautifulSoup(html, "lxml")
    changed = False
    for tag in soup.find_all(lambda tag: tag.name in BODY_TAGS and (
            tag.has_attr("id") or tag.has_attr("class"))):
        if not (tag.find(HEADING_TAG) and tag.find(["dl", "table"])):
            continue
        for attribute in ("id", "class"):
            value = tag.get(attribute)
            name = value if isinstance(value, str) else " ".join(value or [])
            if name and _DISCARD_PART.search(name):
                tag[attribute] = _name_without(name, lambda word: bool(_DISCARD_PART.search(word)))
                changed = True
    return str(soup) if changed else html


def _without_content_words(name: str, page_words: set[str]) -> str | None:
    """The name without its words that are the page's and only look like furniture; None
    when it has none."""
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", name)
    dropped = {word for word in _NAME_WORD.findall(_folded(spaced))
               if _DISCARD_PART.search(word) and not _FURNITURE_WORD.fullmatch(word)
               and word in page_words}
    if not dropped:
        return None
    return _name_without(spaced, lambda word: _folded(word) in dropped)


def _name_without(name: str, dropped: Callable[[str], bool]) -> str:
    """An id or class without the words ``dropped`` picks."""
    return _NAME_WORD.sub(lambda found: "" if dropped(found.group(0)) else found.group(0), name)


def _folded(text: str) -> str:
    """Lower case without accents: a slug drops them (« économie » → « economie »)."""
    return "".join(char for char in unicodedata.normalize("NFD", text.lower())
                   if not unicodedata.combining(char))


_QUOTE = re.compile(r"<blockquote\b.*?</blockquote\s*>", re.I | re.S)
_QUOTE_FOOTER = re.compile(r"<(/?)footer\b", re.I)
_QUOTE_CITE = re.compile(r"(</p\s*>\s*)<cite\b([^>]*)>(.*?)</cite\s*>", re.I | re.S)


def _attributions_kept(html: str) -> str:
    """A quotation's <footer> names who said it ('— Agnès V., vice-présidente chargée de
    l'ESS'): it is the page's content, not its footer, so it is read as a paragraph. So is
    the <cite> a WordPress quote block sets after the quoted paragraphs (« Mélodie S.,
    céramiste »), which extraction drops; a <cite> inside a sentence names a work and
    stays there."""
    def kept(quote: re.Match) -> str:
        text = _QUOTE_FOOTER.sub(r"<\1p", quote.group(0))
        return _QUOTE_CITE.sub(r"\1<p\2>\3</p>", text)

    return _QUOTE.sub(kept, html)


_DISCLOSURE = re.compile(r"<(summary)\b[^>]*>(.*?)</summary\s*>|"
                         r"<(button)\b[^>]*\baria-controls=[^>]*>(.*?)</button\s*>", re.I | re.S)


def _disclosures_kept(html: str) -> str:
    """An FAQ set as an accordion: each question is the <summary> of a <details>, or a
    <button> that opens its answer's panel (aria-controls). Extraction drops buttons and
    summaries as page furniture, which left the answers (« Non. La CRESS … ») without the
    questions they answer; each becomes a heading over its answer."""
    return _DISCLOSURE.sub(lambda found: f"<h3>{found.group(2) or found.group(4)}</h3>", html)


LEAD_CLASS = re.compile(r"^(?:chapo|chapeau|entry-summary|lead|standfirst|intro|article-intro|"
                        r"article__intro|article-lead|article__lead|field--name-field-chapo|"
                        r"field--name-field-chapeau)$")
"""The classes CMS themes give an article's lead paragraph (SPIP's « chapo », WordPress's
« entry-summary », Drupal's chapô field, the press's « standfirst »)."""
BODY_HINT = re.compile(r"content|texte|\btext\b|body", re.I)
BODY_TAGS = ("div", "section", "article", "main")
_LEAD_HINT = re.compile(r"class=[\"'][^\"']*\b(?:chapo|chapeau|summary|lead|standfirst|intro)",
                        re.I)


def _lead_kept(html: str) -> str:
    """An article's lead set beside its body (SPIP's « div.chapo » then « div.texte
    entry-content »): trafilatura keeps the body it recognises and drops the lead, which
    often holds the key facts (« Ouverte le 14 juin 2025 … gérée par une SCIC »). The lead
    is moved to the top of the body that follows it."""
    if not _LEAD_HINT.search(html):
        return html
    soup = BeautifulSoup(html, "lxml")
    moved = False
    for lead in soup.find_all(class_=LEAD_CLASS):
        body = lead.find_next_sibling()
        if (body is None or body.name not in BODY_TAGS or lead.find_parent(class_=LEAD_CLASS)
                or not BODY_HINT.search(" ".join([*body.get("class", []), body.get("id", "")]))):
            continue
        for child in reversed(list(lead.children)):
            body.insert(0, child.extract())
        lead.decompose()
        moved = True
    return str(soup) if moved else html


_TIME = re.compile(r"</?time\b[^>]*>", re.I)


DATELINE = re.compile(r"(?:Publié|Publiée|Mis à jour|Mise à jour|Actualisé)\s+le\s+"
                      r"(?:\d{1,2}(?:er)?\s+[a-zéû]+\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})", re.I)
DATELINE_CHARS = 200  # « Publié le 12 mai 2026 (mis à jour le 19 mai 2026) par … »: one line


DAY_SAID = re.compile(r"\ble\s+(\d{1,2})(?:er)?\s+(\w+)\s+((?:19|20)\d\d)\b", re.I)
"""The first day a dateline says (« Publié le 12 février 2028 par … »): the page's date."""


def _dateline(html: str) -> str | None:
    """The line that says when the page was published (« Publié le 12 mai 2026 (mis à jour
    le 19 mai 2026) par … »), which trafilatura leaves out with the article's header: the
    answer to « Quand … a-t-il été publié ? », in the page's own words."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(["p", "div", "span", "time", "li"]):
        text = " ".join(tag.get_text(" ").split())
        if len(text) <= DATELINE_CHARS and DATELINE.match(text):
            return text
    return None


def _with_dateline(blocks: list[Block], dateline: str | None) -> list[Block]:
    """The dateline after the page's title, unless the reading kept it."""
    if dateline is None or any(DATELINE.search(block.text) for block in blocks):
        return blocks
    at = 1 if blocks[0].kind == "heading" else 0
    return [*blocks[:at], Block(kind="paragraph", text=inline(dateline)), *blocks[at:]]


def _times_kept(html: str) -> str:
    """« Mis à jour le <time>14/01/2026</time> »: trafilatura drops <time> elements whole,
    which left « Mis à jour le » without its date; the date is kept as text. A <time> that
    stands on its own line (an agenda's « Samedi 17 avril 2027, 10 h – 17 h » above the
    event's title) becomes a paragraph under that title: as loose text in its <article> it
    was dropped too."""
    if _TIME.search(html) is None:
        return html
    soup = BeautifulSoup(html, "lxml")
    standing = [time for time in soup.find_all("time")
                if time.parent is not None and time.parent.name in TIME_BLOCK_PARENTS]
    for time in standing:
        time.name, time.attrs = "p", {}
        title = time.find_next_sibling()
        if title is not None and HEADING_TAG.fullmatch(title.name):
            title.insert_after(time.extract())  # the card's date goes with its own title
    return _TIME.sub("", str(soup) if standing else html)


HEADING_TAG = re.compile(r"h[1-6]")


TIME_BLOCK_PARENTS = {"article", "section", "div", "header", "main", "li", "body"}
"""Elements whose <time> child is a line of its own, not a date inside a sentence."""


PRICE_CLASS = re.compile(r"(?:^|[_-])(?:price|prix|tarif)$")
"""The price of a pricing card (Elementor's « elementor-price-table__price », a theme's
« plan-price »), set in spans of its own: the integer, the cents, the currency, the period."""
_PRICE_HINT = re.compile(r"class=[\"'][^\"']*(?:price|prix|tarif)[\"' ]", re.I)


def _prices_kept(html: str) -> str:
    """A pricing card's price is spans in a <div> (« 150 » « € » « TTC / mois »), which
    trafilatura drops as it drops any text outside a paragraph: the card kept its name and its
    features, not what it costs. Each price becomes a paragraph under the card's name."""
    if not _PRICE_HINT.search(html):
        return html
    soup = BeautifulSoup(html, "lxml")
    prices = [tag for tag in soup.find_all(class_=PRICE_CLASS)
              if tag.name in ("div", "span", "p") and not tag.find_parent(class_=PRICE_CLASS)]
    for price in prices:
        paragraph = soup.new_tag("p")
        paragraph.string = _price_text(price)
        price.replace_with(paragraph)
    return str(soup) if prices else html


_ROWSPAN_HINT = re.compile(r"rowspan\s*=", re.I)
MAX_ROWSPAN = 100  # a cell spans a table's rows, not a page's worth of stray markup


def _rowspans_spread(html: str) -> str:
    """A cell of data that spans rows (« Justine Pelaprat » over three permanences,
    ``rowspan="3"``) says who each of them is with: trafilatura keeps it on its first row
    only and leaves the others a blank cell. Each row it spans gets a copy of it, in its
    column. A header's spans are left to the header's reading (_under_groups)."""
    if not _ROWSPAN_HINT.search(html):
        return html
    soup = BeautifulSoup(html, "lxml")
    for table in soup.find_all("table"):
        pending: dict[int, tuple[Tag, int]] = {}  # column -> the cell, rows still spanned
        for row in table.find_all("tr"):
            if row.find_parent("table") is table:
                _spread_into(row, pending)
    return str(soup)


def _spread_into(row: Tag, pending: dict[int, tuple[Tag, int]]) -> None:
    """Lay out one row's cells around the copies of cells spanning down into it."""
    queue = row.find_all(["td", "th"], recursive=False)
    data = any(cell.name == "td" for cell in queue)  # a header row's spans group its headers
    cells: list[Tag] = []
    column = 0
    while True:
        if column in pending:
            source, left = pending.pop(column)
            if left > 1:
                pending[column] = (source, left - 1)
            cells.append(copy.copy(source))
        elif queue:
            cell = queue.pop(0)
            spanned = _span(cell.get("rowspan")) if data else 1
            if spanned > 1:
                del cell["rowspan"]
                pending[column] = (cell, spanned - 1)
            cells.append(cell)
        elif later := [at for at in pending if at > column]:
            column = min(later)
            continue
        else:
            break
        column += _span(cells[-1].get("colspan"))
    for cell in cells:
        row.append(cell)  # in place, moved: copies join their column, in order


def _span(value) -> int:
    """A rowspan or colspan attribute's count, 1 when absent or unreadable."""
    try:
        return max(1, min(int(str(value).strip()), MAX_ROWSPAN))
    except ValueError:
        return 1


def _price_text(price: Tag) -> str:
    """« 12 » « 50 » « € » « / jour » read as « 12,50 € / jour »: cents set apart as a
    fractional part join the integer with a comma."""
    fraction = price.find(class_=re.compile(r"fraction"))
    cents = fraction.get_text(strip=True) if fraction is not None else ""
    if fraction is not None:
        fraction.decompose()
    integer = price.find(class_=re.compile(r"integer"))
    if integer is not None and cents.isdigit():
        integer.string = f"{integer.get_text(strip=True)},{cents}"
    return " ".join(price.get_text(" ").split())


def _trafilatura_blocks(html: str) -> list[Block]:
    """Trafilatura's reading of the page. Its precision mode decides whether there is content
    at all (the other modes may dump the whole page, menus included, into one paragraph when
    they find little: its "baseline rescue"). Then the balanced reading, or the precise one on
    a short page, is the base; on pages without <main> or <article> it can leave out headings
    and lists, which the recall reading gives back (see ``_within``)."""
    import trafilatura

    precise = _xml_blocks(trafilatura.extract(html, favor_precision=True, **_EXTRACT_OPTIONS))
    if not precise:
        return []
    base = precise
    if _length(precise) >= SHORT_PAGE:
        base = _xml_blocks(trafilatura.extract(html, **_EXTRACT_OPTIONS)) or precise
    recall = _xml_blocks(trafilatura.extract(html, favor_recall=True, **_EXTRACT_OPTIONS))
    return _within(recall, base) if recall else base


# ---------------------------------------------------------------- forum threads

THREAD_POSTS = 2  # one post with an author is an article and its byline; two are a thread
POST_CLASSES = {"post", "topic-post", "message", "comment", "postbody"}
"""A post's container: Discourse's « topic-post », phpBB's « post », WordPress's « comment »."""
AUTHOR_CLASSES = ("full-name", "fullname", "fn", "author", "postauthor", "post-author",
                  "comment-author", "username")
"""Where a forum or a comment list names a post's author, the real name first (Discourse
shows both a login and a name; WordPress sets « dit : » beside the name)."""
POST_BODY_CLASSES = {"cooked", "content", "postbody", "post-content", "post-body",
                     "message-content", "comment-content", "e-content"}
DATE_CLASSES = {"post-date", "relative-date", "postdate", "date", "published", "comment-metadata",
                "comment-date"}
"""Where a post's time is shown: its exact time in a tooltip (« title ») when the page says
« 5 mars » only."""


def _with_thread(html: str, article: list[Block]) -> list[Block]:
    """A forum thread (Discourse, phpBB …) read post by post, each post's first paragraph
    opening on who wrote it and when (« Cyril Vernhes (5 mars 2029 22:02) : Bonsoir … »),
    as a transcript's turns are read: extraction keeps the posts' words but drops their
    authors, and drops short posts (« Oui, 100 parts. ») as comments. Below an article (a
    blog's comments), the posts are read after it. The article alone when fewer than two
    posts name an author."""
    if not re.search(r"class=[\"'][^\"']*\b(?:post|message|comment)", html):
        return article
    soup = BeautifulSoup(html, "lxml")
    posts = [tag for tag in soup.find_all(["article", "div", "li"], class_=_is_post_class)
             if _post_author(tag) and _post_body(tag)]
    if len(posts) < THREAD_POSTS:
        return article
    names = {login: name for post in posts if (name := _post_author(post))
             and (login := _post_login(post)) and login != name}
    blocks: list[Block] = []
    for post in posts:
        blocks.extend(_post_blocks(post, soup, names))
    if not _holds(blocks, article):
        return [*article, *blocks]  # comments under an article
    title = soup.find("h1")
    head = [Block(kind="heading", text=text, level=1)] if title is not None and (
        text := inline(title.get_text(" "))) else []
    _after_posts(soup, posts[-1], title, blocks)
    return [*head, *blocks]


def _holds(posts: list[Block], article: list[Block]) -> bool:
    """The posts say most of the words extraction found: the page is the thread (whatever
    extraction joined to it), not an article above it."""
    said = set(_words(" ".join(block.text for block in posts)))
    words = _words(" ".join(block.text for block in article))
    return sum(word in said for word in words) * 2 >= len(words)


def _words(text: str) -> list[str]:
    return re.findall(r"\w{4,}", text.lower())


def _post_blocks(post: Tag, soup: BeautifulSoup, names: dict[str, str]) -> list[Block]:
    """One post: its quotations as paragraphs (under the quoted author's name, where the
    forum shows a login), a greeting joined to what follows, the first paragraph opening on
    its byline."""
    body = _post_body(post)
    blocks: list[Block] = []
    if body is None:
        return blocks
    for quote in body.find_all("aside", class_="quote"):
        who = quote.find(class_="title")
        login = inline(who.get_text(" ")).rstrip(" :") if who is not None else ""
        quote.replace_with(_quoted_paragraph(soup, quote.find("blockquote"),
                                             names.get(login, login)))
    for br in body.find_all("br"):
        br.replace_with(" ")
    _soup_walk(body, blocks)
    if len(blocks) > 1 and _is_salutation(blocks[0]):
        blocks[:2] = [blocks[1].model_copy(update={"text": f"{blocks[0].text} {blocks[1].text}"})]
    if blocks:
        byline = _post_byline(post)
        blocks[0] = blocks[0].model_copy(update={"text": f"{byline} : {blocks[0].text}"})
    return blocks


def _after_posts(soup: BeautifulSoup, last: Tag, title: Tag | None, blocks: list[Block]) -> None:
    """What the thread's column shows below its posts: a closing notice, its counts (« 486
    vues »), the topics suggested beside it. Hidden parts (a user card's template) and page
    furniture stay out."""
    column = next((parent for parent in last.parents if title is None or title in
                   parent.descendants), None)
    node: Tag | None = last
    while node is not None and node is not column:
        for sibling in node.find_next_siblings():
            if _hidden(sibling):
                continue
            kept = copy.copy(sibling)
            for tag in kept.find_all(_DROPPED_TAGS):
                tag.decompose()
            holder = soup.new_tag("div")
            holder.append(kept)
            _soup_walk(holder, blocks)
        node = node.parent


def _hidden(tag: Tag) -> bool:
    return (tag.get("aria-hidden") == "true"
            or "display:none" in str(tag.get("style", "")).replace(" ", ""))


SALUTATION_CHARS = 40  # « Bonjour à toutes et à tous, »: a line, not a sentence


def _is_salutation(block: Block) -> bool:
    """A post's greeting on its own line: it opens the paragraph below it, which says what
    the author says."""
    return (block.kind == "paragraph" and len(block.text) <= SALUTATION_CHARS
            and block.text.endswith(","))


def _is_post_class(classes: str | None) -> bool:
    return bool(classes) and classes in POST_CLASSES


def _own(post: Tag, **match) -> Tag | None:
    """The first tag so matched in the post itself, not in a reply nested in it (a blog's
    comments hold their replies)."""
    return next((tag for tag in post.find_all(**match)
                 if tag.find_parent(class_=_is_post_class) is post), None)


def _own_words(post: Tag, **match) -> str | None:
    """The words of the first tag so matched in the post itself, if it has any."""
    found = _own(post, **match)
    return inline(found.get_text(" ")) or None if found is not None else None


def _post_author(post: Tag) -> str | None:
    return next((text for name in AUTHOR_CLASSES if (text := _own_words(post, class_=name))),
                None) or _own_words(post, attrs={"itemprop": "author"})


def _post_body(post: Tag) -> Tag | None:
    return _own(post, class_=lambda classes: bool(classes) and classes in POST_BODY_CLASSES)


def _post_byline(post: Tag) -> str:
    """« Joël Déjean (Juriste, CRESS Orvanie, 6 mars 2029 09:37, solution) »: the author, the
    role the forum shows under the name, when, and whether the thread took it as its answer."""
    said = []
    if role := _own_words(post, class_="user-title"):
        said.append(role)
    dated = _own(post, class_=lambda classes: bool(classes) and classes in DATE_CLASSES)
    stamp = dated.find(attrs={"title": True}) if dated is not None else None
    time = _own(post, name="time")
    when = (stamp["title"] if stamp is not None
            else (dated.get("title") or dated.get_text(" ")) if dated is not None
            else time.get_text(" ") if time is not None else None)
    if when:
        said.append(inline(str(when)))
    if _own(post, class_="post-accepted-answer-tag") is not None:
        said.append("solution")
    author = _post_author(post) or ""
    return f"{author} ({', '.join(said)})" if said else author


def _quoted_paragraph(soup: BeautifulSoup, said: Tag | None, author: str) -> Tag:
    """A post's quotation of another as one paragraph: « … » (Loïc Farges)."""
    paragraph = soup.new_tag("p")
    words = inline(said.get_text(" ")) if said is not None else ""
    paragraph.string = f"« {words} »" + (f" ({author})" if author else "")
    return paragraph


def _post_login(post: Tag) -> str | None:
    """The login a forum shows beside the name, which its quotations give."""
    return _own_words(post, class_="username")


def _length(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks)


def _within(recall: list[Block], base: list[Block]) -> list[Block]:
    """The recall reading from the base's first block to its last (and the headings just
    above the first): what the base left out inside the article comes back, what the recall
    mode adds around it (share links, breadcrumbs, banners) stays out. The base when the
    recall reading does not hold every base block, in order."""
    keys = [(block.kind, block.text) for block in recall]
    positions: list[int] = []
    cursor = 0
    for block in base:
        try:
            cursor = keys.index((block.kind, block.text), cursor)
        except ValueError:
            return base
        positions.append(cursor)
        cursor += 1
    start, end = positions[0], positions[-1]
    while start > 0 and recall[start - 1].kind == "heading":
        start -= 1
    return recall[start:end + 1]


def _xml_blocks(xml: str | None) -> list[Block]:
    if not xml:
        return []
    try:
        root = etree.fromstring(xml.encode("utf-8"))
    except etree.XMLSyntaxError:
        return []
    main = root.find("main")
    blocks: list[Block] = []
    _walk(main if main is not None else root, blocks)
    return blocks


# Trafilatura's XML elements that start a new line of text.
_XML_BLOCKS = {"p", "head", "list", "item", "table", "row", "cell", "quote", "code", "lb",
               "main", "div"}


def _xml_text(element, skip: frozenset[str] = frozenset()) -> str:
    """An element's text on one line: line breaks and block boundaries become spaces, so that
    two cells or two lines are never glued together; children tagged in ``skip`` left out."""
    parts = [element.text or ""]
    for child in element:
        if child.tag in skip:
            pass
        elif child.tag in _XML_BLOCKS:
            parts += [" ", _xml_text(child, skip), " "]
        else:
            parts.append(_xml_text(child, skip))
        parts.append(child.tail or "")
    return inline("".join(parts))


def _walk(element, blocks: list[Block]) -> None:
    for child in element:
        tag = child.tag
        if tag == "head":
            rend = child.get("rend") or ""
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            _add(blocks, "heading", _xml_text(child), level)
        elif tag == "list":
            _list_items(child, blocks)
        elif tag == "table":
            _table_rows(child, blocks)
        elif tag in ("quote", "div", "main") and any(grand.tag in _XML_BLOCKS - {"lb"}
                                                    for grand in child):
            _walk(child, blocks)
        elif tag in ("graphic", "comments"):
            continue
        else:  # p, quote, code and anything else: one paragraph
            _add(blocks, "paragraph", _xml_text(child))


def _list_items(element, blocks: list[Block]) -> None:
    if element.get("rend") == "dl":
        _definitions(element, blocks)
        return
    for item in element:
        if item.tag != "item":
            _add(blocks, "paragraph", _xml_text(item))
            continue
        _add(blocks, "item", _xml_text(item, skip=frozenset({"list", "table"})))
        for nested in item:
            if nested.tag == "list":
                _list_items(nested, blocks)
            elif nested.tag == "table":
                _table_rows(nested, blocks)


def _definitions(element, blocks: list[Block]) -> None:
    """A description list. An FAQ's question is a heading over its answer, as an
    accordion's; a glossary's term or a card's label goes with its description: one
    sentence is one line (« Adresse : 3 rue … »), a longer one an item quoted whole, its
    sentences with their term (« Établissement employeur : Établissement ayant employé …
    Une association sans salarié n'est pas comptée. »), not loose items apart from it."""
    level = _below_last_heading(blocks)
    term: str | None = None
    for item in element:
        text = _xml_text(item, skip=frozenset({"list", "table"}))
        if (item.get("rend") or "").startswith("dt"):
            if term is not None:
                _add(blocks, "paragraph", term)
            term = None
            if text.rstrip().endswith("?"):
                _add(blocks, "heading", text, level)
            else:
                term = text
            continue
        kind = "paragraph"
        if term is not None:
            text = f"{term} {text}" if term.rstrip().endswith(TERM_ENDS) else f"{term} : {text}"
            kind = "item" if SECOND_SENTENCE.search(text) else kind  # quoted whole
        term = None
        _add(blocks, kind, text)
    if term is not None:
        _add(blocks, "paragraph", term)


TERM_ENDS = (":", ".", "!")
SECOND_SENTENCE = re.compile(r"[.!?…]\s+[A-ZÀ-Ý«]")
"""A description that goes on past its first sentence."""


def _table_rows(table, blocks: list[Block]) -> None:
    rows = [[(_xml_text(cell), cell.get("role") == "head") for cell in row.iter("cell")]
            for row in table.iter("row")]
    rows = [row for row in rows if any(text for text, _ in row)]
    _add_rows([[text for text, _ in row] for row in rows],
              [all(head for text, head in row if text) for row in rows], blocks)


def _add_rows(rows: list[list[str]], heads: list[bool], blocks: list[Block]) -> None:
    """Header rows (all <th>) give the column names; without any, the first row does, unless
    the table has two columns, which is most often a list of 'label | value' pairs."""
    headers: list[str] = []
    width = max((len(row) for row in rows), default=0)
    titles = [width > 2 and sum(bool(cell) for cell in row) == 1 and bool(row[0]) for row in rows]
    first = titles.index(False) if False in titles else len(rows)
    if first < len(rows) and not heads[first] and width > 2:
        heads = [*heads[:first], True, *heads[first + 1:]]
    start = True
    for row, head, title in zip(rows, heads, titles, strict=True):
        if title:  # a caption, or a label spanning the table: it names the rows below it
            _add(blocks, "heading", row[0], _below_last_heading(blocks))
        elif start and _under_groups(headers, row):
            headers = _grouped_headers(headers, row)
        elif (head and start) or (not start and restates_header(headers, row)):
            headers = row  # the header, or a second table's under the first one's rows
        else:
            start = False
            for text in table_rows(headers, row):
                _add(blocks, "row", text)


def _under_groups(headers: list[str], row: list[str]) -> bool:
    """A second header row under a header that spans columns: its label cell is empty (the
    first header spans both rows) and it has a cell under the span (« Années 3 et 4 » under
    the empty cell that « Structures en pépinière » left as it spans two columns)."""
    return bool(headers) and not row[0] and any(
        cell and not header for header, cell in zip(headers, row, strict=False))


def _grouped_headers(headers: list[str], row: list[str]) -> list[str]:
    """Each column's header with its group's: « Structures en pépinière, Années 1 et 2 »,
    « Structures en pépinière, Années 3 et 4 »; a header over one column stays as it is."""
    grouped, group = [], ""
    for header, cell in zip_longest(headers, row, fillvalue=""):
        group = header or group
        grouped.append(f"{group}, {cell}" if cell and group else header or cell)
    return grouped


def _below_last_heading(blocks: list[Block]) -> int:
    """One level under the heading the table sits in, so the caption joins its path."""
    level = next((block.level for block in reversed(blocks) if block.kind == "heading"), 1)
    return min(level + 1, 6)


def _add(blocks: list[Block], kind: str, text: str, level: int = 1) -> None:
    if text:
        blocks.append(Block(kind=kind, text=text, level=level))


def _is_furniture(block: Block) -> bool:
    """What trafilatura may let through: a paragraph that is only a photo credit or a
    copyright line, or only the label of a download link."""
    if block.kind not in ("paragraph", "item"):
        return False
    text = block.text
    if _CREDIT.match(text) and len(text) <= 160:
        return True
    return bool(_DOWNLOAD.match(text) and len(text) <= 160
                and (_FILE_HINT.search(text) or not text.endswith(".")))


def _with_headings(blocks: list[Block], fallback: list[Block]) -> list[Block]:
    """A short page: trafilatura may have found nothing, or dropped the headings of a page
    that has no <main> or <article>. The simple reading gives them back, provided it agrees
    with trafilatura on everything else (trafilatura's blocks come in it, in order)."""
    if not blocks:
        return fallback
    wanted = [(block.kind, block.text) for block in blocks]
    kept: list[Block] = []
    headings: list[Block] = []  # fallback headings waiting for content trafilatura kept
    position = 0
    for block in fallback:
        if position < len(wanted) and (block.kind, block.text) == wanted[position]:
            kept += [*headings, block]
            headings = []
            position += 1
        elif block.kind == "heading":
            headings.append(block)
        else:  # content trafilatura left out: so are the headings over it
            headings = []
    return kept if position == len(wanted) else blocks


# ---------------------------------------------------------------- sidebars and footer

EDGE_TAGS = ("aside", "footer")
EDGE_ROLES = {"complementary", "contentinfo"}
EDGE_NOISE = ["script", "style", "noscript", "template", "nav", "form", "button", "select",
              "input", "iframe", "svg", "img", "figure"]


def _page_edges(html: str, main: list[Block]) -> list[Block]:
    """What the page says beside and below its article, which trafilatura leaves out whole:
    a sidebar's opening hours, supporters or latest news, the footer's address, telephone
    and legal mentions (SIRET, publisher, host). Read after the article, each part under
    its own heading (« Colonne latérale », « Pied de page », its widgets' titles under it),
    so that a footer's address is not taken for the last section's and the answerer knows
    them for the page's edges. Menus and forms stay out, and so does a line that is one link
    (« Plan du site », a latest post's title with its date): it says the linked page's."""
    soup = BeautifulSoup(html, "lxml")
    edges = [tag for tag in soup.find_all(_is_edge) if tag.find_parent(_is_edge) is None
             and tag.find_parent("article") is None]  # a sidebar set in <main>, beside the
    # article, is the page's edge all the same (« Sur le même thème » and its cards)
    seen = {block.text for block in main}
    blocks: list[Block] = []
    for edge in edges:
        read = [block for block in _edge_blocks(edge)
                if block.text not in seen and _says_something(block)]
        read = _headed([block for block in read if not _is_furniture(block)])
        if not read:
            continue
        title = FOOTER_HEADING if _is_footer(edge) else SIDEBAR_HEADING
        read = [block.model_copy(update={"level": max(block.level + 1, 3)})
                if block.kind == "heading" else block for block in read]
        seen.update(block.text for block in read)
        blocks.extend([Block(kind="heading", text=title, level=2), *read])
    return blocks


EDGE_WORDS = 5  # « Mentions légales », « Suivez-nous »: a footer's shorter lines name links


LINK_LABELS = re.compile(r"\s+[·|•–—/]\s+")
"""« Mentions légales · Plan du site », « Suivez-nous : Facebook · LinkedIn »: labels of links
strung on one line."""
LABEL_WORDS = 3  # « Politique de confidentialité », « Plan du site »: a link's label


def _says_something(block: Block) -> bool:
    """A sidebar's or footer's line worth reading: a figure, an address, an e-mail, a
    sentence, not a string of link labels; a list's items stand under their widget's
    title."""
    if block.kind != "paragraph" or re.search(r"[\d@]", block.text):
        return True
    labels = LINK_LABELS.split(block.text)
    return (len(block.text.split()) >= EDGE_WORDS
            and not (len(labels) > 1 and all(len(label.split(":")[-1].split()) <= LABEL_WORDS
                                             for label in labels)))


def _is_edge(tag: Tag) -> bool:
    return tag.name in EDGE_TAGS or tag.get("role") in EDGE_ROLES


def _is_footer(tag: Tag) -> bool:
    return tag.name == "footer" or tag.get("role") == "contentinfo"


def _edge_blocks(edge: Tag) -> list[Block]:
    edge = copy.copy(edge)
    for tag in edge.find_all(EDGE_NOISE):
        tag.decompose()
    for link in edge.find_all("a"):
        line = link.find_parent(["li", "p"])
        if line is not None and not line.decomposed and _one_link(line, link):
            line.decompose()
    for br in edge.find_all("br"):
        br.replace_with(" ; ")
    blocks: list[Block] = []
    _soup_walk(edge, blocks)
    return [block for block in blocks if block.text.strip(" ;|")]


def _one_link(line: Tag, link: Tag) -> bool:
    """The line says nothing but the link, or the link and its date (a latest post's
    « <span class="post-date">2 février 2027 »)."""
    stamps = " ".join(inline(stamp.get_text(" ")) for stamp in line.find_all(_is_stamp))
    rest = inline(line.get_text(" ")).replace(inline(link.get_text(" ")), "", 1)
    return inline(rest) in ("", stamps)


def _is_stamp(tag: Tag) -> bool:
    names = " ".join(tag.get("class") or [])
    return tag.name == "time" or (tag.name == "span" and "date" in names.lower())


def _headed(blocks: list[Block]) -> list[Block]:
    """Without headings left over their own: a widget that was only a form."""
    return [block for at, block in enumerate(blocks)
            if block.kind != "heading" or (at + 1 < len(blocks)
                                           and blocks[at + 1].kind != "heading")]


# ---------------------------------------------------------------- fallback

_DROPPED_TAGS = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                 "form", "button", "select", "iframe", "svg", "figure", "img"]
_DROPPED_ROLES = {"navigation", "banner", "contentinfo", "dialog", "alertdialog",
                  "complementary", "search"}
_SOUP_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr",
                "blockquote", "pre", "div", "section", "article", "main", "dl", "dt", "dd"}


def _fallback_blocks(html: str) -> list[Block]:
    """When trafilatura finds nothing (it may, on a very short page): the text of <main>,
    <article> or <body> without navigation, header, footer, sidebars, forms and scripts."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(_DROPPED_TAGS):
        tag.decompose()
    for tag in soup.find_all(attrs={"role": True}):
        if not tag.decomposed and tag.get("role") in _DROPPED_ROLES:
            tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with(" ")
    root = soup.find("main") or soup.find("article") or soup.body or soup
    blocks: list[Block] = []
    _soup_walk(root, blocks)
    return blocks


def _soup_walk(element: Tag, blocks: list[Block]) -> None:
    loose: list[str] = []  # text directly inside a container, between its blocks

    def flush() -> None:
        _add(blocks, "paragraph", inline("".join(loose)))
        loose.clear()

    for child in element.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a comment, doctype or CDATA
                loose.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name not in _SOUP_BLOCKS:
            loose.append(child.get_text(""))
            continue
        flush()
        if re.fullmatch(r"h[1-6]", name):
            _add(blocks, "heading", inline(child.get_text(" ")), int(name[1]))
        elif name in ("ul", "ol", "dl"):
            for item in child.find_all(["li", "dt", "dd"], recursive=False):
                _add(blocks, "item", _own_text(item))
                for nested in item.find_all(["ul", "ol"]):
                    for sub in nested.find_all("li"):
                        _add(blocks, "item", _own_text(sub))
        elif name == "table":
            if (caption := child.find("caption")) and (title := inline(caption.get_text(" "))):
                _add(blocks, "heading", title, _below_last_heading(blocks))
            rows = [[inline(cell.get_text(" ")) for cell in row.find_all(["th", "td"])]
                    for row in child.find_all("tr")]
            heads = [bool(row.find_all("th")) and not row.find_all("td")
                     for row in child.find_all("tr")]
            kept = [(row, head) for row, head in zip(rows, heads, strict=True) if any(row)]
            _add_rows([row for row, _ in kept], [head for _, head in kept], blocks)
        elif name in ("p", "pre", "li", "dt", "dd", "tr"):
            _add(blocks, "paragraph", inline(child.get_text(" " if name == "tr" else "")))
        else:
            _soup_walk(child, blocks)
    flush()


def _own_text(item: Tag) -> str:
    """A list item's text without the nested lists it holds."""
    parts = []
    for child in item.children:
        if isinstance(child, Tag) and child.name in ("ul", "ol", "table"):
            continue
        text = child.get_text("") if isinstance(child, Tag) else str(child)
        block = isinstance(child, Tag) and child.name in _SOUP_BLOCKS  # « 486 » over « vues »
        parts.append(f" {text} " if block else text)
    return inline("".join(parts))


# ---------------------------------------------------------------- metadata


def _read_metadata(html: str, document: LoadedDocument) -> None:
    """Title, date, publisher and url from the page's head (meta tags, Open Graph, JSON-LD,
    canonical link). The date is only taken from there, never guessed from the body text,
    where a deadline ('avant le 30 avril 2024') is not the page's date."""
    from trafilatura import extract_metadata

    try:
        metadata = extract_metadata(html, extensive=False)
    except Exception as error:  # a metadata failure must not lose the text
        document.warnings.append(f"métadonnées de la page non lues ({type(error).__name__})")
        return
    sitename = _clean(metadata.sitename)
    author = _clean(metadata.author)
    domain_like = bool(sitename and re.fullmatch(r"[\w.-]+\.[a-z]{2,}", sitename))
    document.publisher = (author if domain_like and author else sitename) or author
    document.title = _clean_title(_clean(metadata.title), sitename) or None
    document.date = _clean(metadata.date)
    document.url = _clean(metadata.url)


def _clean(value) -> str | None:
    if not value:
        return None
    return inline(str(value)) or None


def _clean_title(title: str | None, sitename: str | None) -> str | None:
    """'Appel à projets ESS 2024 | Département du Val-de-Marne' → 'Appel à projets ESS 2024'."""
    if not title:
        return None
    if sitename:
        name = re.escape(sitename)
        stripped = re.sub(rf"{_TITLE_SEPARATOR}{name}$", "", title, flags=re.I)
        stripped = re.sub(rf"^{name}{_TITLE_SEPARATOR}", "", stripped, flags=re.I)
        if stripped and stripped != title:
            return stripped
    parts = [part for part in re.split(r"\s+\|\s+", title) if part]
    return parts[0] if parts else title
