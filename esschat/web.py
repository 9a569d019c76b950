"""The web chat: a Gradio page over Pipeline, plus a route that shows corpus files as plain text.

Everything that comes from documents or answers is HTML-escaped before it reaches the page, and
the conversation is drawn with our own markup in a gr.HTML component rather than a Markdown
chatbot, so a document holding ``<script>`` or ``![x](http://…)`` is shown, never run or fetched.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import gradio as gr
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response

from esschat import source_page
from esschat.admin import ADMIN_ROUTE, add_admin_routes
from esschat.catalog import Catalog
from esschat.feedback import append_feedback, feedback_record
from esschat.models import DocumentInfo
from esschat.pipeline import InvalidQuestionError, Pipeline
from esschat.source_page import DOCUMENT_ROUTE, readable

log = logging.getLogger(__name__)

EXAMPLES = [
    "Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?",
    "Que propose le kit MunicipalESS pour la politique de la ville ?",
    "Quels acteurs de l'ESS trouve-t-on à Paris Est Marne&Bois ?",
    "Quelle stratégie ESS Est Ensemble a-t-il adoptée ?",
    "Quelles entreprises de l'ESS le CGET a-t-il rencontrées en Seine-Saint-Denis ?",
]
GENERIC_ERROR = "Une erreur est survenue ; merci de réessayer dans un instant."
CSS = """
.gradio-container, .gradio-container * { font-family: system-ui, "DejaVu Sans", Arial,
  sans-serif; }
#header h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
#transcript .turn { margin: 0 0 1.2em 0; }
#transcript .question { font-weight: 600; margin-bottom: .3em; }
#transcript .answer, #transcript .passage { white-space: pre-wrap; }
#transcript .notice, #transcript .error { color: #a04000; }
#transcript .sources { margin: .5em 0 0 1em; font-size: .92em; }
#transcript .source { margin-bottom: .6em; }
#transcript .passage { border-left: 3px solid #ccc; padding-left: .6em; color: #444; }
#transcript .rating { display: flex; flex-wrap: wrap; gap: .4em; align-items: center;
  margin-top: .4em; font-size: .9em; }
#transcript .rating button { display: inline-flex; gap: .3em; align-items: center;
  border: 1px solid #bbb; border-radius: 6px; background: #fff; padding: .2em .6em;
  cursor: pointer; }
#transcript .rating button svg { width: 1.1em; height: 1.1em; }
#transcript .rating textarea { width: 100%; min-height: 2.5em; }
#transcript .rated { color: #2c6e2c; }
.example-question { text-align: left !important; white-space: normal !important; }
@media (max-width: 600px) {
  #header h1 { font-size: 1.1rem; }
  #corpus-summary { font-size: .82rem; line-height: 1.3; margin: 0; }
  .gradio-container { padding: 4px !important; }
}
"""


# ---------------------------------------------------------------- rendering (always escaped)

def text(value: object) -> str:
    """Escape for HTML; ``$`` too, since gr.HTML fills a ``${value}`` template."""
    return html.escape(str(value)).replace("$", "&#36;")


def document_url(source: str, chunk_id: str | None = None) -> str:
    return source_page.source_url(source, chunk_id)


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
    origin = " · ".join(text(part) for part in (
        citation.get("publisher"), source_page.french_date(citation.get("date"))) if part)
    place = []
    if citation.get("page"):
        place.append(f"page {text(citation['page'])}")
    if citation.get("section"):
        place.append(f"section « {text(citation['section'])} »")
    passage = highlight(readable(citation.get("text", "")), citation.get("quote", ""))
    link = (f'<a href="{text(document_url(citation["source"], citation.get("chunk_id")))}" '
            'target="_blank" '
            f'rel="noopener noreferrer" class="open-source">{text(citation["source"])}</a>')
    return (
        f'<div class="source" data-n="{text(citation["n"])}">'
        f'<div>[{text(citation["n"])}] <strong>{text(citation["title"])}</strong>'
        f'{" — " + origin if origin else ""}</div>'
        f'<div class="where">Fichier : {link}{" · " + " · ".join(place) if place else ""}</div>'
        f'<div class="passage">{passage}'
        f"</div></div>"
    )


THUMB_UP = ('<svg viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" '
            'd="M2 21h4V9H2v12zm20-11c0-1.1-.9-2-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1'
            'L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10'
            'c0 1.1.9 2 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z"/></svg>')
THUMB_DOWN = THUMB_UP.replace('aria-hidden="true"', 'aria-hidden="true" '
                              'style="transform: rotate(180deg)"')


def render_rating(turn: dict, number: int) -> str:
    """👍/👎 for this answer (drawn in SVG: no emoji font needed) and an optional comment."""
    if turn.get("rated"):
        return f'<div class="rating rated" role="status">{text(turn["rated"])}</div>'
    return (f'<div class="rating" data-turn="{number}">'
            f'<button type="button" data-rate="up" aria-label="Réponse utile">{THUMB_UP}'
            "Utile</button>"
            f'<button type="button" data-rate="down" aria-label="Réponse à revoir">'
            f"{THUMB_DOWN}À revoir</button>"
            '<textarea class="comment" rows="1" aria-label="Commentaire sur cette réponse '
            '(facultatif)" placeholder="Un commentaire ? (facultatif)"></textarea></div>')


RATING_JS = """
element.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-rate]');
  if (!button) return;
  const box = button.closest('.rating');
  const comment = box.querySelector('textarea.comment');
  trigger('click', {turn: Number(box.dataset.turn), rating: button.dataset.rate,
                    comment: comment ? comment.value : ''});
});
"""
"""Each answer's rating buttons live in the transcript's HTML; one listener on the transcript
sends the turn, the verdict and the comment to ChatApp.rate."""


def render_turn(turn: dict, number: int = 0) -> str:
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
    parts.append(render_rating(turn, number))
    return f'<div class="turn">{"".join(parts)}</div>'


def render_conversation(turns: list[dict]) -> str:
    if not turns:
        return ('<div class="empty">Posez une question ci-dessous, ou cliquez sur un exemple. '
                "Chaque réponse cite mot pour mot ses sources.</div>")
    return "".join(render_turn(turn, number) for number, turn in enumerate(turns))


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
    """The header for what is indexed now (an ingest or upload changes the count)."""
    try:
        count = len(pipeline.store.lexical().sources())
    except Exception:  # an unreachable index must not keep the page from loading
        log.exception("cannot count the indexed documents")
        count = None
    return header_html(pipeline.catalog, count)


def source_choices(pipeline: Pipeline) -> list[tuple[str, str]]:
    """(title, file) of every indexed document, catalogued or uploaded, for the filter."""
    try:
        titles = pipeline.store.lexical().titles()
    except Exception:
        log.exception("cannot list the indexed documents")
        titles = {}
    choices = [(titles[source] if source not in pipeline.catalog.entries
                else pipeline.catalog.info(source).title, source) for source in titles]
    return sorted(choices, key=lambda choice: choice[0].casefold())


# ---------------------------------------------------------------- the page

class ChatApp:
    """The event handlers; conversation state lives in gr.State, so each tab is its own chat."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

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

    def rate(self, turns: list[dict], event: gr.EventData) -> tuple[str, list[dict]]:
        """Record the verdict on one answer (the one whose buttons were clicked), with the
        user's comment, and thank them in place of the buttons."""
        data = getattr(event, "_data", None) or {}
        number, rating = data.get("turn"), data.get("rating")
        if not isinstance(number, int) or not 0 <= number < len(turns) or rating not in (
                "up", "down") or not turns[number].get("answer"):
            return render_conversation(turns), turns
        turn = dict(turns[number])
        try:
            append_feedback(self.pipeline.settings.feedback_file, feedback_record(
                turn["answer"], rating, turn.get("history"), str(data.get("comment") or "")))
            turn["rated"] = "Merci pour votre avis !"
        except OSError:
            log.exception("feedback not saved")
            turn["rated"] = "Votre avis n'a pas pu être enregistré."
        turns = [*turns[:number], turn, *turns[number + 1:]]
        return render_conversation(turns), turns


def build_demo(pipeline: Pipeline) -> gr.Blocks:
    """The Gradio page; queue limits come from the settings."""
    chat = ChatApp(pipeline)
    settings = pipeline.settings
    with gr.Blocks(title="esschat", analytics_enabled=False) as demo:
        header = gr.HTML(pipeline_header(pipeline), elem_id="header")
        turns = gr.State([])
        filter_box = gr.Dropdown(choices=source_choices(pipeline), value=[], multiselect=True,
                                 label="Limiter aux documents (facultatif)", elem_id="filter")
        transcript = gr.HTML(render_conversation([]), elem_id="transcript",
                             js_on_load=RATING_JS)
        question = gr.Textbox(label="Votre question", placeholder="Posez votre question en "
                              "français…", elem_id="question", max_lines=4)
        with gr.Row():
            send = gr.Button("Envoyer", variant="primary", elem_id="send")
            new = gr.Button("Nouvelle conversation", elem_id="new-conversation")
        inputs = [question, filter_box, turns]
        outputs = [transcript, turns, question]
        gr.HTML("<strong>Exemples de questions</strong>", elem_id="examples-title")
        with gr.Column(elem_id="examples"):
            for example in EXAMPLES:
                button = gr.Button(example, size="sm", elem_classes="example-question")
                button.click(lambda text=example: text, None, question,
                             api_visibility="private").then(
                    chat.respond, inputs, outputs, api_visibility="private")
        send.click(chat.respond, inputs, outputs, api_visibility="private")
        question.submit(chat.respond, inputs, outputs, api_visibility="private")
        new.click(lambda: (render_conversation([]), [], ""), None,
                  [transcript, turns, question], api_visibility="private")
        transcript.click(chat.rate, [turns], [transcript, turns], api_visibility="private")

        if settings.admin_password is not None:
            gr.HTML(f'<p><a href="{ADMIN_ROUTE}" target="_blank" rel="noopener">Ajouter un '
                    "document au corpus (administration)</a></p>", elem_id="admin-link")
        demo.load(lambda: (pipeline_header(pipeline),
                           gr.update(choices=source_choices(pipeline))),
                  None, [header, filter_box], api_visibility="private")

        gr.api(chat.api_ask, api_name="ask")
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=settings.max_queue)
    return demo


