"""Write transactions on the inventory, on sqlite-utils' own helpers.

sqlite-utils 4 commits each write made outside a transaction, so one object's rows
would land in several commits and a kill -9 between them would leave half an
object: every multi-statement write runs inside `transaction()`.

The outermost transaction is opened `BEGIN IMMEDIATE` rather than by `db.atomic()`
(a deferred `BEGIN`): a transaction that reads and then writes, in WAL mode, fails
at once with SQLITE_BUSY_SNAPSHOT when another writer (a watch batch) committed in
between; taking the write lock up front makes it wait (busy_timeout) instead.
Nested blocks are `db.atomic()` savepoints.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlite_utils import Database


def begin(db: Database) -> None:
    """Open a write transaction unless one is open."""
    if not db.conn.in_transaction:
        db.execute("BEGIN IMMEDIATE")


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One atomic write: committed at the end, rolled back on any error; inside an
    open transaction, a savepoint of it."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    begin(db)
    try:
        yield
    except BaseException:
        db.rollback()
        raise
    db.commit()
