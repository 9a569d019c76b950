#!/usr/bin/env python3
"""Build the fresh14 evaluation corpus and question set (deterministic).

Run from the repository root:
    .venv/bin/python evals/fresh14/build.py

Writes five fictional documents into evals/fresh14/corpus/, writes
evals/fresh14/questions.jsonl, then self-verifies every question:
  * answerable: each fact occurs in the extracted text of its source
    document (for PDFs: on the expected page(s), after joining hyphenated
    line breaks and collapsing whitespace);
  * unanswerable: the asked-for value is absent from the whole corpus
    (checked with per-question regular expressions).
Exits non-zero on any problem.
"""
import html
import json
import os
import random
import re
import sys
import textwrap
from datetime import UTC, datetime
from html.parser import HTMLParser

import pypdf
import pyphen
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

DOC_A = "diagnostic_ess_pays_de_lirance_2025.pdf"
DOC_B = "deliberation_2025-047_fonds_lirance_solidaire.pdf"
DOC_C = "vellande_aap_ess_territoires_2025.html"
DOC_D = "cr_copil_ptce_orve_en_commun_2025-06-12.md"
DOC_E = "guide_candidat_fonds_lirance_solidaire.txt"
DOCS = {"A": DOC_A, "B": DOC_B, "C": DOC_C, "D": DOC_D, "E": DOC_E}

HYPH = pyphen.Pyphen(lang="fr_FR", left=2, right=3)


def glue(text):
    """Protect French non-breaking spots (before ; : ? ! % €, inside numbers)."""
    text = re.sub(r"(\d) (?=\d{3}\b)", "\\1\x01", text)
    text = re.sub(r" (?=[;:?!%€»])", "\x01", text)
    text = re.sub(r"« ", "«\x01", text)
    return text


def unglue(text):
    return text.replace("\x01", " ")


# ---------------------------------------------------------------------------
# Small typesetting engine on top of fpdf2: justified paragraphs with French
# hyphenation, bullets, tables, two-column blocks, headings with outline.
# ---------------------------------------------------------------------------

FONTS = {
    # key: (family, style, size)
    "body": ("Serif", "", 10),
    "bodyb": ("Serif", "B", 10),
    "bodyi": ("Serif", "I", 10),
    "small": ("Serif", "", 8.5),
    "smalli": ("Serif", "I", 8.5),
    "h1": ("Sans", "B", 14),
    "h2": ("Sans", "B", 11.5),
    "h3": ("Sans", "B", 10),
    "title": ("Sans", "B", 22),
    "subtitle": ("Sans", "", 13),
    "kicker": ("Sans", "B", 10),
    "hdr": ("Sans", "", 8),
    "th": ("SansC", "B", 8.5),
    "td": ("SansC", "", 8.5),
    "tdb": ("SansC", "B", 8.5),
    "cap": ("Sans", "B", 8.5),
}

GLUE_PREV = re.compile(r"^([;:?!%»€)]|M€|Mo\b|h\b)")
DIGIT_GROUP = re.compile(r"^\d{3}([^\d].*)?$")
WORD_RE = re.compile(
    r"^(?P<pre>[«(]?(?:(?:[lLdDjJnNmMsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)')?)"
    r"(?P<core>[a-zàâäçéèêëîïôöùûüÿœæ]+)(?P<suf>[^\w]*)$"
)


