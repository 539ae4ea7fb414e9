"""Precision / recall of PERSON beside things the name readers took for people (issue 12,
dates10): titles spaced out, header lines after a name label, hiragana words, buildings
before their rooms. benchmarks/corpus_people10_dev.py (tuned on) and
benchmarks/corpus_people10_check.py (another hand, nothing in common, never tuned on),
with false findings per clean file.

    .venv/bin/python benchmarks/quality_people10.py [--corpus dev|check|both] [--docs 60]
                                                    [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_people10_check import CheckPeople10
    from benchmarks.corpus_people10_dev import DevPeople10

    dev_check_main(60, {"dev": ("development (corpus_people10_dev)", DevPeople10),
                        "check": ("check (corpus_people10_check)", CheckPeople10)}, ("PERSON",))


if __name__ == "__main__":
    main()
