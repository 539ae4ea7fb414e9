"""A worker's answer holds each keyed hash once: sealing makes one string per
distinct value (scanner.workers.sealing.hasher), used by the finding's row and by
its subject's keys alike, so pickle writes it once and the single writer unpickles
it once."""

from __future__ import annotations

import pickle

from inventory.finding_rows import ROW_COLUMNS, prepare
from inventory.records import FindingRecord, ObjectRecord, SubjectRecord
from scanner.workers.sealing import seal

KEY = b"k" * 32


def answer() -> ObjectRecord:
    findings = [FindingRecord("PHONE", "09011112222", "090-****-2222", 0.9, "t", "A2"),
                FindingRecord("PERSON", "山田太郎", "山田 **", 0.9, "t", "B2"),
                FindingRecord("PHONE", "09011112222", "090-****-2222", 0.8, "t", "A3")]
    subject = SubjectRecord(names=("山田太郎",), links=(("PHONE", "09011112222"),),
                            values=(("PHONE", "09011112222"), ("PERSON", "山田太郎")), types=("PERSON", "PHONE"))
    return prepare(seal(ObjectRecord("a.csv", "file", findings=findings, subjects=[subject]), KEY))


def test_a_repeated_hash_is_one_string_pickled_once():
    sealed = answer()
    subject, rows = sealed.subjects[0], sealed.prepared.rows
    phone = next(row[1] for row in rows if row[0] == "PHONE")
    person = next(row[1] for row in rows if row[0] == "PERSON")
    occurrences = ROW_COLUMNS.index("occurrences")
    assert [row[occurrences] for row in rows] == [2, 1]  # the phone found twice: one row, two occurrences
    assert dict(subject.keys)["PHONE"] is phone and dict(subject.value_keys)["PHONE"] is phone
    assert subject.name_key is person and dict(subject.keys)["name"] is person
    sent = pickle.dumps(sealed)
    assert sent.count(phone.encode()) == 1 and sent.count(person.encode()) == 1
    assert pickle.loads(sent) == sealed