class PDFDoc(FPDF):
    def __init__(self, header_fn=None, footer_fn=None):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.set_auto_page_break(False)
        self.set_margins(20, 20, 20)
        for fam, fname in [("Serif", "DejaVuSerif"), ("Sans", "DejaVuSans"),
                           ("SansC", "DejaVuSansCondensed")]:
            self.add_font(fam, "", os.path.join(FONT_DIR, fname + ".ttf"))
            self.add_font(fam, "B", os.path.join(FONT_DIR, fname + "-Bold.ttf"))
        self.add_font("Serif", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
        self.add_font("Sans", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
        self._wcache = {}

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    def use(self, key):
        fam, st, size = FONTS[key]
        self.set_font(fam, st, size)

    def sw(self, text, key):
        k = (text, key)
        if k not in self._wcache:
            self.use(key)
            self._wcache[k] = self.get_string_width(text)
        return self._wcache[k]


class Word:
    """A non-breakable unit: list of (text, fontkey) pieces."""

    def __init__(self, pieces):
        self.pieces = pieces

    def width(self, pdf):
        return sum(pdf.sw(t, k) for t, k in self.pieces)

    def text(self):
        return "".join(t for t, _ in self.pieces)


def parse_rich(text, base="body", bold="bodyb"):
    """Split text with **bold** markup into glued Words."""
    words = []
    segs = text.split("**")
    prev_glue_next = False
    for i, seg in enumerate(segs):
        key = bold if i % 2 else base
        for raw in seg.split(" "):
            if raw == "":
                continue
            glue = False
            if words:
                last = words[-1].text()
                if prev_glue_next or GLUE_PREV.match(raw) or (DIGIT_GROUP.match(raw) and re.search(r"\d$", last)) or (raw in ("—", "–") and False):
                    glue = True
            if glue:
                words[-1].pieces.append((" ", key))
                words[-1].pieces.append((raw, key))
            else:
                words.append(Word([(raw, key)]))
            prev_glue_next = raw in ("«", "n°", "N°", "M.", "Mme", "MM.")
    # merge pieces with the same font
    for w in words:
        merged = []
        for t, k in w.pieces:
            if merged and merged[-1][1] == k:
                merged[-1] = (merged[-1][0] + t, k)
            else:
                merged.append((t, k))
        w.pieces = merged
    return words


def hyphen_options(word):
    if len(word.pieces) != 1:
        return []
    t, k = word.pieces[0]
    m = WORD_RE.match(t)
    if not m or len(m.group("core")) < 6:
        return []
    pre, core, suf = m.group("pre"), m.group("core"), m.group("suf")
    out = []
    for a, b in HYPH.iterate(core):
        out.append((Word([(pre + a + "-", k)]), Word([(b + suf, k)])))
    return out


def break_lines(pdf, words, width):
    lines = []
    cur = []
    curw = 0.0
    i = 0
    words = list(words)
    while i < len(words):
        w = words[i]
        ww = w.width(pdf)
        spw = pdf.sw(" ", w.pieces[0][1])
        if not cur:
            cur, curw = [w], ww
            i += 1
            continue
        if curw + spw + ww <= width:
            cur.append(w)
            curw += spw + ww
            i += 1
            continue
        done = False
        for a, b in hyphen_options(w):
            if curw + spw + a.width(pdf) <= width:
                cur.append(a)
                lines.append(cur)
                words[i] = b
                cur, curw = [], 0.0
                done = True
                break
        if not done:
            lines.append(cur)
            cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def draw_line(pdf, words, x, y, width, lh, justify):
    base = y + lh * 0.74
    widths = [w.width(pdf) for w in words]
    if justify and len(words) > 1:
        gap = (width - sum(widths)) / (len(words) - 1)
    else:
        gap = pdf.sw(" ", words[0].pieces[0][1]) if words else 0
    cx = x
    for n, (w, ww) in enumerate(zip(words, widths)):
        px = cx
        for j, (t, k) in enumerate(w.pieces):
            pdf.use(k)
            txt = t
            if j == len(w.pieces) - 1 and n < len(words) - 1:
                txt = t + " "  # explicit space character for text extraction
            pdf.text(px, base, txt)
            px += pdf.sw(t, k)
        cx += ww + gap


class Item:
    def __init__(self, h, draw=None, keep=False, kind="line", gap=False):
        self.h = h
        self.draw = draw
        self.keep = keep
        self.kind = kind
        self.gap = gap  # vertical space, dropped at top of page


def para_items(pdf, text, width, base="body", bold="bodyb", lh=4.9, after=2.2,
               indent=0.0, justify=True, align="J"):
    words = parse_rich(text, base, bold)
    lines = break_lines(pdf, words, width - indent)
    items = []
    for n, ln in enumerate(lines):
        last = n == len(lines) - 1

        def mk(ln=ln, last=last):
            def d(pdf, x, y):
                if align == "R":
                    w = sum(wd.width(pdf) for wd in ln) + pdf.sw(" ", ln[0].pieces[0][1]) * (len(ln) - 1)
                    draw_line(pdf, ln, x + width - w, y, width, lh, False)
                elif align == "C":
                    w = sum(wd.width(pdf) for wd in ln) + pdf.sw(" ", ln[0].pieces[0][1]) * (len(ln) - 1)
                    draw_line(pdf, ln, x + (width - w) / 2, y, width, lh, False)
                else:
                    draw_line(pdf, ln, x + indent, y, width - indent, lh,
                              justify and not last)
            return d
        items.append(Item(lh, mk()))
    if after:
        items.append(Item(after, None, kind="gap", gap=True))
    return items


def bullet_items(pdf, bullets, width, base="body", lh=4.9, after=2.2, bullet="•"):
    items = []
    for b in bullets:
        words = parse_rich(b, base)
        lines = break_lines(pdf, words, width - 6)
        for n, ln in enumerate(lines):
            last = n == len(lines) - 1

            def mk(ln=ln, last=last, first=(n == 0)):
                def d(pdf, x, y):
                    if first:
                        pdf.use(base)
                        pdf.text(x + 1.5, y + lh * 0.74, bullet)
                    draw_line(pdf, ln, x + 6, y, width - 6, lh, not last)
                return d
            items.append(Item(lh, mk()))
        items.append(Item(0.8, None, kind="gap", gap=True))
    if after:
        items.append(Item(after, None, kind="gap", gap=True))
    return items


def heading_items(pdf, text, width, key="h1", level=0, outline=True, before=4.0,
                  after=2.0, color=(23, 74, 110), rule=True):
    fam, st, size = FONTS[key]
    lh = size * 0.50
    words = parse_rich(text, key, key)
    lines = break_lines(pdf, words, width)
    items = [Item(before, None, kind="gap", gap=True)]
    for n, ln in enumerate(lines):
        def mk(ln=ln, first=(n == 0), last=(n == len(lines) - 1)):
            def d(pdf, x, y):
                if first and outline:
                    pdf.set_y(y)
                    pdf.start_section(text, level=level)
                pdf.set_text_color(*color)
                draw_line(pdf, ln, x, y, width, lh, False)
                pdf.set_text_color(0, 0, 0)
                if last and rule:
                    pdf.set_draw_color(*color)
                    pdf.set_line_width(0.4)
                    pdf.line(x, y + lh + 0.6, x + width, y + lh + 0.6)
                    pdf.set_line_width(0.2)
                    pdf.set_draw_color(0, 0, 0)
            return d
        items.append(Item(lh + (1.4 if (n == len(lines) - 1 and rule) else 0), mk(), keep=True))
    items.append(Item(after, None, kind="gap", gap=True, keep=True))
    return items


def table_items(pdf, caption, headers, rows, widths, aligns, note=None, rowh=5.6,
                bold_last=False, after=3.0):
    total_w = sum(widths)
    for r in [headers] + rows:
        for c, w in zip(r, widths):
            if pdf.sw(c, "th") > w - 2:
                raise SystemExit("table cell too wide: %r" % c)
    h = 5.5 + rowh * (len(rows) + 1) + (4.5 if note else 0)

    def d(pdf, x, y):
        pdf.use("cap")
        pdf.set_text_color(23, 74, 110)
        pdf.text(x, y + 3.6, caption)
        pdf.set_text_color(0, 0, 0)
        yy = y + 5.5
        pdf.set_line_width(0.2)
        pdf.set_draw_color(120, 120, 120)
        pdf.set_fill_color(220, 232, 240)
        pdf.use("th")
        cx = x
        for c, w, a in zip(headers, widths, aligns):
            pdf.set_xy(cx, yy)
            pdf.cell(w, rowh, c, border=1, align="C" if a != "L" else "L", fill=True)
            cx += w
        yy += rowh
        for ri, r in enumerate(rows):
            last = ri == len(rows) - 1
            pdf.use("tdb" if (bold_last and last) else "td")
            fill = bold_last and last
            if fill:
                pdf.set_fill_color(240, 240, 240)
            cx = x
            for c, w, a in zip(r, widths, aligns):
                pdf.set_xy(cx, yy)
                pdf.cell(w, rowh, c, border=1, align=a, fill=fill)
                cx += w
            yy += rowh
        if note:
            pdf.use("smalli")
            pdf.text(x, yy + 3.6, note)
        pdf.set_draw_color(0, 0, 0)
    return [Item(h, d), Item(after, None, kind="gap", gap=True)]


class Columns:
    kind = "columns"

    def __init__(self, items_fn, gutter=8.0):
        self.items_fn = items_fn  # fn(pdf, colwidth) -> items
        self.gutter = gutter


def paginate(pdf, flow, x0, width, top, bottom):
    """Place items; returns nothing. flow: list of Item / Columns / 'PAGE'."""
    pdf.add_page()
    y = top
    i = 0
    while i < len(flow):
        it = flow[i]
        if it == "PAGE":
            pdf.add_page()
            y = top
            i += 1
            continue
        if isinstance(it, Columns):
            colw = (width - it.gutter) / 2
            sub = it.items_fn(pdf, colw)
            total = sum(s.h for s in sub)
            acc = 0.0
            split = len(sub)
            for k, s in enumerate(sub):
                if acc >= total / 2 and not sub[k - 1].keep and not s.gap:
                    split = k
                    break
                acc += s.h
            c1, c2 = sub[:split], sub[split:]
            while c2 and c2[0].gap:
                c2 = c2[1:]
            h1 = sum(s.h for s in c1)
            h2 = sum(s.h for s in c2)
            hh = max(h1, h2)
            if y + hh > bottom:
                pdf.add_page()
                y = top
            for col, cx in ((c1, x0), (c2, x0 + colw + it.gutter)):
                cy = y
                for s in col:
                    if s.draw:
                        s.draw(pdf, cx, cy)
                    cy += s.h
            pdf.set_draw_color(150, 150, 150)
            pdf.line(x0 + colw + it.gutter / 2, y, x0 + colw + it.gutter / 2, y + hh - 2)
            pdf.set_draw_color(0, 0, 0)
            y += hh + 3.0
            i += 1
            continue
        if it.gap:
            if y > top + 0.01:
                y += it.h
            i += 1
            continue
        need = it.h
        j = i
        while flow[j].keep if not isinstance(flow[j], (Columns, str)) else False:
            j += 1
            if j >= len(flow) or isinstance(flow[j], (Columns, str)):
                break
            need += flow[j].h
        if j < len(flow) and not isinstance(flow[j], (Columns, str)) and j != i:
            # keep heading with two following lines
            k = j + 1
            for _ in range(1):
                if k < len(flow) and not isinstance(flow[k], (Columns, str)):
                    need += flow[k].h
                    k += 1
        if y + need > bottom:
            pdf.add_page()
            y = top
        if it.draw:
            it.draw(pdf, x0, y)
        y += it.h
        i += 1


# ---------------------------------------------------------------------------
# Document A: diagnostic territorial de l'ESS (PDF, ~7 pages)
# ---------------------------------------------------------------------------

A_TITLE = "Diagnostic territorial de l'économie sociale et solidaire du Pays de Lirance"

A_BASSINS = [
    ("Bassin de Lirance",
     "La ville-centre et sa première couronne concentrent plus de la moitié des "
     "emplois de l'ESS du territoire (57,1 %). On y trouve les sièges des "
     "principales associations gestionnaires, dont l'Association lirançaise "
     "d'aide à domicile (ALAD), premier employeur de l'ESS de l'agglomération "
     "avec 486 salariés, ainsi que l'agence régionale de la Mutuelle des Pays "
     "d'Aurène. Le quartier des Tanneries accueille depuis 2021 le tiers-lieu "
     "« La Manufacture », qui héberge 27 structures et une couveuse "
     "d'activités."),
    ("Bassin de Tressalin – Vaudrenne",
     "Deuxième pôle du territoire, ce bassin se distingue par le poids des "
     "coopératives : la coopérative laitière Val d'Orve, qui emploie 212 "
     "salariés, et la SCIC Énergies citoyennes de l'Orve, qui exploite douze "
     "toitures photovoltaïques, y ont leur siège. La scène conventionnée de "
     "Vaudrenne, gérée par l'association Le Quai des Arts, emploie 64 salariés "
     "permanents et accueille chaque saison près de 30 000 spectateurs."),
    ("Bassin d'Orbézac",
     "Plus rural, le bassin d'Orbézac compte 147 établissements employeurs de "
     "l'ESS. L'insertion par l'activité économique y est bien implantée, avec "
     "trois structures conventionnées, dont la recyclerie Le Grenier "
     "d'Orbézac et le chantier d'insertion Les Jardins de la Brande, qui "
     "accueille chaque année une quarantaine de personnes en parcours."),
    ("Bassin de Sainte-Aulnaise",
     "C'est le bassin où l'ESS pèse le moins dans l'emploi privé. Le "
     "vieillissement des dirigeants bénévoles y est particulièrement marqué : "
     "41 % des présidents d'association interrogés ont plus de 70 ans. Le "
     "projet de centre social intercommunal, porté par la commune de "
     "Castelmirande, pourrait toutefois redynamiser le tissu associatif à "
     "partir de 2026."),
]


def build_a(path):
    W = 170.0
    X0 = 20.0

    def header(pdf):
        if pdf.page_no() == 1:
            return
        pdf.use("hdr")
        pdf.set_text_color(90, 90, 90)
        pdf.text(X0, 12, "Diagnostic territorial de l'ESS — Pays de Lirance")
        t = "Édition 2025 · données 2023"
        pdf.text(X0 + W - pdf.get_string_width(t), 12, t)
        pdf.set_draw_color(170, 170, 170)
        pdf.line(X0, 13.8, X0 + W, 13.8)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)

    def footer(pdf):
        pdf.use("hdr")
        pdf.set_text_color(90, 90, 90)
        pdf.set_draw_color(170, 170, 170)
        pdf.line(X0, 284, X0 + W, 284)
        pdf.set_xy(X0, 285.5)
        pdf.cell(W, 4, "Diagnostic ESS Pays de Lirance — page %d/{nb}" % pdf.page_no(),
                 align="C")
        pdf.set_text_color(0, 0, 0)
        pdf.set_draw_color(0, 0, 0)

    pdf = PDFDoc(header, footer)
    pdf.set_title(A_TITLE + " — Édition 2025")
    pdf.set_author("Communauté d'agglomération du Pays de Lirance — Observatoire territorial de l'ESS")
    pdf.set_subject("Diagnostic territorial de l'ESS, données 2023")
    pdf.set_keywords("ESS, économie sociale et solidaire, diagnostic, Pays de Lirance, emploi")
    pdf.set_creator("Observatoire territorial de l'ESS du Pays de Lirance")
    pdf.set_producer("fpdf2")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(datetime(2025, 9, 22, 9, 30, 0, tzinfo=UTC))

    F = []

    def P(text, **kw):
        F.extend(para_items(pdf, text, W, **kw))

    def H1(text, **kw):
        F.extend(heading_items(pdf, text, W, "h1", 0, **kw))

    def H2(text, **kw):
        F.extend(heading_items(pdf, text, W, "h2", 1, rule=False, before=2.5, after=1.5, **kw))

    def B(items, **kw):
        F.extend(bullet_items(pdf, items, W, **kw))

    def T(*a, **kw):
        F.extend(table_items(pdf, *a, **kw))

    # --- title block (page 1)
    def title_block(pdf, x, y):
        pdf.set_fill_color(23, 74, 110)
        pdf.rect(0, 0, 210, 8, "F")
        pdf.set_text_color(23, 74, 110)
        pdf.use("kicker")
        pdf.text(x, y + 4, "OBSERVATOIRE TERRITORIAL DE L'ÉCONOMIE SOCIALE ET SOLIDAIRE")
        pdf.set_text_color(0, 0, 0)
    F.append(Item(8, title_block))
    for it in para_items(pdf, A_TITLE, W, base="title", bold="title", lh=9.5, after=2,
                         justify=False):
        F.append(it)
    for it in para_items(pdf, "Édition 2025 — données 2023", W, base="subtitle",
                         bold="subtitle", lh=6.5, after=4, justify=False):
        F.append(it)
    P("Document réalisé par l'Observatoire territorial de l'ESS de la Communauté "
      "d'agglomération du Pays de Lirance, en partenariat avec la CRESS Aurène. "
      "Coordination : Maëlle Fournaise, chargée de mission ESS. Traitement "
      "statistique : Damien Lhoste, référent statistique de la CRESS Aurène. "
      "Publication : septembre 2025.", base="smalli", bold="smalli", lh=4.2, after=3)

    H1("Le mot du président")
    P("Le précédent diagnostic de l'économie sociale et solidaire de notre "
      "territoire datait de 2020. Il avait été réalisé en pleine crise "
      "sanitaire, alors que de nombreuses associations s'interrogeaient sur leur "
      "capacité à maintenir leurs activités et leurs emplois. Cinq ans plus tard, "
      "ce nouveau diagnostic montre un secteur qui a tenu bon, et qui a même "
      "continué à créer des emplois.")
    P("Avec 1 046 établissements employeurs et 8 932 salariés, l'économie sociale "
      "et solidaire représente 13,2 % de l'emploi salarié privé du Pays de "
      "Lirance, une proportion supérieure à la moyenne régionale (11,8 %). Aide à "
      "domicile, accueil du jeune enfant, accompagnement des personnes en "
      "situation de handicap, culture, sport, finance solidaire : l'ESS est "
      "présente dans presque tous les domaines de la vie quotidienne de nos "
      "habitants.")
    P("Ce diagnostic ne se contente pas de dresser un état des lieux. Il "
      "identifie aussi les fragilités du secteur, au premier rang desquelles le "
      "vieillissement des salariés et des dirigeants bénévoles, et propose des "
      "orientations pour les cinq années à venir. Je remercie l'ensemble des "
      "structures qui ont pris le temps de répondre à notre enquête, ainsi que la "
      "CRESS Aurène pour son appui méthodologique.")
    P("Bertrand Aubépin, président de la Communauté d'agglomération du Pays de "
      "Lirance", base="bodyi", bold="bodyi", align="R", after=3)
    H2("Chiffres clés 2023")
    B(["**1 046** établissements employeurs de l'ESS ;",
       "**8 932** salariés, soit 7 815 équivalents temps plein ;",
       "**13,2 %** de l'emploi salarié privé (11,8 % en moyenne régionale) ;",
       "**268,4 M€** de rémunérations brutes versées ;",
       "**71,6 %** de femmes parmi les salariés."])

    H1("1. Méthodologie et périmètre")
    P("Le présent diagnostic couvre les 38 communes de la Communauté "
      "d'agglomération du Pays de Lirance, qui comptait 112 460 habitants au "
      "recensement de 2021. Les données d'emploi sont issues de la base Flores "
      "de l'Insee et des fichiers de la Mutualité sociale agricole, retraités "
      "par l'Observatoire national de l'ESS ; elles portent sur l'année 2023 et "
      "sont comparées à l'année 2020, date du précédent diagnostic.")
    P("Le périmètre retenu est celui de la loi du 31 juillet 2014 relative à "
      "l'économie sociale et solidaire : associations, coopératives, mutuelles, "
      "fondations et sociétés commerciales de l'ESS. Seuls les établissements "
      "employeurs sont pris en compte dans les effectifs. Les établissements sans "
      "salarié ont toutefois été recensés à partir du répertoire Sirene : on en "
      "dénombre environ 2 150, dont une très large majorité d'associations "
      "fonctionnant uniquement grâce au bénévolat.")
    P("Une enquête complémentaire a été menée entre janvier et mars 2025 auprès "
      "de 412 structures employeuses ; 187 d'entre elles y ont répondu, soit un "
      "taux de réponse de 45,4 %. Elle a permis de recueillir des informations "
      "qualitatives sur les difficultés de recrutement, la gouvernance et les "
      "besoins d'accompagnement, qui ne figurent pas dans les sources "
      "statistiques nationales.")
    P("Le diagnostic a été suivi par un comité de pilotage présidé par Karim "
      "Essafi, vice-président délégué à l'économie sociale et solidaire et à "
      "l'emploi, et réunissant des élus, des représentants de la CRESS Aurène, "
      "du Département de la Vellande et de la Région Aurène, ainsi qu'une "
      "dizaine de structures de l'ESS. Il s'est réuni à trois reprises entre "
      "novembre 2024 et juin 2025.")

    H1("2. Le poids de l'ESS dans l'économie locale")
    P("En 2023, l'ESS du Pays de Lirance regroupe 1 046 établissements "
      "employeurs et 8 932 salariés. Elle pèse 13,2 % de l'emploi salarié privé "
      "et 10,1 % de l'emploi salarié total, fonction publique comprise. Entre "
      "2020 et 2023, l'emploi dans l'ESS a progressé de 4,7 %, contre 3,1 % pour "
      "l'ensemble de l'emploi privé du territoire.")
    T("Tableau 1 – Établissements et emplois de l'ESS par famille juridique (2023)",
      ["Famille", "Établissements", "Salariés", "Part des salariés ESS",
       "Rémunérations brutes"],
      [["Associations", "842", "6 418", "71,9 %", "171,3 M€"],
       ["Coopératives", "96", "1 187", "13,3 %", "44,9 M€"],
       ["Mutuelles", "41", "764", "8,6 %", "29,8 M€"],
       ["Fondations", "12", "403", "4,5 %", "15,1 M€"],
       ["Sociétés commerciales de l'ESS", "55", "160", "1,8 %", "7,3 M€"],
       ["Total ESS", "1 046", "8 932", "100 %", "268,4 M€"]],
      [52, 26, 20, 36, 36], ["L", "R", "R", "R", "R"],
      note="Source : Insee, Flores 2023 ; traitement Observatoire national de l'ESS et CRESS Aurène.",
      bold_last=True)
    P("Les associations concentrent à elles seules près de sept emplois de l'ESS "
      "sur dix. Les coopératives, portées notamment par la banque coopérative et "
      "par les coopératives agricoles du nord du territoire, arrivent en "
      "deuxième position. Les fondations, peu nombreuses, emploient en moyenne "
      "34 salariés par établissement, en raison de la présence de deux grands "
      "établissements médico-sociaux.")
    P("Le salaire brut annuel moyen par équivalent temps plein atteint 34 340 € "
      "dans l'ESS, contre 37 910 € dans le reste du secteur privé. Cet écart de "
      "9,4 % s'explique principalement par la structure des emplois, plus "
      "souvent situés dans des métiers peu qualifiés du soin et de "
      "l'accompagnement, ainsi que par le poids du temps partiel.")

    H1("3. Les secteurs d'activité")
    P("L'ESS est très présente dans les activités de services aux personnes. Le "
      "tableau 2 présente la répartition des salariés de l'ESS par grand secteur "
      "d'activité, ainsi que la part que représente l'ESS dans l'emploi salarié "
      "de chacun de ces secteurs.")
    T("Tableau 2 – Salariés de l'ESS par secteur d'activité, 2020 et 2023",
      ["Secteur d'activité", "Salariés 2020", "Salariés 2023", "Évolution",
       "Part de l'ESS"],
      [["Action sociale sans hébergement", "2 604", "2 873", "+10,3 %", "68,2 %"],
       ["Hébergement médico-social", "1 712", "1 790", "+4,6 %", "57,4 %"],
       ["Enseignement", "1 098", "1 041", "-5,2 %", "22,7 %"],
       ["Santé humaine", "702", "689", "-1,9 %", "9,8 %"],
       ["Activités financières et d'assurance", "985", "1 012", "+2,7 %", "31,5 %"],
       ["Sports et loisirs", "402", "431", "+7,2 %", "44,1 %"],
       ["Arts et spectacles", "268", "301", "+12,3 %", "38,6 %"],
       ["Agriculture et agroalimentaire", "311", "322", "+3,5 %", "6,4 %"],
       ["Autres activités", "449", "473", "+5,3 %", "4,2 %"],
       ["Ensemble", "8 531", "8 932", "+4,7 %", "13,2 %"]],
      [58, 28, 28, 26, 30], ["L", "R", "R", "R", "R"],
      note="Part de l'ESS : part des salariés de l'ESS dans l'emploi salarié privé du secteur (2023).",
      bold_last=True)
    P("L'action sociale sans hébergement – aide à domicile, accueil de jeunes "
      "enfants, établissements et services d'aide par le travail – reste le "
      "premier employeur de l'ESS avec 2 873 salariés, soit près d'un emploi sur "
      "trois. Dans ce secteur, l'ESS représente plus des deux tiers de l'emploi "
      "salarié.")
    P("La plus forte progression concerne les arts et spectacles (+12,3 %), "
      "portée par l'ouverture de la scène conventionnée de Vaudrenne en 2022. À "
      "l'inverse, l'enseignement recule de 5,2 %, du fait de la fermeture de deux "
      "établissements privés sous contrat, à Tressalin et à Orbézac. Les "
      "activités financières et d'assurance, qui regroupent les agences de la "
      "banque coopérative et des mutuelles d'assurance, restent globalement "
      "stables.")
    P("L'ESS ne représente que 6,4 % de l'emploi salarié de l'agriculture et de "
      "l'agroalimentaire, mais les coopératives agricoles jouent un rôle "
      "structurant pour les exploitations du nord du territoire : la coopérative "
      "laitière Val d'Orve collecte ainsi le lait de 146 exploitations.")

    H1("4. Une ESS inégalement répartie sur le territoire")
    P("Le territoire de l'agglomération se décompose en quatre bassins de vie, "
      "dont les profils économiques sont très contrastés. La ville-centre "
      "concentre les sièges des grandes associations gestionnaires, tandis que "
      "les bassins ruraux reposent sur un tissu de petites structures, souvent "
      "animées par des bénévoles.")

    def carte(pdf, x, y):
        pdf.use("cap")
        pdf.set_text_color(23, 74, 110)
        pdf.text(x, y + 3.6, "Carte 1 – Les quatre bassins de vie du Pays de Lirance")
        pdf.set_text_color(0, 0, 0)
        y0 = y + 6
        pdf.set_draw_color(120, 120, 120)
        pdf.set_fill_color(245, 245, 240)
        pdf.rect(x, y0, W, 52, "DF")
        zones = [((x + 8, y0 + 5, 70, 20), (196, 218, 232), "Tressalin – Vaudrenne"),
                 ((x + 82, y0 + 5, 78, 20), (214, 232, 206), "Orbézac"),
                 ((x + 8, y0 + 27, 70, 20), (239, 222, 196), "Sainte-Aulnaise"),
                 ((x + 82, y0 + 27, 78, 20), (232, 200, 200), "Lirance")]
        for (zx, zy, zw, zh), col, lab in zones:
            pdf.set_fill_color(*col)
            pdf.rect(zx, zy, zw, zh, "DF")
            pdf.set_font("Sans", "B", 8)
            pdf.text(zx + 3, zy + 6, lab)
        pdf.set_fill_color(255, 255, 255)
        pdf.set_draw_color(0, 0, 0)
        pdf.use("smalli")
        pdf.text(x, y0 + 56, "Fond de carte : Communauté d'agglomération ; réalisation : Observatoire territorial de l'ESS.")
    F.append(Item(66, carte))

    def cols(pdf, cw):
        items = []
        for ttl, txt in A_BASSINS:
            items.extend(heading_items(pdf, ttl, cw, "h3", 1, before=1.5, after=1.0,
                                       rule=False))
            items.extend(para_items(pdf, txt, cw, after=2.0))
        return items
    F.append(Columns(cols))
    T("Tableau 3 – L'ESS par bassin de vie (2023)",
      ["Bassin de vie", "Communes", "Établissements", "Salariés",
       "Part dans l'emploi privé"],
      [["Lirance", "9", "512", "5 104", "15,8 %"],
       ["Tressalin – Vaudrenne", "11", "246", "1 981", "12,6 %"],
       ["Orbézac", "8", "147", "1 012", "9,4 %"],
       ["Sainte-Aulnaise", "10", "141", "835", "8,7 %"],
       ["Pays de Lirance", "38", "1 046", "8 932", "13,2 %"]],
      [50, 24, 30, 26, 40], ["L", "R", "R", "R", "R"], bold_last=True)
    P("Rapportée à la population, la densité d'emplois de l'ESS atteint 113 "
      "salariés pour 1 000 habitants dans le bassin de Lirance, contre 52 dans "
      "celui de Sainte-Aulnaise.")

    H1("5. Emploi et conditions de travail")
    P("Les emplois de l'ESS sont fortement féminisés : les femmes représentent "
      "71,6 % des salariés, contre 44,3 % dans le reste du secteur privé. Le "
      "temps partiel concerne 38,5 % des postes, une proportion qui atteint 61 % "
      "dans l'aide à domicile. Les contrats à durée indéterminée représentent "
      "78,2 % des emplois.")
    P("Le renouvellement des effectifs constitue un défi majeur : 1 240 salariés "
      "de l'ESS, soit 13,9 % des effectifs, auront atteint 60 ans d'ici 2030. Les "
      "métiers les plus concernés sont ceux d'aide à domicile, d'aide-soignant "
      "et de comptable. L'enquête menée en 2025 confirme les tensions sur le "
      "recrutement :")
    B(["64 % des employeurs déclarent des difficultés de recrutement ;",
       "les postes d'accompagnant éducatif et social sont jugés les plus "
       "difficiles à pourvoir ;",
       "29 % des structures ont renoncé à une activité faute de personnel ;",
       "18 % ont recours à des groupements d'employeurs."])
    P("Pour y répondre, plusieurs structures de l'aide à domicile ont engagé une "
      "démarche commune de gestion prévisionnelle des emplois et des "
      "compétences, accompagnée par le dispositif local d'accompagnement. Un "
      "groupement d'employeurs associatif, Solidarités Partagées Lirance, a par "
      "ailleurs été créé en 2024 ; il compte 14 structures membres et emploie 9 "
      "salariés en temps partagé.")

    H1("6. Gouvernance et vie associative")
    P("L'enquête de 2025 éclaire également le fonctionnement interne des "
      "structures. Parmi les associations répondantes, 62 % déclarent une baisse "
      "du nombre de bénévoles réguliers depuis 2020, et 37 % éprouvent des "
      "difficultés à renouveler les membres de leur conseil d'administration. "
      "Les femmes occupent 43 % des présidences d'association, alors qu'elles "
      "sont largement majoritaires parmi les salariés.")
    P("Les besoins d'accompagnement exprimés par les structures portent d'abord "
      "sur la recherche de financements, loin devant les autres thématiques. Le "
      "tableau 4 présente les réponses obtenues, plusieurs réponses étant "
      "possibles.")
    T("Tableau 4 – Besoins d'accompagnement exprimés (enquête 2025, 187 répondants)",
      ["Thématique", "Part des structures", "Rang"],
      [["Recherche de financements", "58 %", "1"],
       ["Gestion des ressources humaines", "44 %", "2"],
       ["Transition numérique", "33 %", "3"],
       ["Stratégie et modèle économique", "29 %", "4"],
       ["Communication et visibilité", "24 %", "5"],
       ["Gouvernance et vie démocratique", "17 %", "6"]],
      [100, 40, 30], ["L", "R", "R"])
    P("Près d'une structure sur cinq (19 %) envisage de mutualiser des fonctions "
      "support – comptabilité, paie ou informatique – avec d'autres structures "
      "d'ici deux ans. Les structures de moins de dix salariés sont les plus "
      "intéressées par ces mutualisations, qui pourraient être portées par le "
      "pôle territorial de coopération économique Orve en Commun.")

    H1("7. Les soutiens publics à l'ESS")
    P("En 2024, la Communauté d'agglomération a consacré 1,2 M€ au soutien de "
      "l'économie sociale et solidaire, hors subventions aux structures "
      "culturelles et sportives, qui relèvent d'autres politiques "
      "communautaires. Le tableau 5 détaille la répartition de cette enveloppe.")
    T("Tableau 5 – Soutiens de la Communauté d'agglomération à l'ESS en 2024",
      ["Dispositif", "Montant 2024", "Bénéficiaires"],
      [["Subventions de fonctionnement (associations d'utilité sociale)", "540 000 €", "63"],
       ["Tiers-lieu La Manufacture (convention pluriannuelle)", "180 000 €", "1"],
       ["Dispositif local d'accompagnement (cofinancement)", "45 000 €", "22"],
       ["Facilitateur des clauses sociales", "85 000 €", "—"],
       ["Appel à projets « Initiatives solidaires »", "350 000 €", "19"],
       ["Total", "1 200 000 €", "—"]],
      [100, 36, 34], ["L", "R", "R"], bold_last=True)
    P("Le dispositif local d'accompagnement (DLA) est un dispositif public qui "
      "permet aux structures d'utilité sociale employeuses de bénéficier d'un "
      "accompagnement gratuit et sur mesure, afin de consolider leur modèle "
      "économique et de pérenniser leurs emplois. En 2024, 22 structures du "
      "territoire en ont bénéficié, dont 15 associations de l'aide à domicile et "
      "de l'animation.")
    P("Les clauses sociales insérées dans les marchés publics de "
      "l'agglomération ont généré 38 600 heures de travail pour des personnes "
      "éloignées de l'emploi en 2024, soit l'équivalent de 24 emplois à temps "
      "plein. Les achats intégrant une clause sociale ou environnementale "
      "représentent aujourd'hui 6,5 % du montant total des marchés.")
    P("L'appel à projets « Initiatives solidaires », lancé en 2021, a été "
      "remplacé en 2025 par le Fonds Lirance Solidaire, créé par délibération du "
      "Conseil communautaire du 20 mars 2025. Doté de 450 000 € sur trois ans, "
      "ce fonds combine des subventions d'amorçage et des avances remboursables "
      "à taux zéro. Les structures du territoire peuvent également solliciter "
      "les dispositifs du Département de la Vellande, notamment l'appel à projets "
      "« ESS & territoires », ainsi que ceux de la Région Aurène.")

    H1("8. Enjeux et orientations 2025-2030")
    P("Au terme de ce diagnostic, le comité de pilotage a retenu cinq "
      "orientations prioritaires pour les cinq prochaines années :")
    B(["anticiper les départs à la retraite et renforcer l'attractivité des "
       "métiers du soin et de l'accompagnement ;",
       "accompagner le renouvellement des dirigeants bénévoles, notamment dans "
       "le bassin de Sainte-Aulnaise ;",
       "développer les coopérations économiques, en s'appuyant sur le pôle "
       "territorial de coopération économique Orve en Commun ;",
       "porter à 10 % la part des achats publics intégrant une clause sociale ou "
       "environnementale d'ici 2029 ;",
       "soutenir l'émergence de projets dans les communes rurales grâce au Fonds "
       "Lirance Solidaire."])
    P("Ces orientations seront déclinées dans un plan d'actions pluriannuel, "
      "soumis au Conseil communautaire au début de l'année 2026. Un tableau de "
      "bord annuel, alimenté par l'Observatoire territorial de l'ESS, permettra "
      "d'en suivre la mise en œuvre et d'en mesurer les effets sur l'emploi.")

    H1("Annexe – Glossaire")
    B(["**CRESS** : chambre régionale de l'économie sociale et solidaire, qui "
       "représente et promeut les entreprises de l'ESS à l'échelle régionale.",
       "**ESUS** : agrément « entreprise solidaire d'utilité sociale », délivré "
       "par le préfet de département, qui ouvre l'accès à certains "
       "financements de l'épargne solidaire.",
       "**IAE** : insertion par l'activité économique ; elle permet à des "
       "personnes durablement éloignées de l'emploi de bénéficier d'un contrat "
       "de travail assorti d'un accompagnement social et professionnel.",
       "**PTCE** : pôle territorial de coopération économique ; il regroupe, sur "
       "un même territoire, des entreprises de l'ESS, des entreprises "
       "classiques, des collectivités et des organismes de formation ou de "
       "recherche autour d'une stratégie commune de coopération.",
       "**SCIC** : société coopérative d'intérêt collectif ; elle associe "
       "obligatoirement des salariés, des bénéficiaires et au moins une "
       "troisième catégorie d'associés, par exemple une collectivité.",
       "**SCOP** : société coopérative et participative, dont les salariés "
       "détiennent la majorité du capital et des droits de vote."])
    H1("Annexe – Note méthodologique")
    B(["**Équivalent temps plein (ETP)** : nombre total d'heures travaillées, "
       "rapporté à la durée annuelle d'un emploi à temps complet.",
       "**Emploi salarié privé** : ensemble des postes salariés des employeurs "
       "de droit privé, hors particuliers employeurs.",
       "**Établissement employeur** : établissement ayant employé au moins un "
       "salarié au cours de l'année considérée.",
       "**Bassin de vie** : plus petit territoire sur lequel les habitants ont "
       "accès aux équipements et services les plus courants ; les quatre bassins "
       "retenus ici ont été ajustés au périmètre de l'agglomération."])
    P("Les effectifs sont mesurés au 31 décembre 2023. Les évolutions entre 2020 "
      "et 2023 sont calculées à champ constant ; elles peuvent donc différer "
      "légèrement de celles publiées dans le diagnostic de 2020, qui reposait sur "
      "une nomenclature d'activités antérieure.")
    P("L'Observatoire remercie les structures ayant répondu à l'enquête, les "
      "membres du comité de pilotage ainsi que les services de l'Insee et de la "
      "Mutualité sociale agricole pour la mise à disposition des données.")
    P("Pour en savoir plus : Observatoire territorial de l'ESS, Communauté "
      "d'agglomération du Pays de Lirance, 4 place des Tanneurs, Lirance — "
      "observatoire.ess@paysdelirance.fr", base="smalli", bold="smalli", lh=4.2)

    paginate(pdf, F, X0, W, top=19.0, bottom=280.0)
    pdf.output(path)
    return pdf.page_no()


# ---------------------------------------------------------------------------
# Document B: délibération du Conseil communautaire (PDF, 3 pages)
# ---------------------------------------------------------------------------

def smallcaps_width(pdf, text, size, fam="Serif", st=""):
    w = 0.0
    for ch in text:
        if ch.islower():
            pdf.set_font(fam, st, size * 0.78)
            w += pdf.get_string_width(ch.upper())
        else:
            pdf.set_font(fam, st, size)
            w += pdf.get_string_width(ch)
    return w


def draw_smallcaps(pdf, x, y, text, size, fam="Serif", st=""):
    """Fake small caps: lower-case letters drawn as smaller capitals."""
    runs = []
    for ch in text:
        low = ch.islower()
        if runs and runs[-1][0] == low:
            runs[-1][1] += ch
        else:
            runs.append([low, ch])
    for low, s in runs:
        if low:
            pdf.set_font(fam, st, size * 0.78)
            s = s.upper()
        else:
            pdf.set_font(fam, st, size)
        pdf.text(x, y, s)
        x += pdf.get_string_width(s)
    return x


def build_b(path):
    W = 170.0
    X0 = 20.0

    def header(pdf):
        if pdf.page_no() == 1:
            return
        pdf.use("hdr")
        pdf.set_text_color(90, 90, 90)
        pdf.text(X0, 12, "Communauté d'agglomération du Pays de Lirance — Délibération n° 2025-047")
        t = "Séance du 20 mars 2025"
        pdf.text(X0 + W - pdf.get_string_width(t), 12, t)
        pdf.set_text_color(0, 0, 0)

    def footer(pdf):
        pdf.use("hdr")
        pdf.set_text_color(60, 60, 60)
        pdf.set_xy(X0, 284)
        pdf.cell(W, 4, "Page %d sur {nb}" % pdf.page_no(), align="C")
        pdf.set_text_color(0, 0, 0)

    pdf = PDFDoc(header, footer)
    pdf.set_title("Délibération n° 2025-047 – Création du Fonds Lirance Solidaire")
    pdf.set_author("Communauté d'agglomération du Pays de Lirance")
    pdf.set_subject("Extrait du registre des délibérations du Conseil communautaire – séance du 20 mars 2025")
    pdf.set_creator("Service des assemblées")
    pdf.set_producer("fpdf2")
    pdf.set_lang("fr-FR")
    pdf.set_creation_date(datetime(2025, 3, 21, 16, 5, 0, tzinfo=UTC))

    F = []

    def P(text, **kw):
        F.extend(para_items(pdf, text, W, **kw))

    def B(items, **kw):
        F.extend(bullet_items(pdf, items, W, **kw))

    def H(text):
        F.extend(heading_items(pdf, text, W, "h3", 0, before=3, after=1.5, rule=False,
                               color=(0, 0, 0)))

    def masthead(pdf, x, y):
        draw_smallcaps(pdf, x, y + 5, "République française", 10)
        draw_smallcaps(pdf, x, y + 10, "Département de la Vellande", 10)
        draw_smallcaps(pdf, x, y + 15, "Communauté d'agglomération du Pays de Lirance", 11, st="B")
        pdf.set_draw_color(0, 0, 0)
        pdf.rect(x + W - 34, y, 34, 20)
        pdf.set_font("Sans", "", 6.5)
        pdf.text(x + W - 31, y + 6, "Reçu au contrôle")
        pdf.text(x + W - 31, y + 10, "de légalité")
        pdf.text(x + W - 31, y + 14, "le 24/03/2025")
    F.append(Item(24, masthead))

    def title(pdf, x, y):
        pdf.set_font("Sans", "B", 13)
        t = "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS"
        pdf.text(x + (W - pdf.get_string_width(t)) / 2, y + 6, t)
        t = "DU CONSEIL COMMUNAUTAIRE"
        pdf.text(x + (W - pdf.get_string_width(t)) / 2, y + 12, t)
        pdf.set_font("Sans", "", 10.5)
        t = "Séance du jeudi 20 mars 2025 — Délibération n° 2025-047"
        pdf.text(x + (W - pdf.get_string_width(t)) / 2, y + 19, t)
        pdf.line(x + 40, y + 22, x + W - 40, y + 22)
    F.append(Item(27, title))
    F.extend(table_items(pdf, "Quorum et votants",
                         ["Conseillers en exercice", "Présents", "Pouvoirs", "Votants"],
                         [["68", "51", "9", "60"]], [50, 40, 40, 40],
                         ["C", "C", "C", "C"], after=3))
    P("L'an deux mille vingt-cinq, le vingt mars, à dix-huit heures trente, le "
      "Conseil communautaire de la Communauté d'agglomération du Pays de "
      "Lirance, dûment convoqué le 13 mars 2025, s'est réuni en séance publique "
      "à l'Hôtel communautaire, 4 place des Tanneurs à Lirance, sous la "
      "présidence de M. Bertrand Aubépin, Président.")
    P("**Étaient présents :** 51 conseillers communautaires, dont la liste "
      "nominative est annexée au registre.")
    P("**Pouvoirs :** Mme Claire Sabatier à M. Julien Fabrègue ; M. Olivier "
      "Prunet à Mme Laure Bontemps ; Mme Odile Fayet à M. Karim Essafi ; M. "
      "Serge Alibert à Mme Nadège Colombier ; Mme Paule Rességuier à M. Hervé "
      "Castagnède ; M. Loïc Bramerie à M. Bertrand Aubépin ; Mme Aurore Teyssier "
      "à Mme Inès Dorval ; M. Jean-Marc Vidalenc à M. Gilles Maurand ; Mme "
      "Hélène Cazottes à Mme Sandrine Oltra.")
    P("**Secrétaire de séance :** Mme Nadège Colombier.")
    P("**Objet : Économie sociale et solidaire – Création du Fonds Lirance "
      "Solidaire et approbation de son règlement d'intervention**")
    P("**Rapporteur :** M. Karim Essafi, Vice-président délégué à l'économie "
      "sociale et solidaire et à l'emploi.")
    H("Exposé des motifs")
    P("Le diagnostic territorial de l'économie sociale et solidaire, dont les "
      "premiers résultats ont été présentés en commission le 4 mars 2025, "
      "confirme le poids de l'ESS dans l'économie du Pays de Lirance, qui "
      "représente 13,2 % de l'emploi salarié privé. Il met également en évidence "
      "les difficultés rencontrées par les porteurs de projets pour réunir les "
      "fonds propres nécessaires au démarrage de leur activité, en particulier "
      "dans les communes rurales.")
    P("Depuis 2021, l'appel à projets « Initiatives solidaires » a permis de "
      "soutenir 71 projets pour un montant total de 982 500 €. Son bilan, "
      "globalement positif, fait toutefois apparaître deux limites : un "
      "calendrier annuel unique, peu adapté au rythme des porteurs de projets, "
      "et l'absence d'outil de financement remboursable pour les projets "
      "générateurs de recettes.")
    P("Il est donc proposé de remplacer cet appel à projets par un fonds "
      "d'intervention pérenne, le Fonds Lirance Solidaire, qui poursuit trois "
      "objectifs :", after=1.2)
    B(["favoriser l'émergence et la création d'activités d'utilité sociale sur "
       "l'ensemble du territoire ;",
       "consolider les structures existantes dans leurs projets de "
       "développement ;",
       "encourager les coopérations entre acteurs de l'ESS, entreprises et "
       "collectivités."])
    P("Le Fonds serait doté d'une enveloppe de 450 000 € sur trois ans "
      "(2025-2027), soit 150 000 € par an, dont 120 000 € consacrés aux "
      "subventions d'amorçage et 30 000 € à la constitution d'un fonds "
      "d'avances remboursables à taux zéro. Deux sessions de sélection seraient "
      "organisées chaque année.")
    P("La gestion des avances remboursables serait confiée à l'association "
      "Initiative Vellande, plateforme de prêts d'honneur, dans le cadre d'une "
      "convention de gestion prévoyant des frais de gestion de 4 500 € par an à "
      "la charge de la Communauté d'agglomération. L'instruction des demandes de "
      "subvention resterait assurée par le service Développement économique.")
    P("La commission Développement économique, emploi et ESS a émis un avis "
      "favorable lors de sa séance du 4 mars 2025.")
    B(["Vu le Code général des collectivités territoriales ;",
       "Vu la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et "
       "solidaire ;",
       "Vu les statuts de la Communauté d'agglomération du Pays de Lirance ;",
       "Vu la délibération n° 2021-112 du 17 juin 2021 créant l'appel à projets "
       "« Initiatives solidaires » ;",
       "Vu l'avis de la commission Développement économique, emploi et ESS du 4 "
       "mars 2025 ;",
       "Vu le rapport du Président ;"], bullet="")

    def decide(pdf, x, y):
        base = y + 5
        xx = draw_smallcaps(pdf, x, base, "Le Conseil communautaire", 10.5)
        pdf.set_font("Serif", "", 10.5)
        t = ", après en avoir délibéré, "
        pdf.text(xx, base, t)
        xx += pdf.get_string_width(t)
        pdf.set_font("Serif", "B", 10.5)
        pdf.text(xx, base, "DÉCIDE :")
    F.append(Item(2, None, kind="gap", gap=True))
    F.append(Item(8, decide, keep=True))
    arts = [
        "de créer le Fonds Lirance Solidaire, destiné à soutenir la création et "
        "le développement de projets relevant de l'économie sociale et solidaire "
        "sur le territoire communautaire ;",
        "d'approuver le règlement d'intervention du Fonds, annexé à la présente "
        "délibération ;",
        "de fixer le montant de la subvention d'amorçage entre 3 000 € et 15 000 € "
        "par projet, dans la limite de 50 % des dépenses éligibles, et le montant "
        "maximal de l'avance remboursable à 30 000 €, remboursable sur une durée "
        "de 48 mois ;",
        "d'inscrire les crédits correspondants au budget principal 2025, soit "
        "120 000 € au chapitre 65 pour les subventions et 30 000 € au chapitre 27 "
        "pour les avances remboursables ;",
        "d'approuver la convention de gestion à conclure avec l'association "
        "Initiative Vellande et d'autoriser le Président à la signer ;",
        "de désigner, pour siéger au comité d'engagement du Fonds, M. Karim "
        "Essafi, Mme Laure Bontemps et M. Hervé Castagnède, aux côtés d'un "
        "représentant de la CRESS Aurène et d'un représentant d'Initiative "
        "Vellande ;",
        "d'autoriser le Président ou son représentant à signer tout document "
        "relatif à l'exécution de la présente délibération.",
    ]
    for n, a in enumerate(arts, 1):
        P("**Article %d** – %s" % (n, a), after=1.6)
    F.append(Item(2, None, kind="gap", gap=True))
    P("**Adopté à la majorité par 54 voix pour, 2 voix contre et 4 abstentions.**")
    P("Ont voté contre : M. Patrick Ferrandou, Mme Inès Dorval. Se sont "
      "abstenus : M. Gilles Maurand, Mme Sandrine Oltra, M. Didier Caubel, Mme "
      "Anne-Lise Perrot.")
    P("Fait et délibéré les jour, mois et an susdits. Pour extrait certifié "
      "conforme au registre.", base="bodyi", bold="bodyi")

    def signatures(pdf, x, y):
        pdf.set_font("Serif", "", 10)
        pdf.text(x + 100, y + 4, "À Lirance, le 21 mars 2025")
        pdf.set_font("Serif", "I", 10)
        pdf.text(x, y + 12, "La secrétaire de séance,")
        pdf.set_font("Serif", "B", 10)
        pdf.text(x, y + 28, "Nadège Colombier")
        pdf.set_font("Serif", "I", 10)
        pdf.text(x + 100, y + 12, "Le Président,")
        pdf.set_font("Serif", "B", 10)
        pdf.text(x + 100, y + 28, "Bertrand Aubépin")
        pdf.set_draw_color(120, 120, 120)
        pdf.ellipse(x + 142, y + 9, 24, 16)
        pdf.set_font("Sans", "", 6)
        pdf.text(x + 146, y + 18, "[signé]")
        pdf.set_draw_color(0, 0, 0)
    F.append(Item(34, signatures))
    P("Acte rendu exécutoire après transmission au représentant de l'État le 24 "
      "mars 2025 et publication le 25 mars 2025.", base="small", bold="small", lh=4.2)
    P("Délais et voies de recours : la présente délibération peut faire l'objet "
      "d'un recours devant le tribunal administratif dans un délai de deux mois à "
      "compter de sa publication. Le tribunal peut être saisi par l'application "
      "« Télérecours citoyens ».", base="small", bold="small", lh=4.2)
    H("Annexe à la délibération n° 2025-047 – Règlement d'intervention du Fonds "
      "Lirance Solidaire (extraits)")
    regl = [
        ("Article R1 – Objet", "Le Fonds Lirance Solidaire soutient, par des "
         "subventions d'amorçage et des avances remboursables, les projets "
         "d'utilité sociale qui créent ou consolident des activités et des "
         "emplois sur le territoire de la Communauté d'agglomération."),
        ("Article R2 – Bénéficiaires", "Sont éligibles les associations, les "
         "coopératives (SCOP, SCIC, coopératives d'activités et d'emploi) et les "
         "sociétés commerciales bénéficiant de l'agrément ESUS, dont le siège ou "
         "un établissement est situé dans l'une des 38 communes de la "
         "Communauté d'agglomération. Les collectivités territoriales et leurs "
         "établissements publics ne sont pas éligibles."),
        ("Article R3 – Critères de sélection", "Les projets sont appréciés au "
         "regard de cinq critères : l'utilité sociale du projet, son ancrage "
         "territorial, sa viabilité économique, les coopérations qu'il suscite "
         "avec d'autres acteurs et le caractère démocratique ou participatif de "
         "sa gouvernance."),
        ("Article R4 – Dépenses éligibles", "Sont éligibles les dépenses "
         "d'investissement matériel, les études préalables, les frais de "
         "personnel directement liés au projet et les dépenses de communication. "
         "L'acquisition de biens immobiliers et le remboursement de dettes sont "
         "exclus."),
        ("Article R5 – Comité d'engagement", "Le comité d'engagement se réunit au "
         "moins deux fois par an. Il auditionne les porteurs de projets et émet "
         "un avis motivé sur chaque demande ; la décision d'attribution relève du "
         "Bureau communautaire."),
        ("Article R6 – Priorités", "Une attention particulière est portée aux "
         "projets situés dans les communes de moins de 2 000 habitants et aux "
         "structures créées depuis moins de trois ans."),
        ("Article R7 – Suivi et évaluation", "Chaque bénéficiaire s'engage à "
         "transmettre un bilan de son projet au plus tard dix-huit mois après la "
         "décision d'attribution. Un bilan annuel du Fonds est présenté à la "
         "commission Développement économique, emploi et ESS."),
    ]
    for t, body in regl:
        P("**%s.** %s" % (t, body))
    paginate(pdf, F, X0, W, top=18.0, bottom=278.0)
    pdf.output(path)
    return pdf.page_no()


# ---------------------------------------------------------------------------
# Document C: page web du Département de la Vellande (HTML)
# ---------------------------------------------------------------------------

NB = "\u00a0"


def hpara(text, cls=None, width=84, indent="        "):
    esc = html.escape(text, quote=False).replace(NB, "&nbsp;")
    # keep the &nbsp; entity and French non-breaking spots unbreakable for wrapping
    esc = glue(esc.replace("&nbsp;", "\x00"))
    lines = textwrap.wrap(esc, width=width, break_long_words=False, break_on_hyphens=False)
    body = ("\n" + indent).join(unglue(l.replace("\x00", "&nbsp;")) for l in lines)
    attr = ' class="%s"' % cls if cls else ""
    return "%s<p%s>%s</p>" % (indent, attr, body)


C_LAUREATS = [
    ("Recyclerie Le Grenier d'Orbézac", "Orbézac",
     "Ouverture d'un atelier de réparation d'électroménager", "48 000"),
    ("SCIC Énergies citoyennes de l'Orve", "Tressalin",
     "Centrales solaires sur les toits de quatre écoles", "45 000"),
    ("Les Jardins de la Brande", "Orbézac",
     "Création d'une légumerie d'insertion", "40 000"),
    ("Épicerie solidaire La Courte Échelle", "Lirance",
     "Épicerie itinérante pour les villages", "35 000"),
    ("Association Mobil'Aulnaise", "Sainte-Aulnaise",
     "Garage solidaire et location de véhicules à bas coût", "32 000"),
    ("Coop'Avenir Vellande (coopérative d'activités et d'emploi)", "Mervaize",
     "Accompagnement de 25 porteurs de projet", "30 000"),
    ("Ressourcerie Trait d'Union", "Bréviloux",
     "Collecte de textiles et boutique solidaire", "28 000"),
    ("Tiers-lieu La Fabrique du Lac", "Ambrelac",
     "Fablab et ateliers numériques pour tous", "26 000"),
    ("Cantine associative Les Tables d'Ysel", "Quinçaroles",
     "Restauration collective bio et locale", "25 000"),
    ("Relais Parents Vellande", "Mervaize",
     "Halte-répit pour les aidants familiaux", "24 000"),
    ("Association Sciences en Partage", "Vaudrenne",
     "Ateliers scientifiques dans les quartiers", "24 000"),
    ("SCOP Menuiserie du Causse Blanc", "Castelmirande",
     "Recrutement et formation de deux apprentis", "22 000"),
    ("Le Quai des Arts", "Vaudrenne",
     "Résidences artistiques en milieu rural", "18 000"),
    ("Vélo-école Roue Libre", "Lirance",
     "Apprentissage du vélo pour les adultes", "15 000"),
]


def build_c(path):
    assert sum(int(a.replace(" ", "")) for *_, a in C_LAUREATS) == 412000
    I = "        "
    rows = []
    for s, c, p, a in C_LAUREATS:
        rows.append(
            "%s    <tr>\n%s      <td>%s</td>\n%s      <td>%s</td>\n%s      <td>%s</td>\n"
            "%s      <td class=\"num\">%s&nbsp;€</td>\n%s    </tr>"
            % (I, I, html.escape(s, quote=False), I, html.escape(c, quote=False), I,
               html.escape(p, quote=False), I, a, I))
    crit = [
        "l'utilité sociale du projet et sa réponse à un besoin non couvert du territoire ;",
        "la viabilité économique et la diversité des sources de financement ;",
        "la création ou la consolidation d'emplois durables ;",
        "l'implication des habitants, des usagers et des bénévoles ;",
        "la prise en compte de la transition écologique.",
    ]
    parts = []
    parts.append(hpara(
        "Réunie le 30 juin 2025, la commission permanente du Département de la "
        "Vellande a retenu 14 projets au titre de la troisième édition de l'appel "
        "à projets « ESS & territoires ». Ils se partagent une enveloppe de "
        "412 000" + NB + "€, contre 360 000" + NB + "€ en 2024.", cls="chapo"))
    parts.append(I + '<figure class="article-image">\n' + I +
                 '  <img src="/sites/default/files/styles/large/public/2025-07/laureats-ess-2025.jpg" '
                 'alt="Les lauréats de l\'appel à projets réunis sur le parvis de l\'Hôtel du Département" '
                 'width="960" height="540" loading="lazy">\n' + I +
                 "  <figcaption>Les lauréats 2025 réunis le 4 juillet sur le parvis de l'Hôtel du "
                 "Département, à Mervaize.\n" + I +
                 '  <span class="credit">© Photo : Julien Messaoudi / Département de la Vellande</span></figcaption>\n'
                 + I + "</figure>")
    parts.append(I + "<h2>Un appel à projets qui attire de plus en plus de candidats</h2>")
    parts.append(hpara(
        "Cette année, 57 dossiers ont été déposés entre le 3 février et le 11 avril "
        "2025, contre 39 lors de l'édition 2024. Les candidatures provenaient de 31 "
        "communes différentes, dont 22 situées en zone rurale. Les dossiers ont été "
        "instruits par la mission Économie sociale et solidaire du Département, avec "
        "l'appui technique de la CRESS Aurène, puis examinés par un jury de onze "
        "membres le 5 juin 2025."))
    parts.append(hpara(
        "« L'économie sociale et solidaire, ce sont des emplois qui ne se délocalisent "
        "pas et des services qui répondent aux besoins concrets des habitants, "
        "notamment dans nos villages », souligne Solène Varadier, vice-présidente du "
        "Département chargée de l'insertion, de l'emploi et de l'économie sociale et "
        "solidaire. « Avec cette troisième édition, nous soutenons des projets dans "
        "tous les territoires de la Vellande. »", cls="citation"))
    parts.append(I + "<h2>Les critères de sélection</h2>")
    parts.append(hpara(
        "Pour être retenus, les projets devaient être portés par une structure de "
        "l'ESS ayant son siège ou un établissement en Vellande. Le jury s'est appuyé "
        "sur cinq critères :"))
    parts.append(I + "<ul>\n" + "\n".join(I + "  <li>%s</li>" % html.escape(c, quote=False)
                                          for c in crit) + "\n" + I + "</ul>")
    parts.append(I + "<h2>Les 14 lauréats 2025</h2>")
    parts.append(
        I + '<table class="table-laureats">\n' + I +
        "  <caption>Projets lauréats et montant de l'aide départementale</caption>\n" + I +
        "  <thead>\n" + I + "    <tr>\n" + I + '      <th scope="col">Structure</th>\n' + I +
        '      <th scope="col">Commune</th>\n' + I + '      <th scope="col">Projet</th>\n' + I +
        '      <th scope="col">Aide attribuée</th>\n' + I + "    </tr>\n" + I + "  </thead>\n" + I +
        "  <tbody>\n" + "\n".join(rows) + "\n" + I + "  </tbody>\n" + I + "</table>")
    parts.append(hpara(
        "Les aides sont versées en deux fois : 60 % à la signature de la convention, "
        "puis le solde à la réalisation du projet, au plus tard le 31 décembre 2026."))
    parts.append(I + "<h2>Un accompagnement au-delà du financement</h2>")
    parts.append(hpara(
        "Les lauréats bénéficieront d'un accompagnement de six mois assuré par la "
        "CRESS Aurène et le réseau des dispositifs locaux d'accompagnement. Une "
        "première journée collective se tiendra le 23 septembre 2025 à la Maison "
        "départementale des associations, à Mervaize."))
    parts.append(hpara(
        "Depuis sa création en 2023, l'appel à projets « ESS & territoires » a permis "
        "de soutenir 37 projets pour un montant cumulé de 1,05" + NB + "M€."))
    parts.append(I + "<h2>Et après ?</h2>")
    parts.append(hpara(
        "La quatrième édition de l'appel à projets sera lancée en janvier 2026. Son "
        "règlement sera présenté lors du Mois de l'ESS, en novembre 2025. Les "
        "structures intéressées peuvent d'ores et déjà contacter la mission Économie "
        "sociale et solidaire à l'adresse ess@vellande.fr."))
    parts.append(I + '<p class="download"><a href="/sites/default/files/2025-07/'
                 'aap-ess-territoires-2025-plaquette.pdf" download>Télécharger la plaquette '
                 '(PDF, 1,2 Mo)</a></p>')
    article = "\n".join(parts)

    page = """<!DOCTYPE html>
<html lang="fr" dir="ltr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Appel à projets « ESS &amp; territoires » 2025 : 14 lauréats soutenus | Département de la Vellande</title>
  <meta name="description" content="La commission permanente a retenu 14 projets de l'économie sociale et solidaire au titre de l'appel à projets ESS &amp; territoires 2025.">
  <meta property="og:site_name" content="Département de la Vellande">
  <meta property="og:type" content="article">
  <meta property="og:title" content="Appel à projets « ESS &amp; territoires » 2025 : 14 lauréats soutenus par le Département">
  <meta property="og:url" content="https://www.vellande.fr/economie-emploi/ess/aap-ess-territoires-2025-laureats">
  <meta property="og:image" content="https://www.vellande.fr/sites/default/files/styles/og/public/2025-07/laureats-ess-2025.jpg">
  <meta property="article:published_time" content="2025-07-08T10:30:00+02:00">
  <meta property="article:modified_time" content="2025-07-09T08:15:00+02:00">
  <meta property="article:section" content="Économie sociale et solidaire">
  <meta name="author" content="Direction de la communication du Département de la Vellande">
  <link rel="canonical" href="https://www.vellande.fr/economie-emploi/ess/aap-ess-territoires-2025-laureats">
  <link rel="stylesheet" href="/themes/vellande/css/main.min.css?v=4.12.0">
  <script>
    window.dataLayer = window.dataLayer || [];
    function vdlTrack(){ dataLayer.push(arguments); }
    vdlTrack('consent', 'default', { analytics_storage: 'denied' });
  </script>
  <script src="/themes/vellande/js/consent-manager.min.js" defer></script>
</head>
<body class="page-article rubrique-economie">
  <div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite" aria-label="Gestion des cookies">
    <p>Ce site utilise des cookies pour mesurer son audience et améliorer votre navigation.
    Vous pouvez accepter ou refuser ces cookies, ou personnaliser vos choix.</p>
    <button type="button" class="btn-accept">Tout accepter</button>
    <button type="button" class="btn-refuse">Tout refuser</button>
    <a href="/gestion-des-cookies">Personnaliser</a>
  </div>
  <a class="skip-link" href="#contenu">Aller au contenu</a>
  <header class="site-header">
    <a class="logo" href="/" title="Accueil - Département de la Vellande">
      <img src="/themes/vellande/img/logo-vellande.svg" alt="Département de la Vellande">
    </a>
    <form class="search" action="/recherche" role="search">
      <label for="q">Rechercher</label>
      <input type="search" id="q" name="q" placeholder="Rechercher sur le site">
      <button type="submit">OK</button>
    </form>
    <nav class="main-nav" aria-label="Menu principal">
      <ul>
        <li><a href="/le-departement">Le Département</a></li>
        <li><a href="/solidarites">Solidarités</a></li>
        <li><a href="/routes-mobilites">Routes &amp; mobilités</a></li>
        <li><a href="/colleges-jeunesse">Collèges &amp; jeunesse</a></li>
        <li><a href="/environnement">Environnement</a></li>
        <li class="active"><a href="/economie-emploi">Économie &amp; emploi</a></li>
        <li><a href="/culture-sport">Culture &amp; sport</a></li>
        <li><a href="/agenda">Agenda</a></li>
      </ul>
    </nav>
  </header>
  <nav class="breadcrumb" aria-label="Fil d'Ariane">
    <ol>
      <li><a href="/">Accueil</a></li>
      <li><a href="/economie-emploi">Économie &amp; emploi</a></li>
      <li><a href="/economie-emploi/ess">Économie sociale et solidaire</a></li>
      <li aria-current="page">Appel à projets ESS &amp; territoires 2025</li>
    </ol>
  </nav>
  <main id="contenu" class="layout-two-columns">
    <article class="article">
      <header class="article-header">
        <p class="rubrique">Économie sociale et solidaire</p>
        <h1>Appel à projets « ESS &amp; territoires » 2025 : 14 lauréats soutenus par le Département</h1>
        <p class="meta">Publié le <time datetime="2025-07-08">8 juillet 2025</time>
        · Mis à jour le <time datetime="2025-07-09">9 juillet 2025</time></p>
      </header>
      <div class="article-body">
%s
      </div>
      <div class="share" aria-label="Partager cette page">
        <span>Partager :</span>
        <a href="https://www.facebook.com/sharer/sharer.php?u=https%%3A%%2F%%2Fwww.vellande.fr%%2Feconomie-emploi%%2Fess%%2Faap-ess-territoires-2025-laureats" rel="noopener">Facebook</a>
        <a href="https://www.linkedin.com/sharing/share-offsite/?url=https%%3A%%2F%%2Fwww.vellande.fr%%2Feconomie-emploi%%2Fess%%2Faap-ess-territoires-2025-laureats" rel="noopener">LinkedIn</a>
        <a href="mailto:?subject=Appel%%20%%C3%%A0%%20projets%%20ESS">Envoyer par e-mail</a>
        <a href="javascript:window.print()">Imprimer</a>
      </div>
    </article>
    <aside class="sidebar">
      <section class="related">
        <h2>À lire aussi</h2>
        <ul>
          <li><a href="/agenda/mois-ess-2025">Mois de l'ESS : le programme de novembre bientôt en ligne</a></li>
          <li><a href="/solidarites/insertion/pacte-territorial">Insertion : le Département renouvelle son pacte territorial</a></li>
          <li><a href="/le-departement/budget-participatif">Budget participatif : les votes sont ouverts jusqu'à la fin de l'été</a></li>
        </ul>
      </section>
      <section class="contact-box">
        <h2>Contact</h2>
        <p>Mission Économie sociale et solidaire<br>
        Direction de l'insertion et de l'emploi<br>
        Hôtel du Département, Mervaize<br>
        <a href="mailto:ess@vellande.fr">ess@vellande.fr</a></p>
      </section>
    </aside>
  </main>
  <footer class="site-footer">
    <p class="address">Département de la Vellande – Hôtel du Département – Mervaize</p>
    <ul class="legal">
      <li><a href="/mentions-legales">Mentions légales</a></li>
      <li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li>
      <li><a href="/donnees-personnelles">Données personnelles</a></li>
      <li><a href="/gestion-des-cookies">Gestion des cookies</a></li>
      <li><a href="/plan-du-site">Plan du site</a></li>
    </ul>
    <p class="copyright">© Département de la Vellande</p>
  </footer>
  <script src="/themes/vellande/js/main.min.js?v=4.12.0" defer></script>
  <script>
    document.querySelector('.btn-accept').addEventListener('click', function () {
      vdlTrack('consent', 'update', { analytics_storage: 'granted' });
      document.getElementById('cookie-banner').hidden = true;
    });
  </script>
</body>
</html>
""" % article
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


# ---------------------------------------------------------------------------
# Document D: compte rendu du comité de pilotage du PTCE (Markdown)
# ---------------------------------------------------------------------------

D_TEXT = """---
title: "Compte rendu du comité de pilotage du PTCE Orve en Commun"
publisher: "PTCE Orve en Commun"
date: 2025-06-12
territory: "Pays de Lirance (Vellande)"
author: "Camille Rouvière"
lang: fr
---

# Compte rendu du comité de pilotage du 12 juin 2025

**Pôle territorial de coopération économique Orve en Commun**

- Lieu : Maison des coopérations, 12 rue du Moulin-Neuf, Tressalin
- Horaires : de 14 h 00 à 17 h 15
- Rédaction : Camille Rouvière, coordinatrice du PTCE
- Compte rendu validé par le président du comité de pilotage le 19 juin 2025

## Présents

- Hervé Castagnède, président de la SCIC Énergies citoyennes de l'Orve,
  président du comité de pilotage
- Karim Essafi, vice-président de la Communauté d'agglomération du Pays de
  Lirance délégué à l'économie sociale et solidaire
- Maëlle Fournaise, chargée de mission ESS, Communauté d'agglomération du Pays
  de Lirance
- Agnès Tourmel, directrice de la coopérative laitière Val d'Orve
- Lucien Garrigue, directeur du chantier d'insertion Les Jardins de la Brande
- Fatou Ndiaye-Berthier, chargée de développement territorial, CRESS Aurène
- Yannick Delpeuch, gérant de la SCOP Menuiserie du Causse Blanc
- Mathilde Sorbets, proviseure adjointe du lycée agricole de Tressalin
- Camille Rouvière, coordinatrice du PTCE

## Excusés

- Solène Varadier, vice-présidente du Département de la Vellande
- Damien Lhoste, référent statistique, CRESS Aurène
- Bruno Vialaret, directeur de l'agence de Lirance de la Caisse coopérative
  d'Aurène

## Ordre du jour

1. Bilan d'activité 2024
2. Budget prévisionnel 2025
3. Projet de légumerie collective
4. Création d'un poste « achats responsables »
5. Adhésions et questions diverses

## 1. Bilan d'activité 2024

Camille Rouvière présente le bilan d'activité 2024. Le PTCE compte 23 membres
au 31 décembre 2024, contre 17 un an plus tôt : 15 structures de l'ESS, 5
entreprises classiques, 2 collectivités et 1 établissement d'enseignement, le
lycée agricole de Tressalin.

Principales réalisations de l'année :

- le groupement d'achats d'énergie a permis à 9 membres d'économiser 18 400 €
  sur leurs factures d'électricité et de gaz ;
- un poste de comptable partagé (0,6 ETP) a été créé et mis à disposition de
  4 structures ;
- trois « cafés coopération » ont réuni 96 participants ;
- le PTCE a été retenu à l'appel à manifestation d'intérêt régional
  « Coopérations territoriales », qui finance l'étude de faisabilité de la
  légumerie.

Le taux de satisfaction des membres, mesuré par questionnaire en février 2025,
s'établit à 87 %. Les membres attendent surtout davantage de mises en relation
commerciales entre structures.

Karim Essafi salue un bilan « très encourageant » et rappelle que le diagnostic
territorial de l'ESS, en cours de finalisation, cite le PTCE comme un levier
pour développer les coopérations économiques sur le territoire.

## 2. Budget prévisionnel 2025

Le budget prévisionnel 2025 s'élève à 97 000 €, en hausse de 21 % par rapport
au budget réalisé de 2024 (80 200 €). La hausse s'explique principalement par
l'étude de faisabilité de la légumerie.

| Poste de dépense | Montant 2025 | Financeur principal |
|---|---:|---|
| Coordination (1 ETP) | 52 000 € | Communauté d'agglomération du Pays de Lirance |
| Animation et événements | 9 500 € | Cotisations des membres |
| Étude de faisabilité de la légumerie | 24 000 € | Région Aurène |
| Communication | 4 500 € | Cotisations des membres |
| Frais de structure | 7 000 € | Département de la Vellande |
| **Total** | **97 000 €** | |

La cotisation annuelle est maintenue à 250 € pour les structures de moins de
10 salariés et à 600 € pour les autres membres. Les collectivités membres
contribuent par voie de subvention.

## 3. Projet de légumerie collective

Lucien Garrigue présente l'avancement du projet de légumerie collective, qui
permettrait de laver, éplucher et conditionner chaque année environ 180 tonnes
de légumes produits localement, à destination de la restauration collective
(écoles, collèges et établissements pour personnes âgées).

- Coût d'investissement estimé : 780 000 €.
- Site pressenti : l'ancienne coopérative fruitière de Vaudrenne.
- Emplois envisagés : six emplois en insertion et deux encadrants techniques.
- Porteur pressenti : le chantier d'insertion Les Jardins de la Brande, en lien
  avec la coopérative laitière Val d'Orve pour la logistique.

L'étude de faisabilité a été confiée au cabinet Sillons Conseil ; ses
conclusions sont attendues en novembre 2025. Agnès Tourmel souligne que la
viabilité du projet dépendra des engagements de volumes des cantines. Mathilde
Sorbets indique que le lycée agricole pourrait accueillir des apprentis sur le
site.

## 4. Création d'un poste « achats responsables »

Le comité examine la proposition de recruter un chargé ou une chargée de
mission « achats responsables » à mi-temps, pour aider les collectivités et les
entreprises du territoire à faire appel aux structures de l'ESS dans leurs
achats. Le poste serait créé à compter de janvier 2026, sous réserve de
l'obtention d'un cofinancement du Fonds social européen (FSE+).

## 5. Adhésions et questions diverses

Trois structures ont demandé à rejoindre le PTCE : la Vélo-école Roue Libre,
l'épicerie solidaire La Courte Échelle et l'imprimerie Baudran & Fils.

Fatou Ndiaye-Berthier annonce que la CRESS Aurène organisera en novembre 2025,
dans le cadre du Mois de l'ESS, une rencontre régionale des PTCE, à laquelle
Orve en Commun est invité à présenter son groupement d'achats.

## Décisions

- Le bilan d'activité 2024 est approuvé à l'unanimité.
- Le budget prévisionnel 2025, d'un montant de 97 000 €, est adopté à
  l'unanimité moins une abstention (Yannick Delpeuch).
- Le comité donne mandat à Camille Rouvière pour préparer, avec Les Jardins de
  la Brande, la suite de l'étude de faisabilité de la légumerie.
- Le principe du recrutement d'un chargé de mission « achats responsables »
  est validé, sous réserve du cofinancement FSE+.
- Les adhésions de la Vélo-école Roue Libre, de l'épicerie solidaire La Courte
  Échelle et de l'imprimerie Baudran & Fils sont acceptées.

## Prochaine réunion

Le prochain comité de pilotage se tiendra le **jeudi 2 octobre 2025 à 14 h**,
au tiers-lieu La Manufacture, quartier des Tanneries, à Lirance.
"""


def build_d(path):
    for ln in D_TEXT.splitlines():
        if len(ln) > 82 and not ln.startswith("|"):
            raise SystemExit("markdown line too long: %r" % ln)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(D_TEXT)


# ---------------------------------------------------------------------------
# Document E: guide pratique / FAQ du Fonds Lirance Solidaire (texte brut)
# ---------------------------------------------------------------------------

E_RULE = "=" * 75
E_SUB = "-" * 75


def e_par(text, width=75, indent=""):
    return unglue("\n".join(textwrap.wrap(glue(text), width=width, initial_indent=indent,
                                          subsequent_indent=indent, break_long_words=False,
                                          break_on_hyphens=False)))


def e_list(items, width=75):
    out = []
    for n, it in enumerate(items, 1):
        out.append(unglue("\n".join(textwrap.wrap(glue(it), width=width,
                                                  initial_indent="  %d) " % n,
                                                  subsequent_indent="     ",
                                                  break_long_words=False,
                                                  break_on_hyphens=False))))
    return "\n".join(out)


def build_e(path):
    L = []

    def sec(title):
        L.extend(["", E_SUB, title, E_SUB, ""])

    def q(question, *blocks):
        L.append(question)
        for b in blocks:
            L.append(b)
        L.append("")

    L.append("FONDS LIRANCE SOLIDAIRE")
    L.append("Guide pratique du candidat - Questions fréquentes")
    L.append("Communauté d'agglomération du Pays de Lirance")
    L.append("Service Développement économique - Version du 2 avril 2025")
    L.append(E_RULE)
    L.append("")
    L.append(e_par(
        "Le Fonds Lirance Solidaire a été créé par délibération du Conseil "
        "communautaire du 20 mars 2025. Doté de 450 000 € pour la période "
        "2025-2027, il soutient les projets d'économie sociale et solidaire qui "
        "créent ou consolident des activités et des emplois dans les 38 communes "
        "de l'agglomération. Ce guide répond aux questions les plus fréquentes des "
        "porteurs de projets. Il ne remplace pas le règlement d'intervention, qui "
        "seul fait foi."))
    sec("1. QUI PEUT DEMANDER UNE AIDE ?")
    q("Q1. Ma structure est-elle éligible ?",
      "Sont éligibles :",
      e_list(["les associations loi 1901, employeuses ou non ;",
              "les coopératives : SCOP, SCIC et coopératives d'activités et "
              "d'emploi ;",
              "les sociétés commerciales titulaires de l'agrément ESUS."]),
      e_par("La structure doit avoir son siège ou un établissement dans l'une des "
            "38 communes de la Communauté d'agglomération du Pays de Lirance."))
    q("Q2. Une association qui vient d'être créée peut-elle candidater ?",
      e_par("Oui. Il n'existe pas d'ancienneté minimale. Les structures créées "
            "depuis moins de trois ans sont même prioritaires, tout comme les "
            "projets situés dans les communes de moins de 2 000 habitants."))
    q("Q3. Une commune ou un syndicat intercommunal peut-il déposer un dossier ?",
      e_par("Non. Les collectivités territoriales et leurs établissements publics "
            "ne sont pas éligibles, mais ils peuvent être partenaires d'un projet "
            "porté par une structure de l'ESS."))
    q("Q4. Une entreprise individuelle peut-elle être aidée ?",
      e_par("Non, sauf si le projet est porté au sein d'une coopérative "
            "d'activités et d'emploi, dont l'entrepreneur devient alors salarié."))
    sec("2. QUELS PROJETS ET QUELLES DÉPENSES ?")
    q("Q5. Quels types de projets sont financés ?",
      "Le Fonds finance quatre types de projets :",
      e_list(["la création d'une activité nouvelle d'utilité sociale ;",
              "le développement d'une activité existante (nouveau service, "
              "nouveau public, nouveau site) ;",
              "la consolidation d'une structure par un investissement matériel ;",
              "l'expérimentation d'une coopération entre plusieurs structures."]),
      "Les projets à caractère cultuel ou politique sont exclus.")
    q("Q6. Quelles dépenses sont prises en compte ?",
      e_list(["les investissements matériels (équipements, véhicules, "
              "outillage) ;",
              "les études préalables et les prestations de conseil ;",
              "les frais de personnel directement liés au projet, dans la limite "
              "de 12 mois de salaire ;",
              "les dépenses de communication et de lancement."]))
    q("Q7. L'achat d'un local est-il finançable ?",
      e_par("Non. L'acquisition de biens immobiliers et le remboursement de "
            "dettes sont exclus. Les travaux d'aménagement d'un local loué "
            "peuvent en revanche être pris en compte."))
    q("Q8. Puis-je commencer mon projet avant la décision ?",
      e_par("Oui, mais à vos risques : seules les dépenses engagées après la date "
            "de dépôt du dossier complet sont éligibles. Un accusé de réception "
            "vous est adressé dans les 10 jours suivant le dépôt."))
    sec("3. MONTANTS ET CONDITIONS")
    q("Q9. Quel est le montant de l'aide ?",
      "Le Fonds propose deux outils :",
      e_list(["une subvention d'amorçage de 3 000 € à 15 000 €, dans la limite "
              "de 50 % des dépenses éligibles du projet ;",
              "une avance remboursable à taux zéro de 30 000 € au maximum, "
              "remboursable sur 48 mois avec un différé de 6 mois."]))
    q("Q10. Puis-je cumuler la subvention et l'avance remboursable ?",
      e_par("Oui. Un même projet peut bénéficier des deux outils, dans la limite "
            "de 45 000 € d'aide totale du Fonds."))
    q("Q11. La subvention est-elle cumulable avec d'autres aides publiques ?",
      e_par("Oui, à condition que le total des aides publiques ne dépasse pas "
            "80 % du budget du projet. Les aides du Département de la Vellande, "
            "notamment l'appel à projets « ESS & territoires », et celles de la "
            "Région Aurène peuvent donc compléter le Fonds."))
    q("Q12. Faut-il apporter des fonds propres ?",
      e_par("Oui. Le porteur de projet doit apporter au moins 10 % du budget du "
            "projet, sous forme de fonds propres, de dons ou d'apport en nature "
            "valorisé."))
    q("Q13. Qui gère les avances remboursables ?",
      e_par("Les avances remboursables sont instruites et versées par "
            "l'association Initiative Vellande, qui assure aussi le suivi des "
            "remboursements. Aucune garantie personnelle n'est demandée aux "
            "dirigeants."))
    sec("4. CALENDRIER ET DÉPÔT DES DOSSIERS")
    q("Q14. Quand déposer mon dossier ?",
      "Deux sessions sont organisées en 2025 :",
      "",
      "  Session     Date limite de dépôt                Comité d'engagement\n"
      "  ---------   ---------------------------------   ----------------------\n"
      "  Session 1   vendredi 30 mai 2025 à 12 h         jeudi 3 juillet 2025\n"
      "  Session 2   vendredi 26 septembre 2025 à 12 h   jeudi 13 novembre 2025",
      "",
      e_par("Les décisions sont notifiées dans un délai d'un mois après la réunion "
            "du comité d'engagement."))
    q("Q15. Comment déposer un dossier ?",
      e_par("Les dossiers sont déposés exclusivement en ligne, sur la plateforme "
            "aides.paysdelirance.fr. Les pièces suivantes doivent être jointes :"),
      e_list(["le formulaire de demande complété et signé ;",
              "les statuts à jour de la structure ;",
              "le dernier bilan et le dernier compte de résultat approuvés ;",
              "le budget prévisionnel du projet et son plan de financement ;",
              "un relevé d'identité bancaire ;",
              "l'attestation d'agrément ESUS, pour les sociétés commerciales ;",
              "la liste des membres du conseil d'administration ou des associés."]),
      "Un dossier incomplet à la date limite est reporté à la session suivante.")
    sec("5. SÉLECTION ET VERSEMENT")
    q("Q16. Comment les projets sont-ils sélectionnés ?",
      e_par("Après instruction par le service Développement économique, chaque "
            "projet est présenté au comité d'engagement, qui auditionne les "
            "porteurs. Les projets sont notés sur 100 points :"),
      e_list(["utilité sociale : 30 points ;",
              "viabilité économique : 25 points ;",
              "ancrage territorial : 20 points ;",
              "coopération avec d'autres acteurs : 15 points ;",
              "gouvernance démocratique ou participative : 10 points."]),
      e_par("Un projet doit obtenir au moins 60 points sur 100 pour être proposé "
            "au Bureau communautaire, qui prend la décision finale."))
    q("Q17. Qui siège au comité d'engagement ?",
      e_par("Trois élus communautaires, dont le vice-président délégué à "
            "l'économie sociale et solidaire, qui le préside, un représentant de "
            "la CRESS Aurène et un représentant d'Initiative Vellande."))
    q("Q18. Comment la subvention est-elle versée ?",
      e_par("70 % de la subvention sont versés à la signature de la convention. "
            "Le solde de 30 % est versé sur présentation d'un bilan du projet, au "
            "plus tard 18 mois après la décision d'attribution. L'avance "
            "remboursable est versée en une seule fois par Initiative Vellande."))
    q("Q19. Que se passe-t-il si mon projet est refusé ?",
      e_par("Le refus est motivé. Un projet refusé peut être redéposé une seule "
            "fois, lors d'une session ultérieure, après avoir tenu compte des "
            "remarques du comité."))
    q("Q20. Dois-je mentionner le soutien de l'agglomération ?",
      e_par("Oui. Le logo de la Communauté d'agglomération et la mention « Projet "
            "soutenu par le Fonds Lirance Solidaire » doivent figurer sur tous les "
            "supports de communication liés au projet."))
    sec("6. ACCOMPAGNEMENT ET CONTACTS")
    q("Q21. Puis-je être aidé pour monter mon dossier ?",
      e_par("Oui. Un rendez-vous préalable est fortement conseillé. Des "
            "permanences sont organisées le mardi matin, de 9 h à 12 h 30, au "
            "tiers-lieu La Manufacture, quartier des Tanneries à Lirance. Les "
            "porteurs de projets peuvent aussi solliciter le dispositif local "
            "d'accompagnement (DLA) ou la couveuse d'activités hébergée à La "
            "Manufacture."))
    q("Q22. Qui contacter ?",
      "Théo Lambertin, chargé de mission Fonds Lirance Solidaire\n"
      "Service Développement économique\n"
      "Communauté d'agglomération du Pays de Lirance\n"
      "4 place des Tanneurs, Lirance\n"
      "Tél. : 05 36 49 12 80\n"
      "Courriel : fonds.solidaire@paysdelirance.fr")
    L.append(E_RULE)
    L.append("Document non contractuel. Seul le règlement d'intervention annexé à la")
    L.append("délibération n° 2025-047 du 20 mars 2025 fait foi.")
    text = "\n".join(L) + "\n"
    for ln in text.splitlines():
        if len(ln) > 76:
            raise SystemExit("text line too long: %r" % ln)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# Questions
# ---------------------------------------------------------------------------
# Each answerable question: q, facts, sources (doc keys), pages (PDF pages, or
# [] for non-PDF sources), kind, flags.  When several PDFs are sources, pages is
# the union of the pages (each listed PDF must hold every fact on one of them).
# Unanswerable: absent = regexes that must match nowhere in the corpus;
# absent_in = {doc_key: [regex]}; near = [(term_regex, bad_regex)]: within the
# sentence around every occurrence of term, bad must not match.

QS = []


def QA(q, facts, src, pages, kind="figure", hist=None, table=False, para=False,
       en=False, span=None):
    QS.append(dict(q=q, facts=facts, src=src, pages=pages, kind=kind,
                   hist=hist or [], table=table, para=para, en=en, span=span,
                   answerable=True))


def QU(q, kind="figure", absent=(), absent_in=None, near=(), hist=None, en=False):
    QS.append(dict(q=q, facts=[], src=[], pages=[], kind=kind, hist=hist or [],
                   table=False, para=False, en=en, span=None, answerable=False,
                   absent=list(absent), absent_in=absent_in or {}, near=list(near)))


# ---- A: diagnostic territorial (PDF)
QA("Combien d'établissements employeurs de l'ESS compte le Pays de Lirance en 2023 ?",
   ["1 046"], ["A"], [1, 2, 4])
QA("Combien de salariés travaillent dans l'économie sociale et solidaire du Pays de Lirance ?",
   ["8 932"], ["A"], [1, 2, 3, 4])
QA("À combien d'équivalents temps plein correspondent les salariés de l'ESS du Pays de Lirance ?",
   ["7 815"], ["A"], [1])
QA("Quelle part de l'emploi salarié privé l'ESS représente-t-elle dans l'agglomération de Lirance ?",
   ["13,2 %"], ["A"], [1, 2, 3, 4])
QA("Quelle est la moyenne régionale de la part de l'ESS dans l'emploi salarié privé ?",
   ["11,8 %"], ["A"], [1])
QA("Quel montant de rémunérations brutes l'ESS du Pays de Lirance verse-t-elle ?",
   ["268,4 M€"], ["A"], [1, 2])
QA("Combien d'habitants comptait la Communauté d'agglomération du Pays de Lirance au dernier recensement cité ?",
   ["112 460"], ["A"], [1])
QA("Combien de communes couvre le diagnostic territorial de l'ESS ?",
   ["38 communes"], ["A"], [1])
QA("Combien d'établissements de l'ESS sans salarié ont été recensés sur le territoire ?",
   ["2 150"], ["A"], [1, 2], span=("Les établissements", "dénombre environ 2 150"))
QA("What was the response rate of the complementary survey of ESS organisations?",
   ["45,4 %"], ["A"], [2], en=True)
QA("Combien de structures ont répondu à l'enquête complémentaire de 2025 ?",
   ["187"], ["A"], [2, 5])
QA("De combien l'emploi dans l'ESS a-t-il progressé entre 2020 et 2023 ?",
   ["4,7 %"], ["A"], [2, 3])
QA("Quelle part de l'emploi salarié total, fonction publique comprise, l'ESS représente-t-elle ?",
   ["10,1 %"], ["A"], [2])
QA("Combien de salariés les coopératives emploient-elles dans le Pays de Lirance ?",
   ["1 187"], ["A"], [2], table=True)
QA("Quel est le montant des rémunérations brutes versées par les mutuelles ?",
   ["29,8 M€"], ["A"], [2], table=True)
QA("Combien d'établissements associatifs employeurs compte le territoire ?",
   ["842"], ["A"], [2], table=True)
QA("Quelle part des salariés de l'ESS travaille dans une association ?",
   ["71,9 %"], ["A"], [2], table=True)
QA("Quel est le salaire brut annuel moyen par équivalent temps plein dans l'ESS du territoire ?",
   ["34 340 €"], ["A"], [2])
QA("Combien de salariés de l'ESS compte l'action sociale sans hébergement en 2023 ?",
   ["2 873"], ["A"], [3], table=True)
QA("Et en 2020 ?", ["2 604"], ["A"], [3], table=True,
   hist=["Combien de salariés de l'ESS compte l'action sociale sans hébergement en 2023 ?"])
QA("Comment a évolué le nombre de salariés de l'ESS dans les arts et spectacles entre 2020 et 2023 ?",
   ["12,3 %"], ["A"], [3], table=True)
QA("Quelle part de l'emploi salarié du secteur sports et loisirs relève de l'ESS ?",
   ["44,1 %"], ["A"], [3], table=True)
QA("Combien de salariés l'ESS compte-t-elle dans l'enseignement en 2023 ?",
   ["1 041"], ["A"], [3], table=True)
QA("Combien d'établissements employeurs de l'ESS compte le bassin de vie d'Orbézac ?",
   ["147"], ["A"], [4], table=True)
QA("Et combien de salariés ?", ["1 012"], ["A"], [4], table=True,
   hist=["Combien d'établissements employeurs de l'ESS compte le bassin de vie d'Orbézac ?"])
QA("Quelle est la part de l'ESS dans l'emploi privé du bassin de Sainte-Aulnaise ?",
   ["8,7 %"], ["A"], [4], table=True)
QA("Combien de salariés emploie l'Association lirançaise d'aide à domicile ?",
   ["486"], ["A"], [4])
QA("Combien de structures sont hébergées au tiers-lieu La Manufacture ?",
   ["27 structures"], ["A"], [4])
QA("What proportion of ESS employees in the Pays de Lirance are women?",
   ["71,6 %"], ["A"], [1, 4], en=True)
QA("Quelle proportion des postes de l'ESS est occupée à temps partiel ?",
   ["38,5 %"], ["A"], [4])
QA("Combien de salariés de l'ESS auront atteint 60 ans d'ici 2030 ?",
   ["1 240"], ["A"], [4])
QA("Quelle part des employeurs de l'ESS déclare des difficultés de recrutement ?",
   ["64 %"], ["A"], [4])
QA("Combien d'argent l'intercommunalité a-t-elle mis sur la table l'année 2024 pour épauler l'économie sociale et solidaire ?",
   ["1,2 M€"], ["A"], [5], para=True)
QA("Quel montant a été consacré en 2024 à l'appel à projets « Initiatives solidaires » ?",
   ["350 000 €"], ["A"], [5], table=True)
QA("Combien d'heures de travail les clauses sociales des marchés de l'agglomération ont-elles générées en 2024 ?",
   ["38 600"], ["A"], [5, 6], span=("Les clauses sociales", "heures de travail"))
QA("Quel objectif le diagnostic fixe-t-il pour la part des achats publics intégrant une clause sociale ou environnementale ?",
   ["10 %", "2029"], ["A"], [6])
QA("Quelle part des présidents d'association interrogés dans le bassin de Sainte-Aulnaise a plus de 70 ans ?",
   ["41 %"], ["A"], [4])
QA("Combien de salariés compte la coopérative laitière Val d'Orve ?",
   ["212"], ["A"], [4])
QA("Combien de fermes fournissent leur lait à la coopérative Val d'Orve ?",
   ["146"], ["A"], [3], para=True)
QA("Quelle part des structures interrogées exprime un besoin d'accompagnement sur la transition numérique ?",
   ["33 %"], ["A"], [5], table=True)
QA("Quel est le besoin d'accompagnement le plus souvent exprimé par les structures de l'ESS ?",
   ["recherche de financements"], ["A"], [5], kind="list", table=True)
QA("Quelle part des associations constate une baisse du nombre de bénévoles réguliers depuis 2020 ?",
   ["62 %"], ["A"], [5])
QA("Quelle est la part des femmes parmi les présidents d'association ?",
   ["43 %"], ["A"], [5])
QA("Combien de structures du territoire ont bénéficié du DLA en 2024 ?",
   ["22 structures"], ["A"], [5])
QA("Pour mille habitants, combien d'emplois de l'économie solidaire trouve-t-on autour de la ville-centre ?",
   ["113"], ["A"], [4], para=True)
QA("How many spectators does the Vaudrenne theatre welcome each season?",
   ["30 000 spectateurs"], ["A"], [4], en=True)
QA("Quel est l'écart de salaire moyen entre l'ESS et le reste du secteur privé ?",
   ["9,4 %"], ["A"], [2])
QA("Quelle est la part des contrats à durée indéterminée dans les emplois de l'ESS ?",
   ["78,2 %"], ["A"], [4])
QA("Qui préside la Communauté d'agglomération du Pays de Lirance ?",
   ["Bertrand Aubépin"], ["A", "B"], [1, 2], kind="person")
QA("Qui a coordonné le diagnostic territorial de l'ESS du Pays de Lirance ?",
   ["Maëlle Fournaise"], ["A"], [1], kind="person")
QA("Qui a assuré le traitement statistique du diagnostic ?",
   ["Damien Lhoste"], ["A"], [1], kind="person")
QA("Qui présidait le comité de pilotage du diagnostic territorial ?",
   ["Karim Essafi"], ["A"], [2], kind="person")
QA("Quelle commune porte le projet de centre social intercommunal ?",
   ["Castelmirande"], ["A"], [4], kind="person")
QA("Quelle association gère la scène conventionnée de Vaudrenne ?",
   ["Le Quai des Arts"], ["A"], [4], kind="person")
QA("Quand le diagnostic territorial de l'ESS a-t-il été publié ?",
   ["septembre 2025"], ["A"], [1], kind="date")
QA("À quelle période l'enquête complémentaire auprès des structures a-t-elle été menée ?",
   ["entre janvier et mars 2025"], ["A"], [2], kind="date")
QA("En quelle année la scène conventionnée de Vaudrenne a-t-elle ouvert ?",
   ["2022"], ["A"], [3], kind="date")
QA("Depuis quelle année le quartier des Tanneries accueille-t-il le tiers-lieu La Manufacture ?",
   ["2021"], ["A"], [4], kind="date")
QA("À quelle date les effectifs salariés sont-ils mesurés dans le diagnostic ?",
   ["31 décembre 2023"], ["A"], [7], kind="date")
QA("Quand le plan d'actions pluriannuel doit-il être soumis au Conseil communautaire ?",
   ["début de l'année 2026"], ["A"], [6], kind="date")
QA("Qu'est-ce qu'un PTCE ?",
   ["pôle territorial de coopération économique"], ["A"], [5, 6], kind="definition")
QA("Que signifie le sigle SCIC ?",
   ["société coopérative d'intérêt collectif"], ["A"], [6], kind="definition")
QA("Qu'est-ce que le dispositif local d'accompagnement ?",
   ["accompagnement gratuit et sur mesure"], ["A"], [5], kind="definition")
QA("Qui délivre l'agrément ESUS ?",
   ["préfet de département"], ["A"], [6], kind="definition")
QA("Quelles familles juridiques composent le périmètre de l'ESS retenu par le diagnostic ?",
   ["associations, coopératives, mutuelles, fondations et sociétés commerciales de l'ESS"],
   ["A"], [1], kind="list")
QA("Quels métiers sont les plus concernés par les départs à la retraite dans l'ESS ?",
   ["aide à domicile", "aide-soignant"], ["A"], [4], kind="list")
QA("Qu'est-ce qu'une SCOP ?",
   ["salariés détiennent la majorité du capital"], ["A"], [6], kind="definition")
QA("Comment le diagnostic définit-il un établissement employeur ?",
   ["au moins un salarié"], ["A"], [7], kind="definition")
QA("Les établissements sans salarié sont-ils comptés dans les effectifs du diagnostic ?",
   ["Seuls les établissements employeurs sont pris en compte"], ["A"], [1], kind="yesno")
QA("L'emploi de l'ESS dans l'enseignement a-t-il augmenté entre 2020 et 2023 ?",
   ["recule de 5,2 %"], ["A"], [3], kind="yesno")

QA("Que signifie l'acronyme IAE ?",
   ["insertion par l'activité économique"], ["A"], [4, 6], kind="definition")
QA("Qu'est-ce qu'une CRESS ?",
   ["chambre régionale de l'économie sociale et solidaire"], ["A"], [6], kind="definition")
QA("Comment le diagnostic définit-il l'équivalent temps plein ?",
   ["durée annuelle d'un emploi à temps complet"], ["A"], [7], kind="definition")
QA("Quelles orientations prioritaires le comité de pilotage du diagnostic a-t-il retenues pour 2025-2030 ?",
   ["anticiper les départs à la retraite"], ["A"], [6], kind="list")

# ---- B: délibération (PDF)
QA("À quelle date s'est tenue la séance du Conseil communautaire qui a créé le Fonds Lirance Solidaire ?",
   ["20 mars 2025"], ["B", "A", "E"], [1, 6], kind="date")
QA("Quel est le numéro de la délibération créant le Fonds Lirance Solidaire ?",
   ["2025-047"], ["B", "E"], [1], kind="other")
QA("Combien de conseillers communautaires sont en exercice ?",
   ["68"], ["B"], [1], table=True)
QA("Combien de conseillers ont voté pour la création du Fonds Lirance Solidaire ?",
   ["54 voix pour"], ["B"], [2])
QA("Et combien se sont abstenus ?", ["4 abstentions"], ["B"], [2],
   hist=["Combien de conseillers ont voté pour la création du Fonds Lirance Solidaire ?"])
QA("La délibération créant le Fonds Lirance Solidaire a-t-elle été adoptée à l'unanimité ?",
   ["à la majorité"], ["B"], [2], kind="yesno")
QA("Qui a voté contre la création du Fonds Lirance Solidaire ?",
   ["Patrick Ferrandou", "Inès Dorval"], ["B"], [2], kind="person")
QA("Quelle est la dotation totale du Fonds Lirance Solidaire ?",
   ["450 000 €"], ["B", "A", "E"], [2, 6])
QA("Quel montant annuel est prévu pour le Fonds Lirance Solidaire ?",
   ["150 000 €"], ["B"], [2])
QA("Quelle part de l'enveloppe annuelle du Fonds est réservée aux subventions d'amorçage ?",
   ["120 000 €"], ["B"], [2])
QA("Quels sont les montants minimum et maximum de la subvention d'amorçage ?",
   ["3 000 €", "15 000 €"], ["B", "E"], [2])
QA("What is the maximum amount of the interest-free repayable advance offered by the fund?",
   ["30 000 €"], ["B", "E"], [2], en=True)
QA("Sur quelle durée l'avance remboursable doit-elle être remboursée ?",
   ["48 mois"], ["B", "E"], [2])
QA("Quels frais de gestion annuels sont versés à Initiative Vellande ?",
   ["4 500 €"], ["B"], [2])
QA("À quel chapitre budgétaire sont inscrits les crédits des subventions du Fonds ?",
   ["chapitre 65"], ["B"], [2], kind="other")
QA("Combien de projets l'appel à projets « Initiatives solidaires » a-t-il soutenus depuis 2021 ?",
   ["71 projets"], ["B"], [1])
QA("Pour quel montant total ?", ["982 500 €"], ["B"], [1],
   hist=["Combien de projets l'appel à projets « Initiatives solidaires » a-t-il soutenus depuis 2021 ?"])
QA("Quand la commission Développement économique, emploi et ESS a-t-elle rendu son avis sur le Fonds ?",
   ["4 mars 2025"], ["B"], [1, 2], kind="date")
QA("À quelle date les conseillers ont-ils été convoqués pour la séance du 20 mars 2025 ?",
   ["13 mars 2025"], ["B"], [1], kind="date")
QA("Quand la délibération n° 2025-047 a-t-elle été transmise au représentant de l'État ?",
   ["24 mars 2025"], ["B"], [3], kind="date")
QA("Qui était secrétaire de séance lors du Conseil communautaire du 20 mars 2025 ?",
   ["Nadège Colombier"], ["B"], [1, 2], kind="person")
QA("Qui était le rapporteur de la délibération sur le Fonds Lirance Solidaire ?",
   ["Karim Essafi"], ["B"], [1], kind="person")
QA("Quels élus siègent au comité d'engagement du Fonds Lirance Solidaire aux côtés de Karim Essafi ?",
   ["Laure Bontemps", "Hervé Castagnède"], ["B"], [2], kind="person")
QA("Quel organisme gère les avances remboursables du Fonds Lirance Solidaire ?",
   ["Initiative Vellande"], ["B", "E"], [2], kind="person")
QA("Dans quel délai peut-on former un recours contre la délibération n° 2025-047 ?",
   ["deux mois"], ["B"], [3], kind="date")
QA("Selon le règlement d'intervention, sur quels critères les projets du Fonds sont-ils appréciés ?",
   ["utilité sociale", "viabilité économique"], ["B"], [3], kind="list")
QA("À quelle fréquence se réunit le comité d'engagement du Fonds ?",
   ["au moins deux fois par an"], ["B"], [3], kind="date")
QA("Qui prend la décision finale d'attribution des aides du Fonds Lirance Solidaire ?",
   ["Bureau communautaire"], ["B", "E"], [3], kind="person")
QA("Quels projets le Fonds Lirance Solidaire examine-t-il en priorité ?",
   ["moins de 2 000 habitants"], ["B", "E"], [3], kind="list")
QA("À qui Odile Fayet a-t-elle donné pouvoir lors de la séance du 20 mars 2025 ?",
   ["Karim Essafi"], ["B"], [1], kind="person")
QA("How many councillors voted against the creation of the Fonds Lirance Solidaire?",
   ["2 voix contre"], ["B"], [2], en=True)
QA("Les communes et leurs établissements publics peuvent-ils bénéficier du Fonds Lirance Solidaire ?",
   ["ne sont pas éligibles"], ["B", "E"], [3], kind="yesno")
QA("Où s'est réuni le Conseil communautaire le 20 mars 2025 ?",
   ["Hôtel communautaire"], ["B"], [1], kind="other")
QA("Quelles dépenses le règlement d'intervention exclut-il ?",
   ["biens immobiliers"], ["B", "E"], [3], kind="list")

QA("Quels sont les objectifs du Fonds Lirance Solidaire énoncés dans l'exposé des motifs ?",
   ["consolider les structures existantes"], ["B"], [1], kind="list")
QA("Quelles structures peuvent bénéficier du Fonds Lirance Solidaire ?",
   ["agrément ESUS"], ["B", "E"], [3], kind="list")

# ---- C: page web du Département (HTML)
QA("Combien de projets ont été retenus à l'appel à projets « ESS & territoires » 2025 ?",
   ["14 projets"], ["C"], [])
QA("Quelle enveloppe le Département consacre-t-il aux lauréats 2025 de l'appel à projets « ESS & territoires » ?",
   ["412 000 €"], ["C"], [])
QA("Et en 2024 ?", ["360 000 €"], ["C"], [],
   hist=["Quelle enveloppe le Département consacre-t-il aux lauréats 2025 de l'appel à projets « ESS & territoires » ?"])
QA("Combien de dossiers ont été déposés en 2025 pour l'appel à projets départemental « ESS & territoires » ?",
   ["57"], ["C"], [])
QA("Et lors de l'édition précédente ?", ["39"], ["C"], [],
   hist=["Combien de dossiers ont été déposés en 2025 pour l'appel à projets départemental « ESS & territoires » ?"])
QA("Entre quelles dates les candidatures à l'appel à projets « ESS & territoires » 2025 pouvaient-elles être déposées ?",
   ["3 février", "11 avril 2025"], ["C"], [], kind="date")
QA("Quand la commission permanente a-t-elle retenu les lauréats de l'appel à projets départemental ?",
   ["30 juin 2025"], ["C"], [], kind="date")
QA("Qui est la vice-présidente du Département de la Vellande chargée de l'économie sociale et solidaire ?",
   ["Solène Varadier"], ["C", "D"], [], kind="person")
QA("Qui a pris la photo des lauréats 2025 publiée par le Département ?",
   ["Julien Messaoudi"], ["C"], [], kind="person")
QA("Quelle aide le Département a-t-il attribuée à la recyclerie Le Grenier d'Orbézac ?",
   ["48 000 €"], ["C"], [], table=True)
QA("Dans quelle commune est installée l'association Mobil'Aulnaise ?",
   ["Sainte-Aulnaise"], ["C"], [], kind="other", table=True)
QA("Quel projet la SCIC Énergies citoyennes de l'Orve fait-elle financer par le Département ?",
   ["quatre écoles"], ["C"], [], kind="other", table=True)
QA("Quelle structure lauréate de l'appel à projets départemental est située à Bréviloux ?",
   ["Trait d'Union"], ["C"], [], kind="person", table=True)
QA("Quel montant la Vélo-école Roue Libre a-t-elle reçu du Département ?",
   ["15 000 €"], ["C"], [], table=True)
QA("Et la cantine associative Les Tables d'Ysel ?", ["25 000 €"], ["C"], [], table=True,
   hist=["Quel montant la Vélo-école Roue Libre a-t-elle reçu du Département ?"])
QA("De combien de communes différentes provenaient les candidatures à l'appel à projets départemental ?",
   ["31 communes"], ["C"], [])
QA("Quel critère de sélection de l'appel à projets départemental porte sur les besoins du territoire ?",
   ["besoin non couvert"], ["C"], [], kind="list")
QA("Combien de temps dure l'accompagnement proposé aux lauréats de l'appel à projets départemental ?",
   ["six mois"], ["C"], [], kind="date")
QA("Quand aura lieu la première journée collective des lauréats « ESS & territoires » ?",
   ["23 septembre 2025"], ["C"], [], kind="date")
QA("Combien de projets l'appel à projets « ESS & territoires » a-t-il soutenus depuis sa création ?",
   ["37 projets"], ["C"], [])
QA("Pour quel montant cumulé ?", ["1,05 M€"], ["C"], [],
   hist=["Combien de projets l'appel à projets « ESS & territoires » a-t-il soutenus depuis sa création ?"])
QA("Quand sera lancée la prochaine édition de l'appel à projets « ESS & territoires » ?",
   ["janvier 2026"], ["C"], [], kind="date")
QA("Quel est le poids du fichier de la plaquette de l'appel à projets départemental ?",
   ["1,2 Mo"], ["C"], [])
QA("À quelle date le Département a-t-il publié l'article sur les lauréats 2025 ?",
   ["8 juillet 2025"], ["C"], [], kind="date")
QA("Quelle adresse électronique permet de joindre la mission ESS du Département ?",
   ["ess@vellande.fr"], ["C"], [], kind="other")
QA("Quelle part de l'aide départementale est versée à la signature de la convention ?",
   ["60 %"], ["C"], [])
QA("Combien de membres composaient le jury de l'appel à projets départemental ?",
   ["onze membres"], ["C"], [])
QA("Which organisation received the largest grant in the 2025 ESS & territoires call for projects?",
   ["Grenier d'Orbézac"], ["C"], [], kind="person", table=True, en=True)
QA("How much funding did the Département award to the Les Jardins de la Brande project?",
   ["40 000 €"], ["C"], [], table=True, en=True)
QA("When did the jury examine the applications to the départemental call for projects?",
   ["5 juin 2025"], ["C"], [], kind="date", en=True)
QA("Dans quel lieu se déroulera la première journée collective des lauréats ?",
   ["Maison départementale des associations"], ["C"], [], kind="other", para=True)

# ---- D: compte rendu du COPIL du PTCE (Markdown)
QA("Quand s'est réuni le comité de pilotage du PTCE Orve en Commun ?",
   ["12 juin 2025"], ["D"], [], kind="date")
QA("Qui préside le comité de pilotage du PTCE Orve en Commun ?",
   ["Hervé Castagnède"], ["D"], [], kind="person")
QA("Qui est la coordinatrice du PTCE Orve en Commun ?",
   ["Camille Rouvière"], ["D"], [], kind="person")
QA("Combien de membres le PTCE Orve en Commun comptait-il fin 2024 ?",
   ["23 membres"], ["D"], [])
QA("Et un an plus tôt ?", ["17"], ["D"], [],
   hist=["Combien de membres le PTCE Orve en Commun comptait-il fin 2024 ?"])
QA("Combien les membres du groupement d'achats d'énergie ont-ils économisé ?",
   ["18 400 €"], ["D"], [])
QA("Quel est le temps de travail du poste de comptable partagé créé par le PTCE ?",
   ["0,6 ETP"], ["D"], [])
QA("Quel est le taux de satisfaction des membres du PTCE ?",
   ["87 %"], ["D"], [])
QA("À combien s'élève le budget prévisionnel 2025 du PTCE Orve en Commun ?",
   ["97 000 €"], ["D"], [])
QA("Et le budget réalisé de 2024 ?", ["80 200 €"], ["D"], [],
   hist=["À combien s'élève le budget prévisionnel 2025 du PTCE Orve en Commun ?"])
QA("Quel montant le budget 2025 du PTCE prévoit-il pour la coordination ?",
   ["52 000 €"], ["D"], [], table=True)
QA("Qui finance principalement l'étude de faisabilité de la légumerie ?",
   ["Région Aurène"], ["D"], [], kind="person", table=True)
QA("Combien coûte l'adhésion annuelle au PTCE pour une petite structure de moins de 10 salariés ?",
   ["250 €"], ["D"], [], para=True)
QA("Quelle quantité de légumes la légumerie collective pourrait-elle transformer chaque année ?",
   ["180 tonnes"], ["D"], [])
QA("What is the estimated investment cost of the planned vegetable processing unit (légumerie)?",
   ["780 000 €"], ["D"], [], en=True)
QA("Quel cabinet réalise l'étude de faisabilité de la légumerie ?",
   ["Sillons Conseil"], ["D"], [], kind="person")
QA("Où la légumerie collective pourrait-elle s'installer ?",
   ["ancienne coopérative fruitière de Vaudrenne"], ["D"], [], kind="other")
QA("Combien d'emplois la légumerie permettrait-elle de créer ?",
   ["six emplois en insertion"], ["D"], [])
QA("Qui s'est abstenu lors du vote du budget prévisionnel 2025 du PTCE ?",
   ["Yannick Delpeuch"], ["D"], [], kind="person")
QA("Quand aura lieu le prochain comité de pilotage du PTCE ?",
   ["2 octobre 2025"], ["D"], [], kind="date")
QA("Quelles structures ont rejoint le PTCE Orve en Commun en juin 2025 ?",
   ["Baudran & Fils"], ["D"], [], kind="list")
QA("Quel représentant de la Caisse coopérative d'Aurène était excusé au comité de pilotage ?",
   ["Bruno Vialaret"], ["D"], [], kind="person")
QA("À quelle condition le poste « achats responsables » sera-t-il créé ?",
   ["Fonds social européen"], ["D"], [], kind="other")
QA("À partir de quand le poste de chargé de mission « achats responsables » serait-il créé ?",
   ["janvier 2026"], ["D"], [], kind="date")
QA("Who heads the Les Jardins de la Brande work-integration site?",
   ["Lucien Garrigue"], ["D"], [], kind="person", en=True)
QA("Where will the next PTCE steering committee meeting take place?",
   ["La Manufacture"], ["D"], [], kind="other", en=True)
QA("Quelle fonction occupe Agnès Tourmel ?",
   ["directrice de la coopérative laitière Val d'Orve"], ["D"], [], kind="person")

QA("Qu'est-ce que la légumerie collective envisagée par le PTCE ?",
   ["laver, éplucher et conditionner"], ["D"], [], kind="definition")
QA("Quelles ont été les principales réalisations du PTCE Orve en Commun en 2024 ?",
   ["groupement d'achats d'énergie"], ["D"], [], kind="list")
QA("Quels points figuraient à l'ordre du jour du comité de pilotage du 12 juin 2025 ?",
   ["Projet de légumerie collective"], ["D"], [], kind="list")
QA("Quelle est la fonction de Mathilde Sorbets ?",
   ["proviseure adjointe"], ["D"], [], kind="person")
QA("Qui dirige la SCOP Menuiserie du Causse Blanc ?",
   ["Yannick Delpeuch"], ["D"], [], kind="person")
QA("Qui représentait la CRESS Aurène au comité de pilotage du PTCE ?",
   ["Fatou Ndiaye-Berthier"], ["D"], [], kind="person")

# ---- E: guide du candidat (texte)
QA("Jusqu'à quand peut-on déposer un dossier pour la première session 2025 du Fonds Lirance Solidaire ?",
   ["30 mai 2025"], ["E"], [], kind="date")
QA("Et pour la seconde session ?", ["26 septembre 2025"], ["E"], [], kind="date",
   hist=["Jusqu'à quand peut-on déposer un dossier pour la première session 2025 du Fonds Lirance Solidaire ?"])
QA("When does the selection committee of the Fonds Lirance Solidaire meet for the second 2025 session?",
   ["13 novembre 2025"], ["E"], [], kind="date", en=True)
QA("La subvention d'amorçage et l'avance remboursable du Fonds sont-elles cumulables ?",
   ["peut bénéficier des deux outils"], ["E"], [], kind="yesno")
QA("Dans quelle limite totale peut-on cumuler les deux aides du Fonds ?",
   ["45 000 €"], ["E"], [])
QA("La subvention du Fonds Lirance Solidaire est-elle cumulable avec une aide du Département ?",
   ["80 %"], ["E"], [], kind="yesno")
QA("Quelle note minimale un projet doit-il obtenir pour être proposé au Bureau communautaire ?",
   ["60 points"], ["E"], [])
QA("Combien de points compte le critère d'utilité sociale dans la grille de sélection du Fonds ?",
   ["30 points"], ["E"], [])
QA("Et l'ancrage territorial ?", ["20 points"], ["E"], [],
   hist=["Combien de points compte le critère d'utilité sociale dans la grille de sélection du Fonds ?"])
QA("Quelle part de la subvention du Fonds est versée à la signature de la convention ?",
   ["70 %"], ["E"], [])
QA("Quel est le délai maximal pour présenter le bilan du projet et toucher le solde de la subvention ?",
   ["18 mois"], ["E"], [], kind="date")
QA("Who is the project officer in charge of the Fonds Lirance Solidaire?",
   ["Théo Lambertin"], ["E"], [], kind="person", en=True)
QA("Quel est le numéro de téléphone du Fonds Lirance Solidaire ?",
   ["05 36 49 12 80"], ["E"], [], kind="other")
QA("Sur quelle plateforme les dossiers du Fonds Lirance Solidaire sont-ils déposés ?",
   ["aides.paysdelirance.fr"], ["E"], [], kind="other")
QA("Quel différé de remboursement s'applique à l'avance remboursable ?",
   ["6 mois"], ["E"], [], kind="date")
QA("Un projet refusé par le Fonds peut-il être présenté de nouveau ?",
   ["une seule fois"], ["E"], [], kind="yesno", para=True)
QA("Les frais de personnel sont-ils pris en charge par le Fonds, et dans quelle limite ?",
   ["12 mois"], ["E"], [], kind="yesno")
QA("Quand ont lieu les permanences d'aide au montage des dossiers ?",
   ["mardi matin"], ["E"], [], kind="date")
QA("De quand date la version du guide pratique du candidat ?",
   ["2 avril 2025"], ["E"], [], kind="date")
QA("Quelle part minimale du budget du projet le porteur doit-il apporter lui-même ?",
   ["10 %"], ["E"], [], para=True)
QA("Une entreprise individuelle peut-elle être aidée par le Fonds Lirance Solidaire ?",
   ["Non, sauf si"], ["E"], [], kind="yesno")
QA("Dans quel délai reçoit-on un accusé de réception après le dépôt d'un dossier ?",
   ["10 jours"], ["E"], [], kind="date")
QA("Quelles pièces faut-il joindre au dossier de candidature au Fonds ?",
   ["statuts à jour"], ["E"], [], kind="list")
QA("Can a newly created association apply to the Fonds Lirance Solidaire?",
   ["pas d'ancienneté minimale"], ["E"], [], kind="yesno", en=True)
QA("Quels projets sont exclus du Fonds Lirance Solidaire ?",
   ["cultuel ou politique"], ["E"], [], kind="list")
QA("Quelle mention doit figurer sur les supports de communication d'un projet aidé ?",
   ["Projet soutenu par le Fonds Lirance Solidaire"], ["E"], [], kind="other")
QA("Quels types de projets le Fonds Lirance Solidaire finance-t-il ?",
   ["activité nouvelle d'utilité sociale"], ["E"], [], kind="list")
QA("Dans quel délai les décisions du comité sont-elles notifiées aux candidats ?",
   ["un mois"], ["E"], [], kind="date")

# ---- Unanswerable near misses
YEAR = lambda y: r"\b%d\b" % y
QU("Combien de salariés comptait l'ESS du Pays de Lirance en 2015 ?", absent=[YEAR(2015)])
QU("Et en 2017 ?", absent=[YEAR(2017)],
   hist=["Combien de salariés compte l'ESS du Pays de Lirance en 2023 ?"])
QU("Combien de salariés l'ESS compte-t-elle dans le secteur de la construction ?",
   absent=[r"construction", r"\bBTP\b", r"bâtiment"])
QU("Quelle est la part de l'ESS dans l'emploi privé du bassin de Montferlac ?",
   absent=[r"Montferlac"])
QU("Combien de bénévoles s'engagent dans les associations du Pays de Lirance ?",
   absent=[r"\d[\d ]*\s+bénévoles", r"bénévoles\s*:\s*\d"])
QU("Quel est le chiffre d'affaires cumulé des coopératives du territoire ?",
   absent=[r"chiffre d'affaires"])
QU("Quel est le taux de chômage dans le Pays de Lirance ?", absent=[r"chômage"])
QU("Combien de SCOP sont implantées dans le Pays de Lirance ?",
   absent=[r"\d+\s+SCOP", r"SCOP\s*:\s*\d"])
QU("Qui dirige l'Association lirançaise d'aide à domicile ?", kind="person",
   near=[(r"ALAD|lirançaise d'aide", r"direct|présid|dirig|gérant")])
QU("Quel est le budget du Fonds Lirance Solidaire pour l'année 2028 ?", absent=[YEAR(2028)])
QU("Combien de projets ont été financés lors de la première session 2025 du Fonds Lirance Solidaire ?",
   absent=[r"(retenus|financés|soutenus|aidés) (lors de|à) la (première )?session",
           r"session 1[^.\n]{0,40}(projets|lauréats)", r"lauréats du Fonds"])
QU("Qui est le directeur général des services de la Communauté d'agglomération ?", kind="person",
   absent=[r"directeur général des services", r"directrice générale des services", r"\bDGS\b"])
QU("Combien de places en crèche sont gérées par des associations sur le territoire ?",
   absent=[r"crèche"])
QU("Combien de logements sociaux sont gérés par des structures de l'ESS ?", absent=[r"logement"])
QU("Qui préside la CRESS Aurène ?", kind="person",
   absent=[r"présid\w* de la CRESS", r"CRESS Aurène,? (est )?présidée"])
QU("Quel est le numéro de téléphone de la mission ESS du Département de la Vellande ?", kind="other",
   absent_in={"C": [r"0\d(\s?\d\d){4}", r"\bTél\.?\s*:", r"téléphone"]})
QU("Combien de lauréats comptait l'édition 2023 de l'appel à projets « ESS & territoires » ?",
   absent=[r"édition 2023", r"lauréats (en|de) 2023", r"2023\s*:\s*\d", r"première édition[^.]{0,60}\d+ (projets|lauréats)"])
QU("Quel est le budget 2026 du PTCE Orve en Commun ?",
   absent=[r"budget[^.\n]{0,60}2026", r"2026[^.\n]{0,40}budget"])
QU("Qui est le trésorier du PTCE Orve en Commun ?", kind="person", absent=[r"trésori"])
QU("Combien de salariés compte la SCOP Menuiserie du Causse Blanc ?",
   near=[(r"Causse Blanc", r"\d+\s+salariés|salariés\s*:\s*\d")])
QU("Combien de salariés de l'ESS travaillent à Quinçaroles ?",
   absent_in={"A": [r"Quinçaroles"]}, near=[(r"Quinçaroles", r"salariés")])
QU("Quel est le taux de pauvreté dans le Pays de Lirance ?", absent=[r"pauvreté"])
QU("Combien de femmes siègent au Conseil communautaire du Pays de Lirance ?",
   absent=[r"conseillères", r"\d+\s+femmes", r"femmes élues"])
QU("Quel montant le FSE+ apportera-t-il au poste « achats responsables » ?",
   near=[(r"FSE|Fonds social européen", r"€|euros")])
QU("Quelle note minimale faut-il obtenir à l'appel à projets départemental « ESS & territoires » ?",
   absent_in={"C": [r"points", r"\bnote\b", r"barème"]})
QU("Quelle est la durée de remboursement des avances proposées par le Département de la Vellande ?",
   kind="date", absent_in={"C": [r"avance", r"rembours"]})
QU("Combien de salariés compte l'ESS dans l'ensemble du Département de la Vellande ?",
   near=[(r"Vellande", r"\d[\d ]*\s+salariés")])
QU("Quelles sont les conclusions de l'étude de faisabilité de la légumerie ?", kind="list",
   absent=[r"l'étude (a conclu|conclut|montre|a montré)",
           r"conclusions de l'étude (montrent|indiquent)"])
QU("Quel est le salaire moyen des femmes salariées de l'ESS ?",
   near=[(r"femmes", r"salaire|€")])
QU("Quelle est la part des moins de 30 ans parmi les salariés de l'ESS ?",
   absent=[r"moins de 30 ans", r"moins de trente ans", r"jeunes salariés", r"moins de 25 ans"])
QU("En quelle année la coopérative laitière Val d'Orve a-t-elle été créée ?", kind="date",
   near=[(r"Val d'Orve", r"\b(18|19|20)\d\d\b|créée|fondée")])
QU("How many social economy jobs were there in the Pays de Lirance in 2010?",
   absent=[YEAR(2010)], en=True)
QU("Who is the mayor of Lirance?", kind="person", absent=[r"\bmaire\b", r"\bmairesse\b"], en=True)
QU("What does the 2024 annual report of the CRESS Aurène say about its number of members?",
   kind="other", absent=[r"rapport annuel", r"rapport d'activité \d{4} de la CRESS", r"adhérents"], en=True)
QU("Combien de personnes ont participé au Mois de l'ESS 2024 en Vellande ?",
   absent=[r"Mois de l'ESS 2024", r"\d[\d ]*\s+(participants|visiteurs)[^.]{0,80}Mois de l'ESS"])
QU("Quelle est la date limite de dépôt des dossiers pour la session 2026 du Fonds Lirance Solidaire ?",
   kind="date", absent_in={"E": [r"2026"]}, absent=[r"session[^.\n]{0,30}2026"])
QU("Quel est le montant du loyer payé par les structures hébergées à La Manufacture ?",
   absent=[r"loyer"])
QU("Et l'épicerie solidaire de Pradelis ?", absent=[r"Pradelis"],
   hist=["Quel montant a reçu Le Grenier d'Orbézac dans le cadre de l'appel à projets départemental ?"])
QU("And at the end of 2021?", absent_in={"D": [YEAR(2021)]},
   near=[(r"PTCE|Orve en Commun", YEAR(2021))], en=True,
   hist=["How many members did the PTCE Orve en Commun have at the end of 2024?"])
QU("Quel est le montant de la subvention accordée par le Fonds Lirance Solidaire à la Vélo-école Roue Libre ?",
   near=[(r"Roue Libre", r"Fonds Lirance")])
QU("Quel est le budget total de la Région Aurène consacré à l'ESS ?",
   absent=[r"budget[^.]{0,80}Région Aurène", r"Région Aurène[^.|]{0,80}(consacre|budget)"])
QU("Combien de structures d'insertion par l'activité économique compte le bassin de Sainte-Aulnaise ?",
   absent=[r"(\d+|deux|trois|quatre|cinq) structures (conventionnées|d'insertion)[^.]{0,80}Sainte-Aulnaise",
           r"Sainte-Aulnaise[^.]{0,80}(\d+|deux|trois|quatre|cinq) structures (conventionnées|d'insertion)"])


# Mix the questions deterministically (ids are assigned after this shuffle).
random.Random(1414).shuffle(QS)


# ---------------------------------------------------------------------------
# Text extraction and verification
# ---------------------------------------------------------------------------

def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s+", " ", s).strip().lower()
    s = re.sub(r" %", "%", s)
    return s


def pdf_page_texts(path):
    out = []
    for page in pypdf.PdfReader(path).pages:
        t = page.extract_text() or ""
        t = re.sub(r"(\w)-[ \t]*\n[ \t]*(\w)", r"\1\2", t)
        out.append(t)
    return out


BLOCK_TAGS = {"p", "li", "tr", "h1", "h2", "h3", "h4", "caption", "figcaption",
              "div", "section", "header", "footer", "nav", "ul", "ol", "table",
              "thead", "tbody", "article", "aside", "main", "figure", "br", "title"}


class TextGrabber(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.article = 0
        self.all = []
        self.art = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "article":
            self.article += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.all.append("\n")
            if self.article:
                self.art.append("\n")
        if tag in ("td", "th"):
            self.all.append(" | ")
            if self.article:
                self.art.append(" | ")
        if tag == "article":
            self.article -= 1

    def handle_data(self, data):
        if self.skip:
            return
        d = re.sub(r"[ \t\r\n]+", " ", data)
        self.all.append(d)
        if self.article:
            self.art.append(d)


def html_texts(path):
    g = TextGrabber()
    with open(path, encoding="utf-8") as f:
        g.feed(f.read())
    return "".join(g.art), "".join(g.all)


def plain_segments(text):
    """Join hard-wrapped lines of md/txt into logical blocks (one per line)."""
    out = []
    cur = []
    for ln in text.splitlines():
        s = ln.strip()
        starts_block = (not s or s.startswith(("-", "|", "#", "*", "Q")) or
                        re.match(r"^\d+[.)] ", s) or re.match(r"^[A-ZÉ ]{6,}", s))
        if starts_block and cur:
            out.append(" ".join(cur))
            cur = []
        if s:
            cur.append(s)
    if cur:
        out.append(" ".join(cur))
    return "\n".join(out)


def sentences(blob):
    segs = []
    for block in blob.split("\n"):
        for s in re.split(r"(?<=[.;!?])\s+", block):
            s = s.strip()
            if s:
                segs.append(s)
    return segs


def load_corpus():
    C = {}
    pa = pdf_page_texts(os.path.join(CORPUS, DOC_A))
    pb = pdf_page_texts(os.path.join(CORPUS, DOC_B))
    art, full = html_texts(os.path.join(CORPUS, DOC_C))
    with open(os.path.join(CORPUS, DOC_D), encoding="utf-8") as f:
        md = f.read()
    with open(os.path.join(CORPUS, DOC_E), encoding="utf-8") as f:
        tx = f.read()
    C["A"] = dict(pages=pa, fact=" ".join(pa), full=" ".join(pa),
                  segs=sentences(re.sub(r"\s+", " ", " ".join(pa))))
    C["B"] = dict(pages=pb, fact=" ".join(pb), full=" ".join(pb),
                  segs=sentences(re.sub(r"\s+", " ", " ".join(pb))))
    C["C"] = dict(pages=None, fact=art, full=full, segs=sentences(full))
    md_plain = md.replace("**", "")
    C["D"] = dict(pages=None, fact=md_plain, full=md, segs=sentences(plain_segments(md_plain)))
    C["E"] = dict(pages=None, fact=tx, full=tx, segs=sentences(plain_segments(tx)))
    return C


def near_windows(segs, term):
    out = []
    for s in segs:
        if re.search(term, s, re.I):
            out.append(s[:600])
    return out


def verify(C):
    problems = []
    for n, q in enumerate(QS, 1):
        qid = "fresh14-eval-%03d" % n
        if q["answerable"]:
            if not q["facts"] or not q["src"]:
                problems.append("%s: no facts/sources" % qid)
            for k in q["src"]:
                doc = C[k]
                for fact in q["facts"]:
                    nf = norm(fact)
                    if nf not in norm(doc["fact"]):
                        problems.append("%s: fact %r not in %s" % (qid, fact, DOCS[k]))
                        continue
                    if doc["pages"] is not None:
                        pages = q["pages"] or []
                        valid = [p for p in pages if 1 <= p <= len(doc["pages"])]
                        if not valid:
                            problems.append("%s: no valid page for %s" % (qid, DOCS[k]))
                            continue
                        joined = norm(" ".join(doc["pages"][p - 1] for p in valid))
                        if nf not in joined:
                            problems.append("%s: fact %r not on pages %s of %s"
                                            % (qid, fact, valid, DOCS[k]))
            if q["span"]:
                a, b = q["span"]
                pdf = [k for k in q["src"] if C[k]["pages"] is not None][0]
                p1, p2 = q["pages"][0], q["pages"][-1]
                if norm(a) not in norm(C[pdf]["pages"][p1 - 1]) or \
                        norm(b) not in norm(C[pdf]["pages"][p2 - 1]) or p2 != p1 + 1:
                    problems.append("%s: sentence does not span pages %s" % (qid, q["pages"]))
            if all(C[k]["pages"] is None for k in q["src"]) and q["pages"]:
                problems.append("%s: pages given for non-PDF sources" % qid)
        else:
            if q["facts"] or q["src"] or q["pages"]:
                problems.append("%s: unanswerable with facts/sources" % qid)
            if not (q["absent"] or q["absent_in"] or q["near"]):
                problems.append("%s: unanswerable without absence check" % qid)
            for rx in q["absent"]:
                for k, doc in C.items():
                    m = re.search(rx, re.sub(r"\s+", " ", doc["full"]), re.I)
                    if m:
                        problems.append("%s: %r found in %s: %r" % (qid, rx, DOCS[k], m.group(0)))
            for k, rxs in q["absent_in"].items():
                for rx in rxs:
                    m = re.search(rx, re.sub(r"\s+", " ", C[k]["full"]), re.I)
                    if m:
                        problems.append("%s: %r found in %s: %r" % (qid, rx, DOCS[k], m.group(0)))
            for term, bad in q["near"]:
                for k, doc in C.items():
                    for w in near_windows(doc["segs"], term):
                        if re.search(bad, w, re.I):
                            problems.append("%s: near %r found %r in %s: %r"
                                            % (qid, term, bad, DOCS[k], w[:160]))
    return problems


def locate(C):
    """Developer helper: print the pages where each PDF fact occurs."""
    for n, q in enumerate(QS, 1):
        if not q["answerable"]:
            continue
        for k in q["src"]:
            if C[k]["pages"] is None:
                continue
            hits = {}
            for fact in q["facts"]:
                hits[fact] = [i + 1 for i, t in enumerate(C[k]["pages"]) if norm(fact) in norm(t)]
            print("%03d %s %s %s | %s" % (n, k, q["pages"], hits, q["q"][:70]))


def write_questions(path):
    lines = []
    for n, q in enumerate(QS, 1):
        rec = {
            "id": "fresh14-eval-%03d" % n,
            "question": q["q"],
            "facts": q["facts"],
            "sources": [DOCS[k] for k in q["src"]],
            "answerable": q["answerable"],
            "history": q["hist"],
            "pages": sorted(q["pages"]) if q["pages"] else [],
        }
        lines.append(json.dumps(rec, ensure_ascii=False))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def summary():
    ans = [q for q in QS if q["answerable"]]
    un = [q for q in QS if not q["answerable"]]
    kinds = {}
    for q in ans:
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
    ukinds = {}
    for q in un:
        ukinds[q["kind"]] = ukinds.get(q["kind"], 0) + 1
    by_doc = {}
    for q in ans:
        for k in q["src"][:1]:
            by_doc[DOCS[k]] = by_doc.get(DOCS[k], 0) + 1
    return dict(
        total=len(QS), answerable=len(ans), unanswerable=len(un),
        english=sum(q["en"] for q in QS), followups=sum(bool(q["hist"]) for q in QS),
        table_lookups=sum(q["table"] for q in QS), paraphrased=sum(q["para"] for q in QS),
        page_spanning=sum(bool(q["span"]) for q in QS),
        multi_source=sum(len(q["src"]) > 1 for q in QS),
        answerable_kinds=kinds, unanswerable_kinds=ukinds,
        answerable_by_primary_doc=by_doc)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    na = build_a(os.path.join(CORPUS, DOC_A))
    nb = build_b(os.path.join(CORPUS, DOC_B))
    build_c(os.path.join(CORPUS, DOC_C))
    build_d(os.path.join(CORPUS, DOC_D))
    build_e(os.path.join(CORPUS, DOC_E))
    expected = sorted(DOCS.values())
    present = sorted(os.listdir(CORPUS))
    problems = []
    if present != expected:
        problems.append("corpus must hold exactly %s, found %s" % (expected, present))
    if not 6 <= na <= 8:
        problems.append("document A has %d pages (want 6-8)" % na)
    if not 2 <= nb <= 4:
        problems.append("document B has %d pages (want 2-4)" % nb)
    C = load_corpus()
    if "--locate" in sys.argv:
        locate(C)
        return 0
    write_questions(os.path.join(HERE, "questions.jsonl"))
    problems += verify(C)
    s = summary()
    print("documents: A=%d pages, B=%d pages, + HTML, Markdown, text" % (na, nb))
    print(json.dumps(s, ensure_ascii=False, indent=1))
    if s["total"] < 150 or s["unanswerable"] < 30 or s["english"] < 12 or s["followups"] < 12:
        problems.append("question mix below the required minimums")
    if problems:
        print("\n%d PROBLEM(S):" % len(problems))
        for p in problems:
            print("  -", p)
        return 1
    print("OK: all facts found on their expected pages; all unanswerable values absent.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
