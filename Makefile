# Veldwerk: `make run` starts the app, `make test` runs the tests, `make lint` checks the code (ruff).
# All of them set up what is missing.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
RUFF ?= $(VENV)/bin/ruff

.PHONY: setup run test lint bench package selftest clean

$(STAMP): pyproject.toml
	@bash .ci/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

setup: $(STAMP)

run: setup
	$(VENV)/bin/veldwerk

# Two workers (pytest-xdist) on the 2-core CI box; tests sharing the PulseAudio sink run as one group (tests/conftest.py).
TEST_WORKERS ?= 2
test: setup
	@bash .ci/pulse.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint:
	@test -x $(RUFF) || $(MAKE) setup
	$(RUFF) check .

bench: setup
	$(PY) bench/run_all.py

selftest: setup
	$(VENV)/bin/veldwerk selftest

package: setup
	$(PY) -m pip install --quiet 'pyinstaller>=6.10,<7'
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

clean:
	rm -rf build dist .pytest_cache
