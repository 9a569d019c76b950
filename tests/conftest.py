"""Shared fixtures: real Chroma indexes in temporary folders, built from real documents."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from esschat.embeddings import E5Embeddings
from esschat.pipeline import Pipeline
from esschat.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EVALS = ROOT / "evals"


@pytest.fixture(autouse=True)
def _no_esschat_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a developer's ESSCHAT_* variables."""
    for name in list(os.environ):
        if name.startswith("ESSCHAT_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def e5() -> E5Embeddings:
    """One loaded copy of the bundled multilingual-e5-small model for the whole run."""
    return E5Embeddings()


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings pointing every folder at this test's temporary directory."""

    def build(corpus: Path | None = None, **overrides) -> Settings:
        corpus_dir = corpus or tmp_path / "corpus"
        corpus_dir.mkdir(parents=True, exist_ok=True)
        return Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index",
                        data_dir=tmp_path / "data", **overrides)

    return build


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory, e5: E5Embeddings) -> Settings:
    """The bundled corpus, copied and indexed once per run (real Chroma, real embeddings)."""
    base = tmp_path_factory.mktemp("bundled")
    shutil.copytree(CORPUS, base / "corpus")
    settings = Settings(corpus_dir=base / "corpus", index_dir=base / "index",
                        data_dir=base / "data")
    report = Pipeline(settings, embeddings=e5).ingest()
    assert report.ok and report.chunks_added > 0
    return settings


@pytest.fixture(scope="session")
def bundled(bundled_index: Settings, e5: E5Embeddings) -> Pipeline:
    """A ready pipeline over the bundled corpus."""
    return Pipeline(bundled_index, embeddings=e5)
