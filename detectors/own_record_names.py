"""Whose a record is by the name it holds (issue 12, own8).

A list exported as records (JSON objects, YAML mappings, XML elements) often keys
its items with nothing that says whose they are ("entries": [{…}, {…}]); the
record's own name field does: a person's name makes its tel and mail the person's,
an organisation's name (榊原工業労働組合, はくよう薬局) makes them the organisation's
— the union's own entry closing a list of the people who wrote to it.
"""

from __future__ import annotations

import re

from detectors.contact_blocks import organisation_name_line
from detectors.own_records import _KEY, REACH, Lines, _opening, _record_end

NAME_KEYS = frozenset(("name", "fullname", "full_name", "displayname", "display_name", "氏名", "名前", "お名前", "名称"))
# a key that holds an organisation's name: the record is the body's when it names no one (mail14)
BODY_NAME_KEYS = frozenset(("団体名", "施設名", "会社名", "法人名", "事業所名", "機関名", "店名", "店舗名", "学校名",
                            "病院名", "company_name", "companyname", "org_name", "organization_name",
                            "organisation_name", "facility_name", "shop_name", "store_name"))
_VALUE = re.compile(r"""[\s"'<>]*:?[\s"']*([^"'<\n]*)""")


def named_record_owner(lines: Lines, start: int) -> str | None:
    """'personal' or 'organisation' by the name field of the record holding the value
    at start; None when it has none or the name says neither."""
    opening = _opening(lines, start)
    if opening is None:
        return None
    (s, e), end = opening, _record_end(lines, *opening)
    for _ in range(REACH):  # the opening line first: a YAML item's `- name: …`
        key = _KEY.match(lines.text, s, e)
        if key and (key.group(1) or key.group(2) or "").lower() in NAME_KEYS:
            if lines.names_a_person(s, e):
                return "personal"
            value = _VALUE.match(lines.text, key.end(), e)
            return "organisation" if value and organisation_name_line(value.group(1).rstrip(", ")) else None
        if key and (key.group(1) or key.group(2) or "").lower() in BODY_NAME_KEYS:
            return None if lines.names_a_person(*opening) or lines.names_a_person(opening[1], end) else "organisation"
        if e >= end or e >= len(lines.text):
            return None
        s, e = lines.bounds(e + 1)
    return None
