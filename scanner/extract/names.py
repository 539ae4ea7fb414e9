"""Names of objects inside objects: the real name tells the type; the location
segment (inventory.uris) is unique among the children of one parent and stable."""

from __future__ import annotations

from collections import Counter

from inventory.uris import child_segment

UNNAMED = "unnamed"


def clean_name(name: str | None) -> str:
    """A child's real name; a blank one gets a placeholder."""
    return (name or "").replace("\x00", "").strip() or UNNAMED


class Segments:
    """`名簿.csv`, `名簿.csv#2`, `名簿.csv#3` for the children of one parent, in order."""

    def __init__(self) -> None:
        self._seen: Counter[str] = Counter()

    def __call__(self, name: str) -> str:
        self._seen[name] += 1
        return child_segment(name, self._seen[name])
