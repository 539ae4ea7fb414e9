"""Building the heavy things once, explicitly: the GiNZA pipeline and detector."""

from __future__ import annotations

from detectors import Detector, build_analyzer, load_ja_nlp


def build_detector() -> Detector:
    return Detector(build_analyzer(load_ja_nlp()))
