"""What the writer gets from workers: the same inventory, ids included, whatever
the order answers come back in; and nothing raw in what a worker sends."""

from __future__ import annotations

import dataclasses
import pickle
import re

import pytest

from inventory import Inventory, open_inventory
from samples.synth import make_people
from scanner.crawl import CrawlOptions, crawl
from scanner.limits import DEFAULT_LIMITS
from scanner.objects import ObjectScanner
from scanner.pipeline import ScanOptions, run_scan
from scanner.workers.runners import InlineRunner
from scanner.workers.tasks import Task
from scanner.workers.work import run_task
from tests.workers.shares import roster_share, roster_zip

pytestmark = pytest.mark.slow  # the GiNZA model, in this process
LIMITS = dataclasses.replace(DEFAULT_LIMITS, split_members=4)  # the zip below comes in three parts


class Reversing(InlineRunner):
    """Holds four tasks, then answers them last first: workers finishing out of order."""

    capacity = 4

    def __init__(self, scanner: ObjectScanner, key: bytes) -> None:
        super().__init__(scanner, key)
        self._held: list = []

    def submit(self, task_id, task) -> None:
        self._held.append((task_id, task))

    def in_flight(self) -> int:
        return len(self._held)

    def results(self, block: bool) -> list:
        held, self._held = self._held[::-1], []
        return [(task_id, run_task(task, self.scanner, self._key)) for task_id, task in held]


def _rows(inventory: Inventory) -> tuple[list, list]:
    objects = list(inventory.db.execute(
        "select id, uri, parent_id, top_id, status, sha256, summary from objects order by id"))
    findings = list(inventory.db.execute(
        "select id, object_id, entity_type, value_hmac, masked, location, occurrences from findings order by id"))
    return objects, findings


def _scan(runner, root, path) -> Inventory:
    inventory = Inventory(open_inventory(path), runner._key)
    run_scan([str(root)], inventory, runner, ScanOptions(CrawlOptions(limits=LIMITS)))
    return inventory


def test_answers_in_any_order_give_the_same_inventory_ids_included(tmp_path, detector, inventory):
    root = roster_share(tmp_path / "share", files=7)
    roster_zip(root / "名簿.zip", members=10)
    scanner = ObjectScanner(detector, LIMITS)
    in_order = _scan(InlineRunner(scanner, inventory.key), root, tmp_path / "in_order.db")
    reversed_ = _scan(Reversing(scanner, inventory.key), root, tmp_path / "reversed.db")
    objects, findings = _rows(in_order)
    assert len(objects) == 8 + 10 and len(findings) > 40
    assert _rows(reversed_) == (objects, findings)


def test_a_worker_sends_only_masked_findings_and_keyed_hashes(tmp_path, detector, inventory):
    root = roster_share(tmp_path / "share", files=1)
    roster_zip(root / "名簿.zip", members=6)
    raw = {value for p in make_people(3, 1) + make_people(2, 1000) for value in (p.my_number, p.mobile, p.name)}
    scanner = ObjectScanner(detector, LIMITS)
    for entry in crawl(root):
        outcome = run_task(Task(entry), scanner, inventory.key)
        sent = pickle.dumps(outcome)
        assert [value for value in raw if value.encode() in sent] == []
        # findings travel as the rows the writer stores (inventory.finding_rows): keyed hashes, masked values
        assert all(not obj.findings and obj.prepared is not None for obj in outcome.record.walk())
        rows = [row for obj in outcome.record.walk() for row in obj.prepared.rows]
        assert all(re.fullmatch("[0-9a-f]{64}", row[1]) for row in rows)
        assert rows or outcome.parts
