"""要配慮 phrases tied by another part of their document (sens6, issue 12). A care plan's
or a referral letter's body tells the need (手話通訳が必要, 透析治療中のため…) and its
table names the person (利用者名 …); a report's notes or a forwarded mail's body tell
what its slide or its header names. Each part reaches the detector alone, so a phrase
in a part that names no one was dropped (detectors.detector ties within one text).

Kept here when the document is about one person: its parts name one or two people (the
person and who wrote it), one of them not as a signer or a contact (担当: 総務課 …), and the
untied phrases are few. A notice signed by its contact, or a list naming many people, ties
nothing across its parts.
"""

from __future__ import annotations

import re
from typing import Any

PEOPLE_AT_MOST = 2  # distinct names in the document: its person and its writer or contact
PHRASES_AT_MOST = 4  # untied phrases of the whole document: more is a text about anyone
PARTS_AT_MOST = 40  # a document of this many parts at most (a form, a letter, a plan)


# whom a notice or a plan is signed by or asks to be contacted (not its subject)
_SIGNER = re.compile(r"担当|問い?合わ?せ|連絡先|窓口|所管|文責|編集|発行|事務局|作成者|起案者|報告者|記入者|記載者|専門員|相談員"
                     r"|(?:課|部|室|係|センター|委員会)[ 　]*$")
SIGNER_REACH = 24


class OtherParts:
    def __init__(self) -> None:
        self._parts: list[tuple[Any, Any, list]] = []
        self._units = 0
        self._subjects: set[str] = set()
        self._signers: set[str] = set()

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

    def saw(self, text: str, detections: list) -> None:
        """The people a part names: its subjects, and those who sign it or are asked (担当:
        総務課 …, 所管：人事課 …, a department before the name)."""
        for d in detections:
            if d.entity_type == "PERSON":
                line_start = text.rfind("\n", 0, d.start) + 1
                signer = _SIGNER.search(text, max(line_start, d.start - SIGNER_REACH), d.start)
                (self._signers if signer else self._subjects).add("".join(d.text.split()))

    def tied(self) -> list[tuple[Any, Any, list]]:
        """(part, its refs, its untied phrases) when the document names its one person."""
        parts = [part for part in self._parts if part[2]]
        if not parts or self._units > PARTS_AT_MOST or sum(len(p[2]) for p in parts) > PHRASES_AT_MOST:
            return []
        subjects = self._subjects - self._signers
        return parts if subjects and len(subjects | self._signers) <= PEOPLE_AT_MOST else []
