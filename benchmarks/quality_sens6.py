"""Precision / recall of SENSITIVE per 要配慮 category on sens6's corpora (issue 12): union
membership and roles in columns and prose, 信条 by party, 後援会 and campaign, 犯罪歴 in a
lawyer's card, a school's guidance record, HR discipline and probation notes, 病歴 told by
a nurse, a pharmacist, a dentist; and look-alikes and clean files (an outage report with
システム障害, volunteers of no party, a union's notice, a shop's theft, 非組合員 lists).
The development corpus the rules were tuned on (benchmarks/corpus_sens6_dev.py) and the
check corpus of other templates and words (benchmarks/corpus_sens6_check.py).

    .venv/bin/python benchmarks/quality_sens6.py [--corpus dev|check|both] [--docs 90] [--seed 2026] [--errors]

Built and scanned as benchmarks/quality_beliefs.py does; besides its table, the findings
on look-alike and clean files are counted per kind of file.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_sens6_check, corpus_sens6_dev  # noqa: E402
from benchmarks.quality_beliefs import cli  # noqa: E402
from benchmarks.quality_beliefs import run as beliefs_run  # noqa: E402

MAKERS = {"dev": corpus_sens6_dev.DevDocuments, "check": corpus_sens6_check.CheckDocuments}


def run(which: str, docs: int, seed: int, errors: bool, scanner, makers: dict = MAKERS) -> None:
    """quality_beliefs' table, then the look-alike and clean files flagged per kind."""
    negatives, found = beliefs_run(which, docs, seed, errors, scanner, makers)
    kinds, flagged = Counter(), Counter()
    for name in negatives:
        kind = re.sub(r"^s\d._(?:neg_)?|\d+\..*$", "", name)
        kinds[kind] += 1
        flagged[kind] += any(entity == "SENSITIVE" for entity, _ in found.get(name, ()))
    files = sum(flagged.values())
    print(f"\nlook-alike and clean files flagged: {files} of {len(negatives)} "
          f"({', '.join(f'{k} {flagged[k]}/{kinds[k]}' for k in sorted(kinds))})")


def main() -> None:
    cli(MAKERS, 90, run)


if __name__ == "__main__":
    main()
