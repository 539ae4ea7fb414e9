"""A letterhead read upwards (issue 12, mail11).

detectors.organisation follows an organisation's contact down its letterhead: 〒… then
its address, then TEL …, then FAX … are one contact once the first is judged the
organisation's. A footer may be judged from its last lines only (FAX …, E-mail:
info@…: an office's words) while its 〒 and address above say nothing of whose they
are (a hospital's footer under an admission form's last field): read upwards too, each
value right above an organisation's is the same contact's when nothing but a bare
contact label stands between them (〒… 住所 / TEL … / FAX …, a PDF's blank line between
its lines). A desk's mailbox (uketsuke@…, info@…: one that names a role, detected or
not) on the line right below closes an organisation's signature the same way: the landline
and the address above it are the signature's (cards20); a mobile there is a clerk's or a
customer's own (050, an IP line, is an office's as often). A label that names a party
(菩提寺連絡先 …, 喪主 …) says whose the value after it is, not whose the one above it is: it
ends the letterhead.
"""

from __future__ import annotations

import re

from detectors.entities import ADDRESS, PERSON, PHONE, POSTAL_CODE
from detectors.jp.phone import is_mobile
from detectors.own_heads import head_and_foot
from detectors.own_mailboxes import DESK_MARKS, role_mailbox, value_key

CONTACTS = frozenset({ADDRESS, POSTAL_CODE, PHONE})
# the gap between two lines of one letterhead: the same line, or the next (past a blank
# one), and at most a bare contact label before the later value; a tab is another cell
_BARE_GAP = re.compile(r"[ 　]*(?:\n(?:[ 　]*\n)?[ 　]*)?(?:(?:〒|TEL|Tel|ＴＥＬ|電話|FAX|Fax|ＦＡＸ|E-mail|Mail)[ 　.:：]*)?")


def letterhead_above(detections: list, text: str, theirs: set) -> set:
    """Keys of the contact values of a document's letterhead or footer (detectors.own_heads), and of those
    right above an organisation's in its letterhead."""
    heads = head_and_foot(detections, text, value_key)
    if not (theirs or heads or "@" in text):
        return heads
    return heads | _above(detections, text, theirs | heads)


def _above(detections: list, text: str, theirs: set) -> set:
    above, later = set(), None
    for detection in reversed(detections):
        if detection.entity_type == PERSON:
            later = None
        elif detection.entity_type in CONTACTS:
            key = value_key(detection.entity_type, text[detection.start:detection.end])
            if key in theirs or key in above:
                later = detection
            elif later is not None and _BARE_GAP.fullmatch(text, detection.end, later.start) \
                    or _desk_mailbox_below(text, detection):
                above.add(key)
                later = detection
            else:
                later = None
    return above


# (quoted in a reply too: > TEL … / > uketsuke@…)
_MAILBOX_BELOW = re.compile(r"[ 　\r]*\n[ 　]*(?:[>＞|][ 　>＞|]*)?(?:(?:E-?mail|Mail|メール)[ 　.:：]*)?([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+)[ 　\r]*(?:\n|$)")


def _desk_mailbox_below(text: str, detection) -> bool:
    """A landline or an address whose next line is a desk's mailbox alone (see the module)."""
    if "@" not in text[detection.end:detection.end + 120]:  # cheap: most values have no mailbox below
        return False
    mailbox = _MAILBOX_BELOW.match(text, detection.end)
    return mailbox is not None and _desks(mailbox.group(1)) and not (
        detection.entity_type == PHONE and is_mobile(text[detection.start:detection.end], ip=False))  # 050: an office's line too


def _desks(address: str) -> bool:
    """A role's mailbox, or one a desk's word alone names (soudan@, uketsuke@, reception@)."""
    return role_mailbox(address) or address.partition("@")[0].lower() in DESK_MARKS
