"""Watch events as immutable records, debounced into batches and coalesced into
what to do: pure logic, replayable in tests without a file system."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class WatchEvent:
    kind: str  # created / modified / deleted / moved
    path: str  # relative to the watched root, '/'-separated
    time: float
    dest: str | None = None  # for moved
    is_directory: bool = False


class Batcher:
    """Collects events; a batch is ready after `quiet` seconds without events, or
    `max_wait` after its first event (so a steady stream still gets scanned)."""

    def __init__(self, quiet: float = 0.5, max_wait: float = 3.0) -> None:
        self.quiet, self.max_wait = quiet, max_wait
        self._events: list[WatchEvent] = []

    def add(self, event: WatchEvent) -> None:
        self._events.append(event)

    def take(self, now: float) -> list[WatchEvent]:
        if not self._events:
            return []
        first, last = self._events[0].time, self._events[-1].time
        if now - last >= self.quiet or now - first >= self.max_wait:
            batch, self._events = self._events, []
            return batch
        return []

    def __len__(self) -> int:
        return len(self._events)


@dataclass
class Changes:
    moves: list[tuple[str, str]] = field(default_factory=list)  # (source, target), in order
    changed: set[str] = field(default_factory=set)  # read again (files or folders)
    deleted: set[str] = field(default_factory=set)  # gone: their findings end


def coalesce(events: list[WatchEvent]) -> Changes:
    """The net effect of a batch, in event order: a burst of 1,000 writes to one
    file is one change; a file created and deleted in the batch is nothing."""
    changes = Changes()
    for event in events:
        if event.kind == "moved" and event.dest is not None:
            changes.moves.append((event.path, event.dest))
            changes.changed.discard(event.path)
            changes.deleted.discard(event.dest)
            changes.changed.add(event.dest)
        elif event.kind == "deleted":
            changes.changed.discard(event.path)
            changes.deleted.add(event.path)
        elif not (event.kind == "modified" and event.is_directory):
            changes.deleted.discard(event.path)
            changes.changed.add(event.path)
    return changes
