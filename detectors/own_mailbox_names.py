"""A mailbox whose local part names no person (issue 12, mail14).

An office's mailbox is named for what it does or where it is: a service (haisyoku@,
mimamori@, kifu@, volunteer@, adoption@), a facility or a site (minato-center@,
aoba.kominkan@), an event or a programme (natsumatsuri2026@, kodomo-shokudo@), a body's
own short name on free mail (npo.hidamari@gmail.com, pta.midorigaoka@yahoo.co.jp). A
person's mailbox holds a name: a surname, a given name, both (taro.yamada,
taroyamada), an initial beside one (t-suzuki, mkobayashi, sfumiko30), initials and a number
(tk1985, yamamoto1985). A local part none of whose words is a name names no one; where
the text places it as an organisation's (detectors.organisation), it is theirs. A name
is read generously: any word the name lists know (sakura, minato) and any romanised
Japanese word (arakaki, okonogi: a surname no list holds) keeps the mailbox a person's,
unless it is a role's word or a word of what an office runs (mimamori, haisyoku,
natsumatsuri); an office named like a person is left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from detectors.jp.email import ROLE_MAILBOXES
from detectors.jp.person_names import load_name_lists
from detectors.jp.person_romaji import abroad_name

INITIALS = 2  # tk-1985@, t.yamada@: one or two letters are a name's initials
SHORTEST_HALF = 3  # taroyamada splits into two names of three letters or more
_WORDS = re.compile(r"[a-z]+")
# a romanised Japanese word, syllable by syllable (Hepburn or kunrei, a doubled consonant, n)
_ROMAJI = re.compile(r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|w|y|v|[kgsztdnhbpmr])?[aiueo]|n|([kstpgdbcz])(?=\1)|t(?=ch))+")
# what a community's, a welfare body's or a town's office runs, romanised: meals, watching over, meeting places,
# children's canteens, festivals, courses, disaster prevention, check-ups, protection, fund-raising
OFFICE_WORDS = frozenset((
    "haisyoku", "haishoku", "mimamori", "fureai", "ikiiki", "kodomo", "shokudo", "shokudou", "syokudo", "matsuri",
    "omatsuri", "koza", "kouza", "kyoshitsu", "kyousitu", "taiken", "bosai", "bousai", "hinan", "yobo", "yobou",
    "kenshin", "kyushoku", "kyuushoku", "gakudo", "gakudou", "jidokan", "jidoukan", "hogo", "joto", "jouto",
    "bokin", "shakyo", "shakyou", "shukaijo", "shuukaijo", "undokai", "undoukai", "bunkasai", "hanabi", "ennichi",
    "kondankai", "setsumeikai", "benkyokai", "kenkyukai", "kaiho", "kaihou", "kouryu", "koryu", "ouen", "oen",
    "borantia", "salon", "saron", "kaigo", "fukushi", "kosodate", "hoikuen", "yochien", "youchien", "renraku",
    "hokenjo", "hokensho", "shoubou", "shobo", "keisatsu", "kouban", "koban", "gakko", "gakkou", "jichikai", "seikyu",
    "seikyuu",
))
COMPOUND_PART = 5  # natsu+matsuri, kodomo+kai: an office's word of five letters or more opens or closes it
_COMPOUND_PARTS = tuple(sorted(w for w in OFFICE_WORDS if len(w) >= COMPOUND_PART))


def _known(word: str) -> bool:
    lists = load_name_lists()
    return word.upper() in lists.surname_romaji or word.upper() in lists.given_romaji


def _two_names(word: str) -> bool:
    lists = load_name_lists()
    upper = word.upper()
    for cut in range(SHORTEST_HALF, len(word) - SHORTEST_HALF + 1):
        first, second = upper[:cut], upper[cut:]
        if lists.romaji_pair(first, second):
            return True
    return False


def _office_word(word: str) -> bool:
    """A role's word (jimu, shien), or a word of what an office runs, whole or opening or
    closing a compound (natsumatsuri, kodomokai)."""
    return (word in ROLE_MAILBOXES or word in OFFICE_WORDS or word.startswith(_COMPOUND_PARTS)
            or word.endswith(_COMPOUND_PARTS))


def _name_like(word: str) -> bool:
    """A name, an initial glued before a name or after a surname (mkobayashi, sfumiko, yamadat), two names glued or
    initials; any romanised Japanese word a name may be (arakaki, okonogi: no list holds every surname), an
    office's word left aside (mimamori, haisyoku)."""
    if len(word) <= INITIALS:
        return True
    if _office_word(word):
        return False
    if _ROMAJI.fullmatch(word) or _ROMAJI.fullmatch(word[1:]):
        return True  # a surname the lists do not hold, with or without an initial (knumajiri)
    surname_then_initial = word[:-1].upper() in load_name_lists().surname_romaji
    return _known(word) or _known(word[1:]) or surname_then_initial or _two_names(word) or abroad_name(word)


