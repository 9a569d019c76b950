"""Robust under real use: an administrator ingests while staff ask questions, a rebuild is
killed, a colleague links a file from elsewhere, an attacker probes the uploads, a client
sends a huge history. Each story runs real processes: app.py, `esschat ingest`, SIGKILL."""

from __future__ import annotations

import html
import http.client
import json
import os
import signal
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import chromadb
import pytest
from conftest import (
    ESSCHAT_CLI,
    ROOT,
    esschat_env,
    free_port,
    run_cli,
    start_app,
    stop,
)
from gradio_client import Client

from esschat.catalog import Catalog
from esschat.generations import IngestLockedError, writer_lock
from esschat.index import ChunkStore
from esschat.pipeline import InvalidQuestionError, Pipeline

HALLE = """# La halle alimentaire de Bois-Vert

La halle alimentaire de Bois-Vert est une SCIC créée en 2019 par quarante producteurs.
Elle emploie douze salariés, dont cinq en contrat d'insertion.

## Gouvernance

Le conseil coopératif se réunit chaque trimestre.
"""
RECYCLERIE = """# La recyclerie du Haut-Plateau

La recyclerie du Haut-Plateau a collecté 212 tonnes d'objets en 2023.
Elle compte vingt-six bénévoles réguliers.
"""
ATELIER = """# L'atelier vélo solidaire

L'atelier vélo solidaire a réparé 1 450 vélos en 2023 avec ses adhérents.
"""
HALLE_Q = "Combien de salariés emploie la halle alimentaire de Bois-Vert ?"
RECYCLERIE_Q = "Combien de tonnes la recyclerie du Haut-Plateau a-t-elle collectées ?"
ATELIER_Q = "Combien de vélos l'atelier vélo solidaire a-t-il réparés ?"


def small_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "halle.md").write_text(HALLE, encoding="utf-8")
    (folder / "recyclerie.md").write_text(RECYCLERIE, encoding="utf-8")
    (folder / "catalog.yaml").write_text(
        "halle.md:\n  title: La halle de Bois-Vert\n  territory: [Vallée du Vert]\n"
        "recyclerie.md:\n  title: La recyclerie\n  territory: [Haut-Plateau]\n",
        encoding="utf-8")


@pytest.fixture
def indexed(make_settings, e5):
    """A small corpus, indexed: the starting point of each story."""
    settings = make_settings()
    small_corpus(settings.corpus_dir)
    assert Pipeline(settings, embeddings=e5).ingest().ok
    return settings


def ask_until(client: Client, question: str, wanted: str, timeout_s: float = 30.0) -> dict:
    """Ask until the answer holds ``wanted`` (an ingest reaches the app within seconds)."""
    deadline = time.monotonic() + timeout_s
    while True:
        result = client.predict(question, [], None, api_name="/ask")
        if wanted in result["answer"] or time.monotonic() > deadline:
            return result
        time.sleep(1.0)


# ---------------------------------------------------------------- index changes reach the app

def test_the_running_chat_follows_files_added_changed_and_removed_by_the_cli(indexed):
    process, url = start_app(indexed)
    try:
        client = Client(url, verbose=False)
        assert "douze salariés" in client.predict(HALLE_Q, [], None, api_name="/ask")["answer"]

        (indexed.corpus_dir / "atelier.md").write_text(ATELIER, encoding="utf-8")
        assert run_cli(indexed, "ingest").returncode == 0
        added = ask_until(client, ATELIER_Q, "1 450")
        assert "1 450 vélos" in added["answer"]
        assert added["citations"][0]["source"] == "atelier.md"
        filtered = client.predict(ATELIER_Q, [], ["atelier.md"], api_name="/ask")
        assert "1 450" in filtered["answer"]

        (indexed.corpus_dir / "halle.md").write_text(
            HALLE.replace("douze salariés", "quinze salariés"), encoding="utf-8")
        (indexed.corpus_dir / "recyclerie.md").unlink()
        assert run_cli(indexed, "ingest").returncode == 0
        assert "quinze salariés" in ask_until(client, HALLE_Q, "quinze")["answer"]
        gone = ask_until(client, RECYCLERIE_Q, "ne ")
        assert "212" not in gone["answer"] and gone["abstained"]
    finally:
        stop(process)
    logged = "".join(path.read_text(encoding="utf-8")
                     for path in indexed.data_dir.glob("app-*.log"))
    assert "DEBUG" not in logged and "DÉBOGAGE" not in logged, logged


