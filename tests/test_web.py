"""The web chat, driven for real: ``python app.py`` on a free port, gradio_client and Chromium."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml
from conftest import UNSAFE_DOCUMENT, WEB_ADMIN_PASSWORD, WebServer
from gradio_client import Client
from playwright.sync_api import Browser, Page, expect, sync_playwright

from esschat.uploads import check_content, safe_file_name

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic"]
ANSWER_TIMEOUT_MS = 60_000
JOBS_QUESTION = "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?"
PAS_DE_CALAIS = "departement-pas-de-calais-ess.txt"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                              args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser, web_server: WebServer, request: pytest.FixtureRequest
         ) -> Iterator[Page]:
    """A fresh tab on the chat; a screenshot lands in tests/artifacts/ if the test fails."""
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    open_chat(tab, web_server)
    yield tab
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(exist_ok=True)
        for number, opened in enumerate(context.pages):
            opened.screenshot(path=str(ARTIFACTS / f"{request.node.name}-{number}.png"),
                              full_page=True)
    context.close()


def open_chat(tab: Page, server: WebServer) -> None:
    tab.goto(server.url, wait_until="load")
    tab.locator("#question textarea").wait_for()


def ask(tab: Page, question: str) -> None:
    """Type a question, send it, and wait for its turn to be drawn."""
    turns = tab.locator("#transcript .turn")
    before = turns.count()
    tab.locator("#question textarea").fill(question)
    tab.locator("#send").click()
    expect(turns).to_have_count(before + 1, timeout=ANSWER_TIMEOUT_MS)


def last_turn(tab: Page):
    return tab.locator("#transcript .turn").last


def cited_files(tab: Page) -> list[str]:
    return last_turn(tab).locator(".source a.open-source").all_inner_texts()


def fetch(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return (response.status, response.headers.get("content-type", ""),
                    response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, "", ""


# ---------------------------------------------------------------- a visitor's first question

def test_home_page_says_what_the_corpus_covers_and_an_example_is_asked_in_one_click(
        page: Page) -> None:
    summary = page.locator("#corpus-summary")
    expect(summary).to_contain_text("Pas-de-Calais")
    expect(summary).to_contain_text("Seine-Saint-Denis")
    example = page.get_by_role("button", name=JOBS_QUESTION, exact=True)
    expect(example).to_be_visible()
    example.click()
    expect(page.locator("#transcript .turn")).to_have_count(1, timeout=ANSWER_TIMEOUT_MS)
    expect(last_turn(page).locator(".answer")).to_contain_text("48 390")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_page_is_french_named_and_usable_at_desktop_and_phone_width(
        browser: Browser, web_server: WebServer, width: int) -> None:
    """A visitor whose browser speaks English, on a desktop or a phone: every word on the
    page is French, every control has a French accessible name, the question box is on the
    first screen, and nothing shows an empty box."""
    context = browser.new_context(locale="en-US", viewport={"width": width, "height": 844})
    tab = context.new_page()
    try:
        open_chat(tab, web_server)
        box = tab.get_by_role("textbox", name="Votre question")
        expect(box).to_be_in_viewport()
        ask(tab, JOBS_QUESTION)
        ARTIFACTS.mkdir(exist_ok=True)
        tab.screenshot(path=str(ARTIFACTS / f"chat-{width}.png"), full_page=True)
        for name in ("Envoyer", "Nouvelle conversation", "Réponse utile", "Réponse à revoir"):
            expect(tab.get_by_role("button", name=name).first).to_be_visible()
        expect(tab.get_by_role("textbox", name=re.compile("Commentaire sur cette réponse"))
               ).to_be_visible()
        expect(tab.get_by_label("Limiter aux documents (facultatif)")).to_be_attached()
        unnamed = tab.evaluate("""() => [...document.querySelectorAll(
            'button, input, textarea, select, [role=button], [role=textbox]')]
            .filter(el => el.offsetParent !== null)
            .filter(el => !(el.getAttribute('aria-label') || el.labels?.[0]?.innerText
                            || el.innerText || el.getAttribute('title') || '').trim())
            .map(el => el.outerHTML.slice(0, 120))""")
        assert unnamed == []
        visible = tab.locator("body").inner_text()
        for english in ("Drop File", "Textbox", "Submit", "Clear", "Examples", "Built with",
                        "Use via API", "Settings", "Loading"):
            assert english not in visible, english
        assert tab.evaluate("document.documentElement.scrollWidth") <= width + 1
    finally:
        context.close()


def test_answer_quotes_its_source_and_the_source_opens_at_the_cited_passage(page: Page) -> None:
    ask(page, JOBS_QUESTION)
    turn = last_turn(page)
    expect(turn.locator(".answer")).to_contain_text("48 390")
    expect(turn.locator(".answer")).to_contain_text("[1]")
    source = turn.locator(".source").first
    expect(source).to_contain_text("Département du Pas-de-Calais")
    expect(source.locator("mark").first).to_contain_text("48 390 emplois")
    assert cited_files(page)[0] == PAS_DE_CALAIS

    with page.expect_popup() as popup_info:
        source.locator("a.open-source").click()
    document = popup_info.value
    document.wait_for_load_state("load")
    # A readable page: title, publisher, and the cited passage marked and scrolled to.
    expect(document.get_by_role("heading", level=1)).to_contain_text("Pas-de-Calais")
    expect(document.locator(".meta").first).to_contain_text("Département du Pas-de-Calais")
    cited = document.get_by_label("Passage cité")
    expect(cited).to_contain_text("L’ESS représente 48 390 emplois")
    expect(cited).to_be_in_viewport()
    expect(document.locator("body")).not_to_contain_text("Vous êtes ici")


def test_a_follow_up_uses_the_conversation_and_new_conversation_forgets_it(page: Page) -> None:
    ask(page, JOBS_QUESTION)
    ask(page, "Et combien d'établissements ?")
    expect(last_turn(page).locator(".answer")).to_contain_text("3 445")
    assert cited_files(page) == [PAS_DE_CALAIS]

    page.locator("#new-conversation").click()
    expect(page.locator("#transcript .turn")).to_have_count(0)
    ask(page, "   ")
    expect(last_turn(page).locator(".error")).to_have_text("La question est vide.")


def test_two_tabs_are_two_conversations(page: Page, browser: Browser,
                                        web_server: WebServer) -> None:
    other_context = browser.new_context()
    other = other_context.new_page()
    try:
        open_chat(other, web_server)
        ask(page, JOBS_QUESTION)
        ask(other, "Que signifie PTCE ?")
        expect(other.locator("#transcript .turn")).to_have_count(1)
        expect(other.locator("#transcript")).not_to_contain_text("48 390")
        expect(page.locator("#transcript .turn")).to_have_count(1)
        expect(page.locator("#transcript")).not_to_contain_text("PTCE")
    finally:
        other_context.close()


def test_the_document_filter_restricts_the_answer(page: Page) -> None:
    """Two documents speak of the ESS's partners: filtered to the one the first answer did
    not cite, the same question is answered from that document alone."""
    question = "Quels sont les partenaires de l'ESS ?"
    ask(page, question)
    unfiltered = set(cited_files(page))
    assert unfiltered
    est_ensemble = "est-ensemble-strategie-ess-2019.txt"
    label, source = (("Paris Est Marne", "cress-idf-paris-est-marne-bois-diagnostic-ess-2022.txt")
                     if est_ensemble in unfiltered else ("Est Ensemble", est_ensemble))

    page.locator("#filter input").fill(label)
    page.get_by_role("option", name=re.compile(label)).click()
    page.keyboard.press("Escape")
    ask(page, question)
    files = cited_files(page)
    assert files and set(files) == {source}


def test_each_answer_is_rated_beside_it_with_an_optional_comment(page: Page,
                                                                web_server: WebServer) -> None:
    feedback = web_server.settings.feedback_file
    before = feedback.read_text(encoding="utf-8").splitlines() if feedback.exists() else []
    ask(page, JOBS_QUESTION)
    ask(page, "Et combien d'établissements ?")
    first = page.locator("#transcript .turn").first
    first.get_by_role("textbox", name=re.compile("Commentaire")).fill(
        "Le chiffre est bon mais la date manque.")
    first.get_by_role("button", name="Réponse à revoir").click()
    expect(first.locator(".rated")).to_have_text("Merci pour votre avis !")
    # The second answer still has its own buttons.
    expect(last_turn(page).get_by_role("button", name="Réponse utile")).to_be_visible()
    lines = feedback.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(before) + 1
    record = json.loads(lines[-1])
    assert record["rating"] == "down"
    assert record["question"] == JOBS_QUESTION
    assert record["comment"] == "Le chiffre est bon mais la date manque."
    assert "48 390" in record["answer"]
    assert record["citations"][0]["source"] == PAS_DE_CALAIS
    assert record["time"]


# ---------------------------------------------------------------- hostile documents

def test_markup_in_a_document_is_shown_as_text_and_never_runs(page: Page) -> None:
    outside: list[str] = []
    page.on("request", lambda request: outside.append(request.url)
            if "evil.example" in request.url else None)
    ask(page, "Quand se réunit le comité de la monnaie locale ?")
    turn = last_turn(page)
    expect(turn.locator(".answer")).to_contain_text('<img src=x onerror="window.__pwned = true">')
    passage = turn.locator(".passage").first
    expect(passage).to_contain_text("<script>window.__pwned = true</script>")
    expect(passage).to_contain_text("![x](http://evil.example/x.png)")
    assert cited_files(page) == [UNSAFE_DOCUMENT]
    assert page.locator("#transcript img").count() == 0
    assert page.locator("#transcript script").count() == 0
    page.wait_for_timeout(500)
    assert page.evaluate("window.__pwned") is None
    assert outside == []


def test_document_route_serves_corpus_files_only(web_server: WebServer,
                                                 tmp_path: Path) -> None:
    status, kind, body = fetch(web_server.url + f"document/{UNSAFE_DOCUMENT}")
    assert status == 200
    assert kind.startswith("text/html")
    assert "&lt;script&gt;window.__pwned = true&lt;/script&gt;" in body
    assert "<script>" not in body

    secret = tmp_path / "secret.bin"
    secret.write_text("ne doit jamais sortir", encoding="utf-8")
    link = web_server.settings.corpus_dir / "lien.bin"
    link.symlink_to(secret)
    try:
        for path in ("document/lien.bin", "document/..%2Fapp.log",
                     "document/%2Fetc%2Fpasswd", "document/nexiste-pas.txt"):
            assert fetch(web_server.url + path)[0] == 404, path
    finally:
        link.unlink()


# ---------------------------------------------------------------- adding documents

def upload(tab: Page, server: WebServer, path: Path, password: str = WEB_ADMIN_PASSWORD,
           **metadata: str) -> str:
    """Open the administration page from the chat's link, fill the form (the metadata fields
    are optional), send it, and return the status it shows."""
    with tab.expect_popup() as popup_info:
        tab.get_by_role("link", name=re.compile("Ajouter un document")).click()
    admin = popup_info.value
    admin.wait_for_load_state("load")
    admin.get_by_label("Mot de passe d'administration").fill(password)
    for field, value in metadata.items():
        admin.locator(f"#upload-{field}").fill(value)
    admin.locator("#upload-file").set_input_files(str(path))
    admin.get_by_role("button", name="Ajouter au corpus").click()
    admin.wait_for_load_state("load")
    status = admin.locator("#upload-status").inner_text(timeout=ANSWER_TIMEOUT_MS)
    admin.close()
    return status


def test_an_uploaded_document_answers_at_once(page: Page, web_server: WebServer,
                                              tmp_path: Path) -> None:
    document = tmp_path / "Coopérative du Vallon (2024).txt"
    document.write_text(
        "La coopérative du Vallon\n\n"
        "La coopérative du Vallon a été fondée en 2011 par dix-sept maraîchers de l'Aveyron.\n"
        "Elle emploie aujourd'hui vingt-trois salariés en insertion.\n", encoding="utf-8")
    summary = page.locator("#corpus-summary")
    count_before = int(re.search(r"sur (\d+) document", summary.inner_text()).group(1))
    status = upload(page, web_server, document, title="Portrait de la coopérative du Vallon",
                    publisher="Réseau des maraîchers de l'Aveyron",
                    territory="Aveyron, Occitanie")
    assert "a été ajouté" in status, status
    saved = web_server.settings.uploads_dir / "Cooperative-du-Vallon-2024.txt"
    assert saved.read_bytes() == document.read_bytes()
    source = saved.relative_to(web_server.settings.corpus_dir).as_posix()
    # The form's fields became the file's catalog entry, and the header counts the document.
    catalog = yaml.safe_load((web_server.settings.corpus_dir / "catalog.yaml").read_text(
        encoding="utf-8"))
    assert catalog[source] == {"title": "Portrait de la coopérative du Vallon",
                               "publisher": "Réseau des maraîchers de l'Aveyron",
                               "territory": ["Aveyron", "Occitanie"]}
    page.reload(wait_until="load")
    expect(summary).to_contain_text(f"sur {count_before + 1} documents")
    expect(summary).to_contain_text("Occitanie")  # the territory the form gave

    ask(page, "Combien de salariés en insertion emploie la coopérative du Vallon ?")
    expect(last_turn(page).locator(".answer")).to_contain_text("vingt-trois salariés")
    assert cited_files(page) == [source]
    expect(last_turn(page)).to_contain_text("Portrait de la coopérative du Vallon")


def test_an_upload_with_only_a_territory_keeps_the_file_s_own_title(
        page: Page, web_server: WebServer, tmp_path: Path) -> None:
    """A town's officer uploads a note and fills in the territory only: the form's fields are
    all optional. The entry is kept; the header lists the territory; answers cite the title
    the note gives itself."""
    document = tmp_path / "note-fonds-quartier.md"
    document.write_text(
        "# Fonds solidaire de quartier : bilan 2025\n\n"
        "En 2025, le fonds solidaire de quartier de Sainte-Odile-sur-Lèze a soutenu onze "
        "projets pour 38 500 €.\n", encoding="utf-8")
    status = upload(page, web_server, document, territory="Sainte-Odile-sur-Lèze")
    assert "a été ajouté" in status and "bilan 2025" in status, status
    catalog = yaml.safe_load((web_server.settings.corpus_dir / "catalog.yaml").read_text(
        encoding="utf-8"))
    assert catalog["uploads/note-fonds-quartier.md"] == {"territory": ["Sainte-Odile-sur-Lèze"]}
    page.reload(wait_until="load")
    expect(page.locator("#corpus-summary")).to_contain_text("Sainte-Odile-sur-Lèze")

    ask(page, "Combien de projets le fonds solidaire de quartier a-t-il soutenus en 2025 ?")
    expect(last_turn(page).locator(".answer")).to_contain_text("onze projets")
    expect(last_turn(page)).to_contain_text("Fonds solidaire de quartier : bilan 2025")


def test_a_bad_upload_is_refused_by_name_and_changes_nothing(page: Page, web_server: WebServer,
                                                             tmp_path: Path) -> None:
    corpus = web_server.settings.corpus_dir
    before = sorted(str(path) for path in corpus.rglob("*") if path.is_file())
    fake = tmp_path / "rapport.pdf"
    fake.write_text("ceci n'est pas un PDF", encoding="utf-8")
    assert upload(page, web_server, fake) == "« rapport.pdf » n'est pas un vrai PDF."

    wrong = tmp_path / "note.txt"
    wrong.write_text("Une note.", encoding="utf-8")
    assert upload(page, web_server, wrong, password="pas-le-bon") == "Mot de passe incorrect."
    assert sorted(str(path) for path in corpus.rglob("*") if path.is_file()) == before

    ask(page, JOBS_QUESTION)
    expect(last_turn(page).locator(".answer")).to_contain_text("48 390")


def test_upload_names_are_sanitised() -> None:
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("C:\\Users\\x\\Économie sociale.PDF") == "Economie-sociale.pdf"
    assert safe_file_name(".cache.txt") == "cache.txt"
    assert safe_file_name("<script>.html") == "script.html"


@pytest.mark.parametrize(("name", "data"), [
    ("rapport.pdf", b"<html>pas un pdf</html>"),
    ("notes.txt", b"%PDF-1.7 binaire"),
    ("notes.txt", b"\x00\x01\x02binaire"),
    ("page.html", b"du texte sans balise"),
    ("programme.exe", b"MZ"),
    ("vide.md", b"   "),
])
def test_upload_content_must_match_its_extension(name: str, data: bytes) -> None:
    with pytest.raises(ValueError, match=re.escape(name)):
        check_content(name, data)


# ---------------------------------------------------------------- from Python, many at once

CONVERSATIONS = [
    ([JOBS_QUESTION, "Et combien d'établissements ?"], ["48 390", "3 445"]),
    (["Combien d'emplois l'ESS représente-t-elle sur Paris Est Marne&Bois ?"], ["11 234"]),
    (["Qui est le président de Simplon.co ?"], ["Frédéric Bardeau"]),
    (["Combien de fiches compte le kit MunicipalESS du RTES ?"], ["24 fiches"]),
    (["Combien de villes composent le territoire de Paris Est Marne&Bois ?"], ["13 villes"]),
]


def converse(url: str, questions: list[str]) -> list[str]:
    """One client, one conversation: each question is sent with the earlier ones as history."""
    client = Client(url, verbose=False)
    answers = []
    for number, question in enumerate(questions):
        result = client.predict(question, questions[:number], None, api_name="/ask")
        answers.append(result["answer"])
    return answers


def test_ten_conversations_at_once_are_each_answered_correctly(web_server: WebServer) -> None:
    plan = [CONVERSATIONS[i % len(CONVERSATIONS)] for i in range(10)]
    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(lambda item: converse(web_server.url, item[0]), plan))
    for (_, facts), answers in zip(plan, results, strict=True):
        for fact, answer in zip(facts, answers, strict=True):
            assert fact in answer


def test_the_api_returns_citations_and_respects_sources(web_server: WebServer) -> None:
    client = Client(web_server.url, verbose=False)
    result = client.predict("Quels sont les partenaires de l'ESS ?",
                            sources=["est-ensemble-strategie-ess-2019.txt"], api_name="/ask")
    assert result["citations"]
    assert {c["source"] for c in result["citations"]} == {"est-ensemble-strategie-ess-2019.txt"}
    assert all(c["quote"] in c["text"] for c in result["citations"])
    with pytest.raises(Exception, match="vide"):
        client.predict("", api_name="/ask")
