"""A shared folder that colleagues drop documents into: `esschat ingest --watch` keeps the
index in line with it, within seconds, until it is stopped with Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable

from conftest import ESSCHAT_CLI, esschat_env
from test_robustness import ATELIER, HALLE, small_corpus

from esschat.pipeline import Pipeline


def wait_for(check: Callable[[], bool], timeout_s: float = 90.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(1.0)
    return False


def test_watch_picks_up_new_changed_and_deleted_files(make_settings, e5) -> None:
    settings = make_settings()
    small_corpus(settings.corpus_dir)
    watcher = subprocess.Popen([str(ESSCHAT_CLI), "ingest", "--watch"],
                               env=esschat_env(settings), cwd=settings.data_dir.parent,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader = Pipeline(settings, embeddings=e5)

    def indexed() -> dict[str, str]:
        reader.store.refresh()
        lexical = reader.store.lexical()
        return {source: " ".join(c.text for c in lexical.chunks if c.source == source)
                for source in lexical.sources()}

    try:
        assert wait_for(lambda: set(indexed()) == {"halle.md", "recyclerie.md"})
        (settings.corpus_dir / "atelier.md").write_text(ATELIER, encoding="utf-8")
        assert wait_for(lambda: "atelier.md" in indexed())
        (settings.corpus_dir / "halle.md").write_text(
            HALLE.replace("douze salariés", "quinze salariés"), encoding="utf-8")
        assert wait_for(lambda: "quinze salariés" in indexed().get("halle.md", ""))
        (settings.corpus_dir / "recyclerie.md").unlink()
        assert wait_for(lambda: "recyclerie.md" not in indexed())
        assert watcher.poll() is None  # still watching
    finally:
        watcher.send_signal(signal.SIGINT)
        _, stderr = watcher.communicate(timeout=60)
    assert watcher.returncode == 0, stderr
    assert "Traceback" not in stderr
