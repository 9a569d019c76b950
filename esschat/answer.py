"""The offline answerer: picks the corpus sentences that state the answer and quotes them.

Evidence units are sentences, or a list with the sentence that introduces it. Each unit is
scored on what the question asks (its terms weighted by rarity, found in the sentence or in
its headings), on the kind of answer expected (a figure, a date, a person, a list), on the
retrievers' agreement about its passage, and on the names and years the question gives. When
no unit carries the question's names, years and key terms, the answerer abstains and says
what is missing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

from esschat.catalog import Catalog
from esschat.chunking import SECTION_JOINT, Line, on_page_edge, split_lines
from esschat.embeddings import quantised
from esschat.french import STOP_WORDS, analyze, fold, phrase, stem, term_set, unify, words
from esschat.models import Answer, Citation, Hit
from esschat.places import PLACE_NAMES, is_region_or_departement, with_article
from esschat.question import (
    ACRONYM_JOINERS,
    COUNTED_ACRONYM,
    COUNTS_THINGS,
    CURRENCY,
    EXTREME,
    IMPLIED,
    PAID_MEASURES,
    SYNONYMS,
    Question,
    analyse,
    extreme_asked,
    spell_acronyms,
)
from esschat.readers.base import CHAT_STAMP, MONTH_NUMBERS, NAME_ROLE, TOTAL_LABEL, row_label
from esschat.scoring import DECIMALS, Scorer
from esschat.sentences import split_sentences

if TYPE_CHECKING:
    from esschat.evidence import EvidenceStore
    from esschat.index import LexicalIndex

PRONOUN_START = re.compile(r"^(Il|Elle|Ils|Elles|Ce|Cette|Ces|Celui|Celle|Ceux|Cela|Ceci|Leur|"
                           r"Leurs|Son|Sa|Ses|De ce fait|Ainsi|Par ailleurs|Enfin|Exemples?|"
                           r"Par exemple|Notamment|Parmi eux|Parmi elles|En présence|"
                           r"Ça|C['’]est|On|Nous|Notre|Nos)\b")
"""A sentence that leans on the one before: a pronoun, a link, or a speaker's « ça », « on »,
« nous » (« Ça a représenté 41 200 heures » says what the sentence before counted)."""
NUMBER = re.compile(r"\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?\s*(?:%|millions?|milliards?|€)?")
PLACE_NAMED = re.compile(r"(?:région|département|ville|commune|métropole|agglomération|"
                         r"communauté|pays|canton|quartier|territoire)\b", re.I)
"""« Région Valdorie », « Ville de Pontaurel »: a name that says it is a place's."""
OWN_SUBJECT = re.compile(r"\b(?:du projet|de l['’](?:action|opération|association|entreprise|"
                         r"structure)|de la (?:structure|coopérative|SCIC|SCOP)|du dispositif)"
                         r"\s*(?:\(|$)", re.I)
"""A heading that names the document's subject by its common noun (« Budget prévisionnel
du projet (en euros) »): what it heads is that subject's, which the document names."""
PLACE_BEFORE = re.compile(r"\b(?:à|a|en|dans|au|aux|sur|pour|de la région|du département|"
                          r"(?:département|région|commune|ville|territoire)\s+(?:du|de|des)|"
                          r"(?:la|une)\s+(?:région|commune|ville|métropole))"
                          r"(?:\s+(?:la|le|les|l['’]))?\s*$", re.I)
"""'à Rennes', 'dans le Gers', 'en Bretagne', 'le département du Gers', 'la région
Bretagne': what follows is a place."""
SETTLES = re.compile(r"\b(peu(?:t|vent)|pourr(?:a|ont)|doi(?:t|vent)|sont|est|ne\s+\S+\s+pas|"
                     r"n['’]\S+\s+pas|exclue?s?|éligibles?|autorisée?s?|interdite?s?|"
                     r"obligatoires?|non)\b", re.I)
"""A yes/no question is settled by what may, must or may not be done."""
VERDICT = re.compile(r"^\s*(?:oui|non)\b|\b(?:ne\s+(?:\S+\s+){1,2}(?:pas|plus|jamais|aucun\w*)|"
                     r"n['’]\S+\s+(?:pas|plus|jamais)|"
                     r"exclue?s?|in[ée]ligibles?|[ée]ligibles?|autoris[ée]e?s?|interdite?s?|"
                     r"obligatoires?|gratuite?s?|payante?s?|possibles?|impossibles?|"
                     r"uniquement|seule?s?|exclusivement|aucune?|cumulables?|renouvel\w+|reconduit\w*|"
                     r"tacite\w*|sans\s+condition|sous\s+r[ée]serve|[àa]\s+condition|"
                     r"sauf\s+si)\b", re.I)
"""Words that give a verdict: an opening yes or no, allowed or not, free or paid, only,
excluded. Narrower than SETTLES ('est', 'sont' settle little), so that the two can be weighed
apart."""
MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
MONTH = (rf"(?:(?:{MONTHS})\b|(?:janv|févr|avr|juil|sept|oct|nov|déc)\.|"
         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b(?=\s+\d{4}\b))")
"""A month written whole, or cut as a calendar or a table cuts it: « 26 nov. », or as an
e-mail's « Date: » header does (« 10 Mar 2026 »)."""
DAY_IN_WORDS = (r"(?:premier|(?:vingt|trente)(?:[- ](?:et[- ]un|deux|trois|quatre|cinq|six|sept|"
                r"huit|neuf))?|dix(?:-(?:sept|huit|neuf))?|deux|trois|quatre|cinq|six|sept|huit|"
                r"neuf|onze|douze|treize|quatorze|quinze|seize)")
"""A day of the month as minutes write it out (« L'an deux mille vingt-six, le douze mars »)."""
DATE = re.compile(
    rf"\b(\d{{1,2}}(?:er)?\s+{MONTH}(?:\s+\d{{4}}\b)?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b|"
    rf"\ble\s+{DAY_IN_WORDS}\s+(?:{MONTHS})\b|"
    rf"(?:{MONTHS})\s+(?:19|20)\d\d\b|(?:19|20)\d\d\b|années?\s+\d0\b)", re.I)
DATE_PRECISION = [
    re.compile(rf"\b\d{{1,2}}(?:er)?\s+{MONTH}|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|"
               rf"\ble\s+{DAY_IN_WORDS}\s+(?:{MONTHS})\b", re.I),
    re.compile(rf"\b(?:{MONTHS})\s+(?:19|20)\d\d\b", re.I),
    re.compile(r"\b(?:19|20)\d\d\b"),
]
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
PERSON = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý][a-zà-ÿA-ZÀ-Ý]+\b")
SHARE = re.compile(r"\d\s*%|\d\s+points?\b|\bsur (deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
                   r"\d+)\b|\b(moitié|tiers|quart)\b(?![-‐])|\((?:en\s+)?%\)\s*:\s*[-+−]?\d|"
                   r"^[^—\n]*\((?:en\s+)?%\)\s*—[^—\n]*:\s*[-+−]?\d|"
                   r"_(?:pct|pourcent|percent|taux)\s*:\s*[-+−]?\d", re.I)
"""A share, also a table cell under a header in per cent: 'Part de l'ESS (%) : 38,5', or in
a row whose label says so: 'Part des CDI (%) — ESS Val de Lirande : 78'; a rate raised or
lowered « de 10 points » (a « tiers-lieu » is no third); an open-data column named as a
field: 'part_emploi_prive_pct : 18,2'."""
APPOSITION = re.compile(r"^(?:[•▪*–-]\s*)?(?:(?:Les?|La|L[’'])\s*)?[^\s,(:]+(?:\s+[^\s,(:]+)?\s*"
                        r"(?:\(|:\s|[—–]\s|,\s*(?:l[’']|la |le |les |un |une ))")
"""'La SCIC, une coopérative …', 'Le PTCE (pôle …)', a glossary's '• PTCE : pôle …' or
'SCIC — La société coopérative …' (a glossary set as a table)."""
BECAUSE = re.compile(r"\b(car|parce qu|puisque|en raison d|grâce à|du fait d|c’est pourquoi|"
                     r"c'est pourquoi|sous l['’]effet d|à cause d|faute d|s['’]explique par|"
                     r"dus? à|dues? à|touchée?s? par)", re.I)
INLINE_LIST = re.compile(r"\s:\s[^.:]+,[^.:]+\bet\b")
CHAIRED_BY = re.compile(r"^(?:La |Le |L'|L’)?(?:séance|réunion|assemblée|conseil|comité|"
                        r"bureau)\b[^.;]{0,40}\b(?:présidée?|animée?|dirigée?) par\b", re.I)
"""A sitting chaired by someone, the body unsaid: in minutes, the body their title names."""
OWN_BODY = re.compile(r"\b(?:[Ll]a|[Nn]otre|[Ll]['’])\s*(?:coopérative|association|société|"
                      r"structure|fédération|fondation|mutuelle|SCIC|SCOP)\b(?!\s+[A-ZÀ-Ý])")
"""« la coopérative est administrée par … »: the body a page speaks of as its own, which its
title or publisher names (a cooperative's FAQ)."""
ROLE_LABEL = re.compile(r"^\s*(?:[Pp]r[ée]sident|[Dd]irect(?:eur|rice)|[Cc]oordinat(?:eur|rice)|"
                        r"[Gg][ée]rant)e?s?\s*:\s*[A-ZÀ-Ý]")
"""« Directrice : Bérénice Vidalenc » among a report's contacts: the role held in the body
whose report it is, which its title or publisher names."""
DEFINED_AS = re.compile(r"\b(définie?s? comme|se définit|désigne|on entend par|on appelle)\b",
                        re.I)
DEFINING = re.compile(r"\b(est|sont|désigne|regroupe|recouvre|définie?|consiste|constitue)\b")

COMPANION_RATIO = 0.8
DATE_COMPANION_RATIO = 0.6
FULL_FOCUS = 0.99
OFF_TOPIC_SHARE = 0.6
SYNONYM_CREDIT = 0.7
CONTEXT_CREDIT = 0.6
FRAGMENT_WORDS = 6  # a line of fewer words is a title or a label, rarely a statement
SENTENCE_ENDS = (".", "!", "?", ":", "»", "…")
SALUTATION = re.compile(r"(?:\S+\s+){0,4}\S+,")  # « Madame, », « Bonjour à toutes et à tous, »
DENSE_SPREAD = 0.05
THEME_MENTIONS = 3
"""A name a document mentions this often is what it is about (two could be a passing
reference and its answer)."""
PLACE_HEADS = frozenset(("val", "vallee", "vallon", "pays", "mont", "monts", "cote", "cotes",
                         "coteaux", "plateau", "bassin", "saint", "sainte", "ile", "plaine",
                         "causse", "causses", "haut", "haute", "hauts", "basse", "bas",
                         "grand", "grande", "lac", "terres", "portes", "port", "pointe"))
"""Words a place's name opens with (« Val de Cantelune », « Pays de Lérins »)."""
OWNED_NAME = re.compile(r"^(\S.*?)\s+(?:du|de\s+la|de\s+l'|des|de|d')\s*(\S.*)$")
"""« Jardins du Rouvre »: a body's part (« Jardins ») and whose it is (« Rouvre »)."""
MASTHEAD_LINES = 3  # a document's name block: an issuer, a name or subtitle, a title
MASTHEAD_LINE = 120  # a masthead line is a name or a title, not a sentence
DENSE_CHARS = 400
ANTECEDENT_CHARS = 200
VECTOR_CACHE = 20000
STOP_WORDS_LIGHT = {"le", "la", "les", "l", "de", "du", "des", "d", "un", "une"}
UNITS_PER_ANSWER = 2
MAX_FACTOID_CHARS = 400
ATTRIBUTION_CHARS = 160
ROLE_REACH = 40
NAMED_BESIDE = 0.5  # « Qui sont les salariées de l'épicerie ? »: « Mes deux salariées, Agnès
# R. et Carole T. » names them beside the noun asked, the place being said elsewhere
ONE_VALUE_KINDS = frozenset(("number", "date", "person"))
"""Kinds of question one item answers: a whole list quoted for them is weighed apart, since
its items pool words and figures that no one of them says together."""
LOWER_CASE_INITIALS = 4  # initials from which a spelling need not be capitalised (see _spelled_out)


@dataclass
class Unit:
    """A sentence, or a list with its intro, quoted from one retrieved passage."""

    text: str
    hit: Hit
    rank: int
    context: str
    is_list: bool = False
    of_rows: bool = False  # a table's caption with its rows under it
    start: int = 0
    is_heading: bool = False
    is_attribution: bool = False
    is_item: bool = False
    antecedent: str = ""
    after_heading: int = 0
    nearest_heading: str = ""
    score: float = 0.0
    coverage: float = 0.0
    focus: float = 0.0
    matched: frozenset[str] = frozenset()
    signals: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Missing:
    """What the documents lack, for the refusal to say: a place they never mention, a name,
    a year, a numbered act, a figure, a person's name or role, or a date (for ``names``), or
    the answer itself."""

    kind: str
    names: tuple[str, ...] = ()


@dataclass
class Verdict:
    """The best units, or why none can be given."""

    units: list[Unit]
    missing: Missing | None = None


@dataclass
class Examination:
    """Every candidate of a question, scored; or what is missing before any is scored."""

    question: Question
    units: list[Unit]
    missing: Missing | None = None


def evidence_units(hits: list[Hit]) -> list[Unit]:
    """Sentences of each passage; list items join the sentence that introduces them, and
    each item is a unit of its own too, under that sentence, for questions it alone answers.

    Headings are units too (a date line, a caption), and a sentence opening on a pronoun
    carries the sentence before it as context (and that one's, for a chain of pronouns),
    since that is what it talks about.
    """
    units: list[Unit] = []
    for rank, hit in zip(_article_ranks(hits), hits, strict=True):
        text = hit.chunk.text
        heading = " ".join(part for part in (hit.chunk.title, hit.chunk.section) if part)
        section = heading  # the headings without the FAQ question under which a sentence sits
        anchor: Unit | None = None
        enumeration: Unit | None = None  # the sentence that 'La première …, La deuxième …' go on
        intro = enumeration_intro = ""
        rows_of: Unit | None = None  # the caption or sentence whose table's rows go on
        nearest = (hit.chunk.section or "").rpartition(SECTION_JOINT)[2]
        for block in _questions_apart(split_lines(text)):
            if (signer := _signer(units, hit, block, text)
                    or _role_above(units, hit, block, text)) is not None:
                units.append(Unit(f"{signer.text}\n{block.text}", hit, rank, heading,
                                  start=signer.start, nearest_heading=nearest))
                if not signer.is_heading:
                    units.remove(signer)  # the name and its role: one signature
                anchor, intro = units[-1], units[-1].text
                continue
            if block.kind in ("heading", "question"):
                units.append(Unit(block.text, hit, rank, heading, start=block.start,
                                  is_heading=True, nearest_heading=nearest))
                heading, anchor, nearest = f"{section} {block.text}", None, block.text
                enumeration = None
                if block.kind == "heading":
                    section = heading
            elif TABLE_ROW.match(block.text) and (
                    (anchor is not None and (_announces_table(intro) or anchor is rows_of))
                    or (anchor is None and _titles_list(units, hit))):
                if anchor is None:  # a table's caption over its rows: it names them
                    anchor, intro = units[-1], units[-1].text
                    anchor.is_heading, anchor.of_rows = False, True
                anchor.text, anchor.is_list = text[anchor.start:block.end], True
                rows_of = anchor
                units.append(Unit(block.text, hit, rank, heading, start=block.start,
                                  nearest_heading=nearest))  # a row says its own subject
            elif block.kind == "item" and (anchor is not None or _titles_list(units, hit)):
                if anchor is None:  # 'Trois thématiques prioritaires' over its items: the
                    anchor, intro = units[-1], units[-1].text  # heading announces the list
                    anchor.is_heading = False
                anchor.text, anchor.is_list = text[anchor.start:block.end], True
                units.append(Unit(block.text, hit, rank, f"{heading} {intro}",
                                  start=block.start, antecedent=intro, is_item=True,
                                  nearest_heading=nearest))
            else:
                for start, sentence in _sentences(block.text, block.start):
                    if enumeration is not None and _goes_on_counting(sentence, enumeration):
                        enumeration.text = text[enumeration.start:start + len(sentence)]
                        enumeration.is_list = True
                        units.append(Unit(sentence, hit, rank, f"{heading} {enumeration_intro}",
                                          start=start, antecedent=enumeration_intro,
                                          is_item=True, nearest_heading=nearest))
                        continue
                    if (start == block.start and units and units[-1].hit is hit
                            and not units[-1].is_heading and LONE_FIGURE.fullmatch(units[-1].text)
                            and SAYS_WHAT_FIGURE_IS.match(sentence)):
                        start = units.pop().start  # « 17 » over « C'est le nombre de SCIC … »:
                        sentence = text[start:block.start + len(sentence)]  # a key figure
                        # and the sentence that says what it counts, one answer
                    context, antecedent = heading, ""
                    if units and units[-1].hit is hit:
                        if PRONOUN_START.match(sentence) or _counts_what_came_before(sentence):
                            context = f"{units[-1].context} {units[-1].text}"
                            antecedent = units[-1].text
                        elif PART_OF_ANTECEDENT.match(sentence):
                            antecedent = units[-1].text  # « 93 d'entre elles … » counts some
                            # of what the sentence before names; its words stay that one's
                    units.append(Unit(sentence, hit, rank, context, start=start,
                                      antecedent=antecedent, nearest_heading=nearest))
                    if enumeration is None or not enumeration.is_list:
                        enumeration, enumeration_intro = units[-1], sentence
                anchor, intro = units[-1], units[-1].text
                if TABLE_ROW.match(block.text):
                    anchor = None  # a table's last row announces nothing: the list under it
                    # is the text's own (« Structure : Réseau — … » over « • Les apports … »)
                if block.kind == "item":
                    anchor.is_list, intro = True, ""
                    units.append(Unit(block.text, hit, rank, heading, start=block.start,
                                      is_item=True, nearest_heading=nearest))
    _attribute_quotes(units)
    _count_from_headings(units)
    return units


def _signer(units: list[Unit], hit: Hit, block: Line, text: str) -> Unit | None:
    """The name a role line signs under (« Thierry Malbec » over « Président de la CRESS »,
    an editorial's or a letter's signature): the line just before, a name and nothing else.
    The role alone names no one; quoted with its name, it answers « qui préside … ? »."""
    if (block.kind not in ("para", "heading") or not units or units[-1].hit is not hit
            or not SIGNED_ROLE.match(block.text)):
        return None
    name = units[-1]
    between = text[name.start + len(name.text):block.start]
    if between.strip().strip("#").strip() or not PERSON.fullmatch(name.text.strip()):
        return None
    return name


def _role_above(units: list[Unit], hit: Hit, block: Line, text: str) -> Unit | None:
    """The role a letter signs under, set above the name (« Pour la Présidente et par
    délégation, La directrice de l'économie de proximité, » over « Véronique Sauzet »): the
    line just before a line that is a name and nothing else."""
    if (block.kind != "para" or not units or units[-1].hit is not hit
            or not PERSON.fullmatch(block.text.strip())):
        return None
    role = units[-1]
    between = text[role.start + len(role.text):block.start]
    if between.strip() or not ROLE_ABOVE_NAME.search(role.text):
        return None
    return role


CLIPPED = {"agglo": "Agglomération", "interco": "intercommunalité", "asso": "association",
           "coop": "coopérative"}
"""Words staff clip (« l'Agglo », « l'interco »), folded, with the word they stand for."""


SIGNING_ROLES = (r"(?:[Pp]r[ée]sident|[Dd]irect(?:eur|rice)|[Mm]aire|[Aa]djoint|[Ss]ecr[ée]taire|"
                 r"[Tt]r[ée]sori[eè]re?|[Dd][ée]l[ée]gu[ée]|[Rr]esponsable|"
                 r"[Cc]oordinat(?:eur|rice)|[Gg][ée]rant)")
"""The offices a document is signed in: « Présidente », « Le Maire », « La directrice »."""
ROLE_ABOVE_NAME = re.compile(rf"(?:^|,\s*)(?:(?:[Ll]e|[Ll]a)\s+)?(?:[Vv]ice-)?{SIGNING_ROLES}\w*"
                             r"[^.!?;:\n]{0,100},?\s*$")
"""A signature's role on the line above the name, a letter's closing: « Le Maire, », « La
directrice de l'économie de proximité et de l'ESS, »."""


SIGNED_ROLE = re.compile(rf"^(?:(?:[Ll]e|[Ll]a)\s+)?(?:[Vv]ice-|[Cc]o-)?{SIGNING_ROLES}\w*\b"
                         r"[^.!?;:\n]{0,100}$")
"""A role on a line of its own, as under a signature: « Présidente du Département de … »."""


FAQ_QUESTION = re.compile(r"^(?:(?:[A-Z]{1,2}\d{0,3}|\d{1,3})[.)]\s+)?"
                          r"(?:(?![.!]\s+[A-ZÀ-Ý])[^?\n]){3,200}\?(?=\s|$)")
"""An FAQ's question opening a paragraph: « Q11. La subvention est-elle cumulable … ? »,
« Q. Les lauréats peuvent-ils … ? »; a paragraph whose first sentences state something
(« … date limite le 26 mars 2027. Héloïse, tu veux bien tenir la plume ? ») opens on no
question."""


def _article_ranks(hits: list[Hit]) -> list[int]:
    """Each hit's rank, a web page's sidebar and footer taking none from the passages ranked
    below them: the site's switchboard in the footer does not push the article's contact
    line down, whatever their words share; the edges keep their own place."""
    ranks: list[int] = []
    edges = 0
    for position, hit in enumerate(hits):
        edge = on_page_edge(hit.chunk)
        ranks.append(position if edge else position - edges)
        edges += edge
    return ranks


def _edges_second(typed: list[Unit], question: Question, threshold: float) -> list[Unit]:
    """A web page's sidebar and footer answer in the question's own words, or by a
    contact's form, or not at all (a sidebar's « Cotisation : 60 € par an » says nothing of
    the CRESS's budget); and for a contact, the article's own line worth giving (« 04 69 22
    71 35 » for the pépinière) beats the site's switchboard in the footer."""
    edge = {id(unit): on_page_edge(unit.hit.chunk) for unit in typed}
    if not question.contact:
        return [unit for unit in typed
                if not (edge[id(unit)] and unit.signals.get("focus_missing"))]
    main = [unit for unit in typed if not edge[id(unit)]]
    if len(main) < len(typed) and any(unit.score >= threshold for unit in main):
        return main
    return typed


def _questions_apart(lines: list[Line]) -> list[Line]:
    """A paragraph's opening question (an FAQ's « Q10. Puis-je cumuler … ? ») heads the
    answer after it as a heading would, whether the answer follows on the same line or on the
    next; the next question takes its place. A table row asking in a cell asks nothing."""
    apart: list[Line] = []
    for line in lines:
        asked = (FAQ_QUESTION.match(line.text)
                 if line.kind == "para" and not _is_row(line.text) else None)
        if asked is None:
            apart.append(line)
            continue
        end = line.start + asked.end()
        apart.append(Line("question", asked.group(0), line.start, end))
        rest = line.text[asked.end():]
        if rest.strip():
            skip = len(rest) - len(rest.lstrip())
            apart.append(Line("para", rest.strip(), end + skip, line.end))
    return apart


TABLE_ROW = re.compile(r"^[^—\n]{1,160} — [^:\n]{1,80} : ")
SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")


def _is_row(text: str) -> bool:
    """A table row as the readers write it; a paragraph that ends a sentence before its
    « — » only looks like one (a key figure's label run into the text after it)."""
    return bool(TABLE_ROW.match(text)) and not SENTENCE_END.search(text.partition(" — ")[0])
"""A table row as the readers write it: 'Création d'emplois — Points : 25 points'."""


CELLS_ROW = re.compile(r"^[^;\n]+(?: ; [^;\n]+){3,}(?<=\d)$")
"""A row read without its header (« B3 — Plateforme … ; Département ; 80 ; 80 ; 360 »): four
cells or more, the last a figure."""


def _any_row(text: str) -> bool:
    """A table row, with its column headers or without them."""
    return bool(TABLE_ROW.match(text) or CELLS_ROW.match(text))
SCALED = re.compile(r"\d\s*(?:millions?|milliards?)\s+(?:de|d['’])\s*(?!habitants|personnes|"
                    r"salariés|emplois|visiteurs|tonnes)", re.I)
"""« 11,9 milliards de masse salariale »: an amount in euros that does not say « euros »."""
UNHEADED_ROW = re.compile(r"^[^—:\n]{1,160} — [^—:;\n]{1,40}$|"
                          r"^[^:;\n]{1,60} : [^;:\n]{1,40}(?: ; [^:;\n]{1,60} : [^;:\n]{1,40})+$")
"""A row without column headers (« Fonction employeur — 18 % »), or a chart's labels with
their figures (« 2019 : 13 924 ; 2020 : 13 610 »): its caption says what they count."""


