"""What a worker process and its parent share besides the pipe.

Tasks go over in one message per dispatch (several pickles end to end) and
answers come back in batches: up to BATCH small tasks' answers in one message,
sent at once after a big object, when the oldest answer held has waited
FLUSH_SECONDS, and whenever the worker has nothing more to read. One message per
object cost the parent (the scheduler and the inventory's single writer, which
shares the cores with the workers) a wait, a poll and a receive each.

Which task the worker is reading, and since when, is a cell of shared memory
(`Cell`), not a message: a worker that dies is blamed for the object it was on
only (the answers it held and the tasks behind it are read again by another),
and an object's time budget runs from when the worker began it.
"""

from __future__ import annotations

import io
import pickle
import time
from multiprocessing.connection import Connection

BATCH = 10  # small tasks' answers in one message
FLUSH_SECONDS = 0.5  # the longest an answer is held for a batch
BIG_ROWS = 500  # objects and findings in an answer that is sent at once
MODEL_LOAD_SECONDS = 600.0  # added to a task's time budget when its worker loads the model
IDLE = -1.0  # the cell's task number while the worker reads none


class Cell:
    """The task a worker reads: its number (as the parent numbered it), when it
    began, and seconds added to its budget (the model loaded meanwhile). Written by
    the worker only; the number last, so that the parent never pairs a new number
    with an old start (it reads the number twice)."""

    def __init__(self, context) -> None:
        self.values = context.RawArray("d", 3)
        self.values[0] = IDLE

    def begin(self, number: int) -> None:
        self.values[1], self.values[2] = time.monotonic(), 0.0
        self.values[0] = number

    def extend(self, seconds: float) -> None:
        self.values[2] += seconds

    def idle(self) -> None:
        self.values[0] = IDLE

    def reading(self) -> tuple[int, float] | None:
        """(number, start plus the seconds added), or None while the worker reads no task."""
        while True:
            number = self.values[0]
            began = self.values[1] + self.values[2]
            if number == self.values[0]:
                return None if number == IDLE else (int(number), began)


def pack(messages: list[bytes]) -> bytes:
    """Pickles end to end: one send for every task a dispatch gives a worker."""
    return b"".join(messages)


def unpack(data: bytes) -> list:
    stream, items = io.BytesIO(data), []
    while stream.tell() < len(data):
        items.append(pickle.load(stream))
    return items


def weight(record) -> int:
    """Objects and finding rows of an answer: what its pickle grows with."""
    return sum(1 + (len(obj.prepared.rows) if obj.prepared is not None else len(obj.findings))
               for obj in record.walk())


class Answers:
    """A worker's answers held for one message."""

    def __init__(self, conn: Connection, batch: int = BATCH) -> None:
        self.conn, self.batch = conn, batch
        self.held: list = []
        self.since = 0.0

    def add(self, answer, big: bool) -> None:
        if not self.held:
            self.since = time.monotonic()
        self.held.append(answer)
        if big or len(self.held) >= self.batch or time.monotonic() - self.since >= FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        if self.held:
            self.conn.send(self.held)
            self.held = []
