# strikemap: the two commands are `make run` (set up, build the demo store, open the dashboard)
# and `make test` (set up, install Chromium when missing, run the tests).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PORT   ?= 8501
STORE  ?= data
STATIC := dashboard/static
PY_STAMP     := $(VENV)/.strikemap-installed
ASSETS_STAMP := $(STATIC)/node_modules/.strikemap-verified
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup run test assets demo chromium bench clean cache

setup: $(PY_STAMP) $(ASSETS_STAMP) cache

# The gazetteer's index (built from the bundled GeoNames dump, ~25 s once) into the cache folder
# ($$STRIKEMAP_CACHE, else ~/.cache/strikemap), so the first `make run` does not wait for it;
# a no-op when it is there
cache: $(PY_STAMP)
	@$(PY) -m geo gazetteer warm

# Python: a venv with the package (editable, so the dashboard finds its static folder) and its test extras
$(PY_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e ".[test]"
	touch $@

# Map assets: Leaflet, jQuery, Bootstrap, Font Awesome and plugins from the npm registry, pinned by the lockfile,
# verified against geo/asset_manifest.json; served locally by Streamlit (never from a CDN)
$(ASSETS_STAMP): $(STATIC)/package.json $(STATIC)/package-lock.json geo/asset_manifest.json $(PY_STAMP)
	@command -v npm >/dev/null 2>&1 || { [ -z "$(SUDO)" ] && command -v apt-get >/dev/null 2>&1 && \
	  { apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null; }; } || true
	@command -v npm >/dev/null 2>&1 || { echo "make setup: npm (Node.js) is needed once to install the map's JS/CSS assets: install Node.js (e.g. apt-get install nodejs npm) and run make setup again"; exit 1; }
	cd $(STATIC) && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	$(PY) -m geo.assets verify
	touch $@

assets: $(ASSETS_STAMP)

# the demo store: the bundled reports in seeds/ with the frontline layer in force on their date
# (DeepStateMap, bundled in geo/frontline/data) and the bundled oblast boundaries; built once
demo: setup
	@[ -e "$(STORE)/.demo-built" ] || { $(PY) -m geo.frontline.bundled "$(STORE)" && \
	  $(PY) -m geo ingest seeds/*.txt --store "$(STORE)" && touch "$(STORE)/.demo-built"; }

run: demo
	$(PY) -m geo dashboard --store "$(STORE)" --port $(PORT)

# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; it never downloads a browser)
chromium:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# The tests run in TEST_WORKERS processes (pytest-xdist, one per core of the 2-core CI machine); the
# browser test files all go to one of them (tests/conftest.py groups them), so two dashboards and
# two Chromiums never compete. TEST_WORKERS=0 runs everything in this process.
TEST_WORKERS ?= 2

test: setup chromium
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

bench: setup
	for script in benchmarks/bench_*.py; do $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) $(STATIC)/node_modules .pytest_cache
