"""A 本籍 is no address (contacts16).

The 本籍 of a family register (本籍 福井県大野市春日) names the place of a register, not
where anyone lives or can be reached: reported as 要配慮/本籍, it is not reported again
as an ADDRESS over the same letters. An address reaching past the 本籍's value (the
phrase read short) stays."""

from __future__ import annotations

from detectors.entities import ADDRESS, SENSITIVE
from detectors.jp.sensitive.domicile import DOMICILE


def without_domicile_addresses(detections: list) -> list:
    """Detections less the addresses lying within a 本籍 found in the same text."""
    domiciles = [(d.start, d.end) for d in detections if d.entity_type == SENSITIVE and d.category == DOMICILE]
    if not domiciles:
        return detections
    return [d for d in detections
            if d.entity_type != ADDRESS or not any(start <= d.start and d.end <= end for start, end in domiciles)]