def test_questions_asked_during_a_rebuild_are_all_answered(indexed):
    process, url = start_app(indexed)
    answers: list[str] = []
    errors: list[str] = []
    done = threading.Event()

    def keep_asking() -> None:
        client = Client(url, verbose=False)
        while not done.is_set():
            try:
                answers.append(client.predict(HALLE_Q, [], None, api_name="/ask")["answer"])
            except Exception as error:  # any failure is what this test is about
                errors.append(repr(error))

    asker = threading.Thread(target=keep_asking)
    asker.start()
    try:
        assert run_cli(indexed, "ingest", "--rebuild").returncode == 0
        time.sleep(3)  # past the app's next look at the pointer
    finally:
        done.set()
        asker.join(timeout=60)
        stop(process)
    assert errors == []
    assert len(answers) >= 5 and all("douze salariés" in answer for answer in answers)


def test_an_ingest_in_server_mode_reaches_a_running_app_and_a_rebuild_switches_over(
        chroma_server, make_settings, e5):
    settings = make_settings(chroma_url=chroma_server.url,
                             collection=f"robust-{uuid.uuid4().hex[:8]}")
    small_corpus(settings.corpus_dir)
    assert Pipeline(settings, embeddings=e5).ingest().ok
    running = Pipeline(settings, embeddings=e5)
    assert running.ask(ATELIER_Q).abstained

    (settings.corpus_dir / "atelier.md").write_text(ATELIER, encoding="utf-8")
    assert run_cli(settings, "ingest").returncode == 0
    time.sleep(2.5)
    assert "1 450" in running.ask(ATELIER_Q).answer

    before = running.store.generation
    assert run_cli(settings, "ingest", "--rebuild").returncode == 0
    time.sleep(2.5)
    assert "douze salariés" in running.ask(HALLE_Q).answer
    assert running.store.generation != before


# ---------------------------------------------------------------- a rebuild killed anywhere

