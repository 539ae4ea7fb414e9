"""Precision / recall of PERSON for names under a person's label outside a table and for
animals and weekdays called like people (issue 12, names11). benchmarks/corpus_names11_dev.py
(tuned on) and benchmarks/corpus_names11_check.py (another hand, nothing in common,
never tuned on), with false findings per clean file.

    .venv/bin/python benchmarks/quality_names11.py [--corpus dev|check|both] [--docs 60]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_names11_check import CheckNames11
    from benchmarks.corpus_names11_dev import DevNames11

    dev_check_main(60, {"dev": ("development (corpus_names11_dev)", DevNames11),
                        "check": ("check (corpus_names11_check)", CheckNames11)}, ("PERSON",))


if __name__ == "__main__":
    main()
