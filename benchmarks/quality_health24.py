"""Recall and false findings of 病歴 and 障害 on health24's dev and check documents (issue 12):
each document scanned whole (scanner.objects, the real detector with GiNZA), a truth phrase found
when a finding of its category overlaps it, a finding of 病歴 or 障害 overlapping no truth phrase
false (a pregnancy as such, a joined header of any need).

    .venv/bin/python benchmarks/quality_health24.py [--errors]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import corpus_health24_check, corpus_health24_dev  # noqa: E402

CATEGORIES = ("病歴", "障害")


def _overlaps(found: str, phrase: str) -> bool:
    return phrase in found or found in phrase


def score(documents, scanner, errors: bool) -> tuple[int, int, int]:
    """(truth phrases, found, false findings)."""
    truths = found = false = 0
    for name, text, truth in documents:
        record = scanner.scan_bytes(name, text.encode("utf-8"))
        findings = [(f.category, f.text) for o in record.walk() for f in o.findings
                    if f.entity_type == "SENSITIVE" and f.category in CATEGORIES]
        for category, phrase in truth:
            truths += 1
            hit = any(c == category and _overlaps(t, phrase) for c, t in findings)
            found += hit
            if errors and not hit:
                print(f"MISS  {name} {category} {phrase}")
        for category, text_found in findings:
            if not any(_overlaps(text_found, phrase) for _, phrase in truth):
                false += 1
                if errors:
                    print(f"FALSE {name} {category} {text_found}")
    return truths, found, false


def main() -> None:
    from detectors import Detector, build_analyzer, load_ja_nlp
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(Detector(build_analyzer(load_ja_nlp())))
    errors = "--errors" in sys.argv
    for label, module in (("dev", corpus_health24_dev), ("check", corpus_health24_check)):
        truths, found, false = score(module.documents(), scanner, errors)
        print(f"{label}: recall {found}/{truths} = {found / truths:.3f}, false findings {false}")


if __name__ == "__main__":
    main()
