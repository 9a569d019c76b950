"""Plain text (and web pages saved as text): paragraphs, guessed headings, list items.

Text files come in two shapes: one paragraph per line (web pages copied as text, like the
bundled corpus) and hard-wrapped prose (e-mails, minutes, calls for projects). A wrapped line
is joined to the next one when the next one's first word would have fitted on it; a line that
ends a paragraph is short of the wrap width. Headings are guessed (plain text has no markup),
but only where a short line stands alone: the guess never swallows body text.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise, takewhile

from esschat.models import Block
from esschat.readers import captions, printout, spreadsheet
from esschat.readers.base import (
    CHAT_STAMP,
    DANGLING_WORDS,
    NAME_ROLE,
    NO_TEXT_LEFT,
    SIGNED_LINE,
    VISA,
    LoadedDocument,
    LoadError,
    dateline_date,
    inline,
    is_sentence,
    table_rows,
)
from esschat.readers.mail import Mail, read_mail

BULLET = re.compile(r"^\s*(?:[-*•▪◦●■□☐☑☒–\x7f\uf0a7]|\d{1,2}[.)]|[a-z]\)|\[[ xX]\])\s+")
"""A list item's mark: a bullet, a number, a letter, or a pad's to-do box (« [ ] », « [x] »)."""
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
WRAP_MIN_LINES = 8
"""Fewer lines than this cannot show a wrap width."""
WRAP_SHARE = 0.5
"""Share of the longer lines that must sit within WRAP_SLACK of the wrap width."""
WRAP_SLACK = 12
MAX_WRAP = 100
"""Lines wrapped wider than this are one paragraph per line already."""


def read_text(data: bytes) -> LoadedDocument:
    text, warnings = decode_text(data)
    if captions.is_captions(text):  # a webinar's captions, saved as text or as .vtt
        document = captions.read_captions(text)
        document.warnings[:0] = warnings
        return document
    mail = read_mail(data)
    if mail and mail.html is not None:
        return _html_mail(mail, warnings)
    blocks = text_blocks(clean_text(mail.text if mail else text))
    if mail and mail.events:
        blocks += [Block(kind="paragraph", text=event) for event in mail.events]
    if not blocks:
        raise LoadError(NO_TEXT_LEFT)
    fields = sum(1 for _ in takewhile(lambda block: EMAIL_FIELD.match(block.text), blocks))
    title, publisher, body = masthead(blocks[fields:])
    if title is None and _titled_minutes(body):
        title = body[0].text  # « COMPTE RENDU DU COPIL … » over its dateline: the notes'
        body[0] = body[0].model_copy(update={"level": 1})  # title, not a section's
    blocks = [*blocks[:fields], *body]
    date = next((found for block in body[:DATELINE_BLOCKS] if block.kind == "paragraph"
                 and (found := dateline_date(block.text))), None)
    if mail:  # the newsletter's own masthead first (« LA LETTRE DU DLA … - n° 31 - mars
        # 2026 »), then its headers: a subject lists a letter's contents (« 16 lauréats, le
        # Germoir recrute … »), words that would draw every question on them to each of its
        # sentences
        named = next((block.text for block in body[:DATELINE_BLOCKS]
                      if len(block.text) <= MASTHEAD_CHARS and _mostly_capitals(block.text)),
                     None)
        title, publisher, date = (title or named or mail.subject, publisher or mail.sender,
                                  date or mail.date)
    return LoadedDocument(blocks, title=title, publisher=publisher, date=date,
                          warnings=warnings)


DATELINE_BLOCKS = 6  # a dateline stands in a text's masthead, above its first paragraphs


def _html_mail(mail: Mail, warnings: list[str]) -> LoadedDocument:
    """A message written in HTML only, read as a web page under its header line: its lists,
    its table of figures and its forwarded part keep their shape."""
    from esschat.readers.html import read_html  # the web-page reader, for this body only

    page = read_html(mail.html or "")
    blocks = [Block(kind="paragraph", text=mail.text), *page.blocks,
              *(Block(kind="paragraph", text=event) for event in mail.events)]
    return LoadedDocument(blocks, title=mail.subject or page.title, publisher=mail.sender,
                          date=mail.date or page.date, warnings=warnings + page.warnings)


PUBLISHER_START = re.compile(
    r"^(communaute|commune|ville|mairie|departement|conseil|region|metropole|agglomeration|"
    r"cress|chambre|association|federation|reseau|prefecture|union|ministere)\b")
STATE_MOTTOS = {"republique francaise", "liberte egalite fraternite"}
"""Lines every French public document opens with: never its title."""
MASTHEAD_CHARS = 120
"""A masthead line is a short line: a title, an issuer's name."""


def masthead(blocks: list[Block]) -> tuple[str | None, str | None, list[Block]]:
    """Short lines that open a text before its first heading, those in capitals
    ('COMMUNAUTÉ DE COMMUNES X', 'APPEL À PROJETS 2025 « … »'): the issuer's name is the
    publisher, the longest other line the title (made the top heading), unless the text
    underlines a title of its own below them."""
    lead = 0
    while (lead < len(blocks) and blocks[lead].kind == "paragraph"
           and len(blocks[lead].text) <= MASTHEAD_CHARS
           and not blocks[lead].text.rstrip().endswith((".", ":", ";"))):
        lead += 1
    capitals = [block for block in blocks[:lead]
                if _capitals_lead(block.text) and not _is_state_motto(block.text)]
    if not capitals:
        return None, None, blocks
    issuers = [block for block in capitals if PUBLISHER_START.match(_folded(block.text))]
    others = [block for block in capitals if block not in issuers]
    if not others:
        return None, issuers[0].text if issuers else None, blocks
    title = max(others, key=lambda block: len(block.text))
    blocks = [block.model_copy(update={"kind": "heading", "level": 1}) if block is title
              else block for block in blocks]
    marked = blocks[lead] if lead < len(blocks) else None
    if (marked is not None and marked.kind == "heading" and marked.level == 1
            and blocks[lead - 1].text not in {block.text for block in capitals}):
        # the text underlines its own title ('===='): the capitals above it, apart from it
        # (a dateline between), say a kind of document (« COMMUNIQUÉ DE PRESSE ») or who
        # issues it (« SCIC LA GAMELLE PAYSANNE »), and the title needs both; capitals right
        # above it are the title, and it the subtitle
        return f"{title.text} — {marked.text}", issuers[0].text if issuers else None, blocks
    return title.text, issuers[0].text if issuers else None, blocks


