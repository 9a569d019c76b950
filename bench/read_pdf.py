"""How long reading a long typeset PDF takes, before any embedding.

Builds a realistic 100-page report with fpdf2 (justified, hyphenated paragraphs, headings in
the outline, a running header and footer, bullet lists and a table on every page), then times
``esschat.readers.pdf.read_pdf`` on it against pypdf's plain ``extract_text`` of every page in
the same process (the baseline: the text alone, with none of the layout work).

    .venv/bin/python bench/read_pdf.py [--pages 100] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from io import BytesIO
from pathlib import Path

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
PARAGRAPH = (
    "Les structures de l’économie sociale et solidaire du territoire emploient 3 486 salariés "
    "dans 312 établissements employeurs, soit 14,2 % de l’emploi salarié privé. Leur "
    "développement repose sur des coopérations anciennes entre associations, coopératives et "
    "collectivités, que le programme d’accompagnement intercommunal entend consolider au cours "
    "de la période 2025-2030 par des financements pluriannuels et un appui à la transmission.")


TOPICS = ["L’emploi salarié", "Les associations employeuses", "Les coopératives agricoles",
          "L’insertion par l’activité économique", "Les tiers-lieux", "La commande publique",
          "Les financements solidaires", "La transmission des structures", "Le bénévolat",
          "Les mutuelles de santé", "L’économie circulaire"]


def hyphenated(text: str) -> str:
    """Soft hyphens in long words, so fpdf2 breaks them at line ends as a typesetter would."""
    try:
        import pyphen
    except ImportError:
        return text
    dictionary = pyphen.Pyphen(lang="fr")
    return " ".join(dictionary.inserted(word, hyphen="\u00ad") if len(word) > 9 else word
                    for word in text.split(" "))


def build_report(pages: int) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    below = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}

    class Report(FPDF):
        def header(self) -> None:
            self.set_font("Body", size=8)
            self.cell(0, 6, "Diagnostic ESS 2024 · Communauté de communes du Val d’Argent",
                      align="C")
            self.ln(10)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Body", size=8)
            self.cell(0, 6, f"page {self.page_no()}/{{nb}}", align="C")

    pdf = Report()
    pdf.add_font("Body", fname=str(FONT))
    pdf.add_font("Body", style="B", fname=str(FONT_BOLD))
    pdf.set_title("Diagnostic de l’économie sociale et solidaire 2024")
    for number in range(1, pages + 1):
        pdf.add_page()
        topic = TOPICS[number % len(TOPICS)]
        pdf.start_section(f"{number}. {topic}")
        pdf.set_font("Body", style="B", size=14)
        pdf.multi_cell(0, 8, f"{number}. {topic}", **below)
        pdf.set_font("Body", size=10)
        for _ in range(2):
            pdf.multi_cell(0, 5, hyphenated(PARAGRAPH), align="J", **below)
            pdf.ln(2)
        for item in ("• l’accompagnement des créateurs d’activité ;",
                     "• la transmission des associations employeuses ;"):
            pdf.multi_cell(0, 5, item, **below)
        pdf.ln(2)
        for row in (("Secteur", "Établissements", "Salariés"),
                    ("Action sociale", "78", "1 412"), ("Enseignement", "31", "398")):
            for cell in row:
                pdf.cell(55, 6, cell, border=1)
            pdf.ln(6)
    buffer = BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()


def timed(function, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not FONT.is_file():
        print(f"needs the DejaVu fonts ({FONT}): apt-get install fonts-dejavu-core")
        return 2
    from pypdf import PdfReader

    from esschat.readers.pdf import read_pdf

    data = build_report(args.pages)
    plain_s, _ = timed(lambda: [page.extract_text() for page in PdfReader(BytesIO(data)).pages],
                       args.repeat)
    esschat_s, document = timed(lambda: read_pdf(data), args.repeat)
    kinds = {kind: sum(block.kind == kind for block in document.blocks)
             for kind in ("heading", "paragraph", "item", "row")}
    print(f"PDF: {args.pages} pages, {len(data) / 1024:.0f} KiB; median of {args.repeat} runs")
    print(f"pypdf extract_text (baseline): {plain_s:6.2f} s")
    print(f"esschat read_pdf:              {esschat_s:6.2f} s  "
          f"({esschat_s / args.pages * 1000:.1f} ms/page, {esschat_s / plain_s:.2f}x baseline)")
    print(f"blocks: {kinds}")
    print("target: under 10 s for 100 pages: " + ("holds" if esschat_s < 10 * args.pages / 100
                                                 else "MISSED"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
