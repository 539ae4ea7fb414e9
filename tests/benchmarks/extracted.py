"""The text daicho's extraction gives for every object of a generated document:
the truth of the corpus is checked against it."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from scanner.extract import ExtractionError, Limits, SkippedObject, extract

_REPEAT = re.compile(r"~\d+$")


def readable_name(name: str) -> str:
    """A name the extractor dispatches on: `名簿.csv~2` (a repeated attachment name)
    and batch names (`.DAT`, no suffix) are read as what they hold."""
    name = _REPEAT.sub("", name)
    suffix = PurePosixPath(name).suffix.lower()
    return name + ".txt" if suffix in (".dat", "") or re.fullmatch(r"\.\d+", suffix) else name


def _extraction(path: str, data: bytes):
    """The project's extraction; a file it does not read today (a `.DAT` name, a
    CP932 export its encoding detection misses) is read as what it holds, so that
    the truth can be checked: that daicho misses such a file shows in the report."""
    try:
        return extract(path, data, Limits())
    except SkippedObject:
        return extract(readable_name(path), data, Limits())
    except ExtractionError:
        return extract(readable_name(path), data.decode("cp932").encode("utf-8"), Limits())


def units_by_path(path: str, data: bytes) -> dict[str, list]:
    """{object path: text units} for a file and every member and attachment in it."""
    extraction = _extraction(path, data)
    found = {path: list(extraction.units)}
    for child in extraction.children:
        found.update(units_by_path(f"{path}!{child.name}", child.data))
    return found
