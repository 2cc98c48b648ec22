# Two entry points do all the set-up, idempotently: `make pdf` and `make test`.
# System packages are checked every run (a dpkg query is cheap); the venv is
# rebuilt only when pyproject.toml changes.

VENV      := .venv
PY        := $(VENV)/bin/python
BRIEFING  := $(VENV)/bin/briefing
STAMP     := .make
SAMPLE    := data/lvliang-2021
# fontconfig: font lookup; poppler-utils: pdftoppm/pdffonts for looking at pages.
# fonts-arphic-ukai: the 楷体 role; libgs-common: the
# CMYK output profile for PDF/X; chromium: the browser `briefing serve`'s tests drive;
# chromium-headless-shell: the same browser without its UI, which those tests run when
# installed (a third of chromium's CPU); libjs-pdf: pdf.js, whose text extraction
# tests/weasy/test_textlayer.py runs in it.
# (FandolFang, the 仿宋, is installed below.)
APT_PACKAGES := fonts-noto-cjk fonts-noto-core fonts-noto-color-emoji libharfbuzz-subset0 fontconfig poppler-utils fonts-arphic-ukai libgs-common chromium chromium-headless-shell libjs-pdf
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
PYBABEL   := $(VENV)/bin/pybabel
MO_FILES  := $(patsubst %.po,%.mo,$(wildcard briefing/locale/*/LC_MESSAGES/messages.po))
# 仿宋 (the fang role: jianbao's body, as GB/T 9704 sets it): FandolFang, free (GPL with
# the font exception), ships only inside Debian's texlive-lang-chinese, which pulls in
# texlive-base. So the package is downloaded (not installed), the font and its licence
# taken out alone and put where fontconfig looks; the .deb is not kept.
FANG_DIR  := /usr/local/share/fonts/fandol
FANG_FONT := $(FANG_DIR)/FandolFang-Regular.otf
FANG_DEB  := texlive-lang-chinese

.PHONY: pdf test setup system lint bench docs clean catalogs fuzz wheel

pdf: setup
	$(BRIEFING) build $(SAMPLE) -o output/lvliang-2021.pdf

# The tests run on every core (pytest-xdist), each module whole on one worker; the PDFs
# many tests read are built once per run (tests/conftest.py: shared_build).
test: setup
	$(VENV)/bin/ruff check briefing tests bench
	$(VENV)/bin/pytest -q -n auto --dist loadfile --no-loadscope-reorder

setup: system $(FANG_FONT) $(STAMP)/venv $(MO_FILES)

system:
	@missing=""; \
	for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	python3 -c 'import ensurepip, venv' 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

$(FANG_FONT): | system
	@echo "installing FandolFang (仿宋) from the Debian package $(FANG_DEB)"
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && cd "$$tmp" && \
	{ apt-get download -q $(FANG_DEB) 2>/dev/null || \
	  { $(SUDO) apt-get update -q && apt-get download -q $(FANG_DEB); }; } && \
	dpkg-deb --fsys-tarfile $(FANG_DEB)_*.deb | tar -x --wildcards \
	  '*/fandol/FandolFang-Regular.otf' '*/fandol/COPYING.gz' '*/fandol/README' && \
	$(SUDO) install -D -m 644 -t $(FANG_DIR) $$(find . -path '*/fandol/*' -type f) && \
	$(SUDO) fc-cache -f $(FANG_DIR)

$(STAMP)/venv: pyproject.toml
	@mkdir -p $(STAMP)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

# Editions (README: Editions). The labels' catalogs briefing/locale/*/LC_MESSAGES/messages.po are
# committed; setup compiles them into .mo files (not committed). After changing a label in
# a template, `make catalogs` re-extracts briefing/locale/messages.pot and merges it into every
# .po: translate the new entries (tests/test_i18n.py fails until every label is).
# The wheel (dist/): templates, catalogs (compiled to .mo by setup.py's build step) and the
# default fonts.yaml inside; built offline with the venv's setuptools and Babel.
wheel: $(STAMP)/venv
	$(PY) -m pip wheel -q --no-deps --no-build-isolation -w dist .
	rm -rf build

%.mo: %.po | $(STAMP)/venv
	$(PYBABEL) -q compile -i $< -o $@

catalogs: $(STAMP)/venv
	$(PYBABEL) -q extract -F briefing/locale/babel.cfg -k _ -k gettext --add-location=file \
	  --sort-output --project briefing --copyright-holder "the briefing authors" \
	  --msgid-bugs-address "" -o briefing/locale/messages.pot .
	$(PYBABEL) -q update -i briefing/locale/messages.pot -d briefing/locale -D messages -w 100 \
	  --ignore-obsolete --no-fuzzy-matching
	$(PYBABEL) compile -d briefing/locale -D messages --statistics

# The fuzzers' long profile (make test runs a bounded one): only exit 0 or 2, never an
# uncaught exception, never a missing-glyph box in a PDF that built. 20,000 examples per
# fuzzer and 300 PDFs: measured to the end in 15 min of wall time (620 s of CPU) on the
# shared 2-core machine. What it finds is kept in .hypothesis/ and replayed; a finding
# fixed becomes an @example in tests/e2e/test_fuzz.py.
# (--timeout 0: the long profile runs minutes per test by design; pyproject.toml's five-minute
# limit is for a hung test in `make test`)
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz FUZZ_PDF_EXAMPLES=300 $(VENV)/bin/pytest -q --timeout 0 tests/e2e/test_fuzz.py

lint: setup
	$(VENV)/bin/ruff check briefing tests bench

# Benchmarks print ratios measured side by side; they are not tests.
bench: setup
	$(PY) -m pip install -q -e '.[test,bench]'  # Typst, to compare with
	$(PY) bench/typeset_cost.py
	$(PY) bench/speed.py
	$(PY) bench/print_cost.py

# The README's pictures.
docs: setup
	$(PY) bench/paragraph_pictures.py
	$(PY) bench/template_pictures.py

clean:
	rm -rf $(STAMP) output/*.pdf
