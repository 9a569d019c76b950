"""An e-mail saved as text (« .eml », or a newsletter copied with its headers): the headers
say who sent it, when and about what; the body is the document.

The standard library's parser reads the headers and decodes the body (quoted-printable,
base64, its charset). Only the fields a reader sees in a mail client stay in the text
(« From: », « To: », « Date: », « Subject: »): the routing and MIME lines are noise that
would be quoted as answers. A message written in HTML only (webmails such as Zimbra or
Outlook on the web send no text part) keeps its HTML, for the web-page reader; an invitation
it carries (« invite.ics ») is read as one line: what, when, where, who organises.
"""

from __future__ import annotations

import email
import email.errors
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.utils import parseaddr, parsedate_to_datetime

HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:(?:[ \t]|$)")
"""An RFC 5322 header line: a field name, a colon right after it, then a space (or the
value folded onto the next line)."""
SEEN_FIELDS = ("From", "To", "Cc", "Date", "Subject")
"""The fields a mail client shows above a message."""
KNOWN_FIELDS = {"from", "to", "cc", "date", "subject", "message-id", "mime-version",
                "content-type", "return-path", "received", "reply-to", "sender"}
"""A header block names at least two of these: a text opening on « Objet: … » alone is a note."""


@dataclass(frozen=True, slots=True)
class Mail:
    """What an e-mail's headers say, and its body as text."""

    text: str
    subject: str | None
    sender: str | None
    date: str | None  # ISO date
    html: str | None = None
    """The body, when the message has no text part but an HTML one; ``text`` then holds
    the header line alone."""
    events: list[str] = field(default_factory=list)
    """Each calendar invitation attached, as one line."""


def read_mail(data: bytes) -> Mail | None:
    """The message a file holds, or None when the file does not open on mail headers."""
    head = _header_lines(data.decode("utf-8", "replace").replace("\r\n", "\n"))
    names = {line.split(":", 1)[0].lower() for line in head if HEADER.match(line)}
    if len(names & KNOWN_FIELDS) < 2 or not names & {"from", "subject", "date"}:
        return None
    try:
        message = email.message_from_bytes(data, policy=policy.default)
        body = _body(message) if isinstance(message, EmailMessage) else None
        events = [_event_line(part) for part in message.walk()
                  if part.get_content_type() == "text/calendar"]
    except (email.errors.MessageError, ValueError, TypeError):
        return None
    if body is None:
        return None
    text, subtype = body
    seen = " ; ".join(f"{name}: {' '.join(str(message[name]).split())}"
                      for name in SEEN_FIELDS if message[name])  # one line, as a mail
    # client shows them above the message: « Quand la lettre n° 31 a-t-elle été envoyée ? »
    # finds its date beside its subject
    html = text if subtype == "html" else None
    return Mail(seen if html else seen + "\n\n" + text, _field(message, "Subject"),
                _sender(message), _date(message), html,
                [line for line in events if line])


def _header_lines(text: str) -> list[str]:
    """The lines before the first blank one, when each is a header or a folded header."""
    lines: list[str] = []
    for line in text.lstrip("\ufeff").split("\n"):
        if not line.strip():
            break
        if not (HEADER.match(line) or (lines and line[:1] in " \t")):
            return []
        lines.append(line)
    return lines


def _body(message: EmailMessage) -> tuple[str, str] | None:
    """The plain-text part, else the HTML one, decoded (quoted-printable, base64) in its
    charset, with its subtype; None when the message has neither."""
    part = message.get_body(preferencelist=("plain", "html"))
    text = _decoded(part) if part is not None else None
    return (text, part.get_content_subtype()) if text is not None else None


def _decoded(part: EmailMessage) -> str | None:
    """A part's text. A part that names no charset, or a wrong one, is read as UTF-8, else
    Windows-1252, like any text file."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return None
    for charset in (part.get_content_charset(), "utf-8", "cp1252"):
        if not charset:
            continue  # no Content-Type (a mail typed or exported by hand): as any text file
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return None


EVENT_FIELDS = (("SUMMARY", "Événement"), ("DTSTART", "Début"), ("DTEND", "Fin"),
                ("LOCATION", "Lieu"), ("ORGANIZER", "Organisé par"))
"""What an agenda shows of an invitation, in the order it shows it. Not its description: it
repeats the message that carries it."""
ICS_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?")


def _event_line(part: EmailMessage) -> str:
    """An invitation (RFC 5545) as « Événement : … ; Début : 12/04/2029 08:30 ; Lieu : … »:
    its folded lines unfolded, its escapes undone, the first event only (an invitation
    carries one)."""
    text = _decoded(part) or ""
    lines = re.sub(r"\r?\n[ \t]", "", text).splitlines()
    start = next((n for n, line in enumerate(lines) if line.strip() == "BEGIN:VEVENT"), None)
    if start is None:
        return ""
    found: dict[str, str] = {}
    for line in lines[start + 1:]:
        if line.startswith(("END:VEVENT", "BEGIN:")):
            break  # an alarm's own description is no part of the event
        name, _, value = line.partition(":")
        key, _, parameters = name.partition(";")
        if key == "ORGANIZER":
            value = _quoted_name(parameters) or value.removeprefix("mailto:")
        found.setdefault(key.upper(), value)
    said = [f"{label} : {_ics_value(key, found[key])}" for key, label in EVENT_FIELDS
            if found.get(key)]
    return " ; ".join(said)


def _quoted_name(parameters: str) -> str | None:
    match = re.search(r'CN="?([^";:]+)', parameters)
    return match.group(1) if match else None


def _ics_value(key: str, value: str) -> str:
    """A date as a reader writes it (« 12/04/2029 08:30 »); text with its escapes undone."""
    stamp = ICS_STAMP.match(value)
    if key in {"DTSTART", "DTEND"} and stamp:
        year, month, day, hour, minute = stamp.groups()
        return f"{day}/{month}/{year}" + (f" {hour}:{minute}" if hour else "")
    value = value.replace("\\n", " ").replace("\\N", " ")
    return " ".join(re.sub(r"\\([,;\\])", r"\1", value).split())


def _field(message: EmailMessage, name: str) -> str | None:
    value = message[name]
    return " ".join(str(value).split()) or None if value else None


def _sender(message: EmailMessage) -> str | None:
    """The sender's name (« DLA de la Sélandre »), else the address."""
    name, address = parseaddr(str(message["From"] or ""))
    return name or address or None


def _date(message: EmailMessage) -> str | None:
    try:
        return parsedate_to_datetime(str(message["Date"])).date().isoformat()
    except (TypeError, ValueError):
        return None