def _announces_table(intro: str) -> bool:
    """'… notés selon la grille suivante :' (or '… suivante.') over the grid's rows: the rows
    are the items of the sentence that announces them, as a list's are."""
    return intro.rstrip().endswith(":") or bool(ANNOUNCES.search(intro))


ANNOUNCES = re.compile(r"\b(?:suivante?s?|ci-dessous|ci-apr[eè]s|below|following)\s*[.:]?\s*$",
                       re.I)


def _titles_list(units: list[Unit], hit: Hit) -> bool:
    """The unit just before is a heading of the same passage, with items under it."""
    return bool(units) and units[-1].is_heading and units[-1].hit is hit


FIRST_OF_SERIES = re.compile(r"^(?:(?:La|Le)\s+premi[eè]re?\b|Premi[eè]rement\b|"
                             r"En premier lieu\b|D['’]abord\b)")
NEXT_OF_SERIES = re.compile(r"^(?:(?:La|Le)\s+(?:deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|"
                            r"cinqui[eè]me|derni[eè]re?)\b|(?:Deuxi|Troisi|Quatri)[eè]mement\b|"
                            r"En (?:second|deuxi[eè]me|troisi[eè]me|dernier) lieu\b|Enfin\b|"
                            r"Ensuite\b)")
"""Sentences that count ('La première est celle du recrutement. La deuxième …'): items of a
list written as prose, which the sentence before the first one announces."""


def _goes_on_counting(sentence: str, enumeration: Unit) -> bool:
    """The first of a series opens it; the next ones go on only once it is open."""
    if FIRST_OF_SERIES.match(sentence):
        return not enumeration.is_list
    return enumeration.is_list and bool(NEXT_OF_SERIES.match(sentence))


def _count_from_headings(units: list[Unit]) -> None:
    """How many units come between each one and its heading: what follows a heading that
    asks the question ('Qu'est-ce que l'ESS ?') is first its answer."""
    count = 0
    for previous, unit in pairwise([None, *units]):
        if previous is None or previous.hit is not unit.hit:
            # a passage cut inside a section goes on from sentences before it: its first one
            # is not the first under its heading, which the passage does not repeat
            count = int(bool(unit.hit.chunk.section) and not unit.is_heading
                        and not unit.hit.chunk.text.startswith("#"))
        else:
            count = 0 if previous.is_heading else count + (not unit.is_item)
        unit.after_heading = count


def _attribute_quotes(units: list[Unit]) -> None:
    """A quotation followed by its speaker's line ('Jeanne Dupont, directrice de …') is what
    that speaker says: the quotation takes the line as context, and the line alone answers
    only who said it."""
    for quote, line in pairwise(units):
        if (quote.hit is line.hit and quote.text.strip().startswith("«")
                and len(line.text) <= ATTRIBUTION_CHARS and PERSON.match(line.text.strip())
                and ROLE.search(fold(line.text))):
            quote.context = f"{quote.context} {line.text}"
            line.is_attribution = True


def _defines(unit: Unit) -> bool:
    """'X se définit comme …', or a sentence that opens on the term and says what it is."""
    signals = unit.signals
    return signals.get("definition_defined_as", 0) > 0 or (
        signals.get("definition_opens_on_term", 0) > 0 and signals.get("definition_verb", 0) > 0)


BARE_VERDICT = re.compile(r"(?:Oui|Non)\s*[.!]\s*", re.I)


def _without_verdict(unit: Unit) -> Unit:
    """« Oui. Le porteur doit apporter 10 % … » answers « Quelle part … ? » without its
    « Oui. », which only a yes/no question asked for (the rest is still quoted word for word)."""
    opening = BARE_VERDICT.match(unit.text)
    if opening is None or opening.end() == len(unit.text):
        return unit
    return replace(unit, text=unit.text[opening.end():], start=unit.start + opening.end())


def _sentences(text: str, offset: int) -> list[tuple[int, str]]:
    """The block's sentences; a bare « Oui. » or « Non. » goes with the sentence after it,
    which says what it agrees to (« Oui. Il n'existe pas d'ancienneté minimale. »). A table
    row is one: a cell's questions (« Le plan est-il réaliste ? ») end no sentence of it."""
    if _is_row(text):
        return [(offset, text)]
    found: list[tuple[int, str]] = []
    for start, sentence in split_sentences(text):
        if found and BARE_VERDICT.fullmatch(found[-1][1]):
            found[-1] = (found[-1][0], text[found[-1][0]:start + len(sentence)])
        else:
            found.append((start, sentence))
    return [(offset + start, sentence) for start, sentence in found]


