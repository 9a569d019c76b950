"""A 20-page PDF added through the web chat, timed from the click to the first answer from it.

    .venv/bin/python bench/upload.py [--pages 20]

Starts ``app.py`` on a free loopback port with a copy of the bundled corpus and an admin
password, opens its /admin page in headless Chromium (Playwright, /usr/bin/chromium), fills
the form with a typeset report built by bench/read_pdf.py, clicks « Ajouter au corpus », waits
for the confirmation, then asks a question about the report, limited to it, through
gradio_client. The baseline, in this process: what the same model needs to embed the report's
chunk texts alone (the floor of issue 14), and the ratio of the upload to it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path[:0] = [str(BENCH), str(ROOT)]

from load import free_port, wait_until_up  # noqa: E402
from read_pdf import build_report  # noqa: E402

PASSWORD = "bench-admin"
QUESTION = "Combien de salariés les structures de l’ESS du territoire emploient-elles ?"
EXPECTED = "3 486"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def floor_seconds(pdf: Path) -> tuple[int, float]:
    """Chunks of the report, and the model's time to embed their texts once."""
    from esschat.chunking import StructuredChunker
    from esschat.embeddings import E5Embeddings
    from esschat.models import DocumentInfo
    from esschat.readers import read_file
    from esschat.settings import Settings

    settings = Settings()
    document = read_file(pdf)
    chunks = StructuredChunker(settings.chunk_size, settings.chunk_overlap).chunk(
        DocumentInfo(source=pdf.name, title=pdf.stem), document.blocks)
    model = E5Embeddings()
    model.embed_in_batches(["échauffement"])
    started = time.perf_counter()
    model.embed_in_batches([chunk.search_text() for chunk in chunks])
    return len(chunks), time.perf_counter() - started


def upload_in_browser(url: str, pdf: Path) -> float:
    """Seconds from the click on « Ajouter au corpus » to the confirmation."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=CHROMIUM_ARGS)
        page = browser.new_page()
        page.goto(url + "admin", wait_until="load")
        page.get_by_label("Mot de passe d'administration").fill(PASSWORD)
        page.locator("#upload-file").set_input_files(str(pdf))
        started = time.perf_counter()
        page.get_by_role("button", name="Ajouter au corpus").click()
        page.wait_for_load_state("load")
        status = page.locator("#upload-status").inner_text(timeout=600_000)
        seconds = time.perf_counter() - started
        browser.close()
    if "a été ajouté" not in status:
        raise RuntimeError(f"upload refused: {status}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="esschat-upload-") as folder:
        work = Path(folder)
        pdf = work / f"diagnostic-{args.pages}-pages.pdf"
        pdf.write_bytes(build_report(args.pages))
        shutil.copytree(ROOT / "corpus", work / "corpus")
        port = free_port()
        env = {name: value for name, value in os.environ.items()
               if not name.startswith("ESSCHAT_")}
        env.update(ESSCHAT_HOST="127.0.0.1", ESSCHAT_PORT=str(port),
                   ESSCHAT_CORPUS_DIR=str(work / "corpus"), ESSCHAT_INDEX_DIR=str(work / "index"),
                   ESSCHAT_DATA_DIR=str(work / "data"), ESSCHAT_ADMIN_PASSWORD=PASSWORD)
        with (work / "app.log").open("wb") as log:
            process = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env,
                                       stdout=log, stderr=subprocess.STDOUT)
            url = f"http://127.0.0.1:{port}/"
            try:
                wait_until_up(url, process, 300)
                upload_s = upload_in_browser(url, pdf)
                from gradio_client import Client

                started = time.perf_counter()
                answer = Client(url, verbose=False).predict(
                    QUESTION, [], [f"uploads/{pdf.name}"], api_name="/ask")
                answer_s = time.perf_counter() - started
            finally:
                process.kill()
                process.wait(timeout=10)
        if EXPECTED not in answer["answer"]:
            print(f"not answered from the report: {answer['answer']}", file=sys.stderr)
            return 1
        chunks, floor_s = floor_seconds(pdf)
        size_kb = pdf.stat().st_size / 1024
    print(f"PDF: {args.pages} pages, {size_kb:.0f} kB, {chunks} chunks")
    print(f"click -> « ajouté » (read, embedded, published): {upload_s:.1f} s")
    print(f"then the first answer from it: {answer_s:.2f} s; click to answer: "
          f"{upload_s + answer_s:.1f} s")
    print(f"floor (model on the chunk texts alone, this process): {floor_s:.1f} s; "
          f"upload / floor: {upload_s / floor_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
