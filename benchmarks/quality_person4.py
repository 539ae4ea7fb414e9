"""Precision / recall of PERSON for person4 (issue 12): names after a record's role
labels, person columns under role headers, rare surnames spaced or glued, with
temples, shrines, sects and dependants' brackets beside them, on two corpora:
benchmarks/corpus_person4_dev.py (the rules are tuned on it) and
benchmarks/corpus_person4_check.py (other words, names and layouts), with the share
of look-alikes flagged and false findings per clean file.

    .venv/bin/python benchmarks/quality_person4.py [--corpus dev|check|both] [--docs 120]
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
    args = dev_check_arguments(120)
    from benchmarks.corpus_person4_check import CheckPerson4
    from benchmarks.corpus_person4_dev import DevPerson4

    report({"dev": ("development (corpus_person4_dev)", DevPerson4),
            "check": ("check (corpus_person4_check)", CheckPerson4)}, args,
           "temples, shrines, sects and bracket fragments read as names")


if __name__ == "__main__":
    main()
