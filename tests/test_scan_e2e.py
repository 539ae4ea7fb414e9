"""The sample share end to end: every object recorded, incremental rescans,
changes, and no raw value anywhere daicho writes."""

from __future__ import annotations

import shutil

import pytest

from inventory.keys import value_hmac
from inventory.queries import current_findings
from scanner import objects as objects_module
from scanner.crawl import CrawlOptions
from scanner.extract import Limits
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions, run_scan
from scanner.workers.runners import InlineRunner

pytestmark = pytest.mark.slow
ONE_MB = 1024 * 1024


def scan(root, inventory, detector):
    runner = InlineRunner(ObjectScanner(detector, Limits(max_size=ONE_MB)), inventory.key)
    return run_scan([str(root)], inventory, runner, ScanOptions(CrawlOptions(limits=Limits(max_size=ONE_MB))))


def objects(inventory):
    return {r["uri"]: r for r in inventory.db["objects"].rows_where("deleted_scan is null")}


def test_every_object_is_recorded_with_its_status(share_copy, inventory, detector):
    result = scan(share_copy.root, inventory, detector)
    recorded = objects(inventory)
    on_disk = {str(p.relative_to(share_copy.root)) for p in share_copy.root.rglob("*") if p.is_file()}
    assert on_disk <= set(recorded)
    for uri, status in share_copy.statuses.items():
        assert recorded[uri]["status"] == status, uri
        assert recorded[uri]["error"], uri  # a reason for people
    unexpected = {u: r["status"] for u, r in recorded.items() if r["status"] != "ok" and u not in share_copy.statuses}
    assert unexpected == {}
    assert result.stats["objects_failed"] == sum(
        1 for s in share_copy.statuses.values() if s not in ("ok", "skipped"))


def test_planted_my_numbers_are_found_where_planted(share_copy, inventory, detector):
    scan(share_copy.root, inventory, detector)
    by_object: dict[str, set[str]] = {}
    for row in current_findings(inventory.db):
        if row["entity_type"] == "MY_NUMBER":
            by_object.setdefault(row["path"], set()).add(row["value_hmac"])
    expected = {uri: {value_hmac(inventory.key, n) for n in numbers}
                for uri, numbers in share_copy.my_numbers.items()}
    for uri, hashes in expected.items():
        assert hashes <= by_object.get(uri, set()), uri
    assert "公開/会社案内.html" not in by_object  # 法人番号 and 注文番号 are not My Numbers


def test_rescan_of_an_unchanged_tree_extracts_nothing(share_copy, inventory, detector, monkeypatch):
    first = scan(share_copy.root, inventory, detector)

    def no_extraction(*args, **kwargs):
        raise AssertionError("an unchanged object was extracted again")

    monkeypatch.setattr(objects_module, "extract", no_extraction)
    second = scan(share_copy.root, inventory, detector)
    assert second.stats["objects_extracted"] == 0
    assert second.stats["findings"] == first.stats["findings"]
    assert second.stats["objects_seen"] == first.stats["objects_seen"]


def test_edits_deletes_and_additions(share_copy, inventory, detector):
    scan(share_copy.root, inventory, detector)
    before = {(r["path"], r["value_hmac"]) for r in current_findings(inventory.db)}
    root = share_copy.root
    (root / "営業/顧客リスト.csv").unlink()
    shutil.move(root / "営業/名刺メモ.txt", root / "営業/名刺メモ_移動.txt")
    with open(root / "総務/給与/緊急連絡網.csv", "ab") as handle:
        handle.write("\r\nE9999,新人 一郎,03-9999-0001,090-9999-0001".encode("cp932"))
    (root / "新規.txt").write_text("個人番号 176749365367\n", encoding="utf-8")
    result = scan(root, inventory, detector)
    after = {(r["path"], r["value_hmac"]) for r in current_findings(inventory.db)}
    paths_after = {p for p, _ in after}
    assert "営業/顧客リスト.csv" not in paths_after
    assert "営業/名刺メモ.txt" not in paths_after and "営業/名刺メモ_移動.txt" in paths_after
    assert ("新規.txt", value_hmac(inventory.key, "176749365367")) in after
    assert ("総務/給与/緊急連絡網.csv", value_hmac(inventory.key, "+81399990001")) in after
    assert {x for x in before if x[0] == "総務/社員名簿.xlsx"} <= after
    assert result.stats["objects_extracted"] == 3  # the edited, the moved and the new file
