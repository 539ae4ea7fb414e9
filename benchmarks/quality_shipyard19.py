"""Score shipyard19's dev and check sets in process (PERSON and SENSITIVE only): a value to be
found is found when a finding of its type (a SENSITIVE finding of its category) holds it or lies
inside it; a value that must not be is false when a finding of its type is it. Precision: the
findings of these types that match a value to be found, over all of them.

    PYTHONPATH=<tree> python benchmarks/quality_shipyard19.py [dev|check]"""

from __future__ import annotations

import sys
import unicodedata

from benchmarks import corpus_shipyard19_check, corpus_shipyard19_dev
from detectors import Detector, build_analyzer, load_ja_nlp


def _kind(finding) -> str:
    return getattr(finding, "category", None) or finding.entity_type if finding.entity_type == "SENSITIVE" else finding.entity_type


def _same(value: str, text: str) -> bool:
    value, text = value.replace(" ", ""), text.replace(" ", "")
    return bool(text) and (text in value or value in text)


def score(documents, detector) -> dict:
    counts = {"values": 0, "found": 0, "findings": 0, "right": 0, "avoid": 0, "false": 0}
    for name, text, want, avoid in documents:
        text = unicodedata.normalize("NFKC", text)
        found = [(_kind(f), f.text) for f in detector.detect(text) if f.entity_type in ("PERSON", "SENSITIVE")]
        want = [(kind, unicodedata.normalize("NFKC", value)) for kind, value in want]
        counts["values"] += len(want)
        hit = [w for w in want if any(k == w[0] and _same(w[1], t) for k, t in found)]
        counts["found"] += len(hit)
        counts["findings"] += len(found)
        counts["right"] += sum(any(k == w[0] and _same(w[1], t) for w in want) for k, t in found)
        counts["avoid"] += len(avoid)
        false = [a for a in avoid if any(k == a[0] and t.strip() == a[1] for k, t in found)]
        counts["false"] += len(false)
        for kind, value in [w for w in want if w not in hit]:
            print(f"MISS  {name} {kind} {value}")
        for kind, value in false:
            print(f"FALSE {name} {kind} {value}")
        for kind, value in [(k, t) for k, t in found if not any(k == w[0] and _same(w[1], t) for w in want)]:
            print(f"OTHER {name} {kind} {value}")
    return counts


if __name__ == "__main__":
    which = sys.argv[1] if len(sys.argv) > 1 else "dev"
    module = corpus_shipyard19_dev if which == "dev" else corpus_shipyard19_check
    result = score(module.documents(), Detector(build_analyzer(load_ja_nlp())))
    recall = result["found"] / max(1, result["values"])
    precision = result["right"] / max(1, result["findings"])
    print(f"{which}: recall {recall:.3f} ({result['found']}/{result['values']}), precision {precision:.3f} "
          f"({result['right']}/{result['findings']}), must-not-find flagged {result['false']}/{result['avoid']}")
