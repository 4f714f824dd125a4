# `make run` and `make test` work on a fresh clone: each creates .venv and installs kit into it first.

PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; \
	then echo $$p; break; fi; done)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.kit-installed

.PHONY: run test lint clean

$(STAMP): pyproject.toml
	@test -n "$(PYTHON)" || { echo "kit needs Python 3.11 or newer on PATH" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The main job: translate the Scheme VM into a native executable (build/bin/kit-scheme) and run a
# demo program on it, timed; then the same for the small stack-machine interpreter.
run: $(STAMP)
	@mkdir -p build/bin
	$(BIN)/kit build scheme
	@$(BIN)/python -c 'import subprocess, sys, time; t = time.perf_counter(); \
	  rc = subprocess.call(["build/bin/kit-scheme", "examples/demo.scm"]); \
	  print("examples/demo.scm on build/bin/kit-scheme: %.2f s" % (time.perf_counter() - t)); sys.exit(rc)'
	$(BIN)/kit translate examples/stackvm.py -o build/bin/stackvm
	@$(BIN)/python -c 'import subprocess, sys, time; t = time.perf_counter(); \
	  rc = subprocess.call(["build/bin/stackvm", "20000"]); \
	  print("stackvm 20000, translated: %.2f s" % (time.perf_counter() - t)); sys.exit(rc)'

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 tests
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf build .pytest_cache .hypothesis .ruff_cache