def test_a_rebuild_killed_at_any_point_leaves_a_complete_index_serving(indexed, e5):
    reader = Pipeline(indexed, embeddings=e5)
    expected = sorted(reader.store.file_states())
    count = reader.store.count()
    for delay in (0.5, 4.0, 8.0, 12.0):
        child = subprocess.Popen([str(ESSCHAT_CLI), "ingest", "--rebuild"],
                                 env=esschat_env(indexed), cwd=indexed.data_dir.parent,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        fresh = Pipeline(indexed, embeddings=e5)
        assert sorted(fresh.store.file_states()) == expected, delay
        assert fresh.store.count() == count, delay
        assert "douze salariés" in fresh.ask(HALLE_Q).answer, delay

    finished = run_cli(indexed, "ingest", "--rebuild")
    assert finished.returncode == 0, finished.stderr
    rebuilt = Pipeline(indexed, embeddings=e5).store
    assert sorted(chunk.id for chunk in rebuilt.all_chunks()) == sorted(
        chunk.id for chunk in reader.store.all_chunks())
    folders = [path.name for path in indexed.index_dir.iterdir() if path.name.startswith("g")]
    assert len(folders) <= 2, folders


def test_a_second_ingest_says_in_one_line_which_process_holds_the_lock(indexed, e5):
    store = ChunkStore(indexed, e5)
    with writer_lock(store.generations.lock_file()):
        (indexed.corpus_dir / "atelier.md").write_text(ATELIER, encoding="utf-8")
        result = run_cli(indexed, "ingest")
        with pytest.raises(IngestLockedError):
            Pipeline(indexed, embeddings=e5).ingest()
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"processus {os.getpid()}" in lines[0], result.stderr
    assert run_cli(indexed, "ingest").returncode == 0


# ---------------------------------------------------------------- only the corpus

def test_a_link_to_a_file_outside_the_corpus_is_skipped_by_name(indexed, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secrets.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\nLe mot de passe est tournesol.\n",
                      encoding="utf-8")
    (indexed.corpus_dir / "passwd-link.txt").symlink_to(secret)
    (indexed.corpus_dir / "dossier-lie").symlink_to(outside, target_is_directory=True)

    result = run_cli(indexed, "ingest")
    assert "passwd-link.txt" in result.stderr and "hors du dossier du corpus" in result.stderr
    answer = run_cli(indexed, "ask", "Quel est le mot de passe ?", "--json")
    parsed = json.loads(answer.stdout)
    assert "tournesol" not in parsed["answer"]
    assert all("secrets" not in c["source"] and "passwd" not in c["source"]
               for c in parsed["citations"])


def test_the_cli_quotes_a_passage_exactly_as_written(indexed):
    (indexed.corpus_dir / "notes.txt").write_text(
        "Notes techniques\n\nLe code d'accès du local associatif est :x: puis 1234.\n",
        encoding="utf-8")
    assert run_cli(indexed, "ingest").returncode == 0
    result = run_cli(indexed, "ask", "Quel est le code d'accès du local associatif ?")
    assert "est :x: puis 1234" in result.stdout
    assert "❌" not in result.stdout


# ---------------------------------------------------------------- bounded requests

def test_a_long_history_is_bounded_and_a_question_without_words_is_refused(indexed, e5):
    pipeline = Pipeline(indexed, embeddings=e5)
    for empty in ("???", "\x00\x01 ?!", "… — …"):
        with pytest.raises(InvalidQuestionError, match="aucun mot"):
            pipeline.ask(empty)
    history = [f"Question numéro {n} sur la recyclerie et ses bénévoles ?" for n in range(200)]
    kept = pipeline.bounded_history(history)
    assert kept == history[-len(kept):]
    assert len(kept) <= indexed.max_history_turns
    assert sum(map(len, kept)) <= indexed.max_history_chars
    with pytest.raises(InvalidQuestionError, match="historique"):
        pipeline.ask(HALLE_Q, history=["x" * 100_000])
    assert "douze salariés" in pipeline.ask(HALLE_Q, history=history).answer
    hurried = Pipeline(indexed.model_copy(update={"request_timeout_s": 1e-6}), embeddings=e5)
    with pytest.raises(InvalidQuestionError, match="dépassé"):
        hurried.ask(HALLE_Q)


def test_hostile_histories_under_concurrent_load_do_not_stop_the_others(indexed):
    process, url = start_app(indexed)
    try:
        def ask(hostile: bool) -> str:
            client = Client(url, verbose=False)
            history = ["Et la recyclerie ? " * 5000] if hostile else []
            try:
                return client.predict(HALLE_Q, history, None, api_name="/ask")["answer"]
            except Exception as error:
                return f"refused: {error}"

        results: dict[int, str] = {}
        threads = [threading.Thread(target=lambda n=n: results.__setitem__(n, ask(n % 4 == 0)))
                   for n in range(20)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert len(results) == 20
        for number, answer in results.items():
            if number % 4 == 0:
                assert "historique" in answer, answer
            else:
                assert "douze salariés" in answer, answer
    finally:
        stop(process)


# ---------------------------------------------------------------- uploads take only uploads

def post(url: str, body: bytes, content_type: str) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, html.unescape(response.read().decode("utf-8"))
    except urllib.error.HTTPError as error:
        return error.code, html.unescape(error.read().decode("utf-8"))


def post_announced(url: str, path: str, body: bytes, content_type: str) -> int:
    """The status of a POST whose size is announced but whose body is not sent: the server
    must refuse on the announced size alone (sending the whole body would race its early
    answer and end in a broken pipe)."""
    parsed = urllib.parse.urlparse(url)
    connection = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=60)
    try:
        connection.putrequest("POST", path)
        connection.putheader("Content-Type", content_type)
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders()
        connection.send(body[:1024])
        return connection.getresponse().status
    finally:
        connection.close()


def multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = []
    for name, value in fields.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
                     f"{value}\r\n".encode())
    for name, (filename, data) in files.items():
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                     f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'
                     .encode() + data + b"\r\n")
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), \
        f"multipart/form-data; boundary={boundary}"


