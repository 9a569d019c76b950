"""French text analysis for lexical matching: folding, elision, numbers, stop words, stemming."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_FRENCH

APOSTROPHES = "’‘`´ʼ′"
SPACES = "\u00a0\u202f\u2009\u2007\u2008\u200a\u205f\u3000"
ELISION = re.compile(r"\b(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'(?=\w)")
THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})(?:[ ](\d{3}))+(?![\d])")
DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z]+")

_stemmer = Stemmer.Stemmer("french")


def unify(text: str) -> str:
    """Same apostrophe and space characters everywhere, numbers without thousand separators."""
    text = text.translate(str.maketrans(APOSTROPHES, "'" * len(APOSTROPHES)))
    text = text.translate(str.maketrans(SPACES, " " * len(SPACES)))
    text = THOUSANDS.sub(lambda match: match.group(0).replace(" ", ""), text)
    return DECIMAL_COMMA.sub(".", text)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, no ligatures: 'Économie' and 'economie' become the same."""
    text = unify(text).lower().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=65536)
def phrase(text: str) -> str:
    """Folded words joined by single spaces, padded, for whole-phrase matching of names
    ('Terre & Ouvrage' is the 'terre_et_ouvrage' of a file name; a footnote's call is no
    part of the word it follows: « SIAE³ » names the SIAE)."""
    text = SUPERSCRIPT.sub(" ", text.replace("&", " et "))
    return f" {' '.join(re.findall(r'[a-z0-9]+', fold(text)))} "


SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u2079]")


STOP_WORDS = frozenset(fold(word) for word in STOPWORDS_FRENCH) | {
    "est", "sont", "ete", "etre", "avoir", "fait", "quel", "quelle", "quels", "quelles",
    "combien", "comment", "pourquoi", "quoi", "dont", "ou", "donc", "ainsi", "aussi", "plus",
    "tres", "selon", "entre", "chez", "cette", "ces", "cet", "leur", "leurs", "peut", "doit",
    "the", "is", "are", "of", "in", "and", "at", "to", "what", "how", "many", "much", "who",
    "which", "when", "does", "do", "did", "was", "were", "that", "this", "there", "for", "by",
    "an", "its", "their", "according", "with", "from", "has", "have", "be", "it", "on", "as",
    "compte", "comptent", "compte-t-on", "trouve-t-on", "signifie", "veut", "dire", "existe",
    "represente-t-elle", "t", "elle", "il", "y", "lors", "apres",
}


# Bump when ``analyze`` changes: cached BM25 indexes are kept per analyzer version.
ANALYZER_VERSION = "8"
KEPT_APART = {"votant": "votant", "votants": "votant", "votante": "votant", "votantes": "votant",
              "loyer": "loyer", "loyers": "loyer",
              "communication": "communic", "communications": "communic",
              "placement": "placement", "placements": "placement",
              "aidant": "aidant", "aidants": "aidant", "aidante": "aidant", "aidantes": "aidant"}
"""Words Snowball would stem as another word (« votants » as « vote », « loyer » as « loi »,
« communication » as « commune », « placement » as « place », « aidants » as « aides »):
minutes count the voters (« Votants : 37 ») apart from the votes (« Pour : 31 »), a rent is
no law, and a budget's « Communication » line counts no communes."""


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball's French stem, with the plural of '-oi' nouns joined to their singular
    (Snowball keeps the 's' after a vowel: 'emplois' would never match 'emploi')."""
    if word in KEPT_APART:
        return KEPT_APART[word]
    if word.endswith("ois") and len(word) > 4:
        word = word[:-1]
    elif word.endswith(("oient", "uient")) and len(word) > 6:
        word = word[:-3]  # 'emploient' is 'emploie' said by many: Snowball keeps the
        # '-ent' after a vowel, and the verb would never meet its noun 'emploi'
    elif word.endswith(("ee", "ees")) and len(word) > 4:
        word = word[:word.rindex("ee") + 1]  # folded 'valorisée' is 'valorisee', which
        # Snowball (made for accented text) does not take for 'valorisé'
    elif word.endswith(("iere", "ieres")) and len(word) > 6:
        word = word[:word.rindex("ere") + 2]  # folded 'trésorière' is 'tresoriere', which
        # Snowball stems apart from 'trésorier': the feminine is read as its masculine
    elif word.endswith("ierement") and len(word) > 10:
        word = word[:-5]  # 'régulièrement' goes with 'régulière', read as 'régulier'
    return _stemmer.stemWord(word)


def words(text: str) -> list[str]:
    """Folded words and numbers, elided articles removed, stop words kept."""
    return TOKEN.findall(ELISION.sub("", fold(text)))


def analyze(text: str) -> list[str]:
    """The index terms of a text: folded, stop words dropped, stemmed."""
    return [stem(word) for word in words(text) if (word not in STOP_WORDS and len(word) > 1)
            or word.isdigit()]


@lru_cache(maxsize=65536)
def term_set(text: str) -> frozenset[str]:
    """``analyze`` as a set, cached: the answerer looks at the same sentences again and again."""
    return frozenset(analyze(text))


def normalize_number(token: str) -> str:
    """'48 390' -> '48390', '9,8' -> '9.8': the form under which figures are compared."""
    return DECIMAL_COMMA.sub(".", re.sub(rf"[ {SPACES}]", "", token))
