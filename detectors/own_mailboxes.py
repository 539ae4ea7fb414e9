"""A mailbox an organisation's by its own name, and a contact once the organisation's
(issue 12, own8).

- A role's mailbox: its local part names a function, not a person — RFC 2142's role
  names (info, sales, support, webmaster, postmaster), a reply-less sender (noreply),
  and the romanised names of an office's desks (soumu, jinji, uketsuke, jimukyoku).
  Whoever's signature it closes, it reaches a desk: 総務課 山田 / soumu@… is the
  desk's mailbox, yamada@… would be the clerk's. A list's address (aoba-ml@,
  sales-all@) reaches a group.
- A value judged the organisation's in one place of a text is the organisation's
  wherever else it stands there: a newsletter's From names the secretariat, its
  Sender: line repeats the address bare; a footer's 代表 number comes back in the body.
"""

from __future__ import annotations

import re

from detectors.normalize import digits_only

ROLE_NAMES = frozenset((
    # RFC 2142 and the common functions of a company's mailboxes
    "info", "information", "contact", "contacts", "inquiry", "inquiries", "enquiry", "enquiries", "support", "help",
    "helpdesk", "desk", "office", "admin", "administrator", "sales", "service", "services", "customer", "cs", "hr",
    "recruit", "recruiting", "recruitment", "jobs", "career", "careers", "press", "pr", "media", "news", "newsletter",
    "magazine", "webmaster", "postmaster", "hostmaster", "abuse", "noc", "security", "privacy", "legal", "noreply",
    "donotreply", "reception", "front", "frontdesk", "booking", "bookings", "reserve", "reservation", "reservations",
    "order", "orders", "shop", "store", "billing", "invoice", "accounting", "finance", "event", "events", "entry",
    "apply", "feedback", "marketing", "mailer", "ml", "members", "staff", "team", "general", "secretariat",
    "notice", "notification", "bounce", "pta", "alumni",
    # the romanised names of an office's desks (総務, 人事, 経理, 営業, 広報, 受付, 事務局, 相談, 採用 …)
    "soumu", "somu", "jinji", "keiri", "eigyo", "eigyou", "kouhou", "koho", "kohou", "hisho", "jimu", "jimukyoku",
    "uketsuke", "madoguchi", "soudan", "sodan", "toiawase", "otoiawase", "saiyo", "saiyou", "kikaku", "gyomu",
    "gyoumu", "kanri", "honbu", "shien", "kyomu", "kyoumu", "gakumu", "koubai", "kobai", "hanbai", "daihyo",
    "daihyou", "yoyaku", "chumon", "chuumon", "jimusho", "shomu", "shoumu", "hoken", "kenshu", "kenshuu"))
# a list's or a group's mailbox named by its last word: aoba-ml, sales-all, pta-list
LIST_MARKS = frozenset(("ml", "list", "lists", "all", "members", "group", "grp", "team", "staff", "info"))
QUALIFIER = 3  # a short word after the role (soumu-ka, info.jp, sales2-hq): the desk still
_PARTS = re.compile(r"[a-z]+")


def role_mailbox(address: str) -> bool:
    """The local part names a role: its first word is a role's name and any other word
    is a role's too or a short qualifier (info.tokyo is left to its context); or its
    last word marks a list or a group (aoba-ml)."""
    local = address.partition("@")[0].lower()
    if local.replace("-", "").replace("_", "") in ROLE_NAMES:  # no-reply, do_not_reply
        return True
    words = _PARTS.findall(local)
    if len(words) > 1 and words[-1] in LIST_MARKS:
        return True
    return bool(words) and words[0] in ROLE_NAMES and all(w in ROLE_NAMES or len(w) <= QUALIFIER for w in words[1:])


def value_key(entity_type: str, value: str) -> tuple[str, str]:
    """What makes two occurrences of a contact the same value in one text."""
    digits = digits_only(value)
    return entity_type, digits if len(digits) >= 6 else "".join(value.split()).lower()
