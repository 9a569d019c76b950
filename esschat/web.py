"""The web chat: a Gradio page over Pipeline, plus a route that shows corpus files as plain text.

Everything that comes from documents or answers is HTML-escaped before it reaches the page, and
the conversation is drawn with our own markup in a gr.HTML component rather than a Markdown
chatbot, so a document holding ``<script>`` or ``![x](http://…)`` is shown, never run or fetched.
"""

from __future__ import annotations

import hmac
import html
import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import gradio as gr
from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

from esschat.catalog import Catalog
from esschat.feedback import append_feedback, feedback_record
from esschat.pipeline import InvalidQuestionError, Pipeline
from esschat.readers import LoadError, read_file

log = logging.getLogger(__name__)

DOCUMENT_ROUTE = "/document"
UPLOAD_SUFFIXES = (".pdf", ".txt", ".md", ".html", ".htm")
EXAMPLES = [
    "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?",
    "Que propose le kit MunicipalESS pour la politique de la ville ?",
    "Quels acteurs de l'ESS trouve-t-on à Paris Est Marne&Bois ?",
    "Quelle stratégie ESS Est Ensemble a-t-il adoptée ?",
    "Quelles entreprises de l'ESS le CGET a-t-il rencontrées en Seine-Saint-Denis ?",
]
GENERIC_ERROR = "Une erreur est survenue ; merci de réessayer dans un instant."
CSS = """
#transcript .turn { margin: 0 0 1.2em 0; }
#transcript .question { font-weight: 600; margin-bottom: .3em; }
#transcript .answer, #transcript .passage { white-space: pre-wrap; }
#transcript .notice, #transcript .error { color: #a04000; }
#transcript .sources { margin: .5em 0 0 1em; font-size: .92em; }
#transcript .source { margin-bottom: .6em; }
#transcript .passage { border-left: 3px solid #ccc; padding-left: .6em; color: #444; }
"""


# ---------------------------------------------------------------- rendering (always escaped)

def text(value: object) -> str:
    """Escape for HTML; ``$`` too, since gr.HTML fills a ``${value}`` template."""
    return html.escape(str(value)).replace("$", "&#36;")


def document_url(source: str) -> str:
    return f"{DOCUMENT_ROUTE}/{quote(source)}"


def highlight(passage: str, quoted: str) -> str:
    """The passage, escaped, with each quoted sentence (one per line of ``quoted``) in <mark>."""
    spans = []
    for part in (line.strip() for line in quoted.splitlines()):
        found = passage.find(part) if part else -1
        if found >= 0:
            spans.append((found, found + len(part)))
    pieces, position = [], 0
    for begin, finish in sorted(spans):
        if begin < position:
            continue
        pieces += [text(passage[position:begin]), f"<mark>{text(passage[begin:finish])}</mark>"]
        position = finish
    pieces.append(text(passage[position:]))
    return "".join(pieces)


def render_citation(citation: dict) -> str:
    origin = " · ".join(text(part) for part in (citation.get("publisher"), citation.get("date"))
                        if part)
    place = []
    if citation.get("page"):
        place.append(f"page {text(citation['page'])}")
    if citation.get("section"):
        place.append(f"section « {text(citation['section'])} »")
    link = (f'<a href="{text(document_url(citation["source"]))}" target="_blank" '
            f'rel="noopener noreferrer" class="open-source">{text(citation["source"])}</a>')
    return (
        f'<div class="source" data-n="{text(citation["n"])}">'
        f'<div>[{text(citation["n"])}] <strong>{text(citation["title"])}</strong>'
        f'{" — " + origin if origin else ""}</div>'
        f'<div class="where">Fichier : {link}{" · " + " · ".join(place) if place else ""}</div>'
        f'<div class="passage">{highlight(citation.get("text", ""), citation.get("quote", ""))}'
        f"</div></div>"
    )


