"""A disability certificate written as its kind and grade alone (身体4級, 精神2級, 療育B, 知的(B2),
手帳: 身体3級): an HR roster's or an application's shorthand for 身体障害者手帳4級, 精神障害者保健
福祉手帳2級, 療育手帳B. Read only as a whole value — a cell, a field's value, a bracket — so that
a fee table's 身体1級・2級の方 (people in general) is not read as anyone's."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

CATEGORY = "障害"
_GRADE = r"(?:[1-7]種 ?)?[1-7]級"
_INTELLECTUAL = r"(?:A|B|A[12]|B[12]|マルA|[1-4]度|A判定|B判定)"
_SHORTHAND = (rf"(?:身体|肢体|精神)(?:障害|障がい)?(?:者)?(?:手帳)? ?{_GRADE}"
              rf"|(?:療育|知的)(?:障害|障がい)?(?:手帳)? ?(?:\( ?{_INTELLECTUAL} ?\)|{_INTELLECTUAL})")
# the value begins a line, a cell, a field (after `:` or a space) or a bracket, and ends one
_WHOLE = re.compile(rf"(?:^|(?<=[\t( ])|(?<=:))(?:{_SHORTHAND})(?=$|[\t)\n、。]| ?\()", re.MULTILINE)


def shortened_certificates(text: str, found: list[Phrase]) -> list[Phrase]:
    """The phrases and each certificate's shorthand that no 障害 phrase covers yet."""
    if "級" not in text and "療育" not in text and "知的" not in text:
        return found
    taken = [(p.start, p.end) for p in found if p.category == CATEGORY]
    added = [Phrase(m.start(), m.end(), CATEGORY) for m in _WHOLE.finditer(text)
             if not any(s < m.end() and m.start() < e for s, e in taken)]
    return found + added