TITLE_DASH = re.compile(r"\s[–—-]\s")


def _capitals_lead(line: str) -> bool:
    """A line in capitals, or one whose words before a dash are (« MOIS DE L'ESS 2026 –
    pad du comité »): a title set in capitals, and what kind of document it is after it (an
    issue's number and month, « - n° 14 - juin 2026 », mark a letter's masthead, which its
    mail's headers title already)."""
    head, tail = [*TITLE_DASH.split(line, maxsplit=1), ""][:2]
    return line.isupper() or (bool(tail) and head.isupper() and _is_capitals(head)
                              and len(head.split()) >= CAPITAL_TITLE_WORDS
                              and not any(char.isdigit() for char in tail))


CAPITAL_TITLE_WORDS = 3  # « MOIS DE L'ESS 2026 – pad … » is titled so; « L'ESSENTIEL – La
# lettre de … », one word in capitals, is a letter's name over the body that sends it


CAPITALS_SHARE = 0.8  # « LA LETTRE DU DLA - n° 31 - mars 2026 »: a masthead, its date aside


def _titled_minutes(body: list[Block]) -> bool:
    """A text's first line, in capitals and set apart as a heading, over its dateline: its
    title; unless the line under the dateline, in capitals too, is the title (« COMMUNIQUÉ DE
    PRESSE » then « Sorlac, le 6 octobre 2025 » then what the release announces)."""
    if len(body) < 2 or not dateline_date(body[1].text):
        return False
    first = body[0]
    return (first.kind == "heading" and len(first.text) <= MASTHEAD_CHARS
            and _mostly_capitals(first.text) and not _is_state_motto(first.text)
            and not (len(body) > 2 and _mostly_capitals(body[2].text)))


def _mostly_capitals(line: str) -> bool:
    letters = [char for char in line if char.isalpha()]
    return len(letters) > 1 and sum(char.isupper() for char in letters) >= CAPITALS_SHARE * len(
        letters)


def _is_state_motto(line: str) -> bool:
    return " ".join(re.findall(r"\w+", _folded(line))) in STATE_MOTTOS


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """UTF-8 first; Windows-1252 (common for files saved on Windows) when UTF-8 fails."""
    if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.05:
        raise LoadError("contenu binaire, pas du texte")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise LoadError(f"encodage inconnu : ni UTF-8 ni Windows-1252 (octet {error.start})"
                        ) from error
    return text, ["lu en Windows-1252 (cp1252), pas en UTF-8"]


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls / max(len(sample), 1)


# ---------------------------------------------------------------- web boilerplate in text

_NAV_LINES = re.compile(
    r"^(sur le même sujet|top|haut de page|retour en haut( de page)?|partager( sur .*)?|imprimer|"
    r"lire la suite|voir aussi|menu|rechercher|fermer|accueil|advertising|other|"
    r"logo( de .*)?|traduit en page html|et hébergé par .*|[\w.-]*www\.[\w./-]+|https?://\S+)$",
    re.I,
)
LINK_LINE = re.compile(r"^<?(?:https?://|www\.)\S+$")
"""A line that is only a link: a web page's furniture, unless a colon announced it."""
_BREADCRUMB = re.compile(r"^(vous êtes ici\s*:?.*|accueil\s*(›|>|/|»|accueil).*)$", re.I)
_COOKIE_BANNER_START = re.compile(
    r"^(centre de préférences de confidentialité|gestion des cookies|paramètres des cookies|"
    r"nous utilisons des cookies|ce site utilise des cookies|politique de cookies)", re.I)
_COOKIE_LINE = re.compile(r"cookie|_ga\b|gdpr\[", re.I)
_PHOTO_CREDIT = re.compile(r"\s*(©|\(c\)|crédits? photo\s*:)\s*[^.\n]{0,60}$", re.I)


def clean_text(text: str) -> str:
    """Drop the furniture of web pages saved as text: breadcrumbs, cookie banners, photo
    credits, link lines."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _unquoted(text)
    kept: list[str] = []
    for raw in text.split("\n"):
        line = raw.rstrip()
        if _COOKIE_BANNER_START.match(line.strip()):
            break
        stripped = _PHOTO_CREDIT.sub("", line).rstrip()
        if stripped.strip() != line.strip() and not stripped.strip():
            continue
        announced = kept and kept[-1].rstrip().endswith(":")  # « Inscription : » its link
        if (announced and LINK_LINE.match(stripped.strip())) or not _is_boilerplate_line(
                stripped.strip()):
            kept.extend(_split_inline_bullets(stripped))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")


QUOTED = re.compile(r"^(?:[ \t]*>)+[ \t]?")
"""An e-mail's quote marks: « > », « > > » before each line of the message replied to."""
QUOTED_MIN_LINES = 3  # a line or two opening on « > » (« > 50 % des salariés ») is no reply


