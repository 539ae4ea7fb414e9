"""What a scan covers, and which scans looked at which object.

An unchanged object costs a scan no write, so the scans that saw an object are
not stored per object: they are the complete scans whose scope (a root, or a path
under a root) holds it. A finding is present in scan N when it had begun by N and
a scan that looked at its object at N or later, before the finding ended, found
it still there; `Coverage` answers that from the scans table alone. This is the
answer the inventory gave when every scan extended every finding it saw.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database


def within(uri: str, container: str) -> bool:
    """Is uri the container or inside it (after `/` or `!`)? `.` is a whole root."""
    return container == "." or uri == container or uri.startswith((container + "/", container + "!"))


@dataclass(frozen=True)
class Scope:
    """What one scan covers: a directory root, or a single path under a root."""

    root: str
    uri: str | None = None  # set when a file or folder was named

    def holds(self, root: str, uri: str) -> bool:
        return root == self.root and (self.uri is None or within(uri, self.uri))


def roots_key(scopes: Iterable[Scope]) -> str:
    """How a scan's scopes are stored (scans.roots): a resumed scan has the same."""
    return json.dumps(sorted([s.root, s.uri] for s in scopes), ensure_ascii=False)


def scopes_of(roots: str) -> list[Scope]:
    return [Scope(root, uri) for root, uri in json.loads(roots)]


def scope_where(scopes: Iterable[Scope], alias: str = "") -> tuple[str, list]:
    """SQL that holds the objects of any of the scopes (an empty list holds none)."""
    prefix = f"{alias}." if alias else ""
    clauses, params = [], []
    for scope in scopes:
        if scope.uri in (None, "."):
            clauses.append(f"{prefix}root = ?")
            params.append(scope.root)
        else:
            clauses.append(f"({prefix}root = ? and ({prefix}uri = ? or substr({prefix}uri, 1, ?) in (?, ?)))")
            params += [scope.root, scope.uri, len(scope.uri) + 1, scope.uri + "/", scope.uri + "!"]
    return "(" + (" or ".join(clauses) or "0") + ")", params


class Coverage:
    """The complete scans, by root: answers which of them looked at an object."""

    def __init__(self, scans: Iterable[tuple[int, list[Scope]]]) -> None:
        self._whole: dict[str, list[int]] = {}  # root -> ids of scans of all of it, ascending
        self._named: list[tuple[int, Scope]] = []  # scans of paths under a root, ascending
        self._roots_of: dict[int, set[str]] = {}  # scan id -> the roots it looked at entirely
        for scan_id, scopes in sorted(scans, key=lambda s: s[0]):
            for scope in scopes:
                if scope.uri is None:
                    self._whole.setdefault(scope.root, []).append(scan_id)
                    self._roots_of.setdefault(scan_id, set()).add(scope.root)
                else:
                    self._named.append((scan_id, scope))
        self._named_ids = [scan_id for scan_id, _ in self._named]

    @classmethod
    def of(cls, db: Database) -> "Coverage":
        return cls((row[0], scopes_of(row[1])) for row in db.execute(
            "select id, roots from scans where status = 'complete'"))

    def whole_roots(self, scan_id: int) -> set[str]:
        """The roots a complete scan looked at entirely."""
        return self._roots_of.get(scan_id, set())

    def first_look(self, root: str, uri: str, since: int) -> int | None:
        """The first scan from `since` on that looked at the object."""
        whole = self._whole.get(root, [])
        i = bisect.bisect_left(whole, since)
        first = whole[i] if i < len(whole) else None
        j = bisect.bisect_left(self._named_ids, since)
        for scan_id, scope in self._named[j:]:
            if first is not None and scan_id >= first:
                break
            if scope.holds(root, uri):
                return scan_id
        return first

    def last_look(self, root: str, uri: str, before: int | None) -> int | None:
        """The last scan before `before` (None: ever) that looked at the object."""
        whole = self._whole.get(root, [])
        i = len(whole) if before is None else bisect.bisect_left(whole, before)
        last = whole[i - 1] if i else None
        j = len(self._named_ids) if before is None else bisect.bisect_left(self._named_ids, before)
        for scan_id, scope in reversed(self._named[:j]):
            if last is not None and scan_id <= last:
                break
            if scope.holds(root, uri):
                return scan_id
        return last

    def present(self, root: str, uri: str, scan_id: int, ended: int | None) -> bool:
        """A finding begun by scan_id and not ended by it: was it still found at or
        after scan_id? (Only a later look, before it ended, says so.)"""
        look = self.first_look(root, uri, scan_id)
        return look is not None and (ended is None or look < ended)
