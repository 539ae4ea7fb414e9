"""An insurer's number in a text that names nobody is the insurer's (issue 12, shapes25).

A 保険者番号 (eight digits passing Luhn) names the insurer — a health insurance society, a
国保組合 — not the insured: it is personal only in a person's record, beside his 記号・番号
or his name. A sheet of an organisation's own numbers (事業所番号 | 保険者番号 | 法人番号)
names no one (own_voice.names_nobody): the number under its own 保険者番号 label is dropped
there; one under 被保険者 or 記号・番号 stays, and so does a 保険者番号 alone (a card's copy
whose holder's name was not read).
"""

from __future__ import annotations

import re

from detectors.entities import HEALTH_INSURANCE_NUMBER
from detectors.own_voice import names_nobody

LABEL_REACH = 24
# the insurer's own label right before the number in its cell (保険者番号: 39…, 保険者No. 06…)
# an organisation's own numbers beside it: its corporate number, its insured office's
_ORGANISATIONS_NUMBER = re.compile(r"法人番号|事業所番号|事業所記号|適用事業所")
_INSURERS_LABEL = re.compile(r"(?<!被)保険者(?:番号|No\.?|ＮＯ|コード)[ 　]*[:：]?[ 　]*$", re.IGNORECASE)


def _insurers(text: str, detection) -> bool:
    cell = text[max(0, detection.start - LABEL_REACH):detection.start].rpartition("\t")[2].rpartition("\n")[2]
    return _INSURERS_LABEL.search(cell) is not None


def without_insurers_numbers(detections: list, text: str) -> list:
    """Detections less the insurers' numbers of a text that names nobody and gives an
    organisation's own numbers (see the module)."""
    if not any(d.entity_type == HEALTH_INSURANCE_NUMBER for d in detections) or _ORGANISATIONS_NUMBER.search(text) is None \
            or not names_nobody(detections, text):
        return detections
    return [d for d in detections if d.entity_type != HEALTH_INSURANCE_NUMBER or not _insurers(text, d)]
