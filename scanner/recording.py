"""The scan's writes, in one place: what the parent asks of the inventory while
workers read (reuse an unchanged object, keep one under a container that could
not be read, mark one handed to a worker, record one that came back) and the
evidence a scan that died left behind. Paths are written as stored: names with
personal data masked (inventory.names), as the worker that read them showed them
or, for an object no worker read, as the names already known show them."""

from __future__ import annotations

from inventory import Inventory, ObjectRecord
from inventory import reading_marks
from inventory.names import PathNames
from inventory.scopes import Scope
from inventory.transactions import transaction
from scanner.crawl import Entry
from scanner.names import show_known

CRASHED, SUSPECT = "crashed", "suspect"


class Recorder:
    def __init__(self, inventory: Inventory, scan_id: int, scopes: list[Scope],
                 names: PathNames | None = None) -> None:
        self.inventory, self.scan_id, self.scopes = inventory, scan_id, scopes
        self.names = names or PathNames(inventory.key, inventory.names())
        roots = sorted({scope.root for scope in scopes})
        self._leftovers = {(m["root"], m["uri"]): m for m in reading_marks.leftovers(inventory.db, roots)}
        self._marked: dict[tuple[str, str], str] = {}  # (root, uri) -> mark key, of objects marked

    def _identity(self, entry: Entry) -> dict:
        """A mark names the object by a keyed hash of its path (inventory.reading_marks)."""
        return {"root": entry.root, "uri": self._mark_key(entry),
                "size": entry.size, "mtime": entry.mtime, "change_token": entry.change_token}

    def _mark_key(self, entry: Entry) -> str:
        """Hashed once per object marked (kept until its mark is cleared)."""
        mark_key = self._marked.get((entry.root, entry.uri))
        return mark_key if mark_key is not None else reading_marks.mark_key(self.inventory.key, entry.uri)

    def reuse(self, previous: dict) -> None:
        self.inventory.reuse(self.scan_id, previous)

    def keep(self, previous: dict) -> None:
        """Known below a container that could not be read: kept, not verified."""
        self.inventory.keep(self.scan_id, previous)

    def mark(self, entries: list[tuple[Entry, bool]]) -> None:
        """(entry, isolated) of objects about to be handed over: committed in one
        transaction (with the objects recorded since) before any is."""
        marks = [(self._identity(entry), isolated) for entry, isolated in entries]
        self.inventory.flush()  # (the commit of the marks commits the objects recorded since)
        reading_marks.mark(self.inventory.db, self.scan_id, marks)
        for (entry, _), (mark, _) in zip(entries, marks):
            self._marked[(entry.root, entry.uri)] = mark["uri"]

    def record(self, entry: Entry, record: ObjectRecord) -> None:
        """The object and the end of its mark, in one transaction."""
        show_known(self.names, record)
        self.names.learn(record.uri, record.stored_uri)
        self.inventory.clear_mark(entry.root, self._mark_key(entry))
        self._marked.pop((entry.root, entry.uri), None)
        self.inventory.record(self.scan_id, entry.root, record)

    def settle(self) -> None:
        """What the open batch of records holds, committed if it is due."""
        self.inventory.settle()

    def _clear(self, entry: Entry) -> None:
        reading_marks.clear(self.inventory.db, entry.root, self._mark_key(entry))
        self._marked.pop((entry.root, entry.uri), None)

    def unmark(self, entries: list[Entry]) -> None:
        """Objects abandoned unread (the scan was stopped): read again next time."""
        with transaction(self.inventory.db):
            for entry in entries:
                self._clear(entry)

    def evidence(self, entry: Entry) -> str | None:
        """SUSPECT when a scan that died was reading this object (it is read again
        alone, in a worker process of its own); CRASHED when it died again while
        reading it so; None otherwise (a changed object is read as any other)."""
        if not self._leftovers:  # the last scan ended well: no path is hashed for this
            return None
        identity = self._identity(entry)
        left = self._leftovers.pop((entry.root, identity["uri"]), None)
        if left is None or any(left[k] != v for k, v in identity.items()):
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
