"""Progress on a terminal: objects done / total with a rate and the time left for
the whole run, whichever worker read them; the total comes from a count of the
local roots made beside the scan (a walk is cheap) and grows with the walk where
there is none (mailboxes, shares). Not on a terminal (cron): nothing per object
but the log; the scan's summary line says how long it took."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections import Counter
from collections.abc import Iterator

from reports.catalogue import t
from reports.terminal import terminal_safe
from scanner.cli.translated import current_lang
from scanner.crawl import CrawlOptions, Entry, crawl
from scanner.pipeline import UNCHANGED, Progress
from scanner.sources import is_remote

log = logging.getLogger("daicho.scan")
COUNT_STEP = 1000  # the total shown grows by this while the count runs


def _log_only(entry: Entry, outcome: str) -> None:
    if outcome == UNCHANGED:  # a folder whose files are all unchanged: their number
        log.info("%s %s files %s", outcome, entry.size, entry.uri)
    elif outcome != "found":
        log.info("%s %s %s", outcome, entry.status, entry.uri)


class _Terminal:
    def __init__(self, bar, task, lang: str) -> None:
        self.bar, self.task, self.lang = bar, task, lang
        self.counts: Counter[str] = Counter()
        self.counted = 0  # by the count beside the scan
        self.stopped = threading.Event()

    def _total(self) -> None:
        self.bar.update(self.task, total=max(self.counts["found"], self.counted) or None)

    def count(self, roots: list[str], options: CrawlOptions) -> None:
        """The local roots' entries, counted as the scan's crawl meets them (another thread)."""
        for root in roots:
            for _ in crawl(root, options):
                if self.stopped.is_set():
                    return
                self.counted += 1
                if self.counted % COUNT_STEP == 0:
                    self._total()
        self._total()

    def __call__(self, entry: Entry, outcome: str) -> None:
        _log_only(entry, outcome)
        files = 1
        if outcome == UNCHANGED:  # found and reused, all of a folder's files at once (their number)
            files, outcome = entry.size, "reused"
            self.counts["found"] += files
        self.counts[outcome] += files
        if outcome == "found":
            return self._total()
        done = sum(n for name, n in self.counts.items() if name != "found")
        line = t("progress.line", self.lang, done=done, total=max(self.counts["found"], self.counted),
                 read=self.counts["extracted"], reused=self.counts["reused"], path=_shown(entry.uri[-60:]))
        self.bar.update(self.task, completed=done, description=line)


def _shown(path: str) -> str:
    """A path on the progress line: control characters escaped, rich's markup too."""
    from rich.markup import escape

    return escape(terminal_safe(path))


def _columns(lang: str) -> list:
    from rich.progress import BarColumn, ProgressColumn, SpinnerColumn, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(t("progress.rate", lang, rate=f"{task.speed or 0:.1f}"))

    return [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), Rate(), TimeRemainingColumn()]


@contextlib.contextmanager
def progress_reporter(roots: list[str] = (), options: CrawlOptions = CrawlOptions()) -> Iterator[Progress]:
    if not sys.stderr.isatty():
        yield _log_only
        return
    from rich.progress import Progress as RichProgress

    lang = current_lang()
    with RichProgress(*_columns(lang), transient=True) as bar:
        terminal = _Terminal(bar, bar.add_task(t("progress.counting", lang), total=None), lang)
        local = [root for root in roots if not is_remote(root)]
        threading.Thread(target=terminal.count, args=(local, options), daemon=True).start()
        try:
            yield terminal
        finally:
            terminal.stopped.set()