class OfflineAnswerer:
    """Extractive answers from retrieved hits, with abstention that names what is missing."""

    def __init__(self, lexical: LexicalIndex, catalog: Catalog,
                 embeddings: Embeddings | None = None, evidence: EvidenceStore | None = None,
                 scorer: Scorer | None = None) -> None:
        self.lexical = lexical
        self.catalog = catalog
        self.embeddings = embeddings
        self.evidence = evidence
        self.scorer = scorer or Scorer.load()
        self._vectors: dict[str, np.ndarray | list[float]] = {}
        self._territory_phrases = [phrase(name) for name in catalog.territories()]
        self._place_pattern = places_pattern([*catalog.territories(), *PLACE_NAMES])
        self._territories_longest_first = sorted(catalog.territories(), key=len, reverse=True)
        self._acronyms = {fold(initials(name)) for entry in catalog.entries.values()
                          for name in (entry.title, entry.publisher or "", *entry.territory)}

    def answer(self, question: Question, hits: list[Hit]) -> Answer:
        verdict = self.select(question, hits)
        if not verdict.units:
            return Answer(question=question.text, answer=self.abstention(verdict.missing,
                                                                         question),
                          abstained=True, hits=hits)
        units = verdict.units if question.kind == "yesno" else [
            _without_verdict(unit) for unit in verdict.units]
        text, citations = self.compose(units)
        if lead := _only_spelled(units[0], question):
            text = f"{lead} {text}"
        return Answer(question=question.text, answer=text, abstained=False,
                      citations=citations, hits=hits)

    # ------------------------------------------------------------ selection

    def select(self, question: Question, hits: list[Hit]) -> Verdict:
        found = self.examine(question, hits)
        if found.missing is not None or not found.units:
            return Verdict([], found.missing)
        shortlist, missing = self.shortlist(found)
        if (VOTE_ASKED.search(fold(found.question.text)) and found.question.kind == "number"
                and not found.question.asks_money  # « le montant voté pour la session »
                and (tally := self._tally_of_act(found)) is not None):
            return Verdict([tally])
        if (SIGNER_ASKED.search(fold(found.question.text))
                and (signed := self._signature_of(found)) is not None):
            return Verdict([signed])
        if not shortlist:
            return Verdict([], missing)
        best = shortlist[0]
        if best.score < self.scorer.threshold:
            return Verdict([], self._missing_kind(found.question))
        if (found.question.extreme and not _says_first(best, found.question)
                and not WHICH_YEAR.search(fold(found.question.text))):  # a comparison
            # is read off a table, or a list of amounts, whichever ranks first, when one answers
            compared = _compared_row(best, shortlist, found.question)
            listed, item = _extreme_item(shortlist, found.units, found.question)
            row = None if listed < shortlist.index(compared) else _extreme_row(
                compared, [*shortlist, *self._section_rows(compared)], found.question)
            if row is not None:  # the row that is first, and what explains it; another
                # row beside it (an income beside the largest expense) would only blur it
                return Verdict([unit for unit in self._with_companion(
                    row, shortlist[1:], found.question)
                    if unit is row or not TABLE_ROW.match(unit.text)])
            if item is not None:
                return Verdict([item])
        if found.question.kind == "list" and (rows := _rows_with_cell_asked(
                shortlist, found.question, self._section_rows, self.scorer.threshold)):
            return Verdict(rows)
        if found.question.kind == "list" and (whole := _whole_list(best, shortlist,
                                                                   found.question)):
            return Verdict([whole])
        return Verdict(self._with_companion(best, shortlist[1:], found.question))

    def _tally_of_act(self, found: Examination) -> Unit | None:
        """« Combien d'élus ont voté pour la délibération sur la légumerie ? »: minutes give
        each act's vote under its articles, in a line that names no act (« Votants : 21 ·
        Pour : 19 … »). The act the question names is the best passage of minutes that
        give votes; its vote is the first tally after it, before the next act begins."""
        ranked = sorted((unit for unit in found.units
                         if unit.score >= self.scorer.threshold
                         and self._satisfies(unit, found.question)),
                        key=lambda unit: (-unit.score, unit.rank, unit.start))
        for unit in ranked[:TALLY_ANCHORS]:
            if _tallies_vote_asked(unit.text, found.question.text):
                return unit  # the tally ranks first itself
            if (tally := self._next_tally(unit, found.question)) is not None:
                return tally
        return None

    def _signature_of(self, found: Examination) -> Unit | None:
        """« Qui signe l'édito ? »: a text is signed by the line that closes it, a name and a
        role (« Hugues Lafargue, président de la CRESS »), under the heading the question
        names; that line never says « signe », so the fitted score alone would not find it."""
        asked = _with_synonyms(list(found.question.terms))
        signatures = [unit for unit in found.units
                      if unit.score >= self.scorer.threshold and not unit.is_heading
                      and len(unit.text) <= SIGNATURE_CHARS and _names_person(unit.text)
                      and ":" not in unit.text  # « Absents excusés : M. …, Mme … » signs nothing
                      and len(PERSON.findall(unit.text)) <= SIGNATURE_NAMES
                      and asked & term_set(unit.nearest_heading)
                      and self._satisfies(unit, found.question)]
        return max(signatures, key=lambda unit: (unit.score, -unit.rank, -unit.start),
                   default=None)

    def _next_tally(self, unit: Unit, question: Question) -> Unit | None:
        """The first tally of the side asked after ``unit`` in its document, unless another
        act opens first."""
        chunk = unit.hit.chunk
        chunks = sorted(self.lexical.chunks_of(chunk.source),
                        key=lambda other: (other.page or 0, other.start))
        after = [other for other in chunks
                 if (other.page or 0, other.start) >= (chunk.page or 0, chunk.start)]
        for other in after:
            for candidate in evidence_units([Hit(chunk=other, score=0.0)]):
                if other.id == chunk.id and candidate.start <= unit.start:
                    continue
                if _tallies_vote_asked(candidate.text, question.text):
                    return replace(candidate, score=unit.score)
                if ACT_OPENS.match(candidate.text):
                    return None
        return None

    def _section_rows(self, unit: Unit) -> list[Unit]:
        """The table rows of the unit's section in its document, whichever passages they
        were cut into, retrieved or not: a table's rows are compared or filtered whole."""
        if not TABLE_ROW.match(unit.text):
            return []
        chunk = unit.hit.chunk
        hits = [Hit(chunk=other, score=0.0) for other in self.lexical.chunks_of(chunk.source)
                if other.section == chunk.section and other.id != chunk.id]
        return [row for row in evidence_units(hits) if TABLE_ROW.match(row.text)]

    def examine(self, question: Question, hits: list[Hit]) -> Examination:
        """Every candidate sentence with its signals and fitted score, or what is missing
        before any is worth scoring: a name the corpus never mentions, a topic it never
        treats."""
        question = self._with_acronyms_spelled(
            self._with_pairs_split(self._with_territories_typed(question)))
        unknown = tuple(name for name in question.entities
                        if not self._corpus_knows(name) and fold(name) not in COMMON_CAPITALISED)
        if unknown:
            places = all(self._is_place(name, question.text) for name in unknown)
            return Examination(question, [], Missing("place" if places else "name", unknown))
        if (act := act_asked(question)) and not any(map(self._known, act)):
            return Examination(question, [], Missing("answer"))  # 'Une commune peut-elle
            # candidater ?' where no document ever speaks of applying cannot be settled
        units = evidence_units(hits)
        if not units:
            return Examination(question, [], Missing("answer"))
        question = spell_acronyms(question, " ".join(hit.chunk.text for hit in hits))
        if question.english:
            question = replace(question, measured=[term for term in question.measured
                                                   if self._known(term)])
        weights = self._term_weights(question)
        focus = self._focus_weights(question, weights)
        written = question.contact and any(CONTACT_FORMS[question.contact].search(unit.text)
                                           for unit in units)  # 'e-mail' where the text
        # says 'Courriel :': the address is known by its form, not by the word asked
        if (not question.english and not written
                and self._off_topic(weights, focus, _compared_by(question),
                                    _verbs_of(question.text))):
            # an English word is unknown to a French corpus whatever the topic: only French
            # ones can say it is off
            wanted = question.kind in ("person", "number") and question.entities
            return Examination(question, [],
                               self._missing_kind(question) if wanted else Missing("answer"))
        for unit in units:
            self._lexical_signals(unit, question, weights, focus)
        self._dense_signals(question, units)
        for unit in units:
            unit.score = self.scorer.probability(unit.signals)
        return Examination(question, units)

    def shortlist(self, found: Examination) -> tuple[list[Unit], Missing | None]:
        """The candidates that may answer, best first: those whose passage has the names and
        years asked, of the expected kind (a figure, a date, a name), and, for a figure asked
        of a place, not another place's. Ties go to the better-ranked passage, then to the
        earlier sentence, so that every machine picks the same."""
        question = found.question
        ranked = sorted(found.units, key=lambda unit: (-unit.score, unit.rank, unit.start,
                                                       unit.is_item))
        satisfying = [unit for unit in ranked if self._satisfies(unit, question)]
        if not satisfying:
            return [], (self._day_missing(ranked, question) or self._year_missing(ranked, question)
                        or self._what_is_missing(question, ranked[0]))
        typed = [unit for unit in satisfying if self._has_expected_answer(unit, question)]
        if any(OWNED_NAME.match(name) for name in question.entities):  # else none is short
            whole = [unit for unit in typed if self._of_names(unit, question, short=False)]
            if any(unit.score >= self.scorer.threshold for unit in whole):
                typed = whole  # a name said whole, in an answer worth giving, beats the
                # name said short (« les Jardins »)
        typed = _edges_second(typed, question, self.scorer.threshold)
        typed = _spelled_first(typed, question, self.scorer.threshold)
        typed = self._from_named_source(typed, question) or typed  # 'pour la Bretagne' may
        # name a place, not a source: a source that says nothing of the kind asked is no answer
        if not typed:
            return [], (_reference_missing(ranked, question)
                        or self._year_missing(ranked, question) or self._missing_kind(question))
        # a section whose heading asks this very question goes first (the sort is stable)
        return sorted(typed, key=lambda unit: not _heading_asks_it(unit.hit.chunk.section,
                                                                   question)), None

    def _year_missing(self, ranked: list[Unit], question: Question) -> Missing | None:
        """A sentence gives what is asked, of the names asked, but of another year: the year
        is what is missing (« pour l'année 2020 », not « pour Montvéran »)."""
        if question.years and any(
                self._of_names(unit, question) and self._has_expected_answer(unit, question)
                and not self._of_years(unit, question) for unit in ranked):
            return Missing("year", tuple(question.years))
        return None

    def _is_place(self, name: str, question: str) -> bool:
        """A region or département, a covered territory, or a name the question puts after
        'à', 'en', 'dans', 'au' (a town, an intercommunality)."""
        if is_region_or_departement(name) or phrase(name) in self._territory_phrases:
            return True
        before = question[:question.find(name)] if name in question else ""
        return bool(PLACE_BEFORE.search(before))

    def _with_territories_typed(self, question: Question) -> Question:
        """'combien de salaries en france', 'pas de calais': a covered territory typed without
        capitals is still the territory asked about (the longest name wins: 'ile de france')."""
        typed = phrase(question.text)
        named = {phrase(name) for name in question.entities}
        found = []
        for territory in self._territories_longest_first:
            wanted = phrase(territory)
            if wanted in typed and not any(wanted in name or name in wanted for name in named):
                found.append(territory)
                typed = typed.replace(wanted, " ")
        return replace(question, entities=[*question.entities, *found]) if found else question

    def _with_pairs_split(self, question: Question) -> Question:
        """'la convention Belcourt-CRESS': two names joined by a dash, which the corpus knows
        apart but never joined, are the two names; so are 'Émergence du Lauzadour' when the
        corpus writes 'Lauzadour ESS Émergence'."""
        names: list[str] = []
        for name in question.entities:
            parts = [part for part in NAME_JOINTS.split(name) if part]
            split = (len(parts) > 1 and all(part[0].isupper() for part in parts)
                     and not self._corpus_knows(name)
                     and all(self._corpus_knows(part) for part in parts))
            names.extend(parts if split else [name])
        return replace(question, entities=names) if names != question.entities else question

    def _with_acronyms_spelled(self, question: Question) -> Question:
        """'la CC Vérasque et Lindre': an acronym the corpus never writes, but spells out
        ('Communauté de communes'), is asked as the corpus writes it; so is a clipped word
        (« l'Agglo »)."""
        names = [(self._spelled_out(name) if name.isupper() and not self._corpus_knows(name)
                  else None) or self._unclipped(name) or name for name in question.entities]
        if names == question.entities:
            return question
        spelled = [name for name in names if name not in question.entities]
        unknown = {term for name in question.entities if name not in names
                   for term in analyze(name)}
        terms = [term for term in question.terms if term not in unknown]
        terms += [term for name in spelled for term in analyze(name) if term not in terms]
        return replace(question, entities=names, terms=terms)

    def _unclipped(self, name: str) -> str | None:
        """« l'Agglo », which the documents never write, as the word they write for it
        (« Agglomération », in the name of the body that deliberates)."""
        whole = CLIPPED.get(phrase(name).strip())
        if whole is None or self._corpus_knows(name) or not self.lexical.mentions(phrase(whole)):
            return None
        return whole

    @lru_cache(maxsize=256)  # noqa: B019 - one answerer per index version; bounded
    def _spelled_out(self, acronym: str) -> str | None:
        """The corpus's most frequent spelling of the acronym, capitalised at least once and
        written at least twice in any case, titles included (one chance match of two initials
        says nothing): « Assemblée générale » heads the minutes of « l'assemblée générale ».
        Four initials or more are rarely matched by chance: a spelling in lower case written
        twice will do (« les structures d'insertion par l'activité économique » for SIAE)."""
        for capital in (True, False) if len(acronym) >= LOWER_CASE_INITIALS else (True,):
            if spelling := self._spelling(acronym, capital):
                return spelling
        return None

    def _spelling(self, acronym: str, capital: bool) -> str | None:
        pattern = acronym_pattern(acronym, capital=capital)
        if pattern is None:
            return None
        written: dict[str, str] = {}
        titles = {chunk.source: chunk.title for chunk in self.lexical.chunks}
        texts = [unify(text) for text in [*titles.values(),
                                          *(chunk.text for chunk in self.lexical.chunks)]]
        for text in texts:
            for match in pattern.finditer(text):
                written.setdefault(fold(match.group(0)), match.group(0))
        everything = phrase(" ".join(texts))
        found = Counter({spelling: everything.count(phrase(spelling)) for spelling in written})
        best = max(sorted(found), key=found.__getitem__, default=None)
        return written[best] if best and found[best] >= 2 else None

    def _dense_signals(self, question: Question, units: list[Unit]) -> None:
        """Meaning, not words: paraphrases and English questions share few terms with the text.

        Each candidate is embedded with the title and heading it sits under (the sentence
        alone often lacks its subject); vectors are cached, so a passage costs once. The
        similarity is rounded before anything is compared, and measured from the best
        candidate's, since its scale differs from one question to the next.
        """
        if self.embeddings is None or not units:
            return
        query = np.asarray(self.embeddings.embed_query(question.search_text), dtype=np.float64)
        vectors = np.asarray(self._unit_vectors(units, len(query)), dtype=np.float64)
        # in float64, where a float32 product is exact: the sums come out the same on AVX2
        # and AVX-512 to far below the decimals kept
        similarities = [round(value, DECIMALS) for value in (vectors @ query).tolist()]
        best = max(similarities)
        for unit, similarity in zip(units, similarities, strict=True):
            closeness = max(0.0, 1.0 - (best - similarity) / DENSE_SPREAD)
            unit.signals["dense"] = round(closeness, DECIMALS)
            unit.signals["dense_english"] = unit.signals["dense"] * question.english
            unit.signals["dense_top"] = float(similarity == best)

    def _unit_vectors(self, units: list[Unit], dimension: int) -> list[np.ndarray | list[float]]:
        """Vectors stored with the chunks at ingestion, if any; a passage without one
        (ESSCHAT_SENTENCE_VECTORS=on_demand) is embedded now, once, and stored as float16
        would be, so that both ways give the same answers."""
        texts = [unit_passage(unit) for unit in units]
        if len(self._vectors) > VECTOR_CACHE:
            self._vectors.clear()
        unseen: dict[str, dict[str, None]] = {}
        for unit, text in zip(units, texts, strict=True):
            unseen.setdefault(unit.hit.chunk.id, {})[text] = None
        unseen = {chunk_id: passages for chunk_id, passages in unseen.items()
                  if any(text not in self._vectors for text in passages)}
        if unseen and self.evidence is not None:
            self._vectors.update(self.evidence.vectors(
                {chunk_id: list(passages) for chunk_id, passages in unseen.items()}, dimension))
        missing = [text for text in dict.fromkeys(texts) if text not in self._vectors]
        if missing:
            vectors = quantised(self.embeddings.embed_documents(missing))
            self._vectors.update(zip(missing, vectors, strict=True))
        return [self._vectors[text] for text in texts]

    @lru_cache(maxsize=4096)  # noqa: B019 - one answerer per index version; bounded
    def _corpus_knows(self, name: str) -> bool:
        """The corpus text mentions the name, word for word (its stems are not enough:
        'Rennes' is not 'rend'), or it is the acronym of a catalog name."""
        terms = analyze(name)
        if not terms or fold(name) in self._acronyms:
            return True
        if not all(self.lexical.knows(term) for term in terms):
            return False
        return any(map(self.lexical.mentions, _numbers(phrase(name))))

    def _term_weights(self, question: Question) -> dict[str, float]:
        """Rarer words weigh more; years are checked apart, so they do not count here."""
        weights: dict[str, float] = {}
        for term in question.terms:
            if term.isdigit() and len(term) == 4:
                continue
            weights[term] = max(weights.get(term, 0.0), self.lexical.idf(term))
        return weights

    def _focus_weights(self, question: Question, weights: dict[str, float]) -> dict[str, float]:
        """What the question asks about, besides the names it gives: the words the corpus uses.

        A word the corpus never uses (a paraphrase) is no evidence either way; a word it uses
        elsewhere but not in a candidate's passage is evidence against that candidate.
        """
        named = {term for name in question.entities if not name.isupper()
                 for term in analyze(name)}
        return {term: weight for term, weight in weights.items()
                if term not in named and self._known(term)}

    def _known(self, term: str) -> bool:
        return any(self.lexical.knows(variant) for variant in SYNONYMS.get(term, {term}))

    def _off_topic(self, weights: dict[str, float], focus: dict[str, float],
                   compared_by: str | None = None, verbs: frozenset[str] = frozenset()
                   ) -> bool:
        """Most of what the question asks about is absent from the whole corpus. The word
        that says how rows compare (« la plus grosse centrale ») asks no topic, nor does a
        verb in a form the corpus does not write (« Qui détient … » where it says « détenu
        par »: the stems of irregular verbs differ)."""
        asked = {term: weight for term, weight in weights.items()
                 if term not in FORM_TERMS and term != compared_by
                 and not (term in verbs and not self._known(term))}
        total = sum(asked.values())
        unknown = sum(weight for term, weight in asked.items() if not self._known(term))
        return total > 0 and unknown / total > OFF_TOPIC_SHARE and len(focus) <= 1

    def _lexical_signals(self, unit: Unit, question: Question, weights: dict[str, float],
                         focus: dict[str, float]) -> None:
        """What the fitted scorer weighs: how much of the question the sentence (or its
        headings and document) covers, the kind of answer it gives, where it stands."""
        own = term_set(unit.text)
        chunk = unit.hit.chunk
        around = (term_set(unit.context) | self._document_terms(*self._names_of(chunk))
                  | self._document_terms(self._masthead(chunk.source)))
        credit = {term: _credit(term, own, around) for term in weights}
        for term in self._answered_by_form(unit, question) & credit.keys():
            credit[term] = 1.0
        total = sum(weights.values())
        unit.coverage = sum(weights[t] * credit[t] for t in weights) / total if total else 1.0
        unit.matched = frozenset(term for term in focus if credit[term] >= SYNONYM_CREDIT)
        focus_total = sum(focus.values())
        unit.focus = (sum(focus[t] * credit[t] for t in focus) / focus_total
                      if focus_total else 1.0)
        own_share = (sum(weights[t] for t in weights if t in own) / total) if total else 0.0
        missing = _heaviest_missing(focus, credit)
        unit.signals = {
            "coverage": unit.coverage, "focus": unit.focus, "own_terms": own_share,
            "focus_missing": missing,
            "number_focus_missing": missing if question.kind == "number" else 0.0,
            "rank": 1 / (1 + unit.rank),
            "both_retrievers": float(bool(unit.hit.dense_rank and unit.hit.lexical_rank)),
            "heading_asks": _heading_match(unit, question),
            "first_after_heading": float(unit.after_heading == 0 and not unit.is_heading),
            "answers_heading_question": _answers_heading_question(unit, question),
            "names": _names_share(unit, question), "phrase": _phrase_share(unit, question),
            "row_label_names": _row_label_names(unit, question),
            "row_label_unasked": _row_label_unasked(unit, question),
            "total_row_asked": _total_row_asked(unit, question),
            "year_in_sentence": _year_in_sentence(unit, question),
            "is_heading": float(unit.is_heading), "is_item": float(unit.is_item),
            "is_list": float(unit.is_list), "pronoun_start": float(bool(unit.antecedent)),
            "list_for_one": float(unit.is_list and question.kind in ONE_VALUE_KINDS),
            "too_long": float(len(unit.text) > MAX_FACTOID_CHARS and not unit.is_list),
            "fragment": float(len(unit.text.split()) < FRAGMENT_WORDS),
            "capitals": float(unit.text.isupper()),
            **self._kind_signals(unit, question),
        }
        unit.signals = {name: round(value, DECIMALS) for name, value in unit.signals.items()}

    @staticmethod
    def _answered_by_form(unit: Unit, question: Question) -> set[str]:
        """Question words a sentence answers by its form, not by repeating them: 'quelle part'
        by a percentage, 'quelle fonction occupait X' by X followed by a role."""
        answered: set[str] = set()
        if question.share and SHARE.search(unit.text):
            answered |= SHARE_WORDS
        if question.asks_role and _gives_role(unit.text, question.entities):
            answered |= ROLE_WORDS
        if question.named_kind and _gives_names(unit.text, question):
            answered.add(question.named_kind)
        if question.kind == "date" and SIGNED_DATELINE.search(unit.text):
            answered |= SIGNED_TERMS  # 'Fait à Vannes, le 15 avril 2024' is when it was signed
        if END_TERMS & set(question.terms) and END_DATE.search(unit.text):
            answered |= END_TERMS  # 'du 1er janvier 2025 au 31 décembre 2027' says the end
        if question.kind in ("number", "fact") and CEILING_FORM.search(unit.text):
            answered |= CEILING_TERMS  # 'entre 5 000 et 40 000 euros' says the most one gets
            # (« 15 Mo au plus »: the largest size a mail may have)
        if PERIOD_TERMS & set(question.terms) and len(DATE_PRECISION[0].findall(unit.text)) > 1:
            answered |= PERIOD_TERMS  # 'prend effet le 1er janvier … s'achève le 31 décembre'
        if question.contact in ("postal", "address") and CONTACT_FORMS[question.contact].search(
                unit.text):
            answered |= ADDRESS_TERMS  # '9, rue du Pont-Vieux' is an address, unnamed
        if not question.contact and NUMBER_TERMS & set(question.terms) and NUMBERED.search(
                unit.text):
            answered |= NUMBER_TERMS  # 'Convention n° CPO-ESS-2026-03' gives its number
        if HOURS_TERMS & set(question.terms) and OPENING_HOURS.search(unit.text):
            answered |= HOURS_TERMS  # « Mardi et vendredi : 16 h 30 – 19 h » gives the hours
        return answered

    def _kind_signals(self, unit: Unit, question: Question) -> dict[str, float]:
        """Does the sentence give the kind of answer asked? +1 yes, -1 no, 0 not asked: one
        signal per kind, so that each kind gets a weight of its own."""
        text, kind = unit.text, question.kind

        def asked(condition: bool, holds: bool) -> float:
            return (1.0 if holds else -1.0) if condition else 0.0

        number = kind == "number"
        definition = kind == "definition"
        opening = set(analyze(" ".join(text.split()[:6])))
        return {
            "number_figure": asked(number, _has_quantity(text)),
            "number_counted": asked(number and bool(question.measured) and not question.asks_money,
                                    _counts_asked(unit, question)),
            "number_money": asked(number and question.asks_money,
                                  bool(MONEY.search(text)) or _in_euros(unit)),
            "number_share": asked(number and question.share, bool(SHARE.search(text))),
            "number_share_of": asked(number and question.share,
                                     bool(unit.matched & _beside_percentages(text))
                                     or _tallies_answers(unit, question)),
            "number_only_shares": asked(number and not question.share, not _only_shares(text)),
            "date_time": asked(kind == "date", _gives_time(text)),
            "person_named": asked(kind == "person", _names_person(text)),
            "list_names": asked(kind == "list" and bool(question.named_kind),
                                _gives_names(text, question)),
            "list_form": asked(kind == "list" and not question.named_kind,
                               unit.is_list or bool(INLINE_LIST.search(text))),
            "list_announces": asked(kind == "list" and bool(question.list_head),
                                    _announces_items(unit, question.list_head or "")),
            "definition_verb": asked(definition, bool(DEFINING.search(text))),
            "definition_defined_as": asked(definition, bool(DEFINED_AS.search(text))),
            "definition_opens_on_term": asked(definition, bool(opening & set(question.terms))),
            "definition_apposition": asked(definition, bool(APPOSITION.match(text))),
            "definition_spells": asked(definition, _spells_acronym(text, question)),
            "definition_subject": asked(definition, _term_is_subject(text, question)),
            "reason_because": asked(kind == "reason", bool(BECAUSE.search(text))),
            "yesno_settles": asked(kind == "yesno", bool(SETTLES.search(text))),
            "yesno_subject": _subject_share(unit, question) if kind == "yesno" else 0.0,
            "person_role_asked": _role_asked_near_name(text, question)
            if kind == "person" else 0.0,
            "yesno_verdict": asked(kind == "yesno", bool(VERDICT.search(text))),
            "yesno_verdict_subject": _subject_share(unit, question)
            if kind == "yesno" and VERDICT.search(text) else 0.0,
            "number_near": _figure_closeness(text, unit.matched - set(question.measured))
            if number else 0.0,
            "number_place_said": self._place_said(unit, question) if number else 0.0,
            "place_named": asked(question.asks_place, self._says_where(text, question)),
        }

    @lru_cache(maxsize=1024)  # noqa: B019 - one answerer per index version; bounded
    def _places_asked(self, names: tuple[str, ...], text: str) -> tuple[str, ...]:
        """The question's names that are places: asked once per question, not per sentence."""
        return tuple(name for name in names if self._is_place(name, text))

    def _place_said(self, unit: Unit, question: Question) -> float:
        """'Combien de salariés dans la région X ?': +1 when the sentence (or the one its
        pronoun stands for), its heading or its document (its names, its masthead, or their
        acronym: PEMB) names the place asked, -1 when only another sentence of the passage
        does (the figure beside it is likely another place's), 0 when no place is asked."""
        places = self._places_asked(tuple(question.entities), question.text)
        if not places:
            return 0.0
        framed = PLACE_FRAME.match(unit.text)
        if framed and not any(self._mentions(phrase(framed.group(1)), place)
                              for place in places):
            return -1.0  # « En Thézenne, l'ESS compte … »: the sentence says whose figures
            # they are, whatever place its document's publisher is named after
        names = self._names_of(unit.hit.chunk)
        parts = (unit.text, unit.antecedent, unit.nearest_heading, *names)
        acronyms = phrase(" ".join((*map(initials, names), *map(word_initials, names))))
        each = any if self._rows_for_each(unit, places) else all  # « à Lagrèze et à
        # Fontcluse »: each row is one place's, the other row joins it (_other_row_named)
        return 1.0 if each(any(self._mentions(phrase(part), place) and said_alone(part, place)
                              for part in parts)
                          or self._mentions(acronyms, place) or self._spelled_in(unit, place)
                          or self._in_masthead(unit.hit.chunk.source, place)
                          or self._document_subject(unit.hit.chunk.source, place)
                          for place in places) else -1.0

    def _has_expected_answer(self, unit: Unit, question: Question) -> bool:
        """A figure question needs a figure of the thing counted; a 'when' question, a date or
        a period; a 'who' question, a name; 'who chairs X', X's chairing; a speaker's line says
        who spoke, and answers only that or questions about the speaker; a question (a heading
        such as 'Qu'est-ce que l'ESS ?') answers nothing."""
        if unit.text.rstrip().endswith("?"):
            return False
        if MAIL_HEADER.match(unit.text) and not term_set(question.text) & MAIL_TERMS:
            return False  # « From: … ; To: … ; Cc: … »: who wrote to whom, and only that;
            # its names do not run the grocery the mail is about
        if unit.of_rows and question.kind != "list" and not question.extreme:
            return False  # a table whole answers 'which ones' or 'which is first'; one of its
            # rows, 'how many' or 'what'
        if question.contact:
            return bool(CONTACT_FORMS[question.contact].search(unit.text))
        if (question.kind != "yesno" and term_set(unit.text) <= set(question.terms)
                and not (question.kind == "number" and _has_quantity(unit.text))):
            return False  # 'Excusés' says nothing the question did not: a label, not an answer
            # (« 13 120 équivalents temps plein » gives the figure asked, in the words asked)
        if question.kind == "number" and question.asks_money:
            # 'le montant du fonds': the fund owns the amount, it is not what is counted, so
            # an amount in euros answers it wherever the fund is named in the passage; a
            # salary or a rent is an amount said beside its own word
            paid = PAID_MEASURES.intersection(question.measured)
            named = _with_synonyms(list(paid)).union(*(PAID_LABELS.get(term, ()) for term in paid))
            return (bool(MONEY.search(unit.text) or SCALED.search(unit.text))
                    or _in_euros(unit)) and (
                not paid or _counts(unit.text, list(paid)) or _labelled_figure(unit.text, named)
                or _cell_headed_by(unit.text, named)
                or bool(TABLE_ROW.match(unit.text) and named & term_set(unit.nearest_heading)))
            # « Tarifs mensuels des bureaux »: the caption says what the row's amounts are
        if (question.kind == "number" and _asks_rate(question) and not SHARE.search(unit.text)
                and not _in_percent(unit)):
            return False  # a rate or a share is a percentage ('un sur trois'), not a count
        if question.kind == "number":
            if acronym := _counted_acronym(question):
                before = _before_en(unit)
                return _counts_kind(unit.text, acronym) or (
                    _tallies_answers(unit, question) and acronym in row_label(unit.text)[0]) or (
                    before is not None and bool(re.search(rf"\b{re.escape(acronym)}\b", before)))
            if question.measured:
                return _counts_asked(unit, question)
            return _has_quantity(unit.text)
        people = _people_asked(tuple(question.entities))
        if question.asks_role and people and not _gives_role(unit.text, list(people)):
            return False  # 'Quelle est la fonction de N. F. ?': a sentence that names her
            # without a role ('en présence de N. F.') does not say it
        if question.kind == "person" and question.extreme and TABLE_ROW.match(unit.text):
            return True  # 'Qui est le premier financeur ?': a table's rows name who, and the
            # first is read off its figures
        if question.kind == "person" and (question.wants_name
                                          or _roles_asked(question)):
            # 'Qui est le maire de X ?' is answered by a name, not by « mairies » in a list
            return ((_names_person(unit.text) or _names_with_every_term(unit.text, question)
                     or _role_asked_near_name(unit.text, question) >= NAMED_BESIDE)
                    and _holds_role_asked(unit.text, question))
        if question.kind == "person" and (held := HOLDER_TERMS.intersection(question.terms)):
            return self._says_who_holds(unit.text, question, held, unit.context,
                                        " ".join(self._names_of(unit.hit.chunk)))
        if question.kind == "date":
            return _gives_time(_cell_values(unit.text))
        if (question.kind == "list" and question.list_head in PEOPLE_HEADS
                and not _names_anyone(unit.text)):
            return False  # 'Quels conseillers étaient absents ?' asks names: a box of counts
            # (« Absents : 2 ») names no one
        if question.kind == "list" and question.named_kind and unit.is_heading:
            return _gives_names(unit.text, question)  # 'Rencontre avec deux entreprises'
            # announces the companies the question asks for; it does not name them
        if unit.is_attribution and question.kind != "person":
            return any(PERSON.fullmatch(name) and phrase(name) in phrase(unit.text)
                       for name in question.entities)
        return True

    def _says_who_holds(self, text: str, question: Question, held: set[str],
                        before: str = "", document: str = "") -> bool:
        """The sentence names the body asked about (or spells its acronym out; or what it
        follows does, which 'Sa directrice, …' refers to: the sentences before it, through a
        chain of pronouns, and their headings; or the document's title or publisher does, for
        minutes' 'Séance présidée par …') and says it is chaired or directed, not by a deputy
        ('vice-présidente'). In a list, one item says both, with what the list's first line
        says (a steering committee's « présidente du comité » does not chair the CRESS that
        another member directs)."""
        return any(self._block_holds(block, question, held, before, document)
                   for block in _items_with_intro(text))

    def _block_holds(self, text: str, question: Question, held: set[str], before: str,
                     document: str) -> bool:
        """One sentence, or one item with its list's first line: see _says_who_holds."""
        about = f"{before} {text}" if POSSESSIVE_START.match(text) else text
        about = (f"{about} {document}" if CHAIRED_BY.search(text) or OWN_BODY.search(text)
                 or ROLE_LABEL.match(text) else about)
        capitals = fold(initials(about, minimum=1))
        names = not question.entities or any(
            self._mentions(phrase(about), name) or fold(name) in capitals
            for name in question.entities) or _names_body(about, question, held)
        own = term_set(DEPUTY.sub(" ", text))
        return names and any(own & SYNONYMS.get(term, {term}) for term in held)

    @staticmethod
    def _missing_kind(question: Question) -> Missing:
        """No sentence gives what was asked: a contact detail, a figure, a name, a date, or
        the answer."""
        if question.contact:
            return Missing("contact", tuple(question.entities))
        people = _people_asked(tuple(question.entities))
        if question.asks_role and people:
            return Missing("role", people)
        kind = {"number": "figure", "person": "person", "date": "date"}.get(question.kind,
                                                                             "answer")
        return Missing(kind, tuple(question.entities) if kind != "answer" else ())

    def _satisfies(self, unit: Unit, question: Question) -> bool:
        """Names and years the question gives must be those of the unit's passage (or of its
        document's title, publisher and territory), and the sentence must not be about another
        of the corpus's territories."""
        return (self._of_names(unit, question) and self._of_years(unit, question)
                and _of_references(unit, question)
                and all(self._document_dates(unit.hit.chunk.source, day)
                        for day in days_asked(question.text)))

    @lru_cache(maxsize=4096)  # noqa: B019 - one answerer per index version; bounded
    def _document_dates(self, source: str, day: tuple[int, int, str]) -> bool:
        """The document names this day somewhere (« 9 avril 2026 », « 09/04/2026 »): a
        question about the council of 9 April is not answered by another sitting's minutes,
        though the day need not be in the very passage (its title may carry it)."""
        chunks = self.lexical.chunks_of(source)
        text = fold(" ".join([*(chunk.text for chunk in chunks),
                              *(f"{chunk.title} {chunk.date or ''}" for chunk in chunks[:1])]))
        return bool(day_pattern(*day).search(text))

    def _day_missing(self, ranked: list[Unit], question: Question) -> Missing | None:
        """A day asked that none of the candidates' documents names: that day is missing."""
        missing = [day for day in days_asked(question.text)
                   if not any(self._document_dates(unit.hit.chunk.source, day)
                              for unit in ranked)]
        return Missing("day", tuple(map(said_day, missing))) if missing else None

    def _of_names(self, unit: Unit, question: Question, short: bool = True) -> bool:
        """The names asked are the passage's, its place is the one asked, its rank too.
        ``short``: a name said short in its own document counts (see _said_short)."""
        chunk = unit.hit.chunk
        names = [name for name in question.entities if fold(name) not in COMMON_CAPITALISED]
        row = _is_row(unit.text) and len(names) == 1  # a row is its own label's: the next
        # row of the passage names another structure (« nom : Roulons Ensemble — … » under
        # Horizons Paysage's); two names asked compare two rows of one table
        scopes = (self._chunk_scope(f"{chunk.id}:{unit.start}" if row else chunk.id,
                                    chunk.section or "", unit.text if row else chunk.text,
                                    self._names_of(chunk)), phrase(unit.context),
                  self._section_lead(chunk.source, chunk.section or ""))
        themes = question.kind not in ("number", "person") or (
            question.kind == "number" and bool(OWN_SUBJECT.search(unit.nearest_heading)))
        subject = question.kind == "number"
        # a figure or a name must be the one of the body asked about, said in the passage
        # itself; but the rows under « Budget prévisionnel du projet » are those of the
        # project the whole application is about (« Seconde Maille »)
        said = [any(self._mentions(scope, name) for scope in scopes)
                or self._spelled_in(unit, name) or self._in_masthead(chunk.source, name)
                or (short and self._said_short(unit, name))
                for name in names]
        # ... but 'la directrice de la CRESS Hauts-de-Loire' is the CRESS's, which the passage
        # names, and the document tells which CRESS it is
        qualified = question.kind == "person" and any(said)
        rows = any(said) and self._rows_for_each(unit, tuple(names))  # « à Lagrèze et
        # à Fontcluse »: one row per name asked, in one table of the document
        if not all(found or (themes and self._document_theme(chunk.source, name))
                   or rows
                   or (subject and self._document_subject(chunk.source, name))
                   or (qualified and self._document_mentions(chunk.source, name) > 0)
                   for found, name in zip(said, names, strict=True)):
            return False
        if question.entities and self._names_other_place(unit, question):
            return False
        if question.kind == "number" and self._place_said(unit, question) < 0:
            return False  # 'Combien … en Guéliance ?': a figure whose sentence, heading and
            # document name no Guéliance is another place's, even if its passage names it
        chunk = unit.hit.chunk
        scope = f"{unit.text}\n{chunk.section or ''}\n{chunk.title}\n{unit.context}"
        return (not _other_ordinal(unit.text, question.text)
                and not _other_numbered(scope, question.text)
                and not _contrary(unit.text, question.text))

    def _said_short(self, unit: Unit, name: str) -> bool:
        """« les Jardins du Rouvre » said « les Jardins » in Le Rouvre's own report: the part
        of a name before « du », « de la », « des » is said in the sentence or its headings,
        and what follows it is the document's (its title, its masthead, or what it keeps
        naming). Not a place's name: « Val de Cantelune » is no val of Cantelune's."""
        found = OWNED_NAME.match(name)
        if found is None or self._is_place(name, ""):
            return False
        head, owner = found.group(1), found.group(2)
        if (fold(head) in COMMON_CAPITALISED | PLACE_HEADS | PLACE_TYPES
                or not owner[:1].isupper()):  # « Maison des associations » is one name
            return False
        chunk = unit.hit.chunk
        if not self._mentions(phrase(f"{unit.text} {unit.context} {chunk.section or ''}"),
                              head):
            return False
        return (self._document_theme(chunk.source, owner)
                or self._in_masthead(chunk.source, owner)
                or any(self._mentions(phrase(named), owner) for named in self._names_of(chunk)))

    def _of_years(self, unit: Unit, question: Question) -> bool:
        """The years asked (or told: « l'an dernier ») are the sentence's."""
        years = question.years or self._years_told(unit, question)
        since = _since_years(question.text)
        if question.kind == "number" and _column_of_other_year(unit.text, years, question):
            return False
        if years and not since and _row_of_other_year(unit.text, years):
            return False
        if (question.kind == "number" and MONTH_OF_YEAR.search(question.text)
                and not _of_month(f"{unit.text}\n{unit.hit.chunk.section or ''}\n"
                                  f"{unit.hit.chunk.title}\n{unit.context}", question.text)):
            return False
        return all(self._of_year(unit, year, question.kind, frozenset(years), since)
                   for year in years)

    def _years_told(self, unit: Unit, question: Question) -> list[str]:
        """'cette année', 'l'an dernier': counted from the document's date (else the year
        its title gives), which is what 'now' is for the one who wrote it."""
        if question.years_back is None:
            return []
        chunk = unit.hit.chunk
        dated = YEAR.findall(chunk.date or "") or YEAR.findall(chunk.title or "")
        return [str(int(dated[0]) - question.years_back)] if dated else []

    @lru_cache(maxsize=4096)  # noqa: B019 - one answerer per index version; bounded
    def _masthead(self, source: str) -> str:
        """The short lines the document's first passage opens with."""
        chunks = self.lexical.chunks_of(source)  # in index order: the first is the
        # one that starts the first page
        first = min(chunks, key=lambda chunk: (chunk.page or 0, chunk.start), default=None)
        return " ".join(masthead_lines(first.text)) if first else ""

    @lru_cache(maxsize=4096)  # noqa: B019 - one answerer per index version; bounded
    def _section_lead(self, source: str, section: str) -> str:
        """The paragraph a section opens with, which introduces whom the rest is about; under a
        heading that asks a question (an interview's « Q. Et côté emploi ? », an FAQ's), also
        the opening paragraphs of the questions before it and of the section they follow
        (« Mathilde Courtiade dirige La Remise » above answers that say « nous »; « Les Watts
        d'Orsenne est une SCIC » under an FAQ's first question). A paragraph, not a passage:
        an FAQ's table of plants names other companies."""
        leads = self._section_leads(source)
        order = [name for name, _ in leads]
        if section not in order:
            return ""
        at = order.index(section)
        texts = [leads[at][1]]
        while at > 0 and _asks(order[at]):  # back to the section the questions follow
            at -= 1
            texts.append(leads[at][1])
        return phrase(" ".join(texts))

    @lru_cache(maxsize=256)  # noqa: B019 - one answerer per index version; bounded
    def _section_leads(self, source: str) -> tuple[tuple[str, str], ...]:
        """Each section of a document, in reading order, with its opening paragraph."""
        leads: dict[str, str] = {}
        for chunk in sorted(self.lexical.chunks_of(source),
                            key=lambda chunk: (chunk.page or 0, chunk.start)):
            if chunk.section:
                leads.setdefault(chunk.section, _first_paragraph(chunk.text))
            elif not leads.get(""):  # the opening may come a passage or two down
                leads[""] = _opening_paragraph(chunk.text)
        return tuple(leads.items())

    @lru_cache(maxsize=8192)  # noqa: B019 - one answerer per index version; bounded
    def _in_masthead(self, source: str, name: str) -> bool:
        """The short lines a document opens with ('LES ATELIERS DU PRÉ VERT / Chantier
        d'insertion La Ferme des Saules') name what all of it is about, as its title does:
        the body whose report it is, spelled or by its acronym."""
        lead = self._masthead(source)
        pattern = acronym_pattern(name) if name.isupper() else None
        return ((phrase(name) in phrase(lead) and said_alone(lead, name))
                or bool(pattern and pattern.search(unify(lead))))

    def _spelled_in(self, unit: Unit, name: str) -> bool:
        """'bâtiment et travaux publics : 9 850 heures' is the BTP's, in a document that
        writes the acronym elsewhere (so that it is this acronym's spelling). A heading that
        spells it (« Budget prévisionnel de l'atelier et chantier d'insertion ») names what
        its rows are of, when the corpus writes the acronym somewhere."""
        pattern = acronym_pattern(name) if name.isupper() else None
        if pattern is None:
            return False
        if not pattern.search(unify(f"{unit.text}\n{unit.hit.chunk.section or ''}")):
            return False
        return (self._document_mentions(unit.hit.chunk.source, name) > 0
                or self.lexical.knows(stem(fold(name))))

    def _of_year(self, unit: Unit, year: str, kind: str, asked: frozenset[str] = frozenset(),
                 since: frozenset[str] = frozenset()) -> bool:
        """The year asked is the sentence's: said in it or its headings, or the last year said
        before it under the same heading, when it names no other year. Minutes of the 22 May
        2025 meeting are of 2025 throughout, except for figures, which change from year to
        year and have their year said beside them. Another year the question asks (« depuis
        2019, d'après l'appel 2026 ») is no other year."""
        asked = asked | {year}
        chunk = unit.hit.chunk
        if year in since and TABLE_ROW.match(unit.text) and row_label(unit.text)[0] == year:
            return False  # the row of 2022 counts 2022 alone, not all since 2022
        if kind == "number":  # 'Total 2022-2024 — … 47' is not 2022's count
            text = _outside_spans(unit.text, asked, since)
            headings = _outside_spans(f"{chunk.title} {chunk.section or ''}", asked, since)
        else:
            text, headings = unit.text, f"{chunk.title} {chunk.section or ''}"
        if year in text:
            return True
        if kind == "date" and YEAR.search(unit.text):
            return False  # 'ouvert du 3 mars au 30 juin 2025' does not date the 2024 edition
        if kind == "number" and set(_years_stated(FULL_DATE.sub(" ", unit.text))) - asked:
            return False  # in the '2025 call', 'en 2024, sept projets' counts 2024's projects
            # ('1 120 participants, contre 860 en 2023' is the heading's year's, against 2023)
        others = set(YEAR.findall(unit.text)) - asked
        if year in headings:
            # a 2026–2028 convention's « Pour 2027 et 2028, l'avance … » is not of 2026:
            # a span in the heading dates no sentence that names its other years
            return not others or year in _outside_spans(headings, asked, since)
        if others:
            return False  # 'le budget prévisionnel 2025' is not the 2026 budget
        if year in unit.context or _last_year_before(unit) == year:
            return True
        dated = " ".join([*self._names_of(chunk), chunk.date or ""])
        return kind != "number" and year in dated

    @lru_cache(maxsize=8192)  # noqa: B019 - one answerer per index version; bounded
    def _document_theme(self, source: str, name: str) -> bool:
        """The document keeps naming it (THEME_MENTIONS times or more): what the whole
        document is about, like its title, even where a passage does not repeat it (the fund
        a call for projects presents, the body whose minutes these are)."""
        if self._is_place(name, ""):
            return False  # a place stays a passage's own: figures differ from place to place
        return self._document_mentions(source, name) >= THEME_MENTIONS

    @lru_cache(maxsize=8192)  # noqa: B019 - one answerer per index version; bounded
    def _document_subject(self, source: str, name: str) -> bool:
        """What the document is about, greeted or presented where it opens (« Bienvenue à
        La Filature ! », « La Filature est un tiers-lieu … ») and named throughout: a
        welcome page gives its tariffs and rooms without naming the place again. A name
        the opening only mentions (a photo's caption) is no subject; nor is a territory,
        whose figures differ from one to the next."""
        if is_region_or_departement(name) or phrase(name) in self._territory_phrases:
            return False
        if self._document_mentions(source, name) < THEME_MENTIONS:
            return False
        wanted = phrase(name).strip()
        return any(re.match(rf" (?:(?:l|la|le|les) )?{wanted} (?:est|is) ", said)
                   or re.search(rf" (?:bienvenue|welcome) (?:a|au|aux|chez|dans|to|at) "
                                rf"(?:(?:l|la|le|les) )?{wanted} ", said)
                   for said in self._opening(source))

    @lru_cache(maxsize=4096)  # noqa: B019 - one answerer per index version; bounded
    def _opening(self, source: str) -> tuple[str, ...]:
        """The sentences of the document's first passage, each as a phrase()."""
        chunks = self.lexical.chunks_of(source)
        first = min(chunks, key=lambda chunk: (chunk.page or 0, chunk.start), default=None)
        if first is None:
            return ()
        lines = [line for line in first.text.split("\n") if not line.startswith("#")]
        return tuple(phrase(sentence) for line in lines for _, sentence in split_sentences(line))

    def _rows_for_each(self, unit: Unit, names: tuple[str, ...]) -> bool:
        """A table row labelled by one of the names asked, where each other name labels a
        row of its own in the same document: « à Lagrèze et à Fontcluse » asks for two
        rows, while « la Région X à l'association Y » asks for one row naming both."""
        if len(names) < 2 or not _is_row(unit.text):
            return False
        label = phrase(row_label(unit.text)[0])
        return (any(self._mentions(label, name) for name in names)
                and all(self._mentions(label, name)
                        or fold(name) in self._row_labels(unit.hit.chunk.source)
                        for name in names))

    @lru_cache(maxsize=1024)  # noqa: B019 - one answerer per index version; bounded
    def _row_labels(self, source: str) -> frozenset[str]:
        """The names the document's table rows are labelled by, folded."""
        return frozenset(fold(row_label(line)[0]) for chunk in self.lexical.chunks_of(source)
                         for line in chunk.text.split("\n") if _is_row(line))

    @lru_cache(maxsize=8192)  # noqa: B019 - one answerer per index version; bounded
    def _document_mentions(self, source: str, name: str) -> int:
        text = phrase(" ".join(chunk.text for chunk in self.lexical.chunks_of(source)))
        wanted = re.escape(phrase(name).strip())
        return len(re.findall(rf"(?<= ){wanted}(?= )", text))

    def _from_named_source(self, units: list[Unit], question: Question) -> list[Unit]:
        """'Selon le RTES …' asks what the RTES's own documents say, not what others say of it."""
        if not question.according_to:
            return []
        return [unit for unit in units if any(
            self._publishes(unit.hit.chunk.source, name) for name in question.according_to)]

    def _publishes(self, source: str, name: str) -> bool:
        info = self.catalog.info(source)
        authors = [info.publisher or "", info.title]
        return any(phrase(name) in phrase(author) or fold(initials(author)) == fold(name)
                   for author in authors)

    def _names_of(self, chunk) -> tuple[str, ...]:
        """The document's title, publisher and territories: the catalog's entry, else what
        the file itself said (stored with each chunk) and its name, which users choose to
        say what it is ('appel-a-projets-tiers-lieux-2025.txt')."""
        if chunk.source in self.catalog.entries:  # an entry may give a territory only
            info = self.catalog.entries[chunk.source]
            return (info.title or chunk.title, info.publisher or chunk.publisher or "",
                    *info.territory)
        return (chunk.title, chunk.publisher or "", file_words(chunk.source))

    @lru_cache(maxsize=4096)  # noqa: B019 - one answerer per index version; bounded
    def _document_terms(self, *names: str) -> frozenset[str]:
        """What every sentence of a document is about without saying it: its title,
        publisher and territory, and their acronyms."""
        return frozenset(analyze(" ".join([*names, *map(initials, names)])))

    def _mentions(self, scope: str, name: str) -> bool:
        """The name on its own in a phrase(): the territory 'France' is not named by
        'Île-de-France'."""
        wanted = phrase(name)
        if wanted not in self._territory_phrases:
            return any(form in scope for form in _numbers(wanted))
        for longer in self._territory_phrases:
            if wanted in longer and longer != wanted:
                scope = scope.replace(longer, " ")
        return wanted in scope

    @lru_cache(maxsize=8192)  # noqa: B019 - one answerer per index version; bounded
    def _chunk_scope(self, chunk_id: str, section: str, text: str, names: tuple[str, ...]
                     ) -> str:
        return phrase(" ".join([text, section, *names, *map(initials, names),
                                *map(word_initials, names)]))

    def _names_other_place(self, unit: Unit, question: Question) -> bool:
        """The sentence is about another place than the one asked ('332 700 ETP en
        Île-de-France' does not count Est Ensemble's jobs)."""
        if any(self._mentions(phrase(unit.text), name) for name in question.entities):
            return False
        wanted = phrase(" ".join(question.entities))
        places = _unowned(self._places_in(unit.text), unit.text)
        if (not places and any(self._is_place(name, question.text) or PLACE_NAMED.match(name)
                               for name in question.entities)
                and not any(self._mentions(phrase(unit.nearest_heading), name)
                            for name in question.entities)):
            places = _unowned(self._places_named(unit.nearest_heading), unit.nearest_heading)
            # '388 700 salariés' under 'L'ESS en Île-de-France' counts the region's jobs,
            # whatever the document's place; a heading's place is no other body's, though
            # (« … en Vézoubre » over the AG's date does not make it no AG of Ricochet's)
        return any(phrase(place) not in wanted for place in places)

    def _says_where(self, text: str, question: Question) -> bool:
        """A place besides the ones the question sets its subject in: « Les Trophées de l'ESS
        en X récompenseront … » does not say where the Trophées of X are held, nor « … à
        Locqueven » where « la conserverie de Locqueven » is (but « Fait à Poussanges » says
        where « la convention Poussanges – … » was signed)."""
        for name in question.entities:
            at = question.text.find(name)
            before = question.text[:at]
            if at < 0 or not (PLACE_BEFORE.search(before) or OF_PLACE.search(before)):
                continue
            text = re.sub(rf"(?i)\b(?:en|à|au|aux|dans)?\s*(?:la |le |les |l[’'])?"
                          rf"{re.escape(name)}\b", " ", text)
        return bool(PLACE_SAID.search(text) or self._places_in(text))

    def _places_in(self, text: str) -> list[str]:
        return [match.group(0) for match in self._place_pattern.finditer(deaccent(text))]

    def _places_named(self, text: str) -> list[str]:
        """Known places, and names a heading puts after 'en', 'dans le département du'."""
        named = [match.group(0) for match in NAME.finditer(f" {text}")
                 if self._is_place(match.group(0), text)]
        return [*self._places_in(text), *named]

    @staticmethod
    def _what_is_missing(question: Question, best: Unit) -> Missing:
        """No passage has the names and years asked: the year when the best one lacks it,
        else the names (which the corpus mentions elsewhere: they are not 'not covered')."""
        if missing := _reference_missing([best], question):
            return missing
        if question.years and not all(year in best.hit.chunk.text for year in question.years):
            return Missing("year", tuple(question.years))
        if question.entities:
            return Missing("scope", tuple(question.entities))
        return Missing("answer")

    def _with_companion(self, best: Unit, others: list[Unit], question: Question) -> list[Unit]:
        """A second sentence of the same document when it scores nearly as well and brings
        what the first lacks (or, for a definition, defines the term too): answers often span
        two sentences. A sentence that repeats what
        the first one answers would only add figures the user did not ask for."""
        if question.kind == "date" and (precise := _more_precise_date(best, others, question)):
            return [best, precise]
        if (follow := _continuation(best, others, question)) is not None:
            return [best, follow]
        if question.named_kind and (more := self._more_names(best, others, question)):
            return [best, more]
        if (row := _other_row_named(best, others, question)) is not None:
            return [best, row]
        if best.is_list or self._answers_fully(best, question):
            return [best]
        for other in others[:3]:
            adds = bool(other.matched - best.matched) or (
                question.kind == "definition" and _defines(other))
            close = other.score >= COMPANION_RATIO * best.score and adds
            same_document = other.hit.chunk.source == best.hit.chunk.source
            short = len(best.text) + len(other.text) <= MAX_FACTOID_CHARS
            distinct = other.text not in best.text and best.text not in other.text
            if close and same_document and short and distinct and not other.is_list:
                return [best, other]
        return [best]

    @staticmethod
    def _more_names(best: Unit, others: list[Unit], question: Question) -> Unit | None:
        """'Quelles entreprises … ?': a sentence nearly as good that names some the first does
        not (« … a rencontré Frédéric B., président de Simplon.co » then « Exemple …, avec
        Simplon.co et Novædia »)."""
        given = _new_names(best.text, question.entities)
        for other in others[:3]:
            if (other.score >= COMPANION_RATIO * best.score and not other.is_list
                    and other.hit.chunk.source == best.hit.chunk.source
                    and len(best.text) + len(other.text) <= MAX_FACTOID_CHARS
                    and _gives_names(other.text, question)
                    and _new_names(other.text, question.entities) - given):
                return other
        return None

    def _answers_fully(self, unit: Unit, question: Question) -> bool:
        if question.kind == "number" and question.measured:
            return _counts(unit.text, question.measured, _asks_rate(question))
        if question.named_kind and _gives_names(unit.text, question):
            return True
        return unit.focus >= FULL_FOCUS

    # ------------------------------------------------------------ wording

    def compose(self, units: list[Unit]) -> tuple[str, list[Citation]]:
        citations: list[Citation] = []
        numbers: dict[str, int] = {}
        parts: list[str] = []
        for unit in units:
            chunk = unit.hit.chunk
            if chunk.id not in numbers:
                numbers[chunk.id] = len(numbers) + 1
                citations.append(self.citation(unit, numbers[chunk.id]))
            else:
                citations[numbers[chunk.id] - 1].quote += f"\n{unit.text}"
            parts.append(f"{unit.text} [{numbers[chunk.id]}]")
        return "\n".join(parts), citations

    def citation(self, unit: Unit, number: int) -> Citation:
        chunk = unit.hit.chunk
        return Citation(n=number, source=chunk.source, title=chunk.title, page=chunk.page,
                        page_label=chunk.page_label, section=chunk.section, text=chunk.text,
                        quote=unit.text, publisher=chunk.publisher, date=chunk.date,
                        chunk_id=chunk.id, url=chunk.url)

    def abstention(self, missing: Missing | None, question: Question | None = None) -> str:
        """The refusal in plain French: what is missing, and the territories covered only
        when a place is what is missing (none listed under a document filter, which would
        contradict it)."""
        missing = missing or Missing("answer")
        text = question.text if question else ""
        filtered = bool(question and question.filtered)
        where = join_names([with_article(name, text) if self._is_place(name, text) else name
                            for name in missing.names])
        documents = "Les documents choisis" if filtered else "Les documents"
        if missing.kind == "name":
            return f"{documents} ne mentionnent pas {where}."
        if missing.kind == "reference":
            numbers = "le n°" if len(missing.names) == 1 else "les n°"
            return f"{documents} ne mentionnent pas {numbers} {where}."
        if missing.kind == "day":
            return f"{documents} ne mentionnent pas le {where}."
        if missing.kind == "year":
            years = "l’année" if len(missing.names) == 1 else "les années"
            return f"{documents} ne donnent pas cette information pour {years} {where}."
        if missing.kind == "answer":
            return f"{documents} ne contiennent pas la réponse à cette question."
        if missing.kind == "role":
            return f"{documents} ne disent pas quelle fonction occupe {where}."
        thing = {"figure": "ce chiffre", "person": "le nom demandé", "date": "cette date",
                 "contact": "cette coordonnée"}.get(missing.kind, "cette information")
        sentence = f"{documents} ne donnent pas {thing}" + (f" pour {where}" if where else "")
        covered = self.catalog.territories()
        if missing.kind == "place" and covered and not filtered:
            return f"{sentence}. Ils couvrent : {join_names(covered)}."
        return f"{sentence}."


