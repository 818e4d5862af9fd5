# Set-up is part of every target: a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test test-fast lint format examples golden bench peers clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(DEV_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/eventline build seeds/

lint: $(DEV_STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

format: $(DEV_STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

test: lint
	$(BIN)/python -m pytest

# Everyday work: the same minus the accuracy gate, the Dask clusters and fresh processes.
test-fast: lint
	$(BIN)/python -m pytest -m "not slow"

# Regenerate the golden outputs of every format in tests/golden/ and the reviewed examples in
# examples/ (review the diff before committing).
golden: $(STAMP)
	$(BIN)/python tests/golden.py

examples: golden

bench: $(DEV_STAMP)
	$(BIN)/python bench/run.py

# HeidelTime's row needs ../shared/eval/peers/setup.sh (and java); it is skipped without them.
peers: $(DEV_STAMP)
	$(BIN)/python bench/peers.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
