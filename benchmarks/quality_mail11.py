"""Precision / recall of EMAIL (and PHONE) on the two corpora of issue 12's mail11 work:
benchmarks/corpus_mail11_dev.py (the rules are tuned on it) and
benchmarks/corpus_mail11_check.py (another writer's habits; no list in common), with
the strings with an @ that are no one's mailbox reported (look-alikes flagged) and
false findings per clean file.

    .venv/bin/python benchmarks/quality_mail11.py [--corpus dev|check|both] [--docs 70]
                                                      [--negatives 40] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(70)
    from benchmarks.corpus_mail11_check import CheckMail11
    from benchmarks.corpus_mail11_dev import DevMail11

    report({"dev": ("development (corpus_mail11_dev)", DevMail11), "check": ("check (corpus_mail11_check)", CheckMail11)},
           args, "strings with an @ that are no one's mailbox")


if __name__ == "__main__":
    main()
