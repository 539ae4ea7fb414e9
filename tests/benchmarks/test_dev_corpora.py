"""The development-corpora runner lists development sets only and counts error lines gone and
new; the recurrence measure counts true values and look-alikes recurring in a folder's files."""

from __future__ import annotations

from benchmarks.detection_report import CORPORA
from benchmarks.dev_corpora import compared, development
from benchmarks.recurring_contacts import recurrence


def test_development_sets_only():
    held_out = [n for n, (_, role) in CORPORA.items() if role == "eval"]
    chosen = development("2-30")
    assert chosen and not set(held_out) & set(chosen)
    assert development("7,9-10") == ["7", "9", "10"]


def test_error_lines_gone_and_new(tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    (tmp_path / "a" / "errors.txt").write_text("MISS x L1 PHONE 1\nFALSE y L2 EMAIL e\n", encoding="utf-8")
    (tmp_path / "b" / "errors.txt").write_text("FALSE y L2 EMAIL e\nFALSE z L3 PERSON p\n", encoding="utf-8")
    assert compared("9", tmp_path / "a", tmp_path / "b", "0.990") == \
        "corpus 9: F1 0.990; error lines 2 → 2 (gone 1, new 1)"


def _item(path, value, negative=False, entity="PHONE"):
    return {"record": "item", "path": path, "entity_type": entity, "value": value, "negative": negative}


def test_recurrence_by_folder():
    footer = [_item(f"desk/form_{i}.txt", "06-1111-2222", negative=True) for i in range(3)]
    member = [_item("desk/roster_1.csv", "090-3333-4444"), _item("desk/roster_2.csv", "090 3333 4444")]
    elsewhere = [_item("other/a.txt", "06-1111-2222", negative=True)]
    counts = recurrence(footer + member + elsewhere + [{"record": "file", "path": "desk/x"}], 3)
    assert counts["look-alike", True] == 3 and counts["look-alike", False] == 1
    assert counts["true", False] == 2 and counts["true", True] == 0
    assert recurrence(member, 2)["true", True] == 2  # letters and digits alone compared