def _unquoted(text: str) -> str:
    """An e-mail thread's quoted lines without their marks, each quoted message a paragraph
    apart from the reply; a quoted paragraph the thread already holds (the message replied
    to, exported above) is read once."""
    lines = text.split("\n")
    if sum(1 for line in lines if QUOTED.match(line)) < QUOTED_MIN_LINES:
        return text
    paragraphs: list[tuple[int, list[str]]] = []  # (depth, lines)
    for line in lines:
        mark = QUOTED.match(line)
        depth, rest = (mark.group().count(">"), line[mark.end():]) if mark else (0, line)
        if not rest.strip():
            paragraphs.append((depth, []))
        elif paragraphs and paragraphs[-1][0] == depth and paragraphs[-1][1]:
            paragraphs[-1][1].append(rest.rstrip())
        else:
            paragraphs.append((depth, [rest.rstrip()]))
    seen: set[str] = set()
    kept: list[str] = []
    for depth, body in paragraphs:
        key = " ".join(" ".join(body).split())
        if depth and key in seen:
            continue
        seen.add(key)
        kept.extend([*body, ""] if body else [""])
    return "\n".join(kept)


def _is_boilerplate_line(line: str) -> bool:
    if not line:
        return False
    bare = line.lstrip("#-•* ").strip()
    return bool(_NAV_LINES.match(bare) or _BREADCRUMB.match(bare) or _COOKIE_LINE.search(line))


def _split_inline_bullets(line: str) -> list[str]:
    """'• a • b' on one line becomes one item per line, so each is seen as a list item."""
    if not line.strip().startswith("•"):
        return [line]
    return ["• " + item.strip() for item in line.split("•") if item.strip()]


# ---------------------------------------------------------------- structure


RULE = re.compile(r"^\s*([-=_*~#])\1{2,}\s*$")
"""A line drawn with one character: an underline (setext heading) or a separator."""
CELL_GAP = re.compile(r"\S(?:\s{2,}|\t)\S")
"""Two cells of a plain-text table stand apart by two spaces or more (or a tab)."""
TABLE_RULE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
TABLE_MIN_ROWS = 3
GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
"""A grid table's rule: « +--------+-------+ » (« += » under the header)."""
GRID_ROW = re.compile(r"^\s*\|.*\|\s*$")
"""A grid table's line of cells: « | 2024   |   41 | »."""


def text_blocks(text: str) -> list[Block]:
    """Blocks of a cleaned text: underlined titles made headings, plain-text tables read as
    rows with their headers, wrapped lines joined, then each line classified."""
    raw = text.split("\n")
    lines = _underlined_headings(_framed_headings(_turns_joined(_chat_joined(raw))))
    # A text that marks its headings ('#', underlines, rules under its masthead or contact
    # block) says which lines are headings: no other line is guessed to be one.
    guess = not any(MD_HEADING.match(line.strip()) for line in lines) and not _ruled(raw)
    blocks: list[Block] = []
    groups = printout.regroup(_tables_apart(_indented_items(_field_wraps_joined(lines))))
    # one width for the whole text: a short stretch between two tables (an e-mail's headers,
    # its editorial and its contents) cannot show it on its own
    width = wrap_width([line for is_table, group in groups if not is_table for line in group
                        if not MD_HEADING.match(line.strip())])  # a title joined is no wrap
    past_masthead = False  # a sentence has been read: the masthead's capitals are behind
    for number, (is_table, group) in enumerate(groups):
        if is_table and printout.is_printout(group):
            blocks.extend(printout.rows(group))
            continue
        if is_table:
            if _headerless(group):
                _caption(blocks)
            blocks.extend(_table_blocks(group))
            continue
        group = _unwrap(group, width) if width else _unwrap_open(group)
        group, cards = _signature_cards(group)
        table_next = groups[number + 1][1][0] if number + 1 < len(groups) else None
        for index, line in enumerate(group):
            if not line.strip() or RULE.match(line) or SIGNATURE_RULE.match(line):
                continue
            following = next((other for other in group[index + 1:] if other.strip()), table_next)
            if _numbered_title(group, index):
                blocks.append(Block(kind="heading", text=inline(BULLET.sub("", line, count=1)),
                                    level=2))
                continue
            # past the masthead (its capitals are the issuer and the title), a line in
            # capitals standing alone is a heading even where no heading is guessed
            titled = guess or (past_masthead and _is_capitals(line)
                               and _stands_alone(group, index))
            blocks.append(_block(line.strip(), following, titled and index not in cards))
            past_masthead = past_masthead or _is_prose(blocks[-1])
    return blocks


FIELD_LABEL = re.compile(r"[^\s:][^:]{0,30}\s?:")
"""« De : », « Objet : »: a label and its colon, the value set at a tab stop beside it."""
FIELD_LINE = re.compile(rf"^({FIELD_LABEL.pattern}\s{{2,}})\S")
"""« À :      Maryse Delahaye-Ruffin, … »: a field whose value is set at a tab stop."""


def _field_wraps_joined(lines: list[str]) -> list[str]:
    """A field's value that wraps goes on under itself (« À :  Maryse …, vice-présidente
    chargée du développement » over « économique et de l'ESS »): the wrap is joined to its
    field, not read as a paragraph between two fields."""
    joined: list[str] = []
    column = 0  # where the last field's value starts, 0 past a line of another kind
    for line in lines:
        if column and line[:column].isspace() and line[column:column + 1].strip():
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
            continue
        field = FIELD_LINE.match(line)
        column = field.end(1) if field else 0
        joined.append(line)
    return joined


CHAT_SAYS = re.compile(rf"{CHAT_STAMP.pattern}[^:]{{1,60}}:\s")
CHAT_NOISE = re.compile(r":\s*(?:<(?:médias? omis|media omitted|pièce jointe omise)>|"
                        r"ce message a été supprimé|this message was deleted|"
                        r"vous avez supprimé ce message)\s*$", re.I)
