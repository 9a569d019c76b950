"""Shared fixtures: real Chroma indexes in temporary folders, built from real documents."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from esschat.embeddings import E5Embeddings
from esschat.pipeline import Pipeline
from esschat.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
EVALS = ROOT / "evals"


@pytest.fixture(autouse=True)
def _no_esschat_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a developer's ESSCHAT_* variables."""
    for name in list(os.environ):
        if name.startswith("ESSCHAT_"):
            monkeypatch.delenv(name)


@pytest.fixture(scope="session")
def e5() -> E5Embeddings:
    """One loaded copy of the bundled multilingual-e5-small model for the whole run."""
    return E5Embeddings()


@pytest.fixture
def make_settings(tmp_path: Path) -> Callable[..., Settings]:
    """Settings pointing every folder at this test's temporary directory."""

    def build(corpus: Path | None = None, **overrides) -> Settings:
        corpus_dir = corpus or tmp_path / "corpus"
        corpus_dir.mkdir(parents=True, exist_ok=True)
        return Settings(corpus_dir=corpus_dir, index_dir=tmp_path / "index",
                        data_dir=tmp_path / "data", **overrides)

    return build



@pytest.fixture
def one_document(make_settings, e5: E5Embeddings) -> Callable[..., Pipeline]:
    """An indexed corpus of one Markdown document with its catalog entry, built from code:
    the answerer's stories about a territory the bundled corpus does not cover."""

    def build(name: str, title: str, publisher: str, territory: str, text: str) -> Pipeline:
        settings = make_settings()
        (settings.corpus_dir / "catalog.yaml").write_text(
            f"{name}:\n  title: {title}\n  publisher: {publisher}\n  date: '2024-01-01'\n"
            f"  territory: [{territory}]\n", encoding="utf-8")
        (settings.corpus_dir / name).write_text(text, encoding="utf-8")
        pipeline = Pipeline(settings, embeddings=e5)
        assert pipeline.ingest().ok
        return pipeline

    return build

@pytest.fixture
def plain_document(make_settings, e5: E5Embeddings) -> Callable[[str, str | bytes], Pipeline]:
    """An indexed corpus of one file as a user drops it in, with no catalog entry: what
    the file says of itself is all there is to cite it by. Text is saved in UTF-8; bytes as
    they are (a printout in Windows-1252)."""

    def build(name: str, text: str | bytes) -> Pipeline:
        settings = make_settings()
        path = settings.corpus_dir / name
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text, encoding="utf-8")
        pipeline = Pipeline(settings, embeddings=e5)
        assert pipeline.ingest().ok
        return pipeline

    return build


@pytest.fixture(scope="session")
def bundled_index(tmp_path_factory: pytest.TempPathFactory, e5: E5Embeddings) -> Settings:
    """The bundled corpus, copied and indexed once per run (real Chroma, real embeddings)."""
    base = tmp_path_factory.mktemp("bundled")
    shutil.copytree(CORPUS, base / "corpus")
    settings = Settings(corpus_dir=base / "corpus", index_dir=base / "index",
                        data_dir=base / "data")
    report = Pipeline(settings, embeddings=e5).ingest()
    assert report.ok and report.chunks_added > 0
    return settings


@pytest.fixture(scope="session")
def bundled(bundled_index: Settings, e5: E5Embeddings) -> Pipeline:
    """A ready pipeline over the bundled corpus."""
    return Pipeline(bundled_index, embeddings=e5)


# ---- web chat fixtures (esschat/web.py, app.py) ----


