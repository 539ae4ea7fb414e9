"""Precision / recall of SENSITIVE per 要配慮 category on health14's corpora (issue 12): a
person's illness in every placement a record gives it (a roster's column, a form's label to
the left or above, a ticked box, a note naming the person, a mail, an export's key) × file
formats × conditions of every ICD chapter, treatments and findings; beside a clinic's guide,
a price list, a health column, a lecture, an animal's chart and an outage report.
The development corpus (benchmarks/corpus_health14_dev.py) and the check corpus of another
writer's placements and words (benchmarks/corpus_health14_check.py).

    .venv/bin/python benchmarks/quality_health14.py [--corpus dev|check|both] [--docs 70] [--seed 2026] [--errors]
    .venv/bin/python benchmarks/quality_health14.py --fresh [--docs 70] [--seed 2026] [--errors]

--fresh scores a third corpus instead (benchmarks/corpus_health14_fresh.py), written after the
rules were frozen and scored once, untouched (the check corpus was read while the rules were
written: see docs/benchmarks.md, health14).

Built, scanned and counted as benchmarks/quality_sens6.py does.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_health14_check, corpus_health14_dev, corpus_health14_fresh  # noqa: E402
from benchmarks.quality_health13 import cli_with_fresh  # noqa: E402

MAKERS = {"dev": corpus_health14_dev.DevDocuments, "check": corpus_health14_check.CheckDocuments}
FRESH = {"dev": corpus_health14_fresh.FreshDocuments}  # printed under the name "dev" by the shared table


def main() -> None:
    cli_with_fresh(MAKERS, FRESH, 70)


if __name__ == "__main__":
    main()
