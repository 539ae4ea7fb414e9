"""被保険者番号 under the heading of the insurance it belongs to (issue 12, numbers14).

Every public insurance calls its member's number 被保険者番号: 厚生年金保険 and 国民年金 (the
基礎年金番号), 雇用保険, 健康保険, 介護保険. A form or a memo with a section to each
(【厚生年金保険】 被保険者番号：…, ■雇用保険 被保険者番号 …) says which by its heading: the
last insurance word above the label, within a form's reach, is the number's insurance.
"""

from __future__ import annotations

import re

from detectors.jp.number_labels import number_label

# the label every insurance gives its member's number, and only that (no 健保, no 年金 in it)
GENERIC_INSURED = re.compile(r"^[ 　\"'<]*(?:被保険者|[Ii]nsured|INSURED|[Hh]ihokensha|HIHOKENSHA)[ 　_]?"
                             r"(?:番号|記号番号|No\.?|NO\.?|[Nn]umber|_no)[ 　]*[:：]?[ 　]*$")
# each insurance's words in a heading
PENSION_SECTION = re.compile(r"年金|[Pp]ension|[Nn]enkin|NENKIN")
INSURED_SECTION = re.compile(r"雇用保険|雇保|[Ee]mployment|[Kk]oyo|KOYO")
HEALTH_SECTION = re.compile(r"健康保険|健保|国保|国民健康|医療保険|介護|後期高齢|保険証|[Hh]ealth|[Kk]enpo|KENPO")
_ANY_SECTION = re.compile("|".join(p.pattern for p in (PENSION_SECTION, INSURED_SECTION, HEALTH_SECTION)))
SECTION_REACH = 240  # characters above the label where its section's heading stands


def generic_label(text: str, start: int) -> str | None:
    """The number's label when it is the bare 被保険者番号 every insurance uses, else None."""
    label = number_label(text, start)
    return label if label is not None and GENERIC_INSURED.search(label) else None


def section_of(text: str, start: int, label: str) -> re.Pattern | None:
    """The insurance (one of the *_SECTION patterns) whose word stands last above the label."""
    before = text[max(0, start - SECTION_REACH):start]
    scope = before[:before.rfind(label)] if label in before else before
    found = list(_ANY_SECTION.finditer(scope))
    if not found:
        return None
    word = found[-1].group()
    return next(p for p in (PENSION_SECTION, INSURED_SECTION, HEALTH_SECTION) if p.fullmatch(word))


def in_section(text: str, start: int, section: re.Pattern) -> bool:
    """The number stands under a bare 被保険者番号 in a section of that insurance."""
    label = generic_label(text, start)
    return label is not None and section_of(text, start, label) is section


def in_another_section(text: str, start: int, section: re.Pattern) -> bool:
    """The number stands under a bare 被保険者番号 in a section of another insurance."""
    label = generic_label(text, start)
    found = section_of(text, start, label) if label is not None else None
    return found is not None and found is not section
