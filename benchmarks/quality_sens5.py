"""Precision / recall of SENSITIVE per 要配慮 category on sens5's corpora (issue 12): a
union's and a temple's own lists in semicolon CSV, roles under a 組合 heading, 民族 and
宗教 columns of trainees and students, a law office's case memo and a referral letter in
RTF, care plans and records in ODT, intake sheets and salon kartes; and files about no
one (a union's notice, a temple's or shrine's poster, crime news). The development corpus
the rules were tuned on (benchmarks/corpus_sens5_dev.py) and the check corpus of other
templates and words (benchmarks/corpus_sens5_check.py).

    .venv/bin/python benchmarks/quality_sens5.py [--corpus dev|check|both] [--docs 96] [--seed 2026] [--errors]

Built, scanned and scored as benchmarks/quality_beliefs.py does (its functions).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_sens5_check, corpus_sens5_dev, quality_beliefs  # noqa: E402

MAKERS = {"dev": corpus_sens5_dev.DevDocuments, "check": corpus_sens5_check.CheckDocuments}


def main() -> None:
    quality_beliefs.cli(MAKERS, 96)


if __name__ == "__main__":
    main()
