"""Work for a client that has gone away stops: the chat does not answer abandoned questions.

    python bench/abandoned.py            # starts app.py with ESSCHAT_CONCURRENCY=1

With one question answered at a time, 40 clients each queue a heavy question (2 000
characters, each different so no cache helps) and close their connection at once. Then one
more client asks a question. If the abandoned questions were still answered, it would wait
for all of them; Gradio drops the queued work of a client that has gone away, so it waits at
most for the one in flight. Prints both times and their ratio (exit 1 if the new question
waited more than a quarter of the abandoned work).
"""

from __future__ import annotations

import sys
import time

from load import started_app

HEAVY = ("Pourriez-vous détailler toutes les données sur l'emploi, les structures, les "
         "financements et les partenaires de l'ESS ? " * 20)[:1900]
ABANDONED = 40


def heavy(number: int) -> str:
    return f"Variante {number}, numéro {number * 7919} : {HEAVY}"


def main() -> int:
    from gradio_client import Client

    with started_app(600.0, ESSCHAT_CONCURRENCY="1") as url:
        client = Client(url, verbose=False)
        client.predict(heavy(-1), [], None, api_name="/ask")  # warm-up
        started = time.perf_counter()
        client.predict(heavy(-2), [], None, api_name="/ask")
        one = time.perf_counter() - started
        gone = [Client(url, verbose=False) for _ in range(ABANDONED)]
        for number, other in enumerate(gone):
            other.submit(heavy(number), [], None, api_name="/ask")
        time.sleep(0.3)
        for other in gone:
            other.close()
        time.sleep(0.5)
        started = time.perf_counter()
        client.predict("Combien d'emplois l'ESS représente-t-elle dans le Pas-de-Calais ?",
                       [], None, api_name="/ask")
        waited = time.perf_counter() - started
    abandoned_work = ABANDONED * one
    print(f"one heavy question: {one:.2f} s; {ABANDONED} abandoned would take "
          f"{abandoned_work:.1f} s; the next client's question took {waited:.2f} s "
          f"(ratio {waited / abandoned_work:.3f})")
    return 1 if waited > abandoned_work / 4 else 0


if __name__ == "__main__":
    sys.exit(main())
