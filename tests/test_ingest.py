"""Ingestion: the index follows the corpus folder, cheaply and without losing anything.

The story: a first ingest embeds every passage into a real Chroma collection (cosine distance,
telemetry off); running it again embeds nothing; an edited file has its old passages replaced,
a deleted file's passages disappear; unsupported files are skipped by name; every unusable
file is reported in one line naming it while all the others are indexed, and a file that turns
bad keeps its passages; a PDF that takes forever to parse is cut off by the per-file time
limit; `esschat ingest` exits 1 when a file failed and 0 otherwise.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import numpy as np
import pytest
from conftest import (
    CORPUS,
    ROOT,
    esschat_env,
    free_port,
    run_cli,
    wait_until_up,
    write_bad_files,
    write_pdf,
    write_slow_pdf,
)

from esschat.evidence import chunk_passages
from esschat.index import SCHEMA_VERSION, ChunkStore, IndexOutdatedError
from esschat.ingest import FileReader
from esschat.pipeline import Pipeline
from esschat.readers import LoadError

COOPERATIVES = """Les coopératives d'habitants

Les coopératives d'habitants rassemblent 1 200 ménages dans la métropole lyonnaise.
Elles gèrent collectivement leurs immeubles.

Leur financement

Les banques coopératives prêtent aux projets sur vingt-cinq ans.
"""

INSERTION = """# Insertion par l'activité économique

Les structures d'insertion accueillent 140 000 salariés en parcours chaque année.

## Les ateliers chantiers

