"""Precision / recall of SENSITIVE per 要配慮 category on care10's corpora (issue 12): 要配慮 told as
a clause about a person — a condition diagnosed, treated, taken a drug for; an aid used; a union
joined or a role in it; a victimisation — read by the parse-tree reader
(detectors/jp/sensitive/clauses.py); look-alikes: a centre's or a clinic's services, police
notices, care and leave rules, articles, a union's leaflet. The development corpus the reader
was tuned on (benchmarks/corpus_care10_dev.py) and the check corpus of another writer's habits
(benchmarks/corpus_care10_check.py).

    .venv/bin/python benchmarks/quality_care10.py [--corpus dev|check|both] [--docs 90] [--seed 2026] [--errors]
    CARE10_RULES_ONLY=1 .venv/bin/python benchmarks/quality_care10.py   # the rules alone, for comparison

The reader is off in the product (SensitiveRecognizer.READS_CLAUSES); this script turns it on.

Built, scanned and counted as benchmarks/quality_sens6.py does (findings on look-alike files per kind).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_care10_check, corpus_care10_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_care10_dev.DevDocuments, "check": corpus_care10_check.CheckDocuments}


def main() -> None:
    from detectors.jp.sensitive.recognizer import SensitiveRecognizer

    SensitiveRecognizer.READS_CLAUSES = not os.environ.get("CARE10_RULES_ONLY")  # the reader, or the rules alone
    cli(MAKERS, 90, run)


if __name__ == "__main__":
    main()
