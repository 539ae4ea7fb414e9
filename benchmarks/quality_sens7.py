"""Precision / recall of SENSITIVE per 要配慮 category on sens7's corpora (issue 12): a union's
branch, seats, dues and forms, a group standing for a cause, a political outlook, a parent's
origin abroad, joining a faith, burglary, protection orders and complaints, sentences in
kanji numerals, a disease with its sequel, and the tie of a phrase to a document's one person
across its parts; look-alikes: notices signed in a footer, rules, mails to all, animals'
records, newsletters, staff qualifications, training records. The development corpus the
rules were tuned on (benchmarks/corpus_sens7_dev.py) and the check corpus of other templates
and words (benchmarks/corpus_sens7_check.py).

    .venv/bin/python benchmarks/quality_sens7.py [--corpus dev|check|both] [--docs 90] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike and
clean files per kind of file).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_sens7_check, corpus_sens7_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_sens7_dev.DevDocuments, "check": corpus_sens7_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 90, run)


if __name__ == "__main__":
    main()
