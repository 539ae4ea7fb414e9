"""A mailbox an organisation's by its own name, and a contact once the organisation's
(issue 12, own8).

- A role's mailbox the e-mail recognizer lets through (detectors.jp.email drops one
  whose every part is a role's word): a role's word first, then a short qualifier
  (info.tk@, soumu-a@), or a list's or a group's mark last (aoba-ml@, sales-all@,
  pta-list@), or a desk's word after one qualifier (jiko-uketsuke@, kyujin-madoguchi@).
  Whoever's signature it closes, it reaches a desk or a group.
- A department's mailbox: a role's word however it is romanised (eigyou, soumu, somu:
  long vowels written ou, uu, oo or not at all; si/shi, ti/chi, tu/tsu, zi/ji) with a
  unit's mark glued on (jinjika, eigyoubu, kikakushitsu), or any word with a unit's mark
  after a dot or a dash (shisetsu-ka, shizai.ka, kanri-bu): a section, not a person
  (own9).
- A value judged the organisation's in one place of a text is the organisation's
  wherever else it stands there: a newsletter's From names the secretariat, its
  Sender: line repeats the address bare; a footer's 代表 number comes back in the body.
"""

from __future__ import annotations

import re

from detectors.jp.email import ADDRESS, ROLE_MAILBOXES
from detectors.normalize import digits_only

LIST_MARKS = frozenset(("ml", "list", "lists", "all", "members", "group", "grp", "team", "staff", "info"))
# a desk's word closing a two-word local part: jiko-uketsuke, kyujin.madoguchi, web-support (mail11)
DESK_MARKS = frozenset(("uketsuke", "uketuke", "madoguchi", "support", "helpdesk", "desk", "toiawase", "otoiawase",
                        "soudan", "sodan", "jimukyoku", "contact", "inquiry", "reception", "center", "centre",
                        # a place's manager's office (ryo-kanri: 寮管理, shisetsu-kanri)
                        "kanri", "kanrinin", "kanrishitsu"))
QUALIFIER = 3  # a short word after the role (soumu-ka, info.jp, sales2-hq): the desk still
_WORDS = re.compile(r"[a-z]+")
# a section's mark in a Japanese organisation: 部, 課, 係, 室, 局, 本部, センター
UNIT_MARKS = ("bu", "ka", "kakari", "gakari", "shitsu", "situ", "kyoku", "honbu", "center", "senta")
_SEPARATED_UNIT = re.compile(r"[a-z]{3,}[0-9]*[.-](?:" + "|".join(UNIT_MARKS) + r")[0-9]?$")
# one spelling of each romanised sound: eigyou/eigyo, soumu/somu, tiiki/chiiki, zimu/jimu
_SPELLINGS = ((re.compile(r"(?<=[aiueo])h(?![aiueo])"), ""), (re.compile(r"ou|oo"), "o"), (re.compile(r"uu"), "u"),
              (re.compile(r"(?<!s)si"), "shi"), (re.compile(r"(?<!c)ti"), "chi"),
              (re.compile(r"tu"), "tsu"), (re.compile(r"zi"), "ji"), (re.compile(r"hu"), "fu"))


def _spelt(word: str) -> str:
    for pattern, spelling in _SPELLINGS:
        word = pattern.sub(spelling, word)
    return word


_ROLES_SPELT = frozenset(_spelt(w) for w in ROLE_MAILBOXES if len(w) > 3)


def _role_word(word: str) -> bool:
    """A role's word in any of its romanised spellings (eigyou, soumu, kouhou)."""
    return word in ROLE_MAILBOXES or _spelt(word) in _ROLES_SPELT


def _section_word(word: str) -> bool:
    """A role's word with a unit's mark glued on: jinjika, eigyoubu, kikakushitsu."""
    return any(word.endswith(mark) and len(word) - len(mark) > 3 and _role_word(word[:-len(mark)])
               for mark in UNIT_MARKS)


def role_mailbox(address: str) -> bool:
    """The local part names a role or a list (see the module); info.tokyo@ is left to
    its context."""
    local = address.partition("@")[0].lower()
    words = _WORDS.findall(local)
    if len(words) > 1 and words[-1] in LIST_MARKS or _SEPARATED_UNIT.fullmatch(local) \
            or len(words) == 2 and words[-1] in DESK_MARKS:
        return True
    return bool(words) and (_role_word(words[0]) or _section_word(words[0])) and all(
        _role_word(w) or _section_word(w) or w in UNIT_MARKS or len(w) <= QUALIFIER for w in words[1:])


_ADDRESS = re.compile(ADDRESS, re.ASCII)


def desk_mailbox_in(text: str) -> bool:
    """A role's or a desk's mailbox written in the text (uketsuke@, info@, jiko-madoguchi@):
    the recognizer leaves it out, but it says the organisation speaks there (mail11)."""
    return "@" in text and any(role_mailbox(m.group()) or all(
        _role_word(w) for w in _WORDS.findall(m.group().partition("@")[0].lower())) for m in _ADDRESS.finditer(text))


def value_key(entity_type: str, value: str) -> tuple[str, str]:
    """What makes two occurrences of a contact the same value in one text."""
    digits = digits_only(value)
    return entity_type, digits if len(digits) >= 6 else "".join(value.split()).lower()