CHAT_MIN_MESSAGES = 5  # an export, not a note that quotes a message or two


def _chat_joined(lines: list[str]) -> list[str]:
    """A chat exported as text (WhatsApp, Signal): a message's next lines have no stamp, yet
    go on saying what its author wrote (« Et on fera -20 % sur toute la boutique ce
    jour-là » under the open day's message), so they are joined to it; a deleted message or
    an omitted photo says nothing."""
    if sum(bool(CHAT_SAYS.match(line)) for line in lines) < CHAT_MIN_MESSAGES:
        return lines
    joined: list[str] = []
    for line in lines:
        if CHAT_NOISE.search(line) and CHAT_SAYS.match(line):
            continue
        if (line.strip() and joined and not CHAT_STAMP.match(line) and not BULLET.match(line)
                and CHAT_STAMP.match(joined[-1])):  # a list the message announces stays one
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


TURN_STAMP = re.compile(r"^\s*(?P<who>[A-ZÀ-Ý][\w'’.-]*(?:[ -]+[A-ZÀ-Ý][\w'’.-]*){1,3}"
                        r"(?:\s+\((?:Externe|External|Invité|Invitée|Guest)\))?)"
                        r"\s+(?P<at>\d{1,2}:\d{2}(?::\d{2})?)\s*$")
"""« Coralie Estèbe 0:04 », « Siobhan Gallagher (Externe) 9:41 »: who speaks, and when, on a
line of its own above what they say (a Teams or Zoom transcript saved as text)."""


TURN_SAID = re.compile(r"^[^:]{2,60} \(\d{1,2}:\d{2}(?::\d{2})?\) : ")
"""A speaker's turn as ``_turns_joined`` writes it: what someone said, never a title."""


def _turns_joined(lines: list[str]) -> list[str]:
    """A meeting transcript sets each speaker's name and time on a line above the speech:
    the speech is read with who says it (« Nadia Ferhat (6:40) : Côté France Travail, … »),
    as minutes write it, so that « Qui représentait France Travail ? » finds both in one
    sentence, and a turn is never taken for a heading."""
    if sum(bool(TURN_STAMP.match(line)) for line in lines) < CHAT_MIN_MESSAGES:
        return lines
    joined: list[str] = []
    speaker: str | None = None
    for line in lines:
        if stamp := TURN_STAMP.match(line):
            speaker = f"{stamp['who']} ({stamp['at']}) :"
            continue
        if speaker is not None and line.strip():
            joined.append(f"{speaker} {line.strip()}")
            speaker = None
        elif speaker is None or line.strip():
            joined.append(line)
    if speaker is not None:
        joined.append(speaker)
    return joined


SIGN_OFF = re.compile(r"^\s*(?:(?:bien|très|trés)\s+)?(?:cordialement|amicalement|"
                      r"sinc[eè]rement|respectueusement)\b|^\s*bien\s+(?:à|a)\s+(?:vous|toi)\b|"
                      r"^\s*(?:(?:bien\s+)?amiti[eé]s|à bientôt|au plaisir|"
                      r"(?:bonne|belle) (?:journée|soirée|fin de journée))\b[^.!?]{0,30},?\s*$|"
                      r"^\s*(?:avec\s+)?(?:mes|nos)\s+(?:\w+\s+)?salutations\b|"
                      r"^\s*(?:best|kind|warm)?\s*regards\b", re.I)
"""« Bien cordialement, », « Bien à vous, », « Amitiés coopératives, », « Best regards, »: a
mail's sign-off."""
SIGNATURE_RULE = re.compile(r"^--\s*$")
"""« -- », the line that sets a mail's signature apart."""
CARD_LINES = 6  # a signature: name, role, service, address, phone, mail
CARD_CHARS = 160  # a card's line, a wrapped text's lines joined: role, service, address


def _signature_cards(lines: list[str]) -> tuple[list[str], set[int]]:
    """A mail's signature, under its sign-off or its « -- »: the name, the role and the
    address one a line. Read one a line, the role became a heading of its own and no
    sentence said whose it was; the card is read as one line (« Sylvie Cabanel, Secrétaire
    générale - Mairie de Champrodel, 03 rue de l'Église »), never a heading. Returns the
    lines and the indexes of the cards."""
    merged: list[str] = []
    cards: set[int] = set()
    card: list[str] | None = None
    for line in lines:
        text = line.strip()
        if card == [] and (not text or SIGNATURE_RULE.match(text)):
            continue  # « Bien à vous, », a blank line or « -- », then the card
        if card is not None and (not text or len(card) >= CARD_LINES or len(text) > CARD_CHARS
                                 or BULLET.match(text) or FIELD_START.match(text)
                                 or text.endswith((":", "."))):
            card = None  # a blank line, a paragraph, a field or a list: the card is over
        if card is not None:
            card.append(text)
            merged[-1] = ", ".join(card)
            continue
        merged.append(line)
        if SIGNATURE_RULE.match(text) or (SIGN_OFF.match(text) and len(text) <= CARD_CHARS):
            tail = "" if SIGNATURE_RULE.match(text) else SIGN_OFF.sub("", text).strip(" ,")
            card = [tail] if tail else []
            if tail:
                merged[-1] = tail
            else:
                merged.append("")
            cards.add(len(merged) - 1)
    return merged, cards


CAPTION_CHARS = 80  # a line that names a table, not a sentence that leads to one


def _headerless(lines: list[str]) -> bool:
    """A table of labelled figures, without a header line to name what they count."""
    if _is_grid(lines) or _by_rule(lines):
        return False
    first = re.split(r"\s{2,}|\t", lines[0].strip())
    return any(_is_figure(cell) for cell in first[1:])


