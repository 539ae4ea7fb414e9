"""Personal data in path names, found and masked where the detector lives (issue 13.7).

The process that read a task (a worker, a Dask task, or this process with
--workers 0) reads each name of the paths it produced (folder, file, archive
member, attachment) with the detector at a lower threshold than text: a name has
no context words, and a bare My Number or phone number scores 0.3 there (a name
in a file name scores higher). Names the scanning process already knows (masked
in the inventory, or as a stored path shows them) come with the task and are not
read again. The record goes back with its paths as they will be stored
(`display`) and the masked names it uses (`names`), so the writer stores them and
the next walk shows a known path the same without detecting (inventory.names).

A node no worker read the names of (an object recorded unread, or lost with its
worker) is shown by the scanning process with the names it knows; a name it does
not know (the worker reading it was lost) is concealed whole (`****[tag]`), never
stored raw, and not remembered: the next read of the object masks it as it is.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

from inventory.names import PathNames, concealed_name, is_name, masked_name, split_path, split_repeat
from inventory.records import ObjectRecord
from scanner.objects import DEFERRED

NAME_THRESHOLD = 0.3  # a bare identifier without context: masked in a name, not reported in text
MAX_REMEMBERED = 100_000  # names a worker keeps between tasks (a share's folders repeat)
Hints = tuple[tuple[str, str], ...]  # (name, as shown) known to the scanning process


def _read_nodes(record: ObjectRecord) -> Iterator[ObjectRecord]:
    """A part's record and what it read (the other placeholders are other parts')."""
    yield record
    for child in record.children:
        if child.status != DEFERRED:
            yield from _read_nodes(child)


class NameMasker:
    """Masks the names of paths, detecting those not met before (worker side)."""

    def __init__(self, detector, key: bytes) -> None:
        self.detector, self.key = detector, key  # with_threshold() gives the names' detector
        self.paths = PathNames(key, {})
        self._keys: dict[str, str] = {}  # masked name -> its keyed hash
        self._names_detector = None

    def mask(self, uri: str, used: dict[str, str] | None = None) -> str:
        """The path as it will be stored; used gets the masked names it holds."""
        head, tokens = split_path(uri)
        return head + "".join(self._token(t, used) if is_name(t) else t for t in tokens)

    def mask_record(self, record: ObjectRecord, hints: Hints = (), part: bool = False) -> ObjectRecord:
        """Every path of the tree masked (of a part: what it read); the tree carries
        the masked names it uses, to be stored with it. A whole task masks its
        placeholders too: a part lost with its worker keeps their names."""
        if len(self._keys) + len(hints) > MAX_REMEMBERED:
            self.paths.forget()
            self._keys.clear()
        for name, shown in hints:
            self.paths.remember(name, shown)
        used: dict[str, str] = {}
        for node in _read_nodes(record) if part else record.walk():
            shown = self.mask(node.uri, used)
            node.display = node.uri if shown == node.uri else shown
        record.names = {**record.names, **used}
        return record

    def _token(self, token: str, used: dict[str, str] | None) -> str:
        name, mark = split_repeat(token)
        shown = self._shown(name)
        if used is not None and shown != name:
            used[self._key(name)] = shown
        return shown + mark

    def _key(self, name: str) -> str:
        key = self._keys.get(name)
        if key is None:
            key = self._keys[name] = self.paths.key_of(name)
        return key

    def _shown(self, name: str) -> str:
        shown = self.paths.shown(name)
        if shown is None:
            detections = self._detector().detect(name)
            shown = masked_name(name, [(d.start, d.end, d.masked) for d in detections], self._key(name)) \
                if detections else name
            self.paths.remember(name, shown)
        return shown

    def _detector(self):
        if self._names_detector is None:
            self._names_detector = self.detector.with_threshold(NAME_THRESHOLD)
        return self._names_detector


_LOCAL = threading.local()  # one masker per thread (a Dask worker may run several)


def masker_for(detector, key: bytes) -> NameMasker:
    """The masker of this process (or thread): the names it met stay between tasks."""
    masker = getattr(_LOCAL, "masker", None)
    if masker is None or masker.detector is not detector or masker.key != key:
        masker = _LOCAL.masker = NameMasker(detector, key)
    return masker


def show_known(names: PathNames, record: ObjectRecord) -> ObjectRecord:
    """Nodes no worker read the names of, shown with the names known here; a name
    never read is concealed whole (scanning process side: nothing is detected)."""
    for node in record.walk():
        if node.display is None:
            node.display = _shown_known(names, node.uri, record.names)
    return record


def _shown_known(names: PathNames, uri: str, used: dict[str, str]) -> str:
    head, tokens = split_path(uri)
    out = []
    for token in tokens:
        if not is_name(token):
            out.append(token)
            continue
        name, mark = split_repeat(token)
        shown = names.shown(name)
        if shown is None:
            shown = concealed_name(name, names.key_of(name))
        elif shown != name:
            used[names.key_of(name)] = shown
        out.append(shown + mark)
    return head + "".join(out)
