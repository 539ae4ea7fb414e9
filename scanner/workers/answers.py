"""What a worker sends back, made cheap for the scanning process to unpickle.

A keyed hash appears in one answer several times: in its finding's row, among its
subject's keys and values, as the subject's name key; each a string object of its
own. Made one object each, pickle writes it once (later uses are references to it)
and the single writer builds it once: about half the strings of an answer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from inventory.records import ObjectRecord, SealedSubject

One = Callable[[str], str]


def _subject(subject: SealedSubject, one: One) -> SealedSubject:
    return dataclasses.replace(
        subject, keys=tuple((kind, one(key)) for kind, key in subject.keys),
        name_key=one(subject.name_key) if subject.name_key is not None else None,
        value_keys=tuple((kind, one(key)) for kind, key in subject.value_keys))


def share_repeats(record: ObjectRecord) -> ObjectRecord:
    """The sealed and prepared tree with each repeated hash one string object (in place)."""
    strings: dict[str, str] = {}
    one: One = lambda text: strings.setdefault(text, text)  # noqa: E731
    for obj in record.walk():
        if obj.prepared is not None:
            rows = tuple((row[0], one(row[1]), *row[2:]) for row in obj.prepared.rows)
            obj.prepared = dataclasses.replace(obj.prepared, rows=rows)
        obj.subjects = [_subject(s, one) if isinstance(s, SealedSubject) else s for s in obj.subjects]
    return record
