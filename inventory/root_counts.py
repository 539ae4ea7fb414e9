"""What each root holds, counted as it is written: live objects by status and
level, and their open findings. A complete scan of whole roots reads its counts
here instead of counting every object and finding of its scopes at its end (the
unchanged rescan of issue 14, where that count cost as much as the walk).

Every write that makes an object live, ends it or changes its status, and every
finding begun or ended, adds its difference in the same transaction
(inventory.writes); migration m018 counted what was there before.
"""

from __future__ import annotations

from collections import Counter

from sqlite_utils import Database

from inventory.records import FAILED_STATUSES

Level = tuple[str, str, int]  # (root, status, 1 for a top-level object else 0)


class Changes:
    """Differences gathered while one object tree is written, added at its end."""

    def __init__(self) -> None:
        self.objects: Counter[Level] = Counter()
        self.findings: Counter[str] = Counter()

    def live(self, root: str, status: str | None, top: bool, sign: int = 1) -> None:
        self.objects[(root, status or "", int(top))] += sign

    def add(self, db: Database) -> None:
        db.conn.executemany(
            "insert into object_counts (root, status, top, objects) values (?, ?, ?, ?) "
            "on conflict (root, status, top) do update set objects = objects + excluded.objects",
            [(*level, n) for level, n in self.objects.items() if n])
        db.conn.executemany(
            "insert into finding_counts (root, findings) values (?, ?) "
            "on conflict (root) do update set findings = findings + excluded.findings",
            [(root, n) for root, n in self.findings.items() if n])
        self.objects.clear()
        self.findings.clear()


def ending(db: Database, object_ids: list[int]) -> Changes:
    """The differences of ending these objects (live ones) and their open findings,
    asked before they end."""
    changes = Changes()
    marks = ",".join("?" * len(object_ids))
    for root, status, top, n in db.execute(
            f"select root, status, parent_id is null, count(*) from objects where deleted_scan is null "
            f"and id in ({marks}) group by 1, 2, 3", object_ids):
        changes.live(root, status, bool(top), -n)
    for root, n in db.execute(
            f"select o.root, count(*) from findings f join objects o on o.id = f.object_id "
            f"where f.ended_scan is null and o.deleted_scan is null and f.object_id in ({marks}) group by 1",
            object_ids):
        changes.findings[root] -= n
    return changes


def root_counts(db: Database, roots: list[str]) -> dict:
    """Objects, failed ones, top-level ones read well (status ok), and open findings, of these roots."""
    marks = ",".join("?" * len(roots))
    counts = {"objects": 0, "failed": 0, "top_ok": 0}
    for status, top, n in db.execute(
            f"select status, top, sum(objects) from object_counts where root in ({marks}) group by 1, 2", roots):
        counts["objects"] += n
        counts["failed"] += n if status in FAILED_STATUSES else 0
        counts["top_ok"] += n if status == "ok" and top else 0
    counts["findings"] = db.execute(f"select coalesce(sum(findings), 0) from finding_counts where root in ({marks})",
                                    roots).fetchone()[0]
    return counts


def recount(db: Database) -> None:
    """Count everything again (a migration: the counts begin here)."""
    db.execute("delete from object_counts")
    db.execute("delete from finding_counts")
    db.execute("insert into object_counts (root, status, top, objects) select root, coalesce(status, ''), "
               "parent_id is null, count(*) from objects where deleted_scan is null group by 1, 2, 3")
    db.execute("insert into finding_counts (root, findings) select o.root, count(*) from findings f "
               "join objects o on o.id = f.object_id where f.ended_scan is null and o.deleted_scan is null group by 1")
