"""Precision / recall of EMAIL, PERSON and SENSITIVE in a small office's mail and forms
(issue 12, mail18b): post mailboxes (giin@, shicho@), guests' own addresses, Vietnamese
names with their marks, passport capitals with a doubled i, a church's elder and a
priest's registration. benchmarks/corpus_mail18b_dev.py (tuned on) and
benchmarks/corpus_mail18b_check.py (another hand, never tuned on).

    .venv/bin/python benchmarks/quality_mail18b.py [--corpus dev|check|both] [--docs 60]
                                                   [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_dates import dev_check_main  # noqa: E402


def main() -> None:
    from benchmarks.corpus_mail18b_check import CheckMail18b
    from benchmarks.corpus_mail18b_dev import DevMail18b

    dev_check_main(60, {"dev": ("development (corpus_mail18b_dev)", DevMail18b),
                        "check": ("check (corpus_mail18b_check)", CheckMail18b)}, ("EMAIL", "PERSON", "SENSITIVE"))


if __name__ == "__main__":
    main()
