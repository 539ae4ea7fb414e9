"""Human sizes on the command line: 200MB, 1.5G, 4096."""

from __future__ import annotations

import re

_UNITS = {"": 1, "B": 1, "K": 1024, "KB": 1024, "M": 1024**2, "MB": 1024**2,
          "G": 1024**3, "GB": 1024**3, "T": 1024**4, "TB": 1024**4}
_SIZE = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*$")


def parse_size(text: str) -> int:
    match = _SIZE.match(text)
    unit = match.group(2).upper() if match else None
    if not match or unit not in _UNITS:
        raise ValueError(f"not a size: {text!r} (examples: 200MB, 1.5G, 4096)")
    return int(float(match.group(1)) * _UNITS[unit])


def format_size(size: int) -> str:
    """The shortest exact form parse_size reads back: 209715200 -> 200MB."""
    for unit in ("TB", "GB", "MB", "KB"):
        if size and size % _UNITS[unit] == 0:
            return f"{size // _UNITS[unit]}{unit}"
    return str(size)
