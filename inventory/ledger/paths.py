"""Ledger path globs (`採用/**`, `営業/*.csv`, `総務/社員名簿.xlsx`, a plain folder)
matched against object paths relative to a scanned root."""

from __future__ import annotations

import functools
import re

from inventory.uris import escape_name


@functools.lru_cache(maxsize=4096)  # patterns come from one ledger: few and reused
def _compile(pattern: str) -> re.Pattern[str]:
    pattern = escape_name(pattern.strip().strip("/"))  # real names, as locations spell them
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    # a pattern names the object itself or a folder above it
    return re.compile("".join(out) + "(?:/.*)?")


def covers(pattern: str, uri: str) -> bool:
    return _compile(pattern).fullmatch(uri) is not None
