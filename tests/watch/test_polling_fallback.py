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
