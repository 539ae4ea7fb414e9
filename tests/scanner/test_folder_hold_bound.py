"""`daicho check` holds a top folder's records until the walk leaves it (share28); on a share
whose one top folder holds very many files, the hold is released early once it keeps more
findings than its limit, so memory stays bounded (the rule then judges what was read)."""

from __future__ import annotations

from inventory.records import FindingRecord, ObjectRecord
from scanner.shared_contacts import FolderHold


def _record(root, n):
    record = ObjectRecord(uri=f"{root}/総務/名簿_{n}.txt", kind="file")
    record.findings = [FindingRecord("PHONE", f"090-0000-{n:04d}", "090-****-****", 0.9, "test", "L1")]
    return record


def test_records_are_held_until_their_top_folder_is_left(tmp_path):
    hold = FolderHold(str(tmp_path))
    assert [r for n in range(5) for r in hold.add(_record(tmp_path, n))] == []
    assert len(list(hold.finish())) == 5


def test_past_the_limit_the_hold_releases_what_it_kept(tmp_path):
    hold = FolderHold(str(tmp_path), limit=3)
    released = [r.uri for n in range(10) for r in hold.add(_record(tmp_path, n))]
    assert len(released) == 8 and released == sorted(released, key=lambda u: int(u.rsplit("_", 1)[1][:-4]))
    assert len(list(hold.finish())) == 2
