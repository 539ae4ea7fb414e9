"""Names in Latin letters that their context says are people's, whatever land they come from
(people20): a language school's, a hotel's or a guide's mail and logs write a Filipino, Nepali,
Indonesian or Japanese name as the passport does (REYES ANA LUZ, THAPA SABIN, TANAKA Yui) or
in title case (Dewi Lestari), and name lists know only some lands' surnames. The context:

- a letter's greeting before it: Dear TANAKA Yui, / Hello Ms. THAPA SABIN, / Hi Dewi Lestari!
- a letter's sign-off on the line before it, the name alone on its line: Best regards,\nAna Cruz;
- a person's role in English right before it: with teacher PARK SOYEON, tutor: Ana Cruz,
  our guest MAHARJAN RITA (a role label in Japanese is person_foreign's);
- a person's label and a colon before it, the field's whole value: 追加運転者：Dewi Lestari　免許証番号：…;
- an honorific after it (THAPA SABINさん, Dewi Lestari様) or a person's own paper
  (REYES ANA LUZ の在留カード, …の旅券).

Capitals and title case are as often a firm, a course, a place or a heading (LINGO HARBOR,
Business English, TOKYO STATION): a word of a firm, a desk or a greeting's audience (Customer,
Team, Parents) is never part of a name, and a word without a vowel is an acronym (NHK, JTB).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.jp.person_column_headers import header_kind
from detectors.jp.person_patterns import ROMAJI_NOT_NAMES

# two to four words, each in capitals or title case (O'NEIL, Santos-Reyes), not within a longer run
_WORD = r"[A-Z][A-Za-z'-]{1,14}"
_NAME = rf"({_WORD}(?: {_WORD}){{1,3}})(?![A-Za-z0-9])"
_GREETINGS = ("Dear", "Hello", "Hi", "Hey", "Attn", "Attention", "Greetings")
_TITLES = ("Mr", "Ms", "Mrs", "Miss", "Mx", "Dr", "Prof")
# a greeting and an optional title right before the name; the name then ends its line or its clause
_GREETED_BEFORE = re.compile(rf"(?:{'|'.join(_GREETINGS)})(?: |:|, )(?:(?:{'|'.join(_TITLES)})\.? )?$")
_ROLES = ("teacher", "instructor", "tutor", "trainer", "coach", "lecturer", "guest", "student", "trainee", "intern",
          "interpreter", "guide", "driver", "caregiver", "carer", "nurse", "patient", "resident", "tenant", "applicant",
          "employee", "worker", "participant", "passenger", "attendee", "client", "pupil", "learner", "volunteer")
# a role word (of a sentence or a label: Teacher:) right before the name; a name in title case must
# end its clause there (with tutor Ana Cruz.), not run on as a noun's (the teacher Training Day)
_ROLE_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{'|'.join(_ROLES)})s?(?::[ ]?| )$")
# a letter's sign-off on the line before, the name alone on its line (Kind regards,\nDewi Lestari)
_SIGNED_BEFORE = re.compile(r"(?:[Rr]egards|Sincerely|[Tt]hanks|[Tt]hank you|Cheers|Best|[Tt]ruly|Respectfully|[Ww]ishes),?[ ]*\n[ ]*$")
_LINE_END = re.compile(r"[ ]*(?:\n|$)")
_BEFORE_REACH = 24
# a word a candidate may open with that is no name's: the name starts at the next word (Dear TANAKA Yui)
_LEADING_WORDS = frozenset(w.lower() for w in _GREETINGS + _TITLES + _ROLES) | {"with", "by", "and", "from", "to"}
_CLAUSE_END = re.compile(r"[ ]?(?:[,.;:!?()\n\u3000-\u9fff]|$)")
# an honorific or a person's own paper right after the name (not a desk's: 旅券センター, 査証課)
_AFTER = re.compile(r"[ \u3000]*(?:さん|様|氏|殿|ちゃん|くん|君|先生"
                    r"|の(?:在留カード|在留期限|在留資格|旅券|パスポート|査証|ビザ|国籍|生年月日)(?!センター|課|窓口|事務所))")
# a person's label and a colon before the name, the name a field's whole value among others on the
# line (追加運転者：Dewi Lestari　免許証番号：…, 実習生: THAPA SABIN	国籍: …)
_FIELD_END = r"(?=[ \u3000]*(?:$|[\t\n（(,、;])|[ \u3000]+[^\sA-Za-z])"
_AFTER_COLON = re.compile(r"[:：][ \u3000]?" + _NAME + _FIELD_END, re.MULTILINE)
# the next of a list under the same label (Attendees: KATO Rie, Dewi Lestari, THAPA SABINA)
_LISTED_NEXT = re.compile(r"[ \u3000]*[,、;][ \u3000]*" + _NAME + _FIELD_END)
_LABEL_BEFORE = re.compile(r"[^\s:：、。,]{1,12}$")
_CAPITALISED = re.compile(_NAME)
_HINT = re.compile(r"[A-Z][A-Za-z'-]+ [A-Z]")
# words of a firm, a desk, a place, a course or a greeting's audience: never a person's
_NOT_NAME_WORDS = frozenset(w.upper() for w in ROMAJI_NOT_NAMES) | frozenset({
    "CUSTOMER", "CUSTOMERS", "VALUED", "SIR", "SIRS", "MADAM", "ALL", "EVERYONE", "FRIENDS", "FRIEND", "PARENTS",
    "PARENT", "GUARDIANS", "GUARDIAN", "FAMILIES", "FAMILY", "STUDENTS", "STUDENT", "COLLEAGUES", "COLLEAGUE",
    "COMMITTEE", "GUESTS", "APPLICANTS", "APPLICANT", "CLIENTS", "CLIENT", "PARTNERS", "PARTNER", "MEMBERS",
    "PARTICIPANTS", "RESIDENTS", "NEIGHBOURS", "NEIGHBORS", "READERS", "READER", "EDITOR", "MANAGER", "HIRING",
    "WHOM", "CONCERN", "ADMISSIONS", "BOARD", "DIRECTOR", "PRESIDENT", "OWNER", "HOST", "HOSTS", "TEACHER",
    "TEACHERS", "PATIENT", "PATIENTS", "VOLUNTEERS", "USERS", "SUPPORT", "SERVICE", "SERVICES", "DESK", "CO", "CORP",
    "INC", "LTD", "LLC", "GROUP", "BANK", "UNIVERSITY", "SCHOOL", "COLLEGE", "ACADEMY", "CLINIC", "HOSPITAL",
    "HOTEL", "HOUSE", "HALL", "CAFE", "STORE", "SHOP", "CLUB", "STUDIO", "SALON", "TOWER", "LINE",
    "AIRPORT", "PORT", "ENGLISH", "JAPANESE", "LESSON", "LESSONS", "COURSE", "CLASS", "TRIAL", "BUSINESS", "KIDS",
    "ADULT", "BEGINNER", "ADVANCED", "ONLINE", "EXPRESS", "TOUR", "TOURS", "TRAVEL", "HARBOR", "HARBOUR",
    "HOLDINGS", "SYSTEMS", "SOLUTIONS", "TECH", "TECHNOLOGY", "INTERNATIONAL", "GLOBAL", "TRADING", "FOODS",
    "MOTOR", "MOTORS", "ELECTRIC", "INDUSTRIES", "NETWORK", "MEDIA", "DESIGN", "CONSULTING", "LABS", "WORKS",
    "ASSOCIATES",
    "LICENSE", "LICENCE", "COPY", "FORM", "ID", "DATA", "RECORD", "RECORDS", "LIST", "SCHEDULE", "INFORMATION",
    "INFO", "REPORT", "GUIDE", "HANDBOOK", "MANUAL", "PORTAL", "ACCOUNT", "LOGIN", "PASS", "GAKUEN", "JUKU",
    "KYOSHITSU", "KAIKAN", "HOIKUEN", "YOCHIEN", "KIKAKU", "SHOJI", "SANGYO", "KOGYO", "SHOTEN", "JIMUSHO", "HONSHA",
    "DENKI", "KAI", "PREFECTURE", "CITY",
})
_VOWEL = re.compile("[AEIOUYaeiouy]")


def latin_names_said(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of names in Latin letters after a greeting, a role or a person's label, or
    before an honorific or a person's paper (see the module). The candidates (capitalised words,
    sought first: rarer than a role's letters) are read where they stand; one that opens with a
    greeting or a role (Dear TANAKA Yui) is read again from its next word."""
    if not _HINT.search(text):
        return
    match = _CAPITALISED.search(text)
    while match:
        first = match.group(1).split(" ", 1)[0]
        if first.lower() in _LEADING_WORDS:
            match = _CAPITALISED.search(text, match.start(1) + len(first) + 1)
            continue
        if _a_persons(match.group(1)) and _said(text, match):
            yield match.span(1)
        match = _CAPITALISED.search(text, match.end())
    for match in _AFTER_COLON.finditer(text):
        label = _LABEL_BEFORE.search(text, max(0, match.start() - 12), match.start())
        while match and label and _a_persons_label(label.group()) and _a_persons(match.group(1)):
            yield match.span(1)
            match = _LISTED_NEXT.match(text, match.end())


