# Two entry points do all the set-up, idempotently: `make pdf` and `make test`.
# System packages are checked every run (a dpkg query is cheap); the venv is
# rebuilt only when pyproject.toml changes.

VENV      := .venv
PY        := $(VENV)/bin/python
BRIEFING  := $(VENV)/bin/briefing
STAMP     := .make
SAMPLE    := data/lvliang-2021
# fontconfig: font lookup; poppler-utils: pdftoppm/pdffonts for looking at pages.
APT_PACKAGES := fonts-noto-cjk libharfbuzz-subset0 fontconfig poppler-utils
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: pdf test setup system lint bench docs clean

pdf: setup
	$(BRIEFING) build $(SAMPLE) -o output/lvliang-2021.pdf

test: setup
	$(VENV)/bin/ruff check briefing tests bench
	$(VENV)/bin/pytest -q

setup: system $(STAMP)/venv

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

$(STAMP)/venv: pyproject.toml
	@mkdir -p $(STAMP)
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	@touch $@

lint: setup
	$(VENV)/bin/ruff check briefing tests bench

# Benchmarks print ratios measured side by side; they are not tests.
bench: setup
	$(PY) bench/typeset_cost.py

# The README's pictures.
docs: setup
	$(PY) bench/paragraph_pictures.py

clean:
	rm -rf $(STAMP) output/*.pdf
