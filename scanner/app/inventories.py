"""Opening the inventory the way each command needs it.

Only the commands that make an inventory (scan, nightly, watch, ledger import)
create a missing one; a command that reads one refuses a path that does not
exist, so a mistyped --db is an error, not an empty inventory saying "no scan
yet". Commands that write hashes use the inventory's own key (inventory.keys).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from inventory import Inventory, open_inventory
from inventory.keys import HOME_ENV, KEY_ENV, KeyMismatch, key_for
from inventory.notes import Note
from scanner.app.errors import AppError, problem


def _opened(path: Path) -> Database:
    try:
        return open_inventory(path)
    except sqlite3.DatabaseError as error:  # a ledger or a report given as --db
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
    """An inventory to write findings into, with the key that made its hashes."""
    db = new_or_existing_inventory(db_path)
    return Inventory(db, inventory_key(db, db_path))