def render_turn(turn: dict) -> str:
    parts = [f'<div class="question">Vous : {text(turn["question"])}</div>']
    if turn.get("error"):
        parts.append(f'<div class="error">{text(turn["error"])}</div>')
        return f'<div class="turn">{"".join(parts)}</div>'
    if "answer" not in turn:
        parts.append(f'<div class="answer draft">{text(turn.get("draft", ""))}</div>')
        return f'<div class="turn">{"".join(parts)}</div>'
    answer = turn["answer"]
    if answer.get("notice"):
        parts.append(f'<div class="notice">{text(answer["notice"])}</div>')
    parts.append(f'<div class="answer">{text(answer["answer"])}</div>')
    if answer.get("citations"):
        parts.append('<div class="sources"><div><em>Sources</em></div>'
                     + "".join(render_citation(c) for c in answer["citations"]) + "</div>")
    return f'<div class="turn">{"".join(parts)}</div>'


def render_conversation(turns: list[dict]) -> str:
    if not turns:
        return ('<div class="empty">Posez une question ci-dessous, ou cliquez sur un exemple. '
                "Chaque réponse cite mot pour mot ses sources.</div>")
    return "".join(render_turn(turn) for turn in turns)


def corpus_summary(catalog: Catalog, count: int | None = None) -> str:
    """One sentence on what the corpus covers, built from the catalog and the index (``count``
    indexed documents, catalogued or not) so it stays true."""
    territories = catalog.territories()
    publishers = list(dict.fromkeys(e.publisher for e in catalog.entries.values() if e.publisher))
    count = len(catalog.entries) if count is None else count
    sentence = f"Les réponses s'appuient sur {count} document{'s' if count > 1 else ''}"
    if territories:
        sentence += " portant sur " + ", ".join(territories)
    if publishers:
        sentence += ", publiés notamment par " + ", ".join(publishers[:3])
    return sentence + "."


def header_html(catalog: Catalog, count: int | None = None) -> str:
    return ("<h1>esschat — l'économie sociale et solidaire, sources à l'appui</h1>"
            f'<p id="corpus-summary">{text(corpus_summary(catalog, count))}</p>')


def pipeline_header(pipeline: Pipeline) -> str:
    """The header for what is indexed now (an upload adds one document to the count)."""
    try:
        count = len(pipeline.store.file_states())
    except Exception:  # an unreachable index must not keep the page from loading
        log.exception("cannot count the indexed documents")
        count = None
    return header_html(pipeline.catalog, count)


def source_choices(pipeline: Pipeline) -> list[tuple[str, str]]:
    """(title, file) of every indexed document, catalogued or uploaded, for the filter."""
    states = pipeline.store.file_states()
    sources = set(pipeline.catalog.entries) | set(states)
    choices = [(states[source].title if source in states and source not in
                pipeline.catalog.entries else pipeline.catalog.info(source).title, source)
               for source in sources]
    return sorted(choices, key=lambda choice: choice[0].casefold())


# ---------------------------------------------------------------- uploads

class UploadRefused(ValueError):
    """An upload that cannot be added; the message is French and names the file."""


def safe_file_name(name: str) -> str:
    """Basename only, ASCII letters, digits, dot, dash and underscore; never hidden."""
    base = re.split(r"[\\/]", name)[-1]
    base = unicodedata.normalize("NFKD", base).encode("ascii", "ignore").decode()
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip(".-_")
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = re.sub(r"[.]+", "-", stem).strip("-_") or "document"
    return f"{stem[:80]}.{suffix.lower()}" if suffix else stem[:80]


def check_content(name: str, data: bytes) -> None:
    """The bytes must match the extension: a PDF header, or text without binary noise."""
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise UploadRefused(f"« {name} » : type de fichier non accepté "
                            f"(acceptés : {', '.join(UPLOAD_SUFFIXES)}).")
    if not data.strip():
        raise UploadRefused(f"« {name} » est vide.")
    if suffix == ".pdf":
        if not data.startswith(b"%PDF-"):
            raise UploadRefused(f"« {name} » n'est pas un vrai PDF.")
        return
    sample = data[:8192]
    if b"\x00" in sample or data.startswith(b"%PDF-"):
        raise UploadRefused(f"« {name} » n'est pas un fichier texte.")
    try:
        decoded = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        decoded = data.decode("cp1252", errors="replace")
    if suffix in (".html", ".htm") and not re.search(r"<\s*[a-zA-Z!]", decoded):
        raise UploadRefused(f"« {name} » ne contient pas de HTML.")


FAILURE_REASONS = {
    "empty file": "le fichier est vide",
    "no text left": "aucun texte exploitable",
    "binary content": "contenu binaire, pas du texte",
    "timed out": "lecture trop longue",
    "encrypted": "PDF protégé",
}


