"""Debounce and coalescing, replayed from event records."""

from scanner.watch_events import Batcher, WatchEvent, coalesce


def ev(kind, path, t, dest=None, is_directory=False):
    return WatchEvent(kind, path, t, dest, is_directory)


def test_a_burst_is_one_batch_after_a_quiet_time():
    batcher = Batcher(quiet=0.5, max_wait=3.0)
    for i in range(1000):
        batcher.add(ev("created", f"f{i}.txt", 10 + i * 0.001))
    assert batcher.take(now=11.2) == []  # still within the quiet time of the last event
    assert len(batcher.take(now=11.6)) == 1000
    assert batcher.take(now=20) == []


def test_a_steady_stream_is_cut_at_max_wait():
    batcher = Batcher(quiet=0.5, max_wait=3.0)
    taken = []
    for i in range(100):  # an event every 0.1 s for 10 s
        batcher.add(ev("modified", "big.csv", i * 0.1))
        taken.append(len(batcher.take(now=i * 0.1)))
    assert 2 <= sum(1 for n in taken if n) <= 4


def test_coalesce_net_effect():
    changes = coalesce([
        ev("created", "a.txt", 1), ev("modified", "a.txt", 2), ev("modified", "a.txt", 3),
        ev("created", "tmp.txt", 1), ev("deleted", "tmp.txt", 2),
        ev("moved", "old.csv", 3, dest="new.csv"),
        ev("deleted", "gone.xlsx", 4),
        ev("modified", "folder", 4, is_directory=True),
    ])
    assert changes.changed == {"a.txt", "new.csv"}
    assert changes.deleted == {"tmp.txt", "gone.xlsx"}
    assert changes.moves == [("old.csv", "new.csv")]
