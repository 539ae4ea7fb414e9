"""Precision / recall of PERSON for names in passing: surnames alone after full names,
Chinese and Korean names, addressed names with a surname that is a common word, hiragana
given names, beside shops and things named like people (issue 12, people16). benchmarks/corpus_people16_dev.py
(tuned on) and benchmarks/corpus_people16_check.py (another hand, nothing in common,
never tuned on), with false findings per clean file.

    .venv/bin/python benchmarks/quality_people16.py [--corpus dev|check|both] [--docs 60]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_people16_check import CheckPeople16
    from benchmarks.corpus_people16_dev import DevPeople16

    dev_check_main(60, {"dev": ("development (corpus_people16_dev)", DevPeople16),
                        "check": ("check (corpus_people16_check)", CheckPeople16)}, ("PERSON",))


if __name__ == "__main__":
    main()
