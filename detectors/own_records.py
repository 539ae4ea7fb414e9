"""Whose a contact is in a structured record (issue 12, own6).

An export writes each party as its own record: a JSON object ("clinic": {…},
"patient": {…}), an XML element (<store>…</store>), a YAML mapping (practice:
then its indented keys), a vCard (BEGIN:VCARD … END:VCARD). The record's key
says whose its address, postal code, phone and mailbox are — a clinic's, a
store's, an issuer's, or a patient's, a customer's, a guest's — whatever the
field itself is called (tel, addr, 住所). In a record that says nothing of whose it is,
the field's own key may: "pharmacy_tel", "clinic_zip", "店舗電話" are the organisation's
(own9). A vCard with a name (N:) is a person's;
one with ORG and no name is the organisation's. A record's edge (a line with a
brace only, an opening or closing tag, BEGIN:VCARD) also ends a contact block
(detectors.contact_blocks): two records are never one signature.
"""

from __future__ import annotations

import re

from detectors.lines import Lines
from detectors.own_sites import SITE_KEYS, SITE_WORDS

REACH = 40  # lines up to a record's opening line, and down to its end
DEPTH = 3  # records up from the value to one whose key says whose it is
_ORGANISATION_KEYS = frozenset((
    "clinic", "hospital", "practice", "pharmacy", "school", "college", "university", "nursery", "kindergarten",
    "company", "corporation", "corp", "firm", "store", "shop", "branch", "office", "issuer", "publisher",
    "organization", "organisation", "org", "facility", "venue", "hotel", "inn", "restaurant", "vendor", "seller",
    "supplier", "merchant", "provider", "agency", "bureau", "department", "dept", "desk", "center", "centre",
    "headquarters", "hq", "library", "museum", "temple", "shrine", "church", "association", "dealer", "contractor",
    "manufacturer", "maker", "carrier", "insurer", "operator", "institution", "payer", "lessor", "broker")) | SITE_KEYS
_PERSONAL_KEYS = frozenset((
    "patient", "customer", "client", "guest", "user", "member", "person", "people", "student", "pupil", "guardian",
    "parent", "applicant", "employee", "worker", "staff", "resident", "tenant", "occupant", "buyer", "purchaser",
    "recipient", "consignee", "addressee", "insured", "policyholder", "subscriber", "attendee", "participant",
    "visitor", "passenger", "traveler", "traveller", "child", "family", "spouse", "emergency", "home", "personal",
    "private", "individual", "requester", "requestor", "victim", "candidate", "trainee", "payee", "lessee"))
_ORGANISATION_KEY_JA = re.compile(r"会社|法人|店舗|事業所|医療機関|病院|医院|学校|施設|発行元|発行者|販売元|事務局|窓口|本社|支店|営業所|"
                                  + "|".join(SITE_WORDS))
_PERSONAL_KEY_JA = re.compile(r"患者|顧客|お客様|会員|利用者|生徒|児童|保護者|申請者|申込者|入居者|契約者|本人|従業員|社員|受講者|参加者")
# the key of a record's opening line: "clinic": {, practice:, - patient_name: …, <store>
_KEY = re.compile(r'\s*(?:-\s*)?"?([^"\s:<>{}\[\],]+)"?\s*:|\s*<([A-Za-z_][\w.:-]*)[\s>]')
_TAG_BEFORE = re.compile(r"<([A-Za-z_][\w.:-]*)(?:\s[^<>]*)?>\s*$()")
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\x00-\x7f]+")
# a record's edge: braces only, an object's opening line, a tag alone, a vCard's frame
# ... and a YAML mapping's opening line (genba:, worker:) (sites12)
_EDGE = re.compile(r'\s*(?:[{}\[\],]+|"?[\w.-]+"?\s*:\s*[{\[]|"?[A-Za-z_][A-Za-z0-9_.-]*"?\s*:|</?[A-Za-z_][\w.:-]*>'
                   r'|(?:BEGIN|END):VCARD)\s*')