def french_reason(reason: str) -> str:
    for key, french in FAILURE_REASONS.items():
        if key in reason.lower():
            return french
    return f"lecture impossible ({reason})"


CATALOG_FIELDS = ("title", "publisher", "date", "territory")


def catalog_entry(metadata: dict[str, str]) -> dict:
    """The form's fields as a catalog entry: empty ones left out, territories as a list."""
    entry: dict = {}
    for key in CATALOG_FIELDS:
        value = " ".join(str(metadata.get(key) or "").split())
        if value:
            entry[key] = value
    if "territory" in entry:
        entry["territory"] = [part.strip() for part in entry["territory"].split(",")
                              if part.strip()]
    return entry


def add_catalog_entry(path: Path, name: str, entry: dict) -> None:
    """Append one entry, keeping the file's comments and other entries as they are."""
    import yaml

    existing = path.read_text(encoding="utf-8") if path.is_file() else ""
    block = yaml.safe_dump({name: entry}, allow_unicode=True, sort_keys=False)
    separator = "" if not existing or existing.endswith("\n") else "\n"
    path.write_text(existing + separator + block, encoding="utf-8")


def remove_catalog_entry(path: Path, name: str) -> None:
    """Drop the entry an upload added (its key line and the indented lines under it)."""
    if not path.is_file():
        return
    kept, skipping = [], False
    for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.rstrip("\n") in (f"{name}:", f"'{name}':", f'"{name}":'):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        kept.append(line)
    path.write_text("".join(kept), encoding="utf-8")


@dataclass
class Uploader:
    """Writes an accepted file into corpus/ and indexes it; undoes the write if indexing fails."""

    pipeline: Pipeline
    lock: threading.Lock

    def add(self, original_name: str, data: bytes, metadata: dict[str, str] | None = None
            ) -> str:
        """Store the file, its catalog entry when the form gave one, and index it."""
        settings = self.pipeline.settings
        name = safe_file_name(original_name)
        if len(data) > settings.upload_max_mb * 1024 * 1024:
            raise UploadRefused(f"« {original_name} » dépasse la taille maximale "
                                f"({settings.upload_max_mb:g} Mo).")
        check_content(name, data)
        corpus = settings.corpus_dir.resolve()
        target = corpus / name
        with self.lock:
            if target.exists():
                if target.is_file() and target.read_bytes() == data:
                    return f"« {name} » est déjà dans le corpus."
                raise UploadRefused(f"Un autre document s'appelle déjà « {name} » ; "
                                    "renommez le fichier.")
            with target.open("xb") as handle:
                handle.write(data)
            entry = catalog_entry(metadata or {})
            if entry:
                add_catalog_entry(self.pipeline.settings.catalog_file, name, entry)
            return self._index(target, name)

    def _index(self, target: Path, name: str) -> str:
        try:
            report = self.pipeline.ingest()
        except Exception as error:
            log.exception("ingestion of upload %s failed", name)
            self._undo(target)
            raise UploadRefused(f"« {name} » n'a pas pu être indexé ; il n'a pas été ajouté."
                                ) from error
        reason = report.failed.get(name) or report.skipped.get(name)
        if reason:
            self._undo(target)
            raise UploadRefused(f"« {name} » n'a pas été ajouté : {french_reason(reason)}.")
        state = self.pipeline.store.file_states().get(name)
        title = state.title if state else self.pipeline.catalog.info(name).title
        return f"« {name} » a été ajouté au corpus (titre : {title})."

    def _undo(self, target: Path) -> None:
        """Remove the file and its catalog entry, then sync the index so it holds exactly
        what it had before."""
        target.unlink(missing_ok=True)
        remove_catalog_entry(self.pipeline.settings.catalog_file, target.name)
        try:
            self.pipeline.ingest()
        except Exception:
            log.exception("re-sync after a refused upload failed")


# ---------------------------------------------------------------- the page

