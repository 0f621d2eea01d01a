# Two entry points that work on a fresh machine with only Python 3.11 and the package
# registries: `make demo` and `make test`. Each builds .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
EXAMPLE ?= examples/kyodo_drill.txt

.PHONY: demo test lint bench clean system-deps

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/urazuke check $(EXAMPLE)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

# Debian packages for the store and browser tests (PostgreSQL, Chromium, a CJK font).
system-deps:
	bash scripts/system-deps.sh

test: lint system-deps
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python bench/analyze.py
	$(BIN)/python bench/verify.py bench/pairs
	$(BIN)/python bench/verify.py bench/heldout
	$(BIN)/python bench/verify.py bench/final
	$(BIN)/python bench/verify.py bench/fresh
	$(BIN)/python bench/verify.py bench/last
	$(BIN)/python bench/verify.py bench/set6
	$(BIN)/python bench/verify.py bench/set7
	$(BIN)/python bench/verify.py bench/set8
	$(BIN)/python bench/verify.py bench/set9
	$(BIN)/python bench/verify.py bench/set10
	$(BIN)/python bench/verify.py bench/set11
	$(BIN)/python bench/verify.py bench/set12
	$(BIN)/python bench/verify.py bench/set13
	$(BIN)/python bench/verify.py bench/set14
	$(BIN)/python bench/verify.py bench/set15
	$(BIN)/python bench/verify.py bench/set16
	$(BIN)/python bench/verify.py bench/set17
	$(BIN)/python bench/verify.py bench/set18
	$(BIN)/python bench/verify.py bench/set19
	$(BIN)/python bench/verify.py bench/set20
	$(BIN)/python bench/verify.py bench/set21
	$(BIN)/python bench/verify.py bench/set22
	$(BIN)/python bench/verify.py bench/set23
	$(BIN)/python bench/verify.py bench/set24
	$(BIN)/python bench/verify.py bench/set25
	$(BIN)/python bench/verify.py bench/set26
	$(BIN)/python bench/verify.py bench/set27
	$(BIN)/python bench/verify.py bench/set28

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
