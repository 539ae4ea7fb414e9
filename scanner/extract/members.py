"""The limits every archive reader applies to its members, as zip does (see
archive.py): size per member, expansion ratio, total expanded size, member
count; an encrypted member is recorded `encrypted`."""

from __future__ import annotations

from dataclasses import dataclass

from scanner.extract.base import Child, EncryptedObject, ExtractionError, Limits, TooLarge
from scanner.extract.kinds import reason


@dataclass(frozen=True)
class MemberInfo:
    name: str
    size: int  # expanded
    packed: int | None  # compressed size, when the format says it per member
    mtime: float | None = None
    encrypted: bool = False


class Budget:
    """What one archive may still expand to."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.remaining = limits.max_expanded

    def refusal(self, info: MemberInfo) -> ExtractionError | None:
        """Why a member is not read, or None."""
        limits = self.limits
        if info.encrypted:
            return EncryptedObject(reason("member_encrypted"))
        if info.size > limits.max_size:
            return TooLarge(reason("member_too_large", size=info.size))
        if info.packed and info.size / info.packed > limits.max_ratio:
            return TooLarge(reason("member_ratio", ratio=info.size // info.packed))
        if info.size > self.remaining:
            return TooLarge(reason("archive_total"))
        return None

    def spend(self, size: int) -> None:
        self.remaining -= size


def check_count(count: int, limits: Limits) -> None:
    if count > limits.max_members:
        raise TooLarge(reason("archive_members", count=count, limit=limits.max_members))


def check_archive_ratio(infos: list[MemberInfo], packed_total: int, limits: Limits) -> None:
    """Solid archives (7z, RAR) compress members together: the whole archive's
    ratio stands for each member's."""
    expanded = sum(info.size for info in infos)
    if packed_total and expanded / packed_total > limits.max_ratio:
        raise TooLarge(reason("member_ratio", ratio=expanded // packed_total))


def refused(info: MemberInfo, error: ExtractionError) -> Child:
    return Child(info.name, None, "member", info.mtime, error)


def decoded_name(raw: bytes) -> str:
    """Member names without a declared charset: UTF-8, else CP932 (Japanese
    Windows), else Latin-1 so that nothing is lost."""
    for encoding in ("utf-8", "cp932"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")
