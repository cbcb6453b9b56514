# The commands README and CI call. `make run` needs only Python 3.11 and pip.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check
# Every core runs tests (pytest-xdist; an idle worker steals queued tests from a busy
# one, so a long test near the end does not leave a core idle). Each database gets its
# own test database per worker.
PYTEST_ARGS ?= -n auto --dist worksteal
BENCH_ARGS ?=
POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/test

.PHONY: run test lint bench clean

# Serve anker with the demo ecosystem on http://127.0.0.1:8000/.
run: $(VENV)/.installed
	$(BIN)/anker serve --demo

# The whole suite on SQLite, then again on PostgreSQL (skipped with a message when
# PostgreSQL is not reachable; see tests/conftest.py).
test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)
	ANKER_DATABASE_URL=$(POSTGRES_URL) $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests

# Scale benchmarks on a synthetic ecosystem (benchmarks/run.py), then imports of every
# real file in ../shared/data and exports of the demo (benchmarks/interop.py), then every
# insight, page and report on the demo (benchmarks/insights.py).
# BENCH_ARGS=--write records the results in benchmarks/RESULTS.md.
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/run.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/interop.py $(findstring --write,$(BENCH_ARGS))
	$(BIN)/python benchmarks/insights.py $(findstring --write,$(BENCH_ARGS))

clean:
	rm -rf build dist src/*.egg-info .pytest_cache .ruff_cache
	find src tests -name __pycache__ -type d -prune -exec rm -rf {} +

# The virtual environment, reinstalled only when pyproject.toml changes.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	touch $@ $(VENV)/.installed
