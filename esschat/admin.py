"""The administration page: a plain HTML form that adds one document to the corpus.

The form posts the password, the file and its optional metadata in one request, and only the
bytes of that request are stored: no server path is ever read, and no file is kept before the
password is checked. Gradio's own upload endpoint is closed (esschat.web), since the chat has
no file widget.
"""

from __future__ import annotations

import asyncio
import hmac
import html
import logging
import threading

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from esschat.pipeline import Pipeline
from esschat.uploads import UPLOAD_SUFFIXES, Uploader, UploadRefused

log = logging.getLogger(__name__)

ADMIN_ROUTE = "/admin"
WRONG_PASSWORD_DELAY_S = 1.0
"""A wrong password costs a second: guessing it by brute force becomes impractical."""
FORM_OVERHEAD = 64 * 1024
"""Bytes a multipart request adds around the file (boundaries, the metadata fields)."""
HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store",
           "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                                      "form-action 'self'"}
PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>esschat — ajouter un document</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }}
label {{ display: block; margin: .8rem 0 .2rem; font-weight: 600; }}
input {{ width: 100%; padding: .4rem; box-sizing: border-box; }}
button {{ margin-top: 1.2rem; padding: .5rem 1.2rem; }}
#upload-status {{ padding: .6rem; border-left: 4px solid #555; background: #f4f4f4; }}
</style></head><body>
<h1>Ajouter un document au corpus</h1>
{status}
<form method="post" action="{action}" enctype="multipart/form-data">
<label for="admin-password">Mot de passe d'administration</label>
<input id="admin-password" name="password" type="password" required autocomplete="current-password">
<label for="upload-file">Document ({kinds}, {max_mb:g} Mo au plus)</label>
<input id="upload-file" name="file" type="file" required accept="{accept}">
<label for="upload-title">Titre (facultatif)</label>
<input id="upload-title" name="title">
<label for="upload-publisher">Éditeur (facultatif)</label>
<input id="upload-publisher" name="publisher">
<label for="upload-date">Date (facultatif, ex. 2024-03)</label>
<input id="upload-date" name="date">
<label for="upload-territory">Territoire(s) (facultatif, séparés par des virgules)</label>
<input id="upload-territory" name="territory">
<button id="upload-button" type="submit">Ajouter au corpus</button>
</form>
<p><a href="/">Retour au chat</a></p>
</body></html>"""


def page(pipeline: Pipeline, message: str = "") -> str:
    status = f'<p id="upload-status" role="status">{html.escape(message)}</p>' if message else ""
    return PAGE.format(status=status, action=f"{ADMIN_ROUTE}/upload",
                       kinds=", ".join(suffix.lstrip(".").upper() for suffix in UPLOAD_SUFFIXES),
                       accept=",".join(UPLOAD_SUFFIXES),
                       max_mb=pipeline.settings.upload_max_mb)


def add_admin_routes(app: FastAPI, pipeline: Pipeline) -> None:
    """GET /admin shows the form; POST /admin/upload takes one document. Without an admin
    password neither route exists."""
    if pipeline.settings.admin_password is None:
        return
    expected = pipeline.settings.admin_password.get_secret_value()
    uploader = Uploader(pipeline, threading.Lock())
    limit = int(pipeline.settings.upload_max_mb * 1024 * 1024)

    def answer(message: str, status: int = 200) -> HTMLResponse:
        return HTMLResponse(page(pipeline, message), status_code=status, headers=HEADERS)

    async def show(request: Request) -> HTMLResponse:
        return answer("")

    async def receive(request: Request) -> HTMLResponse:
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            return answer("La taille de l'envoi doit être annoncée (Content-Length).", 411)
        if int(length) > limit + FORM_OVERHEAD:
            return answer(f"Le fichier dépasse la taille maximale "
                          f"({pipeline.settings.upload_max_mb:g} Mo).", 413)
        form = await request.form(max_files=1, max_fields=8)
        try:
            password = str(form.get("password") or "")
            if not hmac.compare_digest(password.encode(), expected.encode()):
                await asyncio.sleep(WRONG_PASSWORD_DELAY_S)
                return answer("Mot de passe incorrect.", 403)
            upload = form.get("file")
            if not isinstance(upload, UploadFile) or not upload.filename:
                return answer("Choisissez d'abord un fichier.", 400)
            data = await upload.read(limit + 1)
            metadata = {key: str(form.get(key) or "")
                        for key in ("title", "publisher", "date", "territory")}
            message = await run_in_threadpool(uploader.add, upload.filename, data, metadata)
        except UploadRefused as error:
            return answer(str(error), 400)
        except Exception:
            log.exception("upload failed")
            return answer("Le document n'a pas pu être ajouté ; merci de réessayer.", 500)
        finally:
            await form.close()
        return answer(message)

    app.add_api_route(ADMIN_ROUTE, show, methods=["GET"], include_in_schema=False)
    app.add_api_route(f"{ADMIN_ROUTE}/upload", receive, methods=["POST"],
                      include_in_schema=False)
