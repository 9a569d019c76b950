"""``esschat ingest --watch``: keep the index in line with a corpus folder that colleagues drop
documents into (a shared folder), within seconds of each change.

watchfiles reports changes in batches; each batch starts one incremental ingest, which only
reads and embeds what changed, and a running chat follows the new index by itself.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from esschat.catalog import CatalogError
from esschat.generations import IngestLockedError
from esschat.ingest import IngestReport
from esschat.pipeline import Pipeline

log = logging.getLogger(__name__)

DEBOUNCE_MS = 1500
"""Changes within this time form one batch: a file being copied in pieces is ingested once."""
LOCKED_RETRY_S = 5.0
"""How long to wait before trying again when another ingest holds the lock."""


def watch_corpus(pipeline: Pipeline, on_report: Callable[[IngestReport], None],
                 stop: threading.Event | None = None) -> None:
    """Ingest now, then after every batch of changes in the corpus folder, until ``stop`` is
    set (or Ctrl-C)."""
    from watchfiles import watch

    ingest_until_done(pipeline, on_report, stop)
    for changes in watch(pipeline.settings.corpus_dir, debounce=DEBOUNCE_MS, stop_event=stop,
                         recursive=True, raise_interrupt=False):
        log.info("%d change(s) in the corpus", len(changes))
        ingest_until_done(pipeline, on_report, stop)


def ingest_until_done(pipeline: Pipeline, on_report: Callable[[IngestReport], None],
                      stop: threading.Event | None = None) -> None:
    """One incremental ingest; if another process is ingesting, wait for it and go again. A
    broken catalog is reported and waits for the next change (someone is editing it)."""
    while stop is None or not stop.is_set():
        try:
            on_report(pipeline.ingest())
            return
        except CatalogError as error:
            log.error("%s", error)
            return
        except IngestLockedError as error:
            log.warning("%s", error)
            time.sleep(LOCKED_RETRY_S)
