"""Names in romaji led by English, as Japanese offices write English inside Japanese
documents (issue 12, leftovers20): whatever the wording, an English label, a letter's
greeting or a courtesy title says the words after it name someone.

- After an English label that ends in a colon (Staff profile: Kenji Arakawa, Contact:,
  Interviewer：) or after a word that hands a paper to someone or says who made it
  (Attn, Attention, c/o, by — Prepared by, Checked by, Reported by —, Dear, Hello, To,
  From, Cc): a given name and a surname of the lists in either order (Arakawa Kenji too),
  title case or capitals, a courtesy title between or not.
- After a courtesy title (Mr, Ms, Mrs, Miss, Dr, Prof, Rev, Fr): a surname of the lists alone
  (Dear Ms Tanaka,) or two capitalised words (Ms Emma Clarke) — a title is said of people.
- A capitalised word glued to a Japanese honorific of people only (Smith先生, Brown氏,
  Carter教授); さん and 様 also follow a firm (Amazonさん), so those only after a listed
  romaji surname or given name (Tanakaさん).
Not a place or a heading (Location: Osaka Namba, To: Tokyo Station): both words must be names
of the lists, or a title must stand before them.
"""

from __future__ import annotations

import re

from detectors.jp.person_names import NameLists
from detectors.jp.person_romaji import a_display_name as _a_display_name, is_a_name as _is_a_name

_WORD = r"[A-Z][a-z]{1,14}|[A-Z]{2,15}"
_TITLE = r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Rev|Fr|MR|MS|MRS|DR)\.?[ \u3000]"
# the name after a lead: a courtesy title or not, one to three words, not run on into more letters
_NAME_AFTER = re.compile(rf"[ \u3000]*({_TITLE})?((?:{_WORD})(?:[ \u3000](?:{_WORD})){{0,2}})(?![A-Za-z])")
# words that lead a name, each a whole run of Latin letters
_LEAD_WORDS = ("Attn", "ATTN", "Attention", "c/o", "C/O", "by", "By", "BY", "Dear", "DEAR", "Hello", "Hi",
               "To", "From", "Cc", "CC",
               # a person's role in English prose (with teacher LE THI MAI, our tutor Kenta Ono)
               "teacher", "instructor", "tutor", "coach", "trainer", "student", "pupil", "patient", "client",
               "guest", "member", "staff", "nurse", "doctor", "driver", "applicant", "resident", "trainee",
               "intern", "volunteer", "speaker", "chaplain", "pastor", "priest", "colleague", "guardian",
               "parent", "mother", "father", "son", "daughter", "wife", "husband", "caregiver", "interpreter")
_LEADS = frozenset(_LEAD_WORDS)
_TITLE_SET = frozenset(("Mr", "Ms", "Mrs", "Miss", "Dr", "Prof", "Rev", "Fr", "MR", "MS", "MRS", "DR"))
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z/]*")
_LABEL_COLON = re.compile("[A-Za-z][:：]")  # an English label's colon (opens with a class: scanned in C)
# Japanese honorifics said of people only; さん, 様 also follow a firm's name (Amazonさん)
_PEOPLE_HONORIFICS = ("先生", "氏", "教授", "博士", "准教授", "医師", "弁護士")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{0,13}[a-z]$")
# a lower-case letter glued to an honorific (opens with a class: scanned in C)
_GLUED_HONORIFIC = re.compile(r"[a-z](?=(先生|氏|教授|博士|准教授|医師|弁護士|さん|様|くん|君|ちゃん))")


def english_led_names(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """(start, end) of romaji names an English lead or a Japanese honorific says are people (see the module)."""
    spans = [span for at, strong in _lead_ends(text) if (span := _name_at(text, at, strong, lists))]
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
    if len(parts) >= 2 and (_listed_pair(parts[:2], lists) or strong and _a_display_name(parts[:2], lists)):
        return match.start(2), match.start(2) + len(" ".join(words[:2]))  # Hiroshi Mizuno, MIKOSHIBA Sanae
    if match.group(1) and 2 <= len(parts) <= 3:
        return match.span(2)  # Ms Emma Clarke
    if match.group(1) and len(parts) == 1 and parts[0] in lists.surname_romaji:
        return match.span(2)  # Dear Ms Tanaka,
    if strong and words == parts and len(parts) >= 2 and _is_a_name(parts, lists):
        return match.span(2)  # teacher LE THI MAI, PARK JIEUN
    return None


def _listed_pair(parts: list[str], lists: NameLists) -> bool:
    first, second = parts
    return (first in lists.given_romaji and second in lists.surname_romaji
            or first in lists.surname_romaji and second in lists.given_romaji)


def _before_honorifics(text: str, lists: NameLists) -> list[tuple[int, int]]:
    """A capitalised word glued to an honorific of people (Smith先生), or to さん, 様 when listed (Tanakaさん)."""
    spans = []
    for glued in _GLUED_HONORIFIC.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, glued.end() - 15), glued.end())
        if word and (glued.group(1) in _PEOPLE_HONORIFICS or word.group().upper() in lists.surname_romaji
                     or word.group().upper() in lists.given_romaji):
            spans.append(word.span())
    return spans
