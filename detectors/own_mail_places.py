"""Where a text places a mailbox as an organisation's (issue 12, mail14; see
detectors.organisation): after a desk's label or in an organisation's block
(own_contacts.desks_mail), in a partner's row (own_partners), in a row that names an
organisation and no person (関係機関一覧's 機関名 | 電話 | メール, a member list's closing row of
a group), or — when its local part names no one (own_mailbox_names) — wherever a line or
a block of the text would make a phone there the organisation's, or a sentence asks the
reader to write to it (返信は kaihou@… へ), or where it sends a
mail (From: kifu@npo-….org, no display name: a body's mailbox at a domain of its own)."""

from __future__ import annotations

import re
from collections.abc import Callable

from detectors.contact_blocks import follows_organisational
from detectors.lines import asked_once
from detectors.own_contacts import desks_mail, organisations_row
from detectors.own_mailbox_names import bodys_unnamed_mailbox, names_no_listed_person, names_no_one
from detectors.own_named import organisations_own_row
from detectors.own_partners import partners_row
from detectors.own_requests import asked_to_call
from detectors.own_voice import issuers_mailbox

_SENDING_KEY = re.compile(r"(?:From|Sender|Reply-To|差出人|送信者|送信元)\s*[:：]\s*<?", re.IGNORECASE)
_RECIPIENT_KEY = re.compile(r"(?:To|Cc|宛先)\s*[:：]\s*<?", re.IGNORECASE)


def organisations_mailbox(lines, start: int, end: int, placed_as_organisations: Callable[[], bool]) -> bool:
    """The mailbox at start..end is the organisation's (see the module); the placement
    test of a contact (a line's, a block's verdict) is asked last, and only of a mailbox
    that names no one."""
    row = lines.bounds(start)
    if desks_mail(lines, start) or any(asked_once(lines, test, *row)
                                       for test in (partners_row, organisations_row, organisations_own_row)):
        return True
    if _SENDING_KEY.fullmatch(lines.text, row[0], start) and bodys_unnamed_mailbox(lines.text[start:end]) \
            or _RECIPIENT_KEY.fullmatch(lines.text, row[0], start) and issuers_mailbox(lines.text, start, end):
        return True  # a mail's sender or recipient named by no one: a body's, whoever the mail is about
    return names_no_one(lines.text[start:end]) and (asked_to_call(lines, start, end) or placed_as_organisations())


def closes_organisations_contact(lines, detection, organisational, personal: re.Pattern) -> bool:
    """A mailbox right after the organisation's contact on its line (提出先：…ハウス 〒… TEL …　komorebi@…),
    on a line that names no person, whose local part holds no name the lists know (contacts16)."""
    text = lines.text
    return (follows_organisational(text, detection, organisational, personal)
            and not lines.names_a_person(*lines.bounds(detection.start))
            and names_no_listed_person(text[detection.start:detection.end]))