def file_words(source: str) -> str:
    """'dossier/appel-a-projets_2025.pdf' -> 'appel a projets 2025'."""
    return re.sub(r"[-_.]+", " ", source.rsplit("/", 1)[-1].rsplit(".", 1)[0])


def join_names(names: list[str] | tuple[str, ...]) -> str:
    """'A', 'A et B', 'A, B et C'."""
    names = list(names)
    return ", ".join(names[:-1]) + f" et {names[-1]}" if len(names) > 1 else "".join(names)


def date_precision(text: str) -> int:
    """3 for a day, 2 for a month, 1 for a year alone, 0 for no date."""
    return next((len(DATE_PRECISION) - level for level, pattern in enumerate(DATE_PRECISION)
                 if pattern.search(text)), 0)


def _whole_list(best: Unit, shortlist: list[Unit], question: Question) -> Unit | None:
    """« Quelles sont les étapes … ? » where one step ranks first: the list it is an item of,
    with its intro, from the same passage, is the answer when the list is of what is asked
    (its intro or its heading says « étapes »); one item of it is not. An item that answers
    alone (« Quels marchés … ? », one objective of a list of objectives) stays alone."""
    head = question.list_head
    if not best.is_item or not head:
        return None
    return next((unit for unit in shortlist if unit.is_list and best.text in unit.text
                 and unit.hit.chunk.id == best.hit.chunk.id
                 and (_announces_items(unit, head) or _names_items(unit.nearest_heading, head))),
                None)


def _more_precise_date(best: Unit, others: list[Unit], question: Question) -> Unit | None:
    """'édité en 2020' says the year; the same document's 'septembre 2020' says when: a
    near-equal sentence, or for a publication, the dateline at the head of the document."""
    years = set(YEAR.findall(best.text))
    publication = not PUBLICATION_TERMS.isdisjoint(question.terms)
    for rank, other in enumerate(others):
        close = rank < 5 and other.score >= DATE_COMPANION_RATIO * best.score
        dateline = publication and _is_dateline(other)
        if ((close or dateline)
                and other.hit.chunk.source == best.hit.chunk.source
                and (date_precision(other.text) > date_precision(best.text)
                     or (dateline and not _is_dateline(best)))  # the day it was issued,
                # not the days it tells of (« du 1er au 30 novembre »)
                and years & set(YEAR.findall(other.text))
                and len(best.text) + len(other.text) <= MAX_FACTOID_CHARS):
            return other
    return None


PUBLICATION_TERMS = set(analyze("publié édité paru parution publication"))
PLACE_DATED = r"[A-ZÀ-Ý][\w'’ -]{1,40},\s+le\s+"
"""« Castelbrune, le 13 octobre 2026 »: a letter's or a press release's dateline."""
DATELINE = re.compile(rf"(?:(?:publié|mis à jour|édité)\s+(?:le|en)\s+|{PLACE_DATED})?"
                      rf"(?:{DATE.pattern})\.?", re.I)
DATELINE_REACH = 600


def _is_dateline(unit: Unit) -> bool:
    """A line that is only a date ('septembre 2020', 'Publié le 30/05/2017'), near the top of
    its document: the document's own date."""
    chunk = unit.hit.chunk
    return ((chunk.page or 1) == 1 and chunk.start + unit.start < DATELINE_REACH
            and bool(DATELINE.fullmatch(unit.text.strip())))


@lru_cache(maxsize=65536)
def _beside_percentages(text: str) -> frozenset[str]:
    """The terms next to a percentage: what the share is a share of ('90 % associatif')."""
    tokens = [token for token in _words_and_percents(text) if token != PAUSE_MARK]
    near: set[str] = set()
    for index, token in enumerate(tokens):
        if token == PERCENT:
            near.update(stem(word) for word in tokens[max(0, index - 4):index + 4]
                        if word not in STOP_WORDS)
    return frozenset(near)


def _only_shares(text: str) -> bool:
    """Every figure is a percentage: no answer to 'how much', only to 'what share'."""
    figures = [match.group(0).strip() for match in NUMBER.finditer(text)
               if not YEAR.fullmatch(match.group(0).strip())]
    return bool(figures) and all(figure.endswith("%") for figure in figures)


STREET = (r"(?:rue|avenue|boulevard|bd|place|quai|chemin|all[ée]e|impasse|route|cours|square|"
          r"esplanade|parvis|promenade|faubourg|passage|ZA|ZI|ZAC|lieu-dit)")
"""The words a French street address opens on (a workshop's is often in a business park,
written short in an address: « ZA de la Croix »; prose spells it, « dans la zone
artisanale des Garennes », and says where, not the address)."""
NUMBERED = re.compile(r"\b(?:n[°º]|no\.|num[ée]ro)\s*[A-Z0-9][\w./-]*\d", re.I)
"""A reference written as one: « n° CPO-ESS-2026-03 », « délibération n° 2025-187 »."""
NUMBER_TERMS = frozenset(term for word in ("numéro", "numéros", "référence", "number",
                                           "reference") for term in analyze(word))
"""The words of a question asking a reference, which « n° … » answers unnamed."""
ADDRESS_TERMS = frozenset(term for word in ("adresse", "adresses", "address", "postale",
                                             "postal", "street", "siège")
                          for term in analyze(word))
"""The words of a question asking where to write or go, which a street address answers."""
CONTACT_FORMS = {
    "email": re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    "phone": re.compile(r"(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b"),
    "web": re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|eu|net|"
                      r"info|bzh|coop|asso)\b"),
    "postal": re.compile(rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+{STREET}\b|\b{STREET}\s+"
                         r"(?:d[eu]s?\s+|de\s+la\s+|d')?[A-ZÀ-Ý]|\b\d{5}\s+[A-ZÀ-Ý]|\bBP\s?\d"),
}
CONTACT_FORMS["address"] = re.compile(
    f"{CONTACT_FORMS['email'].pattern}|{CONTACT_FORMS['postal'].pattern}")
"""Where to write: an e-mail address or a street one."""
"""How each contact detail is written (French phone numbers: 0X XX XX XX XX or +33; a
street with its number or its name, a postcode and its town)."""


def _has_quantity(text: str) -> bool:
    """A figure other than a year, in digits or in words ('deux fois par an'); 'loi 1901'
    and 'article 3' name things, they give no quantity."""
    text = CODE.sub(" ", REFERENCE.sub(" ", fold(text)))
    for match in NUMBER.finditer(text):
        if not YEAR.fullmatch(match.group(0).strip()):
            return True
    return not NUMBER_WORDS.isdisjoint(words(text))


COMMON_CAPITALISED = {"etat", "l'etat", "europe", "union europeenne", "republique", "gouvernement",
                      "parlement", "senat", "assemblee nationale", "ministere", "prefecture"}


def unit_passage(unit: Unit) -> str:
    chunk = unit.hit.chunk
    lead = f"{unit.antecedent[-ANTECEDENT_CHARS:]} " if unit.antecedent else ""
    return f"{chunk.title} — {chunk.section or ''}\n{lead}{unit.text[:DENSE_CHARS]}"


def _credit(term: str, own: set[str], around: set[str]) -> float:
    """Full credit for the word itself in the sentence, less for a synonym or a heading."""
    variants = SYNONYMS.get(term, {term})
    if term in own:
        return 1.0
    if own & variants:
        return SYNONYM_CREDIT
    return CONTEXT_CREDIT if around & variants else 0.0


def _heaviest_missing(focus: dict[str, float], credit: dict[str, float]) -> float:
    """The rarest word asked about that neither the sentence nor its headings say, against
    the rarest asked: one missing qualifier ('dans les coopératives') makes a near miss,
    however well the rest is covered."""
    missing = [weight for term, weight in focus.items() if not credit[term]]
    return max(missing) / max(focus.values()) if missing else 0.0


NEAR_WORDS = 5  # a noun and its own figure sit within a short clause of each other
YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")


def _figure_closeness(text: str, terms: set[str]) -> float:
    """How near the sentence's figures stand to the words of the question it shares: in
    'les coopératives (52 établissements, 611 salariés)' the figure is the cooperatives'; in
    'la coopérative X, qui collecte …, emploie 164 salariés' it is one cooperative's. 1 when
    every shared word touches a figure, towards 0 as they drift apart; 0 without either."""
    tokens = words(text)
    figures = [index for index, token in enumerate(tokens)
               if token[0].isdigit() and not YEAR_TOKEN.fullmatch(token)]
    if not figures or not terms:
        return 0.0
    stems = [stem(token) for token in tokens]
    gaps = [min(abs(place - figure) for place, term_stem in enumerate(stems) if term_stem == term
                for figure in figures)
            for term in sorted(terms) if term in stems]
    if not gaps:
        return 0.0
    return 1.0 / (1.0 + (sum(gaps) / len(gaps)) / NEAR_WORDS)


YESNO_SUBJECT = re.compile(r"^(.+?)\s+\S+-(?:t-)?(?:il|elle|ils|elles|on)\b")


@lru_cache(maxsize=1024)
def _yesno_subject(question: str) -> tuple[str, ...]:
    match = YESNO_SUBJECT.match(question)
    return tuple(analyze(match.group(1))) if match else ()


def _subject_share(unit: Unit, question: Question) -> float:
    """'Une commune peut-elle candidater ?' is settled by a sentence about communes: the share
    of the subject's words (before the inverted verb) that the sentence itself says."""
    subject = _yesno_subject(question.text)
    if not subject:
        return 0.0
    own = term_set(unit.text)
    return sum(_credit(term, own, set()) for term in subject) / len(subject)


def _counts(text: str, measured: list[str], rates: bool = True, amounts: bool = True) -> bool:
    """A figure stands next to the counted noun: '48 390 emplois', 'taux ... 2.4 %'. A
    percentage counts nothing when the question asks how many ('4 % des fondations')."""
    raw = _words_and_percents(ITEM_NUMBER.sub("", text))
    variants = _with_synonyms(measured)
    for index, word in enumerate(raw):
        if stem(word) in variants:
            for at in range(max(0, index - 4), min(len(raw), _reach(raw, index))):
                is_share = raw[at + 1:at + 2] == (PERCENT,)
                if (_is_figure(raw[at]) and (rates or not is_share)
                        and (is_share or not _counts_other(raw, at, index, amounts))):
                    return True
    return False


ITEM_NUMBER = re.compile(r"(?m)^\s*\d{1,2}[.)]\s+(?=\D)")
"""« 5. Prise de participation … », an agenda's or a title's number: it ranks, it counts
nothing."""


def _reach(raw: tuple[str, ...], index: int) -> int:
    """How far after the counted noun its figure may stand: eight words, or to the figure a
    verb of measure gives it (« le salaire brut annuel moyen par équivalent temps plein
    s'établit à 31 900 € »), in the same clause."""
    near = index + 9
    for at in range(index + 1, min(len(raw), index + 1 + SUBJECT_REACH)):
        if raw[at] == PAUSE_MARK:
            break
        if raw[at] in MEASURE_VERBS:
            clause = raw[at:at + 4]
            return max(near, at + (clause.index(PAUSE_MARK) if PAUSE_MARK in clause else 4))
    return near


SUBJECT_REACH = 14  # a noun group as long as « salaire brut annuel moyen par équivalent … »
MEASURE_VERBS = {"etablit", "eleve", "elevait", "etablissait", "atteint", "atteignait",
                 "monte", "montait", "chiffre", "totalise", "totalisait"}
"""« s'établit à », « s'élève à », « atteint », « se chiffre à »: the subject's figure follows."""


