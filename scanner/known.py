"""What the last scans knew of the files a walk meets, asked for only where needed.

A rescan whose folders are unchanged (scanner.folders) meets few files one by one:
each is looked up alone. When many are (a first scan, new rules, a folder moved),
what the inventory knows of the whole root is read in one query instead, as a
full walk always did (one row costs about 1.5 µs that way, 15 alone)."""

from __future__ import annotations

import sqlite3

from inventory import Inventory

ALONE = 1000  # files looked up one by one before the whole root is read


class KnownFiles:
    """A mapping of stored path -> what the last scans knew (inventory.top_level_state rows)."""

    def __init__(self, inventory: Inventory, root: str, alone: int = ALONE) -> None:
        self.inventory, self.root, self.left = inventory, root, alone
        self._all: dict[str, sqlite3.Row] | None = None

    def get(self, uri: str, default: None = None) -> sqlite3.Row | None:
        if self._all is None:
            if self.left > 0:
                self.left -= 1
                return self.inventory.known(self.root, uri)
            self._all = self.inventory.top_level_state(self.root)
        return self._all.get(uri)
