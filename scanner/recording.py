"""The scan's writes, in one place: what the parent asks of the inventory while
workers read (reuse an unchanged object, mark one handed to a worker, record one
that came back) and the evidence a scan that died left behind."""

from __future__ import annotations

from inventory import Inventory, ObjectRecord
from inventory import reading_marks
from inventory.store import Scope
from inventory.transactions import begin, transaction
from scanner.crawl import Entry

CRASHED, SUSPECT = "crashed", "suspect"


def _identity(entry: Entry) -> dict:
    return {"root": entry.root, "uri": entry.uri, "size": entry.size, "mtime": entry.mtime,
            "change_token": entry.change_token}


class Recorder:
    def __init__(self, inventory: Inventory, scan_id: int, scopes: list[Scope]) -> None:
        self.inventory, self.scan_id, self.scopes = inventory, scan_id, scopes
        roots = sorted({scope.root for scope in scopes})
        self._leftovers = {(m["root"], m["uri"]): m for m in reading_marks.leftovers(inventory.db, roots)}

    def reuse(self, previous: dict) -> None:
        self.inventory.reuse(self.scan_id, previous)

    def mark(self, entry: Entry, isolated: bool = False) -> None:
        """Committed before the object is handed over."""
        reading_marks.mark(self.inventory.db, self.scan_id, _identity(entry), isolated)

    def record(self, entry: Entry, record: ObjectRecord) -> None:
        """The object and the end of its mark, in one transaction."""
        begin(self.inventory.db)
        reading_marks.clear(self.inventory.db, entry.root, entry.uri)
        self.inventory.record(self.scan_id, entry.root, record)

    def unmark(self, entries: list[Entry]) -> None:
        """Objects abandoned unread (the scan was stopped): read again next time."""
        with transaction(self.inventory.db):
            for entry in entries:
                reading_marks.clear(self.inventory.db, entry.root, entry.uri)

    def evidence(self, entry: Entry) -> str | None:
        """SUSPECT when a scan that died was reading this object (it is read again
        alone, in a worker process of its own); CRASHED when it died again while
        reading it so; None otherwise (a changed object is read as any other)."""
        left = self._leftovers.pop((entry.root, entry.uri), None)
        if left is None or any(left[k] != v for k, v in _identity(entry).items()):
            return None
        return CRASHED if left["isolated"] else SUSPECT

    def forget_leftovers(self) -> None:
        """After a complete scan: marks of objects no longer there."""
        whole = {scope.root for scope in self.scopes if scope.uri is None}
        gone = [key for key in self._leftovers if key[0] in whole]
        if gone:
            with transaction(self.inventory.db):
                for root, uri in gone:
                    reading_marks.clear(self.inventory.db, root, uri)
