"""Precision / recall of SENSITIVE per 要配慮 category on care15's corpora (issue 12): a person's
disability and illness in every placement a record gives it (an assessment sheet, a support
plan's goals, a contact book, ticked boxes, a form's cell, an accommodation column, a roster of
kind / grade / class, English, romaji and XML keys, HTML and slides, mails, a headerless export)
beside illness words that are no one's (a leaflet, a syllabus, a question bank, a drug list, a
service's description, statistics, a job posting, a training record, a product's indications).
The development corpus (benchmarks/corpus_care15_dev.py) and the check corpus of another
writer's placements and words (benchmarks/corpus_care15_check.py).

    .venv/bin/python benchmarks/quality_care15.py [--corpus dev|check|both] [--docs 60] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_care15_check, corpus_care15_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_care15_dev.DevDocuments, "check": corpus_care15_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 60, run)


if __name__ == "__main__":
    main()
