"""The scan: walk each source, reuse what did not change, read, extract and detect the rest,
record each object atomically, and mark what disappeared."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from detectors.version import RULES_VERSION
from inventory import Inventory, reading_marks
from inventory.listings import Listing
from inventory.names import PathNames
from inventory.scopes import Scope
from scanner.crawl import CrawlOptions, Entry, entries_for, uri_of
from scanner.folders import READ, REUSED, FolderCheck, context
from scanner.known import KnownFiles
from scanner.limits import Limits
from scanner.objects import entry_record
from scanner.recording import CRASHED, SUSPECT, Recorder
from scanner.sources import RemoteOptions, Source, SourceFailure, open_source
from scanner.sources.base import NeedsRead
from scanner.sources.local import LocalSource
from scanner.workers.flow import MARK_GROUP, Flow
from scanner.workers.naming import stored_scopes
from scanner.workers.pool import WorkerPool
from scanner.workers.runners import Runner
from scanner.workers.tasks import PARENT_DIED, Lost, Task, lost_record

# (entry, "found"), when the walk meets it; then (entry, "extracted"/"reused"/"resumed"/"recorded")
# with the entry's uri as stored (names masked); (entry, UNCHANGED) for a folder whose files are all
# unchanged (scanner.folders): its uri is the folder's as stored, its size the number of files
Progress = Callable[[Entry, str], None]
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ScanOptions:
    crawl: CrawlOptions = field(default_factory=CrawlOptions)
    remote: RemoteOptions = field(default_factory=RemoteOptions)


class ScanInterrupted(Exception):
    """Ctrl-C or SIGTERM: what finished is committed; the next run resumes."""

    def __init__(self, scan_id: int) -> None:
        super().__init__(f"scan {scan_id} interrupted")
        self.scan_id = scan_id


@dataclass(frozen=True)
class ScanResult:
    scan_id: int
    resumed: bool
    stats: dict
    failures: tuple[SourceFailure, ...] = ()  # roots or folders that could not be reached
    seconds: float = 0.0  # wall time of this run


class Step(NamedTuple):
    """One entry of a walk: what the inventory knew of it, the source that reads it,
    what earlier scans found under it that stays (an unreadable container), and the
    check of its root's folders to tell whether it was reused. A tuple: one per file
    walked, built fast."""

    entry: Entry
    previous: dict | None
    source: Source
    kept: tuple[dict, ...] = ()
    folders: FolderCheck | None = None


def is_unchanged(previous: dict | None, entry: Entry) -> bool:
    return (
        previous is not None
        and previous["deleted_scan"] is None
        and previous["extracted_scan"] is not None
        and previous["size"] == entry.size
        and previous["mtime"] == entry.mtime
        and (entry.change_token is None or previous["change_token"] == entry.change_token)
        and previous["rules_version"] == RULES_VERSION
        and entry.status == "ok"
    )


def _is_resumed(previous: dict | None, scan_id: int) -> bool:
    """Finished by this scan before an interruption."""
    return bool(previous) and previous["recorded_scan"] == scan_id and previous["deleted_scan"] is None


def _task(step: Step, limits: Limits, names: PathNames) -> Task:
    """A local file is read by the worker; a remote object by its source, here,
    which holds the connection (and says who may read it, before the read). The
    names of its path known here go with it (scanner.names)."""
    hints = names.hints(step.entry.uri)
    if isinstance(step.source, LocalSource):
        return Task(step.entry, names=hints)
    described = step.source.describe(step.entry)
    try:
        return Task(described, data=step.source.read(described, limits.max_size + 1), names=hints)
    except OSError as error:
        return Task(described, read_error=error.strerror or str(error), names=hints)


def _unread(flow: Flow, recorder: Recorder, step: Step, lost: Lost | None = None) -> None:
    """An object recorded without reading it takes its names as stored or met in
    this scan (no detection: an unchanged rescan never loads the model); one whose
    path holds a name never read goes to a worker for its names alone."""
    entry = step.entry
    if recorder.names.unknown(entry.uri):
        return flow.read(step, Task(entry, names=recorder.names.hints(entry.uri), names_only=True, lost=lost))
    flow.put(step, lost_record(entry, lost) if lost else entry_record(entry))


def _scan_entry(flow: Flow, recorder: Recorder, step: Step, limits: Limits) -> str | None:
    """Hand over, record or reuse one entry: REUSED as it stands, READ (handed over),
    or None (recorded unread, or resumed)."""
    entry, previous = step.entry, step.previous
    if _is_resumed(previous, recorder.scan_id):
        recorder.reuse(previous)  # seen by this scan: not deleted at its end
        flow.skip(step, "resumed", previous["uri"])
        return None
    evidence = recorder.evidence(entry)
    if evidence != CRASHED and is_unchanged(previous, entry):
        recorder.reuse(previous)
        flow.skip(step, "reused", previous["uri"])
        return REUSED
    if previous is not None:  # its names as stored: not read again
        recorder.names.learn(entry.uri, previous["uri"])
    if evidence == CRASHED:  # the scan that died was reading it: never again until it changes
        return _unread(flow, recorder, step, Lost("crashed", PARENT_DIED))
    if entry.status != "ok":
        return _unread(flow, recorder, step)
    if evidence == SUSPECT:
        flow.read_alone(step, _task(step, limits, recorder.names))
    else:
        flow.read(step, _task(step, limits, recorder.names))
    return READ


def _never() -> bool:
    return False


Walk = Callable[[int, PathNames], Iterator[Step]]  # the steps of a scan, given its id and the names known


def _scan(inventory: Inventory, runner: Runner, scopes: list[Scope], kind: str, walk: Walk,
          options: ScanOptions, progress: Progress | None, should_stop: Callable[[], bool],
          checks: list[FolderCheck] | tuple = ()) -> ScanResult:
    """The one skeleton of every scan: begin (or resume), hand what needs reading to
    the runner, record each entry in walk order inside batched transactions,
    finish; interrupted on any error, resumable. Paths are stored with personal
    names masked (scanner.names): scopes too, by the runner if a name is new."""
    started = time.monotonic()
    names = PathNames(inventory.key, inventory.names())
    scopes, scope_names = stored_scopes(runner, names, scopes)
    scan_id, resumed = inventory.begin_scan(scopes, RULES_VERSION, kind=kind, names=scope_names)
    recorder = Recorder(inventory, scan_id, scopes, names)
    flow = Flow(runner, recorder, progress, sandbox=lambda: WorkerPool(1, options.crawl.limits, inventory.key))
    try:
        with inventory.batch(max_objects=MARK_GROUP):  # a kill -9 loses about a group of records
            for step in walk(scan_id, names):
                if should_stop():
                    raise ScanInterrupted(scan_id)
                if progress:
                    progress(step.entry, "found")
                for previous in step.kept:  # a failed read is not a deletion
                    recorder.keep(previous)
                what = _scan_entry(flow, recorder, step, options.crawl.limits)
                if step.folders is not None and step.entry.keep_known_under is None:
                    step.folders.outcome(step.entry.uri, what, step.previous["uri"] if what == REUSED else "")
            flow.drain()
            flow.close()
        for folders in checks:  # everything read is recorded: what the next scan will find unchanged
            folders.confirm(names, inventory.reusable_records(folders.listings.root, scan_id))
    except BaseException as error:
        flow.abandon()
        inventory.finish_scan(scan_id, scopes, status="interrupted")
        if isinstance(error, KeyboardInterrupt) and kind == "full":  # a watch lets Ctrl-C reach its loop
            raise ScanInterrupted(scan_id) from error
        raise
    recorder.forget_leftovers()
    stats = inventory.finish_scan(scan_id, scopes)
    return ScanResult(scan_id, resumed, stats, seconds=time.monotonic() - started)


def _named(inventory: Inventory, root: str, changed: list[str], options: ScanOptions) -> Walk:
    source = LocalSource(root, options.crawl)

    def steps(scan_id: int, names: PathNames) -> Iterator[Step]:
        seen: set[str] = set()  # a folder and a file in it may both be named
        for entry in entries_for(root, changed, options.crawl):
            if entry.uri not in seen:
                seen.add(entry.uri)
                kept = _kept(inventory, root, entry, names)
                previous = inventory.previous(root, names.display(entry.uri)) or inventory.previous(root, entry.uri)
                yield Step(entry, previous, source, kept)
    return steps


def _kept(inventory: Inventory, root: str, entry: Entry, names: PathNames) -> tuple[dict, ...]:
    container = entry.keep_known_under
    return () if container is None else inventory.known_under(root, names.display(container))


def _known(known: dict[str, dict], entry: Entry, names: PathNames) -> dict | None:
    """What the last scans knew of an entry: by its path, or (some names of paths
    being masked) by its path as stored."""
    previous = known.get(entry.uri)
    if previous is None and names.known:
        previous = known.get(names.display(entry.uri))
    return previous


def _needs_read(known: dict[str, dict], scan_id: int, names: PathNames) -> NeedsRead:
    """The verdict a source asks before fetching ahead (IMAP bodies in batches)."""
    def needs_read(entry: Entry) -> bool:
        previous = _known(known, entry, names)
        return entry.status == "ok" and not _is_resumed(previous, scan_id) and not is_unchanged(previous, entry)
    return needs_read


def _folder_check(inventory: Inventory, source: Source, options: ScanOptions,
                  progress: Progress | None) -> FolderCheck | None:
    """For a whole local tree: its folders compared with those the last complete scan
    left (scanner.folders); none after a scan died reading (its objects are
    checked one by one)."""
    root = source.scope.root
    if not isinstance(source, LocalSource) or source.scope.uri is not None or \
            reading_marks.leftovers(inventory.db, [root]):
        return None

    def report(listing: Listing) -> None:
        progress(Entry(root, listing.folder, root, size=listing.files), UNCHANGED)
    return FolderCheck(inventory.key, inventory.folder_listings(root), context(options.crawl),
                       report if progress else None)


def _walked(inventory: Inventory, sources: list[Source], options: ScanOptions, progress: Progress | None,
            checks: list[FolderCheck]) -> Walk:
    """Each source's entries with what the last scans knew of them (one query per
    root, or one per file met when its folders are compared: those checks are
    added to `checks`)."""
    def steps(scan_id: int, names: PathNames) -> Iterator[Step]:
        for source in sources:
            root, folders = source.scope.root, _folder_check(inventory, source, options, progress)
            if folders is None:
                known = inventory.top_level_state(root)
                entries = source.entries(known, _needs_read(known, scan_id, names))
            else:
                known = KnownFiles(inventory, root)
                entries = source.entries(known, _needs_read(known, scan_id, names), folders)
                checks.append(folders)
            for entry in entries:
                yield Step(entry, _known(known, entry, names), source, _kept(inventory, root, entry, names), folders)
    return steps


def run_targets(root: str, changed: list[str], inventory: Inventory, runner: Runner,
                options: ScanOptions = ScanOptions(), should_stop: Callable[[], bool] = _never) -> ScanResult:
    """A scan of named paths under root (a watch batch): changed paths are read
    again, paths that no longer exist end their findings."""
    root = os.path.abspath(root)
    scopes = [Scope(root, uri_of(path)) for path in sorted(set(changed))]
    return _scan(inventory, runner, scopes, "watch", _named(inventory, root, changed, options), options, None,
                 should_stop)


def run_scan(roots: list[str], inventory: Inventory, runner: Runner,
             options: ScanOptions = ScanOptions(), progress: Progress | None = None,
             should_stop: Callable[[], bool] = _never) -> ScanResult:
    """Scan roots (paths or imap://, imaps://, smb:// URLs) with a runner
    (scanner.workers.runners); should_stop is asked between objects (see
    scanner.stopping). A root that cannot be reached is recorded and told in the
    result's failures; the other roots go on."""
    sources = [open_source(root, options.crawl, options.remote) for root in roots]
    checks: list[FolderCheck] = []
    try:
        result = _scan(inventory, runner, [s.scope for s in sources], "full",
                       _walked(inventory, sources, options, progress, checks), options, progress, should_stop, checks)
    finally:
        for source in sources:
            source.close()
    return dataclasses.replace(result, failures=tuple(f for source in sources for f in source.failures))
