"""Reading a truth file (records `meta`, `file`, `item`: benchmarks/corpus2 and
../shared/data/wiki-ner-dev write the same shape) and `daicho check --format jsonl
--show-values` output."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.scoring.places import Place, line_place, place_of


@dataclass(frozen=True)
class Planted:
    """A truth item: a value to find, a look-alike (negative) or an optional value."""

    path: str
    entity_type: str
    value: str
    place: Place | None = None
    location: str | None = None
    category: str | None = None
    date: str | None = None
    negative: bool = False
    optional: bool = False
    kind: str | None = None


@dataclass(frozen=True)
class Reported:
    """A finding as `daicho check` printed it."""

    path: str
    entity_type: str
    text: str
    location: str | None = None
    category: str | None = None
    place: Place | None = None


@dataclass
class Truth:
    items: list[Planted]
    files: dict[str, dict] = field(default_factory=dict)
    unlabelled_repeats: bool = False  # later partial mentions of a name are not labelled

    @property
    def clean_files(self) -> set[str]:
        return {path for path, record in self.files.items() if record.get("clean")}


def planted_from(record: dict) -> Planted:
    path = record["path"]
    if "line" in record and record.get("location") is None:
        place, location = line_place(record["line"]), f"L{record['line']}"
    else:
        location = record.get("location")
        place = place_of(location, path)
    return Planted(path, record["entity_type"], record.get("value", ""), place, location, record.get("category"),
                   record.get("date"), bool(record.get("negative")), bool(record.get("optional")),
                   record.get("kind") or record.get("source_type"))


def read_truth(path: Path) -> Truth:
    truth = Truth(items=[])
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        kind = record.get("record")
        if kind == "meta":
            truth.unlabelled_repeats = bool(record.get("unlabelled_repeats"))
        elif kind == "file":
            truth.files[record["path"]] = record
        elif kind == "item":
            truth.items.append(planted_from(record))
    return truth


class PathMap:
    """Finding paths onto truth paths: `daicho check` prints paths relative to the
    root it was given (`docs/a.txt` or `a.txt`), the truth relative to its own."""

    def __init__(self, truth: Truth) -> None:
        tops = set(truth.files) | {i.path.split("!", 1)[0] for i in truth.items}
        self._tops = tops
        self._by_name: dict[str, str] = {}
        for top in tops:
            self._by_name.setdefault(top.rsplit("/", 1)[-1], top)

    def __call__(self, path: str) -> str:
        top, bang, rest = path.partition("!")
        if top in self._tops:
            return path
        for known in self._tops:
            if top.endswith("/" + known) or known.endswith("/" + top):
                return known + bang + rest
        return self._by_name.get(top.rsplit("/", 1)[-1], top) + bang + rest


def read_findings(path: Path, truth: Truth) -> tuple[list[Reported], list[dict]]:
    """(findings, objects not read with their status) from `daicho check` JSON lines."""
    to_truth = PathMap(truth)
    findings, unread = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        where = to_truth(row["path"])
        if "entity_type" not in row:
            unread.append({"path": where, "status": row.get("status"), "error": row.get("error")})
            continue
        location = row.get("location")
        findings.append(Reported(where, row["entity_type"], row.get("text", ""), location, row.get("category"),
                                 place_of(location, where) if location else None))
    return findings, unread