def stored_files(root: Path) -> list[str]:
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def test_uploads_take_only_the_bytes_of_an_authenticated_request(indexed):
    process, url = start_app(indexed, admin_password="secret-admin", upload_max_mb="1")
    try:
        corpus_before = stored_files(indexed.corpus_dir)
        data_before = stored_files(indexed.data_dir)
        body, kind = multipart({}, {"files": ("x.txt", b"Un fichier pour Gradio.")})
        assert post(url + "gradio_api/upload", body, kind)[0] == 403

        body, kind = multipart({"password": "secret-admin", "path": str(ROOT / "LICENSE"),
                                "file": str(ROOT / "LICENSE")}, {})
        status, page = post(url + "admin/upload", body, kind)
        assert status == 400 and "Choisissez d'abord un fichier" in page

        body, kind = multipart({"password": "pas-le-bon"}, {"file": ("note.txt", b"Une note.")})
        status, page = post(url + "admin/upload", body, kind)
        assert status == 403 and "Mot de passe incorrect" in page

        big = b"Une ligne de texte assez longue pour peser.\n" * 40_000
        body, kind = multipart({"password": "secret-admin"}, {"file": ("gros.txt", big)})
        assert post_announced(url, "/admin/upload", body, kind) == 413
        assert stored_files(indexed.corpus_dir) == corpus_before
        assert [name for name in stored_files(indexed.data_dir) if name not in data_before
                and not name.endswith(".log")] == []

        body, kind = multipart({"password": "secret-admin", "title": "L'atelier vélo"},
                               {"file": ("atelier.md", ATELIER.encode())})
        status, page = post(url + "admin/upload", body, kind)
        assert status == 200 and "a été ajouté" in page, page
        assert (indexed.corpus_dir / "uploads" / "atelier.md").read_text(
            encoding="utf-8") == ATELIER
        client = Client(url, verbose=False)
        assert "1 450" in client.predict(ATELIER_Q, [], None, api_name="/ask")["answer"]
    finally:
        stop(process)


def test_the_upload_folder_has_a_count_limit(indexed, e5):
    from esschat.uploads import Uploader, UploadRefused

    settings = indexed.model_copy(update={"upload_max_files": 1})
    uploader = Uploader(Pipeline(settings, embeddings=e5), threading.Lock())
    assert "a été ajouté" in uploader.add("atelier.md", ATELIER.encode())
    with pytest.raises(UploadRefused, match="ESSCHAT_UPLOAD_MAX_FILES"):
        uploader.add("autre.md", b"# Autre\n\nUn autre document de l'ESS.\n")
    assert not (settings.uploads_dir / "autre.md").exists()


def test_the_document_route_serves_indexed_documents_only(indexed):
    (indexed.corpus_dir / ".cache.txt").write_text("caché", encoding="utf-8")
    (indexed.corpus_dir / "nouveau.txt").write_text("Pas encore indexé.", encoding="utf-8")
    process, url = start_app(indexed)
    try:
        # Uploads are off (no admin password): Gradio's endpoint stores nothing, and there
        # is no admin page.
        before = stored_files(indexed.data_dir)
        body, kind = multipart({}, {"files": ("x.txt", b"Un fichier pour Gradio.")})
        assert post(url + "gradio_api/upload", body, kind)[0] == 403
        assert [name for name in stored_files(indexed.data_dir)
                if name not in before and not name.endswith(".log")] == []
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(url + "admin", timeout=10)
        assert missing.value.code == 404
        with urllib.request.urlopen(url + "document/halle.md", timeout=10) as response:
            assert "Bois-Vert" in response.read().decode("utf-8")
        for path in ("catalog.yaml", ".cache.txt", "nouveau.txt", "halle.md%00.txt",
                     "halle.md%00", "%00", "..%2Fhalle.md", "sub%5C..%5Challe.md"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url + "document/" + path, timeout=10)
            assert refused.value.code == 404, path
    finally:
        stop(process)


# ---------------------------------------------------------------- catalog and large files

def test_an_invalid_catalog_stops_the_ingest_and_keeps_the_previous_metadata(indexed, e5):
    catalog = indexed.corpus_dir / "catalog.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8")
                       + "atelier.md:\n  title: [pas fermé\n", encoding="utf-8")
    (indexed.corpus_dir / "atelier.md").write_text(ATELIER, encoding="utf-8")
    result = run_cli(indexed, "ingest")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "catalog.yaml, ligne" in lines[0], result.stderr
    assert "ligne 8, colonne 10" in lines[0]  # where the unclosed bracket opened
    pipeline = Pipeline(indexed, embeddings=e5)
    assert "atelier.md" not in pipeline.store.file_states()
    assert pipeline.catalog.territories() == ["Vallée du Vert", "Haut-Plateau"]
    assert pipeline.store.file_states()["halle.md"].title == "La halle de Bois-Vert"


