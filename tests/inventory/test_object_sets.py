"""Sets of objects named by places: folders, files with what is inside them, URLs
of shares and mailboxes, relative paths, places above a root, earlier scans."""

from __future__ import annotations

from inventory.object_sets import SET_TABLE, select_objects
from inventory.records import ObjectRecord
from inventory.store import Scope

LOCAL, SHARE = "/srv/files", "smb://fs01/総務"


def record(inventory, root, uris):
    scan_id, _ = inventory.begin_scan([Scope(root)], "test")
    with inventory.batch():
        for uri in uris:
            top = ObjectRecord(uri=uri, kind="file", size=1, mtime=1.0)
            if uri.endswith(".zip"):
                top.children = [ObjectRecord(uri=f"{uri}!名簿.csv", kind="member", size=1)]
            inventory.record(scan_id, root, top)
    inventory.finish_scan(scan_id, [Scope(root)])
    return scan_id


def chosen(inventory):
    return sorted(row[0] for row in inventory.db.execute(
        f"select o.root || ' ' || o.uri from objects o join {SET_TABLE} s on s.id = o.id"))


def test_places_of_every_kind(inventory):
    record(inventory, LOCAL, ["人事/名簿.xlsx", "人事/採用/履歴書.pdf", "人事2/a.txt", "古い.zip"])
    record(inventory, SHARE, ["給与/2026.xlsx", "給与明細.pdf"])
    assert select_objects(inventory.db.conn, [f"{LOCAL}/人事"]).objects == 2
    assert chosen(inventory) == [f"{LOCAL} 人事/名簿.xlsx", f"{LOCAL} 人事/採用/履歴書.pdf"]  # not 人事2
    select_objects(inventory.db.conn, [f"{LOCAL}/古い.zip"])
    assert chosen(inventory) == [f"{LOCAL} 古い.zip", f"{LOCAL} 古い.zip!名簿.csv"]
    selection = select_objects(inventory.db.conn, [f"{SHARE}/給与", "人事/名簿.xlsx", "/nowhere/x.txt"])
    assert (selection.places, selection.unmatched, selection.objects) == (3, 1, 2)
    assert chosen(inventory) == [f"{LOCAL} 人事/名簿.xlsx", f"{SHARE} 給与/2026.xlsx"]
    assert select_objects(inventory.db.conn, ["smb://fs01"]).objects == 2  # above a root: all of it
    assert select_objects(inventory.db.conn, ["/srv"]).objects == 5


def test_as_of_an_earlier_scan(inventory):
    first = record(inventory, LOCAL, ["a.txt", "b.txt"])
    record(inventory, LOCAL, ["b.txt", "c.txt"])
    assert select_objects(inventory.db.conn, [LOCAL], first).objects == 2
    assert chosen(inventory) == [f"{LOCAL} a.txt", f"{LOCAL} b.txt"]
    select_objects(inventory.db.conn, [LOCAL])
    assert chosen(inventory) == [f"{LOCAL} b.txt", f"{LOCAL} c.txt"]