def indexed_file(pipeline: Pipeline, path: str) -> tuple[Path, list]:
    """The corpus file behind ``path`` and its indexed chunks; 404 for anything else (not
    indexed, hidden, the catalog, odd characters, outside corpus/)."""
    root = pipeline.settings.corpus_dir.resolve()
    lexical = pipeline.store.lexical()
    if ODD_NAME.search(path) or path not in lexical.sources():
        raise HTTPException(404, "Document introuvable.")
    try:
        resolved = (root / path).resolve(strict=True)
    except (OSError, RuntimeError, ValueError) as error:
        raise HTTPException(404, "Document introuvable.") from error
    if not resolved.is_relative_to(root) or not resolved.is_file():
        raise HTTPException(404, "Document introuvable.")
    return resolved, lexical.chunks_of(path)


def document_route(pipeline: Pipeline):
    """GET handler: the source page of an indexed document, at the cited passage."""

    def serve(path: str, passage: str | None = None) -> HTMLResponse:
        _, chunks = indexed_file(pipeline, path)
        first = chunks[0]
        entry = pipeline.catalog.entries.get(path) or DocumentInfo(source=path)
        info = DocumentInfo(  # the catalog's fields, else what the indexed file said
            source=path, title=entry.title or first.title,
            publisher=entry.publisher or first.publisher, date=entry.date or first.date,
            territory=entry.territory, url=entry.url or first.url)
        return HTMLResponse(source_page.render(info, chunks, passage),
                            headers=source_page.HEADERS)

    return serve


def original_route(pipeline: Pipeline):
    """GET handler: an indexed PDF itself, so the browser's viewer opens it at a page."""

    def serve(path: str) -> FileResponse:
        resolved, _ = indexed_file(pipeline, path)
        if resolved.suffix.lower() != ".pdf":
            raise HTTPException(404, "Document introuvable.")
        return FileResponse(resolved, media_type="application/pdf",
                            headers={"X-Content-Type-Options": "nosniff",
                                     "Content-Disposition": "inline",
                                     "Content-Security-Policy": "sandbox"})

    return serve


ODD_NAME = re.compile(r"[\x00-\x1f\x7f\\]|(^|/)\.")
"""Control characters, backslashes and hidden parts never name an indexed document."""


def close_gradio_uploads(app: FastAPI) -> None:
    """Gradio stores any file POSTed to its upload endpoint, without authentication. The chat
    has no file widget (documents come through the admin form), so the endpoint is closed."""

    @app.middleware("http")
    async def refuse_uploads(request: Request, call_next):
        if request.url.path.rstrip("/").endswith("/upload") and not request.url.path.startswith(
                ADMIN_ROUTE):
            return PlainTextResponse("Envoi de fichiers fermé.", status_code=403)
        return await call_next(request)


FRENCH_UI = (b"<script>for (const [key, value] of [['language', 'fr-FR'], "
             b"['languages', ['fr-FR', 'fr']]]) Object.defineProperty(navigator, key, "
             b"{get: () => value});</script>")
"""Gradio picks its own words (status messages read to screen readers, dropdown hints) from
the browser's language when it starts; this runs first, so the chat is French whatever the
browser speaks."""


def french_gradio(app: FastAPI) -> None:
    """Put FRENCH_UI at the top of the chat page's <head>, before Gradio's own scripts."""

    @app.middleware("http")
    async def speak_french(request: Request, call_next):
        response = await call_next(request)
        if request.method != "GET" or request.url.path != "/" or not response.headers.get(
                "content-type", "").startswith("text/html"):
            return response
        body = b"".join([chunk async for chunk in response.body_iterator])
        body = body.replace(b"<head>", b"<head>" + FRENCH_UI, 1).replace(b'lang="en"',
                                                                         b'lang="fr"', 1)
        headers = {key: value for key, value in response.headers.items()
                   if key.lower() != "content-length"}
        return Response(body, status_code=response.status_code, headers=headers)


def build_app(pipeline: Pipeline) -> FastAPI:
    """FastAPI app: the document route first, then the chat mounted at /."""
    settings = pipeline.settings
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    close_gradio_uploads(app)
    app.add_api_route(DOCUMENT_ROUTE + "/{path:path}", document_route(pipeline),
                      methods=["GET"])
    app.add_api_route(DOCUMENT_ROUTE + "-original/{path:path}", original_route(pipeline),
                      methods=["GET"])
    add_admin_routes(app, pipeline)
    french_gradio(app)
    return gr.mount_gradio_app(app, build_demo(pipeline), path="/",
                               server_name=settings.host, server_port=settings.port,
                               max_file_size=f"{settings.upload_max_mb:g}mb", css=CSS,
                               footer_links=[])