Les ateliers chantiers d'insertion relèvent souvent du statut associatif.
"""

MONNAIE = """<html><head><title>La monnaie locale</title></head><body>
<nav>Accueil | Plan du site</nav>
<h1>La monnaie locale</h1><p>La gonette circule chez 850 commerçants.</p>
</body></html>"""


def write_corpus(folder):
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    (folder / "cooperatives.txt").write_text(COOPERATIVES, encoding="utf-8")
    (folder / "insertion.md").write_text(INSERTION, encoding="utf-8")
    (folder / "sub" / "monnaie.html").write_text(MONNAIE, encoding="utf-8")


def texts_by_source(pipeline: Pipeline) -> dict[str, str]:
    joined: dict[str, str] = {}
    for chunk in pipeline.store.all_chunks():
        joined[chunk.source] = joined.get(chunk.source, "") + "\n" + chunk.text
    return joined


def test_ingestion_is_incremental_and_idempotent(make_settings, e5):
    settings = make_settings()
    write_corpus(settings.corpus_dir)
    pipeline = Pipeline(settings, embeddings=e5)

    first = pipeline.ingest()
    assert first.ok and first.failed == {} and first.skipped == {}
    assert first.files_seen == 3 and first.files_changed == 3
    assert first.chunks_added == pipeline.store.count() > 3
    assert first.chunks_removed == 0 and first.chunks_unchanged == 0
    assert first.seconds > 0
    by_source = texts_by_source(pipeline)
    assert set(by_source) == {"cooperatives.txt", "insertion.md", "sub/monnaie.html"}
    assert "850 commerçants" in by_source["sub/monnaie.html"]
    assert "Plan du site" not in by_source["sub/monnaie.html"]

    # Nothing changed: nothing is embedded again.
    calls = e5.calls
    second = pipeline.ingest()
    assert e5.calls == calls
    assert (second.chunks_added, second.chunks_removed, second.files_changed) == (0, 0, 0)
    assert second.chunks_unchanged == first.chunks_added
    assert second.files_seen == 3

    # One paragraph edited: only its passage is embedded again, the old one is gone.
    before = {chunk.id: chunk for chunk in pipeline.store.all_chunks()}
    (settings.corpus_dir / "cooperatives.txt").write_text(
        COOPERATIVES.replace("vingt-cinq ans", "trente ans"), encoding="utf-8")
    third = pipeline.ingest()
    assert third.files_changed == 1
    assert third.chunks_added == 1 and third.chunks_removed == 1
    assert third.chunks_unchanged == first.chunks_added - 1
    after = {chunk.id: chunk for chunk in pipeline.store.all_chunks()}
    text = texts_by_source(pipeline)["cooperatives.txt"]
    assert "trente ans" in text and "vingt-cinq ans" not in text
    assert len(set(before) - set(after)) == 1 and len(set(after) - set(before)) == 1
    assert pipeline.search("Combien de temps durent les prêts des banques coopératives ?",
                           mode="lexical")[0].chunk.text.count("trente ans") == 1

    # A deleted file's passages are removed, from both the vectors and the lexical side.
    removed = [chunk.id for chunk in after.values() if chunk.source == "insertion.md"]
    (settings.corpus_dir / "insertion.md").unlink()
    fourth = pipeline.ingest()
    assert fourth.files_seen == 2 and fourth.chunks_removed == len(removed) > 0
    assert fourth.chunks_added == 0
    assert "insertion.md" not in texts_by_source(pipeline)
    assert all(hit.chunk.source != "insertion.md"
               for hit in pipeline.search("structures d'insertion ateliers chantiers", k=20))

    # A fresh process (new pipeline on the same folder) sees the same, unchanged index.
    reopened = Pipeline(settings, embeddings=e5)
    calls = e5.calls
    fifth = reopened.ingest()
    assert e5.calls == calls and fifth.chunks_added == 0
    assert fifth.chunks_unchanged == reopened.store.count()


def test_index_uses_cosine_distance_and_no_telemetry(bundled):
    assert bundled.store.collection.configuration["hnsw"]["space"] == "cosine"
    assert bundled.store.current().client.get_settings().anonymized_telemetry is False
    hit = bundled.retriever.dense("nombre d'emplois de l'ESS dans le Pas-de-Calais")[0]
    assert 0.0 < hit[1] <= 1.0  # 1 - cosine distance


def test_sentences_are_embedded_when_first_asked_about_with_the_answers_of_a_full_ingest(
        make_settings, bundled, e5, monkeypatch):
    """By default an ingest embeds the chunk texts only (what the model cannot do without);
    a sentence is embedded the first time a question retrieves it. With
    ESSCHAT_SENTENCE_VECTORS=ingest every sentence is embedded while indexing and stored in
    its chunk's metadata (at 100k chunks a second vector index of ~600k sentences would be
    loaded whole into memory), and questions embed nothing more. Both give the same answers."""
    assert [c.name for c in bundled.store.current().client.list_collections()] == [
        bundled.store.collection.name]
    first = bundled.store.lexical().chunks[0]
    assert bundled.store.evidence.vectors({first.id: chunk_passages(first)}, 384) == {}

    settings = make_settings(sentence_vectors="ingest")
    shutil.copytree(CORPUS, settings.corpus_dir, dirs_exist_ok=True)
    full = Pipeline(settings, embeddings=e5)
    assert full.ingest().ok
    chunk = full.store.lexical().chunks[0]
    passages = chunk_passages(chunk)
    stored = full.store.evidence.vectors({chunk.id: passages}, 384)
    assert list(stored) == passages
    fresh = np.asarray(e5.embed_documents(passages[:1])[0])
    assert float(stored[passages[0]] @ fresh) > 0.99

    questions = ["Combien de fois par an le CDESS se réunit-il ?",
                 "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?",
                 "Qu'est-ce que l'ESS ?", "Qui est Julie Orliac ?",
                 "Combien de salariés compte l'ESS en Bretagne ?"]
    on_demand = [bundled.ask(question).answer for question in questions]

    def no_sentence_embedding(texts):
        raise AssertionError(f"embedded at question time: {texts[:1]}")

    monkeypatch.setattr(e5, "embed_documents", no_sentence_embedding)
    assert [full.ask(question).answer for question in questions] == on_demand
    assert "deux fois par an" in on_demand[0]


def test_a_catalog_change_reindexes_the_file_with_the_new_title(make_settings, e5):
    settings = make_settings()
    write_corpus(settings.corpus_dir)
    pipeline = Pipeline(settings, embeddings=e5)
    pipeline.ingest()
    (settings.corpus_dir / "catalog.yaml").write_text(
        'cooperatives.txt:\n  title: "Habiter en coopérative"\n  publisher: "Réseau X"\n'
        '  territory: ["Métropole de Lyon"]\n', encoding="utf-8")
    report = pipeline.ingest()
    assert report.files_seen == 3 and report.files_changed == 1
    titles = {chunk.title for chunk in pipeline.store.all_chunks()
              if chunk.source == "cooperatives.txt"}
    assert titles == {"Habiter en coopérative"}


def test_unsupported_and_hidden_files_are_skipped_by_name(make_settings, e5):
    settings = make_settings()
    write_corpus(settings.corpus_dir)
    (settings.corpus_dir / "tableau.xlsx").write_bytes(b"PK\x03\x04 spreadsheet")
    (settings.corpus_dir / "LISEZMOI").write_text("pas d'extension", encoding="utf-8")
    (settings.corpus_dir / ".brouillon.txt").write_text("caché", encoding="utf-8")
    report = Pipeline(settings, embeddings=e5).ingest()
    assert report.ok and report.files_seen == 3
    assert report.skipped == {"tableau.xlsx": "type de fichier non pris en charge (.xlsx)",
                              "LISEZMOI": "type de fichier non pris en charge (sans extension)"}

    result = run_cli(settings, "ingest")
    assert result.returncode == 0, result.stderr
    assert "ignoré tableau.xlsx : type de fichier non pris en charge (.xlsx)" in result.stderr
    assert "Traceback" not in result.stderr


def summary_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if re.match(r"\d+ fichiers? vus?, ", line)]
    assert len(lines) == 1, stderr
    return lines[0]


def test_bad_files_are_reported_one_line_each_and_the_rest_is_indexed(make_settings, e5):
    settings = make_settings()
    write_corpus(settings.corpus_dir)
    bad = write_bad_files(settings.corpus_dir)
    windows = "Les régies de quartier emploient 8 000 habitants — « un levier » d’insertion."
    (settings.corpus_dir / "windows.txt").write_bytes(windows.encode("cp1252"))

    result = run_cli(settings, "ingest")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    for name, word in bad.items():
        lines = [line for line in result.stderr.splitlines()
                 if line.startswith(f"échec {name} :")]
        assert len(lines) == 1, (name, result.stderr)
        assert word in lines[0], lines[0]
    assert "avertissement windows.txt : lu en Windows-1252" in result.stderr
    summary = summary_line(result.stderr)
    assert re.search(rf"^{3 + 1 + len(bad)} fichiers vus, \d+ passages ajoutés, 0 supprimé, "
                     rf"0 inchangé, {len(bad)} fichiers en échec, en \d+,\d s", summary), summary

    pipeline = Pipeline(settings, embeddings=e5)
    indexed = texts_by_source(pipeline)
    assert set(indexed) == {"cooperatives.txt", "insertion.md", "sub/monnaie.html",
                            "windows.txt"}
    assert windows in indexed["windows.txt"]

    # A file that turns bad keeps its passages; the next run still reports it.
    kept = sorted(chunk.id for chunk in pipeline.store.all_chunks()
                  if chunk.source == "cooperatives.txt")
    (settings.corpus_dir / "cooperatives.txt").write_bytes(b"\x00\x01\x02" * 500)
    report = pipeline.ingest()
    assert report.failed["cooperatives.txt"] == "contenu binaire, pas du texte"
    assert set(report.failed) == {"cooperatives.txt", *bad}
    assert sorted(chunk.id for chunk in pipeline.store.all_chunks()
                  if chunk.source == "cooperatives.txt") == kept
    assert report.chunks_removed == 0

    # Once the bad files are gone and the text is back, ingest succeeds with exit code 0.
    for name in bad:
        (settings.corpus_dir / name).unlink()
    (settings.corpus_dir / "cooperatives.txt").write_text(COOPERATIVES, encoding="utf-8")
    result = run_cli(settings, "ingest")
    assert result.returncode == 0, result.stderr
    assert "échec" not in result.stderr.replace("0 fichier en échec", "")
    assert ", 0 passage ajouté, 0 supprimé, " in summary_line(result.stderr)


def test_a_pdf_that_parses_forever_hits_the_time_limit(make_settings, e5):
    settings = make_settings()
    write_corpus(settings.corpus_dir)
    write_slow_pdf(settings.corpus_dir / "interminable.pdf")
    write_pdf(settings.corpus_dir / "guide.pdf", ["Le guide des SCOP\n\nIl y a 2 400 SCOP."])

    result = run_cli(settings, "ingest", file_timeout_s="2")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "échec interminable.pdf : lecture trop longue (plus de 2 s) ; fichier ignoré" \
        in result.stderr.splitlines()
    assert ", 1 fichier en échec," in summary_line(result.stderr)
    indexed = texts_by_source(Pipeline(settings, embeddings=e5))
    assert set(indexed) == {"cooperatives.txt", "insertion.md", "sub/monnaie.html", "guide.pdf"}


def test_the_file_reader_recovers_after_a_time_out(tmp_path):
    slow = write_slow_pdf(tmp_path / "lent.pdf")
    quick = write_pdf(tmp_path / "rapide.pdf", ["Deux pages sur les SCIC.", "Une seconde page."])
    with FileReader(timeout_s=1.5, memory_mb=2048) as reader:
        # The reader's start-up is not charged to the first file.
        assert [block.page for block in reader.read(quick).blocks] == [1, 2]
        try:
            reader.read(slow)
        except LoadError as error:
            assert str(error) == "lecture trop longue (plus de 1,5 s) ; fichier ignoré"
        else:
            raise AssertionError("the slow PDF was read within the time limit")
        assert "seconde page" in reader.read(quick).blocks[1].text
        with_error = tmp_path / "vide.md"
        with_error.write_text("", encoding="utf-8")
        try:
            reader.read(with_error)
        except LoadError as error:
            assert str(error) == "fichier vide"


def test_ingest_cli_on_an_empty_or_missing_corpus_folder(make_settings):
    settings = make_settings()
    result = run_cli(settings, "ingest")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "Le dossier du corpus ne contient aucun document à indexer." in result.stderr

    missing = make_settings(corpus=settings.corpus_dir.parent / "absent")
    missing.corpus_dir.rmdir()
    result = run_cli(missing, "ingest")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (f"erreur : dossier du corpus introuvable : "
                                     f"{missing.corpus_dir}")


def test_rebuild_starts_from_an_empty_collection(make_settings, e5):
    settings = make_settings()
    write_corpus(settings.corpus_dir)
    pipeline = Pipeline(settings, embeddings=e5)
    count = pipeline.ingest().chunks_added
    rebuilt = pipeline.ingest(rebuild=True)
    assert rebuilt.chunks_added == count and rebuilt.chunks_unchanged == 0
    assert ChunkStore(settings, e5).count() == count


def test_the_chat_rebuilds_an_index_left_by_an_older_esschat(make_settings, e5):
    """After an upgrade that changes what the index stores, 'make chat' rebuilds the index from
    the corpus instead of refusing to start; the CLI names the rebuild to run."""
    settings = make_settings(port=free_port())
    write_corpus(settings.corpus_dir)
    pipeline = Pipeline(settings, embeddings=e5)
    count = pipeline.ingest().chunks_added
    collection = pipeline.store.collection
    collection.modify(metadata={**collection.metadata, "esschat:schema": "older"})
    with pytest.raises(IndexOutdatedError, match="esschat ingest --rebuild"):
        Pipeline(settings, embeddings=e5).store.count()

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    log = settings.data_dir / "app.log"
    with log.open("w") as output:
        process = subprocess.Popen([sys.executable, str(ROOT / "app.py")],
                                   env=esschat_env(settings, port=str(settings.port)),
                                   cwd=settings.data_dir, stdout=output,
                                   stderr=subprocess.STDOUT, text=True)
        try:
            wait_until_up(f"http://127.0.0.1:{settings.port}/", process)
        finally:
            process.terminate()
            process.wait(timeout=20)
    assert "Index d'une version antérieure" in log.read_text(encoding="utf-8")
    rebuilt = ChunkStore(settings, e5)
    assert rebuilt.collection.metadata["esschat:schema"] == SCHEMA_VERSION
    assert rebuilt.count() == count