class ChatApp:
    """The event handlers; conversation state lives in gr.State, so each tab is its own chat."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.uploader = Uploader(pipeline, threading.Lock())

    def ask(self, question: str, history: list[str] | None = None,
            sources: list[str] | None = None) -> dict:
        """One answer as JSON, with the quotes, publishers and dates of its citations."""
        answer = self.pipeline.ask(question, history=history or None, sources=sources or None)
        return answer.model_dump(mode="json", exclude={"hits"})

    def api_ask(self, question: str, history: list[str] | None = None,
                sources: list[str] | None = None) -> dict:
        """Answer one question; ``history`` holds the conversation's earlier questions.

        Errors reach the caller as a short French message, never as a traceback.
        """
        try:
            return self.ask(question, history, sources)
        except InvalidQuestionError as error:
            raise gr.Error(str(error)) from error
        except Exception as error:
            log.exception("API question %r failed", question)
            raise gr.Error(GENERIC_ERROR) from error

    def respond(self, question: str, sources: list[str] | None, turns: list[dict]
                ) -> Iterator[tuple[str, list[dict], str]]:
        """Show the answer as it is written (LLM mode streams tokens), then the verified one."""
        history = [turn["question"] for turn in turns if not turn.get("error")]
        turn: dict = {"question": question or "", "history": history}
        try:
            for kind, value in self.pipeline.stream(question, history or None, sources or None):
                if kind == "token":
                    turn["draft"] = turn.get("draft", "") + value
                    yield render_conversation([*turns, turn]), turns, ""
                else:
                    turn.pop("draft", None)
                    turn["answer"] = value.model_dump(mode="json", exclude={"hits"})
        except InvalidQuestionError as error:
            turn["error"] = str(error)
        except Exception:
            log.exception("answering %r failed", question)
            turn["error"] = GENERIC_ERROR
        turn.pop("draft", None)
        turns = [*turns, turn]
        yield render_conversation(turns), turns, ""

    def rate(self, rating: str, turns: list[dict]) -> str:
        answered = [turn for turn in turns if turn.get("answer")]
        if not answered:
            return "Aucune réponse à évaluer pour l'instant."
        last = answered[-1]
        try:
            append_feedback(self.pipeline.settings.feedback_file,
                            feedback_record(last["answer"], rating, last["history"]))
        except OSError:
            log.exception("feedback not saved")
            return "Votre avis n'a pas pu être enregistré."
        return "Merci pour votre avis !"

    def upload(self, password: str, file_path: str | None, title: str = "",
               publisher: str = "", date: str = "", territory: str = ""
               ) -> tuple[str, dict, dict]:
        expected = self.pipeline.settings.admin_password
        unchanged = gr.update()
        if expected is None:
            return "L'ajout de documents est désactivé.", unchanged, unchanged
        if not hmac.compare_digest((password or "").encode(), expected.get_secret_value().encode()):
            return "Mot de passe incorrect.", unchanged, unchanged
        if not file_path:
            return "Choisissez d'abord un fichier.", unchanged, unchanged
        path = Path(file_path)
        metadata = {"title": title, "publisher": publisher, "date": date, "territory": territory}
        try:
            message = self.uploader.add(path.name, path.read_bytes(), metadata)
        except UploadRefused as error:
            return str(error), unchanged, unchanged
        except Exception:
            log.exception("upload of %s failed", path.name)
            return (f"« {path.name} » n'a pas pu être ajouté. {GENERIC_ERROR}", unchanged,
                    unchanged)
        return (message, gr.update(choices=source_choices(self.pipeline)),
                pipeline_header(self.pipeline))


def build_demo(pipeline: Pipeline) -> gr.Blocks:
    """The Gradio page; queue limits come from the settings."""
    chat = ChatApp(pipeline)
    settings = pipeline.settings
    with gr.Blocks(title="esschat", analytics_enabled=False) as demo:
        header = gr.HTML(pipeline_header(pipeline), elem_id="header")
        turns = gr.State([])
        filter_box = gr.Dropdown(choices=source_choices(pipeline), value=[], multiselect=True,
                                 label="Limiter aux documents (facultatif)", elem_id="filter")
        transcript = gr.HTML(render_conversation([]), elem_id="transcript")
        question = gr.Textbox(label="Votre question", placeholder="Posez votre question en "
                              "français…", elem_id="question", max_lines=4)
        with gr.Row():
            send = gr.Button("Envoyer", variant="primary", elem_id="send")
            new = gr.Button("Nouvelle conversation", elem_id="new-conversation")
        gr.Examples(examples=[[example] for example in EXAMPLES], inputs=[question],
                    label="Exemples de questions")
        with gr.Row():
            up = gr.Button("👍 Réponse utile", elem_id="thumbs-up", size="sm")
            down = gr.Button("👎 Réponse à revoir", elem_id="thumbs-down", size="sm")
        rating_status = gr.Textbox(show_label=False, interactive=False, elem_id="rating-status",
                                   container=False)

        inputs = [question, filter_box, turns]
        outputs = [transcript, turns, question]
        send.click(chat.respond, inputs, outputs, api_visibility="private")
        question.submit(chat.respond, inputs, outputs, api_visibility="private")
        new.click(lambda: (render_conversation([]), [], "", ""), None,
                  [transcript, turns, question, rating_status], api_visibility="private")
        up.click(lambda t: chat.rate("up", t), [turns], [rating_status], api_visibility="private")
        down.click(lambda t: chat.rate("down", t), [turns], [rating_status],
                   api_visibility="private")

        if settings.admin_password is not None:
            with gr.Accordion("Ajouter un document (administration)", open=False):
                password = gr.Textbox(label="Mot de passe d'administration", type="password",
                                      elem_id="admin-password")
                upload_file = gr.File(label="Document (PDF, TXT, MD ou HTML)",
                                      file_types=list(UPLOAD_SUFFIXES), type="filepath",
                                      elem_id="upload-file")
                with gr.Row():
                    meta_title = gr.Textbox(label="Titre (facultatif)", elem_id="upload-title")
                    meta_publisher = gr.Textbox(label="Éditeur (facultatif)",
                                                elem_id="upload-publisher")
                with gr.Row():
                    meta_date = gr.Textbox(label="Date (facultatif, ex. 2024-03)",
                                           elem_id="upload-date")
                    meta_territory = gr.Textbox(
                        label="Territoire(s) (facultatif, séparés par des virgules)",
                        elem_id="upload-territory")
                add = gr.Button("Ajouter au corpus", elem_id="upload-button")
                upload_status = gr.Textbox(show_label=False, interactive=False,
                                           elem_id="upload-status", container=False)
            add.click(chat.upload, [password, upload_file, meta_title, meta_publisher, meta_date,
                                    meta_territory], [upload_status, filter_box, header],
                      api_visibility="private")

        gr.api(chat.api_ask, api_name="ask")
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=settings.max_queue)
    return demo


def document_text(path: Path) -> str:
    """The file as text: PDFs through the loader (page by page), anything else as written."""
    if path.suffix.lower() == ".pdf":
        try:
            blocks = read_file(path).blocks
        except LoadError:
            return "Ce PDF ne peut pas être affiché en texte."
        return "\n\n".join(_page_lines(blocks))
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _page_lines(blocks) -> list[str]:
    """One '--- page N ---' header per page, then its blocks, one per line."""
    from esschat.chunking import page_texts

    return [f"--- page {page.label or page.number} ---\n{page.text}"
            for page in page_texts(blocks)]


def document_route(corpus_dir: Path):
    """GET handler serving a corpus file as plain text, and nothing outside corpus/."""
    root = corpus_dir.resolve()

    def serve(path: str) -> PlainTextResponse:
        candidate = root / path
        try:
            resolved = candidate.resolve(strict=True)
        except (OSError, RuntimeError) as error:
            raise HTTPException(404, "Document introuvable.") from error
        if not resolved.is_relative_to(root) or not resolved.is_file():
            raise HTTPException(404, "Document introuvable.")
        return PlainTextResponse(document_text(resolved),
                                 media_type="text/plain; charset=utf-8",
                                 headers={"X-Content-Type-Options": "nosniff",
                                          "Content-Security-Policy": "default-src 'none'"})

    return serve


def build_app(pipeline: Pipeline) -> FastAPI:
    """FastAPI app: the document route first, then the chat mounted at /."""
    settings = pipeline.settings
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.add_api_route(DOCUMENT_ROUTE + "/{path:path}", document_route(settings.corpus_dir),
                      methods=["GET"])
    return gr.mount_gradio_app(app, build_demo(pipeline), path="/",
                               server_name=settings.host, server_port=settings.port,
                               max_file_size=f"{settings.upload_max_mb:g}mb", css=CSS,
                               footer_links=[])
