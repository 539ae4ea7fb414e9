"""What the index of subject keys by key costs a first scan's single writer, SQLite
alone (no scan): the writer's statements for N objects of 23 findings, 5 subjects
and 30 keys each (random keyed hashes), committed by groups of 64, into a new
inventory with the index kept and with it set aside (inventory.key_index), then
the index built again. CPU seconds of this process.

    .venv/bin/python benchmarks/key_index_cost.py [--objects 36000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from inventory import key_index  # noqa: E402
from inventory.db import open_inventory  # noqa: E402

FINDINGS, SUBJECTS, KEYS, GROUP = 23, 5, 30, 64
_FINDING = ("insert into findings (object_id, first_scan_id, entity_type, value_hmac, category, masked, score, "
            "detector, location, occurrences) values (?, 1, 'PHONE', ?, null, '090-****', 0.9, 'd', 'L1', 1)")
_SUBJECT = ("insert into subjects (id, object_id, added_scan, name_key, types, strong, name_script, locations, "
            "first_scan_id) values (?, ?, 1, ?, '[]', 1, 'kanji', '[]', 1)")
_KEY = "insert or ignore into subject_keys (subject_id, kind, key) values (?, 'PHONE', ?)"


def _hashes(count: int) -> list[str]:
    return [os.urandom(32).hex() for _ in range(count)]


def _write(db, objects: int) -> dict[str, float]:
    conn, spent = db.conn, {"findings": 0.0, "subjects": 0.0, "keys": 0.0, "commits": 0.0}

    def timed(part: str, *statement) -> None:
        start = time.process_time()
        conn.executemany(*statement) if len(statement) == 2 else conn.commit()
        spent[part] += time.process_time() - start
    for number in range(objects):
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        object_id = conn.execute("insert into objects (root, uri, status) values ('/share', ?, 'ok')",
                                 [f"d/{number}.csv"]).lastrowid
        timed("findings", _FINDING, [(object_id, value) for value in _hashes(FINDINGS)])
        first = conn.execute("select coalesce(max(id), 0) + 1 from subjects").fetchone()[0]
        timed("subjects", _SUBJECT, [(first + n, object_id, name) for n, name in enumerate(_hashes(SUBJECTS))])
        timed("keys", _KEY, [(first + n % SUBJECTS, key) for n, key in enumerate(_hashes(KEYS))])
        if number % GROUP == GROUP - 1:
            timed("commits")
    timed("commits")
    return spent


def run(objects: int, set_aside: bool) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        db = open_inventory(Path(tmp) / "inventory.db")
        if set_aside:
            key_index.set_aside(db)
        spent = _write(db, objects)
        start = time.process_time()
        key_index.restore(db)
        rebuilt = time.process_time() - start
    parts = ", ".join(f"{part} {seconds:.2f}" for part, seconds in spent.items())
    return (f"index {'set aside' if set_aside else 'kept'}: {sum(spent.values()):.2f} s ({parts}); "
            f"built again {rebuilt:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--objects", type=int, default=36_000)
    args = parser.parse_args()
    for set_aside in (False, True):
        print(run(args.objects, set_aside), flush=True)


if __name__ == "__main__":
    main()
