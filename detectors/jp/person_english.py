"""Names in Latin letters that an English context says are people's (people20 and leftovers20,
merged): Japanese offices, language schools, hotels and guides write English inside Japanese
documents, and a foreign name as the passport does (REYES ANA LUZ, THAPA SABIN, TANAKA Yui), in
title case (Dewi Lestari) or a Japanese one in romaji (Kenji Arakawa). Two readings of one context:

Any name, no name lists needed (latin_names_said):
- a letter's greeting before it, a title between or not: Dear TANAKA Yui, / Hello Ms. THAPA SABIN,;
- a letter's sign-off on the line before it, the name alone on its line: Best regards,\\nAna Cruz;
- a person's role in English right before it: with teacher PARK SOYEON, tutor: Ana Cruz;
- a person's label and a colon before it, the field's whole value (and a list after it):
  追加運転者：Dewi Lestari　免許証番号：…, Attendees: KATO Rie, Dewi Lestari;
- an honorific after it (THAPA SABINさん, Dewi Lestari様) or a person's own paper (…の在留カード).
Capitals and title case are as often a firm, a course, a place or a heading (LINGO HARBOR,
Business English, TOKYO STATION): a word of a firm, a desk or a greeting's audience (Customer,
Team, Parents) is never part of a name, and a word without a vowel is an acronym (NHK, JTB).

Romaji names the lists back (english_led_names):
- after an English label's colon (Staff profile: Kenji Arakawa, Interviewer：) or a lead word
  (a greeting, Attn, c/o, by — Prepared by —, To, From, Cc, a role or a kin word): a given name
  and a surname of the lists in either order, a courtesy title between or not;
- after a courtesy title: a listed surname alone (Dear Ms Tanaka,) or two capitalised words;
- a line that holds only a listed given name and surname in title case, as a signature writes the
  romaji under the kanji name (names18; never a text's first line, a title);
- one capitalised word glued to an honorific of people only (Smith先生, Brown氏); さん and 様
  also follow a firm (Amazonさん), so those only after a listed romaji surname or given name.
Not a place or a heading (Location: Osaka Namba, To: Tokyo Station): both words must be names
of the lists, or a title must stand before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.jp.person_column_headers import header_kind
from detectors.jp.person_names import NameLists
from detectors.jp.person_patterns import ROMAJI_NOT_NAMES_UPPER
from detectors.jp.person_romaji import a_display_name, caps_are_a_name

# --- the words of the context, one list each ---
GREETINGS = ("Dear", "Hello", "Hi", "Hey", "Attn", "Attention", "Greetings")
# words that hand a paper to someone or say who made it (Prepared by, c/o, To:): not greetings
_PAPER_LEADS = ("c/o", "C/O", "by", "By", "BY", "To", "From", "Cc", "CC")
ROLES = ("teacher", "instructor", "tutor", "trainer", "coach", "lecturer", "guest", "student", "trainee", "intern",
         "interpreter", "guide", "driver", "caregiver", "carer", "nurse", "patient", "resident", "tenant", "applicant",
         "employee", "worker", "participant", "passenger", "attendee", "client", "pupil", "learner", "volunteer",
         "member", "staff", "doctor", "speaker", "chaplain", "pastor", "priest", "colleague")
# kin in lower case only, and never a word a name opens with: Son is a Korean surname (SON MINJI)
_KIN = ("guardian", "parent", "mother", "father", "son", "daughter", "wife", "husband")
TITLES = ("Mr", "Ms", "Mrs", "Miss", "Mx", "Dr", "Prof", "Rev", "Fr")
_TITLES_IN_CAPITALS = ("MR", "MS", "MRS", "DR")  # FR, REV, PROF in capitals are codes and headings as often
# Japanese honorifics said of people only; the others also follow a firm's name (Amazonさん, AMAZON Prime様)
_PEOPLE_HONORIFICS = ("先生", "氏", "教授", "博士", "准教授", "医師", "弁護士")
_HONORIFIC = "|".join(_PEOPLE_HONORIFICS + ("さん", "様", "殿", "ちゃん", "くん", "君"))

# --- latin_names_said: any name, its context alone ---
# two to four words, each in capitals or title case (O'NEIL, Santos-Reyes), not within a longer run
_WORD = r"[A-Z][A-Za-z'-]{1,14}"
_NAME = rf"({_WORD}(?: {_WORD}){{1,3}})(?![A-Za-z0-9])"
# a greeting and an optional title right before the name; the name then ends its line or its clause
_GREETED_BEFORE = re.compile(rf"(?:{'|'.join(GREETINGS)})(?: |:|, )(?:(?:{'|'.join(TITLES)})\.? )?$")
# a role word (of a sentence or a label: Teacher:) right before the name; a name in title case must
# end its clause there (with tutor Ana Cruz.), not run on as a noun's (the teacher Training Day)
_ROLE_BEFORE = re.compile(rf"(?<![A-Za-z])(?i:{'|'.join(ROLES)})s?(?::[ ]?| )$")
# a letter's sign-off on the line before, the name alone on its line (Kind regards,\nDewi Lestari)
_SIGNED_BEFORE = re.compile(r"(?:[Rr]egards|Sincerely|[Tt]hanks|[Tt]hank you|Cheers|Best|[Tt]ruly|Respectfully|[Ww]ishes),?[ ]*\n[ ]*$")
_LINE_END = re.compile(r"[ ]*(?:\n|$)")
_BEFORE_REACH = 24
# a word a candidate may open with that is no name's: the name starts at the next word (Dear TANAKA Yui)
_LEADING_WORDS = frozenset(w.lower() for w in GREETINGS + TITLES + ROLES) | {"with", "by", "and", "from", "to"}
_CLAUSE_END = re.compile(r"[ ]?(?:[,.;:!?()\n\u3000-\u9fff]|$)")
# an honorific or a person's own paper right after the name (not a desk's: 旅券センター, 査証課)
_AFTER = re.compile(rf"[ \u3000]*(?:{_HONORIFIC}"
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
_NOT_NAME_WORDS = ROMAJI_NOT_NAMES_UPPER | frozenset({
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

# --- english_led_names: romaji the lists back ---
_ROMAJI_WORD = r"[A-Z][a-z]{1,14}|[A-Z]{2,15}"
_TITLE = rf"(?:{'|'.join(TITLES + _TITLES_IN_CAPITALS)})\.?[ \u3000]"
# the name after a lead: a courtesy title or not, one to three words, not run on into more letters
_NAME_AFTER = re.compile(rf"[ \u3000]*({_TITLE})?((?:{_ROMAJI_WORD})(?:[ \u3000](?:{_ROMAJI_WORD})){{0,2}})(?![A-Za-z])")
# words that lead a name, each a whole run of Latin letters (a greeting in capitals too: DEAR, ATTN)
_LEADS = frozenset(GREETINGS + tuple(g.upper() for g in GREETINGS) + _PAPER_LEADS + ROLES + _KIN)
_TITLE_SET = frozenset(TITLES + _TITLES_IN_CAPITALS)
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z/]*")
_LABEL_COLON = re.compile("[A-Za-z][:：]")  # an English label's colon (opens with a class: scanned in C)
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{0,13}[a-z]$")
# a lower-case letter glued to an honorific (opens with a class: scanned in C)
_GLUED_HONORIFIC = re.compile(rf"[a-z](?=({_HONORIFIC}))")
# a line that is only two words in title case (a signature's Haruto Fujimoto); after a line break, so never the first
_ROMAJI_LINE = re.compile(r"\n[ \u3000]*([A-Z][a-z]{1,14}) ([A-Z][a-z]{1,14})[ \u3000]*(?=\r?\n|$)")


def english_said_names(text: str, lists: NameLists,
                       led: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of names in Latin letters an English context says are people's: both readings
    (see the module), each span once; led, english_led_names's answer where a gate has it already."""
    led = english_led_names(text, lists) if led is None else led
    return sorted(set(led) | set(latin_names_said(text)))


