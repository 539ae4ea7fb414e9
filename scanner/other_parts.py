"""要配慮 phrases tied by another part of their document (sens6, issue 12). A care plan's
or a referral letter's body tells the need (手話通訳が必要, 透析治療中のため…) and its
table names the person (利用者名 …); a report's notes or a forwarded mail's body tell
what its slide or its header names. Each part reaches the detector alone, so a phrase
in a part that names no one was dropped (detectors.detector ties within one text).

Kept here when the document is about one person: the other parts name one or two people
(the person and who wrote it) and the untied phrases are few. A list or a notice naming
many people ties nothing across its parts.
"""

from __future__ import annotations

from typing import Any

PEOPLE_AT_MOST = 2  # distinct names in the document: its person and its writer or contact
PHRASES_AT_MOST = 4  # untied phrases of the whole document: more is a text about anyone
PARTS_AT_MOST = 40  # a document of this many parts at most (a form, a letter, a plan)


class OtherParts:
    def __init__(self) -> None:
        self._parts: list[tuple[Any, Any, list]] = []
        self._units = 0

    def of(self, unit: Any, refs: Any) -> list | None:
        """The list a part's untied phrases go in; none past PARTS_AT_MOST parts. Only
        the parts with such phrases are kept (a large file's parts are not held)."""
        self._units += 1
        if self._parts and not self._parts[-1][2]:
            self._parts.pop()
        if self._units > PARTS_AT_MOST:
            self._parts.clear()
            return None
        detections: list = []
        self._parts.append((unit, refs, detections))
        return detections

    def tied_by(self, findings: list) -> list[tuple[Any, Any, list]]:
        """(part, its refs, its untied phrases) when the document's findings name its one person."""
        parts = [part for part in self._parts if part[2]]
        if not parts or self._units > PARTS_AT_MOST or sum(len(p[2]) for p in parts) > PHRASES_AT_MOST:
            return []
        people = {"".join(f.text.split()) for f in findings if f.entity_type == "PERSON"}
        return parts if 1 <= len(people) <= PEOPLE_AT_MOST else []
