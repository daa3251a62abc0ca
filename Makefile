# One-word commands: make run | test | bench | lint. Everything installs into .venv on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DB ?= data/cchc.duckdb
PORT ?= 8501

.PHONY: install chromium run demo demo-reset test lint format bench clean

install: $(VENV)/.installed chromium

# Chart images (kaleido) need a Chromium: Debian's package, never a browser download. Installed through
# apt when missing and run as root; otherwise the app runs and its image buttons say how to install it.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chưa có Chromium: chạy 'sudo apt-get install -y chromium' để xuất biểu đồ thành ảnh."; \
	fi

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

# The demo warehouse is built through the real loader, once; `make demo-reset` rebuilds it.
$(DB): | install
	$(PY) -m etl demo --db $(DB)

demo: $(DB)

demo-reset: install
	$(PY) -m etl demo --db $(DB) --force

run: install $(DB)
	CCHC_DB=$(DB) $(PY) -m streamlit run app.py --server.port $(PORT)

test: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m pytest

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: install
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: install
	$(PY) -m bench

clean:
	rm -rf data .pytest_cache .ruff_cache