def latin_names_context(text: str, lists: NameLists) -> tuple[bool, list[tuple[int, int]] | None]:
    """Whether a text without Japanese holds a name either reading finds (a mail written in English:
    Dear THAPA SABIN, — or a listed surname after a courtesy title alone, Dear Ms Usami,), and
    english_led_names's answer where it was read (None where the first reading settled it)."""
    if next(latin_names_said(text), None) is not None:
        return True, None
    led = english_led_names(text, lists)
    return bool(led), led


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


def english_led_names(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of romaji names an English lead or a Japanese honorific says are people (see the module)."""
    spans = [span for at, strong in _lead_ends(text) if (span := _name_at(text, at, strong, lists))]
    spans += [(line.start(1), line.end(2)) for line in _ROMAJI_LINE.finditer(text)
              if lists.romaji_pair(line.group(1).upper(), line.group(2).upper())]
    return sorted(set(spans + _before_honorifics(text, lists)))


def _lead_ends(text: str):
    """(where each lead ends, whether it is a word that hands a paper or greets someone): an English
    label's colon (a Latin letter before it), a lead word apart, a courtesy title."""
    for colon in _LABEL_COLON.finditer(text):
        yield colon.end(), False
    # each run of Latin letters once (re scans for the class in C; a find per lead word read the text sixty times)
    for token in _LATIN_RUN.finditer(text):
        word, end = token.group(), token.end()
        if word in _LEADS and text.startswith((" ", ":", ".", "\u3000"), end):
            yield end + (1 if text[end] in ":." else 0), True
        elif word in _TITLE_SET:
            yield token.start(), True


def _name_at(text: str, at: int, strong: bool, lists: NameLists) -> tuple[int, int] | None:
    """The name right after a lead, if its words are a name's (see the module)."""
    match = _NAME_AFTER.match(text, at)
    if not match:
        return None
    words = match.group(2).split()
    parts = [word.upper() for word in words]
    if len(parts) >= 2 and (lists.romaji_pair(*parts[:2]) or strong and a_display_name(parts[:2], lists)):
        return match.start(2), match.start(2) + len(" ".join(words[:2]))  # Hiroshi Mizuno, MIKOSHIBA Sanae
    if match.group(1) and 2 <= len(parts) <= 3:
        return match.span(2)  # Ms Emma Clarke
    if match.group(1) and len(parts) == 1 and parts[0] in lists.surname_romaji:
        return match.span(2)  # Dear Ms Tanaka,
    if strong and words == parts and len(parts) >= 2 and caps_are_a_name(parts, lists):
        return match.span(2)  # teacher LE THI MAI, PARK JIEUN
    return None


def _before_honorifics(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """A capitalised word glued to an honorific of people (Smith先生), or to another when listed (Tanakaさん)."""
    spans = []
    for glued in _GLUED_HONORIFIC.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, glued.end() - 15), glued.end())
        if word and (glued.group(1) in _PEOPLE_HONORIFICS or word.group().upper() in lists.surname_romaji
                     or word.group().upper() in lists.given_romaji):
            spans.append(word.span())
    return spans
