"""Opening the inventory the way each command needs it.

Only the commands that make an inventory (scan, nightly, watch, ledger import)
create a missing one; a command that reads one refuses a path that does not
exist, so a mistyped --db is an error, not an empty inventory saying "no scan
yet"; a file of another kind (a ledger given as --db) is named as such, a damaged
database is an InventoryError (exit 65). Commands that write hashes use the inventory's own key (inventory.keys).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from inventory import Inventory, open_inventory
from inventory.errors import InventoryError
from inventory.keys import HOME_ENV, KEY_ENV, KeyMismatch, key_for, load_or_create_key
from inventory.notes import Note
from scanner.app.errors import AppError, problem


def _another_kind(path: Path) -> bool:
    """A file of a kind daicho reads (a ledger, a report, a CSV), not a damaged
    database: the --db path is wrong."""
    from scanner.extract.dispatch import EXTRACTORS
    from scanner.extract.sniff import SAMPLE, sniff

    try:
        with open(path, "rb") as file:
            head = file.read(SAMPLE)
    except OSError:
        return False
    return sniff(head, path.suffix.lower(), set(EXTRACTORS)).kind is not None


def _opened(path: Path) -> Database:
    try:
        return open_inventory(path)
    except InventoryError as error:  # damaged (exit 65), or a ledger or a report given as --db
        if error.kind == "corrupt" and _another_kind(path):
            raise problem("inventory.not_inventory", path=str(path)) from error
        raise
    except sqlite3.DatabaseError as error:
        raise problem("inventory.not_inventory", path=str(path)) from error


def existing_inventory(db_path: str | Path) -> Database:
    """An inventory that must already exist."""
    path = Path(db_path)
    if not path.is_file():
        raise AppError(Note.of("inventory.missing", path=str(path)), [Note.of("inventory.missing_hint")])
    return _opened(path)


def new_or_existing_inventory(db_path: str | Path) -> Database:
    """For the commands that make an inventory: created (0600) when missing."""
    return _opened(Path(db_path))


def _mismatch(db_path: str | Path, error: KeyMismatch) -> AppError:
    key = Note.of("key.mismatch_current", current=error.current, path=str(error.key_path)) if error.current \
        else Note.of("key.missing_file", path=str(error.key_path))
    return AppError(Note.of("key.mismatch", db=str(db_path), recorded=error.recorded),
                    [key, Note.of("key.what_to_do", home=HOME_ENV, key_env=KEY_ENV)])


def inventory_key(db: Database, db_path: str | Path) -> bytes:
    try:
        return key_for(db)
    except KeyMismatch as error:
        raise _mismatch(db_path, error) from error


def keyed_inventory(db_path: str | Path) -> Inventory:
    """An inventory to write findings into, with the key that made its hashes. For a
    new one the key is loaded (or created) first: a key problem leaves no database."""
    if not Path(db_path).exists():
        load_or_create_key()
    db = new_or_existing_inventory(db_path)
    return Inventory(db, inventory_key(db, db_path))
