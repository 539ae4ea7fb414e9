"""Precision / recall of PERSON for people named in an office's prose and records as other
writers write them (issue 12, names18): daily reports, minutes, handovers, mails with CC
lines and signatures, chat exports, card lists, circulars, registers split 姓 | 名, and
look-alikes that are no person (places, shops, builders, stations, pets, figures of
history, authors). benchmarks/corpus_names18_dev.py (tuned on) and
benchmarks/corpus_names18_check.py (another hand, nothing in common, never tuned on), with
false findings per clean file.

    .venv/bin/python benchmarks/quality_names18.py [--corpus dev|check|both] [--docs 70]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_names18_check import CheckNames18
    from benchmarks.corpus_names18_dev import DevNames18

    dev_check_main(70, {"dev": ("development (corpus_names18_dev)", DevNames18),
                        "check": ("check (corpus_names18_check)", CheckNames18)}, ("PERSON",))


if __name__ == "__main__":
    main()
