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
    settings = get_settings()
    # Gradio keeps uploads in its temp folder: keep that inside data/ too.
    os.environ.setdefault("GRADIO_TEMP_DIR", str((settings.data_dir / "uploads").resolve()))

    import uvicorn
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from esschat.cli import print_report, progress_bar
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
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TimeRemainingColumn())
            with Progress(*columns, transient=False) as progress:
                report = pipeline.ingest(rebuild=rebuild, progress=progress_bar(progress))
            print_report(report)
    except (CorpusMissingError, IndexMismatchError, IndexUnavailableError) as error:
        print(f"Impossible de démarrer : {error}", file=sys.stderr)
        return 2
    print(f"esschat : http://{settings.host}:{settings.port}/", file=sys.stderr)
    uvicorn.run(build_app(pipeline), host=settings.host, port=settings.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
