"""benchmarks/parallel_scan.py: the speed-ups it prints (2 workers against one process
and against 1 worker) and the export it compares inventories by (a real inventory
file, exported by a real `daicho export` process)."""

from __future__ import annotations

from benchmarks.parallel_scan import export_digest, identical, speed_ups
from inventory import FindingRecord, Inventory, ObjectRecord, load_or_create_key, open_inventory
from inventory.store import Scope
from scanner.workers.sealing import seal

ROOT = "/share"


def _run(wall: float, cpu: float) -> dict:
    return {"wall": wall, "seconds": wall - 1, "cpu": cpu}


def test_two_workers_are_compared_with_one_process_and_with_one_worker():
    rows = list(speed_ups({0: _run(100.0, 90.0), 1: _run(120.0, 95.0), 2: _run(60.0, 100.0)}))
    assert len(rows) == 2
    assert rows[0].startswith("| speed-up 2 workers / one process (--workers 0) | 1.67x | 1.68x | 0.90x (cpu)")
    assert rows[1].startswith("| speed-up 2 workers / 1 worker | 2.00x | 2.02x | 0.95x (cpu)")
    assert list(speed_ups({1: _run(120.0, 95.0), 2: _run(60.0, 100.0)})) == rows[1:]


def _inventory(path, values: list[str]) -> None:
    inventory = Inventory(open_inventory(path), load_or_create_key())
    scan_id, _ = inventory.begin_scan([Scope(ROOT)], "test")
    findings = [FindingRecord(entity_type="MY_NUMBER", value=v, masked=v[:2] + "**", score=0.8, detector="test",
                              location=f"A{n}") for n, v in enumerate(values, 1)]
    inventory.record(scan_id, ROOT, seal(ObjectRecord("名簿.csv", "file", findings=findings), inventory.key))
    inventory.finish_scan(scan_id, [Scope(ROOT)])
    inventory.db.conn.close()


def test_inventories_are_compared_by_their_export(tmp_path, daicho_home):
    for name, values in (("a", ["111", "222"]), ("b", ["111", "222"]), ("c", ["111", "333"])):
        _inventory(tmp_path / f"{name}.db", values)
    digests = {n: export_digest(tmp_path / f"{name}.db", daicho_home) for n, name in enumerate("abc")}
    assert digests[0] == digests[1] and digests[0][1] == 2 and digests[2] != digests[0]
    assert identical({0: digests[0], 1: digests[1]}).endswith("(export compared, 2, 2 lines): identical")
    assert identical(digests).endswith("DIFFERENT")
    assert not list(tmp_path.glob("*.jsonl"))  # the exports are not left behind
