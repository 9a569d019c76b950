"""Copies of the index, and which one is served.

An ingest never writes into the index that running apps read. It writes a new *generation* (a
copy of the live one, or an empty one for ``--rebuild``), and a pointer moves to it only once it
is complete. Apps follow the pointer, so an ingest in another process reaches them without a
restart, and a kill at any point leaves the previous generation whole and served. The unfinished
generation carries a marker; the next ingest resumes it rather than starting again.

Embedded mode keeps each generation in its own Chroma folder, ``index/<name>/``, with
``index/CURRENT`` naming the live one. Server mode keeps each generation in a collection
``<collection>-<name>``; the pointer is the metadata of a small ``<collection>-live``
collection. Only one ingest writes at a time: it holds ``ingest.lock``.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from esschat.settings import Settings

MARKER = "BUILDING.json"
KEEP = 2
"""Generations kept: the live one and the one before, which an app may still be reading for the
seconds it takes to notice the switch."""


class IngestLockedError(RuntimeError):
    """Another process is writing the index."""


def new_name() -> str:
    """Names sort in the order they were made."""
    return f"g{time.time_ns():020d}"


class FolderGenerations:
    """Embedded mode: one Chroma folder per generation, and ``CURRENT`` naming the live one."""

    def __init__(self, settings: Settings) -> None:
        self.root = settings.index_dir

    @property
    def state_dir(self) -> Path:
        return self.root

    def live(self) -> str | None:
        try:
            name = (self.root / "CURRENT").read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return name if name and (self.root / name).is_dir() else None

    def folder(self, name: str) -> Path:
        return self.root / name

    def lexical_dir(self, name: str, collection: str) -> Path:
        return self.root / name / "lexical"

    def prepare(self, base: str | None, rebuild: bool) -> str:
        """The generation to write: an unfinished one with the same starting point, or a new
        one (a copy of ``base``, or empty). The copy is made under a temporary name and renamed
        when whole, so a half-made copy is never resumed."""
        wanted = {"base": base, "rebuild": rebuild}
        for folder in sorted(self.root.glob("g*")):
            if folder.name.endswith(".copying"):
                shutil.rmtree(folder, ignore_errors=True)
                continue
            marker = folder / MARKER
            if not marker.is_file():
                continue
            if _read_json(marker) == wanted:
                return folder.name
            shutil.rmtree(folder, ignore_errors=True)
        name = new_name()
        self.root.mkdir(parents=True, exist_ok=True)
        scratch = self.root / f"{name}.copying"
        if base and not rebuild:
            shutil.copytree(self.root / base, scratch, ignore=shutil.ignore_patterns("lexical"))
        else:
            scratch.mkdir()
        (scratch / MARKER).write_text(json.dumps(wanted), encoding="utf-8")
        os.rename(scratch, self.root / name)
        return name

    def is_building(self, name: str) -> bool:
        return (self.root / name / MARKER).is_file()

    def publish(self, name: str) -> None:
        """Point CURRENT at ``name`` in one atomic rename, then drop old generations."""
        (self.root / name / MARKER).unlink(missing_ok=True)
        scratch = self.root / "CURRENT.tmp"
        with scratch.open("w", encoding="utf-8") as stream:
            stream.write(name)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(scratch, self.root / "CURRENT")
        self.cleanup()

    def cleanup(self) -> None:
        live = self.live()
        done = [folder for folder in sorted(self.root.glob("g*"))
                if folder.is_dir() and not (folder / MARKER).exists()
                and not folder.name.endswith(".copying")]
        for folder in done[:-KEEP]:
            if folder.name != live:
                shutil.rmtree(folder, ignore_errors=True)
        _remove_single_folder_layout(self.root)

    def lock_file(self) -> Path:
        return self.root / "ingest.lock"


def _remove_single_folder_layout(root: Path) -> None:
    """esschat before generations kept one Chroma folder directly in index/; it is unused."""
    (root / "chroma.sqlite3").unlink(missing_ok=True)
    for folder in root.iterdir():
        if folder.is_dir() and ((len(folder.name) == 36 and folder.name.count("-") == 4)
                                or folder.name.startswith("lexical-")):
            shutil.rmtree(folder, ignore_errors=True)


class ServerGenerations:
    """Server mode: one collection per generation; the live one is named in the metadata of
    ``<collection>-live``, which every app reads, on any machine."""

    def __init__(self, settings: Settings, client) -> None:
        self.settings = settings
        self.client = client
        self.prefix = f"{settings.collection}-"
        host = urlparse(settings.chroma_url or "").netloc.replace(":", "_")
        self._state = settings.data_dir / "index-state" / f"{host}-{settings.collection}"
        self._lexical_root = settings.data_dir / "lexical" / f"{host}-{settings.collection}"

    @property
    def state_dir(self) -> Path:
        return self._state

    def collection_name(self, name: str) -> str:
        return f"{self.prefix}{name}"

    def lexical_dir(self, name: str, collection: str) -> Path:
        return self._lexical_root / name

    def live(self) -> str | None:
        try:
            pointer = self.client.get_collection(f"{self.prefix}live")
        except Exception as error:  # chromadb raises NotFoundError or ValueError by version
            if "does not exist" in str(error) or "not found" in str(error).lower():
                return None
            raise
        name = (pointer.metadata or {}).get("esschat:generation")
        return str(name) if name else None

    def _generations(self) -> dict[str, dict]:
        found = {}
        for collection in self.client.list_collections():
            if collection.name.startswith(f"{self.prefix}g"):
                found[collection.name.removeprefix(self.prefix)] = collection.metadata or {}
        return found

    def prepare(self, base: str | None, rebuild: bool) -> str:
        """In server mode an incremental ingest writes in place: every app reads the same
        server, so it sees the change at once. A rebuild fills a new collection beside the
        live one, resumed if a killed rebuild left one."""
        if base and not rebuild:
            return base
        for name, metadata in sorted(self._generations().items()):
            if metadata.get("esschat:building") == (base or "-"):
                return name
            if metadata.get("esschat:building"):
                self.client.delete_collection(self.collection_name(name))
        return new_name()

    def building_metadata(self, base: str | None) -> dict:
        return {"esschat:building": base or "-"}

    def is_building(self, name: str) -> bool:
        metadata = self._generations().get(name, {})
        return bool(metadata.get("esschat:building"))

    def publish(self, name: str) -> None:
        collection = self.client.get_collection(self.collection_name(name))
        metadata = {key: value for key, value in (collection.metadata or {}).items()
                    if not key.startswith("hnsw:")}
        metadata["esschat:building"] = ""
        collection.modify(metadata=metadata)
        pointer = self.client.get_or_create_collection(f"{self.prefix}live")
        pointer.modify(metadata={"esschat:generation": name})
        self.cleanup()

    def cleanup(self) -> None:
        live = self.live()
        done = sorted(name for name, metadata in self._generations().items()
                      if not metadata.get("esschat:building"))
        for name in done[:-KEEP]:
            if name != live:
                self.client.delete_collection(self.collection_name(name))
                shutil.rmtree(self.lexical_dir(name, ""), ignore_errors=True)

    def lock_file(self) -> Path:
        return self._state / "ingest.lock"


@contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold the ingest lock, or say in one line which process holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as stream:
        try:
            fcntl.flock(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            stream.seek(0)
            holder = stream.read().strip() or "inconnu"
            raise IngestLockedError(
                f"Une autre ingestion est en cours (processus {holder}) ; "
                "réessayez quand elle sera terminée.") from None
        stream.seek(0)
        stream.truncate()
        stream.write(str(os.getpid()))
        stream.flush()
        try:
            yield
        finally:
            stream.seek(0)
            stream.truncate()
            stream.flush()
            fcntl.flock(stream, fcntl.LOCK_UN)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
