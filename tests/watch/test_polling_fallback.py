"""When inotify cannot take more watches, the watch says so and polls instead."""

import errno
import logging
import queue
import time

from scanner import watch as watch_module


class _NoMoreWatches:
    def schedule(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "inotify watch limit reached")

    def start(self):  # pragma: no cover - schedule fails first
        pass


def test_inotify_limit_falls_back_to_polling_with_a_clear_message(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(watch_module, "Observer", _NoMoreWatches)
    events = queue.Queue()
    with caplog.at_level(logging.WARNING, logger="daicho.watch"):
        observer, mode = watch_module.start_observer(str(tmp_path), watch_module._Collector(str(tmp_path), events),
                                                     poll_interval=0.2)
    try:
        assert mode == "polling"
        assert "max_user_watches" in caplog.text
        (tmp_path / "a.txt").write_text("x")
        event = events.get(timeout=10)
        assert event.path == "a.txt" and event.kind in ("created", "modified")
    finally:
        observer.stop()
        observer.join(timeout=5)


def test_a_file_locked_by_a_writer_or_open_in_office_is_held_back(tmp_path):
    import fcntl
    import os

    document = tmp_path / "名簿.xlsx"
    document.write_bytes(b"x")
    os.utime(document, (time.time() - 60, time.time() - 60))
    assert not watch_module._being_written(document, settle=1.0)
    with open(document, "rb") as writer:
        fcntl.flock(writer, fcntl.LOCK_EX)
        assert watch_module._being_written(document, settle=1.0)
    (tmp_path / "~$名簿.xlsx").write_bytes(b"owner")  # Office keeps ~$name (long names lose 2 chars)
    assert watch_module._being_written(document, settle=1.0)
