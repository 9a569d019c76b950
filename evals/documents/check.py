"""Check evals/documents.jsonl against the built corpus (independent of the answerer).

Usage:  .venv/bin/python evals/documents/check.py [CORPUS_DIR] [QUESTIONS_FILE]

For every answerable question, each fact must occur in its source document's text as a
reader sees it (whitespace, non-breaking spaces, soft hyphens, apostrophe style and
end-of-line hyphenation ignored; case-insensitive). For PDFs, the facts must occur on the
declared pages (a sentence may run over a page break). Exits 1 on any error.
"""
from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent


def norm(s: str, join_hyph: bool) -> str:
    s = s.replace("\u00ad", "").replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    if join_hyph:
        s = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", s)
    return re.sub(r"\s+", " ", s).lower()


def found(fact: str, text: str) -> bool:
    a = norm(fact, False)
    return a in norm(text, True) or a in norm(text, False)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self.skip -= tag in ("script", "style")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def load(corpus: Path):
    texts, pages = {}, {}
    for f in sorted(corpus.iterdir()):
        if f.suffix == ".pdf":
            pages[f.name] = [p.extract_text() for p in PdfReader(f).pages]
            texts[f.name] = "\n".join(pages[f.name])
        elif f.suffix in (".html", ".htm"):
            p = _Text()
            p.feed(f.read_text(encoding="utf-8"))
            texts[f.name] = " ".join(p.out)
        else:
            texts[f.name] = f.read_text(encoding="utf-8")
    return texts, pages


def main(argv):
    corpus = Path(argv[1]) if len(argv) > 1 else HERE / "corpus"
    qfile = Path(argv[2]) if len(argv) > 2 else HERE.parent / "documents.jsonl"
    texts, pages = load(corpus)
    errors, n = 0, 0
    for line in qfile.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        q = json.loads(line)
        n += 1
        if not q["answerable"]:
            if q["facts"] or q["sources"]:
                print(f"{q['id']}: unanswerable question with facts/sources"); errors += 1
            continue
        for src in q["sources"]:
            if src not in texts:
                print(f"{q['id']}: unknown source {src}"); errors += 1
        for fact in q["facts"]:
            if not any(found(fact, texts.get(s, "")) for s in q["sources"]):
                print(f"{q['id']}: fact not in source: {fact!r}"); errors += 1
        for src in q["sources"]:
            if src in pages:
                ps = pages[src]
                for pg in q.get("pages", []):
                    window = "\n".join(ps[max(0, pg - 2):pg + 1])
                    if not any(found(f, window) for f in q["facts"]):
                        print(f"{q['id']}: no fact near page {pg}"); errors += 1
                if not q.get("pages"):
                    print(f"{q['id']}: PDF answer without pages"); errors += 1
    print(f"{n} questions checked, {errors} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
