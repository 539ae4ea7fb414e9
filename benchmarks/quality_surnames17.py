"""Precision / recall of PERSON for people named in running text by a surname alone
(after a role, addressed), one-character Chinese and short Vietnamese surnames, and
Vietnamese names in parts (issue 12, surnames17). benchmarks/corpus_surnames17_dev.py
(tuned on) and benchmarks/corpus_surnames17_check.py (another hand, nothing in common,
never tuned on), with false findings per clean file.

    .venv/bin/python benchmarks/quality_surnames17.py [--corpus dev|check|both] [--docs 60]
                                                      [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_surnames17_check import CheckSurnames17
    from benchmarks.corpus_surnames17_dev import DevSurnames17

    dev_check_main(60, {"dev": ("development (corpus_surnames17_dev)", DevSurnames17),
                        "check": ("check (corpus_surnames17_check)", CheckSurnames17)}, ("PERSON",))


if __name__ == "__main__":
    main()
