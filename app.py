"""Start the esschat web chat: ``python app.py`` (settings from ``ESSCHAT_*`` variables)."""

from __future__ import annotations

import logging
import os
import sys

from esschat.settings import get_settings


def main() -> int:
    """Build the index on first run, or rebuild one an older esschat left (with a progress
    bar), then serve the chat."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    settings = get_settings()
    # Gradio's cache folder, if it ever writes one, stays inside data/ too.
    os.environ.setdefault("GRADIO_TEMP_DIR", str((settings.data_dir / "gradio").resolve()))

    import uvicorn

    from esschat.catalog import CatalogError
    from esschat.cli import ingest_progress, print_report
    from esschat.generations import IngestLockedError
    from esschat.index import IndexMismatchError, IndexOutdatedError, IndexUnavailableError
    from esschat.ingest import CorpusMissingError
    from esschat.pipeline import Pipeline
    from esschat.web import build_app

    try:
        pipeline = Pipeline(settings)
        try:
            rebuild, build = False, pipeline.store.count() == 0
        except IndexOutdatedError:
            rebuild = build = True
        if build:
            why = "d'une version antérieure" if rebuild else "vide"
            print(f"Index {why} : construction à partir de", settings.corpus_dir,
                  file=sys.stderr)
            try:
                with ingest_progress() as progress:
                    report = pipeline.ingest(rebuild=rebuild, progress=progress)
                print_report(report)
            except (CatalogError, IngestLockedError) as error:
                # Another ingest is running, or the catalog is broken: serve what is indexed
                # (the chat follows the index when that ingest publishes it).
                print(error, file=sys.stderr)
    except (CorpusMissingError, IndexMismatchError, IndexUnavailableError) as error:
        print(f"Impossible de démarrer : {error}", file=sys.stderr)
        return 2
    print(f"esschat : http://{settings.host}:{settings.port}/", file=sys.stderr)
    uvicorn.run(build_app(pipeline), host=settings.host, port=settings.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