# a record's opening line; a brace alone opens a JSON object written flat (workerMobile: …) (sites12)
_STRUCTURED = re.compile(r'^\s*(?:"?[A-Za-z0-9_.-]+"?\s*:\s*[{\[]?|<[A-Za-z_][\w.:-]*>|[{\[])\s*$|^BEGIN:VCARD', re.MULTILINE)
_NAMED_CARD = re.compile(r"^N[;:](?![;\s]*$)", re.MULTILINE)


def looks_structured(text: str) -> bool:
    """The text has a record's opening line (the one test a plain letter pays)."""
    return _STRUCTURED.search(text) is not None


def is_record_edge(line: str) -> bool:
    return _EDGE.fullmatch(line) is not None


def _key_owner(key: str) -> str | None:
    words = {w.lower() for w in _WORDS.findall(key)}
    if words & _PERSONAL_KEYS or _PERSONAL_KEY_JA.search(key):
        return "personal"
    if words & _ORGANISATION_KEYS or _ORGANISATION_KEY_JA.search(key):
        return "organisation"
    return None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _opening(lines: Lines, start: int) -> tuple[int, int] | None:
    """(start, end) of the nearest line above indented less than the line at start."""
    s, e = lines.bounds(start)
    depth = _indent(lines.text[s:e])
    for _ in range(REACH):
        if s == 0 or depth == 0:
            return None
        s, e = lines.bounds(s - 1)
        line = lines.text[s:e]
        if line.strip() and _indent(line) < depth:
            return s, e
    return None


def _record_end(lines: Lines, start: int, end: int) -> int:
    """Where the record opened by the line (start, end) ends."""
    depth, position = _indent(lines.text[start:end]), end
    for _ in range(REACH):
        if position >= len(lines.text):
            break
        s, e = lines.bounds(position + 1)
        line = lines.text[s:e]
        if line.strip() and _indent(line) <= depth:
            return s
        position = e
    return position


def _card_owner(lines: Lines, start: int) -> str | None:
    begin = lines.text.rfind("BEGIN:VCARD", 0, start)
    if begin < 0:
        return None
    end = lines.text.find("END:VCARD", start)
    card = lines.text[begin:end if end > 0 else len(lines.text)]
    if _NAMED_CARD.search(card):
        return "personal"
    return "organisation" if "\nORG" in card else None


def record_owner(lines: Lines, start: int) -> str | None:
    """'organisation' or 'personal' when the record holding the value at start, or
    else the value's own key, says whose it is (see the module); None when neither does."""
    if "BEGIN:VCARD" in lines.text:
        return _card_owner(lines, start)
    owner = _records_owner(lines, start)
    if owner is None:
        line_start, _ = lines.bounds(start)
        # the element just before the value (<farm_tel>… in a record written on one line), else the line's key
        own_key = _TAG_BEFORE.search(lines.text, line_start, start) or _KEY.match(lines.text, line_start, start)
        owner = _key_owner(own_key.group(1) or own_key.group(2)) if own_key else None
    return owner


def _records_owner(lines: Lines, start: int) -> str | None:
    position = start
    for _ in range(DEPTH):
        opening = _opening(lines, position)
        if opening is None:
            return None
        match = _KEY.match(lines.text, opening[0], opening[1])
        owner = _key_owner(match.group(1) or match.group(2)) if match else None
        if owner == "personal":
            return owner
        if owner == "organisation":
            person = lines.names_a_person(opening[1], _record_end(lines, *opening))
            return None if person else owner
        position = opening[0]
    return None


_ANY_KEY = re.compile(r'^\s*(?:-\s*)?"?([A-Za-z_][A-Za-z0-9_]*)"?\s*:|<([A-Za-z_][A-Za-z0-9_]*)[\s>]', re.MULTILINE)


def keys_a_person(text: str) -> bool:
    """A key or an element of the text says a person's record (worker, patient, staffTel):
    the text speaks of someone though no name was found in it."""
    return any(_key_owner(m.group(1) or m.group(2)) == "personal" for m in _ANY_KEY.finditer(text))
