"""The one sentence splitter: a paragraph into its sentences, French-aware.

Chunking, the sentence vectors and the answerer all split with it, so a sentence is the same
sentence at every stage. pysbd does the segmenting; abbreviations it does not know in French
(« art. 3 », « p. 12 », « n° ») are joined back to the sentence they belong to.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import pysbd

_ABBREVIATIONS = ("art", "arts", "al", "p", "pp", "n", "no", "nos", "cf", "vol", "chap", "éd",
                  "env", "hab", "av", "bd", "réf", "ex", "fig", "tab", "ann", "coord", "dir",
                  "min", "max", "sq", "suiv", "tél", "tel", "fax", "délib", "délibs", "c\\.-à-d",
                  "subv", "cotis", "rémun", "prest", "amort", "invest", "fonct")
"""Lower-case abbreviations; each also ends no sentence capitalised (« Réf. 2024 : 352 », a
table's header cell; « Art. 3 » opening a line; « Subv. Région », an accounting label)."""
ABBREVIATION_END = re.compile(
    r"(?:(?<![\w-])(?:" + "|".join(f"{word}|{word.capitalize()}" for word in _ABBREVIATIONS)
    + r"|M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|St|Ste|Port|Mob|[A-ZÀ-Ý])\.|n°|N°)\s*$")
"""A piece ending so ends on an abbreviation or an initial, not on a sentence (« Port. » and
« Mob. » label a signature's mobile number, capitalised as no sentence's last word is)."""
LINK = re.compile(r"(?:https?://|www\.)\S+?(?=[.,;:!?)»]*(?:\s|$))")
"""A web address, without the punctuation after it: its « ? » or « . » end no sentence."""
GOES_ON = re.compile(r"\s*[:;,)%]")
"""A piece opening on a colon or a comma goes on with the one before: « Pour quoi ? : études »,
a table's header cell and its value, is no question ended then an answer begun; « Var. % »
heads a column of rates."""
BOUNDARY = re.compile(r"[.!?…]\s")
"""Without one of these, a paragraph is one sentence: pysbd need not run."""


_local = threading.local()


def _segmenter() -> pysbd.Segmenter:
    """One segmenter per thread: pysbd keeps the text being split on the segmenter itself,
    so the chat's concurrent questions, sharing one, cut each other's sentences wrong."""
    segmenter = getattr(_local, "segmenter", None)
    if segmenter is None:
        segmenter = _local.segmenter = pysbd.Segmenter(language="fr", clean=False,
                                                       char_span=True)
    return segmenter


@lru_cache(maxsize=65536)
def split_sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, sentence) for each sentence of ``text``, stripped, in order."""
    if not BOUNDARY.search(text):
        stripped = text.strip()
        return ((text.index(stripped), stripped),) if stripped else ()
    spans: list[list[int]] = []
    links = [(match.start(), match.end()) for match in LINK.finditer(text)]
    for span in _segmenter().segment(text):
        if spans and (ABBREVIATION_END.search(text[spans[-1][0]:spans[-1][1]])
                      or any(start < spans[-1][1] < end for start, end in links)
                      or GOES_ON.match(text, span.start)):
            spans[-1][1] = span.end
        else:
            spans.append([span.start, span.end])
    pieces = []
    for start, end in spans:
        piece = text[start:end]
        if piece.strip():
            pieces.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
    return tuple(pieces)


def sentences(text: str) -> list[str]:
    return [sentence for _, sentence in split_sentences(text)]
