"""Chroma server mode: ESSCHAT_CHROMA_URL points every process at one `chroma run`.

The story: the bundled corpus is ingested into a real Chroma server (the local index folder is
never created); questions are answered through it exactly as with the embedded index; two app
processes, each deriving its own BM25 side from the collection, give the same answers; an
ingest made by one process is seen by another that is already running; re-ingesting an
unchanged corpus embeds nothing; and the eval runs end to end through the server.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ChromaServer, esschat_env

from esschat import index, ingest
from esschat.embeddings import E5Embeddings
from esschat.index import IndexUnavailableError
from esschat.pipeline import Pipeline
from esschat.settings import Settings

ESSCHAT = Path(sys.executable).parent / "esschat"
ROOT = Path(__file__).resolve().parent.parent
EMPLOYMENT = "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?"


def run_esschat(settings: Settings, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(ESSCHAT), *args], capture_output=True, text=True, timeout=300,
                          env=esschat_env(settings, **env), cwd=ROOT)


def answer_json(settings: Settings, question: str, data_dir: Path) -> dict:
    """``esschat ask --json`` in a fresh process with its own data folder (own BM25 cache)."""
    result = run_esschat(settings, "ask", "--json", question, data_dir=str(data_dir))
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    answer.pop("timings_ms")
    return answer


def test_ingest_goes_to_the_server_not_to_a_local_folder(
        server_index: Settings, chroma_server: ChromaServer, e5: E5Embeddings) -> None:
    pipeline = Pipeline(server_index, embeddings=e5)
    assert pipeline.store.count() > 0
    assert not server_index.index_dir.exists()
    assert any(chroma_server.path.iterdir())


def test_answers_through_the_server_match_the_embedded_index(
        server_index: Settings, bundled: Pipeline, e5: E5Embeddings) -> None:
    served = Pipeline(server_index, embeddings=e5).ask(EMPLOYMENT)
    embedded = bundled.ask(EMPLOYMENT)
    assert "48 390" in served.answer
    assert served.answer == embedded.answer
    assert [citation.source for citation in served.citations] == \
        [citation.source for citation in embedded.citations]
    assert [hit.chunk.id for hit in served.hits] == [hit.chunk.id for hit in embedded.hits]


def test_two_app_processes_give_the_same_answers(server_index: Settings, tmp_path: Path
                                                 ) -> None:
    questions = [EMPLOYMENT, "Qu'est-ce que l'ESS ?",
                 "Quel est le nombre d'emplois de l'ESS à Tombouctou en 2031 ?"]
    first = [answer_json(server_index, question, tmp_path / "app-1") for question in questions]
    second = [answer_json(server_index, question, tmp_path / "app-2") for question in questions]
    assert first == second
    assert not first[0]["abstained"] and "48 390" in first[0]["answer"]
    assert (tmp_path / "app-1" / "lexical").is_dir() and (tmp_path / "app-2" / "lexical").is_dir()


def test_an_ingest_by_another_process_reaches_a_running_app(
        server_index: Settings, e5: E5Embeddings, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(server_index.corpus_dir, corpus)
    settings = server_index.model_copy(update={"corpus_dir": corpus,
                                               "collection": "esschat-server-update"})
    Pipeline(settings, embeddings=e5).ingest()
    running = Pipeline(settings, embeddings=e5)
    question = "Combien de commerces acceptent la monnaie locale du Val-de-Brume ?"
    assert running.ask(question).abstained

    (corpus / "monnaie-locale.md").write_text(
        "# La monnaie locale du Val-de-Brume\n\n"
        "La monnaie locale du Val-de-Brume est acceptée par 137 commerces du territoire.\n",
        encoding="utf-8")
    report = run_esschat(settings, "ingest")
    assert report.returncode == 0, report.stderr

    monkeypatch.setattr(index, "VERSION_CHECK_S", 0.0)
    answer = running.ask(question)
    assert "137" in answer.answer
    assert answer.citations[0].source == "monnaie-locale.md"


def test_reingesting_an_unchanged_corpus_embeds_nothing(server_index: Settings) -> None:
    embeddings = E5Embeddings()
    pipeline = Pipeline(server_index, embeddings=embeddings)
    report = pipeline.ingest()
    assert report.chunks_added == 0 and report.chunks_removed == 0
    assert report.chunks_unchanged == pipeline.store.count()
    assert embeddings.calls == 0


def test_an_interrupted_ingest_keeps_whole_files_and_the_next_one_finishes(
        server_index: Settings, e5: E5Embeddings, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = server_index.model_copy(update={"collection": "esschat-server-interrupted"})
    monkeypatch.setattr(ingest, "ADD_SLICE", 1)
    real_add, stored = index.ChunkStore.add, []

    def stop_at_the_third_file(store, chunks, vectors, evidence) -> None:
        if len(stored) == 2:
            raise KeyboardInterrupt
        stored.append(len(chunks))
        real_add(store, chunks, vectors, evidence)

    monkeypatch.setattr(index.ChunkStore, "add", stop_at_the_third_file)
    with pytest.raises(KeyboardInterrupt):
        Pipeline(settings, embeddings=e5).ingest()
    # Nothing half-built is served: the collection being filled is not live yet.
    store = Pipeline(settings, embeddings=e5).store
    assert store.count() == 0 and store.generation is None

    monkeypatch.setattr(index.ChunkStore, "add", real_add)
    report = Pipeline(settings, embeddings=e5).ingest()
    assert report.chunks_unchanged == sum(stored)
    store.refresh()
    assert store.count() == Pipeline(server_index, embeddings=e5).store.count()


def test_the_eval_runs_through_the_server(server_index: Settings, tmp_path: Path) -> None:
    cases = (ROOT / "evals" / "known_facts.jsonl").read_text(encoding="utf-8").splitlines()[:4]
    questions = tmp_path / "small.jsonl"
    questions.write_text("\n".join(cases) + "\n", encoding="utf-8")
    result = run_esschat(server_index, "eval", "--questions", str(questions), "--json")
    assert result.returncode in (0, 1), result.stderr
    payload = json.loads(result.stdout)
    assert [case["id"] for case in payload["cases"]] == [json.loads(line)["id"] for line in cases]
    assert payload["summary"] and any(case["passed"] for case in payload["cases"])


def test_an_unreachable_server_is_reported_as_such(tmp_path: Path) -> None:
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index",
                        data_dir=tmp_path / "data", chroma_url="http://127.0.0.1:9")
    with pytest.raises(IndexUnavailableError):
        Pipeline(settings, embeddings=None).store.count()
