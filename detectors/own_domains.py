"""A mailbox named after its own domain is the organisation's (issue 12, contacts13).

A small firm, a shop or a body often names its one mailbox after itself: the words of
the local part are the domain's own words, with at most a role's word or a trade's word
beside them (minato-shoji@minato.co.jp, kitamura@kitamura.co.jp, maruyama-print@
maruyama-p.jp, aoba-kosodate@aoba-net.or.jp). A person's mailbox at the same domain adds
a name (kitamura.taro@kitamura.co.jp): a word that is neither the domain's, nor a role's,
nor a trade's keeps it a person's.
"""

from __future__ import annotations

import re

from detectors.jp.email import ROLE_MAILBOXES
from detectors.jp.email_kinds import SYSTEM_MAILBOXES
from detectors.jp.person_names import load_name_lists
from detectors.own_mailbox_names import FREE_MAIL_DOMAINS

# the labels of a domain that say where it is registered, not whose it is
PUBLIC_LABELS = frozenset(("co", "or", "ne", "ac", "go", "lg", "ed", "gr", "ad", "jp", "com", "net", "org", "biz",
                           "info", "www", "mail", "mx", "smtp"))
# a trade's word romanised, written after a firm's name in its mailbox (商事, 工業, 印刷, 設計 …)
TRADE_WORDS = frozenset((
    "shoji", "shouji", "kogyo", "kougyou", "kougyo", "sangyo", "sangyou", "shoten", "shokai", "shoukai", "seisakusho",
    "kensetsu", "komuten", "koumuten", "denki", "denko", "insatsu", "print", "printing", "design", "sekkei", "kikaku",
    "tsusho", "tsuusho", "bussan", "unyu", "unso", "butsuryu", "seika", "seiyaku", "shokuhin", "foods", "food",
    "fudosan", "jisho", "jimusho", "office", "corp", "inc", "ltd", "co", "group", "holdings", "honsha", "net",
    "kosodate", "clinic", "dental", "shika", "iin", "byoin", "hospital", "school", "salon", "shop", "store", "farm",
    "noen", "nojo", "kumiai", "kyokai", "center", "senta", "hoikuen", "yochien",
))
_WORD = re.compile(r"[a-z]+")


def _domain_words(domain: str) -> set[str]:
    labels = [label for label in domain.lower().split(".") if label not in PUBLIC_LABELS]
    return {w for label in labels for w in _WORD.findall(label) if len(w) >= 3}


def named_after_domain(address: str) -> bool:
    """Every word of the local part is the domain's own, a role's or a trade's, and one
    is the domain's (see the module)."""
    local, _, domain = address.lower().partition("@")
    words, own = _WORD.findall(local), _domain_words(domain)
    if not words or not own or not any(w in own for w in words):
        return False
    return all(w in own or w in ROLE_MAILBOXES or w in SYSTEM_MAILBOXES or w in TRADE_WORDS for w in words)


# a shop's or a kitchen's trade, romanised after its name in the one mailbox it keeps (hinata-bento@,
# sakura-hanaya@, kojima-bakery@): what a person's own mailbox does not name (health19)
SHOP_WORDS = frozenset(("bento", "bentou", "obento", "deli", "catering", "sushi", "ramen", "soba", "udon", "pan",
                        "bakery", "cafe", "kissa", "coffee", "hanaya", "flower", "florist", "seikaten", "sakaya",
                        "tofu", "tofuten", "butcher", "nikuya", "sakanaya", "yaoya", "kashiten", "okashi", "sweets",
                        "kitchen", "shokudo", "restaurant", "ryokan", "minshuku", "hotel", "pension", "biyoshitsu",
                        "riyoten", "cleaning", "kuriningu", "taxi", "hikkoshi", "jukusha", "juku", "kyoshitsu"))
CARRIERS = ("docomo.", "ezweb.", "softbank.")  # a phone carrier's mail: anyone's


def named_for_its_trade(address: str) -> bool:
    """A local part of a name and then a trade's word, no digit, at a domain not free mail's nor a
    carrier's: a shop's or an office's mailbox (hinata-bento@, sakura-clinic@)."""
    local, _, domain = address.lower().partition("@")
    words = _WORD.findall(local)
    if len(words) != 2 or not (words[1] in SHOP_WORDS or words[1] in TRADE_WORDS) or any(c.isdigit() for c in local):
        return False
    lists = load_name_lists()  # kohei.shoji@: 庄司 is a surname before it is 商事
    return (words[1].upper() not in lists.surname_romaji and words[1].upper() not in lists.given_romaji
            and domain not in FREE_MAIL_DOMAINS and not any(mark in domain for mark in CARRIERS))


def named_by_itself(address: str) -> bool:
    """A firm's or a shop's own mailbox: named after its domain, or after its trade."""
    return named_after_domain(address) or named_for_its_trade(address)
