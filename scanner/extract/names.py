"""Names of objects inside objects: unique, readable, never a path escape."""

from __future__ import annotations


def clean_name(name: str) -> str:
    return name.replace("!", "_").replace("\x00", "").strip() or "unnamed"


class UniqueNames:
    """`a.csv`, `a.csv~2`, … so that two attachments with one name stay distinct."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def __call__(self, name: str) -> str:
        name = clean_name(name)
        count = self._seen.get(name, 0) + 1
        self._seen[name] = count
        return name if count == 1 else f"{name}~{count}"