def _counts_other(raw: tuple[str, ...], figure: int, counted: int, amounts: bool = True
                  ) -> bool:
    """The figure belongs to another noun: 'associations loi 1901' cites a law, 'moins de 50
    salariés : les associations' bounds the staff. A noun right after the figure owns it,
    unless the counted word follows at once ('48 390 emplois salariés')."""
    if figure > 0 and raw[figure - 1] in REFERENCE_WORDS:
        return True
    owner = figure + 1
    while owner < len(raw) and (raw[owner] in FIGURE_WORDS or _is_figure(raw[owner])):
        owner += 1
    if not amounts and any(word in CURRENCY for word in raw[figure + 1:owner]):
        return True  # '40 000 € par projet' is an amount, not a number of projects
    if counted < figure:
        # 'porteurs de projets … à raison de 12 projets': said before, and the figure's own
        # noun may be a part of what is counted; not a unit that measures something else
        # (« la toiture … une centrale de 96 kWc », « ses heures en deux ans »)
        return (owner < len(raw) and raw[owner] in UNIT_WORDS
                and stem(raw[owner]) != stem(raw[counted])
                and stem(raw[counted]) not in MAGNITUDES)
    if (owner >= len(raw) or owner == counted or raw[owner] in STOP_WORDS
            or raw[owner] == PAUSE_MARK):
        return False
    if raw[owner] in UNIT_WORDS | CURRENCY and raw[owner + 1:counted] in (("de",), ("d",)):
        return False  # « 4,2 tonnes de légumes » weighs the légumes asked, « 142 000 euros de
        # prêts » is the amount of the loans asked
    return not 0 < counted - owner <= 1


PERCENT = "pourcentmark"
UNIT_WORDS = {"an", "ans", "annee", "annees", "mois", "semaine", "semaines", "jour", "jours",
              "heure", "heures", "h", "minutes", "min", "kw", "kwc", "mw", "mwc", "kwh", "mwh",
              "gwh", "km", "kilometres", "metres", "metrescarres", "ha", "hectares", "t",
              "tonnes", "kg", "litres"}
"""Units of time, energy, length, area and mass: a figure followed by one measures that,
not the noun said before it."""
MAGNITUDES = frozenset(stem(fold(word)) for word in (
    "durée", "délai", "temps", "période", "puissance", "surface", "superficie", "distance",
    "longueur", "poids", "production", "consommation", "quantité", "volume", "capacité",
    "tonnage", "âge"))
"""What such units measure: « une durée hebdomadaire d'au moins 24 heures » gives the
duration asked."""
REFERENCE_WORDS = {"loi", "article", "articles", "n", "no", "numero", "decret", "arrete", "page",
                   "p", "chapitre", "annexe", "tableau", "figure", "action", "axe", "decision",
                   "deliberation", "resolution", "mesure", "objectif", "fiche", "etape", "lot"}
"""A figure after these names a thing ('loi 1901', 'action 3'); it counts nothing."""
REFERENCE = re.compile(rf"\b(?:{'|'.join(sorted(REFERENCE_WORDS, key=len, reverse=True))})"
                       r"\.?\s*[°o]?\s*\d[\d./-]*")
"""The same on folded text, where a figure is read whole ('n° 2014-856')."""
FIGURE_WORDS = {PERCENT, "millions", "million", "milliards", "milliard", "k", "m", "md", "mds",
                "autres", "d", "de", "des", *CURRENCY}
"""Words between a figure and its noun that are part of the figure ('2 millions d'euros')."""


def _counts_asked(unit: Unit, question: Question) -> bool:
    """A figure of what the question counts; for 'quel taux de financement', also 'ce taux
    est porté à 70 %' in a passage about financing (the rate names what it is a rate of
    once, then goes by 'ce taux')."""
    if _counts(LABEL_HEADER.sub("", unit.text), question.measured, _asks_rate(question),
               amounts=not COUNTS_THINGS.search(fold(question.text))):
        return True
    if _tallies_vote_asked(unit.text, question.text):
        return True
    if "fois" in question.measured and FREQUENCY.search(unit.text):
        return True  # « À quelle fréquence … ? »: « chaque trimestre » says how often
    about = _with_synonyms(question.measured)
    if _labelled_figure(unit.text, about) or _cell_named_by(unit.text, set(question.terms)):
        return True
    before = _before_en(unit)
    if PART_OF_ANTECEDENT.match(unit.text):
        if set(question.measured) & term_set(before or ""):
            return True  # « 93 d'entre elles » are some of the « 146 personnes » asked, in the
            # very word asked: of what counts alike (« salariés »), they are not
    elif before is not None and (_counts(unit.antecedent, question.measured,
                                         _asks_rate(question)) or about & term_set(before)):
        return True
    if _tallies_answers(unit, question):
        return True
    if ((TABLE_ROW.match(unit.text) or UNHEADED_ROW.match(unit.text))
            and about & term_set(BROKEN_DOWN_BY.sub(" ", unit.nearest_heading))
            and _has_quantity(unit.text)):
        return True  # « Profil des salariés en parcours (en %) »: the caption says what each
        # row's figures count
    if _names_rate_asked(unit.text, question, about) or _share_said_of(unit.text, question):
        return True
    rate = RATE_OF.search(fold(question.text))
    if not rate:
        return False
    return (_counts(unit.text, analyze(rate.group(1)))
            and bool(about & term_set(f"{unit.hit.chunk.section or ''} {unit.context}")))


TALLY = re.compile(r"\b(?:Décompte|Count|Effectifs?|Nombre de réponses|Nb(?: de)? réponses|"
                   r"Réponses|Responses|Répondants|Respondents|Votes)\s*:\s*\d", re.I)
"""« Décompte : 14 », « Responses: 14 »: a survey's tally column, how many answered so."""


RESPONDING = re.compile(r"\b(?:r[ée]pond\w*|r[ée]ponses?|enqu[êe]te|sondage|questionnaire|"
                        r"respond\w*|survey|poll)\b", re.I)
"""What a question about a survey's answers says: who answered, the survey itself."""
RESPONDENTS = term_set("structures associations entreprises organismes collectivités communes "
                       "personnes habitants participants adhérents membres acteurs")
"""Who answers a survey of the ESS: its structures, its members, the people it serves."""


def _tallies_answers(unit: Unit, question: Question) -> bool:
    """A row of a survey's results, under the item it answers (« Où se situe le siège de
    votre structure ? » then « Réponse : Gentiac (A2) — Décompte : 14 ; Pourcentage :
    16,09 % »): its count and its share are of the respondents, whatever the survey calls
    them, for a question on its answers or on what the survey asked (« les structures »);
    not for a count of something else the row happens to name (« élèves à Gentiac »)."""
    if not (TABLE_ROW.match(unit.text) and TALLY.search(unit.text)
            and "?" in unit.nearest_heading):
        return False
    surveyed = term_set(f"{unit.nearest_heading} {unit.hit.chunk.title or ''}") | RESPONDENTS
    return bool(RESPONDING.search(question.text) or set(question.measured) & surveyed)


BROKEN_DOWN_BY = re.compile(r"\b(?:par|selon|by)\s+(?:\w+['’])?\w+", re.I)
"""« L'emploi par intercommunalité »: a caption's « par … » names what the rows are, not
what their figures count."""
LABEL_HEADER = re.compile(r"^[^—:\d\n]{1,60} : (?=[^—\d\n]{1,160} — [^:\n]{1,80} : )")
"""« Intercommunalité : » heads a row's names (« Intercommunalité : CA de Ferranches —
Communes : 38 ; … »): the row's figures count other things than intercommunalities."""
FREQUENCY = re.compile(r"\b(?:chaque|tous les|toutes les)\s+(?:\w+\s+)?(?:jours?|semaines?|"
                       r"mois|trimestres?|semestres?|ans?|années?)\b|\bpar\s+(?:jour|semaine|mois|"
                       r"trimestre|semestre|an)\b|\b(?:quotidien|hebdomadaire|mensuel|"
                       r"trimestriel|semestriel|annuel|bimestriel)(?:le)?s?\b", re.I)
"""How often: « chaque trimestre », « toutes les trois semaines », « deux fois par an »."""
VOTE_ASKED = re.compile(r"\b(?:vot\w*|voix)\s+(pour|contre|for|against)\b|\b(absten|abstain)\w*|"
                        r"\b(?:ont|a)\s+(approuve|adopte|rejete)\b")
"""« Combien ont voté contre ? », « combien se sont abstenus ? », « combien d'abstentions ? »,
« combien de conseillers ont approuvé … ? », « how many voted against? »: the side asked."""
VOTE_SIDES = {"for": "pour", "approuve": "pour", "adopte": "pour", "against": "contre",
              "rejete": "contre", "abstain": "absten"}
"""What was approved or adopted is read in « Pour », what was rejected in « Contre »."""
TALLIES = {"pour": re.compile(r"\b[Pp]our\s*:?\s*\d"),
           "contre": re.compile(r"\b[Cc]ontre\s*:?\s*\d"),
           "absten": re.compile(r"\b[Aa]bst\w*(?:\(s\))?\.?\s*:?\s*\d")}
"""A vote's tally in minutes: « Votants : 21 – Pour : 18 – Contre : 3 – Abstention(s) : 0 »,
« Vote : pour 85 – contre 1 – abstentions 2 »; two sides at least, or « pour 85 » is prose."""
SIGNER_ASKED = re.compile(r"\bqui\s+(?:a\s+)?(?:sign\w*|ecrit|redige)\b|"
                          r"\bwho\s+(?:signs?|signed|wrote|writes)\b")
"""« Qui signe l'édito ? », « qui a écrit la préface ? », « who wrote the editorial? »."""
SIGNATURE_CHARS = 120  # a name and a role on a line; a sentence that names someone runs longer
SIGNATURE_NAMES = 2  # « Le Président, Gérard Maubuisson »: the role reads as a name, then the name
TALLY_ANCHORS = 3  # the act asked is among the few best passages; further down, another's
ACT_OPENS = re.compile(r"^(?:D[ÉE]LIB[ÉE]RATION|Délibération|POINT|Point|R[ÉE]SOLUTION|Résolution)"
                       r"\s+(?:n[°o]\s*)?\d")
"""« DÉLIBÉRATION n° 2026-013 », « Point 4 », « Résolution n° 5 »: the next act begins."""


def _counted_acronym(question: Question) -> str | None:
    """« Combien de SCOP … ? » counts a kind of body the question names by its acronym."""
    return next((name for name in question.entities if COUNTED_ACRONYM.fullmatch(name)
                 and stem(fold(name)) in question.measured), None)


COUNT_IN_WORDS = (r"(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
                r"quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cent)")
"""Small counts written in words (« trois EHPAD »)."""


LONE_FIGURE = re.compile(r"\s*[-+−]?\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:[.,]\d+)?"
                         r"(?:\s?(?:%|€|k€|M€))?\s*")
"""A paragraph that is one figure and nothing else: a newsletter's « chiffre du mois » (not
a chart's row of figures, « 27 29 30 24 »)."""


SAYS_WHAT_FIGURE_IS = re.compile(r"(?:C['’]est|Ce (?:chiffre|nombre|montant|total)|Soit|"
                                 r"Il s['’]agit|Tel(?:le)? est)\b")
"""« C'est le nombre de SCIC … »: a sentence that says what the figure above it is (a chart's
axis over « Le nombre d'adhérents a progressé … » is no such figure)."""


def _counts_what_came_before(sentence: str) -> bool:
    """« En 2016, le département n'en comptait que 5. »: « en » stands for what the sentence
    before named, when nothing counted comes before it in this one (« 16 SCIC, qui en
    emploient 198 » counts the SCIC's own staff)."""
    counted = COUNTS_OF_ANTECEDENT.search(sentence)
    return counted is not None and not re.search(
        r"\b(?!(?:19|20)\d\d\b)\d", sentence[:counted.start()])


def _before_en(unit: Unit) -> str | None:
    """« Elle en comptait 21 150 fin 2023. »: the figure counts what was named before « en »,
    in the sentence before (« C'est le nombre de SCIC … En 2016, il n'en comptait que 5. ») or
    earlier in its own (« les entrepreneurs-salariés, dont X, qui en compte 64 »). That text,
    when a figure follows « en »; else None."""
    if part := PART_OF_ANTECEDENT.match(unit.text):
        return f"{unit.antecedent} {unit.text[:part.start()]}"
    counted = COUNTS_OF_ANTECEDENT.search(unit.text)
    if counted is None or not _has_quantity(unit.text[counted.end():]):
        return None
    return f"{unit.antecedent} {unit.text[:counted.start()]}"


def _counts_kind(text: str, acronym: str) -> bool:
    """A figure of that kind of body: « 4 SCOP », « trois EHPAD », « 12 nouvelles SCOP »,
    « SCOP : 45 », « 23 immersions en entreprise (PMSMP) » (the acronym names the noun it
    follows), a table row whose label is the kind. A figure after one body's name counts
    something of it (« la SCIC X réunit 57 sociétaires »)."""
    kind = re.escape(acronym.rstrip("s"))
    if _any_row(text) and re.search(rf"(?:^|: ){kind}s?(?= —| ;|$)", text):
        return _has_quantity(text)  # « Statut : SCOP — Nombre : 12 »: the row is the kind's
    figure = rf"(?:\b(?!(?:19|20)\d\d\b)\d[\d\u00a0\u202f ]*|\b{COUNT_IN_WORDS}\s+)"  # no year
    if re.search(rf"{figure}(?:[^\W\d]+\s+)?{kind}s?\b|\b{kind}s?\s*:\s*\d|"
                 rf"{figure}(?:[^\W\d]+['’]?\s*){{1,4}}\({kind}s?\)", text, re.I):
        return True
    spelled = acronym_pattern(acronym.rstrip("s"))  # « 17 sociétés coopératives d'intérêt
    # collectif (SCIC) »: the words the figure counts spell the acronym, however many
    return spelled is not None and bool(re.search(
        rf"{figure}{spelled.pattern}\s*\({kind}s?\)", unify(text)))


def _tallies_vote_asked(text: str, question: str) -> bool:
    """« Combien de conseillers ont voté contre ? »: a tally gives the votes of that side;
    who cast them (« conseillers », « élus ») goes without saying in minutes."""
    asked = VOTE_ASKED.search(fold(question))
    if not asked:
        return False
    side = next(group for group in asked.groups() if group)
    return (bool(TALLIES[VOTE_SIDES.get(side, side)].search(text))
            and sum(bool(tally.search(text)) for tally in TALLIES.values()) >= 2)


COUNTS_OF_ANTECEDENT = re.compile(
    r"(?<!\bpris\s)(?<!\bprise\s)(?<!\bprises\s)(?<!\bprendre\s)(?<!\btenir\s)"
    r"\b[Ee]n\s+(?:a|avait|aura|comptai\w*|compte\w*|employai\w*|emploie\w*|recens\w+|"
    r"dénombr\w+|réuni\w+|rassembl\w+|regroup\w+|fédér\w+|accueill\w+|touch\w+)\b")
"""« Elle en comptait … », « il en recense … »: the figure counts the thing the sentence
before named, which « en » stands for (« pris en compte » is no such « en »)."""
PART_OF_ANTECEDENT = re.compile(r"\d[\d\u00a0\u202f ]*\s+d['’]entre\s+(?:eux|elles)\b", re.I)
"""« 93 d'entre elles se déclarent volontaires »: a part of what the sentence before counted
(« 146 personnes »), the same kind of thing."""


def _labelled_figure(text: str, about: set[str]) -> bool:
    """'Passages en caisse (boutique de Sorlac) — 21 400', 'Points de vente soutenus — Cible
    2026 : 15 ; Réalisé fin 2024 : 11': a table row's figures are its label's, however many
    words the label takes."""
    label, dash, value = text.rpartition(" — ")
    headerless = (bool(dash) and ":" not in value
                  and len(value.split()) <= LABELLED_VALUE_WORDS)
    if TABLE_ROW.match(text):
        label, value = row_label(text)
    elif not headerless:
        return False
    return _has_quantity(value) and bool(about & term_set(label))


LABELLED_VALUE_WORDS = 4  # '312 tonnes', '21 400', '1,2 M€': a figure and its unit
LABELLED_CELL = re.compile(r"(?:^|[;—·|]\s*)([^:;—·|\d]{2,40}?)\s:\s*[-+−]?\d[\d\s\u00a0\u202f.,]*"
                           r"(?=\s*(?:[;·|]|$))")
"""A row's cell as « Présents : 18 »: a label of words, then its figure alone (cells apart by
« ; », or by « · » as a quorum line sets them)."""


def _cell_headed_by(text: str, about: set[str]) -> bool:
    """« CA 2025 (k€ HT) : 152 »: a row's cell whose header names what is asked, years and
    units in the header too."""
    return any(term_set(header) & about for header in HEADED_CELL.findall(text))


HEADED_CELL = re.compile(r"(?:^|[;—]\s*)([^:;—]{1,40}?)\s:\s*[-+−]?\d")
"""A row's cell: its header (words, years, units), « : », then a figure."""


def _cell_named_by(text: str, terms: set[str]) -> bool:
    """« Présents : 18 » in a row of counts answers « Combien d'élus étaient présents ? »:
    the cell's label is a word the question says, its figure the count."""
    return any((words := term_set(label)) and words <= terms
               for label in LABELLED_CELL.findall(text))


def _share_said_of(text: str, question: Question) -> bool:
    """'Quel pourcentage des objets collectés a été réemployé ?': « dont 48,8 % réemployées »
    says the share beside what it measures; the whole it is a share of (the objects) is the
    passage's, not the percentage's neighbour."""
    if not _asks_rate(question) or not SHARE.search(text):
        return False
    beside = _beside_percentages(text)
    measured = set(question.measured) | SHARE_WORDS
    return any(SYNONYMS.get(term, {term}) & beside for term in question.terms
               if term not in measured and not term.isdigit())


def _names_rate_asked(text: str, question: Question, about: set[str]) -> bool:
    """A percentage of the rate asked: the sentence names the rate and what it measures ('Le
    taux de sorties dynamiques (…) s'établit à 62 %'), or a row gives it under the rate's
    own word ('Part : 12,8 %'), what it is a share of being the table's."""
    if not _asks_rate(question) or not SHARE.search(text):
        return False
    asked = RATE_WORDS.intersection(words(question.text))
    own = set(words(text))
    if not asked & own:
        return False
    labelled = re.search(rf"\b(?:{'|'.join(sorted(asked))})\s*:\s*\d[\d\s.,]*%", fold(text))
    return bool(labelled or about & term_set(text))


RATE_WORDS = {"taux", "part", "pourcentage", "proportion", "share", "rate"}


RATE_OF = re.compile(r"\b(taux|part|pourcentage|proportion|montant)\s+(?:\w+\s+)?"
                     r"(?:de|d'|du|des)\b")


YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-–—/]|à|au)\s*((?:19|20)\d\d)\b"
                       r"|\bentre ((?:19|20)\d\d) et ((?:19|20)\d\d)\b")
"""'2022-2024', 'de 2022 à 2024': a span of years, which no one of its years stands for."""


SINCE_YEAR = re.compile(r"\b(?:depuis|since|from|a partir de|des)\s+((?:19|20)\d\d)\b")
"""'depuis 2022', 'since 2022': a span of years that starts then is what is asked."""


@lru_cache(maxsize=1024)
def _since_years(question: str) -> frozenset[str]:
    return frozenset(SINCE_YEAR.findall(fold(question)))


def _with_synonyms(terms: Iterable[str]) -> set[str]:
    """The terms and their synonyms' stems: what a sentence may say them by."""
    terms = set(terms)
    return terms.union(*(SYNONYMS.get(term, ()) for term in terms))


def _outside_spans(text: str, asked: frozenset[str], since: frozenset[str] = frozenset()
                   ) -> str:
    """The text without the spans of years that the question does not ask whole (nor asks
    from their start on: « depuis 2022 » is '2022-2024')."""
    def keep(match: re.Match[str]) -> str:
        ends = [year for year in match.groups() if year]
        return match.group(0) if set(ends) <= asked or ends[0] in since else " "
    return YEAR_SPAN.sub(keep, text)


FULL_DATE = re.compile(rf"\b\d{{1,2}}(?:er)?\s+(?:{MONTHS})\s+(?:19|20)\d\d\b", re.I)
"""'au 31 décembre 2024': the day a count was made, not the year it is of."""
COMPARED_YEAR = re.compile(r"\b(?:contre|rapport a|depuis|qu'en|compare\w*|vs|apres|avant)\b"
                           r"[^.;]{0,30}?\b(?:19|20)\d\d\b")
"""A year a figure is compared with, on folded text: 'contre 860 en 2023', 'depuis 2019'."""


@lru_cache(maxsize=65536)
def _words_and_percents(text: str) -> tuple[str, ...]:
    """``words``, with each '%' kept as the token PERCENT and '€' as 'euros', and codes
    such as « action A3 » kept whole."""
    marked = PAUSE.sub(f" {PAUSE_MARK} ", TONNES.sub(" tonnes ", SQUARE_METRES.sub(
        f" {SQUARE_METRE_WORD} ", CODE.sub(CODE_WORD, text)))
        .replace("%", f" {PERCENT} ").replace("€", " euros "))
    return tuple(words(SPACED_THOUSANDS.sub(r"\1\2.0", marked)))


CODE = re.compile(r"\b[A-Za-z]{1,4}\d+[A-Za-z\d]*\b")
CODE_WORD = "code"
"""« l'action A3 », « la nomenclature M57 »: letters then digits name a thing; the digits
count nothing."""
SPACED_THOUSANDS = re.compile(r"\b([12])[ \u00a0\u202f](\d{3})\b(?![ \u00a0\u202f]?\d)")
"""« 1 900 heures » is a count, never the year 1900 that '1900' would read as: kept a
figure ('1900.0') that no year matches."""


SQUARE_METRES = re.compile(r"(?<=\d)\s*m(?:²|2)\b|\bm(?:²|2)(?=\W|$)|\bm[èe]tres?\s+carr[ée]s?\b",
                           re.I)
SQUARE_METRE_WORD = "metrescarres"
"""'350 m²' or « 2 600 mètres carrés » is a surface, not a figure followed by 'm' and '2':
one word, which the synonyms of 'surface' list."""
TONNES = re.compile(r"(?<=\d)\s*t\b(?![’'])")
"""« 58 t en 2025, objectif 75 t »: a weight in tonnes, as « tonnes » is said in full."""
PAUSE = re.compile(r"[;:—–()/|]")
PAUSE_MARK = "pausemark"
"""A table cell or a clause ends there: 'Établissements : 42 ; Salariés : 1 230' gives 42
to the établissements, not to the salariés that follow."""


def _asks_rate(question: Question) -> bool:
    """A share or a rate: percentages answer it."""
    return question.share or bool(PER_CENT_RATE.search(fold(question.text)))


PER_CENT_RATE = re.compile(r"\b(?<!hourly )(?<!daily )(?:taux|rate)\b(?!\s+(?:horaire|journalier|"
                           r"kilometrique|zero)\b)")
"""A rate in per cent; « le taux horaire » is a price (« 32 € HT de l'heure »), « des prêts à
taux zéro » are loans of a kind."""


IN_PERCENT = re.compile(r"(?:\(|\ben\s)\s*%|%\s*\)")
"""« (en % des effectifs) », « Part (%) »: a table's figures are percentages."""


def _in_percent(unit: Unit) -> bool:
    """A table row whose caption or column headers say its figures are percentages."""
    return bool(TABLE_ROW.match(unit.text)) and bool(
        IN_PERCENT.search(unit.text) or IN_PERCENT.search(unit.hit.chunk.section or ""))


PLACE_SAID = re.compile(
    r"\b\d{5}\b|\b(?i:salle|mairie|siège|locaux|hôtel de ville|lieu\s*:)|"
    r"\b(?i:à|au|aux|en|dans|chez|vers|place|rue|avenue|boulevard|quai|route|chemin|maison)"
    r"\s+(?i:(?:la|le|les|du|de la|des|de)\s+|l['’]|d['’])?[A-ZÀ-Ý]")
"""« à Orbassac », « salle du conseil », « Maison des associations », « 96300 … »: a sentence
that says where (a room, a postcode, a capital after a word of place)."""
IN_EUROS = re.compile(r"\(\s*(?:en\s+)?(?:k|M|milliers d[’']|millions d[’'])?\s*(?:€|euros?)"
                      r"(?:\s+(?:HT|TTC))?\s*\)|\ben\s+(?:k|M|milliers d[’']|millions d[’'])?\s*"
                      r"(?:€|euros?)\s*$", re.I)
"""« Tableau 5 – Produits (en euros) », « Budget 2026-2028 (en k€) »: a caption that says its
table's figures are amounts, which its rows then need not repeat."""


