"""Precision / recall of PERSON for children's and parents' names in clubs', teams' and
children's centres' papers (issue 12, births19): rosters with hiragana readings, pick-up
sheets, phone trees, logs. benchmarks/corpus_births19_dev.py (tuned on) and
benchmarks/corpus_births19_check.py (another hand, nothing in common, never tuned on), with
false findings per clean file.

    .venv/bin/python benchmarks/quality_births19.py [--corpus dev|check|both] [--docs 40]
                                                    [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_births19_check import CheckBirths19
    from benchmarks.corpus_births19_dev import DevBirths19

    dev_check_main(40, {"dev": ("development (corpus_births19_dev)", DevBirths19),
                        "check": ("check (corpus_births19_check)", CheckBirths19)}, ("PERSON",))


if __name__ == "__main__":
    main()
