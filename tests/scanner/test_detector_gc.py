"""The process that detects collects its young objects less often (speed6): the
real detector, built as `daicho scan` builds it, leaves the collector's thresholds
at GC_THRESHOLDS, its model frozen out of the generations, and still detects."""

import gc

from scanner.app.lazy_detector import GC_THRESHOLDS, LazyDetector


def test_the_detecting_process_collects_its_young_objects_less_often():
    before = gc.get_threshold()
    try:
        detector = LazyDetector()
        found = detector.detect("氏名: 山田 太郎\n電話: 090-1234-5678")
        assert gc.get_threshold() == GC_THRESHOLDS
        assert GC_THRESHOLDS[0] > 700  # Python's default
        assert gc.get_freeze_count() > 0
        assert {d.entity_type for d in found} >= {"PERSON", "PHONE"}
    finally:
        gc.set_threshold(*before)
