"""Precision / recall of PERSON for animals and storms named like people beside the people
of their records: owners, adopters, keepers, writers (issue 12, names14). benchmarks/corpus_names14_dev.py
(tuned on) and benchmarks/corpus_names14_check.py (another hand, nothing in common,
never tuned on), with false findings per clean file.

    .venv/bin/python benchmarks/quality_names14.py [--corpus dev|check|both] [--docs 60]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_names14_check import CheckNames14
    from benchmarks.corpus_names14_dev import DevNames14

    dev_check_main(60, {"dev": ("development (corpus_names14_dev)", DevNames14),
                        "check": ("check (corpus_names14_check)", CheckNames14)}, ("PERSON",))


if __name__ == "__main__":
    main()
