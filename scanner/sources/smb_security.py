"""Who owns a file on an SMB share and whether everyone may read it, from its
security descriptor (owner and DACL), where the scanning account may read that.

"Everyone" here means the broad groups of a Windows or Samba file server:
Everyone, Authenticated Users, BUILTIN\\Users and a domain's Domain Users. A
名簿 any of them can read is a risk the report shows.
"""

from __future__ import annotations

import re

from smbclient._io import SMBFileTransaction, SMBRawIO
from smbprotocol.exceptions import SMBException
from smbprotocol.open import FilePipePrinterAccessMask, SMB2QueryInfoRequest, SMB2QueryInfoResponse
from smbprotocol.file_info import InfoType
from smbprotocol.security_descriptor import AceType, SMB2CreateSDBuffer

BROAD_GROUPS = frozenset({"S-1-1-0", "S-1-5-11", "S-1-5-32-545"})  # Everyone, Authenticated Users, Users
DOMAIN_USERS = re.compile(r"S-1-5-21-\d+-\d+-\d+-513")
READ_BITS = 0x00000001 | 0x80000000 | 0x10000000  # FILE_READ_DATA, GENERIC_READ, GENERIC_ALL
INHERIT_ONLY = 0x08  # an ACE for children, not for this object
OWNER_AND_DACL = 0x00000001 | 0x00000004  # OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION
SD_BUFFER = 64 * 1024


def is_broad_group(sid: str) -> bool:
    return sid in BROAD_GROUPS or DOMAIN_USERS.fullmatch(sid) is not None


def readable_by_everyone(aces: list[tuple[int, int, int, str]] | None) -> bool:
    """aces: (type, flags, mask, SID) in DACL order; None is no DACL at all, which
    grants everything. The first ACE of a broad group that speaks of reading decides."""
    if aces is None:
        return True
    for ace_type, flags, mask, sid in aces:
        if flags & INHERIT_ONLY or not mask & READ_BITS or not is_broad_group(sid):
            continue
        if ace_type == AceType.ACCESS_DENIED_ACE_TYPE:
            return False
        if ace_type == AceType.ACCESS_ALLOWED_ACE_TYPE:
            return True
    return False


def add_security_query(transaction: SMBFileTransaction) -> None:
    """Ask for the owner and DACL within a compound request (the open needs READ_CONTROL)."""
    request = SMB2QueryInfoRequest()
    request["info_type"] = InfoType.SMB2_0_INFO_SECURITY
    request["output_buffer_length"] = SD_BUFFER
    request["additional_information"] = OWNER_AND_DACL
    request["file_id"] = transaction.raw.fd.file_id

    def receive(sent):
        response = SMB2QueryInfoResponse()
        response.unpack(transaction.raw.fd.connection.receive(sent)["data"].get_value())
        descriptor = SMB2CreateSDBuffer()
        descriptor.unpack(response["buffer"].get_value())
        return descriptor

    transaction += (request, receive)


def _aces(descriptor: SMB2CreateSDBuffer) -> list[tuple[int, int, int, str]] | None:
    dacl = descriptor.get_dacl()
    if dacl is None:
        return None
    aces = []
    for ace in dacl["aces"].get_value():
        if isinstance(ace, bytes):  # an ACE type without a structure (object ACEs): not about files
            continue
        aces.append((ace["ace_type"].get_value(), ace["ace_flags"].get_value(),
                     ace["mask"].get_value(), str(ace["sid"].get_value())))
    return aces


def summary(descriptor: SMB2CreateSDBuffer) -> tuple[str | None, bool]:
    """(owner SID, readable by everyone)."""
    owner = descriptor.get_owner()
    return (str(owner) if owner else None), readable_by_everyone(_aces(descriptor))


def security_of(unc: str, session: dict) -> tuple[str | None, bool | None]:
    """(owner SID, readable by everyone); (None, None) where the descriptor is not readable."""
    try:
        raw = SMBRawIO(unc, mode="r", desired_access=FilePipePrinterAccessMask.READ_CONTROL, **session)
        with SMBFileTransaction(raw) as transaction:  # open, query and close in one round trip
            add_security_query(transaction)
    except (SMBException, OSError, ValueError):
        return None, None
    return summary(transaction.results[0])
