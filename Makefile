# claimcheck: every target creates or reuses .venv with plain venv + pip
# (pip takes the pinned CPU build of torch; see README "Why these libraries").
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEEDS := seeds/RFERL.txt seeds/DW.txt
EVAL_SETS := ../shared/eval/dev ../shared/eval/seeds

.PHONY: report test eval bench lint golden-update clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

report: $(STAMP)
	$(BIN)/claimcheck compare $(SEEDS) -o reports/seeds.md --json reports/seeds.json --csv reports/seeds.csv

test: $(STAMP)
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/claimcheck eval $(EVAL_SETS)

bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

golden-update: $(STAMP)
	CLAIMCHECK_UPDATE_GOLDEN=1 $(BIN)/python -m pytest tests/test_golden.py

lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff==0.17.6
	$(BIN)/ruff check claimcheck tests
	$(BIN)/ruff format --check claimcheck tests

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
