"""Precision / recall of PERSON for firms, shops, buildings and facilities written where a
name goes, beside the people of their records, and given names that end a place (issue 12, names15). benchmarks/corpus_names15_dev.py
(tuned on) and benchmarks/corpus_names15_check.py (another hand, nothing in common,
never tuned on), with false findings per clean file.

    .venv/bin/python benchmarks/quality_names15.py [--corpus dev|check|both] [--docs 60]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_names15_check import CheckNames15
    from benchmarks.corpus_names15_dev import DevNames15

    dev_check_main(60, {"dev": ("development (corpus_names15_dev)", DevNames15),
                        "check": ("check (corpus_names15_check)", CheckNames15)}, ("PERSON",))


if __name__ == "__main__":
    main()