WEB_ADMIN_PASSWORD = "mot-de-passe-de-test"
UNSAFE_DOCUMENT = "zz-document-piege.txt"  # plain text keeps its markup as written
UNSAFE_TEXT = """# Note piégée sur les monnaies locales complémentaires

La monnaie locale complémentaire du Val-de-Brume circule dans quarante-deux commerces \
<script>window.__pwned = true</script> depuis sa création.
Le comité de la monnaie locale se réunit <img src=x onerror="window.__pwned = true"> chaque mois.
Le logo de la monnaie locale ![x](http://evil.example/x.png) a été choisi par les habitants.
"""


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """Expose each phase's report on the item, so browser fixtures can screenshot failures."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@dataclass
class WebServer:
    """A running ``python app.py`` and the folders it owns."""

    url: str
    settings: Settings
    process: subprocess.Popen


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"app.py exited early with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout_s} s")


@pytest.fixture(scope="session")
def web_server(bundled_index: Settings, e5: E5Embeddings,
               tmp_path_factory: pytest.TempPathFactory):
    """``python app.py`` on a free port over a copy of the indexed bundled corpus, plus one
    document full of hostile markup, with upload enabled."""
    base = tmp_path_factory.mktemp("web")
    shutil.copytree(bundled_index.corpus_dir, base / "corpus")
    shutil.copytree(bundled_index.index_dir, base / "index")
    (base / "corpus" / UNSAFE_DOCUMENT).write_text(UNSAFE_TEXT, encoding="utf-8")
    settings = Settings(corpus_dir=base / "corpus", index_dir=base / "index",
                        data_dir=base / "data", port=free_port(),
                        admin_password=WEB_ADMIN_PASSWORD, upload_max_mb=1)
    assert Pipeline(settings, embeddings=e5).ingest().ok
    inherited = {k: v for k, v in os.environ.items() if not k.startswith("ESSCHAT_")}
    env = {**inherited, "ESSCHAT_CORPUS_DIR": str(settings.corpus_dir),
           "ESSCHAT_INDEX_DIR": str(settings.index_dir), "ESSCHAT_DATA_DIR": str(settings.data_dir),
           "ESSCHAT_PORT": str(settings.port), "ESSCHAT_ADMIN_PASSWORD": WEB_ADMIN_PASSWORD,
           "ESSCHAT_UPLOAD_MAX_MB": "1"}
    log = (base / "app.log").open("w")
    process = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=base, env=env,
                               stdout=log, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{settings.port}/"
    try:
        wait_until_up(url, process)
        yield WebServer(url=url, settings=settings, process=process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


# ---- LLM server fixtures (esschat.llm; the scripted server is tests/fake_openai.py)

@pytest.fixture
def llm_server():
    """A scripted OpenAI-compatible server on a free port of 127.0.0.1."""
    from fake_openai import FakeOpenAIServer

    with FakeOpenAIServer() as fake:
        yield fake


@pytest.fixture
def llm_settings(bundled_index: Settings, llm_server) -> Callable[..., Settings]:
    """The bundled index's settings with the LLM backend pointed at the scripted server."""
    from pydantic import SecretStr

    def build(**overrides) -> Settings:
        values = {"llm_base_url": llm_server.base_url, "llm_model": "fake-model",
                  "llm_api_key": SecretStr("test-key"), "llm_timeout_s": 2.0, **overrides}
        return bundled_index.model_copy(update=values)

    return build


@pytest.fixture
def llm_pipeline(llm_settings: Callable[..., Settings], e5: E5Embeddings
                 ) -> Callable[..., Pipeline]:
    """A pipeline over the bundled corpus answering with the scripted server."""
    return lambda **overrides: Pipeline(llm_settings(**overrides), embeddings=e5)


# ---- chroma server fixtures
# A real `chroma run` on loopback, shared by the server-mode tests (tests/test_server_mode.py).
# socket, subprocess, sys, time, urllib.request and dataclass come from the web section above.


CHROMA_CLI = Path(sys.executable).parent / "chroma"


@dataclass
class ChromaServer:
    """A running `chroma run`: its URL and the folder it persists to."""

    url: str
    path: Path
    process: subprocess.Popen



