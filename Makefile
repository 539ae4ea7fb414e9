# Two entry points (see README): `make demo` and `make test`. Both set up .venv first.
VENV ?= .venv
BIN := $(VENV)/bin
DEMO := out/demo
DAICHO := DAICHO_HOME=$(DEMO) $(BIN)/daicho

.PHONY: demo test samples bench clean

$(BIN)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# Import the sample ledger, scan the bundled sample share against it into a
# fresh inventory, and write the reports. `daicho scan` exits 3 when some objects
# could not be read (the sample plants corrupt, encrypted and oversized files) and
# 4 when there is something new to act on (on a first scan, everything is new).
demo: $(BIN)/.installed
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	$(DAICHO) ledger import samples/ledger.xlsx --db $(DEMO)/inventory.db
	$(DAICHO) scan samples/share --db $(DEMO)/inventory.db --max-size 1MB || [ $$? -eq 3 -o $$? -eq 4 ]
	$(DAICHO) status --db $(DEMO)/inventory.db
	$(DAICHO) reconcile --db $(DEMO)/inventory.db
	$(DAICHO) ledger refresh --db $(DEMO)/inventory.db --out $(DEMO)/台帳_再発行.xlsx
	$(DAICHO) report --db $(DEMO)/inventory.db --html $(DEMO)/report.html --xlsx $(DEMO)/report.xlsx
	$(DAICHO) export --db $(DEMO)/inventory.db --format csv -o $(DEMO)/findings.csv
	@echo "reports: $(DEMO)/report.html and report.xlsx (the officer's report), $(DEMO)/台帳_再発行.xlsx" \
	      "(ledger re-issued, with differences), $(DEMO)/findings.csv (masked findings)"

test: $(BIN)/.installed
	$(BIN)/pytest

# Regenerate the bundled sample share and ledger (deterministic people; office
# files carry their own timestamps).
samples: $(BIN)/.installed
	rm -rf samples/share && $(BIN)/python -m samples.generate samples/share samples/ledger.xlsx

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/rescan.py --files 20000

clean:
	rm -rf out $(VENV)
