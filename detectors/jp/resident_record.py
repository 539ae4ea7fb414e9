"""住民票コード: 11 digits; its check digit formula is UNVERIFIED here, so shape
and the context word decide."""

from detectors.entities import RESIDENT_RECORD_CODE
from detectors.jp.base import NO_DIGIT_AFTER, NUMBER_START, JapanesePatternRecognizer


class ResidentRecordCodeRecognizer(JapanesePatternRecognizer):
    ENTITY = RESIDENT_RECORD_CODE
    PATTERNS = (("resident_record", NUMBER_START + r"[0-9]{10}" + NO_DIGIT_AFTER, 0.2),)
    CONTEXT = ("住民票コード", "住民票", "resident record")
    PREFILTER = r"[0-9]{11}"
