"""Start the esschat web chat: ``python app.py`` (settings from ``ESSCHAT_*`` variables)."""

from __future__ import annotations

import contextlib
import os
import sys

from esschat.settings import SettingsError, checked_settings
from esschat.wording import configure_logging


def main() -> int:
    """Build the index on first run, or rebuild one an older esschat left (with a progress
    bar), then serve the chat."""
    configure_logging()
    try:
        settings = checked_settings()
    except SettingsError as error:
        for line in error.lines:
            print(f"Impossible de démarrer : {line}", file=sys.stderr)
        return 2
    busy = port_in_use(settings.host, settings.port)
    if busy:  # said before the index is built, not after
        other = settings.port + 1 if settings.port < 65535 else 7860
        print(f"Impossible de démarrer : le port {settings.port} est déjà utilisé ({busy}) ; "
              f"choisissez-en un autre, par exemple ESSCHAT_PORT={other}.", file=sys.stderr)
        return 2
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
    for address in open_addresses(settings.host, settings.port):
        print(f"esschat : {address}", file=sys.stderr)
    uvicorn.run(build_app(pipeline), host=settings.host, port=settings.port, log_level="warning")
    return 0


def port_in_use(host: str, port: int) -> str | None:
    """Why the chat could not listen on host:port, or None when it can."""
    import socket

    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        return error.strerror or str(error)
    return None


def open_addresses(host: str, port: int) -> list[str]:
    """Addresses a browser can open: for 0.0.0.0 (all interfaces), this machine's own."""
    import socket

    if host not in ("0.0.0.0", "::", ""):
        return [f"http://{host}:{port}/"]
    found = ["127.0.0.1"]
    with contextlib.suppress(OSError):
        found += [info[4][0] for info in socket.getaddrinfo(socket.gethostname(), None,
                                                             socket.AF_INET)]
    return [f"http://{address}:{port}/" for address in dict.fromkeys(found)]


if __name__ == "__main__":
    sys.exit(main())
