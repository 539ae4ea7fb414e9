"""A worker's answer with each repeated keyed hash one string (scanner.workers.answers):
the same record once unpickled, and smaller."""

from __future__ import annotations

import pickle

from inventory.finding_rows import prepare
from inventory.records import FindingRecord, ObjectRecord, SubjectRecord
from scanner.workers.answers import share_repeats
from scanner.workers.sealing import seal

KEY = b"k" * 32


def answer() -> ObjectRecord:
    findings = [FindingRecord("PHONE", "09011112222", "090-****-2222", 0.9, "t", "A2"),
                FindingRecord("PERSON", "山田太郎", "山田 **", 0.9, "t", "B2")]
    subject = SubjectRecord(names=("山田太郎",), links=(("PHONE", "09011112222"),),
                            values=(("PHONE", "09011112222"), ("PERSON", "山田太郎")), types=("PERSON", "PHONE"))
    return prepare(seal(ObjectRecord("a.csv", "file", findings=findings, subjects=[subject]), KEY))


def test_the_same_answer_in_fewer_bytes():
    plain = pickle.dumps(answer())
    shared = share_repeats(answer())
    assert pickle.loads(pickle.dumps(shared)) == pickle.loads(plain)
    assert len(pickle.dumps(shared)) < len(plain)
    subject, rows = shared.subjects[0], shared.prepared.rows
    phone = next(row[1] for row in rows if row[0] == "PHONE")
    assert dict(subject.keys)["PHONE"] is phone and dict(subject.value_keys)["PHONE"] is phone
