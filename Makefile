# geomap developer commands. Every target creates or reuses .venv by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SEED := seeds/2025-05-24_kyiv-attack_prisoner-exchange.txt

.PHONY: demo test lint bench eval gazetteer clean

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p out
	$(BIN)/geomap extract $(SEED) --published 2025-05-24 -o out/events.geojson
	$(BIN)/geomap map out/events.geojson -o out/map.html
	@echo "wrote out/map.html and out/events.geojson"

test: $(STAMP)
	$(BIN)/python -m ruff check geomap tests benchmarks
	$(BIN)/python -m mypy geomap/extraction
	$(BIN)/python -m pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/python -m ruff check geomap tests benchmarks
	$(BIN)/python -m mypy geomap/extraction

eval: $(STAMP)
	$(BIN)/python -m geomap.evaluation tests/gold

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

gazetteer: $(STAMP)
	$(BIN)/geomap gazetteer build --sources ../shared/data -o data/gazetteer

clean:
	rm -rf $(VENV) out build *.egg-info
