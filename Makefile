# Two commands on a fresh machine: `make run` starts the app, `make test` runs every test.
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed
# The app alone: what `make run` needs, without the test and packaging tools.
APP_STAMP = $(VENV)/.app-installed

.PHONY: run test test-fast mutants screenshots bench lint bundle lock clean translations

run: $(APP_STAMP)
	@$(VENV)/bin/cartapp

test: $(STAMP)
	$(PY) -m pytest

# The model and PDF core only (seconds, no Qt), spread over every core (pytest-xdist).
# Compiled modules and pytest's rewritten tests are kept between runs even where the
# shell turns bytecode off: compiling them again is a fifth of a run.
test-fast: export PYTHONDONTWRITEBYTECODE :=
test-fast: $(STAMP)
	$(PY) -m pytest -n auto -p no:pytest-qt tests --ignore=tests/gui --ignore=tests/packaging \
	  --ignore=tests/benchmarks -m "not gui and not packaging"

# Mutation testing of the Qt-free core (mutmut; settings in pyproject.toml, [tool.mutmut]):
# mutates cartapp/model and cartapp/pdf, runs the fast Qt-free tests against each mutant
# and prints killed / total, the percentage with its 95 % confidence interval (Wilson),
# the same per folder (model, pdf, pdf/kit) and where every survivor is; equivalent
# survivors (tests/mutation/equivalents.py) are printed apart but still count. Not part of CI.
# A full run is about 14,500 mutants: two to five hours on 2 cores (a sample runs at
# 2.5 mutants a second now that most mutants fail a golden test at once, since mutmut
# stops at the first failing test and tests/conftest.py then runs the quickest test
# files first; but whole files with many survivors or slow mutants ran at 0.7), too
# long to be routine. So:
#   make mutants SAMPLE=400 [SEED=1]: every mutant is made but only 400 drawn at random
#     (the same ones for the same seed and code) are tested; the score estimates the
#     whole core within the printed interval (about +-2.5 points at 93 %). About 7
#     minutes on 2 cores (2.5 mutants a second). A new SEED gives a fresh, unbiased
#     figure after survivors of one sample have been worked on.
#   make mutants PATHS="cartapp/model/sheet_io.py cartapp/pdf/kit": every mutant of
#     those files or folders (SAMPLE= draws from them instead). Minutes per file.
# Making the mutants, listing a sample and timing the tests take about two minutes.
# Every run starts afresh: mutmut would keep old verdicts.
PATHS  ?=
SAMPLE ?=
SEED   ?= 1
mutants: $(STAMP)
	rm -rf mutants && mkdir mutants && echo '*' > mutants/.gitignore
	@echo "mutmut run $(if $(SAMPLE),on $(SAMPLE) mutants drawn from,on all of) \
	  $(if $(PATHS),$(PATHS),cartapp/model and cartapp/pdf); log: mutants/run.log"
	$(if $(SAMPLE),$(PY) tests/mutation/score.py sample $(SAMPLE) $(SEED) $(PATHS))
	$(VENV)/bin/mutmut run $(if $(SAMPLE),$$(grep -v '^#' mutants/sample.txt),\
	  $(if $(PATHS),$(shell $(PY) tests/mutation/score.py names $(PATHS)))) \
	  > mutants/run.log 2>&1 || { tail -c 3000 mutants/run.log; exit 1; }
	$(PY) tests/mutation/score.py $(PATHS)

screenshots: $(STAMP)
	$(VENV)/bin/cartapp --screenshot screens
	$(VENV)/bin/cartapp --screenshot screens/large-contrast --text-scale 200 --high-contrast

bench: $(STAMP)
	for f in tests/benchmarks/bench_*.py; do echo "== $$f"; $(PY) $$f || exit 1; done

# Every check that reads the code without running it; CI runs it before the tests.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

# The desktop bundle in dist/ (packaging/README.md), checked by its own self-test.
bundle: $(STAMP)
	$(PY) packaging/build.py

# The tested versions of every dependency (README, "Locked dependencies").
LOCK    = requirements.lock

# Quiet unless something fails: pip's output goes to .venv/setup.log and is shown then.
$(APP_STAMP): pyproject.toml $(LOCK) scripts/system-deps.sh
	@echo "Setting up the app in $(VENV); the first time takes about a minute."
	@sh scripts/system-deps.sh
	@$(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --upgrade pip > $(VENV)/setup.log 2>&1 \
	  && $(PY) -m pip install -q -c $(LOCK) -e . >> $(VENV)/setup.log 2>&1 \
	  || { cat $(VENV)/setup.log; echo "Setting up failed; the lines above say why."; exit 1; }
	@touch $@

$(STAMP): pyproject.toml $(LOCK) scripts/system-deps.sh
	sh scripts/system-deps.sh --extra
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c $(LOCK) -e ".[test,packaging]"
	touch $(STAMP) $(APP_STAMP)

# Re-resolve the lock after changing pyproject.toml (needs the package index).
# shiboken6 follows PySide6's Python-version split, which pip-compile cannot see.
lock: $(STAMP)
	$(PY) -m pip install -q pip-tools
	$(VENV)/bin/pip-compile -q --extra test --extra packaging --strip-extras \
	    --no-emit-index-url --no-emit-find-links -o $(LOCK) pyproject.toml
	sed -i.bak 's/^shiboken6==\([0-9.]*\)$$/shiboken6==\1 ; python_version < "3.12"/' $(LOCK)
	rm -f $(LOCK).bak

clean:
	rm -rf $(VENV) build dist screens .pytest_cache mutants

# Interface words: update every language's .ts from the code (new strings appear
# unfinished, removed ones are dropped), then build the .qm files the app loads.
# Translators work in the .ts (Qt Linguist, or any XML editor); tests check that
# nothing is missing, unfinished or out of date (tests/i18n).
LANGS := en es
translations: $(STAMP)
	find cartapp -name '*.py' | sort > .lupdate-files
	for lang in $(LANGS); do \
	  $(VENV)/bin/pyside6-lupdate @.lupdate-files -no-obsolete -locations relative \
	    -source-language en -target-language $$lang -ts translations/cartapp_$$lang.ts || exit 1; \
	  $(VENV)/bin/pyside6-lrelease -silent translations/cartapp_$$lang.ts \
	    -qm resources/i18n/cartapp_$$lang.qm || exit 1; \
	done
	rm -f .lupdate-files
