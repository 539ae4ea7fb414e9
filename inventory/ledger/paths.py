"""Ledger path globs (`採用/**`, `営業/*.csv`, `総務/社員名簿.xlsx`, a plain folder)
matched against object paths relative to a scanned root, and URL globs
(`imap://host/INBOX/**`, `smb://server/share/人事/**`) matched against the URIs
of mailbox messages and share files.

A pattern names an object, or a folder or container above it: `INBOX/**` and
`INBOX` cover `imap://host/INBOX!123:4` (a message in INBOX) and what is inside
it, as `mail/x.eml` covers `mail/x.eml!履歴書.xlsx`."""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=4096)  # patterns come from one ledger: few and reused
def _compile(pattern: str) -> re.Pattern[str]:
    pattern = pattern.strip().strip("/")
    if pattern.endswith("/**"):  # everything under a folder: the folder itself, as below
        pattern = pattern[:-3]
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
    # a pattern names the object itself, or a folder or container above it
    return re.compile("".join(out) + "(?:[/!].*)?")


def covers(pattern: str, uri: str) -> bool:
    return _compile(pattern).fullmatch(uri) is not None
