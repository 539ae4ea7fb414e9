"""A message attached to a message inside a PST (attach method 5).

libpff-python gives such an attachment only as the raw property context of the
embedded message (its heap-on-node: [MS-PST] 2.3.1-2.3.3), not as an item. The
properties kept in that heap are read here: subject, sender, recipients' display
lines, transport headers and the body when it fits in the heap. Larger bodies and
the embedded message's own attachments live in sub-nodes that libpff-python does
not open; `missing` says so, and the message is recorded with that note.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

_BLOCK = 8176  # data bytes per block of a Unicode PST
_HN_SIGNATURE, _PC_SIGNATURE, _BTH_SIGNATURE = 0xEC, 0xBC, 0xB5
_FIXED = {0x0002: 2, 0x0003: 4, 0x000B: 2, 0x0004: 4}  # stored in the record itself
WANTED = {0x0037: "subject", 0x0C1A: "sender_name", 0x0C1F: "sender_email", 0x5D01: "sender_smtp",
          0x0E04: "to", 0x0E03: "cc", 0x007D: "transport_headers", 0x1000: "body"}


@dataclass
class EmbeddedMessage:
    properties: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # wanted properties kept in sub-nodes


class _Heap:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def allocation(self, hid: int) -> bytes:
        index, block = (hid >> 5) & 0x7FF, hid >> 16
        base = block * _BLOCK
        page_map = base + struct.unpack_from("<H", self.data, base)[0]
        count = struct.unpack_from("<H", self.data, page_map)[0]
        if not 1 <= index <= count:
            raise ValueError(f"heap index {index} outside 1..{count}")
        start, end = struct.unpack_from("<HH", self.data, page_map + 4 + 2 * (index - 1))
        return self.data[base + start:base + end]


def _records(heap: _Heap, hid: int, levels: int) -> list[tuple[int, int, int]]:
    """(property id, type, value or HNID) of the B-tree below hid."""
    node = heap.allocation(hid)
    if levels == 0:
        return [struct.unpack_from("<HHI", node, i) for i in range(0, len(node) - 7, 8)]
    records = []
    for i in range(0, len(node) - 5, 6):
        records += _records(heap, struct.unpack_from("<I", node, i + 2)[0], levels - 1)
    return records


def _value(heap: _Heap, kind: int, hnid: int) -> str | None:
    if kind in _FIXED or hnid & 0x1F:  # a number, or a sub-node id
        return None
    raw = heap.allocation(hnid) if hnid else b""
    if kind == 0x001F:
        return raw.decode("utf-16-le", errors="replace")
    if kind == 0x001E:
        return raw.rstrip(b"\0").decode("cp932", errors="replace")
    return None


def read_embedded(data: bytes) -> EmbeddedMessage:
    """The readable properties of an embedded message's property context."""
    if len(data) < 12 or data[2] != _HN_SIGNATURE or data[3] != _PC_SIGNATURE:
        raise ValueError("not a property context")
    heap = _Heap(data)
    user_root = struct.unpack_from("<I", data, 4)[0]
    signature, _, _, levels, root = struct.unpack_from("<BBBBI", heap.allocation(user_root))
    if signature != _BTH_SIGNATURE:
        raise ValueError("not a property B-tree")
    message = EmbeddedMessage()
    for prop, kind, hnid in _records(heap, root, levels) if root else []:
        name = WANTED.get(prop)
        if name is None:
            continue
        value = _value(heap, kind, hnid)
        if value is None and hnid & 0x1F:
            message.missing.append(name)
        elif value:
            message.properties[name] = value[2:] if name == "subject" and value.startswith("\x01") else value
    return message
