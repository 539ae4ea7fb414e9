"""Writers of 7-Zip, RAR and LZH archives for the sample share and tests.

7-Zip with py7zr. RAR has no free writer (`rar` is not in Debian main), so a
RAR 4 archive with stored (uncompressed) members is written here by the
format's specification; libarchive reads it as it reads any RAR 4. LZH files
with -lh5- compression are made by jlha (Debian jlha-utils) once and committed
in samples/legacy/ (see samples.legacy); `lzh_stored_bytes` writes -lh0-
(stored) members with level-2 headers, as LHA does for incompressible files.
"""

from __future__ import annotations

import io
import struct
import time
import zlib

_RAR_MARKER = b"Rar!\x1a\x07\x00"
_RAR_LONG_BLOCK, _RAR_UNICODE, _RAR_PASSWORD = 0x8000, 0x0200, 0x0004


def sevenzip_bytes(members: dict[str, bytes], password: str | None = None, encrypt_names: bool = False) -> bytes:
    import py7zr

    out = io.BytesIO()
    with py7zr.SevenZipFile(out, "w", password=password, header_encryption=encrypt_names) as archive:
        for name, data in members.items():
            archive.writestr(data, name)
    return out.getvalue()


def _rar_block(kind: int, flags: int, body: bytes) -> bytes:
    header = struct.pack("<BHH", kind, flags, 7 + len(body)) + body
    return struct.pack("<H", zlib.crc32(header) & 0xFFFF) + header


def _dos_time(seconds: float) -> int:
    t = time.localtime(seconds)
    return ((t.tm_year - 1980) << 25 | t.tm_mon << 21 | t.tm_mday << 16
            | t.tm_hour << 11 | t.tm_min << 5 | t.tm_sec // 2)


def rar_bytes(members: dict[str, bytes], encrypted: bool = False, mtime: float = 1_700_000_000) -> bytes:
    """A RAR 4 archive of stored members; names in UTF-8 (the Unicode flag
    without an OEM name); `encrypted` sets the password flag on each member."""
    blocks = [_RAR_MARKER, _rar_block(0x73, 0, bytes(6))]
    for name, data in members.items():
        raw_name = name.encode("utf-8")
        flags = _RAR_LONG_BLOCK | _RAR_UNICODE | (_RAR_PASSWORD if encrypted else 0)
        body = struct.pack("<IIBIIBBHI", len(data), len(data), 2, zlib.crc32(data), _dos_time(mtime),
                           29, 0x30, len(raw_name), 0x20) + raw_name
        blocks += [_rar_block(0x74, flags, body), data]
    blocks.append(_rar_block(0x7B, 0x4000, b""))
    return b"".join(blocks)


def crc16(data: bytes) -> int:
    """CRC-16/ARC, LHA's checksum of headers and contents."""
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
    return crc


def _lzh_header(name: str, data: bytes, encoding: str, mtime: int) -> bytes:
    folder, _, leaf = name.rpartition("/")
    extended = [(0x01, leaf.encode(encoding))]
    if folder:
        extended.append((0x02, folder.encode(encoding).replace(b"/", b"\xff")))
    extended.append((0x00, b"\0\0"))  # header CRC, filled in below
    tail = b"".join(struct.pack("<B", kind) + body + struct.pack("<H", 3 + len(nxt[1]) if nxt else 0)
                    for (kind, body), nxt in zip(extended, [*extended[1:], None]))
    first = 3 + len(extended[0][1])
    header = bytearray(struct.pack("<H5sIIIBBHBH", 26 + len(tail), b"-lh0-", len(data), len(data), mtime,
                                   0x20, 2, crc16(data), ord("U"), first) + tail)
    crc_at = len(header) - 4  # the CRC header comes last: its two bytes, then the final size 0
    struct.pack_into("<H", header, crc_at, crc16(bytes(header)))
    return bytes(header)


def lzh_stored_bytes(members: dict[str, bytes], encoding: str = "cp932", mtime: int = 1_700_000_000) -> bytes:
    """An LZH archive of -lh0- (stored) members with level-2 headers, names in
    CP932 as Japanese LHA writes them."""
    return b"".join(_lzh_header(name, data, encoding, mtime) + data for name, data in members.items()) + b"\0"
