"""Precision / recall of PERSON and DATE_OF_BIRTH beside names that are no records' people:
a story's characters, figures of history, makers by their models, a document's title after
its section; births in a child's roll (issue 12, notpeople20). benchmarks/corpus_notpeople20_dev.py (tuned on) and
benchmarks/corpus_notpeople20_check.py (another hand, nothing in common, never tuned on),
with false findings per clean file.

    .venv/bin/python benchmarks/quality_notpeople20.py [--corpus dev|check|both] [--docs 60]
                                                      [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_notpeople20_check import CheckNotPeople20
    from benchmarks.corpus_notpeople20_dev import DevNotPeople20

    dev_check_main(60, {"dev": ("development (corpus_notpeople20_dev)", DevNotPeople20),
                        "check": ("check (corpus_notpeople20_check)", CheckNotPeople20)}, ("PERSON", "DATE_OF_BIRTH"))


if __name__ == "__main__":
    main()
