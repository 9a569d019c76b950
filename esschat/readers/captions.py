"""Captions (WebVTT, SubRip): a webinar's or a video's transcript, cue by cue.

A caption file cuts speech into cues of a few words, each with its timing: « Bonjour à
toutes et à tous, » in one cue, « bienvenue à ce webinaire de la CRESS » in the next. Read
line by line, every cue is a fragment and no sentence survives. Here a speaker's cues in a
row are one turn, read as minutes write it (« Agathe Rouquié (0:04) : Bonjour à toutes et à
tous, bienvenue à ce webinaire … »), so that a sentence is whole and says who spoke.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from esschat.models import Block
from esschat.readers.base import LoadedDocument, LoadError, inline, iso_date

TIMING = re.compile(r"^\s*(?P<start>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*"
                    r"(?P<end>(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})")
"""« 00:00:04.120 --> 00:00:06.694 » (WebVTT), « 00:00:04,120 --> 00:00:06,694 » (SubRip)."""
MIN_CUES = 5  # a text that quotes a timing line or two is no caption file
VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+(?P<who>[^>]+)>")
"""WebVTT's voice tag, « <v Agathe Rouquié> »: who speaks in this cue."""
SPEAKER_LEAD = re.compile(r"^(?:>>\s*|-\s*)?(?:\[(?P<bracketed>[^\]]{2,40})\]|"
                          r"(?P<named>[A-ZÀ-Ý][\w'’.-]*(?:[ -][A-ZÀ-Ý][\w'’.-]*){0,3})\s?:)\s+")
"""« [Samia Belkacem] … », « Samia Belkacem: … », « >> SAMIA: … »: a speaker named where a
caption file has no voice tags (SubRip, exports of video platforms)."""
TAG = re.compile(r"</?[a-z][^>]*>|<\d[\d:.]*>", re.I)
"""Styling and karaoke tags (« <i> », « <c.yellow> », « <00:00:05.120> »): no words."""
SKIPPED_BLOCKS = ("WEBVTT", "STYLE", "REGION", "X-TIMESTAMP")
PAUSE_SECONDS = 2.0
"""Without speakers, a silence this long after a sentence's end opens a new paragraph: the
pause a transcriber marks with a paragraph break (a breath between sentences is shorter)."""


@dataclass
class _Cue:
    start: float
    end: float
    speaker: str | None
    text: str


def is_captions(text: str) -> bool:
    """A WebVTT file says so on its first line; a SubRip file is known by its timing lines."""
    if text.lstrip("\ufeff").startswith("WEBVTT"):
        return True
    return sum(1 for line in text.splitlines() if TIMING.match(line)) >= MIN_CUES


def read_captions(text: str) -> LoadedDocument:
    """The caption file's notes (a title, the date it was recorded) first, then one
    paragraph per turn; cue numbers, timings, settings and tags dropped."""
    notes, turns = _notes_and_turns(text)
    if not turns:
        raise LoadError("sous-titres sans aucun texte (WebVTT/SubRip)")
    title = notes[0] if notes and _is_title(notes[0]) else None
    blocks = [Block(kind="heading", text=title)] if title else []
    blocks += [Block(kind="paragraph", text=inline(line))
               for line in [*notes[bool(title):], *turns]]
    return LoadedDocument(blocks, title=title, date=next(
        (found for note in notes if (found := _date(note))), None))


TITLE_CHARS = 160  # a title is a line, not a note's paragraph
NOTE_DATE = re.compile(r"\b(\d{1,2})(?:er)?\s+(\w+)\s+((?:19|20)\d\d)\b")
"""« Enregistré le jeudi 11 février 2027 »: the day a webinar was recorded."""


def _is_title(note: str) -> bool:
    return len(note) <= TITLE_CHARS and not note.rstrip().endswith((".", ";", ","))


def _date(note: str) -> str | None:
    return next((found for parts in NOTE_DATE.findall(note) if (found := iso_date(*parts))), None)


def _notes_and_turns(text: str) -> tuple[list[str], list[str]]:
    notes: list[str] = []
    cues: list[_Cue] = []
    for block in re.split(r"\n\s*\n", text.lstrip("\ufeff").replace("\r\n", "\n")):
        lines = [line.strip() for line in block.strip().split("\n") if line.strip()]
        if not lines or lines[0].startswith(SKIPPED_BLOCKS):
            continue
        if lines[0].startswith("NOTE"):  # a comment, where exports put the title and date
            notes.extend(line for line in [lines[0][4:].strip(), *lines[1:]] if line)
            continue
        timed = next((index for index, line in enumerate(lines) if TIMING.match(line)), None)
        if timed is not None and (cue := _cue(lines[timed], lines[timed + 1:], cues)):
            cues.append(cue)
    return notes, _turns(cues)


def _cue(timing: str, payload: list[str], earlier: list[_Cue]) -> _Cue | None:
    said = " ".join(payload)
    voice = VOICE.search(said)
    words = html.unescape(TAG.sub("", said)).strip()
    lead = None if voice else SPEAKER_LEAD.match(words)
    if lead:
        words = words[lead.end():]
    if not words:
        return None
    speaker = (voice["who"].strip() if voice else
               (lead["bracketed"] or lead["named"]).strip() if lead else
               earlier[-1].speaker if earlier else None)  # a cue without a name goes on
    times = TIMING.match(timing)
    return _Cue(_seconds(times["start"]), _seconds(times["end"]), speaker, words)


def _turns(cues: list[_Cue]) -> list[str]:
    """A speaker's cues in a row, joined; a new turn where the speaker changes, or, without
    speakers, after a pause that ends a sentence."""
    turns: list[str] = []
    current: list[_Cue] = []
    for cue in cues:
        if current and _new_turn(current[-1], cue):
            turns.append(_turn(current))
            current = []
        current.append(cue)
    if current:
        turns.append(_turn(current))
    return turns


def _new_turn(last: _Cue, cue: _Cue) -> bool:
    if last.speaker != cue.speaker:
        return True
    return (last.speaker is None and last.text.endswith((".", "!", "?", "…"))
            and cue.start - last.end >= PAUSE_SECONDS)


def _turn(cues: list[_Cue]) -> str:
    words = " ".join(cue.text for cue in cues)
    if cues[0].speaker is None:
        return words
    return f"{cues[0].speaker} ({_clock(cues[0].start)}) : {words}"


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    return sum(float(part) * 60 ** power for power, part in enumerate(reversed(parts)))


def _clock(seconds: float) -> str:
    """« 0:04 », « 12:31 », « 1:02:03 »: the time a transcript prints beside a name."""
    whole = int(seconds)
    hours, minutes, rest = whole // 3600, whole % 3600 // 60, whole % 60
    return f"{hours}:{minutes:02d}:{rest:02d}" if hours else f"{minutes}:{rest:02d}"
