"""Precision / recall of the leftovers20 classes (issue 12): romaji names after English leads, a
surname of one character after a doer's label, readers on an arrowed route, a header of unknown
words under a title row, licences under abbreviations or a sibling key's kind.
benchmarks/corpus_leftovers20_dev.py (tuned on) and benchmarks/corpus_leftovers20_check.py (another
hand, nothing in common, never tuned on), with false findings per clean file.

    .venv/bin/python benchmarks/quality_leftovers20.py [--corpus dev|check|both] [--docs 42]
                                                       [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_leftovers20_check import SCORED, CheckLeftovers20
    from benchmarks.corpus_leftovers20_dev import DevLeftovers20

    dev_check_main(42, {"dev": ("development (corpus_leftovers20_dev)", DevLeftovers20),
                        "check": ("check (corpus_leftovers20_check)", CheckLeftovers20)}, SCORED)


if __name__ == "__main__":
    main()