def test_a_catalog_entry_for_a_missing_file_is_reported_and_covers_nothing(indexed, e5):
    catalog = indexed.corpus_dir / "catalog.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8")
                       + "absent.pdf:\n  title: Absent\n  territory: [Gers]\n", encoding="utf-8")
    pipeline = Pipeline(indexed, embeddings=e5)
    report = pipeline.ingest()
    assert "absent.pdf" in report.warnings
    assert "Gers" not in pipeline.catalog.territories()
    assert "Gers" not in Catalog.load(catalog).territories()


def test_a_new_title_reaches_the_lexical_side_too(indexed, e5):
    pipeline = Pipeline(indexed, embeddings=e5)
    assert {c.title for c in pipeline.store.lexical().chunks if c.source == "halle.md"} == {
        "La halle de Bois-Vert"}
    catalog = indexed.corpus_dir / "catalog.yaml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace(
        "La halle de Bois-Vert", "Portrait de la halle"), encoding="utf-8")
    pipeline.ingest()
    assert {c.title for c in pipeline.store.lexical().chunks if c.source == "halle.md"} == {
        "Portrait de la halle"}
    assert pipeline.search("portrait halle", k=1)[0].chunk.title == "Portrait de la halle"


def test_a_file_over_the_size_cap_or_unreadable_is_not_read_again_until_it_changes(
        indexed, e5, monkeypatch):
    from esschat import ingest

    (indexed.corpus_dir / "casse.pdf").write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    (indexed.corpus_dir / "gros.txt").write_text("Une ligne de texte.\n" * 20_000,
                                                  encoding="utf-8")
    settings = indexed.model_copy(update={"max_file_mb": 0.2})
    first = Pipeline(settings, embeddings=e5).ingest()
    assert set(first.failed) == {"casse.pdf", "gros.txt"}
    assert "ESSCHAT_MAX_FILE_MB" in first.failed["gros.txt"]

    def no_read(self, path):
        raise AssertionError(f"{path} read again")

    monkeypatch.setattr(ingest.FileReader, "read", no_read)
    second = Pipeline(settings, embeddings=e5).ingest()
    assert set(second.failed) == {"casse.pdf", "gros.txt"}
    assert second.chunks_added == 0

    monkeypatch.undo()
    (indexed.corpus_dir / "casse.pdf").unlink()
    (indexed.corpus_dir / "casse.md").write_text("# Réparé\n\nLe fichier est réparé.\n",
                                                 encoding="utf-8")
    assert "casse.pdf" not in Pipeline(settings, embeddings=e5).ingest().failed


def test_files_a_stalled_reader_could_not_read_are_read_at_the_next_ingest(
        indexed, e5, monkeypatch):
    """On a swamped machine the reading process may not start in time. That is no fault of
    the files: they are reported, and the next ingest reads them instead of skipping them as
    unreadable until they change."""
    from esschat import ingest

    (indexed.corpus_dir / "bilan.md").write_text(
        "# Bilan\n\nLa recyclerie a détourné 212 tonnes de déchets en 2024.\n", encoding="utf-8")
    monkeypatch.setattr(ingest, "READER_STARTUP_S", 0.0)
    stalled = Pipeline(indexed, embeddings=e5).ingest()
    assert stalled.failed == {"bilan.md": "le processus de lecture des fichiers n'a pas pu "
                                          "démarrer ; nouvel essai au prochain chargement"}

    monkeypatch.undo()
    again = Pipeline(indexed, embeddings=e5).ingest()
    assert again.failed == {}
    assert "212 tonnes" in Pipeline(indexed, embeddings=e5).ask(
        "Combien de tonnes la recyclerie a-t-elle détournées ?").answer


