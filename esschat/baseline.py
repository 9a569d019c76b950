"""The naive pipeline the eval compares against: fixed-size chunks, dense only, top sentence."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_text_splitters import CharacterTextSplitter

from esschat.embeddings import CachedQueryEmbeddings
from esschat.french import STOP_WORDS, words
from esschat.ingest import corpus_files
from esschat.models import Answer, Chunk, Citation, Hit
from esschat.readers import LoadError
from esschat.readers.text import decode_text

SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


class NaivePipeline:
    """What a first prototype does: raw text, 600-character windows, nearest chunks, best sentence.

    Same embedding model as esschat, so the difference measures the pipeline, not the model.
    """

    def __init__(self, corpus_dir: Path, embeddings: CachedQueryEmbeddings, size: int = 600,
                 k: int = 5) -> None:
        self.embeddings = embeddings
        self.k = k
        client = chromadb.EphemeralClient(ChromaSettings(anonymized_telemetry=False))
        self.collection = client.create_collection(f"baseline-{uuid.uuid4().hex[:8]}",
                                                   metadata={"hnsw:space": "cosine"})
        self.chunks = self._chunk(corpus_dir, size)
        vectors = embeddings.embed_documents([chunk.text for chunk in self.chunks])
        self.collection.add(ids=[chunk.id for chunk in self.chunks], embeddings=vectors,
                            documents=[chunk.text for chunk in self.chunks],
                            metadatas=[{"n": index} for index in range(len(self.chunks))])

    @staticmethod
    def _chunk(corpus_dir: Path, size: int) -> list[Chunk]:
        splitter = CharacterTextSplitter(separator=" ", chunk_size=size, chunk_overlap=0)
        files, _ = corpus_files(corpus_dir)
        chunks = []
        for path in files:
            source = path.relative_to(corpus_dir).as_posix()
            try:
                text, _ = decode_text(path.read_bytes())
            except LoadError:
                continue
            for index, piece in enumerate(splitter.split_text(text)):
                chunks.append(Chunk(id=f"{source}#{index}", text=piece, source=source,
                                    title=source, start=0, end=len(piece)))
        return chunks

    def ask(self, question: str, history: list[str] | None = None) -> Answer:
        result = self.collection.query(query_embeddings=[self.embeddings.embed_query(question)],
                                       n_results=min(self.k, len(self.chunks)))
        hits = [Hit(chunk=self.chunks[metadata["n"]], score=1 - distance)
                for metadata, distance in zip(result["metadatas"][0], result["distances"][0],
                                              strict=True)]
        wanted = {word for word in words(question) if word not in STOP_WORDS}
        best, best_hit, best_overlap = "", None, -1
        for hit in hits:
            for sentence in SENTENCE.split(hit.chunk.text):
                overlap = len(wanted & set(words(sentence)))
                if sentence.strip() and overlap > best_overlap:
                    best, best_hit, best_overlap = sentence.strip(), hit, overlap
        if best_hit is None:
            return Answer(question=question, answer="", abstained=True, hits=hits)
        citation = Citation(n=1, source=best_hit.chunk.source, title=best_hit.chunk.title,
                            text=best_hit.chunk.text, quote=best)
        return Answer(question=question, answer=f"{best} [1]", abstained=False,
                      citations=[citation], hits=hits)
