# Two entry points (see README): `make demo` and `make test`. Both set up .venv first.
VENV ?= .venv
BIN := $(VENV)/bin
DEMO := out/demo

.PHONY: demo test samples bench clean

$(BIN)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[test]"
	touch $@

# Scan the bundled sample share into a fresh inventory and show what it holds.
# `daicho scan` exits 3 when some objects could not be read: the sample plants
# corrupt, encrypted and oversized files on purpose.
demo: $(BIN)/.installed
	rm -rf $(DEMO) && mkdir -p $(DEMO)
	DAICHO_HOME=$(DEMO) $(BIN)/daicho scan samples/share --db $(DEMO)/inventory.db --max-size 1MB || [ $$? -eq 3 ]
	DAICHO_HOME=$(DEMO) $(BIN)/daicho status --db $(DEMO)/inventory.db
	DAICHO_HOME=$(DEMO) $(BIN)/daicho export --db $(DEMO)/inventory.db --format csv -o $(DEMO)/findings.csv
	@echo "findings (masked): $(DEMO)/findings.csv"

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
