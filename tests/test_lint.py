"""Lint: `ruff check .` passes over the whole repository, as `make lint` runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUFF = Path(sys.executable).parent / "ruff"


def ruff(*paths: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(RUFF), "check", "--no-cache", "--output-format", "concise",
                           *paths], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_ruff_passes_on_the_whole_repository():
    result = ruff(".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_passes_on_the_core_modules_and_their_tests():
    result = ruff("esschat/readers", "esschat/sentences.py", "esschat/chunking.py",
                  "esschat/ingest.py", "esschat/cli.py", "esschat/pipeline.py", "tests/conftest.py",
                  "tests/test_loaders.py", "tests/test_chunking.py", "tests/test_ingest.py",
                  "tests/test_retrieval.py", "tests/test_cli.py", "tests/test_embeddings.py",
                  "tests/test_lint.py", "tests/test_documents.py", "tests/test_pdf_reader.py")
    assert result.returncode == 0, result.stdout + result.stderr
