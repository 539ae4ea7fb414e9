"""Precision / recall of SENSITIVE per 要配慮 category on sensitive17's corpora (issue 12): 要配慮 told
as a note's noun phrase about someone (a disease with its treatment, state or symptom, an
absence's reason in brackets, a household's ※ note, a union-only seat after any name, a masked
party, a petition's seat, a rights group, a conviction with what it refuses), beside look-alikes
of no one. The development corpus (benchmarks/corpus_sensitive17_dev.py) and the check corpus of
another writer's placements and words (benchmarks/corpus_sensitive17_check.py).

    .venv/bin/python benchmarks/quality_sensitive17.py [--corpus dev|check|both] [--docs 40] [--seed 2026] [--errors]

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_sensitive17_check, corpus_sensitive17_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_sens6 import run  # noqa: E402

MAKERS = {"dev": corpus_sensitive17_dev.DevDocuments, "check": corpus_sensitive17_check.CheckDocuments}


def main() -> None:
    cli(MAKERS, 40, run)


if __name__ == "__main__":
    main()