def test_a_large_file_interrupted_midway_resumes_without_embedding_twice(make_settings, e5,
                                                                         monkeypatch):
    from esschat import ingest

    settings = make_settings()
    paragraphs = [f"La structure numéro {n} de l'annuaire emploie {n + 3} salariés dans le "
                  f"quartier {n % 7} et accompagne {n * 2} bénévoles chaque année."
                  for n in range(60)]
    (settings.corpus_dir / "annuaire.md").write_text(
        "# Annuaire\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    settings = settings.model_copy(update={"chunk_size": 200})
    monkeypatch.setattr(ingest, "ADD_SLICE", 4)
    real_add, stored = ChunkStore.add, []

    def stop_after_two_slices(store, chunks, vectors, evidence) -> None:
        if len(stored) == 2:
            raise KeyboardInterrupt
        stored.append(len(chunks))
        real_add(store, chunks, vectors, evidence)

    monkeypatch.setattr(ChunkStore, "add", stop_after_two_slices)
    with pytest.raises(KeyboardInterrupt):
        Pipeline(settings, embeddings=e5).ingest()
    assert not any(thread.name == "esschat-read-ahead" for thread in threading.enumerate())
    monkeypatch.setattr(ChunkStore, "add", real_add)
    report = Pipeline(settings, embeddings=e5).ingest()
    assert report.chunks_unchanged == sum(stored) == 8
    assert report.chunks_added > 8
    total = Pipeline(settings, embeddings=e5).store.count()
    assert total == report.chunks_added + 8


def test_progress_prints_plain_lines_into_a_log(indexed):
    (indexed.corpus_dir / "atelier.md").write_text(ATELIER, encoding="utf-8")
    result = run_cli(indexed, "ingest")
    assert result.returncode == 0
    assert "Indexation : fichiers 1/1 lus, passages 1/1 vectorisés" in result.stderr, \
        result.stderr


def test_the_next_files_are_read_while_the_model_embeds(make_settings, e5, monkeypatch):
    """On two cores, parsing the next documents overlaps with embedding the current ones, and
    progress counts files read and chunks embedded, with an estimate of what is left."""
    from esschat import ingest

    settings = make_settings()
    for n in range(24):
        (settings.corpus_dir / f"compte-rendu-{n:02}.md").write_text(
            RECYCLERIE.replace("212", str(200 + n)), encoding="utf-8")
    monkeypatch.setattr(ingest, "ADD_SLICE", 4)
    reads, embeds = [], []
    real_read, real_embed = ingest.FileReader.read, type(e5).embed_in_batches

    def timed_read(reader, path):
        document = real_read(reader, path)
        reads.append(time.monotonic())
        return document

    def timed_embed(model, texts, on_batch=None):
        started = time.monotonic()
        vectors = real_embed(model, texts, on_batch)
        embeds.append((started, time.monotonic()))
        return vectors

    monkeypatch.setattr(ingest.FileReader, "read", timed_read)
    monkeypatch.setattr(type(e5), "embed_in_batches", timed_embed)
    states = []
    report = Pipeline(settings, embeddings=e5).ingest(
        progress=lambda state: states.append(
            (state.files_read, state.chunks_done, state.chunks_expected, state.reading_done)))
    assert report.ok and report.files_changed == 24
    assert any(start < read < end for read in reads for start, end in embeds), \
        "no file was read while the model was embedding"
    assert states[-1] == (24, report.chunks_added, report.chunks_added, True)
    assert any(done > 0 and files < 24 for files, done, _, _ in states)
    assert not any(thread.name == "esschat-read-ahead" for thread in threading.enumerate())


def test_a_chroma_server_lost_during_an_ingest_gives_one_line(make_settings, tmp_path):
    from conftest import CHROMA_CLI, ChromaServer, _wait_for_heartbeat

    port = free_port()
    server = subprocess.Popen([str(CHROMA_CLI), "run", "--path", str(tmp_path / "chroma"),
                               "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_heartbeat(ChromaServer(f"http://127.0.0.1:{port}", tmp_path, server))
        settings = make_settings(chroma_url=f"http://127.0.0.1:{port}", collection="lost")
        small_corpus(settings.corpus_dir)
        for n in range(40):
            (settings.corpus_dir / f"note-{n}.md").write_text(
                f"# Note {n}\n\n" + RECYCLERIE.replace("212", str(n)) * 3, encoding="utf-8")
        child = subprocess.Popen([str(ESSCHAT_CLI), "ingest"], env=esschat_env(settings),
                                 cwd=settings.data_dir.parent, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        watcher = chromadb.HttpClient(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 120
        while not any(c.name.startswith("lost-g") for c in watcher.list_collections()):
            assert child.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        server.kill()  # the ingest has begun writing a generation: the server goes away
        _, stderr = child.communicate(timeout=120)
    finally:
        server.kill()
    assert child.returncode in (1, 2)
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("erreur")]
    assert len(errors) == 1 and "Chroma" in errors[0], stderr
