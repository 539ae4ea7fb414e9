"""What one file may expand to: checked on declared sizes before anything is
allocated, and on bytes as they are produced where no size is declared.

One Budget per file read: everything inside it (archive members at any depth,
Office parts, PDF streams) draws on one total, so nested archives cannot multiply
it. The checks raise TooLarge with a reason code and our own numbers; they are
what any runner of extractors (a worker process under an address-space limit
too) applies per object.
"""

from __future__ import annotations

import zlib

from inventory.reasons import Reason
from scanner.extract.base import Limits, TooLarge

_INFLATE_STEP = 64 * 1024  # bytes inflated between two checks


class Budget:
    def __init__(self, limits: Limits = Limits()) -> None:
        self.limits = limits
        self.expanded = 0  # bytes expanded so far from this file

    def check_ratio(self, what: str, size: int, compressed: int) -> None:
        """A decompression bomb: expanded far more than compressed, past a floor."""
        limits = self.limits
        if size > limits.ratio_floor and size > max(compressed, 1) * limits.max_ratio:
            raise TooLarge(Reason.BOMB, what=what, ratio=size // max(compressed, 1), limit=limits.max_ratio)

    def admit(self, what: str, size: int, compressed: int | None = None, limit: int | None = None) -> None:
        """Raise TooLarge unless an expansion to size bytes (as declared, from
        compressed bytes) is within the limits; limit: for one such thing
        (default: the size of an object read whole)."""
        if compressed is not None:
            self.check_ratio(what, size, compressed)
        limit = self.limits.max_size if limit is None else limit
        if size > limit:
            raise TooLarge(what=what, size=size, limit=limit)
        if self.expanded + size > self.limits.max_expanded:
            raise TooLarge(what="everything expanded from this file", size=self.expanded + size,
                           limit=self.limits.max_expanded)

    def spend(self, size: int) -> None:
        self.expanded += size

    def take(self, what: str, size: int, compressed: int | None = None, limit: int | None = None) -> None:
        """admit, then count it as expanded."""
        self.admit(what, size, compressed, limit)
        self.spend(size)

    def inflate(self, data: bytes, what: str, limit: int) -> bytes:
        """zlib data inflated in steps, each checked: no size is declared, so a
        bomb is stopped once it passes the ratio or the limit, not after. Read
        as raw deflate (its checksum, often wrong in PDFs, is not checked); a
        damaged stream gives what was inflated before the damage."""
        raw = len(data) > 2 and data[0] & 0x0F == 8 and not data[1] & 0x20 and (data[0] << 8 | data[1]) % 31 == 0
        inflater = zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        pieces, produced, pending = [], 0, data[2:] if raw else data
        cap = min(limit, self.limits.max_expanded - self.expanded)
        try:
            while pending and not inflater.eof:
                piece = inflater.decompress(pending, min(_INFLATE_STEP, cap - produced + 1))
                pending = inflater.unconsumed_tail
                produced += len(piece)
                pieces.append(piece)
                if produced > cap:
                    raise TooLarge(what=what, size=f"more than {cap}", limit=cap)
                self.check_ratio(what, produced, len(data) - len(pending))
        except zlib.error:
            pass  # damaged: keep what came before the damage
        self.spend(produced)
        return b"".join(pieces)