def names_an_office(address: str) -> bool:
    """A word of the local part is a role's or an office's work (uketsuke, mimamori, haisyoku)."""
    return any(map(_office_word, _WORDS.findall(address.lower().partition("@")[0])))


@lru_cache(maxsize=4096)  # a From: mailbox is asked by two placements (organisations_mailbox, bodys_unnamed_mailbox)
def names_no_one(address: str) -> bool:
    """No word of the local part is a name's: any word beside a name keeps it a person's
    (jinji.kawabe@, aoi.seibi@, tanto.ooishi@: see detectors.jp.email). A local part that
    opens with its domain's own name and holds no name after it is the body's."""
    local, _, domain = address.lower().partition("@")
    words = _WORDS.findall(local)
    if len(words) >= 2 and words[0] == domain.split(".")[0] and not any(map(_known, words[1:])):
        return True  # the body's own name, then what it does (tasuki.ihin@tasuki…, yakan.chu3@yakan…)
    if any(ch.isdigit() for ch in local) and not all(_office_word(w) for w in words):
        return False  # user.399@, guest07@: a numbered member's; info2@, desk01@ stay a desk's
    return bool(words) and (not any(_name_like(w) for w in words) or _an_office_named(words))


# a body's mark after a place's name, romanised: 市, 町, 村, 区, 県, 府, 郡 (kanazawa-shi, aoba-ku)
BODY_MARKS = frozenset(("shi", "cho", "chou", "machi", "mura", "son", "ku", "ken", "fu", "gun"))


def _an_office_named(words: list[str]) -> bool:
    """A local part that names an office by what it does beside a word of no listed name (hogo-kansatsu@:
    保護観察, info-kanazawa-shi@: a city's own desk; leftovers20): an office's word among them, and the
    others neither a listed name nor two glued — a place before a body's mark (kanazawa-shi) is the
    body's, not a surname."""
    marked = len(words) >= 3 and words[-1] in BODY_MARKS
    words = words[:-2] if marked else words  # the place and its mark name the body
    # a role's word (info, soudan, tanto) beside an unlisted word is a person's desk as often (tanto.ooishi@);
    # a word of what an office runs (hogo, kodomo, kenshin) is not
    office = [w for w in words if (_office_word(w) if marked else w in OFFICE_WORDS or w.startswith(_COMPOUND_PARTS))]
    others = [w for w in words if w not in office]
    return bool(office) and not any(_known(w) or _two_names(w) or len(w) <= INITIALS for w in others)


@lru_cache(maxsize=4096)
def names_no_listed_person(address: str) -> bool:
    """No word of the local part is a name the lists hold, nor initials or a numbered member's: a mailbox
    named for a place in plain Japanese (komorebi@, hidamari@), which names_no_one reads generously as a
    surname. Asked only of a mailbox that closes an organisation's contact on its line (〒… TEL … komorebi@…).
    An initial glued before a surname (mkobayashi) is a person's; before a given name it is a word's first
    syllable as often (nyusho: n + yusho), on such a line the office's (owncontacts17)."""
    local = address.lower().partition("@")[0]
    words = _WORDS.findall(local)
    if not words or any(ch.isdigit() for ch in local):
        return False
    lists = load_name_lists()
    return not any(len(w) <= INITIALS or _known(w) or w[1:].upper() in lists.surname_romaji
                   or w[:-1].upper() in lists.surname_romaji or _two_names(w) for w in words)


# where anyone may open a mailbox: a person's as often as a body's (free mail, carriers, ISPs)
FREE_MAIL_DOMAINS = frozenset(("gmail.com", "googlemail.com", "yahoo.co.jp", "yahoo.com", "ymail.com", "hotmail.com",
                               "hotmail.co.jp", "outlook.com", "outlook.jp", "live.jp", "live.com", "msn.com",
                               "icloud.com", "me.com", "mac.com", "aol.com", "nifty.com", "au.com", "i.softbank.jp",
                               "excite.co.jp", "goo.jp", "mail.goo.ne.jp", "protonmail.com", "proton.me"))
_ISP = re.compile(r"(?:^|\.)(?:ne\.jp|plala\.or\.jp|zaq\.jp|jcom\.home\.ne\.jp)$")


def bodys_unnamed_mailbox(address: str) -> bool:
    """A mailbox that names no one at a domain of its own (not free mail, a carrier's or
    an ISP's): in a text that names nobody, the issuing body's (aoba-center@city….lg.jp)."""
    domain = address.rpartition("@")[2].lower()
    return names_no_one(address) and domain not in FREE_MAIL_DOMAINS and _ISP.search(domain) is None
