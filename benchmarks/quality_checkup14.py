"""Precision / recall of SENSITIVE per 要配慮 category on checkup14's corpora (issue 12): the
matrix of what looks like a check-up result and is no person's (an animal's health, a water's,
a kitchen's, a building's or a vehicle's inspection, a radiation survey, a price list with
reference ranges, a group's statistics, a product's specification, a quiz, a notice, a blank
form, a donor's criteria, a staff's schedule) beside a person's result, and a person's
disability in every placement. The development corpus (benchmarks/corpus_checkup14_dev.py)
and the check corpus of another writer's habits (benchmarks/corpus_checkup14_check.py).

    .venv/bin/python benchmarks/quality_checkup14.py [--corpus dev|check|both] [--docs 96] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does; look-alikes are among the
positives' documents (one in two), so --docs sets both.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_checkup14_check, corpus_checkup14_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_checkup14_dev.DevDocuments, "check": corpus_checkup14_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 96, run)


if __name__ == "__main__":
    main()
