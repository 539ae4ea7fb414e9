"""`daicho show`: one finding by its ID, and with --reveal the matched value
re-read from the source, for deciding a verdict (nothing stored or logged)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlite_utils import Database

from inventory.keys import value_hmac
from inventory.queries import current_findings
from inventory.triage import finding_key
from reports.diff import identity
from scanner.app.errors import problem
from scanner.app.inventories import existing_inventory, inventory_key
from scanner.crawl import crawl
from scanner.objects import ObjectScanner
from scanner.sources import is_remote

REVEAL_CONTEXT = 40  # characters shown on each side of a revealed value


def find_finding(db: Database, key: str) -> dict | None:
    return next((f for f in current_findings(db) if finding_key(identity(f)) == key), None)


@dataclass(frozen=True)
class Revealed:
    text: str  # the raw value: for the terminal only
    context: str


def show_finding(db_path: str, key: str) -> dict:
    finding = find_finding(existing_inventory(db_path), key)
    if finding is None:
        raise problem("show.not_found", key=key)
    return finding


def reveal(db_path: str, finding: dict, detector) -> Revealed:
    """Re-read the finding's object and find the value with the same keyed hash
    (files only: a mailbox or share is not re-read yet)."""
    if is_remote(finding["root"]):
        raise problem("show.remote")
    top = finding["path"].split("!")[0]
    wanted = os.path.basename(top) + finding["path"][len(top):]  # as crawl() names it from the file
    scanner = ObjectScanner(detector, keep_context=REVEAL_CONTEXT)
    hmac_key = inventory_key(existing_inventory(db_path), db_path)
    for entry in crawl(os.path.join(finding["root"], top)):
        for obj in scanner.scan_entry(entry).walk():
            for found in obj.findings:
                if obj.uri == wanted and found.entity_type == finding["entity_type"] \
                        and value_hmac(hmac_key, found.value) == finding["value_hmac"]:
                    return Revealed(found.text or "", found.context or "")
    raise problem("show.gone")
