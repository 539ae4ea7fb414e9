"""The address a mailbox file's every message is sent from or to is the mailbox's own
(issue 12, read26): an mbox on an organisation's share is a desk's inbox (each member's,
each applicant's mail to one address) or its sent box (one address writing to many), and
that address is the organisation's, whatever its local part says (ja4club@, yamada.gb@).
Twenty writers kept such mailboxes (some 110 files) and counted that address in none.

A thread between two people names each on every message too, so the address's
counterparts must be several (two addresses or more), or a list's or a role's mailbox
(From: a club's address, To: members@ on every message): a correspondence of one person
with one other leaves both addresses as they were.
"""

from __future__ import annotations

from collections.abc import Iterable
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from detectors.entities import EMAIL
from detectors.own_mailboxes import role_mailbox
from inventory.records import ObjectRecord

FEWEST_MESSAGES = 2
FEWEST_COUNTERPARTS = 2
_PARSER = BytesHeaderParser()


def _sides(message: bytes) -> tuple[set[str], set[str]]:
    """The sending and the receiving addresses of a message, lower-cased."""
    headers = _PARSER.parsebytes(message)

    def addresses(*names: str) -> set[str]:
        values = [str(v) for name in names for v in headers.get_all(name, [])]
        return {address.lower() for _, address in getaddresses(values) if "@" in address}

    return addresses("From", "Sender"), addresses("To", "Delivered-To", "X-Original-To")


def _owns(counterparts: set[str]) -> bool:
    return len(counterparts) >= FEWEST_COUNTERPARTS or bool(counterparts) and all(map(role_mailbox, counterparts))


def mailbox_owners(messages: Iterable[bytes | None]) -> set[str]:
    """The addresses on the same side of every message, with several counterparts or a group's."""
    sides = [_sides(m) for m in messages if m]
    if len(sides) < FEWEST_MESSAGES:
        return set()
    owners: set[str] = set()
    for mine, theirs in ((0, 1), (1, 0)):
        for address in set.intersection(*(side[mine] for side in sides)):
            if _owns(set().union(*(side[theirs] for side in sides)) - {address}):
                owners.add(address)
    return owners


def set_aside_owners(record: ObjectRecord, owners: set[str]) -> list[ObjectRecord]:
    """Drop the e-mail findings of the mailbox's own addresses from its messages; the
    objects that lost one."""
    changed = []
    for obj in record.walk() if owners else ():
        kept = [f for f in obj.findings if not (f.entity_type == EMAIL and f.value and f.value.lower() in owners)]
        if len(kept) < len(obj.findings):
            obj.findings[:] = kept
            changed.append(obj)
    return changed
