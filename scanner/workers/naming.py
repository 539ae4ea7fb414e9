"""Paths as the inventory stores them, for paths that are not objects read in walk
order: a scan's scopes (a file, a folder, a mailbox folder given as a root, a
watch batch's paths) and the targets of moves a watch sees. Names not known yet
are read by the runner (a worker: the scanning process loads no model) in
names-only tasks; known ones cost nothing (scanner.names, inventory.names)."""

from __future__ import annotations

from inventory.names import PathNames, is_name, split_path, split_repeat
from inventory.scopes import Scope
from scanner.crawl import Entry
from scanner.names import show_known
from scanner.objects import entry_record
from scanner.workers.runners import Runner
from scanner.workers.tasks import WHOLE, Outcome, Task


def stored_paths(runner: Runner, names: PathNames, root: str, uris: list[str]) -> tuple[list[str], dict[str, str]]:
    """Each path as it will be stored, and the masked names that shows."""
    unknown = [uri for uri in dict.fromkeys(uris) if names.unknown(uri)]
    for number, uri in enumerate(unknown):
        runner.submit((-1 - number, WHOLE), Task(Entry(root, uri, ""), names=names.hints(uri), names_only=True))
    answers: dict[int, object] = {}
    while len(answers) < len(unknown):
        answers.update((place, answer) for (place, _), answer in runner.results(block=True))
    found: dict[str, str] = {}
    for number, uri in enumerate(unknown):
        answer = answers[-1 - number]
        record = answer.record if isinstance(answer, Outcome) else entry_record(Entry(root, uri, ""))
        show_known(names, record)
        found.update(record.names)
        names.learn(uri, record.stored_uri)
    return [names.display(uri) for uri in uris], found


def stored_scopes(runner: Runner, names: PathNames, scopes: list[Scope]) -> tuple[list[Scope], dict[str, str]]:
    """Scopes as stored, and every name of their paths for the names table, plain
    ones too: a scope's names are not read again (a mailbox folder given as a
    root, a file scanned alone, on every rescan)."""
    shown: dict[tuple[str, str], str] = {}
    found: dict[str, str] = {}
    for root in dict.fromkeys(scope.root for scope in scopes):
        uris = [scope.uri for scope in scopes if scope.root == root and scope.uri is not None]
        stored, masked = stored_paths(runner, names, root, uris)
        shown.update(((root, uri), path) for uri, path in zip(uris, stored))
        found.update(masked)
        for token in (token for uri in uris for token in split_path(uri)[1] if is_name(token)):
            name = split_repeat(token)[0]
            if names.shown(name) is not None:
                found.setdefault(names.key_of(name), names.shown(name))
    as_stored = [scope if scope.uri is None else Scope(scope.root, shown[(scope.root, scope.uri)])
                 for scope in scopes]
    return as_stored, found
