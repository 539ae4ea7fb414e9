"""Precision / recall of SENSITIVE per 要配慮 category on the third round of issue 12's
corpora, 要配慮 told in words (check-up findings and what a doctor said, disabilities,
origins, political and philosophical beliefs) and notices about no one signed by a
contact person: the development corpus the rules are tuned on
(benchmarks/corpus_sensitive3_dev.py, an HR clerk's registers and forms) and the check
corpus of another author (benchmarks/corpus_sensitive3_check.py, free-text notes and
mails), written before the rules changed.

    .venv/bin/python benchmarks/quality_sensitive3.py [--corpus dev|check|both] [--docs 48] [--seed 2026] [--errors]

Built, scanned and scored as benchmarks/quality_beliefs.py does (its functions).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_sensitive3_check, corpus_sensitive3_dev, quality_beliefs  # noqa: E402

MAKERS = {"dev": corpus_sensitive3_dev.DevDocuments, "check": corpus_sensitive3_check.CheckDocuments}


def main() -> None:
    quality_beliefs.cli(MAKERS, 48)


if __name__ == "__main__":
    main()
