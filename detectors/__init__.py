"""Japanese personal-data detectors, usable alone as a Presidio plug-in.

    from detectors import build_analyzer, load_ja_nlp
    analyzer = build_analyzer(load_ja_nlp())
    analyzer.analyze("個人番号 1234 5678 9018", language="ja")

`Detector` adds what a scanner needs on top: normalisation with offsets mapped
back, chunking of long text, and masked values.
"""

from detectors.detector import Detection, Detector
from detectors.engine import build_analyzer, build_registry
from detectors.nlp import GinzaNlpEngine, load_ja_nlp
from detectors.version import RULES_VERSION

__all__ = [
    "Detection",
    "Detector",
    "GinzaNlpEngine",
    "RULES_VERSION",
    "build_analyzer",
    "build_registry",
    "load_ja_nlp",
]