def _said(text: str, match: re.Match) -> bool:
    """A greeting or a role right before the name, or an honorific or a person's paper after it."""
    start, end, name = match.start(1), match.end(1), match.group(1)
    before = text[max(0, start - _BEFORE_REACH):start]
    if _GREETED_BEFORE.search(before):
        return _CLAUSE_END.match(text, end) is not None
    if _ROLE_BEFORE.search(before):
        return name.isupper() or _CLAUSE_END.match(text, end) is not None
    signed = _SIGNED_BEFORE.search(before)
    if signed:  # in title case after a sign-off with its comma only (not Best Regards\nSafety First)
        return _LINE_END.match(text, end) is not None and (name.isupper() or "," in signed.group())
    return _AFTER.match(text, end) is not None and _one_case(name.split(" "))  # AMAZON Prime様 is a service's


def latin_names_context(text: str) -> bool:
    """Whether a text without Japanese holds a name this module reads (a mail written in English)."""
    return next(latin_names_said(text), None) is not None


def _a_persons_label(label: str) -> bool:
    """A person column's header (追加運転者, Guest), an English one in the plural too (Attendees)."""
    return header_kind(label) is True or (label[-1] == "s" and label.isascii() and header_kind(label[:-1]) is True)


def _a_persons(name: str) -> bool:
    """Words a person's name is written in: all capitals, title case, or a surname in capitals
    beside a given name in title case; none a word of a firm or an audience; each with a vowel."""
    words = name.split(" ")
    return not any(w.upper().strip("'-") in _NOT_NAME_WORDS or not _VOWEL.search(w) for w in words) \
        and all(w.isupper() or w[1:].islower() for w in words)  # not iPhone, McKinsey-like words


def _one_case(words: list[str]) -> bool:
    return all(w.isupper() for w in words) or not any(w.isupper() for w in words)
