"""Precision / recall of SENSITIVE per 要配慮 category on union13's corpora (issue 12): 労働組合,
信条 and 犯罪歴 as a matrix of places (a roster's column, a payroll's dues column, a JSON key, an
XML element, a card's label, a note, minutes, a mail) × what is said (a seat in a union's organ,
dues, a camp's rally, a political body, a record or its sentence); look-alikes: co-operatives',
condominiums' and insurers' 組合, a union's office and calls, a 36協定, crimes in the news, a
statute, a company vehicle's fine. The development corpus (benchmarks/corpus_union13_dev.py)
and the check corpus of another writer's habits (benchmarks/corpus_union13_check.py), never tuned on.

    .venv/bin/python benchmarks/quality_union13.py [--corpus dev|check|both] [--docs 96] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike files per kind).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_union13_check, corpus_union13_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_union13_dev.DevDocuments, "check": corpus_union13_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 96, run)


if __name__ == "__main__":
    main()
