"""`daicho show`: one finding by its ID, and with --reveal the matched value
re-read from the source, for deciding a verdict (nothing stored or logged)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from sqlite_utils import Database

from inventory.keys import value_hmac
from inventory.names import PathNames, load_names
from inventory.queries import current_findings
from inventory.triage import finding_key
from inventory.uris import top_path, unescape
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


def _file_shown_as(root: str, shown: str, names: PathNames) -> tuple[str, str] | None:
    """(real path, path relative to root) of the file stored as `shown`: its names
    may be masked (inventory.names), so the folder below the last plainly named one
    is walked and each path shown as it is stored, hashing its names."""
    if os.path.isfile(os.path.join(root, unescape(shown))):  # nothing masked in it
        return os.path.join(root, unescape(shown)), shown
    masked = set(names.known.values())
    folders = shown.split("/")[:-1]
    plain = folders[:next((i for i, name in enumerate(folders) if name in masked), len(folders))]
    start = os.path.join(root, *(unescape(name) for name in plain))
    for entry in crawl(start) if os.path.isdir(start) else ():
        relative = "/".join([*plain, entry.uri])
        if names.display(relative) == shown:
            return entry.path, relative
    return None


def reveal(db_path: str, finding: dict, detector) -> Revealed:
    """Re-read the finding's object and find the value with the same keyed hash
    (files only: a mailbox or share is not re-read yet)."""
    if is_remote(finding["root"]):
        raise problem("show.remote")
    db = existing_inventory(db_path)
    hmac_key = inventory_key(db, db_path)
    names = PathNames(hmac_key, load_names(db))
    found_file = _file_shown_as(finding["root"], top_path(finding["path"]), names)
    if found_file is None:
        raise problem("show.gone")
    path, relative = found_file
    folder = relative.rpartition("/")[0] + "/" if "/" in relative else ""  # crawl() names a file by its name
    scanner = ObjectScanner(detector, keep_context=REVEAL_CONTEXT)
    for entry in crawl(path):
        for obj in scanner.scan_entry(entry).walk():
            for found in obj.findings:
                if names.display(folder + obj.uri) == finding["path"] and found.entity_type == finding["entity_type"] \
                        and value_hmac(hmac_key, found.value) == finding["value_hmac"]:
                    return Revealed(found.text or "", found.context or "")
    raise problem("show.gone")
