"""Folders a complete scan found unchanged, so that the next costs them one comparison.

A listing is a keyed digest of one folder's files as the walk stats them (names,
sizes, times, inode, owner, mode: scanner.folders), stored when a complete scan of
the whole root found every file of the folder unchanged (each one reused, nothing
read). The next scan of the root that stats the same listing has nothing to do in
that folder: every file's object is known, reusable, and nothing else is there. It
is no longer trusted when anything was written since to an object of the folder
(another scan recorded, deleted or kept one: a watch batch, a scan of one file), or
a watch renamed a path into or out of it: the folder is then walked file by file.

Rows name a folder by a keyed hash of its path as walked (`key`) and by its path as
stored (`folder`, names masked like the objects'); the digest is keyed: no raw name
is stored. The rows of a root hold for the scan recorded in `listing_roots`; a
complete scan of the root replaces them (those it did not confirm are dropped).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from inventory.scans import written_since
from inventory.scopes import within
from inventory.uris import top_path


@dataclass(frozen=True)
class Listing:
    folder: str  # as stored: names masked, '/' at its end ('' for the root itself)
    digest: bytes
    files: int  # top-level objects the walk yields in it


@dataclass
class RootListings:
    """One root's listings for one scan: those loaded (trusted), those the walk met
    unchanged, and those it confirmed anew."""

    root: str
    known: dict[str, Listing]  # key -> listing, as the last complete scan left them
    unchanged: dict[str, Listing] = field(default_factory=dict)
    confirmed: dict[str, Listing] = field(default_factory=dict)

    def unchanged_files(self) -> int:
        return sum(listing.files for listing in self.unchanged.values())

    def unchanged_folders(self) -> set[str]:
        return {listing.folder for listing in self.unchanged.values()}


def folder_of(uri: str) -> str:
    """The folder a stored object path is in, as a listing names it."""
    path = top_path(uri)
    return path[:path.rfind("/") + 1]


def load(db: Database, root: str) -> RootListings:
    """The listings of a root still to be trusted."""
    row = db.execute("select scan_id from listing_roots where root = ?", [root]).fetchone()
    if row is None:
        return RootListings(root, {})
    dirty = {folder_of(uri) for uri in written_since(db, root, row[0])}
    known = {key: Listing(folder, digest, files) for key, folder, digest, files in db.execute(
        "select key, folder, digest, files from listings where root = ?", [root]) if folder not in dirty}
    return RootListings(root, known)


def save(db: Database, listings: RootListings, scan_id: int) -> None:
    """After a complete scan of the whole root (inside its transaction): the folders
    it met unchanged or confirmed are the root's listings as of scan_id."""
    root = listings.root
    keep = listings.unchanged.keys() | listings.confirmed.keys()
    db.conn.executemany("delete from listings where root = ? and key = ?", [
        (root, key) for (key,) in db.execute("select key from listings where root = ?", [root]).fetchall()
        if key not in keep])
    db.conn.executemany(
        "insert or replace into listings (root, key, folder, digest, files) values (?, ?, ?, ?, ?)",
        [(root, key, listing.folder, listing.digest, listing.files) for key, listing in listings.confirmed.items()])
    db.execute("insert or replace into listing_roots (root, scan_id) values (?, ?)", [root, scan_id])


def forget_moved(db: Database, root: str, source: str, target: str) -> None:
    """A path renamed (a watch batch): listings of the folders it left and entered,
    and of any folder inside it, are no longer trusted."""
    touched = {folder_of(source), folder_of(target)}
    rows = db.execute("select key, folder from listings where root = ?", [root]).fetchall()
    gone = [(root, key) for key, folder in rows
            if folder in touched or within(folder.rstrip("/"), source) or within(folder.rstrip("/"), target)]
    db.conn.executemany("delete from listings where root = ? and key = ?", gone)