def _wait_for_heartbeat(server: ChromaServer, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"chroma run exited with code {server.process.returncode}")
        try:
            with urllib.request.urlopen(f"{server.url}/api/v2/heartbeat", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"chroma run did not answer on {server.url} within {timeout_s:g} s")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    """`chroma run` on a free loopback port over a temporary folder, killed at teardown."""
    path = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = (path.parent / "chroma-server.log").open("wb")
    process = subprocess.Popen(
        [str(CHROMA_CLI), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log, stderr=subprocess.STDOUT, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    server = ChromaServer(f"http://127.0.0.1:{port}", path, process)
    try:
        _wait_for_heartbeat(server)
        yield server
    finally:
        process.kill()
        process.wait(timeout=10)
        log.close()


@pytest.fixture(scope="session")
def server_index(tmp_path_factory: pytest.TempPathFactory, chroma_server: ChromaServer,
                 e5: E5Embeddings) -> Settings:
    """The bundled corpus ingested into the Chroma server (no local index folder is used)."""
    base = tmp_path_factory.mktemp("server-app")
    shutil.copytree(CORPUS, base / "corpus")
    settings = Settings(corpus_dir=base / "corpus", index_dir=base / "unused-index",
                        data_dir=base / "data", chroma_url=chroma_server.url,
                        collection="esschat-server-tests")
    report = Pipeline(settings, embeddings=e5).ingest()
    assert report.ok and report.chunks_added > 0
    return settings


def esschat_env(settings: Settings, **extra: str) -> dict[str, str]:
    """The environment of an esschat child process using these settings (nothing inherited)."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("ESSCHAT_")}
    values = {"CORPUS_DIR": settings.corpus_dir, "INDEX_DIR": settings.index_dir,
              "DATA_DIR": settings.data_dir, "COLLECTION": settings.collection,
              "CHROMA_URL": settings.chroma_url or ""}
    env.update({f"ESSCHAT_{name}": str(value) for name, value in values.items()})
    env.update({f"ESSCHAT_{name.upper()}": value for name, value in extra.items()})
    return env


# ---- core fixtures
# Loaders, chunking, ingestion, retrieval, CLI and embeddings tests (tests/test_loaders.py,
# test_chunking.py, test_ingest.py, test_retrieval.py, test_cli.py, test_embeddings.py).
# socket, subprocess, sys, time, dataclass come from the web section; esschat_env from the
# chroma server section.


ESSCHAT_CLI = Path(sys.executable).parent / "esschat"


def run_cli(settings: Settings, *args: str, timeout_s: float = 300,
            **env: str) -> subprocess.CompletedProcess:
    """``esschat <args>`` as a user runs it, with ESSCHAT_* pointing at ``settings``' folders."""
    return subprocess.run([str(ESSCHAT_CLI), *args], capture_output=True, text=True,
                          timeout=timeout_s, env=esschat_env(settings, **env),
                          cwd=settings.data_dir.parent)


@pytest.fixture
def copied_index(bundled_index: Settings, tmp_path: Path) -> Settings:
    """A private copy of the indexed bundled corpus (corpus and index folders), so a test can
    run the CLI or change files without re-embedding the corpus or touching other tests."""
    base = tmp_path / "copied"
    shutil.copytree(bundled_index.corpus_dir, base / "corpus")
    shutil.copytree(bundled_index.index_dir, base / "index")
    return Settings(corpus_dir=base / "corpus", index_dir=base / "index", data_dir=base / "data")


def write_pdf(path: Path, pages: list[str], user_password: str | None = None,
              drawings: bool = False, image: bool = False) -> Path:
    """A real PDF made with fpdf2: one page per text (an empty text gives a page without text),
    optionally encrypted, with vector drawings or with a picture (a 'scanned' page)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    if user_password:
        pdf.set_encryption(owner_password="owner-" + user_password, user_password=user_password)
    for text in pages:
        pdf.add_page()
        if text:
            pdf.multi_cell(0, 8, text)
        if drawings:
            pdf.rect(20, 20, 80, 40)
            pdf.line(10, 10, 150, 150)
        if image:
            from PIL import Image, ImageDraw

            picture = Image.new("RGB", (300, 120), "white")
            ImageDraw.Draw(picture).rectangle((20, 20, 280, 100), outline="black", width=4)
            pdf.image(picture, x=20, y=20, w=120)
    pdf.output(str(path))
    return path


def write_slow_pdf(path: Path, operators: int = 1_000_000) -> Path:
    """A small PDF (tens of kB) whose one page holds a compressed content stream of
    ``operators`` text operators: pypdf needs about a minute per million to extract it."""
    content = b"BT /F1 12 Tf 72 720 Td " + b"(ESS) Tj 0 -1 Td " * operators + b"ET"
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def write_bad_files(folder: Path) -> dict[str, str]:
    """Writes one file of each unusable kind into ``folder``; returns each name with a word
    its one-line reason must contain."""
    (folder / "vide.txt").write_bytes(b"")
    (folder / "blancs.md").write_text("   \n\n \t\n", encoding="utf-8")
    (folder / "binaire.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "binaire.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    good = write_pdf(folder / "good.pdf", ["Une page de texte sur les SCOP."] * 3)
    data = good.read_bytes()
    good.unlink()
    (folder / "tronque.pdf").write_bytes(data[: len(data) // 3])
    write_pdf(folder / "chiffre.pdf", ["Texte confidentiel sur les SCOP."],
              user_password="secret")
    write_pdf(folder / "dessins.pdf", [""], drawings=True)
    write_pdf(folder / "scan.pdf", [""], image=True)
    (folder / "menu.txt").write_text("Accueil\n\nTop\n\nSur le même sujet\n", encoding="utf-8")
    return {"vide.txt": "fichier vide", "blancs.md": "fichier vide",
            "binaire.txt": "contenu binaire", "binaire.pdf": "pas un PDF",
            "tronque.pdf": "tronqué", "chiffre.pdf": "PDF chiffré",
            "dessins.pdf": "couche texte", "scan.pdf": "couche texte", "menu.txt": "aucun texte"}


# ---- an app of one's own (tests/test_robustness.py, test_source_page.py)

def start_app(settings: Settings, **extra: str) -> tuple[subprocess.Popen, str]:
    """``python app.py`` on a free port over these settings' folders; returns it and its URL."""
    port = free_port()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    log = (settings.data_dir / f"app-{port}.log").open("w")
    process = subprocess.Popen([sys.executable, str(ROOT / "app.py")],
                               env=esschat_env(settings, port=str(port), **extra),
                               cwd=settings.data_dir, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    wait_until_up(url, process)
    return process, url


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def printout_line(label: str, *figures: str) -> str:
    """A line as accounting software prints it: the label, then figures flush right."""
    line = label.ljust(56)
    for width, figure in zip((16, 16, 9), figures, strict=False):
        line += figure.rjust(width)
    return line


def printout_page() -> list[str]:
    """An association's income statement as its accounting package prints it as text:
    « Exercice N » over its closing date, a rule the width of the page, sections, totals."""
    rule = "-" * 97
    head = [printout_line("", "Exercice N", "Exercice N-1", "Var. %"),
            printout_line("Compte Libellé", "31/12/2024", "31/12/2023")]
    page = ["LES ATELIERS DU PERTUIS" + "GESTACOOP 9.1".rjust(74), "",
            "COMPTE DE RESULTAT".center(97),
            "Exercice du 01/01/2024 au 31/12/2024 (12 mois)".center(97),
            "Montants en euros".center(97), rule, *head, rule,
            "PRODUITS D'EXPLOITATION",
            printout_line("706000 Prestations de services", "41 820,00", "38 100,00", "+9,8"),
            printout_line("740300 Subvention du Département", "12 500,00", "10 000,00",
                          "+25,0"),
            printout_line("740500 Subvention de la commune", "3 000,00", "3 000,00", "+0,0"),
            " " * 56 + "-" * 14 + "  " + "-" * 14,
            printout_line("       TOTAL PRODUITS (I)", "57 320,00", "51 100,00", "+12,2"), "",
            "CHARGES D'EXPLOITATION",
            printout_line("606000 Achats non stockés", "8 410,50", "7 990,00", "+5,3"),
            printout_line("613200 Locations immobilières", "14 400,00", "14 400,00", "+0,0"),
            printout_line("641000 Rémunérations du personnel", "30 215,00", "29 870,00",
                          "+1,2"),
            rule,
            printout_line("       RESULTAT D'EXPLOITATION", "4 294,50", "-1 160,00", "n.s."),
            rule]
    return page
