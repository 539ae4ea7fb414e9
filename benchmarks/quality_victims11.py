"""Precision / recall of SENSITIVE per 要配慮 category on victims11's corpora (issue 12): 要配慮 said
in a sentence about a person wherever the sentence sits (a note's body, a table's free-text cell,
a mail, minutes, a letter, a form's value) — a harm suffered, a condition's history, a creed as
a stance, a domicile, a union role; look-alikes: notices, rules, articles, a party's or a
union's call, hypotheticals. The development corpus (benchmarks/corpus_victims11_dev.py) and the
check corpus of another writer's habits (benchmarks/corpus_victims11_check.py), never tuned on.

    .venv/bin/python benchmarks/quality_victims11.py [--corpus dev|check|both] [--docs 90] [--seed 2026] [--errors]
    VICTIMS11_RULES_ONLY=1 .venv/bin/python benchmarks/quality_victims11.py   # without the clause reader

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike files per kind).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_victims11_check, corpus_victims11_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_victims11_dev.DevDocuments, "check": corpus_victims11_check.CheckDocuments}


def main() -> None:
    if os.environ.get("VICTIMS11_RULES_ONLY"):  # the rules alone, for comparison (the reader is on in the product)
        from detectors.jp.sensitive.recognizer import SensitiveRecognizer

        SensitiveRecognizer.READS_CLAUSES = False
    cli(MAKERS, 90, run)


if __name__ == "__main__":
    main()
