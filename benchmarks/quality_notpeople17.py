"""Precision / recall of PERSON beside words read as people that are not: a 担当 column of
duties, a sample name in brackets, a name given by a faith, a letterhead's katakana name
after a compound; clean files naming composers by their works, numbered berths and
theorems (issue 12, notpeople17). benchmarks/corpus_notpeople17_dev.py (tuned on) and
benchmarks/corpus_notpeople17_check.py (another hand, nothing in common, never tuned on),
with false findings per clean file.

    .venv/bin/python benchmarks/quality_notpeople17.py [--corpus dev|check|both] [--docs 60]
                                                      [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_notpeople17_check import CheckNotPeople17
    from benchmarks.corpus_notpeople17_dev import DevNotPeople17

    dev_check_main(60, {"dev": ("development (corpus_notpeople17_dev)", DevNotPeople17),
                        "check": ("check (corpus_notpeople17_check)", CheckNotPeople17)}, ("PERSON",))


if __name__ == "__main__":
    main()
