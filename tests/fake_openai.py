"""A scripted OpenAI-compatible chat server on 127.0.0.1, so LLM mode is tested over real HTTP.

It speaks ``POST /v1/chat/completions`` as JSON or as server-sent events (``stream: true``,
``data: {...}`` chunks ending with ``data: [DONE]``, chunked transfer encoding like vLLM or
Ollama), records every request, and replies as the test scripted: a text (or a function of
the prompt), an HTTP error, a pause, a stream cut in the middle (connection dropped, or body
ended cleanly but without the final chunk and ``[DONE]``).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PASSAGE_HEADER = re.compile(r"^\[(\d+)\] ", re.M)


@dataclass
class Reply:
    """What the server answers to one kind of request."""

    text: str | Callable[[str], str] = ""
    status: int = 200
    delay_s: float = 0.0
    chunk_chars: int = 6
    cut_after_chunks: int | None = None
    end_after_chunks: int | None = None
    pause_after_chunks: int | None = None
    pause_s: float = 0.0

    def render(self, prompt: str) -> str:
        return self.text(prompt) if callable(self.text) else self.text


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: dict

    @property
    def prompt(self) -> str:
        return "\n".join(str(message.get("content", "")) for message in self.body["messages"])

    @property
    def is_answer(self) -> bool:
        return "<<<DOCUMENTS>>>" in self.prompt


@dataclass
class FakeOpenAI:
    """The server's script and what it received; ``base_url`` ends with /v1."""

    answer: Reply = field(default_factory=lambda: Reply("Réponse par défaut."))
    condense: Reply = field(default_factory=lambda: Reply(""))
    expected_key: str | None = None
    requests: list[Recorded] = field(default_factory=list)
    base_url: str = ""

    def answer_requests(self) -> list[Recorded]:
        return [request for request in self.requests if request.is_answer]

    def condense_requests(self) -> list[Recorded]:
        return [request for request in self.requests if not request.is_answer]


def passage_number(prompt: str, needle: str) -> int:
    """The [n] of the first passage in the prompt that contains ``needle``."""
    headers = list(PASSAGE_HEADER.finditer(prompt))
    for current, following in zip(headers, [*headers[1:], None], strict=True):
        end = following.start() if following else len(prompt)
        if needle in prompt[current.end():end]:
            return int(current.group(1))
    raise AssertionError(f"no passage containing {needle!r} was sent to the model")


def passage_count(prompt: str) -> int:
    return len(PASSAGE_HEADER.findall(prompt))


def handler_for(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            return

        def do_POST(self) -> None:
            try:
                self.respond()
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def respond(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            recorded = Recorded(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
            fake.requests.append(recorded)
            if self.path.rstrip("/") != "/v1/chat/completions":
                return self.send_json(404, {"error": {"message": "not found"}})
            if fake.expected_key and self.headers.get("Authorization") != (
                    f"Bearer {fake.expected_key}"):
                return self.send_json(401, {"error": {
                    "message": "Incorrect API key provided.", "type": "invalid_request_error",
                    "code": "invalid_api_key"}})
            reply = fake.answer if recorded.is_answer else fake.condense
            time.sleep(reply.delay_s)
            if reply.status != 200:
                return self.send_json(reply.status, {"error": {
                    "message": f"scripted error {reply.status}", "type": "server_error"}})
            text = reply.render(recorded.prompt)
            if body.get("stream"):
                return self.send_stream(reply, text, body.get("model", "fake"))
            return self.send_json(200, completion(text, body.get("model", "fake")))

        def send_json(self, status: int, payload: dict) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def send_stream(self, reply: Reply, text: str, model: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            pieces = [text[i:i + reply.chunk_chars]
                      for i in range(0, len(text), reply.chunk_chars)]
            for index, piece in enumerate(pieces):
                if index == reply.cut_after_chunks:
                    self.wfile.flush()
                    self.close_connection = True
                    return
                if index == reply.end_after_chunks:
                    self.send_chunk(b"")
                    return
                if index == reply.pause_after_chunks:
                    time.sleep(reply.pause_s)
                self.send_event(chunk(model, {"content": piece}, None))
            self.send_event(chunk(model, {}, "stop"))
            self.send_chunk(b"data: [DONE]\n\n")
            self.send_chunk(b"")

        def send_event(self, payload: dict) -> None:
            self.send_chunk(f"data: {json.dumps(payload)}\n\n".encode())

        def send_chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

    return Handler


def chunk(model: str, delta: dict, finish_reason: str | None) -> dict:
    return {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0,
            "model": model, "choices": [{"index": 0, "delta": delta,
                                         "finish_reason": finish_reason}]}


def completion(text: str, model: str) -> dict:
    return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}


class FakeOpenAIServer:
    """Runs a FakeOpenAI in a thread on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        self.fake = FakeOpenAI()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(self.fake))
        self.httpd.daemon_threads = True
        self.fake.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeOpenAI:
        self.thread.start()
        return self.fake

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