def _in_euros(unit: Unit) -> bool:
    """A table row whose caption, or the header of one of its columns, says its figures are
    in euros (« Budget prévisionnel (k€) 2028 : 560 »; a group's title under the caption),
    or whose section is a budget, or whose passage notes that its amounts are in euros
    (« Montants en euros, toutes taxes comprises. » over an annex's accounts)."""
    headings = (unit.hit.chunk.section or "").split(" > ")
    return _any_row(unit.text) and (
        any(IN_EUROS.search(text) for text in (unit.text, *headings))
        or any(BUDGET_TITLE.search(text) for text in headings)
        or bool(AMOUNTS_NOTE.search(unit.hit.chunk.text)))


BUDGET_TITLE = re.compile(r"\bbudgets?\s+(?:prévisionnel|primitif|réalisé|annuel|de\s+"
                          r"fonctionnement|d['’]investissement|(?:19|20)\d\d)|\bplan de "
                          r"financement|\bcompte de résultat", re.I)
"""« Annexe 2 – Budget prévisionnel pluriannuel »: a budget's rows are amounts (a « budget
participatif » is a scheme, its rows may count projects)."""
AMOUNTS_NOTE = re.compile(r"\b(?:montants|chiffres)\s+(?:exprimés\s+)?en\s+"
                          r"(?:k|milliers d[’']|millions d[’'])?\s*(?:€|euros)", re.I)


def _is_figure(token: str) -> bool:
    if token in NUMBER_WORDS:
        return True
    return bool(re.fullmatch(r"\d+(\.\d+)?", token)) and not YEAR.fullmatch(token)


NUMBER_WORDS = {"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
                "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente",
                "quarante", "cinquante", "soixante", "cent", "mille", "million", "millions",
                "milliard", "milliards", "dizaine", "quinzaine", "vingtaine", "trentaine",
                "centaine", "moitie", "tiers", "quart",
                # an English speaker's counts (« we have three vans now »)
                "two", "three", "four", "five", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "thousand",
                "dozen", "half"}


def _names_anyone(text: str) -> bool:
    """A first and last name, with or without a role: « M. Hervé Cassagne »."""
    return any("\n" not in match.group(0)  # a caption over a row is no first name
               and fold(match.group(0).split()[0]) not in STOP_WORDS | INSTITUTION_WORDS
               for match in PERSON.finditer(text))


def _names_person(text: str) -> bool:
    """A first and last name next to a role: 'Julie Orliac, cheffe de projet', on a list of
    participants, before a dash and what they do ('Paul Roux – service insertion, …'), under
    the role a letter is signed with, or as the author of a chat message (« 22/10/2026 16:30
    - Arnaud Cassagnes: Je fais la tournée des mairies »: the « je » is his)."""
    if NAME_ROLE.match(text) and fold(text.split()[0]) not in STOP_WORDS | INSTITUTION_WORDS:
        return True
    if MAIL_HEADER.match(text) and MAILBOX.search(text):
        return True  # « From: Rachid Ourliac <r.ourliac@…> ; Cc: … »: who wrote, who was copied
    if (stamp := CHAT_STAMP.match(text)) and (author := PERSON.match(text, stamp.end())):
        return text.startswith(":", author.end())  # a chat message's author
    role, _, name = text.rpartition("\n")
    if role and PERSON.fullmatch(name.strip()) and ROLE_ABOVE_NAME.search(role):
        return True  # a letter's signature: the role, then the name under it
    for match in PERSON.finditer(text):
        first = fold(match.group(0).split()[0])
        if first in STOP_WORDS or first in INSTITUTION_WORDS:
            continue
        if (_role_near(text, match.start(), match.end()) or first in CIVILITIES
                or CIVILITY_BEFORE.search(text[max(0, match.start() - 12):match.start()])):
            return True
    return False


CIVILITIES = {"mme", "mmes", "mlle", "monsieur", "madame"}
CIVILITY_BEFORE = re.compile(r"(?:\bM\.|\bMM\.|\bMmes?|\bMlle|\bMonsieur|\bMadame)\s+$")
"""« M. Roland Cazottes », « Mme Régine Trouvé »: a person, whatever the role, named as
minutes name who voted, abstained or left the room."""


def _other_row_named(best: Unit, others: list[Unit], question: Question) -> Unit | None:
    """« L'ESS du Lisseron emploie-t-elle plus de salariés que celle de l'Ardelle ? », « entre
    2022 et 2025 ? »: two rows of one table are compared; the best is one's row, the row the
    other name (or year) labels goes with it."""
    asked = [*question.entities, *question.years]  # « entre 2022 et 2025 » too
    if len(asked) < 2 or not TABLE_ROW.match(best.text):
        return None
    label = phrase(row_label(best.text)[0])
    rest = [name for name in asked if phrase(name) not in label]
    if len(rest) == len(asked):
        return None
    for other in others:
        if (TABLE_ROW.match(other.text) and other.hit.chunk.source == best.hit.chunk.source
                and other.nearest_heading == best.nearest_heading and other.text != best.text
                and any(phrase(name) in phrase(row_label(other.text)[0]) for name in rest)):
            return other
    return None


def _names_with_every_term(text: str, question: Question) -> bool:
    """« Qui étaient les scrutateurs ? »: a sentence naming people and saying every word the
    question asks (« … et Inès Bellocq acceptent les fonctions de scrutateurs »), however far
    the function stands from the names."""
    return bool(question.terms) and set(question.terms) <= term_set(text) and any(
        fold(match.group(0).split()[0]) not in STOP_WORDS | INSTITUTION_WORDS
        for match in PERSON.finditer(text))


def _role_asked_near_name(text: str, question: Question) -> float:
    """'Quelle élue est chargée de l'ESS ?': the share of the question's own words (not its
    names) said within ROLE_REACH of a person's name; the role beside the name is the answer's
    subject, not a word said elsewhere in the sentence (or on another item of a list)."""
    named = {term for name in question.entities for term in analyze(name)}
    asked = set(question.terms) - named
    if not asked:
        return 0.0
    best = 0.0
    for match in PERSON.finditer(text):
        first = fold(match.group(0).split()[0])
        if first in STOP_WORDS or first in INSTITUTION_WORDS:
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = len(text) if (found := text.find("\n", match.end())) < 0 else found
        around = term_set(text[max(line_start, match.start() - 2 * ROLE_REACH):
                               min(line_end, match.end() + 2 * ROLE_REACH)])
        said = sum(1 for term in asked if SYNONYMS.get(term, {term}) & around)
        best = max(best, said / len(asked))
    return round(best, DECIMALS)


def _role_near(text: str, start: int, end: int) -> bool:
    """A role within 40 characters of text[start:end] (before it, or after it), or a noun of
    agent set in apposition right after the name ('Morgane Trévillac, facilitatrice …')."""
    return bool(ROLE.search(fold(text[max(0, start - ROLE_REACH):end + ROLE_REACH]))
                or AGENT_APPOSITION.match(fold(text[end:end + ROLE_REACH]))
                or HIRED_AS.match(fold(text[end:end + 2 * ROLE_REACH])))


AGENT_APPOSITION = re.compile(r"\s*[,—–:]\s*(?:(?:le|la)\s+|l')?[a-z-]+(?:eur|euse|rice|iste|"
                              r"aire|ier|iere|ante?|(?<!m)ente?)\b")
"""French nouns of agent and office: -eur, -rice, -iste, -aire, -ier, -ant, -ent
(not the adverbs in -ment), after a comma or the dash of a list of participants (« Nadia
Sebbar — facilitatrice … »)."""


ROLE = re.compile(r"\b(vice-)?(president|presidente|directeur|directrice|cheffe|chef|commissaire|"
                  r"haut-commissaire|maire|adjointe?|deleguee?|responsable|chargee?|secretaire|"
                  r"ministre|elue?|conseill(er|ere)|fondat(eur|rice)|cofondat(eur|rice)|"
                  r"coordinat(eur|rice)|animat(eur|rice)|directeur general|"
                  r"rapporteure?|redact(eur|rice)|redaction|animation|facilitat(eur|rice)|"
                  r"tresoriere?|gerante?|referente?|"
                  r"administrat(eur|rice)|signataire)\b")


HIRED_AS = re.compile(r"[^.;:]*?\b(?:comme|en tant que|en qualite de|au poste de)\s+"
                      r"(?:(?:le|la)\s+|l')?" + ROLE.pattern)
"""'Léa F., qui a rejoint l'équipe le 2 mars comme chargée de projet': the role said further
on in the clause that names her, after 'comme'."""


SHARE_WORDS = set(analyze("part proportion pourcentage fraction taux poids majorité"))  # « qui
# détient la majorité du capital ? » is answered by « à 51 % par … »
ROLE_WORDS = set(analyze("fonction fonctions occupe occupait poste rôle titre qualité exerce"))


POSSESSIVE_START = re.compile(r"^(?:Sa|Son|Ses|Leur|Leurs|Elle|Il|Elles|Ils)\b")
"""'Sa directrice, …', 'Elle est présidée par …': the body that the role belongs to is the one
the sentence before names."""
SIGNED_TERMS = set(analyze("signé signée signature signataires conclu conclue"))
SIGNED_DATELINE = re.compile(rf"^\s*Fait (?:à|a) [^,]{{2,60}},? le (?:{DATE.pattern})", re.I)
"""The closing line of a French agreement or deliberation, which dates its signature."""
CEILING_TERMS = SYNONYMS[analyze("plafond")[0]]
CEILING_FORM = re.compile(r"\bentre\s+\d[\d\s\u00a0\u202f,]*(?:€|euros?|%)?\s+et\s+\d|"
                          r"\bjusqu[’']à\s+\d|\b(?:au plus|au maximum)\s+(?:de\s+)?\d|"
                          r"\d[\d\s\u00a0\u202f,]*\s?[^\W\d]{0,6}\s+(?:au plus|au maximum)\b", re.I)
"""A range or a bound ('entre 5 000 et 40 000 euros', 'jusqu'à 15 000 €', « 15 Mo au
plus ») gives a ceiling."""
PERIOD_TERMS = set(analyze("période"))
"""'Sur quelle période court la convention ?' is answered by its first and last days."""
PAID_LABELS = {stem("affaires"): {"ca"}}
"""A column's short label for an amount named by what it pays: « CA 2025 (k€ HT) : 152 » is a
turnover (only for that amount: « Sièges au CA » elsewhere is a board)."""
MAIL_HEADER = re.compile(r"\s*(?:From|De|Expéditeur)\s?:\s")
"""A mail's header line, as the readers keep it: « From: … ; To: … ; Date: … »."""
MAILBOX = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)+\s<[^<>@\s]+@[^<>\s]+>")
"""« Rachid Ourliac <r.ourliac@cc-lisonne-causses.fr> »: a person's name over an address."""
MAIL_TERMS = set(analyze("écrit écrire envoyé envoie adresse adressé destinataire destinataires "
                         "copie expéditeur répond répondu réponse transmis transféré message "
                         "courriel mail wrote sent sender recipient copy reply replied "
                         "forwarded"))
"""What a question about the mail itself asks: who wrote it, to whom, in copy, when."""
HOURS_TERMS = set(analyze("horaires horaire"))
OPENING_HOURS = re.compile(r"\b\d{1,2}\s?h(?:\s?\d{2})?\s*(?:[–-]|à)\s*\d{1,2}\s?h\b")
"""« 16 h 30 – 19 h », « de 9 h à 12 h »: opening hours, which « quels horaires » asks."""
FORM_TERMS = ({term for _, word in IMPLIED for term in analyze(word)} | SHARE_WORDS | ROLE_WORDS
              | PERIOD_TERMS | CEILING_TERMS | set(analyze("coûte coûtent surface superficie")))
"""Words a sentence answers by its form (a share by a percentage, 'jusqu'à quand' by an end
date, 'combien coûte' by an amount in euros, a surface by its square metres): a corpus that
never writes them is not off the question's topic."""
END_TERMS = set(analyze("achève"))
"""The word 'jusqu'à quand' implies (question.IMPLIED): what a period's last day answers."""
END_DATE = re.compile(rf"\b(?:jusqu[’']au|au)\s+(?:{DATE_PRECISION[0].pattern}|"
                      rf"{DATE_PRECISION[1].pattern})", re.I)
"""A period's last day: '… au 31 décembre 2027', 'jusqu'au 28 avril 2025'."""
HOLDER_TERMS = set(analyze("préside présidé dirige dirigé"))
"""'Qui préside X ?' is answered only where X's presiding is said (a vice-présidente does not
preside, nor does the président of another body)."""
DEPUTY = re.compile(r"\bvice-\w+|\badjoint(?:e|s|es)?\s+(?:au|à la|aux|du|de la)\s+\w+|"
                    r"\bdeputy\s+\w+", re.I)
PEOPLE_HEADS = set(analyze("conseillers élus adjoints intervenants scrutateurs councillors"))
"""Whom a list question asks by name (« Quels conseillers … ? »), never a count."""
ROLE_TERMS = set(analyze("maire président présidente directeur directrice préfet préfète "
                         "trésorier trésorière secrétaire"))
"""'Qui est le maire ?' wants the maire: an « adjoint au maire » or a vice-président is not."""
NO_ROLE = re.compile(r"\bmairies?\b", re.I)
"""« mairie » shares the stem of « maire », yet the town hall is no mayor: « Qui a fait la
tournée des mairies ? » asks for no mayor."""


def _roles_asked(question: Question) -> set[str]:
    """The roles a question asks for (stemmed, its English words translated), but for a role
    stem that only a word naming no role gives."""
    said = {stem(fold(word)) for word in words(NO_ROLE.sub(" ", question.text))}
    return {role for role in ROLE_TERMS.intersection(question.terms)
            if role in said or not NO_ROLE.search(question.text)}


MONEY = re.compile(r"\d[\d\s\u00a0\u202f,.]*\s*(?:millions?|milliards?|k|Mds?|M)?\s*(?:d[’']\s*)?"
                   r"(?:€|euros?)|\((?:en\s+)?(?:k|M|milliers d[’']|millions d[’'])?\s*(?:€|euros?)"
                   r"(?:\s+(?:HT|TTC))?\)\s*(?:—[^:;\n]*)?:\s*[-+−]?\d"
                   r"|,\s*(?:en\s+)?(?:k|M)?(?:€|euros)\s*:\s*[-+−]?\d"
                   r"|(?:^|—\s|;\s)(?:en\s+)?(?:k|M)?(?:€|euros)\s*:\s*[-+−]?\d", re.I)
"""An amount, also a table cell under a header in euros: 'Aide votée (€) : 78 000', 'Charges, € :
72 800', a column headed in euros ('Communication — Euros : 7 600'), or a row whose label says
its figures are in euros ('Salaire moyen (€) — ESS : 31 900')."""
PERIOD = re.compile(r"\b(depuis (?:une|des|plus|près|\d)|il y a|dans les années|chaque|tous les|"
                   r"toutes les|fois par|par (?:an|mois|semaine|jour)|mensuel\w*|hebdomadaire\w*|"
                   r"annuel\w*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b", re.I)
"""A time that is not a date: a duration ('depuis une trentaine d'années'), a period
('chaque mois', 'deux fois par an')."""


PLACE_FRAME = re.compile(r"^(?:En|Dans (?:le |la |les |l[’'])|À|Au|Aux)\s*"
                         r"([A-ZÀ-Ý][\w’'-]+(?:[\s-]+(?:(?:de|du|des|la|le|et)\s+|d[’'])?"
                         r"[A-ZÀ-Ý][\w’'-]+)*)\s*,")
"""« En Thézenne, … », « Dans le Gers, … »: a sentence that opens on the place its figures
are of."""


OF_PLACE = re.compile(r"\b(?:de|du|des|d['’])\s*(?:la\s+|l['’])?$", re.I)
"""« la conserverie de Locqueven », « l'épicerie du Foirail »: a name that says which one."""


def _row_of_other_year(text: str, years: list[str]) -> bool:
    """« Année : 2028 — … ; Versement du solde au plus tard le : 30/09/2029 » is the row of
    2028: a date in its cells does not make it 2029's."""
    if not TABLE_ROW.match(text):
        return False
    label = row_label(text)[0].strip()
    return bool(YEAR.fullmatch(label)) and label not in years


def _reference_missing(units: list[Unit], question: Question) -> Missing | None:
    """No candidate is of the numbered act asked: that number is what is missing, not its
    year (« 2026-020 » is not « l'année 2026 »)."""
    if question.references and not any(_of_references(unit, question) for unit in units):
        return Missing("reference", tuple(question.references))
    return None


def _of_references(unit: Unit, question: Question) -> bool:
    """The numbered act asked (« délibération 2026-020 ») is the sentence's, its heading's or
    its passage's: another act's vote does not answer for it."""
    where = f"{unit.text}\n{unit.hit.chunk.section or ''}\n{unit.context}"
    return all(re.search(rf"(?<![\w])(?<!\d-){re.escape(reference)}(?!\w)(?!-\d)", where)
               for reference in question.references)


def _unowned(places: list[str], text: str) -> list[str]:
    """The places a text names as places, not as a body's name after its acronym: « la
    CRESS Valmorade » is a network, which a commune's deliberation may join."""
    return [place for place in places if not OWNED_BY_BODY.match(place)
            and not re.search(rf"\b[A-Z]{{3,}}\s+(?:d[eu]\s+|d['’])?{re.escape(place)}",
                              deaccent(text) if place == deaccent(place) else text)]


OWNED_BY_BODY = re.compile(r"[A-Z]{3,}\s+(?:d[eu]\s+|d['’])?[A-ZÀ-Ý]")
"""A name read whole with its acronym: « CRESS Valmorade », « PETR du Pays de … »."""


def _gives_time(text: str) -> bool:
    return bool(DATE.search(text) or PERIOD.search(text))


def _cell_values(text: str) -> str:
    """A table row without its column headers: « 2027 : 20 » is a budget of 2027, no date;
    what the row says is in its cells (« Date limite : 29 mai 2026 » keeps its date)."""
    return CELL_LABEL.sub(" ", text) if _any_row(text) else text


CELL_LABEL = re.compile(r"(?:^|(?<=; )|(?<= — ))[^;:—\n]{1,80} : ")
"""A cell's header, as the readers write a row: « Label : » after « ; » or « — »."""


NAME = re.compile(r"(?<=[\s(,])[A-ZÀ-Ý][\w.&’'-]*(?:\s+(?:de\s+|d’|d')?[A-ZÀ-Ý][\w.&’'-]*)*")


PEOPLE_KINDS = set(analyze("personnalités personnes people personalities figures"))


def _continuation(best: Unit, others: list[Unit], question: Question) -> Unit | None:
    """The sentence that goes on from the best one and gives what it lacks: 'Le Pôle met en
    avant deux entreprises.' then 'Exemple …, avec A et B.'; 'la première réunion s'est tenue'
    then 'Elle a réuni 24 élus …' for 'qui a participé'."""
    if question.named_kind:
        answers = partial(_gives_names, question=question)
    elif question.kind == "person":
        answers = _names_someone
    else:
        return None
    if answers(best.text):
        return None
    return next((other for other in others
                 if other.hit is best.hit and best.text in other.context and answers(other.text)
                 and len(best.text) + len(other.text) <= MAX_FACTOID_CHARS), None)


def _names_someone(text: str) -> bool:
    """A person with a role, or people counted ('24 élus'; a date counts no one)."""
    return _names_person(text) or _has_quantity(DATE.sub(" ", text))


def _gives_names(text: str, question: Question) -> bool:
    """'Quelles entreprises … ?' is answered by two names or more; 'quelles personnalités',
    by two people's names."""
    names = _new_names(text, question.entities)
    if question.named_kind in PEOPLE_KINDS:
        people = {phrase(match.group(0)) for match in PERSON.finditer(text)}
        names = {name for name in names if any(person in name for person in people)}
    return len(names) >= 2


def _new_names(text: str, known: list[str]) -> set[str]:
    """Proper names in a sentence (not its first word), other than the question's and the
    spelled-out form that follows one ('CDESS (Conseil Départemental …)')."""
    asked = {phrase(name) for name in known}
    for name in known:
        text = re.sub(rf"({re.escape(name)})\s*\([^)]*\)", r"\1", text)
    return {name for match in NAME.finditer(text.strip())
            if (name := phrase(match.group(0))) not in asked and name.strip() not in ("l", "d")}


def _gives_role(text: str, names: list[str]) -> bool:
    """One of these names with a role next to it: 'Christophe Itier, haut-commissaire'."""
    folded = fold(text)
    for name in names:
        at = folded.find(fold(name))
        if at >= 0 and (_role_near(text, at, at + len(name)) or ROLE_FIELD.search(folded)):
            return True
    return False


ROLE_FIELD = re.compile(r"(?:^|[;—–]\s*)(?:fonction|role|qualite|poste|mandat)s?\s*:\s*\w")
"""A row of a table of people ('Nom : A. T. — Structure : … ; Fonction : conseillère
mobilité'): the role is the cell under that header, however far from the name."""


def _letter_forms(letter: str, capital: bool = False) -> str:
    """The characters that spell an acronym's letter: 'E' -> 'EÉÈÊËeéèêë'."""
    forms = [char for char in ACCENTED_LETTERS + letter.upper() + letter.lower()
             if deaccent(char).upper() == letter.upper()]
    return "".join(char for char in forms if char.isupper() or not capital)


ACCENTED_LETTERS = "àâäéèêëîïôöùûüçÀÂÄÉÈÊËÎÏÔÖÙÛÜÇ"
NAME_JOINTS = re.compile(r"\s*[-–—]\s*|\s+(?:de la|du|des|de|d’|d'|et)\s*(?=[A-ZÀ-Ý])")
"""Where a name asked may join two names: a dash, or a particle before a capital."""
ACRONYM_GAP = (r",?\s+(?:(?:" + "|".join(sorted(ACRONYM_JOINERS | {"à"}, key=len, reverse=True))
               + r")\s+)*(?:[ld][’'])?")
"""Between the spelled-out words of an acronym: 'Communauté de communes', 'Chambre
régionale de l'économie sociale', « de l'emploi, du travail et des solidarités »."""
ARTICLES = {"le", "la", "les", "du", "des", "de", "au", "aux", "l’", "l'", "d’", "d'", "un", "une"}
INSTITUTION_WORDS = {"conseil", "departement", "region", "commissariat", "reseau", "chambre",
                     "economie", "etat", "ministere", "fédération", "federation", "mois", "pole"}


