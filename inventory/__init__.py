"""The SQLite inventory: scans, objects, findings (masked + keyed hash only)."""

from inventory.db import open_inventory
from inventory.keys import load_or_create_key
from inventory.records import FindingRecord, ObjectRecord
from inventory.store import Inventory

__all__ = ["FindingRecord", "Inventory", "ObjectRecord", "load_or_create_key", "open_inventory"]
