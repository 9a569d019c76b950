"""Where an ingestion stands: files read, chunks embedded, rate and time left.

Files are read ahead of the model (esschat.ingest), so the number of chunks still to come is
known exactly only once every file is read; until then it is estimated from the bytes read
so far, which is what makes a time left possible from the first minute of a long ingest.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class IngestProgress:
    """Counts of one ingestion run, updated as files are read and chunks embedded."""

    files_total: int = 0
    bytes_total: int = 0
    files_read: int = 0
    bytes_read: int = 0
    chunks_read: int = 0
    chunks_done: int = 0
    reading_done: bool = False
    started: float = field(default_factory=time.monotonic)
    embedding_started: float | None = None

    @property
    def chunks_expected(self) -> int:
        """All chunks to embed: exact once reading is done, else scaled from bytes read."""
        if self.reading_done or not self.bytes_read:
            return self.chunks_read
        return max(self.chunks_read, round(self.chunks_read * self.bytes_total / self.bytes_read))

    @property
    def rate(self) -> float:
        """Chunks embedded per second since the model started."""
        if self.embedding_started is None or not self.chunks_done:
            return 0.0
        return self.chunks_done / max(time.monotonic() - self.embedding_started, 1e-6)

    @property
    def seconds_left(self) -> float | None:
        rate = self.rate
        return (self.chunks_expected - self.chunks_done) / rate if rate else None

    def embedding(self) -> None:
        """The model starts on a slice: the rate counts from its first one."""
        if self.embedding_started is None:
            self.embedding_started = time.monotonic()


ProgressCallback = Callable[[IngestProgress], None]
"""Called after each file read and each model batch; it must be quick."""
