"""Precision / recall of PHONE and EMAIL on the two corpora of issue 12's mail14 work:
benchmarks/corpus_mail14_dev.py (a council of social welfare and its partners; the rules
are tuned on it) and benchmarks/corpus_mail14_check.py (an animal shelter, a sports club, a
library's friends; no list in common), with an organisation's own mailboxes and lines (a
service's, a facility's, an event's, a partner's, a group's on free mail) as look-alikes,
and false findings per clean file.

    .venv/bin/python benchmarks/quality_mail14.py [--corpus dev|check|both] [--docs 60]
                                                  [--negatives 20] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(60)
    from benchmarks.corpus_mail14_check import CheckMail14
    from benchmarks.corpus_mail14_dev import DevMail14

    report({"dev": ("development (corpus_mail14_dev)", DevMail14),
            "check": ("check (corpus_mail14_check)", CheckMail14)}, args,
           "an organisation's own mailboxes and lines")


if __name__ == "__main__":
    main()
