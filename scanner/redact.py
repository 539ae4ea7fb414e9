"""Error messages from libraries may quote content; mask what they quote.

Detections are masked as usual; any other long digit run is masked too, because
a number too weak to report as a finding is still not ours to print.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detectors import Detector
from detectors.mask import mask_digits

MAX_MESSAGE = 300
_DIGIT_RUN = re.compile(r"[0-9０-９][0-9０-９ \-]{4,}[0-9０-９]")


class Redactor:
    def __init__(self, detector: Detector) -> None:
        self.detector = detector

    def __call__(self, message: str) -> str:
        message = message[:MAX_MESSAGE]
        for detection in sorted(self.detector.detect(message), key=lambda d: -d.start):
            message = message[:detection.start] + detection.masked + message[detection.end:]
        return _DIGIT_RUN.sub(lambda m: mask_digits(m.group(0), 0, 0), message)
