"""An e-mail saved as text (« .eml », or a newsletter copied with its headers): the headers
say who sent it, when and about what; the body is the document.

The standard library's parser reads the headers and decodes the body (quoted-printable,
base64, its charset). Only the fields a reader sees in a mail client stay in the text
(« From: », « To: », « Date: », « Subject: »): the routing and MIME lines are noise that
would be quoted as answers.
"""

from __future__ import annotations

import email
import email.errors
import re
from dataclasses import dataclass
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


def read_mail(data: bytes) -> Mail | None:
    """The message a file holds, or None when the file does not open on mail headers."""
    head = _header_lines(data.decode("utf-8", "replace").replace("\r\n", "\n"))
    names = {line.split(":", 1)[0].lower() for line in head if HEADER.match(line)}
    if len(names & KNOWN_FIELDS) < 2 or not names & {"from", "subject", "date"}:
        return None
    try:
        message = email.message_from_bytes(data, policy=policy.default)
        body = _body(message) if isinstance(message, EmailMessage) else None
    except (email.errors.MessageError, ValueError, TypeError):
        return None
    if body is None:
        return None
    seen = [f"{name}: {' '.join(str(message[name]).split())}" for name in SEEN_FIELDS
            if message[name]]  # one line, as a mail client shows them above the message:
    # « Quand la lettre n° 31 a-t-elle été envoyée ? » finds its date beside its subject
    return Mail(" ; ".join(seen) + "\n\n" + body, _field(message, "Subject"),
                _sender(message), _date(message))


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


def _body(message: EmailMessage) -> str | None:
    """The plain-text part, decoded (quoted-printable, base64) in its charset; None when
    the message has none. A part that names no charset, or a wrong one, is read as UTF-8,
    else Windows-1252, like any text file."""
    part = message.get_body(preferencelist=("plain",))
    payload = part.get_payload(decode=True) if part is not None else None
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
