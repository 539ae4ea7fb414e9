"""Precision / recall of SENSITIVE per 要配慮 category on creed12's corpora (issue 12): 信条, 犯罪被害,
労働組合 and 病歴 as a matrix of places (a roster's column under an unusual header, a JSON key, an
XML element, a form's label above its value, a ticked checkbox, a note, a mail, minutes) × ways of
saying it; look-alikes: a desk's notice of categories, a blank form, a union's call, a party's
notice, a health column. The development corpus (benchmarks/corpus_creed12_dev.py) and the check
corpus of another writer's habits (benchmarks/corpus_creed12_check.py), never tuned on.

    .venv/bin/python benchmarks/quality_creed12.py [--corpus dev|check|both] [--docs 96] [--seed 2026] [--errors]
    CREED12_RULES_ONLY=1 .venv/bin/python benchmarks/quality_creed12.py   # without the clause reader

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike files per kind).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_creed12_check, corpus_creed12_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_creed12_dev.DevDocuments, "check": corpus_creed12_check.CheckDocuments}


def main() -> None:
    if os.environ.get("CREED12_RULES_ONLY"):  # the rules alone, for comparison
        from detectors.jp.sensitive.recognizer import SensitiveRecognizer

        SensitiveRecognizer.READS_CLAUSES = False
    cli(MAKERS, 96, run)


if __name__ == "__main__":
    main()
