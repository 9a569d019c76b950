"""Check evals/fresh/questions.jsonl against the built corpus (independent of the answerer).

Usage:  .venv/bin/python evals/fresh/check.py [CORPUS_DIR] [QUESTIONS_FILE]

Checks, for every question:
  - the format: keys, unique "fresh-" ids, `pages` only (and always) for PDF sources;
  - answerable: each fact occurs in its source as a reader sees it (whitespace, non-breaking
    spaces, soft hyphens, apostrophe style and end-of-line hyphenation ignored;
    case-insensitive). For PDFs, each fact occurs on one of the declared pages (or runs over
    the break between a declared page and the next one), and each declared page holds at
    least one fact;
  - unanswerable: no facts/sources, and the names/years that make it unanswerable are
    indeed absent from the whole corpus (ABSENT below).
Only the documents' text is read; nothing from the answerer. Exits 1 on any error.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "documents"))
# The documents set's checker reads the corpus the same way: one reading of the text.
from check import found, load  # noqa: E402

# Strings whose absence from the corpus makes the question unanswerable.
ABSENT = {
    "fresh-un-01": ["Ormel"],
    "fresh-un-02": ["2010"],
    "fresh-un-03": ["2030"],
    "fresh-un-04": ["2022"],
    "fresh-un-06": ["maire de Castelbrune"],
    "fresh-un-07": ["quartier de la Gare"],
    "fresh-un-08": ["salaire moyen"],
    "fresh-un-09": ["ferrandou@", "mathilde."],
    "fresh-un-10": ["Bretagne"],
    "fresh-un-11": ["revenu de solidarité", " RSA "],
    "fresh-un-12": ["2022"],
}



def on_page(fact: str, ps: list[str], pg: int) -> bool:
    """Fact on page pg, or running from pg over the break onto pg+1 (or from pg-1 onto pg)."""
    if not 1 <= pg <= len(ps):
        return False
    if found(fact, ps[pg - 1]):
        return True
    nxt = ps[pg - 1] + "\n" + ps[pg] if pg < len(ps) else None
    prv = ps[pg - 2] + "\n" + ps[pg - 1] if pg > 1 else None
    return any(w is not None and found(fact, w) and not found(fact, w.replace(ps[pg - 1], ""))
               for w in (nxt, prv))


def main(argv):
    corpus = Path(argv[1]) if len(argv) > 1 else HERE / "corpus"
    qfile = Path(argv[2]) if len(argv) > 2 else HERE / "questions.jsonl"
    texts, pages = load(corpus)
    alltext = "\n".join(texts.values())
    errors, n, seen = 0, 0, set()

    def err(msg):
        nonlocal errors
        print(msg)
        errors += 1

    for line in qfile.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        n += 1
        qid = q.get("id", "?")
        for k in ("id", "question", "facts", "sources", "answerable", "history"):
            if k not in q:
                err(f"{qid}: missing key {k}")
        if not qid.startswith("fresh-") or qid in seen:
            err(f"{qid}: id not 'fresh-…' or duplicated")
        seen.add(qid)
        if not q["answerable"]:
            if q["facts"] or q["sources"] or q.get("pages"):
                err(f"{qid}: unanswerable question with facts/sources/pages")
            for s in ABSENT.get(qid, []):
                if found(s, alltext):
                    err(f"{qid}: {s!r} does occur in the corpus")
            continue
        if not q["facts"] or not q["sources"]:
            err(f"{qid}: answerable question without facts or sources")
        for src in q["sources"]:
            if src not in texts:
                err(f"{qid}: unknown source {src}")
        for fact in q["facts"]:
            if not any(found(fact, texts.get(s, "")) for s in q["sources"]):
                err(f"{qid}: fact not in source: {fact!r}")
        pdf_srcs = [s for s in q["sources"] if s in pages]
        if not pdf_srcs and "pages" in q:
            err(f"{qid}: pages given for a non-PDF source")
        for src in pdf_srcs:
            ps, declared = pages[src], q.get("pages") or []
            if not declared:
                err(f"{qid}: PDF answer without pages")
            for pg in declared:
                if not any(on_page(f, ps, pg) for f in q["facts"]):
                    err(f"{qid}: no fact on page {pg}")
            for f in q["facts"]:
                if declared and not any(on_page(f, ps, pg) for pg in declared):
                    err(f"{qid}: fact {f!r} not on the declared pages {declared}")
    print(f"{n} questions checked, {errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
