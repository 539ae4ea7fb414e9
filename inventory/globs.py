"""The one path-glob dialect: `scan --include/--exclude`, ledger 対象パス and triage
rules all mean the same by a pattern.

- Paths are relative to a scanned root, '/'-separated: `採用/**`, `総務/名簿.xlsx`.
- `*` is any characters within one name, `?` one character, `**` any number of
  folders (none included).
- A pattern covers a path when it matches the path or a folder above it: `採用`
  covers everything in the folder 採用.
- A pattern without a folder that has a wildcard names files anywhere: `*.tmp`,
  `~$*`. A plain name or path stays relative to the root (`採用` is the top-level
  folder), so a ledger entry never covers more than it says.
- A leading `*/` reaches any depth, the top included: `*/総務/*` covers `総務/a.xlsx`
  as well as `本社/総務/a.xlsx`.
- A pattern covers what is inside what it names, after `/` (a folder) or `!` (a
  container: an archive, a mail, a mailbox folder): `mail/x.eml` covers
  `mail/x.eml!履歴書.xlsx`, `imap://host/INBOX` covers the message
  `imap://host/INBOX!1745000000:42`.
- A trailing `/**` is everything in a folder, the folder itself included, so that
  `採用/**` means what `採用` means and `imap://host/INBOX/**` covers the messages of
  INBOX (which sit after its `!`, not its `/`).
- Patterns are written as locations are (inventory.uris): mailbox and share URLs
  are paths like any other (`smb://fs01/share/人事/**`), and in every location a
  real `!` is `%21` (a `#` inside an object `%23`), so a `!` in a pattern is
  always a container: `名簿` does not cover the file `名簿!旧.csv` beside it, whose
  location is `名簿%21旧.csv`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

_WILDCARDS = ("*", "?")


def _anywhere(pattern: str) -> str:
    if "/" not in pattern and any(w in pattern for w in _WILDCARDS):
        return "**/" + pattern
    if pattern.startswith("*/"):
        return "**/" + pattern[2:]
    return pattern


def _translate(pattern: str) -> str:
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        else:
            out.append({"*": "[^/]*", "?": "[^/]"}.get(pattern[i]) or re.escape(pattern[i]))
            i += 1
    return "".join(out) + "(?:[/!].*)?"  # the path itself, or a folder or container above it


def _normalised(pattern: str) -> str:
    pattern = _anywhere(pattern.strip().strip("/"))
    if pattern.endswith("/**"):  # everything in a folder: the folder itself covers that
        pattern = pattern[:-3]
    return pattern


@functools.lru_cache(maxsize=4096)  # patterns come from one ledger or command line: few, reused
def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_translate(_normalised(p))})" for p in patterns))


def covers(pattern: str, path: str) -> bool:
    return _compile((pattern,)).fullmatch(path) is not None


def matcher(patterns: Iterable[str]) -> Callable[[str], bool]:
    """One test for many patterns (compiled once): does any of them cover a path?"""
    compiled = _compile(tuple(patterns))
    return lambda path: compiled.fullmatch(path) is not None
