"""A letterhead read upwards (issue 12, mail11).

detectors.organisation follows an organisation's contact down its letterhead: 〒… then
its address, then TEL …, then FAX … are one contact once the first is judged the
organisation's. A footer may be judged from its last lines only (FAX …, E-mail:
info@…: an office's words) while its 〒 and address above say nothing of whose they
are (a hospital's footer under an admission form's last field): read upwards too, each
value right above an organisation's, on the same line or starting the line above it
with no personal word between, is the same contact's.
"""

from __future__ import annotations

from typing import Callable

from detectors.entities import ADDRESS, PERSON, PHONE, POSTAL_CODE
from detectors.own_mailboxes import value_key

CONTACTS = frozenset({ADDRESS, POSTAL_CODE, PHONE})


def letterhead_above(detections: list, text: str, theirs: set, same_contact: Callable) -> set:
    """Keys of the contact values right above an organisation's in its letterhead;
    same_contact(text, later, earlier) says two values are one contact's lines."""
    above, later = set(), None
    for detection in reversed(detections):
        if detection.entity_type == PERSON:
            later = None
        elif detection.entity_type in CONTACTS:
            key = value_key(detection.entity_type, text[detection.start:detection.end])
            if key in theirs or key in above:
                later = detection
            elif later is not None and same_contact(text, later, detection):
                above.add(key)
                later = detection
            else:
                later = None
    return above
