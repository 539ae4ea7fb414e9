"""A mailbox an organisation's by its own name, and a contact once the organisation's
(issue 12, own8).

- A role's mailbox the e-mail recognizer lets through (detectors.jp.email drops one
  whose every part is a role's word): a role's word first, then a short qualifier
  (info.tk@, soumu-a@), or a list's or a group's mark last (aoba-ml@, sales-all@,
  pta-list@). Whoever's signature it closes, it reaches a desk or a group.
- A value judged the organisation's in one place of a text is the organisation's
  wherever else it stands there: a newsletter's From names the secretariat, its
  Sender: line repeats the address bare; a footer's 代表 number comes back in the body.
"""

from __future__ import annotations

import re

from detectors.jp.email import ROLE_MAILBOXES
from detectors.normalize import digits_only

LIST_MARKS = frozenset(("ml", "list", "lists", "all", "members", "group", "grp", "team", "staff", "info"))
QUALIFIER = 3  # a short word after the role (soumu-ka, info.jp, sales2-hq): the desk still
_WORDS = re.compile(r"[a-z]+")


def role_mailbox(address: str) -> bool:
    """The local part names a role or a list (see the module); info.tokyo@ is left to
    its context."""
    words = _WORDS.findall(address.partition("@")[0].lower())
    if len(words) > 1 and words[-1] in LIST_MARKS:
        return True
    return bool(words) and words[0] in ROLE_MAILBOXES and all(
        w in ROLE_MAILBOXES or len(w) <= QUALIFIER for w in words[1:])


def value_key(entity_type: str, value: str) -> tuple[str, str]:
    """What makes two occurrences of a contact the same value in one text."""
    digits = digits_only(value)
    return entity_type, digits if len(digits) >= 6 else "".join(value.split()).lower()
