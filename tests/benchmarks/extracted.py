"""The text daicho's extraction gives for every object of a generated document:
the truth of the corpus is checked against it."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from scanner.extract import ExtractionError, SkippedObject, extract
from scanner.extract.budget import Budget
from scanner.extract.names import Segments


def readable_name(name: str) -> str:
    """A name the extractor dispatches on: batch names (`.DAT`, no suffix) are
    read as what they hold."""
    suffix = PurePosixPath(name).suffix.lower()
    return name + ".txt" if suffix in (".dat", "") or re.fullmatch(r"\.\d+", suffix) else name


def _extraction(path: str, data: bytes):
    """The project's extraction; a file it does not read today (a `.DAT` name, a
    CP932 export its encoding detection misses) is read as what it holds, so that
    the truth can be checked: that daicho misses such a file shows in the report."""
    try:
        return extract(path, data, Budget())
    except SkippedObject:
        return extract(readable_name(path), data, Budget())
    except ExtractionError:
        return extract(readable_name(path), data.decode("cp932").encode("utf-8"), Budget())


def units_by_path(path: str, data: bytes, name: str | None = None) -> dict[str, list]:
    """{object path: text units} for a file and every member and attachment in it
    (located as the scanner locates them; name: the real name, when not path's)."""
    extraction = _extraction(name or path, data)
    found = {path: list(extraction.units)}
    segments = Segments()
    for child in extraction.children:
        found.update(units_by_path(f"{path}!{child.segment or segments(child.name)}", child.data, child.name))
    return found
