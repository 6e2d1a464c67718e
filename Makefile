# Dispersion Planner: two commands set up everything on a fresh Debian 12 machine.
#   make demo   runs the main job on the bundled sample and writes out/demo/
#   make test   runs the test suite (pytest + pytest-qgis, offscreen); PYTEST_ARGS='test/core -k moran' narrows it
#   make lint   ruff over the tree and mypy --strict over plugin/core and plugin/io; both must be clean
#   make test-matrix   the suite, the demo and the README's qgis_process commands on Debian 13 (QGIS 3.40)
#               and unstable (QGIS 3.44), each in a debootstrapped root cached under /var/cache/dispersion-planner
#               (SUITES=trixie for one suite, PYTEST_ARGS=... for a selection; see tools/matrix/test_matrix.sh)
SHELL := /bin/bash
SYS_PY := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SAMPLE := resources/sample/kaiserslautern_demo.gpkg
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
PYTEST_ARGS ?= test

.PHONY: setup system-deps venv sample demo test test-matrix e2e bench package translations clean lint

setup: system-deps venv

system-deps:
	@bash tools/install_system_deps.sh

$(VENV)/.installed: requirements-dev.txt | system-deps
	@test -x $(PY) || $(SYS_PY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	@touch $@

venv: $(VENV)/.installed

sample: system-deps
	$(SYS_PY) resources/sample/build_sample.py $(SAMPLE)

demo: system-deps
	$(SYS_PY) -m plugin demo --output out/demo

test: setup
	$(PY) -m pytest -q $(PYTEST_ARGS)

# Runs as root (debootstrap, chroot); SUITES and PYTEST_ARGS reach the script through the environment.
test-matrix: export PYTEST_ARGS := $(PYTEST_ARGS)
test-matrix: export SUITES := $(or $(SUITES),trixie sid)
test-matrix:
	@bash tools/matrix/test_matrix.sh

e2e: setup
	$(PY) -m pytest -q test/e2e

bench: setup
	$(PY) bench/run_all.py

translations: system-deps
	bash tools/translations.sh

package: system-deps
	$(SYS_PY) tools/package.py dist/dispersion_planner.zip

clean:
	rm -rf out dist .pytest_cache

# Bandit over the code the zip ships (medium and high severity; test/test_package_rules.py checks the same)
.PHONY: bandit
bandit: venv
	$(PY) -m bandit -q -r plugin __init__.py -ll

# ruff (lint rules and per-file exceptions in pyproject.toml) must report nothing.
# mypy runs strict over plugin/core and plugin/io but does NOT fail the target yet: the code predates the strict
# settings and still has a few hundred findings; the target prints their count. Drop the `|| true` once it is 0.
.PHONY: lint
lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