def _caption(blocks: list[Block]) -> None:
    """The line that introduces a table of labelled figures (« Thème principal des
    accompagnements de 2025 : ») says what they count, as a caption does: it becomes a
    heading one level under the section's, so that each row is read with it."""
    if (blocks and blocks[-1].kind in ("paragraph", "heading") and blocks[-1].text.endswith(":")
            and len(blocks[-1].text) <= CAPTION_CHARS):
        level = next((block.level for block in reversed(blocks[:-1]) if block.kind == "heading"),
                     1)
        blocks[-1] = Block(kind="heading", text=blocks[-1].text.rstrip(": "),
                           level=min(level + 1, 6))


def _is_prose(block: Block) -> bool:
    return block.kind == "paragraph" and block.text.rstrip().endswith((".", ":", ";"))


def _stands_alone(lines: list[str], index: int) -> bool:
    """A line with a blank line (or the text's edge) on both sides."""
    before = lines[index - 1] if index else ""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return not before.strip() and not after.strip()


def _is_capitals(line: str) -> bool:
    """'INFORMATIONS PRATIQUES', 'LE GRENIER EN 2024': a line set in capitals, with words.
    Even where a text marks its headings otherwise (rules), such a line, standing alone, is
    one: capitals are how plain text sets a title."""
    letters = [char for char in line if char.isalpha()]
    return len(letters) >= 6 and line.upper() == line


def _ruled(lines: list[str]) -> bool:
    """A rule set right under a line of text (not after a blank line)."""
    return any(RULE.match(line) and not TABLE_RULE.match(line) and above.strip()
               and not RULE.match(above) for above, line in pairwise(lines))


FRAMED = re.compile(r"^\s*([-=_*~])\1{2,}[ \t]+(\S(?:.*\S)?)[ \t]+\1{3,}\s*$")
"""« ---------- BUDGET ---------- », « ===== Réunion du 5 mars ===== »: a title between rules."""
FORWARD_MARK = re.compile(r"forwarded message|original message|message (?:transféré|d'origine|"
                          r"original)|mail transféré", re.I)
"""« ---------- Forwarded message --------- »: a mail client's rule over a forwarded mail."""


STARRED = re.compile(r"^\s*([*_])([^*_\s](?:[^*_]*[^*_\s])?)\1\s*$")
"""« *Calendrier* » alone on its line: a mail client's plain text for a title set in bold."""


def _framed_headings(lines: list[str]) -> list[str]:
    """A title framed by rules on its line (a pad's or a plain-text note's sections) is a
    heading, as an underlined one is ('=' a top one); its rules are no text to join on. So
    is a title starred alone after a blank line (Gmail's text part of a bold title)."""
    out: list[str] = []
    for line in lines:
        framed = FRAMED.match(line)
        starred = STARRED.match(line) if not out or not out[-1].strip() else None
        if (framed and any(char.isalnum() for char in framed.group(2))
                and not TABLE_RULE.match(line) and not is_sentence(framed.group(2))
                and not FORWARD_MARK.search(framed.group(2))):
            out.append(f"{_rule_marker(framed.group(1))} {framed.group(2)}")
        elif starred and any(char.isalpha() for char in starred.group(2)) and not is_sentence(
                starred.group(2)):
            out.append(f"## {starred.group(2)}")
        else:
            out.append(line)
    return out


def _rule_marker(char: str) -> str:
    """A title ruled with « = » is a top heading, one ruled otherwise the level under it."""
    return "#" if char == "=" else "##"


def _numbered_title(lines: list[str], index: int) -> bool:
    """« 1) Où en est-on ? » over its paragraph, or over a list set in under it, after a
    blank line: a numbered section's title, not a list's item. An item is followed by the
    next item or by a blank line."""
    line = lines[index].strip()
    numbered = re.match(r"\d{1,2}[.)]\s+", line)
    after = lines[index + 1] if index + 1 < len(lines) else ""
    before = lines[index - 1] if index else ""
    title = line[numbered.end():] if numbered else ""
    opens = not BULLET.match(after) or _indent(after) > _indent(lines[index])
    return bool(numbered and not before.strip() and after.strip() and opens
                and not RULE.match(after) and len(title) <= NUMBERED_TITLE_CHARS
                and _looks_like_heading(title) and not title.endswith(":"))


NUMBERED_TITLE_CHARS = 80  # a section's title fits a line; an item may run longer


LEAD_END = re.compile(r":\s*$")
FIELDISH = re.compile(r"\S\s:\s+\S")
"""« Département de la Vézoubre : 6 000 € »: a label and its value on one line."""


def _indented_items(lines: list[str]) -> list[str]:
    """Lines set in under a line ending on a colon, each a label and its value (a budget's
    « Recettes prévues : » over « Département : 6 000 € »), are that lead's list: each an
    item, none run on the next. Indented prose (a wrapped paragraph) is left as it is."""
    out = list(lines)
    index = 0
    while index < len(out) - 1:
        lead, first = out[index], out[index + 1]
        depth = _indent(first)
        if not (LEAD_END.search(lead) and first.strip() and depth > _indent(lead)
                and not BULLET.match(first)):
            index += 1
            continue
        end = index + 1
        while end < len(out) and out[end].strip() and _indent(out[end]) == depth:
            end += 1
        run = out[index + 1:end]
        if all(FIELDISH.search(line) and not BULLET.match(line) for line in run):
            out[index + 1:end] = [f"{' ' * depth}- {line.strip()}" for line in run]
        index = end
    return out


HEADING_LINES = 2  # an underlined heading is a line, or a title over its subtitle


