"""Precision / recall of PHONE, ADDRESS, POSTAL_CODE and EMAIL on the two corpora of issue 12's
contacts22 work: benchmarks/corpus_contacts22_dev.py (the rules are tuned on it) and
benchmarks/corpus_contacts22_check.py (other offices' words and documents, no template or word list
in common), with an organisation's own values reported (look-alikes flagged) and false findings
per clean file.

    .venv/bin/python benchmarks/quality_contacts22.py [--corpus dev|check|both] [--docs 90]
                                                      [--negatives 30] [--seed 2026] [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality_contacts import report  # noqa: E402
from benchmarks.quality_dates import dev_check_arguments  # noqa: E402


def main() -> None:
    args = dev_check_arguments(90)
    from benchmarks.corpus_contacts22_check import CheckContacts22
    from benchmarks.corpus_contacts22_dev import DevContacts22

    report({"dev": ("development (corpus_contacts22_dev)", DevContacts22),
            "check": ("check (corpus_contacts22_check)", CheckContacts22)}, args, "an organisation's own contact values")


if __name__ == "__main__":
    main()
