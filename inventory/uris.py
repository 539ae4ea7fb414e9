"""Object locations: a path relative to its root, then `!` and one segment for each
object inside another (`a.zip!dir/m.csv`, `m.eml!名簿.csv#2`).

Real names are escaped as in a URL (%XX of their UTF-8 bytes) so that none reads
as a location inside an object: `!` (the separator); `#` in a segment inside an
object (it marks the 2nd, 3rd … object of one name: `名簿.csv#2`); control and
bidirectional-format characters (kept off terminals and out of reports); and `%`
where it would read as an escape. Everything else is kept, so most paths read as
they are.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

SEPARATOR = "!"
REPEAT_MARK = "#"
_ALWAYS = "!\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_IN_PATH = re.compile(f"%(?=[0-9A-Fa-f]{{2}})|[{_ALWAYS}]")
_IN_SEGMENT = re.compile(f"%(?=[0-9A-Fa-f]{{2}})|[{_ALWAYS}#]")


def _percent(match: re.Match[str]) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8"))


def escape_name(name: str) -> str:
    """A real file or folder name as part of a path."""
    return _IN_PATH.sub(_percent, name)


def escape_segment(name: str) -> str:
    """A real name of an object inside another (member, attachment) as a segment."""
    return _IN_SEGMENT.sub(_percent, name)


def child_segment(name: str, occurrence: int) -> str:
    """The segment of the n-th (1-based) object of one name inside one parent."""
    segment = escape_segment(name)
    return segment if occurrence == 1 else f"{segment}{REPEAT_MARK}{occurrence}"


def unescape(uri: str) -> str:
    """The real names of a location (a top-level path: the file to open)."""
    return unquote(uri, errors="surrogateescape")


def top_path(uri: str) -> str:
    """The location of the file an object is in (itself, for a file)."""
    return uri.split(SEPARATOR, 1)[0]