@lru_cache(maxsize=65536)
def deaccent(text: str) -> str:
    """Accents off, case kept: 'Île-de-France' -> 'Ile-de-France'."""
    decomposed = unicodedata.normalize("NFKD", unify(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def places_pattern(names: list[str]) -> re.Pattern:
    """Any of these places named on its own (on accent-free text), not inside an
    organisation's name ('France Active') nor a longer place ('Val-de-Marne'). A place is a
    proper noun: it starts with a capital, so the common noun 'réunion' is not La Réunion
    (the rest of the name may be in any case: 'PAS-DE-CALAIS'). A dot that no sentence
    follows abbreviates another word: a table's « Var. % » is its variation, not the Var.
    A small number right after it numbers a thing: « Lot : 2 », « lot 6 » of a tender."""
    alternatives = "|".join(re.escape(deaccent(name))
                            for name in sorted(set(names), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?-i:(?=[A-Z]))(?:{alternatives})(?![\w-])"
                      rf"(?-i:(?!\s+[A-Z]))(?-i:(?!\.\s?[^\sA-Z]))"
                      rf"(?!\s*(?::|n°)?\s*\d{{1,2}}\b(?!\s?\d{{3}}))", re.IGNORECASE)


def initials(name: str, minimum: int = 3) -> str:
    """The acronym a name is known by: 'Paris Est Marne&Bois' -> 'PEMB', 'Réseau des
    collectivités Territoriales pour une Economie Solidaire' -> 'RTES'."""
    capitals = [word[0] for word in re.findall(r"[^\W\d_]+", unify(name)) if word[0].isupper()]
    return "".join(capitals) if len(capitals) >= minimum else ""


@lru_cache(maxsize=1024)
def acronym_pattern(acronym: str, capital: bool = False) -> re.Pattern | None:
    """Words whose initials spell the acronym, small words between them allowed
    ('Communauté de communes' for CC); the first capitalised when ``capital``."""
    letters = deaccent(acronym)
    if not 2 <= len(letters) <= 6 or not letters.isalpha():
        return None
    words = [f"[{_letter_forms(letter)}][^\\W\\d_]{{2,}}" for letter in letters]
    words[1:] = [f"(?:{word}|à)" if letter in "aA" else word  # 'appel à projets' (AAP)
                 for letter, word in zip(letters[1:], words[1:], strict=True)]
    if capital:
        words[0] = f"[{_letter_forms(letters[0], capital=True)}][^\\W\\d_]{{2,}}"
    return re.compile(r"(?<![\w-])" + ACRONYM_GAP.join(words) + r"(?![\w-])")


DEFINING_SIGNALS = ("definition_verb", "definition_defined_as", "definition_opens_on_term",
                    "definition_subject")
"""What makes a sentence a definition, beyond writing the acronym out (an apposition defines
only when the sentence opens on the term, which « opens_on_term » says: « En 2025, la … » is
no apposition of it)."""


def _only_spelled(unit: Unit, question: Question) -> str | None:
    """« C'est quoi un PTCE ? » where the documents only write the acronym out (« deux appels
    à projets de pôles territoriaux de coopération économique (PTCE) »): the quote is no
    definition, and the answer says so first, with what the letters stand for."""
    if (question.kind != "definition" or unit.signals.get("definition_spells", 0.0) <= 0
            or any(unit.signals.get(name, 0.0) > 0 for name in DEFINING_SIGNALS)):
        return None
    for name in question.entities:
        pattern = acronym_pattern(name) if name.isupper() else None
        if pattern and (found := re.search(rf"({pattern.pattern})\s*\({re.escape(name)}s?\)",
                                           unify(unit.text))):
            if MEANING_ASKED.search(fold(question.text)):
                return f"{name} : {found.group(1)}."  # « Que signifie PTCE ? »: that is all
            return (f"Les documents ne définissent pas le sigle {name} ; ils en donnent "
                    f"seulement la forme développée : {found.group(1)}.")
    return None


def _spelled_first(units: list[Unit], question: Question, threshold: float) -> list[Unit]:
    """« Que signifie SCIC ? » asks what the letters stand for: a sentence worth quoting that
    spells them out (a glossary's « SCIC : Société coopérative d'intérêt collectif ») goes
    before the sentences that only use the acronym, however close to the question."""
    if question.kind != "definition" or not MEANING_ASKED.search(fold(question.text)):
        return units
    return sorted(units, key=lambda unit: not (unit.signals.get("definition_spells", 0.0) > 0
                                               and unit.score >= threshold))


ACRONYM_WORD = re.compile(r"\b[A-ZÀ-Ý]{2,}\b")
"""A word in capitals the question writes: an acronym, entity or not."""
MEANING_ASKED = re.compile(r"\b(?:signifi\w*|veu\w* dire|stands? for|mean\w*)\b")
"""A question after what the letters stand for, not what the thing is (folded text)."""


def _spells_acronym(text: str, question: Question) -> bool:
    """'les établissements et services d'aide par le travail (ESAT)': the sentence writes out
    an acronym the question asks about (« ESS », the field's own name, is no entity)."""
    for name in {*question.entities, *ACRONYM_WORD.findall(question.text)}:
        pattern = acronym_pattern(name) if name.isupper() else None
        if pattern is not None and name in text and pattern.search(unify(text)):
            return True
    return False


def word_initials(name: str) -> str:
    """The acronyms of a name's words, capitalised or not, small words left out, for each
    part of a title: 'Fonds départemental pour l'innovation sociale et solidaire 2025 |
    Département de l'Orvanne' -> 'FDISS DO'."""
    acronyms = []
    for part in re.split(r"\s[|–—:-]\s|:\s", unify(name)):
        letters = [word[0] for word in re.findall(r"[^\W\d_]+", part)
                   if fold(word) not in ACRONYM_JOINERS]
        acronyms.append("".join(letters).upper() if len(letters) >= 3 else "")
    return " ".join(filter(None, acronyms))


LONGER_NAME = re.compile(r"\b([^\W\d_][\w-]*)\s+(?:(?:de|du|des)\s+(?:la\s+|l['’])?|d['’])$")
"""'Val de ' before 'Lirande': the name is a longer name's end, another place's, when that
word is capitalised (or the text, a file's name, has no capitals at all)."""
PLACE_TYPES = frozenset(("departement", "region", "commune", "ville", "metropole",
                         "prefecture", "territoire", "collectivite", "communaute",
                         "agglomeration", "intercommunalite", "canton", "arrondissement",
                         "cc", "ca", "cu", "epci"))
"""'Département de la Lirande', 'CC des Coteaux de l'Isaure': the place, its type said
before it."""


def said_alone(text: str, name: str) -> bool:
    """The name written once at least as itself, not as the end of a longer name: the
    figure of the 'ESS Val de Lirande' column is not the département de la Lirande's. An
    acronym is a name of its own ('Bénéficiaires du RSA')."""
    if name.isupper():
        return phrase(name) in phrase(text)
    plain, wanted = _spaced(text), _spaced(name)
    capitals = plain != plain.lower()
    for match in re.finditer(rf"(?<![\w-]){re.escape(wanted)}(?![\w-])", plain, re.I):
        longer = LONGER_NAME.search(plain[max(0, match.start() - 60):match.start()])
        word = longer.group(1) if longer else ""
        if not (word[:1].isupper() or (word and not capitals)) or fold(word) in PLACE_TYPES:
            return True
    return False


def _spaced(text: str) -> str:
    """Words, hyphens and apostrophes kept, case kept, accents off, '&' said 'et'."""
    return " ".join(re.findall(r"[\w'’-]+", deaccent(text.replace("&", " et "))))


def masthead_lines(text: str) -> list[str]:
    """A document's opening lines up to its first sentence: headings and short lines that
    end on no full stop (a name, a subtitle, a date line), the first MASTHEAD_LINES."""
    lines: list[str] = []
    for line in text.splitlines():
        line = line.lstrip("# ").strip()
        longest = max(len(part) for part in BANNER_PARTS.split(line))  # a wiki's or an
        # intranet's banner: « Wiki du service … · CC du Val d'Orbelle · page maintenue par … »
        if longest > MASTHEAD_LINE or line.endswith((".", ":", ";")):
            break
        lines.append(line)
    return [line for line in lines if line][:MASTHEAD_LINES]


BANNER_PARTS = re.compile(r"\s[·|•]\s")


MODAL_ACT = re.compile(r"\b(?:peu(?:t|vent)|doi(?:t|vent))-(?:t-)?(?:il|elle|on)s?"
                       r"\s+(?:(?:en|y|le|la|les|lui|se|s'|pas|encore|aussi|toujours)\s+)*"
                       r"([^\W\d_]{4,}(?:er|ir|re))\b")


def act_asked(question: Question) -> list[str]:
    """What a yes/no question asks to be allowed or bound to, after its modal ('Une commune
    peut-elle candidater ?' -> candidat; '… peut-elle servir à payer les frais …' -> serv,
    pay, frais …), as terms: no sentence settles it if the corpus uses none of them."""
    if question.kind != "yesno":
        return []
    folded = fold(question.text).replace("’", "'")
    match = MODAL_ACT.search(folded)
    return analyze(folded[match.start(1):]) if match else []


VERB_SLOT = re.compile(r"\b(?:qui|se|s'|ne|n'|il|elle|ils|elles|on)\s*([^\W\d_]{3,})\b(?!-)|"
                       r"\b([^\W\d_]{3,})-(?:t-)?(?:il|elle|ils|elles|on)\b")
"""Where French puts a conjugated verb: after its subject pronoun, « qui », « se » or « ne »,
or before the pronoun it is asked with (« prévoit-elle »)."""


def _verbs_of(question: str) -> frozenset[str]:
    """The stems of the question's conjugated verbs."""
    return frozenset(stem(match.group(1) or match.group(2))
                     for match in VERB_SLOT.finditer(fold(question).replace("’", "'")))


def _last_year_before(unit: Unit) -> str | None:
    """'En 2024, … 214 personnes. Parmi elles, 29 % …': the year the text last gave, under
    the sentence's heading, goes on until another is said."""
    before = unit.hit.chunk.text[:unit.start].rsplit("\n#", 1)[-1]
    years = _years_stated(before)  # 'contre 11 400 en 2022' compares with 2022: the text
    # goes on about its own year
    return years[-1] if years else None


def _years_stated(text: str) -> list[str]:
    """The years a text states, not those it compares with (« contre 860 en 2023 ») and not
    counts written with a thousands space: « 1 950 tonnes » is no year 1950 once folded."""
    return YEAR.findall(COMPARED_YEAR.sub(" ", fold(SPACED_THOUSANDS.sub(" ", text))))


def _names_body(text: str, question: Question, held: set[str]) -> bool:
    """'Qui présidait le comité de pilotage du diagnostic ?': the sentence names the body
    by the question's own common nouns (most of them), not by a proper name."""
    named = {term for name in question.entities for term in analyze(name)}
    body = [term for term in question.terms
            if term not in named and term not in held and not term.isdigit()]
    own = term_set(text)
    return bool(body) and 2 * sum(term in own for term in body) >= len(body)


def _announces_items(unit: Unit, head: str) -> bool:
    """A list whose intro names what the question asks the items of ('Les projets sont
    appréciés selon quatre critères :' for 'Sur quels critères …')."""
    if not (unit.is_list or INLINE_LIST.search(unit.text)):
        return False
    return _names_items(unit.text.split("\n", 1)[0], head)


def _names_items(text: str, head: str) -> bool:
    """The text names what the items are (« critères », « étapes »), or a synonym of it."""
    return bool(SYNONYMS.get(head, {head}) & term_set(text))


def _holds_role_asked(text: str, question: Question) -> bool:
    """A role the question asks for (« le maire », « la directrice ») must be said in the
    sentence, of someone other than a deputy unless the question asks for the deputy, with
    the words that make it that role: « directeur général des services » is not « directrice
    de la CRESS ». In a list, by one item (with the list's first line)."""
    if not _roles_asked(question):
        return True
    return any(_role_in(block, question) for block in _items_with_intro(text))


def _items_with_intro(text: str) -> list[str]:
    """A list unit's items, each with the list's first line (« Comité de pilotage »); a
    sentence alone. What one item says of a role is not what another says of a body."""
    intro, *items = text.split("\n")
    return [f"{intro} {item}" for item in items] or [text]


def _role_in(text: str, question: Question) -> bool:
    """One sentence, or one item with its list's first line: see _holds_role_asked. A
    deputy asked (« le vice-président de la CRESS ») is held by a deputy's title, of the body
    asked, not by the role it deputises (« présidente du comité »)."""
    roles = _roles_asked(question)
    deputy = bool(DEPUTY.search(question.text))
    if deputy and not DEPUTY.search(text):
        return False  # the vice-président asked for is not the président
    ranked = {pair for pair in ORDINAL_NOUN.findall(fold(question.text)) if pair[1] in DEPUTIES}
    if deputy and ranked and not ranked & set(ORDINAL_NOUN.findall(fold(text))):
        return False  # « le premier vice-président » is not any vice-présidente
    said = PLACES_OF_OFFICE.sub(" ", DEPUTY.sub(" ", text) if not deputy else text)
    variants = _with_synonyms(roles)
    if not term_set(said) & variants:
        return False
    held = ([match for match in DEPUTY.finditer(said) if term_set(match.group(0)) & variants]
            if deputy else [match for match in re.finditer(r"[\w-]+", said)
                            if stem(fold(match.group(0))) in variants])
    if question.entities and held and all(_role_of_another(said, match.end(), question.entities)
                                          for match in held):
        return False  # 'Hugues L., président de Fil d'Ysperre' does not preside the CRESS
    qualifiers = _role_qualifiers(question.text)
    return not qualifiers or any(
        qualifiers <= term_set(text[match.end():match.end() + ROLE_REACH])
        for match in re.finditer(r"[\w-]+", text) if stem(fold(match.group(0))) in variants)


PLACES_OF_OFFICE = re.compile(r"\bmairies?\b", re.I)
"""« mairies » stems as « maire » does, and names buildings, not the one who holds the office."""
ROLE_OF_NAMED = re.compile(r"^\s*(?:de la|de l['’]|du|des|de|d['’])\s*([A-ZÀ-Ý][^,;:.()\n]{0,60})")
"""The body a role is said of, when it is named: 'présidente de la CRESS Val d'Ysmes'."""


def _role_of_another(text: str, end: int, entities: list[str]) -> bool:
    """The role ending at ``end`` is said of a named body that none of the question's names
    is, nor spells out."""
    match = ROLE_OF_NAMED.match(text[end:])
    if not match:
        return False
    body = match.group(1)
    said = set(words(body))
    for name in entities:
        head = next((word for word in words(name) if word not in STOP_WORDS), "")
        if head in said:  # 'de la CRESS Val d'Ysmes' for the CRESS; not 'de Fil d'Ysmes'
            return False
        pattern = acronym_pattern(name) if name.isupper() else None
        if pattern is not None and pattern.search(unify(body)):
            return False
    return True


ROLE_WORDS_AFTER = re.compile(r"^(\s+(?!(?:de|du|des|d|à|au|aux|en|chez|ou|et)\b)[a-zà-ÿ’'-]+"
                              r"(?:\s+(?!(?:de|du|des|d)\b)[a-zà-ÿ’'-]+|\s+(?:de la|du|des|de|d’|"
                              r"d')\s*(?=[a-zà-ÿ])[a-zà-ÿ’'-]+){0,2})")


def _role_qualifiers(question: str) -> frozenset[str]:
    """The words that make the role asked another one: « (directeur) général des services »;
    a complement is the body, which may go by its name (« la présidente de l'association »),
    so « de la CRESS » or « de l'association » qualify nothing, and « ou la trésorière »
    names the same role again."""
    for match in re.finditer(r"[\w-]+", question):
        if stem(fold(match.group(0))) in ROLE_TERMS:
            after = ROLE_WORDS_AFTER.match(question[match.end():])
            return frozenset(analyze(after.group(1))) if after else frozenset()
    return frozenset()


ORDINALS = {"premier": 1, "premiere": 1, "1re": 1, "1er": 1, "deuxieme": 2, "2e": 2,
            "second": 2, "seconde": 2, "troisieme": 3, "3e": 3, "quatrieme": 4, "4e": 4,
            "cinquieme": 5, "5e": 5, "sixieme": 6, "6e": 6}
"""Ordinals by rank: 'la seconde boutique' is 'la deuxième boutique'."""
ORDINAL_NOUN = re.compile(rf"\b({'|'.join(ORDINALS)})\s+([a-z]+)")
"""'la deuxième édition', 'le premier semestre', on folded text."""


DEPUTIES = {"vice", "adjoint", "adjointe", "deputy"}  # the deputies an ordinal ranks


def _other_ordinal(text: str, question: str) -> bool:
    """The question asks of the 'deuxième édition'; the sentence speaks of the 'première
    édition' and not of the second: its figures are another edition's."""
    asked = {(ORDINALS[ordinal], noun) for ordinal, noun in ORDINAL_NOUN.findall(fold(question))}
    if not asked:
        return False
    said = {(ORDINALS[ordinal], noun) for ordinal, noun in ORDINAL_NOUN.findall(fold(text))}
    return any(noun == said_noun and rank != said_rank and (rank, noun) not in said
               for rank, noun in asked for said_rank, said_noun in said)


MONTH_NUMBER = {name: number for number, name in enumerate(MONTHS.split("|"), 1)}
MONTH_OF_YEAR = re.compile(rf"(?<!\d\s)(?<!\der\s)\b({MONTHS})\s+((?:19|20)\d\d)\b", re.I)
"""« en décembre 2025 », not « le 26 juin 2025 »: a day names a date, which the sentence's
passage may not repeat (a meeting's count under its title)."""


ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
DAY_ASKED = re.compile(rf"\b(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({MONTHS}|{'|'.join(ENGLISH_MONTHS)})"
                       r"\s+((?:19|20)\d\d)\b", re.I)
"""« du 9 avril 2026 », « of 11 June 2026 »: a day, month and year the question names."""


@lru_cache(maxsize=1024)
def days_asked(question: str) -> tuple[tuple[int, int, str], ...]:
    """The days the question names, as (day, month number, year)."""
    days = []
    for day, month, year in DAY_ASKED.findall(question):
        name = month.lower()
        number = (MONTH_NUMBERS[name] if name in MONTH_NUMBERS
                  else ENGLISH_MONTHS.index(name) + 1)
        if 1 <= int(day) <= 31:
            days.append((int(day), number, year))
    return tuple(days)  # cached: asked once per question, not once per sentence


@lru_cache(maxsize=1024)
def day_pattern(day: int, month: int, year: str) -> re.Pattern:
    """A day as documents write it, on folded text: « 9 avril 2026 », « 1er mai », « les 9
    et 10 avril », « 09/04/2026 », « 9.4.26 », « 2026-04-09 » (a year may be the page's)."""
    name = fold(list(MONTH_NUMBERS)[month - 1])
    return re.compile(rf"\b0?{day}(?:er)?(?:\s+(?:et|au|a|-|–)\s+\d{{1,2}}(?:er)?)?\s+{name}\b|"
                      rf"\b0?{day}[/.]0?{month}[/.](?:{year}|{year[2:]})\b|"
                      rf"\b{year}-{month:02d}-{day:02d}\b")


def said_day(day: tuple[int, int, str]) -> str:
    """« 1er mai 2026 », « 9 avril 2026 »."""
    number, month, year = day
    return f"{'1er' if number == 1 else number} {list(MONTH_NUMBERS)[month - 1]} {year}"


def _of_month(scope: str, question: str) -> bool:
    """« Combien … en décembre 2025 ? » asks a month's figure: the sentence or its heading
    names that month (« au 31 décembre 2025 », « 12/2025 »); a year's or a season's total
    (« entre juin 2025 et mai 2026 ») is not December's."""
    for month, year in MONTH_OF_YEAR.findall(question):
        number = MONTH_NUMBER[month.lower()]
        if not re.search(rf"\b{month}\b|\b\d{{1,2}}/0?{number}/(?:\d\d)?{year[2:]}\b|"
                         rf"\b0?{number}/{year}\b", scope, re.I):
            return False
    return True


SERIES = ("session", "sessions", "edition", "editions", "tranche", "phase", "vague", "saison",
          "promotion", "cohorte", "round", "lot", "lots")
"""Nouns that number the rounds of a scheme (« la session 2 », « l'édition 2026 ») or the lots
of a tender (« le lot 5 »)."""
NUMBERED_NOUN = re.compile(rf"\b({'|'.join(SERIES)})\s*(?::\s*)?(?:n[°o]\s*)?"
                           r"(\d{1,4})(?![\d,.]\d)((?:\s*(?:,|et|a|-|–)\s*\d{1,4}(?![\d,.]\d))*)")
"""« session 3 », « édition 2027 », « phase n° 2 », « Lot : 2 », « lots 1 à 5 », « lots 1, 2
et 4 », on folded text."""


def _rounds(text: str) -> set[tuple[str, int]]:
    """The rounds a text names, « la session 2 » as « la deuxième session »: (noun, number)."""
    folded = fold(text)
    found = {(noun.rstrip("s"), number) for noun, first, rest in NUMBERED_NOUN.findall(folded)
             for number in _numbers_listed(first, rest)}
    found |= {(noun.rstrip("s"), ORDINALS[ordinal])
              for ordinal, noun in ORDINAL_NOUN.findall(folded) if noun in SERIES}
    return found


def _numbers_listed(first: str, rest: str) -> list[int]:
    """« 1 » and « à 5 »: 1 to 5; « 1 » and « , 2 et 4 »: 1, 2 and 4."""
    numbers = [int(first)]
    for joint, number in re.findall(r"(,|et|a|-|–)\s*(\d{1,4})", rest):
        if joint in ("a", "-", "–") and 0 < int(number) - numbers[-1] <= MAX_SPAN:
            numbers.extend(range(numbers[-1] + 1, int(number) + 1))
        else:
            numbers.append(int(number))
    return numbers


MAX_SPAN = 50  # « lots 1 à 5 » spans lots; « 2024-2027 » spans years, which are read alone


def _other_numbered(scope: str, question: str) -> bool:
    """The question asks of « la session 3 »; the passage, its headings and its document
    speak of the session 2 and never of the third: its figures are another round's. A year
    (« l'édition 2027 ») is compared with years, a rank with ranks."""
    asked = _rounds(question)
    if not asked:
        return False
    said = _rounds(scope)
    return any(
        (noun, number) not in said and any(
            said_noun == noun and (said_number >= YEAR_FLOOR) == (number >= YEAR_FLOOR)
            for said_noun, said_number in said)
        for noun, number in asked)


YEAR_FLOOR = 1900  # « édition 2026 » numbers by year; « session 2 » by rank


def _numbers(wanted: str) -> set[str]:
    """A name as a phrase(), with its plural if one word (« Petite ville de demain » asked,
    the programme « Petites villes de demain » named) and its words in the singular
    (« Combien de Primes Emploi … ? » asked of « la Prime Emploi »)."""
    word = wanted.strip()
    forms = {wanted, re.sub(r"(?<=[a-z]{3})[sx](?= )", "", wanted)}
    if " " not in word and not word.endswith(("s", "x", "z")):
        forms.add(wanted.replace(word, word + "s"))
    return forms


WITH_WITHOUT = re.compile(r"\b(avec|sans)\s+(?:(?:le|la|les|l'|d'|de|des|du)\s*)?(\w{4,})")
OPPOSITE = {"avec": "sans", "sans": "avec"}


def _contrary(text: str, question: str) -> bool:
    """The question asks of « l'action sociale avec hébergement »; the sentence speaks of
    the one « sans hébergement » and not of the one asked: its figures are the other's."""
    asked = set(WITH_WITHOUT.findall(fold(question).replace("’", "'")))
    if not asked:
        return False
    said = set(WITH_WITHOUT.findall(fold(text).replace("’", "'")))
    return any((OPPOSITE[word], noun) in said and (word, noun) not in said
               for word, noun in asked)


def _names_share(unit: Unit, question: Question) -> float:
    """The share of the question's names that the sentence itself gives."""
    if not question.entities or unit.is_heading:
        return 0.0
    text = phrase(unit.text)
    return sum(phrase(name) in text for name in question.entities) / len(question.entities)


def _row_label_names(unit: Unit, question: Question) -> float:
    """A table row is about what its first cell names ('CC du Haut-Verlannais — Salariés
    2024 : 2 210'): the share of the question's names written in that cell, as written, since
    rows of a département and of its intercommunality share every other word."""
    if not question.entities or not TABLE_ROW.match(unit.text):
        return 0.0
    label = phrase(row_label(unit.text)[0])
    return sum(phrase(name) in label for name in question.entities) / len(question.entities)


@lru_cache(maxsize=1024)
def _people_asked(names: tuple[str, ...]) -> tuple[str, ...]:
    """The question's names that are a person's: found once per question, not per sentence."""
    return tuple(name for name in names if PERSON.fullmatch(name))


def _compared_row(best: Unit, shortlist: list[Unit], question: Question) -> Unit:
    """The row whose table the comparison is read from: the best candidate's when it is a
    row, else the best-ranked row; a table whose caption or headings name what is compared
    (« Quel département … » and « L'emploi dans l'ESS par département ») before the others."""
    compared = COMPARED.search(fold(question.text))
    kind = stem(compared.group(1)) if compared and compared.group(1) not in STOP_WORDS \
        else None

    def about(unit: Unit) -> bool:  # the caption says so, or the header of the row's names
        label_header, named, _ = unit.text.partition(" — ")[0].partition(" : ")
        label_header = label_header if named else ""
        return bool(kind) and kind in term_set(f"{unit.hit.chunk.section or ''} {label_header}")

    def within(unit: Unit) -> bool:  # a row of the table the best candidate is, whole
        return bool(best.of_rows) and unit.text in best.text and (
            unit.hit.chunk.source, unit.hit.chunk.section) == (best.hit.chunk.source,
                                                               best.hit.chunk.section)

    rows = sorted((unit for unit in shortlist if TABLE_ROW.match(unit.text)),
                  key=lambda unit: (not within(unit), not about(unit)))  # stable otherwise
    if not rows or (TABLE_ROW.match(best.text) and (about(best) or not about(rows[0]))):
        return best
    return rows[0]


def _says_first(unit: Unit, question: Question) -> bool:
    """A sentence that says which is first itself (« Le projet le mieux doté est celui … »)
    answers the comparison without reading a table or a list."""
    return (bool(EXTREME_SAID.search(unit.text)) and not TABLE_ROW.match(unit.text)
            and _says_extreme_asked(unit.text, question.text))


def _first_paragraph(text: str) -> str:
    """A passage's first line that is not a heading nor a salutation (« Madame, » over a
    quoted mail): a section's opening paragraph."""
    return next((line for line in text.split("\n") if line.strip() and not line.startswith("#")
                 and not SALUTATION.fullmatch(line.strip())), "")


def _opening_paragraph(text: str) -> str:
    """What a text without a heading opens with, past its salutation and address lines
    (« Bonjour Monsieur le Maire, », « From: … ; To: … »): the first paragraph of sentences,
    « Merci pour la présentation du projet d'épicerie La Musette. Voici mes réponses : »,
    which says whom the rest is about."""
    return next((line for line in text.split("\n")
                 if not line.startswith("#") and len(line.split()) >= FRAGMENT_WORDS
                 and line.rstrip().endswith(SENTENCE_ENDS)), "")


def _asks(section: str) -> bool:
    """The section's own heading is a question."""
    return section.rpartition(" > ")[2].rstrip().endswith("?")


def _extreme_word(question: str) -> str | None:
    """The word that says what is most or least (« grosse » in « la plus grosse centrale »)."""
    asked = EXTREME.search(fold(question))
    return (asked.group(2) or asked.group(3)) if asked else None


def _compared_by(question: Question) -> str | None:
    """The stem of that word, when the question compares."""
    word = _extreme_word(question.text) if question.extreme else None
    return stem(word) if word else None


def _says_extreme_asked(text: str, question: str) -> bool:
    """'Quillemont connaît la plus forte hausse' answers « la plus forte hausse ? » by
    itself; 'l'axe le plus avancé' does not answer « la plus grosse enveloppe ? »: the word
    that says what is most (or least) asked is in the sentence."""
    word = _extreme_word(question)
    if extreme_asked(fold(text)) == -extreme_asked(fold(question)) != 0:
        return False  # 'pèse le plus' does not answer « pèse le moins »
    return not word or stem(word) in term_set(text) or word in fold(text)


COMPARED = re.compile(r"\b(?:quel|quelle|quels|quelles|which|what)\s+([a-z][a-z-]{2,})")
"""'Quel département …', 'Which organisation …': the kind of thing compared."""


def _extreme_row(best: Unit, shortlist: list[Unit], question: Question) -> Unit | None:
    """'Quel département a connu la plus forte progression ?': of the rows of the table the
    best one comes from (same section, same column headers, totals left out), the one whose
    figure in the column asked is the largest, or the smallest. The column asked is the
    only one of figures, else the one whose header shares the most words with the question;
    None when none does, or no figure can be read."""
    cells = _row_cells(best.text)
    if cells is None:
        return None
    table = _table_of(best, cells, shortlist, question)
    cells = table[0][1] if table else cells
    values = [{header: _figure_value(cell) for header, cell in row_cells.items()}
              for _, row_cells in table]
    dated = bool(TIME_ASKED.search(fold(question.text)))
    figures = [header for header in cells
               if not RANK_HEADER.match(fold(header))
               and _is_figure_column([row_cells[header] for _, row_cells in table],
                                     [row_values[header] for row_values in values])
               and (dated or not _is_year_column([row_values[header] for row_values in values]))]
    if (SHARE_COMPARED.search(fold(question.text)) and not set(question.terms) & CHANGE_ASKED
            and not RELATIVE_ASKED.search(fold(question.text))):
        figures = _share_columns(figures, table) or figures  # (« le plus progressé en
        # proportion » compares a change, whatever its columns)
    parts = [(unit, row_values) for (unit, _), row_values in zip(table, values, strict=True)
             if not _sums_the_others(row_values, values, figures)]
    if len(parts) < 2 or not figures:
        return None
    larger = question.extreme > 0
    age = AGE_ASKED.search(fold(question.text))
    years = [header for header in figures
             if _is_year_column([row_values[header] for row_values in values])]
    if age and len(years) == 1:  # « le plus ancien » is read off the one column of years,
        figures = years  # and the oldest has the smallest year
        larger = larger != bool(age.group(1) or age.group(2))
    changes = [header for header in figures if CHANGE_HEADER.search(fold(header))]
    if set(question.terms) & CHANGE_ASKED and changes:
        figures = changes  # « la plus forte croissance » compares a change, not a level
        # whose header happens to share more of the question's words (« Poids … secteur »)
    elif set(question.terms) & CHANGE_ASKED and (pair := _years_compared(figures, question)):
        earlier, later = pair  # « le plus augmenté entre 2024 et 2025 »: the change is read
        # off the two years' columns of one measure
        relative = bool(RELATIVE_ASKED.search(fold(question.text)))
        grown = [(unit, _change(row_values[earlier], row_values[later], relative))
                 for unit, row_values in parts
                 if row_values[earlier] is not None and row_values[later] is not None
                 and (row_values[earlier] or not relative)]
        if len(grown) < 2:
            return None
        pick = max if question.extreme > 0 else min
        return pick(grown, key=lambda pair: pair[1])[0]
    overlap = {header: _column_asked(header, question) for header in figures}
    closest = max(overlap.values())
    # the column the question names; where it names several (« en 2026 » over « Demandé
    # 2026 » and « Proposé 2026 ») or none, the row first in every one of them
    columns = [header for header in figures
               if overlap[header] == closest or not any(closest[:2])]
    picked = [_extreme_in(parts, column, larger) for column in columns]
    if not picked or any(row is None or row is not picked[0] for row in picked):
        return None
    return picked[0]


SHARE_COMPARED = re.compile(r"\b(?:part|proportion|pourcentage|taux|share|percentage|rate|"
                            r"pese|pesent|poids)\b")
"""« Où l'ESS pèse-t-elle le moins dans l'emploi privé ? » compares a share, not a count."""


def _share_columns(figures: list[str], table: list[tuple[Unit, dict[str, str]]]) -> list[str]:
    """The columns of percentages, where a share is compared."""
    return [header for header in figures
            if all(cells[header].rstrip().endswith("%") for _, cells in table
                   if any(char.isdigit() for char in cells[header]))]


def _extreme_in(parts: list[tuple[Unit, dict[str, float | None]]], column: str,
                larger: bool) -> Unit | None:
    """The row whose figure in the column is the largest (or the smallest); ties go to the
    earlier row."""
    read = sorted(((unit, row_values[column]) for unit, row_values in parts
                   if row_values[column] is not None),
                  key=lambda pair: (pair[0].start, pair[0].rank))
    if not read:
        return None
    pick = max if larger else min
    return pick(read, key=lambda pair: pair[1])[0]


RELATIVE_ASKED = re.compile(r"\ben (?:proportion|pourcentage)\b|\brelativ\w*|"
                            r"\bproportionnellement\b|\bin (?:percentage|relative) terms\b")
"""« le plus progressé en proportion »: a change as a share of where it started."""


def _change(earlier: float, later: float, relative: bool) -> float:
    return (later - earlier) / abs(earlier) if relative else later - earlier


def _years_compared(figures: list[str], question: Question) -> tuple[str, str] | None:
    """The columns of one measure in two years (« Porteurs … 2024 », « Porteurs … 2025 »):
    the years the question names, else the first and the last; of several measures, the
    one whose header says most of what the question asks."""
    measures: dict[str, dict[str, str]] = {}
    for header in figures:
        years = YEAR.findall(header)
        if len(years) == 1:
            measures.setdefault(YEAR.sub(" ", header).strip(), {})[years[0]] = header
    measures = {measure: years for measure, years in measures.items() if len(years) >= 2}
    if not measures:
        return None
    measure = max(measures, key=lambda measure: _column_asked(measure, question))
    if len(measures) > 1 and not any(_column_asked(measure, question)[:2]):
        return None
    years = measures[measure]
    asked = [year for year in question.years if year in years]
    earlier, later = (sorted(asked) if len(asked) == 2 else (min(years), max(years)))
    return years[earlier], years[later]


RANK_HEADER = re.compile(r"(?:rang|rank|n°|no|numero|#)\b")
"""A column of ranks orders the rows; it measures nothing that « le plus petit » compares."""
WHICH_YEAR = re.compile(r"\b(?:quelle annee|en quelle annee|which year|what year)\b")
"""« Quelle année a-t-il accueilli le plus de structures ? » asks a column of one row (the
years across it), not the row whose figure is largest."""
AGE_ASKED = re.compile(r"\b(?:plus|moins)\s+(?:(ancien(?:ne)?s?|anciennement)|recente?s?|"
                       r"recemment)\b|"
                       r"\b(?:the\s+)?(?:(oldest|earliest)|newest|latest|most recent)\b")
"""« le plus ancien », 'the newest': an age asked, read off the dates; the oldest first."""


def _extreme_item(shortlist: list[Unit], units: list[Unit], question: Question
                  ) -> tuple[int, Unit | None]:
    """'Quel financeur a le plus contribué ?' over « … financés par : • la Communauté de
    communes : 520 000 € ; • l'État : 310 000 € ; … »: of the best-ranked list whose every
    item gives one amount or figure, the item with the largest (or smallest), with the
    list's place in the shortlist (its length when there is none)."""
    for position, candidate in enumerate(shortlist[:EXTREME_LISTS]):
        if not candidate.is_list:
            continue
        items = [line for line in candidate.text.split("\n")[1:] if line.strip()]
        values = [_item_value(item) for item in items]
        if len(items) < 2 or None in values:
            continue
        pick = max if question.extreme > 0 else min
        chosen = items[values.index(pick(values))]
        item = next((unit for unit in units if unit.is_item and unit.text == chosen
                     and unit.hit.chunk.id == candidate.hit.chunk.id), None)
        if item is not None:
            return position, item
    return len(shortlist), None


EXTREME_LISTS = 5  # the lists among the best candidates; further down, lists of other things


def _item_value(item: str) -> float | None:
    """The one amount or figure an item ends on (« l'État : 310 000 € ; »), else None."""
    figures = [_figure_value(match.group(0)) for match in ITEM_FIGURE.finditer(item)]
    return figures[0] if len(figures) == 1 else None


ITEM_FIGURE = re.compile(r"(?<![\w,.])\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:,\d+)?\s*(?:€|%)"
                         r"(?!\w)")
"""An amount or a share in a list item: « 520 000 € », « 12,5 % »."""


def _rows_with_cell_asked(shortlist: list[Unit], question: Question,
                          section_rows: Callable[[Unit], list[Unit]],
                          floor: float = 0.0) -> list[Unit]:
    """« Quels tiers-lieux sont portés par une SCIC ? », « lesquels sont des mutuelles ? »,
    « … n'avaient rien reçu en 2025 ? »: the rows of one table whose cell in one column says
    what is asked (« Structure porteuse : SCIC »), or, when the question asks for none, is
    empty (« Rappel 2025 : – »); only when some rows do and others do not, and only a table
    whose best row is an answer worth giving (``floor``) or near the best one: a mail's
    table of applications, far down, does not give « les horaires de la Maison des
    associations » because one applicant's status is « association »."""
    best_rows = [unit for unit in shortlist if TABLE_ROW.match(unit.text)][:1]
    if best_rows and best_rows[0].score < min(floor, COMPANION_RATIO * shortlist[0].score):
        return []
    tables = _row_tables([*shortlist, *(row for best in best_rows for row in section_rows(best))])
    terms = set(question.terms) - {question.list_head or ""}
    if (best_rows and (shortlist[0].is_list or shortlist[0].signals.get("list_form", 0) > 0)
            and not TABLE_ROW.match(shortlist[0].text)
            and best_rows[0].score < COMPANION_RATIO * shortlist[0].score
            and best_rows[0].coverage <= shortlist[0].coverage):
        return []  # a list the text sets out (or a sentence that lists) answers, well
        # above a table whose column happens to hold a name the question gives for its
        # subject (« Département : Cantelune », « Partenaires : France Travail » for the
        # « maisons France services »); not a list that says less of the question than the
        # rows do (« Le lauréat s'engage à : … » for « Quels lauréats ont obtenu 40 000 € ? »)
    none_asked = bool(NONE_ASKED.search(fold(question.text)))
    for rows_list in tables.values():
        if len(rows_list) < MIN_FILTERED_ROWS:
            continue
        filters = []
        for header in rows_list[0][1]:
            column = [cells.get(header, "") for _, cells in rows_list]
            said = [_cell_says(cell, header, terms, none_asked) for cell in column]
            if 0 < sum(said) < len(rows_list):  # a column of categories (« Famille ») before
                # one of names that may happen to hold the word (« Mutuelle des Coteaux »)
                filters.append(((none_asked or len(set(column)) < len(column), sum(said)),
                                said))
        if filters:
            said = max(filters, key=lambda scored: scored[0])[1]
            return [unit for (unit, _), says in zip(rows_list, said, strict=True) if says]
    return []


MIN_FILTERED_ROWS = 3  # a filter picks some rows of a table out of the others
NONE_ASKED = re.compile(r"\b(?:rien|aucun|aucune|sans|none|nothing)\b")
"""« n'avaient rien reçu », 'received nothing': the rows whose cell is empty."""


def _cell_says(cell: str, header: str, terms: set[str], none_asked: bool) -> bool:
    """A short cell that is what the question asks (« SCIC », « Mutuelle »), under a header
    that does not already say it; or, when the question asks for none, an empty cell under
    a header the question names (« Rappel 2025 : – » for « rien reçu en 2025 »)."""
    if none_asked:
        return fold(cell.strip()) in UNPUBLISHED and bool(term_set(header) & terms)
    words = term_set(cell)
    return (0 < len(cell.split()) <= CATEGORY_WORDS and bool(words & terms)
            and not words & term_set(header))


CATEGORY_WORDS = 4  # « SCIC », « Association », « SAS agréée ESUS »: a category, not prose


def _table_of(best: Unit, cells: dict[str, str], shortlist: list[Unit], question: Question
              ) -> list[tuple[Unit, dict[str, str]]]:
    """The rows of the best row's table, each with its cells, totals left out: the rows
    of its section in the same document, whichever passage they were cut into (a table of
    twenty employers runs over three passages and a page break). Of two tables set side by
    side (expenses beside income), the one whose headers say what the question compares,
    else the best row's."""
    where = (best.hit.chunk.source, best.hit.chunk.section or "")
    tables = {key[2]: rows for key, rows in _row_tables(shortlist).items() if key[:2] == where}
    if not tables:
        return []
    return tables[max(tables, key=lambda key: (
        max((_column_asked(header, question)[:2] for header in key), default=(0, 0)),
        len(tables[key]) > 1 and set(key) >= set(cells), key == tuple(cells)))]
    # a lone row with blank cells (a total « Réseau » without a commune) is read against the
    # table whose headers it shares


TableKey = tuple[str, str, tuple[str, ...]]  # document, section, column headers


def _row_tables(units: list[Unit]) -> dict[TableKey, list[tuple[Unit, dict[str, str]]]]:
    """The table rows among ``units``, each with its cells and each once, totals left out,
    grouped by table (document, section, column headers), in the order met: a table's rows
    wherever passages cut it, for comparisons and filters alike."""
    tables: dict[TableKey, dict[str, tuple[Unit, dict[str, str]]]] = {}
    for unit in units:
        if (not TOTAL_ROW.match(row_label(unit.text)[0])
                and (cells := _row_cells(unit.text)) is not None):
            key = (unit.hit.chunk.source, unit.hit.chunk.section or "", tuple(cells))
            tables.setdefault(key, {}).setdefault(unit.text, (unit, cells))
    return {key: list(rows.values()) for key, rows in tables.items()}


def _column_asked(header: str, question: Question) -> tuple[int, int, int]:
    """How well a column's header says what the question compares: its words the question
    uses, then those it uses in other words (« effectifs » for « Salariés », a change asked
    for a column of « Évolution »), then the fewer words it adds (« le plus de salariés »
    compares « Salariés », not « Part des salariés de l'ESS (%) »)."""
    words = term_set(header)
    terms = set(question.terms)
    related = _with_synonyms(terms)
    change = bool(terms & CHANGE_ASKED) and bool(CHANGE_HEADER.search(fold(header)))
    return len(words & terms), len(words & related) + change, -len(words - related)


CHANGE_ASKED = {stem(word) for word in ("progression", "progressé", "hausse", "croissance",
                                        "augmentation", "augmenté", "baisse", "recul",
                                        "évolution", "grew", "growth", "increase", "rise")}
CHANGE_HEADER = re.compile(r"\b(?:evolution|variation|progression|croissance)\b|\b(?:var|evol)\.")
"""A column of change over time: what « la plus forte progression » compares (« Var. % »)."""


def _is_figure_column(cells: list[str], values: list[float | None]) -> bool:
    """Every row gives a figure there, or says none is published (« s », « – », « n.d. »),
    or one row a word without figures (a « Forfait » among rates), and two rows at least
    give one."""
    given = sum(value is not None for value in values)
    worded = [cell for cell, value in zip(cells, values, strict=True)
              if value is None and fold(cell) not in UNPUBLISHED]
    return given >= 2 and (not worded or (
        len(worded) == 1 and given >= 3 and not any(char.isdigit() for char in worded[0])))


def _is_year_column(values: list[float | None]) -> bool:
    """A column of years (« Mise en service : 2021 ») dates the rows; it measures nothing
    that « la plus grosse centrale » could compare."""
    read = [value for value in values if value is not None]
    return bool(read) and all(value.is_integer() and 1900 <= value <= 2100 for value in read)


TIME_ASKED = re.compile(r"\b(?:ancien|ancienne|recent|recente|recemment|annee|year|date|quand|when|"
                        r"oldest|newest|latest|earliest)s?\b")
"""Words that ask which row is oldest or newest: then a column of years is compared."""
UNPUBLISHED = {"s", "-", "–", "—", "n.d.", "nd", "n.c.", "nc", "ns", "...", "…", "/"}
"""A statistics table's cells without a figure: secret, not available, not significant."""
EXTREME_SAID = re.compile(r"\b(?:l[ae]s?|l['’])\s*(?:plus|moins|mieux)\b|\b(?:premier|première|"
                          r"dernier|dernière)\b", re.I)
"""A sentence that says which is first ('affiche la plus forte part') answers by itself."""


def _sums_the_others(row: dict[str, float | None], rows: list[dict[str, float | None]],
                     figures: list[str]) -> bool:
    """A row whose figures add up the other rows' is the whole, whatever its label says
    (« Pays d'Aubrelle » over its communes): not one of the parts compared."""
    for header in figures:
        others = [other[header] for other in rows if other is not row]
        own = row[header]
        if (len(others) >= 2 and None not in others and own
                and abs(own - sum(others)) <= max(1.0, SUM_ROUNDING * own)):
            return True
    return False


SUM_ROUNDING = 0.002  # a total of rounded parts may miss their sum by a unit or 0.2 %
TOTAL_ROW = re.compile(r"^(?:total|ensemble|sous-total|moyenne|autres?|other|others|reste)\b",
                       re.I)
"""A table's total, average or « Autres communes (24) » row is no row of its own to compare."""


def _column_of_other_year(text: str, years: list[str], question: Question) -> bool:
    """'Montvéran — Établissements ESS (2023) : 61 ; Salariés ESS (2020) : 712' gives no
    count of 2020's establishments: the columns of what is counted say their year, and none
    says the year asked (another column's does)."""
    cells = _row_cells(text)
    if not cells or not years or any(year in row_label(text)[0] for year in years):
        return False
    about = _with_synonyms(question.measured)
    counted = [header for header in cells if term_set(header) & about]
    return (any(YEAR.search(header) for header in counted)
            and not all(any(year in header for header in counted) for year in years))


def _row_head(text: str) -> str:
    """A row's first cell with its column's header, when the row names it ('Département :
    Ardelle')."""
    return text.partition(" — ")[0]


def _row_cells(text: str) -> dict[str, str] | None:
    """'Ambrelle — Établissements : 2 240 ; Évolution (%) : +3,4' as its header: cell pairs."""
    if not TABLE_ROW.match(text):
        return None
    pairs = [cell.partition(" : ") for cell in row_label(text)[1].split(" ; ")]
    return {header.strip(): value.strip() for header, _, value in pairs if value}


def _figure_value(cell: str) -> float | None:
    """'+3,4', '-0,8 %', '5 000 €', '1 184 k€' as a number; None for what is not a figure.
    A range (« de 3 000 € à 25 000 € ») is worth its top: what can at most be had."""
    if ranged := FIGURE_RANGE.fullmatch(cell.strip()):
        cell = ranged.group(1)
    match = re.fullmatch(r"([-+−]?)\s*(\d{1,3}(?:[\s\u00a0\u202f]\d{3})*|\d+)(?:[,.](\d+))?"
                         r"\s*(?:%|€|k€|M€|ETP|points?)?", cell.strip())
    if not match:
        return None
    sign, whole, decimals = match.groups()
    number = float(re.sub(r"\D", "", whole) + (f".{decimals}" if decimals else ""))
    return -number if sign in ("-", "−") else number


FIGURE_RANGE = re.compile(r"(?:de|entre)\s+\d[\d\s\u00a0\u202f,.]*(?:%|€|k€|M€)?\s+(?:à|et)\s+"
                          r"(\d[\d\s\u00a0\u202f,.]*(?:%|€|k€|M€)?)", re.I)


def _row_label_unasked(unit: Unit, question: Question) -> float:
    """A table row whose first cell the question does not name: one département's row when
    the figure of the whole region is asked ('dans l'emploi privé de la région'), one
    expense's when the total is. Its other cells may repeat every word asked."""
    if not TABLE_ROW.match(unit.text):
        return 0.0
    label = row_label(unit.text)[0]
    named = any(phrase(name) in phrase(label) for name in question.entities)
    whole = bool(TOTAL_LABEL.match(label)) and bool(WHOLE_ASKED.search(fold(question.text)))
    return float(not named and not whole
                 and not term_set(_row_head(unit.text)) & set(question.terms))


def _total_row_asked(unit: Unit, question: Question) -> float:
    """« Combien d'hommes au total ? »: the table's total row, not the row of a part whose
    name holds a name asked ('Reprises Textile' for « chez Reprises »)."""
    return float(bool(TABLE_ROW.match(unit.text))
                 and bool(TOTAL_LABEL.match(row_label(unit.text)[0]))
                 and bool(WHOLE_ASKED.search(fold(question.text))))


WHOLE_ASKED = re.compile(r"\b(?:au total|en tout|l'ensemble|total|overall|in total|altogether)\b")
"""« sur l'ensemble du plan », « au total »: the table's total row is the one asked."""


def _year_in_sentence(unit: Unit, question: Question) -> float:
    """The year asked is the sentence's own ('En 2018, le profil …'), not only its passage's."""
    if not question.years:
        return 0.0
    return float(all(year in unit.text for year in question.years))


def _phrase_share(unit: Unit, question: Question) -> float:
    """Words the question puts side by side, side by side in the sentence ('coopérations
    entre acteurs de l'ESS'): closer in meaning than the same words scattered."""
    asked = bigrams(" ".join(question.terms))
    if not asked:
        return 0.0
    return len(asked & bigrams(unit.text)) / len(asked)


@lru_cache(maxsize=65536)
def bigrams(text: str) -> frozenset[tuple[str, str]]:
    return frozenset(pairwise(analyze(text)))


def _term_is_subject(text: str, question: Question) -> bool:
    """The term asked about is what the defining verb is said of: 'l'ESS regroupe …', not
    'Est Ensemble est un territoire … pour les acteurs de l'ESS'. The words just before the
    verb are its subject."""
    asked = set(question.terms)
    for match in DEFINING.finditer(text):
        before = words(text[:match.start()])[-SUBJECT_WORDS:]
        if asked & {stem(word) for word in before}:
            return True
    return False


SUBJECT_WORDS = 4
"""A subject sits within a few words of its verb ('l'économie sociale et solidaire est')."""


SAME_QUESTION = 0.8
"""Share of words a heading and a question have in common (of all their words) for the heading
to ask the question itself, not another on the same topic."""


def _heading_asks_it(section: str | None, question: Question) -> bool:
    """A heading above the sentence asks the same question (« Qu’est-ce que l’ESS ? » for
    « C'est quoi l'ESS ? »): the document itself says its section answers it."""
    return any(_same_question(heading, question.kind, _terms_beside(heading, question))
               for heading in (section or "").split(" > ") if heading.rstrip().endswith("?"))


PRONOUN_OBJECT = re.compile(r"\b(?:en|y)\s+[a-zà-ÿ]")
"""« Qui peut en bénéficier ? », « Comment y candidater ? »: the heading names its subject
with a pronoun, the document's (« le DLA »)."""


def _terms_beside(heading: str, question: Question) -> list[str]:
    """The question's terms to match a heading with: without the names it asks of, when the
    heading stands for them with « en » or « y »."""
    if not PRONOUN_OBJECT.search(heading):
        return question.terms
    named = {term for entity in question.entities for term in analyse(entity).terms}
    return [term for term in question.terms if term not in named]


@lru_cache(maxsize=4096)
def _asked(heading: str) -> tuple[str, frozenset[str]]:
    parsed = analyse(heading)
    return parsed.kind, frozenset(parsed.terms)


def _same_question(heading: str, kind: str, terms: list[str]) -> bool:
    heading_kind, heading_terms = _asked(heading)
    asked = set(terms)
    union = heading_terms | asked
    return (heading_kind == kind and bool(union)
            and len(heading_terms & asked) / len(union) >= SAME_QUESTION)


def _answers_heading_question(unit: Unit, question: Question) -> float:
    """The opening of a section whose heading asks the question ('Qu'est-ce que l'ESS ?'):
    how much of the question the heading asks, less for each sentence before this one (the
    answer may follow a sub-heading or an opening sentence of context)."""
    if unit.is_heading or "?" not in unit.context:
        return 0.0
    return _heading_match(unit, question) / (1 + unit.after_heading)


def _heading_match(unit: Unit, question: Question) -> float:
    """A heading that asks the question itself ('Qu'est-ce que l'ESS ?') marks its answer:
    the share of the question's words found in the headings above the sentence."""
    asked = set(words(question.text)) - STOP_WORDS_LIGHT
    heading = set(words(unit.context))
    return len(asked & heading) / len(asked) if asked else 0.0
