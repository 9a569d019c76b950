"""A source you can read: a municipal agent clicks a citation and lands on a page that says what
the document is, marks the cited passage, opens a PDF at the cited page and links to the
original web page."""

from __future__ import annotations

import html
import re
import urllib.request

from conftest import start_app, stop, write_pdf
from gradio_client import Client

from esschat.source_page import french_date

PAGES = [
    "Diagnostic de l'économie sociale et solidaire du Val-Fleuri\n\n"
    "Ce diagnostic a été réalisé par la CRESS avec les communes du territoire.",
    "Les chiffres clés de l'emploi\n\n"
    "L'économie sociale et solidaire du Val-Fleuri compte 2 318 salariés répartis dans "
    "214 établissements employeurs.",
    "Les perspectives\n\nLe plan d'action sera évalué chaque année par le comité de suivi.",
]


def test_french_dates_read_as_people_write_them() -> None:
    assert french_date("2019-03") == "mars 2019"
    assert french_date("2024-12-01") == "1er décembre 2024"
    assert french_date("2024-02-15") == "15 février 2024"
    assert french_date("2022") == "2022"
    assert french_date("printemps 2023") == "printemps 2023"
    assert french_date(None) == ""


def fetch(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers.get("content-type", ""), response.read()


def test_a_cited_pdf_page_opens_at_that_page_with_its_metadata(make_settings) -> None:
    settings = make_settings()
    pdf = write_pdf(settings.corpus_dir / "diagnostic-val-fleuri.pdf", PAGES)
    (settings.corpus_dir / "catalog.yaml").write_text(
        "diagnostic-val-fleuri.pdf:\n  title: Diagnostic ESS du Val-Fleuri\n"
        "  publisher: CRESS Val-Fleuri\n  date: '2023-06'\n  territory: [Val-Fleuri]\n"
        "  url: https://www.example.org/diagnostic-ess\n", encoding="utf-8")
    process, url = start_app(settings)
    try:
        answer = Client(url, verbose=False).predict(
            "Combien de salariés compte l'économie sociale et solidaire du Val-Fleuri ?",
            [], None, api_name="/ask")
        assert "2 318 salariés" in answer["answer"]
        citation = answer["citations"][0]
        assert citation["page"] == 2 and citation["chunk_id"]

        link = f"{url}document/diagnostic-val-fleuri.pdf?passage={citation['chunk_id']}"
        status, kind, body = fetch(link)
        page = html.unescape(body.decode("utf-8"))
        assert status == 200 and kind.startswith("text/html")
        assert "<h1>Diagnostic ESS du Val-Fleuri</h1>" in page
        assert "CRESS Val-Fleuri · juin 2023 · Val-Fleuri" in page
        assert 'href="https://www.example.org/diagnostic-ess"' in page
        cited = re.search(r'<section id="passage-[0-9a-f]+" class="passage cited"[^>]*>(.*?)'
                          r"</section>", page, re.S)
        assert cited and "2 318 salariés" in cited.group(1)
        assert 'href="/document-original/diagnostic-val-fleuri.pdf#page=2"' in page
        assert "Ouvrir le PDF à la page 2" in page

        status, kind, original = fetch(f"{url}document-original/diagnostic-val-fleuri.pdf")
        assert kind == "application/pdf" and original == pdf.read_bytes()
    finally:
        stop(process)
