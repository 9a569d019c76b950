"""The command line: ``esschat ingest | ask | search | eval | feedback``, thin over the pipeline."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from esschat.french_cli import FrenchCommand, FrenchGroup
from esschat.ingest import CorpusMissingError, IngestReport
from esschat.models import Answer, Hit
from esschat.progress import IngestProgress
from esschat.settings import SettingsError, checked_settings, get_settings
from esschat.source_page import readable
from esschat.wording import configure_logging, decimal, plural

app = typer.Typer(add_completion=False, no_args_is_help=True, cls=FrenchGroup,
                  help="Questions-réponses sur l'économie sociale et solidaire, sources citées.")
feedback_app = typer.Typer(help="Avis des utilisateurs recueillis par le chat web.",
                           no_args_is_help=True, cls=FrenchGroup)
app.add_typer(feedback_app, name="feedback")
# emoji=False: a passage holding ":x:" is quoted as written, not as an emoji.
out = Console(soft_wrap=True, emoji=False, highlight=False)
err = Console(stderr=True, soft_wrap=True, emoji=False, highlight=False)


def fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]erreur :[/red] {escape(message)}")
    return typer.Exit(code)


def pipeline():
    from esschat import get_pipeline
    from esschat.index import IndexMismatchError, IndexUnavailableError

    try:
        return get_pipeline()
    except (IndexMismatchError, IndexUnavailableError) as error:
        raise fail(str(error)) from error


def progress_bar(progress: Progress, task: TaskID):
    """A progress callback moving one rich bar: files read, chunks embedded, rate, time left."""
    def update(state: IngestProgress) -> None:
        progress.update(task, total=max(state.chunks_expected, 1), completed=state.chunks_done,
                        files=f"{state.files_read}/{state.files_total}",
                        rate=decimal(state.rate, 1))
    return update


PLAIN_EVERY_S = 10.0
"""A log file gets a progress line this often: enough to see it move, few enough to read."""


def progress_line(state: IngestProgress) -> str:
    """« Indexation : fichiers 3/12 lus, passages 120/≈400, 7,5 par seconde, reste … »."""
    about = "" if state.reading_done else "≈"
    left = state.seconds_left
    return (f"Indexation : fichiers {state.files_read}/{state.files_total} lus, passages "
            f"{state.chunks_done}/{about}{state.chunks_expected} vectorisés, "
            f"{decimal(state.rate, 1)} par seconde"
            + (f", reste environ {left:.0f} s" if left is not None else ""))


def progress_lines(stream=None):
    """A progress callback writing plain lines, for a stderr that is a log file rather than
    a terminal: one every PLAIN_EVERY_S, and one at the end."""
    import time

    stream = stream or sys.stderr
    printed = {"at": time.monotonic()}

    def update(state: IngestProgress) -> None:
        now = time.monotonic()
        finished = state.reading_done and state.chunks_done >= state.chunks_expected
        if now - printed["at"] < PLAIN_EVERY_S and not finished:
            return
        printed["at"] = now
        stream.write(progress_line(state) + "\n")
        stream.flush()
    return update


@contextmanager
def ingest_progress():
    """A bar on a terminal, plain lines otherwise."""
    if not err.is_terminal:
        yield progress_lines()
        return
    columns = (TextColumn("Fichiers {task.fields[files]} · passages"), BarColumn(),
               MofNCompleteColumn(), TextColumn("{task.fields[rate]}/s"),
               TimeRemainingColumn())
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("", total=None, files="0/0", rate="0")
        yield progress_bar(progress, task)


EXIT_GRACE_S = 10.0
"""After Ctrl-C, how long the watcher may take to stop: an interrupted ingest publishes nothing
(the next one redoes it), so a library thread that lingers must not keep the process alive."""


def _interrupt_within_grace(signum, frame) -> None:
    """Ctrl-C stops the watch at once, and the process within EXIT_GRACE_S whatever lingers."""
    timer = threading.Timer(EXIT_GRACE_S, lambda: os._exit(0))
    timer.daemon = True
    timer.start()
    raise KeyboardInterrupt


@app.command(cls=FrenchCommand)
def ingest(rebuild: Annotated[bool, typer.Option(
        help="Supprime l'index et le reconstruit entièrement.")] = False,
        watch: Annotated[bool, typer.Option(
            help="Reste à l'écoute du dossier du corpus et indexe chaque fichier ajouté, "
                 "modifié ou supprimé dans les secondes qui suivent (Ctrl-C pour arrêter).")
        ] = False) -> None:
    """Construit ou met à jour l'index à partir du dossier du corpus.

    Seuls les fichiers nouveaux ou modifiés sont vectorisés.
    """
    from esschat.catalog import CatalogError
    from esschat.generations import IngestLockedError
    from esschat.index import IndexMismatchError, IndexUnavailableError, unreachable

    if watch:
        from esschat.watch import watch_corpus

        err.print(f"À l'écoute de {escape(str(get_settings().corpus_dir))} (Ctrl-C pour "
                  "arrêter).")
        signal.signal(signal.SIGINT, _interrupt_within_grace)
        try:
            watch_corpus(pipeline(), print_report)
        except (CorpusMissingError, IndexMismatchError, IndexUnavailableError) as error:
            raise fail(str(error)) from error
        except KeyboardInterrupt:
            pass
        raise typer.Exit(0)
    with ingest_progress() as progress:
        try:
            report = pipeline().ingest(rebuild=rebuild, progress=progress)
        except (CatalogError, IngestLockedError) as error:
            raise fail(str(error), 1) from error
        except (CorpusMissingError, IndexMismatchError, IndexUnavailableError) as error:
            raise fail(str(error)) from error
        except Exception as error:
            if unreachable(error):
                raise fail(f"le serveur Chroma a cessé de répondre pendant l'ingestion "
                           f"({error}) ; ce qui a été enregistré est conservé, relancez "
                           "`esschat ingest`.", 1) from None
            raise
    print_report(report)
    raise typer.Exit(0 if report.ok and report.files_seen else 1)


def print_report(report: IngestReport) -> None:
    for name, reason in report.skipped.items():
        err.print(f"[yellow]ignoré[/yellow] {escape(name)} : {escape(reason)}")
    for name, reason in report.warnings.items():
        err.print(f"[yellow]avertissement[/yellow] {escape(name)} : {escape(reason)}")
    for name, reason in report.failed.items():
        err.print(f"[red]échec[/red] {escape(name)} : {escape(reason)}")
    if report.files_seen == 0:
        err.print("[yellow]Le dossier du corpus ne contient aucun document à indexer.[/yellow]")
    err.print(
        f"{plural(report.files_seen, 'fichier vu', 'fichiers vus')}, "
        f"{plural(report.chunks_added, 'passage ajouté', 'passages ajoutés')}, "
        f"{plural(report.chunks_removed, 'supprimé', 'supprimés')}, "
        f"{plural(report.chunks_unchanged, 'inchangé', 'inchangés')}, "
        f"{plural(len(report.failed), 'fichier en échec', 'fichiers en échec')}, "
        f"en {decimal(report.seconds, 1)} s "
        f"(dont {decimal(report.embedding_seconds, 1)} s de vectorisation)."
    )


@app.command(cls=FrenchCommand)
def ask(
    question: Annotated[str, typer.Argument(
        metavar="QUESTION", help="La question, en français ou en anglais.")],
    as_json: Annotated[bool, typer.Option(
        "--json", help="Affiche la réponse en un seul objet JSON.")] = False,
    history: Annotated[list[str] | None, typer.Option(
        "--history", help="Une question précédente de la conversation (option répétable).")
    ] = None,
    source: Annotated[list[str] | None, typer.Option(
        "--source", help="Ne répond qu'à partir de ce fichier du corpus (option répétable).")
    ] = None,
) -> None:
    """Répond à une question en citant des phrases du corpus.

    Avec un modèle de langue configuré, la réponse s'écrit au fil de l'eau.
    """
    from esschat.pipeline import InvalidQuestionError

    try:
        current = ensure_index()
        if current.settings.llm_enabled:
            draft, answer = stream_answer(current.stream(question, history, source),
                                          show=not as_json)
        else:
            draft, answer = "", current.ask(question, history=history, sources=source)
    except InvalidQuestionError as error:
        raise fail(str(error)) from error
    if as_json:
        print(json.dumps(answer.to_json(), ensure_ascii=False))
        return
    if draft.strip() and draft.strip() == answer.answer:
        print_answer(answer, with_text=False)
        return
    if draft:
        out.print("\n\n[bold]Réponse vérifiée[/bold]")
    print_answer(answer)


def stream_answer(events, show: bool) -> tuple[str, Answer]:
    """Writes the draft tokens as they arrive; returns the draft and the verified answer.

    The verified answer is printed again only when it differs from the draft (citations
    renumbered or removed, offline answer after a failure), so the reader sees what holds.
    """
    from esschat.llm import final_answer

    draft: list[str] = []

    def tokens():
        for kind, value in events:
            if kind == "token":
                draft.append(value)
                if show:
                    out.file.write(value)
                    out.file.flush()
            yield kind, value

    answer = final_answer(tokens())
    if show and draft:
        out.file.write("\n")
    return "".join(draft), answer


def ensure_index():
    from esschat.index import IndexMismatchError, IndexUnavailableError

    current = pipeline()
    try:  # the collection is opened (and its fingerprint checked) on first use
        empty = current.store.count() == 0
    except (IndexMismatchError, IndexUnavailableError) as error:
        raise fail(str(error)) from error
    if empty:
        raise fail("l'index est vide : lancez d'abord `esschat ingest`.")
    return current


def print_answer(answer: Answer, with_text: bool = True) -> None:
    if answer.notice:
        out.print(f"[yellow]{escape(answer.notice)}[/yellow]")
    if with_text:
        out.print(escape(answer.answer))
    if not answer.citations:
        return
    out.print("\n[bold]Sources[/bold]")
    for citation in answer.citations:
        where = " · ".join(part for part in (
            citation.source,
            f"p. {citation.page}" if citation.page else None,
            f"section « {citation.section} »" if citation.section else None) if part)
        origin = ", ".join(part for part in (citation.publisher, citation.date) if part)
        out.print(f"[{citation.n}] [bold]{escape(citation.title)}[/bold]"
                  + (f" — {escape(origin)}" if origin else ""))
        out.print(f"    {escape(where)}")
        out.print("    " + escape(readable(citation.text)).replace("\n", "\n    "))


@app.command(cls=FrenchCommand)
def search(
    query: Annotated[str, typer.Argument(metavar="MOTS", help="Les mots à chercher.")],
    k: Annotated[int, typer.Option("--k", min=1, max=100, help="Nombre de passages.")] = 8,
    as_json: Annotated[bool, typer.Option("--json", help="Affiche le résultat en JSON.")
                       ] = False,
    mode: Annotated[str, typer.Option(
        help="Recherche hybrid (hybride), dense (par le sens) ou lexical (par les mots).")
    ] = "hybrid",
) -> None:
    """Liste les passages les mieux classés pour une recherche, avec leur score."""
    from esschat.pipeline import InvalidQuestionError

    if mode not in ("hybrid", "dense", "lexical"):
        raise fail(f"--mode doit valoir hybrid, dense ou lexical, et non « {mode} ».")
    try:
        hits = ensure_index().search(query, k=k, mode=mode)  # type: ignore[arg-type]
    except InvalidQuestionError as error:
        raise fail(str(error)) from error
    if as_json:
        print(json.dumps([hit_json(rank, hit) for rank, hit in enumerate(hits, 1)],
                         ensure_ascii=False))
        return
    for rank, hit in enumerate(hits, 1):
        chunk = hit.chunk
        out.print(f"{rank:>2}. [bold]{hit.score:.4f}[/bold] {escape(chunk.source)}"
                  f"{f' p. {chunk.page}' if chunk.page else ''} · {escape(chunk.section or '')}")
        out.print("    " + escape(chunk.text[:300]).replace("\n", " "))


def hit_json(rank: int, hit: Hit) -> dict:
    chunk = hit.chunk
    return {"rank": rank, "score": hit.score, "dense_rank": hit.dense_rank,
            "lexical_rank": hit.lexical_rank, "id": chunk.id, "source": chunk.source,
            "title": chunk.title, "page": chunk.page, "section": chunk.section,
            "start": chunk.start, "end": chunk.end, "text": chunk.text}


@app.command("eval", cls=FrenchCommand)
def evaluate(
    questions: Annotated[Path, typer.Option(
        "--questions", help="Un fichier JSONL de faits connus (questions et réponses attendues).")
    ] = Path("evals/known_facts.jsonl"),
    as_json: Annotated[bool, typer.Option("--json", help="Affiche chaque cas en JSON.")
                       ] = False,
    report: Annotated[Path | None, typer.Option(
        "--report", help="Écrit un rapport Markdown dans ce fichier.")] = None,
    baseline: Annotated[bool, typer.Option(
        help="Évalue aussi la chaîne naïve, pour comparaison.")] = False,
    compare_retrievers: Annotated[bool, typer.Option(
        help="Classe aussi les passages avec la recherche dense seule, lexicale seule et "
        "fusionnée.")] = False,
    corpus: Annotated[Path | None, typer.Option(
        "--corpus", help="Répond à partir des documents de ce dossier (indexés à part, dans "
        "$ESSCHAT_DATA_DIR/eval-index/), et non du corpus.")] = None,
) -> None:
    """Évalue les réponses sur un jeu de faits connus.

    Se termine avec le code 1 quand une mesure passe sous son seuil.
    """
    from esschat import evals

    try:
        cases = evals.load_cases(questions)
    except evals.EvalCaseError as error:
        raise fail(str(error)) from error
    current = corpus_pipeline(corpus) if corpus else ensure_index()
    results = evals.run_cases(cases, lambda question, history: current.ask(question, history))
    summary = evals.summarise(results)
    baseline_summary = None
    if baseline:
        from esschat.baseline import NaivePipeline

        naive = NaivePipeline(current.settings.corpus_dir, fresh_embeddings(current))
        baseline_summary = evals.summarise(evals.run_cases(cases, naive.ask))
    retrievers = None
    if compare_retrievers:
        from esschat.question import resolve_follow_up

        retrievers = evals.compare_retrievers(cases, lambda question, history, mode: current.search(
            resolve_follow_up(question, history), mode=mode))
    failures = evals.below_thresholds(summary, evals.load_thresholds())
    text = evals.markdown_report(summary, results, baseline_summary, failures, retrievers)
    if report:
        report.write_text(text, encoding="utf-8")
    if as_json:
        print(evals.to_json(results, summary, baseline_summary, retrievers))
    else:
        out.print(escape(text))
    raise typer.Exit(1 if failures else 0)


@feedback_app.command("export", cls=FrenchCommand)
def feedback_export(
    out: Annotated[Path | None, typer.Option(
        "--out", help="Écrit les cas d'évaluation provisoires dans ce fichier JSONL plutôt que "
        "sur la sortie standard.")] = None,
) -> None:
    """Transforme les réponses jugées à revoir en cas d'évaluation provisoires.

    Les faits attendus restent à compléter par une personne.
    """
    from esschat.feedback import export_drafts

    lines = export_drafts(get_settings().feedback_file)
    if out is None:
        for line in lines:
            print(line)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    err.print(exported(len(lines)))


def exported(count: int) -> str:
    """How many draft cases were written, in French: none, one, or several."""
    if count == 0:
        return "Aucun cas d'évaluation provisoire exporté."
    if count == 1:
        return "1 cas d'évaluation provisoire exporté."
    return f"{count} cas d'évaluation provisoires exportés."


def corpus_pipeline(corpus: Path):
    """A pipeline over another folder's documents, with an index of its own that later runs
    update incrementally (only changed files are embedded again)."""
    import hashlib

    from esschat.pipeline import Pipeline
    from esschat.settings import get_settings

    if not corpus.is_dir():
        raise fail(f"{corpus} : dossier introuvable")
    settings = get_settings()
    key = hashlib.sha256(str(corpus.resolve()).encode()).hexdigest()[:12]
    own = settings.model_copy(update={
        "corpus_dir": corpus, "index_dir": settings.data_dir / "eval-index" / key,
        "chroma_url": None, "collection": "eval"})
    from esschat.index import IndexMismatchError

    current = Pipeline(own)
    try:
        report = current.ingest()
    except IndexMismatchError:  # built by another version or model: this index is the
        report = current.ingest(rebuild=True)  # eval's own, rebuilt without asking
    for name, reason in report.failed.items():
        err.print(f"{escape(name)} : {escape(reason)}")
    return current


def fresh_embeddings(current):
    """The same model without the pipeline's query cache, so the baseline's timings are fair."""
    from esschat.embeddings import build_embeddings

    return build_embeddings(current.settings)


def main() -> None:
    configure_logging()
    try:
        checked_settings()
    except SettingsError as error:
        for line in error.lines:
            err.print(f"erreur : {escape(line)}")
        raise SystemExit(2) from None
    app()


if __name__ == "__main__":
    sys.exit(main())
