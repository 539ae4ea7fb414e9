"""Write transactions on the inventory."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlite_utils import Database


def begin(db: Database) -> None:
    """Open a write transaction unless one is open. sqlite-utils (4.x) commits a
    write at once when no transaction is open, so one object's rows would land in
    several commits and a kill -9 between them would leave half an object."""
    if not db.conn.in_transaction:
        db.conn.execute("BEGIN IMMEDIATE")


@contextlib.contextmanager
def transaction(db: Database) -> Iterator[None]:
    """One atomic write: committed at the end, rolled back on any error. Inside an
    open transaction it joins that one."""
    if db.conn.in_transaction:
        yield
        return
    begin(db)
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()
