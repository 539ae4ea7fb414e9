"""The name of the XML element or attribute a value stands in: its label (issue 12, keys16).

An XML export labels each value by its element (`<permit>3240…</permit>`, a pretty-printed
`<license kind="仲卸">` with the value on the next line) or its attribute (`<kansatsu
no="…"/>`, `permitNumber="…"`). The reader glosses the names of a person's fields
(scanner.extract.keyed_fields: `<birth>` → `birth 生年月日: …`); a business key's element is
left as written, and its name is then the only word that says what the number is. The name
is read with its camelCase parted (kyokaBango → kyoka_Bango), an attribute's after its
element's (an attribute `no` or `id` says only that it is a number: `kansatsu no`).
"""

from __future__ import annotations

import re

MARKUP_REACH = 96  # characters before a value where its element's opening tag is looked for
_NAME = r"[A-Za-z_][\w.\-]{0,39}"
_OPEN_TAG = re.compile(rf"<({_NAME})(?:\s[^<>]*)?>")
_ATTRIBUTE = re.compile(rf"<({_NAME})(?:\s[^<>]*)?\s({_NAME})\s*=\s*$")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
# element names that say only that their content is a number or a value: the enclosing element says whose
_GENERIC = frozenset("id no num number code cd value val bango bangou key".split())
PARENT_REACH = 400  # characters before a generic element where the element enclosing it is looked for
_TAG = re.compile(rf"<(/?)({_NAME})(?:\s[^<>]*)?(/?)>")


def markup_key(text: str, start: int) -> str | None:
    """The element's or attribute's name (an attribute's after its element's) the
    value at start is the whole content of, camelCase parted by underscores; None
    for a value not right after a tag or an attribute's quote."""
    before = text[max(0, start - MARKUP_REACH):start]
    last = before.rstrip()[-1:]
    if last == ">":  # an element's content, on the tag's line or the next (pretty-printed)
        tag = before.rfind("<")
        found = _OPEN_TAG.fullmatch(before.rstrip(), tag) if tag >= 0 else None
        name = found[1] if found else None
        if name and name.lower() in _GENERIC:  # <reservation><id>…: the record's element names it
            parent = _enclosing(text, max(0, start - MARKUP_REACH) + tag)
            name = f"{parent} {name}" if parent else name
    elif last in "\"'" and last and before.endswith(last):  # an attribute's value
        tag = before.rfind("<")
        found = _ATTRIBUTE.fullmatch(before, tag, len(before) - 1) if tag >= 0 else None
        name = f"{found[1]} {found[2]}" if found else None
    else:
        return None
    return _CAMEL.sub("_", name) if name else None


def _enclosing(text: str, tag: int) -> str | None:
    """The name of the element enclosing the tag at tag: the nearest opening tag before
    it that no closing tag after it closes (its earlier children are passed)."""
    window = text[max(0, tag - PARENT_REACH):tag]
    closed: list[str] = []
    for found in reversed(list(_TAG.finditer(window))):
        closing, name, empty = found.groups()
        if empty:
            continue
        if closing:
            closed.append(name)
        elif closed and closed[-1] == name:
            closed.pop()
        else:
            return name
    return None
