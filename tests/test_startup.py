"""Whoever deploys esschat gets one clear French line for each start-up mistake: a wrong
setting, a port already taken; and the addresses printed are ones a browser can open."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

from conftest import ESSCHAT_CLI, ROOT, esschat_env, free_port
from test_robustness import small_corpus


def run(command: list[str], settings, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=120,
                          env=esschat_env(settings, **extra), cwd=settings.data_dir.parent)


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def test_each_wrong_setting_gets_one_french_line_naming_what_it_accepts(make_settings) -> None:
    settings = make_settings()
    for command in ([sys.executable, str(ROOT / "app.py")], [str(ESSCHAT_CLI), "ask", "x"]):
        result = run(command, settings, port="abc", embedding_provider="openai")
        assert result.returncode == 2, result.stderr
        said = lines(result.stderr)
        assert len(said) == 2 and "Traceback" not in result.stderr, result.stderr
        port = next(line for line in said if "ESSCHAT_PORT" in line)
        assert "« abc »" in port and "un nombre entier (au moins 1, au plus 65535)" in port
        provider = next(line for line in said if "ESSCHAT_EMBEDDING_PROVIDER" in line)
        assert "« e5 » ou « sentence-transformers »" in provider


def test_a_port_in_use_gets_one_line_suggesting_another(make_settings) -> None:
    settings = make_settings()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run([sys.executable, str(ROOT / "app.py")], settings, port=str(port))
    assert result.returncode == 2
    said = lines(result.stderr)
    assert len(said) == 1, result.stderr
    assert f"le port {port} est déjà utilisé" in said[0] and "ESSCHAT_PORT=" in said[0]


def test_listening_on_all_addresses_prints_addresses_that_open(make_settings) -> None:
    settings = make_settings()
    small_corpus(settings.corpus_dir)
    port = free_port()
    process = subprocess.Popen([sys.executable, str(ROOT / "app.py")],
                               env=esschat_env(settings, host="0.0.0.0", port=str(port)),
                               cwd=settings.data_dir.parent, stderr=subprocess.PIPE, text=True)
    printed: list[str] = []
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            if not line:
                break
            if line.startswith("esschat : "):
                printed.append(line.split(" : ", 1)[1].strip())
                if len(printed) >= 1 and "127.0.0.1" in printed[0]:
                    time.sleep(1)
                    break
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert printed and printed[0] == f"http://127.0.0.1:{port}/"
    assert not any("0.0.0.0" in address for address in printed)