def _underlined_headings(lines: list[str]) -> list[str]:
    """'5. Critères de sélection' over a line of dashes is a heading ('=' a top one); the
    rule lines themselves are furniture. A rule under the last line of a block of lines
    (a contact block's 'Courriel : …') closes the block: it underlines no heading. Nor
    does a rule under cells set apart by wide spaces: it closes a printout's header row or
    total, and stays for the printout reader to find."""
    out: list[str] = []
    for line in lines:
        rule = RULE.match(line)
        if rule and not TABLE_RULE.match(line):
            above = out[-1].strip() if out else ""
            block = len(list(takewhile(str.strip, reversed(out))))
            if CELL_GAP.search(above):  # a printout's column headers or total over its rule
                out.append(line)
                continue
            if (above and block <= HEADING_LINES and not RULE.match(above)
                    and not MD_HEADING.match(above)):
                marker = _rule_marker(rule.group(1))
                if block == HEADING_LINES and _cut_title(out[-2].strip(), above):
                    title = f"{out[-2].strip()} {above}"
                    if not is_sentence(title):
                        out[-2:] = [f"{marker} {title}"]
                elif not is_sentence(above):  # a footer's sentence between rules
                    out[-1] = f"{marker} {above}"
            out.append("")
            continue
        out.append(line)
    return out


def _cut_title(first: str, second: str) -> bool:
    """Two lines over a rule, the second going on the first (« … l'intervention du » over
    « consultant ? »): one title wrapped at the line end, not a title over its subtitle."""
    return second[:1].islower() or first.split()[-1].lower() in DANGLING_WORDS


