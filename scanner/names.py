"""Personal data in path names, found and masked before a path is stored (issue 13.7).

Each name of a path (folder, file, archive member, attachment) not met before is
read by the detector at a lower threshold than text: a name has no context words,
and a bare My Number or phone number scores 0.3 there (a name in a file name scores
higher). Only paths about to be recorded are read this way, so an unchanged rescan
detects nothing; inventory.names shows known names masked the same on every walk.
"""

from __future__ import annotations

from inventory.names import PathNames, is_name, masked_name, split_path
from inventory.records import ObjectRecord
from inventory.scopes import Scope

NAME_THRESHOLD = 0.3  # a bare identifier without context: masked in a name, not reported in text


class NameMasker:
    def __init__(self, detector, key: bytes, known: dict[str, str]) -> None:
        self.detector = detector  # with_threshold() gives the names' detector, built on first use
        self.paths = PathNames(key, known)
        self.new: dict[str, str] = {}  # masked names met first in this run, not yet stored
        self._names_detector = None

    def display(self, uri: str) -> str:
        """The path as stored, by the names known (nothing is detected)."""
        return self.paths.display(uri)

    def mask(self, uri: str) -> str:
        """The path as it will be stored: names not met before are read."""
        head, tokens = split_path(uri)
        return head + "".join(self._shown(t) if is_name(t) else t for t in tokens)

    def scope(self, scope: Scope) -> Scope:
        """A scan's scope as stored. Its names are kept even when nothing was masked
        (a mailbox folder given as a root is not read again on every rescan)."""
        if scope.uri is None:
            return scope
        shown = self.mask(scope.uri)
        for name in filter(is_name, split_path(scope.uri)[1]):
            key = self.paths.key_of(name)
            self.paths.known.setdefault(key, self._shown(name))
            self.new.setdefault(key, self.paths.known[key])
        return Scope(scope.root, shown)

    def take_new(self) -> dict[str, str]:
        new, self.new = self.new, {}
        return new

    def stored_as(self, uri: str, stored: str) -> None:
        """A path the inventory already holds: its names are shown as stored there
        (no detection: an object recorded again unread, a failed read, costs none)."""
        tokens, stored_tokens = split_path(uri)[1], split_path(stored)[1]
        if len(tokens) == len(stored_tokens):
            for name, shown in zip(tokens, stored_tokens):
                if is_name(name) and self.paths.shown(name) is None:
                    self.paths.remember(name, shown)

    def mask_record(self, record: ObjectRecord) -> ObjectRecord:
        """Every path of the tree masked; the tree carries the names met first, to be
        stored with it."""
        for node in record.walk():
            shown = self.mask(node.uri)
            node.display = shown if shown != node.uri else None
        record.names = {**record.names, **self.take_new()}
        return record

    def _shown(self, name: str) -> str:
        shown = self.paths.shown(name)
        if shown is not None:
            return shown
        detections = self._detector().detect(name)
        shown = name
        if detections:
            key = self.paths.key_of(name)
            shown = masked_name(name, [(d.start, d.end, d.masked) for d in detections], key)
            self.paths.known[key] = self.new[key] = shown
        self.paths.remember(name, shown)
        return shown

    def _detector(self):
        if self._names_detector is None:
            self._names_detector = self.detector.with_threshold(NAME_THRESHOLD)
        return self._names_detector
