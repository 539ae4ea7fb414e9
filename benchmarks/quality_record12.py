"""Precision / recall of SENSITIVE per 要配慮 category on record12's corpora (issue 12): a
criminal record and a check-up result only where a person has one, beside what only
resembles one — a rule's condition, a blank form's choices, a table of penalties, an unnamed
offender in a circular or a news item, a glossary, an unanswered 問診票, a 事後措置票 of empty
boxes. The development corpus (benchmarks/corpus_record12_dev.py) and the check corpus of
another writer's habits (benchmarks/corpus_record12_check.py).

    .venv/bin/python benchmarks/quality_record12.py [--corpus dev|check|both] [--docs 64] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_record12_check, corpus_record12_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_record12_dev.DevDocuments, "check": corpus_record12_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 64, run)


if __name__ == "__main__":
    main()