def _tables_apart(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """Runs of lines that form a plain-text table (at least three lines of two cells or
    more, or a header over a rule of dashes), apart from the prose around them."""
    groups: list[tuple[bool, list[str]]] = []
    run: list[str] = []

    def flush() -> None:
        table = [line for line in run if line.strip()]
        is_table = (_is_grid(table)
                    or (sum(bool(CELL_GAP.search(line.strip())) or bool(TABLE_RULE.match(line))
                            for line in table) >= TABLE_MIN_ROWS
                        and any(TABLE_RULE.match(line) for line in table))
                    or (len(table) >= TABLE_MIN_ROWS
                        and all(CELL_GAP.search(line.strip()) for line in table))
                    or spreadsheet.sheet(table) is not None)
        if is_table:
            groups.append((True, table))
        elif run:
            groups.append((False, list(run)))
        run.clear()

    for line in lines:
        cells = _is_cells(line)
        if cells != bool(run and _is_cells(run[-1])) and run:
            flush()
        run.append(line)
    flush()
    merged: list[tuple[bool, list[str]]] = []
    for is_table, group in groups:
        if merged and not is_table and not merged[-1][0]:
            merged[-1][1].extend(group)
        else:
            merged.append((is_table, group))
    return merged


def _is_cells(line: str) -> bool:
    return (bool(CELL_GAP.search(line.strip())) or bool(TABLE_RULE.match(line))
            or bool(GRID_RULE.match(line)) or bool(GRID_ROW.match(line))
            or spreadsheet.is_csv_line(line))


def _is_grid(lines: list[str]) -> bool:
    """A table drawn with « + », « - » and « | », rules above and below its rows."""
    return (len(lines) >= TABLE_MIN_ROWS and bool(GRID_RULE.match(lines[0]))
            and all(GRID_RULE.match(line) or GRID_ROW.match(line) for line in lines))


def _grid_rows(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """A grid table's header and rows: the lines above the first inner rule head the
    columns, each cell its lines joined (« Dossiers » over « déposés »); below it, a rule
    between every two rows makes each band of lines one row, else each line is a row and a
    line with an empty first cell goes on the row above (a cell that wraps)."""
    bands: list[list[list[str]]] = [[]]
    for line in lines:
        if GRID_RULE.match(line):
            if bands[-1]:
                bands.append([])
        else:
            bands[-1].append([cell.strip() for cell in line.strip()[1:-1].split("|")])
    bands = [band for band in bands if band]

    def joined(band: list[list[str]]) -> list[str]:
        width = max(len(cells) for cells in band)
        return [" ".join(cells[column] for cells in band
                         if column < len(cells) and cells[column]) for column in range(width)]

    if len(bands) < 2:
        return [], [cells for band in bands for cells in band]
    headers, body = joined(bands[0]), bands[1:]
    if len(body) > 1:
        return headers, [joined(band) for band in body]
    rows: list[list[list[str]]] = []
    for cells in body[0]:
        if rows and not cells[0]:
            rows[-1].append(cells)
        else:
            rows.append([cells])
    return headers, [joined(row) for row in rows]





def _table_blocks(lines: list[str]) -> list[Block]:
    """Each row with the table's column headers (the first line). A first line whose values
    are figures is no header: the table is a list of labelled values ('Objets collectés
    312 tonnes'), each row read alone. Labels that each end on a colon (a message's « De :
    … », « Objet : … ») are fields, each read on its line: their first is no header."""
    if _is_grid(lines):
        headers, body = _grid_rows(lines)
        return [Block(kind="row", text=text) for cells in body
                for text in table_rows(headers, cells)]
    if rows := spreadsheet.sheet(lines):
        return spreadsheet.sheet_blocks(rows)
    if spanned := _by_rule(lines):
        headers, body = spanned
        return [Block(kind="row", text=text) for cells in body
                for text in table_rows(headers, cells)]
    rows = [[LEADER.sub("", cell) for cell in re.split(r"\s{2,}|\t", line.strip())]
            for line in lines if not TABLE_RULE.match(line)]
    if all(len(cells) == 2 and FIELD_LABEL.fullmatch(cells[0]) for cells in rows):
        return [Block(kind="paragraph", text=" ".join(cells)) for cells in rows]
    headers, body = rows[0], rows[1:]
    if any(_is_figure(cell) for cell in headers[1:]):
        headers, body = [], rows
    return [Block(kind="row", text=text) for cells in body for text in table_rows(headers, cells)]


LEADER = re.compile(r"\s*(?:[.…·_]\s?){3,}$")
"""Dot leaders that carry a label across to its figure (« Gouvernance ........ 22 % »)."""


def _by_rule(lines: list[str]) -> tuple[list[str], list[list[str]]] | None:
    """A table whose header runs over two lines or more above a rule of dashes
    (« Associés » over « inscrits »): the rule's dashes give the columns, each header cell
    is its lines joined, and each row is cut where the columns start. None when a line has
    no rule above it to head, or a cell runs over a column's start."""
    first = next((index for index, line in enumerate(lines) if TABLE_RULE.match(line)), None)
    if not first or first < 2:
        return None
    starts = [match.start() for match in re.finditer(r"-+", lines[first])]
    head, body = lines[:first], [line for line in lines[first:] if not TABLE_RULE.match(line)]
    if any(not _fits_columns(line, starts) for line in head + body):
        return None
    headers = [" ".join(cell for line in head if (cell := _cut(line, starts)[column]))
               for column in range(len(starts))]
    return headers, [_cut(line, starts) for line in body]


def _cut(line: str, starts: list[int]) -> list[str]:
    return [line[start:end].strip() for start, end in zip(starts, [*starts[1:], None],
                                                          strict=True)]


def _fits_columns(line: str, starts: list[int]) -> bool:
    """No word runs over a column's start, and nothing stands before the first column."""
    padded = line.ljust(starts[-1] + 1)
    return not padded[:starts[0]].strip() and all(
        not (padded[start - 1].strip() and padded[start].strip()) for start in starts[1:])


YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _is_figure(cell: str) -> bool:
    """A cell holding a figure; years ('2024', '2020-2023') may head a column."""
    return any(char.isdigit() for char in YEAR.sub("", cell))


def _block(line: str, following: str | None, guess: bool = True) -> Block:
    if heading := MD_HEADING.match(line):
        return Block(kind="heading", text=inline(heading.group(2)), level=len(heading.group(1)))
    if (numbered := NUMBERED_CAPITALS.match(line)) and len(line) <= 100:
        return Block(kind="heading", text=inline(numbered.group(1)), level=2)
    if BULLET.match(line):
        return Block(kind="item", text=inline(BULLET.sub("", line, count=1)))
    introduces_list = line.endswith(":") and following and BULLET.match(following.strip())
    if (guess and _looks_like_heading(line) and following is not None
            and not introduces_list and not _is_state_motto(line)):
        return Block(kind="heading", text=inline(line), level=2)
    return Block(kind="paragraph", text=inline(line))


NUMBERED_CAPITALS = re.compile(r"^(?:\[\d{1,2}[h:]\d{2}\]\s+)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+"
                               r"([^a-zà-ÿ]*[A-ZÀ-Ý]{2}[^a-zà-ÿ]*)$")
"""'4. POINTS DE VIGILANCE': a numbered line in capitals is a section's title, not an item;
so is « [18h42] 1. TRAVAUX / BUDGET », where a shared pad's notes stamp each point's start."""
EMAIL_FIELD = re.compile(r"^\s*(?:From|To|Cc|Date|Subject|Reply-To|Content-Type|MIME-Version|"
                         r"De|À|A|Cci|Envoyé|Répondre à)\s?:\s")
"""An e-mail's header line (« To: … », « De : … »): a field, never a title (« Objet : … » titles
a deliberation or a note as well as a mail)."""
COUNT_FIELD = re.compile(r"^[^:]{1,40}:\s*(?:du\s+|le\s+)?\d")
"""'Présents : 23', 'Votants : 25', « Réponses incomplètes : 12 (exclues …) », « Période : du
03/11/2026 au … »: a label and its figure are data, not a heading."""


def _looks_like_heading(line: str) -> bool:
    """A short line, capitalised, without a sentence's punctuation at its end."""
    return (
        len(line) <= 100
        and not COUNT_FIELD.match(line)
        and not EMAIL_FIELD.match(line)
        and len(line.split()) <= 14
        and line[0].isupper()
        and not re.search(r"[.;,»”\"]$", line)
        and line.count(",") <= 1
        and not line.startswith(("«", "“", "\""))
        and not NAME_ROLE.match(line)
        and not SIGNED_LINE.match(line)
        and not REFERENCE_FIELD.match(line)
        and not TURN_SAID.match(line)
    )


REFERENCE_FIELD = re.compile(r"(?:(?:(?:nos|vos)\s+)?r[ée]f(?:[ée]rences?)?\.?|"
                             r"(?:affaire|dossier)\s+suivie?\s+par|contact|interlocut\w+|"
                             r"r[ée]f[ée]rent\w*|rapporteu\w*)\s*:\s*\S", re.I)
"""« Nos réf. : DEPESS/2026-0417 », « Affaire suivie par : Loïc Trémoulet »: a letter's
reference fields, never its titles."""


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when lines are paragraphs."""
    lengths = [len(line.rstrip()) for line in lines
               if line.strip() and not LINK_LINE.match(line.strip())  # a link is not wrapped
               and not EMAIL_FIELD.match(line)]  # nor is a mail's « Subject: »
    if len(lengths) < WRAP_MIN_LINES:
        return None
    width = max(lengths)
    if width > MAX_WRAP:
        return None
    near = sum(1 for length in lengths if length >= width - WRAP_SLACK)
    longish = sum(1 for length in lengths if length >= width / 2)
    return width if longish and near / longish >= WRAP_SHARE else None


def _unwrap(lines: list[str], width: int | None) -> list[str]:
    """Join each wrapped line to the next when the next one's first word would have fitted."""
    if width is None:
        return lines
    joined: list[str] = []
    last = ""  # the previous physical line: its length decides, not the joined paragraph's
    hanging = False
    for line in lines:
        hanging = bool(joined) and _hangs(last, line, hanging)
        if joined and (hanging or _continues(last, line, width,
                                             in_item=bool(BULLET.match(joined[-1])))):
            joined[-1] = _join(joined[-1], line.strip())
        else:
            joined.append(line)
        last = line
    return joined


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _hangs(previous: str, line: str, hanging: bool) -> bool:
    """A line indented under an open one belongs to it, and so do the lines indented as
    it is: a contact card (« Anaïs Ladevèze, chargée de mission » over its sector, then
    its address and phone). A closed line (« . », « : ») ends its paragraph, and capitals
    over an indented line are a masthead, not a card."""
    if (not previous.strip() or not line.strip() or BULLET.match(line) or BULLET.match(previous)
            or _indent(line) < CARD_INDENT or _is_capitals(line) or _is_capitals(previous)):
        return False
    if hanging:
        return _indent(previous) == _indent(line)
    return _indent(previous) == 0 and not CLOSED_END.search(previous.rstrip())


CARD_INDENT = 2  # one space may be a typo; two or a tab set a line under another


def _unwrap_open(lines: list[str]) -> list[str]:
    """A text too short to show its width (a short FAQ, a note): only what cannot end a
    sentence is joined, a line left open (« … le premier rendez-vous a lieu ») over one
    starting in lower case (« à la maison des associations … »), or ending on « de », « et »
    … A text of one paragraph a line closes each of them: nothing is joined there."""
    joined: list[str] = []
    last = ""
    hanging = False
    item_depth: int | None = None  # the indent of the open list item's bullet
    for line in lines:
        hanging = bool(joined) and _hangs(last, line, hanging)
        under_item = (item_depth is not None and line.strip() and not BULLET.match(line)
                      and _indent(line) > item_depth)  # « => jury de 7 membres » under it
        if not line.strip() or (BULLET.match(line) is None and not under_item):
            item_depth = None
        if BULLET.match(line):
            item_depth = _indent(line)
        if hanging or under_item or (joined and LINK_LINE.match(line.strip())
                                     and last.rstrip().endswith(":")):
            joined[-1] = _join(joined[-1], line.strip())  # the link a colon announces
        elif (joined and last.strip() and line.strip() and not BULLET.match(line)
                and not MD_HEADING.match(line) and not MD_HEADING.match(last.strip())
                and not _is_capitals(last)  # a title in capitals over its dateline
                and not FIELD_START.match(line) and not CLOSED_END.search(last.rstrip())
                and (line.strip()[:1].islower()
                     or last.split()[-1].lower() in DANGLING_WORDS)):
            joined[-1] = _join(joined[-1], line.strip())
        else:
            joined.append(line)
        last = line
    return joined


CLOSED_END = re.compile(r"[.;:!?»”)\]]$")
"""A line that ends so ends its sentence (or its item): the next line may start anew."""


FIELD_START = re.compile(rf"^\s*[A-ZÀ-Ý][\w'’ -]{{0,30}}[^\W\d] : \S|{EMAIL_FIELD.pattern[1:]}")
"""'Dépôts : du mercredi au samedi …', 'Courriel : …', an e-mail's 'To: …': a line of
practical details opens with its field's name; it goes on no line before it."""


def _continues(previous: str, line: str, width: int, in_item: bool = False) -> bool:
    """The line goes on the previous one: it would not have fitted there, or it is indented
    under a list item (its second line or any later one), or the previous line, full, was
    left open mid-sentence."""
    if not previous.strip() or not line.strip() or BULLET.match(line) or MD_HEADING.match(line):
        return False
    if MD_HEADING.match(previous.strip()) or FIELD_START.match(line):
        return False
    if VISA.match(line.strip()) and previous.rstrip().endswith((";", ",")):
        return False  # « … ; » then « Vu la délibération … »: each visa its own clause
    if LINK_LINE.match(line.strip()):
        return previous.rstrip().endswith(":")  # the link a colon announces
    first_word = line.split()[0]
    indented_item = (in_item or bool(BULLET.match(previous))) and line.startswith((" ", "\t"))
    # 'sous la présidence de' / 'M. Étienne Charvolin, maire.': the writer's spaces may be
    # unbreakable ('M.\u00a0Étienne'), so a full line left open mid-sentence goes on too
    # (a centred line, indented, is a title of its own).
    open_end = not CLOSED_END.search(previous.rstrip())
    full = len(previous.rstrip()) >= width - WRAP_SLACK and not previous.startswith("  ")
    dangling = (previous.split()[-1].lower() in DANGLING_WORDS
                and len(previous.rstrip()) >= width / 2)  # 'la première année de' goes on
    comma = previous.rstrip().endswith(",")  # 'Le Président de la Communauté de communes,'
    # above its signatory's name: a comma never ends a sentence
    lowered = (open_end and line.strip()[:1].islower()
               and len(previous.rstrip()) >= width / 2)  # '… une journée portes' over
    # 'ouvertes sur le toit …': a transcript's lines are wrapped by hand, some short
    return (len(previous.rstrip()) + 1 + len(first_word) > width or indented_item
            or (open_end and full) or dangling or comma or lowered)


def _join(previous: str, line: str) -> str:
    """'établisse-' + 'ments' -> 'établissements'; a hyphen before a capital or a digit is a
    real one ('Saint-' + 'Denis')."""
    if previous.endswith("-") and line[:1].islower() and previous[-2:-1].isalpha():
        return previous[:-1] + line
    if previous.endswith("-"):
        return previous + line
    return f"{previous} {line}"
