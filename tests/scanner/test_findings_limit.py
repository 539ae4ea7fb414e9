"""A roster of many rows holds more findings than a worker may keep: past
Limits.max_findings the object is read no further and says so (memory per object
stays bounded; the object is recorded, not crashed)."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from samples.synth import make_person
from scanner.crawl import crawl
from scanner.limits import DEFAULT_LIMITS
from scanner.objects import ObjectScanner

pytestmark = pytest.mark.slow


def _roster(path, rows: int) -> None:
    rng = random.Random(5)
    lines = ["氏名,個人番号,電話番号"] + [
        f"{p.name},{p.my_number},{p.mobile}" for p in (make_person(rng, i) for i in range(rows))]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_an_object_is_read_no_further_past_the_findings_limit(tmp_path, detector):
    _roster(tmp_path / "名簿.csv", 400)
    scanner = ObjectScanner(detector, replace(DEFAULT_LIMITS, max_findings=120))
    record = scanner.scan_entry(next(iter(crawl(tmp_path))))
    assert record.status == "ok" and len(record.findings) == 120
    assert "120" in record.error and "findings" in record.error
    assert {f.entity_type for f in record.findings} >= {"MY_NUMBER", "PHONE"}


def test_under_the_limit_nothing_is_said(tmp_path, detector):
    _roster(tmp_path / "名簿.csv", 10)
    record = ObjectScanner(detector).scan_entry(next(iter(crawl(tmp_path))))
    assert record.status == "ok" and record.error is None and len(record.findings) >= 20
