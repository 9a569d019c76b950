# Setup is part of every target: a fresh machine needs nothing but Python 3.11+ and make.
VENV ?= .venv
PY := $(VENV)/bin/python
APP_STAMP := $(VENV)/.installed-app
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: chat test lint eval bench load ingest browser

# The chat needs only the package; tests, lint, evals and benchmarks add the dev tools.
chat: $(APP_STAMP)
	$(PY) app.py

test: $(DEV_STAMP) browser
	$(PY) -m pytest

lint: $(DEV_STAMP)
	$(VENV)/bin/ruff check .

eval: $(APP_STAMP)
	$(VENV)/bin/esschat eval --report eval-report.md

ingest: $(APP_STAMP)
	$(VENV)/bin/esschat ingest

bench: $(DEV_STAMP)
	$(PY) bench/run.py

load: $(DEV_STAMP)
	$(PY) bench/load.py

$(APP_STAMP): pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --quiet --upgrade pip
	$(PY) -m pip install --quiet --quiet -c constraints.txt -e .
	touch $(APP_STAMP)

$(DEV_STAMP): $(APP_STAMP)
	$(PY) -m pip install --quiet --quiet -c constraints.txt -e '.[dev]'
	touch $(DEV_STAMP)

# Browser tests drive Debian's Chromium; Playwright never downloads a browser of its own.
# The typeset PDFs the tests build use the DejaVu fonts (French glyphs: ’, œ, «).
browser:
	@test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq fonts-dejavu-core >/dev/null; fi; }
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }
