# Set-up is part of every target: a fresh clone needs only `make run` or `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: run test lint format examples bench peers clean

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

# Regenerate the reviewed golden outputs in examples/ (review the diff before committing).
examples: $(STAMP)
	$(BIN)/eventline build seeds/ > examples/seeds.timeline.txt
	$(BIN)/eventline build seeds/ --format json > examples/seeds.timeline.json
	$(BIN)/eventline build seeds/ --format json --reference-date 2023-10-19 > examples/seeds.timeline.2023.json
	$(BIN)/eventline dates seeds/ --format json > examples/seeds.dates.json
	$(BIN)/eventline entities seeds/ > examples/seeds.entities.txt

bench: $(DEV_STAMP)
	$(BIN)/python bench/run.py

# HeidelTime's row needs ../shared/eval/peers/setup.sh (and java); it is skipped without them.
peers: $(DEV_STAMP)
	$(BIN)/python bench/peers.py

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache .ruff_cache
