"""Japanese personal-data detectors, usable alone as a Presidio plug-in.

    from detectors import build_analyzer, load_ja_nlp
    analyzer = build_analyzer(load_ja_nlp())
    analyzer.analyze("個人番号 1234 5678 9018", language="ja")

`Detector` adds what a scanner needs on top: normalisation with offsets mapped
back, chunking of long text, and masked values.

Names are imported on first use (PEP 562): Presidio and spaCy take seconds to
import, and a rescan of an unchanged share should not pay for them.
"""

from __future__ import annotations

import importlib
from typing import Any

from detectors.version import RULES_VERSION

_LAZY = {
    "Detection": "detectors.detector",
    "Detector": "detectors.detector",
    "build_analyzer": "detectors.engine",
    "build_registry": "detectors.engine",
    "GinzaNlpEngine": "detectors.nlp",
    "load_ja_nlp": "detectors.nlp",
}

__all__ = ["RULES_VERSION", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'detectors' has no attribute {name!r}")
